/**
 * Templates in the pack format: the schema, layering by id through `extends`, and what
 * validation says about them (syntax, triggers, `suggestFor`, the house style at its
 * path), as a team lead would read it; and the built-in packs' templates.
 */

import { describe, expect, it } from 'vitest';
import {
  getBuiltinPack,
  type Pack,
  type PackIssue,
  resolvePack,
  runSuggestExamples,
  templateFindings,
  validatePack,
} from '../../../rules/index';

const base = { id: 'acme:test', name: 'Acme', version: '1.0.0', language: 'fi' } as const;

const GOOD_BODY =
  'Hei {{customer.firstName}},\n\nkiitos viestistänne. Pahoittelemme, että tilauksenne on myöhässä. Tarkistamme sen tilanteen heti.\n\nYstävällisin terveisin\n{{agent.name}}';

const template = (extra: object = {}) => ({
  id: 'delivery-delay',
  title: 'Toimitus myöhässä',
  body: GOOD_BODY,
  tags: ['toimitus'],
  triggers: ['myöhäs*', 'ei ole tullut', { regex: 'missä .* paketti' }],
  shortcut: 'viive',
  examples: { suggestFor: ['Tilaukseni ei ole vieläkään tullut.'] },
  ...extra,
});

function errors(json: unknown): PackIssue[] {
  const result = validatePack(json);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

function warnings(json: unknown): PackIssue[] {
  const result = validatePack(json);
  if (!result.ok)
    throw new Error(`expected the pack to be valid: ${JSON.stringify(result.errors)}`);
  return result.warnings ?? [];
}

describe('the template schema', () => {
  it('accepts the shape of the issue exactly', () => {
    const pack = {
      ...base,
      extends: 'builtin:fi',
      style: { address: 'formal' },
      templates: [template()],
    };
    expect(warnings(pack)).toEqual([]);
  });

  it.each([
    [{ id: 'Delivery Delay' }, 'templates[0].id', 'kebab-case'],
    [{ title: '' }, 'templates[0].title', ''],
    [{ shortcut: 'two words' }, 'templates[0].shortcut', 'one word'],
    [{ triggers: ['a*'] }, 'templates[0].triggers', 'at least 3 letters'],
    [{ triggers: [{ regex: '(a+)+' }] }, 'templates[0].triggers[0].regex', 'backtrack'],
    [{ examples: { suggest: ['x'] } }, 'templates[0].examples.suggest', 'unknown key'],
    [{ colour: 'red' }, 'templates[0].colour', 'unknown key'],
  ])('refuses %j at its path', (extra, path, message) => {
    const found = errors({ ...base, templates: [template(extra)] });
    const issue = found.find((e) => e.path.startsWith(path));
    expect(issue, JSON.stringify(found)).toBeDefined();
    expect(issue?.message).toContain(message);
  });

  it('refuses two templates with one id', () => {
    const found = errors({ ...base, templates: [template(), template({ title: 'Toinen' })] });
    expect(found).toContainEqual({
      path: 'templates[1].id',
      message: 'duplicate id "delivery-delay" (also templates[0])',
    });
  });

  it('refuses two templates with one shortcut', () => {
    const found = errors({
      ...base,
      templates: [template(), template({ id: 'other', shortcut: 'VIIVE' })],
    });
    expect(found).toContainEqual({
      path: 'templates[1].shortcut',
      message: 'the shortcut "VIIVE" is also templates[0]\'s',
    });
  });

  it('refuses a body with a syntax error, at the body’s path', () => {
    const found = errors({ ...base, templates: [template({ body: 'Hei {{customer.nimi}},' })] });
    expect(found[0]?.path).toBe('templates[0].body');
    expect(found[0]?.message).toContain('unknown variable "{{customer.nimi}}"');
  });
});

describe('layering', () => {
  const org: Pack = {
    ...base,
    id: 'acme:org',
    extends: 'builtin:fi',
    templatesMustPass: true,
    templates: [
      template({ examples: undefined }),
      template({ id: 'return', title: 'Palautus', examples: undefined }),
    ],
  };
  const team: Pack = {
    ...base,
    id: 'acme:team',
    extends: 'acme:org',
    templates: [
      template({ title: 'Tiimin viivepohja', examples: undefined }),
      template({ id: 'extra', title: 'Oma', examples: undefined }),
    ],
  };
  const load = (ref: string) => (ref === 'acme:org' ? org : getBuiltinPack(ref));

  it('replaces an inherited template by id and adds new ones after the inherited', () => {
    const resolved = resolvePack(team, load).templates ?? [];
    const builtin = getBuiltinPack('builtin:fi')?.templates ?? [];
    const titles = new Map(resolved.map((t) => [t.id, t.title]));
    expect(titles.get('delivery-delay')).toBe('Tiimin viivepohja');
    expect(titles.get('return')).toBe('Palautus');
    expect(resolved.map((t) => t.id)).toEqual([...builtin.map((t) => t.id), 'extra']);
  });

  it('inherits templatesMustPass unless a layer says otherwise', () => {
    expect(resolvePack(team, load).templatesMustPass).toBe(true);
    expect(resolvePack({ ...team, templatesMustPass: false }, load).templatesMustPass).toBe(false);
    expect(resolvePack(base, load).templatesMustPass).toBe(false);
  });
});

describe('the house style of templates', () => {
  // Informal address in a formal pack, a passive and an order.
  const breaking = template({
    shortcut: 'huono',
    body: 'Hei {{customer.firstName}},\n\nkiitos viestistäsi. Tilaus lähetetään huomenna. Lähetä meille kuitti.\n\nYstävällisin terveisin\n{{agent.name}}',
  });
  const pack = {
    ...base,
    extends: 'builtin:fi',
    style: { address: 'formal' },
    templates: [template({ id: 'ok' }), breaking],
  };

  it('reports a template that breaks the pack’s rules, with the finding and its path, as a warning', () => {
    const found = warnings(pack);
    expect(found.every((w) => w.path === 'templates[1].body')).toBe(true);
    const checks = found.map((w) => w.message.split(':')[0]);
    expect(checks).toEqual(expect.arrayContaining(['address', 'passive', 'command']));
    expect(found.find((w) => w.message.startsWith('passive'))?.message).toContain('"lähetetään"');
  });

  it('checks the same body again for a pack with other ground rules', () => {
    const informal = template({
      id: 'sinuttelu',
      shortcut: 'sinuttelu',
      body: GOOD_BODY.replace('viestistänne', 'viestistäsi').replace('tilauksenne', 'tilauksesi'),
    });
    const formalPack = {
      ...base,
      extends: 'builtin:fi',
      style: { address: 'formal' },
      templates: [informal],
    };
    expect(warnings(formalPack).map((w) => w.message.split(':')[0])).toContain('address');
    expect(warnings({ ...formalPack, style: { address: 'informal' } })).toEqual([]);
    expect(warnings(formalPack).map((w) => w.message.split(':')[0])).toContain('address');
  });

  it('refuses the pack when it says "templatesMustPass": true', () => {
    const found = errors({ ...pack, templatesMustPass: true });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.path === 'templates[1].body')).toBe(true);
  });

  it('counts variables as filled: an unfilled one would be a placeholder finding', () => {
    const compiled = validatePack(pack);
    if (!compiled.ok) throw new Error('invalid');
    const findings = templateFindings(compiled.pack.templates?.[0] as never, compiled.compiled);
    expect(findings).toEqual([]);
  });

  it('flags a bracketed placeholder the template forgot to turn into a variable', () => {
    const body = GOOD_BODY.replace('{{agent.name}}', '[Oma nimi]');
    const found = warnings({ ...base, extends: 'builtin:fi', templates: [template({ body })] });
    expect(found.map((w) => w.message)).toEqual([
      expect.stringMatching(/^placeholder: .*\("\[Oma nimi\]"\)$/),
    ]);
  });
});

describe('suggestFor examples', () => {
  it('refuses a template its own example does not bring up', () => {
    const found = errors({
      ...base,
      templates: [template({ examples: { suggestFor: ['Miten vaihdan salasanani?'] } })],
    });
    expect(found).toEqual([
      {
        path: 'templates[0].examples.suggestFor[0]',
        message: expect.stringContaining(
          '"delivery-delay" is not among the top 3 for "Miten vaihdan salasanani?"',
        ),
      },
    ]);
  });

  it('runs per template for `talontapa test`', () => {
    const result = validatePack({ ...base, templates: [template()] });
    if (!result.ok) throw new Error('invalid');
    const report = runSuggestExamples(
      result.compiled.pack.templates?.[0] as never,
      result.compiled,
    );
    expect(report).toEqual({ template: 'delivery-delay', run: 1, failures: [] });
  });
});

describe('the built-in packs’ templates', () => {
  it.each(['fi', 'en'] as const)(
    'builtin:%s has at least 10, each with examples, in its own house style',
    (language) => {
      const pack = getBuiltinPack(`builtin:${language}`);
      const templates = pack?.templates ?? [];
      expect(templates.length).toBeGreaterThanOrEqual(10);
      for (const t of templates)
        expect(t.examples?.suggestFor?.length ?? 0).toBeGreaterThanOrEqual(2);
      // Valid (every suggestFor in the top three) and no house-style warning.
      expect(warnings(pack)).toEqual([]);
      // And so it stays when a pack makes them must-pass.
      expect(validatePack({ ...pack, templatesMustPass: true }).ok).toBe(true);
    },
  );

  it('are language variants of each other', () => {
    const fi = (getBuiltinPack('builtin:fi')?.templates ?? []).map((t) => t.id).sort();
    const en = (getBuiltinPack('builtin:en')?.templates ?? []).map((t) => t.id).sort();
    expect(fi).toEqual(en);
  });
});
