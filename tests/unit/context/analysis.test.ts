import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFinnishAnalyzerFromDisk } from '../../../cli/dictionary';
import {
  analyses,
  baseForms,
  baseFormsFromAnalyses,
  fallbackBaseForms,
  hasAnalyzer,
  registerAnalyzer,
} from '../../../rules/analysis';

import { useMode } from './modes';

beforeAll(() => useMode('fallback'));
afterAll(() => {
  useMode('analyzer');
  registerAnalyzer('en', null);
});

describe('fallback stemmers', () => {
  const stem = (word: string, lang: 'fi' | 'en') => fallbackBaseForms(word, lang)[0];

  it('gives inflected Finnish forms a common stem or prefix', () => {
    expect(stem('Tilauksen', 'fi')).toBe('tilaukse');
    expect(stem('tilauksesi', 'fi')).toBe('tilaukse');
    expect(stem('laskua', 'fi')).toBe('lasku');
    expect(stem('laskun', 'fi')).toBe('lasku');
    // Illative -Vn keeps its vowel: "sähköpostii" still shares its stem with "sähköposti".
    expect(stem('sähköpostiin', 'fi')).toBe('sähköpostii');
    expect(stem('onkohan', 'fi')).toBe('onko');
    expect(stem('kengät', 'fi')).toBe('kengä'); // no gradation: "kenkä" needs the analyzer
  });

  it('keeps short words and -kko words whole', () => {
    expect(stem('heikko', 'fi')).toBe('heikko');
    expect(stem('kuu', 'fi')).toBe('kuu');
  });

  it('strips English plural and verb endings', () => {
    expect(stem('orders', 'en')).toBe('order');
    expect(stem('boxes', 'en')).toBe('box');
    expect(stem('deliveries', 'en')).toBe('delivery');
    expect(stem('shipped', 'en')).toBe('ship');
    expect(stem('shipping', 'en')).toBe('ship');
    expect(stem('arrived', 'en')).toBe(stem('arrive', 'en'));
    expect(stem('arriving', 'en')).toBe(stem('arrive', 'en'));
    expect(stem('tried', 'en')).toBe('try');
    expect(stem('sent', 'en')).toBe('send');
    expect(stem('address', 'en')).toBe('address');
    expect(stem('status', 'en')).toBe('status');
  });
});

describe('registry', () => {
  it('uses the fallback when nothing is registered', () => {
    expect(hasAnalyzer('fi')).toBe(false);
    expect(analyses('talo', 'fi')).toEqual([]);
    expect(baseForms('Laskua', 'fi')).toEqual(['lasku']);
  });

  it('prefers a registered analyzer and falls back for words it does not know', () => {
    registerAnalyzer('en', { analyze: (w) => (w === 'went' ? [{ BASEFORM: 'go' }] : []) });
    expect(baseForms('went', 'en')).toEqual(['go']);
    expect(baseForms('orders', 'en')).toEqual(['order']);
    registerAnalyzer('en', null);
    expect(baseForms('went', 'en')).toEqual(['go']); // the fallback knows it too
  });

  it('reads base forms, derivation roots and compound parts from analyses', () => {
    expect(
      baseFormsFromAnalyses([
        { BASEFORM: 'tilaus', WORDBASES: '+tila(tilata)+us(+us)' },
        { BASEFORM: 'Sähköposti', WORDBASES: '+sähkö(sähkö)+posti(posti)' },
      ]),
    ).toEqual(['tilaus', 'tilata', 'sähköposti', 'sähkö', 'posti']);
  });
});

describe('with the Finnish analyzer registered', () => {
  it('gives real base forms', () => {
    registerAnalyzer('fi', loadFinnishAnalyzerFromDisk());
    expect(hasAnalyzer('fi')).toBe(true);
    expect(baseForms('kengät', 'fi')).toEqual(['kenkä']);
    expect(baseForms('tilaukseni', 'fi')).toEqual(['tilaus', 'tilata']);
    expect(baseForms('Voinko', 'fi')).toContain('voida');
    expect(analyses('Onko', 'fi').some((a) => a.KYSYMYSLIITE === 'true')).toBe(true);
    // Unknown words still get a stem.
    expect(baseForms('xyzzyä', 'fi')).toEqual(['xyzzy']);
  });
});
