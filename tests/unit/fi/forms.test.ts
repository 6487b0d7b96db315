import { describe, expect, it } from 'vitest';
import { getFinnishAnalyzer } from '../../../cli/dictionary';
import type { Analysis, MorphologicalAnalyzer } from '../../../rules/analysis';
import {
  activePastParticiple,
  gradationVariants,
  imperativeToRequest,
  nominativeStatus,
  objectsToGenitive,
  passiveToFirstPerson,
  perfectPassiveToFirstPerson,
  switchAddress,
  switchFirstPerson,
  toGenitive,
} from '../../../rules/fi/forms';

const fi = getFinnishAnalyzer();

/** An analyser that knows only the given words, to show that nothing unverified gets out. */
function stub(words: Record<string, Analysis[]>): MorphologicalAnalyzer & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    analyze(word) {
      asked.push(word);
      return words[word] ?? [];
    },
  };
}

describe('passiveToFirstPerson', () => {
  it.each([
    ['korjataan', 'korjaamme', 'korjaan'],
    ['lähetetään', 'lähetämme', 'lähetän'],
    ['tarkistetaan', 'tarkistamme', 'tarkistan'],
    ['palautetaan', 'palautamme', 'palautan'],
    ['hyvitetään', 'hyvitämme', 'hyvitän'],
    ['toimitetaan', 'toimitamme', 'toimitan'],
    ['selvitetään', 'selvitämme', 'selvitän'],
    ['saadaan', 'saamme', 'saan'],
    ['tehdään', 'teemme', 'teen'],
    ['käsitellään', 'käsittelemme', 'käsittelen'],
    ['valitaan', 'valitsemme', 'valitsen'],
    ['hoidetaan', 'hoidamme', 'hoidan'],
    ['korjattiin', 'korjasimme', 'korjasin'],
    ['lähetettiin', 'lähetimme', 'lähetin'],
    ['Toimitetaan', 'Toimitamme', 'Toimitan'],
  ])('%s → %s / %s', (passive, plural, singular) => {
    expect(passiveToFirstPerson(fi, passive, 'plural')).toBe(plural);
    expect(passiveToFirstPerson(fi, passive, 'singular')).toBe(singular);
  });

  it('gives null for a word that is not a finite passive', () => {
    expect(passiveToFirstPerson(fi, 'korjaamme', 'plural')).toBeNull();
    expect(passiveToFirstPerson(fi, 'kengät', 'plural')).toBeNull();
  });

  it('returns only a candidate the analyser confirms as the same verb in the first person', () => {
    const passive: Analysis = {
      BASEFORM: 'korjata',
      CLASS: 'teonsana',
      MOOD: 'indicative',
      NEGATIVE: 'false',
      PERSON: '4',
      TENSE: 'present_simple',
    };
    // "korjaamme" of another verb, or in the wrong person, is not accepted.
    const wrongVerb = stub({
      korjataan: [passive],
      korjaamme: [{ ...passive, BASEFORM: 'korjaantua', PERSON: '1', NUMBER: 'plural' }],
    });
    expect(passiveToFirstPerson(wrongVerb, 'korjataan', 'plural')).toBeNull();
    expect(wrongVerb.asked).toContain('korjaamme');
    const unknown = stub({ korjataan: [passive] });
    expect(passiveToFirstPerson(unknown, 'korjataan', 'plural')).toBeNull();
    const right = stub({
      korjataan: [passive],
      korjaamme: [{ ...passive, PERSON: '1', NUMBER: 'plural' }],
    });
    expect(passiveToFirstPerson(right, 'korjataan', 'plural')).toBe('korjaamme');
  });
});

describe('perfectPassiveToFirstPerson', () => {
  it.each([
    [['on'], 'korjattu', 'plural', 'olemme korjanneet'],
    [['on'], 'korjattu', 'singular', 'olen korjannut'],
    [['On'], 'lähetetty', 'plural', 'Olemme lähettäneet'],
    [['oli'], 'tehty', 'plural', 'olimme tehneet'],
    [['ei', 'ole'], 'tarkistettu', 'plural', 'emme ole tarkistaneet'],
    [['on'], 'käsitelty', 'singular', 'olen käsitellyt'],
  ] as const)('%j %s (%s) → %s', (aux, participle, number, expected) => {
    expect(perfectPassiveToFirstPerson(fi, aux, participle, number)).toBe(expected);
  });

  it('verifies the active participle against the verb', () => {
    expect(activePastParticiple(fi, 'korjata', 'plural')).toBe('korjanneet');
    expect(activePastParticiple(fi, 'tulla', 'singular')).toBe('tullut');
    expect(activePastParticiple(fi, 'nousta', 'plural')).toBe('nousseet');
    expect(perfectPassiveToFirstPerson(fi, ['on'], 'saapunut', 'plural')).toBeNull();
  });
});

describe('imperativeToRequest', () => {
  it('asks with the number of the imperative when the house address is any', () => {
    expect(imperativeToRequest(fi, 'Lähettäkää')).toEqual({
      modal: 'Voisitteko',
      infinitive: 'lähettää',
      number: 'plural',
    });
    expect(imperativeToRequest(fi, 'Lähetä')).toEqual({
      modal: 'Voisitko',
      infinitive: 'lähettää',
      number: 'singular',
    });
  });

  it('follows the house address', () => {
    expect(imperativeToRequest(fi, 'tarkista', 'formal')?.modal).toBe('voisitteko');
    expect(imperativeToRequest(fi, 'Korjatkaa', 'informal')?.modal).toBe('Voisitko');
  });

  it('gives null for what is not a positive second-person imperative', () => {
    expect(imperativeToRequest(fi, 'lähetämme')).toBeNull();
    expect(imperativeToRequest(fi, 'kengät')).toBeNull();
  });
});

describe('objects in the genitive', () => {
  it.each([
    ['kuitti', 'kuitin'],
    ['vika', 'vian'],
    ['tilaus', 'tilauksen'],
    ['liite', 'liitteen'],
    ['kenkä', 'kengän'],
    ['asiakas', 'asiakkaan'],
    ['Osoite', 'Osoitteen'],
    ['se', 'sen'],
  ])('%s → %s', (nominative, genitive) => {
    expect(nominativeStatus(fi, nominative)).toBe('genitive-needed');
    expect(toGenitive(fi, nominative)).toBe(genitive);
  });

  it('keeps plurals, other cases and possessive forms', () => {
    for (const w of ['kengät', 'lahjaksi', 'tilauksenne', 'huomenna', 'meille']) {
      expect(nominativeStatus(fi, w), w).toBe('keep');
    }
  });

  it('rewrites the objects up to the end of the clause', () => {
    const text = 'kuitti meille, niin hyvitämme summan';
    const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    }));
    expect(objectsToGenitive(fi, words, text)).toEqual([
      { start: 0, end: 6, replacement: 'kuitin' },
    ]);
  });
});

describe('person switches', () => {
  it.each([
    ['sinä', 'Te'],
    ['sinulle', 'Teille'],
    ['voitko', 'voitteko'],
    ['olet', 'olette'],
    ['tilauksesi', 'tilauksenne'],
    ['viestistäsi', 'viestistänne'],
    ['Lähetä', 'Lähettäkää'],
  ])('informal %s → formal %s', (from, to) => {
    expect(switchAddress(fi, from, 'formal')).toBe(to);
  });

  it.each([
    ['Teidän', 'Sinun'],
    ['voitteko', 'voitko'],
    ['tilauksenne', 'tilauksesi'],
    ['Lähettäkää', 'Lähetä'],
  ])('formal %s → informal %s', (from, to) => {
    expect(switchAddress(fi, from, 'informal')).toBe(to);
  });

  it.each([
    ['korjaan', 'korjaamme'],
    ['olen', 'olemme'],
    ['en', 'emme'],
    ['Tarkistin', 'Tarkistimme'],
    ['minulle', 'meille'],
  ])('first person %s ↔ %s', (singular, plural) => {
    expect(switchFirstPerson(fi, singular, 'plural')).toBe(plural);
    expect(switchFirstPerson(fi, plural, 'singular')).toBe(singular);
  });

  it('does not switch words of another person', () => {
    expect(switchAddress(fi, 'kengät', 'formal')).toBeNull();
    expect(switchFirstPerson(fi, 'korjataan', 'plural')).toBeNull();
  });
});

describe('gradationVariants', () => {
  it('tries consonant gradation both ways on the last consonants', () => {
    expect(gradationVariants('kuitti')).toContain('kuiti');
    expect(gradationVariants('lähettä')).toContain('lähetä');
    expect(gradationVariants('kengä')).toContain('kenkä');
    expect(gradationVariants('pelä')).toContain('pelkä');
  });
});
