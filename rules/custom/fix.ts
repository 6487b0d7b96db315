/**
 * The text a `substitute` fix inserts: the replacement in the form and letter case of the
 * words it replaces.
 *
 * Inflection (the swap's `inflect`, default on in English, off in Finnish):
 * - English: the replacement takes the form of the first pattern word the text inflects,
 *   on its first word when that was the phrase's first word, otherwise on its last
 *   ("utilized" → "used", "reverted back" → "replied", "ascertained" → "found out"). A
 *   regular -ed is a participle after have/be ("have demonstrated" → "have shown").
 * - Finnish: a one-word replacement takes the ending of the last pattern word, in its own
 *   vowel harmony ("meilissä" → "sähköpostissa", "softaan" → "ohjelmistoon"). Only words
 *   that inflect alike qualify, hence opt-in; otherwise, and always after a stem pattern
 *   (`tsek*`, whose rest is no mere ending), the fix inserts the replacement as written
 *   and the agent inflects it.
 *
 * Letter case: a capitalised match gives a capitalised replacement ("Utilize" → "Use"); an
 * all-capital word gives an all-capital one ("FEEDBACK" → "PALAUTE"), but an acronym
 * replaced by a phrase ("ASAP" → "as soon as possible") is capitalised only where a
 * sentence starts.
 */

import { edFormAfter, inflectEnglish } from '../en/inflect';
import { carryFinnishEnding } from '../fi/endings';
import type { Language } from '../types';
import type { MatchedWord, PatternMatch } from './pattern';
import type { Swap } from './schema';

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function hasUpper(s: string): boolean {
  return /\p{Lu}/u.test(s);
}

function isAllUpper(s: string): boolean {
  const letters = s.match(/\p{L}/gu) ?? [];
  return letters.length > 1 && letters.every((l) => /\p{Lu}/u.test(l));
}

/** Whether only spaces separate `offset` from the start of a sentence or line. */
export function atSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i < 0 || /[\n\r.!?…]/.test(text[i] as string);
}

/** The word before `offset` in `text`, if any. */
function previousWord(text: string, offset: number): string | undefined {
  return /([\p{L}'’]+)\s*$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1];
}

function inflectEnglishReplacement(
  words: readonly MatchedWord[],
  replacement: string,
  text: string,
  start: number,
): string {
  const index = words.findIndex((w) => !w.stem && w.form !== 'base');
  const word = words[index];
  if (!word) return replacement;
  const form = word.form === 'ed' ? edFormAfter(previousWord(text, start)) : word.form;
  const parts = replacement.split(' ');
  const target = index === 0 ? 0 : parts.length - 1;
  parts[target] = inflectEnglish(parts[target] as string, form);
  return parts.join(' ');
}

function inflectFinnishReplacement(words: readonly MatchedWord[], replacement: string): string {
  const last = words.at(-1);
  if (!last || last.stem || replacement.includes(' ')) return replacement;
  return carryFinnishEnding(last.core, last.ending, replacement);
}

function matchCase(matched: string, replacement: string, sentenceStart: boolean): string {
  const first = matched.match(/\p{L}/u)?.[0];
  if (!first || !hasUpper(first)) return replacement;
  if (isAllUpper(matched)) {
    if (!replacement.includes(' ')) return replacement.toLocaleUpperCase();
    return sentenceStart ? upperFirst(replacement) : replacement;
  }
  return upperFirst(replacement);
}

/** What the fix for `match` inserts; `text` is the text the match offsets refer to. */
export function substituteText(
  match: PatternMatch,
  swap: Swap,
  language: Language,
  text: string,
): string {
  const inflect = swap.inflect ?? language === 'en';
  let replacement = swap.replacement;
  if (inflect && match.words.length > 0) {
    replacement =
      language === 'en'
        ? inflectEnglishReplacement(match.words, replacement, text, match.start)
        : inflectFinnishReplacement(match.words, replacement);
  }
  return matchCase(match.text, replacement, atSentenceStart(text, match.start));
}
