import { create } from 'zustand';
import type { TabFindings } from '../messaging/protocol';

/** Short-lived UI state of the side panel; the background holds the source of truth. */
interface FindingsState {
  tab: TabFindings | null;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** Set when the side panel was opened for one tab (`?tab=ID`), e.g. in a detached window. */
  pinnedTabId: number | undefined;
  received: (tab: TabFindings | null) => void;
  failed: (error: string) => void;
}

export const useFindingsStore = create<FindingsState>((set, get) => ({
  tab: null,
  status: 'loading',
  error: null,
  pinnedTabId: pinnedTab(),
  received: (tab) => {
    const pinned = get().pinnedTabId;
    if (tab && pinned !== undefined && tab.tabId !== pinned) return;
    set({ tab, status: 'ready', error: null });
  },
  failed: (error) => set({ status: 'error', error }),
}));

function pinnedTab(): number | undefined {
  if (typeof location === 'undefined') return undefined;
  const value = new URLSearchParams(location.search).get('tab');
  return value === null ? undefined : Number.parseInt(value, 10);
}
