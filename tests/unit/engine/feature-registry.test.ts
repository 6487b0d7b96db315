import { afterEach, describe, expect, it } from 'vitest';
import {
  FEATURE_CACHE_SIZE,
  featureDetectorFor,
  memoisedSentenceCount,
  sentenceFeatures,
} from '../../../rules/features';
import { check, getBuiltinPack } from '../../../rules/index';
import { installMorphology } from '../../../rules/languages';
import { FEATURE_LABELS, type FeatureDetector, type SentenceFeatures } from '../../../rules/types';
import { installRealFinnish } from '../setup-language';

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

/** Installs a Finnish morphology whose detector `detector` builds. */
function installFinnishDetector(detector: () => FeatureDetector): void {
  installMorphology('fi', { load: () => ({ analyze: () => [] }), detector });
}

// The setup file installs the real Finnish morphology; put it back after each test.
afterEach(installRealFinnish);

describe('feature detector registry', () => {
  it('has English by default, lazily', () => {
    const en = featureDetectorFor('en');
    expect(en?.language).toBe('en');
    expect(featureDetectorFor('en')).toBe(en);
    expect(en?.detect('Send us the receipt.').labels.imperative).toBe(true);
  });

  it('has no Finnish detector until its morphology is installed', () => {
    installMorphology('fi', null);
    expect(featureDetectorFor('fi')).toBeNull();
    expect(sentenceFeatures('fi', 'Lähettäkää kuitti.')).toBeNull();
    const fake = countingDetector();
    installFinnishDetector(() => fake);
    expect(featureDetectorFor('fi')?.language).toBe('fi');
    featureDetectorFor('fi')?.detect('Hei.');
    expect(fake.calls).toBe(1);
  });

  it('builds the detector on first use', () => {
    const fake = countingDetector();
    let built = 0;
    installFinnishDetector(() => {
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
    installFinnishDetector(() => fake);
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
    installFinnishDetector(() => ({ language: 'en', detect: emptyFeatures }));
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
    installMorphology('fi', null);
    expect(ids(check(draft, fiPack))).toEqual([]);
  });
});
