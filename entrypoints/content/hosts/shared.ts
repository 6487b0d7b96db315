import { readEditable } from '../draft-text';
import type { HostAdapter, HostContext, KeyInput, ReplyEditor } from './types';

/**
 * The focus watch every adapter starts with: the reply editor is the one the agent puts the
 * cursor in. Focus events bubble out of shadow-free editors and cost nothing while typing.
 *
 * `fallback` stands in when the host's own hooks are gone from the page (a redesign): the box
 * the agent writes in is still checked and highlighted, and the report says the layout was
 * not recognised rather than silently checking less.
 */
export function watchFocus(
  adapter: HostAdapter,
  ctx: HostContext,
  signal: AbortSignal,
  fallback?: HostAdapter,
): void {
  const consider = (target: EventTarget | null) => {
    const current = ctx.current;
    if (current && !current.isConnected) ctx.detach();
    const element = target instanceof Element ? target : null;
    const editor = adapter.findEditor(element);
    if (editor) {
      if (editor !== ctx.current) ctx.attach(editor);
      return;
    }
    if (!fallback || !element || adapter.recognisesPage(element.ownerDocument)) return;
    const other = fallback.findEditor(element);
    if (other && other !== ctx.current) ctx.attach(other, fallback);
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

/**
 * Text of a message the host gave as HTML in its JSON. The markup is parsed into an inert
 * document (no script runs, nothing loads) and never inserted anywhere.
 */
export function htmlMessageText(html: string, exclude?: string): string | undefined {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  if (exclude) for (const element of parsed.querySelectorAll(exclude)) element.remove();
  for (const br of parsed.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of parsed.querySelectorAll('p, div, li, h1, h2, h3, h4, tr')) {
    block.append('\n');
  }
  const text = (parsed.body.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
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

/** The first element `selectors` finds, trying them in order (a host's hook, then its fallbacks). */
export function first<E extends Element = Element>(
  root: ParentNode,
  selectors: readonly string[],
): E | null {
  for (const selector of selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/** The nearest ancestor (or self) matching any of `selectors`, tried in order. */
export function closest(element: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}

/** Whether the element is rendered (hosts keep hidden copies of earlier views in the DOM). */
export function isShown(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

/** The e-mail address in a string such as `Name <name@example.com>` or `mailto:…`. */
export function emailIn(value: string | null | undefined): string | undefined {
  return value?.match(/[^\s<>:"]+@[^\s<>"]+\.[^\s<>"]+/)?.[0]?.toLowerCase();
}

/** Ctrl+Enter, or ⌘+Enter on a Mac: the send shortcut of mail-like composers. */
export function isModEnter(event: KeyInput): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/**
 * JSON the host's own agent UI reads from its origin (Freshdesk's conversations, Zendesk's
 * `users/me`), fetched with the page's session. Held in memory for `maxAgeMs` and for this
 * page only: never stored, never sent anywhere. `get` answers from memory at once (context
 * reads are synchronous) and fetches in the background; `onArrival` asks for a new read.
 */
export class SameOriginJson {
  private readonly entries = new Map<string, { at: number; value?: unknown; pending: boolean }>();
  onArrival: () => void = () => {};

  constructor(private readonly maxAgeMs: number) {}

  get(path: string): unknown {
    const entry = this.entries.get(path);
    const stale = !entry || performance.now() - entry.at > this.maxAgeMs;
    if (stale && !entry?.pending) this.fetch(path, entry?.value);
    return entry?.value;
  }

  clear(): void {
    this.entries.clear();
  }

  private fetch(path: string, previous: unknown): void {
    const entry = { at: performance.now(), value: previous, pending: true };
    this.entries.set(path, entry);
    fetch(new URL(path, location.origin), {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    })
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined)
      .then((value: unknown) => {
        entry.pending = false;
        entry.at = performance.now();
        if (value === undefined || this.entries.get(path) !== entry) return;
        entry.value = value;
        this.onArrival();
      });
  }
}
