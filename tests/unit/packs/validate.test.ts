/**
 * `validatePack`: one malformed pack per kind of error, each error asserted with its JSON
 * path and message, as a team lead would read it.
 */

import { describe, expect, it } from 'vitest';
import {
  builtinPacks,
  getBuiltinPack,
  jsonSize,
  LIMITS,
  type Pack,
  type PackIssue,
  starterPack,
  validatePack,
  validatePackText,
} from '../../../rules/index';

const base = { id: 'acme:test', name: 'Acme', version: '1.0.0', language: 'fi' } as const;

function errors(json: unknown, options?: Parameters<typeof validatePack>[1]): PackIssue[] {
  const result = validatePack(json, options);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

const forbid = (pattern: unknown, extra: object = {}) => ({
  ...base,
  rules: [{ id: 'r', kind: 'forbid', pattern, ...extra }],
});

describe('validatePack accepts', () => {
  it.each([...builtinPacks.map((p) => [p.id, p] as const)])('the built-in pack %s', (_, pack) => {
    const result = validatePack(pack);
    expect(result.ok && result.pack).toEqual(pack);
  });

  it.each(['fi', 'en'] as const)('the %s starter pack that `init` writes', (language) => {
    const result = validatePack(starterPack(language));
    expect(result.ok).toBe(true);
  });

  it('a minimal pack, and gives the compiled pack with it', () => {
    const result = validatePack({ ...base, extends: 'builtin:fi' });
    expect(result.ok && result.compiled.pack.layers).toEqual(['builtin:fi', 'acme:test']);
  });
});

describe('validatePack refuses, naming the path and what was expected', () => {
  it.each<[string, unknown, PackIssue[]]>([
    ['not an object', 'pack', [{ path: '', message: 'expected object, received string' }]],
    [
      'a missing required key',
      { name: 'x', version: '1.0.0', language: 'fi' },
      [{ path: 'id', message: 'missing: expected string' }],
    ],
    [
      'a value of the wrong type',
      { ...base, style: { sentenceMaxWords: 'long' } },
      [{ path: 'style.sentenceMaxWords', message: 'expected number, received string' }],
    ],
    [
      'a value out of range',
      { ...base, style: { sentenceMaxWords: 0 } },
      [{ path: 'style.sentenceMaxWords', message: 'expected number to be >0' }],
    ],
    [
      'a value not among the allowed ones',
      { ...base, style: { address: 'polite' } },
      [{ path: 'style.address', message: 'expected one of "formal"|"informal"|"any"' }],
    ],
    [
      'an unknown key, suggesting the likely one',
      { ...base, style: { adress: 'formal' } },
      [{ path: 'style.adress', message: 'unknown key (did you mean "address"?)' }],
    ],
    [
      'several unknown keys, each by its own path',
      { ...base, colour: 1, rules: [{ id: 'r', kind: 'forbid', pattern: 'x', sevrity: 'error' }] },
      [
        { path: 'rules[0].sevrity', message: 'unknown key (did you mean "severity"?)' },
        { path: 'colour', message: 'unknown key' },
      ],
    ],
    [
      'an unknown rule kind',
      { ...base, rules: [{ id: 'r', kind: 'ban', pattern: 'x' }] },
      [
        {
          path: 'rules[0].kind',
          message:
            '"ban" is not one; expected one of "substitute", "forbid", "require", "conditional", "limit"',
        },
      ],
    ],
    [
      'a rule id that is not kebab-case',
      { ...base, rules: [{ id: 'No Slang', kind: 'forbid', pattern: 'x' }] },
      [{ path: 'rules[0].id', message: 'expected a kebab-case id such as "no-jargon"' }],
    ],
    [
      'a pattern of the wrong type',
      forbid(42),
      [{ path: 'rules[0].pattern', message: 'expected string, object or array, received number' }],
    ],
    [
      'a word pattern with regex syntax',
      forbid('tilau(s|ksen)'),
      [
        {
          path: 'rules[0].pattern',
          message:
            'unexpected "(" in the word pattern "tilau(s|ksen)"; for a regular expression write {"regex": "…"}',
        },
      ],
    ],
    [
      'a stem too short to be useful',
      forbid(['ok', 'a*']),
      [
        {
          path: 'rules[0].pattern[1]',
          message: 'the stem "a*" needs at least 3 letters before "*"',
        },
      ],
    ],
    [
      'a regular expression that does not compile',
      forbid({ regex: '(tilaus' }),
      [{ path: 'rules[0].pattern.regex', message: 'unterminated group' }],
    ],
    [
      'a limit without bounds',
      { ...base, rules: [{ id: 'r', kind: 'limit', pattern: 'x' }] },
      [{ path: 'rules[0].max', message: 'give "min", "max" or both' }],
    ],
    [
      'a limit whose minimum exceeds its maximum',
      { ...base, rules: [{ id: 'r', kind: 'limit', pattern: 'x', min: 3, max: 1 }] },
      [{ path: 'rules[0].min', message: '"min" (3) exceeds "max"' }],
    ],
    [
      'a link that is not http(s)',
      forbid('x', { link: 'javascript:alert(1)' }),
      [{ path: 'rules[0].link', message: 'expected an http(s) address' }],
    ],
    [
      'a check id that is not kebab-case',
      { ...base, checks: { Greeting: {} } },
      [{ path: 'checks.Greeting', message: 'key: check ids are kebab-case' }],
    ],
  ])('%s', (_, json, expected) => {
    expect(errors(json)).toEqual(expected);
  });

  it.each([
    ['(a+)+$', 'nested quantifiers in "(a+)+"'],
    ['(a|ab)*c', 'alternatives under the quantifier of "(a|ab)*" can both start with "a"'],
    ['\\d+\\d+', '"\\d+" and "\\d+" can both take "0", one after the other'],
    ['(x*)*', '"(x*)*" repeats a part that can match the empty string'],
    ['a{5000}', 'repetition count above 1000'],
  ])('a regular expression that could backtrack catastrophically: %s', (regex, reason) => {
    const [error] = errors(forbid({ regex }));
    expect(error?.path).toBe('rules[0].pattern.regex');
    expect(error?.message).toMatch(/^may backtrack catastrophically: /);
    expect(error?.message).toContain(reason);
  });

  it('duplicate rule ids', () => {
    const rules = [
      { id: 'a', kind: 'forbid', pattern: 'x' },
      { id: 'b', kind: 'forbid', pattern: 'y' },
      { id: 'a', kind: 'require', pattern: 'z' },
    ];
    expect(errors({ ...base, rules })).toEqual([
      { path: 'rules[2].id', message: 'duplicate id "a" (also rules[0])' },
    ]);
  });

  it('a rule with the id of a built-in check', () => {
    expect(errors({ ...base, rules: [{ id: 'greeting', kind: 'forbid', pattern: 'x' }] })).toEqual([
      {
        path: 'rules[0].id',
        message:
          '"greeting" is a built-in check; to configure it use checks.greeting, or choose another id',
      },
    ]);
  });

  it('a substitution whose fix its own rule would flag again', () => {
    const rules = [
      { id: 's', kind: 'substitute', swap: [{ pattern: 'tarkist*', replacement: 'tarkistaa' }] },
    ];
    expect(errors({ ...base, rules })).toEqual([
      {
        path: 'rules[0].swap[0].replacement',
        message:
          '"tarkistaa" is itself matched by this rule ("tarkistaa"), so its fix would be flagged again',
      },
    ]);
  });

  it('a Finnish ending carried onto a phrase', () => {
    const rules = [
      {
        id: 's',
        kind: 'substitute',
        swap: [{ pattern: 'läppäri', replacement: 'kannettava tietokone', inflect: true }],
      },
    ];
    expect(errors({ ...base, rules })).toEqual([
      {
        path: 'rules[0].swap[0].inflect',
        message: 'only a one-word replacement can take the ending',
      },
    ]);
  });

  it('settings for an unknown check, and options a check rejects', () => {
    expect(errors({ ...base, checks: { 'no-such-check': {} } })).toEqual([
      { path: 'checks.no-such-check', message: 'unknown check "no-such-check"' },
    ]);
    expect(errors({ ...base, checks: { 'sentence-length': { options: { max: -1 } } } })).toEqual([
      {
        path: 'checks.sentence-length.options.max',
        message: 'expected number to be >0',
      },
    ]);
    expect(
      errors({
        ...base,
        rules: [{ id: 'r', kind: 'forbid', pattern: 'x' }],
        checks: { r: { options: { a: 1 } } },
      }),
    ).toEqual([{ path: 'checks.r.options', message: 'pack rules take no options' }]);
  });

  it('an unknown parent pack, a cycle, and a parent in another language', () => {
    expect(errors({ ...base, extends: 'acme:org' })).toEqual([
      { path: 'extends', message: 'unknown pack "acme:org"' },
    ]);
    const a: Pack = { ...base, id: 'a', extends: 'b' };
    const b: Pack = { ...base, id: 'b', extends: 'a' };
    const load = (ref: string) => ({ a, b })[ref as 'a' | 'b'];
    expect(errors(a, { load })).toEqual([
      { path: 'extends', message: '"extends" forms a cycle: a → b → a' },
    ]);
    expect(errors({ ...base, extends: 'builtin:en' })).toEqual([
      {
        path: 'extends',
        message: '"builtin:en" is a pack for "en" replies; this pack is for "fi"',
      },
    ]);
  });

  it('a pack whose examples contradict its rules, naming the failing example', () => {
    const rule = {
      id: 'ei-kiire',
      kind: 'forbid',
      pattern: 'kiire',
      examples: { bad: ['Meillä on hoppu.', 'Ei kiirettä.'], good: ['Kiire on.'] },
    };
    expect(errors({ ...base, rules: [rule] })).toEqual([
      {
        path: 'rules[0].examples.bad[0]',
        message: 'expected a "ei-kiire" finding in "Meillä on hoppu.", found none',
      },
      {
        path: 'rules[0].examples.good[0]',
        message:
          'expected no finding in "Kiire on.", found "Kiire": ”Kiire” ei kuulu talon tapaan.',
      },
    ]);
  });

  it('a bad example whose fixes do not give the expected text', () => {
    const rule = {
      id: 's',
      kind: 'substitute',
      swap: [{ pattern: 'meili', replacement: 'sähköposti' }],
      examples: { bad: [{ text: 'Meilissä.', fixed: 'Sähköpostissa.' }] },
    };
    expect(errors({ ...base, rules: [rule] })).toEqual([
      {
        path: 'rules[0].examples.bad[0]',
        message: 'the fix gives "Sähköposti.", expected "Sähköpostissa."',
      },
    ]);
  });

  it('a conditional rule’s examples run with their customer message', () => {
    const rule = {
      id: 'c',
      kind: 'conditional',
      when: 'palautus',
      reply: 'lomake',
      examples: { bad: [{ text: 'Selvä.', customerMessage: 'Miten tilaus?' }] },
    };
    expect(errors({ ...base, rules: [rule] })).toEqual([
      {
        path: 'rules[0].examples.bad[0]',
        message: 'expected a "c" finding in "Selvä.", found none',
      },
    ]);
  });

  it('a pack above the size limit, before looking inside', () => {
    const huge = { ...base, description: 'x'.repeat(LIMITS.packBytes) };
    expect(errors(huge)).toEqual([
      { path: '', message: 'the pack is larger than 512 KB; split it or trim it' },
    ]);
    expect(validatePackText(' '.repeat(LIMITS.packBytes + 1))).toEqual({
      ok: false,
      errors: [{ path: '', message: 'the pack is larger than 512 KB; split it or trim it' }],
    });
    expect(errors({ ...base }, { maxBytes: 10 })[0]?.message).toMatch(/larger than 0 KB/);
  });

  it('text that is not JSON', () => {
    const result = validatePackText('{ "id": ');
    expect(!result.ok && result.errors[0]?.message).toMatch(/^not JSON: /);
  });
});

describe('validatePack never throws', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a function', () => 1],
    ['a BigInt', { ...base, version: 1n }],
    ['a symbol', Symbol('pack')],
    ['a deeply nested value', JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`)],
  ])('on %s', (_, value) => {
    expect(validatePack(value).ok).toBe(false);
  });

  it('on a cyclic object, which the size walk gives up on', () => {
    const cyclic: Record<string, unknown> = { ...base };
    cyclic.style = cyclic;
    expect(validatePack(cyclic).ok).toBe(false);
    expect(jsonSize(cyclic, 1000)).toBe(Number.POSITIVE_INFINITY);
  });

  it('and keeps the built-in pack usable as a parent after all that', () => {
    expect(validatePack({ ...base, extends: 'builtin:fi' }).ok).toBe(true);
    expect(getBuiltinPack('builtin:fi')?.rules?.[0]?.id).toBe('plain-words');
  });
});
