/**
 * Is a sentence of a reply a request to the customer to do something? For the
 * `numbered-steps` check. A request is, after step words ("Ensin", "Sen jälkeen", "Then"):
 * - a request opening: "Voisitteko …", "Pyydämme …", "Teidän tulee …", "Please …",
 *   "Could you …", "You will need to …" (the language's `LanguagePhrases.requests`);
 * - an order by the language's grammar (`ClauseGrammar.ordersReader`, rules/<code>/
 *   clauses.ts): an imperative verb first ("Lähettäkää", "Avaa", "Click Settings").
 * Courtesy formulas ("Ottakaa yhteyttä", "Let us know", "Feel free to …") are not steps.
 */

import { servicesVersion } from '../analysis';
import type { Sentence } from '../document';
import type { RequestPhrases } from '../language-phrases';
import { clausesOf, phrasesOf } from '../languages';
import type { Language } from '../types';
import { phraseSource } from './patterns';

const NEVER = /(?!)/u;

const alternation = (sources: readonly string[]) => sources.map(phraseSource).join('|');

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

// Sentences repeat from keystroke to keystroke; a grammar detector costs ~15 µs each.
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
  return clausesOf(lang)?.ordersReader(text, rest) ?? false;
}
