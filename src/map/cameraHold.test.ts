import { describe, expect, it } from 'vitest';
import type { Camera } from '../domain/model';
import { CameraHold } from './cameraHold';

describe('CameraHold', () => {
  it('sets the held camera again after each resize until the user moves the map', () => {
    const jumps: Camera[] = [];
    const h = new CameraHold((c) => jumps.push(c));
    const slide: Camera = { center: [102.95, 30.5], zoom: 6 };
    h.resized();
    expect(jumps).toHaveLength(0); // nothing held yet
    h.set(slide);
    h.moved(false); // the program's own jump is no reason to let go
    h.resized();
    h.resized();
    expect(jumps).toEqual([slide, slide, slide]);
    h.moved(true);
    h.resized();
    expect(jumps).toHaveLength(3);
    expect(h.get()).toBeNull();
  });

  it('releases on set(null) without moving the map', () => {
    const jumps: Camera[] = [];
    const h = new CameraHold((c) => jumps.push(c));
    h.set({ center: [100, 30], zoom: 5 });
    h.set(null);
    h.resized();
    expect(jumps).toHaveLength(1);
    h.set({ center: [110, 35], zoom: 4 }, false); // a fly-to goes there: no jump now, only on a resize
    expect(jumps).toHaveLength(1);
    h.resized();
    expect(jumps[1]).toEqual({ center: [110, 35], zoom: 4 });
  });
});
