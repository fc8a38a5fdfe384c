/**
 * County and prefecture names in the reader's language. The county data names them in Chinese
 * only; the English is the data build's pinyin transliteration with the suffix translated
 * (`nameEn`, `prefNameEn`, scripts/lib/placeNameEn.ts), derived and not official, so it comes
 * marked as such and the page says so next to it (the via stations are shown the same way). Pure.
 */
import type { Lang } from './model';
import type { CountyProperties } from './types';

/** A place name as shown: the text, and whether it is a transliteration (to be marked so). */
export interface PlaceName {
  text: string;
  transliterated: boolean;
}

/** `zh` in Chinese; in English the transliteration `en`, marked, or `zh` unmarked where none was made. */
function pick(zh: string, en: string | undefined, lang: Lang): PlaceName {
  return lang === 'en' && en ? { text: en, transliterated: true } : { text: zh, transliterated: false };
}

/**
 * A county's name in `lang`.
 * @example countyNameIn({ name: '万州区', nameEn: 'Wanzhou District' }, 'en') → { text: 'Wanzhou District', transliterated: true }
 */
export function countyNameIn(c: Pick<CountyProperties, 'name' | 'nameEn'>, lang: Lang): PlaceName {
  return pick(c.name, c.nameEn, lang);
}

/** The county's prefecture in `lang` (see {@link countyNameIn}). */
export function prefectureNameIn(c: Pick<CountyProperties, 'prefName' | 'prefNameEn'>, lang: Lang): PlaceName {
  return pick(c.prefName, c.prefNameEn, lang);
}
