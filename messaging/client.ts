import { browser } from 'wxt/browser';
import {
  type Context,
  type Message,
  type MessageOf,
  MessageSchema,
  RECEIVES,
  type Reply,
} from './protocol';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

export type Handlers<C extends Context> = {
  [T in (typeof RECEIVES)[C][number]]: (message: MessageOf<T>, sender: Sender) => unknown;
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sends to the background (or, from the background, to every extension page). */
export async function send<T = unknown>(message: Message): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'no receiver answered' };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Sends to the content script of one tab. */
export async function sendToTab<T = unknown>(tabId: number, message: Message): Promise<Reply<T>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'no receiver answered' };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/**
 * Listens for the messages meant for `context`. Malformed messages get `{ok: false}`; valid
 * messages meant for another context are left to their receiver (runtime messages reach
 * every extension page, and only one answer counts). `authorise` may refuse a sender.
 */
export function listen<C extends Context>(
  context: C,
  handlers: Handlers<C>,
  authorise: (type: Message['type'], sender: Sender) => string | null = () => null,
): () => void {
  const accepted: readonly string[] = RECEIVES[context];
  const listener = (raw: unknown, sender: Sender, sendResponse: (reply: Reply) => void) => {
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) {
      sendResponse({ ok: false, error: `invalid message: ${parsed.error.issues[0]?.message}` });
      return false;
    }
    const message = parsed.data;
    if (!accepted.includes(message.type)) return false;
    const refusal = authorise(message.type, sender);
    if (refusal) {
      sendResponse({ ok: false, error: refusal });
      return false;
    }
    const handler = handlers[message.type as keyof Handlers<C>] as (
      message: Message,
      sender: Sender,
    ) => unknown;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error) => sendResponse({ ok: false, error: errorText(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
