/**
 * The shareable link: camera, visible layers, filters, selection, language and view position,
 * kept in the URL hash. Two small functions, `parseHash` and `createHash`; the encoding is
 * versioned (`v=1`). A malformed or unknown-version hash gives the default map and a notice.
 *
 * Example: `#v=1&c=104.50,35.50,3.30&l=old-areas,railway&fa=规划建设&sel=r:air-wushan&lang=en&y=2020`
 *
 * `y=` is the time slider's year (2016–2025); absent = the plan view (every project as planned).
 * A malformed year is read like any other malformed part: the default map and a notice.
 *
 * The analysis region and its distance setting ride along as `r=` (./regionLink.ts) and
 * `wl=`/`wk=` (layer and km of "within N km of"). A malformed `r=` drops the region only, with
 * its own notice in both languages (`regionNotice`); the rest of the link is kept.
 */
import { FACETS, NO_FILTERS, type Facet, type Filters } from '../domain/filters';
import { LAYERS, defaultVisibility, isLayerId } from '../domain/layers/registry';
import { CATALOG_LAYERS } from '../domain/catalogLayers';
import type { Bilingual, Camera } from '../domain/model';
import { isSliderYear } from '../domain/timeline';
import { parseRegionParam, RegionLinkError, type LinkRegion } from './regionLink';

export const URL_VERSION = 1;

/** A selection as ids only (the app resolves them against the data). */
export type SelectionRef = { kind: 'record'; id: string } | { kind: 'county'; adcode: string } | { kind: 'area'; id: string; adcode: string } | null;

export interface UrlState {
  camera: Camera | null;
  visible: Record<string, boolean>;
  filters: Filters;
  selection: SelectionRef;
  lang: 'zh' | 'en';
  /** 0-based position in the saved-view list, when presenting */
  view: number | null;
  /** the analysis region as the link writes it (`r=`, see ./regionParam.ts), or null */
  region: string | null;
  /** the analysis's "within N km of a plan layer" setting, written with a region only */
  within: { layer: string; km: number } | null;
  /** the time slider's year (2016–2025), or null for the plan view */
  year: number | null;
}

const FACET_KEYS: Record<Facet, string> = { categories: 'fc', actions: 'fa', provinces: 'fp', areas: 'fs', poverty: 'fv' };

export function defaultUrlState(): UrlState {
  return { camera: null, visible: defaultVisibility(), filters: NO_FILTERS, selection: null, lang: 'zh', view: null, region: null, within: null, year: null };
}

/** Thrown inside parsing; turned into a notice by {@link parseHash}. `what`: the part that could not be read. */
class BadLink extends Error {
  constructor(readonly what: Bilingual) {
    super(what.en);
  }
}
const part = (en: string, zh: string, value: string): Bilingual => ({ en: `${en} "${value}"`, zh: `${zh}“${value}”` });

function parseSelection(s: string): SelectionRef {
  const [kind, a, b] = s.split(':');
  if (kind === 'r' && a) return { kind: 'record', id: a };
  if (kind === 'c' && /^\d{6}$/.test(a ?? '')) return { kind: 'county', adcode: a };
  if (kind === 'a' && a && /^\d{6}$/.test(b ?? '')) return { kind: 'area', id: a, adcode: b };
  throw new BadLink(part('selection', '选中项', s));
}

function formatSelection(s: SelectionRef): string | null {
  if (!s) return null;
  if (s.kind === 'record') return `r:${s.id}`;
  if (s.kind === 'county') return `c:${s.adcode}`;
  return `a:${s.id}:${s.adcode}`;
}

/** What the link says of the analysis region, read apart from the rest so a bad one loses nothing else. */
export interface LinkAnalysis {
  /** the decoded region, when the link has a readable one */
  region: LinkRegion | null;
  /** why the link's region was dropped, in both languages */
  regionNotice: Bilingual | null;
}

const PLAN_LAYERS: ReadonlySet<string> = new Set(CATALOG_LAYERS);

/** The link's region and distance setting; a bad one is dropped with a notice. */
function parseAnalysis(p: URLSearchParams, state: UrlState): LinkAnalysis {
  const r = p.get('r');
  const wl = p.get('wl'), wk = Number(p.get('wk'));
  if (wl && PLAN_LAYERS.has(wl) && Number.isFinite(wk) && wk >= 0 && wk <= 1000) state.within = { layer: wl, km: wk };
  if (!r) return { region: null, regionNotice: null };
  try {
    const region = parseRegionParam(r);
    state.region = r;
    return { region, regionNotice: null };
  } catch (e) {
    if (!(e instanceof RegionLinkError)) throw e;
    return { region: null, regionNotice: { zh: `${e.text.zh}链接的其余部分（地图、图层、筛选）已打开，区域未载入。`, en: `${e.text.en} The rest of the link (map, layers, filters) is open; the region was not loaded.` } };
  }
}

/**
 * @param hash `location.hash` (with or without the leading "#")
 * @returns the state, plus `notice` (both languages, for the user) when the link could not be
 *   read, and the analysis region it names ({@link LinkAnalysis}); never throws
 */
export function parseHash(hash: string): { state: UrlState; notice: Bilingual | null } & LinkAnalysis {
  const def = defaultUrlState();
  const raw = hash.replace(/^#/, '');
  const none = { region: null, regionNotice: null };
  if (!raw) return { state: def, notice: null, ...none };
  try {
    const p = new URLSearchParams(raw);
    const v = p.get('v');
    if (v !== String(URL_VERSION)) throw new BadLink(v ? { en: `link version ${v} (this atlas reads version ${URL_VERSION})`, zh: `链接版本 ${v}（本图集读取版本 ${URL_VERSION}）` } : { en: 'no version', zh: '缺少版本号' });
    const state = defaultUrlState();
    const c = p.get('c');
    if (c) {
      const [lon, lat, zoom] = c.split(',').map(Number);
      if (![lon, lat, zoom].every(Number.isFinite) || Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) throw new BadLink(part('camera', '视角', c));
      state.camera = { center: [lon, lat], zoom };
    }
    const l = p.get('l');
    if (l !== null) {
      const ids = l ? l.split(',') : [];
      for (const id of ids) if (!isLayerId(id)) throw new BadLink(part('layer', '图层', id));
      state.visible = Object.fromEntries(LAYERS.map((x) => [x.id, ids.includes(x.id)]));
    }
    const filters: Filters = { ...NO_FILTERS };
    for (const f of FACETS) {
      const val = p.get(FACET_KEYS[f]);
      filters[f] = val ? val.split(',').filter(Boolean) : [];
    }
    state.filters = filters;
    const sel = p.get('sel');
    state.selection = sel ? parseSelection(sel) : null;
    const lang = p.get('lang');
    if (lang && lang !== 'zh' && lang !== 'en') throw new BadLink(part('language', '语言', lang));
    state.lang = lang === 'en' ? 'en' : 'zh';
    const view = p.get('view');
    if (view !== null) {
      const n = Number(view);
      if (!Number.isInteger(n) || n < 0) throw new BadLink(part('view', '视图', view));
      state.view = n;
    }
    const y = p.get('y');
    if (y !== null) {
      const n = /^\d{4}$/.test(y) ? Number(y) : NaN;
      if (!isSliderYear(n)) throw new BadLink(part('year', '年份', y));
      state.year = n;
    }
    return { state, notice: null, ...parseAnalysis(p, state) };
  } catch (e) {
    const what = e instanceof BadLink ? e.what : { en: 'unreadable link', zh: '无法解析' };
    // the default map, but in the language the link asks for (its notice is in that language too)
    if (/(?:^|&)lang=en(?:&|$)/.test(raw)) def.lang = 'en';
    return { state: def, notice: { en: `The link could not be read (${what.en}); showing the default map.`, zh: `无法读取该链接（${what.zh}），显示默认地图。` }, ...none };
  }
}

/** Encode `s` as a hash ("#v=1&…"); round-trips through {@link parseHash}. */
export function createHash(s: UrlState): string {
  const p = new URLSearchParams();
  p.set('v', String(URL_VERSION));
  if (s.camera) p.set('c', `${s.camera.center[0].toFixed(4)},${s.camera.center[1].toFixed(4)},${s.camera.zoom.toFixed(2)}`);
  p.set('l', LAYERS.filter((x) => s.visible[x.id]).map((x) => x.id).join(','));
  for (const f of FACETS) if (s.filters[f].length) p.set(FACET_KEYS[f], s.filters[f].join(','));
  const sel = formatSelection(s.selection);
  if (sel) p.set('sel', sel);
  if (s.lang !== 'zh') p.set('lang', s.lang);
  if (s.view !== null) p.set('view', String(s.view));
  if (s.year !== null) p.set('y', String(s.year));
  if (s.region) {
    p.set('r', s.region);
    if (s.within) {
      p.set('wl', s.within.layer);
      p.set('wk', String(s.within.km));
    }
  }
  return `#${p.toString()}`;
}
