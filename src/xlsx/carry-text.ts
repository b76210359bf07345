/** What the output would lose (src/xlsx/carry.ts), in words of the one dictionary. */
import type { Lang } from '../i18n/lang';
import { kamus } from '../i18n';
import type { Kehilangan } from './carry';

export function uraiKehilangan(h: Kehilangan, lang: Lang = 'id'): string {
  const K = kamus(lang).cli;
  return h.jenis === 'rumus-array' ? K.rumusArray(h.sheet, h.range, h.cell) : K.isiLembar(h.sheet, h.parts);
}
