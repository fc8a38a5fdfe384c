"""GEOS comparison of the coverage analysis (issue 15): shapely on the inputs exported by
scripts/bench/geosExport.ts (.cache/bench-geos/inputs.json), printing atlas / shapely ratios
(< 1: the atlas is faster). The atlas's medians are measured by geosExport.ts in the same run;
both sides as CPU medians per call (batches of calls of at least 5 ms, time.process_time here,
process.cpuUsage there).

Method (shapely 2, GEOS 3.11+; `pip install shapely pyproj`):
- counties: an STRtree of the county polygons, queried with the region's envelope; the region is
  prepared (`shapely.prepare`) and `shapely.contains(region, candidates)` picks the counties
  wholly inside, which take their stored area (the shortcut); the others that intersect the
  region are intersected with it and measured geodesically (pyproj `Geod(ellps="WGS84")`).
- the same with the counties that only touch the region (shared border) dropped by
  `shapely.relate_pattern(region, g, "T********")` before intersecting: beyond the issue's
  method, a tighter shapely script (column "+relate", shapely 2 only).
- villages: the points of the region's bbox (numpy mask), then `shapely.contains_xy` against
  the prepared region.
With shapely 1.8 (Debian bookworm's python3-shapely: no contains_xy, STRtree returns geometries)
the same shortcut runs with `shapely.prepared.prep` and villages use
`shapely.vectorized.contains` on the bbox's points. 32 county polygons are invalid to GEOS:
they are repaired with buffer(0) before timing. Run: `npm run bench geos` (uses `python3`, or
BENCH_PYTHON).
"""
import json
import sys
import time

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import MultiPolygon, Polygon

GEOD = Geod(ellps="WGS84")
SHAPELY2 = int(shapely.__version__.split(".")[0]) >= 2
MIN_KM2 = 0.01


def multi(parts):
    return MultiPolygon([Polygon(p[0], p[1:]) for p in parts])


BATCH_S = 0.005


def median_ms(fn, runs):
    """Median CPU ms per call (time.process_time), as geosExport.ts measures the atlas: after a
    warm-up call, `runs` samples, each a batch of calls lasting at least 5 ms of wall time."""
    fn()
    t0 = time.perf_counter()
    fn()
    batch = max(1, int(-(-BATCH_S // max(1e-6, time.perf_counter() - t0))))
    times = []
    for _ in range(runs):
        c0 = time.process_time()
        for _ in range(batch):
            fn()
        times.append((time.process_time() - c0) * 1000 / batch)
    times.sort()
    return times[len(times) // 2]


def geodesic_km2(g):
    return abs(GEOD.geometry_area_perimeter(g)[0]) / 1e6


def make_v2(geoms, stored, xs, ys):
    tree = shapely.STRtree(geoms)
    arr = np.asarray(geoms, dtype=object)

    def coverage_by(region, meets):
        """Counties wholly inside by their stored area; of the rest, those `meets` keeps are
        intersected and measured geodesically."""
        cand = tree.query(region)
        inside = shapely.contains(region, arr[cand])
        total, n = 0.0, 0
        for i in cand[inside]:
            if stored[i] > MIN_KM2:
                total += stored[i]
                n += 1
        rest = cand[~inside]
        rest = rest[meets(region, arr[rest])]
        for g in shapely.intersection(arr[rest], region):
            km2 = geodesic_km2(g)
            if km2 > MIN_KM2:
                total += km2
                n += 1
        return n, total

    def coverage(region):
        return coverage_by(region, shapely.intersects)

    def coverage_relate(region):
        """The same, with the counties that only touch the region (a shared border, no common
        interior: DE-9IM interiors not meeting) left out before any intersection."""
        return coverage_by(region, lambda r, gs: shapely.relate_pattern(r, gs, "T********"))

    def villages(region):
        w, s, e, n = region.bounds
        m = (xs >= w) & (xs <= e) & (ys >= s) & (ys <= n)
        return int(np.count_nonzero(shapely.contains_xy(region, xs[m], ys[m])))

    def prepare(region):
        shapely.prepare(region)
        return region

    coverage.refined = coverage_relate
    return coverage, villages, prepare


def make_v1(geoms, stored, xs, ys):
    import warnings
    from shapely.prepared import prep
    from shapely.strtree import STRtree
    import shapely.vectorized

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "STRtree will be changed in 2.0.0": this is the 1.8 path
        tree = STRtree(geoms)
    index_of = {id(g): i for i, g in enumerate(geoms)}

    def coverage(prepared):
        region, pr = prepared
        total, n = 0.0, 0
        for g in tree.query(region):
            i = index_of[id(g)]
            if pr.contains(g):
                km2 = stored[i]
            elif pr.intersects(g):
                km2 = geodesic_km2(g.intersection(region))
            else:
                continue
            if km2 > MIN_KM2:
                total += km2
                n += 1
        return n, total

    def villages(prepared):
        region, pr = prepared
        w, s, e, n = region.bounds
        m = (xs >= w) & (xs <= e) & (ys >= s) & (ys <= n)
        return int(np.count_nonzero(shapely.vectorized.contains(pr, xs[m], ys[m])))

    def prepare(region):
        return region, prep(region)

    return coverage, villages, prepare


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    runs = data["runs"]
    geoms, stored = [], []
    for c in data["counties"]:
        g = multi(c["parts"])
        geoms.append(g if g.is_valid else g.buffer(0))
        stored.append(c["areaKm2"])
    xy = np.asarray(data["villages"], dtype=np.float64)
    xs, ys = np.ascontiguousarray(xy[0::2]), np.ascontiguousarray(xy[1::2])
    coverage, villages, prepare = (make_v2 if SHAPELY2 else make_v1)(geoms, stored, xs, ys)
    geos_version = shapely.geos_version_string if SHAPELY2 else __import__("shapely.geos").geos.geos_version_string
    print(f"shapely {shapely.__version__} (GEOS {geos_version}), numpy {np.__version__}, "
          f"median of {runs} runs; atlas medians from geosExport.ts in the same run; ratio = atlas / shapely (< 1: atlas faster)")
    print(f"{'region':22} | {'counties':>8} | {'atlas ms':>9} | {'shapely ms':>10} | {'ratio':>6} | {'km² diff':>9} || "
          f"{'villages':>8} | {'atlas ms':>9} | {'shapely ms':>10} | {'ratio':>6} || {'prepare: atlas ms':>17} | {'shapely ms':>10} || "
          f"{'+relate ms':>10} | {'ratio':>6}")
    worst = 0.0
    for r in data["regions"]:
        prep_ms = median_ms(lambda: prepare(multi(r["polygons"])), min(runs, 5))
        region = prepare(multi(r["polygons"]))
        c_ms = median_ms(lambda: coverage(region), runs)
        v_ms = median_ms(lambda: villages(region), runs)
        refined = getattr(coverage, "refined", None)
        rel_ms = median_ms(lambda: refined(region), runs) if refined else None
        if refined and refined(region)[0] != coverage(region)[0]:
            print("  note: the relate variant lists other counties")
        n, total = coverage(region)
        nv = villages(region)
        diff = (total - r["insideKm2"]) / r["insideKm2"]
        cr, vr = r["atlasCountyMs"] / c_ms, r["atlasVillageMs"] / v_ms
        worst = max(worst, cr, vr, r["atlasCountyMs"] / rel_ms if rel_ms else 0)
        print(f"{r['name']:22} | {n:>8} | {r['atlasCountyMs']:>9.2f} | {c_ms:>10.2f} | {cr:>6.2f} | {diff:>+9.1e} || "
              f"{nv:>8} | {r['atlasVillageMs']:>9.2f} | {v_ms:>10.2f} | {vr:>6.2f} || {r['atlasPrepareMs']:>17.2f} | {prep_ms:>10.2f} || "
              + (f"{rel_ms:>10.2f} | {r['atlasCountyMs'] / rel_ms:>6.2f}" if rel_ms else f"{'—':>10} | {'—':>6}"))
        if n != r["counties"] or nv != r["villages"]:
            print(f"  note: atlas {r['counties']} counties / {r['villages']} villages")
    print(f"worst ratio: {worst:.2f} ({'atlas faster everywhere' if worst < 1 else 'shapely faster somewhere'}); "
          "prepare = the region's own preparation, outside both timings (atlas: validateRegion with its "
          "self-intersection check, densifying, area and edge index; shapely: geometry from coordinates + prepare)")


if __name__ == "__main__":
    main(sys.argv[1])
