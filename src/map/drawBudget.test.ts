import { describe, expect, it } from 'vitest';
import { drawBudget, SOFTWARE_DRAW_VERTICES } from './drawBudget';
import { MAX_DRAW_VERTICES } from '../domain/import/types';

describe('drawBudget: vertices an imported layer may have, by renderer', () => {
  it('gives CPU rasterisers the software budget', () => {
    for (const r of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.7, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
    ]) {
      expect(drawBudget(r), r).toEqual({ vertices: SOFTWARE_DRAW_VERTICES, software: true, renderer: r });
    }
  });

  it('gives GPUs and an unknown renderer the 2-million budget', () => {
    for (const r of ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'Apple M2', 'Mali-G78', '']) {
      expect(drawBudget(r).vertices, r).toBe(MAX_DRAW_VERTICES);
      expect(drawBudget(r).software, r).toBe(false);
    }
    expect(SOFTWARE_DRAW_VERTICES).toBeLessThan(MAX_DRAW_VERTICES);
  });
});
