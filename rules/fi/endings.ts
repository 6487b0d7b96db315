/**
 * Finnish inflection for pack patterns, without a dictionary: a pattern word matches its
 * base form followed by a chain of inflectional endings (number, case, possessive suffix,
 * clitics: feedback → feedbackin, feedbackiä, feedbackeistämmekin), and a fix can give a
 * replacement the ending of the word it replaces when the pack says the two inflect alike.
 *
 * Endings are recognised as a sequence of known morphemes, not by a full grammar: that is
 * loose enough for loanwords ("deadlinea", "SLA:han") and tight enough that a pattern
 * word does not match a longer word with a different stem, because the rest of the word
 * must consist of endings only. Stem changes (consonant gradation: tiketti → tiketin,
 * i → e in the plural: meili → meilejä) are beyond this; packs write such forms as a
 * stem with `*` (tiketi*, meilej*).
 */

// Endings in the order Finnish stacks them, each slot optional: a connecting vowel or
// plural marker (feedback-i-n, feedback-e-i-stä, deadline-j-a), a case ending, a possessive
// suffix, then clitics (meili-n-kö, feedback-e-i-stä-mme-kin). Vowel-final cases may take
// the possessive -Vn (viesti-ssä-än). Slots, not a free mix of morphemes, so that a
// pattern word does not match longer words that merely end in ending-like letters
// ("softa" does not match "softanen").
const CONNECT = '[ie]?[ij]?';
const VOWEL_CASES = 'ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|tta|ttä|ksi|ta|tä|na|nä|ne|a|ä';
const CASES = `seen|siin|den|tten|hin|hen|han|hän|hon|hön|hun|hyn|[aeiouyäö]n|${VOWEL_CASES}|n|t`;
const POSSESSIVES = 'ni|si|mme|nne|nsa|nsä';
const CLITICS = 'kin|kaan|kään|ko|kö|pa|pä|han|hän|s';

/**
 * Regex source of an optional ending, as one capturing group. A colon may open it, as
 * Finnish inflects abbreviations and numbers: "SLA:n", "EU:ssa".
 */
export const FINNISH_ENDING_SOURCE =
  `((?::(?=\\p{L}))?${CONNECT}` +
  `(?:(?:${VOWEL_CASES})(?:an|än|en)|(?:${CASES})?(?:${POSSESSIVES})?)` +
  `(?:${CLITICS}){0,2})`;

const BACK = /[aou]/;
const FRONT = /[äöy]/;
const VOWEL = /[aeiouyäö]/;

/** Whether a word's endings take back vowels (a, o, u): the last harmonic vowel decides. */
export function takesBackVowels(word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = lower.length - 1; i >= 0; i--) {
    const c = lower[i] as string;
    if (BACK.test(c)) return true;
    if (FRONT.test(c)) return false;
  }
  return false; // words of only e and i take front vowels: "meri" → "merellä"
}

const TO_BACK: Record<string, string> = { ä: 'a', ö: 'o', y: 'u' };
const TO_FRONT: Record<string, string> = { a: 'ä', o: 'ö', u: 'y' };

/** An ending in the vowel harmony of `word`: "ssä" for "sähköposti" is "ssa". */
export function harmonise(ending: string, word: string): string {
  const map = takesBackVowels(word) ? TO_BACK : TO_FRONT;
  return ending.replace(/[aouäöy]/g, (c) => map[c] ?? c);
}

/**
 * The ending of `matchedBase + ending` moved onto `replacement`: vowel harmony follows the
 * replacement, and the illative's copied vowel (softa-an, meili-in, maa-han) becomes the
 * replacement's own last vowel (ohjelmisto-on). The caller has made sure the two words
 * inflect alike (the pack's `inflect`), so no stem change is needed.
 */
export function carryFinnishEnding(
  patternWord: string,
  ending: string,
  replacement: string,
): string {
  if (ending === '') return replacement;
  // Case is the caller's business (it follows the matched word as a whole).
  let moved = (ending.startsWith(':') ? ending.slice(1) : ending).toLowerCase();
  const own = patternWord.toLowerCase().at(-1);
  const target = replacement.toLowerCase().at(-1);
  const illative = /^(h?)([aeiouyäö])(n)/.exec(moved);
  if (illative && illative[2] === own && target && VOWEL.test(target)) {
    moved = `${illative[1]}${target}${illative[3]}${moved.slice(illative[0].length)}`;
  }
  return replacement + harmonise(moved, replacement);
}
