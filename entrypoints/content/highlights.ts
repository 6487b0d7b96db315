import type { Finding, Severity } from '../../rules/types';
import { type DraftText, type RangeBounds, rangeFrom } from './draft-text';

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
 * browser moves them with the text, and updates every one on each DOM change until it is
 * collected), so a repaint keeps every range that still covers the same characters, adds
 * only the ranges of findings that changed, and creates no Range it does not draw.
 */
export class HighlightPainter {
  private readonly highlights = new Map<Severity, Highlight>();
  private last: { findings: readonly Finding[]; draft: DraftText } | null = null;
  /** One Range reused to measure findings that are not drawn yet, so none is left live. */
  private scratch: Range | undefined;
  /** The drawn ranges the current paint keeps. */
  private readonly keep = new Set<Range>();

  paint(findings: readonly Finding[], draft: DraftText): void {
    this.last = { findings, draft };
    // A screen's height above and below the visible part, so a short scroll shows no gap.
    const top = -window.innerHeight;
    const bottom = 2 * window.innerHeight;
    const drawn = this.drawnRanges();
    const added: Record<Severity, Range[]> = { error: [], warning: [], hint: [] };
    for (const finding of findings) {
      // A zero-width finding (e.g. "no greeting") has nothing to underline.
      if (finding.end <= finding.start) continue;
      const bounds = draft.boundsFor(finding.start, finding.end);
      if (!bounds) continue;
      const key = boundsKey(bounds, finding.severity);
      // An equal live range already drawn stays, if it is still near the screen; a new one
      // is measured in the scratch range, which becomes the drawn one only if it is.
      const drawnRange = drawn.get(key)?.pop();
      this.scratch ??= (bounds.startContainer.ownerDocument ?? document).createRange();
      const range = drawnRange ?? rangeFrom(bounds, bounds.startContainer, this.scratch);
      const rect = range.getBoundingClientRect();
      if (rect.bottom < top || rect.top > bottom) continue;
      if (drawnRange) {
        this.keep.add(drawnRange);
      } else {
        added[finding.severity].push(range);
        this.scratch = undefined;
      }
    }
    for (const severity of SEVERITIES) this.update(severity, added[severity]);
    this.keep.clear();
  }

  /** The drawn ranges by their current boundary points (live ranges move with the text). */
  private drawnRanges(): Map<string, Range[]> {
    const drawn = new Map<string, Range[]>();
    for (const [severity, highlight] of this.highlights) {
      for (const range of highlight as unknown as Iterable<Range>) {
        const key = boundsKey(range, severity);
        const same = drawn.get(key);
        if (same) same.push(range);
        else drawn.set(key, [range]);
      }
    }
    return drawn;
  }

  /** Registers the ranges that a scroll brought near the screen. */
  repaint(): void {
    if (this.last) this.paint(this.last.findings, this.last.draft);
  }

  /** Adds `added` to a severity's highlight and drops its ranges that were not kept. */
  private update(severity: Severity, added: Range[]): void {
    const name = HIGHLIGHT_NAMES[severity];
    let highlight = this.highlights.get(severity);
    if (!highlight) {
      if (added.length === 0) return;
      highlight = new Highlight();
      highlight.priority = PRIORITY[severity];
      this.highlights.set(severity, highlight);
    }
    for (const range of [...(highlight as unknown as Iterable<Range>)]) {
      if (!this.keep.has(range)) highlight.delete(range);
    }
    for (const range of added) highlight.add(range);
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

function boundsKey(bounds: RangeBounds, severity: Severity): string {
  return `${severity}:${nodeId(bounds.startContainer)}:${bounds.startOffset}:${nodeId(bounds.endContainer)}:${bounds.endOffset}`;
}
