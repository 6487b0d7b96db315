import { t } from '../../components/i18n';
import type { SendGuard } from '../../messaging/protocol';
import type { Finding, Severity } from '../../rules/types';

/**
 * The send guard: when findings of the chosen severity remain, a send waits for the agent's
 * answer in a small dialog (send-watch.ts holds and re-issues the send). The pack sets the
 * team's level; the agent may choose a stricter one, never a looser one.
 */

const STRICTNESS: Record<SendGuard, number> = { off: 0, errors: 1, warnings: 2 };

/** The stricter of the pack's guard and the agent's own choice. */
export function effectiveGuard(
  pack: SendGuard | undefined,
  agent: SendGuard | undefined,
): SendGuard {
  const a = pack ?? 'off';
  const b = agent ?? 'off';
  return STRICTNESS[a] >= STRICTNESS[b] ? a : b;
}

const HELD: Record<SendGuard, readonly Severity[]> = {
  off: [],
  errors: ['error'],
  warnings: ['error', 'warning'],
};

/** The findings that hold a send at `level`: none when the guard is off. */
export function heldFindings(findings: readonly Finding[], level: SendGuard): Finding[] {
  const held = HELD[level];
  return findings.filter((finding) => held.includes(finding.severity));
}

export interface GuardDialog {
  close(): void;
}

/** Where the page's own keyboard shortcuts must not hear keys meant for the dialog. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** The dialog's look: its own, unaffected by the page (a closed shadow root). */
const STYLE = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; display: grid; place-items: center;
  background: rgb(0 0 0 / 0.35); font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; }
.dialog { max-width: min(32rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); overflow: auto;
  background: #fff; border-radius: 8px; padding: 1rem 1.25rem; box-shadow: 0 8px 30px rgb(0 0 0 / 0.3); }
h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
p { margin: 0 0 0.5rem; }
ul { margin: 0 0 1rem; padding-left: 1.25rem; }
li { margin: 0.25rem 0; }
.check { color: #555; font-size: 0.85em; margin-left: 0.35em; }
.error { color: #a30000; }
.buttons { display: flex; gap: 0.5rem; justify-content: flex-end; flex-wrap: wrap; }
button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid #666;
  background: #fff; color: #1b1b1b; cursor: pointer; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
`;

/**
 * Asks the agent whether to send while `remaining` findings are left. A closed shadow root
 * attached outside the editor (the host page neither styles nor reads it); the focus stays in
 * the dialog (Tab cycles its buttons), Escape and "Back to the reply" call `onBack`, and
 * "Send anyway" calls `onSend`. Either way the dialog is gone before the callback runs.
 */
export function openGuardDialog(
  remaining: readonly Finding[],
  handlers: { onBack: () => void; onSend: () => void },
): GuardDialog {
  const host = document.createElement('talontapa-send-guard');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const backdrop = document.createElement('div');
  backdrop.className = 'backdrop';
  const dialog = document.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  const title = document.createElement('h2');
  title.id = 'title';
  title.textContent = t('sendGuardTitle');
  const intro = document.createElement('p');
  intro.id = 'intro';
  intro.textContent = t('sendGuardIntro');
  dialog.setAttribute('aria-labelledby', 'title');
  dialog.setAttribute('aria-describedby', 'intro');
  const list = document.createElement('ul');
  for (const finding of remaining) {
    const item = document.createElement('li');
    if (finding.severity === 'error') item.className = 'error';
    // Pack text and the draft's words, as text: never markup.
    item.append(finding.message);
    const check = document.createElement('span');
    check.className = 'check';
    check.textContent = `(${finding.check})`;
    item.append(check);
    list.append(item);
  }
  const back = document.createElement('button');
  back.type = 'button';
  back.className = 'primary';
  back.textContent = t('sendGuardBack');
  const send = document.createElement('button');
  send.type = 'button';
  send.textContent = t('sendGuardSendAnyway');
  const buttons = document.createElement('div');
  buttons.className = 'buttons';
  buttons.append(send, back);
  dialog.append(title, intro, list, buttons);
  backdrop.append(dialog);
  root.append(style, backdrop);

  const controller = new AbortController();
  const signal = controller.signal;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    controller.abort();
    host.remove();
  };
  const finish = (then: () => void) => () => {
    close();
    then();
  };
  const backToReply = finish(handlers.onBack);
  back.addEventListener('click', backToReply, { signal });
  send.addEventListener('click', finish(handlers.onSend), { signal });
  const focusable = [send, back];
  root.addEventListener(
    'keydown',
    (event) => {
      const key = event as KeyboardEvent;
      if (key.key === 'Escape') {
        key.preventDefault();
        backToReply();
      } else if (key.key === 'Tab') {
        key.preventDefault();
        const at = focusable.indexOf(root.activeElement as HTMLButtonElement);
        const step = key.shiftKey ? -1 : 1;
        focusable[(at + step + focusable.length) % focusable.length]?.focus();
      }
    },
    { signal },
  );
  // Keys typed in the dialog are the dialog's: the page's shortcuts (Gmail's "c", "e" …) and
  // editors must not act on them.
  for (const type of KEY_EVENTS) {
    host.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
  // Focus that leaves the dialog (a click on the page behind, a page script) comes back.
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Node | null;
      if (target !== host && !(target && root.contains(target))) back.focus();
    },
    { capture: true, signal },
  );
  backdrop.addEventListener(
    'mousedown',
    (event) => {
      if (event.target === backdrop) event.preventDefault();
    },
    { signal },
  );
  // Outside the editor and outside the page's own containers: the document element's child.
  document.documentElement.append(host);
  back.focus();
  return { close };
}
