/** Choosing an analysis region without drawing: from the region list, the county selected on the map, or a circle typed in. */
import { useState } from 'react';
import type { AtlasData } from '../domain/atlasData';
import type { UserLayer } from '../domain/model';
import { prefectureNameIn } from '../domain/placeNames';
import { featureName, isRegionFeature } from '../domain/userData';
import type { Lang } from '../state/atlasState';
import { STRING_KEYS, t, type StringKey } from './i18n';
import { areaPickGroups } from '../domain/areaPickList';

const KEYS = new Set<string>(STRING_KEYS);
/** A special-area group's title in `lang` (the group key for one without a title). */
const groupTitle = (g: string, lang: Lang) => (KEYS.has(`group_${g}`) ? t(`group_${g}` as StringKey, lang) : g);

interface Props {
  data: AtlasData;
  lang: Lang;
  userLayers: UserLayer[];
  /** the list's current choice ('' for none; see ./analysisRegions.ts `regionOfChoice`) */
  pick: string;
  onPick: (value: string) => void;
  /** adcode of the county selected on the map, offered as a region */
  selectedCounty: string | null;
  /** a circle: centre lon/lat degrees, radius km */
  onCircle: (c: { lon: number; lat: number; km: number }) => void;
}

export function RegionPicker({ data, lang, userLayers, pick, onPick, selectedCounty, onCircle }: Props) {
  const [circle, setCircle] = useState({ lon: 113, lat: 28, km: 300 });
  return (
    <>
      <label className="pick">
        {t('pickRegion', lang)}
        <select value={pick} onChange={(e) => onPick(e.target.value)} data-testid="pick-region">
          <option value="">—</option>
          <optgroup label={t('province', lang)}>
            {data.provinces.features.map((p) => (
              <option key={String(p.properties?.provCode)} value={`prov:${p.properties?.provCode}`}>
                {String(lang === 'zh' ? p.properties?.provName : p.properties?.provNameEn)}
              </option>
            ))}
          </optgroup>
          {/* in English the data build's transliterations (derived, not official: said so in the group's title) */}
          <optgroup label={`${t('prefecture', lang)}${lang === 'en' ? t('translitNote', lang) : ''}`} data-group="prefecture">
            {data.prefectures.features.map((p) => (
              <option key={String(p.properties?.prefCode)} value={`pref:${p.properties?.prefCode}`}>
                {prefectureNameIn({ prefName: String(p.properties?.prefName), prefNameEn: p.properties?.prefNameEn as string | undefined }, lang).text}
              </option>
            ))}
          </optgroup>
          {areaPickGroups(data.areas, lang).map((g) => (
            <optgroup key={g.group} label={groupTitle(g.group, lang)} data-group={g.group}>
              {g.items.map((a) => (
                <option key={a.id} value={`area:${a.id}`} title={t('definedBy', lang, { source: a.source })}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          ))}
          {userLayers
            .filter((u) => u.data.kinds.polygon > 0)
            .map((u) => (
              <optgroup key={u.id} label={u.title}>
                {u.data.features.slice(0, 500).flatMap((feat, i) =>
                  isRegionFeature(feat)
                    ? [
                        <option key={i} value={`user:${u.id}#${i}`}>
                          {featureName(u, i)}
                        </option>,
                      ]
                    : [],
                )}
              </optgroup>
            ))}
        </select>
      </label>
      {pick.startsWith('area:') ? (
        <p className="muted" data-testid="area-source">
          {t('definedBy', lang, { source: areaPickGroups(data.areas, lang).flatMap((g) => g.items).find((i) => `area:${i.id}` === pick)?.source ?? '' })}
        </p>
      ) : null}
      <button onClick={() => selectedCounty && onPick(`county:${selectedCounty}`)} disabled={!selectedCounty} data-testid="pick-county">
        {t('useSelectedCounty', lang)}
        {selectedCounty ? `（${data.countyByAdcode.get(selectedCounty)?.properties.name ?? selectedCounty}）` : ''}
      </button>
      <div className="circle-form">
        {t('circleAt', lang)}
        <input type="number" aria-label="lon" value={circle.lon} step={0.1} onChange={(e) => setCircle({ ...circle, lon: Number(e.target.value) })} />
        <input type="number" aria-label="lat" value={circle.lat} step={0.1} onChange={(e) => setCircle({ ...circle, lat: Number(e.target.value) })} />
        r
        <input type="number" aria-label="km" value={circle.km} onChange={(e) => setCircle({ ...circle, km: Number(e.target.value) })} /> km
        <button onClick={() => onCircle(circle)}>OK</button>
      </div>
    </>
  );
}
