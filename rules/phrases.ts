/**
 * Matching pack phrases ("Kiitos viestistä", "Thank you for contacting us") against the
 * words of a draft. Finnish inflects: "Kiitos viestistä" must also accept "Kiitos
 * viestistäsi" and "Kiitos viestistänne". So a phrase word of at least
 * `MIN_PREFIX_LENGTH` letters also matches any word it begins; shorter words ("hei", "for",
 * "us") must match whole, or "hi" would match "his".
 */

import type { Word } from './document';

const MIN_PREFIX_LENGTH = 5;
const PHRASE_WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‐:-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export interface PhraseMatch {
  /** The phrase as the pack wrote it. */
  phrase: string;
  /** Index of the first matched word. */
  index: number;
  /** Number of words matched. */
  length: number;
}

export interface PhraseMatcher {
  /** The first phrase (longest first) whose words start at `words[index]`. */
  matchAt(words: readonly Word[], index: number): PhraseMatch | null;
  /** The first match at or after `from`, before `to` (word indices). */
  find(words: readonly Word[], from?: number, to?: number): PhraseMatch | null;
}

interface CompiledPhrase {
  phrase: string;
  words: string[];
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.length >= MIN_PREFIX_LENGTH ? word.startsWith(pattern) : word === pattern;
}

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const compiled: CompiledPhrase[] = phrases
    .map((phrase) => ({
      phrase,
      words: (phrase.toLowerCase().match(PHRASE_WORD_RE) ?? []) as string[],
    }))
    .filter((p) => p.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);

  const matchAt = (words: readonly Word[], index: number): PhraseMatch | null => {
    for (const candidate of compiled) {
      if (index + candidate.words.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < candidate.words.length && ok; k++) {
        ok = wordMatches(
          candidate.words[k] as string,
          (words[index + k] as Word).text.toLowerCase(),
        );
      }
      if (ok) return { phrase: candidate.phrase, index, length: candidate.words.length };
    }
    return null;
  };

  return {
    matchAt,
    find(words, from = 0, to = words.length) {
      for (let i = from; i < Math.min(to, words.length); i++) {
        const match = matchAt(words, i);
        if (match) return match;
      }
      return null;
    },
  };
}

const matcherCache = new WeakMap<readonly string[], PhraseMatcher>();

/** `compilePhrases`, cached per phrase array (a pack's lists are compiled once). */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  let matcher = matcherCache.get(phrases);
  if (!matcher) {
    matcher = compilePhrases(phrases);
    matcherCache.set(phrases, matcher);
  }
  return matcher;
}
