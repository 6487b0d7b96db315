// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fallbackFor, generic } from '../../../entrypoints/content/hosts/generic';
import { gmail } from '../../../entrypoints/content/hosts/gmail';
import {
  emailIn,
  htmlMessageText,
  SameOriginJson,
} from '../../../entrypoints/content/hosts/shared';
import { serveJson, settle } from './fake-host';

describe('text of a message the host gave as HTML', () => {
  it('keeps paragraphs and line breaks, leaves quotes out, runs nothing', () => {
    const html =
      '<div>Any news?<br>When?</div><p>Thanks</p>' +
      '<div class="freshdesk_quote"><blockquote class="freshdesk_quote">Old mail</blockquote></div>' +
      '<img src="x" onerror="window.__ran = true">';
    expect(htmlMessageText(html, '.freshdesk_quote')).toBe('Any news?\nWhen?\nThanks');
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
    expect(htmlMessageText('<div> </div>')).toBeUndefined();
  });
});

describe('addresses', () => {
  it.each([
    ['John Smith <John.Smith@Example.com>', 'john.smith@example.com'],
    ['mailto:john@example.com', 'john@example.com'],
    ['John Smith', undefined],
  ])('%s → %s', (value, email) => {
    expect(emailIn(value)).toBe(email);
  });
});

describe("the host's same-origin JSON", () => {
  afterEach(() => vi.useRealTimers());

  it('is fetched once with the page session, answered from memory, and read again when stale', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://acme.zendesk.com/agent/tickets/1',
    );
    const asked = serveJson({ '/api/v2/users/me.json': { user: { name: 'Aino' } } });
    const json = new SameOriginJson(1_000);
    let arrivals = 0;
    json.onArrival = () => {
      arrivals += 1;
    };
    expect(json.get('/api/v2/users/me.json')).toBeUndefined();
    await vi.waitFor(() => expect(arrivals).toBe(1));
    expect(json.get('/api/v2/users/me.json')).toEqual({ user: { name: 'Aino' } });
    expect(asked).toEqual(['https://acme.zendesk.com/api/v2/users/me.json same-origin']);

    vi.advanceTimersByTime(1_001);
    // Stale: the last answer stays while the new one is fetched.
    expect(json.get('/api/v2/users/me.json')).toEqual({ user: { name: 'Aino' } });
    await vi.waitFor(() => expect(arrivals).toBe(2));
    expect(asked).toHaveLength(2);
  });

  it('keeps nothing after a refusal, and asks again only when stale', async () => {
    const asked = serveJson({});
    const json = new SameOriginJson(60_000);
    expect(json.get('/api/_/tickets/1/conversations')).toBeUndefined();
    await settle();
    expect(json.get('/api/_/tickets/1/conversations')).toBeUndefined();
    expect(asked).toHaveLength(1);
  });
});

describe('the generic adapter standing in for a host', () => {
  it("checks any editable, reads no thread, and keeps the host's input path and send controls", () => {
    const stand = fallbackFor(gmail);
    expect(stand).toMatchObject({ name: 'gmail', layout: 'unrecognised' });
    expect(stand.edit).toBe(gmail.edit);
    expect(stand.sendControl).toBe(gmail.sendControl);
    expect(stand.findEditor).toBe(generic.findEditor);
    document.body.innerHTML = '<div contenteditable="true"><p>Hi</p></div>';
    const box = document.querySelector('p') as HTMLElement;
    expect(stand.findEditor(box)).toBe(box.parentElement);
    expect(stand.readContext(box.parentElement as HTMLElement)).toEqual({});
  });
});
