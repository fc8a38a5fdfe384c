/**
 * The user's kept work (./useKeptWork.ts: imported layers, regions, reports, views, the
 * project file) for the components below the page. It is not UI state: it mirrors the
 * IndexedDB store and changes only by its own writes, so it lives in a context of its own
 * rather than in the UI store (./store.ts).
 */
import { createContext, useContext } from 'react';
import type { useKeptWork } from './useKeptWork';

export type KeptWork = ReturnType<typeof useKeptWork>;

export const WorkContext = createContext<KeptWork | null>(null);

/** The kept work; throws outside the page's provider (a wiring mistake, not a user error). */
export function useWork(): KeptWork {
  const w = useContext(WorkContext);
  if (!w) throw new Error('useWork outside WorkContext');
  return w;
}
