/** Interface strings of the mapdata features, in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const MAPDATA_STRINGS = {
  memberBasis: { zh: '列入依据', en: 'Why on the list' },
} as const satisfies Record<string, Bilingual>;
