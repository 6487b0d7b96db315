import { create } from 'zustand';
import { send } from '../messaging/client';
import type { HistoryEntry, SourceStatus } from '../storage/sync/engine';
import type { ManagedPolicy } from '../storage/sync/policy';

/** What the background's `options/get-status` answers. */
export interface OptionsStatus {
  sources: SourceStatus[];
  policy: ManagedPolicy;
  corruptRows: number;
}

/** Short-lived UI state of the options page; the background holds the source of truth. */
interface OptionsState {
  status: OptionsStatus | null;
  histories: Record<string, HistoryEntry[]>;
  /** Sources whose history is open. */
  open: Record<string, boolean>;
  busy: boolean;
  error: string | null;
  notice: string | null;
  refresh: () => Promise<void>;
  toggleHistory: (sourceId: string) => Promise<void>;
  /** Runs a request; its error, or `notice` on success, is shown. Returns the reply value. */
  run: <T>(
    request: Promise<{ ok: true; value: T } | { ok: false; error: string }>,
    notice?: (value: T) => string | null,
  ) => Promise<T | null>;
}

/** Refreshes may overlap (a broadcast and a reply at once): only the latest one's answer counts. */
let latestRefresh = 0;

export const useOptionsStore = create<OptionsState>((set, get) => ({
  status: null,
  histories: {},
  open: {},
  busy: false,
  error: null,
  notice: null,
  refresh: async () => {
    const mine = ++latestRefresh;
    const reply = await send<OptionsStatus>({ type: 'options/get-status' });
    if (mine !== latestRefresh) return;
    if (!reply.ok) {
      set({ error: reply.error });
      return;
    }
    set({ status: reply.value });
    // Open histories follow the sources: a sync adds a version.
    const open = Object.keys(get().open).filter((id) => get().open[id]);
    const histories: Record<string, HistoryEntry[]> = {};
    for (const id of open) {
      const history = await send<HistoryEntry[]>({ type: 'options/history', sourceId: id });
      if (history.ok) histories[id] = history.value;
    }
    if (mine !== latestRefresh) return;
    set({ histories: { ...get().histories, ...histories } });
  },
  toggleHistory: async (sourceId) => {
    const open = !get().open[sourceId];
    set({ open: { ...get().open, [sourceId]: open } });
    if (open) await get().refresh();
  },
  run: async (request, notice) => {
    set({ busy: true, error: null, notice: null });
    const reply = await request;
    set({ busy: false });
    if (!reply.ok) {
      set({ error: reply.error });
      return null;
    }
    set({ notice: notice?.(reply.value) ?? null });
    await get().refresh();
    return reply.value;
  },
}));
