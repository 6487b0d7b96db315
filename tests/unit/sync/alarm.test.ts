import { describe, expect, it } from 'vitest';
import { type AlarmsApi, ensureAlarm } from '../../../storage/sync/alarm';

/** Alarms as Chromium keeps them: creating one of a name replaces it and restarts its period. */
function fakeAlarms(): AlarmsApi & { created: number } {
  const alarms = new Map<string, { periodInMinutes: number }>();
  return {
    created: 0,
    async get(name) {
      return alarms.get(name);
    },
    async create(name, info) {
      this.created += 1;
      alarms.set(name, info);
    },
  };
}

describe('the sync alarm', () => {
  it('is created once, kept across wakes of the worker, and replaced for a new interval', async () => {
    const alarms = fakeAlarms();
    expect(await ensureAlarm(alarms, 'pack-sync', 60)).toBe(true);
    expect(await ensureAlarm(alarms, 'pack-sync', 60)).toBe(false);
    expect(await ensureAlarm(alarms, 'pack-sync', 60)).toBe(false);
    expect(alarms.created).toBe(1);
    expect(await ensureAlarm(alarms, 'pack-sync', 15)).toBe(true);
    expect(await alarms.get('pack-sync')).toEqual({ periodInMinutes: 15 });
  });
});
