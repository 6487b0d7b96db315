/**
 * A User Timing mark set each time the highlights are updated, for DevTools' performance
 * panel and `npm run bench` (keystroke-to-highlight latency). Only the latest is kept.
 */
export const HIGHLIGHTS_UPDATED_MARK = 'talontapa:highlights-updated';

export function markHighlightsUpdated(): void {
  performance.clearMarks(HIGHLIGHTS_UPDATED_MARK);
  performance.mark(HIGHLIGHTS_UPDATED_MARK);
}
