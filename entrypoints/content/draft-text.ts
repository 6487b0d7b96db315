/**
 * Reads a reply editor's draft as plain text and maps offsets in that text back to DOM
 * positions. Read-only: nothing here touches the editor's nodes.
 *
 * Rules: block boundaries and `<br>` become newlines (`<p>`-like blocks a blank line, so the
 * engine sees paragraphs); list items get a synthetic marker (`1. ` / `- `) so the engine
 * recognises steps; zero-width characters are dropped; quoted history is skipped.
 */

/** A run of draft text. `node` null means synthetic text with no DOM characters of its own. */
interface Segment {
  start: number;
  end: number;
  node: Text | null;
  /** For text: the offset in `node` of the run's first character. */
  nodeOffset: number;
  /** For synthetic text: the DOM position it stands at. */
  anchor: { node: Node; offset: number } | null;
}

/** Where a stretch of the draft lies in the DOM: a range's boundary points, no live Range. */
export type RangeBounds = StaticRangeInit;

export interface DraftText {
  text: string;
  /** DOM range for [start, end) of `text`, or null when the offsets fall outside the draft. */
  rangeFor(start: number, end: number): Range | null;
  /**
   * The same boundary points without creating a Range: every live Range is updated by the
   * browser on each DOM change until it is collected, so a keystroke path creates none it
   * does not keep.
   */
  boundsFor(start: number, end: number): RangeBounds | null;
}

export interface ReadOptions {
  /** Elements whose content is not part of the draft (quoted history, signatures, widgets). */
  exclude?: (element: Element) => boolean;
}

/** U+200B zero width space, U+2060 word joiner, U+FEFF BOM: invisible carets editors leave. */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;

const PARAGRAPH_BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'FIGURE',
  'HR',
]);
const LINE_BLOCKS = new Set([
  'DIV',
  'LI',
  'TR',
  'DL',
  'DT',
  'DD',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ADDRESS',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IMG',
  'SVG',
  'VIDEO',
  'AUDIO',
]);

export function defaultExclude(element: Element): boolean {
  return element.tagName === 'BLOCKQUOTE' || element.classList.contains('gmail_quote');
}

/**
 * Collects the draft's text as parts joined once at the end: reading characters back from
 * a string grown by `+=` would flatten it on every read, quadratic on a long draft.
 */
class Builder {
  private readonly parts: string[] = [];
  length = 0;
  /** How many newlines the text ends with, so a block break never reads the text back. */
  private trailingNewlines = 0;
  readonly segments: Segment[] = [];

  get text(): string {
    return this.parts.join('');
  }

  addText(node: Text): void {
    const data = node.data;
    let from = 0;
    ZERO_WIDTH.lastIndex = 0;
    for (let match = ZERO_WIDTH.exec(data); match; match = ZERO_WIDTH.exec(data)) {
      this.pushRun(node, data, from, match.index);
      from = match.index + match[0].length;
    }
    this.pushRun(node, data, from, data.length);
  }

  private append(value: string): void {
    this.parts.push(value);
    this.length += value.length;
    let newlines = 0;
    while (newlines < value.length && value[value.length - 1 - newlines] === '\n') newlines++;
    this.trailingNewlines = newlines === value.length ? this.trailingNewlines + newlines : newlines;
  }

  private pushRun(node: Text, data: string, from: number, to: number): void {
    if (to <= from) return;
    const start = this.length;
    this.append(from === 0 && to === data.length ? data : data.slice(from, to));
    this.segments.push({ start, end: this.length, node, nodeOffset: from, anchor: null });
  }

  addSynthetic(value: string, anchorNode: Node, anchorOffset: number): void {
    const start = this.length;
    this.append(value);
    this.segments.push({
      start,
      end: this.length,
      node: null,
      nodeOffset: 0,
      anchor: { node: anchorNode, offset: anchorOffset },
    });
  }

  /** Ends the current line so that at least `count` newlines close the text (none at its start). */
  breakLines(count: 1 | 2, anchorNode: Node, anchorOffset: number): void {
    if (this.length === 0) return;
    const missing = count - Math.min(count, this.trailingNewlines);
    if (missing > 0) this.addSynthetic('\n'.repeat(missing), anchorNode, anchorOffset);
  }
}

function childIndex(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index++;
  return index;
}

function walk(node: Node, builder: Builder, exclude: (element: Element) => boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      builder.addText(child as Text);
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.tagName;
    if (SKIPPED.has(tag) || element.hasAttribute('hidden') || exclude(element)) continue;
    if (tag === 'BR') {
      builder.addSynthetic('\n', node, childIndex(child) + 1);
      continue;
    }
    const paragraph = PARAGRAPH_BLOCKS.has(tag);
    const block = paragraph || LINE_BLOCKS.has(tag);
    if (block) builder.breakLines(paragraph ? 2 : 1, element, 0);
    if (tag === 'LI') builder.addSynthetic(listMarker(element), element, 0);
    walk(element, builder, exclude);
    if (block) builder.breakLines(paragraph ? 2 : 1, element, element.childNodes.length);
  }
}

function listMarker(item: Element): string {
  const list = item.parentElement;
  if (list?.tagName !== 'OL') return '- ';
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1;
  let position = 0;
  for (
    let sibling = item.previousElementSibling;
    sibling;
    sibling = sibling.previousElementSibling
  ) {
    if (sibling.tagName === 'LI') position++;
  }
  return `${start + position}. `;
}

/** Reads a contenteditable root. */
export function readEditable(root: HTMLElement, options: ReadOptions = {}): DraftText {
  const builder = new Builder();
  walk(root, builder, options.exclude ?? defaultExclude);
  // A trailing line break is an editor's placeholder for the caret, not text.
  const text = builder.text.replace(/\n+$/, '');
  return {
    text,
    rangeFor: (start, end) => rangeFor(builder.segments, text.length, start, end, root),
    boundsFor: (start, end) => boundsFor(builder.segments, text.length, start, end),
  };
}

/**
 * Reads a textarea through the overlay's mirror text node, which holds the control's `value`
 * verbatim: ranges into the mirror are what the overlay highlights.
 */
export function readTextControl(mirror: Text): DraftText {
  const builder = new Builder();
  builder.addText(mirror);
  const text = builder.text;
  return {
    text,
    rangeFor: (start, end) => rangeFor(builder.segments, text.length, start, end, mirror),
    boundsFor: (start, end) => boundsFor(builder.segments, text.length, start, end),
  };
}

function findSegment(segments: Segment[], offset: number, preferEnd: boolean): Segment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid] as Segment;
    const after = preferEnd ? offset > segment.end : offset >= segment.end;
    const before = preferEnd ? offset <= segment.start : offset < segment.start;
    if (after) low = mid + 1;
    else if (before) high = mid - 1;
    else return segment;
  }
  return undefined;
}

function pointAt(
  segments: Segment[],
  offset: number,
  preferEnd: boolean,
): { node: Node; offset: number } | null {
  const segment =
    findSegment(segments, offset, preferEnd) ?? findSegment(segments, offset, !preferEnd);
  if (!segment) return null;
  if (segment.node)
    return { node: segment.node, offset: segment.nodeOffset + offset - segment.start };
  return segment.anchor;
}

function boundsFor(
  segments: Segment[],
  length: number,
  start: number,
  end: number,
): RangeBounds | null {
  if (start < 0 || end > length || end < start) return null;
  const from = pointAt(segments, start, false);
  const to = pointAt(segments, end, true);
  if (!from || !to) return null;
  return {
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  };
}

/** A live Range over `bounds`, in the document of `scope`. */
export function rangeFrom(bounds: RangeBounds, scope: Node): Range {
  const range = (scope.ownerDocument ?? document).createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}

function rangeFor(
  segments: Segment[],
  length: number,
  start: number,
  end: number,
  scope: Node,
): Range | null {
  const bounds = boundsFor(segments, length, start, end);
  return bounds && rangeFrom(bounds, scope);
}
