import { z } from 'zod';
import { defineCheck } from '../check';
import { phrasesOf } from '../languages';
import { phraseMatcher } from '../phrases';
import { lastWrittenBlock } from '../reply-parts';

/** What a fix inserts when the pack lists no closing phrase. */

export default defineCheck({
  id: 'closing',
  description: {
    fi: 'Vastaus päättyy lopputervehdykseen ja allekirjoitukseen.',
    en: 'The reply ends with a closing phrase and a signature.',
  },
  defaultSeverity: 'warning',
  messages: {
    missing: {
      fi: 'Päätä vastaus lopputervehdykseen ja nimeesi, esimerkiksi ”{suggestion}”.',
      en: 'End the reply with a closing and your name, such as “{suggestion}”.',
    },
    phrase: {
      fi: 'Lopputervehdys ”{found}” ei ole talon tapa. Käytä esimerkiksi ”{suggestion}”.',
      en: 'The closing “{found}” is not the house style. Use, for example, “{suggestion}”.',
    },
    signature: {
      fi: 'Allekirjoita vastaus nimelläsi lopputervehdyksen alle.',
      en: 'Sign the reply with your name under the closing.',
    },
  },
  options: z.strictObject({
    /** Accepted closings, the preferred one first; empty accepts any closing. */
    phrases: z.array(z.string()).default([]),
    /** Whether a name (or a "-- " signature) must follow the closing phrase. */
    requireSignature: z.boolean().default(true),
  }),
  fromStyle: (style) => ({ phrases: style.closing.phrases }),
  enabledByDefault: (style) => style.closing.required,
  detect(doc, { options, language, context, report }) {
    // A language without a default closing (`LanguagePhrases.defaults`): no fix.
    const preferred = options.phrases[0] ?? phrasesOf(language).defaults?.closing ?? '';
    const agent = context.agentName?.trim();
    const closing = doc.closing;
    if (!closing) {
      const last = lastWrittenBlock(doc);
      if (!last) return;
      const suggestion = agent ? `${preferred}\n${agent}` : preferred;
      // The closing belongs after the last sentence: the finding marks that place.
      report({
        messageId: 'missing',
        start: last.end,
        end: last.end,
        data: { suggestion: suggestion.replace('\n', ' / ') },
        fixes: suggestion
          ? [{ start: last.end, end: last.end, replacement: `\n\n${suggestion}` }]
          : [],
      });
      return;
    }
    const block = doc.paragraphs.find((p) => p.role === 'closing');
    const accepted =
      options.phrases.length === 0 ||
      (block !== undefined && phraseMatcher(options.phrases).matchAt(block.words, 0) !== null);
    if (!accepted) {
      report({
        messageId: 'phrase',
        start: closing.phrase.start,
        end: closing.phrase.end,
        data: { found: closing.phrase.text, suggestion: preferred },
        fixes: preferred
          ? [{ start: closing.phrase.start, end: closing.phrase.end, replacement: preferred }]
          : [],
      });
    }
    if (options.requireSignature && !closing.name && !doc.signature) {
      report({
        messageId: 'signature',
        start: closing.start,
        end: closing.end,
        fixes: agent ? [{ start: closing.end, end: closing.end, replacement: `\n${agent}` }] : [],
      });
    }
  },
  examples: {
    valid: [
      {
        language: 'fi',
        text: 'Tilauksesi on lähetetty.\n\nYstävällisin terveisin\nMatti Meikäläinen',
      },
      { language: 'fi', text: 'Tilauksesi on lähetetty.\n\nTerveisin Matti' },
      {
        language: 'fi',
        text: 'Tilaus on lähetetty.\n\nYstävällisesti\n-- \nMatti\nAsiakaspalvelu',
      },
      { language: 'fi', text: '' },
      {
        language: 'en',
        text: 'Your order has shipped.\n\nBest regards,\nAnna Smith\nACME Support',
      },
      { language: 'en', text: 'Your order has shipped.\n\nKind regards, Anna' },
      // Sign-offs as people write them.
      { language: 'fi', text: 'Hei,\n\nTilauksesi on lähetetty.\nTerveisin Matti' },
      {
        language: 'fi',
        text: 'Hei,\n\nVika on korjattu. Terveisin, asiakaspalvelu',
      },
      {
        language: 'fi',
        text: 'Hyvä kysyjä,\n\nHakemus käsitellään kahdessa viikossa.\n\nYstävällisin terveisin\nMaija Virtanen\nasiantuntija\nEsimerkki Oy\nKatuosoite 1, 00100 Helsinki\npuh. 029 123 4567\nmaija.virtanen@esimerkki.fi\nwww.esimerkki.fi',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nPalautus on kirjattu.\n\nYstävällisin terveisin / Med vänlig hälsning\nAsiakaspalvelu',
      },
      {
        language: 'en',
        text: 'Hi,\n\nThe refund was issued today.\n\nThanks,\nThe ACME team',
        options: { phrases: [] },
      },
      {
        language: 'en',
        text: 'Hi,\n\nThe refund was issued today.\nCheers, Sam from Support',
        options: { phrases: [] },
      },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei,\n\nTilauksesi on lähetetty.',
        context: { agentName: 'Matti Meikäläinen' },
        findings: [{ messageId: 'missing', text: '' }],
        output: 'Hei,\n\nTilauksesi on lähetetty.\n\nYstävällisin terveisin\nMatti Meikäläinen',
      },
      {
        language: 'fi',
        text: 'Tilauksesi on lähetetty.\n\nParhain terveisin,\nMatti',
        options: { phrases: ['Ystävällisin terveisin'] },
        findings: [{ messageId: 'phrase', text: 'Parhain terveisin' }],
        output: 'Tilauksesi on lähetetty.\n\nYstävällisin terveisin,\nMatti',
      },
      {
        language: 'fi',
        text: 'Tilauksesi on lähetetty.\n\nYstävällisin terveisin',
        context: { agentName: 'Matti' },
        findings: [{ messageId: 'signature', text: 'Ystävällisin terveisin' }],
        output: 'Tilauksesi on lähetetty.\n\nYstävällisin terveisin\nMatti',
      },
      {
        language: 'en',
        text: 'Hello,\n\nYour order has shipped.\n\nCheers,\nAnna',
        findings: [{ messageId: 'phrase', text: 'Cheers' }],
        output: 'Hello,\n\nYour order has shipped.\n\nBest regards,\nAnna',
      },
      {
        language: 'en',
        text: 'Your order has shipped.',
        findings: [{ messageId: 'missing', text: '' }],
        output: 'Your order has shipped.\n\nBest regards',
      },
    ],
  },
});
