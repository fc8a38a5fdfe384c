/** The live read-out of a drawing gives the report's area (issue 12, defect 2). */
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { measure } from './measure';
import { regionReadout, validateRegion } from './region';

const poly = (...ring: number[][]): Polygon => ({ type: 'Polygon', coordinates: [[...ring, ring[0]]] });

describe('regionReadout', () => {
  it('a large drawn triangle reads exactly the report’s area, not the undensified ring’s (3.3% apart)', () => {
    const tri = poly([100, 20], [120, 20], [110, 40]);
    const r = regionReadout(tri);
    const report = validateRegion(tri);
    expect(r.areaKm2).toBe(report.areaKm2);
    expect(r.perimeterKm).toBe(report.perimeterKm);
    expect(r.crossesAt).toBeUndefined();
    expect(r.areaKm2 / 1e6).toBeCloseTo(2.2, 1);
    const plain = measure(tri).areaKm2;
    expect((r.areaKm2 - plain) / r.areaKm2).toBeGreaterThan(0.03);
    expect((r.areaKm2 - plain) / r.areaKm2).toBeLessThan(0.035);
  });

  it('a bow-tie does not read 0: the area of its two lobes, and where it crosses', () => {
    const bowtie = poly([110, 30], [111, 31], [111, 30], [110, 31]);
    expect(measure(bowtie).areaKm2).toBeLessThan(1);
    const r = regionReadout(bowtie);
    const lobes = validateRegion(poly([110, 30], [110.5, 30.5], [110, 31])).areaKm2 + validateRegion(poly([111, 30], [111, 31], [110.5, 30.5])).areaKm2;
    expect(Math.abs(r.areaKm2 - lobes) / lobes).toBeLessThan(1e-3);
    expect(r.crossesAt![0]).toBeCloseTo(110.5, 6);
    expect(r.crossesAt![1]).toBeCloseTo(30.5, 2);
  });

  it('a drawing still too short for an area reads 0 km²', () => {
    expect(regionReadout(poly([110, 30], [111, 31])).areaKm2).toBe(0);
  });
});
