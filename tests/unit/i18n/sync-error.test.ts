import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../components/i18n';
import { syncErrorText } from '../../../components/sync-error';

afterEach(() => chooseLanguage(null));

describe('a sync error in the interface language', () => {
  const unreachable = {
    message: 'could not reach the server: Failed to fetch',
    reason: { code: 'unreachable' as const, detail: 'Failed to fetch' },
  };

  it('is worded from its reason, with its detail, in Finnish and English', () => {
    chooseLanguage('fi');
    expect(syncErrorText(unreachable)).toBe('palvelimeen ei saatu yhteyttä (Failed to fetch)');
    expect(syncErrorText({ message: 'HTTP 404', reason: { code: 'http', detail: '404' } })).toBe(
      'palvelin vastasi HTTP 404',
    );
    chooseLanguage('en');
    expect(syncErrorText(unreachable)).toBe('could not reach the server (Failed to fetch)');
    expect(syncErrorText({ message: 'x', reason: { code: 'invalid' } })).toBe(
      'the pack failed validation',
    );
  });

  it('stays as written when it was stored before reasons were kept', () => {
    chooseLanguage('fi');
    expect(syncErrorText({ message: 'HTTP 500' })).toBe('HTTP 500');
  });
});
