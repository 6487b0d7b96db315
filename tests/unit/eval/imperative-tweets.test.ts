import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../eval/dataset';

const DATA = fileURLToPath(new URL('../../eval/imperative/tweets.jsonl', import.meta.url));

describe('the tweet sentences labelled for the imperative', () => {
  it('parse as a treebank-style set with only the imperative labelled', () => {
    const records = parseDataset(readFileSync(DATA, 'utf8'), DATA);
    expect(records).toHaveLength(2006);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(typeof r.labels.imperative).toBe('boolean');
      expect(r.labels.passive).toBeNull();
    }
    expect(records.filter((r) => r.labels.imperative).length).toBe(219);
  });
});
