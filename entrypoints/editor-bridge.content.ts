import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  BRIDGE_REQUEST,
  BRIDGE_RESULT,
  type BridgeRequest,
  type BridgeResult,
} from './content/hosts/bridge-protocol';

/**
 * Runs in the page's main world, where the hosts' editor objects live, and applies the content
 * script's edits through their APIs, or by a paste the editor takes when the page hides them
 * (see content/hosts/bridge.ts). The target is the document selection, which the content
 * script has just settled. Deliberately tiny: it reads no page data and answers only how the
 * edit went in, or an error message.
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
    view: {
      domConverter: { domRangeToView(range: Range): unknown };
      document: { isFocused: boolean };
      focus(): void;
    };
    mapper: { toModelRange(viewRange: unknown): unknown };
  };
  data: { processor: { toView(html: string): unknown }; toModel(view: unknown): unknown };
}
interface CKWriter {
  setSelection(range: unknown): void;
  createText(text: string, attributes?: Iterable<[string, unknown]>): unknown;
}

/** The slice of Froala's API used here (the same in Froala 2, 3, 4 and 5). */
interface Froala {
  el?: HTMLElement;
  $el?: ArrayLike<HTMLElement>;
  undo: { saveStep(): void };
  selection: { remove(): void };
  html: { insert(html: string): void };
  events: { trigger(name: string): unknown };
}

type Result = Pick<BridgeResult, 'via' | 'unhandled'>;

function ckeditorEdit(root: Element, range: Range, request: BridgeRequest): boolean {
  // CKEditor's documented hook on its editable element.
  const editor = (root as Element & { ckeditorInstance?: CKEditor | null }).ckeditorInstance;
  if (!editor) return false;
  // Focused first, so CKEditor's focus handling cannot move the caret to where its model had
  // it; the range was copied before.
  if (!editor.editing.view.document.isFocused) editor.editing.view.focus();
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

/**
 * Froala's instance for its editable: Froala 3+ keeps it on the original element as
 * `data-froala.editor` and lists it in `FroalaEditor.INSTANCES`; Froala 2 in jQuery's data
 * (`froala.editor`) and `$.FroalaEditor.INSTANCES`, where the element is `$el[0]`.
 */
function froalaFor(root: Element): Froala | undefined {
  const page = window as unknown as {
    FroalaEditor?: { INSTANCES?: Froala[] };
    jQuery?: ((element: Element) => { data(key: string): unknown }) & {
      FroalaEditor?: { INSTANCES?: Froala[] };
    };
  };
  const owns = (instance: Froala | undefined) =>
    !!instance && (instance.el === root || instance.$el?.[0] === root);
  const listed = [
    ...(page.FroalaEditor?.INSTANCES ?? []),
    ...(page.jQuery?.FroalaEditor?.INSTANCES ?? []),
  ].find(owns);
  if (listed) return listed;
  for (let element: Element | null = root; element; element = element.parentElement) {
    const candidates = [
      (element as Element & { 'data-froala.editor'?: Froala })['data-froala.editor'],
      element.previousElementSibling &&
        (element.previousElementSibling as Element & { 'data-froala.editor'?: Froala })[
          'data-froala.editor'
        ],
      page.jQuery?.(element).data('froala.editor') as Froala | undefined,
    ];
    const found = candidates.find((candidate) => owns(candidate || undefined));
    if (found) return found;
    if (element.classList.contains('fr-box')) break;
  }
  return undefined;
}

function froalaEdit(root: Element, range: Range, request: BridgeRequest): boolean {
  const editor = froalaFor(root);
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

/**
 * What template tools do when the editor's API is out of reach: a paste, dispatched here in
 * the page, which the editor's own clipboard handling takes into its model and its undo
 * history, at its selection (settled by the content script). An editor that took it cancels
 * the event; nobody cancelling it means a plain editable, which the content script serves.
 * Deleting has no paste: the browser's delete command, whose `beforeinput` such editors
 * handle in their model.
 */
function pasteEdit(element: Element, request: BridgeRequest): boolean {
  if (request.html === '') return document.execCommand('delete');
  // Pasted HTML loses the spaces at its edges (HTML collapses them), which an insertion such
  // as " and more" needs: plain text keeps them as no-break spaces, as a real paste would.
  const html = /[<\n]/.test(request.html)
    ? request.html
    : request.html.replace(/^ /, '&nbsp;').replace(/ $/, '&nbsp;');
  const data = new DataTransfer();
  data.setData('text/plain', request.text);
  data.setData('text/html', html);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !element.dispatchEvent(event);
}

function apply(request: BridgeRequest): Result {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) throw new Error('no selection to edit');
  const range = selection.getRangeAt(0).cloneRange();
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) throw new Error('no element at the selection');
  const ckeditor = element.closest('.ck-editor__editable');
  if (ckeditor && ckeditorEdit(ckeditor, range, request)) return { via: 'api' };
  const froala = element.closest('.fr-element');
  if (froala && froalaEdit(froala, range, request)) return { via: 'api' };
  if (pasteEdit(element, request)) return { via: 'paste' };
  return { unhandled: true };
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
      let result: BridgeResult = { id: String(request.id), ok: true };
      try {
        result = { ...result, ...apply(request) };
      } catch (error) {
        result.ok = false;
        result.error = error instanceof Error ? error.message : String(error);
      }
      document.dispatchEvent(new CustomEvent(BRIDGE_RESULT, { detail: JSON.stringify(result) }));
    });
  },
});
