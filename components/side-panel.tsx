import { useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { listen, send } from '../messaging/client';
import type { EditorReport, TabFindings, ThreadContext } from '../messaging/protocol';
import type { Severity } from '../rules/types';
import { useFindingsStore } from './findings-store';
import { t } from './i18n';
import { PackStatusLine } from './pack-status';
import { usePackStatusStore } from './pack-status-store';
import { SendGuardToggle } from './send-guard-toggle';
import { TemplatesPanel } from './templates-panel';

const SEVERITIES: Severity[] = ['error', 'warning', 'hint'];

type ReportedFinding = EditorReport['findings'][number];
type ReportedFix = ReportedFinding['fixes'][number];

interface Labels extends Record<Severity, string> {
  empty: string;
  noEditor: string;
  select: string;
  remove: string;
  replaceWith: (from: string, to: string) => string;
  thread: string;
  customer: string;
  ticket: string;
  subject: string;
  lastMessage: string;
  insert: string;
  insertLabel: string;
  enableSite: (origin: string) => string;
  disableSite: string;
  siteDenied: string;
  siteEnabled: string;
  layoutUnrecognised: string;
}

const LABELS: Record<'fi' | 'en', Labels> = {
  fi: {
    error: 'Virheet',
    warning: 'Varoitukset',
    hint: 'Vihjeet',
    empty: 'Ei huomautettavaa. Hyvältä näyttää!',
    noEditor: 'Napsauta vastauskenttää, niin Talontapa tarkistaa luonnoksen.',
    select: 'Valitse teksti',
    remove: 'Poista',
    replaceWith: (from, to) => (to ? `Korvaa ”${from}” tekstillä ”${to}”` : `Poista ”${from}”`),
    thread: 'Keskustelu',
    customer: 'Asiakas',
    ticket: 'Tiketti',
    subject: 'Aihe',
    lastMessage: 'Asiakkaan viimeisin viesti',
    insert: 'Lisää kohdistimen kohtaan',
    insertLabel: 'Lisättävä teksti',
    enableSite: (origin) => `Ota käyttöön sivustolla ${origin}`,
    disableSite: 'Poista käytöstä tällä sivustolla',
    siteDenied: 'Lupaa sivustolle ei annettu.',
    siteEnabled: 'Käytössä. Napsauta vastauskenttää.',
    layoutUnrecognised:
      'Sivun asettelua ei tunnistettu: luonnos tarkistetaan, mutta asiakkaan viestiä ei saatu luettua.',
  },
  en: {
    error: 'Errors',
    warning: 'Warnings',
    hint: 'Hints',
    empty: 'Nothing to remark. Looks good!',
    noEditor: 'Click into a reply box and Talontapa checks the draft.',
    select: 'Select the text',
    remove: 'Remove',
    replaceWith: (from, to) => (to ? `Replace “${from}” with “${to}”` : `Remove “${from}”`),
    thread: 'Conversation',
    customer: 'Customer',
    ticket: 'Ticket',
    subject: 'Subject',
    lastMessage: "Customer's last message",
    insert: 'Insert at cursor',
    insertLabel: 'Text to insert',
    enableSite: (origin) => `Enable on ${origin}`,
    disableSite: 'Turn off on this site',
    siteDenied: 'The permission for the site was not granted.',
    siteEnabled: 'Enabled. Click into a reply box.',
    layoutUnrecognised:
      "This page's layout was not recognised: the draft is checked, but the customer's message is unavailable.",
  },
};

export function SidePanel() {
  const { tab, status, error, pinnedTabId, received, failed } = useFindingsStore();
  const [actionError, setActionError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const reply = await send<TabFindings | null>({
      type: 'panel/get-findings',
      ...(pinnedTabId === undefined ? {} : { tabId: pinnedTabId }),
    });
    if (reply.ok) received(reply.value);
    else failed(reply.error);
  }, [pinnedTabId, received, failed]);

  useEffect(() => {
    void refresh();
    const stop = listen('panel', {
      'panel/findings-changed': ({ tab: changed }) => {
        const current = useFindingsStore.getState().tab;
        if (pinnedTabId !== undefined || changed.tabId === current?.tabId) received(changed);
        else void refresh();
        return true;
      },
      'pages/packs-changed': () => {
        void usePackStatusStore.getState().refresh();
        return true;
      },
    });
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      stop();
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [refresh, received, pinnedTabId]);

  /** Runs a panel request; a refusal (e.g. the draft changed) is shown, not thrown. */
  const run = useCallback(async (request: Promise<{ ok: boolean; error?: string }>) => {
    const reply = await request;
    setActionError(reply.ok ? null : (reply.error ?? 'failed'));
    return reply.ok;
  }, []);

  const report = tab?.report ?? null;
  const labels = LABELS[report?.language ?? uiLanguage()];

  return (
    <main className="panel" aria-busy={status === 'loading'}>
      <header className="panel-header">
        <h1>Talontapa</h1>
        <a href={browser.runtime.getURL('/statistics.html')} target="_blank" rel="noreferrer">
          {t('statsTitle')}
        </a>
        {report && (
          <p className="panel-meta" data-testid="pack">
            {report.packId} · {report.findings.length}
          </p>
        )}
        <PackStatusLine language={report?.language ?? uiLanguage()} />
      </header>
      {status === 'error' && (
        <p role="alert" className="panel-error">
          {error}
        </p>
      )}
      {actionError && (
        <p role="alert" className="panel-error" data-testid="action-error">
          {actionError}
        </p>
      )}
      {status === 'ready' && !report && <p className="panel-empty">{labels.noEditor}</p>}
      {tab && <SiteAccess tab={tab} labels={labels} onError={setActionError} run={run} />}
      {report?.layoutRecognised === false && (
        <p className="panel-empty" role="status" data-testid="layout-unrecognised">
          {labels.layoutUnrecognised}
        </p>
      )}
      {report && <ThreadSummary context={report.context} labels={labels} />}
      {report && report.findings.length === 0 && (
        <p className="panel-empty" data-testid="no-findings">
          {labels.empty}
        </p>
      )}
      {report &&
        tab &&
        SEVERITIES.map((severity) => {
          const findings = report.findings.filter((finding) => finding.severity === severity);
          if (findings.length === 0) return null;
          return (
            <section
              key={severity}
              className={`group group-${severity}`}
              aria-label={labels[severity]}
            >
              <h2>
                {labels[severity]} <span className="count">{findings.length}</span>
              </h2>
              <ul>
                {findings.map((finding) => (
                  <FindingItem
                    key={`${finding.check}:${finding.start}:${finding.end}`}
                    finding={finding}
                    tabId={tab.tabId}
                    labels={labels}
                    run={run}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      {report && tab && (
        <TemplatesPanel
          tabId={tab.tabId}
          context={report.context}
          language={report.language}
          run={run}
        />
      )}
      {report && tab && <InsertBox tabId={tab.tabId} labels={labels} run={run} />}
      {report && <SendGuardToggle packGuard={report.sendGuard} />}
    </main>
  );
}

type Run = (request: Promise<{ ok: boolean; error?: string }>) => Promise<boolean>;

function FindingItem({
  finding,
  tabId,
  labels,
  run,
}: {
  finding: ReportedFinding;
  tabId: number;
  labels: Labels;
  run: Run;
}) {
  const select = () =>
    void send({ type: 'panel/select', tabId, range: { start: finding.start, end: finding.end } });
  const apply = (fix: ReportedFix) =>
    void run(
      send({
        type: 'panel/apply-fix',
        tabId,
        fix: {
          start: fix.start,
          end: fix.end,
          replacement: fix.replacement,
          expectedText: fix.original ?? '',
          check: finding.check,
        },
      }),
    );
  return (
    <li className="finding" data-check={finding.check}>
      <button
        type="button"
        className="finding-button"
        onClick={select}
        title={labels.select}
        data-start={finding.start}
        data-end={finding.end}
      >
        <span className="finding-message">{finding.message}</span>
        {finding.text && <q className="finding-text">{finding.text}</q>}
        <span className="finding-check">{finding.check}</span>
      </button>
      {finding.fixes.length > 0 && (
        <div className="fixes">
          {finding.fixes.map((fix) => (
            <button
              key={`${fix.start}:${fix.end}:${fix.replacement}`}
              type="button"
              className="fix-button"
              aria-label={labels.replaceWith(fix.original ?? finding.text, fix.replacement)}
              onClick={() => apply(fix)}
            >
              {fix.label ?? (fix.replacement.trim() || labels.remove)}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

function ThreadSummary({ context, labels }: { context: ThreadContext; labels: Labels }) {
  const rows: [string, string, string | undefined][] = [
    ['customer', labels.customer, context.customerName],
    ['ticket', labels.ticket, context.ticketId],
    ['subject', labels.subject, context.subject],
  ];
  if (!rows.some(([, , value]) => value) && !context.customerMessage) return null;
  return (
    <section className="thread" aria-label={labels.thread} data-testid="thread">
      <dl>
        {rows.map(([key, name, value]) =>
          value ? (
            <div key={key} className="thread-row">
              <dt>{name}</dt>
              <dd data-testid={`thread-${key}`}>{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {context.customerMessage && (
        <details>
          <summary>{labels.lastMessage}</summary>
          <blockquote className="thread-message" data-testid="thread-message">
            {context.customerMessage}
          </blockquote>
        </details>
      )}
    </section>
  );
}

/** A plain insertion at the cursor; templates will use the same path. */
function InsertBox({ tabId, labels, run }: { tabId: number; labels: Labels; run: Run }) {
  const [text, setText] = useState('');
  const id = useId();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!text) return;
    if (await run(send({ type: 'panel/insert', tabId, insertion: { text } }))) setText('');
  };
  return (
    <form className="insert" onSubmit={submit}>
      <label htmlFor={id}>{labels.insertLabel}</label>
      <textarea id={id} rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" disabled={!text}>
        {labels.insert}
      </button>
    </form>
  );
}

const SUPPORTED_HOSTS = [/^mail\.google\.com$/, /\.zendesk\.com$/, /\.freshdesk\.com$/];

/**
 * "Enable on this site" for a page that is not one of the supported hosts. The permission
 * prompt needs this click (a user gesture in the panel); the background then registers the
 * content script for the origin and injects it into the tab.
 */
function SiteAccess({
  tab,
  labels,
  onError,
  run,
}: {
  tab: TabFindings;
  labels: Labels;
  onError: (error: string | null) => void;
  run: Run;
}) {
  const [enabled, setEnabled] = useState(false);
  let url: URL | null = null;
  try {
    url = new URL(tab.url);
  } catch {
    // No URL: the extension may not see this tab's address.
  }
  if (!url || !/^https?:$/.test(url.protocol)) return null;
  if (SUPPORTED_HOSTS.some((host) => host.test(url.hostname))) return null;
  const origin = url.origin;
  if (tab.report?.host === 'generic') {
    return (
      <button
        type="button"
        className="site-button"
        onClick={() => void run(send({ type: 'panel/disable-site', origin }))}
      >
        {labels.disableSite}
      </button>
    );
  }
  if (tab.report) return null;
  if (enabled) {
    return (
      <p className="panel-empty" role="status" data-testid="site-enabled">
        {labels.siteEnabled}
      </p>
    );
  }
  const enable = async () => {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) {
      onError(labels.siteDenied);
      return;
    }
    setEnabled(await run(send({ type: 'panel/enable-site', tabId: tab.tabId, origin })));
  };
  return (
    <button type="button" className="site-button" onClick={() => void enable()}>
      {labels.enableSite(origin)}
    </button>
  );
}

function uiLanguage(): 'fi' | 'en' {
  return navigator.language.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}
