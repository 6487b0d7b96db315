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
const SEVERITIES = Object.keys(HIGHLIGHT_NAMES) as Severity[];

/**
 * Two costs shape this. Chrome revalidates every registered highlight range on every DOM
 * change in the page, so a 5,000-word draft with 150 underlined findings made each keystroke
 * cost 20 ms more than the editor alone (measured by `npm run bench`): only the ranges on or
 * near the screen are registered, and a scroll brings in the rest. And ranges are live (the
 * browser moves them with the text), so a repaint keeps every range that still covers the
 * same characters and only adds and removes the ranges of findings that changed.
 */
export class HighlightPainter {
  private readonly highlights = new Map<Severity, Highlight>();
  private last: { findings: readonly Finding[]; draft: DraftText } | null = null;

  paint(findings: readonly Finding[], draft: DraftText): void {
    this.last = { findings, draft };
    // A screen's height above and below the visible part, so a short scroll shows no gap.
    const top = -window.innerHeight;
    const bottom = 2 * window.innerHeight;
    const wanted: Record<Severity, Range[]> = { error: [], warning: [], hint: [] };
    for (const finding of findings) {
      // A zero-width finding (e.g. "no greeting") has nothing to underline.
      if (finding.end <= finding.start) continue;
      const range = draft.rangeFor(finding.start, finding.end);
      if (!range) continue;
      const rect = range.getBoundingClientRect();
      if (rect.bottom < top || rect.top > bottom) continue;
      wanted[finding.severity].push(range);
    }
    for (const severity of SEVERITIES) this.update(severity, wanted[severity]);
  }

  /** Registers the ranges that a scroll brought near the screen. */
  repaint(): void {
    if (this.last) this.paint(this.last.findings, this.last.draft);
  }

  private update(severity: Severity, ranges: Range[]): void {
    const name = HIGHLIGHT_NAMES[severity];
    let highlight = this.highlights.get(severity);
    if (!highlight) {
      if (ranges.length === 0) return;
      highlight = new Highlight();
      highlight.priority = PRIORITY[severity];
      this.highlights.set(severity, highlight);
    }
    const kept = new Map<string, Range[]>();
    for (const range of highlight as unknown as Iterable<Range>) {
      const key = rangeKey(range);
      const same = kept.get(key);
      if (same) same.push(range);
      else kept.set(key, [range]);
    }
    for (const range of ranges) {
      // An equal live range is already drawn: leave it be.
      if (kept.get(rangeKey(range))?.pop()) continue;
      highlight.add(range);
    }
    for (const stale of kept.values()) for (const range of stale) highlight.delete(range);
    // Registered after the first paint and again if the page's registry lost it.
    if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
  }

  clear(): void {
    for (const severity of SEVERITIES) CSS.highlights.delete(HIGHLIGHT_NAMES[severity]);
    this.highlights.clear();
  }
}

/** Nodes have no string identity; a per-node serial number gives them one. */
const nodeIds = new WeakMap<Node, number>();
let nextNodeId = 0;
function nodeId(node: Node): number {
  let id = nodeIds.get(node);
  if (id === undefined) {
    id = nextNodeId++;
    nodeIds.set(node, id);
  }
  return id;
}

function rangeKey(range: Range): string {
  return `${nodeId(range.startContainer)}:${range.startOffset}:${nodeId(range.endContainer)}:${range.endOffset}`;
}
