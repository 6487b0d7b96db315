import type { CheckContext, Finding, Language } from '../../rules/types';
import { type DraftText, readEditable, readTextControl } from './draft-text';
import { clearHighlights, paintHighlights } from './highlights';
import { TextareaOverlay } from './textarea-overlay';

export type ReplyEditor = HTMLTextAreaElement | HTMLElement;

/** Runs the engine on a draft; injected so the session knows nothing of packs. */
export type Checker = (
  text: string,
  context: CheckContext,
) => { findings: Finding[]; packId: string; language: Language };

export type Reporter = (report: {
  editor: string;
  packId: string;
  language: Language;
  textLength: number;
  findings: Finding[];
}) => void;

/**
 * One attached reply editor: re-checks the draft whenever it changes and repaints the
 * highlights in the same task, so they never lag a frame behind the text. It only reads the
 * editor; the one write it ever makes is a selection, which is not a DOM change.
 */
export class EditorSession {
  private draft: DraftText | null = null;
  private findings: Finding[] = [];
  private scheduled = false;
  private readonly overlay: TextareaOverlay | null;
  private readonly controller = new AbortController();

  constructor(
    readonly editor: ReplyEditor,
    private readonly checker: Checker,
    private readonly report: Reporter,
    private readonly context: () => CheckContext = () => ({}),
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

  private read(): DraftText {
    if (this.overlay) {
      this.overlay.sync();
      return readTextControl(this.overlay.mirrorText);
    }
    return readEditable(this.editor);
  }

  run(): void {
    const draft = this.read();
    const result = this.checker(draft.text, this.context());
    this.draft = draft;
    this.findings = result.findings;
    paintHighlights(result.findings, draft);
    this.report({
      editor: this.kind,
      packId: result.packId,
      language: result.language,
      textLength: draft.text.length,
      findings: result.findings,
    });
  }

  /** Selects [start, end) of the draft in the editor, as if the agent had dragged over it. */
  select(start: number, end: number): boolean {
    const draft = this.draft ?? this.read();
    const range = draft.rangeFor(start, end);
    if (!range) return false;
    const editor = this.editor;
    if (editor instanceof HTMLTextAreaElement) {
      editor.focus({ preventScroll: true });
      // Mirror offsets are value offsets: the mirror holds the value verbatim.
      editor.setSelectionRange(range.startOffset, range.endOffset);
      return true;
    }
    editor.focus({ preventScroll: true });
    const selection = editor.ownerDocument.getSelection();
    if (!selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    return true;
  }

  destroy(): void {
    this.controller.abort();
    this.overlay?.destroy();
    clearHighlights();
  }
}

/** The editable root a focus event landed in, if it is a reply box. */
export function editorFor(target: EventTarget | null): ReplyEditor | null {
  if (target instanceof HTMLTextAreaElement) {
    return target.readOnly || target.disabled ? null : target;
  }
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  let root: HTMLElement = target;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}
