/**
 * The language-independent entry point to the sentence feature detectors.
 *
 * English needs nothing loaded. Finnish needs a morphological analyser whose dictionary the
 * host loads asynchronously (the extension fetches its bytes, Node reads them from disk with
 * `cli/dictionary.ts`), so the caller passes the Finnish detector in, typically
 * `() => createFinnishDetector(analyzer)` from `rules/fi/features.ts`, and this module stays
 * synchronous and free of any loading code.
 *
 * Detectors are language services, loaded once per process; the checks (address, speaker,
 * command, passive) are synchronous and ask `featureDetectorFor(lang)`. Whoever loads the
 * Finnish dictionary registers the detector (and the analyzer, for form generation):
 *
 *   const analyzer = loadFinnishAnalyzer(bytes);
 *   registerAnalyzer('fi', analyzer);                          // rules/analysis.ts
 *   registerFeatureDetector(createFinnishDetector(analyzer));  // this module
 *
 * Until then `featureDetectorFor('fi')` is null and those checks report nothing: they never
 * guess. English registers itself lazily on first use, since it is pure data.
 */
import { createEnglishDetector } from './en/features.ts';
import type { FeatureDetector, Language, SentenceFeatures } from './types.ts';

export interface FeatureDetectorDeps {
  /** Builds the Finnish detector around an already loaded analyser. */
  finnish?: () => FeatureDetector;
}

export function createFeatureDetector(
  lang: Language,
  deps: FeatureDetectorDeps = {},
): FeatureDetector {
  switch (lang) {
    case 'en':
      return createEnglishDetector();
    case 'fi':
      if (!deps.finnish) {
        throw new Error(
          'Finnish detector not available: pass deps.finnish, e.g. () => createFinnishDetector(analyzer)',
        );
      }
      return deps.finnish();
  }
}

// ---------------------------------------------------------------------------------------
// The process-wide registry

/** Imperative and passive clauses, which the English and Finnish detectors add to labels. */
export interface ImperativeSpan {
  start: number;
  end: number;
  /** `command` is an order; `request` ("Please send") and `courtesy` ("Let me know") are not. */
  kind?: 'command' | 'request' | 'courtesy';
  /** Finnish: singular (lähetä) or plural (lähettäkää). */
  person?: 'sg' | 'pl';
  /** Finnish: the grammatical person when it is not the second (laulakaamme 1, olkoon 3). */
  grammaticalPerson?: number;
}

export interface PassiveSpan {
  start: number;
  end: number;
  /** Finnish: the verb's base form (korjataan → korjata). */
  baseform?: string;
  /** Finnish: an agent is named (asentajan toimesta). */
  agentKnown?: boolean;
  /**
   * Finnish: a state rather than an act (*on suljettu viikonloppuisin*, *on tarkoitettu
   * aikuisille*): grammatically a passive, but no one's deed to name.
   */
  state?: boolean;
}

/** What the house-style checks read: the labels plus optional clause lists. */
export interface RichSentenceFeatures extends SentenceFeatures {
  imperatives?: readonly ImperativeSpan[];
  passives?: readonly PassiveSpan[];
}

/** Distinct sentences remembered per language: the same ones are re-checked on every keystroke. */
export const FEATURE_CACHE_SIZE = 2_000;

type Factory = () => FeatureDetector;

interface Entry {
  factory: Factory;
  memo: MemoDetector | null;
}

const registry = new Map<Language, Entry>();
const defaults: Partial<Record<Language, Factory>> = { en: createEnglishDetector };

/** A detector that remembers `FEATURE_CACHE_SIZE` results by sentence text. */
class MemoDetector implements FeatureDetector {
  readonly language: Language;
  private readonly cache = new Map<string, RichSentenceFeatures>();

  constructor(
    private readonly inner: FeatureDetector,
    private readonly limit: number,
  ) {
    this.language = inner.language;
  }

  detect(sentence: string): RichSentenceFeatures {
    // First in, first out: cheaper per hit than LRU re-insertion, and a draft's sentences
    // are re-checked together, so they age together.
    const hit = this.cache.get(sentence);
    if (hit) return hit;
    const result = this.inner.detect(sentence) as RichSentenceFeatures;
    if (this.cache.size >= this.limit) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(sentence, result);
    return result;
  }

  get size(): number {
    return this.cache.size;
  }
}

/**
 * Makes `detector` the one for its language, replacing any earlier one (and its memo). Pass
 * a language and a factory instead to build it on first use; `null` unregisters, so the
 * checks of that language fall silent (English then returns to its built-in default).
 */
export function registerFeatureDetector(detector: FeatureDetector): void;
export function registerFeatureDetector(lang: Language, factory: Factory | null): void;
export function registerFeatureDetector(
  detectorOrLang: FeatureDetector | Language,
  factory?: Factory | null,
): void {
  if (typeof detectorOrLang === 'string') {
    if (factory) registry.set(detectorOrLang, { factory, memo: null });
    else registry.delete(detectorOrLang);
    return;
  }
  const detector = detectorOrLang;
  registry.set(detector.language, { factory: () => detector, memo: null });
}

/**
 * The memoising detector of a language, or null when none is registered (Finnish until its
 * dictionary is loaded). Results are shared between callers: treat them as read-only.
 */
export function featureDetectorFor(lang: Language): FeatureDetector | null {
  let entry = registry.get(lang);
  if (!entry) {
    const factory = defaults[lang];
    if (!factory) return null;
    entry = { factory, memo: null };
    registry.set(lang, entry);
  }
  if (!entry.memo) {
    const detector = entry.factory();
    if (detector.language !== lang) {
      throw new Error(`the detector registered for "${lang}" is for "${detector.language}"`);
    }
    entry.memo = new MemoDetector(detector, FEATURE_CACHE_SIZE);
  }
  return entry.memo;
}

/** The features of one sentence, or null when the language has no detector. */
export function sentenceFeatures(lang: Language, sentence: string): RichSentenceFeatures | null {
  const detector = featureDetectorFor(lang);
  return detector ? (detector.detect(sentence) as RichSentenceFeatures) : null;
}

/** Number of sentences memoised for a language (for tests). */
export function memoisedSentenceCount(lang: Language): number {
  return registry.get(lang)?.memo?.size ?? 0;
}
