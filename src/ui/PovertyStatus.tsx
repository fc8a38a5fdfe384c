/** The poverty-county data status: how many counties rest on each evidence level, per province. */
import type { AtlasData } from '../domain/atlasData';
import { EVIDENCE_LABEL, EVIDENCE_LEVELS, evidenceTable } from '../domain/poverty';
import type { Lang } from '../state/atlasState';

export function PovertyStatus({ data, lang }: { data: AtlasData; lang: Lang }) {
  if (!data.poverty.counties.length) return null;
  const rows = evidenceTable(data.poverty.counties);
  const sum = (k: 'total' | 'page' | 'derived' | 'recollection') => rows.reduce((s, r) => s + r[k], 0);
  const openKey = data.poverty.counties.filter((c) => c.key === null).reduce((s, c) => s + c.units, 0);
  return (
    <details className="poverty-status" data-testid="poverty-status">
      <summary>{lang === 'zh' ? '贫困县数据状况' : 'Poverty-county data status'}</summary>
      <p className="muted">
        {lang === 'zh'
          ? '每县取四项事实（是否贫困县、类别、片区、退出批次）中最弱的证据：网页原文 / 据总数推算 / 凭记忆补充。'
          : 'Each county counts at the weakest evidence of its four facts (membership, designation, area, exit batch): on a page / derived from a stated total / from recollection.'}
        {openKey ? (lang === 'zh' ? ` ${openKey}个片区县是否同时为重点县未查明。` : ` For ${openKey} area counties, whether they are also key counties is not established.`) : null}
      </p>
      <table>
        <thead>
          <tr>
            <th>{lang === 'zh' ? '省份' : 'Province'}</th>
            <th>{lang === 'zh' ? '县数' : 'Counties'}</th>
            {EVIDENCE_LEVELS.map((l) => (
              <th key={l}>{EVIDENCE_LABEL[l][lang]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.province} data-province={r.province}>
              <td>{r.province}</td>
              <td>{r.total}</td>
              {EVIDENCE_LEVELS.map((l) => (
                <td key={l}>{r[l] || ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-province="total">
            <th>{lang === 'zh' ? '合计' : 'Total'}</th>
            <th>{sum('total')}</th>
            {EVIDENCE_LEVELS.map((l) => (
              <th key={l} data-total={l}>{sum(l)}</th>
            ))}
          </tr>
        </tfoot>
      </table>
    </details>
  );
}
