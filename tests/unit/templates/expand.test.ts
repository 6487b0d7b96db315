/** Keyword expansion: the keyword before the caret, and the text it becomes. */

import { describe, expect, it } from 'vitest';
import { getBuiltinPack, type Pack } from '../../../rules/index';
import { expandShortcut, keywordBefore } from '../../../rules/templates/expand';

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
