// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zendesk } from '../../../entrypoints/content/hosts/zendesk';
import { focus, key, recordingHost, serveJson, settle } from './fake-host';
import { loadFixture } from './load-fixture';

const CKEDITOR = {
  selector: '[data-composer-for]',
  className: 'ck-editor__editable ck-content',
  attributes: { 'data-test-id': 'omnicomposer-rich-text-ckeditor' },
};
const ME = JSON.parse(readFileSync('tests/fixtures/hosts/zendesk-me.json', 'utf8'));

const ticket = (id: string) =>
  document.querySelector(`[data-side-conversations-anchor-id="${id}"]`) as HTMLElement;
const composer = (id: string) => ticket(id).querySelector('.ck-editor__editable') as HTMLElement;
const layout = (id: string) => ticket(id).closest('.ticket-panes-grid-layout') as HTMLElement;

/** Reads the context once the agent's JSON (fetched on the first read) has arrived. */
async function readSettled(editor: HTMLElement) {
  zendesk.readContext(editor);
  await settle();
  return zendesk.readContext(editor);
}

describe('the Zendesk adapter on its fixture', () => {
  let controller: AbortController;
  let asked: string[];
  beforeEach(() => {
    controller = new AbortController();
    loadFixture('zendesk.html', 'https://acme.zendesk.com/agent/tickets/4712', CKEDITOR);
    asked = serveJson({ '/api/v2/users/me.json': ME });
  });
  afterEach(() => controller.abort());

  it('recognises Zendesk', () => {
    expect(zendesk.matches(new URL('https://acme.zendesk.com/agent/tickets/1'))).toBe(true);
    expect(zendesk.matches(new URL('https://acme.freshdesk.com/a/tickets/1'))).toBe(false);
  });

  it("finds the selected ticket's composer only, and no other CKEditor", () => {
    expect(zendesk.findEditor(composer('4712'))).toBe(composer('4712'));
    expect(zendesk.findEditor(composer('4711').querySelector('p'))).toBeNull();
    // Another CKEditor on the page (a macro editor, an app) is not the reply.
    composer('4712').removeAttribute('data-test-id');
    composer('4712')
      .closest('[data-test-id="ticket-rich-text-editor"]')
      ?.removeAttribute('data-test-id');
    composer('4712').closest('[data-test-id="editor-view"]')?.removeAttribute('data-test-id');
    expect(zendesk.findEditor(composer('4712'))).toBeNull();
  });

  it('reads the last public customer comment, the requester and the agent from users/me.json', async () => {
    expect(await readSettled(composer('4712'))).toEqual({
      customerMessage: 'Onko asiassa edistytty? Milloin saan hyvityksen?',
      customerName: 'Maija Virtanen',
      customerEmail: 'maija.virtanen@example.com',
      agentName: 'Aino Agentti',
      ticketId: '4712',
      subject: 'Laskussa väärä summa',
      lastFrom: 'customer',
    });
    // Same origin, with the page's session; asked once, kept in memory.
    expect(asked).toEqual(['https://acme.zendesk.com/api/v2/users/me.json same-origin']);
  });

  it("tells an agent's public reply after the customer, and not an internal note, as the last word", async () => {
    loadFixture('zendesk.html', 'https://acme.zendesk.com/agent/tickets/4712?agent-last', CKEDITOR);
    expect(await readSettled(composer('4712'))).toMatchObject({
      customerMessage: 'Onko asiassa edistytty? Milloin saan hyvityksen?',
      lastFrom: 'agent',
    });
    // Without the roles: a comment not signed by the requester is an agent's.
    for (const message of document.querySelectorAll('[type]')) message.removeAttribute('type');
    expect(zendesk.readContext(composer('4712')).lastFrom).toBe('agent');
  });

  it("without the author's role on the comments, takes the requester's own comments", async () => {
    for (const message of document.querySelectorAll('[type]')) message.removeAttribute('type');
    expect(await readSettled(composer('4712'))).toMatchObject({
      customerMessage: 'Onko asiassa edistytty? Milloin saan hyvityksen?',
      customerName: 'Maija Virtanen',
    });
  });

  it('never reads the ticket in a background tab', () => {
    expect(zendesk.readContext(composer('4711'))).toEqual({});
  });

  it('follows the active layout when the agent switches tickets', async () => {
    layout('4712').dataset.isActive = 'false';
    layout('4712').style.display = 'none';
    layout('4711').dataset.isActive = 'true';
    layout('4711').style.display = '';
    expect(zendesk.findEditor(composer('4711'))).toBe(composer('4711'));
    expect(await readSettled(composer('4711'))).toMatchObject({
      customerName: 'Pekka Taustalainen',
      ticketId: '4711',
    });
    expect(zendesk.readContext(composer('4712'))).toEqual({});
  });

  it('with two open tickets whose ids are nested in each other, reads only the active one', async () => {
    // The active ticket's id said twice, one mark inside the other, and the background
    // ticket's whole markup nested inside the active ticket's (as a side conversation or a
    // linked ticket's preview would be), shown.
    const inner = ticket('4712').firstElementChild as HTMLElement;
    const again = document.createElement('div');
    again.setAttribute('data-side-conversations-anchor-id', '4712');
    inner.before(again);
    again.append(inner);
    const background = ticket('4711');
    layout('4711').remove();
    ticket('4712')
      .querySelector('[data-test-id="ticket-app-layout-side-pane"]')
      ?.append(background);

    expect(zendesk.findEditor(composer('4712'))).toBe(composer('4712'));
    expect(zendesk.findEditor(composer('4711'))).toBeNull();
    const context = await readSettled(composer('4712'));
    expect(context).toMatchObject({
      customerMessage: 'Onko asiassa edistytty? Milloin saan hyvityksen?',
      customerName: 'Maija Virtanen',
      customerEmail: 'maija.virtanen@example.com',
      ticketId: '4712',
      subject: 'Laskussa väärä summa',
    });
    expect(JSON.stringify(context)).not.toMatch(/Pekka|TAUSTA|Palautus/);
    expect(zendesk.readContext(composer('4711'))).toEqual({});
  });

  it('reads the draft of CKEditor paragraphs', () => {
    const editor = composer('4712');
    editor.innerHTML = '<p>Hei Maija,</p><p>Hyvitys lähti tänään.<br data-cke-filler="true"></p>';
    expect(zendesk.readDraft(editor).text).toBe('Hei Maija,\n\nHyvitys lähti tänään.');
  });

  it('knows Submit, its menu button and the "Submit as …" entries, and the shortcut', () => {
    const pane = ticket('4712');
    const submit = pane.querySelector('[data-test-id="submit_button-button"]') as HTMLElement;
    const options = pane.querySelector('[data-test-id="submit_button-menu-button"]') as HTMLElement;
    const solved = pane.querySelectorAll('[role="menuitem"]')[1] as HTMLElement;
    expect(zendesk.sendControl(submit)).toEqual({ kind: 'send', element: submit });
    expect(zendesk.sendControl(options)).toEqual({ kind: 'send-options', element: options });
    expect(zendesk.sendControl(solved)).toEqual({ kind: 'send-as', element: solved });
    expect(
      zendesk.sendControl(pane.querySelector('[data-test-id="omni-header-subject"]')),
    ).toBeNull();
    // A menu that Submit's button does not open is not a send control.
    options.removeAttribute('aria-controls');
    expect(zendesk.sendControl(solved)).toBeNull();

    const editor = composer('4712');
    expect(zendesk.isSendShortcut(key(editor, 's', { ctrlKey: true, altKey: true }))).toBe(true);
    expect(zendesk.isSendShortcut(key(editor, 's', { ctrlKey: true }))).toBe(false);
    expect(
      zendesk.isSendShortcut(key(composer('4711'), 's', { ctrlKey: true, altKey: true })),
    ).toBe(false);
  });

  it("says whether the ticket's thread hooks are there", () => {
    expect(zendesk.recognisesThread(composer('4712'))).toBe(true);
    for (const comment of ticket('4712').querySelectorAll('article')) {
      comment.removeAttribute('data-test-id');
    }
    expect(zendesk.recognisesThread(composer('4712'))).toBe(false);
  });

  it('falls back to the generic adapter when the Zendesk hooks are gone', () => {
    const host = recordingHost();
    zendesk.init(host, controller.signal);
    for (const element of document.querySelectorAll('[data-test-id]')) {
      element.removeAttribute('data-test-id');
    }
    expect(zendesk.recognisesPage(document)).toBe(false);
    focus(composer('4712'));
    const last = host.attached.at(-1);
    expect(last?.editor).toBe(composer('4712'));
    expect(last?.via).toMatchObject({ name: 'zendesk', layout: 'unrecognised' });
  });
});
