/** Interface strings of the delivery features, in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const DELIVERY_STRINGS = {
} as const satisfies Record<string, Bilingual>;
