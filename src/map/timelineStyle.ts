/**
 * How the map tells delivery states apart in a year of the time slider (issue 14), by more than
 * colour: lines by dash pattern and width, points by a filled, hollow, half-filled or crossed
 * icon, and 'unknown' in grey with its own pattern; poverty counties by fill strength and outline.
 * Pure data: MapLibre paint values and expressions, applied by ./projectLayers.ts and ./areaLayers.ts.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Rgb } from '../domain/layers/registry';
import type { IconFill } from './symbolIcons';
import { povertyStateAtYear, type PovertyState, type ProjectState } from '../domain/timeline';

/** Grey of records whose state is not known (and of cancelled ones), so they never pass for planned. */
export const UNKNOWN_GREY: Rgb = [140, 140, 140];

export interface LineLook {
  /** [dash, gap] in line widths; [0, 0] is solid */
  dash: [number, number];
  /** 0–255 */
  alpha: number;
  /** multiplies the layer's width */
  widthScale: number;
  /** the layer's colour, or grey */
  grey: boolean;
}

/** Line look per state: solid in service, long dashes partly open, dashes under construction, dots planned. */
export const LINE_LOOK: Record<ProjectState, LineLook> = {
  'in-service': { dash: [0, 0], alpha: 240, widthScale: 1.2, grey: false },
  'partial-service': { dash: [8, 2], alpha: 230, widthScale: 1, grey: false },
  'under-construction': { dash: [3, 2], alpha: 220, widthScale: 1, grey: false },
  planned: { dash: [1, 2.5], alpha: 170, widthScale: 0.8, grey: false },
  cancelled: { dash: [1, 4], alpha: 150, widthScale: 0.6, grey: true },
  unknown: { dash: [5, 3], alpha: 170, widthScale: 0.7, grey: true },
};

/** Point icon fill per state. */
export const POINT_FILL: Record<ProjectState, IconFill> = {
  'in-service': 'filled',
  'partial-service': 'half',
  'under-construction': 'half',
  planned: 'hollow',
  cancelled: 'crossed',
  unknown: 'query',
};

/** Colour of a record's line or icon in a state: the layer's, or grey for unknown and cancelled. */
export function stateColor(color: Rgb, state: ProjectState): Rgb {
  return LINE_LOOK[state].grey ? UNKNOWN_GREY : color;
}

/** Poverty county look per state: still poor strongly filled, exited that year outlined thick, exited before a faint fill. */
export const POVERTY_LOOK: Record<PovertyState, { color: Rgb; fillOpacity: number; lineWidth: number }> = {
  poor: { color: [204, 76, 2], fillOpacity: 0.6, lineWidth: 0.6 },
  'exited-this-year': { color: [254, 196, 79], fillOpacity: 0.45, lineWidth: 2.2 },
  'exited-before': { color: [120, 160, 120], fillOpacity: 0.1, lineWidth: 0.4 },
  unknown: { color: UNKNOWN_GREY, fillOpacity: 0.3, lineWidth: 0.6 },
};

const css = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;

/**
 * MapLibre paint values of the poverty layer in `year`: `match` expressions on the county's adcode.
 * @param exitYears adcode → exit batch year of each county the layer draws
 */
export function povertyPaint(exitYears: ReadonlyMap<string, number | undefined>, year: number): { color: ExpressionSpecification; fillOpacity: ExpressionSpecification; lineWidth: ExpressionSpecification } {
  const by = new Map<PovertyState, string[]>();
  for (const [adcode, y] of exitYears) {
    const s = povertyStateAtYear(y, year);
    by.set(s, [...(by.get(s) ?? []), adcode]);
  }
  const match = <T>(pick: (s: PovertyState) => T, fallback: T) => {
    const branches: unknown[] = [];
    for (const [s, adcodes] of by) if (adcodes.length) branches.push(adcodes, pick(s));
    // a match needs at least one branch: with no county, a constant
    return (branches.length ? ['match', ['get', 'adcode'], ...branches, fallback] : ['literal', fallback]) as unknown as ExpressionSpecification;
  };
  return {
    color: match((s) => css(POVERTY_LOOK[s].color), css(UNKNOWN_GREY)),
    fillOpacity: match((s) => POVERTY_LOOK[s].fillOpacity, 0.3),
    lineWidth: match((s) => POVERTY_LOOK[s].lineWidth, 0.6),
  };
}
