/**
 * The document model of a reply draft: blocks (greeting, body paragraphs, closing,
 * signature), list items, sentences and words, each with UTF-16 offsets into the draft.
 *
 * It runs on every keystroke, so it works on offsets and sticky regular expressions instead
 * of copying the draft character by character; the only strings it creates are the `text`
 * of each span. Block parsing (`parseBlock`) depends only on the block's own text and its
 * offset, so an incremental re-check can re-parse just the blocks that changed.
 */

import { phraseSource } from './context/patterns';
import {
  CLOSING_PATTERNS,
  CLOSING_PHRASES,
  GREETING_PHRASES,
  GREETING_PREFIXES_NEEDING_NAME,
  NON_FINAL_ABBREVIATIONS,
  QUOTE_ATTRIBUTION_PATTERNS,
  SIGN_OFF_WORDS,
  WISH_WORDS,
} from './data/document-words';

/** A range of the draft, end exclusive, with `text === draft.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type Word = TextSpan;

export type ListKind = 'numbered' | 'bulleted';

export interface ListItem extends TextSpan {
  kind: ListKind;
  /** The marker itself: "1.", "2)", "-", "*", "•". */
  marker: TextSpan;
  /** The number of a numbered item, null for a bullet. */
  number: number | null;
}

export interface Sentence extends TextSpan {
  words: Word[];
  /** The list item this sentence belongs to, if any. */
  listItem: ListItem | null;
}

/** What part of the reply a block is; checks pick the roles they judge. */
export type BlockRole = 'greeting' | 'body' | 'closing' | 'signature';

/** A block of the reply: a paragraph of the body, or the greeting, closing or signature. */
export interface Paragraph extends TextSpan {
  role: BlockRole;
  sentences: Sentence[];
  words: Word[];
  listItems: ListItem[];
}

export interface Greeting extends TextSpan {
  /** The salutation itself: "Hei", "Hyvä asiakas", "Hello". */
  phrase: TextSpan;
  /** The name after the salutation, if any: "Maija" in "Hei Maija,". */
  name: TextSpan | null;
}

export interface Closing extends TextSpan {
  /** The closing phrase: "Ystävällisin terveisin", "Best regards". */
  phrase: TextSpan;
  /** The name (and title, company...) signed under or after the phrase, if any. */
  name: TextSpan | null;
}

export interface DraftDocument {
  text: string;
  /** Every block outside quoted text, in order. */
  paragraphs: Paragraph[];
  /** The blocks with role `body`. */
  body: Paragraph[];
  greeting: Greeting | null;
  closing: Closing | null;
  /** The block after a "-- " signature separator. */
  signature: Paragraph | null;
  /** Quoted earlier messages, excluded from every other span. */
  quoted: TextSpan[];
  /** Words of every block, in order. */
  words: Word[];
  /** Number of words in body blocks. */
  bodyWordCount: number;
}

export interface ParseOptions {
  /** Extra salutations to recognise (a pack's accepted greetings). */
  greetingPhrases?: readonly string[];
  /** Extra closing phrases to recognise (a pack's accepted closings). */
  closingPhrases?: readonly string[];
}

// ---------------------------------------------------------------------------------------
// Character classes. Sticky (`y`) expressions are tested at an offset without slicing.

/** A sentence end (with closing quotes or brackets) before whitespace, or a line break. */
const BOUNDARY_RE = /[.!?…]+[)\]"'’”»]*(?=\s|$)|\r\n?|\n/g;
const LOWERCASE_Y = /\p{Ll}/uy;
const UPPERCASE_Y = /\p{Lu}/uy;
const LETTER_Y = /\p{L}/uy;
const WORD_START_Y = /[\p{L}\p{N}]/uy;
const WORD_PART_Y = /[\p{L}\p{M}\p{N}]/uy;
const LIST_MARKER_Y = /[ \t]*(?:(\d{1,3})[.)]|([-*•–]))[ \t]+(?=\S)/y;
/**
 * A capitalised name of two letters or more ("I" is not a name: "Hi I have..."), a title
 * ("Mr.", "Dr."), a handle ("@maija"), an agent's initials or name after a mark ("^RK",
 * "/KK", "-Emilia"), a blank to fill in ("Dear ____,"), or a template variable standing for
 * a name ("Hei [NIMI],", "Hello {{customer.firstName}},").
 */
const NAME_Y =
  /(?:[ \t]+|(?=\^))((?:Mr|Mrs|Ms|Mx|Dr|Prof)\.|\p{Lu}[\p{L}\p{M}\p{N}_'’-]+|[\^/*~-]\p{Lu}[\p{L}\p{M}]*|@[\p{L}\p{N}_.-]*[\p{L}\p{N}_]|_{2,}|\{\{[^{}\n]{1,80}\}\}|\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>)/uy;
/** A user name in lower case, right before the greeting's comma or "!": "Hei piippu!". */
const LOWER_NAME_Y = /[ \t]+(\p{Ll}[\p{L}\p{M}\p{N}_.-]*)(?=[ \t]*[,!])/uy;
/** Handles a reply opens with before its salutation: "@maija Hei, …" (Twitter, GitHub). */
const LEADING_HANDLES_Y = /(?:@[\p{L}\p{N}_.-]+[ \t]+)+/uy;
const PUNCT_Y = /[ \t]*[,!.]/y;
const SIGNATURE_SEPARATOR_RE = /^--[ \t]?$/;

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000
  );
}

function testAt(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}

function skipSpace(text: string, pos: number, end: number): number {
  while (pos < end && isSpaceCode(text.charCodeAt(pos))) pos++;
  return pos;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

// ---------------------------------------------------------------------------------------
// Lines

interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character, before the line break. */
  end: number;
  /** First and last non-whitespace characters; contentStart === contentEnd for a blank line. */
  contentStart: number;
  contentEnd: number;
}

/**
 * The lines of [start, end). Line breaks are found with indexOf, which is an order of
 * magnitude faster than a regular expression or a loop over charCodeAt, and this runs over
 * the whole draft on every keystroke.
 */
function splitLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  let lf = text.indexOf('\n', start);
  let cr = text.indexOf('\r', start);
  for (;;) {
    if (lf >= 0 && lf < lineStart) lf = text.indexOf('\n', lineStart);
    if (cr >= 0 && cr < lineStart) cr = text.indexOf('\r', lineStart);
    const next = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
    const lineEnd = next >= 0 && next < end ? next : end;
    const contentStart = skipSpace(text, lineStart, lineEnd);
    lines.push({
      start: lineStart,
      end: lineEnd,
      contentStart,
      contentEnd: trimEnd(text, contentStart, lineEnd),
    });
    if (next < 0 || next >= end) break;
    // "\r\n" is one break; a lone "\r" or "\n" is one too.
    lineStart = next === cr && lf === cr + 1 ? cr + 2 : next + 1;
  }
  return lines;
}

function isBlank(line: Line): boolean {
  return line.contentStart === line.contentEnd;
}

function isQuotedLine(text: string, line: Line): boolean {
  return !isBlank(line) && text.charCodeAt(line.contentStart) === 62 /* > */;
}

function lineText(text: string, line: Line): string {
  return text.slice(line.contentStart, line.contentEnd);
}

/**
 * Index of the line that starts a quoted earlier message, or -1. Gmail wraps a long
 * attribution over two lines ("On Mon, ... Maija <" / "m@x.fi> wrote:"), so a line ending
 * an attribution is also tried together with the line before it.
 */
function findQuoteCut(text: string, lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isBlank(line)) continue;
    const last = text.charCodeAt(line.contentEnd - 1);
    // Every attribution ends in ":" or "-"; testing that first keeps this cheap.
    if (last !== 58 && last !== 45) continue;
    const own = lineText(text, line);
    if (QUOTE_ATTRIBUTION_PATTERNS.some((re) => re.test(own))) return i;
    const prev = lines[i - 1];
    if (prev && !isBlank(prev)) {
      const joined = `${lineText(text, prev)} ${own}`;
      if (QUOTE_ATTRIBUTION_PATTERNS.some((re) => re.test(joined))) return i - 1;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------------------
// Phrase matching

const phraseRegexCache = new Map<string, RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One sticky, case-insensitive expression for a list of phrases, longest first so that
 * "hyvää päivää" wins over "päivää", and then any `patterns` (regular-expression sources). Case is folded by the expression, never by
 * lower-casing the draft, because lower-casing can change a string's length and so its
 * offsets.
 */
function phraseRegex(phrases: readonly string[], patterns: readonly string[] = []): RegExp {
  const key = [...phrases, ...patterns].join('\u0000');
  let re = phraseRegexCache.get(key);
  if (!re) {
    const alternatives = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.split(/\s+/).map(escapeRegExp).join('\\s+'));
    alternatives.push(...patterns);
    re = new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iuy');
    phraseRegexCache.set(key, re);
  }
  return re;
}

function matchPhrase(re: RegExp, text: string, pos: number, end: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && m.index + m[0].length <= end ? m.index + m[0].length : -1;
}

function normalisePhrase(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/** Capitalised words after a salutation or closing phrase, up to `max`. */
function matchNames(
  text: string,
  pos: number,
  end: number,
  max: number,
): { start: number; end: number; count: number } {
  let start = -1;
  let count = 0;
  let cursor = pos;
  while (count < max) {
    NAME_Y.lastIndex = cursor;
    const m = NAME_Y.exec(text);
    if (!m || NAME_Y.lastIndex > end) break;
    if (start < 0) start = NAME_Y.lastIndex - (m[1] as string).length;
    cursor = NAME_Y.lastIndex;
    count++;
  }
  return { start, end: cursor, count };
}

interface GreetingMatch {
  greeting: Greeting;
  /** Where the rest of the greeting's line starts, or the line end when nothing follows. */
  restStart: number;
}

function matchGreeting(
  text: string,
  line: Line,
  re: RegExp,
  needsName: ReadonlySet<string>,
): GreetingMatch | null {
  let start = line.contentStart;
  if (testAt(LEADING_HANDLES_Y, text, start)) start = LEADING_HANDLES_Y.lastIndex;
  const phraseEnd = matchPhrase(re, text, start, line.contentEnd);
  if (phraseEnd < 0) return null;
  const phraseText = normalisePhrase(text.slice(start, phraseEnd));
  let names = matchNames(text, phraseEnd, line.contentEnd, 4);
  if (names.count === 0 && !needsName.has(phraseText) && testAt(LOWER_NAME_Y, text, phraseEnd)) {
    names = {
      start:
        LOWER_NAME_Y.lastIndex -
        (/\S+$/.exec(text.slice(phraseEnd, LOWER_NAME_Y.lastIndex))?.[0].length ?? 0),
      end: LOWER_NAME_Y.lastIndex,
      count: 1,
    };
  }
  if (names.count === 0 && needsName.has(phraseText)) {
    // "Hyvä 2-vuotiaan äiti", "Dear hiring manager,": the asker named by a role, one to
    // three words that fill the salutation's line (not "Hyvä kysymys!", a comment).
    const role = ADDRESSEE_ROLE_RE.exec(text.slice(phraseEnd, line.contentEnd));
    if (!role) return null;
    const roleEnd = phraseEnd + role[0].trimEnd().length;
    return {
      greeting: { ...span(text, start, roleEnd), phrase: span(text, start, phraseEnd), name: null },
      restStart: line.contentEnd,
    };
  }
  let end = names.end;
  const hasPunct = testAt(PUNCT_Y, text, end);
  if (hasPunct) end = PUNCT_Y.lastIndex;
  const restStart = skipSpace(text, end, line.contentEnd);
  const atLineEnd = restStart >= line.contentEnd;
  // Without punctuation the greeting must fill its line or go on in lower case ("Hei ja
  // kiitos...", "Hei Maija kiitos..."); a capital after it means the salutation word began
  // an ordinary sentence ("Hi I have checked...", "Hyvää päivää Te toivotte...").
  if (!hasPunct && !atLineEnd && !testAt(LOWERCASE_Y, text, restStart)) {
    return null;
  }
  const phrase = span(text, start, phraseEnd);
  return {
    greeting: {
      ...span(text, start, end),
      phrase,
      name: names.count > 0 ? span(text, names.start, names.end) : null,
    },
    restStart,
  };
}

/** One to three words that fill a line after "Hyvä"/"Dear", with an optional comma. */
const ADDRESSEE_ROLE_RE = /^(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}-]*){1,3}[ \t]*,?[ \t]*$/u;

/** What may separate a closing phrase from a name or team on its line: "Thanks, the ACME team". */
const CLOSING_SEPARATOR_Y = /[ \t]*(?:[,/|–—]|-(?=[ \t]))[ \t]*/y;
/** Sentence-final punctuation at the end of a line: such a line is text, not a signature. */
const SENTENCE_END_RE = /[.!?:][)\]"'’”»]*$/;
/** Longest name, team or title written on the closing line after the phrase. */
const MAX_CLOSING_REST = 60;
const MAX_CLOSING_REST_WORDS = 6;

/** Whether text[start, end) reads as a name, team or title rather than a sentence. */
function isSignatureText(text: string, start: number, end: number): boolean {
  if (end - start > MAX_CLOSING_REST) return false;
  const rest = text.slice(start, end);
  if (SENTENCE_END_RE.test(rest) && !/^\S+$/.test(rest)) return false;
  return rest.split(/\s+/).length <= MAX_CLOSING_REST_WORDS;
}

/**
 * A closing line: the phrase, optional punctuation and optional names; or the phrase, a
 * separator ("Thanks, the ACME team", "Terveisin / Med vänlig hälsning") or a sign-off word
 * ("Terveisin asiakaspalvelu") and a short rest that is no sentence.
 */
function matchClosingLine(
  text: string,
  line: { contentStart: number; contentEnd: number },
  re: RegExp,
  signOff: RegExp,
): { phrase: TextSpan; name: TextSpan | null } | null {
  const phraseEnd = matchPhrase(re, text, line.contentStart, line.contentEnd);
  if (phraseEnd < 0) return matchWish(text, line);
  const phrase = span(text, line.contentStart, phraseEnd);
  let pos = testAt(PUNCT_Y, text, phraseEnd) ? PUNCT_Y.lastIndex : phraseEnd;
  const names = matchNames(text, pos, line.contentEnd, 4);
  pos = names.end;
  if (names.count > 0 && testAt(PUNCT_Y, text, pos)) pos = PUNCT_Y.lastIndex;
  if (skipSpace(text, pos, line.contentEnd) >= line.contentEnd) {
    return { phrase, name: names.count > 0 ? span(text, names.start, names.end) : null };
  }
  // A team or a second-language closing after a separator, or any short name after a
  // sign-off word that cannot start a sentence ("Terveisin asiakaspalvelu").
  let restStart = -1;
  if (testAt(CLOSING_SEPARATOR_Y, text, phraseEnd)) restStart = CLOSING_SEPARATOR_Y.lastIndex;
  else if (signOff.test(phrase.text)) restStart = skipSpace(text, phraseEnd, line.contentEnd);
  if (restStart < 0 || restStart >= line.contentEnd) return matchWish(text, line);
  if (!isSignatureText(text, restStart, line.contentEnd)) return matchWish(text, line);
  return { phrase, name: span(text, restStart, line.contentEnd) };
}

const WISH_Y = new RegExp(
  `(?:${WISH_WORDS.map(phraseSource).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'iuy',
);
const MAX_WISH_WORDS = 8;

/**
 * A wish alone on its line (or after the last sentence), ending in "!" or in no mark at
 * all: "Onnea sopivan koulutuksen etsintään!", "Antoisaa opiskelua".
 */
function matchWish(
  text: string,
  line: { contentStart: number; contentEnd: number },
): { phrase: TextSpan; name: TextSpan | null } | null {
  const bang = text.charCodeAt(line.contentEnd - 1) === 33; /* ! */
  if (!bang && !testAt(LETTER_Y, text, line.contentEnd - 1)) return null;
  if (!testAt(WISH_Y, text, line.contentStart)) return null;
  const wish = text.slice(line.contentStart, line.contentEnd - (bang ? 1 : 0));
  if (/[.?!]/.test(wish) || wish.split(/\s+/).length > MAX_WISH_WORDS) return null;
  const end = trimEnd(text, line.contentStart, line.contentEnd - (bang ? 1 : 0));
  return { phrase: span(text, line.contentStart, end), name: null };
}

/**
 * Lines after a closing phrase that still look like a signature: a name, a title, a team,
 * an address, a phone number, a web address. A longer line, or one that ends a sentence of
 * several words, is the reply's text.
 */
const MAX_SIGNATURE_LINES = 10;
const MAX_SIGNATURE_LINE_LENGTH = 80;
const MAX_SIGNATURE_SENTENCE_WORDS = 3;

function isSignatureLine(text: string, line: Line): boolean {
  if (line.contentEnd - line.contentStart > MAX_SIGNATURE_LINE_LENGTH) return false;
  const content = lineText(text, line);
  if (!SENTENCE_END_RE.test(content)) return true;
  return content.split(/\s+/).length <= MAX_SIGNATURE_SENTENCE_WORDS;
}

/**
 * Where a sentence ends inside a line: what a sign-off on the same line follows. A pasted
 * link ends its sentence without a stop too: "… see https://… Thanks! ^RR".
 */
const SENTENCE_BREAK_RE =
  /[.!?…]+[)\]"'’”»]*[ \t\u00a0]+|(?<=(?:https?:\/\/|www\.)[^\s]*)[ \t\u00a0]+/g;

function findClosing(
  text: string,
  lines: Line[],
  from: number,
  to: number,
  re: RegExp,
  signOff: RegExp,
  /** The first written line, searched only for a sign-off after a sentence on it. */
  firstLine: number,
  /** Where such a sign-off may start at the earliest (after the greeting). */
  minStart: number,
): { index: number; closing: Closing } | null {
  let after = 0;
  const lowest = firstLine >= 0 ? Math.min(from, firstLine) : from;
  for (let i = to - 1; i >= lowest; i--) {
    const line = lines[i] as Line;
    if (isBlank(line) || isQuotedLine(text, line)) continue;
    if (i < from) {
      // The greeting's (or the only) line: "Hi there, … Thanks! ^RK".
      if (after > 0) return null;
      const inline = matchInlineClosing(text, line, re, signOff, minStart);
      return inline ? { index: i, closing: inline } : null;
    }
    const match = matchClosingLine(text, line, re, signOff);
    if (match) {
      const end =
        after > 0 ? (lastContentLine(text, lines, i + 1, to) as Line).contentEnd : line.contentEnd;
      const below = after > 0 ? firstContentLine(text, lines, i + 1, to) : null;
      const nameStart = match.name?.start ?? below?.contentStart;
      return {
        index: i,
        closing: {
          ...span(text, line.contentStart, end),
          phrase: match.phrase,
          name: nameStart === undefined ? null : span(text, nameStart, end),
        },
      };
    }
    if (after === 0) {
      // A sign-off after the last sentence on the same line: "… lähetetty. Terveisin Matti".
      const inline = matchInlineClosing(text, line, re, signOff, minStart);
      if (inline) return { index: i, closing: inline };
    }
    if (!isSignatureLine(text, line)) return null;
    after++;
    if (after > MAX_SIGNATURE_LINES) return null;
  }
  return null;
}

/**
 * A closing that starts after a sentence end on the reply's last line: "… lähetetty.
 * Terveisin Matti", "… more info. Thanks. ^RK", "… Paper docs? Thanks!".
 */
function matchInlineClosing(
  text: string,
  line: Line,
  re: RegExp,
  signOff: RegExp,
  minStart: number,
): Closing | null {
  // Only a sign-off short enough to be one: start looking near the line's end, so a long
  // last paragraph is not scanned on every keystroke.
  const window = MAX_CLOSING_REST + 30;
  SENTENCE_BREAK_RE.lastIndex = Math.max(line.contentStart, minStart, line.contentEnd - window - 8);
  let m = SENTENCE_BREAK_RE.exec(text);
  while (m && m.index < line.contentEnd) {
    const start = m.index + m[0].length;
    if (start >= line.contentEnd) break;
    if (line.contentEnd - start <= window) {
      const match = matchClosingLine(
        text,
        { contentStart: start, contentEnd: line.contentEnd },
        re,
        signOff,
      );
      if (match) {
        return { ...span(text, start, line.contentEnd), phrase: match.phrase, name: match.name };
      }
    }
    m = SENTENCE_BREAK_RE.exec(text);
  }
  return null;
}

function firstContentLine(text: string, lines: Line[], from: number, to: number): Line | null {
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (!isBlank(line) && !isQuotedLine(text, line)) return line;
  }
  return null;
}

function lastContentLine(text: string, lines: Line[], from: number, to: number): Line | null {
  for (let i = to - 1; i >= from; i--) {
    const line = lines[i] as Line;
    if (!isBlank(line) && !isQuotedLine(text, line)) return line;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Blocks: list items, sentences, words

/**
 * Whether the full stop at `dot` follows an abbreviation or an initial, so that it does not
 * end the sentence ("esim. Helsinki", "Mr. Smith", "J. Smith").
 */
function isNonFinalDot(text: string, dot: number, sentenceStart: number): boolean {
  let k = dot;
  while (k > sentenceStart) {
    const c = text.charCodeAt(k - 1);
    const isAsciiLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const isLatin1Letter = c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
    if (!(isAsciiLetter || isLatin1Letter || c === 46)) break;
    k--;
  }
  if (k === dot || (k > sentenceStart && testAt(LETTER_Y, text, k - 1))) return false;
  // "EKG:n.", "HUS:sta.": an ending after a colon inflects an acronym; it is no "n." (noin).
  if (k > sentenceStart && text.charCodeAt(k - 1) === 58) return false;
  const token = text.slice(k, dot);
  if (token.length === 1 && testAt(UPPERCASE_Y, text, k)) return true;
  return NON_FINAL_ABBREVIATIONS.has(token.replace(/^\.+/, '').toLowerCase());
}

// Words
//
// A word is letters and digits (\p{L}\p{N}) with combining marks inside (\p{M}, so "é"
// written as e + U+0301 is one word), joined by an apostrophe, a hyphen or a Finnish case
// colon ("don't", "re-check", "EU:n"), or by a decimal separator between digits ("1,5").
// Emoji are neither letters nor marks, so they separate words. The scanner below does this
// with a lookup table for Latin script and falls back to Unicode property tests only for
// other characters: it is about three times as fast as the equivalent regular expression,
// and it runs on every keystroke.

const LATIN_LIMIT = 0x250;
/** 1 for a letter or digit below LATIN_LIMIT. */
const LATIN_WORD_CHAR = new Uint8Array(LATIN_LIMIT);
for (let c = 0; c < LATIN_LIMIT; c++) {
  LATIN_WORD_CHAR[c] = testAt(WORD_START_Y, String.fromCharCode(c), 0) ? 1 : 0;
}

function isWordStart(text: string, i: number, c: number): boolean {
  return c < LATIN_LIMIT ? LATIN_WORD_CHAR[c] === 1 : testAt(WORD_START_Y, text, i);
}

function isWordPart(text: string, i: number, c: number): boolean {
  if (c < LATIN_LIMIT) return LATIN_WORD_CHAR[c] === 1;
  if (c >= 0x300 && c < 0x370) return true; // combining diacritical marks
  return testAt(WORD_PART_Y, text, i);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether the character at i joins the word parts around it. */
function isJoiner(text: string, i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const c = text.charCodeAt(i);
  const joins =
    c === 39 /* ' */ ||
    c === 0x2019 /* ’ */ ||
    c === 45 /* - */ ||
    c === 0x2010 /* ‐ */ ||
    c === 58 /* : */ ||
    ((c === 46 || c === 44) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
  return joins && isWordStart(text, i + 1, text.charCodeAt(i + 1));
}

/** Width in UTF-16 units of the character starting with code unit c. */
function width(c: number): number {
  return c >= 0xd800 && c < 0xdc00 ? 2 : 1;
}

function collectWords(text: string, start: number, end: number, into: Word[]): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordStart(text, i, c)) {
      i += width(c);
      continue;
    }
    const wordStart = i;
    i += width(c);
    for (;;) {
      while (i < end) {
        const d = text.charCodeAt(i);
        if (!isWordPart(text, i, d)) break;
        i += width(d);
      }
      if (!isJoiner(text, i, end)) break;
      i++;
    }
    const word: Word = { start: wordStart, end: i, text: text.slice(wordStart, i) };
    words.push(word);
    into.push(word);
  }
  return words;
}

/**
 * Splits [start, end) into sentences. A line break ends a sentence unless the next line
 * goes on in lower case (a hard-wrapped sentence); a full stop, "!", "?" or "…" ends one
 * unless a lower-case word follows or it closes an abbreviation.
 */
function splitSentences(
  text: string,
  start: number,
  end: number,
  listItem: ListItem | null,
  sentences: Sentence[],
  words: Word[],
): void {
  let sentenceStart = skipSpace(text, start, end);
  const push = (sentenceEnd: number) => {
    const trimmed = trimEnd(text, sentenceStart, sentenceEnd);
    if (trimmed <= sentenceStart) return;
    sentences.push({
      start: sentenceStart,
      end: trimmed,
      text: text.slice(sentenceStart, trimmed),
      words: collectWords(text, sentenceStart, trimmed, words),
      listItem,
    });
  };
  BOUNDARY_RE.lastIndex = sentenceStart;
  for (;;) {
    const m = BOUNDARY_RE.exec(text);
    if (!m || m.index >= end) break;
    const c = m[0].charCodeAt(0);
    const isBreak = c === 10 || c === 13;
    const boundaryEnd = isBreak ? m.index : Math.min(m.index + m[0].length, end);
    const next = skipSpace(text, m.index + m[0].length, end);
    if (next >= end) break;
    if (testAt(LOWERCASE_Y, text, next)) continue;
    if (!isBreak && m[0] === '.' && isNonFinalDot(text, m.index, sentenceStart)) continue;
    push(boundaryEnd);
    sentenceStart = next;
    BOUNDARY_RE.lastIndex = next;
  }
  push(end);
}

function matchListMarker(text: string, line: Line): ListItem | null {
  LIST_MARKER_Y.lastIndex = line.start;
  const m = LIST_MARKER_Y.exec(text);
  if (!m || LIST_MARKER_Y.lastIndex > line.end) return null;
  const markerStart = line.contentStart;
  const markerEnd = trimEnd(text, markerStart, LIST_MARKER_Y.lastIndex);
  return {
    ...span(text, markerStart, line.contentEnd),
    kind: m[1] === undefined ? 'bulleted' : 'numbered',
    marker: span(text, markerStart, markerEnd),
    number: m[1] === undefined ? null : Number(m[1]),
  };
}

/**
 * Parses one block. A pure function of `text.slice(start, end)` and `start`: offsets are
 * absolute, and nothing outside the range is read, so an incremental parser can reuse the
 * result for an unchanged block (shifting its offsets) and re-parse only edited ones.
 */
export function parseBlock(text: string, start: number, end: number, role: BlockRole): Paragraph {
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  const listItems: ListItem[] = [];
  const lines = splitLines(text, start, end);

  // A unit is a run of lines split into sentences together: one list item (with its
  // indented continuation lines) or a run of ordinary lines.
  let unitStart = -1;
  let unitEnd = -1;
  let unitItem: ListItem | null = null;
  const flush = () => {
    if (unitStart < 0) return;
    if (unitItem) {
      unitItem.end = unitEnd;
      unitItem.text = text.slice(unitItem.start, unitEnd);
    }
    splitSentences(text, unitStart, unitEnd, unitItem, sentences, words);
    unitStart = -1;
  };
  for (const line of lines) {
    if (isBlank(line)) continue;
    const item = role === 'body' ? matchListMarker(text, line) : null;
    if (item) {
      flush();
      listItems.push(item);
      unitItem = item;
      unitStart = item.marker.end;
    } else if (unitStart < 0 || (unitItem && line.contentStart === line.start)) {
      // An unindented line after a list item starts ordinary text again.
      flush();
      unitItem = null;
      unitStart = line.contentStart;
    }
    unitEnd = line.contentEnd;
  }
  flush();
  return { start, end, text: text.slice(start, end), role, sentences, words, listItems };
}

// ---------------------------------------------------------------------------------------
// The whole draft

/** Runs of non-blank, unquoted lines in lines[from, to), as ranges of their content. */
function paragraphRanges(
  text: string,
  lines: Line[],
  from: number,
  to: number,
  role: BlockRole,
): BlockRange[] {
  const ranges: BlockRange[] = [];
  let current: BlockRange | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (isBlank(line) || isQuotedLine(text, line)) {
      current = null;
      continue;
    }
    if (current) current.end = line.contentEnd;
    else {
      current = { start: line.contentStart, end: line.contentEnd, role };
      ranges.push(current);
    }
  }
  return ranges;
}

function quotedSpans(text: string, lines: Line[], cut: number): TextSpan[] {
  const spans: TextSpan[] = [];
  const limit = cut < 0 ? lines.length : cut;
  let previousQuoted = false;
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as Line;
    const quoted = isQuotedLine(text, line);
    const previous = spans[spans.length - 1];
    // Consecutive quoted lines form one quote.
    if (quoted && previousQuoted && previous) {
      previous.end = line.contentEnd;
      previous.text = text.slice(previous.start, previous.end);
    } else if (quoted) spans.push(span(text, line.contentStart, line.contentEnd));
    previousQuoted = quoted;
  }
  if (cut >= 0) {
    const last = lines[lines.length - 1] as Line;
    const from = lines[cut] as Line;
    spans.push(span(text, from.contentStart, trimEnd(text, from.contentStart, last.end)));
  }
  return spans;
}

/**
 * Where the blocks of a draft are and what role each plays, before any block is parsed.
 * Roles depend on position (the greeting is the first line, the closing is found from the
 * end, the signature follows "-- "), so an incremental re-check recomputes the layout of
 * the whole draft, which is cheap (one pass over its lines), and re-parses only the blocks
 * whose range or text changed.
 */
export interface DocumentLayout {
  blocks: BlockRange[];
  greeting: Greeting | null;
  closing: Closing | null;
  quoted: TextSpan[];
}

/** A block's range in the draft and its role. */
export interface BlockRange {
  start: number;
  end: number;
  role: BlockRole;
}

interface PhraseExpressions {
  greeting: RegExp;
  closing: RegExp;
  /** Closing phrases a name may follow without a comma ("Terveisin asiakaspalvelu"). */
  signOff: RegExp;
  needsName: ReadonlySet<string>;
}

// Parse options are a compiled pack's, one object per pack: keep their expressions, so a
// keystroke does not rebuild and hash the joined phrase lists.
const expressionsByOptions = new WeakMap<ParseOptions, PhraseExpressions>();
const NEEDS_NAME: ReadonlySet<string> = new Set(GREETING_PREFIXES_NEEDING_NAME);
const SIGN_OFF_RE = new RegExp(`(?:${SIGN_OFF_WORDS.join('|')})$`, 'iu');

function phraseExpressions(options: ParseOptions): PhraseExpressions {
  let expressions = expressionsByOptions.get(options);
  if (!expressions) {
    expressions = {
      greeting: phraseRegex([
        ...GREETING_PHRASES,
        ...GREETING_PREFIXES_NEEDING_NAME,
        ...(options.greetingPhrases ?? []),
      ]),
      closing: phraseRegex(
        [...CLOSING_PHRASES, ...(options.closingPhrases ?? [])],
        CLOSING_PATTERNS,
      ),
      signOff: SIGN_OFF_RE,
      needsName: NEEDS_NAME,
    };
    expressionsByOptions.set(options, expressions);
  }
  return expressions;
}

export function layoutDocument(text: string, options: ParseOptions = {}): DocumentLayout {
  const lines = splitLines(text, 0, text.length);
  const cut = findQuoteCut(text, lines);
  const contentEnd = cut < 0 ? lines.length : cut;

  let separator = -1;
  for (let i = 0; i < contentEnd; i++) {
    const line = lines[i] as Line;
    if (
      line.end - line.start <= 3 &&
      SIGNATURE_SEPARATOR_RE.test(text.slice(line.start, line.end))
    ) {
      separator = i;
      break;
    }
  }
  const replyEnd = separator < 0 ? contentEnd : separator;
  const expressions = phraseExpressions(options);

  // The greeting can only be the first line written.
  let greeting: Greeting | null = null;
  let bodyFrom = 0;
  let firstBodyOffset = -1;
  const firstLineIndex = lines.findIndex(
    (l, i) => i < replyEnd && !isBlank(l) && !isQuotedLine(text, l),
  );
  if (firstLineIndex >= 0) {
    const line = lines[firstLineIndex] as Line;
    const match = matchGreeting(text, line, expressions.greeting, expressions.needsName);
    if (match) {
      greeting = match.greeting;
      bodyFrom = firstLineIndex + 1;
      if (match.restStart < line.contentEnd) {
        bodyFrom = firstLineIndex;
        firstBodyOffset = match.restStart;
      }
    }
  }

  const found = findClosing(
    text,
    lines,
    Math.max(bodyFrom, firstLineIndex + 1),
    replyEnd,
    expressions.closing,
    expressions.signOff,
    firstLineIndex,
    greeting
      ? greeting.end
      : firstLineIndex >= 0
        ? (lines[firstLineIndex] as Line).contentStart
        : 0,
  );
  const closing = found?.closing ?? null;
  // A sign-off on the last sentence's line leaves the start of that line in the body.
  const inline =
    found !== null && closing !== null && closing.start > (lines[found.index] as Line).contentStart;
  const bodyTo = found ? found.index + (inline ? 1 : 0) : replyEnd;

  const blocks: BlockRange[] = [];
  if (greeting) blocks.push({ start: greeting.start, end: greeting.end, role: 'greeting' });
  const bodyRanges = paragraphRanges(text, lines, bodyFrom, bodyTo, 'body');
  const firstBody = bodyRanges[0];
  if (firstBody && firstBodyOffset >= 0) firstBody.start = firstBodyOffset;
  const lastBody = bodyRanges[bodyRanges.length - 1];
  if (lastBody && inline && closing) {
    lastBody.end = trimEnd(text, lastBody.start, closing.start);
    if (lastBody.end <= lastBody.start) bodyRanges.pop();
  }
  for (const range of bodyRanges) blocks.push(range);
  if (closing) blocks.push({ start: closing.start, end: closing.end, role: 'closing' });
  if (separator >= 0) {
    const first = firstContentLine(text, lines, separator + 1, contentEnd);
    const last = lastContentLine(text, lines, separator + 1, contentEnd);
    if (first && last)
      blocks.push({ start: first.contentStart, end: last.contentEnd, role: 'signature' });
  }
  return { blocks, greeting, closing, quoted: quotedSpans(text, lines, cut) };
}

/** The document of a draft from its layout and its parsed blocks, one per layout block. */
export function assembleDocument(
  text: string,
  layout: DocumentLayout,
  paragraphs: Paragraph[],
): DraftDocument {
  const body: Paragraph[] = [];
  let signature: Paragraph | null = null;
  let bodyWordCount = 0;
  // Every word of the draft in one array is seldom read and costs a long draft's re-check
  // more than any check does (it is rebuilt on every keystroke): made when first asked for.
  let words: Word[] | undefined;
  for (const p of paragraphs) {
    if (p.role === 'body') {
      body.push(p);
      bodyWordCount += p.words.length;
    } else if (p.role === 'signature' && !signature) signature = p;
  }
  return {
    text,
    paragraphs,
    body,
    greeting: layout.greeting,
    closing: layout.closing,
    signature,
    quoted: layout.quoted,
    get words() {
      words ??= paragraphs.flatMap((p) => p.words);
      return words;
    },
    bodyWordCount,
  };
}

export function parseDocument(text: string, options: ParseOptions = {}): DraftDocument {
  const layout = layoutDocument(text, options);
  return assembleDocument(
    text,
    layout,
    layout.blocks.map((r) => parseBlock(text, r.start, r.end, r.role)),
  );
}

/**
 * Moves a parsed block and everything in it by `delta` code units, in place: how an
 * incremental re-check reuses a block whose text moved but did not change. A block's words
 * are shared with its sentences, and its list items with theirs, so each is moved once.
 */
export function shiftBlock(block: Paragraph, delta: number): void {
  if (delta === 0) return;
  block.start += delta;
  block.end += delta;
  for (const s of block.sentences) {
    s.start += delta;
    s.end += delta;
  }
  for (const w of block.words) {
    w.start += delta;
    w.end += delta;
  }
  for (const item of block.listItems) {
    item.start += delta;
    item.end += delta;
    item.marker.start += delta;
    item.marker.end += delta;
  }
}

const MEMO = Symbol('blockMemo');

interface Memoised {
  [MEMO]?: Map<object, unknown>;
}

/**
 * Lets `blockMemo` remember values with this block. The incremental checker does this for
 * the blocks it keeps across edits; a one-off check does not, since nothing would be
 * reused and remembering costs allocations (and a WeakMap's entries slow the collector).
 */
export function enableBlockMemo(block: Paragraph): void {
  (block as Memoised)[MEMO] ??= new Map();
}

/**
 * A value derived from a block's text and role alone, never from its offsets, remembered
 * with the block under `key` (an object private to the caller, one per kind of value). The
 * incremental checker keeps the objects of unchanged blocks across edits (moving them with
 * `shiftBlock`), so a document check that memoises its per-block work this way redoes only
 * the blocks that changed. Without `enableBlockMemo` the value is computed every time.
 */
export function blockMemo<T>(block: Paragraph, key: object, compute: (block: Paragraph) => T): T {
  const memo = (block as Memoised)[MEMO];
  if (!memo) return compute(block);
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute(block);
  memo.set(key, value);
  return value;
}

/** The sentences of the given blocks, in order. */
export function sentencesOf(paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) for (const s of p.sentences) out.push(s);
  return out;
}
