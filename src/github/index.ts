export { createGitHub, type GitHub } from './client.js';
