import type { CheckContext } from '../../../rules/types';
import { readEditable } from '../draft-text';
import { bridgeEdit } from './bridge';
import { compact, editableRoot, label, messageText, watchFocus } from './shared';
import type { HostAdapter, ReplyEditor } from './types';

/** Freshdesk's ticket details page (`/a/tickets/:id`) and its Froala reply editor. */
export const SELECTORS = {
  editor: '.fr-element.fr-view',
  page: '.ticket-details-page',
  conversation: '.conversation',
  /** A message from the requester (the ticket description is the first of them). */
  incoming: '.conversation--incoming',
  privateNote: '.conversation--private-note',
  author: '.conversation__author',
  body: '.conversation__body',
  /** Earlier mails quoted inside an incoming message. */
  quote: '.freshdesk_quote, blockquote',
  requester: '.requester-info__name',
  agent: '.agent-profile__name',
  subject: '.ticket-subject-heading',
  /** Froala's own nodes inside the editable: selection markers, the unlicensed banner. */
  editorChrome: '.fr-marker, [data-f-id="pbf"]',
} as const;

const TICKET_PATH = /\/a\/tickets\/(\d+)/;

export const freshdesk: HostAdapter = {
  name: 'freshdesk',
  matches: (url) => url.hostname.endsWith('.freshdesk.com'),

  findEditor(element) {
    const root = element?.closest(SELECTORS.editor) ?? null;
    return root ? editableRoot(root) : null;
  },

  readDraft: (editor) =>
    readEditable(editor, {
      exclude: (element) =>
        element.tagName === 'BLOCKQUOTE' || element.matches(SELECTORS.editorChrome),
    }),

  readContext(editor: ReplyEditor): CheckContext {
    const page = editor.closest(SELECTORS.page) ?? document;
    const incoming = [...page.querySelectorAll(SELECTORS.incoming)].filter(
      (item) => !item.matches(SELECTORS.privateNote),
    );
    const last = incoming.at(-1);
    const ticketId =
      location.pathname.match(TICKET_PATH)?.[1] ??
      (page instanceof HTMLElement ? page.dataset.ticketId : undefined);
    return compact({
      customerMessage: messageText(last?.querySelector(SELECTORS.body) ?? null, SELECTORS.quote),
      customerName:
        label(page.querySelector(SELECTORS.requester)?.textContent) ??
        label(last?.querySelector(SELECTORS.author)?.textContent),
      agentName: label(document.querySelector(SELECTORS.agent)?.textContent),
      ticketId,
      subject: label(page.querySelector(SELECTORS.subject)?.textContent),
    });
  },

  // Froala keeps its own undo stack and change events: edits go in through its API.
  edit: (editor, target, content) => bridgeEdit(editor, target, content),

  init(ctx, signal) {
    watchFocus(freshdesk, ctx, signal);
  },
};
