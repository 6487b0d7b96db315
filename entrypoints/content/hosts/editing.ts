import type { Content, EditTarget, ReplyEditor } from './types';

/**
 * The browser's own input path for native editors (a textarea, or a contenteditable that is not
 * driven by an editor framework, such as Gmail's compose body): the target goes into the
 * selection and `document.execCommand` edits it, exactly as typing or pasting would. The
 * browser records the edit in the editor's undo history (one Ctrl+Z restores the text) and
 * fires `input`, so the host's own listeners see it.
 */
export function nativeEdit(
  editor: ReplyEditor,
  target: EditTarget,
  content: Content,
  { allowHtml }: { allowHtml: boolean },
): void {
  selectTarget(editor, target);
  editAtSelection(editor, target, content, { allowHtml });
}

/** `nativeEdit` once the target is the selection already. */
export function editAtSelection(
  editor: ReplyEditor,
  target: EditTarget,
  content: Content,
  { allowHtml }: { allowHtml: boolean },
): void {
  const doc = editor.ownerDocument;
  let done: boolean;
  if (content.text === '') {
    if ('range' in target ? target.range.collapsed : target.start === target.end) return;
    done = doc.execCommand('delete');
  } else if (allowHtml && content.html && !(editor instanceof HTMLTextAreaElement)) {
    done = doc.execCommand('insertHTML', false, content.html);
  } else {
    // Line breaks in the text become the editor's own line breaks (new lines or blocks).
    done = doc.execCommand('insertText', false, content.text);
  }
  if (!done) throw new Error('the editor refused the edit');
}

/** Puts the edit target into the editor's selection, as the agent would by dragging over it. */
export function selectTarget(editor: ReplyEditor, target: EditTarget): void {
  editor.focus({ preventScroll: true });
  if (!('range' in target)) {
    if (!(editor instanceof HTMLTextAreaElement)) throw new Error('offsets need a textarea');
    editor.setSelectionRange(target.start, target.end);
    return;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection) throw new Error('the page has no selection');
  selection.removeAllRanges();
  selection.addRange(target.range);
}

/**
 * CKEditor 5 renders its selection 50 ms after its editable gets focus (its FocusObserver),
 * which puts the caret back where its model had it: the start of the reply when the agent
 * had not been in it, as Zendesk shows. An edit waits that out before setting its selection.
 */
const FOCUS_RENDER_MS = 60;
/** How long to wait for the `selectionchange` of a selection that did not change at all. */
const SELECTION_EVENT_MS = 50;

/**
 * Focus and selection settled before an edit: the editor focused (and its own focus handling
 * done), then the target selected and the `selectionchange` that editors with a model of their
 * own (CKEditor, Froala) read their selection from delivered. A paste then lands at the target;
 * pasted at once into an editor that was not focused, it lands at the start of the reply
 * (tests/e2e/host-markup.spec.ts shows both).
 */
export async function settleSelection(editor: ReplyEditor, target: EditTarget): Promise<void> {
  const doc = editor.ownerDocument;
  const active = doc.activeElement;
  if (!active || !(active === editor || editor.contains(active))) {
    editor.focus({ preventScroll: true });
    await new Promise((done) => setTimeout(done, FOCUS_RENDER_MS));
  }
  const changed = new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, SELECTION_EVENT_MS);
    doc.addEventListener('selectionchange', done);
  });
  selectTarget(editor, target);
  await changed;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Markup for plain text, for rich editors that take HTML: a blank line separates paragraphs,
 * a single newline is a line break. Text without newlines stays inline, so it joins the
 * paragraph the cursor is in.
 */
export function textToHtml(text: string): string {
  if (!text.includes('\n')) return escapeHtml(text);
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}
