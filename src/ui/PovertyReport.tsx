/** The poverty-county part of a coverage report: counts, km², shares, by designation and exit batch, and within N km. */
import type { AtlasData } from '../domain/atlasData';
import type { CoverageReport } from '../domain/analysis';
import { povertyCoverage, type PovertyTally } from '../domain/analysis/poverty';
import { DESIGNATION_LABEL, EVIDENCE_LABEL } from '../domain/poverty';
import type { Lang } from '../state/atlasState';

const fmt = (x: number, d = 1) => x.toLocaleString('en-US', { maximumFractionDigits: d });

/** "(含 3 个据总数推算、2 个凭记忆补充)" next to a figure resting on weaker facts. */
function Caveat({ t, lang }: { t: PovertyTally; lang: Lang }) {
  if (!t.derived && !t.recollection) return null;
  const parts = [
    t.derived ? `${t.derived} ${EVIDENCE_LABEL.derived[lang]}` : '',
    t.recollection ? `${t.recollection} ${EVIDENCE_LABEL.recollection[lang]}` : '',
  ].filter(Boolean);
  return (
    <span className={`caveat evidence-${t.evidence}`} data-caveat={t.evidence}>
      {lang === 'zh' ? `（其中 ${parts.join('、')}）` : ` (of which ${parts.join(', ')})`}
    </span>
  );
}

export function PovertyReport({ report, data, lang, layerTitle }: { report: CoverageReport; data: AtlasData; lang: Lang; layerTitle: (layer: string, lang: Lang) => string }) {
  if (!data.poverty.counties.length) return null;
  const p = povertyCoverage(report, data.poverty);
  return (
    <div className="poverty-report" data-testid="poverty-report">
      <h4>{lang === 'zh' ? '贫困县（832个）' : 'Poverty counties (of 832)'}</h4>
      <p data-testid="poverty-total">
        {lang === 'zh'
          ? `区域内 ${p.total.counties} 个贫困县，区域内面积 ${fmt(p.total.insideKm2, 0)} km²，占区域面积 ${fmt(p.regionSharePct)}%，占区域内县数 ${fmt(p.countySharePct)}%`
          : `${p.total.counties} poverty counties in the region, ${fmt(p.total.insideKm2, 0)} km² inside, ${fmt(p.regionSharePct)}% of the region's area, ${fmt(p.countySharePct)}% of its counties`}
        <Caveat t={p.total} lang={lang} />
      </p>
      {p.total.counties ? (
        <table>
          <tbody>
            {(['key', 'both', 'pianqu'] as const).map((d) => (
              <tr key={d} data-designation={d}>
                <td>{DESIGNATION_LABEL[d][lang]}{d === 'pianqu' && p.keyUnknown ? (lang === 'zh' ? `（${p.keyUnknown}个是否重点县未查明）` : ` (${p.keyUnknown} of unknown key status)`) : ''}</td>
                <td className="num">{d !== 'pianqu' && p.keyUnknown ? '≥ ' : ''}{p.byDesignation[d].counties}</td>
                <td className="num">{fmt(p.byDesignation[d].insideKm2, 0)} km²</td>
                <td><Caveat t={p.byDesignation[d]} lang={lang} /></td>
              </tr>
            ))}
            {Object.entries(p.byExitYear).map(([y, t]) => (
              <tr key={y} data-exit-year={y}>
                <td>{lang === 'zh' ? `${y}年退出批次` : `Exit batch ${y}`}</td>
                <td className="num">{t.counties}</td>
                <td className="num">{fmt(t.insideKm2, 0)} km²</td>
                <td><Caveat t={t} lang={lang} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {p.within.map((w) => (
        <p key={`${w.layer}${w.km}`} data-testid="poverty-within">
          {lang === 'zh'
            ? `距${layerTitle(w.layer, 'zh')} ${w.km} km 内（按县城）：贫困县 ${w.within}/${w.of}（${fmt(w.sharePct)}%）`
            : `Poverty counties with their seat within ${w.km} km of ${layerTitle(w.layer, 'en')}: ${w.within}/${w.of} (${fmt(w.sharePct)}%)`}
          {w.evidence !== 'page' ? <span className={`caveat evidence-${w.evidence}`}>{lang === 'zh' ? `（部分依据${EVIDENCE_LABEL[w.evidence].zh}）` : ` (partly ${EVIDENCE_LABEL[w.evidence].en})`}</span> : null}
        </p>
      ))}
      <p className="source-note">{data.poverty.exitDate.split(' / ')[lang === 'zh' ? 0 : 1]}</p>
    </div>
  );
}
