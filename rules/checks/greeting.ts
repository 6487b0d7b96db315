import { z } from 'zod';
import { defineCheck } from '../check';
import { phraseMatcher } from '../phrases';
import { firstName } from '../reply-parts';

/** What a fix inserts when the pack accepts any greeting. */
const DEFAULT_SALUTATION = { fi: 'Hei', en: 'Hello' } as const;

export default defineCheck({
  id: 'greeting',
  description: {
    fi: 'Vastaus alkaa tervehdyksellä, joka on talon tavan mukainen.',
    en: 'The reply opens with a greeting in the house style.',
  },
  defaultSeverity: 'warning',
  messages: {
    missing: {
      fi: 'Aloita vastaus tervehdyksellä, esimerkiksi ”{suggestion}”.',
      en: 'Open the reply with a greeting, such as “{suggestion}”.',
    },
    phrase: {
      fi: 'Tervehdys ”{found}” ei ole talon tapa. Käytä esimerkiksi ”{suggestion}”.',
      en: 'The greeting “{found}” is not the house style. Use, for example, “{suggestion}”.',
    },
  },
  options: z.strictObject({
    /** Accepted salutations, the preferred one first; empty accepts any greeting. */
    phrases: z.array(z.string()).default([]),
  }),
  fromStyle: (style) => ({ phrases: style.greeting.phrases }),
  enabledByDefault: (style) => style.greeting.required,
  detect(doc, { options, language, context, report }) {
    const preferred = options.phrases[0] ?? DEFAULT_SALUTATION[language];
    const greeting = doc.greeting;
    if (greeting) {
      const block = doc.paragraphs[0];
      if (options.phrases.length === 0 || !block) return;
      if (phraseMatcher(options.phrases).matchAt(block.words, 0)) return;
      report({
        messageId: 'phrase',
        start: greeting.phrase.start,
        end: greeting.phrase.end,
        data: { found: greeting.phrase.text, suggestion: preferred },
        fixes: [{ start: greeting.phrase.start, end: greeting.phrase.end, replacement: preferred }],
      });
      return;
    }
    const first = doc.paragraphs[0]?.sentences[0];
    if (!first) return;
    const name = firstName(context.customerName);
    const salutation = `${preferred}${name ? ` ${name}` : ''}`;
    report({
      messageId: 'missing',
      start: first.start,
      end: first.end,
      data: { suggestion: salutation },
      fixes: [{ start: first.start, end: first.start, replacement: `${salutation},\n\n` }],
    });
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Hei Maija,\n\nTilauksesi on lähetetty.' },
      { language: 'fi', text: 'Hyvä asiakas,\n\nTilauksesi on lähetetty.' },
      { language: 'fi', text: 'Hei, kiitos viestistäsi!' },
      { language: 'fi', text: '' },
      { language: 'en', text: 'Hello John,\n\nYour order has shipped.' },
      { language: 'en', text: 'Dear customer,\n\nYour order has shipped.' },
      { language: 'en', text: 'Hey Anna!', options: { phrases: [] } },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Tilauksesi on lähetetty.',
        findings: [{ messageId: 'missing', text: 'Tilauksesi on lähetetty.' }],
        output: 'Hei,\n\nTilauksesi on lähetetty.',
      },
      {
        language: 'fi',
        text: 'Tilauksesi on lähetetty.',
        context: { customerName: 'Maija Meikäläinen' },
        findings: [{ messageId: 'missing' }],
        output: 'Hei Maija,\n\nTilauksesi on lähetetty.',
      },
      {
        language: 'fi',
        text: 'Moikka Maija!\n\nTilauksesi on lähetetty.',
        findings: [{ messageId: 'phrase', text: 'Moikka' }],
        output: 'Hei Maija!\n\nTilauksesi on lähetetty.',
      },
      {
        language: 'en',
        text: 'Your order has shipped.',
        context: { customerName: 'John Smith' },
        findings: [{ messageId: 'missing', text: 'Your order has shipped.' }],
        output: 'Hello John,\n\nYour order has shipped.',
      },
      {
        language: 'en',
        text: 'Yo John,\nYour order has shipped.',
        options: { phrases: ['Hello', 'Hi'] },
        findings: [{ messageId: 'missing', text: 'Yo John,' }],
        output: 'Hello,\n\nYo John,\nYour order has shipped.',
      },
      {
        language: 'en',
        text: 'Hey John,\n\nYour order has shipped.',
        findings: [{ messageId: 'phrase', text: 'Hey' }],
        output: 'Hello John,\n\nYour order has shipped.',
      },
    ],
  },
});
