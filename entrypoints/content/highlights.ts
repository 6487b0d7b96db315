import type { Finding, Severity } from '../../rules/types';
import type { DraftText } from './draft-text';

/**
 * Findings are drawn with the CSS Custom Highlight API: the ranges live in the browser's
 * highlight registry, so the editor's DOM is never touched. The `::highlight()` styles come
 * from `highlights.css`, injected by the manifest (and copied into the textarea overlay).
 */
export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'talontapa-error',
  warning: 'talontapa-warning',
  hint: 'talontapa-hint',
};

const PRIORITY: Record<Severity, number> = { error: 3, warning: 2, hint: 1 };

export function paintHighlights(findings: readonly Finding[], draft: DraftText): void {
  const ranges: Record<Severity, Range[]> = { error: [], warning: [], hint: [] };
  for (const finding of findings) {
    // A zero-width finding (e.g. "no greeting") has nothing to underline.
    if (finding.end <= finding.start) continue;
    const range = draft.rangeFor(finding.start, finding.end);
    if (range) ranges[finding.severity].push(range);
  }
  for (const severity of Object.keys(ranges) as Severity[]) {
    const name = HIGHLIGHT_NAMES[severity];
    if (ranges[severity].length === 0) {
      CSS.highlights.delete(name);
      continue;
    }
    const highlight = new Highlight(...ranges[severity]);
    highlight.priority = PRIORITY[severity];
    CSS.highlights.set(name, highlight);
  }
}

export function clearHighlights(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
