import { create } from 'zustand';
import type { StatExport, StatRow } from '../../storage/statistics-row';
import type { Granularity } from './aggregate';

/** The periods the page offers, each with the grouping it starts with. */
export const RANGES = {
  '7d': { days: 7, granularity: 'day' },
  '30d': { days: 30, granularity: 'day' },
  '12w': { days: 84, granularity: 'week' },
  '12m': { days: 365, granularity: 'week' },
} as const satisfies Record<string, { days: number; granularity: Granularity }>;
export type RangeId = keyof typeof RANGES;

export type View = 'mine' | 'team';

/**
 * Short-lived UI state of the statistics page. The agent's own rows live in the database;
 * the team view's imported files live here only, for as long as the page is open.
 */
interface StatisticsState {
  view: View;
  /** The end of the period shown: when the page opened or the period was chosen. */
  now: number;
  range: RangeId;
  granularity: Granularity;
  packId: string | null;
  language: StatRow['language'] | null;
  agent: string | null;
  rows: StatRow[];
  skipped: number;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  team: StatExport[];
  setView: (view: View) => void;
  setRange: (range: RangeId) => void;
  setGranularity: (granularity: Granularity) => void;
  setPack: (packId: string | null) => void;
  setLanguage: (language: StatRow['language'] | null) => void;
  setAgent: (agent: string | null) => void;
  loaded: (rows: StatRow[], skipped: number) => void;
  failed: (error: string) => void;
  addTeamExport: (file: StatExport) => void;
  clearTeam: () => void;
}

export const useStatisticsStore = create<StatisticsState>((set) => ({
  view: 'mine',
  now: Date.now(),
  range: '30d',
  granularity: RANGES['30d'].granularity,
  packId: null,
  language: null,
  agent: null,
  rows: [],
  skipped: 0,
  status: 'loading',
  error: null,
  team: [],
  setView: (view) => set({ view, agent: null }),
  setRange: (range) => set({ range, granularity: RANGES[range].granularity, now: Date.now() }),
  setGranularity: (granularity) => set({ granularity }),
  setPack: (packId) => set({ packId }),
  setLanguage: (language) => set({ language }),
  setAgent: (agent) => set({ agent }),
  loaded: (rows, skipped) => set({ rows, skipped, status: 'ready', error: null }),
  failed: (error) => set({ status: 'error', error }),
  addTeamExport: (file) => set((state) => ({ team: [...state.team, file] })),
  clearTeam: () => set({ team: [], agent: null }),
}));
