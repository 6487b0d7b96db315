import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MOR_VFST_PATH, loadFinnishAnalyzerFromDisk } from '../../../cli/dictionary';
import {
  isFiniteVerb,
  isImperative,
  isPassive,
  isProperNoun,
  isVerb,
  loadFinnishAnalyzer,
  moodOf,
  numberOf,
  personOf,
  voikkoLower,
  voikkoUpper,
} from '../../../rules/fi/analyzer';
import { loadVfst, VfstFormatError } from '../../../rules/fi/vfst';

const analyzer = loadFinnishAnalyzerFromDisk();

// Expected values are python3-libvoikko 4.3.1 + voikko-fi 2.5 output.
const EXPECTED: Record<string, Record<string, string>[]> = {
  korjataan: [
    {
      BASEFORM: 'korjata',
      CLASS: 'teonsana',
      FSTOUTPUT: '[Lt][Xp]korjata[X]korjat[Tt][Ap][P4][Ef]aan',
      MOOD: 'indicative',
      NEGATIVE: 'false',
      PERSON: '4',
      STRUCTURE: '=ppppppppp',
      TENSE: 'present_simple',
      WORDBASES: '+korjata(korjata)',
    },
  ],
  Helsingissä: [
    {
      BASEFORM: 'Helsinki',
      CLASS: 'paikannimi',
      FSTOUTPUT: '[Lep][Xp]Helsinki[X]helsingi[Sine][Ny]ssä',
      NUMBER: 'singular',
      SIJAMUOTO: 'sisaolento',
      STRUCTURE: '=ipppppppppp',
      WORDBASES: '+Helsinki(Helsinki)',
    },
  ],
  'EU:n': [
    {
      BASEFORM: 'EU',
      CLASS: 'lyhenne',
      FSTOUTPUT: '[La][Xr]jj[X][Xp]EU[X]eu[Sg][Ny]:n',
      NUMBER: 'singular',
      SIJAMUOTO: 'omanto',
      STRUCTURE: '=jj:p',
      WORDBASES: '+EU(EU)',
    },
  ],
  '3:lla': [
    {
      BASEFORM: '3',
      CLASS: 'lukusana',
      FSTOUTPUT: '[Lu]3[Sade][Ny]:lla',
      NUMBER: 'singular',
      SIJAMUOTO: 'ulkoolento',
      STRUCTURE: '=q:ppp',
      WORDBASES: '+3:lla',
    },
  ],
  'Isolla-Britannialla': [
    {
      BASEFORM: 'Iso-Britannia',
      CLASS: 'paikannimi',
      FSTOUTPUT:
        '[Lnl][De][Xp]iso[X]iso[Sade][Ny]lla-[Bc][Lep][Xp]Britannia[X]britannia[Sade][Ny]lla',
      NUMBER: 'singular',
      SIJAMUOTO: 'ulkoolento',
      STRUCTURE: '=ippppp-=ippppppppppp',
      WORDBASES: '+isolla(iso)+-+Britannia(Britannia)',
    },
  ],
  Metsähallitus: [
    {
      BASEFORM: 'metsähallitus',
      CLASS: 'nimisana',
      FSTOUTPUT:
        '[Ln][Ica][Xp]metsä[X]mets[Sn][Ny]ä[Bh][Bc][Ln][Ion][Xp]hallitus[X]hallitu[Sn][Ny]s',
      NUMBER: 'singular',
      SIJAMUOTO: 'nimento',
      STRUCTURE: '=ppppp=pppppppp',
      WORDBASES: '+metsä(metsä)+hallitus(hallitus)',
    },
    {
      BASEFORM: 'Metsähallitus',
      CLASS: 'nimi',
      NUMBER: 'singular',
      SIJAMUOTO: 'nimento',
      STRUCTURE: '=ipppp=pppppppp',
    },
  ],
  lähettäkää: [
    {
      BASEFORM: 'lähettää',
      CLASS: 'teonsana',
      FSTOUTPUT: '[Lt][Xp]lähettää[X]lähettä[Tk][Ap][P2][Nm][Ef]kää',
      MOOD: 'imperative',
      NEGATIVE: 'false',
      NUMBER: 'plural',
      PERSON: '2',
      STRUCTURE: '=pppppppppp',
      TENSE: 'present_simple',
      WORDBASES: '+lähettää(lähettää)',
    },
  ],
  kissa: [
    {
      BASEFORM: 'kissa',
      CLASS: 'nimisana',
      FSTOUTPUT: '[Ln][Xp]kissa[X]kiss[Sn][Ny]a',
      NUMBER: 'singular',
      SIJAMUOTO: 'nimento',
      STRUCTURE: '=ppppp',
      WORDBASES: '+kissa(kissa)',
    },
  ],
  hänet: [
    {
      BASEFORM: 'hän',
      CLASS: 'asemosana',
      FSTOUTPUT: '[Lr][Xp]hän[X]hä[Sak][Ny]net',
      NUMBER: 'singular',
      SIJAMUOTO: 'kohdanto',
      STRUCTURE: '=ppppp',
      WORDBASES: '+hän(hän)',
    },
  ],
  'työ-': [
    {
      BASEFORM: 'työ-',
      CLASS: 'etuliite',
      FSTOUTPUT: '[Ln][Xp]työ[X]työ[Sn][Ny]-[Bh][Bc]',
      STRUCTURE: '=ppp-',
      WORDBASES: '+työ(työ)+-',
    },
  ],
  kuunneltuanne: [
    {
      BASEFORM: 'kuunneltu',
      CLASS: 'laatusana',
      COMPARISON: 'positive',
      FSTOUTPUT: '[Lt][Xp]kuunnella[X]kuunnel[Ll][Rt][Xj]tu[X]tu[Sp][Ny]a[O2m]nne[Ln]',
      NUMBER: 'singular',
      PARTICIPLE: 'past_passive',
      POSSESSIVE: '2p',
      SIJAMUOTO: 'osanto',
      STRUCTURE: '=ppppppppppppp',
      WORDBASES: '+kuunnel(kuunnella)+tuanne(+tu)',
    },
  ],
  voisitteko: [
    {
      BASEFORM: 'voida',
      CLASS: 'teonsana',
      FSTOUTPUT: '[Lt][Ira][Xp]voida[X]vo[Te][Ap][P2][Nm][Ef]isitte[Fko][Ef]ko',
      KYSYMYSLIITE: 'true',
      MOOD: 'conditional',
      NEGATIVE: 'false',
      NUMBER: 'plural',
      PERSON: '2',
      REQUIRE_FOLLOWING_VERB: 'A-infinitive',
      STRUCTURE: '=pppppppppp',
      TENSE: 'present_simple',
      WORDBASES: '+voida(voida)',
    },
  ],
  '2000-luvulla': [
    {
      BASEFORM: '2000-luku',
      CLASS: 'nimisana',
      FSTOUTPUT: '[Lu]2000-[Bc][Ln][Xp]luku[X]luvu[Sade][Ny]lla',
      NUMBER: 'singular',
      SIJAMUOTO: 'ulkoolento',
      STRUCTURE: '=qqqq-=ppppppp',
      WORDBASES: '+2000+-+luku(luku)',
    },
  ],
};

describe('Finnish analyzer (spec examples)', () => {
  for (const [word, expected] of Object.entries(EXPECTED)) {
    it(`analyses ${word} like libvoikko (incl. key order)`, () => {
      const got = analyzer.analyze(word);
      expect(got).toEqual(expected);
      expect(got.map((a) => Object.keys(a))).toEqual(expected.map((a) => Object.keys(a)));
    });
  }

  it('gives both readings of Pohjois-Suomella with their base forms', () => {
    expect(analyzer.analyze('Pohjois-Suomella').map((a) => [a.CLASS, a.BASEFORM])).toEqual([
      ['nimisana', 'pohjois-suomi'],
      ['paikannimi', 'Pohjois-Suomi'],
    ]);
  });

  it('filters hyphenation-invalid raw outputs (§5.1)', () => {
    const raw = analyzer.rawOutputs('Suomi-loma');
    const kept = analyzer.analyze('Suomi-loma');
    expect(raw.length).toBeGreaterThan(kept.length);
    expect(kept.map((a) => a.FSTOUTPUT)).toEqual([
      '[Lep][Xp]Suomi[X]suom[Sn][Ny]i-[Bc][Ln][Xp]loma[X]lom[Sn][Ny]a',
    ]);
    expect(analyzer.analyze('öljy-yhtiö')).toHaveLength(1);
  });

  it('lower-cases with libvoikko’s table', () => {
    expect(analyzer.analyze('KISSA')).toEqual(analyzer.analyze('kissa'));
    expect(analyzer.analyze('KiSsA')).toEqual(analyzer.analyze('kissa'));
    expect(analyzer.analyze('ÄITI')).toEqual(analyzer.analyze('äiti'));
    expect(voikkoLower(0x41)).toBe(0x61);
    expect(voikkoLower(0xd7)).toBe(0xd7); // ×
    expect(voikkoLower(0x178)).toBe(0x178); // Ÿ is not in the table
    expect(voikkoLower(0x1b7)).toBe(0x292);
    expect(voikkoLower(0x410)).toBe(0x430);
    expect(voikkoUpper(0xe4)).toBe(0xc4);
    expect(voikkoUpper(0xdf)).toBe(0xdf); // ß
  });

  it('returns nothing for unknown characters, empty, NUL and over-long input', () => {
    for (const w of [
      '',
      'H&M:n',
      'kis=sa',
      'ki\u00adssa',
      'kissa!',
      'kissa😀',
      'Ωμέγα',
      'ki\0ssa',
    ]) {
      expect(analyzer.analyze(w)).toEqual([]);
    }
    expect(analyzer.analyze('a'.repeat(256))).toEqual([]);
    const long = 'tilausvahvistus'.repeat(20).slice(0, 256);
    expect(analyzer.analyze(long)).toEqual([]);
  });

  it('memoizes and returns frozen results', () => {
    const a = analyzer.analyze('tilauksesta');
    expect(analyzer.analyze('tilauksesta')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
    const small = loadFinnishAnalyzerFromDisk(undefined, { cacheSize: 2 });
    const x = small.analyze('kissa');
    small.analyze('koira');
    small.analyze('talo'); // evicts kissa
    expect(small.analyze('kissa')).not.toBe(x);
    expect(small.analyze('kissa')).toEqual(x);
  });

  it('has typed helpers over the raw attributes', () => {
    const [korjataan] = analyzer.analyze('korjataan');
    expect(korjataan && isVerb(korjataan)).toBe(true);
    expect(korjataan && isFiniteVerb(korjataan)).toBe(true);
    expect(korjataan && isPassive(korjataan)).toBe(true);
    const [lahettakaa] = analyzer.analyze('lähettäkää');
    expect(lahettakaa && isImperative(lahettakaa)).toBe(true);
    expect(lahettakaa && personOf(lahettakaa)).toBe('2');
    expect(lahettakaa && numberOf(lahettakaa)).toBe('plural');
    expect(lahettakaa && moodOf(lahettakaa)).toBe('imperative');
    const [helsinki] = analyzer.analyze('Helsingissä');
    expect(helsinki && isProperNoun(helsinki)).toBe(true);
    expect(helsinki && isVerb(helsinki)).toBe(false);
  });
});

describe('VFST reader', () => {
  const file = readFileSync(DEFAULT_MOR_VFST_PATH);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);

  it('parses header, symbol table and transition table', () => {
    const t = loadVfst(bytes);
    expect(t.symbols).toHaveLength(288);
    expect(t.symbols[0]).toBe('');
    expect(t.firstNormal).toBe(90);
    expect(t.firstMulti).toBe(200);
    expect(t.cellCount).toBe(497_004);
    expect(t.flagFeatureCount).toBe(23);
    // Start state uses the overflow cell: 379 transitions.
    expect(t.transitionsOf(0)).toHaveLength(379);
    expect(t.stateEnd(0)).toBe(380);
    // Exactly one final state: cell 409.
    expect(t.symIn(409)).toBe(0xffff);
  });

  it('loads from a buffer at an odd byte offset', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const t = loadVfst(shifted.subarray(1));
    const enc = t.encode('korjataan');
    expect(enc).not.toBeNull();
    expect(t.lookup(enc as Uint16Array)).toEqual(['[Lt][Xp]korjata[X]korjat[Tt][Ap][P4][Ef]aan']);
    const fromArrayBuffer = loadFinnishAnalyzer(shifted.slice(1).buffer);
    expect(fromArrayBuffer.analyze('kissa')).toEqual(analyzer.analyze('kissa'));
  });

  it('rejects bad, big-endian and weighted files', () => {
    const bad = bytes.slice(0, 64);
    bad[0] = 0;
    expect(() => loadVfst(bad)).toThrow(VfstFormatError);
    const be = bytes.slice(0, 64);
    be.set([0x00, 0x01, 0x3a, 0x6e, 0x00, 0x03, 0x51, 0xfa], 0);
    expect(() => loadVfst(be)).toThrow(/big-endian/);
    const weighted = bytes.slice(0, 64);
    weighted[8] = 1;
    expect(() => loadVfst(weighted)).toThrow(/weighted/);
    expect(() => loadVfst(new Uint8Array(4))).toThrow(VfstFormatError);
  });

  it('honours the output limit and resets flags between lookups', () => {
    const t = loadVfst(bytes);
    const enc = t.encode('kuusialusta'.repeat(23)) as Uint16Array;
    const first = t.lookup(enc, 99);
    // libvoikko (fresh handle) returns 4 raw outputs before its move budget runs out.
    expect(first.length).toBe(4);
    expect(t.lookup(t.encode('kissa') as Uint16Array)).toEqual(['[Ln][Xp]kissa[X]kiss[Sn][Ny]a']);
    expect(t.lookup(enc, 2)).toEqual(first.slice(0, 2));
  });
});
