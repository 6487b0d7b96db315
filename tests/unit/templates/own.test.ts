/**
 * The agent's own templates: a draft from the options page's form is checked as a pack's
 * template is (shape, body syntax, house style) and refused at the field that is wrong;
 * shortcuts; "copy to mine"; and `;;shortcut` expansion of an own template.
 */

import { describe, expect, it } from 'vitest';
import { compilePack, getBuiltinPack, type Pack } from '../../../rules/index';
import {
  checkOwnTemplate,
  copyOfPackTemplate,
  draftOf,
  expandOwnShortcut,
  newOwnId,
  type OwnTemplate,
  type OwnTemplateDraft,
  triggersFromLines,
  triggersToLines,
} from '../../../rules/templates/own';

const fiPack = getBuiltinPack('builtin:fi') as Pack;
const compiledFi = compilePack(fiPack);

const GOOD_BODY =
  'Hei {{customer.firstName}},\n\nkiitos viestistänne. Tarkistamme tilauksenne ja palaamme asiaan {{responseTime}}.\n\nYstävällisin terveisin\n{{agent.name}}';

const draft = (extra: Partial<OwnTemplateDraft> = {}): OwnTemplateDraft => ({
  language: 'fi',
  title: 'Tilauksen tarkistus',
  body: GOOD_BODY,
  tags: 'tilaus, oma',
  shortcut: 'tark',
  triggers: 'tilaus*\n/missä .* tilaus/',
  ...extra,
});

let ids = 0;
const options = (extra: Partial<Parameters<typeof checkOwnTemplate>[1]> = {}) => ({
  own: [],
  packTemplates: [],
  now: 1_000,
  newId: () => `mine-test${++ids}`,
  ...extra,
});

describe('checking an own template', () => {
  it('turns a good draft into a template with a new id, tags and triggers', () => {
    const result = checkOwnTemplate(draft(), options({ compiled: compiledFi }));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.template).toMatchObject({
      id: expect.stringMatching(/^mine-/),
      language: 'fi',
      title: 'Tilauksen tarkistus',
      tags: ['tilaus', 'oma'],
      shortcut: 'tark',
      triggers: ['tilaus*', { regex: 'missä .* tilaus' }],
      createdAt: 1_000,
      updatedAt: 1_000,
    });
  });

  it('keeps the id and the creation time of the template it edits', () => {
    const first = checkOwnTemplate(draft(), options()).template as OwnTemplate;
    const edited = checkOwnTemplate(
      draft({ title: 'Uusi nimi' }),
      options({ own: [first], now: 2_000 }),
      first,
    );
    expect(edited.template).toMatchObject({
      id: first.id,
      title: 'Uusi nimi',
      createdAt: 1_000,
      updatedAt: 2_000,
    });
  });

  it('refuses a broken body, saying what is wrong and where', () => {
    const result = checkOwnTemplate(
      draft({ body: 'Hei {{customer.frstName}},\n\n{{input:Tilausnumero' }),
      options(),
    );
    expect(result.template).toBeUndefined();
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['body', 'syntax'],
      ['body', 'syntax'],
    ]);
    expect(result.errors[0]?.params[0]).toContain('did you mean {{customer.firstName}}?');
    expect(result.errors[1]?.params[0]).toContain('not closed');
  });

  it('refuses an empty title and body, a shortcut of two words, an unsafe regular expression', () => {
    const result = checkOwnTemplate(
      draft({ title: ' ', body: '', shortcut: 'two words', triggers: '/(a+)+$/' }),
      options(),
    );
    expect(result.errors.map((e) => [e.field, e.code])).toEqual(
      expect.arrayContaining([
        ['title', 'required'],
        ['body', 'required'],
        ['shortcut', 'shortcut-format'],
        ['triggers', 'invalid'],
      ]),
    );
  });

  it('refuses a shortcut another own template has, and warns of a pack template’s', () => {
    const mine = checkOwnTemplate(draft(), options()).template as OwnTemplate;
    const taken = checkOwnTemplate(
      draft({ title: 'Toinen', shortcut: ';;TARK' }),
      options({ own: [mine] }),
    );
    expect(taken.errors).toEqual([
      { field: 'shortcut', code: 'shortcut-taken', params: ['Tilauksen tarkistus'] },
    ]);

    const packTemplate = (fiPack.templates ?? []).find((t) => t.shortcut) as NonNullable<
      Pack['templates']
    >[number];
    const clash = checkOwnTemplate(
      draft({ shortcut: packTemplate.shortcut as string }),
      options({ packTemplates: [{ template: packTemplate, language: 'fi' }] }),
    );
    expect(clash.template).toBeDefined();
    expect(clash.warnings).toEqual([
      { field: 'shortcut', code: 'shortcut-clash', params: [packTemplate.title] },
    ]);
  });

  it('shows the house style of the active pack as warnings, and saves the template', () => {
    const result = checkOwnTemplate(
      draft({
        body: 'Hei {{customer.firstName}},\n\nkiitos viestistäsi. Tilaus lähetetään huomenna. Lähetä meille kuitti.\n\nYstävällisin terveisin\n{{agent.name}}',
      }),
      options({ compiled: compiledFi }),
    );
    expect(result.errors).toEqual([]);
    expect(result.template).toBeDefined();
    expect(result.warnings.every((w) => w.field === 'body' && w.code === 'style')).toBe(true);
    const checks = result.warnings.map((w) => w.params[0]);
    expect(checks).toEqual(expect.arrayContaining(['passive', 'command']));
    expect(result.warnings.find((w) => w.params[0] === 'passive')?.params[2]).toBe('lähetetään');
  });
});

describe('triggers and the form', () => {
  it('writes regular expressions between slashes, one trigger a line', () => {
    const triggers = ['myöhäs*', 'ei ole tullut', { regex: 'missä .* paketti' }];
    expect(triggersToLines(triggers)).toBe('myöhäs*\nei ole tullut\n/missä .* paketti/');
    expect(triggersFromLines(triggersToLines(triggers))).toEqual(triggers);
    expect(triggersFromLines(' \n ')).toBeUndefined();
  });

  it('gives a pack template’s copy a new id, no examples, and where it came from', () => {
    const source = (fiPack.templates ?? [])[0] as NonNullable<Pack['templates']>[number];
    const copy = copyOfPackTemplate(source, 'fi', newOwnId(), 5);
    expect(copy.id).toMatch(/^mine-[0-9a-z]{10}$/);
    expect(copy.id).not.toBe(source.id);
    expect(copy).not.toHaveProperty('examples');
    expect(copy).toMatchObject({
      title: source.title,
      body: source.body,
      copiedFrom: { id: source.id, language: 'fi' },
    });
    // The form shows it as it is, and saving it unchanged keeps it.
    const again = checkOwnTemplate(draftOf(copy, 'fi'), options({ now: 6 }), copy);
    expect(again.errors).toEqual([]);
    expect(again.template).toMatchObject({ ...copy, updatedAt: 6 });
  });
});

describe('expanding an own shortcut', () => {
  it('fills the template from the page, the draft’s language first', () => {
    const fi = checkOwnTemplate(draft(), options()).template as OwnTemplate;
    const en = {
      ...fi,
      id: 'mine-en',
      language: 'en' as const,
      body: 'Hello {{customer.firstName}}, we will write {{responseTime}}.',
    };
    const responseTime = () => ({ amount: 2, unit: 'working-days' as const });
    const context = { customerName: 'Maija Meikäläinen' };
    expect(expandOwnShortcut('TARK', [fi, en], 'en', context, responseTime)?.text).toBe(
      'Hello Maija, we will write within two working days.',
    );
    expect(expandOwnShortcut('tark', [fi, en], 'fi', context, responseTime)?.text).toContain(
      'Hei Maija,',
    );
    expect(expandOwnShortcut('muu', [fi, en], 'fi', context, responseTime)).toBeNull();
  });

  it('gives its cursor stops, so Tab moves between them as after a pack template', () => {
    const own = {
      ...(checkOwnTemplate(draft(), options()).template as OwnTemplate),
      language: 'en' as const,
      body: 'Order {{cursor}} ships on {{cursor}}.',
    };
    const expanded = expandOwnShortcut('tark', [own], 'en', {}, () => null);
    expect(expanded?.text).toBe('Order  ships on .');
    expect(expanded?.cursors).toEqual([6, 16]);
  });
});
