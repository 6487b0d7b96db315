import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Answers to `send`, resolved by the test in any order. */
const pending: { message: unknown; resolve: (reply: unknown) => void }[] = [];

vi.mock('../../../messaging/client', () => ({
  send: (message: unknown) =>
    new Promise((resolve) => {
      pending.push({ message, resolve });
    }),
}));

const { useFindingsStore } = await import('../../../components/findings-store');

const tabFindings = (tabId: number, version = 0) => ({ tabId, report: null, version });

/** A report as far as the store looks at it. */
const reported = (tabId: number, version: number) => ({
  ...tabFindings(tabId, version),
  report: { packId: 'house', findings: [], revision: 1 },
});

describe('the side panel following the active tab', () => {
  beforeEach(() => {
    pending.length = 0;
    useFindingsStore.setState({ tab: null, status: 'loading', error: null });
  });

  it('shows the tab asked for last, whatever order the answers come in', async () => {
    const { refresh } = useFindingsStore.getState();
    // The agent leaves tab 1 for tab 2: two requests in flight.
    const first = refresh();
    const second = refresh();
    expect(pending).toHaveLength(2);
    (pending[1] as (typeof pending)[number]).resolve({ ok: true, value: tabFindings(2) });
    await second;
    (pending[0] as (typeof pending)[number]).resolve({ ok: true, value: tabFindings(1) });
    await first;
    expect(useFindingsStore.getState().tab?.tabId).toBe(2);
    expect(useFindingsStore.getState().status).toBe('ready');
  });

  it('keeps a report pushed while its request was answered, when the older answer comes last', async () => {
    // The panel asks for tab 3 before its first report; the report is pushed meanwhile.
    const request = useFindingsStore.getState().refresh();
    useFindingsStore.getState().received(reported(3, 7) as never);
    (pending[0] as (typeof pending)[number]).resolve({ ok: true, value: tabFindings(3, 6) });
    await request;
    expect(useFindingsStore.getState().tab).toMatchObject({ tabId: 3, version: 7 });
    expect(useFindingsStore.getState().tab?.report).not.toBeNull();
  });

  it('takes a newer state of the same tab, a detach included', () => {
    const { received } = useFindingsStore.getState();
    received(reported(4, 2) as never);
    received(tabFindings(4, 3) as never);
    expect(useFindingsStore.getState().tab).toMatchObject({ tabId: 4, version: 3, report: null });
  });

  it('shows a failure of the latest request', async () => {
    const request = useFindingsStore.getState().refresh();
    (pending[0] as (typeof pending)[number]).resolve({ ok: false, error: 'no tab' });
    await request;
    expect(useFindingsStore.getState()).toMatchObject({ status: 'error', error: 'no tab' });
  });
});
