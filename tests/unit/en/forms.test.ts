import { describe, expect, it } from 'vitest';
import { englishActive, englishRequest, englishSwitchPerson } from '../../../rules/en/forms';

describe('englishRequest', () => {
  it('turns an imperative into a question', () => {
    expect(englishRequest('Send us the receipt.', 0)).toEqual({
      start: 0,
      end: 20,
      replacement: 'Could you send us the receipt?',
    });
    expect(englishRequest('If you can, send us the log!', 12)?.replacement).toBe(
      'could you send us the log?',
    );
  });

  it('leaves negative imperatives alone', () => {
    expect(englishRequest("Don't reply to this email.", 0)).toBeNull();
  });
});

describe('englishActive', () => {
  it.each([
    ['Your order was sent yesterday.', 'sent', 'we', 'We sent your order'],
    ['Your order was sent yesterday.', 'sent', 'I', 'I sent your order'],
    ['You will be refunded within a week.', 'refunded', 'we', 'We will refund you'],
    ['The invoice has been corrected.', 'corrected', 'we', 'We have corrected the invoice'],
    ['It was given to the courier.', 'given', 'we', 'We gave it'],
    ['They were replaced.', 'replaced', 'we', 'We replaced them'],
  ] as const)('%s → %s', (sentence, participle, agent, expected) => {
    const r = englishActive(sentence, sentence.indexOf(participle), agent);
    expect(r && sentence.slice(0, r.start) + r.replacement + sentence.slice(r.end)).toBe(
      sentence.replace(
        sentence.slice(0, sentence.indexOf(participle) + participle.length),
        expected,
      ),
    );
  });

  it('leaves passives with an agent or a complex subject alone', () => {
    const byAgent = 'The parcel was delivered by the courier.';
    expect(englishActive(byAgent, byAgent.indexOf('delivered'), 'we')).toBeNull();
    const clause = 'When you called, the fault was fixed.';
    expect(englishActive(clause, clause.indexOf('fixed'), 'we')).toBeNull();
    const modal = 'The product can be returned.';
    expect(englishActive(modal, modal.indexOf('returned'), 'we')).toBeNull();
  });
});

describe('englishSwitchPerson', () => {
  const apply = (text: string, word: string, to: 'singular' | 'plural') => {
    const start = text.indexOf(word);
    const r = englishSwitchPerson(text, start, start + word.length, to);
    return r && text.slice(0, r.start) + r.replacement + text.slice(r.end);
  };

  it('switches I to we with agreement and contractions', () => {
    expect(apply('I will check it.', 'I', 'plural')).toBe('We will check it.');
    expect(apply('Yesterday I was away.', 'I', 'plural')).toBe('Yesterday we were away.');
    expect(apply("I'm on it.", "I'm", 'plural')).toBe("We're on it.");
    expect(apply('Let me know.', 'me', 'plural')).toBe('Let us know.');
  });

  it('switches we to I', () => {
    expect(apply('Then we are done.', 'we', 'singular')).toBe('Then I am done.');
    expect(apply('Check our site.', 'our', 'singular')).toBe('Check my site.');
  });
});
