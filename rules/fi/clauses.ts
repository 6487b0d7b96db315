/**
 * How Finnish asks and orders by its grammar (`ClauseGrammar`, rules/languages.ts):
 * - a question opens with a word with the -ko/-kö clitic ("Voinko", "Onko", "Tänäänkö"),
 *   has one right after a comma ("…, onko se jo lähetetty"), or opens with a question word
 *   ("Milloin", "Paljonko"; "Mitä tulee …", "Milloin tahansa" excepted);
 * - an order opens with an imperative verb: -kaa/-kää ("Lähettäkää"), a known second-person
 *   singular ("Lähetä", "Avaa"), or what the installed analyser reads as one.
 * The analyser, when installed, decides the clitic and the imperative; without it the
 * endings do.
 */

import { analyses, hasAnalyzer } from '../analysis';
import type { Sentence, Word } from '../document';
import type { ClauseGrammar } from '../languages';
import { FI_IMPERATIVES, FI_NOT_QUESTION_AFTER } from './data/clauses';
import { finnishPhrases } from './data/phrases';

const QUESTION_WORDS: ReadonlySet<string> = finnishPhrases.questions?.questionWords ?? new Set();

/** -ko/-kö (with -s, -han/-hän) after a vowel or consonant other than k ("heikko"). */
const CLITIC_RE = /^\p{L}*[^\P{L}k](?:ko|kö)(?:s|han|hän)?$/iu;

function hasClitic(word: string): boolean {
  if (hasAnalyzer('fi')) return analyses(word, 'fi').some((a) => a.KYSYMYSLIITE === 'true');
  return word.length >= 4 && CLITIC_RE.test(word);
}

const lower = (word: Word | undefined) => word?.text.toLowerCase() ?? '';

/** A clitic question word that is no question word itself: "Onko", "Voiko", "Tänäänkö". */
function clitic(sentence: Sentence, first: number): boolean {
  const word = sentence.words[first];
  return word !== undefined && !QUESTION_WORDS.has(lower(word)) && hasClitic(word.text);
}

function asks(sentence: Sentence, first: number): boolean {
  const { words, text, start } = sentence;
  const word = words[first];
  if (!word) return false;
  if (QUESTION_WORDS.has(lower(word))) return !FI_NOT_QUESTION_AFTER.has(lower(words[first + 1]));
  if (hasClitic(word.text)) return true;
  // A clitic question after a comma: "Tilasin kengät, onko ne jo lähetetty".
  for (let k = first + 1; k < words.length; k++) {
    const later = words[k] as Word;
    const before = text.slice(0, later.start - start).trimEnd();
    if (before.endsWith(',') && hasClitic(later.text)) return true;
  }
  return false;
}

/** -kaa/-kää after a vowel or a consonant other than k ("lähettäkää", not "tarkkaa"). */
const PLURAL_IMPERATIVE_RE = /^\p{L}{2,}[^\P{L}k]k(?:aa|ää)(?:han|hän)?$/iu;
const WORD_RE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/u;

function isImperative(word: string): boolean {
  const lowered = word.toLowerCase();
  if (FI_IMPERATIVES.has(lowered) || PLURAL_IMPERATIVE_RE.test(lowered)) return true;
  if (!hasAnalyzer('fi')) return false;
  // Every reading a verb, one of them an imperative: "Lähetä", not "Anna" (also a name).
  const list = analyses(word, 'fi');
  return (
    list.length > 0 &&
    list.every((a) => a.CLASS === 'teonsana') &&
    list.some((a) => a.MOOD === 'imperative' && a.PERSON === '2')
  );
}

export const finnishClauses: ClauseGrammar = {
  asks,
  asksYesNo: clitic,
  marksQuestion: clitic,
  ordersReader: (_text, rest) => {
    const first = WORD_RE.exec(rest)?.[0];
    return first !== undefined && isImperative(first);
  },
};
