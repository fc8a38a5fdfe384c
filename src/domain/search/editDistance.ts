/**
 * Bounded prefix edit distance for typo-tolerant matching.
 *
 * Home-made on purpose (about 30 lines): the well-kept libraries available here
 * (fastest-levenshtein, leven, js-levenshtein) compute the plain Levenshtein distance of two
 * whole strings. Search needs the distance from the query to the closest *prefix* of a name
 * (the user is still typing), counts a swap of two neighbouring letters as one typo
 * ("baihetna" → "baihetan"), and must stop as soon as the bound is exceeded — which is what keeps
 * a scan of the whole index fast. Strings are short (names, < 100 letters).
 */

/** Typos allowed for a query of `letters` letters: 0 below 4, 1 for 4–7, 2 from 8 on. */
export function typoBudget(letters: number): number {
  return letters < 4 ? 0 : letters <= 7 ? 1 : 2;
}

let prev2 = new Int32Array(0);
let prev = new Int32Array(0);
let cur = new Int32Array(0);

/**
 * Smallest optimal-string-alignment distance (insertions, deletions, substitutions and swaps of
 * adjacent characters, each 1) between `query` and any prefix of `target.slice(from)`.
 * Only the diagonal band of width 2·max+1 is computed (cells outside it exceed `max`).
 * @param from offset in `target` where the prefix starts (a word start), default 0
 * @returns that distance when ≤ `max`, otherwise `max + 1` (the scan stops early)
 * @example prefixEditDistance('baihetna', 'baihetanshuidianzhan', 2) === 1
 */
export function prefixEditDistance(query: string, target: string, max: number, from = 0): number {
  const over = max + 1;
  const n = query.length;
  const m = Math.max(0, Math.min(target.length - from, n + max));
  if (m < n - max) return over;
  if (prev.length < m + 2) [prev2, prev, cur] = [new Int32Array(m + 2), new Int32Array(m + 2), new Int32Array(m + 2)];
  for (let j = 0; j <= m + 1; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[lo - 1] = lo === 1 ? i : over;
    let rowMin = lo === 1 ? i : over;
    const qi = query.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const tj = target.charCodeAt(from + j - 1);
      let v = prev[j - 1] + (qi === tj ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && qi === target.charCodeAt(from + j - 2) && query.charCodeAt(i - 2) === tj && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = over;
    if (rowMin > max) return over;
    const done = prev2;
    prev2 = prev;
    prev = cur;
    cur = done;
  }
  let best = over;
  for (let j = Math.max(0, n - max); j <= m; j++) if (prev[j] < best) best = prev[j];
  return best;
}
