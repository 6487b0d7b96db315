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

const tabFindings = (tabId: number) => ({ tabId, report: null });

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

  it('shows a failure of the latest request', async () => {
    const request = useFindingsStore.getState().refresh();
    (pending[0] as (typeof pending)[number]).resolve({ ok: false, error: 'no tab' });
    await request;
    expect(useFindingsStore.getState()).toMatchObject({ status: 'error', error: 'no tab' });
  });
});
