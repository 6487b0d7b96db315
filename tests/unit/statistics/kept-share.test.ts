import { describe, expect, it } from 'vitest';
import { keptShare } from '../../../rules/kept-share';

const TEMPLATE =
  'Hei Anna,\n\nkiitos viestistänne. Pahoittelemme, että tilauksenne on myöhässä. Toimitamme sen kahden arkipäivän kuluessa.';

describe('keptShare', () => {
  it('is 1 when the template went out as it was, whatever the spacing and case', () => {
    expect(keptShare(TEMPLATE, `${TEMPLATE.toUpperCase()}\n\nTerveisin\nMatti`)).toBe(1);
  });

  it('counts the words kept in order when the agent rewrote a part', () => {
    const sent =
      'Hei Anna,\n\nkiitos viestistänne. Tilauksenne lähti tänään, ja se on perillä huomenna.';
    const share = keptShare(TEMPLATE, sent);
    // Hei Anna kiitos viestistänne tilauksenne on: 6 of the template's 14 words.
    expect(share).toBeCloseTo(6 / 14);
  });

  it('is 0 when nothing of the template is left', () => {
    expect(keptShare(TEMPLATE, 'Thanks, we are looking into it.')).toBe(0);
  });

  it('does not count words moved out of order twice', () => {
    expect(keptShare('one two three', 'three two one')).toBeCloseTo(1 / 3);
  });

  it('treats an empty template as kept', () => {
    expect(keptShare('', 'anything')).toBe(1);
  });
});
