import { z } from 'zod';
import { defineCheck } from '../check';
import { DEFAULT_ANSWER_THRESHOLD, questionStatuses } from '../context/questions';

/** Questions longer than this are quoted up to it, with an ellipsis. */
const MAX_QUOTE = 120;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…` : flat;
}

export default defineCheck({
  id: 'unanswered-question',
  description: {
    fi: 'Vastaus käsittelee jokaisen kysymyksen, jonka asiakas esitti viimeisessä viestissään.',
    en: "The reply addresses every question in the customer's last message.",
  },
  defaultSeverity: 'warning',
  messages: {
    unanswered: {
      fi: 'Asiakas kysyi: ”{question}” — vastauksessa ei näytä olevan vastausta.',
      en: 'The customer asked: “{question}” — the reply does not seem to answer it.',
    },
  },
  options: z.strictObject({
    /**
     * Share of a question's content words (by weight, in base forms) the reply must contain
     * for the question to count as answered; see rules/context/questions.ts.
     */
    threshold: z.number().min(0).max(1).default(DEFAULT_ANSWER_THRESHOLD),
  }),
  detect(doc, { options, language, context, report }) {
    const message = context.customerMessage;
    // Nothing to compare with, or nothing written yet: the side panel lists the questions.
    if (!message?.trim() || doc.bodyWordCount === 0) return;
    const at = doc.body[0]?.start ?? 0;
    for (const status of questionStatuses(message, doc, language, options.threshold)) {
      if (status.answered) continue;
      report({
        messageId: 'unanswered',
        start: at,
        end: at,
        data: { question: quote(status.question.text) },
      });
    }
  },
  examples: {
    valid: [
      {
        language: 'fi',
        text: 'Hei Maija,\n\nKiitos viestistä. Peruimme tilauksenne, ja rahat palautetaan tilillenne.',
        context: { customerMessage: 'Hei, voinko perua tilauksen? Milloin saan rahat takaisin?' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nPakettinne lähtee varastolta huomenna.',
        context: { customerMessage: 'Hei!\n\nMilloin pakettini saapuu?\n\nTerveisin\nMatti' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nLaskun voi maksaa kolmessa erässä.',
        context: { customerMessage: 'Haluaisin tietää, voiko laskun maksaa osissa.' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKiitos palautteesta.',
        context: { customerMessage: 'Tuote oli hyvä. Kiitos nopeasta toimituksesta!' },
      },
      { language: 'fi', text: 'Hei,\n\nKiitos viestistä.' },
      {
        language: 'en',
        text: 'Hello,\n\nYour parcel ships tomorrow. A refund is issued within five days of the return.',
        context: {
          customerMessage: 'When will my package arrive? And how long does a refund take?',
        },
      },
      {
        language: 'en',
        text: 'Hi,\n\nYes, we ship to Finland.',
        context: {
          customerMessage: 'Hi! Do you ship to Finland? When I ordered last time, it went fine.',
        },
      },
      {
        language: 'en',
        text: 'Hi,\n\nThe store opens at 9.',
        context: { customerMessage: 'I would like to know when the store opens.' },
      },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei Maija,\n\nKiitos viestistä. Tilauksesi on lähetetty.',
        context: { customerMessage: 'Hei, voinko perua tilauksen?' },
        findings: [{ messageId: 'unanswered', text: '' }],
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKengät lähtevät huomenna ja ovat perillä kahdessa päivässä.',
        context: {
          customerMessage:
            'Hei, tilasin kengät. Milloin ne saapuvat? Haluaisin myös tietää, saanko laskun sähköpostiin.',
        },
        findings: [{ messageId: 'unanswered', text: '' }],
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKiitos viestistä.',
        context: { customerMessage: 'Onko teillä lahjakortteja\nVoiko niitä ostaa verkosta' },
        findings: [
          { messageId: 'unanswered', text: '' },
          { messageId: 'unanswered', text: '' },
        ],
      },
      {
        language: 'en',
        text: 'Hello,\n\nYour jacket ships tomorrow and should arrive on Friday.',
        context: {
          customerMessage:
            'Hi, when will my jacket arrive? I would like to know whether I can pay by invoice.',
        },
        findings: [{ messageId: 'unanswered', text: '' }],
      },
      {
        language: 'en',
        text: 'Hi,\n\nThank you for your message.',
        context: { customerMessage: 'Is there a student discount' },
        findings: [{ messageId: 'unanswered', text: '' }],
      },
    ],
  },
});
