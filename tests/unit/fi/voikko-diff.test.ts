/**
 * Differential test: rules/fi/analyzer.ts against python3-libvoikko (the reference
 * implementation, Debian packages `python3-libvoikko` + `voikko-fi`) on a deterministic list
 * of several thousand word forms. Every analysis must be identical: same analyses, same order,
 * same attribute dicts including key order.
 */
import { describe, expect, it } from 'vitest';
import { loadFinnishAnalyzerFromDisk } from '../../../cli/dictionary';
import { libvoikkoAnalyzeAll } from './libvoikko';
import { buildDifferentialWords } from './wordlist';

describe('Finnish analyzer vs python3-libvoikko', () => {
  it('gives identical analyses on the differential word list', () => {
    const analyzer = loadFinnishAnalyzerFromDisk(undefined, { cacheSize: 0 });
    const words = buildDifferentialWords(analyzer.transducer);
    expect(words.length).toBeGreaterThanOrEqual(3000);

    // Fails with an explicit "apt-get install -y python3-libvoikko voikko-fi" message when the
    // reference is not available.
    const expected = libvoikkoAnalyzeAll(words);

    const mismatches: { word: string; libvoikko: unknown; ours: unknown }[] = [];
    let analyses = 0;
    let withAnalyses = 0;
    const tags = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      const ref = expected[i] ?? [];
      const ours = analyzer.analyze(word);
      analyses += ref.length;
      if (ref.length > 0) withAnalyses++;
      for (const a of ref) {
        for (const m of (a.FSTOUTPUT ?? '').matchAll(/\[[^\]]*\]/g)) tags.add(m[0]);
      }
      // JSON comparison so that key order counts too.
      if (JSON.stringify(ours) !== JSON.stringify(ref)) {
        mismatches.push({ word, libvoikko: ref, ours });
      }
    }

    // The list must actually exercise the analyzer.
    expect(withAnalyses).toBeGreaterThan(3000);
    expect(analyses).toBeGreaterThan(4000);
    const allTags = analyzer.transducer.symbols.filter((s) => s.startsWith('['));
    expect(allTags.filter((t) => !tags.has(t))).toEqual([]);

    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(mismatches.length).toBe(0);
  });
});
