/**
 * Is the customer upset? A score over the customer's message (quoted earlier messages left
 * out), for the `apology` check and the side panel:
 *
 * | signal                                                        | weight           |
 * |---------------------------------------------------------------|------------------|
 * | a complaint ("pettynyt", "jo kolmas kerta", "unacceptable"), or a pack's own `upsetSignals` phrase; by families: negative evaluation ("such a mess", "huono palvelu", "töykeä"), swearing, sarcasm, worry and despair ("olen huolissani", "pelkään", "I'm done with", "tried everything"), waiting measured in time ("for over two weeks", "kaksi viikkoa sitten eikä vieläkään") or for an answer ("awaiting a reply", "eikä kukaan vastaa"), disbelief ("how is this even legal"), threats to leave, money taken ("ilman lupaani", "give me my money back"), promises broken | +2 each |
 * | a fault reported plainly ("ei toimi", "rikki", "broken", "can't log in"): a language's `malfunction` phrases count +1 in all, however many; so does a complaint that is a fix tried in vain ("still not working", a language's `failedFix` phrases) in a report of over 60 words | +1 |
 * | money at stake ("my money", "money on hold"), a wonder or concern that may be indignation ("miksi ihmeessä", "I'm concerned"), urgency ("ASAP"), and a language's other `fault` phrases | +1 each |
 * | the same problem again ("taas", "vieläkään", "again", "still", "every single time", "5 tries"; not a frequency such as "3-4 kertaa viikossa") | +1 each; at most +1 with no other sign |
 * | a run of "!!" or "???" (or three sentences ending in "!")     | +1 each, max +2  |
 * | a WORD IN CAPITALS (4+ letters, or a short shout such as "WHY?"; not a known acronym or a word that cannot be said, a plea such as "HELP", a bracketed placeholder, a label a screen shows ("shows OFFLINE", a state such as "ONLINE") or one before its colon ("EDIT:"), an @handle or a hashtag; a word repeated counts once, being a term: "send CODE to … so CODE will go"; in a message of over 60 words, only when a tenth of its words are shouted) | +1 each, max +2 |
 * | thanks or delight ("kiitos", "mahtava", "great"), not negated | −1 each, max −2, |
 * |                                                               | offsetting only the two rows above; |
 * |                                                               | all of them when no other sign is there |
 *
 * The customer is upset at `UPSET_THRESHOLD` (2): one complaint is enough; "taas" alone
 * or "Kiitos!!" is not; "MISSÄ PAKETTINI ON!!" (two capitalised words and a run) is.
 */

import { type DraftDocument, parseDocument, type Word } from '../document';
import type { UpsetPhrases } from '../language-phrases';
import { phrasesOf, servicesVersion } from '../languages';
import { compilePhrases } from '../phrases';
import type { Language } from '../types';
import {
  ACRONYMS,
  PLEAS,
  SHORT_SHOUTS,
  STATUS_LABELS,
  WORD_CODAS,
  WORD_ONSETS,
} from './data/upset';
import { blank, blankOutQuotes, matchesIn, phrasePattern, testIn } from './patterns';

export type UpsetSignalKind =
  | 'complaint'
  | 'fault'
  | 'repeat'
  | 'exclamation'
  | 'capitals'
  | 'positive';

export interface UpsetSignal {
  text: string;
  /** Offsets into the customer's message. */
  start: number;
  end: number;
  kind: UpsetSignalKind;
}

export interface UpsetResult {
  upset: boolean;
  score: number;
  /** Every signal found, in text order; `positive` ones lowered the score. */
  signals: UpsetSignal[];
}

export interface UpsetOptions {
  /** Extra complaint phrases (a pack's `apologyWhenUpset.upsetSignals`), weight 2. */
  signals?: readonly string[];
  /** Score at which the customer counts as upset. */
  threshold?: number;
}

export const UPSET_THRESHOLD = 2;

const WEIGHT: Record<UpsetSignalKind, number> = {
  complaint: 2,
  fault: 1,
  repeat: 1,
  exclamation: 1,
  capitals: 1,
  positive: -1,
};
/** Most that exclamation marks, capitals or positive words can each move the score. */
const CAP = 2;
const EXCLAMATION_RUN_RE = /!{2,}|[!?]*\?!+[!?]*|!+\?+[!?]*|\?{3,}/g;
const SINGLE_EXCLAMATION_RE = /!/g;
const MIN_SHOUT_LETTERS = 4;
/** Words past which a message's capitals count only if a tenth of its words are shouted. */
const LONG_MESSAGE_WORDS = 60;
const SHOUTED_SHARE = 10;
const CAPITALS_RE = /^[\p{Lu}'’-]+$/u;
/** A generic noun after a name in capitals: " tasoa", " mode", " Mode", not " MODE". */
const LABEL_NOUN_AFTER_RE =
  /^[ \t]+(?:taso|tila|painik|nappi|napi|näppäin|valikko|valiko|versio|malli|mallin|paketti|paketi|level|mode|button|key|tab|menu|plan|tier|version|setting|option)\p{Ll}*(?![\p{L}])/u;

/** Whether a generic noun, in lower case or capitalised, follows: " mode", " Mode", not " MODE". */
function labelNounAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 20);
  const next = /^[ \t]+\p{L}(\p{L}*)/u.exec(after);
  if (!next || /\p{Lu}/u.test(next[1] ?? '')) return false;
  return LABEL_NOUN_AFTER_RE.test(after.toLowerCase());
}

/**
 * Whether the words around a word in capitals make it a name or a label, not a shout. Asked
 * only of words already in capitals, as it reads the text around them.
 */
function nameOrLabel(text: string, word: Word): boolean {
  return (
    // Before a colon it labels what follows: "EDIT:", "**UPDATE:**".
    /^\**:/.test(text.slice(word.end, word.end + 3)) ||
    // Before a version or a model it names a product: "MIUI 8", "KIMAX BS-U35WF" (not before
    // an amount: "WAITED 3 DAYS").
    MODEL_AFTER_RE.test(text.slice(word.end, word.end + 40)) ||
    // Before a level, a mode or a button it names it: "BASIC tasoa", "HIGH mode", "OK button".
    labelNounAfter(text, word.end) ||
    // Asked about, it is a term: "Mikä on UPDD?", "What is NFC?".
    TERM_ASKED_RE.test(text.slice(Math.max(0, word.start - 30), word.start))
  );
}

/** A question about a term, before it: "Mikä on ", "what is ", "What does ". */
const TERM_ASKED_RE =
  /(?:^|[^\p{L}])(?:mikä|mitä|mitkä|what)(?: on| ovat| tarkoittaa| is| are| does|'s)[ \t]+$/iu;

/** A version or a model after a word, not an amount: " 8 Xiaomi", " BS-U35WF", not " 3 DAYS". */
const MODEL_AFTER_RE =
  /^[ \t]+(?=[\p{L}\p{N}._-]*\p{N})[\p{L}\p{N}._-]+(?![\p{L}\p{N}._-]|[ \t]*(?:days?|hours?|hrs?|weeks?|months?|years?|minutes?|mins?|seconds?|secs?|times|euros?|eur|dollars?|usd|bucks|pounds?|gbp|€|\$|%|orders?|items?|calls?|e-?mails?|messages?|tries|attempts|people)(?![\p{L}]))/iu;

/** "S-PAPP-A", "HCG-B": a code or an acronym with a hyphen, not a shouted word. */
const CODE_RE = /-/u;

/**
 * An error message the customer copies after a label, unquoted, to the end of the line
 * ("Error message: Installation failed!!", "The error I get is: Request failed:
 * unacceptable content-type", "Virheilmoitus: Palvelu ei toimi"): the system's words, not
 * the customer's tone.
 */
const LABELLED_ERROR_RE =
  /(?<![\p{L}\p{N}])(?:error(?: message| code| log(?:on)?)?(?: (?:i|we) (?:get|got|see|saw))?(?: is| was| says| reads)?|it says|it said|(?:displays|shows|reads|returns|outputs|prints)(?: (?:the |this |an? )?(?:error|message|warning))?|virheilmoitu[sk]\p{L}*|virheviesti\p{L}*|ilmoitus|herja)[ \t]*:([^\n]*)/giu;

/** A replacer that keeps a match's head and blanks its last captured part. */
const blankTail = (match: string, tail: string): string =>
  match.slice(0, match.length - tail.length).concat(blank(tail));

function blankOutErrorMessages(text: string): string {
  return text.replace(LABELLED_ERROR_RE, blankTail);
}

/**
 * Capitals that a screen shows, right after a verb of showing ("my printer shows OFFLINE",
 * "it started showing BOOT device not found", "näytöllä lukee VIRHE"): the system's words,
 * like a quoted label, not the customer shouting.
 */
const SCREEN_CAPITALS_RE =
  /(?<![\p{L}])(?:shows?|showing|shown|says|saying|displays?|displaying|reads|reading|states|näyttää|näyttävät|sanoo|lukee|ilmoittaa)[ \t]+["'“]?((?:\p{Lu}[\p{Lu}\p{N}'’_-]*(?:[ \t]+|(?=[^\p{L}\p{N}])|$))+)/gu;

function blankOutScreenCapitals(text: string): string {
  return text.replace(SCREEN_CAPITALS_RE, blankTail);
}

/**
 * A form's placeholder or a note in square brackets ("[TYPE YOUR QUESTION HERE]") is not the
 * customer's tone either.
 */
const BRACKETED_RE = /\[[^\]\n]{0,80}\]/g;

function blankOutBrackets(text: string): string {
  return text.replace(BRACKETED_RE, blank);
}

/**
 * What an issue form or a link writes, not the customer: a link ("…/CODE_OF_CONDUCT.md"), a
 * pasted image's Markdown ("![image](…)", whose "!" is no exclamation), a Markdown heading
 * ("# IMPORTANT", "### What happened?"), a ticked checklist item ("- [x] I have checked
 * the Wiki and found no answer") and a file or package name ("penny.dreadful.s01.e01").
 */
const FORM_TEXT_RE =
  /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}.])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+){2,}|!\[[^\]\n]*\]|^[ \t]*#{1,6}[ \t][^\n]*|^[ \t]*(?:[-*+][ \t]+)?\[[ xX]\][^\n]*/gmu;

function blankOutFormText(text: string): string {
  return text.replace(FORM_TEXT_RE, blank);
}

const VOWELS_RE = /[aeiouyåäöü]/u;
const CONSONANTS_RE = /^[^aeiouyåäöü]+$/u;

/**
 * Whether letters in capitals could be said as a word ("PAID", "NEVER", "MISSÄ") rather than
 * spelt out as an acronym or a product's code ("NVIDIA", "YAML", "NZST", "DDLC", "WWMI"): a
 * vowel, no doubled letter first, and a start and an end that words have (`WORD_ONSETS`,
 * `WORD_CODAS`).
 */
function sayable(letters: string): boolean {
  const w = letters.toLowerCase();
  if (!VOWELS_RE.test(w)) return false;
  const head = w.slice(0, 2);
  const tail = w.slice(-2);
  if (CONSONANTS_RE.test(head) && (head[0] === head[1] || !WORD_ONSETS.has(head))) return false;
  if (CONSONANTS_RE.test(tail) && !WORD_CODAS.has(tail)) return false;
  return true;
}

function overlaps(a: { start: number; end: number }, list: readonly UpsetSignal[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** A language without upset phrases (`LanguagePhrases.upset`) finds none of them. */
const NO_UPSET: UpsetPhrases = {
  complaint: [],
  fault: [],
  repeat: [],
  positive: [],
  negations: new Set(),
  apology: [],
  regret: [],
};

/** The upset phrases of a language, none when it has none. */
export function upsetPhrases(lang: Language): UpsetPhrases {
  return phrasesOf(lang).upset ?? NO_UPSET;
}

/** Whether one of the two words before `start` negates what follows. */
function negatedAt(words: readonly Word[], start: number, negations: ReadonlySet<string>): boolean {
  const index = words.findIndex((w) => w.start >= start);
  const before = words.slice(Math.max(0, index < 0 ? words.length - 2 : index - 2), index);
  return before.some((w) => {
    const lower = w.text.toLowerCase();
    return negations.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t');
  });
}

/**
 * Scores how upset the customer sounds in the body of their message (not in quoted earlier
 * messages, the greeting, the closing or the signature). Pass the pack's
 * `apologyWhenUpset.upsetSignals` as `options.signals`; they extend the built-in lists: a
 * phrase the language's complaints already know ("terrible", "third time") is left to them,
 * so that their exceptions hold ("terrible with names", "every second or third time").
 */
export function upsetScore(text: string, lang: Language, options: UpsetOptions = {}): UpsetResult {
  // The customer's message stays the same while the agent types: reuse the last scores,
  // as long as no language (and so its phrases) changed.
  if (recentVersion !== servicesVersion()) {
    recent.length = 0;
    recentVersion = servicesVersion();
  }
  const hit = recent.find(
    (r) =>
      r.text === text &&
      r.lang === lang &&
      r.signals === options.signals &&
      r.threshold === options.threshold,
  );
  if (hit) return copy(hit.result);
  const result = score(text, lang, options);
  recent.unshift({ text, lang, signals: options.signals, threshold: options.threshold, result });
  if (recent.length > CACHE_SIZE) recent.pop();
  return copy(result);
}

/** A pack's signals that the language's complaint phrases do not already know, per pack. */
const newSignalsOf = new WeakMap<
  readonly string[],
  { lang: Language; version: number; signals: string[] }
>();

function newSignals(
  signals: readonly string[],
  lang: Language,
  phrases: UpsetPhrases,
): readonly string[] {
  const hit = newSignalsOf.get(signals);
  if (hit && hit.lang === lang && hit.version === servicesVersion()) return hit.signals;
  const known = phrasePattern(phrases.complaint);
  const fresh = signals.filter((signal) => !testIn(known, signal));
  newSignalsOf.set(signals, { lang, version: servicesVersion(), signals: fresh });
  return fresh;
}

const copy = (r: UpsetResult): UpsetResult => ({ ...r, signals: r.signals.map((s) => ({ ...s })) });

const CACHE_SIZE = 4;
let recentVersion = -1;
const recent: {
  text: string;
  lang: Language;
  signals: readonly string[] | undefined;
  threshold: number | undefined;
  result: UpsetResult;
}[] = [];

function score(original: string, lang: Language, options: UpsetOptions): UpsetResult {
  // An error message or a code the customer quotes, or copies after "Error:", is not their
  // tone: "An error occurred, please try again later" says nothing of them; nor is a link,
  // what an issue form wrote, or capitals a screen shows.
  const text = blankOutScreenCapitals(
    blankOutBrackets(blankOutFormText(blankOutErrorMessages(blankOutQuotes(original)))),
  );
  const phrases = upsetPhrases(lang);
  const doc: DraftDocument = parseDocument(text);
  const signals: UpsetSignal[] = [];
  const add = (found: { start: number; end: number; text: string }, kind: UpsetSignalKind) => {
    if (!overlaps(found, signals)) signals.push({ ...found, kind });
  };

  // Longest, strongest first, so "ei ole vieläkään tullut" is one complaint, not a repeat.
  // The body only: "Best regards" in the customer's closing is not delight.
  const blocks = doc.body;
  const words = blocks.flatMap((b) => b.words);
  for (const block of blocks) {
    for (const m of matchesIn(phrasePattern(phrases.complaint), text, block.start, block.end)) {
      add(m, 'complaint');
    }
  }
  const extra = options.signals && newSignals(options.signals, lang, phrases);
  if (extra && extra.length > 0) {
    const matcher = compilePhrases(extra);
    for (let i = 0; i < words.length; ) {
      const match = matcher.matchAt(words, i);
      if (!match) {
        i++;
        continue;
      }
      const first = words[i] as Word;
      const last = words[i + match.length - 1] as Word;
      add(
        { start: first.start, end: last.end, text: text.slice(first.start, last.end) },
        'complaint',
      );
      i += match.length;
    }
  }
  // Malfunctions first, so that one also worded as a stake stays a malfunction.
  const malfunctions = new Set<UpsetSignal>();
  // (A language without the list skips it: a fresh `[]` each call would be a new key of the
  // pattern cache, compiled and kept every time.)
  const malfunction = phrases.malfunction;
  if (malfunction) {
    for (const block of blocks) {
      for (const m of matchesIn(phrasePattern(malfunction), text, block.start, block.end)) {
        const before = signals.length;
        add(m, 'fault');
        if (signals.length > before) malfunctions.add(signals[before] as UpsetSignal);
      }
    }
  }
  // In a long report, "still not working" after the steps tried is the fault persisting.
  const failedFix = phrases.failedFix;
  if (failedFix && words.length > LONG_MESSAGE_WORDS) {
    const re = phrasePattern(failedFix);
    for (const s of signals) {
      if (s.kind !== 'complaint') continue;
      if (matchesIn(re, s.text).some((m) => m.start === 0 && m.end === s.text.length)) {
        s.kind = 'fault';
        malfunctions.add(s);
      }
    }
  }
  for (const block of blocks) {
    for (const m of matchesIn(phrasePattern(phrases.fault), text, block.start, block.end)) {
      add(m, 'fault');
    }
  }
  for (const block of blocks) {
    for (const m of matchesIn(phrasePattern(phrases.repeat), text, block.start, block.end)) {
      add(m, 'repeat');
    }
    for (const m of matchesIn(phrasePattern(phrases.positive), text, block.start, block.end)) {
      if (!negatedAt(words, m.start, phrases.negations)) add(m, 'positive');
    }
    const runs = matchesIn(EXCLAMATION_RUN_RE, text, block.start, block.end);
    for (const m of runs) add(m, 'exclamation');
    if (runs.length === 0) {
      const singles = matchesIn(SINGLE_EXCLAMATION_RE, text, block.start, block.end);
      const third = singles[2];
      if (third) add(third, 'exclamation');
    }
  }
  const shouted = new Set<string>();
  const shouts: Word[] = [];
  for (const word of words) {
    // An @handle or a hashtag names an account or a topic: "@ASKPAYPAL", "#BLACKFRIDAY".
    if (word.start > 0 && /[@#]/.test(text[word.start - 1] ?? '')) continue;
    const letters = word.text.replace(/[^\p{L}]/gu, '');
    // A short word shouted as a question or an exclamation counts too: "WHY?", "NOW!".
    const shortShout =
      letters.length === 3 &&
      SHORT_SHOUTS.has(letters.toUpperCase()) &&
      /^\s*[?!]/.test(text.slice(word.end, word.end + 2));
    if (
      (letters.length >= MIN_SHOUT_LETTERS || shortShout) &&
      CAPITALS_RE.test(word.text) &&
      !CODE_RE.test(word.text) &&
      !ACRONYMS.has(word.text.toUpperCase()) &&
      !STATUS_LABELS.has(letters.toUpperCase()) &&
      !PLEAS.has(letters.toUpperCase()) &&
      (shortShout || sayable(letters)) &&
      !shouted.has(letters) &&
      !nameOrLabel(text, word)
    ) {
      shouted.add(letters);
      shouts.push(word);
    }
  }
  // In a long message a word in capitals is a name or a label of the screen ("CUPS 2.2.12",
  // "Minolta DIMAGE SCAN DUAL"), unless the writer shouts much of it.
  if (words.length <= LONG_MESSAGE_WORDS || shouts.length * SHOUTED_SHARE >= words.length) {
    for (const word of shouts) add(word, 'capitals');
  }

  signals.sort((a, b) => a.start - b.start);
  const totals: Record<UpsetSignalKind, number> = {
    complaint: 0,
    fault: 0,
    repeat: 0,
    exclamation: 0,
    capitals: 0,
    positive: 0,
  };
  // Malfunctions, however many, are one plain report ("I can't log in and I can't get
  // access to the market place"): they count once.
  for (const s of signals) if (!malfunctions.has(s)) totals[s.kind] += WEIGHT[s.kind];
  // A fault sign other than a malfunction (a wonder, money at stake, urgency).
  const otherFault = totals.fault > 0;
  if (malfunctions.size > 0) totals.fault += WEIGHT.fault;
  // Delight only tempers the tone marks: "Olen pettynyt. Kiitos." is still a complaint.
  // Delight with nothing to complain of shouts for joy: "YOU ARE THE BEST!!! THANK YOU!!!".
  const delightOnly =
    totals.positive < 0 && totals.complaint === 0 && totals.fault === 0 && totals.repeat === 0;
  const tone = delightOnly
    ? 0
    : Math.min(totals.exclamation, CAP) +
      Math.min(totals.capitals, CAP) +
      Math.max(totals.positive, -CAP);
  // "Again" amplifies a complaint, an angry tone or another sign ("Miten ihmeessä … kahdesti?",
  // money at stake). Beside a malfunction only ("the sunroof jams again", "ei toimi taas") or
  // on its own ("jatkuvasti … taas", "every time I open it") it says how often something
  // happens: a report of a recurring fault, which is not yet upset.
  const repeat = totals.complaint + Math.max(0, tone) > 0 || otherFault ? totals.repeat : 0;
  const score = totals.complaint + totals.fault + repeat + Math.max(0, tone);
  return { upset: score >= (options.threshold ?? UPSET_THRESHOLD), score, signals };
}
