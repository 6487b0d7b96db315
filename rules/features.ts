/**
 * The language-independent entry point to the sentence feature detectors.
 *
 * Detectors are language services (rules/languages.ts): English's is pure data and built on
 * first use; Finnish's needs the morphological analyser whose dictionary the host loads
 * (the extension fetches its bytes, Node reads them with `cli/dictionary.ts`) and installs
 * with `installMorphology`. The checks (address, speaker, command, passive) are synchronous
 * and ask `featureDetectorFor(lang)`; until a language has a detector it is null and those
 * checks report nothing: they never guess.
 */
import './builtin-languages.ts';
import { detectorFactory, languageService, servicesVersion } from './languages.ts';
import type { FeatureDetector, Language, SentenceFeatures } from './types.ts';

export interface FeatureDetectorDeps {
  /** Builds the Finnish detector around an already loaded analyser. */
  finnish?: () => FeatureDetector;
}

/**
 * A new, unmemoised detector: the language's own, else the one `deps` builds (for Finnish,
 * whose detector needs its analyser).
 */
export function createFeatureDetector(
  lang: Language,
  deps: FeatureDetectorDeps = {},
): FeatureDetector {
  const service = languageService(lang);
  const own = service?.detector;
  if (own) return own();
  if (lang === 'fi' && deps.finnish) return deps.finnish();
  throw new Error(
    `${service?.name ?? lang} detector not available: pass deps.finnish, e.g. () => createFinnishDetector(analyzer)`,
  );
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

interface Entry {
  /** The registry's `servicesVersion` the detector was built at. */
  version: number;
  memo: MemoDetector | null;
}

const built = new Map<Language, Entry>();

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
 * The memoising detector of a language, or null when it has none (Finnish until its
 * dictionary is installed). Rebuilt when a language service changes. Results are shared
 * between callers: treat them as read-only.
 */
export function featureDetectorFor(lang: Language): FeatureDetector | null {
  const version = servicesVersion();
  const entry = built.get(lang);
  if (entry?.version === version) return entry.memo;
  const factory = detectorFactory(lang);
  let memo: MemoDetector | null = null;
  if (factory) {
    const detector = factory();
    if (detector.language !== lang) {
      throw new Error(`the detector registered for "${lang}" is for "${detector.language}"`);
    }
    memo = new MemoDetector(detector, FEATURE_CACHE_SIZE);
  }
  built.set(lang, { version, memo });
  return memo;
}

/** The features of one sentence, or null when the language has no detector. */
export function sentenceFeatures(lang: Language, sentence: string): RichSentenceFeatures | null {
  const detector = featureDetectorFor(lang);
  return detector ? (detector.detect(sentence) as RichSentenceFeatures) : null;
}

/** Number of sentences memoised for a language (for tests). */
export function memoisedSentenceCount(lang: Language): number {
  return built.get(lang)?.memo?.size ?? 0;
}
