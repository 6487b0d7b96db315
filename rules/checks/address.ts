import { z } from 'zod';
import { defineCheck } from '../check';
import { blockMemo, type Paragraph } from '../document';
import { featureDetectorFor, type RichSentenceFeatures } from '../features';
import { phrasesOf, rewritesFor } from '../languages';
import type { FeatureDetector, Fix, Language } from '../types';

type Register = 'formal' | 'informal';

/** An English chat spelling of "you" ("u", "ur"), offsets relative to its block. */
interface ChatForm {
  start: number;
  end: number;
  text: string;
  suggestion: string;
}

/** What one block says about address, offsets relative to the block (see `blockMemo`). */
interface BlockAddress {
  chats: ChatForm[];
  /** In text order. */
  forms: AddressForm[];
  /** How many of `forms` are formal. */
  formal: number;
}

const memoKeys = new WeakMap<FeatureDetector, object>();

/** The `blockMemo` key of this check's per-block forms, one per detector. */
function memoKey(detector: FeatureDetector): object {
  let key = memoKeys.get(detector);
  if (!key) {
    key = {};
    memoKeys.set(detector, key);
  }
  return key;
}

function blockAddress(block: Paragraph, detector: FeatureDetector, language: Language) {
  const result: BlockAddress = { chats: [], forms: [], formal: 0 };
  const seen = new Set<number>();
  const add = (form: AddressForm) => {
    if (seen.has(form.start)) return;
    seen.add(form.start);
    result.forms.push(form);
  };
  for (const sentence of block.sentences) {
    const features = detector.detect(sentence.text) as RichSentenceFeatures;
    const base = sentence.start - block.start;
    for (const e of features.evidence) {
      const start = base + e.start;
      const end = base + e.end;
      if (language === 'en') {
        const text = block.text.slice(start, end);
        const suggestion = CHAT_FORMS[text];
        if (e.label === 'addr_2' && suggestion) result.chats.push({ start, end, text, suggestion });
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
  result.forms.sort((a, b) => a.start - b.start);
  for (const form of result.forms) if (form.register === 'formal') result.formal++;
  return result;
}

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
    const detector = featureDetectorFor(language);
    if (!detector) return;
    // Whether the reply mixes registers is a question about the whole reply, so this is a
    // document check; the forms of each block are memoised with the block, so that after
    // an edit only the changed blocks are read again, and the reply's forms are counted
    // from the blocks' counts, not gathered: this runs on every keystroke.
    const blocks: { base: number; found: BlockAddress }[] = [];
    let formal = 0;
    let informal = 0;
    let first: Register | null = null;
    for (const paragraph of doc.paragraphs) {
      if (paragraph.role !== 'body' && paragraph.role !== 'closing') continue;
      const found = blockMemo(paragraph, memoKey(detector), (block) =>
        blockAddress(block, detector, language),
      );
      const base = paragraph.start;
      if (options.address === 'formal') {
        for (const chat of found.chats) {
          const start = base + chat.start;
          const end = base + chat.end;
          report({
            messageId: 'chat',
            start,
            end,
            data: { found: chat.text, suggestion: chat.suggestion },
            fixes: [{ start, end, replacement: chat.suggestion }],
          });
        }
      }
      if (found.forms.length === 0) continue;
      blocks.push({ base, found });
      formal += found.formal;
      informal += found.forms.length - found.formal;
      first ??= (found.forms[0] as AddressForm).register;
    }
    if (first === null) return;

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
      if (formal === 0 || informal === 0) return;
      wrong =
        formal === informal
          ? first === 'formal'
            ? 'informal'
            : 'formal'
          : formal > informal
            ? 'informal'
            : 'formal';
      messageId = 'mixed';
      // In a reply that mostly says "sinä", a "te" form may well speak to several people
      // ("Jos sovitte ajan", "lapsestanne" to parents): not mixed. One of each still is.
      if (wrong === 'formal' && informal > formal) return;
    }
    const target: Register = wrong === 'formal' ? 'informal' : 'formal';
    const { rewrites, context } = rewritesFor(language, doc.text);
    for (const { base, found: block } of blocks) {
      for (const form of block.forms) {
        if (form.register !== wrong) continue;
        const start = base + form.start;
        const end = base + form.end;
        const found = doc.text.slice(start, end);
        const fix = rewrites.address?.(
          context,
          start,
          end,
          target,
          form.start === form.sentenceStart,
        );
        const fixes: Fix[] = fix ? [fix] : [];
        report({
          messageId,
          start,
          end,
          data: { found, register: phrasesOf(language).registerNames?.[target] ?? target },
          fixes,
        });
      }
    }
  },
  examples: {
    valid: [
      // "Te" to several people in a reply that says "sinä": not mixed.
      {
        language: 'fi',
        text: 'Hei,\n\nVoit kysyä asiaa koulusta tai soittaa rehtorille. Jos sovitte ajan, voit tavata opettajan.',
      },
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
