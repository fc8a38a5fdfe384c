/** Interface strings of the mapdata features, in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const MAPDATA_STRINGS = {
  memberBasis: { zh: '列入依据', en: 'Why on the list' },
  /** title of the 南海诸岛 inset (src/ui/NanhaiInset.tsx, and in the PNG export) */
  nanhaiInset: { zh: '南海诸岛', en: 'S. China Sea Islands' },
  nanhaiInsetAria: { zh: '南海诸岛附图：南海断续线与南海诸岛，比例尺 {scale}', en: 'Inset of the South China Sea Islands with the dash line, scale bar {scale}' },
} as const satisfies Record<string, Bilingual>;
