import type { CheckContext } from '../../../rules/types';
import { readEditable } from '../draft-text';
import { bridgeEdit } from './bridge';
import { compact, editableRoot, label, messageText, watchFocus } from './shared';
import type { HostAdapter, ReplyEditor } from './types';

/**
 * Zendesk Agent Workspace. Every open ticket keeps its pane in the DOM, so everything is read
 * inside the selected ticket's pane only; the others are never looked at.
 */
export const SELECTORS = {
  panes: 'main#main_panes',
  /** One open ticket's pane, `data-ticket-id` its number. */
  pane: '[data-ticket-id]',
  /** The selected ticket's header tab, `data-entity-id` its number. */
  activeTab: '[data-test-id="header-tab"][aria-current="page"]',
  /** The composer: CKEditor 5's editable root. */
  composer: '.ck-editor__editable[contenteditable="true"]',
  subject: '[data-test-id="omni-header-subject"]',
  comment: 'article[data-test-id="omni-log-comment-item"]',
  /** Its `type` attribute is the author's role: `end-user` or `agent`. */
  message: '[data-test-id="omni-log-item-message"]',
  content: '[data-test-id="omni-log-message-content"]',
  sender: '[data-test-id="omni-log-item-sender"]',
  internalNote: '[data-test-id="omni-log-internal-note-tag"]',
  requester: '[data-test-id="ticket-system-field-requester-select"]',
  /** The signed-in agent's avatar; its alt text is the agent's name. */
  agent: '[data-test-id="header-profile-menu-button"] img[alt]',
  /** CKEditor's own UI inside the editable (widget handles, fake-selection helpers). */
  editorChrome: '.ck-widget__type-around, .ck-fake-selection-container, [data-cke-ignore]',
} as const;

const TICKET_PATH = /\/agent\/tickets\/(\d+)/;
const CUSTOMER_ROLE = 'end-user';

/** The selected ticket: the URL says it; the header tab when the URL is not a ticket's. */
export function activeTicketId(): string | undefined {
  const fromPath = location.pathname.match(TICKET_PATH)?.[1];
  if (fromPath) return fromPath;
  return document.querySelector<HTMLElement>(SELECTORS.activeTab)?.dataset.entityId;
}

function activePane(): Element | null {
  const id = activeTicketId();
  if (!id) return null;
  return document.querySelector(
    `${SELECTORS.panes} ${SELECTORS.pane}[data-ticket-id="${CSS.escape(id)}"]`,
  );
}

/** The pane `element` is in, if it is the selected ticket's. */
function paneIfActive(element: Element): Element | null {
  const pane = element.closest(SELECTORS.pane);
  return pane && pane === activePane() ? pane : null;
}

export const zendesk: HostAdapter = {
  name: 'zendesk',
  matches: (url) => url.hostname.endsWith('.zendesk.com'),

  findEditor(element) {
    const composer = element?.closest(SELECTORS.composer) ?? null;
    if (!composer || !paneIfActive(composer)) return null;
    return editableRoot(composer);
  },

  readDraft: (editor) =>
    readEditable(editor, {
      exclude: (element) =>
        element.tagName === 'BLOCKQUOTE' || element.matches(SELECTORS.editorChrome),
    }),

  readContext(editor: ReplyEditor): CheckContext {
    const pane = paneIfActive(editor);
    if (!pane) return {};
    let customer: Element | null = null;
    for (const comment of pane.querySelectorAll(SELECTORS.comment)) {
      if (comment.querySelector(SELECTORS.internalNote)) continue;
      if (comment.querySelector(SELECTORS.message)?.getAttribute('type') === CUSTOMER_ROLE) {
        customer = comment;
      }
    }
    const subject = pane.querySelector<HTMLInputElement>(SELECTORS.subject);
    return compact({
      customerMessage: messageText(customer?.querySelector(SELECTORS.content) ?? null),
      customerName:
        label(customer?.querySelector(SELECTORS.sender)?.textContent) ??
        label(pane.querySelector(SELECTORS.requester)?.textContent),
      agentName: label(document.querySelector(SELECTORS.agent)?.getAttribute('alt')),
      ticketId: (pane as HTMLElement).dataset.ticketId,
      subject: label(subject?.value ?? subject?.textContent),
    });
  },

  // CKEditor 5 keeps the text in its model: edits go in through its API in the main world.
  edit: (editor, target, content) => bridgeEdit(editor, target, content),

  init(ctx, signal) {
    watchFocus(zendesk, ctx, signal);
    // Switching tickets hides one pane and shows another without moving focus out of the
    // page: drop the editor as soon as its ticket is no longer the selected one.
    const check = () => {
      const current = ctx.current;
      if (current && (!current.isConnected || !paneIfActive(current))) ctx.detach();
    };
    const observer = new MutationObserver(check);
    const watch = (root: Element | null) =>
      root &&
      observer.observe(root, {
        attributes: true,
        subtree: true,
        attributeFilter: ['aria-current', 'style', 'hidden'],
      });
    watch(document.querySelector(SELECTORS.panes));
    watch(document.querySelector(SELECTORS.activeTab)?.parentElement ?? null);
    // The URL names the selected ticket; Zendesk changes it with history.pushState.
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', check, { signal });
    signal.addEventListener('abort', () => observer.disconnect());
  },
};
