/**
 * English inflection for pack patterns: a pattern word matches its plural and verb forms
 * (refund → refunds, refunded, refunding; apply → applies, applied; send → sent), and a fix
 * gives the replacement the form of the word it replaces (utilized → used, informed → told).
 *
 * Regular forms come from the spelling rules (-es after sibilants, y → ie, e dropped before
 * -ing, a final consonant doubled after a single vowel); irregular verbs from the shared
 * list in rules/en/data. Matching is generous where spelling is ambiguous (both
 * "cancelled" and "canceled"), generation picks one: it doubles the final consonant only
 * in one-syllable words (stop → stopped, visit → visited).
 */

import { IRREGULAR_VERBS } from './data/irregular-verbs';

/**
 * Which form of a word a text has: base, -s, past, past participle, -ing, or `ed`: a form
 * that is past or participle by its context (regular "refunded", irregular "sent").
 */
export type EnglishForm = 'base' | 's' | 'past' | 'participle' | 'ed' | 'ing';

interface Irregular {
  past: string[];
  participle: string[];
}

const IRREGULAR: ReadonlyMap<string, Irregular> = new Map(
  IRREGULAR_VERBS.map((line) => {
    const [base = '', past = '', participle = ''] = line.split(' ');
    return [base, { past: past.split('/'), participle: participle.split('/') }];
  }),
);

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** "stop", "ship", "cancel": a single vowel before a final consonant that may double. */
function endsInShortSyllable(word: string): boolean {
  const n = word.length;
  return (
    n >= 3 &&
    !isVowel(word[n - 1]) &&
    !'wxy'.includes(word[n - 1] as string) &&
    isVowel(word[n - 2]) &&
    !isVowel(word[n - 3])
  );
}

const syllables = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 0;

function sForm(word: string): string[] {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/[^aeiou]o$/.test(word)) return [`${word}es`, `${word}s`];
  return [`${word}s`];
}

/** Forms with a suffix starting in a vowel (-ed, -ing): e-drop, y → i, doubling. */
function vowelSuffixForms(word: string, suffix: 'ed' | 'ing', generous: boolean): string[] {
  if (suffix === 'ed' && word.endsWith('e')) return [`${word}d`];
  if (suffix === 'ed' && /[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ied`];
  if (suffix === 'ing' && word.endsWith('ie')) return [`${word.slice(0, -2)}ying`];
  if (suffix === 'ing' && /[^eoy]e$/.test(word)) return [`${word.slice(0, -1)}ing`];
  if (endsInShortSyllable(word)) {
    const doubled = `${word}${word.at(-1)}${suffix}`;
    if (generous) return [doubled, `${word}${suffix}`];
    return [syllables(word) === 1 ? doubled : `${word}${suffix}`];
  }
  return [`${word}${suffix}`];
}

/** Every form a pattern word matches, lower-cased, with the form it is. */
export function englishForms(word: string): Map<string, EnglishForm> {
  const lower = word.toLowerCase();
  const forms = new Map<string, EnglishForm>([[lower, 'base']]);
  const add = (list: readonly string[], form: EnglishForm) => {
    for (const f of list) if (!forms.has(f)) forms.set(f, form);
  };
  add(sForm(lower), 's');
  const irregular = IRREGULAR.get(lower);
  if (irregular) {
    add(
      irregular.past.filter((f) => irregular.participle.includes(f)),
      'ed',
    );
    add(irregular.past, 'past');
    add(irregular.participle, 'participle');
  } else {
    add(vowelSuffixForms(lower, 'ed', true), 'ed');
  }
  add(vowelSuffixForms(lower, 'ing', true), 'ing');
  return forms;
}

/** `word` in the given form: ("use", "past") → "used", ("tell", "participle") → "told". */
export function inflectEnglish(word: string, form: EnglishForm): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  switch (form) {
    case 'base':
      return word;
    case 's':
      return sForm(lower)[0] as string;
    case 'past':
    case 'ed':
      return irregular?.past[0] ?? (vowelSuffixForms(lower, 'ed', false)[0] as string);
    case 'participle':
      return irregular?.participle[0] ?? (vowelSuffixForms(lower, 'ed', false)[0] as string);
    case 'ing':
      return vowelSuffixForms(lower, 'ing', false)[0] as string;
  }
}

/** Words after which a regular -ed form is a participle: "have utilized" → "have used". */
const PERFECT_AUXILIARIES = new Set([
  'have',
  'has',
  'had',
  'having',
  "'ve",
  '’ve',
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'get',
  'got',
]);

/**
 * Whether an `ed` form is past or participle: the word before it decides ("we utilized"
 * → past "used"; "we have demonstrated" → participle "shown").
 */
export function edFormAfter(previousWord: string | undefined): 'past' | 'participle' {
  return previousWord && PERFECT_AUXILIARIES.has(previousWord.toLowerCase())
    ? 'participle'
    : 'past';
}
