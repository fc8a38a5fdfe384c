/**
 * A camera kept through size changes of the map (present mode): after each resize the held camera
 * is set again, until the user pans or zooms. No MapLibre in here; the MapController feeds it the
 * map's `resize` and `movestart` events and gives it the jump to make.
 */
import type { Camera } from '../domain/model';

export class CameraHold {
  private held: Camera | null = null;

  /** @param jump sets the map's camera at once (centre in degrees, MapLibre zoom) */
  constructor(private readonly jump: (c: Camera) => void) {}

  /** Hold `c` (and go there now unless `jumpNow` is false: a fly-to is on its way), or release the hold (null). */
  set(c: Camera | null, jumpNow = true): void {
    this.held = c;
    if (c && jumpNow) this.jump(c);
  }

  /** The camera held now, or null. */
  get(): Camera | null {
    return this.held;
  }

  /** The map changed size: set the held camera again. */
  resized(): void {
    if (this.held) this.jump(this.held);
  }

  /** A camera move began; `byUser` (a drag, wheel or key) ends the hold, the program's own moves do not. */
  moved(byUser: boolean): void {
    if (byUser) this.held = null;
  }
}
