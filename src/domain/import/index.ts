/** Import of a user's own data: see importFile (files) and validateGeoJSON (parsed GeoJSON). */
export * from './types';
export { importFile } from './importFile';
export { validateGeoJSON } from './validate';
export { ImportError } from './errors';
export { createImportSession } from './session';
