/**
 * Editorial [sic] notes on the plan text (data/plan/sic-notes.json): each names verbatim words of
 * the plan, found after an anchor, and says in both languages what is wrong with them. The build
 * turns them into character spans of the whole text for the plan-text view.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlanNote } from '../../src/domain/planText';
import { DataBuildError } from './counties';

const SicFile = z.object({
  about: z.string(),
  notes: z.array(z.object({
    quote: z.string().min(2),
    after: z.string().min(1).optional(),
    note: z.object({ zh: z.string().min(4), en: z.string().min(4) }),
    source: z.string().min(10),
  })),
});

/**
 * @param path the notes file
 * @param planText the whole plan text
 * @returns one note per entry with the span [start, end) of its quote in the text
 * @throws DataBuildError on a schema error or a quote (or anchor) not in the text
 */
export function readSicNotes(path: string, planText: string): PlanNote[] {
  const parsed = SicFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new DataBuildError(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.notes.map((n) => {
    const from = n.after ? planText.indexOf(n.after) : 0;
    const start = from < 0 ? -1 : planText.indexOf(n.quote, from);
    if (start < 0) throw new DataBuildError(`${path}: "${n.quote}" does not occur in the plan text${n.after ? ` after "${n.after}"` : ''}`);
    return { start, end: start + n.quote.length, quote: n.quote, note: n.note, source: n.source };
  });
}
