// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEditable, readTextControl } from '../../../entrypoints/content/draft-text';

function editable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** Every offset pair must map back to the very characters it names. */
function expectRoundTrip(root: HTMLElement): string {
  const draft = readEditable(root);
  const words = [...draft.text.matchAll(/[\p{L}\p{N}]+/gu)];
  for (const word of words) {
    const start = word.index ?? 0;
    const range = draft.rangeFor(start, start + word[0].length);
    expect(range?.toString()).toBe(word[0]);
  }
  return draft.text;
}

describe('reading a contenteditable draft', () => {
  it('turns line divs and <br> into newlines, empty lines into blank lines', () => {
    const root = editable(
      'Hei Maija,<div><br></div><div>Kiitos viestistä.</div><div>Rivi<br>toinen</div>',
    );
    expect(expectRoundTrip(root)).toBe('Hei Maija,\n\nKiitos viestistä.\nRivi\ntoinen');
  });

  it('separates <p> blocks by a blank line, so each is a paragraph', () => {
    const root = editable('<p>Hello John,</p><p>Thanks for <b>your</b> message.</p>');
    expect(expectRoundTrip(root)).toBe('Hello John,\n\nThanks for your message.');
  });

  it('gives list items their markers, numbered from the list start', () => {
    const root = editable(
      '<p>Do this:</p><ol start="3"><li>Open</li><li>Close</li></ol><ul><li>Note</li></ul>',
    );
    const draft = readEditable(root);
    expect(draft.text).toBe('Do this:\n\n3. Open\n4. Close\n\n- Note');
    const close = draft.text.indexOf('Close');
    expect(draft.rangeFor(close, close + 5)?.toString()).toBe('Close');
    // A marker has no characters of its own in the DOM: its range is empty, at the item.
    expect(draft.rangeFor(close - 3, close - 1)?.collapsed).toBe(true);
  });

  it('drops zero-width characters but keeps offsets exact around them', () => {
    const root = editable('Hel\u200Blo wor\uFEFFld');
    const draft = readEditable(root);
    expect(draft.text).toBe('Hello world');
    expect(draft.rangeFor(0, 5)?.toString()).toBe('Hel\u200Blo');
    expect(draft.rangeFor(6, 11)?.toString()).toBe('wor\uFEFFld');
  });

  it('skips quoted history', () => {
    const root = editable(
      '<div>Reply</div><blockquote>On Monday John wrote: old text</blockquote><div class="gmail_quote">more</div>',
    );
    expect(readEditable(root).text).toBe('Reply');
  });

  it('keeps emoji and combining characters intact', () => {
    const root = editable('Kiitos 👍🏽 cafe\u0301!');
    const draft = readEditable(root);
    expect(draft.text).toBe('Kiitos 👍🏽 cafe\u0301!');
    const start = draft.text.indexOf('cafe');
    expect(draft.rangeFor(start, start + 5)?.toString()).toBe('cafe\u0301');
  });

  it('gives the same boundary points without a live Range', () => {
    const draft = readEditable(editable('<div>Hello</div><div>big world</div>'));
    const start = draft.text.indexOf('big');
    const range = draft.rangeFor(start, start + 9);
    const bounds = draft.boundsFor(start, start + 9);
    expect(bounds).toEqual({
      startContainer: range?.startContainer,
      startOffset: range?.startOffset,
      endContainer: range?.endContainer,
      endOffset: range?.endOffset,
    });
    expect(draft.boundsFor(0, 99)).toBeNull();
  });

  it('reads an empty editor as empty text and refuses ranges outside it', () => {
    const draft = readEditable(editable('<div><br></div>'));
    expect(draft.text).toBe('');
    expect(draft.rangeFor(0, 3)).toBeNull();
  });
});

describe('reading a textarea through its mirror', () => {
  it('maps draft offsets to value offsets, skipping zero-width characters', () => {
    const mirror = document.createTextNode('ab\u200Bcd\nef');
    const draft = readTextControl(mirror);
    expect(draft.text).toBe('abcd\nef');
    const range = draft.rangeFor(1, 4);
    expect([range?.startOffset, range?.endOffset]).toEqual([1, 5]);
  });
});
