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
