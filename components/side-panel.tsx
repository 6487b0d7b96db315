import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { listen } from '../messaging/client';
import { useFindingsStore } from './findings-store';
import { t } from './i18n';
import { PackStatusLine } from './pack-status';
import { usePackStatusStore } from './pack-status-store';
import { FindingsList } from './panel-findings';
import { FindingsAnnouncer, QuestionChecklist, Readiness } from './panel-glance';
import { InsertBox } from './panel-insert';
import { SiteAccess } from './panel-site-access';
import { ThreadSummary } from './panel-thread';
import { SendGuardToggle } from './send-guard-toggle';
import { useSettingsStore } from './settings-store';
import { TemplatesPanel } from './templates-panel';

/**
 * The side panel: at a glance whether the reply is ready (readiness line, the customer's
 * questions), then the findings, the thread, the templates and a plain insertion. It shows
 * what the background holds for the tab (stores: findings-store, settings-store,
 * pack-status-store) and sends the agent's requests back; it keeps no state of its own that
 * matters after it closes.
 */
export function SidePanel() {
  const { tab, status, error, actionError, pinnedTabId, received, refresh, run } =
    useFindingsStore();
  // Read so that a change of the interface language re-renders the panel.
  const language = useSettingsStore((state) => state.language);

  useEffect(() => {
    void refresh();
    void useSettingsStore.getState().refresh();
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
      'pages/settings-changed': () => {
        void useSettingsStore.getState().refresh();
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

  return (
    <main className="panel" aria-busy={status === 'loading'} lang={language}>
      <header className="panel-header">
        <h1>{t('extName')}</h1>
        <nav className="panel-links">
          <a href={browser.runtime.getURL('/statistics.html')} target="_blank" rel="noreferrer">
            {t('statsTitle')}
          </a>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
            {t('panelSettings')}
          </a>
        </nav>
      </header>
      {report && (
        <p className="panel-meta" data-testid="pack">
          {report.packId} · {report.findings.length}
        </p>
      )}
      <PackStatusLine language={report?.language ?? language} />
      <FindingsAnnouncer report={report} />
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
      <TurnedOffNotice />
      {status === 'ready' && !report && <p className="panel-empty">{t('panelNoEditor')}</p>}
      {tab && <SiteAccess tab={tab} />}
      {report?.layoutRecognised === false && (
        <p className="panel-empty" role="status" data-testid="layout-unrecognised">
          {t('panelLayoutUnrecognised')}
        </p>
      )}
      {report && <Readiness report={report} />}
      {report && <QuestionChecklist report={report} />}
      {report && report.findings.length === 0 && (
        <p className="panel-empty" data-testid="no-findings">
          {t('panelEmpty')}
        </p>
      )}
      {report && tab && <FindingsList report={report} tabId={tab.tabId} />}
      {report && <ThreadSummary context={report.context} />}
      {report && tab && (
        <TemplatesPanel
          tabId={tab.tabId}
          context={report.context}
          language={report.language}
          run={run}
        />
      )}
      {report && tab && <InsertBox tabId={tab.tabId} />}
      {report && <SendGuardToggle packGuard={report.sendGuard} />}
    </main>
  );
}

/** After "turn off for me": says so, with an undo (the options page lists it for later). */
function TurnedOffNotice() {
  const { turnedOff, turnOn } = useSettingsStore();
  if (!turnedOff) return null;
  return (
    <p className="panel-notice" role="status" data-testid="turned-off">
      {t('panelTurnedOff', turnedOff)}{' '}
      <button type="button" className="quiet-button" onClick={() => void turnOn(turnedOff)}>
        {t('panelUndo')}
      </button>
    </p>
  );
}
