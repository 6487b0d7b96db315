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

/** What an adapter's `init` can ask of the content script. */
export interface HostContext {
  /** The agent is now writing in `editor` (it got focus, or was found active). */
  attach(editor: ReplyEditor): void;
  /** The attached editor is gone or no longer the active reply (compose closed, ticket switched). */
  detach(): void;
  /** The attached editor, if any. */
  readonly current: ReplyEditor | null;
  /** The thread changed (a new message came in): read the context again. */
  refreshContext(): void;
}

/**
 * One host's knowledge: how to recognise its pages, find the active reply editor, read the
 * draft and the thread around it, and put text in through the editor's own input path. Every
 * selector lives in the adapter's file, so a change of the host's markup is a one-file fix.
 */
export interface HostAdapter {
  readonly name: HostName;
  /** Whether this adapter handles pages at `url`. */
  matches(url: URL): boolean;
  /** The reply editor that `element` (typically the focused element) belongs to, if any. */
  findEditor(element: Element | null): ReplyEditor | null;
  /** The draft of a contenteditable editor as text, without quoted history or signature. */
  readDraft(editor: HTMLElement): DraftText;
  /** The thread around `editor`: customer's last message and name, agent, ticket, subject. */
  readContext(editor: ReplyEditor): CheckContext;
  /** Replaces `target` with `content` so that the editor's model and undo history take it. */
  edit(editor: ReplyEditor, target: EditTarget, content: Content): void;
  /** Starts watching the page for reply editors; everything stops when `signal` aborts. */
  init(ctx: HostContext, signal: AbortSignal): void;
}
