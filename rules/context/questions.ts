/**
 * The questions in a customer's message, and whether a reply seems to answer them: for the
 * `unanswered-question` check and the side panel's checklist.
 *
 * A sentence is a question when
 * - it has a "?" (not one inside a URL);
 * - Finnish: it starts with a word with the -ko/-kö clitic ("Voinko", "Onko", "Tänäänkö"),
 *   or has one right after a comma ("…, onko se jo lähetetty"), or starts with a question
 *   word ("Milloin", "Paljonko"; "Mitä tulee …", "Milloin tahansa" excepted);
 * - English: it starts with an auxiliary and a subject ("Can I", "Is there", "Do you"), or
 *   with a question word and an auxiliary within two words ("When will", "How long does";
 *   "When I tried …" is no question);
 * - it contains an indirect question ("haluaisin tietää", "voisitteko kertoa", "I would
 *   like to know", "please let me know"): these are `indirect`, the rest `direct`.
 * Leading conjunctions ("Ja milloin …", "And when …") are skipped.
 */

import { analyses, hasAnalyzer, servicesVersion } from '../analysis';
import {
  type DraftDocument,
  parseDocument,
  type Sentence,
  sentencesOf,
  type Word,
} from '../document';
import type { Language } from '../types';
import {
  EN_AUXILIARIES,
  EN_QUESTION_WORD_MODIFIERS,
  EN_SUBJECTS,
  FI_NOT_QUESTION_AFTER,
  INDIRECT_QUESTION_PATTERNS,
  LEADING_CONJUNCTIONS,
  QUESTION_WORDS,
} from './data/questions';
import {
  type ContentWord,
  type Coverage,
  contentWords,
  coverage,
  indexBlocksFor,
} from './matching';
import { phrasePattern } from './patterns';

export type QuestionKind = 'direct' | 'indirect';

export interface Question {
  /** The whole sentence that asks, as the customer wrote it. */
  text: string;
  /** Offsets into the customer's message, end exclusive. */
  start: number;
  end: number;
  kind: QuestionKind;
}

/** A "?" that ends a clause, not one inside a URL ("?id=3"). */
const QUESTION_MARK_RE = /\?(?=[\s)\]"'’”»!.…]|$)/u;
/** -ko/-kö (with -s, -han/-hän) after a vowel or consonant other than k ("heikko"). */
const FI_CLITIC_RE = /^\p{L}*[^\P{L}k](?:ko|kö)(?:s|han|hän)?$/iu;

function hasFinnishClitic(word: string): boolean {
  if (hasAnalyzer('fi')) return analyses(word, 'fi').some((a) => a.KYSYMYSLIITE === 'true');
  return word.length >= 4 && FI_CLITIC_RE.test(word);
}

const lower = (word: Word | undefined) => word?.text.toLowerCase() ?? '';

/** Index of the first word after leading conjunctions. */
function firstWordIndex(words: readonly Word[], lang: Language): number {
  let i = 0;
  while (i < words.length - 1 && LEADING_CONJUNCTIONS[lang].has(lower(words[i]))) i++;
  return i;
}

function isFinnishQuestion(sentence: Sentence): boolean {
  const { words, text, start } = sentence;
  const i = firstWordIndex(words, 'fi');
  const first = words[i];
  if (!first) return false;
  const firstLower = lower(first);
  if (QUESTION_WORDS.fi.has(firstLower)) {
    return !FI_NOT_QUESTION_AFTER.has(lower(words[i + 1]));
  }
  if (hasFinnishClitic(first.text)) return true;
  // A clitic question after a comma: "Tilasin kengät, onko ne jo lähetetty".
  for (let k = i + 1; k < words.length; k++) {
    const word = words[k] as Word;
    const before = text.slice(0, word.start - start).trimEnd();
    if (before.endsWith(',') && hasFinnishClitic(word.text)) return true;
  }
  return false;
}

function isEnglishQuestion(sentence: Sentence): boolean {
  const { words } = sentence;
  const i = firstWordIndex(words, 'en');
  const first = lower(words[i]);
  const second = lower(words[i + 1]);
  if (EN_AUXILIARIES.has(first)) return EN_SUBJECTS.has(second);
  if (!QUESTION_WORDS.en.has(first)) return false;
  if (first === 'how' && second === 'come') return true;
  if (EN_AUXILIARIES.has(second)) return true;
  // "How long does", "Which size should", "What time do"; but not "When I was …", "When the
  // parcel was …", where a subject follows the question word.
  const third = lower(words[i + 2]);
  if (!EN_AUXILIARIES.has(third) || EN_SUBJECTS.has(second)) return false;
  return first !== 'how' || EN_QUESTION_WORD_MODIFIERS.has(second);
}

/** Whether a sentence asks something, and how; null when it does not. */
export function questionKind(sentence: Sentence, lang: Language): QuestionKind | null {
  if (sentence.words.length === 0) return null;
  if (phrasePattern(INDIRECT_QUESTION_PATTERNS[lang]).test(sentence.text)) return 'indirect';
  if (QUESTION_MARK_RE.test(sentence.text)) return 'direct';
  const asks = lang === 'fi' ? isFinnishQuestion(sentence) : isEnglishQuestion(sentence);
  return asks ? 'direct' : null;
}

interface ParsedQuestion {
  question: Question;
  content: readonly ContentWord[];
}

/** A customer's message parsed: its questions and, once each, all their content words. */
interface ParsedMessage {
  text: string;
  lang: Language;
  version: number;
  questions: ParsedQuestion[];
  words: ContentWord[];
}

// The customer's message does not change while the agent types: keep the last few parses.
// A parse also stands, by its identity, for its words in the blocks' memos (questionStatuses).
const CACHE_SIZE = 4;
const parsedMessages: ParsedMessage[] = [];

function parseQuestions(text: string, lang: Language): ParsedMessage {
  const version = servicesVersion();
  const hit = parsedMessages.find(
    (p) => p.text === text && p.lang === lang && p.version === version,
  );
  if (hit) return hit;
  const doc: DraftDocument = parseDocument(text);
  const questions: ParsedQuestion[] = [];
  for (const sentence of sentencesOf(doc.body)) {
    const kind = questionKind(sentence, lang);
    if (kind) {
      questions.push({
        question: { text: sentence.text, start: sentence.start, end: sentence.end, kind },
        content: contentWords(sentence.words, lang),
      });
    }
  }
  const message = { text, lang, version, questions, words: questions.flatMap((q) => q.content) };
  parsedMessages.unshift(message);
  if (parsedMessages.length > CACHE_SIZE) parsedMessages.pop();
  return message;
}

/**
 * The questions a customer's message asks, in order. Quoted earlier messages, the
 * greeting, the closing and the signature are skipped.
 */
export function extractQuestions(text: string, lang: Language): Question[] {
  return parseQuestions(text, lang).questions.map((p) => ({ ...p.question }));
}

export interface QuestionStatus {
  question: Question;
  /** Whether the reply covers enough of the question's content words (`threshold`). */
  answered: boolean;
  /**
   * Covered share of the question's content words by weight, 0–1; null when the question
   * has no content words to look for ("Miksi?"), which counts as answered.
   */
  coverage: number | null;
  /** The question's content words found in the reply, and those not found. */
  matched: string[];
  missing: string[];
}

/**
 * The share of a question's content-word weight the reply must cover for the question to
 * count as answered. Half, because a reply rarely repeats every word of a question but
 * nearly always names its topic. "Voinko perua tilauksen?" weighs 1.5 (perua 1, the weak
 * tilaus 0.5): "Peruimme tilauksenne" and "Peruutus on tehty" answer it, "Tilauksesi on
 * lähetetty" (0.5 of 1.5) does not. Lower thresholds let any shared word answer; higher
 * ones flag answers that paraphrase (tuned on tests/unit/context/questions.test.ts).
 */
export const DEFAULT_ANSWER_THRESHOLD = 0.5;

/**
 * Each question of the customer's message with whether the reply seems to answer it. The
 * reply is a draft text or its parsed document (only its own, unquoted words count).
 */
export function questionStatuses(
  customerMessage: string,
  reply: string | DraftDocument,
  lang: Language,
  threshold = DEFAULT_ANSWER_THRESHOLD,
): QuestionStatus[] {
  const parsed = parseQuestions(customerMessage, lang);
  if (parsed.questions.length === 0) return [];
  const doc = typeof reply === 'string' ? parseDocument(reply) : reply;
  // Every block's words are the document's words. Each block remembers which of the
  // questions' words it has, so a re-check after an edit looks only in the changed blocks.
  const index = indexBlocksFor(doc.paragraphs, parsed.words, lang, parsed);
  return parsed.questions.map(({ question, content }) => {
    const c: Coverage = coverage(content, index);
    return {
      question: { ...question },
      answered: c.ratio === null || c.ratio >= threshold,
      coverage: c.ratio,
      matched: c.matched.map((w) => w.text),
      missing: c.missing.map((w) => w.text),
    };
  });
}
