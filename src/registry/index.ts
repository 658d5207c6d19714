export { renderCard, type ModelCard, type ModelFile, type StageEvent } from './card.js';
export { GitStore } from './git-store.js';
export { GitHubStore } from './github-store.js';
export { bump, checkName, checkStage, checkVersion, parseTag } from './gto.js';
export { LocalStore } from './local-store.js';
export { Registry, VersionTaken, type RegisteredVersion, type RegistryStore, type TagRecord } from './registry.js';
export { openRegistry } from './open.js';
