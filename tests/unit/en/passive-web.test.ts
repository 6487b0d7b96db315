/**
 * English passives on web text, as UD English-EWT's training documents annotate them: a
 * participle after "be" is verbal unless the treebanks use it as an adjective.
 */
import { describe, expect, it } from 'vitest';
import { createEnglishDetector } from '../../../rules/en/features.ts';

const detector = createEnglishDetector();

const passive = (sentence: string) => detector.detect(sentence).labels.passive;

describe('English passives in web text', () => {
  it.each([
    'The old password was never used.',
    'Your discount code is used at the checkout.',
    'The form is used to report a lost parcel.',
    'We have been engaged in talks with the courier.',
    'We were convinced by the tracking data.',
  ])('a participle the treebanks use as a verb: %s', (sentence) => {
    expect(passive(sentence)).toBe(true);
  });

  it.each([
    "We're used to busy weekends.",
    'I am used to it by now.',
    'The tickets are overpriced.',
    'The hall was overcrowded.',
    'I am still undecided about the upgrade.',
    'My card was expired.',
  ])('an adjective: %s', (sentence) => {
    expect(passive(sentence)).toBe(false);
  });
});

describe('"lost"', () => {
  it.each(['Unsaved changes will be lost when you sign out.', 'The parcel was lost in transit.'])(
    'said of a thing, a passive: %s',
    (sentence) => {
      expect(passive(sentence)).toBe(true);
    },
  );

  it.each(["I'm lost with these settings.", 'We were lost without the map.', 'It got lost.'])(
    'said of a person, or with "get", an adjective: %s',
    (sentence) => {
      expect(passive(sentence)).toBe(false);
    },
  );
});

describe('"be used to"', () => {
  it('is a passive of purpose before a verb', () => {
    expect(passive('The form is used to store your address.')).toBe(true);
  });

  it('is "accustomed" before a noun, even one that is also a verb', () => {
    expect(passive("We're used to busy weekends.")).toBe(false);
  });
});

describe('a word cut off and begun again between "be" and its participle', () => {
  it.each(["Who's the party being s- served?", 'Some are l- lent, and some are gifts.'])(
    'is passed over as a filler is: %s',
    (sentence) => {
      expect(passive(sentence)).toBe(true);
    },
  );
});
