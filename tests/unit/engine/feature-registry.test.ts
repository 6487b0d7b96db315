import { afterEach, describe, expect, it } from 'vitest';
import {
  FEATURE_CACHE_SIZE,
  featureDetectorFor,
  memoisedSentenceCount,
  registerFeatureDetector,
  sentenceFeatures,
} from '../../../rules/features';
import { check, getBuiltinPack } from '../../../rules/index';
import { FEATURE_LABELS, type FeatureDetector, type SentenceFeatures } from '../../../rules/types';

function emptyFeatures(): SentenceFeatures {
  const labels = Object.fromEntries(
    FEATURE_LABELS.map((l) => [l, false]),
  ) as SentenceFeatures['labels'];
  return { labels, evidence: [] };
}

function countingDetector(): FeatureDetector & { calls: number } {
  const d = {
    language: 'fi' as const,
    calls: 0,
    detect(_sentence: string) {
      d.calls++;
      return emptyFeatures();
    },
  };
  return d;
}

// The setup file registers the real Finnish detector; put it back after each test.
const realFinnish = featureDetectorFor('fi');
afterEach(() => {
  registerFeatureDetector('fi', realFinnish ? () => realFinnish : null);
});

describe('feature detector registry', () => {
  it('has English by default, lazily', () => {
    const en = featureDetectorFor('en');
    expect(en?.language).toBe('en');
    expect(featureDetectorFor('en')).toBe(en);
    expect(en?.detect('Send us the receipt.').labels.imperative).toBe(true);
  });

  it('has no Finnish detector until one is registered', () => {
    registerFeatureDetector('fi', null);
    expect(featureDetectorFor('fi')).toBeNull();
    expect(sentenceFeatures('fi', 'Lähettäkää kuitti.')).toBeNull();
    const fake = countingDetector();
    registerFeatureDetector(fake);
    expect(featureDetectorFor('fi')?.language).toBe('fi');
    featureDetectorFor('fi')?.detect('Hei.');
    expect(fake.calls).toBe(1);
  });

  it('builds a detector registered as a factory on first use', () => {
    const fake = countingDetector();
    let built = 0;
    registerFeatureDetector('fi', () => {
      built++;
      return fake;
    });
    expect(built).toBe(0);
    featureDetectorFor('fi');
    featureDetectorFor('fi');
    expect(built).toBe(1);
  });

  it('memoises results by sentence text, bounded', () => {
    const fake = countingDetector();
    registerFeatureDetector(fake);
    const d = featureDetectorFor('fi') as FeatureDetector;
    const first = d.detect('Korjaamme vian.');
    expect(d.detect('Korjaamme vian.')).toBe(first);
    expect(fake.calls).toBe(1);
    for (let i = 0; i < FEATURE_CACHE_SIZE + 10; i++) d.detect(`Lause ${i}.`);
    expect(memoisedSentenceCount('fi')).toBe(FEATURE_CACHE_SIZE);
    d.detect('Korjaamme vian.');
    expect(fake.calls).toBe(FEATURE_CACHE_SIZE + 12);
  });

  it('rejects a detector registered under another language', () => {
    registerFeatureDetector('fi', () => ({ language: 'en', detect: emptyFeatures }));
    expect(() => featureDetectorFor('fi')).toThrow(/registered for "fi" is for "en"/);
  });

  it('keeps the grammatical checks silent without a detector, never guessing', () => {
    const draft = 'Kiitos viestistänne. Voitko lähettää kuitin? Lähettäkää kuva. Vika korjataan.';
    const ids = (findings: { check: string }[]) =>
      findings
        .map((f) => f.check)
        .filter((id) => ['address', 'command', 'passive', 'speaker'].includes(id));
    const fiPack = getBuiltinPack('builtin:fi');
    if (!fiPack) throw new Error('no builtin:fi');
    expect(ids(check(draft, fiPack))).toEqual(['address', 'command', 'passive']);
    registerFeatureDetector('fi', null);
    expect(ids(check(draft, fiPack))).toEqual([]);
  });
});
