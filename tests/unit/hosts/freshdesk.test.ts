// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { freshdesk } from '../../../entrypoints/content/hosts/freshdesk';
import { loadFixture } from './load-fixture';

const FROALA = { selector: '#reply-editor', className: 'fr-element fr-view' };
const editor = () => document.querySelector('.reply-form .fr-element') as HTMLElement;

describe('the Freshdesk adapter on its fixture', () => {
  beforeEach(() =>
    loadFixture('freshdesk.html', 'https://acme.freshdesk.com/a/tickets/5120', FROALA),
  );

  it('recognises Freshdesk', () => {
    expect(freshdesk.matches(new URL('https://acme.freshdesk.com/a/tickets/5120'))).toBe(true);
    expect(freshdesk.matches(new URL('https://mail.google.com/'))).toBe(false);
  });

  it('finds the Froala reply editor, not the conversation bodies that share its class', () => {
    expect(freshdesk.findEditor(editor())).toBe(editor());
    expect(freshdesk.findEditor(document.querySelector('.conversation__body'))).toBeNull();
  });

  it("reads the requester's last message without the quoted mail, and skips private notes", () => {
    expect(freshdesk.readContext(editor())).toEqual({
      customerMessage: 'Any news? When will I get my money back?',
      customerName: 'John Smith',
      agentName: 'Alex Agent',
      ticketId: '5120',
      subject: 'Charged twice for my order',
    });
  });

  it("leaves Froala's own nodes (the unlicensed banner, selection markers) out of the draft", () => {
    editor().innerHTML =
      '<p>Hi John,</p><p>The refund<span class="fr-marker">\u200b</span> is on its way.</p>' +
      '<p data-f-id="pbf">Powered by <a href="#">Froala Editor</a></p>';
    expect(freshdesk.readDraft(editor()).text).toBe('Hi John,\n\nThe refund is on its way.');
  });
});
