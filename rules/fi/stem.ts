/**
 * The built-in Finnish stemmer (the language service's `stem`): base forms for comparing
 * words while the dictionary is not loaded, or for words it does not know.
 */

// ---------------------------------------------------------------------------------------
// Strip one clitic, one possessive suffix and one case ending, keeping at least
// four letters of stem. Conservative on purpose: it never tries consonant gradation
// (kenkä/kengät), so such pairs do not match without the analyzer.

const MIN_FI_STEM = 4;
const FI_CLITICS = ['kaan', 'kään', 'kin', 'han', 'hän', 'ko', 'kö'];
const FI_POSSESSIVES = ['mme', 'nne', 'nsa', 'nsä', 'ni', 'si'];
const FI_CASES = [
  'seen',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'lle',
  'ksi',
  'tta',
  'ttä',
  'na',
  'nä',
  'n',
  't',
  'a',
  'ä',
];

function stripOne(word: string, suffixes: readonly string[], guard?: (rest: string) => boolean) {
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length >= MIN_FI_STEM && (!guard || guard(rest))) return rest;
  }
  return word;
}

/** One stem of a lower-case Finnish word. */
export function stemFinnish(word: string): string {
  // -ko after k is part of the word ("heikko", "lukko"), not a question clitic.
  let w = stripOne(word, FI_CLITICS, (rest) => !rest.endsWith('k'));
  w = stripOne(w, FI_POSSESSIVES);
  w = stripOne(w, FI_CASES);
  return w;
}
