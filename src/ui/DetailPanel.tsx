/** Detail panel: attributes of the selected project, special area or county, and its citation. */
import { useEffect, useRef } from 'react';
import type { AtlasData } from '../domain/atlasData';
import type { CatalogFeature, CountyProperties } from '../domain/types';
import { layerForCatalog } from '../map/layerRegistry';
import type { AreaCountyFeature } from '../map/featureViews';
import type { Lang, Selection } from '../state/atlasState';
import { Citation } from './Citation';
import { t } from './i18n';

interface Props {
  data: AtlasData;
  selection: Selection;
  lang: Lang;
  onClose: () => void;
}

export function DetailPanel({ data, selection, lang, onClose }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
  }, [selection]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  if (selection.kind === 'none') {
    return (
      <aside className="panel detail" aria-label="detail">
        <p className="muted">{t('emptyDetail', lang)}</p>
      </aside>
    );
  }
  return (
    <aside className="panel detail" ref={ref} aria-label="detail" data-testid="detail">
      <button className="close" onClick={onClose} aria-label={t('close', lang)}>
        ×
      </button>
      {selection.kind === 'record' ? <RecordDetail r={selection.record} data={data} lang={lang} /> : null}
      {selection.kind === 'area' ? <AreaDetail f={selection.feature} data={data} lang={lang} /> : null}
      {selection.kind === 'county' ? <CountyDetail c={selection.county} data={data} lang={lang} /> : null}
    </aside>
  );
}

function Row({ k, children }: { k: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{k}</dt>
      <dd>{children}</dd>
    </>
  );
}

function areaName(data: AtlasData, id: string, lang: Lang): string {
  return data.areas.find((a) => a.id === id)?.name[lang] ?? id;
}

function RecordDetail({ r, data, lang }: { r: CatalogFeature; data: AtlasData; lang: Lang }) {
  const p = r.properties;
  const def = layerForCatalog(p.layer);
  const fmt = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en');
  const areas = Object.entries(p.computed.areas);
  return (
    <>
      <h2>{lang === 'zh' ? p.name_zh : p.name_en}</h2>
      <p className="sub">{lang === 'zh' ? p.name_en : p.name_zh}</p>
      <dl>
        <Row k={t('category', lang)}>{def?.title[lang] ?? p.layer}</Row>
        <Row k={t('action', lang)}>{p.action}</Row>
        {p.computed.lengthKm !== null ? <Row k={t('length', lang)}>{fmt.format(p.computed.lengthKm)} km</Row> : null}
        {p.capacityMW !== null ? <Row k={t('capacity', lang)}>{fmt.format(p.capacityMW)} MW{p.units ? ` (${p.units})` : ''}</Row> : null}
        {p.voltageKV !== null ? <Row k={t('voltage', lang)}>{fmt.format(p.voltageKV)} kV</Row> : null}
        <Row k={t('provincesCrossed', lang)}>{p.computed.provinces.join('、')}</Row>
        <Row k={t('countiesTouched', lang)}>{p.computed.counties.length}</Row>
        <Row k={t('areasTouched', lang)}>{areas.length ? areas.map(([id, n]) => `${areaName(data, id, lang)} (${n})`).join('；') : t('none', lang)}</Row>
        {p.via.length > 1 ? <Row k={t('via', lang)}>{p.via.join(' → ')}</Row> : null}
        {Object.entries(p.attributes).map(([k, v]) => (
          <Row key={k} k={k}>
            {String(v)}
          </Row>
        ))}
      </dl>
      <Citation c={p.citation} paragraphs={data.plan.paragraphs} lang={lang} />
      <p className="source-note">
        {t('coordSource', lang)}: {p.coordSource}
      </p>
    </>
  );
}

function CountyFacts({ c, data, lang }: { c: CountyProperties; data: AtlasData; lang: Lang }) {
  const member = data.areasOfCounty.get(c.adcode) ?? [];
  return (
    <dl>
      <Row k={t('adcode', lang)}>{c.adcode}</Row>
      <Row k={t('prefecture', lang)}>{c.prefName}</Row>
      <Row k={t('province', lang)}>{lang === 'zh' ? c.provName : c.provNameEn}</Row>
      <Row k={t('memberships', lang)}>{member.length ? member.map((id) => areaName(data, id, lang)).join('、') : t('none', lang)}</Row>
    </dl>
  );
}

function CountyDetail({ c, data, lang }: { c: CountyProperties; data: AtlasData; lang: Lang }) {
  return (
    <>
      <h2 data-testid="detail-name">{c.name}</h2>
      <p className="sub">{t('county', lang)}</p>
      <CountyFacts c={c} data={data} lang={lang} />
    </>
  );
}

function AreaDetail({ f, data, lang }: { f: AreaCountyFeature; data: AtlasData; lang: Lang }) {
  const area = data.areas.find((a) => a.id === f.properties.areaId);
  const county = data.countyByAdcode.get(f.properties.adcode)?.properties;
  if (!area) return null;
  return (
    <>
      <h2 data-testid="detail-name">{county?.name ?? f.properties.countyName}</h2>
      <p className="sub">
        {t('area', lang)}: {area.name[lang]}
      </p>
      {county ? <CountyFacts c={county} data={data} lang={lang} /> : null}
      <h3>{area.name[lang]}</h3>
      <dl>
        <Row k={t('countiesInArea', lang)}>{area.counties.length}</Row>
        <Row k={t('provenance', lang)}>
          {area.provenance.document}
          {area.provenance.issuer ? `，${area.provenance.issuer}` : ''}，{area.provenance.year}（{area.provenance.scope}）
        </Row>
      </dl>
      <p className="source-note">{area.provenance.note}</p>
      {area.citation ? <Citation c={area.citation} paragraphs={data.plan.paragraphs} lang={lang} /> : null}
    </>
  );
}
