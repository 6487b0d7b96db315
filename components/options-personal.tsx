import { useEffect, useId } from 'react';
import type { Settings } from '../messaging/protocol';
import { t } from './i18n';
import { useSettingsStore } from './settings-store';

/** Language names are shown in their own language, whatever the interface's. */
const LANGUAGES: { value: Settings['uiLanguage']; label: () => string; lang?: string }[] = [
  { value: 'browser', label: () => t('optionsLanguageBrowser') },
  { value: 'fi', label: () => 'suomi', lang: 'fi' },
  { value: 'en', label: () => 'English', lang: 'en' },
];

/**
 * The agent's own settings in the options page: the checks they turned off for themselves
 * (from the side panel), each undone here, and the interface language.
 */
export function PersonalSettings() {
  const { settings, error, refresh, turnOn, setLanguage } = useSettingsStore();
  const checksHeading = useId();
  const languageHeading = useId();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <>
      {error && (
        <p role="alert" className="options-error">
          {error}
        </p>
      )}
      <section aria-labelledby={checksHeading} data-testid="my-checks">
        <h2 id={checksHeading}>{t('optionsMyChecks')}</h2>
        <p className="hint">{t('optionsMyChecksNote')}</p>
        {settings.disabledChecks.length === 0 ? (
          <p className="hint" data-testid="no-checks-off">
            {t('optionsNoChecksOff')}
          </p>
        ) : (
          // Not windowed: one short line per check the agent turned off, one at a time, from
          // the panel; there are as many as the built-in checks and the packs' rules at most.
          <ul className="checks-off">
            {settings.disabledChecks.map((check) => (
              <li key={check} data-check={check}>
                <code>{check}</code>{' '}
                <button
                  type="button"
                  aria-label={t('optionsTurnOnLabel', check)}
                  onClick={() => void turnOn(check)}
                >
                  {t('optionsTurnOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={languageHeading}>
        <h2 id={languageHeading}>{t('optionsLanguage')}</h2>
        <fieldset className="language-choice">
          <legend className="visually-hidden">{t('optionsLanguage')}</legend>
          {LANGUAGES.map(({ value, label, lang }) => (
            <label key={value}>
              <input
                type="radio"
                name="ui-language"
                value={value}
                checked={settings.uiLanguage === value}
                onChange={() => void setLanguage(value)}
              />{' '}
              <span lang={lang}>{label()}</span>
            </label>
          ))}
        </fieldset>
        <p className="hint">{t('optionsLanguageNote')}</p>
      </section>
    </>
  );
}
