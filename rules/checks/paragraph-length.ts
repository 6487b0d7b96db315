import { z } from 'zod';
import { defineCheck } from '../check';

export default defineCheck({
  id: 'paragraph-length',
  scope: 'block',
  description: {
    fi: 'Kappaleet ovat lyhyitä: enintään muutama virke.',
    en: 'Paragraphs are short: a few sentences at most.',
  },
  defaultSeverity: 'hint',
  messages: {
    long: {
      fi: 'Kappaleessa on {count} virkettä (enintään {max}). Jaa se kahteen kappaleeseen.',
      en: 'This paragraph has {count} sentences (at most {max}). Split it in two.',
    },
  },
  options: z.strictObject({
    /** Most sentences a paragraph may have; list items are not counted. */
    max: z.number().int().positive().default(5),
  }),
  fromStyle: (style) =>
    style.paragraphMaxSentences === null ? {} : { max: style.paragraphMaxSentences },
  enabledByDefault: (style) => style.paragraphMaxSentences !== null,
  detect(doc, { options, report }) {
    for (const paragraph of doc.body) {
      // A list of steps is structure, not a wall of text: only running prose counts.
      const count = paragraph.sentences.filter((s) => s.listItem === null).length;
      if (count <= options.max) continue;
      report({
        messageId: 'long',
        start: paragraph.start,
        end: paragraph.end,
        data: { count, max: options.max },
      });
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Yksi. Kaksi.\n\nKolme. Neljä.', options: { max: 2 } },
      {
        language: 'fi',
        text: 'Toimi näin:\n1. Avaa sovellus.\n2. Valitse Asetukset.\n3. Valitse Tili.',
        options: { max: 1 },
      },
      { language: 'en', text: 'One. Two.\n\nThree.', options: { max: 2 } },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei,\n\nYksi. Kaksi. Kolme.\n\nNeljä.',
        options: { max: 2 },
        findings: [{ messageId: 'long', text: 'Yksi. Kaksi. Kolme.' }],
      },
      {
        language: 'en',
        text: 'We checked. It shipped. It is late. We are sorry. A refund is on its way. It takes a week.',
        findings: [{ messageId: 'long' }],
      },
    ],
  },
});
