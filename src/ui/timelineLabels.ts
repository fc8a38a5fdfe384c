/** The string keys (./strings/timeline.ts) naming each delivery and poverty state; no store, so panels rendered in Node can use them. */
import type { PovertyState, ProjectState } from '../domain/timeline';
import type { StringKey } from './i18n';

export const STATE_LABEL: Record<ProjectState, StringKey> = {
  'in-service': 'stateInService',
  'partial-service': 'statePartial',
  'under-construction': 'stateUnderConstruction',
  planned: 'statePlanned',
  cancelled: 'stateCancelled',
  unknown: 'stateUnknown',
};
export const POVERTY_LABEL: Record<PovertyState, StringKey> = {
  poor: 'povertyPoor',
  'exited-this-year': 'povertyExitedThisYear',
  'exited-before': 'povertyExitedBefore',
  unknown: 'povertyUnknown',
};
