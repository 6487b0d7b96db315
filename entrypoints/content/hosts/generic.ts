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
  recognisesPage: () => true,
  recognisesThread: () => true,
  readDraft: (editor) => readEditable(editor),
  readContext: () => ({}),
  edit: (editor, target, content) => nativeEdit(editor, target, content, { allowHtml: true }),
  // A site's reply form sends by submitting: the submit of a form that holds a reply box
  // (send-watch.ts listens for `submit` and asks with the form). No shortcut is known.
  sendControl: (target) =>
    target instanceof HTMLFormElement && hasReplyBox(target)
      ? { kind: 'send', element: target }
      : null,
  isSendShortcut: () => false,
  init(ctx, signal) {
    watchFocus(generic, ctx, signal);
  },
};

function hasReplyBox(form: HTMLFormElement): boolean {
  for (const element of form.querySelectorAll('textarea, [contenteditable]')) {
    if (editableRoot(element)) return true;
  }
  return false;
}

/**
 * The generic adapter standing in for `host` after a redesign removed the host's hooks: any
 * editable the agent writes in is checked, the thread is not read (`layout: 'unrecognised'`
 * tells the side panel so). Edits still take the host's input path, which asks the editor's
 * API or pastes and never assigns markup (Gmail's Trusted Types would refuse it); the send
 * controls are the host's as far as its file still finds them.
 */
export function fallbackFor(host: HostAdapter): HostAdapter {
  return {
    ...generic,
    name: host.name,
    layout: 'unrecognised',
    matches: host.matches,
    edit: host.edit,
    sendControl: host.sendControl,
    isSendShortcut: host.isSendShortcut,
  };
}
