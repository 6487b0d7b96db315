import './builtin-languages';
import { type LanguageService, languages } from './languages';
import type { Language } from './types';

/**
 * Guesses a draft's language from the function words and letters of the registered
 * languages (each language's `functionWords` and `letters`, see rules/languages.ts), so the
 * `auto` setting can pick the built-in pack without asking. Returns null until the text
 * says enough, or while two languages tie.
 */

const WORD = /[\p{L}']+/gu;

/** Evidence after which reading further would not change the answer. */
const DECISIVE = { total: 24, lead: 12 };

interface Tally {
  service: LanguageService;
  count: number;
}

export function guessLanguage(text: string, minimumEvidence = 2): Language | null {
  const tallies: Tally[] = languages().map((service) => ({ service, count: 0 }));
  let total = 0;
  // It runs on every keystroke: stop as soon as the answer is clear, usually in a sentence.
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const owner = tallies.find((t) => t.service.functionWords.has(word));
    if (owner) {
      owner.count++;
      total++;
    }
    for (const t of tallies) {
      if (t.service.letters?.test(word)) {
        t.count++;
        total++;
      }
    }
    if (total >= DECISIVE.total && lead(tallies).margin >= DECISIVE.lead) break;
  }
  const { best, margin } = lead(tallies);
  if (!best || best.count < minimumEvidence || margin === 0) return null;
  return best.service.code;
}

/** The language counted most and its margin over the next one. */
function lead(tallies: readonly Tally[]): { best: Tally | undefined; margin: number } {
  let best: Tally | undefined;
  let second = 0;
  for (const t of tallies) {
    if (!best || t.count > best.count) {
      second = best?.count ?? 0;
      best = t;
    } else if (t.count > second) second = t.count;
  }
  return { best, margin: (best?.count ?? 0) - second };
}
