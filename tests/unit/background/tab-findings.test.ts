import { describe, expect, it } from 'vitest';
import {
  type TabFindingsDeps,
  type TabInfo,
  tabFindings,
} from '../../../entrypoints/background/tab-findings';
import type { EditorReport, TabFindings } from '../../../messaging/protocol';

const report = (revision: number) =>
  ({ packId: 'builtin:en', findings: [], revision }) as unknown as EditorReport;

const gmail = { id: 7, url: 'https://mail.google.com/mail/u/0/', title: 'Inbox' };

/** A browser whose answers the test releases when it likes. */
function browser(stored: TabFindings[] = []) {
  const saved: TabFindings[][] = [];
  const pushed: TabFindings[] = [];
  const pendingTabs: ((tab: TabInfo | null) => void)[] = [];
  let active: TabInfo | undefined = gmail;
  const own = new Set<number>();
  const deps: TabFindingsDeps = {
    load: async () => stored,
    save: (tabs) => saved.push([...tabs]),
    changed: (tab) => pushed.push(tab),
    getTab: () => new Promise((resolve) => pendingTabs.push(resolve)),
    activeTab: async () => active,
    ownPageTabs: async () => own,
    isExtensionPage: (url) => url?.startsWith('chrome-extension://') ?? false,
  };
  return {
    deps,
    saved,
    pushed,
    pendingTabs,
    own,
    setActive: (tab: TabInfo | undefined) => {
      active = tab;
    },
  };
}

describe('the findings the background keeps per tab', () => {
  it('gives every change a higher version, also after the service worker restarts', async () => {
    const b = browser([
      { tabId: 3, url: 'https://x.zendesk.com/', title: 'T', report: report(1), version: 41 },
    ]);
    const findings = tabFindings(b.deps);
    await findings.reported(gmail, report(1));
    await findings.reported(gmail, report(2));
    await findings.detached(gmail);
    expect(b.pushed.map((tab) => [tab.version, tab.report !== null])).toEqual([
      [42, true],
      [43, true],
      [44, false],
    ]);
    expect(b.saved.at(-1)?.map((tab) => tab.tabId)).toEqual([3, 7]);
  });

  it('answers a pinned panel with a report that arrived while the browser was asked about the tab', async () => {
    const b = browser();
    const findings = tabFindings(b.deps);
    // The panel asks before the first report: the background asks the browser for the tab.
    const answer = findings.target(gmail.id);
    await Promise.resolve();
    await Promise.resolve();
    expect(b.pendingTabs).toHaveLength(1);
    // The report comes in meanwhile (and is pushed to the panel), then the browser answers.
    await findings.reported(gmail, report(1));
    b.pendingTabs[0]?.(gmail);
    const tab = await answer;
    expect(tab?.report).not.toBeNull();
    expect(tab?.version).toBe(b.pushed.at(-1)?.version);
  });

  it('answers a tab with no report with a blank no newer than what it last pushed', async () => {
    const b = browser();
    const findings = tabFindings(b.deps);
    await findings.reported(gmail, report(1));
    await findings.detached(gmail);
    const answer = findings.target(gmail.id);
    await Promise.resolve();
    await Promise.resolve();
    b.pendingTabs[0]?.(gmail);
    expect(await answer).toMatchObject({ tabId: 7, report: null, version: 2 });
  });

  it('keeps the reply in view while one of its own pages is in front', async () => {
    const b = browser();
    const findings = tabFindings(b.deps);
    await findings.reported(gmail, report(1));
    expect((await findings.target())?.tabId).toBe(7);
    // The options page, opened in tab 9: Chromium does not give its URL, getContexts its tab.
    b.setActive({ id: 9 });
    b.own.add(9);
    expect((await findings.target())?.tabId).toBe(7);
    // The panel itself opened as a page in tab 10.
    b.setActive({ id: 10 });
    expect((await findings.target(undefined, 10))?.tabId).toBe(7);
    // Another web page: the panel is about it, with nothing to show yet.
    b.setActive({ id: 11, url: 'https://example.com/' });
    expect(await findings.target()).toMatchObject({ tabId: 11, report: null, version: 0 });
  });

  it('drops a report when its page loads again, and forgets a closed tab', async () => {
    const b = browser();
    const findings = tabFindings(b.deps);
    await findings.loading(gmail);
    expect(b.pushed).toHaveLength(0);
    await findings.reported(gmail, report(1));
    await findings.loading(gmail);
    expect(b.pushed.at(-1)).toMatchObject({ tabId: 7, report: null });
    await findings.removed(gmail.id);
    expect(b.saved.at(-1)).toEqual([]);
  });
});
