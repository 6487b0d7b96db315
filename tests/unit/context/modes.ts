/**
 * Runs a suite twice: with the real Finnish analyzer registered (as the content script, the
 * CLI and tests/unit/setup-language.ts do) and with nothing registered (the built-in
 * fallback stemmer), restoring the analyzer afterwards.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { getFinnishAnalyzer } from '../../../cli/dictionary';
import { registerAnalyzer } from '../../../rules/analysis';

export type Mode = 'analyzer' | 'fallback';

export function useMode(mode: Mode): void {
  registerAnalyzer(
    'fi',
    mode === 'analyzer' ? { analyze: (word) => getFinnishAnalyzer().analyze(word) } : null,
  );
}

export function describeModes(name: string, suite: (mode: Mode) => void): void {
  for (const mode of ['analyzer', 'fallback'] as const) {
    describe(`${name} (${mode})`, () => {
      beforeAll(() => useMode(mode));
      afterAll(() => useMode('analyzer'));
      suite(mode);
    });
  }
}
