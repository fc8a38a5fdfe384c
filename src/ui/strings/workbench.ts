/** Interface strings of the workbench features, in both languages; merged into the catalog of `../i18n.ts`. */
import type { Bilingual } from '../../domain/model';

export const WORKBENCH_STRINGS = {
} as const satisfies Record<string, Bilingual>;
