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

import { servicesVersion } from '../analysis';
import {
  blockMemo,
  type DraftDocument,
  type Paragraph,
  parseDocument,
  type Sentence,
  type Word,
} from '../document';
import type { QuestionPhrases } from '../language-phrases';
import { clausesOf, phrasesOf } from '../languages';
import type { Language } from '../types';
import {
  type ContentWord,
  type Coverage,
  contentWords,
  coverage,
  indexBlocksFor,
  indexWords,
  sharedStem,
} from './matching';
import { blankOutQuotes, phrasePattern, phraseSource } from './patterns';

export type QuestionKind = 'direct' | 'indirect';

/** A language without question phrases (`LanguagePhrases.questions`) finds no questions. */
const NO_QUESTIONS: QuestionPhrases = {
  questionWords: new Set(),
  leadingConjunctions: new Set(),
  indirect: [],
  notAsking: [],
  generic: [],
  request: [],
  action: [],
  yesNoAnswer: [],
  instruction: [],
  how: [],
  why: [],
  reason: [],
  clarifying: [],
};

const phrases = (lang: Language): QuestionPhrases => phrasesOf(lang).questions ?? NO_QUESTIONS;

/**
 * What answers a question besides its own words: `yes-no` ("Onko…", "Can I…") a reply
 * sentence opening with a yes or a no; `request` ("Voisitteko lähettää…", "Can you
 * reset…") a reply that says it acted; `how` ("Miten…", "Where can I…") a link, a list or
 * instructions; `why` ("Miksi…", "Why…") a reason ("koska", "because"); `generic` ("Any
 * ideas?", "Voitteko auttaa?") any reply with a body.
 */
export type QuestionForm = 'yes-no' | 'request' | 'how' | 'why' | 'generic' | 'open';

export interface Question {
  /** The whole sentence that asks, as the customer wrote it. */
  text: string;
  /** Offsets into the customer's message, end exclusive. */
  start: number;
  end: number;
  kind: QuestionKind;
  form: QuestionForm;
  /**
   * Whether the customer marked it as a question: a "?" or an indirect question ("I would
   * like to know …"). Only these are reported as unanswered; a question recognised by its
   * grammar alone ("So whats the fix") is less certain, and uncertain ones count as answered;
   * so is a statement said with a "?" right after a question, which goes on with that
   * question ("Why does it disconnect? I paid for this?").
   */
  marked: boolean;
  /** Whether it asks the agent to do something ("Can you fix my account?", "Voitteko …"). */
  asksToAct: boolean;
}

/** A "?" that ends a clause, not one inside a URL ("?id=3"). */
const QUESTION_MARK_RE = /\?(?=[\s)\]"'’”»!.…]|$)/u;
const lower = (word: Word | undefined) => word?.text.toLowerCase() ?? '';

/** Index of the first word after leading conjunctions. */
function firstWordIndex(words: readonly Word[], lang: Language): number {
  let i = 0;
  while (i < words.length - 1 && phrases(lang).leadingConjunctions.has(lower(words[i]))) i++;
  return i;
}

/** An indirect question that wants a yes or a no: "I would like to ask if …", "…, onko …". */
const INDIRECT_YES_NO_RE = /(?<![\p{L}])(?:if|whether)(?![\p{L}])|,\s*\p{L}+(?:ko|kö)(?![\p{L}])/iu;
/** A sentence that only goes on with an alternative of the question before ("Vai …?"). */
const ALTERNATIVE_RE = /^(?:vai|or)(?![\p{L}])/iu;

/** "?!", "??": the mark of a rhetorical question, not of one that wants an answer. */
const RHETORICAL_MARKS_RE = /\?\s*[!?]|!\s*\?/u;

/** How many words a sentence has besides @handles ("@Support why?" has one). */
function ownWords(sentence: Sentence): number {
  let n = 0;
  for (const word of sentence.words) {
    if (sentence.text[word.start - sentence.start - 1] !== '@' && !word.text.startsWith('@')) n++;
  }
  return n;
}

/**
 * Whether a sentence only looks like a question: small talk, a rhetorical question, the
 * prompt of an issue template, or a markdown heading.
 */
function asksNothing(sentence: Sentence, lang: Language): boolean {
  const text = sentence.text;
  if (RHETORICAL_MARKS_RE.test(text) || text.startsWith('#') || ALTERNATIVE_RE.test(text)) {
    return true;
  }
  // "Seriously?", "Really?", "Hello?", "Miksi?": a one-word question is an exclamation or
  // a follow-up of the sentence before, not a question to answer on its own.
  if (ownWords(sentence) <= 1) return true;
  return phrasePattern(phrases(lang).notAsking).test(text);
}

/** Whether `re` matches where the sentence's first word (after conjunctions) starts. */
function opensWith(re: RegExp, sentence: Sentence, lang: Language): boolean {
  const first = sentence.words[firstWordIndex(sentence.words, lang)];
  if (!first) return false;
  re.lastIndex = 0;
  const m = re.exec(sentence.text);
  return m !== null && sentence.start + m.index === first.start;
}

function questionForm(sentence: Sentence, kind: QuestionKind, lang: Language): QuestionForm {
  if (phrasePattern(phrases(lang).generic).test(sentence.text)) return 'generic';
  if (opensWith(phrasePattern(phrases(lang).request), sentence, lang)) return 'request';
  if (opensWith(phrasePattern(phrases(lang).how), sentence, lang)) return 'how';
  if (opensWith(phrasePattern(phrases(lang).why), sentence, lang)) return 'why';
  if (kind === 'indirect') {
    return INDIRECT_YES_NO_RE.test(sentence.text) ? 'yes-no' : 'open';
  }
  const first = firstWordIndex(sentence.words, lang);
  if (!sentence.words[first]) return 'open';
  return clausesOf(lang)?.asksYesNo(sentence, first) ? 'yes-no' : 'open';
}

/** Whether a sentence asks something, and how; null when it does not. */
export function questionKind(sentence: Sentence, lang: Language): QuestionKind | null {
  if (sentence.words.length === 0) return null;
  if (asksNothing(sentence, lang)) return null;
  if (phrasePattern(phrases(lang).indirect).test(sentence.text)) return 'indirect';
  if (QUESTION_MARK_RE.test(sentence.text)) return 'direct';
  // Without "?" the language's grammar decides; a language without one needs the mark.
  const first = firstWordIndex(sentence.words, lang);
  if (!sentence.words[first]) return null;
  return clausesOf(lang)?.asks(sentence, first) ? 'direct' : null;
}

/**
 * Whether the customer marked a sentence as a question beyond doubt: a "?", an indirect
 * question, a Finnish opening word with the -ko/-kö clitic ("Voiko niitä ostaa verkosta") or
 * an English auxiliary before its subject ("Is there a discount"), which only a question has. A question word alone ("So whats the fix", "Miten tämä
 * korjataan") may also open a statement or a heading.
 */
function isMarked(sentence: Sentence, kind: QuestionKind, lang: Language): boolean {
  if (kind === 'indirect' || QUESTION_MARK_RE.test(sentence.text)) return true;
  const first = firstWordIndex(sentence.words, lang);
  if (!sentence.words[first]) return false;
  return clausesOf(lang)?.marksQuestion(sentence, first) ?? false;
}

/**
 * Whether a "?" sentence that its grammar does not mark as a question follows a question
 * right before it: a statement said with a "?" after a real question goes on with that
 * question ("Why does the game disconnect? I paid for this?", "Voiko lainat uusia netissä?
 * En löydä paikkaa?"), so it is not certain to want an answer of its own.
 */
function followsUp(
  sentence: Sentence,
  kind: QuestionKind,
  before: { asks: boolean } | undefined,
  lang: Language,
): boolean {
  if (kind !== 'direct' || !before?.asks) return false;
  const first = firstWordIndex(sentence.words, lang);
  return !(clausesOf(lang)?.asks(sentence, first) ?? false);
}

interface ParsedQuestion {
  question: Question;
  content: readonly ContentWord[];
  /**
   * The content words of the statement before it in its paragraph, which the question
   * often refers to ("Lehti kertoi, että koulu suljetaan. Kumpi tieto pitää paikkansa?");
   * none when the sentence before is a question, whose words are its own.
   */
  context: readonly ContentWord[];
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

const HANDLE_RE = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_]+/gu;

/** Replaces each @handle by spaces, offsets kept. */
function blankOutHandles(text: string): string {
  return text.replace(HANDLE_RE, (m) => ' '.repeat(m.length));
}

function parseQuestions(text: string, lang: Language): ParsedMessage {
  const version = servicesVersion();
  const hit = parsedMessages.find(
    (p) => p.text === text && p.lang === lang && p.version === version,
  );
  if (hit) return hit;
  // Code and quoted strings are the customer's material, not their questions: blanked out
  // (offsets kept), so a "?" in `a ? b : c` or in "Are you sure?" asks nothing.
  // @handles address the company ("@Support why …"): neither the question's first word nor
  // a word the reply should repeat.
  const doc: DraftDocument = parseDocument(blankOutHandles(blankOutQuotes(text)));
  const questions: ParsedQuestion[] = [];
  for (const paragraph of doc.body) {
    let before: { sentence: Sentence; asks: boolean } | undefined;
    for (const sentence of paragraph.sentences) {
      const kind = questionKind(sentence, lang);
      if (kind) {
        questions.push({
          question: {
            text: text.slice(sentence.start, sentence.end),
            start: sentence.start,
            end: sentence.end,
            kind,
            form: questionForm(sentence, kind, lang),
            marked: isMarked(sentence, kind, lang) && !followsUp(sentence, kind, before, lang),
            asksToAct: opensWith(phrasePattern(phrases(lang).request), sentence, lang),
          },
          content: contentWords(sentence.words, lang),
          context: before && !before.asks ? contentWords(before.sentence.words, lang) : [],
        });
      }
      before = { sentence, asks: kind !== null };
    }
  }
  const words = questions.flatMap((q) => [...q.content, ...q.context]);
  const message = { text, lang, version, questions, words };
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
  /**
   * Whether the reply seems to answer it: covers enough of the question's content words
   * (`threshold`), or answers it by its form; for the side panel's checklist.
   */
  answered: boolean;
  /**
   * Whether the reply clearly leaves it unanswered, what the `unanswered-question` check
   * reports: the customer marked it as a question ("?" or "I would like to know"), and the
   * reply only asks for details or is only polite, or answers another question of the
   * message and names nothing of this one (which names at least two things) nor of the
   * statement before it. Uncertain cases are not reported.
   */
  unanswered: boolean;
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

export interface AnswerOptions {
  /** See `DEFAULT_ANSWER_THRESHOLD`. */
  threshold?: number;
  /**
   * Extra groups of words that mean the same in the house's vocabulary (a pack's
   * `synonyms`): a question's word in a group is answered by any other word of it.
   */
  synonyms?: readonly (readonly string[])[];
}

/**
 * A share of the question's words that answers it when one of them is a word that carries
 * weight (not a weak one like "tilaus"): a reply names the topic and says the rest in
 * other words. "Voinko perua tilauksen?" is still not answered by "Tilauksesi on
 * lähetetty" (only the weak "tilaus").
 */
const PARTIAL_ANSWER = 1 / 4;
/** Words of weight found in the reply that answer a question however long it is. */
const STRONG_WORDS_ANSWER = 2;

const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/iu;

const memoKeys = new WeakMap<RegExp, object>();
function keyFor(re: RegExp): object {
  let key = memoKeys.get(re);
  if (!key) {
    key = {};
    memoKeys.set(re, key);
  }
  return key;
}

/** Whether any body block of the reply matches `re`, memoised with each block. */
function replyHas(doc: DraftDocument, re: RegExp): boolean {
  return doc.body.some((p) =>
    blockMemo(p, keyFor(re), (block) => {
      re.lastIndex = 0;
      return re.test(block.text);
    }),
  );
}

/** By the language's list, so that a language registered anew compiles its own. */
const openerCache = new WeakMap<readonly string[], RegExp>();
/** How many sentences of each paragraph may open with a yes or a no. */
const OPENING_SENTENCES = 2;

/** A reply sentence that opens with a yes or a no ("Kyllä, …", "Unfortunately, …"). */
function yesNoOpeners(doc: DraftDocument, lang: Language): Sentence[] {
  const sources = phrases(lang).yesNoAnswer;
  let re = openerCache.get(sources);
  if (!re) {
    const body = sources.map((s) => s.replace(/'/g, "['’]")).join('|');
    // At the start, or after a short clause and a comma: "Thanks for checking, there
    // hasn't been any issue".
    re =
      sources.length === 0
        ? /(?!)/u
        : new RegExp(`^(?:[^,.!?]{0,60},\\s*)?(?:${body})(?![\\p{L}\\p{N}])`, 'iu');
    openerCache.set(sources, re);
  }
  const opener = re;
  // A yes or a no opens the reply or one of its paragraphs: only the first sentences of
  // each paragraph are looked at, which keeps a long reply's check short.
  const out: Sentence[] = [];
  for (const p of doc.body) {
    const found = blockMemo(p, keyFor(opener), (block: Paragraph) =>
      block.sentences.slice(0, OPENING_SENTENCES).filter((s) => opener.test(s.text)),
    );
    for (const s of found) out.push(s);
  }
  return out;
}

const clarifyingCache = new WeakMap<readonly string[], RegExp>();

/**
 * Whether the reply only asks the customer for more details or only is polite: every
 * sentence of its body is a question, a request for information or a courtesy. Such a
 * reply answers nothing yet ("Are you referring to files or Paper docs? Thanks!"), but it
 * acts on a request ("Can you fix my account?" — "Let us know the platform so we can help").
 */
/**
 * Whether the reply only asks back (`asks`: questions, requests for details) or is only a
 * courtesy (`courtesy`: "Kiitos viestistä."), so that it answers nothing yet; false when it
 * says something more.
 */
function onlyAsks(doc: DraftDocument, lang: Language): 'asks' | 'courtesy' | false {
  const sources = phrases(lang).clarifying;
  let re = clarifyingCache.get(sources);
  if (!re) {
    const body = sources.map(phraseSource);
    re =
      sources.length === 0
        ? /(?!)/u
        : new RegExp(`^(?:@\\S+\\s+)*(?:${body.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    clarifyingCache.set(sources, re);
  }
  let asks = false;
  let sentences = 0;
  for (const p of doc.body) {
    for (const sentence of p.sentences) {
      if (sentence.words.length === 0) continue;
      const question = QUESTION_MARK_RE.test(sentence.text);
      const asking = question || re.test(sentence.text);
      // A signature or an interjection ("*MS", "/KK", "Hey there!") says nothing.
      if (!asking && ownWords(sentence) <= 2) continue;
      if (!asking) return false;
      sentences++;
      asks ||= question || !COURTESY_RE.test(sentence.text);
    }
  }
  // Questions and requests for details, or a courtesy alone ("Kiitos viestistä."): nothing
  // is answered yet. A longer courtesy may go on to answer ("Thanks for checking, there
  // hasn't been any issue").
  if (asks) return 'asks';
  return sentences > 0 && doc.bodyWordCount <= COURTESY_ONLY_WORDS ? 'courtesy' : false;
}

/** A sentence that opens with a courtesy, not with a request for details. */
const COURTESY_RE = /^(?:@\S+\s+)*(?:thanks?|thank|sorry|hi|hello|hey|hei|moi|kiit|pahoittel)/iu;
/** A reply of at most this many words that is only courtesies says nothing. */
const COURTESY_ONLY_WORDS = 6;

/** Whether a house synonym of one of the missing words is in the reply. */
function answeredBySynonyms(
  missing: readonly ContentWord[],
  doc: DraftDocument,
  groups: readonly (readonly string[])[],
  lang: Language,
): boolean {
  if (groups.length === 0 || missing.length === 0) return false;
  const related = (key: string, member: string) => key === member || sharedStem(key, member);
  const wanted: ContentWord[] = [];
  for (const word of missing) {
    for (const group of groups) {
      const lowered = group.map((m) => m.toLowerCase());
      if (!lowered.some((m) => word.keys.some((k) => related(k, m)))) continue;
      for (const m of lowered) {
        wanted.push({ start: 0, end: 0, text: m, keys: [m], weight: 1 });
      }
    }
  }
  if (wanted.length === 0) return false;
  const index = indexWords(
    doc.body.flatMap((p) => p.words),
    lang,
  );
  return wanted.some((w) => index.has(w));
}

/**
 * Each question of the customer's message with whether the reply seems to answer it. The
 * reply is a draft text or its parsed document (only its own, unquoted words count).
 * A question is answered when the reply covers `threshold` of its words, or a third of
 * them with a word of weight among them, or a house synonym of a missing word; and, by its
 * form (`QuestionForm`), when the reply opens a sentence with a yes or a no, says it
 * acted, gives a link, a list or instructions, or has a body at all. A reply that only asks
 * for more details answers nothing yet. Precision first: a
 * question wrongly reported as unanswered costs the agent more than a missed one.
 */
export function questionStatuses(
  customerMessage: string,
  reply: string | DraftDocument,
  lang: Language,
  options: number | AnswerOptions = {},
): QuestionStatus[] {
  const { threshold = DEFAULT_ANSWER_THRESHOLD, synonyms = [] } =
    typeof options === 'number' ? { threshold: options } : options;
  const parsed = parseQuestions(customerMessage, lang);
  if (parsed.questions.length === 0) return [];
  const doc = typeof reply === 'string' ? parseDocument(reply) : reply;
  // Every block's words are the document's words. Each block remembers which of the
  // questions' words it has, so a re-check after an edit looks only in the changed blocks.
  const index = indexBlocksFor(doc.paragraphs, parsed.words, lang, parsed);
  const yesNoQuestions = parsed.questions.filter((q) => q.question.form === 'yes-no').length;
  const clarifying = onlyAsks(doc, lang);
  const asksBack = clarifying !== false;
  let openers: Sentence[] | undefined;
  const answeredByForm = (question: Question, c: Coverage): boolean => {
    switch (question.form) {
      case 'generic':
        return doc.bodyWordCount >= 5;
      case 'request':
        return c.matched.length > 0 || replyHas(doc, phrasePattern(phrases(lang).action));
      case 'how':
        return (
          replyHas(doc, URL_RE) ||
          doc.body.some((p) => p.listItems.length > 0) ||
          replyHas(doc, phrasePattern(phrases(lang).instruction))
        );
      case 'why':
        return replyHas(doc, phrasePattern(phrases(lang).reason));
      case 'yes-no':
        openers ??= yesNoOpeners(doc, lang);
        return openers.length > 0 && (yesNoQuestions === 1 || c.matched.length > 0);
      default:
        return false;
    }
  };
  const byWords = parsed.questions.map(({ content }) => {
    const c: Coverage = coverage(content, index);
    const strong = c.matched.filter((w) => w.weight >= 1).length;
    const covered =
      c.ratio === null ||
      c.ratio >= threshold ||
      (strong > 0 && c.ratio >= PARTIAL_ANSWER) ||
      strong >= STRONG_WORDS_ANSWER ||
      answeredBySynonyms(c.missing, doc, synonyms, lang);
    return { c, strong, covered };
  });
  // A reply that says something leaves a question clearly unanswered only when it clearly
  // answers another question of the message in its words (half of them, or two words of
  // weight: one word of a long question may be chance), and names none of the words of this
  // one, which has at least two words of weight (a vaguer one, "Mistähän voisi olla
  // kyse?", is about the whole message), nor a word of weight of the statement before it,
  // which the question may refer to ("Kumpi uutinen pitää paikkansa?"). A reply to a
  // single question, or one that answers in other words than the question's, is taken as
  // answering it (precision first).
  const answersAnother = (i: number) =>
    byWords.some(
      (b, k) =>
        k !== i &&
        b.c.ratio !== null &&
        (b.c.ratio >= threshold || b.strong >= STRONG_WORDS_ANSWER),
    );
  const namesNothingOf = ({ content, context }: ParsedQuestion, c: Coverage) =>
    c.matched.length === 0 &&
    content.filter((w) => w.weight >= 1).length >= STRONG_WORDS_ANSWER &&
    !context.some((w) => w.weight >= 1 && index.has(w));
  return parsed.questions.map((parsedQuestion, i) => {
    const { question } = parsedQuestion;
    const { c, covered } = byWords[i] as (typeof byWords)[number];
    // A request the reply asks back about counts as taken up (the check stays quiet), but
    // the checklist shows nothing as answered by a courtesy alone.
    const takenUp = asksBack ? question.asksToAct : covered || answeredByForm(question, c);
    const answered = clarifying === 'courtesy' ? false : takenUp;
    const unanswered =
      !takenUp &&
      question.marked &&
      (asksBack || (namesNothingOf(parsedQuestion, c) && answersAnother(i)));
    return {
      question: { ...question },
      answered,
      unanswered,
      coverage: c.ratio,
      matched: c.matched.map((w) => w.text),
      missing: c.missing.map((w) => w.text),
    };
  });
}
