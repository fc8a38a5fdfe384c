/**
 * CPU-time medians for the benches (the machine is shared, so wall time measures the neighbours
 * too): process CPU (user + system, `process.cpuUsage`, µs) per call. Bench use only.
 */

/** Process CPU time so far (user + system), ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Least wall time of one timed batch, ms (see medianCpuMs). */
const BATCH_MS = 5;

/**
 * Median CPU ms per call of `fn` over `runs` samples. With `warmUp`, calls first for up to
 * 200 ms (at least one, at most 50) so the JIT has compiled the path, and each sample is a batch
 * of calls lasting at least 5 ms of wall time (so the clock resolves sub-millisecond calls), CPU
 * time ÷ calls; without, each sample is one cold call (for the slow baselines).
 * scripts/bench/geos.py measures shapely the same way (time.process_time).
 */
export function medianCpuMs(fn: () => unknown, runs: number, warmUp = true): number {
  let batch = 1;
  if (warmUp) {
    let calls = 0;
    for (let t0 = performance.now(); calls < 1 || (calls < 50 && performance.now() - t0 < 200); calls++) fn();
    const t0 = performance.now();
    fn();
    batch = Math.max(1, Math.ceil(BATCH_MS / Math.max(1e-3, performance.now() - t0)));
  }
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    for (let k = 0; k < batch; k++) fn();
    t.push((cpuMs() - c0) / batch);
  }
  t.sort((a, b) => a - b);
  return t.length % 2 ? t[(t.length - 1) / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
}
