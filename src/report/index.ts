export { code, details, escape, table, thousands, withinBudget } from './markdown.js';
