import { questionsFor } from '../../entrypoints/content/agent-choices';
import { getBuiltinPack } from '../../rules/index';
import type { Language } from '../../rules/types';
import { type Timing, time } from './stats';
import { CONTEXT, reply } from './texts';

export interface ChecklistRow {
  language: Language;
  words: number;
  /** The side panel's question checklist, built once per report sent (not per keystroke). */
  questions: Timing;
}

/** What the question checklist adds to a report of the content script, per draft size. */
export function checklistBench(sizes: readonly number[], runsFor: (words: number) => number) {
  const rows: ChecklistRow[] = [];
  for (const language of ['fi', 'en'] as const) {
    const pack = getBuiltinPack(`builtin:${language}`);
    if (!pack) continue;
    for (const words of sizes) {
      const draft = reply(language, words, 11);
      const questions = time(
        () => questionsFor(draft, CONTEXT[language], language, pack),
        runsFor(words),
      );
      rows.push({ language, words, questions });
    }
  }
  return rows;
}
