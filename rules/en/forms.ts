/**
 * English form generation for one-click fixes: an imperative as a request (Send us →
 * Could you send us), a simple passive in the active voice with the house as the agent
 * (Your order was sent → We sent your order), and "I" ↔ "we". Only the simple patterns
 * are rewritten; anything else gets the check's message without a fix.
 */

import { IRREGULAR_VERBS } from './data/irregular-verbs.ts';
import { englishLexicon } from './lexicon.ts';

export interface Replacement {
  start: number;
  end: number;
  replacement: string;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

interface W {
  start: number;
  end: number;
  text: string;
  lower: string;
}

function wordsOf(text: string): W[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    lower: m[0].toLowerCase().replace('’', "'"),
  }));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const isCapitalised = (s: string) => s.charAt(0) !== s.charAt(0).toLowerCase();

/** The sentence-final punctuation as a question mark: "... receipt." → "... receipt?" */
function asQuestion(tail: string): string {
  const m = /[.!]*(["'’”)\]]*)\s*$/.exec(tail);
  if (!m) return `${tail}?`;
  return `${tail.slice(0, m.index)}?${m[1]}`;
}

/**
 * "Send us the receipt." → "Could you send us the receipt?": one replacement from the
 * imperative verb to the end of the sentence. Null for a negative imperative ("Don't ...").
 */
export function englishRequest(sentence: string, verbStart: number): Replacement | null {
  const verb = wordsOf(sentence.slice(verbStart))[0];
  if (verb?.start !== 0) return null;
  if (/^(do|don't|never|let|let's)$/.test(verb.lower)) return null;
  const atStart = sentence.slice(0, verbStart).trim() === '';
  const modal = isCapitalised(verb.text) || atStart ? 'Could you' : 'could you';
  const rest = sentence.slice(verbStart + verb.end);
  const lowered = verb.text === 'I' ? verb.text : verb.text.toLowerCase();
  return {
    start: verbStart,
    end: sentence.length,
    replacement: `${modal} ${lowered}${asQuestion(rest)}`,
  };
}

// ---------------------------------------------------------------------------------------
// Passive → active

let pastOf: Map<string, string> | undefined;

/** The simple past of a lemma: "send" → "sent", "give" → "gave", "refund" → "refunded". */
function simplePast(lemma: string, participle: string): string {
  if (!pastOf) {
    pastOf = new Map();
    for (const entry of IRREGULAR_VERBS) {
      const [base, past] = entry.split(' ') as [string, string];
      pastOf.set(base, past.split('/')[0] as string);
    }
  }
  return pastOf.get(lemma) ?? participle;
}

/** Words that open a short subject noun phrase: "your order", "the refund", "it". */
const SUBJECT_OPENERS = new Set([
  'the',
  'your',
  'this',
  'that',
  'these',
  'those',
  'a',
  'an',
  'our',
  'my',
  'his',
  'her',
  'their',
  'its',
  'all',
  'both',
]);

const OBJECT_PRONOUN: Readonly<Record<string, string>> = {
  it: 'it',
  they: 'them',
  you: 'you',
  he: 'him',
  she: 'her',
};

const MAX_SUBJECT_WORDS = 5;

/**
 * "Your order was sent" → "We sent your order", "You will be refunded" → "We will refund
 * you", "The invoice has been corrected" → "We have corrected the invoice". The subject must
 * open the sentence (a short noun phrase or a pronoun) and there must be no "by" agent; the
 * replacement covers the subject up to the participle. `agent` is "we" or "I".
 */
export function englishActive(
  sentence: string,
  participleStart: number,
  agent: 'we' | 'I',
): Replacement | null {
  const words = wordsOf(sentence);
  const pi = words.findIndex((w) => w.start === participleStart);
  const part = words[pi];
  if (pi < 2 || !part) return null;
  if (words[pi + 1]?.lower === 'by') return null;
  const lemma = englishLexicon().participleLemma(part.lower);
  if (!lemma) return null;

  let verb: string;
  let ai: number;
  const w1 = words[pi - 1]?.lower;
  const w2 = words[pi - 2]?.lower;
  if (w1 === 'was' || w1 === 'were') {
    verb = simplePast(lemma, part.lower);
    ai = pi - 1;
  } else if (w1 === 'been' && (w2 === 'has' || w2 === 'have' || w2 === 'had')) {
    verb = `${w2 === 'had' ? 'had' : 'have'} ${part.lower}`;
    ai = pi - 2;
  } else if (w1 === 'be' && w2 === 'will') {
    verb = `will ${lemma}`;
    ai = pi - 2;
  } else {
    return null;
  }
  const subject = words.slice(0, ai);
  if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS) return null;
  const first = subject[0] as W;
  // Only words and spaces between the sentence start and the auxiliary.
  if (!/^[\p{L}\p{N}'’\s-]*$/u.test(sentence.slice(0, (words[ai] as W).start))) return null;
  if (sentence.slice(0, first.start).trim() !== '') return null;
  let object: string;
  if (subject.length === 1 && first.lower in OBJECT_PRONOUN) {
    object = OBJECT_PRONOUN[first.lower] as string;
  } else if (SUBJECT_OPENERS.has(first.lower)) {
    const phrase = sentence.slice(first.start, (subject.at(-1) as W).end);
    object = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  } else {
    return null;
  }
  const subjectWord = agent === 'I' ? 'I' : 'We';
  return {
    start: first.start,
    end: part.end,
    replacement: `${subjectWord} ${verb} ${object}`,
  };
}

// ---------------------------------------------------------------------------------------
// I ↔ we

const TO_PLURAL: Readonly<Record<string, string>> = {
  i: 'we',
  me: 'us',
  my: 'our',
  mine: 'ours',
  myself: 'ourselves',
  "i'm": "we're",
  "i've": "we've",
  "i'll": "we'll",
  "i'd": "we'd",
};

const TO_SINGULAR: Readonly<Record<string, string>> = {
  we: 'I',
  us: 'me',
  our: 'my',
  ours: 'mine',
  ourselves: 'myself',
  "we're": "I'm",
  "we've": "I've",
  "we'll": "I'll",
  "we'd": "I'd",
};

const AGREEMENT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  plural: { am: 'are', was: 'were' },
  singular: { are: 'am', were: 'was' },
};

/**
 * The first-person word at [start, end) of `text` in the other number, with a contraction
 * or a following "am"/"was" carried along: "I'm" → "we're", "I was" → "we were", "us" → "me".
 */
export function englishSwitchPerson(
  text: string,
  start: number,
  end: number,
  to: 'singular' | 'plural',
): Replacement | null {
  const m = /^[\p{L}]+(?:['’][\p{L}]+)?/u.exec(text.slice(start));
  if (!m) return null;
  const word = m[0];
  const lower = word.toLowerCase().replace('’', "'");
  const map = to === 'plural' ? TO_PLURAL : TO_SINGULAR;
  let replacement = map[lower];
  if (replacement === undefined) return null;
  const apostrophe = word.includes('’') ? '’' : "'";
  replacement = replacement.replace("'", apostrophe);
  let wordEnd = start + word.length;
  if (wordEnd < end) return null;
  // "I am" → "we are"; "we were" → "I was".
  const next = /^(\s+)([\p{L}]+)/u.exec(text.slice(wordEnd));
  const agreed = next ? AGREEMENT[to]?.[(next[2] as string).toLowerCase()] : undefined;
  if (next && agreed && (lower === 'i' || lower === 'we')) {
    replacement = `${replacement}${next[1]}${agreed}`;
    wordEnd += next[0].length;
  }
  // "I" is capitalised anywhere, so only the position tells whether "we" should be.
  const sentenceStart = /(?:^|[.!?:\n])\s*$/.test(text.slice(0, start));
  const initial = lower === 'i' || lower.startsWith("i'") ? sentenceStart : isCapitalised(word);
  if (initial) replacement = capitalise(replacement);
  return { start, end: wordEnd, replacement };
}
