// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftSnapshot } from '../../../entrypoints/content/editor-session';
import { generic } from '../../../entrypoints/content/hosts/generic';
import { isModEnter } from '../../../entrypoints/content/hosts/shared';
import type { HostAdapter } from '../../../entrypoints/content/hosts/types';
import { effectiveGuard, heldFindings } from '../../../entrypoints/content/send-guard';
import {
  CONFIRM_WINDOW_MS,
  countWords,
  rowOfSend,
  SendWatch,
  sentSign,
} from '../../../entrypoints/content/send-watch';
import type { SendGuard } from '../../../messaging/protocol';
import type { Finding } from '../../../rules/types';
import type { StatRow } from '../../../storage/statistics-row';

// No extension here: the dialog's strings come from the bundled English messages.
vi.mock('wxt/browser', () => ({ browser: {} }));

/**
 * The confirmation rule of send-watch.ts on a small page: a textarea reply box with a send
 * button (a host adapter like Freshdesk's: a click on it, or Ctrl+Enter in the box), and a
 * form for the generic adapter's submit. The "page" decides, as hosts do, whether it sends.
 */

const adapter: HostAdapter = {
  ...generic,
  name: 'freshdesk',
  sendControl: (target) => {
    const button = target?.closest<HTMLElement>('button.send');
    return button ? { kind: 'send', element: button } : null;
  },
  isSendShortcut: (event) => isModEnter(event),
};

const placeholder = (text: string): Finding[] => {
  const at = text.indexOf('{{');
  if (at < 0) return [];
  const end = text.indexOf('}}', at) + 2;
  return [
    {
      check: 'placeholder',
      severity: 'error',
      start: at,
      end,
      text: text.slice(at, end),
      message: 'Fill in the template variable.',
      fixes: [],
    },
  ];
};

const repeated = (text: string): Finding[] =>
  /\b(\w+) \1\b/i.test(text)
    ? [
        {
          check: 'repeated-word',
          severity: 'warning',
          start: 0,
          end: 1,
          text: '',
          message: 'Repeated word.',
          fixes: [],
        },
      ]
    : [];

let editor: HTMLTextAreaElement;
let rows: StatRow[];
let pageSends: string[];
let agentGuard: SendGuard | undefined;
let controller: AbortController;
let watch: SendWatch;
let shadowRoots: ShadowRoot[];

function snapshot(): DraftSnapshot {
  const text = editor.value;
  return {
    text,
    findings: [...placeholder(text), ...repeated(text)],
    packId: 'builtin:en',
    packVersion: '1.0.0',
    language: 'en',
    checks: ['placeholder', 'repeated-word', 'greeting'],
    sendGuard: 'off',
  };
}

/** What the host does on send: refuses an empty draft, else clears the box after a while. */
type Outcome = 'clear' | 'remove' | 'hide' | 'refuse';
let outcome: Outcome = 'clear';

function hostSends() {
  return () => {
    const how = outcome;
    if (!editor.value.trim() || how === 'refuse') return;
    pageSends.push(editor.value);
    setTimeout(() => {
      if (how === 'clear') editor.value = '';
      if (how === 'remove') editor.remove();
      if (how === 'hide') editor.style.display = 'none';
    }, 300);
  };
}

function page(how: Outcome = 'clear') {
  outcome = how;
  document.body.innerHTML = `
    <div class="composer"><textarea id="reply"></textarea><button class="send" type="button">Send</button></div>
    <form id="form"><textarea id="other"></textarea><button type="submit">Post</button></form>`;
  editor = document.querySelector('#reply') as HTMLTextAreaElement;
  const send = document.querySelector('button.send') as HTMLButtonElement;
  send.addEventListener('click', hostSends());
  editor.addEventListener('keydown', (event) => {
    if (isModEnter(event)) hostSends()();
  });
}

const sendButton = () => document.querySelector('button.send') as HTMLButtonElement;
const ctrlEnter = () =>
  editor.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
  );

beforeEach(() => {
  vi.useFakeTimers();
  rows = [];
  pageSends = [];
  agentGuard = undefined;
  shadowRoots = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
    this: HTMLElement,
    init: ShadowRootInit,
  ) {
    const root = attach.call(this, init);
    shadowRoots.push(root);
    return root;
  });
  page();
  controller = new AbortController();
  watch = new SendWatch(
    {
      session: () => ({ editor, adapter, snapshot }),
      record: (row) => rows.push(row),
      agentGuard: () => agentGuard,
    },
    controller.signal,
  );
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const settle = () => vi.advanceTimersByTime(CONFIRM_WINDOW_MS + 500);

describe('a send is recorded once the page shows it sent', () => {
  it('records one row when the page clears the reply box after the send button', () => {
    editor.value = 'Hi {{customer.firstName}}, the parcel left today.';
    sendButton().click();
    expect(rows).toEqual([]);
    settle();
    expect(pageSends).toHaveLength(1);
    expect(rows).toHaveLength(1);
    const row = rows[0] as StatRow;
    expect(row.host).toBe('freshdesk');
    expect(row.words).toBe(countWords('Hi customer firstName the parcel left today'));
    expect(row.checks.placeholder).toEqual({ left: 1, fixed: 0, ignored: 0, overridden: false });
    // A check that ran and found nothing counts too: the share of replies meeting it needs it.
    expect(row.checks.greeting).toEqual({ left: 0, fixed: 0, ignored: 0, overridden: false });
    expect(row.at % 60_000).toBe(0);
  });

  it('records one row for the shortcut, and when the compose is removed or hidden', () => {
    editor.value = 'Thanks, the parcel left today.';
    ctrlEnter();
    settle();
    expect(rows).toHaveLength(1);

    for (const how of ['remove', 'hide'] as const) {
      page(how);
      editor.value = 'The parcel left today.';
      sendButton().click();
      settle();
    }
    expect(rows).toHaveLength(3);
  });

  it('counts a double click, a click and the shortcut, and a retry as one send', () => {
    page('refuse');
    editor.value = 'The parcel left today.';
    sendButton().click();
    sendButton().click();
    ctrlEnter();
    vi.advanceTimersByTime(2_000);
    // The agent tries again after the page's error; this time the page sends.
    outcome = 'clear';
    sendButton().click();
    sendButton().click();
    settle();
    expect(rows).toHaveLength(1);
  });

  it('records nothing when the page refuses the send, nor for an empty draft', () => {
    page('refuse');
    editor.value = 'The parcel left today.';
    sendButton().click();
    settle();
    expect(rows).toEqual([]);
    // Once the window has passed, the draft being cleared is not a send.
    editor.value = '';
    vi.advanceTimersByTime(1_000);
    expect(rows).toEqual([]);

    page('clear');
    editor.value = '  ';
    sendButton().click();
    settle();
    expect(rows).toEqual([]);
  });

  it('ignores clicks on other buttons and a send from another reply box', () => {
    editor.value = 'The parcel left today.';
    (document.querySelector('#form button') as HTMLButtonElement).click();
    editor.value = '';
    settle();
    expect(rows).toEqual([]);
  });

  it('counts the fixes and templates Talontapa put in, with no text in the row', () => {
    const template = 'We are sorry for the delay with your order.';
    editor.value = `Hi Emily, ${template} The the courier comes on Friday.`;
    watch.noteTemplate(editor, 'delivery-delay', template);
    watch.noteTemplate(editor, undefined, 'plain insertion');
    watch.noteFix(editor, 'repeated-word');
    watch.noteFix(editor, 'repeated-word');
    watch.noteFix(editor, undefined);
    watch.noteIgnored(editor, 'greeting');
    sendButton().click();
    settle();
    const row = rows[0] as StatRow;
    expect(row.checks['repeated-word']).toEqual({
      left: 1,
      fixed: 2,
      ignored: 0,
      overridden: false,
    });
    expect(row.checks.greeting?.ignored).toBe(1);
    expect(row.templates).toEqual([{ id: 'delivery-delay', kept: 1 }]);
    const stored = JSON.stringify(row).toLowerCase();
    for (const word of ['emily', 'sorry', 'delay with', 'order', 'courier', 'friday', 'plain']) {
      expect(stored).not.toContain(word);
    }
    // The next reply in the same box starts afresh.
    editor.value = 'A new reply to someone else.';
    sendButton().click();
    settle();
    expect(rows[1]?.templates).toEqual([]);
    expect(rows[1]?.checks['repeated-word']?.fixed).toBe(0);
  });

  it("takes the generic adapter's form submit, confirmed by the page unloading", () => {
    const form = document.querySelector('#form') as HTMLFormElement;
    const other = document.querySelector('#other') as HTMLTextAreaElement;
    const submitted: number[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(1);
    });
    const session = {
      editor: other,
      adapter: generic,
      snapshot: () => ({ ...snapshot(), text: other.value }),
    };
    controller.abort();
    controller = new AbortController();
    watch = new SendWatch(
      { session: () => session, record: (row) => rows.push(row), agentGuard: () => agentGuard },
      controller.signal,
    );
    other.value = 'The form reply.';
    (form.querySelector('button') as HTMLButtonElement).click();
    expect(submitted).toHaveLength(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.host).toBe('generic');
    // An unload with no submit pending records nothing.
    window.dispatchEvent(new Event('pagehide'));
    expect(rows).toHaveLength(1);
  });
});

describe('the send guard', () => {
  const dialog = () => shadowRoots.at(-1) ?? null;
  const dialogOpen = () => document.querySelector('talontapa-send-guard') !== null;
  const button = (name: RegExp) =>
    [...(dialog()?.querySelectorAll('button') ?? [])].find((b) =>
      name.test(b.textContent ?? ''),
    ) as HTMLButtonElement;
  const key = (name: string, mods: KeyboardEventInit = {}) =>
    (dialog()?.activeElement ?? document.activeElement)?.dispatchEvent(
      new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, ...mods }),
    );

  it('never holds or delays a send when nothing of its severity remains', () => {
    agentGuard = 'errors';
    editor.value = 'The the parcel left today.';
    sendButton().click();
    // The page heard the click in the same task.
    expect(pageSends).toHaveLength(1);
    expect(dialogOpen()).toBe(false);
    settle();
    expect(rows).toHaveLength(1);
  });

  it('holds a click while an error remains; back keeps the draft, send anyway sends once', () => {
    agentGuard = 'errors';
    editor.value = 'Hi {{customer.firstName}}, the parcel left today.';
    sendButton().click();
    expect(pageSends).toEqual([]);
    expect(dialogOpen()).toBe(true);
    expect(dialog()?.textContent).toContain('Fill in the template variable.');
    expect(dialog()?.querySelector('[role="alertdialog"]')?.getAttribute('aria-modal')).toBe(
      'true',
    );
    // Clicks while the question is open wait for the answer.
    sendButton().click();
    expect(pageSends).toEqual([]);

    key('Escape');
    expect(dialogOpen()).toBe(false);
    settle();
    expect(editor.value).toContain('{{customer.firstName}}');
    expect(rows).toEqual([]);

    sendButton().click();
    expect(dialogOpen()).toBe(true);
    // Tab stays in the dialog: from "Back" to "Send anyway" and round again.
    expect(dialog()?.activeElement?.textContent).toMatch(/back/i);
    key('Tab');
    expect(dialog()?.activeElement?.textContent).toMatch(/send anyway/i);
    key('Tab');
    expect(dialog()?.activeElement?.textContent).toMatch(/back/i);
    button(/send anyway/i).click();
    expect(dialogOpen()).toBe(false);
    expect(pageSends).toHaveLength(1);
    settle();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.checks.placeholder?.left).toBe(1);
  });

  it('holds the shortcut too, and send anyway clicks the host send button once', () => {
    agentGuard = 'errors';
    editor.value = 'Hi {{customer.firstName}}, the parcel left today.';
    ctrlEnter();
    expect(pageSends).toEqual([]);
    expect(dialogOpen()).toBe(true);
    button(/send anyway/i).click();
    expect(pageSends).toHaveLength(1);
    settle();
    expect(rows).toHaveLength(1);
  });

  it('takes the stricter of the pack and the agent, and holds the severities it names', () => {
    expect(effectiveGuard(undefined, undefined)).toBe('off');
    expect(effectiveGuard('off', 'errors')).toBe('errors');
    expect(effectiveGuard('warnings', 'off')).toBe('warnings');
    expect(effectiveGuard('errors', 'warnings')).toBe('warnings');
    const findings = [...placeholder('{{x}}'), ...repeated('the the')];
    expect(heldFindings(findings, 'off')).toEqual([]);
    expect(heldFindings(findings, 'errors').map((f) => f.check)).toEqual(['placeholder']);
    expect(heldFindings(findings, 'warnings')).toHaveLength(2);
  });
});

describe('sentSign', () => {
  it('tells removed, hidden and cleared editors from one still holding its draft', () => {
    editor.value = 'Draft';
    expect(sentSign(editor, () => editor.value)).toBeNull();
    expect(sentSign(editor, () => '\n ')).toBe('cleared');
    editor.style.display = 'none';
    expect(sentSign(editor, () => editor.value)).toBe('hidden');
    editor.remove();
    expect(sentSign(editor, () => editor.value)).toBe('removed');
  });
});

describe('rowOfSend', () => {
  it('counts the findings the agent ignored and the checks they turned off, apart from the rest', () => {
    const snapshot: DraftSnapshot = {
      text: 'Hei, tilaus on lähetetty.',
      packId: 'builtin:fi',
      packVersion: '1.0.0',
      language: 'fi',
      checks: ['greeting', 'passive', 'thanks'],
      findings: [
        {
          check: 'passive',
          severity: 'hint',
          start: 5,
          end: 24,
          text: 'tilaus on lähetetty',
          message: '…',
          fixes: [],
        },
      ],
    };
    const row = rowOfSend(
      snapshot,
      'gmail',
      { fixed: { greeting: 1 }, ignored: {}, templates: new Map() },
      Date.parse('2026-12-04T10:00:30Z'),
      { ignored: { thanks: 1 }, turnedOff: ['speaker'] },
    );
    expect(row.checks).toEqual({
      greeting: { left: 0, fixed: 1, ignored: 0, overridden: false },
      passive: { left: 1, fixed: 0, ignored: 0, overridden: false },
      thanks: { left: 0, fixed: 0, ignored: 1, overridden: false },
      speaker: { left: 0, fixed: 0, ignored: 0, overridden: true },
    });
    expect(JSON.stringify(row)).not.toMatch(/tilaus|lähetetty/);
  });
});
