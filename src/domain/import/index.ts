/** Import of a user's own data: see importFile (files) and validateGeoJSON (parsed GeoJSON). */
export * from './types';
export { importFile } from './importFile';
export { validateGeoJSON, type ValidatedGeoJSON } from './validate';
export { ImportError } from './errors';
export { detectFormat, type Detected } from './detect';
export { inChina } from './crs';
export { createImportSession } from './session';
