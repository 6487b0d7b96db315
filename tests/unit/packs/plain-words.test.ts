/**
 * The `plain-words` rule of the built-in packs: enough pairs, each matched in its
 * inflected forms and fixed in one click, and none whose fix its own rule flags again.
 */

import { describe, expect, it } from 'vitest';
import { PLAIN_WORDS_EN } from '../../../rules/en/data/plain-words';
import { PLAIN_WORDS_FI } from '../../../rules/fi/data/plain-words';
import {
  applyFixes,
  type CompiledPack,
  compilePack,
  firstFixes,
  getBuiltinPack,
  type Language,
  type Pack,
  runRule,
} from '../../../rules/index';
import type { PlainWord } from '../../../rules/languages';

const compiled: Record<Language, CompiledPack> = {
  fi: compilePack(getBuiltinPack('builtin:fi') as Pack),
  en: compilePack(getBuiltinPack('builtin:en') as Pack),
};

function fixed(language: Language, text: string): string {
  const pack = compiled[language];
  const rule = pack.pack.rules.find((r) => r.id === 'plain-words');
  if (!rule) throw new Error('no plain-words rule');
  return applyFixes(text, firstFixes(runRule(rule, pack, text)));
}

const patternsOf = (word: PlainWord) =>
  typeof word.pattern === 'string' ? [word.pattern] : word.pattern;

describe('plain-words data', () => {
  it('has at least 60 Finnish and 40 English pairs, each pattern listed once', () => {
    expect(PLAIN_WORDS_FI.length).toBeGreaterThanOrEqual(60);
    expect(PLAIN_WORDS_EN.length).toBeGreaterThanOrEqual(40);
    for (const list of [PLAIN_WORDS_FI, PLAIN_WORDS_EN]) {
      const patterns = list.flatMap(patternsOf).map((p) => p.toLowerCase());
      expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
    }
  });

  it.each([
    ['fi', PLAIN_WORDS_FI],
    ['en', PLAIN_WORDS_EN],
  ] as const)(
    '%s: every pattern is flagged with a one-click fix to its replacement',
    (language, list) => {
      for (const word of list) {
        for (const pattern of patternsOf(word)) {
          const sample = pattern.endsWith('*') ? `${pattern.slice(0, -1)}aamme` : pattern;
          const result = fixed(language, `Se on ${sample} nyt.`);
          expect(result, pattern).not.toContain(sample);
          expect(result.toLowerCase(), pattern).toContain(word.replacement.split(' ')[0]);
        }
      }
    },
  );
});

describe('plain-words in inflected forms', () => {
  it.each([
    ['Tsekkaamme asian.', 'Tarkistaa asian.'],
    ['Tsekkasin sen jo.', 'Tarkistaa sen jo.'],
    ['Kiitos feedbackistä!', 'Kiitos palaute!'],
    ['Deadlinen jälkeen.', 'Määräaika jälkeen.'],
    ['Vastasimme meiliinne.', 'Vastasimme sähköpostiinne.'],
    ['Katso meilistä.', 'Katso sähköpostista.'],
    ['Softaan tuli päivitys.', 'Ohjelmistoon tuli päivitys.'],
    ['Laskut ovat nettisivuilla.', 'Laskut ovat verkkosivuilla.'],
    ['ASAP!', 'Mahdollisimman pian!'],
    ['FEEDBACK!', 'PALAUTE!'],
  ])('fi: %s → %s', (text, expected) => {
    expect(fixed('fi', text)).toBe(expected);
  });

  it.each([
    ['We utilized the form.', 'We used the form.'],
    ['She utilizes it.', 'She uses it.'],
    ['Utilising it helps.', 'Using it helps.'],
    ['He reverted back quickly.', 'He replied quickly.'],
    ['We commenced work in order to help.', 'We started work to help.'],
    ['We have transmitted it.', 'We have sent it.'],
    ['We modified it.', 'We changed it.'],
    ['Reply at your earliest convenience.', 'Reply as soon as you can.'],
  ])('en: %s → %s', (text, expected) => {
    expect(fixed('en', text)).toBe(expected);
  });

  it('leaves everyday words and look-alikes alone', () => {
    expect(fixed('fi', 'Lähetämme meille tiedon, informaation ja infotilaisuuden.')).toBe(
      'Lähetämme meille tiedon, informaation ja infotilaisuuden.',
    );
    expect(fixed('en', 'We use it in order.')).toBe('We use it in order.');
  });
});
