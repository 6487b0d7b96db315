/**
 * Word lists for Finnish form generation (rules/fi/forms.ts): pronoun paradigms
 * that are switched word for word, and the consonant gradation pairs that stem rules try.
 */

/** Second person singular (sinuttelu) ↔ plural (teitittely), case by case. */
export const SINA_TO_TE: Readonly<Record<string, string>> = {
  sinä: 'Te',
  sinun: 'Teidän',
  sinua: 'Teitä',
  sinut: 'Teidät',
  sinulle: 'Teille',
  sinulla: 'Teillä',
  sinulta: 'Teiltä',
  sinuun: 'Teihin',
  sinussa: 'Teissä',
  sinusta: 'Teistä',
  sinuna: 'Teinä',
  sä: 'Te',
  sun: 'Teidän',
};

export const TE_TO_SINA: Readonly<Record<string, string>> = {
  te: 'sinä',
  teidän: 'sinun',
  teitä: 'sinua',
  teidät: 'sinut',
  teille: 'sinulle',
  teillä: 'sinulla',
  teiltä: 'sinulta',
  teihin: 'sinuun',
  teissä: 'sinussa',
  teistä: 'sinusta',
  teinä: 'sinuna',
};

/** First person singular ↔ plural pronouns. */
export const MINA_TO_ME: Readonly<Record<string, string>> = {
  minä: 'me',
  minun: 'meidän',
  minua: 'meitä',
  minut: 'meidät',
  minulle: 'meille',
  minulla: 'meillä',
  minulta: 'meiltä',
  minuun: 'meihin',
  minussa: 'meissä',
  minusta: 'meistä',
  mä: 'me',
  mun: 'meidän',
};

export const ME_TO_MINA: Readonly<Record<string, string>> = {
  me: 'minä',
  meidän: 'minun',
  meitä: 'minua',
  meidät: 'minut',
  meille: 'minulle',
  meillä: 'minulla',
  meiltä: 'minulta',
  meihin: 'minuun',
  meissä: 'minussa',
  meistä: 'minusta',
};

/**
 * Consonant gradation, strong → weak (kuitti/kuitin, lähettää/lähetämme, kenkä/kengän).
 * The stem rules try each pair both ways on the consonants before a stem's final vowels,
 * and the analyser decides which candidate is a word.
 */
export const GRADATION: readonly (readonly [strong: string, weak: string])[] = [
  ['kk', 'k'],
  ['pp', 'p'],
  ['tt', 't'],
  ['nk', 'ng'],
  ['mp', 'mm'],
  ['lt', 'll'],
  ['nt', 'nn'],
  ['rt', 'rr'],
  ['ht', 'hd'],
  ['lk', 'lj'],
  ['rk', 'rj'],
  ['t', 'd'],
  ['p', 'v'],
  ['k', ''],
];
