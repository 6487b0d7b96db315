// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostAdapter } from '../../../entrypoints/content/hosts/types';
import { focus, key, recordingHost, serveJson, settle } from './fake-host';
import { loadFixture } from './load-fixture';

const FROALA = { selector: '#reply-editor', className: 'fr-element fr-view' };
const CONVERSATIONS_PATH = '/api/_/tickets/5120/conversations';
const CONVERSATIONS = JSON.parse(
  readFileSync('tests/fixtures/hosts/freshdesk-conversations.json', 'utf8'),
) as Record<string, unknown>[];
const editor = () => document.querySelector('.ticket-editor .fr-element') as HTMLElement;

describe('the Freshdesk adapter on its fixture', () => {
  let freshdesk: HostAdapter;
  let controller: AbortController;
  let asked: string[];

  /** Reads the context once the conversations JSON (fetched on the first read) has arrived. */
  async function readSettled() {
    freshdesk.readContext(editor());
    await settle();
    return freshdesk.readContext(editor());
  }

  beforeEach(async () => {
    // A fresh module per test: the JSON is held in memory for the page's life.
    vi.resetModules();
    ({ freshdesk } = await import('../../../entrypoints/content/hosts/freshdesk'));
    controller = new AbortController();
    loadFixture('freshdesk.html', 'https://acme.freshdesk.com/a/tickets/5120', FROALA);
    asked = serveJson({ [CONVERSATIONS_PATH]: CONVERSATIONS });
  });
  afterEach(() => controller.abort());

  it('recognises Freshdesk', () => {
    expect(freshdesk.matches(new URL('https://acme.freshdesk.com/a/tickets/5120'))).toBe(true);
    expect(freshdesk.matches(new URL('https://mail.google.com/'))).toBe(false);
  });

  it('finds the Froala reply editor in the ticket editor only', () => {
    expect(freshdesk.findEditor(editor())).toBe(editor());
    // Conversation bodies share Froala's .fr-view; an editable outside .ticket-editor is not it.
    const body = document.querySelector('[data-test-conversation="conversation-text"]');
    expect(freshdesk.findEditor(body)).toBeNull();
    body?.setAttribute('contenteditable', 'true');
    expect(freshdesk.findEditor(body)).toBeNull();
  });

  it('tells by the JSON that the agent answered last, and cannot tell without it', async () => {
    loadFixture('freshdesk.html', 'https://acme.freshdesk.com/a/tickets/5121?agent-last', FROALA);
    const path = '/api/_/tickets/5121/conversations';
    const json = JSON.parse(
      readFileSync('tests/fixtures/hosts/freshdesk-conversations-agent-last.json', 'utf8'),
    ) as Record<string, unknown>[];
    serveJson({ [path]: json });
    // Before the JSON arrives, notes and replies look alike in the DOM: nobody is named.
    expect(freshdesk.readContext(editor()).lastFrom).toBeUndefined();
    expect(await readSettled()).toMatchObject({
      customerMessage: 'Any news? When will I get my money back?',
      ticketId: '5121',
      lastFrom: 'agent',
    });
  });

  it("tells the customer's messages from agent replies and private notes by the host's JSON", async () => {
    expect(await readSettled()).toEqual({
      customerMessage: 'Any news? When will I get my money back?',
      customerName: 'John Smith',
      customerEmail: 'john.smith@example.com',
      ticketId: '5120',
      subject: 'Charged twice for my order',
      lastFrom: 'customer',
    });
    expect(asked).toEqual([`https://acme.freshdesk.com${CONVERSATIONS_PATH} same-origin`]);
  });

  it('trusts the JSON over the names shown: a public message marked incoming is the customer’s', async () => {
    // The private note, re-marked by the host as an incoming public message, becomes the last
    // customer message; the agent's reply stays the agent's.
    const changed = CONVERSATIONS.map((item) =>
      item.id === 9003 ? { ...item, incoming: true, private: false } : item,
    );
    serveJson({ [CONVERSATIONS_PATH]: { conversations: changed } });
    expect((await readSettled()).customerMessage).toBe('Finance confirmed the double charge.');
  });

  it('without the JSON, takes the last message signed by the requester', async () => {
    serveJson({});
    expect(await readSettled()).toMatchObject({
      customerMessage: 'Any news? When will I get my money back?',
      customerName: 'John Smith',
    });
  });

  it('with no customer reply yet, the ticket description is the customer message', async () => {
    serveJson({ [CONVERSATIONS_PATH]: CONVERSATIONS.filter((item) => item.incoming !== true) });
    expect((await readSettled()).customerMessage).toBe(
      'Hello, I was charged twice for order 1234.\n\nCan you refund the second charge?',
    );
  });

  it("leaves Froala's own nodes (the unlicensed banner, selection markers) out of the draft", () => {
    editor().innerHTML =
      '<p>Hi John,</p><p>The refund<span class="fr-marker">\u200b</span> is on its way.</p>' +
      '<p data-f-id="pbf">Powered by <a href="#">Froala Editor</a></p>';
    expect(freshdesk.readDraft(editor()).text).toBe('Hi John,\n\nThe refund is on its way.');
  });

  it('knows the send button and Ctrl/⌘+Enter in the reply editor', () => {
    const send = document.querySelector('.reply-btn') as HTMLElement;
    expect(freshdesk.sendControl(send)).toEqual({ kind: 'send', element: send });
    expect(
      freshdesk.sendControl(document.querySelector('.ticket-subject-heading button')),
    ).toBeNull();
    expect(freshdesk.isSendShortcut(key(editor(), 'Enter', { ctrlKey: true }))).toBe(true);
    expect(freshdesk.isSendShortcut(key(editor(), 'Enter', { metaKey: true }))).toBe(true);
    expect(freshdesk.isSendShortcut(key(editor(), 'Enter'))).toBe(false);
    const subject = document.querySelector('.ticket-subject-heading') as Element;
    expect(freshdesk.isSendShortcut(key(subject, 'Enter', { ctrlKey: true }))).toBe(false);
  });

  it("says whether the ticket's thread hooks are there", () => {
    expect(freshdesk.recognisesThread(editor())).toBe(true);
    const description = document.querySelector('[data-test-id="ticket-description"]');
    description?.removeAttribute('data-test-id');
    description?.removeAttribute('id');
    expect(freshdesk.recognisesThread(editor())).toBe(false);
  });

  it('falls back to the generic adapter when the Freshdesk hooks are gone', () => {
    const host = recordingHost();
    freshdesk.init(host, controller.signal);
    (document.querySelector('.ticket-editor') as HTMLElement).className = 'composer-v2';
    expect(freshdesk.recognisesPage(document)).toBe(false);
    focus(editor() ?? (document.querySelector('#reply-editor') as HTMLElement));
    const last = host.attached.at(-1);
    expect(last?.editor).toBe(document.querySelector('#reply-editor'));
    expect(last?.via).toMatchObject({ name: 'freshdesk', layout: 'unrecognised' });
  });
});
