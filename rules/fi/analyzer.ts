/**
 * Finnish morphological analyzer over voikko-fi's `mor.vfst`, producing the same analyses as
 * libvoikko 4.3.1 (`FinnishVfstAnalyzer`, as seen through python3-libvoikko's `analyze()`):
 * same analyses, same order, same attribute keys (sorted by name) and values.
 * Spec: VOIKKO-VFST.md (shared design notes) §5–§8; verified against python3-libvoikko by
 * tests/unit/fi/voikko-diff.test.ts.
 *
 * Pure TypeScript (no DOM, no Node APIs).
 */

import { loadVfst, type VfstTransducer } from './vfst';

/** One analysis: attribute name → value, keys in libvoikko's (alphabetical) order. */
export type Analysis = Readonly<Record<string, string>>;

/** Attribute names libvoikko's Finnish analyzer can produce. */
export type AnalysisKey =
  | 'BASEFORM'
  | 'CLASS'
  | 'COMPARISON'
  | 'FOCUS'
  | 'FSTOUTPUT'
  | 'KYSYMYSLIITE'
  | 'MALAGA_VAPAA_JALKIOSA'
  | 'MOOD'
  | 'NEGATIVE'
  | 'NUMBER'
  | 'PARTICIPLE'
  | 'PERSON'
  | 'POSSESSIVE'
  | 'POSSIBLE_GEOGRAPHICAL_NAME'
  | 'REQUIRE_FOLLOWING_VERB'
  | 'SIJAMUOTO'
  | 'STRUCTURE'
  | 'TENSE'
  | 'WORDBASES'
  | 'WORDIDS';

/** libvoikko `LIBVOIKKO_MAX_WORD_CHARS`. */
export const MAX_WORD_CHARS = 255;
/** FinnishVfstAnalyzer asks the transducer for at most this many raw outputs. */
export const MAX_RAW_OUTPUTS = 99;

export interface FinnishAnalyzerOptions {
  /** Maximum number of distinct words kept in the memo cache (default 20,000; 0 disables). */
  cacheSize?: number;
}

export interface FinnishAnalyzer {
  /** Analyses of one word (no whitespace handling; pass one token). Results are frozen. */
  analyze(word: string): readonly Analysis[];
  /** Raw transducer outputs (FSTOUTPUT strings) before the validity filter, max 99. */
  rawOutputs(word: string): string[];
  /** The underlying transducer. */
  readonly transducer: VfstTransducer;
  clearCache(): void;
}

// ---------------------------------------------------------------------------------------------
// Character helpers (libvoikko's SimpleChar, not full Unicode)

/** libvoikko's lower-casing table (SimpleChar::lower, libvoikko 4.3.1). */
export function voikkoLower(c: number): number {
  if (c < 0x41) return c;
  if (c <= 0x5a) return c + 0x20;
  if (c < 0xc0) return c;
  if (c <= 0xde) return c === 0xd7 ? c : c + 0x20;
  if (c < 0x100) return c;
  if (c <= 0x136) return c % 2 === 0 ? c + 1 : c;
  if (c >= 0x139 && c <= 0x147) return c % 2 === 1 ? c + 1 : c;
  if (c >= 0x14a && c <= 0x176) return c % 2 === 0 ? c + 1 : c;
  if (c >= 0x179 && c <= 0x17d) return c % 2 === 1 ? c + 1 : c;
  if (c === 0x1b7) return 0x292;
  if (c >= 0x1de && c <= 0x1ee) return c % 2 === 0 ? c + 1 : c;
  if (c >= 0x1f8 && c <= 0x21e) return c % 2 === 0 ? c + 1 : c;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x460 && c <= 0x480) return c % 2 === 0 ? c + 1 : c;
  if (c >= 0x48a && c <= 0x526) return c % 2 === 0 ? c + 1 : c;
  return c;
}

/** libvoikko's upper-casing table (inverse of {@link voikkoLower}). */
export function voikkoUpper(c: number): number {
  if (c < 0x61) return c;
  if (c <= 0x7a) return c - 0x20;
  if (c < 0xe0) return c;
  if (c <= 0xfe) return c === 0xf7 ? c : c - 0x20;
  if (c < 0x101) return c;
  if (c <= 0x137) return c % 2 === 1 ? c - 1 : c;
  if (c >= 0x13a && c <= 0x148) return c % 2 === 0 ? c - 1 : c;
  if (c >= 0x14b && c <= 0x177) return c % 2 === 1 ? c - 1 : c;
  if (c >= 0x17a && c <= 0x17e) return c % 2 === 0 ? c - 1 : c;
  if (c === 0x292) return 0x1b7;
  if (c >= 0x1df && c <= 0x1ef) return c % 2 === 1 ? c - 1 : c;
  if (c >= 0x1f9 && c <= 0x21f) return c % 2 === 1 ? c - 1 : c;
  if (c >= 0x450 && c <= 0x45f) return c - 0x50;
  if (c >= 0x430 && c <= 0x44f) return c - 0x20;
  if (c >= 0x461 && c <= 0x481) return c % 2 === 1 ? c - 1 : c;
  if (c >= 0x48b && c <= 0x527) return c % 2 === 1 ? c - 1 : c;
  return c;
}

function upperChar(ch: string): string {
  const c = ch.charCodeAt(0);
  const u = voikkoUpper(c);
  return u === c ? ch : String.fromCharCode(u);
}

const CH_LBRACKET = 0x5b; // [
const CH_RBRACKET = 0x5d; // ]
const CH_HYPHEN = 0x2d; // -
const CH_COLON = 0x3a; // :
const CH_EQUALS = 0x3d; // =

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isVowelCode(c: number): boolean {
  // VOIKKO_VOWELS "aeiouyäö" (wcschr also matches the terminator, c === 0)
  return (
    c === 0x61 ||
    c === 0x65 ||
    c === 0x69 ||
    c === 0x6f ||
    c === 0x75 ||
    c === 0x79 ||
    c === 0xe4 ||
    c === 0xf6 ||
    c === 0
  );
}

// ---------------------------------------------------------------------------------------------
// Attribute value maps

const CLASS_MAP: Record<string, string> = {
  n: 'nimisana',
  l: 'laatusana',
  nl: 'nimisana_laatusana',
  h: 'huudahdussana',
  ee: 'etunimi',
  es: 'sukunimi',
  ep: 'paikannimi',
  em: 'nimi',
  t: 'teonsana',
  a: 'lyhenne',
  s: 'seikkasana',
  u: 'lukusana',
  ur: 'lukusana',
  r: 'asemosana',
  c: 'sidesana',
  d: 'suhdesana',
  k: 'kieltosana',
  p: 'etuliite',
};
const SIJAMUOTO_MAP: Record<string, string> = {
  n: 'nimento',
  g: 'omanto',
  p: 'osanto',
  es: 'olento',
  tr: 'tulento',
  ine: 'sisaolento',
  ela: 'sisaeronto',
  ill: 'sisatulento',
  ade: 'ulkoolento',
  abl: 'ulkoeronto',
  all: 'ulkotulento',
  ab: 'vajanto',
  ko: 'seuranto',
  in: 'keinonto',
  sti: 'kerrontosti',
  ak: 'kohdanto',
};
const COMPARISON_MAP: Record<string, string> = { c: 'comparative', s: 'superlative' };
const MOOD_MAP: Record<string, string> = {
  n1: 'A-infinitive',
  n2: 'E-infinitive',
  n3: 'MA-infinitive',
  n4: 'MINEN-infinitive',
  n5: 'MAINEN-infinitive',
  t: 'indicative',
  e: 'conditional',
  k: 'imperative',
  m: 'potential',
};
const NUMBER_MAP: Record<string, string> = { y: 'singular', m: 'plural' };
const PERSON_MAP: Record<string, string> = { '1': '1', '2': '2', '3': '3', '4': '4' };
const TENSE_MAP: Record<string, string> = { p: 'present_simple', i: 'past_imperfective' };
const FOCUS_MAP: Record<string, string> = { kin: 'kin', kaan: 'kaan' };
const POSSESSIVE_MAP: Record<string, string> = {
  '1y': '1s',
  '2y': '2s',
  '1m': '1p',
  '2m': '2p',
  '3': '3',
};
const NEGATIVE_MAP: Record<string, string> = { t: 'true', f: 'false', b: 'both' };
const PARTICIPLE_MAP: Record<string, string> = {
  v: 'present_active',
  a: 'present_passive',
  u: 'past_active',
  t: 'past_passive',
  m: 'agent',
  e: 'negation',
};

/** Mutable attribute bag used while building an analysis (insert-if-absent like std::map). */
type Attrs = Record<string, string | undefined>;

/** Attributes are never deleted (that would push V8 objects into dictionary mode); a removed
 * attribute is set to undefined instead. */
function hasOwn(o: Attrs, k: string): boolean {
  return o[k] !== undefined;
}

// ---------------------------------------------------------------------------------------------
// §5.1 validity filter

function isValidAnalysis(s: string): boolean {
  const len = s.length;
  let beforeLast = 0;
  let last = 0;
  let boundaryPassed = false;
  let hyphenPresent = false;
  let hyphenAllowed = false;
  let hyphenAllowedJustSet = false;
  let hyphenRequired = false;
  let requiredHyphenMissing = false;
  let startsWithProperNoun = false;
  let endsWithNonIcaNoun = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === CH_LBRACKET) {
      if (i + 2 >= len) return false;
      const c1 = s.charCodeAt(i + 1);
      if (i + 3 < len) {
        if (c1 === 0x49 /* I */) {
          if (s.startsWith('sf', i + 2)) {
            hyphenAllowed = true;
            hyphenAllowedJustSet = true;
          } else if (s.startsWith('cu', i + 2)) {
            boundaryPassed = false;
            hyphenAllowed = true;
            hyphenRequired = true;
          } else if (s.startsWith('ca', i + 2)) {
            requiredHyphenMissing = false;
            endsWithNonIcaNoun = false;
          }
        } else if (c1 === 0x4c /* L */) {
          const c2 = s.charCodeAt(i + 2);
          if (c2 === 0x65 /* e */) {
            startsWithProperNoun = true;
            endsWithNonIcaNoun = false;
          } else if (c2 === 0x6e /* n */) {
            endsWithNonIcaNoun = true;
          }
        } else if (s.startsWith('Dg', i + 1)) {
          startsWithProperNoun = false;
        }
      }
      if (c1 === 0x58 /* X */) {
        while (i + 3 < len) {
          i++;
          if (
            s.charCodeAt(i) === CH_LBRACKET &&
            s.charCodeAt(i + 1) === 0x58 &&
            s.charCodeAt(i + 2) === CH_RBRACKET
          ) {
            i += 2;
            break;
          }
        }
      } else if (s.startsWith('Bh', i + 1)) {
        i += 3;
        boundaryPassed = true;
        hyphenPresent = false;
        if (requiredHyphenMissing) return false;
        if (hyphenRequired) requiredHyphenMissing = true;
      } else {
        while (++i < len && s.charCodeAt(i) !== CH_RBRACKET) {
          // skip tag
        }
      }
    } else if (c === CH_HYPHEN) {
      startsWithProperNoun = false;
      endsWithNonIcaNoun = false;
      if (i + 5 < len && s.startsWith('[Bh]', i + 1)) {
        boundaryPassed = true;
        hyphenPresent = true;
        i += 4;
      }
    } else {
      if (boundaryPassed) {
        if (last === 0 || (beforeLast === 0x69 && last === 0x73) /* "is" */) {
          hyphenAllowed = true;
        }
        if (hyphenRequired && hyphenPresent) hyphenRequired = false;
        if (!(hyphenAllowed && hyphenPresent)) {
          last = voikkoLower(last);
          const next = voikkoLower(c);
          const required = (last === next && isVowelCode(last)) || isDigitCode(last);
          if (required !== hyphenPresent) return false;
        }
        boundaryPassed = false;
        if (hyphenAllowedJustSet) hyphenAllowedJustSet = false;
        else hyphenAllowed = false;
      }
      beforeLast = last;
      last = c;
    }
  }
  return !requiredHyphenMissing && (!startsWithProperNoun || !endsWithNonIcaNoun);
}

// ---------------------------------------------------------------------------------------------
// §8 STRUCTURE

// parseStructure state (module-level to avoid per-call closures; analysis is synchronous)
let stTitle = false;
let stAbbr = false;

function createDefaultStructure(st: string[], count: number): void {
  while (count > 0) {
    if (stTitle) {
      st.push(stAbbr ? 'j' : 'i');
      stTitle = false;
    } else {
      st.push(stAbbr ? 'q' : 'p');
    }
    count--;
  }
}

function charAtOrNul(s: string, k: number): number {
  return k < s.length ? s.charCodeAt(k) : 0;
}

function parseStructure(s: string, wlen: number): string[] {
  const len = s.length;
  const st: string[] = ['='];
  let charsMissing = wlen;
  let charsSeen = 0;
  let charsFromDefault = 0;
  stTitle = false;
  stAbbr = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === CH_LBRACKET && i + 2 < len) {
      const c1 = s.charCodeAt(i + 1);
      const c2 = s.charCodeAt(i + 2);
      if (
        i + 3 < len &&
        c1 === 0x42 /* B */ &&
        c2 !== 0x68 /* h */ &&
        s.charCodeAt(i + 3) === CH_RBRACKET
      ) {
        if (i === 1) st.push('=');
        if (charsSeen > charsFromDefault) {
          createDefaultStructure(st, charsSeen - charsFromDefault);
          const d = charsSeen - charsFromDefault;
          charsMissing = d <= charsMissing ? charsMissing - d : 0;
        }
        if (i !== 1 && i + 5 < len && st.length > 0 && st[st.length - 1] !== '=') st.push('=');
        i += 3;
        charsSeen = 0;
        charsFromDefault = 0;
      } else if (i + 3 < len && c1 === 0x58 /* X */ && s.charCodeAt(i + 3) === CH_RBRACKET) {
        if (c2 === 0x72 /* r */) {
          stTitle = false;
          i += 4;
          while (i < len && s.charCodeAt(i) !== CH_LBRACKET && charsMissing > 0) {
            const code = s.charCodeAt(i);
            st.push(s[i] as string);
            if (code !== CH_EQUALS) {
              charsFromDefault++;
              if (code !== CH_HYPHEN) charsMissing--;
            }
            i++;
          }
          i += 2; // X]
        } else {
          i += 4;
          while (i < len && s.charCodeAt(i) !== CH_LBRACKET) i++;
          i += 2;
        }
      } else if (i + 3 < len && c1 === 0x4c /* L */) {
        if (c2 === 0x65 /* e */) {
          stTitle = true;
          stAbbr = false;
          i += 4;
        } else if (c2 === 0x6e /* n */ && s.charCodeAt(i + 3) === 0x6c /* l */) {
          stAbbr = false;
          i += 4;
        } else if (c2 === 0x61 /* a */) {
          stAbbr = true;
          i += 3;
        } else if (
          c2 === 0x75 /* u */ &&
          i + 5 < len &&
          (s.charCodeAt(i + 3) === 0x72 /* r */ || isDigitCode(charAtOrNul(s, i + 4)))
        ) {
          stAbbr = true;
          i += 3;
          if (charAtOrNul(s, i) === 0x72) i++;
        } else {
          stAbbr = false;
          i += 3;
        }
      } else {
        while (i < len && s.charCodeAt(i) !== CH_RBRACKET) i++;
      }
    } else if (c === CH_HYPHEN) {
      if (charsSeen > charsFromDefault) {
        createDefaultStructure(st, charsSeen - charsFromDefault);
        const d = charsSeen - charsFromDefault;
        charsMissing = d <= charsMissing ? charsMissing - d : 0;
        st.push('-');
        charsSeen = 0;
        charsFromDefault = 0;
      } else if (i !== 0) {
        if (charsSeen === charsFromDefault) st.push('-');
        else charsSeen++;
      }
      if (charsMissing > 0) charsMissing--;
      if (st.length === 1) st[0] = '-';
    } else if (c === CH_COLON) {
      if (stAbbr) {
        if (charsSeen > charsFromDefault) {
          createDefaultStructure(st, charsSeen - charsFromDefault);
          const d = charsSeen - charsFromDefault;
          charsMissing = d <= charsMissing ? charsMissing - d : 0;
          charsSeen = 0;
          charsFromDefault = 0;
        }
        stAbbr = false;
      }
      st.push(':');
      if (charsMissing > 0) charsMissing--;
    } else {
      charsSeen++;
    }
  }
  createDefaultStructure(st, charsMissing);
  return st;
}

function fixStructure(st: string[], s: string): void {
  const len = s.length;
  let isDe = false;
  let hyphenCount = 0;
  for (let j = 0; j < len; j++) {
    const c = s.charCodeAt(j);
    if (j + 3 < len && c === CH_LBRACKET) {
      const c1 = s.charCodeAt(j + 1);
      if (c1 === 0x44 /* D */) {
        const c2 = s.charCodeAt(j + 2);
        if (c2 === 0x67 /* g */) {
          let hyphensInStructure = 0;
          for (let i = 0; i < st.length; i++) {
            if (st[i] === 'i') {
              if (hyphensInStructure === hyphenCount) st[i] = 'p';
            } else if (st[i] === '-') {
              hyphensInStructure++;
            }
          }
        } else if (c2 === 0x65 /* e */) {
          isDe = true;
        }
      } else if (s.startsWith('Ln]', j + 1)) {
        isDe = false;
      }
    } else if (c === CH_HYPHEN) {
      hyphenCount++;
      if (isDe) {
        let toUpper = j === len - 1;
        j++;
        while (!toUpper && j + 4 < len) {
          if (s.startsWith('[Lep]', j)) toUpper = true;
          j++;
        }
        if (toUpper) {
          for (let i = 0; i < st.length; i++) {
            if (st[i] === 'i' || st[i] === 'p') {
              st[i] = 'i';
              return;
            }
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// §7 attributes

function setFromMap(
  a: Attrs,
  key: string,
  map: Record<string, string>,
  s: string,
  j: number,
  i: number,
): void {
  if (hasOwn(a, key)) return;
  const code = s.slice(j + 2, i);
  const v = Object.hasOwn(map, code) ? map[code] : undefined;
  if (v !== undefined) a[key] = v;
}

function addInfoFlag(a: Attrs, s: string, p: number): void {
  const cls = a.CLASS;
  if (s.startsWith('vj', p)) {
    if (s.charCodeAt(0) !== CH_HYPHEN && !hasOwn(a, 'MALAGA_VAPAA_JALKIOSA')) {
      a.MALAGA_VAPAA_JALKIOSA = 'true';
    }
  } else if (s.startsWith('ca', p)) {
    if (
      s.indexOf('[Bc]', p) < 0 &&
      s.indexOf('[Ll]', p) < 0 &&
      (cls === undefined || cls.startsWith('nimisana')) &&
      !hasOwn(a, 'POSSIBLE_GEOGRAPHICAL_NAME')
    ) {
      a.POSSIBLE_GEOGRAPHICAL_NAME = 'true';
    }
  } else {
    const mood = a.MOOD;
    if (
      (mood === undefined ||
        (mood !== 'E-infinitive' && mood !== 'MINEN-infinitive' && mood !== 'MA-infinitive')) &&
      (cls === undefined || cls === 'teonsana') &&
      !hasOwn(a, 'REQUIRE_FOLLOWING_VERB')
    ) {
      if (s.startsWith('ra', p)) a.REQUIRE_FOLLOWING_VERB = 'A-infinitive';
      else if (s.startsWith('rm', p)) a.REQUIRE_FOLLOWING_VERB = 'MA-infinitive';
    }
  }
}

function parseBasicAttributes(a: Attrs, s: string): void {
  const len = s.length;
  let convertNlToL = false;
  let bcPassed = false;
  let classSet = false;
  for (let i = len - 1; i >= 2; i--) {
    if (s.charCodeAt(i) !== CH_RBRACKET) continue;
    let j = i;
    while (j >= 1) {
      j--;
      if (s.charCodeAt(j) !== CH_LBRACKET) continue;
      const t = s.charCodeAt(j + 1);
      if (t === 0x4c /* L */) {
        if (!classSet || s.charCodeAt(j + 2) === CH_RBRACKET) {
          if (s.startsWith('nl', j + 2)) {
            const comp = a.COMPARISON;
            if (!hasOwn(a, 'CLASS')) {
              a.CLASS =
                convertNlToL ||
                comp === 'comparative' ||
                comp === 'superlative' ||
                s.startsWith('[Lu]')
                  ? 'laatusana'
                  : 'nimisana_laatusana';
            }
          } else {
            setFromMap(a, 'CLASS', CLASS_MAP, s, j, i);
          }
          classSet = true;
        }
      } else if (t === 0x4e /* N */) {
        const cls = a.CLASS;
        if (cls === undefined || (cls !== 'etuliite' && cls !== 'seikkasana')) {
          setFromMap(a, 'NUMBER', NUMBER_MAP, s, j, i);
        }
      } else if (t === 0x50 /* P */) {
        setFromMap(a, 'PERSON', PERSON_MAP, s, j, i);
      } else if (t === 0x53 /* S */) {
        const cls = a.CLASS;
        if (cls === undefined || (cls !== 'etuliite' && cls !== 'seikkasana')) {
          setFromMap(a, 'SIJAMUOTO', SIJAMUOTO_MAP, s, j, i);
          if (j + 5 < len && s.startsWith('sti', j + 2)) convertNlToL = true;
        }
      } else if (t === 0x54 /* T */) {
        if (!hasOwn(a, 'CLASS')) setFromMap(a, 'MOOD', MOOD_MAP, s, j, i);
      } else if (t === 0x41 /* A */) {
        setFromMap(a, 'TENSE', TENSE_MAP, s, j, i);
      } else if (t === 0x46 /* F */) {
        if (s.startsWith('ko', j + 2)) {
          if (!hasOwn(a, 'KYSYMYSLIITE')) a.KYSYMYSLIITE = 'true';
        } else {
          setFromMap(a, 'FOCUS', FOCUS_MAP, s, j, i);
        }
      } else if (t === 0x4f /* O */) {
        setFromMap(a, 'POSSESSIVE', POSSESSIVE_MAP, s, j, i);
      } else if (t === 0x43 /* C */) {
        if (!hasOwn(a, 'CLASS')) setFromMap(a, 'COMPARISON', COMPARISON_MAP, s, j, i);
      } else if (t === 0x45 /* E */) {
        setFromMap(a, 'NEGATIVE', NEGATIVE_MAP, s, j, i);
      } else if (t === 0x52 /* R */) {
        if (!bcPassed) {
          const cls = a.CLASS;
          if (cls === undefined || cls === 'laatusana' || (len >= 4 && s.endsWith('[Ln]'))) {
            setFromMap(a, 'PARTICIPLE', PARTICIPLE_MAP, s, j, i);
          }
        }
      } else if (t === 0x49 /* I */) {
        addInfoFlag(a, s, j + 2);
      } else if (t === 0x42 /* B */) {
        if (j >= 5 && s.charCodeAt(j + 2) === 0x63 /* c */) {
          if (
            !classSet &&
            !hasOwn(a, 'CLASS') &&
            (s.charCodeAt(j - 1) === CH_HYPHEN || s.startsWith('-[Bh]', j - 5))
          ) {
            a.CLASS = 'etuliite';
            classSet = true;
          }
          bcPassed = true;
        }
      }
      break;
    }
    if (j < 3) return;
    i = j;
  }
}

// ---------------------------------------------------------------------------------------------
// §8 BASEFORM

function parseNumeralBaseform(s: string, start: number, out: string[]): boolean {
  const len = s.length - start;
  let isInXp = false;
  let isInXr = false;
  let isInTag = false;
  let isInDigitSequence = false;
  let xpPassed = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(start + i);
    if (i === 0 && (isDigitCode(c) || c === CH_HYPHEN)) isInDigitSequence = true;
    if (c === CH_LBRACKET) {
      if (isInDigitSequence) {
        isInDigitSequence = false;
        xpPassed = true;
      }
      if (i + 2 >= len) return false;
      const k = start + i;
      if (i + 6 < len && (s.startsWith('[Xp]', k) || s.startsWith('[Xj]', k))) {
        i += 3;
        isInXp = true;
      } else if (i + 6 < len && s.startsWith('[Xr]', k)) {
        i += 3;
        isInXr = true;
      } else if (i + 4 === len && s.startsWith('[Bc]', k)) {
        return false;
      } else if (i + 6 < len && s.startsWith('[Bc]', k)) {
        i += 3;
        xpPassed = false;
      } else if (
        i + 6 < len &&
        (s.startsWith('[Ln]', k) || s.startsWith('[Ll]', k) || s.startsWith('[Lnl]', k))
      ) {
        return false;
      } else if (s.startsWith('[X]', k)) {
        if (isInXp) {
          isInXp = false;
          xpPassed = true;
        }
        isInXr = false;
        i += 2;
      } else {
        isInTag = true;
      }
    } else if (isInXr) {
      // skip
    } else if (isInTag) {
      if (c === CH_RBRACKET) isInTag = false;
    } else if (isInXp || isInDigitSequence) {
      out.push(s[start + i] as string);
    } else if (!xpPassed || c === CH_HYPHEN) {
      out.push(s[start + i] as string);
    }
  }
  return true;
}

function xpText(s: string, from: number, upperFirst: boolean): string {
  let r = '';
  for (let k = from; k < s.length && s.charCodeAt(k) !== CH_LBRACKET; k++) {
    const ch = s[k] as string;
    if (ch !== '=') r += upperFirst && k === from ? upperChar(ch) : ch;
  }
  return r;
}

function parseBaseform(s: string, st: readonly string[]): string | undefined {
  const len = s.length;
  const out: string[] = [];
  let latestXpStartInFst = 0;
  let latestXpStartInBaseform = 0;
  let hyphensInLatestXp = 0;
  let structurePos = 0;
  const structureLen = st.length;
  let isInXp = false;
  let isInXr = false;
  let isInTag = false;
  let ignoreNextDe = false;
  let isDe = false;
  let classTagSeen = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === CH_LBRACKET) {
      if (i + 2 >= len) return undefined;
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 0x58 /* X */) {
        const c2 = s.charCodeAt(i + 2);
        if (c2 === CH_RBRACKET) {
          isInXp = false;
          isInXr = false;
          i += 2;
        } else if (i + 6 < len && s.charCodeAt(i + 3) === CH_RBRACKET) {
          if (c2 === 0x70 /* p */ || c2 === 0x6a /* j */) {
            i += 3;
            isInXp = true;
            latestXpStartInFst = i + 1;
            latestXpStartInBaseform = out.length;
            hyphensInLatestXp = 0;
          } else if (c2 === 0x72 /* r */ || c2 === 0x73 /* s */) {
            i += 3;
            isInXr = true;
          }
        }
      } else if (!classTagSeen && i + 6 < len && s.startsWith('Lu]', i + 1)) {
        i += 3;
        classTagSeen = true;
        const numeral: string[] = [];
        if (parseNumeralBaseform(s, i + 1, numeral)) return out.join('') + numeral.join('');
      } else if (s.startsWith('De]', i + 1)) {
        isDe = !ignoreNextDe;
        i += 3;
      } else {
        if (c1 === 0x4c /* L */) {
          classTagSeen = true;
          isDe = false;
          ignoreNextDe =
            i + 3 >= len || (s.charCodeAt(i + 2) !== 0x6c /* l */ && !s.startsWith('nl', i + 2));
        }
        isInTag = true;
      }
    } else if (isInXr) {
      // skip
    } else if (isInTag) {
      if (c === CH_RBRACKET) isInTag = false;
    } else if (isInXp) {
      if (c === CH_HYPHEN) hyphensInLatestXp++;
    } else {
      let next = s[i] as string;
      if (c === CH_HYPHEN) {
        if (hyphensInLatestXp > 0) {
          hyphensInLatestXp--;
        } else {
          // "Isolla-Britannialla" → "Iso-Britannia", but "-is" is never replaced
          // ("Pohjois-Suomella").
          if (isDe && latestXpStartInFst !== 0 && !s.startsWith('is', i - 2)) {
            for (let j = i; j + 4 < len; j++) {
              if (s.startsWith('[Lep]', j)) {
                out.length = latestXpStartInBaseform;
                out.push(xpText(s, latestXpStartInFst, true));
                break;
              }
            }
          }
          latestXpStartInFst = 0;
        }
        isDe = false;
      }
      while (structurePos < structureLen) {
        const pc = st[structurePos];
        structurePos++;
        if (pc !== '=') {
          if (pc === 'i' || pc === 'j') next = upperChar(next);
          break;
        }
      }
      out.push(next);
    }
  }
  if (latestXpStartInFst !== 0) {
    out.length = latestXpStartInBaseform;
    out.push(xpText(s, latestXpStartInFst, false));
  }
  const r = out.join('');
  return r.length === 0 ? undefined : r;
}

// ---------------------------------------------------------------------------------------------
// §8 WORDBASES / WORDIDS

function parseDebugAttributes(a: Attrs, s: string): void {
  const len = s.length;
  let ids = '';
  let bases = '';
  let idposLast = 0;
  let baseposLast = 0;
  let xp = '';
  let xs = '';
  let inXs = false;
  let inXp = false;
  let inXj = false;
  let inXOther = false;
  let inContent = false;
  let inTag = false;
  let anyXs = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (s.startsWith('[L', i) || s.startsWith('-[B', i)) {
      inContent = false;
      inTag = true;
      if (xs.length > 0) {
        ids += `(w${xs})`;
        xs = '';
      }
      if (xp.length > 0) {
        bases += `(${xp})`;
        xp = '';
      }
      if (c === CH_HYPHEN) {
        ids += '+-';
        bases += '+-';
        i++;
      }
    } else if (c === CH_LBRACKET && i + 2 < len) {
      if (s.charCodeAt(i + 1) === 0x58 /* X */) {
        const c2 = s.charCodeAt(i + 2);
        if (c2 === 0x73 /* s */) {
          inXs = true;
          anyXs = true;
          xs = '';
          i += 3;
        } else if (c2 === 0x70 /* p */) {
          inXp = true;
          xp = '';
          i += 3;
        } else if (c2 === 0x6a /* j */) {
          if (inContent) {
            if (xs.length > 0) {
              ids += `(w${xs})`;
              xs = '';
            }
            if (xp.length > 0) {
              bases += `(${xp})`;
              xp = '';
            }
            idposLast = ids.length;
            baseposLast = bases.length;
          }
          inXj = true;
          xp = '';
          i += 3;
        } else if (c2 === CH_RBRACKET) {
          inXs = false;
          inXp = false;
          inXj = false;
          inXOther = false;
          i += 2;
        } else {
          inXOther = true;
          i += 3;
        }
      } else {
        inTag = true;
      }
    } else if (c === CH_RBRACKET) {
      inTag = false;
    } else {
      const ch = s[i] as string;
      if (inTag || inXOther) {
        // skip
      } else if (inXs) {
        xs += ch;
      } else if (inXp) {
        xp += ch;
      } else if (inXj) {
        if (xp.length === 0) xp = '+';
        xp += ch;
      } else {
        if (!inContent) {
          ids += '+';
          bases += '+';
          idposLast = ids.length;
          baseposLast = bases.length;
          inContent = true;
        }
        ids += ch;
        bases += ch;
      }
    }
  }
  if (xp.length > 0) {
    bases = bases.slice(0, baseposLast);
    ids = ids.slice(0, idposLast);
    if (bases.length > 0 && xp[0] === '+' && bases[bases.length - 1] === '+') {
      bases = bases.slice(0, -1);
      ids = ids.slice(0, -1);
    }
    const clean = xp.replaceAll('=', '');
    bases += `${clean}(${xp})`;
    ids += clean;
  }
  if (xs.length > 0) ids += `(w${xs})`;
  if (anyXs) a.WORDIDS = ids;
  a.WORDBASES = bases;
}

// ---------------------------------------------------------------------------------------------
// §7.3 extra "nimi" analysis

function duplicateOrgName(a: Attrs, s: string): Attrs | null {
  if (a.CLASS !== 'nimisana') return null;
  const len = s.length;
  if (len < 13) return null;
  if (s.charCodeAt(0) === CH_HYPHEN) return null;
  if (s.startsWith('[La]')) return null;
  for (let i = len - 5; i >= 8; i--) {
    if (s.startsWith('[Bc]', i)) return null;
    if (s.startsWith('[Ion]', i)) {
      for (let j = i - 4; j >= 4; j--) {
        if (s.startsWith('[Bc]', j)) {
          const b = newAttrs();
          let newStructure: string[] | null = null;
          for (const key of Object.keys(a)) {
            if (a[key] === undefined) continue;
            if (key === 'CLASS') b.CLASS = 'nimi';
            else if (key === 'STRUCTURE') {
              const old = a.STRUCTURE ?? '';
              if (old.length >= 2) {
                newStructure = [...old];
                newStructure[1] = 'i';
                b.STRUCTURE = newStructure.join('');
              }
            } else if (key !== 'POSSIBLE_GEOGRAPHICAL_NAME') {
              b[key] = a[key] as string;
            }
          }
          if (newStructure) {
            const bf = parseBaseform(s, newStructure);
            if (bf !== undefined) b.BASEFORM = bf;
          }
          return b;
        }
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

/** libvoikko's key order (its Key enum, alphabetical). */
const KEY_ORDER: readonly AnalysisKey[] = [
  'BASEFORM',
  'CLASS',
  'COMPARISON',
  'FOCUS',
  'FSTOUTPUT',
  'KYSYMYSLIITE',
  'MALAGA_VAPAA_JALKIOSA',
  'MOOD',
  'NEGATIVE',
  'NUMBER',
  'PARTICIPLE',
  'PERSON',
  'POSSESSIVE',
  'POSSIBLE_GEOGRAPHICAL_NAME',
  'REQUIRE_FOLLOWING_VERB',
  'SIJAMUOTO',
  'STRUCTURE',
  'TENSE',
  'WORDBASES',
  'WORDIDS',
];

/** An attribute bag with every key present (stable object shape for V8). */
function newAttrs(): Attrs {
  return {
    BASEFORM: undefined,
    CLASS: undefined,
    COMPARISON: undefined,
    FOCUS: undefined,
    FSTOUTPUT: undefined,
    KYSYMYSLIITE: undefined,
    MALAGA_VAPAA_JALKIOSA: undefined,
    MOOD: undefined,
    NEGATIVE: undefined,
    NUMBER: undefined,
    PARTICIPLE: undefined,
    PERSON: undefined,
    POSSESSIVE: undefined,
    POSSIBLE_GEOGRAPHICAL_NAME: undefined,
    REQUIRE_FOLLOWING_VERB: undefined,
    SIJAMUOTO: undefined,
    STRUCTURE: undefined,
    TENSE: undefined,
    WORDBASES: undefined,
    WORDIDS: undefined,
  };
}

function sortedFrozen(a: Attrs): Analysis {
  const r: Record<string, string> = {};
  for (let i = 0; i < KEY_ORDER.length; i++) {
    const k = KEY_ORDER[i] as string;
    const v = a[k];
    if (v !== undefined) r[k] = v;
  }
  return Object.freeze(r);
}

/** Builds the analyses for one raw transducer output (0, 1 or 2 analyses). */
function analysesFor(fst: string, wlen: number, into: Analysis[]): void {
  if (!isValidAnalysis(fst)) return;
  const a = newAttrs();
  const st = parseStructure(fst, wlen);
  parseBasicAttributes(a, fst);
  fixStructure(st, fst);
  a.STRUCTURE = st.join('');
  let cls = a.CLASS;
  const sijamuoto = a.SIJAMUOTO;
  const mood = a.MOOD;
  if (
    hasOwn(a, 'NEGATIVE') &&
    ((cls !== undefined && cls !== 'teonsana') ||
      mood === 'MINEN-infinitive' ||
      mood === 'E-infinitive' ||
      mood === 'MA-infinitive')
  ) {
    a.NEGATIVE = undefined;
  }
  if (a.PARTICIPLE === 'past_passive') {
    cls = 'laatusana';
    a.CLASS = cls;
  }
  if (hasOwn(a, 'NUMBER') && sijamuoto === 'kerrontosti') a.NUMBER = undefined;
  if (!hasOwn(a, 'COMPARISON')) {
    if (cls === 'laatusana' || cls === 'nimisana_laatusana') a.COMPARISON = 'positive';
  } else if (cls === 'nimisana') {
    a.COMPARISON = undefined;
  }
  const extra = duplicateOrgName(a, fst);
  a.FSTOUTPUT = fst;
  const bf = parseBaseform(fst, st);
  if (bf !== undefined) a.BASEFORM = bf;
  parseDebugAttributes(a, fst);
  into.push(sortedFrozen(a));
  if (extra) into.push(sortedFrozen(extra));
}

const NO_ANALYSES: readonly Analysis[] = Object.freeze([]);

class FinnishAnalyzerImpl implements FinnishAnalyzer {
  readonly transducer: VfstTransducer;
  private readonly cache = new Map<string, readonly Analysis[]>();
  private readonly cacheSize: number;
  private readonly scratch = new Uint16Array(MAX_WORD_CHARS);

  constructor(transducer: VfstTransducer, cacheSize: number) {
    this.transducer = transducer;
    this.cacheSize = cacheSize;
  }

  clearCache(): void {
    this.cache.clear();
  }

  /**
   * Lower-cases with libvoikko's table and maps each code point to an input symbol into
   * `this.scratch`. Returns the number of code points, or -1 when libvoikko gives no analyses
   * (NUL, more than 255 code points, a code point outside the alphabet).
   */
  private prepare(word: string): number {
    const t = this.transducer;
    const syms = this.scratch;
    let n = 0;
    for (let i = 0; i < word.length; i++) {
      let cp = word.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < word.length) {
        const lo = word.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          i++;
        }
      }
      if (n >= MAX_WORD_CHARS || cp === 0) return -1;
      const sym = t.symbolOf(voikkoLower(cp));
      if (sym < 0) return -1;
      syms[n++] = sym;
    }
    return n;
  }

  rawOutputs(word: string): string[] {
    const n = this.prepare(word);
    if (n < 0) return [];
    return this.transducer.lookup(this.scratch, MAX_RAW_OUTPUTS, n);
  }

  analyze(word: string): readonly Analysis[] {
    const cached = this.cache.get(word);
    if (cached !== undefined) {
      // refresh recency
      this.cache.delete(word);
      this.cache.set(word, cached);
      return cached;
    }
    const result = this.compute(word);
    if (this.cacheSize > 0) {
      if (this.cache.size >= this.cacheSize) {
        const oldest = this.cache.keys().next();
        if (!oldest.done) this.cache.delete(oldest.value);
      }
      this.cache.set(word, result);
    }
    return result;
  }

  private compute(word: string): readonly Analysis[] {
    const n = this.prepare(word);
    if (n < 0) return NO_ANALYSES;
    const raw = this.transducer.lookup(this.scratch, MAX_RAW_OUTPUTS, n);
    if (raw.length === 0) return NO_ANALYSES;
    const out: Analysis[] = [];
    for (const fst of raw) analysesFor(fst, n, out);
    return Object.freeze(out);
  }
}

/** Loads `mor.vfst` (voikko-fi) from its bytes. */
export function loadFinnishAnalyzer(
  bytes: ArrayBuffer | Uint8Array,
  options: FinnishAnalyzerOptions = {},
): FinnishAnalyzer {
  return new FinnishAnalyzerImpl(loadVfst(bytes), options.cacheSize ?? 20_000);
}

// ---------------------------------------------------------------------------------------------
// Typed helpers for consumers (read the raw libvoikko attributes).

export type WordClass =
  | 'nimisana'
  | 'laatusana'
  | 'nimisana_laatusana'
  | 'huudahdussana'
  | 'etunimi'
  | 'sukunimi'
  | 'paikannimi'
  | 'nimi'
  | 'teonsana'
  | 'lyhenne'
  | 'seikkasana'
  | 'lukusana'
  | 'asemosana'
  | 'sidesana'
  | 'suhdesana'
  | 'kieltosana'
  | 'etuliite';

export type Person = '1' | '2' | '3' | '4';
export type GrammaticalNumber = 'singular' | 'plural';
export type Mood =
  | 'indicative'
  | 'conditional'
  | 'imperative'
  | 'potential'
  | 'A-infinitive'
  | 'E-infinitive'
  | 'MA-infinitive'
  | 'MINEN-infinitive'
  | 'MAINEN-infinitive';

export function wordClass(a: Analysis): WordClass | undefined {
  return a.CLASS as WordClass | undefined;
}

export function isVerb(a: Analysis): boolean {
  return a.CLASS === 'teonsana';
}

/** Finite verb form (has a PERSON: 1–3, or 4 = passive). */
export function isFiniteVerb(a: Analysis): boolean {
  return a.CLASS === 'teonsana' && a.PERSON !== undefined;
}

export function isPassive(a: Analysis): boolean {
  return a.PERSON === '4';
}

export function isImperative(a: Analysis): boolean {
  return a.MOOD === 'imperative';
}

export function isProperNoun(a: Analysis): boolean {
  const c = a.CLASS;
  return c === 'etunimi' || c === 'sukunimi' || c === 'paikannimi' || c === 'nimi';
}

export function personOf(a: Analysis): Person | undefined {
  return a.PERSON as Person | undefined;
}

export function numberOf(a: Analysis): GrammaticalNumber | undefined {
  return a.NUMBER as GrammaticalNumber | undefined;
}

export function moodOf(a: Analysis): Mood | undefined {
  return a.MOOD as Mood | undefined;
}

export function caseOf(a: Analysis): string | undefined {
  return a.SIJAMUOTO;
}

export function baseformOf(a: Analysis): string | undefined {
  return a.BASEFORM;
}
