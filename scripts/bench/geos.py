"""GEOS comparison of the coverage analysis (issue 15): shapely on the inputs exported by
scripts/bench/geosExport.ts (.cache/bench-geos/inputs.json), printing atlas / shapely ratios
(< 1: the atlas is faster). Needs Debian's shapely 1.8 and pyproj (apt-get install -y
python3-shapely python3-pyproj; run with /usr/bin/python3). Shapely 1.8 has no contains_xy:
counties use an STRtree of the county polygons and a prepared region (`prep`) so counties wholly
inside take their stored area and only the others are intersected (geodesic area by pyproj's
Geod on WGS84); villages use the prepared region's `contains` on Point objects after an STRtree
over the points. 32 county polygons are invalid to GEOS: they are repaired with buffer(0).
"""
import json
import sys
import time

from pyproj import Geod
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.prepared import prep
from shapely.strtree import STRtree

GEOD = Geod(ellps="WGS84")


def multi(parts):
    return MultiPolygon([Polygon(p[0], p[1:]) for p in parts])


def median_ms(fn, runs):
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times[len(times) // 2]


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    runs = data["runs"]
    counties = []
    for c in data["counties"]:
        g = multi(c["parts"])
        counties.append((g if g.is_valid else g.buffer(0), c["areaKm2"]))
    tree = STRtree([g for g, _ in counties])
    index_of = {id(g): i for i, (g, _) in enumerate(counties)}
    xy = data["villages"]
    points = [Point(xy[i], xy[i + 1]) for i in range(0, len(xy), 2)]
    point_tree = STRtree(points)
    print(f"shapely 1.8 (GEOS), median of {runs} runs; atlas figures from geosExport.ts in the same run; ratio = atlas / shapely")
    print(f"{'region':22} | {'counties':>8} | {'atlas ms':>9} | {'shapely ms':>10} | {'ratio':>6} | {'km² diff':>9} || {'villages':>8} | {'atlas ms':>9} | {'shapely ms':>10} | {'ratio':>6}")
    for r in data["regions"]:
        region = multi(r["polygons"])
        pr = prep(region)

        def coverage():
            total, n = 0.0, 0
            for g in tree.query(region):
                i = index_of[id(g)]
                geom, stored = counties[i]
                if pr.contains(geom):
                    km2 = stored
                elif pr.intersects(geom):
                    km2 = abs(GEOD.geometry_area_perimeter(geom.intersection(region))[0]) / 1e6
                else:
                    continue
                if km2 > 0.01:
                    total += km2
                    n += 1
            return n, total

        def villages():
            return sum(1 for p in point_tree.query(region) if pr.contains(p))

        c_ms = median_ms(coverage, runs)
        v_ms = median_ms(villages, runs)
        n, total = coverage()
        nv = villages()
        diff = (total - r["insideKm2"]) / r["insideKm2"]
        print(f"{r['name']:22} | {n:>8} | {r['atlasCountyMs']:>9.2f} | {c_ms:>10.2f} | {r['atlasCountyMs'] / c_ms:>6.2f} | {diff:>+9.1e} || {nv:>8} | {r['atlasVillageMs']:>9.2f} | {v_ms:>10.2f} | {r['atlasVillageMs'] / v_ms:>6.2f}")
        if n != r["counties"] or nv != r["villages"]:
            print(f"  note: atlas {r['counties']} counties / {r['villages']} villages")


if __name__ == "__main__":
    main(sys.argv[1])
