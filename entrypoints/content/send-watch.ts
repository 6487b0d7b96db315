import type { SendGuard } from '../../messaging/protocol';
import { type CompiledPack, compiledFor } from '../../rules/engine';
import { keptShare } from '../../rules/kept-share';
import type { Pack } from '../../rules/pack';
import { type StatRow, statRowOf } from '../../storage/statistics-row';
import { ignoredCounts, overriddenChecks } from './agent-choices';
import type { DraftSnapshot } from './editor-session';
import { isShown } from './hosts/shared';
import type { HostAdapter, HostName, ReplyEditor, SendControl } from './hosts/types';
import { effectiveGuard, type GuardDialog, heldFindings, openGuardDialog } from './send-guard';

/**
 * What happened at send. The host adapter knows its send controls (`sendControl`,
 * `isSendShortcut`); this module listens for them in the capture phase, before the page, and
 * turns one send into one statistics row, built here in the page from the draft's findings
 * and what Talontapa did to the draft (fixes, templates). Only the counts leave the page.
 *
 * A send attempt is CONFIRMED only when the page shows it sent: within CONFIRM_WINDOW_MS the
 * editor the send came from is removed from the document, hidden (its compose closed), or
 * emptied; or, for a form submission, the page unloads. Per host, as the fixtures mirror it:
 * - Gmail: the compose (inline reply or pop-out) closes and its body goes; Ctrl/⌘+Enter or
 *   the Send button.
 * - Zendesk: the composer stays and is emptied after Submit or a "Submit as …" entry.
 * - Freshdesk: the reply composer closes (hidden) after Send.
 * - Any other site (the generic adapter): a submit of the form holding the editor; the page
 *   navigates (unload) or its script empties or removes the editor.
 * A send the page refuses (an empty draft, the host's validation error) leaves the draft in
 * place: nothing is recorded. An empty draft is not even an attempt. A second attempt on the
 * same editor while one waits (a double click, click and shortcut, a retry after an error)
 * is the same send: one send, one row.
 */

/** How long the page has to show that it sent. Hosts answer within a second or two. */
export const CONFIRM_WINDOW_MS = 5_000;
const POLL_MS = 100;

/** How a page shows it sent the reply in an editor. */
export type SendSign = 'removed' | 'hidden' | 'cleared' | 'unloaded';

/** The sign that the page sent the draft of `editor`, if it shows one now. */
export function sentSign(editor: ReplyEditor, readText: () => string): SendSign | null {
  if (!editor.isConnected) return 'removed';
  if (!isShown(editor)) return 'hidden';
  let text: string;
  try {
    text = readText();
  } catch {
    return null;
  }
  return hasWords(text) ? null : 'cleared';
}

function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export interface PackFacts {
  packVersion: string;
  checks: readonly string[];
  sendGuard: SendGuard;
}

const factsCache = new WeakMap<object, PackFacts>();

/** What a send records and guards from the pack a draft was checked with. */
export function packFacts(pack: Pack | CompiledPack): PackFacts {
  let facts = factsCache.get(pack);
  if (!facts) {
    const compiled = 'parseOptions' in pack ? pack : compiledFor(pack);
    facts = {
      packVersion: compiled.pack.version,
      checks: compiled.checks.map((active) => active.check.id),
      sendGuard: compiled.pack.style.sendGuard,
    };
    factsCache.set(pack, facts);
  }
  return facts;
}

/** What Talontapa did to one editor's draft since its last send. */
export interface DraftLog {
  /** Findings fixed with a Talontapa fix, by check id. */
  fixed: Record<string, number>;
  /** Findings the agent ignored for this reply, by check id. */
  ignored: Record<string, number>;
  /** Inserted templates: id → the inserted text (compared at send, never stored). */
  templates: Map<string, string>;
}

function newLog(): DraftLog {
  return { fixed: {}, ignored: {}, templates: new Map() };
}

/** The statistics row of a confirmed send: counts, ids and shares; no text. */
export function rowOfSend(
  snapshot: DraftSnapshot,
  host: HostName,
  log: DraftLog | undefined,
  now: number,
  choices: AgentChoices = {},
): StatRow {
  const ignored = { ...(log?.ignored ?? {}) };
  for (const [check, count] of Object.entries(choices.ignored ?? {})) {
    ignored[check] = (ignored[check] ?? 0) + count;
  }
  return statRowOf({
    now,
    host,
    packId: snapshot.packId,
    packVersion: snapshot.packVersion || 'unknown',
    language: snapshot.language,
    words: countWords(snapshot.text),
    ran: snapshot.checks ?? [],
    left: snapshot.findings.map((finding) => finding.check),
    fixed: log?.fixed ?? {},
    ignored,
    turnedOff: choices.turnedOff ?? [],
    templates: [...(log?.templates ?? [])].map(([id, text]) => ({
      id,
      kept: Math.round(keptShare(text, snapshot.text) * 100) / 100,
    })),
  });
}

function agentChoices(): AgentChoices {
  return { ignored: ignoredCounts(), turnedOff: overriddenChecks() };
}

/** The attached editor as the watch needs it (editor-session.ts `EditorSession`). */
export interface WatchedSession {
  readonly editor: ReplyEditor;
  readonly adapter: HostAdapter;
  snapshot(): DraftSnapshot;
}

export interface SendWatchOptions {
  /** The attached editor's session, if any. */
  session: () => WatchedSession | null;
  /** Stores a confirmed send's row (the content script sends it to the background). */
  record: (row: StatRow) => void;
  /** The agent's own guard setting. */
  agentGuard: () => SendGuard | undefined;
  now?: () => number;
}

type How =
  | { kind: 'click'; control: SendControl }
  | { kind: 'shortcut'; event: KeyboardEvent }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };

/** The agent's own choices about the reply, read at the send (the box may empty after it). */
export interface AgentChoices {
  /** Findings ignored ("ignore here") in this reply, by check id. */
  ignored?: Record<string, number>;
  /** Checks the agent turned off for themselves. */
  turnedOff?: readonly string[];
}

interface Pending {
  editor: ReplyEditor;
  host: HostName;
  snapshot: DraftSnapshot;
  choices: AgentChoices;
  readText: () => string;
  deadline: number;
  byForm: boolean;
  timer: ReturnType<typeof setInterval>;
}

const PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;
const EDITABLES = 'textarea, [contenteditable="true"], [contenteditable=""]';
const BUTTONS = 'button, [role="button"], input[type="submit"]';

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** The reply editor nearest to a control: the first ancestor holding one has it. */
export function editorNear(element: Element, adapter: HostAdapter): ReplyEditor | null {
  for (
    let node = element.parentElement;
    node && node !== document.body;
    node = node.parentElement
  ) {
    for (const candidate of node.querySelectorAll(EDITABLES)) {
      const editor = adapter.findEditor(candidate);
      if (editor) return editor;
    }
  }
  return null;
}

/** The host's own send button for `editor`: what "send anyway" clicks after a shortcut. */
export function sendButtonFor(editor: ReplyEditor, adapter: HostAdapter): HTMLElement | null {
  for (let node = editor.parentElement; node && node !== document.body; node = node.parentElement) {
    for (const candidate of node.querySelectorAll<HTMLElement>(BUTTONS)) {
      if (adapter.sendControl(candidate)?.kind === 'send' && isShown(candidate)) return candidate;
    }
  }
  return null;
}

export class SendWatch {
  private readonly logs = new WeakMap<ReplyEditor, DraftLog>();
  private readonly pending = new Map<ReplyEditor, Pending>();
  /** The draft text the agent chose to send anyway: not asked about again. */
  private readonly accepted = new WeakMap<ReplyEditor, string>();
  private dialog: GuardDialog | null = null;
  /** Set while "send anyway" re-issues a send: those events are the page's to handle. */
  private bypass = false;
  private readonly now: () => number;

  constructor(
    private readonly options: SendWatchOptions,
    signal: AbortSignal,
  ) {
    this.now = options.now ?? Date.now;
    // The window's capture phase runs before any listener of the page's document or editor.
    const capture = { capture: true, signal };
    window.addEventListener('click', (event) => this.onClick(event), capture);
    for (const type of PRESS_EVENTS) {
      window.addEventListener(type, (event) => this.onPress(event), capture);
    }
    window.addEventListener('keydown', (event) => this.onKey(event), capture);
    window.addEventListener('submit', (event) => this.onSubmit(event as SubmitEvent), capture);
    window.addEventListener('pagehide', () => this.unloaded(), { signal });
    signal.addEventListener('abort', () => {
      this.dialog?.close();
      for (const pending of this.pending.values()) clearInterval(pending.timer);
      this.pending.clear();
    });
  }

  private log(editor: ReplyEditor): DraftLog {
    let log = this.logs.get(editor);
    if (!log) {
      log = newLog();
      this.logs.set(editor, log);
    }
    return log;
  }

  /** A Talontapa fix of a `check` finding went into `editor`'s draft. */
  noteFix(editor: ReplyEditor, check: string | undefined): void {
    if (!check) return;
    const fixed = this.log(editor).fixed;
    fixed[check] = (fixed[check] ?? 0) + 1;
  }

  /** The agent ignored a `check` finding for this reply ("ignore here"). */
  noteIgnored(editor: ReplyEditor, check: string): void {
    const ignored = this.log(editor).ignored;
    ignored[check] = (ignored[check] ?? 0) + 1;
  }

  /** A pack template went into `editor`'s draft. */
  noteTemplate(editor: ReplyEditor, templateId: string | undefined, text: string): void {
    if (templateId) this.log(editor).templates.set(templateId, text);
  }

  /** Whether the guard's dialog is open. */
  get asking(): boolean {
    return this.dialog !== null;
  }

  /** The attached session and the send control `target` is, when it sends that session's reply. */
  private controlFor(target: EventTarget | null) {
    const session = this.options.session();
    if (!session || !(target instanceof Element)) return null;
    const control = session.adapter.sendControl(target);
    if (!control || control.kind === 'send-options') return null;
    // A control with no reply box of its own around it (a menu the host renders elsewhere)
    // sends the attached one.
    const near = editorNear(control.element, session.adapter);
    if (near && near !== session.editor) return null;
    return { session, control };
  }

  private onClick(event: Event): void {
    if (this.bypass) return;
    const found = this.controlFor(event.target);
    if (found) this.attempt(event, found.session, { kind: 'click', control: found.control });
  }

  /** Hosts whose buttons act on mousedown or mouseup (Gmail's) must not see a held send. */
  private onPress(event: Event): void {
    if (this.bypass) return;
    const found = this.controlFor(event.target);
    if (!found) return;
    if (this.dialog || this.held(found.session).length > 0) stop(event);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.bypass) return;
    const session = this.options.session();
    if (!session?.adapter.isSendShortcut(event)) return;
    if (!(event.target instanceof Node) || !session.editor.contains(event.target)) return;
    this.attempt(event, session, { kind: 'shortcut', event });
  }

  private onSubmit(event: SubmitEvent): void {
    if (this.bypass) return;
    const session = this.options.session();
    const form = event.target;
    if (!session || !(form instanceof HTMLFormElement) || !form.contains(session.editor)) return;
    if (session.adapter.sendControl(form)?.kind !== 'send') return;
    this.attempt(event, session, { kind: 'submit', form, submitter: event.submitter });
  }

  /** The findings that would hold a send of the session's draft now. */
  private held(session: WatchedSession, snapshot = session.snapshot()) {
    if (!hasWords(snapshot.text) || this.accepted.get(session.editor) === snapshot.text) return [];
    const level = effectiveGuard(snapshot.sendGuard, this.options.agentGuard());
    return heldFindings(snapshot.findings, level);
  }

  private attempt(event: Event, session: WatchedSession, how: How): void {
    // One question at a time: while it is open, the send waits for the answer.
    if (this.dialog) {
      stop(event);
      return;
    }
    const snapshot = session.snapshot();
    // An empty draft: the host refuses it itself, and there is nothing to count or guard.
    if (!hasWords(snapshot.text)) return;
    const remaining = this.held(session, snapshot);
    if (remaining.length === 0) {
      this.expect(session, snapshot, how);
      return;
    }
    stop(event);
    this.dialog = openGuardDialog(remaining, {
      onBack: () => {
        this.dialog = null;
        session.editor.focus();
      },
      onSend: () => {
        this.dialog = null;
        const now = session.snapshot();
        this.accepted.set(session.editor, now.text);
        this.expect(session, now, how);
        this.reissue(session, how);
      },
    });
  }

  /** Waits for the page to show it sent the draft; a second attempt joins the first. */
  private expect(session: WatchedSession, snapshot: DraftSnapshot, how: How): void {
    const { editor, adapter } = session;
    const deadline = this.now() + CONFIRM_WINDOW_MS;
    const existing = this.pending.get(editor);
    if (existing) {
      existing.snapshot = snapshot;
      existing.choices = agentChoices();
      existing.deadline = deadline;
      existing.byForm ||= how.kind === 'submit';
      return;
    }
    const pending: Pending = {
      editor,
      host: adapter.name,
      snapshot,
      choices: agentChoices(),
      readText: () =>
        editor instanceof HTMLTextAreaElement ? editor.value : adapter.readDraft(editor).text,
      deadline,
      byForm: how.kind === 'submit',
      timer: setInterval(() => this.poll(pending), POLL_MS),
    };
    this.pending.set(editor, pending);
  }

  private poll(pending: Pending): void {
    if (sentSign(pending.editor, pending.readText)) this.confirm(pending);
    else if (this.now() >= pending.deadline) this.forget(pending);
  }

  private forget(pending: Pending): void {
    clearInterval(pending.timer);
    this.pending.delete(pending.editor);
  }

  private confirm(pending: Pending): void {
    this.forget(pending);
    const log = this.logs.get(pending.editor);
    this.logs.delete(pending.editor);
    this.accepted.delete(pending.editor);
    try {
      this.options.record(
        rowOfSend(pending.snapshot, pending.host, log, this.now(), pending.choices),
      );
    } catch (error) {
      // A row the schema refuses is not kept; the page goes on undisturbed.
      console.warn('Talontapa: the send was not recorded:', error);
    }
  }

  /** A form submission that navigates: the page unloads, and that is its sign of sending. */
  private unloaded(): void {
    for (const pending of [...this.pending.values()]) {
      if (pending.byForm) this.confirm(pending);
    }
  }

  /** "Send anyway": the held send, once, through the host's own control. */
  private reissue(session: WatchedSession, how: How): void {
    this.bypass = true;
    try {
      if (how.kind === 'submit') {
        const submitter = how.submitter;
        const own =
          submitter && 'form' in submitter && (submitter as HTMLButtonElement).form === how.form;
        how.form.requestSubmit(own ? submitter : null);
        return;
      }
      if (
        how.kind === 'click' &&
        how.control.kind === 'send-as' &&
        !how.control.element.isConnected
      ) {
        // A "Submit as …" entry whose menu closed meanwhile: the plain send would set another
        // status. The draft stays; the agent picks the entry again and is not asked twice.
        return;
      }
      const button =
        how.kind === 'click' && how.control.element.isConnected
          ? how.control.element
          : sendButtonFor(session.editor, session.adapter);
      if (button) {
        press(button);
        return;
      }
      // No button to be found: the shortcut again, to the editor.
      if (how.kind === 'shortcut') {
        const { key, code, ctrlKey, metaKey, shiftKey, altKey } = how.event;
        session.editor.dispatchEvent(
          new KeyboardEvent('keydown', {
            key,
            code,
            ctrlKey,
            metaKey,
            shiftKey,
            altKey,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
      }
    } finally {
      this.bypass = false;
    }
  }
}

/** A click as a pointer makes it: some hosts' buttons act on mousedown or mouseup. */
function press(element: HTMLElement): void {
  const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
  element.dispatchEvent(new PointerEvent('pointerdown', { ...init, isPrimary: true }));
  element.dispatchEvent(new MouseEvent('mousedown', init));
  element.dispatchEvent(new PointerEvent('pointerup', { ...init, isPrimary: true }));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  element.click();
}
