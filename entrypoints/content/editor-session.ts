import type { EditorReport, SendGuard, ThreadContext } from '../../messaging/protocol';
import type { ExpansionSettings } from '../../rules/templates/expand';
import { CursorStops } from '../../rules/templates/stops';
import type { CheckContext, Finding, Language } from '../../rules/types';
import { type DraftText, readTextControl } from './draft-text';
import { watchExpansion } from './expansion';
import { HighlightPainter } from './highlights';
import type { Content, EditTarget, HostAdapter, ReplyEditor, ThreadRead } from './hosts/types';
import { TextareaOverlay } from './textarea-overlay';
import { measureCheck } from './timing';

export type { ReplyEditor };

/** Runs the engine on a draft; injected so the session knows nothing of packs. */
export type Checker = (text: string, context: CheckContext) => CheckResult;

export interface CheckResult {
  findings: Finding[];
  packId: string;
  language: Language;
  /** What a send records and guards (send-watch.ts `packFacts`). */
  packVersion?: string;
  /** The ids of the checks and rules the pack ran. */
  checks?: readonly string[];
  sendGuard?: SendGuard;
}

/** The draft and what the checks found in it at one moment: what a send records. */
export interface DraftSnapshot extends CheckResult {
  text: string;
}

/**
 * Takes the latest report lazily: reports are sent at most every so often, so the work of
 * building one (a copy of every finding) is done only for the report that is sent.
 */
export type Reporter = (build: () => Omit<EditorReport, 'revision'>) => void;

/** Keyword expansion as the agent set it up, and the template a shortcut stands for. */
export interface Expander {
  /** Read at every key, so a change in the options applies at once. */
  settings(): ExpansionSettings;
  /** A template's text and `{{cursor}}` stops for a shortcut, or null when none has it. */
  expand(
    shortcut: string,
    context: CheckContext,
    language: Language | null,
  ): { text: string; cursors: number[] } | null;
}

/** A paragraph break in the draft's text: "\n\n". */
const CARET_SLACK = 2;

/**
 * The draft offset of a DOM point: the last offset whose position is not after it (positions
 * grow with offsets, so a binary search). Null when the draft is empty or the point is before it.
 */
function offsetOf(draft: DraftText, node: Node, offset: number): number | null {
  const probe = node.ownerDocument?.createRange();
  if (!probe) return null;
  const notAfter = (at: number) => {
    const bounds = draft.boundsFor(at, at);
    if (!bounds) return false;
    probe.setStart(bounds.startContainer, bounds.startOffset);
    probe.collapse(true);
    return probe.comparePoint(node, offset) >= 0;
  };
  let low = 0;
  let high = draft.text.length;
  if (!notAfter(low)) return null;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (notAfter(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The thread changes rarely (a new message arrives) and reading it costs more than a keystroke
 * should, so it is read at attach time and then at most this often.
 */
const CONTEXT_MAX_AGE_MS = 2_000;

/**
 * One attached reply editor: re-checks the draft whenever it changes and repaints the
 * highlights in the same task, so they never lag a frame behind the text. It only reads the
 * editor; writes happen on the agent's request (a fix, an insertion) through the host
 * adapter, which uses the editor's own input path.
 */
export class EditorSession {
  private draft: DraftText | null = null;
  private findings: Finding[] = [];
  private result: CheckResult | null = null;
  private scheduled = false;
  private readonly painter = new HighlightPainter();
  private context: { value: ThreadRead; readAt: number; recognised: boolean } | null = null;
  /** The caret in a contenteditable, kept while the agent is in the side panel. */
  private caret: Range | null = null;
  private readonly overlay: TextareaOverlay | null;
  private readonly controller = new AbortController();
  /** The language of the last check, for keyword expansion. */
  private language: Language | null = null;
  /** The `{{cursor}}` stops of the last insertion, while Tab moves between them. */
  private stops: CursorStops | null = null;

  constructor(
    readonly editor: ReplyEditor,
    readonly adapter: HostAdapter,
    private readonly checker: Checker,
    private readonly report: Reporter,
    expander?: Expander,
  ) {
    this.overlay = editor instanceof HTMLTextAreaElement ? new TextareaOverlay(editor) : null;
    const signal = this.controller.signal;
    const schedule = () => this.schedule();
    editor.addEventListener('input', schedule, { signal });
    if (this.overlay) {
      const overlay = this.overlay;
      const reposition = () => overlay.sync();
      editor.addEventListener('scroll', reposition, { signal, passive: true });
      window.addEventListener('resize', reposition, { signal, passive: true });
      window.addEventListener('scroll', reposition, { signal, passive: true, capture: true });
      const resize = new ResizeObserver(reposition);
      resize.observe(editor);
      signal.addEventListener('abort', () => resize.disconnect());
    } else {
      // Editors such as CKEditor re-render their DOM after input: watch (never touch) it.
      const observer = new MutationObserver(schedule);
      observer.observe(editor, { childList: true, subtree: true, characterData: true });
      signal.addEventListener('abort', () => observer.disconnect());
      editor.ownerDocument.addEventListener('selectionchange', () => this.keepCaret(), {
        signal,
      });
      this.keepCaret();
    }
    if (expander) {
      watchExpansion(
        editor,
        signal,
        () => expander.settings(),
        (shortcut) => expander.expand(shortcut, this.readContext(), this.language),
        (target, expanded) => this.editWithStops(target, expanded),
      );
    }
    // After the expansion's own listener: a keyword typed at a stop expands first.
    (editor as HTMLElement).addEventListener('keydown', (event) => this.stopKey(event), {
      signal,
      capture: true,
    });
    this.run();
  }

  get kind(): string {
    return this.overlay ? 'textarea' : 'contenteditable';
  }

  get currentFindings(): readonly Finding[] {
    return this.findings;
  }

  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (!this.controller.signal.aborted) this.run();
    });
  }

  /** Reads the thread again on the next check (the adapter saw it change). */
  refreshContext(): void {
    this.context = null;
    this.schedule();
  }

  private readContext(): ThreadRead {
    const now = performance.now();
    if (!this.context || now - this.context.readAt > CONTEXT_MAX_AGE_MS) {
      this.context = {
        value: this.adapter.readContext(this.editor),
        readAt: now,
        recognised:
          this.adapter.layout !== 'unrecognised' && this.adapter.recognisesThread(this.editor),
      };
    }
    return this.context.value;
  }

  private read(): DraftText {
    if (this.overlay) {
      this.overlay.sync();
      return readTextControl(this.overlay.mirrorText);
    }
    return this.adapter.readDraft(this.editor);
  }

  run(): void {
    const startedAt = performance.now();
    const draft = this.read();
    if (this.stops && !this.stops.update(draft.text)) this.stops = null;
    const context = this.readContext();
    const result = this.checker(draft.text, context);
    this.draft = draft;
    this.findings = result.findings;
    this.result = result;
    this.language = result.language;
    this.painter.paint(result.findings, draft);
    measureCheck(startedAt);
    this.report(() => ({
      editor: this.kind,
      host: this.adapter.name,
      // The generic adapter stands in, or the host's thread hooks were not found.
      ...(this.context?.recognised === false ? { layoutRecognised: false } : {}),
      context: context satisfies ThreadContext,
      packId: result.packId,
      language: result.language,
      ...(result.sendGuard ? { sendGuard: result.sendGuard } : {}),
      textLength: draft.text.length,
      // Each fix carries the text it replaces, so a fix of a stale report can be refused.
      findings: result.findings.map((finding) => ({
        ...finding,
        fixes: finding.fixes.map((fix) => ({
          ...fix,
          original: draft.text.slice(fix.start, fix.end),
        })),
      })),
    }));
  }

  /** The draft checked afresh, with its findings: taken when the agent sends. */
  snapshot(): DraftSnapshot {
    this.run();
    const result = this.result as CheckResult;
    return { ...result, findings: result.findings.slice(), text: this.draft?.text ?? '' };
  }

  /** Selects [start, end) of the draft in the editor, as if the agent had dragged over it. */
  select(start: number, end: number): boolean {
    const draft = this.draft ?? this.read();
    const range = draft.rangeFor(start, end);
    if (!range) return false;
    const editor = this.editor;
    editor.focus({ preventScroll: true });
    if (editor instanceof HTMLTextAreaElement) {
      // Mirror offsets are value offsets: the mirror holds the value verbatim.
      editor.setSelectionRange(range.startOffset, range.endOffset);
      return true;
    }
    const selection = editor.ownerDocument.getSelection();
    if (!selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    return true;
  }

  /**
   * Replaces [start, end) with `replacement`, as the side panel's fix buttons ask. The draft is
   * read afresh: if the agent changed that stretch since the panel saw it, the fix is refused
   * rather than applied to the wrong words.
   */
  async replace(
    start: number,
    end: number,
    replacement: string,
    expectedText: string,
  ): Promise<void> {
    const draft = this.read();
    if (draft.text.slice(start, end) !== expectedText || end > draft.text.length) {
      throw new Error('the draft changed; the fix no longer applies');
    }
    await this.adapter.edit(this.editor, this.targetFor(draft, start, end), {
      text: replacement,
    });
    this.schedule();
  }

  /** Inserts at the caret (the end of the draft when the caret never was in it). */
  async insert(content: Content & { cursors?: number[] }): Promise<void> {
    const editor = this.editor;
    let target: EditTarget;
    if (editor instanceof HTMLTextAreaElement) {
      target = { start: editor.selectionStart, end: editor.selectionEnd };
    } else if (this.caret && editor.contains(this.caret.commonAncestorContainer)) {
      target = { range: this.caret.cloneRange() };
    } else {
      const draft = this.read();
      target = this.targetFor(draft, draft.text.length, draft.text.length);
    }
    const { cursors, ...rest } = content;
    await this.editWithStops(target, { ...rest, cursors: cursors ?? [] });
  }

  /**
   * Edits through the adapter; when the text has `{{cursor}}` stops, the caret then goes to
   * the first, and Tab to the next (`stopKey`), found in the draft as the editor wrote it.
   */
  private async editWithStops(
    target: EditTarget,
    content: Content & { cursors: number[] },
  ): Promise<void> {
    const { cursors, ...rest } = content;
    const before = cursors.length > 0 ? this.read().text : '';
    this.stops = null;
    // A rich editor collapses a run of spaces (`order {{cursor}} and`) to one, which would
    // lose the stop's place: the run goes in as a space and no-break spaces.
    if (cursors.length > 0 && !(this.editor instanceof HTMLTextAreaElement)) {
      rest.text = rest.text.replace(/ {2,}/g, (run) => ` ${'\u00a0'.repeat(run.length - 1)}`);
    }
    await this.adapter.edit(this.editor, target, rest);
    if (cursors.length > 0) {
      const draft = this.read();
      this.stops = CursorStops.place(before, draft.text, rest.text, cursors);
      const first = this.stops?.stop(0);
      if (first) this.placeCaret(draft, first.start, first.end);
    }
    this.schedule();
  }

  /**
   * Tab and Shift+Tab between the stops while the inserted text is as it was around them and
   * the caret is in it; Escape ends that. Past the last stop (or before the first) the key is
   * the editor's again.
   */
  private stopKey(event: KeyboardEvent): void {
    const stops = this.stops;
    if (!stops || event.isComposing) return;
    if (event.key === 'Escape') {
      this.stops = null;
      return;
    }
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const draft = this.read();
    if (!stops.update(draft.text) || !this.caretWithin(draft, stops.extent)) {
      this.stops = null;
      return;
    }
    const next = stops.move(!event.shiftKey);
    if (!next) {
      if (!event.shiftKey) this.stops = null;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    this.placeCaret(draft, next.start, next.end);
  }

  /** Puts the selection on [start, end) of `draft`, through the editor's own selection. */
  private placeCaret(draft: DraftText, start: number, end: number): void {
    this.draft = draft;
    this.select(start, end);
  }

  /**
   * Whether the caret is in [start, end] of `draft`. A caret at the edge of a paragraph may
   * sit on the paragraph element rather than in its text: a paragraph break's width of slack.
   */
  private caretWithin(draft: DraftText, { start, end }: { start: number; end: number }): boolean {
    const editor = this.editor;
    if (editor instanceof HTMLTextAreaElement) {
      return editor.selectionStart >= start && editor.selectionEnd <= end;
    }
    const selection = editor.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return false;
    const caret = selection.getRangeAt(0);
    if (!editor.contains(caret.commonAncestorContainer)) return false;
    const offset = offsetOf(draft, caret.startContainer, caret.startOffset);
    return offset !== null && offset >= start - CARET_SLACK && offset <= end;
  }

  private targetFor(draft: DraftText, start: number, end: number): EditTarget {
    const range = draft.rangeFor(start, end);
    if (!range) throw new Error('the range is outside the draft');
    if (this.editor instanceof HTMLTextAreaElement) {
      return { start: range.startOffset, end: range.endOffset };
    }
    return { range };
  }

  private keepCaret(): void {
    const selection = this.editor.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!this.editor.contains(range.commonAncestorContainer)) return;
    // One Range, moved: a new live Range per selectionchange would be updated by the browser
    // on every DOM change until collected.
    this.caret ??= this.editor.ownerDocument.createRange();
    this.caret.setStart(range.startContainer, range.startOffset);
    this.caret.setEnd(range.endContainer, range.endOffset);
  }

  destroy(): void {
    this.controller.abort();
    this.overlay?.destroy();
    this.painter.clear();
  }
}
