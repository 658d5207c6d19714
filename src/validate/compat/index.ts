export { compareSchemas, type SchemaChange } from './compare.js';
export { schemaLocator, type SchemaLocator } from './lines.js';
