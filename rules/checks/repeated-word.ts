import { z } from 'zod';
import { defineCheck } from '../check';

/** Only whitespace between the two words: "the, the" or "the\n\nthe" is not a slip. */
const INLINE_SPACE_RE = /^[ \t\u00a0]+$/;
const DIGITS_RE = /^\p{N}+$/u;

export default defineCheck({
  id: 'repeated-word',
  scope: 'block',
  description: {
    fi: 'Sama sana ei toistu vahingossa kahdesti peräkkäin.',
    en: 'No word is accidentally written twice in a row.',
  },
  defaultSeverity: 'warning',
  messages: {
    repeated: {
      fi: 'Sana ”{word}” toistuu. Poista toinen.',
      en: 'The word “{word}” is repeated. Remove one.',
    },
  },
  options: z.strictObject({
    /** Words that may legitimately repeat ("had had", "hei hei"), in lower case. */
    allow: z.array(z.string()).default([]),
  }),
  detect(doc, { options, report }) {
    const allowed = new Set(options.allow.map((w) => w.toLowerCase()));
    for (const paragraph of doc.paragraphs) {
      for (const sentence of paragraph.sentences) {
        const words = sentence.words;
        for (let i = 1; i < words.length; i++) {
          const previous = words[i - 1];
          const word = words[i];
          if (!previous || !word || previous.text.length !== word.text.length) continue;
          const lower = word.text.toLowerCase();
          if (lower !== previous.text.toLowerCase() || allowed.has(lower)) continue;
          if (DIGITS_RE.test(lower)) continue;
          if (!INLINE_SPACE_RE.test(doc.text.slice(previous.end, word.start))) continue;
          report({
            messageId: 'repeated',
            start: previous.start,
            end: word.end,
            data: { word: previous.text },
            fixes: [{ start: previous.end, end: word.end, replacement: '' }],
          });
        }
      }
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Tilaus on lähetetty.' },
      { language: 'fi', text: 'Hei hei, nähdään!', options: { allow: ['hei'] } },
      { language: 'fi', text: 'Maksu on 10 10 euron seteleinä.' },
      { language: 'en', text: 'He had had enough.', options: { allow: ['had'] } },
      { language: 'en', text: 'Is it in? In, yes.' },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Tilaus on on lähetetty.',
        findings: [{ messageId: 'repeated', text: 'on on' }],
        output: 'Tilaus on lähetetty.',
      },
      {
        language: 'en',
        text: 'Thank you for the the message.',
        findings: [{ messageId: 'repeated', text: 'the the' }],
        output: 'Thank you for the message.',
      },
      {
        language: 'en',
        text: 'The The order has shipped. It is is on its way.',
        findings: [
          { messageId: 'repeated', text: 'The The' },
          { messageId: 'repeated', text: 'is is' },
        ],
        output: 'The order has shipped. It is on its way.',
      },
    ],
  },
});
