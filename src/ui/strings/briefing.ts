/** Interface strings of the briefing features, in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const BRIEFING_STRINGS = {
  pictureFiltered: { zh: '筛选：{list}', en: 'Filtered: {list}' },
} as const satisfies Record<string, Bilingual>;
