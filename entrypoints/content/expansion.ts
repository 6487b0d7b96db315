import { keywordBefore } from '../../rules/templates/expand';
import type { EditTarget, ReplyEditor } from './hosts/types';

/**
 * Watches a reply editor for a keyword (`;;viive`) followed by Tab or Space, and asks
 * `expand` for its text; when there is one, the key is swallowed and the keyword replaced
 * through `edit` (the host adapter's input path: one undo takes it back). Reads only the
 * text right before the caret, in the caret's own text node, so it never walks the draft.
 */
export function watchExpansion(
  editor: ReplyEditor,
  signal: AbortSignal,
  expand: (shortcut: string) => string | null,
  edit: (target: EditTarget, text: string) => void,
): void {
  (editor as HTMLElement).addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab' && event.key !== ' ') return;
      if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
        return;
      const found = keywordAtCaret(editor);
      if (!found) return;
      const text = expand(found.shortcut);
      if (text === null) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      edit(found.target, text);
    },
    { signal, capture: true },
  );
}

function keywordAtCaret(editor: ReplyEditor): { shortcut: string; target: EditTarget } | null {
  if (editor instanceof HTMLTextAreaElement) {
    if (editor.selectionStart !== editor.selectionEnd) return null;
    const end = editor.selectionStart;
    const found = keywordBefore(editor.value.slice(Math.max(0, end - 64), end));
    return found
      ? { shortcut: found.shortcut, target: { start: end - found.keyword.length, end } }
      : null;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const caret = selection.getRangeAt(0);
  const node = caret.startContainer;
  if (!(node instanceof Text) || !editor.contains(node)) return null;
  const found = keywordBefore(node.data.slice(0, caret.startOffset));
  if (!found) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(node, caret.startOffset - found.keyword.length);
  range.setEnd(node, caret.startOffset);
  return { shortcut: found.shortcut, target: { range } };
}
