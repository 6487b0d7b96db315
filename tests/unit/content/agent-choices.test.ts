import { describe, expect, it } from 'vitest';
import {
  IgnoredFindings,
  questionsFor,
  setDisabledChecks,
  withOverrides,
} from '../../../entrypoints/content/agent-choices';
import { placeOf } from '../../../entrypoints/content/highlights';
import { check, compilePack, getBuiltinPack, IncrementalChecker } from '../../../rules/index';
import type { Finding } from '../../../rules/types';

const en = getBuiltinPack('builtin:en');
if (!en) throw new Error('no built-in English pack');

const DRAFT = 'Hi {{customer.firstName}},\nThe the parcel left today.';

describe('ignore here', () => {
  it('leaves out the findings of a check on the same words, and counts them per check', () => {
    const ignored = new IgnoredFindings();
    const findings = check(DRAFT, en);
    const repeated = findings.find((f) => f.check === 'repeated-word');
    expect(repeated).toBeDefined();
    if (!repeated) return;
    expect(ignored.ignore(repeated.check, repeated.text)).toBe(true);
    expect(ignored.ignore(repeated.check, repeated.text)).toBe(false);
    const kept = ignored.filter(findings);
    expect(kept.ignored).toBe(1);
    expect(kept.findings.map((f) => f.check)).not.toContain('repeated-word');
    expect(kept.findings).toHaveLength(findings.length - 1);
    expect(ignored.counted()).toEqual({ 'repeated-word': 1 });
    ignored.clear();
    expect(ignored.filter(findings).findings).toEqual(findings);
    expect(ignored.counted()).toEqual({});
  });
});

describe('turn off for me', () => {
  it('drops the turned-off checks from the pack, and keeps the pack object while they stay', () => {
    setDisabledChecks(['repeated-word']);
    try {
      const pack = withOverrides(en);
      expect(withOverrides(en)).toBe(pack);
      const checks = new IncrementalChecker(pack).check(DRAFT).map((f) => f.check);
      expect(checks).toContain('placeholder');
      expect(checks).not.toContain('repeated-word');
      // A compiled pack (as warm-up and synced packs give) works the same.
      const compiled = compilePack(en);
      expect(
        new IncrementalChecker(withOverrides(compiled)).check(DRAFT).map((f) => f.check),
      ).not.toContain('repeated-word');
    } finally {
      setDisabledChecks([]);
    }
    expect(withOverrides(en)).toBe(en);
  });
});

describe('question checklist', () => {
  it('ticks a question once the draft answers it, as the unanswered-question check decides', () => {
    const context = { customerMessage: 'It still has not arrived. Can you send a replacement?' };
    expect(questionsFor('Hi Emily,\nThank you.', context, 'en', en)).toEqual([
      { text: 'Can you send a replacement?', answered: false },
    ]);
    expect(questionsFor('Hi Emily,\nWe will send a replacement today.', context, 'en', en)).toEqual(
      [{ text: 'Can you send a replacement?', answered: true }],
    );
    expect(questionsFor('Hi Emily', {}, 'en', en)).toEqual([]);
  });
});

describe('missing-part markers', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    check: 'greeting',
    severity: 'warning',
    start: 0,
    end: 0,
    text: '',
    message: '',
    fixes: [],
    ...over,
  });
  const text = 'The parcel left today.\nBest';

  it('marks one character where a collapsed part belongs', () => {
    expect(placeOf(finding({}), text)).toEqual({ start: 0, end: 1, layer: 'marker' });
    // At the end of the draft: the last visible character before it.
    expect(placeOf(finding({ check: 'closing', start: 27, end: 27 }), `${text}\n`)).toEqual({
      start: 26,
      end: 27,
      layer: 'marker',
    });
  });

  it('marks the start or the end of a sentence a "missing" finding covers, not the sentence', () => {
    const sentence = { start: 0, end: 22, messageId: 'missing' };
    expect(placeOf(finding(sentence), text)).toEqual({ start: 0, end: 1, layer: 'marker' });
    expect(placeOf(finding({ ...sentence, check: 'thanks' }), text)).toMatchObject({ start: 0 });
    expect(placeOf(finding({ ...sentence, check: 'closing' }), text)).toEqual({
      start: 21,
      end: 22,
      layer: 'marker',
    });
  });

  it('underlines other findings as they are, and skips other zero-width ones', () => {
    expect(placeOf(finding({ check: 'greeting', end: 3, messageId: 'phrase' }), text)).toEqual({
      start: 0,
      end: 3,
      layer: 'warning',
    });
    expect(placeOf(finding({ check: 'unanswered-question' }), text)).toBeNull();
  });
});
