import { z } from 'zod';
import { defineCheck } from '../check';
import { isRequest } from '../context/requests';
import type { Paragraph, Sentence } from '../document';
import type { Fix } from '../types';

/**
 * Turns the sentences of a run into a numbered list inside their paragraph: sentences
 * before and after the run stay, each on its own line, so the list is parsed as one.
 */
function listFix(paragraph: Paragraph, run: readonly Sentence[]): Fix {
  const first = run[0] as Sentence;
  const last = run[run.length - 1] as Sentence;
  const index = paragraph.sentences.indexOf(first);
  const previous = paragraph.sentences[index - 1];
  const next = paragraph.sentences[index + run.length];
  const items = run.map((s, i) => `${i + 1}. ${s.text.replace(/\s+/g, ' ')}`).join('\n');
  const start = previous ? previous.end : first.start;
  const end = next ? next.start : last.end;
  const replacement = `${previous ? '\n' : ''}${items}${next ? '\n' : ''}`;
  return { start, end, replacement };
}

export default defineCheck({
  id: 'numbered-steps',
  scope: 'block',
  description: {
    fi: 'Kun asiakasta pyydetään tekemään useita asioita, ne kirjoitetaan numeroiduksi luetteloksi.',
    en: 'When the reply asks the customer to do several things, they go in a numbered list.',
  },
  defaultSeverity: 'hint',
  messages: {
    useList: {
      fi: 'Pyydät asiakasta tekemään {count} asiaa peräkkäisissä virkkeissä. Numeroitu luettelo on helpompi seurata.',
      en: 'You ask the customer to do {count} things in consecutive sentences. A numbered list is easier to follow.',
    },
  },
  options: z.strictObject({
    /** How many consecutive requests call for a list. */
    minSteps: z.number().int().min(2).default(2),
  }),
  enabledByDefault: (style) => style.numberedSteps,
  detect(doc, { options, language, report }) {
    for (const paragraph of doc.body) {
      let run: Sentence[] = [];
      const flush = () => {
        if (run.length >= options.minSteps) {
          const first = run[0] as Sentence;
          const last = run[run.length - 1] as Sentence;
          report({
            messageId: 'useList',
            start: first.start,
            end: last.end,
            data: { count: run.length },
            fixes: [listFix(paragraph, run)],
          });
        }
        run = [];
      };
      for (const sentence of paragraph.sentences) {
        if (sentence.listItem === null && isRequest(sentence, language)) run.push(sentence);
        else flush();
      }
      flush();
    }
  },
  examples: {
    valid: [
      {
        language: 'fi',
        text: 'Hei,\n\nToimi näin:\n1. Lähetä kuva tuotteesta.\n2. Kerro tilausnumero.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nVoisitteko lähettää kuvan tuotteesta? Tarkistamme sen heti. Ottakaa rohkeasti yhteyttä.',
      },
      { language: 'fi', text: 'Hei,\n\nLisää tietoa löydätte sivuiltamme. Ottakaa yhteyttä.' },
      {
        language: 'en',
        text: 'Hello,\n\nPlease restart the router. We will check the line today. Let us know if it helps.',
      },
      { language: 'en', text: 'Hi,\n\nReturn shipping is free. Feel free to contact us.' },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei,\n\nVoisitteko lähettää kuvan tuotteesta? Kertokaa myös tilausnumero. Käsittelemme asian heti.',
        findings: [
          {
            messageId: 'useList',
            text: 'Voisitteko lähettää kuvan tuotteesta? Kertokaa myös tilausnumero.',
          },
        ],
        output:
          'Hei,\n\n1. Voisitteko lähettää kuvan tuotteesta?\n2. Kertokaa myös tilausnumero.\nKäsittelemme asian heti.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKiitos viestistä. Tyhjennä selaimen välimuisti. Sen jälkeen kirjaudu uudelleen. Pyydämme lopuksi lähettämään kuvakaappauksen.',
        findings: [
          {
            messageId: 'useList',
            text: 'Tyhjennä selaimen välimuisti. Sen jälkeen kirjaudu uudelleen. Pyydämme lopuksi lähettämään kuvakaappauksen.',
          },
        ],
        output:
          'Hei,\n\nKiitos viestistä.\n1. Tyhjennä selaimen välimuisti.\n2. Sen jälkeen kirjaudu uudelleen.\n3. Pyydämme lopuksi lähettämään kuvakaappauksen.',
      },
      {
        language: 'en',
        text: 'Hello,\n\nPlease restart the router. Then click Settings and choose Reset. Could you also send us a photo of the lights?',
        findings: [
          {
            messageId: 'useList',
            text: 'Please restart the router. Then click Settings and choose Reset. Could you also send us a photo of the lights?',
          },
        ],
        output:
          'Hello,\n\n1. Please restart the router.\n2. Then click Settings and choose Reset.\n3. Could you also send us a photo of the lights?',
      },
    ],
  },
});
