import { z } from 'zod';
import { defineCheck } from '../check';
import type { Paragraph, Sentence } from '../document';
import { phraseMatcher } from '../phrases';

/** The first `count` sentences of the body that have words (an emoji alone is no sentence). */
function openingSentences(body: readonly Paragraph[], count: number): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of body) {
    for (const sentence of paragraph.sentences) {
      if (out.length === count) return out;
      if (sentence.words.length > 0) out.push(sentence);
    }
  }
  return out;
}

/** What a fix inserts when the pack lists no thanks phrase. */
const DEFAULT_THANKS = { fi: 'Kiitos viestistä', en: 'Thank you for your message' } as const;

export default defineCheck({
  id: 'thanks',
  description: {
    fi: 'Vastauksen alussa kiitetään asiakasta viestistä.',
    en: 'The reply thanks the customer for their message near the start.',
  },
  defaultSeverity: 'warning',
  messages: {
    missing: {
      fi: 'Kiitä asiakasta viestistä vastauksen alussa, esimerkiksi ”{suggestion}.”',
      en: 'Thank the customer for their message near the start, such as “{suggestion}.”',
    },
  },
  options: z.strictObject({
    /** Accepted thanks, the preferred one first; inflected forms match (see phrases.ts). */
    phrases: z.array(z.string()).default([]),
    /** How many sentences from the start of the body the thanks may come in. */
    withinSentences: z.number().int().positive().default(2),
  }),
  fromStyle: (style) => ({ phrases: style.thanks.phrases }),
  enabledByDefault: (style) => style.thanks.required,
  detect(doc, { options, language, report }) {
    const opening = openingSentences(doc.body, options.withinSentences);
    const first = opening[0];
    if (!first) return;
    const phrases = options.phrases.length > 0 ? options.phrases : [DEFAULT_THANKS[language]];
    const matcher = phraseMatcher(phrases);
    if (opening.some((sentence) => matcher.find(sentence.words))) return;
    const suggestion = phrases[0] as string;
    report({
      messageId: 'missing',
      start: first.start,
      end: first.end,
      data: { suggestion },
      fixes: [{ start: first.start, end: first.start, replacement: `${suggestion}. ` }],
    });
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Hei Maija,\n\nKiitos viestistäsi! Tilauksesi on lähetetty.' },
      { language: 'fi', text: 'Hei, ja kiitos yhteydenotostanne.' },
      { language: 'fi', text: 'Hei,\n\nTarkistimme asian. Kiitos, että otit yhteyttä.' },
      { language: 'fi', text: 'Hei Maija,' },
      {
        language: 'en',
        text: 'Hello John,\n\nThank you for contacting us. Your order has shipped.',
      },
      { language: 'en', text: 'Hi Anna,\n\nThanks for reaching out!' },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei Maija,\n\nTilauksesi on lähetetty. Se saapuu huomenna. Kiitos viestistäsi.',
        findings: [{ messageId: 'missing', text: 'Tilauksesi on lähetetty.' }],
        output:
          'Hei Maija,\n\nKiitos viestistä. Tilauksesi on lähetetty. Se saapuu huomenna. Kiitos viestistäsi.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKiitos tilauksesta.',
        options: { phrases: ['Kiitos yhteydenotostanne'] },
        findings: [{ messageId: 'missing', text: 'Kiitos tilauksesta.' }],
        output: 'Hei,\n\nKiitos yhteydenotostanne. Kiitos tilauksesta.',
      },
      {
        language: 'en',
        text: 'Hello John,\n\nYour order has shipped.',
        findings: [{ messageId: 'missing', text: 'Your order has shipped.' }],
        output: 'Hello John,\n\nThank you for contacting us. Your order has shipped.',
      },
    ],
  },
});
