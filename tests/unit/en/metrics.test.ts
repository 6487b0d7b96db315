import { describe, expect, it } from 'vitest';
import { DatasetError, inferLanguage, languageOf, parseDataset } from '../../eval/dataset.ts';
import { type GoldLabels, LabelTally, type PredictedLabels, score } from '../../eval/metrics.ts';

const gold = (over: Partial<GoldLabels>): GoldLabels => ({
  addr_2sg: null,
  addr_2pl: null,
  addr_2: false,
  imperative: false,
  passive: false,
  first_sg: false,
  first_pl: false,
  ...over,
});
const predicted = (over: Partial<PredictedLabels>): PredictedLabels => ({
  addr_2sg: false,
  addr_2pl: false,
  addr_2: false,
  imperative: false,
  passive: false,
  first_sg: false,
  first_pl: false,
  ...over,
});

describe('score', () => {
  it('computes precision, recall and F1', () => {
    const s = score({ tp: 8, fp: 2, fn: 8, tn: 100 });
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
    expect(s.support).toBe(16);
  });

  it('treats empty denominators as nothing claimed wrongly or missed', () => {
    expect(score({ tp: 0, fp: 0, fn: 3, tn: 5 })).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(score({ tp: 0, fp: 2, fn: 0, tn: 5 })).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(score({ tp: 0, fp: 0, fn: 0, tn: 5 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('LabelTally', () => {
  it('counts per label and leaves out labels that are not applicable', () => {
    const tally = new LabelTally();
    tally.add(gold({ passive: true, addr_2: true }), predicted({ passive: true }));
    tally.add(gold({ imperative: false }), predicted({ imperative: true, addr_2sg: true }));
    tally.add(gold({ first_sg: true }), predicted({ first_sg: true }));
    const scores = tally.scores();
    expect([...scores.keys()]).toEqual(['addr_2', 'imperative', 'passive', 'first_sg', 'first_pl']);
    expect(scores.get('passive')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scores.get('addr_2')).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(scores.get('imperative')).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
    expect(scores.has('addr_2sg')).toBe(false);
  });
});

describe('parseDataset', () => {
  const line = (over: object = {}) =>
    JSON.stringify({
      id: 'en_ewt:x-1',
      text: 'Send it.',
      labels: gold({ imperative: true }),
      ...over,
    });

  it('reads records, skipping blank lines', () => {
    const records = parseDataset(
      `${line()}\n\n${line({ id: 'en_ewt:x-2', evidence: { imperative: ['Send'] } })}\n`,
      'f',
    );
    expect(records).toHaveLength(2);
    expect(records[1]?.evidence).toEqual({ imperative: ['Send'] });
    expect(records[0]?.labels.imperative).toBe(true);
  });

  it('names the file and line of malformed JSON', () => {
    expect(() => parseDataset(`${line()}\n{"id": oops}\n`, 'data.jsonl')).toThrow(
      /^data\.jsonl:2: not valid JSON/,
    );
  });

  it('rejects records without the fields or labels it needs', () => {
    expect(() => parseDataset('[1]', 'f')).toThrow(DatasetError);
    expect(() => parseDataset(line({ text: 3 }), 'f')).toThrow('f:1: "text" must be a string');
    const labels = { ...gold({}), passive: 'yes' };
    expect(() => parseDataset(line({ labels }), 'f')).toThrow(
      'labels.passive must be true, false or null',
    );
    const { first_pl: _omitted, ...missing } = gold({});
    expect(() => parseDataset(line({ labels: missing }), 'f')).toThrow('labels.first_pl');
  });

  it('rejects an empty file', () => {
    expect(() => parseDataset('\n\n', 'empty.jsonl')).toThrow('empty.jsonl: no records');
  });
});

describe('language inference', () => {
  const record = (id: string, source?: string) => ({
    id,
    text: '',
    labels: gold({}),
    evidence: {},
    ...(source ? { source } : {}),
  });

  it('reads the language from ids or the source treebank', () => {
    expect(languageOf(record('en_ewt:abc'))).toBe('en');
    expect(languageOf(record('fi_tdt:abc'))).toBe('fi');
    expect(languageOf(record('x-1', 'UD_Finnish-TDT'))).toBe('fi');
    expect(languageOf(record('x-1'))).toBeUndefined();
  });

  it('asks for --lang when the file is mixed or unknown', () => {
    expect(inferLanguage([record('en_ewt:1'), record('en_ewt:2')])).toBe('en');
    expect(() => inferLanguage([record('en_ewt:1'), record('fi_tdt:2')])).toThrow(/--lang/);
    expect(() => inferLanguage([record('x')])).toThrow(/--lang/);
  });
});
