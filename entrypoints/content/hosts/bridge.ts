import {
  BRIDGE_REQUEST,
  BRIDGE_RESULT,
  type BridgeRequest,
  type BridgeResult,
} from './bridge-protocol';
import { editAtSelection, nativeEdit, settleSelection, textToHtml } from './editing';
import type { Content, EditTarget, ReplyEditor } from './types';

/**
 * Editors with a model of their own (CKEditor 5 in Zendesk, Froala in Freshdesk) ignore, or
 * are corrupted by, DOM edits they did not make. Their API lives in the page's main world,
 * where `editor-bridge.content.ts` runs; the two worlds share the DOM, so the request is a DOM
 * event with a JSON string (only primitives cross worlds) and the target travels as the
 * document selection, settled first (focus, then the editor's own selection handling). The
 * bridge uses the editor's API, or pastes when the page hides it; dispatch is synchronous, so
 * the answer is there when `dispatchEvent` returns. A plain editable that neither has an API
 * nor takes the paste gets the browser's own insertion.
 */
export async function bridgeEdit(
  editor: ReplyEditor,
  target: EditTarget,
  content: Content,
): Promise<BridgeResult['via'] | 'native'> {
  // A textarea (the generic stand-in may meet one) has no editor model: its own input path.
  if (editor instanceof HTMLTextAreaElement) {
    nativeEdit(editor, target, content, { allowHtml: false });
    return 'native';
  }
  await settleSelection(editor, target);
  const request: BridgeRequest = {
    id: crypto.randomUUID(),
    text: content.text,
    html: content.text === '' ? '' : (content.html ?? textToHtml(content.text)),
  };
  let result: BridgeResult | null = null;
  const onResult = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    try {
      const parsed = JSON.parse(detail) as BridgeResult;
      if (parsed.id === request.id) result = parsed;
    } catch {
      // Not the bridge's answer: the page may use the same event name.
    }
  };
  const doc = editor.ownerDocument;
  doc.addEventListener(BRIDGE_RESULT, onResult);
  try {
    doc.dispatchEvent(new CustomEvent(BRIDGE_REQUEST, { detail: JSON.stringify(request) }));
  } finally {
    doc.removeEventListener(BRIDGE_RESULT, onResult);
  }
  const answer = result as BridgeResult | null;
  if (!answer) throw new Error('the editor bridge did not answer (page still loading?)');
  if (answer.unhandled) {
    editAtSelection(editor, target, content, { allowHtml: false });
    return 'native';
  }
  if (!answer.ok) throw new Error(answer.error ?? 'the editor refused the edit');
  return answer.via;
}
