// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../entrypoints/content/hosts';
import { textToHtml } from '../../../entrypoints/content/hosts/editing';

describe('choosing the adapter', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/', 'gmail'],
    ['https://acme.zendesk.com/agent/tickets/1', 'zendesk'],
    ['https://acme.freshdesk.com/a/tickets/1', 'freshdesk'],
    ['https://support.example.com/tickets/1', 'generic'],
    ['http://127.0.0.1:4173/textarea-fi.html', 'generic'],
  ])('%s → %s', (url, name) => {
    expect(adapterFor(new URL(url)).name).toBe(name);
  });

  it('gives an enabled site no thread context', () => {
    const generic = adapterFor(new URL('https://support.example.com/'));
    document.body.innerHTML = '<textarea></textarea>';
    expect(generic.readContext(document.querySelector('textarea') as HTMLElement)).toEqual({});
  });
});

describe('text for rich editors', () => {
  it('stays inline without newlines, escaped', () => {
    expect(textToHtml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });

  it('makes paragraphs of blank-line blocks and line breaks of single newlines', () => {
    expect(textToHtml('Hi <John>,\n\nLine one\nLine two')).toBe(
      '<p>Hi &lt;John&gt;,</p><p>Line one<br>Line two</p>',
    );
  });
});
