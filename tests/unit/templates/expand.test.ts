/** Keyword expansion: the keyword before the caret, and the text it becomes. */

import { describe, expect, it } from 'vitest';
import { getBuiltinPack, type Pack } from '../../../rules/index';
import {
  ExpansionSettingsSchema,
  expandShortcut,
  expansionKey,
  keywordBefore,
} from '../../../rules/templates/expand';

const fi = getBuiltinPack('builtin:fi') as Pack;
const en = getBuiltinPack('builtin:en') as Pack;

describe('keywordBefore', () => {
  it.each([
    [';;viive', ';;viive', 'viive'],
    ['Hei ;;Viive', ';;Viive', 'viive'],
    ['rivi\n;;palautus', ';;palautus', 'palautus'],
  ])('finds the keyword at the end of %j', (text, keyword, shortcut) => {
    expect(keywordBefore(text)).toEqual({ keyword, shortcut });
  });

  it.each(['viive', ';;', 'a;;viive', ';;;viive', ';;viive ', 'x;; viive'])(
    'ignores %j',
    (text) => {
      expect(keywordBefore(text)).toBeNull();
    },
  );
});

describe('keywordBefore with the agent’s prefix', () => {
  it.each([
    ['//', 'Hei //viive', '//viive'],
    ['#', '#palautus', '#palautus'],
    ['.,', 'rivi\n.,refund', '.,refund'],
    ['$(', 'x $(viive', '$(viive'],
  ])('%j finds %j', (prefix, text, keyword) => {
    expect(keywordBefore(text, prefix)?.keyword).toBe(keyword);
  });

  it.each([
    ['//', ';;viive'],
    ['//', 'a//viive'],
    ['#', '##viive'],
    ['#', 'a#viive'],
  ])('%j ignores %j', (prefix, text) => {
    expect(keywordBefore(text, prefix)).toBeNull();
  });
});

describe('ExpansionSettingsSchema', () => {
  it('defaults to ;; completed by Tab or Space, switched on', () => {
    expect(ExpansionSettingsSchema.parse({})).toEqual({
      enabled: true,
      prefix: ';;',
      keys: ['Tab', 'Space'],
    });
  });

  it.each([';', '//', '#!', '::::', '€€', '.,;'])('takes the prefix %j', (prefix) => {
    expect(ExpansionSettingsSchema.safeParse({ prefix }).success).toBe(true);
  });

  it.each([
    ['', 'expandPrefixLength'],
    [';;;;;', 'expandPrefixLength'],
    ['x;', 'expandPrefixChars'],
    [';ä', 'expandPrefixChars'],
    ['1;', 'expandPrefixChars'],
    [' ;', 'expandPrefixChars'],
    ['-', 'expandPrefixChars'],
    ['__', 'expandPrefixChars'],
  ])('refuses the prefix %j with %s', (prefix, message) => {
    const parsed = ExpansionSettingsSchema.safeParse({ prefix });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it('needs at least one completing key, keeps each once and in order', () => {
    const none = ExpansionSettingsSchema.safeParse({ keys: [] });
    expect(none.error?.issues[0]?.message).toBe('expandKeysNone');
    expect(ExpansionSettingsSchema.safeParse({ keys: ['Escape'] }).success).toBe(false);
    expect(ExpansionSettingsSchema.parse({ keys: ['Enter', 'Tab', 'Enter'] }).keys).toEqual([
      'Tab',
      'Enter',
    ]);
  });

  it('names the keys of keydown events as the settings do', () => {
    expect([' ', 'Tab', 'Enter', 'a', 'Escape'].map(expansionKey)).toEqual([
      'Space',
      'Tab',
      'Enter',
      null,
      null,
    ]);
  });
});

describe('expandShortcut', () => {
  const context = { customerName: 'Maija Meikäläinen', agentName: 'Laura Virtanen' };

  it('renders the template with the shortcut, from the first pack that has it', () => {
    const found = expandShortcut('viive', [en, fi], context);
    expect(found?.template.id).toBe('delivery-delay');
    expect(found?.language).toBe('fi');
    expect(found?.text.startsWith('Hei Maija,\n\nkiitos viestistänne')).toBe(true);
    // A field the keyword cannot ask for stays visible for the placeholder check.
    expect(found?.text).toContain('{{input:Tilausnumero}}');
    expect(found?.text.endsWith('Ystävällisin terveisin\nLaura Virtanen')).toBe(true);
  });

  it('takes a team pack’s own template over the inherited one', () => {
    const team: Pack = {
      id: 'acme:team',
      name: 'Team',
      version: '1.0.0',
      language: 'en',
      extends: 'builtin:en',
      templates: [
        { id: 'own', title: 'Own', body: 'Hi {{customer.firstName}}!', shortcut: 'delay' },
      ],
    };
    expect(expandShortcut('delay', [team, en], context)?.text).toBe('Hi Maija!');
  });

  it('is null for a shortcut no template has', () => {
    expect(expandShortcut('nothing', [fi, en], context)).toBeNull();
  });
});
