import { useEffect, useId, useState } from 'react';
import { send } from '../messaging/client';
import type { Settings } from '../messaging/protocol';
import {
  EXPANSION_KEYS,
  type ExpansionKey,
  type ExpansionSettings,
  ExpansionSettingsSchema,
} from '../rules/templates/expand';
import { type MessageKey, t } from './i18n';
import { useSettingsStore } from './settings-store';

const KEY_LABELS: Record<ExpansionKey, MessageKey> = {
  Tab: 'expandKeyTab',
  Space: 'expandKeySpace',
  Enter: 'expandKeyEnter',
};

/** The problems of a draft of the settings, as interface messages; none when it is valid. */
export function expansionProblems(draft: ExpansionSettings): string[] {
  const parsed = ExpansionSettingsSchema.safeParse(draft);
  if (parsed.success) return [];
  // The schema's messages are the interface's message keys (rules/ has no interface).
  const keys = [...new Set(parsed.error.issues.map((issue) => issue.message))];
  return keys.map((key) => (key.startsWith('expand') ? t(key as MessageKey) : key));
}

/**
 * The agent's keyword expansion in the options page: on or off, the prefix typed before a
 * shortcut and the keys that complete it. Saved by the background with the other settings;
 * every reply box reads them again at once.
 */
export function ExpansionSettingsSection() {
  const saved = useSettingsStore((state) => state.settings.expansion);
  const [draft, setDraft] = useState<ExpansionSettings>(saved);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useId();
  const prefixId = useId();
  const hintId = useId();
  useEffect(() => setDraft(saved), [saved]);

  const problems = expansionProblems(draft);
  const change = (next: Partial<ExpansionSettings>) => {
    setDraft({ ...draft, ...next });
    setNotice(null);
  };
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (problems.length > 0) return;
    const reply = await send<Settings>({ type: 'options/set-expansion', expansion: draft });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setNotice(t('expandSaved'));
    await useSettingsStore.getState().refresh();
  };

  return (
    <section aria-labelledby={heading} data-testid="expansion-settings">
      <h2 id={heading}>{t('expandHeading')}</h2>
      <p className="hint">{t('expandNote')}</p>
      <form onSubmit={(event) => void save(event)}>
        <label>
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(event) => change({ enabled: event.target.checked })}
          />{' '}
          {t('expandEnabled')}
        </label>
        <p>
          <label htmlFor={prefixId}>{t('expandPrefix')}</label>{' '}
          <input
            id={prefixId}
            type="text"
            size={6}
            maxLength={8}
            value={draft.prefix}
            disabled={!draft.enabled}
            aria-describedby={hintId}
            aria-invalid={problems.length > 0}
            onChange={(event) => change({ prefix: event.target.value })}
          />
        </p>
        <p className="hint" id={hintId}>
          {t('expandPrefixHint', `${problems.length > 0 ? saved.prefix : draft.prefix}viive`)}
        </p>
        <fieldset disabled={!draft.enabled}>
          <legend>{t('expandKeys')}</legend>
          {EXPANSION_KEYS.map((key) => (
            <label key={key}>
              <input
                type="checkbox"
                checked={draft.keys.includes(key)}
                onChange={(event) =>
                  change({
                    keys: event.target.checked
                      ? [...draft.keys, key]
                      : draft.keys.filter((k) => k !== key),
                  })
                }
              />{' '}
              {t(KEY_LABELS[key])}{' '}
            </label>
          ))}
        </fieldset>
        {problems.length > 0 && (
          <ul role="alert" className="options-error" data-testid="expansion-problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {error && (
          <p role="alert" className="options-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={problems.length > 0}>
          {t('expandSave')}
        </button>
        {notice && (
          <p role="status" className="options-notice" data-testid="expansion-saved">
            {notice}
          </p>
        )}
      </form>
    </section>
  );
}
