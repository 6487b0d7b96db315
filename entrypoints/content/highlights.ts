import { isMissingPart, missingPartPlace } from '../../rules/missing-part';
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

/** A missing part's marker: one character where the part belongs, not a whole sentence. */
export const MARKER_NAME = 'talontapa-marker';

/** What is drawn: a finding's underline by severity, or a missing part's marker. */
type Layer = Severity | 'marker';
const LAYER_NAMES: Record<Layer, string> = { ...HIGHLIGHT_NAMES, marker: MARKER_NAME };
const PRIORITY: Record<Layer, number> = { marker: 4, error: 3, warning: 2, hint: 1 };
const LAYERS = Object.keys(LAYER_NAMES) as Layer[];

/**
 * Where a finding is drawn. A missing greeting, thanks, closing or signature is reported
 * either as a collapsed range where the part belongs, or (older checks) as the sentence next
 * to that place: both become a marker on one visible character at the place (the first of
 * the text after it, or the last before it at the end of the draft).
 */
export function placeOf(
  finding: Finding,
  text: string,
): { start: number; end: number; layer: Layer } | null {
  if (!isMissingPart(finding)) {
    return finding.end <= finding.start
      ? null
      : { start: finding.start, end: finding.end, layer: finding.severity };
  }
  const { at: place, atEnd } = missingPartPlace(finding);
  const visible = (i: number) => i >= 0 && i < text.length && /\S/u.test(text[i] as string);
  let at = -1;
  if (atEnd) {
    for (let i = place - 1; i >= 0 && at < 0; i--) if (visible(i)) at = i;
  } else {
    for (let i = place; i < text.length && at < 0; i++) if (visible(i)) at = i;
    for (let i = place - 1; i >= 0 && at < 0; i--) if (visible(i)) at = i;
  }
  if (at < 0) return null;
  // A surrogate pair is one character.
  const end = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  return { start: at, end, layer: 'marker' };
}

/**
 * Two costs shape this, both measured with `npm run bench` and Chrome's tracing.
 * - Chrome re-validates every registered highlight range on every DOM change in the page and
 *   repaints each text node one covers: a 5,000-word draft with 46 underlined paragraphs
 *   cost 7 ms more paint per keystroke than with 5, with or without Talontapa. So only the
 *   ranges in or near the viewport are registered; an IntersectionObserver on the elements
 *   that hold findings tells which those are, and brings in the others as they scroll in.
 * - Asking where a range is (getBoundingClientRect) forces a layout inside the keystroke,
 *   3 to 5 ms on such a draft: nothing here measures geometry; the observer's answers come
 *   from the browser's own rendering, off the typing path.
 * Ranges are live (the browser moves them with the text, and updates every one on each DOM
 * change until it is collected), so a repaint keeps every drawn range that still covers the
 * same characters, adds only the ranges of findings that changed, and creates no Range it
 * does not draw.
 */
export class HighlightPainter {
  private readonly highlights = new Map<Layer, Highlight>();
  private last: { findings: readonly Finding[]; draft: DraftText } | null = null;
  /** The drawn ranges the current paint keeps. */
  private readonly keep = new Set<Range>();
  private readonly nearby: NearViewport;

  constructor() {
    this.nearby = new NearViewport(() => this.repaint());
  }

  paint(findings: readonly Finding[], draft: DraftText): void {
    this.last = { findings, draft };
    const drawn = this.drawnRanges();
    const added: Record<Layer, Range[]> = { error: [], warning: [], hint: [], marker: [] };
    for (const finding of findings) {
      const place = placeOf(finding, draft.text);
      if (!place) continue;
      const bounds = draft.boundsFor(place.start, place.end);
      if (!bounds || !this.nearby.includes(bounds.startContainer)) continue;
      // An equal live range already drawn stays; only a new or changed finding gets a Range.
      const drawnRange = drawn.get(boundsKey(bounds, place.layer))?.pop();
      if (drawnRange) this.keep.add(drawnRange);
      else added[place.layer].push(rangeFrom(bounds, bounds.startContainer));
    }
    for (const layer of LAYERS) this.update(layer, added[layer]);
    this.keep.clear();
  }

  /** The drawn ranges by their current boundary points (live ranges move with the text). */
  private drawnRanges(): Map<string, Range[]> {
    const drawn = new Map<string, Range[]>();
    for (const [layer, highlight] of this.highlights) {
      for (const range of highlight as unknown as Iterable<Range>) {
        const key = boundsKey(range, layer);
        const same = drawn.get(key);
        if (same) same.push(range);
        else drawn.set(key, [range]);
      }
    }
    return drawn;
  }

  /** Registers the ranges that a scroll brought near the screen, and drops the others. */
  repaint(): void {
    if (this.last) this.paint(this.last.findings, this.last.draft);
  }

  /** Adds `added` to a layer's highlight and drops its ranges that were not kept. */
  private update(layer: Layer, added: Range[]): void {
    const name = LAYER_NAMES[layer];
    let highlight = this.highlights.get(layer);
    if (!highlight) {
      if (added.length === 0) return;
      highlight = new Highlight();
      highlight.priority = PRIORITY[layer];
      this.highlights.set(layer, highlight);
    }
    for (const range of [...(highlight as unknown as Iterable<Range>)]) {
      if (!this.keep.has(range)) highlight.delete(range);
    }
    for (const range of added) highlight.add(range);
    // Registered after the first paint and again if the page's registry lost it.
    if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
  }

  clear(): void {
    for (const layer of LAYERS) CSS.highlights.delete(LAYER_NAMES[layer]);
    this.highlights.clear();
    this.last = null;
    this.nearby.disconnect();
  }
}

/**
 * Which of the elements holding findings are in or near the viewport (a fifth of its height
 * above and below, so a short scroll shows no gap), as an IntersectionObserver reports them
 * after each rendering. An element not yet reported counts as near: a new paragraph's
 * findings are drawn at once and dropped a frame later if it is off screen. Observing reads
 * the page; it changes nothing in it.
 */
class NearViewport {
  private readonly near = new Set<Element>();
  private readonly observed = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private observations = 0;

  constructor(onChange: () => void) {
    this.observer = new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const entry of entries) {
          const wasNear = this.near.has(entry.target);
          // An element with no box of its own (`display: contents`) never intersects: its
          // text cannot be placed, so it counts as near rather than never drawn.
          const box = entry.boundingClientRect;
          const near = entry.isIntersecting || (box.width === 0 && box.height === 0);
          if (near) this.near.add(entry.target);
          else this.near.delete(entry.target);
          changed ||= wasNear !== near;
        }
        if (changed) onChange();
      },
      { rootMargin: '20% 0px' },
    );
  }

  /** Whether text at `node` is near the viewport; starts watching its element. */
  includes(node: Node): boolean {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element) return false;
    if (this.observed.has(element)) return this.near.has(element);
    this.observe(element);
    return true;
  }

  private observe(element: Element): void {
    // Editors replace paragraphs as the agent types: stop watching the removed ones.
    if (++this.observations % 64 === 0) {
      for (const old of this.observed) {
        if (old.isConnected) continue;
        this.observer.unobserve(old);
        this.observed.delete(old);
        this.near.delete(old);
      }
    }
    this.observed.add(element);
    this.near.add(element);
    this.observer.observe(element);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.observed.clear();
    this.near.clear();
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

function boundsKey(bounds: RangeBounds, layer: Layer): string {
  return `${layer}:${nodeId(bounds.startContainer)}:${bounds.startOffset}:${nodeId(bounds.endContainer)}:${bounds.endOffset}`;
}
