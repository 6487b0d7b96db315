import { useCallback, useEffect } from 'react';
import { browser } from 'wxt/browser';
import { listen, send } from '../messaging/client';
import type { TabFindings } from '../messaging/protocol';
import type { Finding, Severity } from '../rules/types';
import { useFindingsStore } from './findings-store';

const SEVERITIES: Severity[] = ['error', 'warning', 'hint'];

interface Labels extends Record<Severity, string> {
  empty: string;
  noEditor: string;
  select: string;
}

const LABELS: Record<'fi' | 'en', Labels> = {
  fi: {
    error: 'Virheet',
    warning: 'Varoitukset',
    hint: 'Vihjeet',
    empty: 'Ei huomautettavaa. Hyvältä näyttää!',
    noEditor: 'Napsauta vastauskenttää, niin Talontapa tarkistaa luonnoksen.',
    select: 'Valitse teksti',
  },
  en: {
    error: 'Errors',
    warning: 'Warnings',
    hint: 'Hints',
    empty: 'Nothing to remark. Looks good!',
    noEditor: 'Click into a reply box and Talontapa checks the draft.',
    select: 'Select the text',
  },
};

export function SidePanel() {
  const { tab, status, error, pinnedTabId, received, failed } = useFindingsStore();

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
    });
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      stop();
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [refresh, received, pinnedTabId]);

  const report = tab?.report ?? null;
  const labels = LABELS[report?.language ?? uiLanguage()];

  return (
    <main className="panel" aria-busy={status === 'loading'}>
      <header className="panel-header">
        <h1>Talontapa</h1>
        {report && (
          <p className="panel-meta" data-testid="pack">
            {report.packId} · {report.findings.length}
          </p>
        )}
      </header>
      {status === 'error' && (
        <p role="alert" className="panel-error">
          {error}
        </p>
      )}
      {status === 'ready' && !report && <p className="panel-empty">{labels.noEditor}</p>}
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
                    selectLabel={labels.select}
                  />
                ))}
              </ul>
            </section>
          );
        })}
    </main>
  );
}

function FindingItem({
  finding,
  tabId,
  selectLabel,
}: {
  finding: Finding;
  tabId: number;
  selectLabel: string;
}) {
  const select = () =>
    void send({ type: 'panel/select', tabId, range: { start: finding.start, end: finding.end } });
  return (
    <li className="finding" data-check={finding.check}>
      <button
        type="button"
        className="finding-button"
        onClick={select}
        title={selectLabel}
        data-start={finding.start}
        data-end={finding.end}
      >
        <span className="finding-message">{finding.message}</span>
        {finding.text && <q className="finding-text">{finding.text}</q>}
        <span className="finding-check">{finding.check}</span>
      </button>
    </li>
  );
}

function uiLanguage(): 'fi' | 'en' {
  return navigator.language.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}
