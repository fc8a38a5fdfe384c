/**
 * Querying the search index: Chinese substring, pinyin (full or initials), English words, and
 * typo-tolerant pinyin/English, ranked exact > prefix > substring > fuzzy.
 */
import { prefixEditDistance, typoBudget } from './editDistance';
import { displayOf } from './entry';
import { foldLatin, hasCjk } from './names';
import type { MatchKind, SearchEntry, SearchIndex, SearchKind, SearchResult } from './types';

const TIERS: readonly MatchKind[] = ['exact', 'prefix', 'substring', 'fuzzy'];
/** Tie-break after match quality: projects, rivers, areas and imported features before places, bigger places first. */
const KIND_RANK: Record<SearchKind, number> = { project: 0, river: 0, area: 0, user: 0, province: 1, prefecture: 2, county: 3 };

/** The query in the forms the keys are stored in. */
interface Query {
  /** Chinese query (whitespace removed), or '' for a Latin query */
  zh: string;
  /** pinyin form: [a-z0-9] only, ü as v */
  py: string;
  /** folded English (see foldLatin) */
  en: string;
}

interface Hit {
  entry: SearchEntry;
  tier: number;
  distance: number;
  /** sort key: tier, distance, kind rank, name length (smaller first) */
  rank: number;
}

/**
 * Search the index.
 *
 * A query with Chinese characters matches names by characters (exact name or core name, prefix,
 * substring). A Latin query matches full pinyin (exact, prefix, or from a syllable start),
 * initials ("bht", exact or prefix, from two letters), English names (exact, prefix, or from a
 * word start, case- and diacritic-insensitive) and, only when fewer than `limit` such hits exist,
 * typos: a pinyin or English name prefix within {@link typoBudget} edits (1 for 4–7 letters, 2
 * from 8) counting an adjacent swap as one edit.
 *
 * Ranking: exact > prefix > substring > fuzzy (smaller distance first); then projects, rivers
 * and special areas before places, provinces before prefectures before counties; then shorter
 * Chinese names; then index order. Never throws; an empty or blank query gives [].
 * @param limit maximum number of results (default 10)
 */
export function search(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const q = normalize(query);
  if (limit <= 0 || (!q.zh && !q.py && !q.en)) return [];
  const hits: Hit[] = [];
  const missed: SearchEntry[] = [];
  for (const entry of index.entries) {
    const tier = q.zh ? matchZh(entry, q.zh) : matchLatin(entry, q);
    if (tier >= 0) hits.push(hit(entry, tier, 0));
    else missed.push(entry);
  }
  const budget = q.zh ? 0 : typoBudget(q.py.length);
  if (hits.length < limit && budget > 0) {
    for (const entry of missed) {
      const distance = fuzzyDistance(entry, q, budget);
      if (distance <= budget) hits.push(hit(entry, 3, distance));
    }
  }
  hits.sort((a, b) => a.rank - b.rank); // stable: equal ranks keep index order
  return hits.slice(0, limit).map(toResult);
}

function normalize(query: string): Query {
  const text = query.normalize('NFKC').trim();
  if (hasCjk(text)) return { zh: text.replace(/\s+/g, ''), py: '', en: '' };
  return { zh: '', py: foldLatin(text.replace(/[üÜ]/g, 'v')).replace(/ /g, ''), en: foldLatin(text) };
}

/** Tier (0 exact … 2 substring) of a Chinese query, or -1. */
function matchZh(e: SearchEntry, zh: string): number {
  if (e.exact.includes(zh)) return 0;
  if (e.name_zh.startsWith(zh)) return 1;
  return e.name_zh.includes(zh) ? 2 : -1;
}

/** Tier (0 exact … 2 substring) of a Latin query, or -1. */
function matchLatin(e: SearchEntry, q: Query): number {
  if ((q.py && e.exact.includes(q.py)) || (q.en && e.exact.includes(q.en))) return 0;
  if (q.py && (e.pinyin.startsWith(q.py) || (q.py.length >= 2 && e.initials.startsWith(q.py)))) return 1;
  if (q.en && e.en.startsWith(q.en)) return 1;
  if (q.py && e.pinyinStarts.some((s) => s > 0 && e.pinyin.startsWith(q.py, s))) return 2;
  if (q.en && e.en.includes(` ${q.en}`)) return 2;
  return -1;
}

/** Smallest prefix edit distance of the query to the pinyin or to the English name from a word start. */
function fuzzyDistance(e: SearchEntry, q: Query, budget: number): number {
  let best = prefixEditDistance(q.py, e.pinyin, budget);
  for (let i = 0; best > 0 && i < e.en.length; i = e.en.indexOf(' ', i) + 1 || e.en.length) {
    best = Math.min(best, prefixEditDistance(q.en, e.en, budget, i));
  }
  return best;
}

function hit(entry: SearchEntry, tier: number, distance: number): Hit {
  const rank = ((tier * 4 + distance) * 4 + KIND_RANK[entry.kind]) * 1024 + Math.min(entry.name_zh.length, 1023);
  return { entry, tier, distance, rank };
}

function toResult({ entry, tier, distance }: Hit): SearchResult {
  return { ...displayOf(entry), match: TIERS[tier], distance };
}
