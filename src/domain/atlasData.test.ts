import { describe, expect, it } from 'vitest';
import { AtlasDataError, loadAtlasData } from './atlasData';

describe('loadAtlasData failures', () => {
  it('names the file and what was wrong in both languages (404: run npm run data; bad JSON)', async () => {
    const missing = (async (url: string) => new Response('', { status: url.endsWith('rivers.json') ? 404 : 200 })) as unknown as typeof fetch;
    const e = await loadAtlasData('/generated/', missing).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AtlasDataError);
    // the first file to fail is reported: every file but rivers.json is empty, i.e. not JSON
    const err = e as AtlasDataError;
    expect(err.text.en).toMatch(/^(manifest\.json: not valid JSON|rivers\.json: HTTP 404 — run `npm run data`)/);
    expect(err.text.zh).toMatch(/：(不是有效的 JSON|HTTP 404——请运行 `npm run data` 生成地图数据)$/);
    const only404 = (async () => new Response('', { status: 404 })) as unknown as typeof fetch;
    const e404 = (await loadAtlasData('/generated/', only404).catch((x: unknown) => x)) as AtlasDataError;
    expect(e404.text).toEqual({ en: 'manifest.json: HTTP 404 — run `npm run data` to generate the map data', zh: 'manifest.json：HTTP 404——请运行 `npm run data` 生成地图数据' });
    expect(e404.message).toBe(e404.text.en);
  });
});
