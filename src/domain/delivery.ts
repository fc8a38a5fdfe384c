/**
 * Delivery milestones of catalog records (issue 14), as agreed with the time-data branch, which
 * owns this file and data/delivery/*.json. Provisional copy of the agreed shape: the merge of
 * time-data replaces it.
 */

/** What happened in a milestone's year: construction started, part or all of it opened, or it was dropped. */
export type DeliveryStage = 'start' | 'partial-service' | 'service' | 'cancelled';

/** Where a milestone's year comes from: a page, a named report, or memory (shown as such). */
export type DeliverySource = { kind: 'page'; url: string; title: string } | { kind: 'report'; title: string } | { kind: 'recollection'; note?: string };

export interface Milestone {
  stage: DeliveryStage;
  year: number;
  what?: string;
  source: DeliverySource;
}

export interface Delivery {
  milestones: Milestone[];
  asOf2025: 'not-started' | 'under-construction' | 'in-service' | 'cancelled' | 'unknown';
  note?: string;
}
