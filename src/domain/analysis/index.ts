/**
 * Plan Atlas spatial analysis: pure TypeScript (no DOM, no map library), run in the analysis
 * worker. Lon/lat degrees in; km, km², MW and percent out. The naive baseline (./naive) is
 * imported by the bench only.
 */
export { buildAnalysisIndex } from './analysisIndex';
export { circleRegion } from './circle';
export { coverageReport } from './coverage';
export { RegionError, type RegionMessage, type RegionMessageKey } from './errors';
export { measure } from './measure';
export type { AnalysisApi, ReportAnswer, WireError } from './protocol';
export { regionRefusal } from './refusal';
export { regionReadout, validateRegion } from './region';
export * from './types';
export { syntheticVillages } from './villages';
