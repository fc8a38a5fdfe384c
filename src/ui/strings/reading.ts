/** Interface strings of reading the map (language, filters, special-area groups, loading), in both languages; merged into `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const READING_STRINGS = {
  /** a shared link names a project, county or area the data does not hold (renamed, removed, mistyped) */
  linkSelectionUnknown: { zh: '链接所选对象“{ref}”在数据中不存在，未选中任何对象。', en: 'The link selects “{ref}”, which the data does not hold; nothing is selected.' },
  showMatchingLayers: { zh: '显示有结果的图层', en: 'Show matching layers' },
  zoomToMatches: { zh: '缩放到结果', en: 'Zoom to matches' },
  matchesN: { zh: '{n} 个项目符合', en: '{n} projects match' },
  'group_contiguous-destitute': { zh: '集中连片特困地区', en: 'Contiguous destitute areas' },
  'group_old-area': { zh: '革命老区', en: 'Revolutionary old areas' },
  group_region: { zh: '规划特殊支持地区（西藏、四省藏区、南疆）', en: 'Regions of special support (Tibet, Tibetan areas, southern Xinjiang)' },
  'group_water-priority': { zh: '水利重点片区', en: 'Water priority areas' },
  group_border: { zh: '边境地区', en: 'Border areas' },
  group_ethnic: { zh: '民族地区', en: 'Ethnic autonomous areas' },
  'group_poverty-county': { zh: '贫困县（按退出批次）', en: 'Poverty counties (by exit batch)' },
  definedBy: { zh: '依据：{source}', en: 'Defined by: {source}' },
  loadingData: { zh: '正在载入地图数据：{files}/{total} 个文件，{mb} MB', en: 'Loading map data: {files} of {total} files, {mb} MB' },
  drawingMap: { zh: '正在绘制地图…', en: 'Drawing the map…' },
  povertyFacet: { zh: '贫困县（认定、退出批次）', en: 'Poverty counties (designation, exit batch)' },
  povertyExitYear: { zh: '{year}年退出批次', en: 'exit batch {year}' },
  translitNote: { zh: '（地名为音译）', en: ' (place names transliterated)' },
  // how a special area's scope is listed (Provenance.scope of src/domain/areaSchema.ts), shown in its details
  scope_county: { zh: '按县列出', en: 'listed by county' },
  scope_prefecture: { zh: '按地级行政区列出', en: 'listed by prefecture' },
  scope_province: { zh: '按省列出', en: 'listed by province' },
  scope_mixed: { zh: '按县与地级行政区列出', en: 'listed by county and prefecture' },
  scope_derived: { zh: '推算', en: 'derived' },
} as const satisfies Record<string, Bilingual>;
