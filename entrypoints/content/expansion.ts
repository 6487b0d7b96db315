import { type ExpansionSettings, expansionKey, keywordBefore } from '../../rules/templates/expand';
import type { EditTarget, ReplyEditor } from './hosts/types';

interface Expanded {
  text: string;
  cursors: number[];
}

/**
 * Watches a reply editor for a keyword (`;;viive`, the agent's prefix) followed by one of
 * the agent's completing keys (Tab or Space by default), and asks `expand` for its text;
 * when there is one, the key is swallowed and the keyword replaced through `edit` (the host
 * adapter's input path: one undo takes it back). The settings are read at every key, so a
 * change in the options applies at once. Reads only the text right before the caret, in the
 * caret's own text node, so it never walks the draft.
 */
export function watchExpansion(
  editor: ReplyEditor,
  signal: AbortSignal,
  settings: () => ExpansionSettings,
  expand: (shortcut: string) => Expanded | null,
  edit: (target: EditTarget, expanded: Expanded) => Promise<void>,
): void {
  (editor as HTMLElement).addEventListener(
    'keydown',
    (event) => {
      const key = expansionKey(event.key);
      if (!key) return;
      if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
        return;
      const { enabled, prefix, keys } = settings();
      if (!enabled || !keys.includes(key)) return;
      const found = keywordAtCaret(editor, prefix);
      if (!found) return;
      const expanded = expand(found.shortcut);
      if (expanded === null) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      edit(found.target, expanded).catch((error: unknown) =>
        console.warn('Talontapa: the keyword could not be expanded:', error),
      );
    },
    { signal, capture: true },
  );
}

function keywordAtCaret(
  editor: ReplyEditor,
  prefix: string,
): { shortcut: string; target: EditTarget } | null {
  if (editor instanceof HTMLTextAreaElement) {
    if (editor.selectionStart !== editor.selectionEnd) return null;
    const end = editor.selectionStart;
    const found = keywordBefore(editor.value.slice(Math.max(0, end - 64), end), prefix);
    return found
      ? { shortcut: found.shortcut, target: { start: end - found.keyword.length, end } }
      : null;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const caret = selection.getRangeAt(0);
  const node = caret.startContainer;
  if (!(node instanceof Text) || !editor.contains(node)) return null;
  const found = keywordBefore(node.data.slice(0, caret.startOffset), prefix);
  if (!found) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(node, caret.startOffset - found.keyword.length);
  range.setEnd(node, caret.startOffset);
  return { shortcut: found.shortcut, target: { range } };
}
