/**
 * Word patterns matched in their inflected forms (Finnish endings and stems, English plural
 * and verb forms), and the text a substitute fix inserts: inflection carried over, letter
 * case kept.
 */

import { describe, expect, it } from 'vitest';
import { substituteText } from '../../../rules/custom/fix';
import {
  carryFinnishEnding,
  compileMatcher,
  englishForms,
  harmonise,
  inflectEnglish,
  type Language,
  type Patterns,
} from '../../../rules/index';

const matches = (patterns: Patterns, language: Language, text: string) =>
  compileMatcher([patterns], language)
    .findAll(text)
    .map((m) => m.text);

describe('Finnish word patterns', () => {
  it.each([
    ['feedback', ['feedback', 'feedbackin', 'feedbackiä', 'feedbackistä', 'feedbackeistämmekin']],
    [
      'meili',
      ['meili', 'meilin', 'meiliä', 'meilissä', 'meiliin', 'meilit', 'meilisi', 'meilinkö'],
    ],
    ['deadline', ['deadline', 'deadlinen', 'deadlinea', 'deadlineen', 'deadlineja']],
    ['SLA', ['SLA', 'SLA:n', 'SLA:ssa', 'SLA:han']],
  ])('"%s" matches its inflected forms', (pattern, forms) => {
    for (const form of forms) expect(matches(pattern, 'fi', `Tämä ${form} tässä.`)).toEqual([form]);
  });

  it('matches whole words only: not inside compounds or other words', () => {
    expect(matches('info', 'fi', 'Infotilaisuus ja informaatio.')).toEqual([]);
    expect(matches('meili', 'fi', 'Lähetä meille viesti.')).toEqual([]);
    expect(matches('online', 'fi', 'Online-kauppa ja kauppa-online.')).toEqual([]);
    expect(matches('softa', 'fi', 'Softanen softat')).toEqual(['softat']);
  });

  it('a stem with * matches every word it begins (tsek* → tsekkaamme, tsekkasin)', () => {
    expect(matches('tsek*', 'fi', 'Tsekkaamme asian, tsekkasin jo, tsekata.')).toEqual([
      'Tsekkaamme',
      'tsekkasin',
      'tsekata',
    ]);
    expect(matches('tsek*', 'fi', 'Etsekö?')).toEqual([]);
  });

  it('matches phrases word by word, each word inflected, across any spaces', () => {
    expect(matches('kiitos viesti', 'fi', 'Kiitos  viestistänne ja kiitos\nviestistä.')).toEqual([
      'Kiitos  viestistänne',
      'kiitos\nviestistä',
    ]);
  });

  it('ignores letter case, including ä and ö', () => {
    expect(matches('äppi', 'fi', 'ÄPPI ja Äppiä')).toEqual(['ÄPPI', 'Äppiä']);
  });
});

describe('English word patterns', () => {
  it.each([
    ['refund', ['refund', 'refunds', 'refunded', 'refunding']],
    ['apply', ['apply', 'applies', 'applied', 'applying']],
    ['utilize', ['utilize', 'utilizes', 'utilized', 'utilizing']],
    ['stop', ['stop', 'stops', 'stopped', 'stopping']],
    ['send', ['send', 'sends', 'sent', 'sending']],
    ['box', ['box', 'boxes']],
    ['tie', ['tie', 'ties', 'tied', 'tying']],
  ])('"%s" matches its plural and verb forms', (pattern, forms) => {
    for (const form of forms) expect(matches(pattern, 'en', `We ${form} it.`)).toEqual([form]);
  });

  it('does not match a longer word, and accepts either apostrophe', () => {
    expect(matches('refund', 'en', 'Refundable refunders')).toEqual([]);
    expect(matches("don't", 'en', "I don’t and I don't")).toEqual(['don’t', "don't"]);
  });

  it('prefers the longest pattern at one place', () => {
    expect(
      compileMatcher([['revert'], ['revert back']], 'en')
        .findAll('Please revert back soon.')
        .map((m) => [m.text, m.entry]),
    ).toEqual([['revert back', 1]]);
  });

  it('reports offsets relative to the text, plus the base given', () => {
    const [m] = compileMatcher(['refund'], 'en').findAll('A refund.', 100);
    expect(m).toMatchObject({ start: 102, end: 108, text: 'refund' });
  });

  it('knows which form a word is', () => {
    expect(Object.fromEntries(englishForms('send'))).toMatchObject({
      send: 'base',
      sends: 's',
      sent: 'ed',
      sending: 'ing',
    });
    expect(Object.fromEntries(englishForms('give'))).toMatchObject({
      gave: 'past',
      given: 'participle',
    });
  });

  it.each([
    ['use', 'past', 'used'],
    ['reply', 'past', 'replied'],
    ['reply', 's', 'replies'],
    ['stop', 'ing', 'stopping'],
    ['visit', 'past', 'visited'],
    ['tell', 'past', 'told'],
    ['show', 'participle', 'shown'],
    ['make', 'ing', 'making'],
  ] as const)('inflects %s as %s: %s', (word, form, expected) => {
    expect(inflectEnglish(word, form)).toBe(expected);
  });
});

describe('regular-expression patterns', () => {
  it('match case-insensitively unless caseSensitive, and skip empty matches', () => {
    expect(matches({ regex: 'inc-\\d+' }, 'fi', 'INC-12 ja inc-3')).toEqual(['INC-12', 'inc-3']);
    expect(matches({ regex: 'INC-\\d+', caseSensitive: true }, 'fi', 'INC-12 ja inc-3')).toEqual([
      'INC-12',
    ]);
    expect(matches({ regex: 'x*' }, 'en', 'a x b')).toEqual(['x']);
  });
});

describe('Finnish endings on replacements', () => {
  it('harmonises vowels to the replacement', () => {
    expect(harmonise('ssä', 'sähköposti')).toBe('ssa');
    expect(harmonise('ssa', 'tyyny')).toBe('ssä');
    expect(harmonise('lla', 'meri')).toBe('llä');
  });

  it.each([
    ['meili', '', 'sähköposti', 'sähköposti'],
    ['meili', 'ssä', 'sähköposti', 'sähköpostissa'],
    ['meili', 'ä', 'sähköposti', 'sähköpostia'],
    ['meili', 'in', 'sähköposti', 'sähköpostiin'],
    ['softa', 'an', 'ohjelmisto', 'ohjelmistoon'],
    ['softa', 'ansa', 'ohjelmisto', 'ohjelmistoonsa'],
    ['tilausnro', ':n', 'tilausnumero', 'tilausnumeron'],
    ['faktuura', 'AN', 'lasku', 'laskuun'],
  ])('%s + %s → %s: %s', (word, ending, replacement, expected) => {
    expect(carryFinnishEnding(word, ending, replacement)).toBe(expected);
  });
});

describe('substitute fixes', () => {
  const fix = (
    language: Language,
    swap: { pattern: Patterns; replacement: string; inflect?: boolean },
    text: string,
  ) => {
    const [match] = compileMatcher([swap.pattern], language).findAll(text);
    if (!match) throw new Error(`no match in ${text}`);
    return substituteText(match, swap, language, text);
  };

  it('keeps a capital first letter and all capitals', () => {
    expect(fix('en', { pattern: 'utilize', replacement: 'use' }, 'Utilize it.')).toBe('Use');
    expect(fix('fi', { pattern: 'feedback', replacement: 'palaute' }, 'FEEDBACK!')).toBe('PALAUTE');
    expect(fix('fi', { pattern: 'feedback', replacement: 'palaute' }, 'ok feedback')).toBe(
      'palaute',
    );
  });

  it('replaces an acronym by a phrase in lower case, capitalised at a sentence start', () => {
    const swap = { pattern: 'asap', replacement: 'as soon as possible' };
    expect(fix('en', swap, 'Reply ASAP.')).toBe('as soon as possible');
    expect(fix('en', swap, 'Done. ASAP we will.')).toBe('As soon as possible');
  });

  it('gives English replacements the form of the matched word', () => {
    const swap = { pattern: 'revert back', replacement: 'reply' };
    expect(fix('en', swap, 'He reverted back.')).toBe('replied');
    expect(fix('en', { pattern: 'ascertain', replacement: 'find out' }, 'We ascertained it')).toBe(
      'found out',
    );
    expect(fix('en', { pattern: 'demonstrate', replacement: 'show' }, 'We demonstrated')).toBe(
      'showed',
    );
    expect(fix('en', { pattern: 'demonstrate', replacement: 'show' }, 'We have demonstrated')).toBe(
      'shown',
    );
    expect(fix('en', { pattern: 'utilize', replacement: 'use', inflect: false }, 'utilized')).toBe(
      'use',
    );
  });

  it('carries a Finnish ending only when the swap says the words inflect alike', () => {
    const meili = { pattern: 'meili', replacement: 'sähköposti', inflect: true };
    expect(fix('fi', meili, 'Vastasimme meilissä.')).toBe('sähköpostissa');
    expect(fix('fi', { pattern: 'feedback', replacement: 'palaute' }, 'feedbackin')).toBe(
      'palaute',
    );
    // A stem's rest is no ending: "tsekkaamme" does not make "tarkistakkaamme".
    expect(
      fix('fi', { pattern: 'tsek*', replacement: 'tarkistaa', inflect: true }, 'tsekkaamme'),
    ).toBe('tarkistaa');
  });
});
