import type { CheckContext } from '../../../rules/types';
import { readEditable } from '../draft-text';
import { nativeEdit } from './editing';
import { compact, editableRoot, label, messageText, watchFocus } from './shared';
import type { HostAdapter, ReplyEditor } from './types';

/**
 * Gmail's markup, by its stable class names and attributes. Localised labels (aria-label,
 * button text) are never used: they change with the agent's language.
 */
export const SELECTORS = {
  /** The compose body; `g_editable` marks Gmail's own editors. */
  composeBody: 'div[contenteditable="true"][role="textbox"][g_editable="true"]',
  /** A compose window: `.AD` floating / `.M9` popped out; `.ip` / `.aoI` the inline reply. */
  composeWindow: '.M9, .AD, .ip, .aoI',
  inlineReply: '.ip',
  subjectInput: 'input[name="subjectbox"]',
  fromInput: 'input[name="from"]',
  threadSubject: 'h2.hP',
  /** An expanded message of the open thread. */
  message: '.adn.ads',
  /** The sender, with `email` and `name` attributes. */
  sender: '.gD[email]',
  messageBody: '.a3s',
  /** Quoted history and signatures: in a message body or in the draft, never the new text. */
  notNewText:
    '.gmail_quote, blockquote, .gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"], .gmail_extra',
} as const;

/** Reply and forward prefixes in any language: "Re:", "VS:", "AW:", "Fwd:", "TR:" … */
const SUBJECT_PREFIX = /^(?:\s*[\p{L}]{1,4}(?:\[\d+\])?:\s*)+/u;
/** Gmail's tab title: "Subject - agent@example.com - Gmail". */
const TITLE_ACCOUNT = /\s-\s([^\s@]+@[^\s]+)\s-\s[^-]+$/;

function account(editor: Element): string | undefined {
  const from = editor
    .closest(SELECTORS.composeWindow)
    ?.querySelector<HTMLInputElement>(SELECTORS.fromInput)?.value;
  const email = from?.match(/[^\s<>]+@[^\s<>]+/)?.[0] ?? document.title.match(TITLE_ACCOUNT)?.[1];
  return email?.toLowerCase();
}

function normalSubject(subject: string | null | undefined): string {
  return (subject ?? '').replace(SUBJECT_PREFIX, '').trim().toLowerCase();
}

/**
 * A reply belongs to the thread on the page when it is the inline reply, or a compose window
 * whose subject is the thread's (a popped-out reply); a new message has nothing to do with it.
 */
function repliesToThread(editor: Element, threadSubject: string | undefined): boolean {
  if (!threadSubject) return false;
  if (editor.closest(SELECTORS.inlineReply)) return true;
  const subject = editor
    .closest(SELECTORS.composeWindow)
    ?.querySelector<HTMLInputElement>(SELECTORS.subjectInput)?.value;
  return normalSubject(subject) === normalSubject(threadSubject);
}

export const gmail: HostAdapter = {
  name: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',

  findEditor(element) {
    const body = element?.closest(SELECTORS.composeBody) ?? null;
    if (!body?.closest(SELECTORS.composeWindow)) return null;
    return editableRoot(body);
  },

  readDraft: (editor) =>
    readEditable(editor, { exclude: (element) => element.matches(SELECTORS.notNewText) }),

  readContext(editor: ReplyEditor): CheckContext {
    const threadSubject = label(document.querySelector(SELECTORS.threadSubject)?.textContent);
    if (!repliesToThread(editor, threadSubject)) {
      const subject = editor
        .closest(SELECTORS.composeWindow)
        ?.querySelector<HTMLInputElement>(SELECTORS.subjectInput)?.value;
      return compact({ subject: label(subject?.replace(SUBJECT_PREFIX, '')) });
    }
    const me = account(editor);
    let agentName: string | undefined;
    let customer: Element | null = null;
    for (const message of document.querySelectorAll(SELECTORS.message)) {
      const sender = message.querySelector(SELECTORS.sender);
      const email = sender?.getAttribute('email')?.toLowerCase();
      if (!sender || !email) continue;
      if (email === me) agentName = label(sender.getAttribute('name')) ?? agentName;
      else customer = message;
    }
    const sender = customer?.querySelector(SELECTORS.sender);
    return compact({
      customerMessage: messageText(
        customer?.querySelector(SELECTORS.messageBody) ?? null,
        SELECTORS.notNewText,
      ),
      customerName: label(sender?.getAttribute('name') ?? sender?.textContent),
      agentName,
      subject: threadSubject,
    });
  },

  // Gmail's compose body is a plain contenteditable: the browser's editing commands are its
  // input path. Markup is never inserted: Gmail enforces Trusted Types, where HTML strings
  // are refused, and the text with its line breaks is what a reply needs.
  edit: (editor, target, content) => nativeEdit(editor, target, content, { allowHtml: false }),

  init(ctx, signal) {
    watchFocus(gmail, ctx, signal);
  },
};
