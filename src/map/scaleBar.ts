// The scale bar's length, shared by the exported picture and the 南海诸岛 inset (one module so
// neither imports the other).

/**
 * A scale bar length that reads well: the largest 1/2/5×10ⁿ metres not above `maxMetres`.
 * @returns `{ metres, label }`, label in m or km
 */
export function niceScale(maxMetres: number): { metres: number; label: string } {
  const p = 10 ** Math.floor(Math.log10(maxMetres));
  const m = [5, 2, 1].map((k) => k * p).find((v) => v <= maxMetres) ?? p;
  return { metres: m, label: m >= 1000 ? `${m / 1000} km` : `${m} m` };
}
