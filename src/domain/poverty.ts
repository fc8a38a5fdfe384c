/**
 * The 832 national poverty counties (贫困县 = 2012 国家扶贫开发工作重点县 ∪ 2012 片区县) as shipped in
 * public/generated/poverty-counties.json, and the wording the UI shows for them. Pure data/helpers.
 */

/** How a fact is known: a page says it; it follows by arithmetic from a stated total; remembered. */
export type EvidenceLevel = 'page' | 'derived' | 'recollection';
export const EVIDENCE_LEVELS: EvidenceLevel[] = ['page', 'derived', 'recollection'];

/** 重点县 only, 片区县 only, or both. */
export type Designation = 'key' | 'pianqu' | 'both';

export interface FactEvidence {
  level: EvidenceLevel;
  /** what the fact rests on, in words */
  basis: string;
  /** URLs of the pages, where any */
  sources: string[];
}

export interface PovertyCounty {
  adcode: string;
  /** the atlas county table's (2016) name */
  name: string;
  province: string;
  prefName: string;
  designation: Designation;
  /** 重点县 (2012); null where no page or total settles it and nothing is recalled */
  key: boolean | null;
  /** 片区 area id (areas.json), or null when not in a contiguous destitute area */
  area: string | null;
  /** 片区 name (zh), or null */
  areaName: string | null;
  /** exit batch year: the year the county applied to exit (国家口径), 2016–2020; approval mostly came the next spring */
  exitYear: number;
  /** the weakest evidence level among the four facts */
  evidence: EvidenceLevel;
  facts: { membership: FactEvidence; designation: FactEvidence; area: FactEvidence; exitYear: FactEvidence };
  /** how many poverty-county units this map unit stands for (海西's three 行委 share one unit: 3) */
  units: number;
  /** a rename or merger since 2012, noted */
  renamed?: string;
}

export interface PovertyData {
  /** how exit years are dated */
  exitDate: string;
  counties: PovertyCounty[];
}

export const EXIT_DATE_NOTE = {
  zh: '退出年份 = 申请退出的批次年份（国家口径）；省政府批准多在次年',
  en: 'Exit year = the batch year the county applied to exit (national count); provincial approval mostly came the next spring',
};

export const DESIGNATION_LABEL: Record<Designation, { zh: string; en: string }> = {
  key: { zh: '国家扶贫开发工作重点县', en: 'National key county for poverty alleviation' },
  pianqu: { zh: '集中连片特困地区县', en: 'Contiguous destitute area county' },
  both: { zh: '国家扶贫开发工作重点县、片区县', en: 'National key county and contiguous destitute area county' },
};

export const EVIDENCE_LABEL: Record<EvidenceLevel, { zh: string; en: string }> = {
  page: { zh: '网页原文', en: 'on a page' },
  derived: { zh: '据总数推算', en: 'derived from a stated total' },
  recollection: { zh: '凭记忆补充', en: 'from recollection' },
};

const RANK: Record<EvidenceLevel, number> = { page: 0, derived: 1, recollection: 2 };

/** The weaker of evidence levels. */
export function weakest(levels: EvidenceLevel[]): EvidenceLevel {
  return levels.reduce<EvidenceLevel>((w, l) => (RANK[l] > RANK[w] ? l : w), 'page');
}

/** "国家扶贫开发工作重点县, 乌蒙山区, 2020年退出" / English. */
export function describePoverty(c: PovertyCounty, lang: 'zh' | 'en', areaNameEn?: string): string {
  const parts: string[] = [];
  if (lang === 'zh') {
    if (c.key) parts.push('国家扶贫开发工作重点县');
    if (c.area) parts.push(c.areaName ?? c.area);
    else if (c.key === null) parts.push('贫困县');
    if (c.key === null && c.area) parts.push('是否重点县未查明');
    parts.push(`${c.exitYear}年退出`);
    return parts.join('，');
  }
  if (c.key) parts.push('national key county');
  if (c.area) parts.push(areaNameEn ?? c.areaName ?? c.area);
  if (c.key === null && c.area) parts.push('key-county status not established');
  parts.push(`exited ${c.exitYear}`);
  return parts.join(', ');
}

/** Counties per evidence level (units counted, so 海西 counts 3), overall and per province. */
export function evidenceTable(counties: PovertyCounty[]): { province: string; total: number; page: number; derived: number; recollection: number }[] {
  const by = new Map<string, { province: string; total: number; page: number; derived: number; recollection: number }>();
  for (const c of counties) {
    const r = by.get(c.province) ?? { province: c.province, total: 0, page: 0, derived: 0, recollection: 0 };
    r.total += c.units;
    r[c.evidence] += c.units;
    by.set(c.province, r);
  }
  return [...by.values()].sort((a, b) => a.province.localeCompare(b.province, 'zh'));
}
