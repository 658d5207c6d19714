export { code, details, escape, table, withinBudget } from './markdown.js';
