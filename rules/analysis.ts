/**
 * Language services that need a loaded resource, registered once per process.
 *
 * Checks are synchronous, but the Finnish morphology (rules/fi/analyzer.ts, a 4 MB
 * dictionary) loads asynchronously in the content script, the CLI and the tests. So whoever
 * loads it registers it here, and the checks ask `baseForms(word, lang)`; until something
 * is registered (or for words the analyzer does not know) a small built-in stemmer answers.
 * The fallback is meant for comparing words with each other, not for showing lemmas: its
 * stems are often truncated ("tilauksen" → "tilaukse"), so compare them by shared prefix
 * (rules/context/matching.ts does).
 *
 *   const analyzer = loadFinnishAnalyzer(bytes);
 *   registerAnalyzer('fi', analyzer); // base forms, clitics and moods for the checks
 */

import type { Language } from './types';

/** One morphological analysis: attribute → value (libvoikko's BASEFORM, CLASS, MOOD, …). */
export type Analysis = Readonly<Record<string, string>>;

/** Anything that analyses one word, such as the Finnish analyzer of rules/fi/analyzer.ts. */
export interface MorphologicalAnalyzer {
  analyze(word: string): readonly Analysis[];
}

export type BaseFormsFunction = (word: string) => readonly string[];

const baseFormFunctions = new Map<Language, BaseFormsFunction>();
const analyzers = new Map<Language, MorphologicalAnalyzer>();

// Checks ask for the same words on every keystroke; the analyzer memoises too, but turning
// its analyses into base forms allocates. Bounded by clearing, which is cheap and rare.
const CACHE_LIMIT = 20_000;
const caches = new Map<Language, Map<string, readonly string[]>>();
let version = 0;

/** Changes whenever a service is (un)registered, so callers can drop what they derived. */
export function servicesVersion(): number {
  return version;
}

/** Sets (or with null, removes) the base-form function of a language. */
export function registerBaseForms(lang: Language, fn: BaseFormsFunction | null): void {
  if (fn) baseFormFunctions.set(lang, fn);
  else baseFormFunctions.delete(lang);
  caches.delete(lang);
  version++;
}

/**
 * Sets (or removes) the morphological analyzer of a language, and derives base forms from
 * it: each analysis's BASEFORM plus the bases in its WORDBASES (derivation roots and
 * compound parts: "tilaus" → tilaus, tilata; "sähköpostiin" → sähköposti, sähkö, posti).
 */
export function registerAnalyzer(lang: Language, analyzer: MorphologicalAnalyzer | null): void {
  if (analyzer) analyzers.set(lang, analyzer);
  else analyzers.delete(lang);
  registerBaseForms(
    lang,
    analyzer ? (word) => baseFormsFromAnalyses(analyzer.analyze(word)) : null,
  );
}

/** Whether a real analyzer (not the fallback) answers for this language. */
export function hasAnalyzer(lang: Language): boolean {
  return analyzers.has(lang);
}

/** The registered analyzer's analyses of a word; empty when none is registered. */
export function analyses(word: string, lang: Language): readonly Analysis[] {
  return analyzers.get(lang)?.analyze(word) ?? [];
}

const WORDBASE_RE = /\(([^()+][^()]*)\)/g;

/** Lower-cased, de-duplicated base forms of a word's analyses (see `registerAnalyzer`). */
export function baseFormsFromAnalyses(list: readonly Analysis[]): string[] {
  const out = new Set<string>();
  for (const a of list) {
    if (a.BASEFORM) out.add(a.BASEFORM.toLowerCase());
    // "+tila(tilata)+us(+us)": bases in parentheses; "(+us)" is a derivational suffix.
    if (a.WORDBASES) {
      for (const m of a.WORDBASES.matchAll(WORDBASE_RE)) {
        const base = (m[1] as string).toLowerCase();
        if (base.length >= 3) out.add(base);
      }
    }
  }
  return [...out];
}

/**
 * Base forms of a word, lower-cased: the registered function's answer, or the fallback
 * stemmer's when nothing is registered or the word is unknown to it. Never empty for a word.
 */
export function baseForms(word: string, lang: Language): readonly string[] {
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const cached = cache.get(word);
  if (cached) return cached;
  const registered = baseFormFunctions.get(lang)?.(word) ?? [];
  const result = registered.length > 0 ? registered : fallbackBaseForms(word, lang);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/** The built-in stemmers, exported for tests. One stem, lower-cased. */
export function fallbackBaseForms(word: string, lang: Language): string[] {
  const lower = word.toLowerCase();
  return [lang === 'fi' ? stemFinnish(lower) : stemEnglish(lower)];
}

// ---------------------------------------------------------------------------------------
// Finnish: strip one clitic, one possessive suffix and one case ending, keeping at least
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

function stemFinnish(word: string): string {
  // -ko after k is part of the word ("heikko", "lukko"), not a question clitic.
  let w = stripOne(word, FI_CLITICS, (rest) => !rest.endsWith('k'));
  w = stripOne(w, FI_POSSESSIVES);
  w = stripOne(w, FI_CASES);
  return w;
}

// ---------------------------------------------------------------------------------------
// English: plural and verb endings (-s, -es, -ies, -ed, -ing), a final -e dropped so that
// "arrive", "arrived" and "arriving" share "arriv", doubled consonants undoubled
// ("shipped" → "ship"), and a few irregular verbs common in customer service.

const EN_IRREGULAR: Record<string, string> = {
  sent: 'send',
  paid: 'pay',
  bought: 'buy',
  got: 'get',
  gotten: 'get',
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  made: 'make',
  told: 'tell',
  said: 'say',
  came: 'come',
  went: 'go',
  gone: 'go',
  left: 'leave',
  lost: 'lose',
  broke: 'break',
  broken: 'break',
  chose: 'choose',
  chosen: 'choose',
  wrote: 'write',
  written: 'write',
  found: 'find',
  children: 'child',
  people: 'person',
};

const MIN_EN_STEM = 3;

function stemEnglish(word: string): string {
  let w = word.replace(/['’]s$/, '');
  const irregular = EN_IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= MIN_EN_STEM) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length - 3 >= MIN_EN_STEM) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length - 2 >= MIN_EN_STEM) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > MIN_EN_STEM + 1) w = w.slice(0, -1);
  return w;
}

function undouble(stem: string): string {
  const last = stem.at(-1);
  return last && last === stem.at(-2) && !'lsz'.includes(last) ? stem.slice(0, -1) : stem;
}
