export { createGitHub, type GitHub } from './client.js';
export { uploadArtifact } from './artifacts.js';
