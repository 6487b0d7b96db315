/**
 * Every custom rule kind run through the engine as a pack configures it, and the layering
 * of packs: a team pack over an organisation pack over a built-in one.
 */

import { describe, expect, it } from 'vitest';
import {
  applyFixes,
  type CompiledPack,
  type CustomRule,
  checkDocument,
  compilePack,
  type Finding,
  firstFixes,
  getBuiltinPack,
  type Pack,
  PackError,
  parseDocument,
  resolvePack,
} from '../../../rules/index';

/** A pack of only `rules`, so that no built-in check adds findings of its own. */
function packOf(language: 'fi' | 'en', rules: CustomRule[]): Pack {
  return { id: 'test:rules', name: 'Rules', version: '1.0.0', language, rules };
}

function onlyRules(compiled: CompiledPack): CompiledPack {
  const ruleIds = new Set(compiled.pack.rules.map((r) => r.id));
  return { ...compiled, checks: compiled.checks.filter((c) => ruleIds.has(c.check.id)) };
}

function run(pack: Pack, text: string, customerMessage?: string): Finding[] {
  const compiled = onlyRules(compilePack(pack));
  const doc = parseDocument(text, compiled.parseOptions);
  return checkDocument(doc, compiled, customerMessage === undefined ? {} : { customerMessage });
}

const texts = (findings: Finding[]) => findings.map((f) => f.text);

describe('substitute', () => {
  const pack = packOf('fi', [
    {
      id: 'sanasto',
      kind: 'substitute',
      swap: [
        { pattern: 'meili', replacement: 'sähköposti', inflect: true },
        { pattern: 'asap', replacement: 'mahdollisimman pian' },
      ],
    },
  ]);

  it('flags each match with a one-click fix and the default message', () => {
    const text = 'Vastaamme meilissä asap.';
    const findings = run(pack, text);
    expect(findings.map((f) => [f.check, f.text, f.severity, f.message])).toEqual([
      ['sanasto', 'meilissä', 'warning', 'Käytä mieluummin ”sähköpostissa” kuin ”meilissä”.'],
      ['sanasto', 'asap', 'warning', 'Käytä mieluummin ”mahdollisimman pian” kuin ”asap”.'],
    ]);
    expect(applyFixes(text, firstFixes(findings))).toBe(
      'Vastaamme sähköpostissa mahdollisimman pian.',
    );
  });

  it('ignores quoted earlier messages and the signature', () => {
    const text =
      'Hei,\n\n> Lähetin meilin.\nSelvä.\n\nTerveisin\nMatti\n-- \nMatti / meili-tuki\nmeili: x@y.fi';
    expect(run(pack, text)).toEqual([]);
  });
});

describe('forbid', () => {
  it('flags every match with the rule’s message, severity and link', () => {
    const pack = packOf('en', [
      {
        id: 'no-guarantees',
        kind: 'forbid',
        severity: 'error',
        message: 'Do not promise: “{match}”.',
        link: 'https://example.com/style#promises',
        pattern: ['guarantee', { regex: '100 ?%' }],
      },
    ]);
    const findings = run(pack, 'We guaranteed it, 100% sure. Guarantees!');
    expect(texts(findings)).toEqual(['guaranteed', '100%', 'Guarantees']);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      message: 'Do not promise: “guaranteed”.',
      link: 'https://example.com/style#promises',
      fixes: [],
    });
  });
});

describe('require', () => {
  const pack = packOf('fi', [
    { id: 'ohjesivu', kind: 'require', pattern: [{ regex: 'esimerkki\\.fi' }, 'ohjesivu'] },
  ]);

  it('flags a reply without any of the patterns at its first body sentence', () => {
    const findings = run(pack, 'Hei,\n\nTilaus on lähetetty. Se saapuu huomenna.');
    expect(texts(findings)).toEqual(['Tilaus on lähetetty.']);
    expect(findings[0]?.message).toBe(
      'Vastauksesta puuttuu jokin näistä: /esimerkki\\.fi/, ”ohjesivu”.',
    );
  });

  it('accepts any one of the patterns, inflected, and says nothing about an empty draft', () => {
    expect(run(pack, 'Katso ohjesivulta.')).toEqual([]);
    expect(run(pack, 'Katso esimerkki.fi.')).toEqual([]);
    expect(run(pack, '')).toEqual([]);
  });
});

describe('conditional', () => {
  const pack = packOf('en', [
    {
      id: 'refund-timeline',
      kind: 'conditional',
      when: ['refund', 'money back'],
      reply: ['working days'],
    },
  ]);

  it("applies only when the customer's message matches", () => {
    expect(run(pack, 'We have processed it.')).toEqual([]);
    expect(run(pack, 'We have processed it.', 'Where is my parcel?')).toEqual([]);
    const findings = run(pack, 'We have processed it.', 'When am I refunded?');
    expect(findings.map((f) => [f.text, f.message])).toEqual([
      [
        'We have processed it.',
        'The customer mentions “refunded”, so the reply should contain one of: “working days”.',
      ],
    ]);
  });

  it('is satisfied when the reply contains what it requires', () => {
    expect(run(pack, 'It takes 5 working days.', 'I want my money back')).toEqual([]);
  });
});

describe('limit', () => {
  it('flags the occurrences past the maximum, per reply', () => {
    const pack = packOf('fi', [{ id: 'huuto', kind: 'limit', pattern: { regex: '!' }, max: 1 }]);
    const findings = run(pack, 'Kiitos! Hienoa! Palataan!');
    expect(findings.map((f) => [f.text, f.start, f.message])).toEqual([
      ['!', 14, '”!” toistuu 3 kertaa (enintään 1).'],
      ['!', 24, '”!” toistuu 3 kertaa (enintään 1).'],
    ]);
    expect(run(pack, 'Kiitos! Palataan.')).toEqual([]);
  });

  it('counts per sentence or per paragraph', () => {
    const perSentence = packOf('en', [
      { id: 'one-and', kind: 'limit', pattern: 'and', max: 1, per: 'sentence' },
    ]);
    expect(texts(run(perSentence, 'A and b and c. D and e.'))).toEqual(['and']);
    const perParagraph = packOf('en', [
      { id: 'one-sorry', kind: 'limit', pattern: 'sorry', max: 1, per: 'paragraph' },
    ]);
    expect(texts(run(perParagraph, 'Sorry. Sorry again.\n\nSorry.'))).toEqual(['Sorry']);
  });

  it('flags too few occurrences at the scope', () => {
    const pack = packOf('en', [
      { id: 'name-twice', kind: 'limit', pattern: 'Acme', min: 2, per: 'paragraph' },
    ]);
    const findings = run(pack, 'Acme says hi.\n\nAcme and Acme.');
    expect(findings.map((f) => [f.text, f.message])).toEqual([
      ['Acme says hi.', 'One of “Acme” occurs 1 times (at least 2).'],
    ]);
  });
});

describe('layering', () => {
  const org: Pack = {
    id: 'acme:org',
    name: 'Acme',
    version: '1.0.0',
    language: 'fi',
    extends: 'builtin:fi',
    style: { sentenceMaxWords: 15, greeting: { phrases: ['Hyvä asiakas'] } },
    rules: [
      { id: 'ei-kiire', kind: 'forbid', pattern: 'kiire*' },
      {
        id: 'tuote',
        kind: 'substitute',
        swap: [{ pattern: 'eplus', replacement: 'Esimerkki Plus' }],
      },
    ],
  };
  const team: Pack = {
    id: 'acme:team',
    name: 'Team',
    version: '1.0.0',
    language: 'fi',
    extends: 'acme:org',
    style: { sentenceMaxWords: 10 },
    checks: { 'ei-kiire': { enabled: false }, tuote: { severity: 'error' } },
    rules: [
      {
        id: 'tuote',
        kind: 'substitute',
        swap: [{ pattern: 'eplus', replacement: 'E-Plus' }],
      },
      { id: 'oma', kind: 'forbid', pattern: 'moikka' },
    ],
  };
  const load = (ref: string) => (ref === 'acme:org' ? org : getBuiltinPack(ref));

  it('overrides settings layer by layer and merges rules by id', () => {
    const resolved = resolvePack(team, load);
    expect(resolved.layers).toEqual(['builtin:fi', 'acme:org', 'acme:team']);
    expect(resolved.style.sentenceMaxWords).toBe(10);
    expect(resolved.style.greeting).toEqual({ required: true, phrases: ['Hyvä asiakas'] });
    expect(resolved.rules.map((r) => r.id)).toEqual(['plain-words', 'ei-kiire', 'tuote', 'oma']);
    // The team's rule replaced the organisation's one of the same id.
    expect(resolved.rules.find((r) => r.id === 'tuote')).toBe(team.rules?.[0]);
  });

  it('disables inherited rules and changes their severity by id', () => {
    const compiled = compilePack(team, { load });
    const findings = checkDocument(
      parseDocument('Kiireesti: eplus ja moikka asap.', compiled.parseOptions),
      onlyRules(compiled),
    );
    expect(findings.map((f) => [f.check, f.text, f.severity, f.fixes[0]?.replacement])).toEqual([
      ['tuote', 'eplus', 'error', 'E-Plus'],
      ['oma', 'moikka', 'warning', undefined],
      ['plain-words', 'asap', 'hint', 'mahdollisimman pian'],
    ]);
  });

  it('rejects settings for an id that is neither a check nor a rule', () => {
    expect(() => compilePack({ ...team, checks: { 'ei-ole': {} } }, { load })).toThrow(
      new PackError('unknown check "ei-ole"', ['checks', 'ei-ole']),
    );
  });
});
