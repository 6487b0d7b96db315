import type { Pack } from '../pack';
import { PLAIN_WORDS } from './plain-words';
import { TEMPLATES_EN } from './templates-en';

/**
 * The built-in English pack: the ground rules of good written customer service, usable
 * with no configuration. The first phrase of each list is the one fixes insert.
 */
export const builtinEn = {
  id: 'builtin:en',
  name: 'Talontapa – English',
  version: '0.1.0',
  language: 'en',
  description: 'Ground rules of good written customer service for replies in English.',
  style: {
    address: 'any',
    speaker: 'we',
    commands: 'avoid',
    passive: 'avoid',
    greeting: {
      required: true,
      phrases: ['Hello', 'Hi', 'Dear', 'Good morning', 'Good afternoon', 'Good evening'],
    },
    thanks: {
      required: true,
      phrases: [
        'Thank you for contacting us',
        'Thank you for your message',
        'Thank you for your email',
        'Thank you for reaching out',
        'Thank you for getting in touch',
        'Thank you for writing',
        'Thank you for your enquiry',
        'Thank you for your inquiry',
        'Thank you for your question',
        'Thank you for your feedback',
        'Thank you for letting us know',
        'Thanks for contacting us',
        'Thanks for your message',
        'Thanks for your email',
        'Thanks for reaching out',
        'Thanks for getting in touch',
        'Thanks for letting us know',
        'Many thanks for your message',
      ],
    },
    closing: {
      required: true,
      phrases: [
        'Best regards',
        'Kind regards',
        'Warm regards',
        'Regards',
        'Best wishes',
        'Yours sincerely',
        'Sincerely',
        'Many thanks',
      ],
    },
    apologyWhenUpset: {
      enabled: true,
      upsetSignals: [
        'disappointed',
        'disappointing',
        'unacceptable',
        'frustrated',
        'frustrating',
        'angry',
        'upset',
        'complaint',
        'terrible',
        'awful',
        'ridiculous',
        'poor service',
        'still not',
        'still waiting',
        'never arrived',
        'broken',
        'third time',
      ],
      apologyPhrases: [
        'We apologise',
        'We apologize',
        'I apologise',
        'I apologize',
        'We are sorry',
        "We're sorry",
        'I am sorry',
        "I'm sorry",
        'Our apologies',
        'My apologies',
        'Sorry for',
      ],
    },
    sentenceMaxWords: 25,
    paragraphMaxSentences: 5,
    replyMaxWords: 300,
    numberedSteps: true,
    responseTime: { amount: 2, unit: 'working-days' },
  },
  checks: {
    // Grammatical doubles: "she had had enough", "he said that that was fine".
    'repeated-word': { options: { allow: ['had', 'that'] } },
  },
  rules: [PLAIN_WORDS.en],
  templates: TEMPLATES_EN,
} satisfies Pack;
