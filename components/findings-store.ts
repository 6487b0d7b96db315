import { create } from 'zustand';
import { send } from '../messaging/client';
import type { TabFindings } from '../messaging/protocol';

/** A panel request's answer, as `send` gives it. */
type Answer = { ok: boolean; error?: string };

/** Short-lived UI state of the side panel; the background holds the source of truth. */
interface FindingsState {
  tab: TabFindings | null;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** The last panel request's refusal (e.g. the draft changed under a fix), shown until the next. */
  actionError: string | null;
  /** Set when the side panel was opened for one tab (`?tab=ID`), e.g. in a detached window. */
  pinnedTabId: number | undefined;
  received: (tab: TabFindings | null) => void;
  failed: (error: string) => void;
  /** Asks the background for the tab the panel is about. */
  refresh: () => Promise<void>;
  /** Runs a panel request; a refusal is shown, not thrown. Resolves to whether it succeeded. */
  run: (request: Promise<Answer>) => Promise<boolean>;
  setActionError: (error: string | null) => void;
}

/** Counts `refresh` calls, so that only the latest one's answer is shown. */
let refreshes = 0;

export const useFindingsStore = create<FindingsState>((set, get) => ({
  tab: null,
  status: 'loading',
  error: null,
  actionError: null,
  pinnedTabId: pinnedTab(),
  received: (tab) => {
    const { pinnedTabId: pinned, tab: shown } = get();
    if (tab && pinned !== undefined && tab.tabId !== pinned) return;
    // A request's answer may arrive after a newer push about the same tab (the report came
    // in while the background answered): the older state must not replace the newer.
    if (tab && shown?.tabId === tab.tabId && tab.version < shown.version) return;
    set({ tab, status: 'ready', error: null });
  },
  failed: (error) => set({ status: 'error', error }),
  refresh: async () => {
    const pinned = get().pinnedTabId;
    // Switching tabs quickly sends several requests; an older answer (the tab left behind)
    // may arrive after a newer one and must not replace it.
    const request = ++refreshes;
    const reply = await send<TabFindings | null>({
      type: 'panel/get-findings',
      ...(pinned === undefined ? {} : { tabId: pinned }),
    });
    if (request !== refreshes) return;
    if (reply.ok) get().received(reply.value);
    else get().failed(reply.error);
  },
  run: async (request) => {
    const reply = await request;
    set({ actionError: reply.ok ? null : (reply.error ?? 'failed') });
    return reply.ok;
  },
  setActionError: (actionError) => set({ actionError }),
}));

function pinnedTab(): number | undefined {
  if (typeof location === 'undefined') return undefined;
  const value = new URLSearchParams(location.search).get('tab');
  return value === null ? undefined : Number.parseInt(value, 10);
}
