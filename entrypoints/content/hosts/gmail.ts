import { readEditable } from '../draft-text';
import { nativeEdit } from './editing';
import { fallbackFor } from './generic';
import {
  closest,
  compact,
  editableRoot,
  emailIn,
  first,
  isModEnter,
  isShown,
  label,
  messageText,
  watchFocus,
} from './shared';
import type { HostAdapter, ReplyEditor, ThreadRead } from './types';

/**
 * Gmail's markup as gmail.js, InboxSDK and Briskine read it (../shared/HOSTS.md): stable class
 * names and attributes, each list a hook and its fallbacks, first match wins. Localised labels
 * (aria-label, button text) are never used: they change with the agent's language.
 */
export const SELECTORS = {
  /** A compose: `.M9` holds both the inline reply and the pop-out (gmail.js, Briskine). */
  compose: ['.M9', '.AD', '.ip'],
  /** The compose body (InboxSDK); `g_editable` marks Gmail's own editors. */
  editor: ['.Ap [g_editable="true"]', '[g_editable="true"][role="textbox"]'],
  /** The inline reply's container under the thread (`.adB` while open). */
  inlineReply: '.ip',
  subjectInput: 'input[name="subjectbox"]',
  fromInput: 'input[name="from"]',
  /** Every thread view Gmail keeps has one; the visible one is the open thread (gmail.js). */
  threadSubject: 'h2.hP',
  /** An expanded message (gmail.js; InboxSDK's fallback). */
  message: ['div.adn.ads', 'div.adn'],
  /** The sender, with `email` and `name` attributes (gmail.js; InboxSDK `td.gF span[email]`). */
  sender: ['span.gD[email]', 'td.gF span[email]', '[email][name]'],
  messageBody: ['div.a3s', 'div.ii.gt'],
  /** Quoted history and signatures: in a message body or in the draft, never the new text. */
  notNewText:
    '.gmail_quote, blockquote, .gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"], .gmail_extra',
  /** Send (gmail.js; InboxSDK's structural fallback, which avoids the schedule-send arrow). */
  send: [
    'div.T-I.T-I-atl:not(.Uo):not([aria-haspopup="true"])',
    '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])',
  ],
} as const;

/** Reply and forward prefixes in any language: "Re:", "VS:", "AW:", "Fwd:", "TR:" … */
const SUBJECT_PREFIX = /^(?:\s*[\p{L}]{1,4}(?:\[\d+\])?:\s*)+/u;
/** Gmail's tab title: "Subject - agent@example.com - Gmail" (Briskine reads the account there). */
const TITLE_ACCOUNT = /\s-\s([^\s@]+@[^\s]+)\s-\s[^-]+$/;

function composeOf(element: Element): Element | null {
  return closest(element, SELECTORS.compose);
}

function account(compose: Element | null): string | undefined {
  const from = compose?.querySelector<HTMLInputElement>(SELECTORS.fromInput)?.value;
  return emailIn(from) ?? emailIn(document.title.match(TITLE_ACCOUNT)?.[1]);
}

function normalSubject(subject: string | null | undefined): string {
  return (subject ?? '').replace(SUBJECT_PREFIX, '').trim().toLowerCase();
}

/**
 * The thread view around `element`: its nearest ancestor holding messages and exactly one
 * thread subject. Gmail keeps earlier thread views in the DOM, so an ancestor with several
 * subjects (the whole page) is no thread.
 */
function threadAround(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (!first(node, SELECTORS.message)) continue;
    return node.querySelectorAll(SELECTORS.threadSubject).length === 1 ? node : null;
  }
  return null;
}

/** The thread the reply in `compose` belongs to, if it answers one. */
function threadFor(compose: Element): Element | null {
  // The inline reply sits in its thread's view.
  const around = threadAround(compose);
  if (around) return around;
  // A popped-out compose answers the open thread when its subject is the thread's.
  const visible = [...document.querySelectorAll(SELECTORS.threadSubject)].find(isShown);
  const thread = visible ? threadAround(visible) : null;
  const subject = compose.querySelector<HTMLInputElement>(SELECTORS.subjectInput)?.value;
  if (!thread || !visible || normalSubject(subject) !== normalSubject(visible.textContent)) {
    return null;
  }
  return thread;
}

function sender(message: Element): Element | null {
  return first(message, SELECTORS.sender);
}

export const gmail: HostAdapter = {
  name: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',

  findEditor(element) {
    const body = element ? closest(element, SELECTORS.editor) : null;
    if (!body || !composeOf(body)) return null;
    return editableRoot(body);
  },

  recognisesPage: (doc) => first(doc, SELECTORS.editor) !== null,

  // An inline reply sits in a thread view with messages; a popped-out compose may answer
  // none (a new message), which is no sign of a redesign.
  recognisesThread(editor) {
    const compose = composeOf(editor);
    if (!compose) return false;
    return !compose.closest(SELECTORS.inlineReply) || threadAround(compose) !== null;
  },

  readDraft: (editor) =>
    readEditable(editor, { exclude: (element) => element.matches(SELECTORS.notNewText) }),

  readContext(editor: ReplyEditor): ThreadRead {
    const compose = composeOf(editor);
    const thread = compose ? threadFor(compose) : null;
    if (!compose || !thread) {
      const subject = compose?.querySelector<HTMLInputElement>(SELECTORS.subjectInput)?.value;
      return compact({ subject: label(subject?.replace(SUBJECT_PREFIX, '')) });
    }
    // Customer or agent is not in the DOM: the account's own messages are the agent's.
    const me = account(compose);
    let agentName: string | undefined;
    let customer: Element | null = null;
    let lastFrom: ThreadRead['lastFrom'];
    for (const message of thread.querySelectorAll(SELECTORS.message.join(', '))) {
      const email = emailIn(sender(message)?.getAttribute('email'));
      if (!email) continue;
      if (email === me) agentName = label(sender(message)?.getAttribute('name')) ?? agentName;
      else customer = message;
      // Messages are in the thread's order; without the account nobody is known as the agent.
      lastFrom = me ? (email === me ? 'agent' : 'customer') : undefined;
    }
    const from = customer ? sender(customer) : null;
    const subjects = [...thread.querySelectorAll(SELECTORS.threadSubject)];
    return compact({
      customerMessage: messageText(
        customer ? first(customer, SELECTORS.messageBody) : null,
        SELECTORS.notNewText,
      ),
      customerName: label(from?.getAttribute('name') ?? from?.textContent),
      customerEmail: emailIn(from?.getAttribute('email')),
      agentName,
      subject: label((subjects.find(isShown) ?? subjects[0])?.textContent),
      lastFrom,
    });
  },

  // Gmail's compose body is a plain contenteditable: the browser's editing commands are its
  // input path. Markup is never inserted: Gmail enforces Trusted Types, where HTML strings
  // are refused, and the text with its line breaks is what a reply needs.
  edit: (editor, target, content) => nativeEdit(editor, target, content, { allowHtml: false }),

  sendControl(target) {
    const button = target ? closest(target, SELECTORS.send) : null;
    return button instanceof HTMLElement && composeOf(button)
      ? { kind: 'send', element: button }
      : null;
  },

  // Ctrl+Enter (⌘+Enter on a Mac) in a compose; its button's label names it, localised.
  isSendShortcut: (event) =>
    isModEnter(event) && event.target instanceof Element && composeOf(event.target) !== null,

  init(ctx, signal) {
    watchFocus(gmail, ctx, signal, fallbackFor(gmail));
  },
};
