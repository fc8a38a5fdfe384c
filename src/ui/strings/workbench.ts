/** Interface strings of the workbench features, in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const WORKBENCH_STRINGS = {
  analysisNotReady: { zh: '分析索引尚未建立，请稍候再试。', en: 'The analysis index is not built yet; try again in a moment.' },
  analysisInternal: { zh: '分析出错（程序错误，不是区域的问题）：{error}', en: 'The analysis failed (a fault of the program, not of the region): {error}' },
  numberLocale: { zh: 'zh-CN', en: 'en' },
  listSep: { zh: '、', en: ', ' },
  clauseSep: { zh: '；', en: '; ' },
  reachLies: { zh: '位于 {n} 个县（其中边境县 {border} 个）：{names}', en: 'lies in {n} counties ({border} of them border counties): {names}' },
  reachCrosses: { zh: '途经 {n} 个县（其中边境县 {border} 个）：{names}', en: 'crosses {n} counties ({border} of them border counties): {names}' },
  prefecturesTouched: { zh: '所属地级行政区', en: 'Prefectures' },
  countedList: { zh: '{n} 个：{names}', en: '{n}: {names}' },
  borderDam: { zh: '（坝址在省界上：两岸 {km} km 内的县都计入）', en: ' (the dam site is on the provincial border: the counties of both banks within {km} km are counted)' },
  attr_river: { zh: '河流', en: 'River' },
  attr_base: { zh: '所属水电基地', en: 'Hydropower base' },
  attr_units: { zh: '机组', en: 'Units' },
  attr_designSpeedKmh: { zh: '设计时速（km/h）', en: 'Design speed (km/h)' },
  attr_lengthKmStated: { zh: '公布长度（km）', en: 'Stated length (km)' },
  attr_openedYear: { zh: '建成年份', en: 'Opened (year)' },
  attr_routeCode: { zh: '路线编号', en: 'Route number' },
  attr_airportAction: { zh: '机场建设方式', en: 'Airport work' },
} as const satisfies Record<string, Bilingual>;
