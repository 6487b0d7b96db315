import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { listen } from '../../messaging/client';
import {
  applyRetention,
  countStatRows,
  deleteAllStatRows,
  readRetentionMonths,
  readStatRows,
  writeRetentionMonths,
} from '../../storage/statistics';
import type { StatRow } from '../../storage/statistics-row';
import { useActivePacksStore } from '../active-packs-store';
import { type MessageKey, t } from '../i18n';
import { useOwnTemplatesStore, watchOwnTemplates } from '../own-templates-store';
import { useSettingsStore } from '../settings-store';
import { type Aggregate, aggregate, type LabelledRow, mostTripped } from './aggregate';
import { Chart, formatValue, PALETTE } from './chart';
import type { TeachingExample } from './examples';
import { agentLabels, readExport, teamRows, toCsv, toExport } from './exchange';
import { RANGES, type RangeId, useStatisticsStore } from './statistics-store';

const DAY = 86_400_000;
const RANGE_LABELS: Record<RangeId, MessageKey> = {
  '7d': 'statsLast7Days',
  '30d': 'statsLast30Days',
  '12w': 'statsLast12Weeks',
  '12m': 'statsLast12Months',
};
const RETENTION_CHOICES = [3, 6, 12, 24, 36];
/** How many rules the trend chart follows: more lines than this are hard to read. */
const TREND_LINES = 4;

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The agent's own rows of the period shown, read from the database when the period changes
 * (a year of replies is thousands of rows; the usual 30 days are a few hundred).
 */
function useOwnRows(from: number) {
  const { loaded, failed } = useStatisticsStore();
  const reload = useCallback(async () => {
    try {
      const { rows, skipped } = await readStatRows(from);
      loaded(rows, skipped);
      // Rows past the retention period go after the figures are shown; read again if any did.
      if ((await applyRetention()) > 0) {
        const again = await readStatRows(from);
        loaded(again.rows, again.skipped);
      }
    } catch (error) {
      failed(error instanceof Error ? error.message : String(error));
    }
  }, [from, loaded, failed]);
  useEffect(() => void reload(), [reload]);
  return reload;
}

/**
 * The page follows the interface language the agent chose in the options page, as the side
 * panel does: read at load, and again when the options page changes it.
 */
function useInterfaceLanguage() {
  const language = useSettingsStore((state) => state.language);
  useEffect(() => {
    void useSettingsStore.getState().refresh();
    return listen('options', {
      'pages/packs-changed': () => true,
      'pages/settings-changed': () => {
        void useSettingsStore.getState().refresh();
        return true;
      },
    });
  }, []);
  const title = `${t('statsTitle')} · ${t('extName')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return language;
}

export function StatisticsPage() {
  const state = useStatisticsStore();
  const language = useInterfaceLanguage();
  const to = state.now;
  const from = to - RANGES[state.range].days * DAY + 1;
  const reload = useOwnRows(from);
  const rows: LabelledRow[] = useMemo(
    () => (state.view === 'mine' ? state.rows : teamRows(state.team)),
    [state.view, state.rows, state.team],
  );
  const figures = useMemo(
    () =>
      aggregate(rows, {
        granularity: state.granularity,
        timeZone,
        from,
        to,
        ...(state.packId !== null && { packId: state.packId }),
        ...(state.language !== null && { language: state.language }),
        ...(state.agent !== null && { agent: state.agent }),
      }),
    [rows, state.granularity, from, to, state.packId, state.language, state.agent],
  );
  const packs = useMemo(() => [...new Set(rows.map((row) => row.packId))].sort(), [rows]);

  return (
    <main className="stats" aria-busy={state.status === 'loading'} lang={language}>
      <header>
        <h1>{t('statsTitle')}</h1>
        <p className="muted">{t('statsPrivacyNote')}</p>
      </header>
      <ViewTabs />
      <Filters packs={packs} agents={figures.agents} />
      {state.status === 'error' && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      {state.view === 'team' && <TeamImport />}
      {state.status === 'loading' && state.view === 'mine' ? (
        <p>{t('loading')}</p>
      ) : (
        <Figures figures={figures} language={state.language} showSelf={state.view === 'mine'} />
      )}
      {state.view === 'mine' && state.skipped > 0 && (
        <p className="muted">{t('statsSkipped', String(state.skipped))}</p>
      )}
      {state.view === 'mine' && <Export rows={state.rows} />}
      {state.view === 'mine' && <Manage onChanged={reload} />}
    </main>
  );
}

function ViewTabs() {
  const { view, setView } = useStatisticsStore();
  const views = [
    ['mine', 'statsMine'],
    ['team', 'statsTeam'],
  ] as const;
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  return (
    <div role="tablist" className="tabs" aria-label={t('statsTitle')}>
      {views.map(([id, label], i) => (
        <button
          key={id}
          ref={(element) => {
            refs.current[i] = element;
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={view === id}
          tabIndex={view === id ? 0 : -1}
          onClick={() => setView(id)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
            const next = (i + 1) % views.length;
            setView(views[next]?.[0] ?? 'mine');
            refs.current[next]?.focus();
          }}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

const ALL = '*';

function Filters({ packs, agents }: { packs: string[]; agents: string[] }) {
  const state = useStatisticsStore();
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t('statsFilters')}</legend>
      <Select
        label={t('statsPeriod')}
        value={state.range}
        options={(Object.keys(RANGES) as RangeId[]).map((id) => [id, t(RANGE_LABELS[id])])}
        onChange={state.setRange}
      />
      <Select
        label={t('statsGroupBy')}
        value={state.granularity}
        options={[
          ['day', t('statsByDay')],
          ['week', t('statsByWeek')],
        ]}
        onChange={state.setGranularity}
      />
      <Select
        label={t('statsPack')}
        value={state.packId ?? ALL}
        options={[[ALL, t('statsAll')], ...packs.map((pack) => [pack, pack] as const)]}
        onChange={(value) => state.setPack(value === ALL ? null : value)}
      />
      <Select
        label={t('statsLanguage')}
        value={state.language ?? ALL}
        options={[
          [ALL, t('statsAll')],
          ['fi', t('languageFi')],
          ['en', t('languageEn')],
        ]}
        onChange={(value) => state.setLanguage(value === ALL ? null : (value as 'fi' | 'en'))}
      />
      {state.view === 'team' && (
        <Select
          label={t('statsAgent')}
          value={state.agent ?? ALL}
          options={[[ALL, t('statsAll')], ...agents.map((agent) => [agent, agent] as const)]}
          onChange={(value) => state.setAgent(value === ALL ? null : value)}
        />
      )}
    </fieldset>
  );
}

function Figures({
  figures,
  language,
  showSelf,
}: {
  figures: Aggregate;
  language: StatRow['language'] | null;
  showSelf: boolean;
}) {
  const { granularity } = useStatisticsStore();
  const repliesSeries = useMemo(
    () => [
      {
        label: t('colReplies'),
        values: figures.periods.map((period) => period.replies),
        color: PALETTE[0] ?? 'blue',
      },
    ],
    [figures],
  );
  const trendSeries = useMemo(
    () =>
      figures.checks
        .slice(0, TREND_LINES)
        .filter((check) => check.replies > 0)
        .map((check, i) => ({
          label: check.check,
          values: (figures.trends[check.check] ?? []).map((point) => point.share),
          color: PALETTE[i % PALETTE.length] ?? 'blue',
        })),
    [figures],
  );
  // Periods without replies are gaps, not zeros fixed.
  const actionSeries = useMemo(
    () => [
      {
        label: t('colFixed'),
        values: figures.periods.map((period) => (period.replies ? period.fixed : null)),
        color: PALETTE[2] ?? 'green',
      },
      {
        label: t('colIgnored'),
        values: figures.periods.map((period) => (period.replies ? period.ignored : null)),
        color: PALETTE[3] ?? 'orange',
      },
    ],
    [figures],
  );

  return (
    <>
      <p className="summary" data-testid="summary">
        {t('statsSummary', String(figures.replies), String(figures.fixed), String(figures.ignored))}
      </p>
      {figures.replies === 0 && <p className="muted">{t('statsNoRows')}</p>}
      <Chart
        title={t(granularity === 'day' ? 'statsRepliesPerDay' : 'statsRepliesPerWeek')}
        periods={figures.periods}
        series={repliesSeries}
        kind="bars"
        testId="chart-replies"
      />
      {showSelf && <SelfAssessment figures={figures} language={language} />}
      <Section title={t('statsRulesMet')} testId="rules-met">
        <RulesTable figures={figures} />
      </Section>
      {trendSeries.length > 0 && (
        <Chart
          title={t('statsTrend')}
          periods={figures.periods}
          series={trendSeries}
          kind="lines"
          percent
          testId="chart-trend"
        />
      )}
      <Chart
        title={t('statsFixedIgnored')}
        periods={figures.periods}
        series={actionSeries}
        kind="lines"
        testId="chart-actions"
      />
      <Section title={t('statsTemplatesUsed')} testId="templates-used">
        <TemplatesTable templates={figures.templates} />
      </Section>
      <Section title={t('statsTemplatesRewritten')} testId="templates-rewritten">
        <TemplatesTable templates={figures.rewritten.slice(0, 10)} />
      </Section>
    </>
  );
}

function Section({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/*
 * The tables are not windowed, though a year by day (366 rows) or the templates used in a
 * period (at most a pack's 1,000) run past a screen: they are read, not worked through with
 * a roving focus, and a screen reader's table commands, find-in-page and printing need every
 * row in the page. They render when a filter changes, never while the agent types.
 */
function RulesTable({ figures }: { figures: Aggregate }) {
  if (figures.checks.length === 0) return <p className="muted">{t('statsNoRows')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('colRule')}</th>
          <th scope="col">{t('colMet')}</th>
          <th scope="col">{t('colFound')}</th>
          <th scope="col">{t('colLeft')}</th>
          <th scope="col">{t('colFixed')}</th>
          <th scope="col">{t('colIgnored')}</th>
          <th scope="col">{t('colTurnedOff')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.checks.map((check) => (
          <tr key={check.check}>
            <th scope="row">{check.check}</th>
            <td>
              {check.share !== null && <meter min={0} max={1} value={check.share} />}{' '}
              {formatValue(check.share, true)}
            </td>
            <td>{check.tripped}</td>
            <td>{check.left}</td>
            <td>{check.fixed}</td>
            <td>{check.ignored}</td>
            <td>{check.overridden}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface TemplateName {
  title: string;
  mine: boolean;
}

/**
 * The titles of the templates the rows name by id: the agent's own (whose ids say nothing)
 * and the active packs', the interface language's pack first. An id no longer in either (a
 * template since removed, another agent's own in the team view) stays as it is.
 */
function useTemplateNames(): Map<string, TemplateName> {
  const packs = useActivePacksStore((state) => state.packs);
  const own = useOwnTemplatesStore((state) => state.templates);
  const language = useSettingsStore((state) => state.language);
  useEffect(() => void useActivePacksStore.getState().refresh(), []);
  useEffect(() => watchOwnTemplates(), []);
  return useMemo(() => {
    const names = new Map<string, TemplateName>();
    for (const template of own) names.set(template.id, { title: template.title, mine: true });
    const ordered = Object.values(packs).sort(
      (a, b) => Number(b.language === language) - Number(a.language === language),
    );
    for (const pack of ordered) {
      for (const template of pack.templates ?? []) {
        if (!names.has(template.id)) names.set(template.id, { title: template.title, mine: false });
      }
    }
    return names;
  }, [packs, own, language]);
}

function TemplatesTable({ templates }: { templates: Aggregate['templates'] }) {
  const names = useTemplateNames();
  if (templates.length === 0) return <p className="muted">{t('statsNoTemplates')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('colTemplate')}</th>
          <th scope="col">{t('colUses')}</th>
          <th scope="col">{t('colKept')}</th>
        </tr>
      </thead>
      <tbody>
        {templates.map((template) => (
          <tr key={template.id}>
            <th scope="row">
              <TemplateLabel id={template.id} name={names.get(template.id)} />
            </th>
            <td>{template.uses}</td>
            <td>{formatValue(template.meanKept, true)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Refund issued refund" for a pack's template (title, then id), "Lamp not arrived mine" for the agent's. */
function TemplateLabel({ id, name }: { id: string; name: TemplateName | undefined }) {
  if (!name) return <>{id}</>;
  return (
    <>
      <span className="template-name">{name.title}</span>{' '}
      <span className="muted">{name.mine ? t('mineBadge') : id}</span>
    </>
  );
}

function SelfAssessment({
  figures,
  language,
}: {
  figures: Aggregate;
  language: StatRow['language'] | null;
}) {
  const top = mostTripped(figures);
  // The examples are in the language of the replies; with both, the interface's.
  const exampleLanguage = language ?? (t('languageFi') === 'suomi' ? 'fi' : 'en');
  const [examples, setExamples] = useState<Record<string, TeachingExample | null>>({});
  const ids = top.map((check) => check.check).join(' ');
  useEffect(() => {
    let current = true;
    void import('./teaching-source')
      .then(({ examplesFor }) => examplesFor(ids ? ids.split(' ') : [], exampleLanguage))
      .then((found) => {
        if (current) setExamples(found);
      });
    return () => {
      current = false;
    };
  }, [ids, exampleLanguage]);
  return (
    <Section title={t('statsSelfTitle')} testId="self-assessment">
      {top.length === 0 ? (
        <p className="muted">{t('statsSelfEmpty')}</p>
      ) : (
        <ol className="self">
          {top.map((check) => {
            const example = examples[check.check];
            return (
              <li key={check.check}>
                <h3>{check.check}</h3>
                {example && <p>{example.description}</p>}
                <p className="muted">
                  {t('statsSelfTripped', String(check.tripped), String(check.replies))}
                </p>
                {example?.bad !== undefined && (
                  <div className="example example-bad">
                    <span>{t('statsExampleBad')}</span>
                    <blockquote>{example.bad}</blockquote>
                  </div>
                )}
                {example?.good !== undefined && (
                  <div className="example example-good">
                    <span>{t('statsExampleGood')}</span>
                    <blockquote>{example.good}</blockquote>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Export({ rows }: { rows: StatRow[] }) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const day = new Date().toISOString().slice(0, 10);
  const exportJson = () => {
    if (!label.trim()) {
      setError(t('statsExportNeedsLabel'));
      return;
    }
    setError(null);
    const file = toExport(rows, label.trim());
    download(`talontapa-statistics-${day}.json`, 'application/json', JSON.stringify(file));
  };
  return (
    <Section title={t('statsExportTitle')} testId="export">
      <div className="field">
        <label htmlFor={id}>{t('statsExportLabel')}</label>
        <input
          id={id}
          value={label}
          maxLength={60}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setLabel(event.target.value)}
        />
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={exportJson}>
          {t('statsExportJson')}
        </button>
        <button
          type="button"
          onClick={() => download(`talontapa-statistics-${day}.csv`, 'text/csv', toCsv(rows))}
        >
          {t('statsExportCsv')}
        </button>
      </div>
    </Section>
  );
}

function TeamImport() {
  const { team, addTeamExport, clearTeam } = useStatisticsStore();
  const [messages, setMessages] = useState<{ text: string; error: boolean }[]>([]);
  const id = useId();
  const read = async (files: FileList | null) => {
    const notes: { text: string; error: boolean }[] = [];
    for (const file of files ?? []) {
      const result = readExport(await file.text());
      if (!result.ok) {
        notes.push({ text: t('statsImportFailed', file.name, result.error), error: true });
        continue;
      }
      addTeamExport(result.export);
      notes.push({
        text: t('statsImportDone', result.export.label, String(result.export.rows.length)),
        error: false,
      });
      if (result.skipped > 0) {
        notes.push({
          text: t('statsImportSkipped', file.name, String(result.skipped)),
          error: true,
        });
      }
    }
    setMessages(notes);
  };
  return (
    <section className="team-import" data-testid="team-import">
      <div className="field">
        <label htmlFor={id}>{t('statsImport')}</label>
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(event) => void read(event.target.files)}
        />
      </div>
      <div aria-live="polite">
        {messages.map((message) => (
          <p key={message.text} className={message.error ? 'error' : 'muted'}>
            {message.text}
          </p>
        ))}
      </div>
      {team.length === 0 ? (
        <p className="muted">{t('statsTeamEmpty')}</p>
      ) : (
        <p>
          {t('statsTeamAgents', agentLabels(team).join(', '))}{' '}
          <button type="button" onClick={clearTeam}>
            {t('statsClearTeam')}
          </button>
        </p>
      )}
    </section>
  );
}

function Manage({ onChanged }: { onChanged: () => Promise<void> }) {
  const [months, setMonths] = useState<number | null>(null);
  const [count, setCount] = useState(0);
  const [done, setDone] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => void readRetentionMonths().then(setMonths), []);
  const choose = async (value: number) => {
    setMonths(value);
    await writeRetentionMonths(value);
    await onChanged();
  };
  const ask = async () => {
    setCount(await countStatRows());
    setDone(false);
    dialog.current?.showModal();
  };
  const remove = async () => {
    await deleteAllStatRows();
    dialog.current?.close();
    setDone(true);
    await onChanged();
  };
  return (
    <Section title={t('statsManage')} testId="manage">
      {months !== null && (
        <div className="field">
          <label htmlFor={id}>{t('statsRetention')}</label>
          <select
            id={id}
            value={months}
            onChange={(event) => void choose(Number(event.target.value))}
          >
            {[...new Set([...RETENTION_CHOICES, months])]
              .sort((a, b) => a - b)
              .map((choice) => (
                <option key={choice} value={choice}>
                  {t('statsRetentionMonths', String(choice))}
                </option>
              ))}
          </select>
        </div>
      )}
      <button type="button" className="danger" onClick={() => void ask()}>
        {t('statsDeleteAll')}
      </button>
      <p aria-live="polite">{done ? t('statsDeleted') : ''}</p>
      <dialog ref={dialog} aria-labelledby={`${id}-confirm`}>
        <p id={`${id}-confirm`}>{t('statsDeleteConfirm', String(count))}</p>
        <div className="actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </button>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('statsDelete')}
          </button>
        </div>
      </dialog>
    </Section>
  );
}
