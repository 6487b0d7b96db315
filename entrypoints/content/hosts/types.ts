import type { HostName } from '../../../messaging/protocol';
import type { CheckContext } from '../../../rules/types';
import type { DraftText } from '../draft-text';

export type { HostName };

/** A reply box: a textarea, or the root of a contenteditable region. */
export type ReplyEditor = HTMLTextAreaElement | HTMLElement;

/** What to put into the editor: plain text, and markup for editors that take it. */
export interface Content {
  text: string;
  html?: string;
}

/** Where an edit goes: a DOM range in a contenteditable, value offsets in a textarea. */
export type EditTarget = { range: Range } | { start: number; end: number };

/**
 * The thread around the reply as an adapter reads it: what the checks use (`CheckContext`)
 * and the customer's address, which the panel and later features may show. Read from the
 * page (and the host's own same-origin JSON), kept in memory only.
 */
export interface ThreadRead extends CheckContext {
  customerEmail?: string;
  /**
   * Who wrote the thread's last message (internal notes aside), from the host's own markup or
   * data; left out when the adapter cannot tell. The panel suggests no template after `agent`.
   */
  lastFrom?: 'customer' | 'agent';
}

/**
 * A host control that sends the reply. `send` sends at once; `send-as` sends and sets the
 * ticket's status (Zendesk's "Submit as …" entries); `send-options` only opens those entries.
 */
export interface SendControl {
  kind: 'send' | 'send-as' | 'send-options';
  element: HTMLElement;
}

/** The parts of a key event a shortcut test needs (a KeyboardEvent has them all). */
export type KeyInput = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'
>;

/** What an adapter's `init` can ask of the content script. */
export interface HostContext {
  /**
   * The agent is now writing in `editor` (it got focus, or was found active). `via` is the
   * adapter that found it when not the page's own: the generic fallback after a redesign.
   */
  attach(editor: ReplyEditor, via?: HostAdapter): void;
  /** The attached editor is gone or no longer the active reply (compose closed, ticket switched). */
  detach(): void;
  /** The attached editor, if any. */
  readonly current: ReplyEditor | null;
  /** The thread changed (a new message came in): read the context again. */
  refreshContext(): void;
}

/**
 * One host's knowledge: how to recognise its pages, find the active reply editor, read the
 * draft and the thread around it, put text in through the editor's own input path, and know
 * its send controls. Every selector lives in the adapter's file, so a change of the host's
 * markup is a one-file fix.
 */
export interface HostAdapter {
  readonly name: HostName;
  /**
   * `unrecognised` for the generic fallback standing in for a host whose own hooks were not
   * found (the page's layout changed): the draft is checked, the thread cannot be read.
   */
  readonly layout?: 'unrecognised';
  /** Whether this adapter handles pages at `url`. */
  matches(url: URL): boolean;
  /** The reply editor that `element` (typically the focused element) belongs to, if any. */
  findEditor(element: Element | null): ReplyEditor | null;
  /**
   * Whether `doc` still has the host's own hooks for its reply editors. When it has none and
   * the agent writes in some editable, the generic adapter stands in (see `watchFocus`).
   */
  recognisesPage(doc: Document): boolean;
  /**
   * Whether the host's hooks for the thread around `editor` are there (its messages, or a
   * compose that answers no thread). False after a redesign that kept the reply box's hooks
   * but not the thread's: the panel then says the customer's message could not be read.
   */
  recognisesThread(editor: ReplyEditor): boolean;
  /** The draft of a contenteditable editor as text, without quoted history or signature. */
  readDraft(editor: HTMLElement): DraftText;
  /** The thread around `editor`: customer's last message and name, agent, ticket, subject. */
  readContext(editor: ReplyEditor): ThreadRead;
  /** Replaces `target` with `content` so that the editor's model and undo history take it. */
  edit(editor: ReplyEditor, target: EditTarget, content: Content): void | Promise<void>;
  /** The host's send control that `target` is or is inside, if any. */
  sendControl(target: Element | null): SendControl | null;
  /** Whether the key event is the host's keyboard shortcut for sending a reply. */
  isSendShortcut(event: KeyInput): boolean;
  /** Starts watching the page for reply editors; everything stops when `signal` aborts. */
  init(ctx: HostContext, signal: AbortSignal): void;
}
