import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { upsetScore } from '../../../rules/context/upset';
import '../../../rules/builtin-languages';
import { splitOf } from '../../eval/replies-corpus';
import {
  loadUpsetMessages,
  parseUpsetMessages,
  precision,
  recall,
  UpsetMessagesError,
  UpsetTally,
} from '../../eval/upset-messages';

const DATA = fileURLToPath(new URL('../../eval/upset/messages.jsonl', import.meta.url));
const FOLLOWUPS = fileURLToPath(new URL('../../eval/upset/followups.jsonl', import.meta.url));
const TWCS_FULL = fileURLToPath(new URL('../../eval/upset/twcs-full.jsonl', import.meta.url));

function line(overrides: Record<string, unknown> = {}): string {
  const id = (overrides.id as string | undefined) ?? 'up-test-000';
  return JSON.stringify({
    id,
    language: 'en',
    split: splitOf(id),
    source: { repository: 'owner/repo', path: 'test.json', commit: 'abc123', item: 0 },
    organisation: 'ExampleSupport',
    licence: 'Apache-2.0',
    text: 'Where is my order?',
    upset: false,
    votes: [false, false, true],
    ...overrides,
  });
}

describe("the customers' follow-ups, a precision probe", () => {
  it('load as upset messages, none of them in the set itself', () => {
    const followups = loadUpsetMessages(FOLLOWUPS);
    expect(followups).toHaveLength(267);
    const ids = new Set(loadUpsetMessages(DATA).map((m) => m.id));
    for (const m of followups) {
      expect(m.id.startsWith('up-fu-')).toBe(true);
      expect(ids.has(m.id)).toBe(false);
    }
  });
});

describe('customers of the full TWCS dataset, a fresh probe', () => {
  it('load as upset messages, none of them in the set itself', () => {
    const full = loadUpsetMessages(TWCS_FULL);
    expect(full).toHaveLength(600);
    expect(full.filter((m) => m.upset)).toHaveLength(309);
    const ids = new Set(loadUpsetMessages(DATA).map((m) => m.id));
    const texts = new Set(loadUpsetMessages(DATA).map((m) => m.text));
    for (const m of full) {
      expect(m.id.startsWith('up-tw-')).toBe(true);
      expect(ids.has(m.id)).toBe(false);
      expect(texts.has(m.text)).toBe(false);
    }
  });
});

describe('the upset message set', () => {
  it('loads, every split recorded as the hash says and every label the readers’ majority', () => {
    const messages = loadUpsetMessages(DATA);
    expect(messages.length).toBeGreaterThan(300);
    for (const m of messages) {
      expect(m.split).toBe(splitOf(m.id));
      expect(m.upset).toBe(m.votes.filter(Boolean).length >= 2);
    }
    expect(messages.some((m) => m.upset)).toBe(true);
    expect(messages.some((m) => !m.upset)).toBe(true);
  });

  it('refuses a label that is not the majority, a wrong split and a duplicate id', () => {
    expect(() => parseUpsetMessages(line({ upset: true }))).toThrow(UpsetMessagesError);
    const other = splitOf('up-test-000') === 'tune' ? 'report' : 'tune';
    expect(() => parseUpsetMessages(line({ split: other }))).toThrow(/its id puts it in/);
    expect(() => parseUpsetMessages(`${line()}\n${line()}`)).toThrow(/duplicate/);
    expect(() => parseUpsetMessages('{not json')).toThrow(/not JSON/);
  });
});

describe('the upset tally', () => {
  it('counts the score at its threshold against the majority, by score and by signal kind', () => {
    const messages = parseUpsetMessages(
      [
        line({
          id: 'up-a',
          split: splitOf('up-a'),
          text: 'Absolutely ridiculous. Charged twice!!',
          upset: true,
          votes: [true, true, true],
        }),
        line({ id: 'up-b', split: splitOf('up-b'), text: 'How do I change my address?' }),
        line({
          id: 'up-c',
          split: splitOf('up-c'),
          text: 'My parcel is late, any news?',
          upset: true,
          votes: [true, true, false],
        }),
      ].join('\n'),
    );
    const tally = new UpsetTally();
    for (const m of messages) tally.add(m, upsetScore(m.text, m.language));
    expect(tally.atThreshold).toEqual({ tp: 1, fp: 0, fn: 1, tn: 1 });
    expect(precision(tally.atThreshold)).toBe(1);
    expect(recall(tally.atThreshold)).toBe(0.5);
    expect(tally.byKind.get('complaint')).toEqual([1, 0]);
    expect([...tally.byScore.values()].reduce((n, [u, c]) => n + u + c, 0)).toBe(3);
  });
});
