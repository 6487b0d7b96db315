import { readEditable } from '../draft-text';
import type { HostAdapter, HostContext, ReplyEditor } from './types';

/**
 * The focus watch every adapter starts with: the reply editor is the one the agent puts the
 * cursor in. Focus events bubble out of shadow-free editors and cost nothing while typing.
 */
export function watchFocus(adapter: HostAdapter, ctx: HostContext, signal: AbortSignal): void {
  const consider = (target: EventTarget | null) => {
    const current = ctx.current;
    if (current && !current.isConnected) ctx.detach();
    const editor = adapter.findEditor(target instanceof Element ? target : null);
    if (editor && editor !== ctx.current) ctx.attach(editor);
  };
  document.addEventListener('focusin', (event) => consider(event.target), {
    capture: true,
    signal,
  });
  consider(document.activeElement);
}

/** The root of the contenteditable region `element` is in, or the textarea itself. */
export function editableRoot(element: Element | null): ReplyEditor | null {
  if (element instanceof HTMLTextAreaElement) {
    return element.readOnly || element.disabled ? null : element;
  }
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return null;
  let root: HTMLElement = element;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** Visible text of a message body, paragraphs kept, the parts `exclude` names left out. */
export function messageText(body: Element | null, exclude?: string): string | undefined {
  if (!(body instanceof HTMLElement)) return undefined;
  const text = readEditable(body, {
    exclude: (element) => element.tagName === 'BUTTON' || (!!exclude && element.matches(exclude)),
  })
    .text.replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

/** A name or label as shown: whitespace collapsed, empty as undefined. */
export function label(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** Drops the keys whose value is undefined, so reports and tests compare cleanly. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
