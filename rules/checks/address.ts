import { z } from 'zod';
import { defineCheck } from '../check';
import { switchAddress } from '../grammar/finnish';
import { analysedSentences, finnishAnalyzer } from '../grammar/services';
import type { Fix } from '../types';

type Register = 'formal' | 'informal';

interface AddressForm {
  start: number;
  end: number;
  register: Register;
  /** The start of the sentence the form is in (to capitalise a fix there). */
  sentenceStart: number;
}

/** English chat spellings of "you" and "your", and the words to write instead. */
const CHAT_FORMS: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  yr: 'your',
  ya: 'you',
};

/** The register the rest of a mixed reply uses, as the `mixed` message words it. */
const REGISTER_NAME = {
  fi: { formal: 'teitittelyä', informal: 'sinuttelua' },
  en: { formal: 'formal', informal: 'informal' },
} as const;

export default defineCheck({
  id: 'address',
  description: {
    fi: 'Asiakasta puhutellaan talon tavalla (teititellen tai sinutellen), ei molemmin tavoin samassa vastauksessa.',
    en: 'The customer is addressed in the house style (formal or informal), never both ways in one reply.',
  },
  defaultSeverity: 'warning',
  messages: {
    informal: {
      fi: 'Talon tapa on teititellä, mutta ”{found}” sinuttelee.',
      en: 'The house style addresses the customer formally, but “{found}” is informal.',
    },
    formal: {
      fi: 'Talon tapa on sinutella, mutta ”{found}” teitittelee.',
      en: 'The house style addresses the customer informally, but “{found}” is formal.',
    },
    mixed: {
      fi: 'Vastaus sekä teitittelee että sinuttelee: muualla on {register}, mutta ”{found}” poikkeaa siitä. Käytä yhtä puhuttelutapaa.',
      en: 'The reply mixes formal and informal address: the rest is {register}, but “{found}” is not. Use one form of address.',
    },
    chat: {
      fi: '”{found}” on chat-kieltä. Kirjoita ”{suggestion}”.',
      en: '“{found}” is chat language. Write “{suggestion}”.',
    },
  },
  options: z.strictObject({
    /** The house choice; `any` still flags a reply that uses both. */
    address: z.enum(['formal', 'informal', 'any']).default('any'),
  }),
  fromStyle: (style) => ({ address: style.address }),
  detect(doc, { options, language, report }) {
    const forms: AddressForm[] = [];
    const seen = new Set<number>();
    const add = (form: AddressForm) => {
      if (seen.has(form.start)) return;
      seen.add(form.start);
      forms.push(form);
    };
    for (const { sentence, features } of analysedSentences(doc, language, ['body', 'closing'])) {
      const base = sentence.start;
      for (const e of features.evidence) {
        const start = base + e.start;
        const end = base + e.end;
        if (language === 'en') {
          const suggestion = CHAT_FORMS[doc.text.slice(start, end)];
          if (e.label === 'addr_2' && suggestion && options.address === 'formal') {
            report({
              messageId: 'chat',
              start,
              end,
              data: { found: doc.text.slice(start, end), suggestion },
              fixes: [{ start, end, replacement: suggestion }],
            });
          }
          continue;
        }
        if (e.label === 'addr_2sg') add({ start, end, register: 'informal', sentenceStart: base });
        if (e.label === 'addr_2pl') add({ start, end, register: 'formal', sentenceStart: base });
      }
      // An imperative is address too: Lähetä (informal), Lähettäkää (formal).
      for (const imperative of features.imperatives ?? []) {
        if (imperative.grammaticalPerson !== undefined || !imperative.person) continue;
        add({
          start: base + imperative.start,
          end: base + imperative.end,
          register: imperative.person === 'pl' ? 'formal' : 'informal',
          sentenceStart: base,
        });
      }
    }
    if (forms.length === 0) return;
    forms.sort((a, b) => a.start - b.start);

    let wrong: Register;
    let messageId: 'informal' | 'formal' | 'mixed';
    if (options.address === 'formal') {
      wrong = 'informal';
      messageId = 'informal';
    } else if (options.address === 'informal') {
      wrong = 'formal';
      messageId = 'formal';
    } else {
      // The reply's own choice is its majority; on a tie, the one it opened with.
      const formal = forms.filter((f) => f.register === 'formal').length;
      const informal = forms.length - formal;
      if (formal === 0 || informal === 0) return;
      const first = (forms[0] as AddressForm).register;
      wrong =
        formal === informal
          ? first === 'formal'
            ? 'informal'
            : 'formal'
          : formal > informal
            ? 'informal'
            : 'formal';
      messageId = 'mixed';
    }
    const target: Register = wrong === 'formal' ? 'informal' : 'formal';
    const analyzer = finnishAnalyzer();
    for (const form of forms) {
      if (form.register !== wrong) continue;
      const found = doc.text.slice(form.start, form.end);
      const fixes: Fix[] = [];
      // Only single words have a word-for-word counterpart.
      const switched =
        analyzer && /^[\p{L}]+$/u.test(found) ? switchAddress(analyzer, found, target) : null;
      if (switched) {
        const atStart = form.start === form.sentenceStart;
        let replacement = switched;
        if (atStart) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
        else if (target === 'informal')
          replacement = replacement.charAt(0).toLowerCase() + replacement.slice(1);
        fixes.push({ start: form.start, end: form.end, replacement });
      }
      report({
        messageId,
        start: form.start,
        end: form.end,
        data: { found, register: REGISTER_NAME[language][target] },
        fixes,
      });
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Voitteko lähettää meille kuitin? Tarkistamme tilauksenne heti.' },
      { language: 'fi', text: 'Voitko lähettää meille kuitin? Tarkistamme tilauksesi heti.' },
      {
        language: 'fi',
        text: 'Kengät lähtivät eilen. Tuotteen voi palauttaa 30 päivän kuluessa.',
        options: { address: 'formal' },
      },
      {
        language: 'fi',
        text: 'Saatte kaksi uutta tuotetta lahjaksi, siksi paketti on painava. Uusi laite lähtee tänään.',
        options: { address: 'formal' },
      },
      {
        language: 'fi',
        text: 'Lähetämme Teille uuden laskun, ja Teidän tilauksenne on jo matkalla.',
        options: { address: 'formal' },
      },
      { language: 'en', text: 'Could you send us the receipt? We will check your order.' },
      { language: 'en', text: 'Can u send the receipt?', options: { address: 'any' } },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Voitko lähettää meille kuitin?',
        options: { address: 'formal' },
        findings: [{ messageId: 'informal', text: 'Voitko' }],
        output: 'Voitteko lähettää meille kuitin?',
      },
      {
        language: 'fi',
        text: 'Kiitos viestistäsi. Sinun tilauksesi on matkalla.',
        options: { address: 'formal' },
        findings: [
          { messageId: 'informal', text: 'viestistäsi' },
          { messageId: 'informal', text: 'Sinun' },
          { messageId: 'informal', text: 'tilauksesi' },
        ],
        output: 'Kiitos viestistänne. Teidän tilauksenne on matkalla.',
      },
      {
        language: 'fi',
        text: 'Voitteko lähettää kuitin?',
        options: { address: 'informal' },
        findings: [{ messageId: 'formal', text: 'Voitteko' }],
        output: 'Voitko lähettää kuitin?',
      },
      {
        language: 'fi',
        text: 'Kiitos viestistänne. Tilauksenne on matkalla. Voitko lähettää kuitin?',
        findings: [{ messageId: 'mixed', text: 'Voitko' }],
        output: 'Kiitos viestistänne. Tilauksenne on matkalla. Voitteko lähettää kuitin?',
      },
      {
        language: 'en',
        text: 'Can u send ur receipt?',
        options: { address: 'formal' },
        findings: [
          { messageId: 'chat', text: 'u' },
          { messageId: 'chat', text: 'ur' },
        ],
        output: 'Can you send your receipt?',
      },
    ],
  },
});
