/**
 * Completeness: every project the plan names in 专栏17 has a record. The lists are read from the
 * plan text itself, so a record removed or a quote changed fails here.
 */
import { describe, expect, it } from 'vitest';
import { atlas, PLAN_TEXT } from './generatedData';

const lines = PLAN_TEXT.split('\n');
const line = (prefix: string) => {
  const l = lines.find((x) => x.startsWith(prefix));
  if (!l) throw new Error(`no line ${prefix}`);
  return l;
};
const d = atlas();
const quotes = (layer: string) => d.catalog.features.filter((f) => f.properties.layer === layer).map((f) => f.properties.citation.quote);

/** Items of a "——X:加快建设A、B、…等项目。规划建设C、…等项目。" line. */
function listItems(text: string): string[] {
  return text
    .replace(/^——[^:]+:/, '')
    .split('。')
    .filter(Boolean)
    .flatMap((sentence) => sentence.replace(/^(加快建设|规划建设)/, '').replace(/等项目$/, '').split('、'));
}

describe('every project the plan names has a record', () => {
  it('railways: each item of both lists (34)', () => {
    const items = listItems(line('——铁路'));
    expect(items).toHaveLength(34);
    const q = quotes('railway');
    // "张家界至吉首至怀化" splits on no comma; "西宁至成都(黄胜关)" keeps its bracket.
    for (const item of items) expect(q.some((x) => item.includes(x) && x.length >= Math.min(item.length, 4)), item).toBe(true);
    for (const item of items.filter((i) => i.includes('至'))) expect(q.filter((x) => item.includes(x)), item).toHaveLength(1);
  });

  it('airports: each of the 24 names', () => {
    const names = line('——机场')
      .replace(/^——机场:/, '')
      .split(/[、,;]|和|以及/)
      .map((s) => s.replace(/^(加快新建|积极推动新建)/, '').replace(/等?机场.*$/, '').replace(/等$/, '').trim())
      .filter(Boolean);
    expect(names).toHaveLength(24);
    const q = quotes('airport');
    for (const n of names) expect(q.some((x) => x.startsWith(n)), n).toBe(true);
  });

  it('expressways and national roads: G75, G65E, G6911, G244, G569', () => {
    const q = quotes('highway').join(' ');
    for (const g of ['G75', 'G65E', 'G6911', 'G244', 'G569']) expect(q, g).toContain(g);
  });

  it('hydropower: the nine stations and six bases', () => {
    const stations = ['白鹤滩', '叶巴滩', '托巴', '孟底沟', '硬梁包', '玛尔挡', '羊曲', '龙盘', '茨哈峡'];
    const hydroLine = line('——水电');
    for (const s of stations) expect(hydroLine, s).toContain(s);
    expect(quotes('hydro-station').sort()).toEqual([...stations].sort());
    const bases = quotes('hydro-base').join(' ');
    for (const b of ['金沙江', '澜沧江', '雅砻江', '大渡河', '黄河上游', '怒江中下游']) expect(bases, b).toContain(b);
  });

  it('thermal power, transmission, coal-bed methane and gas items', () => {
    const all = d.catalog.features.map((f) => f.properties.citation.quote).join(' ');
    for (const w of ['习水二郎', '内乡', '库车俄霍布拉克', '蒙西—天津南', '宁东—浙江', '晋北—江苏', '川渝第三通道', '锦界、府谷—河北南网', '陕北(延安)—湖北', '吕梁三交', '柳林', '黔西滇东', '六盘水', '拜城', '新疆煤制气外输管道', '楚雄—攀枝花', '渝东南', '万州—云阳', '渝黔桂外输管道']) {
      expect(all, w).toContain(w);
    }
  });

  it('water: reservoirs, water supply, irrigation districts and flood-control rivers', () => {
    const all = d.catalog.features.map((f) => f.properties.citation.quote).join(' ');
    for (const w of ['夹岩', '拉洛', '引洮供水二期', '松原', '绰勒', '湟水北干渠', '涔天河', '乌江', '白龙江', '嘉陵江', '清水河', '湟水', '东北三江']) expect(all, w).toContain(w);
  });

  it('every citation lies in the section and column the record names', () => {
    const sectionAt = (pos: number) => [...PLAN_TEXT.slice(0, pos).matchAll(/第[二三四]节/g)].pop()?.[0];
    const columnAt = (pos: number) => [...PLAN_TEXT.slice(0, pos).matchAll(/专栏1[678]/g)].pop()?.[0];
    for (const f of d.catalog.features) {
      const c = f.properties.citation;
      expect(sectionAt(c.start), f.properties.id).toBe(c.section);
      if (c.column) expect(c.column.startsWith(columnAt(c.start)!), f.properties.id).toBe(true);
    }
  });
});
