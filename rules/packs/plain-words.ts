import '../builtin-languages';
import type { CustomRule } from '../custom/schema';
import { type PlainWord, requireLanguage } from '../languages';
import type { Language } from '../types';

type SubstituteRule = Extract<CustomRule, { kind: 'substitute' }>;

const toSwap = ({ pattern, replacement, inflect }: PlainWord) => ({
  pattern: typeof pattern === 'string' ? pattern : [...pattern],
  replacement,
  ...(inflect === undefined ? {} : { inflect }),
});

/**
 * The `plain-words` rule of the built-in packs: everyday words for jargon and anglicisms
 * (DESIGN.md, "Rule packs"), each with a one-click fix. The word lists are each language's
 * `plainWords` (rules/fi/data/plain-words.ts, rules/en/data/plain-words.ts); the examples
 * show what the fixes do, inflection included.
 */
export const PLAIN_WORDS: Record<Language, SubstituteRule> = {
  fi: {
    id: 'plain-words',
    kind: 'substitute',
    severity: 'hint',
    description: 'Yleiskielen sanat ammattislangin ja anglismien sijaan.',
    message: 'Yleiskielellä: ”{replacement}” eikä ”{match}”.',
    swap: requireLanguage('fi').plainWords.map(toSwap),
    examples: {
      bad: [
        { text: 'Vastaamme asap.', fixed: 'Vastaamme mahdollisimman pian.' },
        { text: 'Deadline on perjantaina.', fixed: 'Määräaika on perjantaina.' },
        {
          text: 'Lähetimme vahvistuksen meilissä.',
          fixed: 'Lähetimme vahvistuksen sähköpostissa.',
        },
        { text: 'Softan päivitys korjaa vian.', fixed: 'Ohjelmiston päivitys korjaa vian.' },
        'Tsekkaamme tilanteen.',
        'Kiitos feedbackistä!',
      ],
      good: [
        'Tarkistamme asian mahdollisimman pian.',
        'Lähetämme sen meille sähköpostilla.',
        'Kiitos palautteesta!',
        'Verkkokauppamme on auki myös online-asiakkaille.',
      ],
    },
  },
  en: {
    id: 'plain-words',
    kind: 'substitute',
    severity: 'hint',
    description: 'Plain words instead of officialese and jargon.',
    message: 'Plain English: “{replacement}” rather than “{match}”.',
    swap: requireLanguage('en').plainWords.map(toSwap),
    examples: {
      bad: [
        { text: 'We will utilize the form.', fixed: 'We will use the form.' },
        {
          text: 'We utilized the form in order to refund you.',
          fixed: 'We used the form to refund you.',
        },
        { text: 'Please revert back ASAP.', fixed: 'Please reply as soon as possible.' },
        {
          text: 'At this point in time, your order is on its way.',
          fixed: 'Now, your order is on its way.',
        },
        { text: 'We have ascertained the cause.', fixed: 'We have found out the cause.' },
      ],
      good: [
        'We will use the form to refund you.',
        'Please reply as soon as possible.',
        'Your order is on its way now.',
      ],
    },
  },
};
