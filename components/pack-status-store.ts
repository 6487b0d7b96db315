import { create } from 'zustand';
import { send } from '../messaging/client';
import type { SyncError } from '../storage/sources';

/** What the background's `panel/get-pack-status` answers. */
export interface PackStatus {
  packs: { language: 'fi' | 'en'; name: string; version: string; sourceId: string }[];
  errors: { sourceId: string; error: SyncError }[];
}

interface PackStatusState {
  status: PackStatus | null;
  refresh: () => Promise<void>;
}

/** The side panel's view of the synced packs; the background holds the truth. */
/** Refreshes may overlap: only the latest one's answer counts. */
let latestRefresh = 0;

export const usePackStatusStore = create<PackStatusState>((set) => ({
  status: null,
  refresh: async () => {
    const mine = ++latestRefresh;
    const reply = await send<PackStatus>({ type: 'panel/get-pack-status' });
    if (reply.ok && mine === latestRefresh) set({ status: reply.value });
  },
}));
