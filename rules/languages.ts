/**
 * The registry of languages: every language the engine knows lives in one folder
 * (`rules/fi/`, `rules/en/`) whose `index.ts` describes it as a `LanguageService`, and is
 * registered with one line in rules/builtin-languages.ts. The engine asks the registry, never
 * a language folder: `guessLanguage` (rules/language.ts) reads the function words,
 * `baseForms` (rules/analysis.ts) the fallback stemmer and the loaded analyser,
 * `featureDetectorFor` (rules/features.ts) the detector, the checks `phrasesOf` their
 * phrase data (complaints, questions, promises…, typed in rules/language-phrases.ts) and
 * the context analysis `clausesOf` the grammar of questions and orders.
 *
 * A language whose grammar needs loaded data (Finnish: a 4 MB dictionary) gets it from its
 * host, which reads the data its own way (the content script fetches it on the first
 * Finnish word, Node reads it from disk) and hands over a loader:
 *
 *   installMorphology('fi', finnishMorphology(() => loadFinnishAnalyzer(bytes)));
 *
 * `load` runs on the first word that needs it, so a host that only ever checks English never
 * reads the dictionary. The loaded half stays out of `index.ts` so that the pages that never
 * load it (side panel, background) do not bundle it.
 *
 * This module imports nothing but types, so every engine module may ask it. The built-in
 * languages are registered by rules/builtin-languages.ts, which the modules that read the
 * registry import (the engine and rules/index.ts through rules/packs). rules/analysis.ts
 * does not: through it the template search would pull in the language folders, and the
 * bundler would then move the search library into the chunk every page loads.
 */

import type { MorphologicalAnalyzer } from './analysis';
import type { Sentence } from './document';
import type { ImperativeSpan } from './features';
import type { LanguagePhrases } from './language-phrases';
import type { FeatureDetector, Fix, Language } from './types';

/** One entry of a language's plain-word list (the built-in `plain-words` rule). */
export interface PlainWord {
  pattern: string | readonly string[];
  replacement: string;
  inflect?: boolean;
}

/** What a rewrite works on: the draft, and the language's analyser when one is installed. */
export interface RewriteContext {
  text: string;
  analyzer: MorphologicalAnalyzer | null;
}

/** A span of a sentence, offsets relative to the sentence; `participle` where it has one. */
export interface PassiveSpan {
  start: number;
  end: number;
  participle?: number;
}

/**
 * How a language rewrites what the checks find into their fixes (rules/<code>/rewrites.ts).
 * Each is optional and may answer null: the finding is then reported without a fix. Fixes
 * are in the draft's offsets.
 */
export interface LanguageRewrites {
  /** The sentence's order as a request: "Send it." → "Could you send it?". */
  readonly request?: (
    context: RewriteContext,
    sentence: Sentence,
    imperative: ImperativeSpan,
    address: 'formal' | 'informal' | 'any',
  ) => Fix | null;
  /** The sentence's passive in the active voice, the house speaker acting. */
  readonly active?: (
    context: RewriteContext,
    sentence: Sentence,
    passive: PassiveSpan,
    speaker: 'we' | 'I',
  ) => Fix | null;
  /**
   * The address at [start, end) of the draft in the other register ("sinä" ↔ "Te"), with a
   * capital where it opens the sentence.
   */
  readonly address?: (
    context: RewriteContext,
    start: number,
    end: number,
    register: 'formal' | 'informal',
    sentenceStart: boolean,
  ) => Fix | null;
  /** The first-person word at [start, end) of the draft as the house speaker says it. */
  readonly speaker?: (
    context: RewriteContext,
    start: number,
    end: number,
    speaker: 'we' | 'I',
  ) => Fix | null;
}

/**
 * How a language asks and orders by its grammar alone (rules/<code>/clauses.ts): the
 * questions a customer writes without "?" (rules/context/questions.ts), and a reply
 * sentence that tells the customer to do something (rules/context/requests.ts). A language
 * without it finds questions by "?" and its phrase lists only, and requests by their
 * opening phrases only.
 */
export interface ClauseGrammar {
  /**
   * The sentence asks by its grammar ("Can I", "When will", "Onko", "…, voiko"); `first` is
   * the index of its first word after leading conjunctions.
   */
  readonly asks: (sentence: Sentence, first: number) => boolean;
  /** Its first word asks for a yes or a no ("Can I", "Is there", "Onko", "Voiko"). */
  readonly asksYesNo: (sentence: Sentence, first: number) => boolean;
  /**
   * Its grammar marks it as a question beyond doubt (an auxiliary before its subject, a
   * clitic), as a question word alone ("So whats the fix", "Miten tämä korjataan") does not.
   */
  readonly marksQuestion: (sentence: Sentence, first: number) => boolean;
  /**
   * The reply sentence `text` orders or asks the reader to act; `rest` is the text after
   * its step words ("First, click …" → "click …").
   */
  readonly ordersReader: (text: string, rest: string) => boolean;
}

/** What the engine knows of one language; `rules/<code>/index.ts` exports it. */
export interface LanguageService {
  readonly code: Language;
  /** In English, for messages ("Finnish"). */
  readonly name: string;
  /** Lower-case words frequent in this language's replies and rare in the others'. */
  readonly functionWords: ReadonlySet<string>;
  /** Letters that mark a word as this language's (Finnish ä, ö, å), if any. */
  readonly letters?: RegExp;
  /**
   * The built-in stemmer, used for base forms until (or where) no analyser answers: one
   * stem of a lower-case word, meant for comparing words with each other, not for display.
   */
  readonly stem: (word: string) => string;
  /**
   * The sentence feature detector, for a language whose detector is pure data (English).
   * A language whose detector needs its loaded analyser gives it with `installMorphology`.
   */
  readonly detector?: () => FeatureDetector;
  /** Everyday words for jargon, for the built-in pack's `plain-words` rule. */
  readonly plainWords: readonly PlainWord[];
  /** The checks' fixes in this language; without them the checks report without fixes. */
  readonly rewrites?: LanguageRewrites;
  /**
   * The phrase data of the checks and the context analysis (rules/language-phrases.ts);
   * without a group the checks that read it find nothing of that kind.
   */
  readonly phrases?: LanguagePhrases;
  /** Questions and orders by grammar; without it, by "?" and phrase lists alone. */
  readonly clauses?: ClauseGrammar;
}

/** A language's loaded grammar: its analyser, built on first use, and what needs it. */
export interface Morphology<A extends MorphologicalAnalyzer = MorphologicalAnalyzer> {
  /** Reads the data and builds the analyser; called once, on the first word that needs it. */
  readonly load: () => A;
  /** The sentence feature detector built around the loaded analyser. */
  readonly detector?: (analyzer: A) => FeatureDetector;
}

const services = new Map<Language, LanguageService>();
let serviceList: readonly LanguageService[] = [];
const analyzers = new Map<Language, MorphologicalAnalyzer>();
const analysedDetectors = new Map<Language, () => FeatureDetector>();
let version = 0;

/** Changes whenever a service is (un)registered, so callers can drop what they derived. */
export function servicesVersion(): number {
  return version;
}

/** Adds a language, or replaces the one with the same code. */
export function registerLanguage(service: LanguageService): void {
  services.set(service.code, service);
  serviceList = [...services.values()];
  version++;
}

/** Removes a language and what was installed for it (for tests). */
export function unregisterLanguage(code: Language): void {
  services.delete(code);
  analyzers.delete(code);
  analysedDetectors.delete(code);
  serviceList = [...services.values()];
  version++;
}

/** The registered languages, in registration order. */
export function languages(): readonly LanguageService[] {
  return serviceList;
}

/** The service of a language, or undefined when none is registered. */
export function languageService(code: Language): LanguageService | undefined {
  return services.get(code);
}

const NO_PHRASES: LanguagePhrases = {};

/**
 * The phrase data of a language (`LanguageService.phrases`); empty for a language that gives
 * none or is not registered, so a check finds nothing rather than failing.
 */
export function phrasesOf(code: Language): LanguagePhrases {
  return services.get(code)?.phrases ?? NO_PHRASES;
}

/** The clause grammar of a language (`LanguageService.clauses`), if it has one. */
export function clausesOf(code: Language): ClauseGrammar | undefined {
  return services.get(code)?.clauses;
}

/** The service of a language; throws when it is not registered. */
export function requireLanguage(code: Language): LanguageService {
  const service = services.get(code);
  if (!service) throw new Error(`no language registered for "${code}"`);
  return service;
}

/**
 * Installs (or with null, removes) a language's loaded grammar: its analyser, for base
 * forms and form generation, and the detector built on it. Nothing is read until a check
 * first needs the analyser or the detector.
 */
export function installMorphology<A extends MorphologicalAnalyzer>(
  code: Language,
  morphology: Morphology<A> | null,
): void {
  if (!morphology) {
    analyzers.delete(code);
    analysedDetectors.delete(code);
    version++;
    return;
  }
  let loaded: A | undefined;
  const shared = (): A => {
    loaded ??= morphology.load();
    return loaded;
  };
  analyzers.set(code, { analyze: (word) => shared().analyze(word) });
  const { detector } = morphology;
  if (detector) analysedDetectors.set(code, () => detector(shared()));
  else analysedDetectors.delete(code);
  version++;
}

/**
 * Sets (or removes) the analyser of a language alone, leaving its detector as it is: tests
 * compare the checks with and without it. Hosts call `installMorphology`.
 */
export function registerAnalyzer(code: Language, analyzer: MorphologicalAnalyzer | null): void {
  if (analyzer) analyzers.set(code, analyzer);
  else analyzers.delete(code);
  version++;
}

/** How a language rewrites for the checks' fixes, with its analyser if installed. */
export function rewritesFor(
  code: Language,
  text: string,
): { rewrites: LanguageRewrites; context: RewriteContext } {
  return {
    rewrites: services.get(code)?.rewrites ?? {},
    context: { text, analyzer: analyzers.get(code) ?? null },
  };
}

/** The installed analyser of a language, or undefined. */
export function analyzerFor(code: Language): MorphologicalAnalyzer | undefined {
  return analyzers.get(code);
}

/**
 * How to build a language's feature detector: from its installed morphology, else the
 * language's own; null when it has none (Finnish until its dictionary is installed).
 */
export function detectorFactory(code: Language): (() => FeatureDetector) | null {
  const analysed = analysedDetectors.get(code);
  if (analysed) return analysed;
  return services.get(code)?.detector ?? null;
}
