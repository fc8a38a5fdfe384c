/** The detail panel's record view, rendered to HTML in Node (react-dom/server) on the generated data. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { atlas } from '../../test/unit/generatedData';
import type { Lang } from '../domain/model';
import { DetailPanel } from './DetailPanel';
import { ATTRIBUTE_VALUES_EN } from '../domain/attributeValues';
import { resolveSelection } from '../state/selection';
import { t } from './i18n';

const data = atlas();
const text = (id: string, lang: Lang) => {
  const html = renderToStaticMarkup(
    createElement(DetailPanel, { data, selection: { kind: 'record', record: data.catalogById.get(id)! }, lang, onClose: () => {}, onSelectRecord: () => {}, onUseRegion: () => {} }),
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
};

describe('detail panel of a plan record', () => {
  it('白鹤滩 in Chinese: named attributes (河流, 所属水电基地 金沙江水电基地), both provinces with how, both counties', () => {
    const s = text('hydro-baihetan', 'zh');
    expect(s).toContain('河流 金沙江');
    expect(s).toContain('所属水电基地 金沙江水电基地');
    expect(s).not.toMatch(/river 金沙江|base base-jinsha|base-jinsha/);
    expect(s).toContain('四川省、云南省');
    expect(s).toContain('坝址在省界上：两岸 1.5 km 内的县都计入');
    expect(s).toContain('位于 2 个县（其中边境县 0 个）：宁南县、巧家县');
    expect(s).toContain('所属地级行政区 2 个：凉山彝族自治州、昭通市');
  });

  it('a railway in English: counties by name under the county count, prefectures in their own row, provinces in English, place names transliterated and said so', () => {
    const id = data.catalog.features.find((f) => f.properties.layer === 'railway' && f.properties.citation.quote === '银川至西安')!.properties.id;
    const s = text(id, 'en');
    const note = ' (place names transliterated)';
    const m = /crosses (\d+) counties \((\d+) of them border counties\): (.+?) \(place names transliterated\) Prefectures (\d+): (.+?) \(place names transliterated\) Special/.exec(s);
    expect(m, s).not.toBeNull();
    expect(note).toBe(t('translitNote', 'en'));
    const [, n, , counties, p, prefectures] = m!;
    expect(counties.split(', ')).toHaveLength(Number(n));
    // counties and prefectures in English (transliterated by the data build), none left in Chinese
    expect(counties.split(', ').every((c) => /^[A-Z][a-z]+ (County|District|City|Banner)$/.test(c)), counties).toBe(true);
    expect(counties).toContain('Yanchi County');
    expect(prefectures.split(', ')).toHaveLength(Number(p));
    expect(prefectures).toContain('Yinchuan City');
    expect(s).not.toMatch(/[县区市旗]、/);
    expect(s).toMatch(/Provinces [^。]*Shaanxi/);
    expect(s).not.toContain('宁夏回族自治区、');
  });
});

describe('detail panel: a record’s delivery', () => {
  const html = (id: string, year: number | null) =>
    renderToStaticMarkup(createElement(DetailPanel, { data, selection: { kind: 'record', record: data.catalogById.get(id)! }, lang: 'zh', onClose: () => {}, onSelectRecord: () => {}, onUseRegion: () => {}, year })).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  it('白鹤滩: its milestones with their years and sources, and its state in the slider’s year', () => {
    const d = data.catalogById.get('hydro-baihetan')!.properties.delivery!;
    const start = d.milestones.find((m) => m.stage === 'start')!;
    expect(html('hydro-baihetan', 2018)).toContain(`${start.year} 开工`);
    expect(html('hydro-baihetan', 2018)).toContain('2018年状态： 在建');
    expect(html('hydro-baihetan', null)).toContain('2025年状态：');
  });
  it('a record with no delivery says it is unknown', () => {
    const none = data.catalog.features.find((f) => !f.properties.delivery)!;
    expect(html(none.properties.id, 2020)).toContain('尚无建设进展资料');
  });
});


describe('detail panel of a special area', () => {
  const areaText = (id: string, adcode: string, lang: Lang) =>
    renderToStaticMarkup(
      createElement(DetailPanel, {
        data,
        selection: resolveSelection(data, [], { kind: 'area', id, adcode }),
        lang,
        onClose: () => {},
        onSelectRecord: () => {},
        onUseRegion: () => {},
      }),
    )
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('names how the scope was listed in the page language, not by its data key (it read "2018（county）")', () => {
    for (const a of data.areas) {
      const adcode = a.counties[0];
      const zh = areaText(a.id, adcode, 'zh');
      const en = areaText(a.id, adcode, 'en');
      expect(zh, a.id).toContain(`${a.provenance.year}（${t(`scope_${a.provenance.scope}`, 'zh')}）`);
      expect(en, a.id).toContain(`${a.provenance.year}（${t(`scope_${a.provenance.scope}`, 'en')}）`);
      expect(zh, a.id).not.toMatch(/（(county|prefecture|province|mixed|derived)）/);
    }
  });
});

describe('detail panel attribute values', () => {
  it('names the river and the airport work in English in the English page (it read "River 金沙江")', () => {
    expect(text('hydro-baihetan', 'en')).toContain('River Jinsha River');
    expect(text('hydro-baihetan', 'zh')).toContain('河流 金沙江');
    const relocated = data.catalog.features.find((f) => f.properties.attributes.airportAction === '迁建')!.properties.id;
    expect(text(relocated, 'en')).toContain('Airport work Relocation');
    // every word-valued attribute of the catalog has its English
    for (const f of data.catalog.features)
      for (const k of ['river', 'airportAction'] as const) {
        const v = f.properties.attributes[k];
        if (typeof v === 'string') expect(text(f.properties.id, 'en'), `${f.properties.id} ${k}`).toContain(`${t(`attr_${k}`, 'en')} ${ATTRIBUTE_VALUES_EN[k][v]} `);
      }
  });
});
