// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { gmail } from '../../../entrypoints/content/hosts/gmail';
import { loadFixture } from './load-fixture';

const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMbWxkRlLqwVtPnHhGkFKjDc';

function inlineReply(): HTMLElement {
  return document.querySelector('.ip [g_editable]') as HTMLElement;
}

describe('the Gmail adapter on its fixture', () => {
  beforeEach(() => loadFixture('gmail.html', URL_));

  it('recognises Gmail only', () => {
    expect(gmail.matches(new URL(URL_))).toBe(true);
    expect(gmail.matches(new URL('https://mail.example.com/'))).toBe(false);
  });

  it('finds the compose body a focus lands in, among several compose windows', () => {
    const line = inlineReply().querySelector('div') as HTMLElement;
    expect(gmail.findEditor(line)).toBe(inlineReply());
    const popup = document.querySelector('.AD [g_editable]') as HTMLElement;
    expect(gmail.findEditor(popup)).toBe(popup);
    expect(gmail.findEditor(document.querySelector('h2.hP'))).toBeNull();
  });

  it('reads the draft without the signature and the quoted history', () => {
    const editor = inlineReply();
    const first = editor.querySelector('div') as HTMLElement;
    first.textContent = 'Hi Emily,';
    const second = first.nextElementSibling as HTMLElement;
    second.textContent = 'A new lamp is on its way.';
    const draft = gmail.readDraft(editor);
    expect(draft.text).toBe('Hi Emily,\nA new lamp is on its way.');
    expect(draft.rangeFor(3, 8)?.toString()).toBe('Emily');
  });

  it("reads the customer's last message, without its quoted history, and who is who", () => {
    expect(gmail.readContext(inlineReply())).toEqual({
      customerMessage: 'It still has not arrived. Can you send a replacement?',
      customerName: 'Emily Clarke',
      agentName: 'Sam Support',
      subject: 'Where is my parcel?',
    });
  });

  it('gives a new message, unrelated to the open thread, only its own subject', () => {
    const popup = document.querySelector('.AD [g_editable]') as HTMLElement;
    expect(gmail.readContext(popup)).toEqual({ subject: 'Lunch on Friday?' });
  });

  it('takes a popped-out reply to the thread (same subject after "Re:"/"VS:") as the thread', () => {
    const popup = document.querySelector('.AD [g_editable]') as HTMLElement;
    const subject = document.querySelector('.AD input[name="subjectbox"]') as HTMLInputElement;
    subject.value = 'VS: Where is my parcel?';
    expect(gmail.readContext(popup)).toMatchObject({ customerName: 'Emily Clarke' });
  });
});
