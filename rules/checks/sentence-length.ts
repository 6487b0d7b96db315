import { z } from 'zod';
import { defineCheck } from '../check';

export default defineCheck({
  id: 'sentence-length',
  scope: 'block',
  description: {
    fi: 'Virkkeet ovat kohtuullisen mittaisia.',
    en: 'Sentences are of a sensible length.',
  },
  defaultSeverity: 'warning',
  messages: {
    long: {
      fi: 'Virke on pitkä: {count} sanaa (enintään {max}). Jaa se lyhyemmiksi virkkeiksi.',
      en: 'This sentence is long: {count} words (at most {max}). Split it into shorter ones.',
    },
  },
  options: z.strictObject({
    /** Most words a sentence may have. */
    max: z.number().int().positive().default(25),
  }),
  fromStyle: (style) => (style.sentenceMaxWords === null ? {} : { max: style.sentenceMaxWords }),
  enabledByDefault: (style) => style.sentenceMaxWords !== null,
  detect(doc, { options, report }) {
    for (const paragraph of doc.body) {
      for (const sentence of paragraph.sentences) {
        if (sentence.words.length <= options.max) continue;
        report({
          messageId: 'long',
          start: sentence.start,
          end: sentence.end,
          data: { count: sentence.words.length, max: options.max },
        });
      }
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Tilauksesi on lähetetty. Se saapuu huomenna.' },
      { language: 'fi', text: 'Yksi kaksi kolme neljä viisi.', options: { max: 5 } },
      { language: 'en', text: 'Your order has shipped. It arrives tomorrow.' },
      // The greeting and the closing are not sentences of the body.
      {
        language: 'en',
        text: 'Good morning Anna,\n\nDone.\n\nBest regards,\nAnna Smith',
        options: { max: 1 },
      },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei,\n\nYksi kaksi kolme neljä viisi kuusi. Selvä.',
        options: { max: 5 },
        findings: [{ messageId: 'long', text: 'Yksi kaksi kolme neljä viisi kuusi.' }],
      },
      {
        language: 'en',
        text: 'We have checked your order, and it left our warehouse on Monday, so it should reach you by Friday at the latest, but if it does not, please write to us again and we will send a new one.',
        findings: [{ messageId: 'long' }],
      },
    ],
  },
});
