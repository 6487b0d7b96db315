/**
 * Is a sentence of a reply a request to the customer to do something? For the
 * `numbered-steps` check. A request is, after step words ("Ensin", "Sen jälkeen", "Then"):
 * - a request opening: "Voisitteko …", "Pyydämme …", "Teidän tulee …", "Please …",
 *   "Could you …", "You will need to …";
 * - Finnish: an imperative verb first: -kaa/-kää ("Lähettäkää"), a known second-person
 *   singular ("Lähetä", "Avaa"), or what the registered analyzer reads as one;
 * - English: an imperative the grammar detector (rules/en/features.ts) reads as a command
 *   or request, or a common instruction verb followed by its object ("Click Settings").
 * Courtesy formulas ("Ottakaa yhteyttä", "Let us know", "Feel free to …") are not steps.
 */

import { analyses, hasAnalyzer, servicesVersion } from '../analysis';
import type { Sentence } from '../document';
import { createEnglishDetector, type EnglishFeatureDetector } from '../en/features';
import type { RequestPhrases } from '../language-phrases';
import { phrasesOf } from '../languages';
import type { Language } from '../types';
import { EN_IMPERATIVE_OBJECTS, EN_IMPERATIVES, FI_IMPERATIVES } from './data/requests';

const NEVER = /(?!)/u;

const alternation = (sources: readonly string[]) =>
  sources.map((s) => s.replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|');

function startRegex(sources: readonly string[]): RegExp {
  if (sources.length === 0) return NEVER;
  return new RegExp(`^(?:${alternation(sources)})(?![\\p{L}\\p{N}])`, 'iu');
}

interface Openings {
  openers: RegExp;
  requests: RegExp;
  courtesy: RegExp;
}

/** A language without request phrases (`LanguagePhrases.requests`): no opening matches. */
const NO_OPENINGS: Openings = { openers: NEVER, requests: NEVER, courtesy: NEVER };
/** Compiled once per language's phrases. */
const compiled = new WeakMap<RequestPhrases, Openings>();

function openings(lang: Language): Openings {
  const phrases = phrasesOf(lang).requests;
  if (!phrases) return NO_OPENINGS;
  let found = compiled.get(phrases);
  if (!found) {
    found = {
      openers:
        phrases.stepOpeners.length === 0
          ? NEVER
          : new RegExp(`^(?:(?:${alternation(phrases.stepOpeners)}),?\\s+)+`, 'iu'),
      requests: startRegex(phrases.requestOpenings),
      courtesy: startRegex(phrases.courtesyOpenings),
    };
    compiled.set(phrases, found);
  }
  return found;
}

/** -kaa/-kää after a vowel or a consonant other than k ("lähettäkää", not "tarkkaa"). */
const FI_PLURAL_IMPERATIVE_RE = /^\p{L}{2,}[^\P{L}k]k(?:aa|ää)(?:han|hän)?$/iu;
const WORD_RE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/u;

function isFinnishImperative(word: string): boolean {
  const lower = word.toLowerCase();
  if (FI_IMPERATIVES.has(lower) || FI_PLURAL_IMPERATIVE_RE.test(lower)) return true;
  if (!hasAnalyzer('fi')) return false;
  // Every reading a verb, one of them an imperative: "Lähetä", not "Anna" (also a name).
  const list = analyses(word, 'fi');
  return (
    list.length > 0 &&
    list.every((a) => a.CLASS === 'teonsana') &&
    list.some((a) => a.MOOD === 'imperative' && a.PERSON === '2')
  );
}

let english: EnglishFeatureDetector | undefined;

function isEnglishImperative(sentence: string, rest: string): boolean {
  english ??= createEnglishDetector();
  if (english.detect(sentence).imperatives.some((c) => c.kind !== 'courtesy')) return true;
  const [first = '', second = ''] = rest.split(/[\s,]+/);
  if (!EN_IMPERATIVES.has(first.toLowerCase())) return false;
  return EN_IMPERATIVE_OBJECTS.has(second.toLowerCase()) || /^\p{Lu}/u.test(second);
}

// Sentences repeat from keystroke to keystroke; the English detector costs ~15 µs each.
const CACHE_LIMIT = 5_000;
const cache = new Map<string, boolean>();
let cacheVersion = -1;

/** Whether the sentence asks the customer to do something (see the module comment). */
export function isRequest(sentence: Sentence | string, lang: Language): boolean {
  const text = typeof sentence === 'string' ? sentence : sentence.text;
  if (cacheVersion !== servicesVersion()) {
    cache.clear();
    cacheVersion = servicesVersion();
  }
  const key = `${lang}:${text}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = requestUncached(text, lang);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function requestUncached(text: string, lang: Language): boolean {
  const { openers, requests, courtesy } = openings(lang);
  const rest = text.replace(openers, '');
  if (courtesy.test(rest)) return false;
  if (requests.test(rest)) return true;
  if (lang === 'en') return isEnglishImperative(text, rest);
  // The imperatives of another language are its own: none are known here.
  if (lang !== 'fi') return false;
  const first = WORD_RE.exec(rest)?.[0];
  return first !== undefined && isFinnishImperative(first);
}
