// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { zendesk } from '../../../entrypoints/content/hosts/zendesk';
import { loadFixture } from './load-fixture';

const CKEDITOR = { selector: '[data-composer-for]', className: 'ck-editor__editable ck-content' };

const composer = (ticket: string) =>
  document.querySelector(`[data-ticket-id="${ticket}"] .ck-editor__editable`) as HTMLElement;

describe('the Zendesk adapter on its fixture', () => {
  beforeEach(() =>
    loadFixture('zendesk.html', 'https://acme.zendesk.com/agent/tickets/4712', CKEDITOR),
  );

  it('recognises Zendesk', () => {
    expect(zendesk.matches(new URL('https://acme.zendesk.com/agent/tickets/1'))).toBe(true);
    expect(zendesk.matches(new URL('https://acme.freshdesk.com/a/tickets/1'))).toBe(false);
  });

  it("finds the selected ticket's composer only", () => {
    const paragraph = composer('4712');
    expect(zendesk.findEditor(paragraph)).toBe(composer('4712'));
    expect(zendesk.findEditor(composer('4711').querySelector('p'))).toBeNull();
  });

  it('reads the last public customer comment, skipping agent replies and internal notes', () => {
    expect(zendesk.readContext(composer('4712'))).toEqual({
      customerMessage: 'Onko asiassa edistytty? Milloin saan hyvityksen?',
      customerName: 'Maija Virtanen',
      agentName: 'Aino Agentti',
      ticketId: '4712',
      subject: 'Laskussa väärä summa',
    });
  });

  it('never reads the ticket in a background tab', () => {
    expect(zendesk.readContext(composer('4711'))).toEqual({});
  });

  it('follows the selected ticket when the URL changes', () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://acme.zendesk.com/agent/tickets/4711',
    );
    expect(zendesk.findEditor(composer('4711'))).toBe(composer('4711'));
    expect(zendesk.readContext(composer('4711'))).toMatchObject({
      customerName: 'Pekka Taustalainen',
      ticketId: '4711',
    });
    expect(zendesk.readContext(composer('4712'))).toEqual({});
  });

  it('reads the draft of CKEditor paragraphs', () => {
    const editor = composer('4712');
    editor.innerHTML = '<p>Hei Maija,</p><p>Hyvitys lähti tänään.<br data-cke-filler="true"></p>';
    expect(zendesk.readDraft(editor).text).toBe('Hei Maija,\n\nHyvitys lähti tänään.');
  });
});
