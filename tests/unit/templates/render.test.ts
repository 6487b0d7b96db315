/**
 * Template bodies: their syntax (errors with offsets, never a half-rendered reply) and
 * filling them from the page: variables, fallbacks, missing values left visible for the
 * `placeholder` check, fill-in fields, choices, optional paragraphs and cursor stops.
 */

import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_VARIABLES } from '../../../rules/data/placeholder-variables';
import { check, getBuiltinPack } from '../../../rules/index';
import { renderTemplate } from '../../../rules/templates/render';
import { parseTemplate, VARIABLES } from '../../../rules/templates/syntax';
import { dateWords, responseTimeWords } from '../../../rules/templates/words';

const fi = { language: 'fi' } as const;

describe('parseTemplate', () => {
  it('reads variables, fallbacks, fields, choices, optional paragraphs and cursors', () => {
    const parsed = parseTemplate(
      'Hei {{customer.firstName | "asiakas"}}, {{input:Tilausnumero | required}} ' +
        '{{choice:Tapa | "Posti" | "Nouto"}}{{cursor}}{{optional:Hyvitys | off}}x{{/optional}}',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.fields.map((f) => [f.kind, f.label, f.required, f.options, f.defaultOn])).toEqual(
      [
        ['input', 'Tilausnumero', true, [], true],
        ['choice', 'Tapa', false, ['Posti', 'Nouto'], true],
        ['optional', 'Hyvitys', false, [], false],
      ],
    );
  });

  it('asks a field used twice once, keeping it required if either use says so', () => {
    const parsed = parseTemplate('{{input:Tilausnumero}} … {{input:tilausnumero | required}}');
    expect(parsed.fields).toHaveLength(1);
    expect(parsed.fields[0]?.required).toBe(true);
  });

  it.each([
    [
      'Hei {{customer.fristName}}',
      'unknown variable "{{customer.fristName}}" (did you mean {{customer.firstName}}?)',
      4,
    ],
    ['Hei {{customer.firstName', '"{{" is not closed', 4],
    ['Hei {{customer.firstName | asiakas}}', 'the fallback must be "quoted"', 4],
    ['{{choice:Tapa | "Posti"}}', 'a choice needs at least two values', 0],
    ['{{choice:Tapa}}', 'the choice "Tapa" lists no values', 0],
    ['{{optional:Lisä}}teksti', 'not closed with {{/optional}}', 0],
    ['teksti{{/optional}}', '"{{/optional}}" without', 6],
    ['{{input:Nro}} {{choice:nro | "a" | "b"}}', 'already a field of another kind', 14],
    ['{{foo:bar}}', 'unknown field kind "foo:"', 0],
    ['{{input:Nro | pakollinen}}', 'an input takes required or a "quoted default"', 0],
    ['{{optional:A}}{{optional:B}}x{{/optional}}{{/optional}}', 'cannot contain another', 14],
  ])('reports %j', (body, message, start) => {
    const [error] = parseTemplate(body).errors;
    expect(error?.message).toContain(message);
    expect(error?.start).toBe(start);
  });
});

describe('renderTemplate', () => {
  const body =
    'Hei {{customer.firstName}},\n\nkiitos viestistä. Tikettinne {{ticket.id}} on käsittelyssä.' +
    '\n\nTerveisin\n{{agent.name}}';

  it('fills variables from the page and says which values it used', () => {
    const result = renderTemplate(body, {
      ...fi,
      context: { customerName: 'Maija Meikäläinen', agentName: 'Laura Virtanen', ticketId: '4711' },
    });
    expect(result.text).toBe(
      'Hei Maija,\n\nkiitos viestistä. Tikettinne 4711 on käsittelyssä.\n\nTerveisin\nLaura Virtanen',
    );
    expect(result.unfilled).toEqual([]);
    expect(result.values.map((v) => [v.name, v.value, v.source])).toEqual([
      ['customer.firstName', 'Maija', 'page'],
      ['ticket.id', '4711', 'page'],
      ['agent.name', 'Laura Virtanen', 'page'],
    ]);
    for (const v of result.values) expect(result.text.slice(v.start, v.end)).toBe(v.value);
  });

  it('leaves a value the page lacks visible, where the placeholder check flags it', () => {
    const result = renderTemplate(body, { ...fi, context: { customerName: '  ' } });
    expect(result.text).toContain('Hei {{customer.firstName}},');
    expect(result.unfilled.map((u) => result.text.slice(u.start, u.end))).toEqual([
      '{{customer.firstName}}',
      '{{ticket.id}}',
      '{{agent.name}}',
    ]);
    const pack = getBuiltinPack('builtin:fi');
    if (!pack) throw new Error('no builtin:fi');
    const flagged = check(result.text, pack).filter((f) => f.check === 'placeholder');
    expect(flagged.map((f) => f.text)).toEqual([
      '{{customer.firstName}}',
      '{{ticket.id}}',
      '{{agent.name}}',
    ]);
  });

  it('uses a fallback, and an empty one leaves no "Hei ,"', () => {
    const withFallback = renderTemplate('Hei {{customer.firstName | "asiakas"}}, kiitos.', fi);
    expect(withFallback.text).toBe('Hei asiakas, kiitos.');
    expect(withFallback.values[0]?.source).toBe('fallback');
    expect(renderTemplate('Hei {{customer.firstName | ""}}, kiitos.', fi).text).toBe(
      'Hei, kiitos.',
    );
    expect(renderTemplate('Hello {{customer.firstName | ""}}!\n\nThanks.', fi).text).toBe(
      'Hello!\n\nThanks.',
    );
  });

  it('prefers the agent’s own value to the page’s', () => {
    const result = renderTemplate('Hei {{customer.firstName}},', {
      ...fi,
      context: { customerName: 'MAIJA MEIKÄLÄINEN' },
      overrides: { 'customer.firstName': 'Maija' },
    });
    expect(result.text).toBe('Hei Maija,');
    expect(result.values[0]?.source).toBe('agent');
  });

  it('fills every variable it knows', () => {
    const all = VARIABLES.map((v) => `{{${v}}}`).join('|');
    const result = renderTemplate(all, {
      language: 'en',
      context: {
        customerName: 'Jane Smith',
        customerEmail: 'jane@example.com',
        agentName: 'Alex Brown',
        ticketId: '77',
        subject: 'Order 77',
      },
      responseTime: { amount: 2, unit: 'working-days' },
      today: new Date(2026, 11, 4),
    });
    expect(result.text).toBe(
      'Jane|Jane Smith|jane@example.com|Alex Brown|Alex|77|Order 77|within two working days|4 December 2026',
    );
  });

  it('fills fields, asks a field used twice once, and blocks on a required one', () => {
    const template =
      'Tilaus {{input:Tilausnumero | required}} lähti {{choice:Tapa | "postilla" | "kuriirilla"}}. ' +
      'Seuraa tilausta {{input:tilausnumero}} sivulla.';
    const empty = renderTemplate(template, fi);
    expect(empty.fields.map((f) => f.label)).toEqual(['Tilausnumero', 'Tapa']);
    expect(empty.missingRequired).toEqual(['Tilausnumero']);
    expect(empty.text).toBe(
      'Tilaus {{input:Tilausnumero}} lähti postilla. Seuraa tilausta {{input:Tilausnumero}} sivulla.',
    );
    const filled = renderTemplate(template, {
      ...fi,
      fields: { TILAUSNUMERO: '123', Tapa: 'kuriirilla' },
    });
    expect(filled.missingRequired).toEqual([]);
    expect(filled.text).toBe('Tilaus 123 lähti kuriirilla. Seuraa tilausta 123 sivulla.');
  });

  it('ignores a choice value that is not one of the listed ones', () => {
    const text = renderTemplate('{{choice:Tapa | "a" | "b"}}', {
      ...fi,
      fields: { Tapa: 'c' },
    }).text;
    expect(text).toBe('a');
  });

  it('switches an optional paragraph on and off, without leaving blank lines behind', () => {
    const template =
      'Hei,\n\n{{optional:Hyvitys | off}}Hyvitämme {{input:Summa}} euroa.{{/optional}}\n\nTerveisin{{cursor}}';
    const off = renderTemplate(template, fi);
    expect(off.text).toBe('Hei,\n\nTerveisin');
    expect(off.cursors).toEqual([off.text.length]);
    expect(off.fields.find((f) => f.kind === 'optional')?.defaultOn).toBe(false);
    const on = renderTemplate(template, { ...fi, fields: { hyvitys: true, summa: '20' } });
    expect(on.text).toBe('Hei,\n\nHyvitämme 20 euroa.\n\nTerveisin');
    expect(on.cursors).toEqual([on.text.length]);
  });

  it('records every cursor stop in order', () => {
    const result = renderTemplate('A{{cursor}} B {{cursor}}C', fi);
    expect(result.text).toBe('A B C');
    expect(result.cursors).toEqual([1, 4]);
  });
});

describe('words of the pack', () => {
  it('says the response time in the pack’s language', () => {
    expect(responseTimeWords({ amount: 2, unit: 'working-days' }, 'fi')).toBe(
      'kahden arkipäivän kuluessa',
    );
    expect(responseTimeWords({ amount: 24, unit: 'hours' }, 'fi')).toBe('24 tunnin kuluessa');
    expect(responseTimeWords({ amount: 1, unit: 'days' }, 'en')).toBe('within one day');
    expect(responseTimeWords({ amount: 1.5, unit: 'days' }, 'fi')).toBe('1,5 päivän kuluessa');
  });

  it('writes today’s date as a letter does', () => {
    expect(dateWords(new Date(2026, 11, 4), 'fi')).toBe('4.12.2026');
    expect(dateWords(new Date(2026, 11, 4), 'en')).toBe('4 December 2026');
  });
});

describe('consistency with the placeholder check', () => {
  it('a variable the placeholder check can fill means the same there', () => {
    const meaning: Record<string, string> = {
      customerfirstname: 'customerFirstName',
      customername: 'customerName',
      agentname: 'agentName',
      ticketid: 'ticketId',
    };
    for (const variable of VARIABLES) {
      const key = variable.toLowerCase().replace(/[^\p{L}]/gu, '');
      const field = PLACEHOLDER_VARIABLES[key];
      if (field !== undefined) expect(field).toBe(meaning[key]);
    }
    // The four the check fills are the ones every host adapter reads.
    expect(Object.keys(meaning).every((k) => PLACEHOLDER_VARIABLES[k] !== undefined)).toBe(true);
  });
});
