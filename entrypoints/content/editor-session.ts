import type { EditorReport, SendGuard, ThreadContext } from '../../messaging/protocol';
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

/** A template's text for a shortcut typed as `;;shortcut`, or null when none has it. */
export type Expander = (
  shortcut: string,
  context: CheckContext,
  language: Language | null,
) => string | null;

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
        (shortcut) => expander(shortcut, this.readContext(), this.language),
        (target, text) => {
          this.adapter.edit(this.editor, target, { text });
          this.schedule();
        },
      );
    }
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
  async insert(content: Content): Promise<void> {
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
    await this.adapter.edit(editor, target, content);
    this.schedule();
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
