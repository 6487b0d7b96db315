import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, MESSAGES } from '../../../components/i18n';

const LOCALES = readdirSync('public/_locales');

function messagesOf(locale: string): Record<string, { message: string; placeholders?: object }> {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
}

describe('locales', () => {
  it('are Finnish and English', () => {
    expect(LOCALES.sort()).toEqual(['en', 'fi']);
  });

  it('have the same keys, each with a message', () => {
    const [first, ...rest] = LOCALES.map((locale) => [locale, messagesOf(locale)] as const);
    if (!first) throw new Error('no locales');
    for (const [locale, messages] of rest) {
      const missing = Object.keys(first[1]).filter((key) => !(key in messages));
      const extra = Object.keys(messages).filter((key) => !(key in first[1]));
      expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
    }
    for (const [, messages] of [first, ...rest]) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in every language, each defined', () => {
    for (const [key, entry] of Object.entries(messagesOf('en'))) {
      const names = (message: string) =>
        [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase()).sort();
      for (const locale of LOCALES) {
        const translated = messagesOf(locale)[key];
        expect(names(translated?.message ?? ''), `${locale}: ${key}`).toEqual(names(entry.message));
        for (const name of names(entry.message)) {
          expect(Object.keys(translated?.placeholders ?? {}), `${locale}: ${key}`).toContain(name);
        }
      }
    }
  });

  it('keep the keys Chrome accepts', () => {
    for (const key of Object.keys(messagesOf('en'))) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('name the extension in the manifest through the locales', () => {
    expect(MESSAGES.fi.extDescription.message).toMatch(/asiakaspalvelu/);
  });
});

describe('formatMessage', () => {
  it('fills placeholders as the browser does', () => {
    expect(formatMessage(MESSAGES.fi.statsSelfTripped, ['3', '12'])).toBe(
      'Huomautettu 3/12 vastauksessa',
    );
    expect(formatMessage(MESSAGES.en.statsSummary, ['5', '2', '1'])).toBe(
      'Replies: 5 · findings fixed: 2 · ignored: 1',
    );
    expect(
      formatMessage({ message: 'Costs $$5 for $WHO$', placeholders: { who: { content: '$1' } } }, [
        'you',
      ]),
    ).toBe('Costs $5 for you');
  });
});
