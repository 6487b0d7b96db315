import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import type { ThreadContext } from '../messaging/protocol';
import { guessLanguage } from '../rules/language';
import {
  indexTemplates,
  languageVariants,
  type RankedTemplate,
  rankTemplates,
  type TemplateEntry,
} from '../rules/templates/rank';
import { type RenderResult, renderTemplate } from '../rules/templates/render';
import { createTemplateSearch } from '../rules/templates/search';
import { templateVariables, type VariableName } from '../rules/templates/syntax';
import type { Language } from '../rules/types';
import { useActivePacksStore } from './active-packs-store';
import { type MessageKey, t } from './i18n';
import { ownEntries, useOwnTemplatesStore, watchOwnTemplates } from './own-templates-store';
import { TemplateList, type TemplateListHandle } from './template-list';
import './templates-panel.css';

/**
 * The side panel's templates: the top three for the customer's last message with the
 * customer's words that picked them, a search box over all templates (fuzzy, inflection
 * aware, `tag:` filters), and for the chosen template a preview filled from the page, its
 * fill-in fields, the values the agent may override, and Insert, which goes through the
 * same `panel/insert` path as any insertion at the cursor. Usable from the keyboard alone:
 * ↓ from the search box into the list, ↑/↓ in it, Enter to choose, Tab through the
 * fields to Insert, Escape back to the list.
 *
 * Templates come from the active pack of each language (the synced one, with every layer of
 * its chain, else the built-in one), the variant in the customer's language first.
 */

type Run = (request: Promise<{ ok: boolean; error?: string }>) => Promise<boolean>;

/** The names of the values filled from the page, in the interface's language. */
const VARIABLE_LABELS: Record<VariableName, MessageKey> = {
  'customer.firstName': 'tplVarCustomerFirstName',
  'customer.name': 'tplVarCustomerName',
  'customer.email': 'tplVarCustomerEmail',
  'agent.name': 'tplVarAgentName',
  'agent.firstName': 'tplVarAgentFirstName',
  'ticket.id': 'tplVarTicketId',
  'ticket.subject': 'tplVarTicketSubject',
  responseTime: 'tplVarResponseTime',
  today: 'tplVarToday',
};

const RECENT_KEY = 'talontapa:recent-templates';

/** When the agent last inserted each template: the panel's own short-lived memory. */
function recentUse(): Record<string, number> {
  try {
    return JSON.parse(localStorage.getItem(RECENT_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

function rememberUse(id: string): void {
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify({ ...recentUse(), [id]: Date.now() }));
  } catch {
    // Storage full or unavailable: recent use is a nicety.
  }
}

export function TemplatesPanel({
  tabId,
  context,
  language,
  run,
}: {
  tabId: number;
  context: ThreadContext;
  /** The language of the reply (the pack's). */
  language: Language;
  run: Run;
}) {
  const message = context.customerMessage ?? '';
  const customerLanguage = (message && guessLanguage(message)) || language;
  const packs = useActivePacksStore((state) => state.packs);
  useEffect(() => void useActivePacksStore.getState().refresh(), []);
  // The agent's own templates take part as the packs' do, marked "mine" (own-templates-store.ts).
  const own = useOwnTemplatesStore((state) => state.templates);
  useEffect(() => watchOwnTemplates(), []);
  const mine = useMemo(() => new Set<unknown>(own), [own]);
  const entries = useMemo(
    () => [
      ...ownEntries(own),
      ...languageVariants(
        Object.values(packs).map((pack) => ({
          language: pack.language,
          templates: pack.templates ?? [],
        })),
        customerLanguage,
      ),
    ],
    [packs, customerLanguage, own],
  );
  const index = useMemo(() => indexTemplates(entries), [entries]);
  const search = useMemo(() => createTemplateSearch(entries), [entries]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<TemplateEntry | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<TemplateListHandle>(null);
  const searchId = useId();

  // The agent answered last: nothing to suggest a reply to (the search still works).
  const agentLast = context.lastFrom === 'agent';
  const suggestions = useMemo(
    () =>
      message && !agentLast
        ? rankTemplates(index, message, { top: 3, recentUse: recentUse() })
        : [],
    [index, message, agentLast],
  );
  // Every match: the list is windowed (template-list.tsx), so a thousand rows cost no more.
  const results = useMemo(
    () => (query.trim() ? search.search(query, Number.POSITIVE_INFINITY) : null),
    [search, query],
  );
  const shown: (RankedTemplate | TemplateEntry)[] = results ?? suggestions;

  const focusItem = (i: number) => listRef.current?.focus(i);

  if (chosen) {
    return (
      <section className="templates" aria-label={t('tplHeading')} data-testid="templates">
        <TemplateForm
          entry={chosen}
          own={mine.has(chosen.template)}
          context={context}
          onBack={() => {
            setChosen(null);
            requestAnimationFrame(() => searchRef.current?.focus());
          }}
          onInsert={async (text, cursors) => {
            // The template's id goes with it: a send records how much of its text was kept.
            const insertion = { text, templateId: chosen.template.id, cursors };
            if (!(await run(send({ type: 'panel/insert', tabId, insertion })))) return;
            rememberUse(chosen.template.id);
            setChosen(null);
          }}
        />
      </section>
    );
  }

  return (
    <section className="templates" aria-label={t('tplHeading')} data-testid="templates">
      <h2>{t('tplHeading')}</h2>
      <label className="templates-search" htmlFor={searchId}>
        <span>{t('tplSearch')}</span>
        <input
          id={searchId}
          ref={searchRef}
          type="search"
          value={query}
          placeholder={t('tplSearchHint')}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              focusItem(0);
            }
          }}
        />
      </label>
      <h3>{results ? t('tplResults') : t('tplSuggested')}</h3>
      {shown.length === 0 ? (
        <p className="panel-empty" data-testid={!results && agentLast ? 'agent-last' : undefined}>
          {!results && agentLast ? t('expandAgentWroteLast') : t('tplNone')}
        </p>
      ) : (
        <TemplateList
          ref={listRef}
          entries={shown}
          language={language}
          whyLabel={t('tplWhy')}
          isMine={(entry) => mine.has(entry.template)}
          mineLabel={t('mineBadge')}
          testId={results ? 'template-results' : 'template-suggestions'}
          onChoose={setChosen}
          onLeave={() => searchRef.current?.focus()}
        />
      )}
    </section>
  );
}

/** The preview of a render: values from the page marked, unfilled parts marked apart. */
function Preview({ result }: { result: RenderResult }) {
  const spans = [
    ...result.values.map((v) => ({ ...v, kind: 'value' as const })),
    ...result.unfilled.map((u) => ({ ...u, kind: 'unfilled' as const, value: '', source: '' })),
  ].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(result.text.slice(at, span.start));
    parts.push(
      <mark
        key={`${span.start}:${span.name}`}
        className={span.kind === 'value' ? 'template-value' : 'template-unfilled'}
        title={span.name}
        data-name={span.name}
      >
        {result.text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  parts.push(result.text.slice(at));
  return (
    <div className="template-preview" data-testid="template-preview">
      {parts}
    </div>
  );
}

/**
 * "Copy to mine" for a pack template (the copy opens in the options page, where it is
 * edited), "Edit in the settings" for an own one: pack templates are read-only.
 */
/**
 * Edit (the agent's own template) or "Copy to mine" (a pack's): the copy opens in the options
 * page, and the panel goes back to the list, where the copy now is.
 */
function MineAction({
  entry,
  own,
  onCopied,
}: {
  entry: TemplateEntry;
  own: boolean;
  onCopied: () => void;
}) {
  const copy = useOwnTemplatesStore((state) => state.copy);
  const error = useOwnTemplatesStore((state) => state.error);
  const at = (id: string) => browser.runtime.getURL(`/options.html#templates/${id}`);
  if (own) {
    return (
      <a href={at(entry.template.id)} target="_blank" rel="noreferrer" data-testid="template-edit">
        {t('mineEditInSettings')}
      </a>
    );
  }
  return (
    <>
      <button
        type="button"
        data-testid="template-copy"
        onClick={async () => {
          const made = await copy(entry.language, entry.template.id);
          if (!made) return;
          onCopied();
          await browser.tabs.create({ url: at(made.id) });
        }}
      >
        {t('mineCopy')}
      </button>
      {error && (
        <p role="alert" className="template-missing">
          {error}
        </p>
      )}
    </>
  );
}

function TemplateForm({
  entry,
  own,
  context,
  onBack,
  onInsert,
}: {
  entry: TemplateEntry;
  /** The agent's own template, not a pack's. */
  own: boolean;
  context: ThreadContext;
  onBack: () => void;
  onInsert: (text: string, cursors: number[]) => Promise<void>;
}) {
  const { template, language } = entry;
  const [fields, setFields] = useState<Record<string, string | boolean>>({});
  const [overrides, setOverrides] = useState<Partial<Record<VariableName, string>>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const pack = useActivePacksStore((state) => state.packs[language]);
  const result = renderTemplate(template.body, {
    language,
    context,
    responseTime: pack.style.responseTime ?? null,
    fields,
    overrides,
  });
  const variables = templateVariables(template.body).filter(
    (v) => v !== 'today' && v !== 'responseTime',
  );
  const id = useId();

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, button[type="submit"]')?.focus();
  }, []);

  const blocked = result.missingRequired.length > 0 || result.errors.length > 0;
  return (
    <form
      ref={formRef}
      className="template-form"
      data-testid="template-form"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onBack();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) void onInsert(result.text, result.cursors);
      }}
    >
      <h2>{template.title}</h2>
      {result.fields.length > 0 && (
        <fieldset>
          <legend>{t('tplFields')}</legend>
          {result.fields.map((field) => {
            const fieldId = `${id}-${field.key}`;
            if (field.kind === 'optional') {
              const on =
                typeof fields[field.label] === 'boolean'
                  ? (fields[field.label] as boolean)
                  : field.defaultOn;
              return (
                <label key={field.key} className="template-field template-check" htmlFor={fieldId}>
                  <input
                    id={fieldId}
                    type="checkbox"
                    checked={on}
                    onChange={(event) =>
                      setFields({ ...fields, [field.label]: event.target.checked })
                    }
                  />
                  {field.label}
                </label>
              );
            }
            if (field.kind === 'choice') {
              return (
                <label key={field.key} className="template-field" htmlFor={fieldId}>
                  <span>{field.label}</span>
                  <select
                    id={fieldId}
                    value={(fields[field.label] as string | undefined) ?? field.options[0]}
                    onChange={(event) =>
                      setFields({ ...fields, [field.label]: event.target.value })
                    }
                  >
                    {field.options.map((option) => (
                      <option key={option}>{option}</option>
                    ))}
                  </select>
                </label>
              );
            }
            return (
              <label key={field.key} className="template-field" htmlFor={fieldId}>
                <span>
                  {field.label}
                  {field.required && <em> ({t('tplRequired')})</em>}
                </span>
                <input
                  id={fieldId}
                  type="text"
                  required={field.required}
                  aria-required={field.required}
                  value={(fields[field.label] as string | undefined) ?? field.defaultValue ?? ''}
                  onChange={(event) => setFields({ ...fields, [field.label]: event.target.value })}
                />
              </label>
            );
          })}
        </fieldset>
      )}
      {variables.length > 0 && (
        <details className="template-values">
          <summary>{t('tplValues')}</summary>
          {variables.map((name) => {
            const resolved = result.values.find((v) => v.name === name && v.source !== 'agent');
            return (
              <label key={name} className="template-field" htmlFor={`${id}-${name}`}>
                <span>{t(VARIABLE_LABELS[name])}</span>
                <input
                  id={`${id}-${name}`}
                  type="text"
                  value={overrides[name] ?? resolved?.value ?? ''}
                  data-variable={name}
                  onChange={(event) => setOverrides({ ...overrides, [name]: event.target.value })}
                />
              </label>
            );
          })}
        </details>
      )}
      <h3>{t('tplPreview')}</h3>
      <Preview result={result} />
      {result.unfilled.length > 0 && <p className="panel-empty">{t('tplUnfilled')}</p>}
      {result.missingRequired.length > 0 && (
        <p className="template-missing" role="status" data-testid="template-missing">
          {t('tplMissing', result.missingRequired.join(', '))}
        </p>
      )}
      <div className="template-actions">
        <button type="submit" disabled={blocked} data-testid="template-insert">
          {t('tplInsert')}
        </button>
        <button type="button" onClick={onBack}>
          {t('tplBack')}
        </button>
        <MineAction entry={entry} own={own} onCopied={onBack} />
      </div>
    </form>
  );
}
