import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../rules/language';

describe('guessLanguage', () => {
  it('tells a Finnish reply from an English one', () => {
    expect(guessLanguage('Hei Maija, kiitos viestistäsi. Tilaus on matkalla.')).toBe('fi');
    expect(guessLanguage('Hi John, thank you for your message. The order is on its way.')).toBe(
      'en',
    );
  });

  it('says nothing until the draft says enough', () => {
    expect(guessLanguage('')).toBeNull();
    expect(guessLanguage('OK')).toBeNull();
    expect(guessLanguage('Maija')).toBeNull();
  });

  it('keeps a Finnish reply Finnish when it quotes English words', () => {
    expect(
      guessLanguage(
        'Hei, kiitos viestistä! Virheilmoitus "Access denied" tarkoittaa, että tunnus on lukittu.',
      ),
    ).toBe('fi');
  });

  it('decides a long draft by its beginning, as the whole draft would', () => {
    const finnish = 'Kiitos viestistänne, ja pahoittelemme viivästystä. '.repeat(500);
    const english = 'Thank you for your message and sorry for the delay. '.repeat(500);
    expect(guessLanguage(finnish)).toBe('fi');
    expect(guessLanguage(english)).toBe('en');
    expect(guessLanguage(`${english}${finnish.slice(0, 200)}`)).toBe('en');
  });
});
