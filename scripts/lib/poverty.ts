/**
 * The 832 national poverty counties from data/poverty/: the reference lists gathered from public
 * pages (data/poverty/reference/, each fragment with its URL, keyed to the county table's
 * adcodes) plus data/poverty/recollection.json (what no page gave, each entry saying so). Every
 * fact of every county (membership, 重点县 status, 片区, exit year) carries its evidence level:
 * page, derived (from a stated total) or recollection.
 *
 * Also assigns each poverty county to at most one contiguous destitute area (片区): county-level
 * areas as authored; areas authored by prefecture become (the area's prefectures ∩ the poverty
 * counties), marked derived. A county in the prefectures of two such areas needs an entry in
 * data/poverty/area-overrides.json, or the build fails.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecialArea } from '../../src/domain/types';
import type { Designation, EvidenceLevel, FactEvidence, PovertyCounty, PovertyData } from '../../src/domain/poverty';
import { EXIT_DATE_NOTE, weakest } from '../../src/domain/poverty';
import { AREA_GROUP, povertyExitAreaId } from '../../src/domain/areaGroups';
import { DataBuildError } from './counties';
import type { CountyNames } from './areas';
import { readJson } from './inputs';

/** The reference lists' area names → areas.json ids. */
export const PIANQU_IDS: Record<string, string> = {
  六盘山区: 'contig-liupanshan',
  秦巴山区: 'contig-qinba',
  武陵山区: 'contig-wuling',
  乌蒙山区: 'contig-wumeng',
  滇桂黔石漠化区: 'contig-dianguiqian',
  滇西边境山区: 'contig-dianxi',
  大兴安岭南麓山区: 'contig-daxinganling-south',
  '燕山-太行山区': 'contig-yanshan-taihang',
  吕梁山区: 'contig-lvliang',
  大别山区: 'contig-dabieshan',
  罗霄山区: 'contig-luoxiao',
  西藏: 'contig-xizang',
  四省藏区: 'contig-four-province-tibetan',
  新疆南疆三地州: 'contig-south-xinjiang',
};

/** A name on a page matched to a county-table row; `source` when that one page names it (not the province list). */
interface Match { adcode: string; table_name: string; name?: string; source?: string; note?: string }
interface UnionFile { by_province: Record<string, { counties: { adcode: string; table_name: string; evidence: string[] }[]; stated: number | null }>; sources: string[] }
/** A page's count of key counties in one prefecture (no names), e.g. 河池 "11个县市区中7个属于国家扶贫工作重点县". */
interface PrefectureCount { prefName: string; key: number; source: string; quote: string }
interface KeyFile { by_province: Record<string, { stated: number; status: string; table_match?: Match[]; sources?: string[]; inferred_candidates_match?: Match[]; prefecture_counts?: PrefectureCount[] }> }
/** A page's count of key counties in a whole 片区 (no names), e.g. 大别山区 "36个县(市),其中有29个国家扶贫开发工作重点县". */
interface AreaKeyCount { key: number; source: string; quote: string }
interface PianquFile { by_area: Record<string, { stated: number; counties: string[]; sources: string[]; key_count?: AreaKeyCount }> }
interface ExitProv { table_match?: Match[]; derived_counties?: string[]; derived_method?: string; table_match_unsplit?: Match[]; sources?: string[]; extra?: string[]; extra_sources?: string[] }
interface ExitFile { by_year: Record<string, { by_province: Record<string, ExitProv> }> }
/**
 * One entry of data/poverty/area-overrides.json: the 片区 (or none) of a county in a prefecture-derived area.
 * `level` defaults to recollection; `sources` are the pages a count or list in the note comes from.
 */
interface AreaOverride { name: string; area: string | null; note: string; level?: EvidenceLevel; sources?: string[] }
interface CrossRow { list: string; province: string; name: string; adcode: string; table_name: string; how: string; note: string }
interface RecMember { adcode: string; name: string; province: string; key?: boolean | null; exitYear?: number; note: string }
interface Recollection {
  members: RecMember[];
  exitYears: { adcode: string; name: string; exitYear: number; note: string }[];
  excluded: { adcode: string; name: string; province: string; note: string }[];
  /** province → key counties recalled, for provinces where pages and totals leave it open */
  keyCounties?: Record<string, { names: string[]; notKey?: string[]; note: string; sources?: string[] }>;
}

export interface PovertyBuild {
  data: PovertyData;
  /** area id → member adcodes, for the areas whose members were derived here */
  derivedAreas: Map<string, string[]>;
  /** area id → the official 2012 county total (reference pianqu list), for every 片区 */
  areaTotals: Map<string, number>;
  log: string[];
}

/** One province's 重点县 count: stated (2012 list total), settled key units, units still open. */
export interface KeyTally { province: string; stated: number; key: number; open: number }

/**
 * The per-province 重点县 checks: never more key units than the stated total, and exactly the
 * stated total once no county of the province is left open.
 * @returns one message per province that fails (empty when all pass)
 */
export function keyTotalProblems(tally: KeyTally[]): string[] {
  const out: string[] = [];
  for (const t of tally) {
    if (t.key > t.stated) out.push(`${t.province} has ${t.key} key counties, more than its stated ${t.stated}`);
    else if (t.open === 0 && t.key !== t.stated) out.push(`${t.province} is closed (no county open) with ${t.key} key counties, not its stated ${t.stated}`);
    else if (t.key + t.open < t.stated) out.push(`${t.province} cannot reach its stated ${t.stated}: ${t.key} key and only ${t.open} open`);
  }
  return out;
}

const ev = (level: EvidenceLevel, basis: string, sources: string[] = []): FactEvidence => ({ level, basis, sources: [...new Set(sources)] });

/**
 * @param dir data/poverty
 * @param counties the county table (names checked against it)
 * @param areas the expanded special areas (contiguous destitute ones are read)
 * @throws DataBuildError for an adcode not on the map, a name that differs, a county in two
 *   derived areas without an override, or a province or area total off its stated figure
 */
export function buildPoverty(dir: string, counties: CountyNames[], areas: SpecialArea[]): PovertyBuild {
  const ref = (f: string) => readJson<unknown>(join(dir, 'reference', f));
  const union = ref('poverty_counties_832_union.json') as UnionFile;
  const keys = ref('key_counties_2012.json') as KeyFile;
  const pianqu = ref('pianqu_counties_2012.json') as PianquFile;
  const exits = ref('exits_2016_2020.json') as ExitFile;
  const cross = ref('crosscheck_nonexact.json') as CrossRow[];
  const rec = readJson<Recollection>(join(dir, 'recollection.json'));
  const overridesPath = join(dir, 'area-overrides.json');
  const overrides: Record<string, AreaOverride> = existsSync(overridesPath) ? readJson<{ counties: Record<string, AreaOverride> }>(overridesPath).counties : {};
  const log: string[] = [];

  const byCode = new Map(counties.map((c) => [c.adcode, c]));
  const check = (adcode: string, name: string, where: string) => {
    const c = byCode.get(adcode);
    if (!c) throw new DataBuildError(`data/poverty ${where}: ${adcode} ${name} is not on the county map`);
    if (c.name !== name) throw new DataBuildError(`data/poverty ${where}: the map calls ${adcode} "${c.name}", not "${name}"`);
    return c;
  };

  // ---- membership
  interface Draft { c: CountyNames; short: string; membership: FactEvidence; tags: string[]; rec?: RecMember }
  const drafts = new Map<string, Draft>();
  const excluded = new Set(rec.excluded.map((e) => e.adcode));
  for (const [short, p] of Object.entries(union.by_province)) {
    for (const u of p.counties) {
      if (excluded.has(u.adcode)) continue;
      const c = check(u.adcode, u.table_name, `reference union ${short}`);
      if (drafts.has(u.adcode)) throw new DataBuildError(`data/poverty reference union: ${u.adcode} ${u.table_name} listed twice`);
      const pageTags = u.evidence.filter((t) => !t.startsWith('derived') && !t.endsWith('_derived'));
      const membership = pageTags.length
        ? ev('page', `named on a page (${pageTags.join(', ')})`)
        : ev('derived', `complement of a stated total (${u.evidence.join(', ')})`);
      drafts.set(u.adcode, { c, short, membership, tags: u.evidence });
    }
  }
  for (const m of rec.members) {
    const c = check(m.adcode, m.name, 'recollection.json members');
    if (drafts.has(m.adcode)) throw new DataBuildError(`data/poverty recollection.json: ${m.adcode} ${m.name} is already in the reference lists`);
    drafts.set(m.adcode, { c, short: m.province, membership: ev('recollection', m.note), tags: [], rec: m });
  }
  for (const e of rec.excluded) check(e.adcode, e.name, 'recollection.json excluded');

  // ---- exit years
  const exitOf = new Map<string, { year: number; fact: FactEvidence }>();
  const setExit = (adcode: string, year: number, fact: FactEvidence) => {
    if (!drafts.has(adcode)) return;
    const had = exitOf.get(adcode);
    if (had && had.year !== year) throw new DataBuildError(`data/poverty: ${adcode} has exit years ${had.year} and ${year}`);
    if (!had || (had.fact.level !== 'page' && fact.level === 'page')) exitOf.set(adcode, { year, fact });
  };
  for (const [y, yv] of Object.entries(exits.by_year)) {
    for (const [short, p] of Object.entries(yv.by_province)) {
      for (const m of p.table_match ?? []) setExit(m.adcode, +y, ev('page', `${y} exit batch, ${short}: named on the province's or the State Council's list`, p.sources));
      for (const m of p.table_match_unsplit ?? []) setExit(m.adcode, +y, ev('page', `${y} exit batch, ${short}: named on the province's list (which does not split national and provincial poor counties)`, p.sources));
      for (const n of p.derived_counties ?? []) {
        const d = [...drafts.values()].find((x) => x.short === short && x.c.name === n);
        if (!d) throw new DataBuildError(`data/poverty reference exits ${y} ${short}: derived county ${n} is not a poverty county`);
        setExit(d.c.adcode, +y, ev('derived', `${y} exit batch by complement: ${p.derived_method ?? 'the province total minus its named batches'}`));
      }
      if (p.extra?.length && short === '青海' && y === '2016') {
        const haixi = [...drafts.values()].find((x) => x.c.name === '海西蒙古族藏族自治州直辖');
        if (haixi) setExit(haixi.c.adcode, 2016, ev('page', `2016: the province reports its 3 行委 (${p.extra.join('、')}) exiting with the 2016 batch; the national 2016 list of 28 does not name them`, p.extra_sources));
      }
    }
  }
  for (const m of rec.members) if (m.exitYear) setExit(m.adcode, m.exitYear, ev(m.note.includes('exit year is derived') || m.note.includes('derived (') ? 'derived' : 'recollection', m.note));
  for (const e of rec.exitYears) {
    check(e.adcode, e.name, 'recollection.json exitYears');
    setExit(e.adcode, e.exitYear, ev(e.note.includes('derived as the complement') ? 'derived' : 'recollection', e.note));
  }

  // ---- 片区
  const contig = areas.filter((a) => a.group === AREA_GROUP.contiguousDestitute);
  const byId = new Map(contig.map((a) => [a.id, a]));
  const countyLevel = contig.filter((a) => a.provenance.scope === 'county');
  const prefLevel = contig.filter((a) => a.provenance.scope !== 'county');
  const refPianqu = new Map<string, { id: string; sources: string[] }>();
  for (const [name, a] of Object.entries(pianqu.by_area)) {
    const id = PIANQU_IDS[name];
    if (!id) throw new DataBuildError(`data/poverty reference pianqu: unknown area ${name}`);
    for (const n0 of a.counties) {
      const n = cross.find((r) => r.list === `pianqu_${name}` && r.name === n0)?.table_name ?? n0;
      const d = [...drafts.values()].find((x) => x.c.name === n && x.c.adcode.slice(0, 2) !== '' && (byId.get(id)?.counties.includes(x.c.adcode) ?? false))
        ?? [...drafts.values()].find((x) => x.c.name === n);
      if (!d) { log.push(`pianqu ${name}: ${n} not among the poverty counties`); continue; }
      refPianqu.set(d.c.adcode, { id, sources: a.sources });
    }
  }
  const areaOf = new Map<string, { id: string | null; fact: FactEvidence }>();
  const conflicts: string[] = [];
  for (const [adcode, d] of drafts) {
    const o = overrides[adcode];
    const r = refPianqu.get(adcode);
    const inCounty = countyLevel.filter((a) => a.counties.includes(adcode));
    const inPref = prefLevel.filter((a) => a.counties.includes(adcode));
    if (r) {
      areaOf.set(adcode, { id: r.id, fact: ev('page', 'on the 2012 片区 county list as a page reproduces it', r.sources) });
    } else if (o) {
      if (o.area && !byId.has(o.area)) throw new DataBuildError(`data/poverty/area-overrides.json: ${adcode} names unknown area ${o.area}`);
      if (o.name !== d.c.name) throw new DataBuildError(`data/poverty/area-overrides.json: ${adcode} is "${d.c.name}" on the map, not "${o.name}"`);
      areaOf.set(adcode, { id: o.area, fact: ev(o.level ?? 'recollection', o.note, o.sources) });
    } else if (inCounty.length === 1) {
      const a = inCounty[0];
      const defn = a.id === 'contig-xizang' || a.id === 'contig-south-xinjiang';
      areaOf.set(adcode, { id: a.id, fact: defn ? ev('page', `${a.name.zh} is defined as whole prefectures/regions (page: ${pianqu.by_area[a.id === 'contig-xizang' ? '西藏' : '新疆南疆三地州'].sources[0] ?? 'reference'})`, pianqu.by_area[a.id === 'contig-xizang' ? '西藏' : '新疆南疆三地州'].sources) : ev('recollection', `listed by county in data/areas/contiguous-destitute.json from recall (${a.name.zh})`) });
    } else if (inCounty.length > 1) {
      throw new DataBuildError(`data/poverty: ${adcode} ${d.c.name} is in two county-level areas (${inCounty.map((a) => a.id).join(', ')})`);
    } else if (inPref.length === 1) {
      areaOf.set(adcode, { id: inPref[0].id, fact: ev('derived', `derived: in a prefecture of ${inPref[0].name.zh} and a poverty county (the county list was not found)`) });
    } else if (inPref.length > 1) {
      conflicts.push(`${adcode} ${d.c.name} (${inPref.map((a) => a.id).join(' / ')})`);
    } else {
      areaOf.set(adcode, { id: null, fact: ev('derived', 'in no 片区 (not on a county-level 片区 list and not in a prefecture of one)') });
    }
  }

  if (conflicts.length) throw new DataBuildError(`data/poverty: ${conflicts.length} poverty counties lie in prefectures of two derived 片区; add each to data/poverty/area-overrides.json: ${conflicts.join('; ')}`);

  // ---- 重点县
  const keyOf = new Map<string, { key: boolean | null; fact: FactEvidence }>();
  const units = (ds: Draft[]) => ds.reduce((n, d) => n + (d.c.name === '海西蒙古族藏族自治州直辖' ? 3 : 1), 0);
  const keyTally: KeyTally[] = [];
  const shorts = [...new Set([...drafts.values()].map((d) => d.short))];
  for (const short of shorts) {
    const kp = keys.by_province[short];
    const list = new Map((kp?.table_match ?? []).map((m) => [m.adcode, m]));
    const complete = kp && (kp.status === 'complete' || kp.status === 'complete_unverified_date');
    const ds = [...drafts.values()].filter((d) => d.short === short);
    const recKeys = rec.keyCounties?.[short];
    for (const d of ds) {
      const a = d.c.adcode;
      if (list.has(a)) { const m = list.get(a)!; keyOf.set(a, { key: true, fact: m.source ? ev('page', `named a 国家扶贫开发工作重点县 on a page (${m.note ?? 'the county alone'}; the province's 2012 list was not found)`, [m.source]) : ev('page', '2012 key-county list as a page reproduces it', kp.sources) }); }
      else if (kp?.inferred_candidates_match?.some((m) => m.adcode === a)) {
        const m = kp.inferred_candidates_match.find((x) => x.adcode === a)!;
        keyOf.set(a, { key: true, fact: ev('derived', `inferred: on the pre-2012 key-county list and a national poor county exiting 2016–20 (${short} 2012 list not found)${m.note ? `; ${m.note}` : ''}`, m.source ? [m.source] : kp.sources) });
      }
      else if (complete) keyOf.set(a, { key: false, fact: ev('derived', `not on ${short}'s complete 2012 key-county list (${kp.stated})`, kp.sources) });
      else if (d.rec && d.rec.key !== undefined && d.rec.key !== null) keyOf.set(a, { key: d.rec.key, fact: ev('recollection', d.rec.note) });
      else if (areaOf.get(a)?.id === null) keyOf.set(a, { key: true, fact: ev('derived', 'a poverty county in no 片区 must be a key county (832 = 重点县 ∪ 片区县)') });
    }
    // A prefecture's key count from a page settles its open counties when it leaves no choice.
    for (const pc of kp?.prefecture_counts ?? []) {
      const inPref = ds.filter((d) => d.c.prefName === pc.prefName);
      const k = inPref.filter((d) => keyOf.get(d.c.adcode)?.key === true).length;
      const op = inPref.filter((d) => !keyOf.has(d.c.adcode));
      if (!inPref.length || k > pc.key || k + op.length < pc.key) throw new DataBuildError(`data/poverty reference key_counties_2012 ${short}: ${pc.prefName} is said to have ${pc.key} key counties, but it has ${inPref.length} poverty counties, ${k} of them settled as key and ${op.length} open`);
      if (op.length && (k === pc.key || k + op.length === pc.key)) {
        for (const d of op) keyOf.set(d.c.adcode, { key: k < pc.key, fact: ev('derived', `${pc.prefName} has ${pc.key} key counties (a page: "${pc.quote}"); ${k} are settled otherwise, so its other ${op.length} poverty counties are ${k < pc.key ? 'all' : 'none'} key counties`, [pc.source]) });
      } else if (op.length) log.push(`key counties ${short}: ${pc.prefName} has ${pc.key - k} more key counties among ${op.length} open (page count)`);
    }
    const stated = kp?.stated ?? 0;
    const known = () => ds.filter((d) => keyOf.get(d.c.adcode)?.key === true).length;
    const openNow = () => ds.filter((d) => !keyOf.has(d.c.adcode));
    if (recKeys) {
      // Recalled names settle only counties the pages and totals left open; anything else is a data error.
      const openNames = new Set(openNow().map((d) => d.c.name));
      const stray = [...recKeys.names, ...(recKeys.notKey ?? [])].filter((n) => !openNames.has(n));
      if (stray.length) throw new DataBuildError(`data/poverty/recollection.json keyCounties ${short}: ${stray.join('、')} ${stray.length > 1 ? 'are' : 'is'} not among the province's open 片区 counties (unknown name, or already settled by a page or a total)`);
      if (recKeys.notKey?.some((n) => recKeys.names.includes(n))) throw new DataBuildError(`data/poverty/recollection.json keyCounties ${short}: a name is both in names and notKey`);
      for (const d of openNow()) {
        if (recKeys.names.includes(d.c.name)) keyOf.set(d.c.adcode, { key: true, fact: ev('recollection', recKeys.note, recKeys.sources) });
        else if (recKeys.notKey?.includes(d.c.name)) keyOf.set(d.c.adcode, { key: false, fact: ev('recollection', `recalled as 片区-only: ${recKeys.note}`, recKeys.sources) });
      }
    }
    const open = openNow();
    const knownKey = known();
    const left = stated - knownKey;
    if (left < 0) throw new DataBuildError(`data/poverty: ${short} has ${knownKey} key counties, more than its stated ${stated}`);
    if (open.length && (left === 0 || left === open.length)) {
      // The complement of a stated total; it rests on whatever settled the others, so a recalled list makes it recollection.
      const level: EvidenceLevel = recKeys ? 'recollection' : 'derived';
      const why = recKeys ? `${knownKey} are settled as key, ${recKeys.names.length} of them recalled (${recKeys.note})` : `${knownKey} are settled as key by pages or totals`;
      for (const d of open) keyOf.set(d.c.adcode, { key: left > 0, fact: ev(level, `${short} has ${stated} key counties (stated); ${why}, so the remaining ${open.length} 片区 counties are ${left ? 'all' : 'none'} key counties`, recKeys?.sources) });
    } else if (open.length) {
      for (const d of open) keyOf.set(d.c.adcode, { key: null, fact: ev('derived', `${short}: ${left} of these ${open.length} 片区 counties are key counties (stated total ${stated}); which ones, no page found says${recKeys ? ` and the recalled list (${recKeys.names.length}) does not reach the total` : ' and none is recalled'}`) });
      log.push(`key counties ${short}: ${left} of ${open.length} open${recKeys ? ` (${recKeys.names.length} recalled)` : ''}`);
    }
    keyTally.push({ province: short, stated, key: units(ds.filter((d) => keyOf.get(d.c.adcode)?.key === true)), open: units(ds.filter((d) => keyOf.get(d.c.adcode)?.key === null)) });
  }
  for (const short of Object.keys(rec.keyCounties ?? {})) if (!shorts.includes(short)) throw new DataBuildError(`data/poverty/recollection.json keyCounties: unknown province ${short}`);
  // A page's key count for a whole 片区 checks what the provinces settled; it settles nothing itself, since the
  // open counties of an area span provinces and derived members may be a few off the official list.
  for (const [name, a] of Object.entries(pianqu.by_area)) {
    if (!a.key_count) continue;
    const id = PIANQU_IDS[name];
    const members = [...drafts.values()].filter((d) => areaOf.get(d.c.adcode)?.id === id);
    const slack = prefLevel.some((x) => x.id === id) ? Math.abs(units(members) - a.stated) : 0;
    const k = units(members.filter((d) => keyOf.get(d.c.adcode)?.key === true));
    const op = units(members.filter((d) => keyOf.get(d.c.adcode)?.key === null));
    const want = a.key_count.key;
    if (k > want + slack || k + op + slack < want) throw new DataBuildError(`data/poverty: ${name} has ${want} key counties (a page: "${a.key_count.quote}"), but the provinces settle ${k} of its ${units(members)} members as key and leave ${op} open`);
    log.push(`key counties ${name}: ${want} stated by a page; ${k} settled, ${op} open among ${units(members)} members${slack ? ` (derived, ${slack} off the official ${a.stated})` : ''}`);
  }
  const totalsWrong = keyTotalProblems(keyTally);
  if (totalsWrong.length) throw new DataBuildError(`data/poverty key counties: ${totalsWrong.join('; ')}`);

  // ---- renames
  const renamed = new Map<string, string>();
  for (const r of cross) {
    if (!r.how.includes('renamed')) continue;
    const text = `${r.name} → ${r.table_name}: ${r.note.replace(/ \[R\]$/, ' (remembered)')}`;
    const had = renamed.get(r.adcode);
    if (!had?.includes(r.name)) renamed.set(r.adcode, had ? `${had}; ${text}` : text);
  }

  // ---- assemble
  const out: PovertyCounty[] = [];
  for (const [adcode, d] of [...drafts].sort(([a], [b]) => a.localeCompare(b))) {
    const area = areaOf.get(adcode)!;
    const key = keyOf.get(adcode) ?? { key: null, fact: ev('recollection', 'not established') };
    const exit = exitOf.get(adcode);
    if (!exit) throw new DataBuildError(`data/poverty: no exit year for ${adcode} ${d.c.name}`);
    const designation: Designation = key.key && area.id ? 'both' : key.key ? 'key' : 'pianqu';
    if (!key.key && !area.id) throw new DataBuildError(`data/poverty: ${adcode} ${d.c.name} is neither a key county nor in a 片区`);
    const desFact = key.key === null
      ? ev(area.fact.level, `片区县: ${area.fact.basis}. Whether it is also a 重点县 is not established: ${key.fact.basis}`, area.fact.sources)
      : area.id
        ? ev(weakest([area.fact.level, key.fact.level]), `重点县: ${key.fact.basis}; 片区: ${area.fact.basis}`, [...key.fact.sources, ...area.fact.sources])
        : ev(weakest([area.fact.level, key.fact.level]), `重点县: ${key.fact.basis}`, key.fact.sources);
    const facts = { membership: d.membership, designation: desFact, area: area.fact, exitYear: exit.fact };
    const haixi = d.c.name === '海西蒙古族藏族自治州直辖';
    out.push({
      adcode,
      name: d.c.name,
      province: d.c.provName,
      prefName: d.c.prefName,
      designation,
      key: key.key,
      area: area.id,
      areaName: area.id ? byId.get(area.id)!.name.zh : null,
      exitYear: exit.year,
      evidence: weakest(Object.values(facts).map((f) => f.level)),
      facts,
      units: haixi ? 3 : 1,
      ...(haixi ? { renamed: "one map unit for 海西's three 行委 (大柴旦、茫崖、冷湖), counted as 3" } : renamed.has(adcode) ? { renamed: renamed.get(adcode) } : {}),
    });
  }

  const desLevels = (['page', 'derived', 'recollection'] as const).map((l) => `${l} ${out.filter((c) => c.facts.designation.level === l).reduce((n, c) => n + c.units, 0)}`);
  const keyLevels = (['page', 'derived', 'recollection'] as const).map((l) => `${l} ${out.filter((c) => keyOf.get(c.adcode)?.fact.level === l && c.key !== null).reduce((n, c) => n + c.units, 0)}`);
  log.push(`designation evidence (units): ${desLevels.join(', ')}; the 重点县 yes/no alone: ${keyLevels.join(', ')}; key counties ${keyTally.reduce((n, t) => n + t.key, 0)} of 592, ${keyTally.reduce((n, t) => n + t.open, 0)} 片区 units open`);
  const derivedAreas = new Map<string, string[]>();
  for (const a of prefLevel) derivedAreas.set(a.id, out.filter((c) => c.area === a.id).map((c) => c.adcode));
  for (const a of countyLevel) {
    const off = a.counties.filter((c) => !drafts.has(c));
    if (off.length) log.push(`${a.id}: ${off.length} listed members are not poverty counties: ${off.map((c) => byCode.get(c)?.name).join('、')}`);
  }
  const areaTotals = new Map(Object.entries(pianqu.by_area).map(([name, a]) => [PIANQU_IDS[name], a.stated]));
  return { data: { exitDate: `${EXIT_DATE_NOTE.zh} / ${EXIT_DATE_NOTE.en}`, counties: out }, derivedAreas, areaTotals, log };
}

/**
 * Replace the members of areas authored by prefecture with the derived county lists.
 * @param totals area id → official county total; when given, the note says whether the derived count meets it
 *   (counties moved out of an area by data/poverty/area-overrides.json are already left out of `derived`)
 */
export function applyDerivedAreas(areas: SpecialArea[], derived: Map<string, string[]>, totals: Map<string, number> = new Map()): SpecialArea[] {
  return areas.map((a) => {
    const members = derived.get(a.id);
    if (!members) return a;
    const total = totals.get(a.id);
    const vs = total === undefined ? '' : members.length === total ? ` (the official total is ${total}: met)` : ` (the official total is ${total}: ${Math.abs(members.length - total)} ${members.length > total ? 'over' : 'under'})`;
    return {
      ...a,
      provenance: {
        ...a.provenance,
        scope: 'derived',
        note: `DERIVED: (the area's prefectures) ∩ (the 832 poverty counties, data/poverty), ${members.length} counties${vs}; the official county list was not found. The prefectures: ${a.provenance.note.replace(/^.*Prefectures: /s, '')}`,
      },
      counties: [...members].sort(),
    };
  });
}

/**
 * The poverty counties as special areas, one per exit batch (group `poverty-county`), so the map
 * draws them on the county source like every area layer and the coverage report counts them.
 */
export function povertyAreas(data: PovertyData): SpecialArea[] {
  const years = [...new Set(data.counties.map((c) => c.exitYear))].sort();
  return years.map((y) => {
    const cs = data.counties.filter((c) => c.exitYear === y);
    const n = cs.reduce((s, c) => s + c.units, 0);
    const lv = (l: EvidenceLevel) => cs.filter((c) => c.evidence === l).reduce((s, c) => s + c.units, 0);
    const ex = (l: EvidenceLevel) => cs.filter((c) => c.facts.exitYear.level === l).reduce((s, c) => s + c.units, 0);
    return {
      id: povertyExitAreaId(y),
      group: AREA_GROUP.poverty,
      name: { zh: `贫困县（${y}年退出批次）`, en: `Poverty counties (exit batch ${y})` },
      provenance: {
        document: '832个贫困县（国家扶贫开发工作重点县 ∪ 集中连片特困地区县）及其退出批次，由网页资料重建（data/poverty）',
        issuer: '国务院扶贫开发领导小组办公室 / 各省级人民政府',
        year: y,
        scope: 'county',
        note: `${n} county units. ${EXIT_DATE_NOTE.en}. Evidence (weakest fact of each county): ${lv('page')} page, ${lv('derived')} derived, ${lv('recollection')} recollection; the exit year itself: ${ex('page')} page, ${ex('derived')} derived, ${ex('recollection')} recollection.`,
      },
      citation: null,
      counties: cs.map((c) => c.adcode).sort(),
    };
  });
}
