/** A drawing the report refuses is told apart before it is kept, with the import's repair (issue 16, item 2). */
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { regionRefusal } from './refusal';
import { regionReadout, validateRegion } from './region';

const feature = (...ring: number[][]): Feature<Polygon> => ({ type: 'Feature', properties: { mode: 'freehand' }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } });

describe('regionRefusal', () => {
  it('a bow-tie drawn over 湖北 is refused as self-crossing and repaired into two valid lobes whose report area is the read-out’s', () => {
    const bowtie = feature([112, 30], [113, 31], [113, 30], [112, 31]);
    const r = regionRefusal(bowtie)!;
    expect(r.error.code).toBe('self-intersecting');
    expect(r.error.text.key).toBe('regionSelfIntersecting');
    expect(r.repair!.geometry.type).toBe('MultiPolygon');
    expect(r.repair!.properties).toEqual({ mode: 'freehand' });
    const report = validateRegion(r.repair); // does not throw: the repaired region can be analysed
    // one area for one shape: the live read-out of the bow-tie is the report's area of its repair
    expect(regionReadout(bowtie.geometry).areaKm2).toBe(report.areaKm2);
    expect(report.areaKm2).toBeGreaterThan(5000);
  });

  it('a simple drawing is not refused; a collinear one is refused with no repair', () => {
    expect(regionRefusal(feature([112, 30], [113, 30], [113, 31]))).toBeNull();
    const flat = regionRefusal(feature([112, 30], [113, 30], [114, 30]))!;
    expect(flat.error.code).toBe('zero-area');
    expect(flat.repair).toBeNull();
  });
});
