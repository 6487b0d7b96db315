import { readEditable } from '../draft-text';
import { bridgeEdit } from './bridge';
import { fallbackFor } from './generic';
import {
  closest,
  compact,
  editableRoot,
  emailIn,
  first,
  isShown,
  label,
  messageText,
  SameOriginJson,
  watchFocus,
} from './shared';
import type { HostAdapter, KeyInput, ReplyEditor, ThreadRead } from './types';

/**
 * Zendesk Agent Workspace, as Toggl's extension, Briskine and Liferay's Zendesk user script
 * read it (../shared/HOSTS.md). Every open ticket keeps its markup in the DOM, so everything
 * is read inside the selected ticket only; markup of another ticket nested in it is skipped.
 */
export const SELECTORS = {
  panes: '#main_panes',
  /** The selected ticket's layout (Toggl, Liferay). */
  activeLayout: '.ticket-panes-grid-layout[data-is-active="true"]',
  layout: '.ticket-panes-grid-layout',
  /** Where a ticket's id is said in its markup, innermost first (Liferay, Toggl). */
  ticketMarks: ['[data-side-conversations-anchor-id]', '[data-test-id$="-custom-layout"]'],
  /** The selected ticket's header tab, `data-entity-id` its number (weak). */
  activeTab: '[data-test-id="header-tab"][aria-current="page"]',
  /** The reply composer, CKEditor 5 (Liferay), then its wrappers' editables. */
  composer: [
    '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]',
    '[data-test-id="ticket-rich-text-editor"] .ck-editor__editable',
    '[data-test-id="editor-view"] .ck-editor__editable',
  ],
  subject: 'input[data-test-id="omni-header-subject"]',
  comment: 'article[data-test-id="omni-log-comment-item"]',
  /** Its `type` attribute is the author's role: `end-user` or `agent` (weak). */
  message: '[data-test-id="omni-log-item-message"]',
  content: '[data-test-id="omni-log-message-content"]',
  sender: '[data-test-id="omni-log-item-sender"]',
  internalNote: '[data-test-id="omni-log-internal-note-tag"]',
  /** Its text includes the dropdown's UI; the avatar's `alt` is the requester's address. */
  requester: '[data-test-id="ticket-system-field-requester-select"]',
  requesterAvatar:
    '[data-garden-id="tags.avatar"] img[alt], img[data-garden-id="tags.avatar"][alt]',
  /** CKEditor's own UI inside the editable (widget handles, fake-selection helpers). */
  editorChrome: '.ck-widget__type-around, .ck-fake-selection-container, [data-cke-ignore]',
  /** Submit, and the arrow opening its "Submit as …" entries (weak). */
  send: '[data-test-id="submit_button-button"]',
  sendOptions: '[data-test-id="submit_button-menu-button"]',
  menuItem: '[role="menuitem"], [role="menuitemradio"], [role="option"]',
} as const;

/** The signed-in agent, with the page's session (Briskine); the DOM names them nowhere sure. */
const ME_PATH = '/api/v2/users/me.json';
const TICKET_PATH = /\/agent\/tickets\/(\d+)/;
const CUSTOMER_ROLE = 'end-user';
/** The agent's name does not change while the page is open; read again after an hour. */
const me = new SameOriginJson(60 * 60_000);

/** The ticket id a marking element names. */
function markedId(element: Element): string | undefined {
  const anchor = element.getAttribute('data-side-conversations-anchor-id');
  if (anchor) return anchor;
  return element.getAttribute('data-test-id')?.match(/^ticket-(\d+)-custom-layout$/)?.[1];
}

/** The ticket whose markup `element` is in: the innermost id mark around it. */
function ticketOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (SELECTORS.ticketMarks.some((mark) => node?.matches(mark))) {
      const id = markedId(node);
      if (id) return id;
    }
  }
  return undefined;
}

/** The selected ticket: the active layout's, else the URL's, else the header tab's. */
export function activeTicketId(): string | undefined {
  const layout = [...document.querySelectorAll(SELECTORS.activeLayout)].find(isShown);
  const mark = layout ? first(layout, SELECTORS.ticketMarks) : null;
  const fromLayout = mark ? markedId(mark) : undefined;
  if (fromLayout) return fromLayout;
  const fromPath = location.pathname.match(TICKET_PATH)?.[1];
  if (fromPath) return fromPath;
  return document.querySelector<HTMLElement>(SELECTORS.activeTab)?.dataset.entityId;
}

/** Whether `element` belongs to the selected ticket (not to another one nested around it). */
function inActiveTicket(element: Element, active = activeTicketId()): boolean {
  return active !== undefined && ticketOf(element) === active;
}

/** The outermost markup of the selected ticket around `element`. */
function ticketRoot(element: Element, active: string): Element {
  let root = element;
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.matches(SELECTORS.layout) || node.matches(SELECTORS.panes)) break;
    const id = SELECTORS.ticketMarks.some((mark) => node?.matches(mark)) ? markedId(node) : null;
    if (id && id !== active) break;
    root = node;
  }
  return root.parentElement?.closest(SELECTORS.layout) ?? root;
}

function agentName(): string | undefined {
  const value = me.get(ME_PATH) as { user?: { name?: unknown } } | undefined;
  return typeof value?.user?.name === 'string' ? label(value.user.name) : undefined;
}

function isSubmitShortcut(event: KeyInput): boolean {
  // Zendesk's keyboard shortcut for Submit: Ctrl+Alt+S (⌃⌥S on a Mac). From Zendesk's
  // shortcut list; no public script confirms it (weak).
  return event.ctrlKey && event.altKey && !event.shiftKey && event.key.toLowerCase() === 's';
}

export const zendesk: HostAdapter = {
  name: 'zendesk',
  matches: (url) => url.hostname.endsWith('.zendesk.com'),

  findEditor(element) {
    const composer = element ? closest(element, SELECTORS.composer) : null;
    if (!composer || !inActiveTicket(composer)) return null;
    return editableRoot(composer);
  },

  recognisesPage: (doc) => first(doc, SELECTORS.composer) !== null,

  // Every ticket has at least its first comment and a subject field.
  recognisesThread(editor) {
    const active = activeTicketId();
    if (!active) return false;
    const root = ticketRoot(editor, active);
    return (
      root.querySelector(SELECTORS.comment) !== null &&
      root.querySelector(SELECTORS.subject) !== null
    );
  },

  readDraft: (editor) =>
    readEditable(editor, {
      exclude: (element) =>
        element.tagName === 'BLOCKQUOTE' || element.matches(SELECTORS.editorChrome),
    }),

  readContext(editor: ReplyEditor): ThreadRead {
    const active = activeTicketId();
    if (!active || !inActiveTicket(editor, active)) return {};
    const root = ticketRoot(editor, active);
    const mine = (element: Element) => inActiveTicket(element, active);
    const requester = [...root.querySelectorAll(SELECTORS.requester)].find(mine);
    const requesterName = label(requester?.textContent);
    const comments = [...root.querySelectorAll(SELECTORS.comment)].filter(
      (comment) => mine(comment) && !comment.querySelector(SELECTORS.internalNote),
    );
    const senderOf = (comment: Element) =>
      label(comment.querySelector(SELECTORS.sender)?.textContent);
    // The author's role (`type`) is a weak hook: without it anywhere, the requester's own
    // comments are the customer's.
    const typed = comments.some((comment) =>
      comment.querySelector(SELECTORS.message)?.hasAttribute('type'),
    );
    const fromCustomer = (comment: Element) =>
      typed
        ? comment.querySelector(SELECTORS.message)?.getAttribute('type') === CUSTOMER_ROLE
        : requesterName !== undefined && senderOf(comment) === requesterName;
    const customer = comments.filter(fromCustomer).at(-1);
    const last = comments.at(-1);
    // An untyped comment not signed by the requester is an agent's only when the requester is
    // known; otherwise nobody can tell.
    const lastFrom =
      last && (typed || requesterName !== undefined)
        ? fromCustomer(last)
          ? ('customer' as const)
          : ('agent' as const)
        : undefined;
    const subject = [...root.querySelectorAll<HTMLInputElement>(SELECTORS.subject)].find(mine);
    return compact({
      customerMessage: messageText(customer?.querySelector(SELECTORS.content) ?? null),
      customerName: (customer ? senderOf(customer) : undefined) ?? requesterName,
      customerEmail: emailIn(
        requester?.querySelector(SELECTORS.requesterAvatar)?.getAttribute('alt'),
      ),
      agentName: agentName(),
      ticketId: active,
      subject: label(subject?.value),
      lastFrom,
    });
  },

  // CKEditor 5 keeps the text in its model: edits go in through its API in the main world,
  // or a paste it takes into its model when the page hides the API.
  async edit(editor, target, content) {
    await bridgeEdit(editor, target, content);
  },

  sendControl(target) {
    if (!target) return null;
    const send = target.closest<HTMLElement>(SELECTORS.send);
    if (send) return { kind: 'send', element: send };
    const options = target.closest<HTMLElement>(SELECTORS.sendOptions);
    if (options) return { kind: 'send-options', element: options };
    // "Submit as …": an entry of the menu the options button controls (its aria-controls).
    const item = target.closest<HTMLElement>(SELECTORS.menuItem);
    const menu = item?.closest('[id]');
    if (!item || !menu) return null;
    const opener = document.querySelector(
      `${SELECTORS.sendOptions}[aria-controls="${CSS.escape(menu.id)}"]`,
    );
    return opener ? { kind: 'send-as', element: item } : null;
  },

  isSendShortcut: (event) =>
    isSubmitShortcut(event) &&
    event.target instanceof Element &&
    zendesk.findEditor(event.target) !== null,

  init(ctx, signal) {
    watchFocus(zendesk, ctx, signal, fallbackFor(zendesk));
    me.onArrival = () => ctx.refreshContext();
    signal.addEventListener('abort', () => {
      me.onArrival = () => {};
      me.clear();
    });
    // Switching tickets hides one layout and shows another without moving focus out of the
    // page: drop the editor as soon as its ticket is no longer the selected one.
    const check = () => {
      const current = ctx.current;
      if (current && (!current.isConnected || !inActiveTicket(current))) ctx.detach();
    };
    const observer = new MutationObserver(check);
    const watch = (root: Element | null) =>
      root &&
      observer.observe(root, {
        attributes: true,
        subtree: true,
        attributeFilter: ['aria-current', 'data-is-active', 'style', 'hidden'],
      });
    watch(document.querySelector(SELECTORS.panes));
    watch(document.querySelector(SELECTORS.activeTab)?.parentElement ?? null);
    // The URL names the selected ticket; Zendesk changes it with history.pushState.
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', check, { signal });
    signal.addEventListener('abort', () => observer.disconnect());
  },
};
