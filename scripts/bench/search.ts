/**
 * Search benchmark: builds the search index from public/generated (as the unit tests load it),
 * prints its size, then times {@link search} over a fixed list of queries against a naive scan
 * (substring of Chinese name or full pinyin, no ranking, no typos) run in the same process.
 * Run: `npx tsx -e "import('./scripts/bench/search.ts').then(m=>m.runSearchBench())"`.
 */
import { atlas } from '../../test/unit/generatedData';
import { buildSearchIndex, search, type SearchEntry } from '../../src/domain/search';

/** Chinese, pinyin, initials, English and typo queries, fixed so runs compare. */
const QUERIES = [
  '白鹤滩', '巫山', '朝阳区', '大别山', '河南', '金沙江', '重庆', '西藏', '山', '铁路', '机场', '水电站', '六盘山', '吕梁', '新疆南疆', '黄河',
  'baihetan', 'wushan', 'chaoyang', 'henan', 'chongqing', 'jinshajiang', 'lvliang', 'xian', 'yan', 'liupanshan', 'dabieshan', 'zhengzhou', 'g75',
  'bht', 'cyq', 'hn', 'lps', 'jsj',
  'Baihetan', 'Wushan Airport', 'railway', 'Yellow River', 'Dabie Mountains', 'Lhasa', 'border counties', 'Tibet', 'shale gas',
  'baihetna', 'chongqnig', 'wushna', 'jinshajaing', 'raliway', 'henna', 'lanzohu',
];
const REPEATS = 20;

/** The baseline: what a search box without an index would do. */
function naiveScan(entries: SearchEntry[], q: string): SearchEntry[] {
  const lower = q.toLowerCase();
  return entries.filter((e) => e.name_zh.includes(q) || e.pinyin.includes(lower));
}

/** Milliseconds of each of `REPEATS` × queries calls of `run`, after one warm-up pass. */
function timeQueries(run: (q: string) => unknown): number[] {
  for (const q of QUERIES) run(q);
  const ms: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      run(q);
      ms.push(performance.now() - t0);
    }
  }
  return ms;
}

/** Value at quantile `p` (0–1) of `values`, nearest rank. */
function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Build the index from the generated data, print its size and the query-time comparison. */
export async function runSearchBench(): Promise<void> {
  const data = atlas();
  const t0 = performance.now();
  const index = buildSearchIndex(data);
  const buildMs = performance.now() - t0;
  const bytes = Buffer.byteLength(JSON.stringify(index));
  console.log(`search index: ${index.entries.length} entries, ${(bytes / 1024).toFixed(0)} KiB as JSON, built in ${buildMs.toFixed(0)} ms`);
  const indexed = timeQueries((q) => search(index, q));
  const naive = timeQueries((q) => naiveScan(index.entries, q));
  const [m, p95, bm, bp95] = [quantile(indexed, 0.5), quantile(indexed, 0.95), quantile(naive, 0.5), quantile(naive, 0.95)];
  console.log(`${QUERIES.length} queries × ${REPEATS} repeats`);
  console.log(`  search (ranked, pinyin/initials/English, typos): median ${m.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`);
  console.log(`  baseline naive scan (substring of name/pinyin):  median ${bm.toFixed(3)} ms, p95 ${bp95.toFixed(3)} ms`);
  console.log(`  ratio search/baseline: median ${(m / bm).toFixed(1)}×, p95 ${(p95 / bp95).toFixed(1)}×`);
}
