/**
 * Word analyses and base forms for the checks, from the languages' registry (rules/languages.ts).
 *
 * Checks are synchronous, but the Finnish morphology (rules/fi/analyzer.ts, a 4 MB
 * dictionary) loads asynchronously in the content script, the CLI and the tests. So whoever
 * loads it installs it in the registry, and the checks ask `baseForms(word, lang)`; until
 * something is installed (or for words the analyzer does not know) the language's built-in
 * stemmer answers (`stem` of its service: rules/fi/stem.ts, rules/en/stem.ts).
 * The fallback is meant for comparing words with each other, not for showing lemmas: its
 * stems are often truncated ("tilauksen" → "tilaukse"), so compare them by shared prefix
 * (rules/context/matching.ts does).
 *
 *   installMorphology('fi', finnishMorphology(() => loadFinnishAnalyzer(bytes)));
 */

import { analyzerFor, requireLanguage, servicesVersion } from './languages';
import type { Language } from './types';

export { registerAnalyzer, servicesVersion } from './languages';

/** One morphological analysis: attribute → value (libvoikko's BASEFORM, CLASS, MOOD, …). */
export type Analysis = Readonly<Record<string, string>>;

/** Anything that analyses one word, such as the Finnish analyzer of rules/fi/analyzer.ts. */
export interface MorphologicalAnalyzer {
  analyze(word: string): readonly Analysis[];
}

// Checks ask for the same words on every keystroke; the analyzer memoises too, but turning
// its analyses into base forms allocates. Bounded by clearing, which is cheap and rare.
const CACHE_LIMIT = 20_000;
const caches = new Map<Language, Map<string, readonly string[]>>();
let cacheVersion = -1;

/** Whether a real analyzer (not the fallback) answers for this language. */
export function hasAnalyzer(lang: Language): boolean {
  return analyzerFor(lang) !== undefined;
}

/** The installed analyzer's analyses of a word; empty when none is installed. */
export function analyses(word: string, lang: Language): readonly Analysis[] {
  return analyzerFor(lang)?.analyze(word) ?? [];
}

const WORDBASE_RE = /\(([^()+][^()]*)\)/g;

/**
 * Lower-cased, de-duplicated base forms of a word's analyses: each analysis's BASEFORM plus
 * the bases in its WORDBASES (derivation roots and compound parts: "tilaus" → tilaus,
 * tilata; "sähköpostiin" → sähköposti, sähkö, posti).
 */
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
 * Base forms of a word, lower-cased: the installed analyzer's answer, or the language's
 * fallback stemmer's when nothing is installed or the word is unknown to it. Never empty
 * for a word.
 */
export function baseForms(word: string, lang: Language): readonly string[] {
  if (cacheVersion !== servicesVersion()) {
    caches.clear();
    cacheVersion = servicesVersion();
  }
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const cached = cache.get(word);
  if (cached) return cached;
  const analyzer = analyzerFor(lang);
  const registered = analyzer ? baseFormsFromAnalyses(analyzer.analyze(word)) : [];
  const result = registered.length > 0 ? registered : fallbackBaseForms(word, lang);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/**
 * The language's built-in stemmer. One stem, lower-cased. Throws for a language not in the
 * registry (rules/builtin-languages.ts registers the built-in ones; the engine imports it).
 */
export function fallbackBaseForms(word: string, lang: Language): string[] {
  return [requireLanguage(lang).stem(word.toLowerCase())];
}
