/** The Indicators tab's check of 专栏18(九)'s 396 革命老区贫困县 against the atlas's own count. */
import type { AtlasData } from '../domain/atlasData';
import { oldAreaPovertyCheck } from '../domain/povertyChecks';
import type { Lang } from '../state/atlasState';

export function PovertyIndicator({ data, lang }: { data: AtlasData; lang: Lang }) {
  if (!data.poverty.counties.length) return null;
  const c = oldAreaPovertyCheck(data.areas, data.poverty);
  const diff = c.plan - c.atlas;
  const none = c.byArea.filter((a) => a.poverty === 0).map((a) => a.name[lang]);
  return (
    <section className="poverty-indicator" data-testid="poverty-indicator">
      <h4>{lang === 'zh' ? '核对：396个革命老区贫困县（专栏18(九)）' : 'Check: 396 poverty counties of old revolutionary areas (box 18(9))'}</h4>
      <p>
        {lang === 'zh' ? '规划：' : 'Plan: '}
        <strong>{c.plan}</strong>
        {lang === 'zh' ? '；本图集计算（革命老区图层 ∩ 832个贫困县）：' : '; the atlas computes (old-area layer ∩ the 832): '}
        <strong data-testid="poverty-indicator-atlas">{c.atlas}</strong>
        {lang === 'zh' ? `；相差 ${diff}。` : `; difference ${diff}.`}
      </p>
      <p className="source-note">
        {lang === 'zh'
          ? `差额的原因：图集的革命老区图层只含规划点名的${c.byArea.length}个重点老区（按其振兴规划的县/地市编码），而396个覆盖全国所有革命老区县中的贫困县（图集没有全国老区县名单）；因此图集的数字是下限。${none.length ? `${none.join('、')}内没有国家级贫困县。` : ''}`
          : `Why they differ: the atlas's old-area layer holds only the ${c.byArea.length} key old areas the plan names (encoded by their revitalisation plans' counties/prefectures), while the 396 count the poverty counties among all of China's old-area counties (the atlas has no list of them). The atlas's figure is therefore a lower bound.${none.length ? ` ${none.join(', ')}: no national poverty county.` : ''}`}
      </p>
      <table>
        <tbody>
          {c.byArea.map((a) => (
            <tr key={a.id}>
              <td>{a.name[lang]}</td>
              <td className="num">{a.poverty}</td>
              <td className="num muted">/ {a.counties}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
