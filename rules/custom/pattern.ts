/**
 * Compiles the patterns of a pack rule into one matcher. Matches never overlap: at one
 * offset the longest wins ("revert back" before "revert").
 *
 * Word patterns are grouped so that a rule of a hundred words is a few scans of the text,
 * each by a small regular expression: every one-word pattern of the rule becomes one
 * alternative of a single expression followed by the language's endings, written once
 * (`(?:meili|softa|…)(ending)`), and the word found is looked up to tell which entry it
 * belongs to. Stems (`tsek*`) share a second expression; phrases, fewer and longer, a third.
 * Writing the Finnish ending once per word instead would make the expression of the
 * built-in word list tens of kilobytes, which V8 takes about a second to compile.
 * Regular expressions run on their own, with their own flags and capture groups.
 */

import { type EnglishForm, englishForms } from '../en/inflect';
import { FINNISH_ENDING_SOURCE } from '../fi/endings';
import type { Language } from '../types';
import { type Pattern, type Patterns, patternList } from './schema';

/** One word of a phrase as the text has it. */
export interface MatchedWord {
  /** The text matching the pattern word (its base form, a stem, or an English form). */
  core: string;
  /** What follows it inside the word: a Finnish ending, or the rest after a stem. */
  ending: string;
  /** The pattern word is a stem (`tsek*`): its ending is no inflection to carry. */
  stem: boolean;
  /** For English word patterns, which form of the word this is. */
  form: EnglishForm;
}

export interface PatternMatch {
  /** Offsets in the text given to `findAll`, plus its `base`. */
  start: number;
  end: number;
  text: string;
  /** Index of the entry whose pattern matched (the swap of a `substitute` rule). */
  entry: number;
  /** The words of a word pattern; empty for a regular expression. */
  words: MatchedWord[];
}

export interface Matcher {
  findAll(text: string, base?: number): PatternMatch[];
  test(text: string): boolean;
}

/** More matches than this in one text are not reported: the rule is clearly too broad. */
const MAX_MATCHES = 500;
// A hyphenated compound is one word: "online" must not match in "online-kauppa", where
// its replacement would break the compound.
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}]|[\\p{L}\\p{N}]-)';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}]|-[\\p{L}\\p{N}])';
const STEM_REST = '([\\p{L}\\p{M}\\p{N}]*)';

// Only syntax characters: in Unicode mode any other escape ("\-") is an error.
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A literal, with either apostrophe accepted for either ("don't" / "don’t"). */
const literal = (s: string) => escapeRegex(s).replace(/['’]/g, "['’]");

/** How a word is looked up after a match: lower case, one apostrophe. */
const key = (s: string) => s.toLowerCase().replace(/’/g, "'");

const longestFirst = (a: string, b: string) => b.length - a.length;

function wordRegex(body: string): RegExp {
  return new RegExp(`${NOT_WORD_BEFORE}${body}${NOT_WORD_AFTER}`, 'giu');
}

function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let count = 0;
  for (let m = re.exec(text); m && count < MAX_MATCHES; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1; // an empty match is nothing to report; move on
      continue;
    }
    count++;
    yield m;
  }
}

/** A scanner for one group of patterns; `found` turns an exec result into a match. */
interface Scanner {
  re: RegExp;
  found(m: RegExpExecArray, base: number): PatternMatch | null;
}

function matchOf(m: RegExpExecArray, base: number, entry: number, words: MatchedWord[]) {
  return { start: base + m.index, end: base + m.index + m[0].length, text: m[0], entry, words };
}

/** One-word patterns without `*`, in their inflected forms. */
function singleWordScanner(words: readonly Item[], language: Language): Scanner | null {
  if (words.length === 0) return null;
  const lookup = new Map<string, { entry: number; form: EnglishForm }>();
  for (const { entry, pattern } of words) {
    const forms =
      language === 'en' ? englishForms(pattern) : new Map([[key(pattern), 'base' as const]]);
    for (const [form, kind] of forms)
      if (!lookup.has(key(form))) lookup.set(key(form), { entry, form: kind });
  }
  const alternation = [...lookup.keys()].sort(longestFirst).map(literal).join('|');
  const ending = language === 'fi' ? FINNISH_ENDING_SOURCE : '()';
  return {
    re: wordRegex(`(${alternation})${ending}`),
    found(m, base) {
      const core = m[1] ?? '';
      const hit = lookup.get(key(core));
      if (!hit) return null;
      const word = { core, ending: m[2] ?? '', stem: false, form: hit.form };
      return matchOf(m, base, hit.entry, [word]);
    },
  };
}

/** One-word stems (`tsek*`). */
function stemScanner(stems: readonly Item[]): Scanner | null {
  if (stems.length === 0) return null;
  const lookup = new Map<string, number>();
  for (const { entry, pattern } of stems) {
    const stem = key(pattern.slice(0, -1));
    if (!lookup.has(stem)) lookup.set(stem, entry);
  }
  const alternation = [...lookup.keys()].sort(longestFirst).map(literal).join('|');
  return {
    re: wordRegex(`(${alternation})${STEM_REST}`),
    found(m, base) {
      const core = m[1] ?? '';
      const entry = lookup.get(key(core));
      if (entry === undefined) return null;
      return matchOf(m, base, entry, [{ core, ending: m[2] ?? '', stem: true, form: 'base' }]);
    },
  };
}

interface PhraseWord {
  stem: boolean;
  forms: Map<string, EnglishForm> | null;
}

/** Regex source of one word of a phrase, always as two groups: (core)(ending). */
function phraseWordSource(word: string, language: Language): { source: string; spec: PhraseWord } {
  if (word.endsWith('*')) {
    return {
      source: `(${literal(word.slice(0, -1))})${STEM_REST}`,
      spec: { stem: true, forms: null },
    };
  }
  if (language === 'fi') {
    return {
      source: `(${literal(word)})${FINNISH_ENDING_SOURCE}`,
      spec: { stem: false, forms: null },
    };
  }
  const forms = englishForms(word);
  const alternation = [...forms.keys()].sort(longestFirst).map(literal).join('|');
  return { source: `(${alternation})()`, spec: { stem: false, forms } };
}

/** Phrases: each an alternative with a group around it, then (core)(ending) per word. */
function phraseScanner(phrases: readonly Item[], language: Language): Scanner | null {
  if (phrases.length === 0) return null;
  const alternatives: { entry: number; group: number; words: PhraseWord[] }[] = [];
  const sources: string[] = [];
  let group = 1;
  for (const { entry, pattern } of [...phrases].sort((a, b) =>
    longestFirst(a.pattern, b.pattern),
  )) {
    const words = pattern.split(/\s+/).map((w) => phraseWordSource(w, language));
    alternatives.push({ entry, group, words: words.map((w) => w.spec) });
    sources.push(`(${words.map((w) => w.source).join('\\s+')})`);
    group += 1 + 2 * words.length;
  }
  return {
    re: wordRegex(`(?:${sources.join('|')})`),
    found(m, base) {
      const alternative = alternatives.find((a) => m[a.group] !== undefined);
      if (!alternative) return null;
      const words = alternative.words.map((spec, i) => {
        const core = m[alternative.group + 1 + 2 * i] ?? '';
        const ending = m[alternative.group + 2 + 2 * i] ?? '';
        return { core, ending, stem: spec.stem, form: spec.forms?.get(key(core)) ?? 'base' };
      });
      return matchOf(m, base, alternative.entry, words);
    },
  };
}

function regexScanner(entry: number, pattern: Extract<Pattern, { regex: string }>): Scanner {
  return {
    re: new RegExp(pattern.regex, pattern.caseSensitive ? 'gu' : 'giu'),
    found: (m, base) => matchOf(m, base, entry, []),
  };
}

/** Keeps the leftmost of overlapping matches, the longest at one offset. */
function withoutOverlaps(matches: PatternMatch[]): PatternMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PatternMatch[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const m of matches) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}

interface Item {
  entry: number;
  pattern: string;
}

/**
 * A matcher for `entries`: each entry is one pattern or a list of them, and a match tells
 * which entry it came from. `language` decides how words inflect.
 */
export function compileMatcher(entries: readonly Patterns[], language: Language): Matcher {
  const single: Item[] = [];
  const stems: Item[] = [];
  const phrases: Item[] = [];
  const scanners: Scanner[] = [];
  entries.forEach((patterns, entry) => {
    for (const pattern of patternList(patterns)) {
      if (typeof pattern !== 'string') {
        scanners.push(regexScanner(entry, pattern));
        continue;
      }
      const item = { entry, pattern: pattern.trim() };
      if (/\s/.test(item.pattern)) phrases.push(item);
      else if (item.pattern.endsWith('*')) stems.push(item);
      else single.push(item);
    }
  });
  for (const scanner of [
    phraseScanner(phrases, language),
    singleWordScanner(single, language),
    stemScanner(stems),
  ]) {
    if (scanner) scanners.unshift(scanner);
  }

  const findAll = (text: string, base = 0): PatternMatch[] => {
    const found: PatternMatch[] = [];
    for (const { re, found: toMatch } of scanners) {
      for (const m of execAll(re, text)) {
        const match = toMatch(m, base);
        if (match) found.push(match);
      }
    }
    return withoutOverlaps(found).slice(0, MAX_MATCHES);
  };

  return { findAll, test: (text) => findAll(text).length > 0 };
}
