import type {
  HostAdapter,
  HostContext,
  KeyInput,
  ReplyEditor,
} from '../../../entrypoints/content/hosts/types';

/** A content script stand-in: records which editor an adapter attached, and through whom. */
export function recordingHost(): HostContext & {
  attached: { editor: ReplyEditor; via?: HostAdapter }[];
  refreshed: number;
} {
  let current: ReplyEditor | null = null;
  const host = {
    attached: [] as { editor: ReplyEditor; via?: HostAdapter }[],
    refreshed: 0,
    attach(editor: ReplyEditor, via?: HostAdapter) {
      current = editor;
      host.attached.push({ editor, via });
    },
    detach() {
      current = null;
    },
    get current() {
      return current;
    },
    refreshContext() {
      host.refreshed += 1;
    },
  };
  return host;
}

/** Focuses `element` as a click would, so the adapter's focus watch sees it. */
export function focus(element: HTMLElement): void {
  element.focus();
  element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}

export function key(target: Element, key: string, mods: Partial<KeyInput> = {}): KeyInput {
  return { key, target, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

/** Serves `routes` (path → JSON) to the adapters' same-origin fetches; 404 for the rest. */
export function serveJson(routes: Record<string, unknown>): string[] {
  const asked: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    asked.push(`${url.origin}${url.pathname} ${init?.credentials ?? ''}`);
    const body = routes[url.pathname];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return asked;
}

/** Lets pending fetches and their handlers finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
