import { z } from 'zod';
import { defineCheck } from '../check';
import type { Paragraph, Word } from '../document';

function nthWord(paragraphs: readonly Paragraph[], n: number): Word | undefined {
  let rest = n;
  for (const paragraph of paragraphs) {
    if (rest < paragraph.words.length) return paragraph.words[rest];
    rest -= paragraph.words.length;
  }
  return undefined;
}

export default defineCheck({
  id: 'reply-length',
  description: {
    fi: 'Vastaus ei ole liian pitkä.',
    en: 'The reply is not too long.',
  },
  defaultSeverity: 'hint',
  messages: {
    long: {
      fi: 'Vastauksessa on {count} sanaa (enintään {max}). Tiivistä tai jaa asia useampaan viestiin.',
      en: 'The reply has {count} words (at most {max}). Shorten it or split it into several messages.',
    },
  },
  options: z.strictObject({
    /** Most words in the body (greeting, closing and signature are not counted). */
    max: z.number().int().positive().default(250),
  }),
  fromStyle: (style) => (style.replyMaxWords === null ? {} : { max: style.replyMaxWords }),
  enabledByDefault: (style) => style.replyMaxWords !== null,
  detect(doc, { options, report }) {
    if (doc.bodyWordCount <= options.max) return;
    // Point at the words past the limit: that is the part to cut or move.
    const first = nthWord(doc.body, options.max);
    const last = doc.body.findLast((p) => p.words.length > 0)?.words.at(-1);
    if (!first || !last) return;
    report({
      messageId: 'long',
      start: first.start,
      end: last.end,
      data: { count: doc.bodyWordCount, max: options.max },
    });
  },
  examples: {
    valid: [
      {
        language: 'fi',
        text: 'Hei Maija,\n\nTilaus on matkalla.\n\nTerveisin\nMatti',
        options: { max: 3 },
      },
      {
        language: 'en',
        text: 'Hello,\n\nYour order shipped.\n\nBest regards,\nAnna',
        options: { max: 3 },
      },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei,\n\nTilaus on matkalla. Se saapuu huomenna.\n\nTerveisin\nMatti',
        options: { max: 3 },
        findings: [{ messageId: 'long', text: 'Se saapuu huomenna' }],
      },
      {
        language: 'en',
        text: 'Your order shipped on Monday.',
        options: { max: 4 },
        findings: [{ messageId: 'long', text: 'Monday' }],
      },
    ],
  },
});
