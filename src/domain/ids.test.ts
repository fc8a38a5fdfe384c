/** Fresh ids (src/domain/ids.ts): version-4 UUIDs, with or without `crypto.randomUUID` (insecure contexts lack it). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId, randomUuid } from './ids';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid / newId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives distinct version-4 UUIDs, behind the prefix', () => {
    const ids = Array.from({ length: 2000 }, () => randomUuid());
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId('user:')).toMatch(new RegExp(`^user:${V4.source.slice(1)}`));
  });

  it('builds them from getRandomValues where randomUUID is missing (a page on plain http)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a) });
    expect(typeof crypto.randomUUID).toBe('undefined');
    const ids = Array.from({ length: 2000 }, () => randomUuid());
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
