/** The two languages of every text the user sees: Indonesian first, English when Office speaks English. */
export type Lang = 'id' | 'en';

/** Office's display language ('en-US', 'id-ID') -> the language of the texts: English for 'en*', else Indonesian. */
export function langFromDisplay(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === 'string' && displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** A count with its noun in the right form: English plural for n != 1; Indonesian nouns do not change. */
export function jumlah(n: number, satu: string, banyak: string = satu): string {
  return `${n} ${n === 1 ? satu : banyak}`;
}
