/**
 * Links from the plan text to the map: every span of the text that a catalog record, special
 * area or indicator cites, grouped by span, and the paragraphs cut into segments at those spans
 * and at the highlighted sentence. Pure; the document panel renders the segments.
 */
import type { AtlasData } from './atlasData';
import type { Citation } from './planText';

export type LinkTarget = { kind: 'records'; ids: string[] } | { kind: 'area'; id: string } | { kind: 'indicator'; id: string };

export interface PlanLink {
  start: number;
  end: number;
  target: LinkTarget;
}

export interface Segment {
  text: string;
  start: number;
  link: PlanLink | null;
  /** inside the highlighted sentence */
  highlighted: boolean;
}

/**
 * All links, one per cited span (records citing the same words share one link), sorted by start.
 * Where spans overlap, the earlier-starting, then longer, one wins.
 */
export function planLinks(data: AtlasData): PlanLink[] {
  const bySpan = new Map<string, PlanLink>();
  const add = (c: Citation, target: LinkTarget) => {
    const key = `${c.start}-${c.end}`;
    const prev = bySpan.get(key);
    if (prev && prev.target.kind === 'records' && target.kind === 'records') prev.target.ids.push(...target.ids);
    else if (!prev) bySpan.set(key, { start: c.start, end: c.end, target });
  };
  for (const f of data.catalog.features) add(f.properties.citation, { kind: 'records', ids: [f.properties.id] });
  for (const a of data.areas) if (a.citation) add(a.citation, { kind: 'area', id: a.id });
  for (const i of data.indicators) add(i.citation, { kind: 'indicator', id: i.id });
  const sorted = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PlanLink[] = [];
  for (const l of sorted) if (!out.length || l.start >= out[out.length - 1].end) out.push(l);
  return out;
}

/**
 * Cut paragraph `p` (starting at text offset `offset`) into segments.
 * @param links all links (sorted), from {@link planLinks}
 * @param sentence the highlighted sentence span, or null
 * @param marks further text offsets to cut at (the ends of [sic] notes, so a mark can follow the words)
 */
export function segments(p: string, offset: number, links: PlanLink[], sentence: [number, number] | null, marks: number[] = []): Segment[] {
  const end = offset + p.length;
  const cuts = new Set<number>([offset, end]);
  for (const x of marks) if (x > offset && x < end) cuts.add(x);
  const mine = links.filter((l) => l.start < end && l.end > offset);
  for (const l of mine) cuts.add(Math.max(offset, l.start)).add(Math.min(end, l.end));
  if (sentence) for (const x of sentence) if (x > offset && x < end) cuts.add(x);
  const xs = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < xs.length; i++) {
    const [a, b] = [xs[i], xs[i + 1]];
    out.push({
      text: p.slice(a - offset, b - offset),
      start: a,
      link: mine.find((l) => l.start <= a && l.end >= b) ?? null,
      highlighted: !!sentence && a >= sentence[0] && b <= sentence[1],
    });
  }
  return out;
}

/** Offsets of each paragraph's first character in the whole text (paragraphs joined by "\n"). */
export function paragraphOffsets(paragraphs: string[]): number[] {
  const out: number[] = [];
  let o = 0;
  for (const p of paragraphs) {
    out.push(o);
    o += p.length + 1;
  }
  return out;
}

/** Whether a paragraph is a heading of the table of contents (章, 节, 专栏, (一)…). */
export function headingLevel(p: string): 1 | 2 | 3 | null {
  if (/^第[一二三四五六七八九十]+章/.test(p)) return 1;
  if (/^第[一二三四五六七八九十]+节/.test(p) || /^专栏\d+/.test(p)) return 2;
  if (/^[(（][一二三四五六七八九十]+[)）]/.test(p) && p.length < 40) return 3;
  return null;
}
