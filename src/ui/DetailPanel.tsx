/** Detail panel: attributes of the selected project, special area or county, and its citation. */
import { useEffect, useRef } from 'react';
import type { AtlasData } from '../domain/atlasData';
import type { CatalogFeature, CountyProperties } from '../domain/types';
import { layerForCatalog } from '../domain/layers/registry';
import type { Lang } from '../state/atlasState';
import type { AreaCountyFeature, Picked, Selection } from '../domain/model';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { isRegionFeature } from '../domain/userData';
import { Citation } from './Citation';
import { PovertyFacts } from './PovertyFacts';
import { projectReach, projectsNear, projectsServingArea } from '../domain/serves';
import { DERIVED_AREA } from '../domain/areaGroups';
import { t } from './i18n';

interface Props {
  data: AtlasData;
  selection: Selection;
  lang: Lang;
  onClose: () => void;
  /** select catalog records (from a list in the panel) */
  onSelectRecord: (id: string) => void;
  /** analyse an imported polygon as a region */
  onUseRegion: (f: Feature<Polygon | MultiPolygon>, title: string) => void;
}

export function DetailPanel({ data, selection, lang, onClose, onSelectRecord, onUseRegion }: Props) {
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
      {selection.kind === 'area' ? <AreaDetail f={selection.feature} data={data} lang={lang} onSelectRecord={onSelectRecord} /> : null}
      {selection.kind === 'county' ? <CountyDetail c={selection.county} data={data} lang={lang} onSelectRecord={onSelectRecord} /> : null}
      {selection.kind === 'user' ? <UserDetail p={selection} lang={lang} onUseRegion={onUseRegion} /> : null}
    </aside>
  );
}

/** An imported feature: its properties as plain text (a value holding HTML is shown, never run). */
function UserDetail({ p, lang, onUseRegion }: { p: Extract<Picked, { kind: 'user' }>; lang: Lang; onUseRegion: Props['onUseRegion'] }) {
  const f = p.feature;
  const region = isRegionFeature(f);
  return (
    <>
      <h2>{p.name}</h2>
      <p className="muted">
        {t('importedLayer', lang)}: {p.layerTitle} · #{p.index + 1} · {f.geometry.type}
      </p>
      {region ? (
        <button onClick={() => onUseRegion(f, p.name)} data-testid="use-as-region">
          {t('useAsRegion', lang)}
        </button>
      ) : null}
      <h3>{t('properties', lang)}</h3>
      <dl data-testid="user-properties">
        {Object.entries(f.properties).map(([k, v]) => (
          <Row key={k} k={k}>
            {v === null ? '—' : String(v)}
          </Row>
        ))}
      </dl>
    </>
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
        <Row k={t('countiesTouched', lang)}>
          <span data-testid="reach">{reachSentence(data, r, lang)}</span>
        </Row>
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

/** "crosses 14 counties, 9 of them in the 陕甘宁 revolutionary old area, 0 border counties". */
function reachSentence(data: AtlasData, r: CatalogFeature, lang: Lang): string {
  const reach = projectReach(data, r);
  const areas = Object.entries(reach.byArea).filter(([id]) => id !== DERIVED_AREA.borderCounties);
  const parts = areas.map(([id, n]) => (lang === 'zh' ? `其中${n}个在${areaName(data, id, lang)}` : `${n} in ${areaName(data, id, lang)}`));
  const verb = r.geometry.type === 'Point' ? (lang === 'zh' ? '位于' : 'lies in') : lang === 'zh' ? '途经' : 'crosses';
  return lang === 'zh'
    ? `${verb}${reach.counties}个县（${reach.prefectures.join('、')}）${parts.length ? `，${parts.join('，')}` : ''}，边境县${reach.borderCounties}个`
    : `${verb} ${reach.counties} counties (${reach.prefectures.join(', ')})${parts.length ? `, ${parts.join(', ')}` : ''}; ${reach.borderCounties} border counties`;
}

/** Records grouped by their registry layer, each a link that selects it. */
function RecordList({ items, data, lang, onSelectRecord, note }: { items: { id: string; extra: string }[]; data: AtlasData; lang: Lang; onSelectRecord: (id: string) => void; note: string }) {
  const groups = new Map<string, { id: string; extra: string }[]>();
  for (const it of items) {
    const layer = data.catalogById.get(it.id)?.properties.layer ?? '';
    groups.set(layer, [...(groups.get(layer) ?? []), it]);
  }
  if (!items.length) return <p className="muted">{note}: {t('none', lang)}</p>;
  return (
    <div className="record-list" data-testid="record-list">
      <h3>{note}</h3>
      {[...groups].map(([layer, list]) => (
        <div key={layer}>
          <strong>{layerForCatalog(layer)?.title[lang] ?? layer}</strong> ({list.length})
          <ul>
            {list.map((it) => {
              const rp = data.catalogById.get(it.id)!.properties;
              return (
                <li key={it.id}>
                  <button className="linklike" onClick={() => onSelectRecord(it.id)}>
                    {lang === 'zh' ? rp.name_zh : rp.name_en}
                  </button>{' '}
                  <span className="muted">{it.extra}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

function CountyFacts({ c, data, lang }: { c: CountyProperties; data: AtlasData; lang: Lang }) {
  const member = data.areasOfCounty.get(c.adcode) ?? [];
  return (
    <>
    <dl>
      <Row k={t('adcode', lang)}>{c.adcode}</Row>
      <Row k={t('prefecture', lang)}>{c.prefName}</Row>
      <Row k={t('province', lang)}>{lang === 'zh' ? c.provName : c.provNameEn}</Row>
      <Row k={t('memberships', lang)}>{member.length ? member.map((id) => areaName(data, id, lang)).join('、') : t('none', lang)}</Row>
    </dl>
    <PovertyFacts adcode={c.adcode} data={data} lang={lang} />
    </>
  );
}

function NearbyProjects({ adcode, data, lang, onSelectRecord }: { adcode: string; data: AtlasData; lang: Lang; onSelectRecord: (id: string) => void }) {
  const near = projectsNear(data, adcode, 50);
  return (
    <RecordList
      data={data}
      lang={lang}
      onSelectRecord={onSelectRecord}
      note={t('nearbyProjects', lang)}
      items={near.map((n) => ({ id: n.record.properties.id, extra: n.km === 0 ? t('inCounty', lang) : `${n.km} km` }))}
    />
  );
}

function CountyDetail({ c, data, lang, onSelectRecord }: { c: CountyProperties; data: AtlasData; lang: Lang; onSelectRecord: (id: string) => void }) {
  return (
    <>
      <h2 data-testid="detail-name">{c.name}</h2>
      <p className="sub">{t('county', lang)}</p>
      <CountyFacts c={c} data={data} lang={lang} />
      <NearbyProjects adcode={c.adcode} data={data} lang={lang} onSelectRecord={onSelectRecord} />
    </>
  );
}

function AreaDetail({ f, data, lang, onSelectRecord }: { f: AreaCountyFeature; data: AtlasData; lang: Lang; onSelectRecord: (id: string) => void }) {
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
        {area.memberBasis?.[f.properties.adcode] ? <Row k={t('memberBasis', lang)}>{area.memberBasis[f.properties.adcode][lang]}</Row> : null}
        <Row k={t('provenance', lang)}>
          {area.provenance.document}
          {area.provenance.issuer ? `，${area.provenance.issuer}` : ''}，{area.provenance.year}（{area.provenance.scope}）
        </Row>
      </dl>
      <p className="source-note">{area.provenance.note}</p>
      {area.citation ? <Citation c={area.citation} paragraphs={data.plan.paragraphs} lang={lang} /> : null}
      <RecordList
        data={data}
        lang={lang}
        onSelectRecord={onSelectRecord}
        note={t('servingProjects', lang)}
        items={projectsServingArea(data, area.id).map((x) => ({ id: x.record.properties.id, extra: `${x.counties} ${t('countiesUnit', lang)}` }))}
      />
      {county ? <NearbyProjects adcode={county.adcode} data={data} lang={lang} onSelectRecord={onSelectRecord} /> : null}
    </>
  );
}
