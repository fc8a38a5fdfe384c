/** Persistence of the user's own records: IndexedDB store, project file, migration. */
export * from './records';
export * from './errors';
export * from './store';
export * from './projectFile';
export * from './migrate';
export { locateJsonError } from '../../domain/jsonError';
