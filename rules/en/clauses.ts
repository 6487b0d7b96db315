/**
 * How English asks and orders by its grammar (`ClauseGrammar`, rules/languages.ts):
 * - a question opens with an auxiliary and a subject ("Can I", "Is there", "Do you"), or
 *   with a question word and an auxiliary within two words ("When will", "How long does";
 *   "When I tried …" is no question);
 * - an order is an imperative the grammar detector (./features.ts) reads as a command or a
 *   request, or a common instruction verb before its object ("Click Settings").
 */

import type { Sentence, Word } from '../document';
import type { ClauseGrammar } from '../languages';
import {
  EN_AUXILIARIES,
  EN_IMPERATIVE_OBJECTS,
  EN_IMPERATIVES,
  EN_QUESTION_WORD_MODIFIERS,
  EN_QUESTION_WORD_NOUNS,
  EN_SUBJECTS,
} from './data/clauses';
import { englishPhrases } from './data/phrases';
import { createEnglishDetector, type EnglishFeatureDetector } from './features';

const QUESTION_WORDS: ReadonlySet<string> = englishPhrases.questions?.questionWords ?? new Set();

const lower = (word: Word | undefined) => word?.text.toLowerCase() ?? '';

/**
 * "Had a question.", "Have a quick one about billing": "have" before "a" with the subject left
 * out states what one has; only its "?" would make it ask ("Had a chance to look?").
 */
function hasAStatement(words: readonly Word[], first: number): boolean {
  return HAVE.has(lower(words[first])) && A.has(lower(words[first + 1]));
}

const HAVE: ReadonlySet<string> = new Set(['have', 'has', 'had']);
const A: ReadonlySet<string> = new Set(['a', 'an']);

function asks(sentence: Sentence, first: number): boolean {
  const { words } = sentence;
  const opening = lower(words[first]);
  const second = lower(words[first + 1]);
  if (EN_AUXILIARIES.has(opening)) return EN_SUBJECTS.has(second) && !hasAStatement(words, first);
  if (!QUESTION_WORDS.has(opening)) return false;
  if (opening === 'how' && second === 'come') return true;
  if (EN_AUXILIARIES.has(second)) return true;
  // "How long does", "Which size should", "What time do"; but not "When I was …", "When the
  // parcel was …", where a subject follows the question word.
  const third = lower(words[first + 2]);
  if (!EN_AUXILIARIES.has(third) || EN_SUBJECTS.has(second)) return false;
  // "When emails are sent, …" is a clause; "Which size should", "What time do" ask.
  return opening === 'how'
    ? EN_QUESTION_WORD_MODIFIERS.has(second)
    : EN_QUESTION_WORD_NOUNS.has(second);
}

let detector: EnglishFeatureDetector | undefined;

function ordersReader(text: string, rest: string): boolean {
  detector ??= createEnglishDetector();
  if (detector.detect(text).imperatives.some((c) => c.kind !== 'courtesy')) return true;
  const [first = '', second = ''] = rest.split(/[\s,]+/);
  if (!EN_IMPERATIVES.has(first.toLowerCase())) return false;
  return EN_IMPERATIVE_OBJECTS.has(second.toLowerCase()) || /^\p{Lu}/u.test(second);
}

export const englishClauses: ClauseGrammar = {
  asks,
  asksYesNo: (sentence, first) => EN_AUXILIARIES.has(lower(sentence.words[first])),
  // An auxiliary before its subject ("Is there a student discount"): only a question has it.
  marksQuestion: (sentence, first) =>
    EN_AUXILIARIES.has(lower(sentence.words[first])) &&
    EN_SUBJECTS.has(lower(sentence.words[first + 1])) &&
    !hasAStatement(sentence.words, first),
  ordersReader,
};
