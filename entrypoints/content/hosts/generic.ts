import { readEditable } from '../draft-text';
import { nativeEdit } from './editing';
import { editableRoot, watchFocus } from './shared';
import type { HostAdapter } from './types';

/**
 * Any other site, once the agent enabled it from the side panel: the focused textarea or
 * contenteditable is the reply box. There is no thread to read, so the context is empty.
 */
export const generic: HostAdapter = {
  name: 'generic',
  matches: () => true,
  findEditor: editableRoot,
  readDraft: (editor) => readEditable(editor),
  readContext: () => ({}),
  edit: (editor, target, content) => nativeEdit(editor, target, content, { allowHtml: true }),
  init(ctx, signal) {
    watchFocus(generic, ctx, signal);
  },
};
