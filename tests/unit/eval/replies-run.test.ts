import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../rules/index';
import { evalPack, formatErrors, formatTable, run, toJson } from '../../eval/replies';
import { type ReplyLabels, type ReplyRecord, splitOf } from '../../eval/replies-corpus';

const LABELS: ReplyLabels = {
  greeting: true,
  thanks: true,
  closing: true,
  address: 'none',
  speaker: 'we',
  commands: [],
  passives: [],
  upset: false,
  apology: false,
  questions: [],
  longSentences: [],
  promises: [],
};

function record(
  id: string,
  reply: string,
  labels: Partial<ReplyLabels>,
  customer: string | null = null,
): ReplyRecord {
  return {
    id,
    language: 'en',
    split: splitOf(id),
    source: { url: 'https://example.com' },
    licence: 'test',
    customer,
    reply,
    labels: { ...LABELS, ...labels },
  };
}

describe('eval:replies', () => {
  it('states a house style that compiles in both languages', () => {
    for (const language of ['fi', 'en'] as const) {
      const pack = evalPack(language);
      expect(pack.extends).toBe(`builtin:${language}`);
      expect(pack.style?.greeting).toEqual({ required: true, phrases: [] });
      expect(pack.checks?.closing).toEqual({ options: { requireSignature: false } });
      expect(() => compilePack(pack)).not.toThrow();
    }
  });

  it('runs the engine on the records and tallies the findings against their labels', () => {
    const records = [
      record(
        'en-run-1',
        'Hi Anna,\n\nThanks for writing. Your refund was sent today.\n\nBest regards,\nSam',
        {
          passives: ['was sent'],
        },
      ),
      // No greeting, no thanks, no closing: the labels say so and the checks should report.
      record(
        'en-run-2',
        'Your parcel is on its way.',
        { greeting: false, thanks: false, closing: false, upset: true },
        'This is the third time I write. Unacceptable!',
      ),
    ];
    const result = run(records);
    expect(result.records).toHaveLength(2);
    for (const check of ['greeting', 'thanks', 'closing'] as const) {
      expect(result.tally.check(check).tp).toBeGreaterThanOrEqual(1);
    }
    expect(result.tally.check('apology', 'en')).toMatchObject({ tp: 1, fn: 0 });
    const table = formatTable(result, 'all');
    expect(table).toContain('Real replies, all split: 2 replies (fi 0, en 2)');
    expect(table).toMatch(/^all checks\s+\d+\s+\d+\s+\d+/m);
    const json = toJson(result, 'all') as { replies: number; overall: { tp: number } };
    expect(json.replies).toBe(2);
    expect(json.overall.tp).toBe(result.tally.overall().tp);
    expect(formatErrors(result.tally.errors, 'passive')).toMatch(
      /^passive: \d+ false positives, \d+ false negatives/,
    );
  });
});
