/** The part of `chrome.alarms` the periodic sync uses (a fake in the unit tests). */
export interface AlarmsApi {
  get: (name: string) => Promise<{ periodInMinutes?: number } | undefined>;
  create: (name: string, info: { periodInMinutes: number }) => Promise<void>;
}

/**
 * Makes sure the periodic alarm exists with `periodInMinutes`. The service worker wakes for
 * every message and runs this each time; creating the alarm anew would restart its period,
 * and the browser of a busy agent would never sync. Only a changed interval replaces it.
 * Returns whether it was (re)created.
 */
export async function ensureAlarm(
  alarms: AlarmsApi,
  name: string,
  periodInMinutes: number,
): Promise<boolean> {
  const existing = await alarms.get(name);
  if (existing?.periodInMinutes === periodInMinutes) return false;
  await alarms.create(name, { periodInMinutes });
  return true;
}
