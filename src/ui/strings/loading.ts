/** Interface strings of parts loaded on first use (their code is a chunk of its own), in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const LOADING_STRINGS = {
  analysisLoading: { zh: '正在载入分析工具…', en: 'Loading the analysis tools…' },
  panelLoading: { zh: '正在载入…', en: 'Loading…' },
  /** shown while the first map's data is completed (src/domain/firstMap.ts): citations, sources and delivery follow it */
  detailsLoading: { zh: '正在载入详情与出处…', en: 'Loading details and sources…' },
} as const satisfies Record<string, Bilingual>;
