/**
 * How many vertices an imported layer may have and still draw interactively, by the renderer the
 * browser's WebGL runs on. Without a GPU (SwiftShader, llvmpipe and the like rasterise on the CPU)
 * the atlas cannot draw the GPU budget: measured in headless Chromium on SwiftShader (2 cores),
 * a 2.2-million-vertex polygon layer took minutes to import, draw and store. Above the budget the
 * import offers to simplify (src/domain/import/check.ts).
 */
import { MAX_DRAW_VERTICES } from '../domain/import/types';

/** Budget on a CPU renderer, vertices. */
export const SOFTWARE_DRAW_VERTICES = 300_000;

/** Renderer names of CPU rasterisers (WebGL's UNMASKED_RENDERER_WEBGL strings). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export interface DrawBudget {
  /** at most this many vertices draw interactively */
  vertices: number;
  /** the renderer is a CPU rasteriser */
  software: boolean;
  /** the WebGL renderer's name, or '' when unknown */
  renderer: string;
}

/**
 * @param renderer a WebGL renderer name, e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device …))"
 * @returns {@link SOFTWARE_DRAW_VERTICES} for a CPU rasteriser, else MAX_DRAW_VERTICES (2 million);
 *   an unknown renderer ('') gets the GPU budget
 */
export function drawBudget(renderer: string): DrawBudget {
  const software = SOFTWARE.test(renderer);
  return { vertices: software ? SOFTWARE_DRAW_VERTICES : MAX_DRAW_VERTICES, software, renderer };
}

let detected: DrawBudget | null = null;

/**
 * The budget of this browser, from a throw-away 1×1 WebGL context's renderer name (read once).
 * @returns the GPU budget when WebGL or the renderer name is unavailable
 */
export function browserDrawBudget(): DrawBudget {
  if (detected) return detected;
  let renderer = '';
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    renderer = '';
  }
  detected = drawBudget(renderer);
  return detected;
}
