import { z } from 'zod';
import { defineCheck } from '../check';
import {
  blockMemo,
  type DraftDocument,
  type Paragraph,
  type Sentence,
  type Word,
} from '../document';
import { phrasesOf } from '../languages';
import { type PhraseMatcher, phraseMatcher } from '../phrases';

/** The first `count` sentences of the body that have words (an emoji alone is no sentence). */
function openingSentences(doc: DraftDocument, count: number): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of doc.body) {
    for (const sentence of paragraph.sentences) {
      if (out.length === count) return out;
      if (sentence.words.length > 0) out.push(sentence);
    }
  }
  return out;
}

function firstSentence(doc: DraftDocument): Sentence | undefined {
  for (const paragraph of doc.body) {
    for (const sentence of paragraph.sentences) if (sentence.words.length > 0) return sentence;
  }
  return undefined;
}

/**
 * Any word that thanks, in either language: "Kiitos", "Kiitoksia ideasta", "kiitämme",
 * "Thanks for reaching out", "I'm grateful". What a pack that lists no phrases accepts.
 * "We appreciate your concern" is no thanks.
 */
const THANKING_WORD_RE =
  /^(?:kiito(?:s|ksia|kset|ksen|sta)|kiitä\p{L}*|kiitt\p{L}*|kiitollise\p{L}*|kiitollinen|thanks?|thx|thankful|thanking|grateful|cheers)$/iu;

/** What a customer is thanked for with "we appreciate your …" or "Appreciate the tag". */
const APPRECIATED_RE =
  /^(?:patience|understanding|help|support|feedback|business|time|kind|loyalty|trust|input|report|message|note|cooperation|co-operation|tag|mention|shout-?out|heads-up|info|information|suggestion|question|reminder|update|details|ping)$/iu;

/**
 * "We appreciate your patience", "Appreciate you reaching out", "Appreciate the tag": thanks
 * for what the customer gave or did ("We appreciate your concern" acknowledges, it does not
 * thank).
 */
function appreciates(words: readonly Word[], k: number): boolean {
  if (!/^appreciat(?:e|ed|es)$/iu.test(words[k]?.text ?? '')) return false;
  const next = words[k + 1]?.text.toLowerCase();
  const object = words[k + 2]?.text ?? '';
  // ("Appreciate your taking the time to reach out": what the customer did, as a gerund.)
  if (next === 'your') return APPRECIATED_RE.test(object) || /\p{L}{2,}ing$/iu.test(object);
  if (next === 'the') return APPRECIATED_RE.test(object);
  return next === 'you' && /\p{L}{2,}ing$/iu.test(object);
}

function thanks(words: readonly Word[]): boolean {
  return words.some((w, k) => THANKING_WORD_RE.test(w.text) || appreciates(words, k));
}

/** `blockMemo` keys: one for any thanks, one per phrase matcher. */
const ANY_THANKS = {};
const matcherKeys = new WeakMap<PhraseMatcher, object>();

function keyOf(matcher: PhraseMatcher): object {
  let key = matcherKeys.get(matcher);
  if (!key) {
    key = {};
    matcherKeys.set(matcher, key);
  }
  return key;
}

/**
 * Whether a block thanks: in any words, or in the pack's phrases within one of its
 * sentences. Remembered with the block, so a keystroke looks only at the changed block.
 */
function blockThanks(block: Paragraph, matcher: PhraseMatcher | null): boolean {
  if (!matcher) return blockMemo(block, ANY_THANKS, (b) => thanks(b.words));
  return blockMemo(block, keyOf(matcher), (b) =>
    b.sentences.some((sentence) => matcher.find(sentence.words) !== null),
  );
}

/** What a fix inserts when the pack lists no thanks phrase. */

export default defineCheck({
  id: 'thanks',
  description: {
    fi: 'Vastauksessa kiitetään asiakasta.',
    en: 'The reply thanks the customer.',
  },
  defaultSeverity: 'warning',
  messages: {
    missing: {
      fi: 'Kiitä asiakasta viestistä vastauksen alussa, esimerkiksi ”{suggestion}.”',
      en: 'Thank the customer for their message near the start, such as “{suggestion}.”',
    },
  },
  options: z.strictObject({
    /**
     * Accepted thanks, the preferred one first; inflected forms match (see phrases.ts);
     * empty accepts any thanks ("Kiitoksia ideasta", "Thanks for reaching out").
     */
    phrases: z.array(z.string()).default([]),
    /**
     * How many sentences from the start of the body the thanks must come in; 0 accepts it
     * anywhere in the reply ("Kiitos kärsivällisyydestäsi!" before the closing).
     */
    withinSentences: z.number().int().min(0).default(0),
  }),
  fromStyle: (style) => ({ phrases: style.thanks.phrases }),
  enabledByDefault: (style) => style.thanks.required,
  detect(doc, { options, language, report }) {
    const matcher = options.phrases.length > 0 ? phraseMatcher(options.phrases) : null;
    const said = (words: readonly Word[]) =>
      matcher ? matcher.find(words) !== null : thanks(words);
    let first: Sentence | undefined;
    if (options.withinSentences > 0) {
      const opening = openingSentences(doc, options.withinSentences);
      first = opening[0];
      if (!first || opening.some((s) => said(s.words))) return;
    } else {
      first = firstSentence(doc);
      if (!first) return;
      // Anywhere in the body, or in a sign-off that thanks ("Thanks, Anna", "Kiitos ja
      // hyvää päivänjatkoa!").
      if (
        doc.paragraphs.some(
          (p) => (p.role === 'body' || p.role === 'closing') && blockThanks(p, matcher),
        )
      ) {
        return;
      }
    }
    // A language without a default thanks (`LanguagePhrases.defaults`): no fix.
    const suggestion = options.phrases[0] ?? phrasesOf(language).defaults?.thanks ?? '';
    // The thanks belongs at the start of the body: the finding marks that place.
    report({
      messageId: 'missing',
      start: first.start,
      end: first.start,
      data: { suggestion },
      fixes: suggestion
        ? [{ start: first.start, end: first.start, replacement: `${suggestion}. ` }]
        : [],
    });
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Hei Maija,\n\nKiitos viestistäsi! Tilauksesi on lähetetty.' },
      { language: 'fi', text: 'Hei, ja kiitos yhteydenotostanne.' },
      { language: 'fi', text: 'Hei,\n\nTarkistimme asian. Kiitos, että otit yhteyttä.' },
      { language: 'fi', text: 'Hei Maija,' },
      // Any thanking, where the reply puts it.
      { language: 'fi', text: 'Moi!\n\nKiitoksia ideasta! Välitimme sen tuotetiimille.' },
      {
        language: 'fi',
        text: 'Hei,\n\nVika on nyt korjattu. Kiitos kärsivällisyydestäsi!\n\nTerveisin\nAsiakaspalvelu',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nPalautus on kirjattu.\n\nKiitos ja hyvää päivänjatkoa!\nMatti',
        options: { phrases: [] },
      },
      {
        language: 'en',
        text: 'Hello John,\n\nThank you for contacting us. Your order has shipped.',
      },
      { language: 'en', text: 'Hi Anna,\n\nThanks for reaching out!' },
      // Appreciation of what the customer gave or did.
      {
        language: 'en',
        text: '@anna Appreciate the tag! The new channels are on our list. Thx. -Massiel',
        options: { phrases: [] },
      },
      {
        language: 'en',
        text: '@brandon Hi Brandon. Appreciate your taking the time to reach out. Deals vary by day.',
        options: { phrases: [] },
      },
      {
        language: 'en',
        text: 'Hi Anna,\n\nWe appreciate your patience. The fix is live.',
        options: { phrases: [] },
      },
      {
        language: 'en',
        text: 'Hi,\n\nAppreciate you flagging this. It is fixed now.',
        options: { phrases: [] },
      },
      { language: 'en', text: 'Hi Anna and thanks for reporting. The fix is in 2.4.1.' },
      {
        language: 'en',
        text: 'Hello @jdoe,\n\nThanks a lot for the detailed report, it helped.',
        options: { phrases: [] },
      },
      {
        language: 'en',
        text: 'Hi,\n\nThe refund was issued today.\n\nThanks,\nThe ACME team',
        options: { phrases: [] },
      },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei Maija,\n\nTilauksesi on lähetetty. Se saapuu huomenna. Kiitos viestistäsi.',
        options: { withinSentences: 2 },
        findings: [{ messageId: 'missing', text: '' }],
        output:
          'Hei Maija,\n\nKiitos viestistä. Tilauksesi on lähetetty. Se saapuu huomenna. Kiitos viestistäsi.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKiitos tilauksesta.',
        options: { phrases: ['Kiitos yhteydenotostanne'] },
        findings: [{ messageId: 'missing', text: '' }],
        output: 'Hei,\n\nKiitos yhteydenotostanne. Kiitos tilauksesta.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nPalautus on kirjattu ja rahat tulevat tilillesi.',
        options: { phrases: [] },
        findings: [{ messageId: 'missing', text: '' }],
        output: 'Hei,\n\nKiitos viestistä. Palautus on kirjattu ja rahat tulevat tilillesi.',
      },
      {
        language: 'en',
        text: 'Hello John,\n\nYour order has shipped.',
        findings: [{ messageId: 'missing', text: '' }],
        output: 'Hello John,\n\nThank you for contacting us. Your order has shipped.',
      },
      {
        language: 'en',
        text: 'Hello John,\n\nWe appreciate your concern. Your order has shipped.',
        options: { phrases: [] },
        findings: [{ messageId: 'missing', text: '' }],
        output:
          'Hello John,\n\nThank you for your message. We appreciate your concern. Your order has shipped.',
      },
    ],
  },
});
