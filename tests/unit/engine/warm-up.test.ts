import { describe, expect, it } from 'vitest';
import { builtinPacks, check, parseDocument, WARM_UP_SAMPLES, warmUp } from '../../../rules/index';
import { guessLanguage } from '../../../rules/language';

describe('warmUp', () => {
  // The sample is what gets the pack's regular expressions and lexicons compiled before the
  // agent types: it has to reach the parts of the engine a real reply reaches.
  for (const [language, sample] of Object.entries(WARM_UP_SAMPLES)) {
    it(`runs a ${language} sample with every part of a reply`, () => {
      expect(guessLanguage(sample.draft)).toBe(language);
      const doc = parseDocument(sample.draft);
      expect(doc.greeting).not.toBeNull();
      expect(doc.closing).not.toBeNull();
      expect(doc.paragraphs.flatMap((p) => p.sentences).some((s) => s.listItem)).toBe(true);
      expect(sample.context.customerMessage).toMatch(/\?$/);
    });
  }

  it('leaves nothing behind: a check after warming up finds what one before did', () => {
    for (const pack of builtinPacks) {
      const { draft, context } = WARM_UP_SAMPLES[pack.language];
      const before = check(draft, pack, context);
      warmUp(pack);
      expect(check(draft, pack, context)).toEqual(before);
    }
  });
});
