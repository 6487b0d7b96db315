import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseCorpus, splitOf } from '../../eval/replies-corpus';

const CORPUS = fileURLToPath(new URL('../../eval/replies/replies.jsonl', import.meta.url));

function line(
  overrides: Record<string, unknown> = {},
  labels: Record<string, unknown> = {},
): string {
  const id = (overrides.id as string | undefined) ?? 'en-sample-1';
  return JSON.stringify({
    id,
    language: 'en',
    split: splitOf(id),
    source: { repository: 'owner/repo', path: 'data.json', commit: 'abc123' },
    licence: 'Apache-2.0',
    customer: 'Where is my order?',
    reply: 'Hi! It was shipped today.',
    labels: {
      greeting: true,
      thanks: false,
      closing: false,
      address: 'none',
      speaker: 'none',
      commands: [],
      passives: ['was shipped'],
      upset: false,
      apology: false,
      questions: [{ text: 'Where is my order?', answered: true }],
      longSentences: [],
      promises: [],
      ...labels,
    },
    ...overrides,
  });
}

describe('the reply corpus format', () => {
  it('decides the split by a hash of the id, about a third to report', () => {
    expect(splitOf('en-sample-1')).toBe(splitOf('en-sample-1'));
    const ids = Array.from({ length: 600 }, (_, i) => `fi-x-${i}`);
    const report = ids.filter((id) => splitOf(id) === 'report').length;
    expect(report).toBeGreaterThan(160);
    expect(report).toBeLessThan(240);
  });

  it('parses a valid record', () => {
    const [r] = parseCorpus(`${line()}\n\n`);
    expect(r?.id).toBe('en-sample-1');
    expect(r?.labels.passives).toEqual(['was shipped']);
  });

  it('refuses a record whose split is not the one its id gives', () => {
    const wrong = splitOf('en-sample-1') === 'tune' ? 'report' : 'tune';
    expect(() => parseCorpus(line({ split: wrong }))).toThrow(/its id puts it in/);
  });

  it('refuses quotes and questions that are not verbatim in the texts', () => {
    expect(() => parseCorpus(line({}, { commands: ['Click here'] }))).toThrow(CorpusError);
    expect(() =>
      parseCorpus(line({}, { questions: [{ text: 'When will it arrive?', answered: false }] })),
    ).toThrow(/not in the customer's message/);
  });

  it('refuses duplicate ids, a wrong language prefix and a source without a place', () => {
    expect(() => parseCorpus(`${line()}\n${line()}`)).toThrow(/duplicate id/);
    expect(() => parseCorpus(line({ id: 'fi-sample-2', split: splitOf('fi-sample-2') }))).toThrow(
      /does not start with its language/,
    );
    expect(() => parseCorpus(line({ source: { organisation: 'Acme' } }))).toThrow(/source/);
  });

  it('holds the committed corpus to the same rules', () => {
    const records = loadCorpus(CORPUS);
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.language))).toEqual(new Set(['fi', 'en']));
  });
});
