// Month abbreviations in the locales students run their tools in, as two sources print them: glibc's `%b` (GNU date's
// default output: locale-date-output.ts) and the JDK's CLDR abbreviations (java.util.logging's record head:
// parse-timestamp.ts). One table, so a month word is known the same way wherever a paste writes it.

/** glibc's `%b` per locale, January first, as printed. */
export const GLIBC_MONTHS = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  pt: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
} as const;

// Where the JDK's abbreviation differs from glibc's (de: `März`, `Juni`, `Juli`; the others' dots aside).
const JDK_ONLY: readonly (readonly [string, number])[] = [
  ['märz', 3],
  ['juni', 6],
  ['juli', 7],
];

const LOCALE_MONTHS: ReadonlyMap<string, number> = new Map([
  ...Object.values(GLIBC_MONTHS).flatMap((months) => months.map((word, k): [string, number] => [word.replace(/\.$/, '').toLowerCase(), k + 1])),
  ...JDK_ONLY,
]);

/** The month (1-12) a locale's abbreviation names (lower case, without its dot: `déc`, `märz`, `dic`), or 0. */
export function monthOfLocaleWord(word: string): number {
  return LOCALE_MONTHS.get(word) ?? 0;
}
