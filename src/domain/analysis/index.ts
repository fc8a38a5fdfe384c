/**
 * Plan Atlas spatial analysis: pure TypeScript (no DOM, no map library), run in the analysis
 * worker. Lon/lat degrees in; km, km², MW and percent out. The naive baseline (./naive) is
 * imported by the bench only.
 */
export { buildAnalysisIndex, type AnalysisIndex, type CountyEntry } from './analysisIndex';
export { circleRegion, MAX_CIRCLE_RADIUS_KM } from './circle';
export { coverageReport } from './coverage';
export { RegionError, type RegionErrorCode, type RegionMessage, type RegionMessageKey } from './errors';
export { measure, type Measures } from './measure';
export { overlapKm2 } from './clip';
export type { AnalysisApi, AnalysisError, ReportAnswer, WireError } from './protocol';
export { regionRefusal } from './refusal';
export { repairedRegion, splitAtCrossings } from './repair';
export { regionReadout, validateRegion, type RegionReadout, type ValidRegion } from './region';
export { createAnalysisSession } from './session';
export * from './types';
export { buildVillageIndex, countVillages, syntheticVillages, type VillageIndex, type VillagePoints } from './villages';
