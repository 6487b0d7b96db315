import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { listen, send } from '../messaging/client';
import type { Issue, SyncError } from '../storage/sources';
import type { AgentData, ImportReport } from '../storage/sync/agent-data';
import type { HistoryEntry, SourceStatus, SyncOutcome } from '../storage/sync/engine';
import { DEFAULT_SYNC_INTERVAL_MINUTES, type ManagedPolicy } from '../storage/sync/policy';
import { ExpansionSettingsSection } from './options-expansion';
import { PersonalSettings } from './options-personal';
import { useOptionsStore } from './options-store';
import { OwnTemplatesSection } from './options-templates';
import { useSettingsStore } from './settings-store';

/**
 * The options page: where packs come from and how their syncs went, history and rollback,
 * importing a pack file, and the agent's own data as one file. Settings an administrator's
 * policy sets are shown as such and their controls disabled. Pack text (names, messages,
 * paths) is rendered as text, never as HTML.
 */
export function OptionsPage() {
  const { status, error, notice, refresh } = useOptionsStore();

  useEffect(() => {
    void refresh();
    return listen('options', {
      'pages/packs-changed': () => {
        void refresh();
        return true;
      },
      'pages/settings-changed': () => {
        void useSettingsStore.getState().refresh();
        return true;
      },
    });
  }, [refresh]);

  const policy = status?.policy;
  const locked = policy?.lockSources ?? false;
  return (
    <main className="options">
      <h1>Talontapa</h1>
      {error && (
        <p role="alert" className="options-error" data-testid="options-error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="options-notice" data-testid="options-notice">
          {notice}
        </p>
      )}
      {policy && <ManagedNotice policy={policy} />}
      <PersonalSettings />
      <ExpansionSettingsSection />
      <OwnTemplatesSection />
      <section aria-labelledby="packs-heading">
        <div className="section-head">
          <h2 id="packs-heading">Rule packs</h2>
          <SyncAllButton />
        </div>
        <p className="hint">
          Checked for a new version every{' '}
          {policy?.syncIntervalMinutes ?? DEFAULT_SYNC_INTERVAL_MINUTES} minutes. A version that
          fails validation is never used: the last good one stays.
        </p>
        {status && status.sources.length === 0 && (
          <p className="hint" data-testid="no-sources">
            No pack sources: the built-in packs are in use.
          </p>
        )}
        <ul className="sources">
          {status?.sources.map((entry) => (
            <SourceItem key={entry.source.id} entry={entry} />
          ))}
        </ul>
        {status && status.corruptRows > 0 && (
          <p className="hint" role="alert">
            {status.corruptRows} stored record(s) could not be read and were skipped.
          </p>
        )}
      </section>
      <AddSource locked={locked} />
      <ImportPack locked={locked} />
      <AgentDataSection />
    </main>
  );
}

function ManagedNotice({ policy }: { policy: ManagedPolicy }) {
  const managed = [
    policy.packSources.length > 0 ? 'pack sources' : null,
    policy.lockSources ? 'sources locked' : null,
    policy.syncIntervalMinutes !== null ? 'sync interval' : null,
  ].filter((x): x is string => x !== null);
  if (managed.length === 0 && policy.problems.length === 0) return null;
  return (
    <section className="managed" data-testid="managed-notice">
      <p>Set by your administrator: {managed.join(', ')}.</p>
      {policy.problems.map((problem) => (
        <p key={problem} className="options-error">
          Policy ignored: {problem}
        </p>
      ))}
    </section>
  );
}

const when = (ms: number | null) => (ms === null ? 'never' : new Date(ms).toLocaleString());

function SyncAllButton() {
  const { run, busy } = useOptionsStore();
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => void run(send({ type: 'options/sync' }), () => 'Every source was checked.')}
    >
      Sync all now
    </button>
  );
}

function outcomeNotice(outcome: SyncOutcome): string {
  switch (outcome.status) {
    case 'activated':
      return 'A new version is in use.';
    case 'unchanged':
      return 'No new version.';
    case 'invalid':
      return 'The new version failed validation; the last good one stays in use.';
    case 'failed':
      return `The sync failed: ${outcome.error.message}`;
    case 'not-synced':
      return 'An imported file is not synced; import it again to update it.';
  }
}

function SourceItem({ entry }: { entry: SourceStatus }) {
  const { run, busy, open, histories, toggleHistory, status } = useOptionsStore();
  const { source, active } = entry;
  const title =
    source.kind === 'file' ? source.id.replace(/^file:/, '') : (source.url ?? source.id);
  return (
    <li className="source" data-testid="source" data-source={source.id}>
      <div className="source-head">
        <span className="source-url">{title}</span>
        {source.managed && <span className="badge">managed</span>}
      </div>
      <p className="source-pack" data-testid="source-pack">
        {active
          ? `In use: ${active.name ?? '?'} ${active.version ?? ''} (${active.language})`
          : 'No good version yet'}
      </p>
      <p className="hint">
        Last sync: {when(source.lastSyncedAt)} · last checked: {when(source.lastCheckedAt)}
        {source.sha256 ? ` · pinned to sha256 ${source.sha256.slice(0, 12)}…` : ''}
      </p>
      {source.lastError && <ErrorDetails error={source.lastError} />}
      <div className="source-actions">
        {source.kind === 'url' && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(
                send<SyncOutcome>({ type: 'options/sync', sourceId: source.id }),
                outcomeNotice,
              )
            }
          >
            Sync now
          </button>
        )}
        <button
          type="button"
          onClick={() => void toggleHistory(source.id)}
          aria-expanded={!!open[source.id]}
        >
          History
        </button>
        <button
          type="button"
          disabled={busy || entry.locked}
          title={entry.locked ? 'Set by your administrator' : undefined}
          onClick={() =>
            void run(send({ type: 'options/remove-source', sourceId: source.id }), () => 'Removed.')
          }
        >
          Remove
        </button>
      </div>
      {open[source.id] && (
        <History
          sourceId={source.id}
          entries={histories[source.id] ?? []}
          locked={status?.policy.lockSources ?? false}
        />
      )}
    </li>
  );
}

function ErrorDetails({ error }: { error: SyncError }) {
  return (
    <div className="source-error" role="alert" data-testid="source-error">
      <p>
        {when(error.at)}: {error.url ? `${error.url}: ` : ''}
        {error.message}
      </p>
      <IssueList issues={error.issues} />
    </div>
  );
}

function IssueList({ issues }: { issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issues">
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`} data-testid="issue">
          {issue.path && <code className="issue-path">{issue.path}</code>} {issue.message}
        </li>
      ))}
    </ul>
  );
}

function changeText(entry: HistoryEntry): string {
  const c = entry.changes;
  if (!c) return 'the first version fetched';
  const parts = [
    c.rulesAdded.length > 0 ? `rules added: ${c.rulesAdded.join(', ')}` : null,
    c.rulesRemoved.length > 0 ? `rules removed: ${c.rulesRemoved.join(', ')}` : null,
    c.rulesChanged.length > 0 ? `rules changed: ${c.rulesChanged.join(', ')}` : null,
    c.styleChanged.length > 0 ? `style changed: ${c.styleChanged.join(', ')}` : null,
    c.checksChanged.length > 0 ? `checks changed: ${c.checksChanged.join(', ')}` : null,
  ].filter((x): x is string => x !== null);
  return parts.length > 0 ? parts.join('; ') : 'no rule or style changes';
}

function History({
  sourceId,
  entries,
  locked,
}: {
  sourceId: string;
  entries: HistoryEntry[];
  locked: boolean;
}) {
  const { run, busy } = useOptionsStore();
  return (
    <ol className="history" data-testid="history">
      {entries.map((entry) => (
        <li
          key={entry.seq}
          className={entry.ok ? 'version' : 'version failed'}
          data-testid="version"
          data-version={entry.version ?? ''}
        >
          <span className="version-name">
            {entry.name ?? '?'} {entry.version ?? '?'}
          </span>{' '}
          <span className="hint">{when(entry.fetchedAt)}</span>
          {entry.active && <span className="badge">in use</span>}
          {!entry.ok && <span className="badge badge-error">failed validation</span>}
          {entry.ok && <p className="changes">{changeText(entry)}</p>}
          {!entry.ok && <IssueList issues={entry.issues} />}
          {entry.ok && !entry.active && (
            <button
              type="button"
              disabled={busy || locked}
              title={locked ? 'Set by your administrator' : undefined}
              onClick={() =>
                void run(
                  send({ type: 'options/rollback', sourceId, seq: entry.seq }),
                  () => `Version ${entry.version ?? ''} is in use again.`,
                )
              }
            >
              Use this version
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

function AddSource({ locked }: { locked: boolean }) {
  const { run, busy } = useOptionsStore();
  const [url, setUrl] = useState('');
  const [sha256, setSha256] = useState('');
  const urlId = useId();
  const shaId = useId();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      useOptionsStore.setState({ error: `${url}: not a URL` });
      return;
    }
    // The service worker may fetch from the pack's origin only with its permission (or when
    // the server allows it by CORS): asked here, while the click counts as a user gesture.
    const granted = await browser.permissions
      .request({ origins: [`${origin}/*`] })
      .catch(() => false);
    const added = await run(
      send<SyncOutcome>({
        type: 'options/add-source',
        url,
        ...(sha256.trim() ? { sha256: sha256.trim() } : {}),
      }),
      (outcome) =>
        `${outcomeNotice(outcome)}${granted ? '' : ` Without access to ${origin}, the server must allow the extension by CORS.`}`,
    );
    if (added) {
      setUrl('');
      setSha256('');
    }
  };
  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">Add a pack URL</h2>
      {locked && <p className="hint">Your administrator has locked the pack sources.</p>}
      <form className="add-source" onSubmit={(event) => void submit(event)}>
        <label htmlFor={urlId}>Pack URL</label>
        <input
          id={urlId}
          type="url"
          required
          placeholder="https://example.com/packs/team-fi.json"
          value={url}
          disabled={locked}
          onChange={(event) => setUrl(event.target.value)}
        />
        <label htmlFor={shaId}>sha256 (optional)</label>
        <input
          id={shaId}
          value={sha256}
          disabled={locked}
          pattern="[0-9a-fA-F]{64}"
          onChange={(event) => setSha256(event.target.value)}
        />
        <button type="submit" disabled={locked || busy || !url}>
          Add
        </button>
      </form>
    </section>
  );
}

function ImportPack({ locked }: { locked: boolean }) {
  const { run } = useOptionsStore();
  const id = useId();
  const pick = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    await run(
      send<SyncOutcome>({ type: 'options/import-pack', name: file.name, text }),
      outcomeNotice,
    );
  };
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import a pack file</h2>
      <p className="hint">A pack made with talontapa init, validated as talontapa validate does.</p>
      <label htmlFor={id}>Pack file</label>{' '}
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        disabled={locked}
        onChange={(event) => void pick(event)}
      />
    </section>
  );
}

function AgentDataSection() {
  const { run } = useOptionsStore();
  const id = useId();
  const exportData = async () => {
    const data = await run(send<AgentData>({ type: 'options/export-data' }), () => 'Exported.');
    if (!data) return;
    const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'talontapa-data.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  const importData = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      useOptionsStore.setState({ error: `${file.name} is not JSON: ${(error as Error).message}` });
      return;
    }
    await run(send<ImportReport>({ type: 'options/import-data', data }), (report) =>
      [
        'Settings imported.',
        report.sourcesAdded.length > 0 ? `Sources added: ${report.sourcesAdded.join(', ')}.` : '',
        report.statisticsAdded > 0
          ? `Sent replies added to the statistics: ${report.statisticsAdded}.`
          : '',
        report.skipped.length > 0 ? `Not added: ${report.skipped.join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p className="hint">
        Your settings, the pack URLs you added and the statistics of your sent replies (counts
        only), as one file. <a href={browser.runtime.getURL('/statistics.html')}>Statistics</a>
      </p>
      <button type="button" onClick={() => void exportData()}>
        Export
      </button>{' '}
      <label htmlFor={id}>Import</label>{' '}
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void importData(event)}
      />
    </section>
  );
}
