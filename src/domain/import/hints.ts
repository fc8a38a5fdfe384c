/**
 * GCJ-02 and BD-09 cannot be told from WGS84 by the numbers alone (all three fall in China):
 * look for words that betray the source — in the file name, property/column names and values,
 * a declared CRS or KML document text.
 */
import type { Layer } from './layer';
import { place, type Text } from './messages';

/** A text to search, with where it came from. */
export interface Hint {
  text: string;
  where: Text;
}

export interface DatumHint {
  /** the matched words, as written */
  found: string;
  where: Text;
}

/** Amap/Gaode, Tencent/QQ/Soso maps, "Mars coordinates" (火星坐标) are GCJ-02. */
const GCJ = /gcj[-_ ]?0?2|火星|(?<![a-z])amap(?![a-z])|(?<![a-z])gaode|高德|tencent|腾讯|qq ?(map|地图)|(?<![a-z])soso(?![a-z])/i;
/** Baidu's BD-09 (and BD-09MC). */
const BD = /bd[-_ ]?0?9|baidu|百度|(?<![a-z])bmap(?![a-z])/i;

/** How many features' properties are searched (names and values): enough for any file's style. */
const FEATURES_SCANNED = 1000;

/**
 * Finds the first GCJ-02 and BD-09 hint in: the file name, `extra` texts (declared CRS, KML
 * document), then property names and string values of the first 1,000 features.
 */
export function findDatumHints(fileName: string, layer: Layer, extra: Hint[] = []): { gcj02?: DatumHint; bd09?: DatumHint } {
  const out: { gcj02?: DatumHint; bd09?: DatumHint } = {};
  const look = (text: string, where: () => Text) => {
    if (text.length > 500) text = text.slice(0, 500);
    for (const [key, re] of [['gcj02', GCJ], ['bd09', BD]] as const) {
      if (out[key]) continue;
      const m = re.exec(text);
      if (m) out[key] = { found: m[0], where: where() };
    }
    return out.gcj02 && out.bd09;
  };
  if (look(fileName, () => ({ en: 'the file name', zh: '文件名' }))) return out;
  for (const h of extra) if (look(h.text, () => h.where)) return out;
  const keys = new Set<string>();
  const n = Math.min(layer.features.length, FEATURES_SCANNED);
  for (let i = 0; i < n; i++) {
    for (const k of Object.keys(layer.features[i].properties)) {
      if (keys.has(k)) continue;
      keys.add(k);
      if (look(k, () => ({ en: `the ${layer.unit === 'line' || layer.unit === 'row' ? 'column' : 'property'} name “${k}”`, zh: `${layer.unit === 'line' || layer.unit === 'row' ? '列名' : '属性名'}“${k}”` }))) return out;
    }
  }
  for (let i = 0; i < n; i++) {
    const props = layer.features[i].properties;
    for (const k of Object.keys(props)) {
      const v = props[k];
      if (typeof v !== 'string') continue;
      const at = place(layer.unit, layer.origins[i]);
      if (look(v, () => ({ en: `“${k}” of ${at.en}`, zh: `${at.zh}的“${k}”` }))) return out;
    }
  }
  return out;
}
