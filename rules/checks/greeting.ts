import { z } from 'zod';
import { defineCheck } from '../check';
import { phrasesOf } from '../languages';
import { phraseMatcher } from '../phrases';
import { firstName } from '../reply-parts';

/** A salutation word, up to three names, and a comma or "!": a line that only greets. */
const UNKNOWN_SALUTATION_RE = /^[\p{L}'’-]+(?:[ \t]+(?:\p{Lu}|[@_[{<])[^\s,!]*){0,3}[ \t]*[,!]$/u;

function firstLine(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).trimEnd();
}

/** What a fix inserts when the pack accepts any greeting. */

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
    // A language without a default salutation (`LanguagePhrases.defaults`): no fix.
    const preferred = options.phrases[0] ?? phrasesOf(language).defaults?.salutation ?? '';
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
        fixes: preferred
          ? [{ start: greeting.phrase.start, end: greeting.phrase.end, replacement: preferred }]
          : [],
      });
      return;
    }
    const first = doc.paragraphs[0]?.sentences[0];
    if (!first) return;
    // A pack that accepts any greeting accepts one the document model does not know
    // ("Ahoy!", "Moro Maija,"): a word and names alone on the first line.
    if (
      options.phrases.length === 0 &&
      UNKNOWN_SALUTATION_RE.test(firstLine(doc.text, first.start))
    ) {
      return;
    }
    const name = firstName(context.customerName);
    const salutation = `${preferred}${name ? ` ${name}` : ''}`;
    // The greeting belongs before the first sentence: the finding marks that place.
    report({
      messageId: 'missing',
      start: first.start,
      end: first.start,
      data: { suggestion: salutation },
      fixes: preferred
        ? [{ start: first.start, end: first.start, replacement: `${salutation},\n\n` }]
        : [],
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
      // Salutations as people write them.
      { language: 'en', text: 'Hello @mkowalski,\n\nThe fix is released in 3.2.' },
      { language: 'en', text: 'Hi there!\n\nYour account is active again.' },
      { language: 'en', text: 'Dear ____,\n\nYour application has been received.' },
      { language: 'en', text: 'Dear Mr. Smith,\n\nYour application has been received.' },
      { language: 'en', text: 'Hi Anna and thanks for reporting. The fix is in 2.4.1.' },
      { language: 'fi', text: 'Terve!\n\nPäivitys korjaa asian.', options: { phrases: [] } },
      {
        language: 'fi',
        text: 'Hyvä kysyjä,\n\nOikeus tukeen ratkaistaan hakemuksesta.',
        options: { phrases: [] },
      },
      { language: 'fi', text: 'Ahoy!\n\nTilaus on lähetetty.', options: { phrases: [] } },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Tilauksesi on lähetetty.',
        findings: [{ messageId: 'missing', text: '' }],
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
        findings: [{ messageId: 'missing', text: '' }],
        output: 'Hello John,\n\nYour order has shipped.',
      },
      {
        language: 'en',
        text: 'Yo John,\nYour order has shipped.',
        options: { phrases: ['Hello', 'Hi'] },
        findings: [{ messageId: 'missing', text: '' }],
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
