import { useEffect, useId, useRef, useState } from 'react';
import {
  draftOf,
  type OwnTemplate,
  type OwnTemplateDraft,
  type OwnTemplateField,
  type OwnTemplateIssue,
} from '../rules/templates/own';
import { t } from './i18n';
import { useOwnTemplatesStore, watchOwnTemplates } from './own-templates-store';
import { useSettingsStore } from './settings-store';
import './options-templates.css';

/**
 * The agent's own templates in the options page (wide enough to write one): the list, and a
 * form to create or edit one. The background checks every save as a pack's template is
 * checked (rules/templates/own.ts): a refusal is shown at the field at fault, house-style
 * and shortcut remarks as warnings that do not stop the save. `#templates` opens the page
 * here, `#templates/<id>` with that template's form open (the side panel's Edit and Copy
 * to mine links).
 */

const EMPTY = (language: 'fi' | 'en'): OwnTemplateDraft => ({
  language,
  title: '',
  body: '',
  tags: '',
  shortcut: '',
  triggers: '',
});

export function issueText(issue: OwnTemplateIssue): string {
  const [a = '', b = '', c = ''] = issue.params;
  switch (issue.code) {
    case 'required':
      return t('mineRequired');
    case 'too-long':
      return t('mineTooLong');
    case 'invalid':
      return t('mineInvalid', a);
    case 'syntax':
      return t('mineSyntax', a);
    case 'shortcut-format':
      return t('mineShortcutFormat');
    case 'shortcut-taken':
      return t('mineShortcutTaken', a);
    case 'shortcut-clash':
      return t('mineShortcutClash', a);
    case 'style':
      return t('mineStyle', a, b, c);
  }
}

/** The id in `#templates/<id>`, or '' for `#templates`; null for any other address. */
function hashTarget(): string | null {
  const m = /^#templates(?:\/(.+))?$/.exec(location.hash);
  return m ? decodeURIComponent(m[1] ?? '') : null;
}

export function OwnTemplatesSection() {
  const { templates, warnings, loaded, error } = useOwnTemplatesStore();
  const uiLanguage = useSettingsStore((state) => state.language);
  // What the form edits: a template's id, 'new', or nothing (closed).
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const heading = useId();

  useEffect(() => watchOwnTemplates({ warnings: true }), []);

  // `#templates/<id>`: once the templates are loaded, open that one's form, once per address.
  const followed = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded) return;
    const follow = () => {
      const target = hashTarget();
      if (target === null || followed.current === location.hash) return;
      // A copy made a moment ago may not be listed yet: the next refresh follows it.
      if (target && !templates.some((tpl) => tpl.id === target)) return;
      followed.current = location.hash;
      sectionRef.current?.scrollIntoView();
      setNotice(null);
      if (target) setEditing(target);
      else newRef.current?.focus();
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [loaded, templates]);

  const close = (message: string | null) => {
    setEditing(null);
    setNotice(message);
    requestAnimationFrame(() => newRef.current?.focus());
  };
  const saved = (id: string) => {
    setEditing(id);
    setNotice(t('mineSavedWithRemarks'));
  };
  const edited = editing && editing !== 'new' ? templates.find((tpl) => tpl.id === editing) : null;

  return (
    <section
      id="templates"
      ref={sectionRef}
      aria-labelledby={heading}
      className="mine"
      data-testid="own-templates"
    >
      <div className="section-head">
        <h2 id={heading}>{t('mineTitle')}</h2>
        <button
          type="button"
          ref={newRef}
          onClick={() => {
            setNotice(null);
            setEditing('new');
          }}
          disabled={editing === 'new'}
        >
          {t('mineNew')}
        </button>
      </div>
      <p className="hint">{t('mineIntro')}</p>
      {error && (
        <p role="alert" className="options-error">
          {error}
        </p>
      )}
      <p role="status" className="options-notice" data-testid="mine-notice">
        {notice}
      </p>
      {editing === 'new' && (
        <TemplateEditor key="new" initial={EMPTY(uiLanguage)} onDone={close} onSaved={saved} />
      )}
      {loaded && templates.length === 0 && editing !== 'new' && (
        <p className="hint" data-testid="mine-none">
          {t('mineNone')}
        </p>
      )}
      <ul className="mine-list">
        {templates.map((template) =>
          edited?.id === template.id ? (
            <li key={template.id} data-template={template.id}>
              <TemplateEditor
                key={template.id}
                initial={draftOf(template, template.language)}
                initialWarnings={warnings[template.id] ?? []}
                onDone={close}
                onSaved={saved}
              />
            </li>
          ) : (
            <TemplateItem
              key={template.id}
              template={template}
              warnings={warnings[template.id] ?? []}
              onEdit={() => {
                setNotice(null);
                setEditing(template.id);
              }}
              onDeleted={() => close(t('mineDeleted'))}
            />
          ),
        )}
      </ul>
    </section>
  );
}

function TemplateItem({
  template,
  warnings,
  onEdit,
  onDeleted,
}: {
  template: OwnTemplate;
  warnings: OwnTemplateIssue[];
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const remove = useOwnTemplatesStore((state) => state.remove);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const question = useId();
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  return (
    <li className="mine-item" data-template={template.id} data-testid="own-template">
      <div className="mine-head">
        <span className="mine-name">{template.title}</span>
        <span className="badge" lang={template.language}>
          {template.language}
        </span>
        {template.shortcut && <code>;;{template.shortcut}</code>}
        {(template.tags ?? []).map((tag) => (
          <span key={tag} className="mine-tag">
            {tag}
          </span>
        ))}
      </div>
      {template.copiedFrom && <p className="hint">{t('mineCopiedFrom', template.copiedFrom.id)}</p>}
      <p className="mine-body">{template.body}</p>
      {warnings.length > 0 && (
        <details className="mine-remarks">
          <summary>{t('mineRemarkCount', String(warnings.length))}</summary>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.code}:${w.params.join('|')}`}>{issueText(w)}</li>
            ))}
          </ul>
        </details>
      )}
      {confirming ? (
        <div className="mine-actions">
          <span id={question}>{t('mineDeleteConfirm', template.title)}</span>
          <button
            type="button"
            ref={confirmRef}
            aria-describedby={question}
            onClick={() => void remove(template.id).then((done) => done && onDeleted())}
          >
            {t('mineDeleteYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('mineCancel')}
          </button>
        </div>
      ) : (
        <div className="mine-actions">
          <button type="button" aria-label={t('mineEditLabel', template.title)} onClick={onEdit}>
            {t('mineEdit')}
          </button>
          <button
            type="button"
            aria-label={t('mineDeleteLabel', template.title)}
            onClick={() => setConfirming(true)}
          >
            {t('mineDelete')}
          </button>
        </div>
      )}
    </li>
  );
}

type Issues = Partial<Record<OwnTemplateField, OwnTemplateIssue[]>>;

const byField = (issues: readonly OwnTemplateIssue[]): Issues => {
  const out: Issues = {};
  for (const issue of issues) out[issue.field] = [...(out[issue.field] ?? []), issue];
  return out;
};

function TemplateEditor({
  initial,
  initialWarnings = [],
  onDone,
  onSaved,
}: {
  initial: OwnTemplateDraft;
  initialWarnings?: OwnTemplateIssue[];
  onDone: (notice: string | null) => void;
  /** A save with remarks keeps the form open, now editing the saved template. */
  onSaved: (id: string) => void;
}) {
  const save = useOwnTemplatesStore((state) => state.save);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Issues>({});
  const [warnings, setWarnings] = useState<Issues>(byField(initialWarnings));
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const heading = useId();

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
    formRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  // After a refusal the first field at fault gets the focus, its message read with it.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await save(draft);
    setBusy(false);
    if (!result) return;
    setErrors(byField(result.errors));
    setWarnings(byField(result.warnings));
    if (!result.template) {
      setStatus(t('mineRefused'));
      setRefusals((n) => n + 1);
      return;
    }
    if (result.warnings.length === 0) return onDone(t('mineSaved'));
    setDraft({ ...draft, id: result.template.id });
    setStatus(null);
    onSaved(result.template.id);
  };

  const field = (
    name: OwnTemplateField,
    label: string,
    hint: string | null,
    control: (props: {
      id: string;
      'aria-invalid': boolean;
      'aria-describedby': string | undefined;
    }) => React.ReactNode,
  ) => {
    const fieldId = `${id}-${name}`;
    const fieldErrors = errors[name] ?? [];
    const fieldWarnings = warnings[name] ?? [];
    const described = [
      fieldErrors.length > 0 ? `${fieldId}-errors` : null,
      fieldWarnings.length > 0 ? `${fieldId}-warnings` : null,
      hint ? `${fieldId}-hint` : null,
    ].filter(Boolean);
    return (
      <div className="mine-field" data-field={name}>
        <label htmlFor={fieldId}>{label}</label>
        {control({
          id: fieldId,
          'aria-invalid': fieldErrors.length > 0,
          'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
        })}
        {fieldErrors.length > 0 && (
          <ul id={`${fieldId}-errors`} className="mine-errors" data-testid={`mine-error-${name}`}>
            {fieldErrors.map((issue) => (
              <li key={`${issue.code}:${issue.params.join('|')}`}>{issueText(issue)}</li>
            ))}
          </ul>
        )}
        {fieldWarnings.length > 0 && (
          <ul
            id={`${fieldId}-warnings`}
            className="mine-warnings"
            data-testid={`mine-warning-${name}`}
          >
            {fieldWarnings.map((issue) => (
              <li key={`${issue.code}:${issue.params.join('|')}`}>{issueText(issue)}</li>
            ))}
          </ul>
        )}
        {hint && (
          <p id={`${fieldId}-hint`} className="hint">
            {hint}
          </p>
        )}
      </div>
    );
  };

  const set =
    (name: keyof OwnTemplateDraft) =>
    (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setDraft({ ...draft, [name]: event.target.value });

  return (
    <form
      ref={formRef}
      className="mine-editor"
      aria-labelledby={heading}
      data-testid="own-template-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(null);
        }
      }}
    >
      <h3 id={heading}>{draft.id ? t('mineEditHeading') : t('mineNew')}</h3>
      {field('title', t('mineFieldTitle'), null, (props) => (
        <input {...props} type="text" value={draft.title} onChange={set('title')} />
      ))}
      <div className="mine-field">
        <label htmlFor={`${id}-language`}>{t('mineLanguage')}</label>
        <select id={`${id}-language`} value={draft.language} onChange={set('language')}>
          <option value="fi">{t('mineLanguageFi')}</option>
          <option value="en">{t('mineLanguageEn')}</option>
        </select>
      </div>
      {field('body', t('mineFieldBody'), t('mineBodyHint'), (props) => (
        <textarea {...props} rows={10} value={draft.body} onChange={set('body')} />
      ))}
      {field('shortcut', t('mineFieldShortcut'), t('mineShortcutHint'), (props) => (
        <input
          {...props}
          type="text"
          value={draft.shortcut}
          onChange={set('shortcut')}
          autoComplete="off"
          spellCheck={false}
        />
      ))}
      {field('tags', t('mineFieldTags'), t('mineTagsHint'), (props) => (
        <input {...props} type="text" value={draft.tags} onChange={set('tags')} />
      ))}
      {field('triggers', t('mineFieldTriggers'), t('mineTriggersHint'), (props) => (
        <textarea {...props} rows={3} value={draft.triggers} onChange={set('triggers')} />
      ))}
      <p role="status" className="mine-status" data-testid="mine-form-status">
        {status}
      </p>
      <div className="mine-actions">
        <button type="submit" disabled={busy}>
          {t('mineSave')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('mineCancel')}
        </button>
      </div>
    </form>
  );
}
