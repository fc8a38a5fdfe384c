/** Interface strings in Chinese (default) and English. */
import type { Lang } from '../state/atlasState';

const DICT = {
  title: { zh: '脱贫攻坚规划地图', en: 'Plan Atlas' },
  subtitle: { zh: '“十三五”脱贫攻坚规划（2016）第十、十一章', en: '13th Five-Year Plan for Poverty Alleviation (2016), ch. 10–11' },
  layers: { zh: '图层', en: 'Layers' },
  legend: { zh: '图例', en: 'Legend' },
  loading: { zh: '正在载入地图数据…', en: 'Loading map data…' },
  loadFailed: { zh: '地图数据无法载入', en: 'The map data could not be loaded' },
  close: { zh: '关闭', en: 'Close' },
  county: { zh: '县级行政区', en: 'County' },
  adcode: { zh: '行政区划代码', en: 'Adcode' },
  prefecture: { zh: '地级', en: 'Prefecture' },
  province: { zh: '省级', en: 'Province' },
  memberships: { zh: '所属特殊类型地区', en: 'Special areas' },
  none: { zh: '无', en: 'none' },
  action: { zh: '规划行动', en: 'Plan action' },
  category: { zh: '类别', en: 'Category' },
  length: { zh: '长度（测地线）', en: 'Length (geodesic)' },
  capacity: { zh: '装机容量', en: 'Capacity' },
  voltage: { zh: '电压等级', en: 'Voltage' },
  provincesCrossed: { zh: '途经/所在省份', en: 'Provinces' },
  countiesTouched: { zh: '途经/所在县数', en: 'Counties touched' },
  areasTouched: { zh: '涉及特殊类型地区（县数）', en: 'Special areas touched (counties)' },
  via: { zh: '经由', en: 'Via' },
  citation: { zh: '规划原文', en: 'Plan text' },
  coordSource: { zh: '坐标来源', en: 'Coordinates from' },
  provenance: { zh: '范围依据', en: 'Scope source' },
  area: { zh: '特殊类型地区', en: 'Special area' },
  countiesInArea: { zh: '所含县数', en: 'Counties' },
  lang: { zh: 'English', en: '中文' },
  emptyDetail: { zh: '点击地图上的县或项目，查看详情与规划原文。', en: 'Click a county or a project on the map to see its details and the plan text.' },
  features: { zh: '个', en: '' },
  filters: { zh: '筛选', en: 'Filters' },
  activeFilters: { zh: '当前筛选', en: 'Active filters' },
  clearAll: { zh: '清除全部', en: 'Clear all' },
  remove: { zh: '移除', en: 'Remove' },
  detailTab: { zh: '详情', en: 'Details' },
  indicatorsTab: { zh: '指标', en: 'Indicators' },
  indicator: { zh: '指标', en: 'Indicator' },
  value: { zh: '数值', en: 'Value' },
  year: { zh: '年份', en: 'Year' },
  noIndicators: { zh: '暂无指标数据。', en: 'No indicators in the data.' },
} as const;

export type StringKey = keyof typeof DICT;

/** The string for `key` in `lang`. */
export function t(key: StringKey, lang: Lang): string {
  return DICT[key][lang];
}
