/** Interface strings of reading the map (language, filters, special-area groups, loading), in both languages; merged into `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const READING_STRINGS = {
  showMatchingLayers: { zh: '显示有结果的图层', en: 'Show matching layers' },
  zoomToMatches: { zh: '缩放到结果', en: 'Zoom to matches' },
  matchesN: { zh: '{n} 个项目符合', en: '{n} projects match' },
  translitNote: { zh: '', en: ' (place names transliterated)' },
} as const satisfies Record<string, Bilingual>;
