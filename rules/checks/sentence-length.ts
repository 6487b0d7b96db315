import { z } from 'zod';
import { defineCheck } from '../check';

/** A run of non-space characters that has a letter or a digit: a word as a reader counts it. */
const WRITTEN_WORD_RE = /[^\s]*[\p{L}\p{N}][^\s]*/gu;

/**
 * Words as written: a link, an e-mail address, "10–16" or "020 000" parts each count as
 * the reader sees them (whitespace apart), not as the pieces the tokenizer cuts them into.
 */
function writtenWords(text: string): number {
  return text.match(WRITTEN_WORD_RE)?.length ?? 0;
}

export default defineCheck({
  id: 'sentence-length',
  scope: 'block',
  description: {
    fi: 'Virkkeet ovat kohtuullisen mittaisia.',
    en: 'Sentences are of a sensible length.',
  },
  defaultSeverity: 'warning',
  messages: {
    long: {
      fi: 'Virke on pitkä: {count} sanaa (enintään {max}). Jaa se lyhyemmiksi virkkeiksi.',
      en: 'This sentence is long: {count} words (at most {max}). Split it into shorter ones.',
    },
  },
  options: z.strictObject({
    /** Most words a sentence may have. */
    max: z.number().int().positive().default(25),
  }),
  fromStyle: (style) => (style.sentenceMaxWords === null ? {} : { max: style.sentenceMaxWords }),
  enabledByDefault: (style) => style.sentenceMaxWords !== null,
  detect(doc, { options, report }) {
    for (const paragraph of doc.body) {
      for (const sentence of paragraph.sentences) {
        // Cheap first: the written words are never more than the tokenizer's words.
        if (sentence.words.length <= options.max) continue;
        const count = writtenWords(sentence.text);
        if (count <= options.max) continue;
        report({
          messageId: 'long',
          start: sentence.start,
          end: sentence.end,
          data: { count, max: options.max },
        });
      }
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Tilauksesi on lähetetty. Se saapuu huomenna.' },
      { language: 'fi', text: 'Yksi kaksi kolme neljä viisi.', options: { max: 5 } },
      // A link is one word to the reader, however many parts it has.
      {
        language: 'en',
        text: 'See the guide at https://help.example.com/en/articles/export-data-to-csv-files?ref=mail today.',
        options: { max: 6 },
      },
      { language: 'en', text: 'Your order has shipped. It arrives tomorrow.' },
      // The greeting and the closing are not sentences of the body.
      {
        language: 'en',
        text: 'Good morning Anna,\n\nDone.\n\nBest regards,\nAnna Smith',
        options: { max: 1 },
      },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei,\n\nYksi kaksi kolme neljä viisi kuusi. Selvä.',
        options: { max: 5 },
        findings: [{ messageId: 'long', text: 'Yksi kaksi kolme neljä viisi kuusi.' }],
      },
      {
        language: 'en',
        text: 'We have checked your order, and it left our warehouse on Monday, so it should reach you by Friday at the latest, but if it does not, please write to us again and we will send a new one.',
        findings: [{ messageId: 'long' }],
      },
    ],
  },
});
