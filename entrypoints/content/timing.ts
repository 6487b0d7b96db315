/**
 * A User Timing measure of each check, from reading the draft to the updated highlights, for
 * DevTools' performance panel and `npm run bench` (keystroke-to-highlight latency). Only the
 * latest is kept, so a long session buffers nothing.
 */
export const CHECK_MEASURE = 'talontapa:check';

export function measureCheck(startedAt: number): void {
  performance.clearMeasures(CHECK_MEASURE);
  performance.measure(CHECK_MEASURE, { start: startedAt });
}

/** A User Timing measure of the Finnish dictionary's load (once per page that needs it). */
export const FINNISH_DATA_MEASURE = 'talontapa:finnish-data';
