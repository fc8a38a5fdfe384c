/**
 * The legend model on the generated data: only visible layers, in list order, with their counts;
 * per-area keys for multi-area layers; the classes an imported layer coloured by a field shows;
 * and the rows of the PNG legend.
 */
import { describe, expect, it } from 'vitest';
import { atlas } from '../../test/unit/generatedData';
import { fields, layer, seats } from '../../test/unit/userLayerFixture';
import { layerFeatures } from './featureViews';
import { AREA_PALETTE, areaColorOf, defaultVisibility, EXIT_PALETTE, LAYERS } from '../domain/layers/registry';
import { legendModel, legendPictureRows } from './legend';
import { CATEGORY_PALETTE, OTHER_COLOR } from './userLayers';

const data = atlas();
const plan = layerFeatures(data);
const OTHER = '其他/无值';
const railways = data.catalog.features.filter((f) => f.properties.layer === 'railway').length;
const oldAreas = data.areas.filter((a) => a.group === 'old-area');
/** The layer of the revolutionary old areas (nine areas). */
const OLD = LAYERS.find((l) => l.source.type === 'area' && l.source.group === 'old-area')!.id;

describe('legendModel: plan layers', () => {
  const visible = defaultVisibility();
  const items = legendModel(plan, visible, 'zh', OTHER);

  it('lists exactly the visible layers, in registry order (not drawing order)', () => {
    expect(items.map((e) => e.id)).toEqual(LAYERS.filter((l) => l.defaultVisible).map((l) => l.id));
    expect(items.map((e) => e.id)).toEqual(['poverty-counties', OLD, 'border-counties', 'railway', 'highway', 'airport', 'hydro-base', 'hydro-station', 'transmission']);
    const fewer = legendModel(plan, { ...visible, railway: false, 'shale-gas': true }, 'zh', OTHER).map((e) => e.id);
    expect(fewer).not.toContain('railway');
    expect(fewer.at(-1)).toBe('shale-gas');
    expect(legendModel(plan, {}, 'zh', OTHER)).toEqual([]);
  });

  it('the poverty layer counts counties, keys its exit batches light to dark and says how exit years are dated', () => {
    const p = items.find((e) => e.id === 'poverty-counties')!;
    expect(p.count).toBe(830);
    expect(p.keys.map((k) => k.label)).toEqual([2016, 2017, 2018, 2019, 2020].map((y) => `贫困县（${y}年退出批次）`));
    expect(p.keys.map((k) => k.color)).toEqual([...EXIT_PALETTE]);
    expect(p.note).toMatch(/申请退出的批次年份/);
  });

  it('gives title, symbol, colour and count of each layer; areas count as areas', () => {
    const rail = items.find((e) => e.id === 'railway')!;
    expect(rail).toMatchObject({ title: '铁路', symbol: 'line', color: [34, 34, 34], count: railways, keys: [] });
    expect(railways).toBeGreaterThan(20);
    const old = items.find((e) => e.id === OLD)!;
    expect(old.count).toBe(oldAreas.length);
    expect(old.count).toBe(9);
    expect(items.find((e) => e.id === 'highway')!.symbol).toBe('dashed-line');
    expect(legendModel(plan, visible, 'en', OTHER).find((e) => e.id === 'railway')!.title).toBe('Railways');
  });

  it('a layer of several areas lists each area in its palette colour; a one-area layer lists none', () => {
    const old = items.find((e) => e.id === OLD)!;
    expect(old.keys.map((k) => k.label)).toEqual(oldAreas.map((a) => a.name.zh));
    expect(old.keys.map((k) => k.key)).toEqual(oldAreas.map((a) => a.id));
    old.keys.forEach((k, i) => expect(k).toMatchObject({ kind: 'area', symbol: 'fill', color: AREA_PALETTE[i % AREA_PALETTE.length] }));
    expect(old.keys[0].count).toBeUndefined();
    expect(items.find((e) => e.id === 'border-counties')!.keys).toEqual([]);
    const en = legendModel(plan, visible, 'en', OTHER).find((e) => e.id === OLD)!;
    expect(en.keys[0].label).toBe(oldAreas[0].name.en);
  });
});

describe('legendModel: an imported layer', () => {
  const byType = { ...layer(seats, fields), style: { color: [1, 2, 3] as [number, number, number], field: '类型' } };

  it('comes after the plan layers, with its title and count, when visible', () => {
    const all = layerFeatures(data, [byType]);
    const items = legendModel(all, { ...defaultVisibility(), [byType.id]: true }, 'zh', OTHER);
    expect(items.at(-1)).toMatchObject({ id: byType.id, title: '试点县城', symbol: 'circle', count: 5 });
    expect(legendModel(all, defaultVisibility(), 'zh', OTHER).map((e) => e.id)).not.toContain(byType.id);
  });

  it('coloured by a field: one key a class with its colour and count, "other" as userStyle labels it', () => {
    const [item] = legendModel(layerFeatures(data, [byType]).slice(-1), { [byType.id]: true }, 'zh', OTHER);
    expect(item.keys).toEqual([
      { kind: 'class', key: '老区', label: '老区', symbol: 'circle', color: CATEGORY_PALETTE[0], count: 2 },
      { kind: 'class', key: '连片', label: '连片', symbol: 'circle', color: CATEGORY_PALETTE[1], count: 2 },
      { kind: 'class', key: '', label: '—', symbol: 'circle', color: OTHER_COLOR, count: 1 },
    ]);
  });

  it('a class without a label takes otherLabel', () => {
    const [l] = layerFeatures(data, [byType]).slice(-1);
    const unlabelled = { ...l, user: { ...l.user!, style: { ...l.user!.style, classes: l.user!.style.classes.map((c) => ({ ...c, label: c.key })) } } };
    const [item] = legendModel([unlabelled], { [byType.id]: true }, 'zh', OTHER);
    expect(item.keys.map((k) => k.label)).toEqual(['老区', '连片', OTHER]);
  });

  it('a class hidden by the class filter is left out, and the count is of what is shown', () => {
    const filtered = { ...byType, style: { ...byType.style, hidden: ['连片'] } };
    const [item] = legendModel(layerFeatures(data, [filtered]).slice(-1), { [filtered.id]: true }, 'zh', OTHER);
    expect(item.keys.map((k) => k.key)).toEqual(['老区', '']);
    expect(item.count).toBe(3);
  });

  it('a single-colour layer has no keys', () => {
    const [item] = legendModel(layerFeatures(data, [layer(seats, fields)]).slice(-1), { 'user:t1': true }, 'zh', OTHER);
    expect(item).toMatchObject({ color: [1, 2, 3], keys: [] });
  });
});

describe('legendPictureRows', () => {
  it('the screen legend\'s rows: "title (count)", then each area in the colour it is drawn in, or each class with its count', () => {
    const byType = { ...layer(seats, fields), style: { color: [1, 2, 3] as [number, number, number], field: '类型' } };
    const visible = { [OLD]: true, railway: true, [byType.id]: true };
    const rows = legendPictureRows(legendModel(layerFeatures(data, [byType]), visible, 'zh', OTHER));
    const oldDef = LAYERS.find((l) => l.id === OLD)!;
    expect(rows.map((r) => r.label)).toEqual([`革命老区 (${oldAreas.length})`, ...oldAreas.map((a) => a.name.zh), `铁路 (${railways})`, '试点县城 (5)', '老区 (2)', '连片 (2)', '— (1)']);
    // the old areas are listed in the colours of the area palette they are drawn in, not in one purple
    expect(rows.slice(1, 1 + oldAreas.length).map((r) => r.color)).toEqual(oldAreas.map((_, i) => areaColorOf(oldDef, i)));
    expect(new Set(rows.slice(1, 1 + oldAreas.length).map((r) => r.color.join())).size).toBeGreaterThan(5);
    expect(rows[1 + oldAreas.length]).toEqual({ label: `铁路 (${railways})`, color: [34, 34, 34], symbol: 'line', depth: 0 });
    expect(rows.at(-3)).toMatchObject({ color: CATEGORY_PALETTE[0], symbol: 'circle', depth: 1 });
  });

  it('leaves out a visible layer that shows nothing (no "铁路 (0)")', () => {
    const empty = { ...layer(seats, fields), style: { color: [1, 2, 3] as [number, number, number], field: '类型', hidden: ['老区', '连片', ''] } };
    const rows = legendPictureRows(legendModel(layerFeatures(data, [empty]), { railway: true, [empty.id]: true }, 'zh', OTHER));
    expect(rows.map((r) => r.label)).toEqual([`铁路 (${railways})`]);
  });
});
