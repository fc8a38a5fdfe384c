/** A county's poverty-county facts in the detail panel: designation, 片区, exit year, and the evidence of each. */
import type { AtlasData } from '../domain/atlasData';
import { DESIGNATION_LABEL, EVIDENCE_LABEL, describePoverty, type FactEvidence } from '../domain/poverty';
import type { Lang } from '../state/atlasState';

const FACT_LABEL: Record<'membership' | 'designation' | 'area' | 'exitYear', { zh: string; en: string }> = {
  membership: { zh: '属于832个贫困县', en: 'One of the 832' },
  designation: { zh: '类别', en: 'Designation' },
  area: { zh: '片区', en: 'Contiguous area' },
  exitYear: { zh: '退出批次', en: 'Exit batch' },
};

function Evidence({ f, lang }: { f: FactEvidence; lang: Lang }) {
  return (
    <span className={`evidence evidence-${f.level}`} data-evidence={f.level} title={f.basis}>
      {EVIDENCE_LABEL[f.level][lang]}
    </span>
  );
}

export function PovertyFacts({ adcode, data, lang }: { adcode: string; data: AtlasData; lang: Lang }) {
  const c = data.povertyByAdcode.get(adcode);
  if (!c) {
    return (
      <p className="poverty-facts muted" data-testid="poverty-facts" data-poverty="no">
        {lang === 'zh' ? '非国家级贫困县（不在832个之列）' : 'Not one of the 832 national poverty counties'}
      </p>
    );
  }
  const areaEn = c.area ? data.areas.find((a) => a.id === c.area)?.name.en : undefined;
  return (
    <div className="poverty-facts" data-testid="poverty-facts" data-poverty="yes" data-evidence={c.evidence}>
      <p>
        <strong>{lang === 'zh' ? '贫困县' : 'Poverty county'}</strong>{lang === 'zh' ? '：' : ': '}<span data-testid="poverty-summary">{describePoverty(c, lang, areaEn)}</span>
      </p>
      <dl className="poverty-evidence">
        {(Object.keys(FACT_LABEL) as (keyof typeof FACT_LABEL)[]).map((k) => (
          <div key={k}>
            <dt>{FACT_LABEL[k][lang]}</dt>
            <dd>
              {k === 'designation' ? `${DESIGNATION_LABEL[c.designation][lang]}${c.key === null ? (lang === 'zh' ? '（是否重点县未查明）' : ' (key status not established)') : ''} ` : null}
              {k === 'area' ? `${c.area ? (lang === 'zh' ? c.areaName : areaEn) : lang === 'zh' ? '不在片区' : 'none'} ` : null}
              {k === 'exitYear' ? `${c.exitYear} ` : null}
              <Evidence f={c.facts[k]} lang={lang} />
              {c.facts[k].sources.slice(0, 2).map((u, i) => (
                <a key={u} href={u} target="_blank" rel="noreferrer noopener" className="evidence-source">
                  [{i + 1}]
                </a>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      {c.renamed ? <p className="source-note">{lang === 'zh' ? '更名/合并：' : 'Renamed/merged: '}{c.renamed}</p> : null}
      <p className="source-note">{data.poverty.exitDate.split(' / ')[lang === 'zh' ? 0 : 1]}</p>
    </div>
  );
}
