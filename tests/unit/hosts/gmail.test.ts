// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { gmail } from '../../../entrypoints/content/hosts/gmail';
import { focus, key, recordingHost } from './fake-host';
import { loadFixture } from './load-fixture';

const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMbWxkRlLqwVtPnHhGkFKjDc';

const inlineReply = () => document.querySelector('.ip [g_editable]') as HTMLElement;
const popup = () => document.querySelector('.AD [g_editable]') as HTMLElement;
const threads = () => [...document.querySelectorAll<HTMLElement>('[role="main"] > .nH')];

describe('the Gmail adapter on its fixture', () => {
  beforeEach(() => loadFixture('gmail.html', URL_));

  it('recognises Gmail only', () => {
    expect(gmail.matches(new URL(URL_))).toBe(true);
    expect(gmail.matches(new URL('https://mail.example.com/'))).toBe(false);
  });

  it('finds the compose body a focus lands in, among several compose windows', () => {
    const line = inlineReply().querySelector('div') as HTMLElement;
    expect(gmail.findEditor(line)).toBe(inlineReply());
    expect(gmail.findEditor(popup())).toBe(popup());
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
      customerEmail: 'emily.clarke@example.com',
      agentName: 'Sam Support',
      subject: 'Where is my parcel?',
      lastFrom: 'customer',
    });
  });

  it('tells when the account itself wrote the last message', () => {
    loadFixture('gmail.html', URL_.replace('/0/', '/0/?agent-last'));
    expect(gmail.readContext(inlineReply())).toMatchObject({
      customerMessage: 'It still has not arrived. Can you send a replacement?',
      lastFrom: 'agent',
    });
    // Without the account's address nobody is known as the agent.
    for (const from of document.querySelectorAll('input[name="from"]')) from.remove();
    document.title = 'Where is my parcel?';
    expect(gmail.readContext(inlineReply()).lastFrom).toBeUndefined();
  });

  it('with two threads in the DOM, reads the one that holds the compose', () => {
    const [earlier, open] = threads() as [HTMLElement, HTMLElement];
    // Both shown: the compose's own thread decides, not the first or the visible one.
    earlier.style.display = '';
    expect(gmail.readContext(inlineReply())).toMatchObject({
      customerName: 'Emily Clarke',
      subject: 'Where is my parcel?',
    });
    // The reply moved into the other thread's view reads that thread.
    earlier.append(document.querySelector('.ip') as HTMLElement);
    open.style.display = 'none';
    const context = gmail.readContext(inlineReply());
    expect(context).toMatchObject({
      customerName: 'Oliver Oldthread',
      subject: 'Invoice for March',
    });
    expect(context.customerMessage).toBe('OLD THREAD: please resend the March invoice.');
  });

  it('gives a new message, unrelated to the open thread, only its own subject', () => {
    expect(gmail.readContext(popup())).toEqual({ subject: 'Lunch on Friday?' });
  });

  it('takes a popped-out reply to the visible thread (same subject after "Re:"/"VS:") as it', () => {
    const subject = document.querySelector('.AD input[name="subjectbox"]') as HTMLInputElement;
    subject.value = 'VS: Where is my parcel?';
    expect(gmail.readContext(popup())).toMatchObject({ customerName: 'Emily Clarke' });
    // The hidden earlier thread's subject is not the one on screen.
    subject.value = 'Re: Invoice for March';
    expect(gmail.readContext(popup())).toEqual({ subject: 'Invoice for March' });
  });

  it('knows the send button of each compose and Ctrl/⌘+Enter in a compose', () => {
    const send = document.querySelector('.ip .T-I-atl:not(.Uo)') as HTMLElement;
    expect(gmail.sendControl(send)).toEqual({ kind: 'send', element: send });
    expect(gmail.sendControl(document.querySelector('.ip .Uo'))).toBeNull();
    const popupSend = document.querySelector('.AD .T-I-atl') as HTMLElement;
    expect(gmail.sendControl(popupSend)?.element).toBe(popupSend);
    expect(gmail.sendControl(document.querySelector('h2.hP'))).toBeNull();
    expect(gmail.isSendShortcut(key(inlineReply(), 'Enter', { ctrlKey: true }))).toBe(true);
    expect(gmail.isSendShortcut(key(popup(), 'Enter', { metaKey: true }))).toBe(true);
    expect(gmail.isSendShortcut(key(inlineReply(), 'Enter'))).toBe(false);
    expect(gmail.isSendShortcut(key(inlineReply(), 'Enter', { ctrlKey: true, altKey: true }))).toBe(
      false,
    );
    expect(
      gmail.isSendShortcut(
        key(document.querySelector('h2.hP') as Element, 'Enter', { ctrlKey: true }),
      ),
    ).toBe(false);
  });

  it("says whether the thread's hooks are there around a compose", () => {
    expect(gmail.recognisesThread(inlineReply())).toBe(true);
    expect(gmail.recognisesThread(popup())).toBe(true);
    // A redesign of the thread view alone: its messages lose their classes.
    for (const message of document.querySelectorAll('.adn')) message.className = 'message';
    expect(gmail.recognisesThread(inlineReply())).toBe(false);
    // A new message answers no thread: nothing is missing.
    expect(gmail.recognisesThread(popup())).toBe(true);
  });

  it('attaches its own editor while the hooks are there, the generic one once they are gone', () => {
    const host = recordingHost();
    const controller = new AbortController();
    gmail.init(host, controller.signal);
    focus(inlineReply());
    expect(host.attached.at(-1)).toEqual({ editor: inlineReply(), via: undefined });
    expect(gmail.recognisesPage(document)).toBe(true);

    // A redesign: Gmail's class names and g_editable go.
    for (const element of document.querySelectorAll('[g_editable]')) {
      element.removeAttribute('g_editable');
    }
    for (const element of document.querySelectorAll('.M9, .AD, .ip, .Ap')) element.className = '';
    expect(gmail.recognisesPage(document)).toBe(false);
    const box = document.querySelector('#\\:b1') as HTMLElement;
    focus(box);
    const last = host.attached.at(-1);
    expect(last?.editor).toBe(box);
    expect(last?.via).toMatchObject({ name: 'gmail', layout: 'unrecognised' });
    expect(last?.via?.readContext(box)).toEqual({});
    controller.abort();
  });
});
