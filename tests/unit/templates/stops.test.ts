/** `{{cursor}}` stops followed through the agent's typing after an insertion. */

import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../rules/templates/render';
import { CursorStops } from '../../../rules/templates/stops';

const render = (body: string) => renderTemplate(body, { language: 'en' });

/** The draft with the caret's text typed at [start, end) replaced, as an editor would. */
const typeAt = (text: string, at: number, typed: string) =>
  text.slice(0, at) + typed + text.slice(at);

describe('CursorStops', () => {
  const template = render('Order {{cursor}} is on its way, due {{cursor}}.\n\nBest');
  const before = 'Hi!\n\nLater';
  // Inserted between "Hi!\n\n" and "Later", as a textarea would take it.
  const after = `Hi!\n\n${template.text}Later`;

  it('places the stops in the draft', () => {
    const stops = CursorStops.place(before, after, template.text, template.cursors);
    expect(stops?.count).toBe(2);
    expect(stops?.stop(0).start).toBe(after.indexOf(' is on'));
    expect(stops?.stop(1).start).toBe(after.indexOf('.\n\nBest'));
    expect(stops?.extent).toEqual({ start: 5, end: 5 + template.text.length });
  });

  it('follows typing at the current stop: the later stops move along', () => {
    const stops = CursorStops.place(before, after, template.text, template.cursors) as CursorStops;
    let text = after;
    for (const char of 'A-1') {
      text = typeAt(text, stops.stop(0).end, char);
      expect(stops.update(text)).toBe(true);
    }
    expect(stops.stop(0)).toEqual({ start: 11, end: 14 });
    const next = stops.move(true);
    expect(next?.start).toBe(text.indexOf('.\n\nBest'));
    text = typeAt(text, next?.start as number, 'Friday');
    expect(stops.update(text)).toBe(true);
    expect(text.slice(stops.stop(1).start, stops.stop(1).end)).toBe('Friday');
    // Past the last stop Tab is the editor's again; Shift+Tab goes back.
    expect(stops.move(true)).toBeNull();
    expect(stops.move(false)).toEqual({ start: 11, end: 14 });
  });

  it('keeps the stops when the typed text looks like the template’s own', () => {
    // Typing "i" where the template goes on with " is": the text decides, not a guess.
    const stops = CursorStops.place(before, after, template.text, template.cursors) as CursorStops;
    const text = typeAt(after, stops.stop(0).start, ' ');
    expect(stops.update(text)).toBe(true);
    expect(stops.stop(0).end - stops.stop(0).start).toBe(1);
    expect(stops.stop(1).start).toBe(text.indexOf('.\n\nBest'));
  });

  it('ends when the template’s text around the stops or the rest of the draft changes', () => {
    const edited = CursorStops.place(before, after, template.text, template.cursors) as CursorStops;
    expect(edited.update(after.replace('on its way', 'on the way'))).toBe(false);
    const elsewhere = CursorStops.place(before, after, template.text, template.cursors);
    expect(elsewhere?.update(after.replace('Later', 'Lateer'))).toBe(false);
    const above = CursorStops.place(before, after, template.text, template.cursors);
    expect(above?.update(`X${after}`)).toBe(false);
  });

  it('finds stops when the editor wrote the paragraph breaks its own way', () => {
    const body = render('Hello,\n\n{{cursor}}Thanks\n{{cursor}}');
    // A rich editor's draft: paragraphs one line apart, the line break kept.
    const draft = 'Hello,\nThanks\n\nLater';
    const stops = CursorStops.place('Later', draft, body.text, body.cursors) as CursorStops;
    expect(stops.stop(0).start).toBe(draft.indexOf('Thanks'));
    expect(stops.stop(1).start).toBe(draft.indexOf('Thanks') + 'Thanks'.length);
  });

  it('replaces a keyword: the insertion is what changed', () => {
    const body = render('Ref {{cursor}}!');
    const stops = CursorStops.place('Hi ;;ref', 'Hi Ref !', body.text, body.cursors);
    expect(stops?.stop(0).start).toBe(7);
  });

  it('has nothing to track without stops, or when the draft does not show the insertion', () => {
    const plain = render('No stops here.');
    expect(CursorStops.place('', plain.text, plain.text, plain.cursors)).toBeNull();
    expect(CursorStops.place('', 'something else', template.text, template.cursors)).toBeNull();
  });
});
