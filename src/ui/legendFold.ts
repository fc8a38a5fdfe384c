/** Whether the on-map legend opens unfolded: not on small screens, where it would cover the map. */

/**
 * Below either size (CSS pixels of the window) the legend starts folded. At 1280 px the map between
 * the two panels is 690 px wide and the open legend (210 px) would hide the east of the home view.
 */
export const SMALL_SCREEN = { width: 1400, height: 760 };

/**
 * @param size the window's inner size in CSS pixels (default: this window's)
 * @returns true when the window is at least {@link SMALL_SCREEN} in both directions
 */
export function legendOpenAtStart(size: { width: number; height: number } = { width: window.innerWidth, height: window.innerHeight }): boolean {
  return size.width >= SMALL_SCREEN.width && size.height >= SMALL_SCREEN.height;
}
