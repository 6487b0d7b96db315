import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  BRIDGE_REQUEST,
  BRIDGE_RESULT,
  type BridgeRequest,
  type BridgeResult,
} from './content/hosts/bridge-protocol';

/**
 * Runs in the page's main world, where the hosts' editor objects live, and applies the content
 * script's edits through their APIs (see content/hosts/bridge.ts). The target is the document
 * selection, which the content script has just set. Deliberately tiny: it reads no page data
 * and answers with success or an error message only.
 */

/** The slice of CKEditor 5's API used here. */
interface CKEditor {
  model: {
    document: { selection: { getAttributes(): Iterable<[string, unknown]> } };
    change(callback: (writer: CKWriter) => void): void;
    insertContent(content: unknown): void;
    deleteContent(selection: unknown): void;
  };
  editing: {
    view: { domConverter: { domRangeToView(range: Range): unknown } };
    mapper: { toModelRange(viewRange: unknown): unknown };
  };
  data: { processor: { toView(html: string): unknown }; toModel(view: unknown): unknown };
}
interface CKWriter {
  setSelection(range: unknown): void;
  createText(text: string, attributes?: Iterable<[string, unknown]>): unknown;
}

/** The slice of Froala's API used here. */
interface Froala {
  el: HTMLElement;
  undo: { saveStep(): void };
  selection: { remove(): void };
  html: { insert(html: string): void };
  events: { trigger(name: string): unknown };
}

function ckeditorEdit(root: Element, range: Range, request: BridgeRequest): boolean {
  const editor = (root as Element & { ckeditorInstance?: CKEditor }).ckeditorInstance;
  if (!editor) return false;
  const viewRange = editor.editing.view.domConverter.domRangeToView(range);
  if (!viewRange) throw new Error('the range is outside the editor');
  const modelRange = editor.editing.mapper.toModelRange(viewRange);
  // One model change is one undo step; the selection ends after the new content.
  editor.model.change((writer) => {
    writer.setSelection(modelRange);
    const selection = editor.model.document.selection;
    if (request.html === '') editor.model.deleteContent(selection);
    else if (!request.text.includes('\n'))
      editor.model.insertContent(writer.createText(request.text, selection.getAttributes()));
    else
      editor.model.insertContent(editor.data.toModel(editor.data.processor.toView(request.html)));
  });
  return true;
}

function froalaEdit(root: Element, range: Range, request: BridgeRequest): boolean {
  const instances = (window as { FroalaEditor?: { INSTANCES?: Froala[] } }).FroalaEditor?.INSTANCES;
  const editor = instances?.find((instance) => instance.el === root);
  if (!editor) return false;
  // Steps around the change make it exactly one entry of Froala's undo stack.
  editor.undo.saveStep();
  if (!range.collapsed) editor.selection.remove();
  if (request.html) editor.html.insert(request.html);
  editor.undo.saveStep();
  // What Froala fires after typing: the host syncs its model (and draft autosave) on it.
  editor.events.trigger('contentChanged');
  return true;
}

function apply(request: BridgeRequest): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) throw new Error('no selection to edit');
  const range = selection.getRangeAt(0);
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const ckeditor = element?.closest('.ck-editor__editable');
  if (ckeditor && ckeditorEdit(ckeditor, range, request)) return;
  const froala = element?.closest('.fr-element');
  if (froala && froalaEdit(froala, range, request)) return;
  throw new Error('no editor API found for the selection');
}

export default defineContentScript({
  matches: ['https://*.zendesk.com/*', 'https://*.freshdesk.com/*'],
  world: 'MAIN',
  main() {
    document.addEventListener(BRIDGE_REQUEST, (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string') return;
      let request: BridgeRequest;
      try {
        request = JSON.parse(detail) as BridgeRequest;
      } catch {
        return;
      }
      const result: BridgeResult = { id: String(request.id), ok: true };
      try {
        apply(request);
      } catch (error) {
        result.ok = false;
        result.error = error instanceof Error ? error.message : String(error);
      }
      document.dispatchEvent(new CustomEvent(BRIDGE_RESULT, { detail: JSON.stringify(result) }));
    });
  },
});
