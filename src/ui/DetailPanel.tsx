/** Detail panel: attributes of the selected project, special area or county, and its citation. */
import { attributeValueIn } from '../domain/attributeValues';
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
import { DeliveryFacts } from './DeliveryFacts';
import { projectReach, projectsNear, projectsServingArea } from '../domain/serves';
import { countyNameIn, prefectureNameIn, type PlaceName } from '../domain/placeNames';
import { BORDER_DAM_TOLERANCE_KM, CATALOG_LAYER } from '../domain/catalogLayers';
import { STRING_KEYS, t, type StringKey } from './i18n';
import { planActionIn } from '../domain/planActions';

interface Props {
  data: AtlasData;
  selection: Selection;
  lang: Lang;
  onClose: () => void;
  /** select catalog records (from a list in the panel) */
  onSelectRecord: (id: string) => void;
  /** analyse an imported polygon as a region */
  onUseRegion: (f: Feature<Polygon | MultiPolygon>, title: string) => void;
  /** the time slider's year, for a record's delivery state (absent: the plan view) */
  year?: number | null;
}

export function DetailPanel({ data, selection, lang, onClose, onSelectRecord, onUseRegion, year }: Props) {
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
      <aside className="panel detail" aria-label={t('detailTab', lang)}>
        <p className="muted">{t('emptyDetail', lang)}</p>
      </aside>
    );
  }
  return (
    <aside className="panel detail" ref={ref} aria-label={t('detailTab', lang)} data-testid="detail">
      <button className="close" onClick={onClose} aria-label={t('close', lang)}>
        ×
      </button>
      {selection.kind === 'record' ? <RecordDetail r={selection.record} data={data} lang={lang} onSelectRecord={onSelectRecord} year={year} /> : null}
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

const KEYS = new Set<string>(STRING_KEYS);

function areaName(data: AtlasData, id: string, lang: Lang): string {
  return data.areas.find((a) => a.id === id)?.name[lang] ?? id;
}

/**
 * The names of the special areas `ids` in `lang`, joined; two areas of one name (四省藏区 is both a
 * plan region and a contiguous destitute area) each carry their group, so neither reads as a repeat.
 */
function areaNames(data: AtlasData, ids: string[], lang: Lang): string {
  const names = ids.map((id) => areaName(data, id, lang));
  return ids
    .map((id, i) => {
      if (names.indexOf(names[i]) === names.lastIndexOf(names[i])) return names[i];
      const key = `group_${data.areas.find((a) => a.id === id)?.group}`;
      return KEYS.has(key) ? `${names[i]}${lang === 'zh' ? `（${t(key as StringKey, lang)}）` : ` (${t(key as StringKey, lang)})`}` : names[i];
    })
    .join(lang === 'zh' ? '、' : ', ');
}

/** A record's name in `lang`, and in the other language (the sub-title). */
const nameIn = (x: { name_zh: string; name_en: string }, lang: Lang) => ({ zh: x.name_zh, en: x.name_en })[lang];
const OTHER: Record<Lang, Lang> = { zh: 'en', en: 'zh' };

/** A province in `lang`, from its Chinese name (what the catalog stores) through the county table. */
function provinceName(data: AtlasData, zh: string, lang: Lang): string {
  const c = data.counties.features.find((f) => f.properties.provName === zh)?.properties;
  return c ? { zh, en: c.provNameEn }[lang] : zh;
}

/** A record attribute's label in `lang` (the raw key for one the catalog does not name). */
const attributeLabel = (k: string, lang: Lang) => (KEYS.has(`attr_${k}`) ? t(`attr_${k}` as StringKey, lang) : k);

function RecordDetail({ r, data, lang, onSelectRecord, year }: { r: CatalogFeature; data: AtlasData; lang: Lang; onSelectRecord: (id: string) => void; year?: number | null }) {
  const p = r.properties;
  const def = layerForCatalog(p.layer);
  const fmt = new Intl.NumberFormat(t('numberLocale', lang));
  const areas = Object.entries(p.computed.areas);
  const reach = projectReach(data, r);
  const name = (x: { name_zh: string; name_en: string }) => nameIn(x, lang);
  const list = (xs: string[]) => xs.join(t('listSep', lang));
  const onBorder = p.layer === CATALOG_LAYER.hydroStation && p.computed.provinces.length > 1;
  // county and prefecture names in English are the data build's transliterations (../domain/placeNames.ts)
  const translit = lang === 'en' && reach.counties ? t('translitNote', lang) : null;
  return (
    <>
      <h2>{name(p)}</h2>
      <p className="sub">{nameIn(p, OTHER[lang])}</p>
      <dl>
        <Row k={t('category', lang)}>{def?.title[lang] ?? p.layer}</Row>
        <Row k={t('action', lang)}><span data-testid="action">{planActionIn(p.action, lang)}</span></Row>
        {p.computed.lengthKm !== null ? <Row k={t('length', lang)}>{fmt.format(p.computed.lengthKm)} km</Row> : null}
        {p.capacityMW !== null ? <Row k={t('capacity', lang)}>{fmt.format(p.capacityMW)} MW{p.units ? ` (${p.units})` : ''}</Row> : null}
        {p.voltageKV !== null ? <Row k={t('voltage', lang)}>{fmt.format(p.voltageKV)} kV</Row> : null}
        <Row k={t('provincesCrossed', lang)}>
          <span data-testid="provinces">{list(p.computed.provinces.map((x) => provinceName(data, x, lang)))}</span>
          {onBorder ? <span className="muted">{t('borderDam', lang, { km: BORDER_DAM_TOLERANCE_KM })}</span> : null}
        </Row>
        <Row k={t('countiesTouched', lang)}>
          <span data-testid="reach">{t(r.geometry.type === 'Point' ? 'reachLies' : 'reachCrosses', lang, { n: reach.counties, border: reach.borderCounties, names: list(lang === 'zh' ? reach.countyNames : reach.countyNamesEn) })}{translit}</span>
        </Row>
        <Row k={t('prefecturesTouched', lang)}>
          <span data-testid="prefectures">{t('countedList', lang, { n: reach.prefectures.length, names: list(lang === 'zh' ? reach.prefectures : reach.prefecturesEn) })}{translit}</span>
        </Row>
        <Row k={t('areasTouched', lang)}>{areas.length ? areas.map(([id, n]) => `${areaName(data, id, lang)} (${n})`).join(t('clauseSep', lang)) : t('none', lang)}</Row>
        {p.via.length > 1 ? <Row k={t('via', lang)}><span data-testid="via">{(lang === 'zh' ? p.via : p.via_en ?? p.via).join(' → ')}{lang === 'en' ? t('translitNote', lang) : null}</span></Row> : null}
        {Object.entries(p.attributes).map(([k, v]) => {
          // an attribute naming another record (a station's hydropower base) links to it
          const other = typeof v === 'string' ? data.catalogById.get(v) : undefined;
          return (
            <Row key={k} k={attributeLabel(k, lang)}>
              {other ? (
                <button className="linklike" onClick={() => onSelectRecord(v as string)}>
                  {name(other.properties)}
                </button>
              ) : (
                attributeValueIn(k, v, lang)
              )}
            </Row>
          );
        })}
      </dl>
      <Citation c={p.citation} paragraphs={data.plan.paragraphs} lang={lang} />
      <DeliveryFacts delivery={p.delivery} lang={lang} year={year} />
      <p className="source-note">
        {t('coordSource', lang)}: {p.coordSource}
      </p>
    </>
  );
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
                    {nameIn(rp, lang)}
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

/** A place name, with the transliteration note when it is one. */
function PlaceNameText({ n, lang }: { n: PlaceName; lang: Lang }) {
  return (
    <>
      {n.text}
      {n.transliterated ? t('translitNote', lang) : null}
    </>
  );
}

/** The county's name as the panel's title: in English the transliteration, the Chinese name under it. */
function CountyTitle({ c, lang, sub }: { c: CountyProperties; lang: Lang; sub: string }) {
  const n = countyNameIn(c, lang);
  return (
    <>
      <h2 data-testid="detail-name">{n.text}</h2>
      <p className="sub">
        {sub}
        {n.transliterated ? ` · ${c.name}${t('translitNote', lang)}` : null}
      </p>
    </>
  );
}

function CountyFacts({ c, data, lang }: { c: CountyProperties; data: AtlasData; lang: Lang }) {
  const member = data.areasOfCounty.get(c.adcode) ?? [];
  return (
    <>
    <dl>
      <Row k={t('adcode', lang)}>{c.adcode}</Row>
      <Row k={t('prefecture', lang)}><PlaceNameText n={prefectureNameIn(c, lang)} lang={lang} /></Row>
      <Row k={t('province', lang)}>{provinceName(data, c.provName, lang)}</Row>
      <Row k={t('memberships', lang)}>{member.length ? areaNames(data, member, lang) : t('none', lang)}</Row>
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
      <CountyTitle c={c} lang={lang} sub={t('county', lang)} />
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
      {county ? (
        <CountyTitle c={county} lang={lang} sub={`${t('area', lang)}: ${area.name[lang]}`} />
      ) : (
        <>
          <h2 data-testid="detail-name">{f.properties.countyName}</h2>
          <p className="sub">
            {t('area', lang)}: {area.name[lang]}
          </p>
        </>
      )}
      {county ? <CountyFacts c={county} data={data} lang={lang} /> : null}
      <h3>{area.name[lang]}</h3>
      <dl>
        <Row k={t('countiesInArea', lang)}>{area.counties.length}</Row>
        {area.memberBasis?.[f.properties.adcode] ? <Row k={t('memberBasis', lang)}>{area.memberBasis[f.properties.adcode][lang]}</Row> : null}
        <Row k={t('provenance', lang)}>
          {area.provenance.document}
          {area.provenance.issuer ? `，${area.provenance.issuer}` : ''}，{area.provenance.year}（{t(`scope_${area.provenance.scope}`, lang)}）
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
