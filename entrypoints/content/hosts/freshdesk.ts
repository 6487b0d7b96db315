import { readEditable } from '../draft-text';
import { bridgeEdit } from './bridge';
import { fallbackFor } from './generic';
import {
  closest,
  compact,
  editableRoot,
  emailIn,
  first,
  htmlMessageText,
  isModEnter,
  label,
  messageText,
  SameOriginJson,
  watchFocus,
} from './shared';
import type { HostAdapter, ReplyEditor, ThreadRead } from './types';

/**
 * Freshdesk's ticket page (`/a/tickets/:id`) and its Froala reply editor, as a 2026 Freshdesk
 * user script, Toggl's extension and Freshdesk's own server code show them
 * (../shared/HOSTS.md). Each list is a hook and its fallbacks, first match wins.
 */
export const SELECTORS = {
  /** The reply editor, Froala, inside the ticket's composer (the conversation bodies share `.fr-view`). */
  editor: [
    '.ticket-editor .fr-element.fr-view[contenteditable="true"]',
    '.ticket-editor [contenteditable="true"]',
  ],
  /** One message of the conversation (the 2026 user script; the older UI). */
  conversation: ['[data-test-id="conversation-wrapper"]', '.ticket-details__item'],
  /** The ticket's first message: always the requester's. */
  description: ['[data-test-id="ticket-description"]', '#ticket_original_request'],
  sender: ['.sender-info', '.user._ar_redact_'],
  text: [
    '[data-test-conversation="conversation-text"]',
    '[data-test-id="conversation-content-wrapper"]',
    '.ticket_note',
    '.text-content-wrapper',
    '.ticket-details__conversation__content',
  ],
  /** Earlier mails quoted inside a message (Freshdesk's server code). */
  quote: 'div.freshdesk_quote, blockquote.freshdesk_quote, blockquote',
  /** The subject (Toggl); its child controls are not part of it. */
  subject: '.ticket-subject-heading',
  subjectControls: 'button, [role="button"], a, svg, input, select',
  ticketBreadcrumb: '.breadcrumb__item.active',
  requesterEmail: [
    'input[data-test-text-field="requester[email]"]',
    '.contacts_cardemail--text a[href^="mailto:"]',
  ],
  /** Froala's own nodes inside the editable: selection markers, the unlicensed banner. */
  editorChrome: '.fr-marker, [data-f-id="pbf"]',
  /** Send, in the open composer's footer (the 2026 user script). */
  send: ['.ticket-editor__footer .reply-btn-wrapper .reply-btn'],
} as const;

const TICKET_PATH = /\/(?:a\/)?tickets\/(\d+)/;
/**
 * The agent UI's own JSON of a ticket's conversations (internal, undocumented; the 2026 user
 * script reads it): the only place that says who wrote what, with `incoming` (from the
 * customer) and `private` (a note). The ticket description is not in it.
 */
const conversationsPath = (ticket: string) => `/api/_/tickets/${ticket}/conversations`;
/** A new message shows within half a minute of its arrival. */
const conversations = new SameOriginJson(30_000);

interface Conversation {
  incoming?: unknown;
  private?: unknown;
  from_email?: unknown;
  body?: unknown;
  body_text?: unknown;
}

function conversationList(value: unknown): Conversation[] | undefined {
  const list = Array.isArray(value)
    ? value
    : (value as { conversations?: unknown } | undefined)?.conversations;
  return Array.isArray(list) ? (list as Conversation[]) : undefined;
}

function ticketId(): string | undefined {
  return (
    location.pathname.match(TICKET_PATH)?.[1] ??
    document.querySelector(SELECTORS.ticketBreadcrumb)?.textContent?.match(/\d+/)?.[0]
  );
}

/** The subject heading's own words, without the controls Freshdesk puts in it. */
function subjectText(): string | undefined {
  const heading = document.querySelector(SELECTORS.subject);
  if (!heading) return undefined;
  const copy = heading.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll(SELECTORS.subjectControls)) control.remove();
  return label(copy.textContent);
}

function senderName(message: Element | null): string | undefined {
  const sender = message ? first(message, SELECTORS.sender) : null;
  return label((sender?.querySelector('a') ?? sender)?.textContent);
}

function messageBody(message: Element): string | undefined {
  return messageText(first(message, SELECTORS.text), SELECTORS.quote);
}

function requesterEmail(): string | undefined {
  const found = first(document, SELECTORS.requesterEmail);
  if (found instanceof HTMLInputElement) return emailIn(found.value);
  return emailIn(found?.getAttribute('href'));
}

export const freshdesk: HostAdapter = {
  name: 'freshdesk',
  matches: (url) => url.hostname.endsWith('.freshdesk.com'),

  findEditor(element) {
    const root = element ? closest(element, SELECTORS.editor) : null;
    return root ? editableRoot(root) : null;
  },

  recognisesPage: (doc) => first(doc, SELECTORS.editor) !== null,

  // Every ticket page shows the ticket's first message, the requester's.
  recognisesThread: () => first(document, SELECTORS.description) !== null,

  readDraft: (editor) =>
    readEditable(editor, {
      exclude: (element) =>
        element.tagName === 'BLOCKQUOTE' || element.matches(SELECTORS.editorChrome),
    }),

  readContext(_editor: ReplyEditor): ThreadRead {
    const ticket = ticketId();
    const description = first(document, SELECTORS.description);
    const customerName = senderName(description);
    const list = ticket
      ? conversationList(conversations.get(conversationsPath(ticket)))
      : undefined;
    let customerMessage: string | undefined;
    let fromEmail: string | undefined;
    let lastFrom: ThreadRead['lastFrom'];
    if (list) {
      // The last public message decides; with none, the ticket's description (the
      // requester's) is the last word. Without the JSON nobody can tell: notes look alike.
      const lastPublic = list.filter((item) => item.private !== true).at(-1);
      lastFrom = !lastPublic || lastPublic.incoming === true ? 'customer' : 'agent';
      // Who wrote what, as the host's own data says it: customers' messages are incoming and
      // public; agents' replies are not incoming, notes are private.
      const last = list.filter((item) => item.incoming === true && item.private !== true).at(-1);
      if (last) {
        customerMessage =
          typeof last.body === 'string'
            ? htmlMessageText(last.body, SELECTORS.quote)
            : typeof last.body_text === 'string'
              ? label(last.body_text)
              : undefined;
        fromEmail = typeof last.from_email === 'string' ? emailIn(last.from_email) : undefined;
      }
    } else if (customerName) {
      // Without the JSON (not arrived, or refused): the last message signed with the
      // requester's name, the description's sender. An agent of the same name would be taken
      // for the customer; the JSON replaces this as soon as it arrives.
      const messages = [...document.querySelectorAll(SELECTORS.conversation.join(', '))];
      const last = messages.filter((message) => senderName(message) === customerName).at(-1);
      customerMessage = last ? messageBody(last) : undefined;
    }
    return compact({
      customerMessage: customerMessage ?? (description ? messageBody(description) : undefined),
      customerName,
      customerEmail: requesterEmail() ?? fromEmail,
      ticketId: ticket,
      subject: subjectText(),
      lastFrom,
    });
  },

  // Froala keeps its own undo stack and change events: edits go in through its API, or a
  // paste it takes when the page does not expose the API.
  async edit(editor, target, content) {
    await bridgeEdit(editor, target, content);
  },

  sendControl(target) {
    const button = target ? closest(target, SELECTORS.send) : null;
    return button instanceof HTMLElement ? { kind: 'send', element: button } : null;
  },

  // Ctrl+Enter (⌘+Enter) in the reply editor: Freshdesk's "send" shortcut (weak: its help
  // lists it, no public script confirms it).
  isSendShortcut: (event) =>
    isModEnter(event) &&
    event.target instanceof Element &&
    freshdesk.findEditor(event.target) !== null,

  init(ctx, signal) {
    watchFocus(freshdesk, ctx, signal, fallbackFor(freshdesk));
    conversations.onArrival = () => ctx.refreshContext();
    signal.addEventListener('abort', () => {
      conversations.onArrival = () => {};
      conversations.clear();
    });
  },
};
