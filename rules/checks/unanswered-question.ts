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
    /**
     * The house's own words that mean the same, as groups ([["tuki", "asiakaspalvelu"]]):
     * a question's word is answered by any other word of its group.
     */
    synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
  }),
  detect(doc, { options, language, context, report }) {
    const message = context.customerMessage;
    // Nothing to compare with, or nothing written yet: the side panel lists the questions.
    if (!message?.trim() || doc.bodyWordCount === 0) return;
    const at = doc.body[0]?.start ?? 0;
    const statuses = questionStatuses(message, doc, language, {
      threshold: options.threshold,
      synonyms: options.synonyms,
    });
    for (const status of statuses) {
      if (!status.unanswered) continue;
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
      // Not real questions: small talk, rhetoric, a quoted dialog's "?".
      {
        language: 'fi',
        text: 'Hei,\n\nPahoittelemme! Lähetämme uuden laitteen huomenna.',
        context: {
          customerMessage:
            'Hei, mitä kuuluu? Laite hajosi taas. Onko tämä oikeasti näin vaikeaa?! Ruutuun tulee "Haluatko jatkaa?" ja sitten se sammuu.',
        },
      },
      // Answered in other words: a yes or a no, an action, steps, a reason.
      {
        language: 'fi',
        text: 'Hei,\n\nValitettavasti koko 42 on loppu.',
        context: { customerMessage: 'Onko teillä tätä kenkää koossa 42?' },
      },
      {
        language: 'en',
        text: "Hi Sam,\n\nI've reset it, so check your inbox for the link.",
        context: { customerMessage: 'Can you reset my password please? I am locked out.' },
      },
      {
        language: 'en',
        text: 'Hi,\n\n1. Open Settings.\n2. Choose Export.',
        context: { customerMessage: 'How do I get my data out as CSV?' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nToinen rivi johtuu toimitusmaksusta.',
        context: { customerMessage: 'Miksi laskussani on kaksi riviä?' },
      },
      {
        language: 'en',
        text: 'Hi,\n\nThe courier has your parcel and delivers on Monday.',
        context: { customerMessage: 'Hi, how are you? Any update on my order?' },
      },
      {
        language: 'fi',
        text: 'Hei,\n\nAsiakaspalvelumme päivystää arkisin.',
        options: {
          synonyms: [
            ['tukipalvelu', 'asiakaspalvelu'],
            ['auki', 'päivystää'],
          ],
        },
        context: { customerMessage: 'Milloin tukipalvelu on auki?' },
      },
      // A statement said with a "?" after a real question goes on with that question.
      {
        language: 'en',
        text: 'Hi,\n\nThe game disconnects because of a server fault, which we fixed this morning.',
        context: {
          customerMessage: 'Why does the game keep disconnecting? I paid full price for this?',
        },
      },
      // A question that refers to the statement before it, which the reply takes up.
      {
        language: 'fi',
        text: 'Hei,\n\nLautakunta päättää uimahallin aukioloajoista maanantaina. Kesätauon pituutta ei ole vielä sovittu.',
        context: {
          customerMessage:
            'Lehdessä kerrottiin, että lautakunta päättää uimahallin aukioloajoista. Kumpi tieto pitää paikkansa ja miksi asiasta ei tiedotettu? Onko kesätauon pituus jo sovittu?',
        },
      },
      // Small talk about the staff, and a plea for advice that any reply answers.
      {
        language: 'en',
        text: 'Hi,\n\nYour internet drops in the evening when the local network is busy. A new router fixes it.',
        context: {
          customerMessage:
            'Why does my internet drop every evening? What else should I try? Are you guys swamped too?',
        },
      },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei Maija,\n\nKiitos viestistä. Tilauksesi lähtee huomenna.',
        context: {
          customerMessage: 'Hei, milloin tilaukseni lähtee? Voinko vielä lisätä siihen sukat?',
        },
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
      {
        language: 'en',
        text: 'Hi,\n\nDark mode is in the settings.',
        context: {
          customerMessage: 'Does the app support dark mode? Also, when will version 3 be released?',
        },
        findings: [{ messageId: 'unanswered', text: '' }],
      },
    ],
  },
});
