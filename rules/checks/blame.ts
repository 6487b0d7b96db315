import { z } from 'zod';
import { defineCheck } from '../check';
import { type PatternMatch, phraseSource } from '../context/patterns';
import type { Paragraph, Sentence } from '../document';
import type { BlamePhrase } from '../language-phrases';
import { phrasesOf } from '../languages';
import type { Fix, Language } from '../types';

/**
 * All phrases of a language in one sticky expression, phrase i in capture group i + 1 (the
 * data uses only non-capturing groups). It is tried only where a word starts, which is
 * several times faster than scanning every character for a word boundary.
 */
const combined = new WeakMap<readonly BlamePhrase[], RegExp>();
const NO_PHRASES: readonly BlamePhrase[] = [];

/** The blaming phrases of a language (`LanguagePhrases.blame`), none when it has none. */
const blamePhrases = (language: Language) => phrasesOf(language).blame ?? NO_PHRASES;

function patternFor(phrases: readonly BlamePhrase[]): RegExp {
  let re = combined.get(phrases);
  if (!re) {
    const body = phrases.map((p) => `(${phraseSource(p.pattern)})`).join('|');
    re = phrases.length === 0 ? /(?!)/uy : new RegExp(`(?:${body})(?![\\p{L}\\p{N}])`, 'iuy');
    combined.set(phrases, re);
  }
  return re;
}

interface BlameMatch extends PatternMatch {
  phrase: BlamePhrase;
}

function findPhrases(text: string, paragraph: Paragraph, language: Language): BlameMatch[] {
  const phrases = blamePhrases(language);
  const re = patternFor(phrases);
  const out: BlameMatch[] = [];
  let covered = -1;
  for (const word of paragraph.words) {
    if (word.start < covered) continue;
    re.lastIndex = word.start;
    const m = re.exec(text);
    if (!m || re.lastIndex > paragraph.end) continue;
    const phrase = phrases[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    if (!phrase) continue;
    out.push({ start: word.start, end: re.lastIndex, text: m[0], phrase });
    covered = re.lastIndex;
  }
  return out;
}

const LEADING_SPACE_RE = /[ \t]+$/;
const COMMA_AFTER_RE = /^[ \t]*,[ \t]*/;
const COMMA_BEFORE_RE = /[ \t]*,[ \t]*$/;
const SPACE_AFTER_RE = /^[ \t]+/;

/**
 * Removes a phrase that only adds reproach, with the comma that sets it off: at the start
 * of a sentence the next word is capitalised ("Kuten jo kerroimme, palautusaika…" →
 * "Palautusaika…"), inside one the commas around it close up ("on, kuten jo kerroimme,
 * 14" → "on 14").
 */
function dropFix(text: string, sentence: Sentence, m: PatternMatch): Fix | null {
  const before = text.slice(sentence.start, m.start);
  const after = text.slice(m.end, sentence.end);
  if (before.trim() === '') {
    const gap = COMMA_AFTER_RE.exec(after) ?? SPACE_AFTER_RE.exec(after);
    const next = m.end + (gap?.[0].length ?? 0);
    const letter = text.charAt(next);
    if (!gap || !/\p{L}/u.test(letter)) return null;
    return { start: m.start, end: next + 1, replacement: letter.toUpperCase() };
  }
  const commaBefore = COMMA_BEFORE_RE.exec(before);
  if (commaBefore) {
    const start = m.start - commaBefore[0].length;
    const commaAfter = /^[ \t]*,/.exec(after);
    return { start, end: m.end + (commaAfter?.[0].length ?? 0), replacement: '' };
  }
  const space = LEADING_SPACE_RE.exec(before);
  return space ? { start: m.start - space[0].length, end: m.end, replacement: '' } : null;
}

/** Removes the curt word inside a phrase ("as clearly stated" → "as stated"). */
function removeFix(m: PatternMatch, word: string): Fix | null {
  const inner = new RegExp(`\\s+(?:${word})(?![\\p{L}])|(?:${word})\\s+`, 'iu').exec(m.text);
  if (!inner) return null;
  const start = m.start + inner.index;
  return { start, end: start + inner[0].length, replacement: '' };
}

function fixFor(text: string, sentence: Sentence, m: PatternMatch, phrase: BlamePhrase) {
  if (!phrase.fix) return null;
  return 'drop' in phrase.fix ? dropFix(text, sentence, m) : removeFix(m, phrase.fix.remove);
}

export default defineCheck({
  id: 'blame',
  scope: 'block',
  description: {
    fi: 'Vastauksessa ei syyllistetä asiakasta eikä puhuta tylysti.',
    en: 'The reply neither blames the customer nor sounds curt.',
  },
  defaultSeverity: 'warning',
  messages: {
    blame: {
      fi: '”{text}” kuulostaa syyllistävältä. {advice}',
      en: '“{text}” sounds as if it blames the customer. {advice}',
    },
    curt: {
      fi: '”{text}” kuulostaa tylyltä. {advice}',
      en: '“{text}” sounds curt. {advice}',
    },
  },
  options: z.strictObject({
    /** Whether curt phrases ("kuten jo kerroimme", "obviously") are reported, not only blame. */
    curt: z.boolean().default(true),
  }),
  detect(doc, { options, language, report }) {
    for (const paragraph of doc.paragraphs) {
      if (paragraph.role === 'signature') continue;
      for (const m of findPhrases(doc.text, paragraph, language)) {
        if (m.phrase.kind === 'curt' && !options.curt) continue;
        const sentence = paragraph.sentences.find((s) => s.start <= m.start && m.end <= s.end);
        if (!sentence) continue;
        const fix = fixFor(doc.text, sentence, m, m.phrase);
        report({
          messageId: m.phrase.kind,
          start: m.start,
          end: m.end,
          data: { text: m.text, advice: m.phrase.advice },
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
  },
  examples: {
    valid: [
      {
        language: 'fi',
        text: 'Hei,\n\nPalautusaika on 14 päivää. Jos olette itse asentaneet laitteen, tarkistakaa liitännät.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nTeidän olisi pitänyt saada vahvistusviesti. Tietysti autamme mielellämme.',
      },
      { language: 'fi', text: 'Hei,\n\nKuten sivuillamme kerrotaan, palautus on maksuton.' },
      {
        language: 'en',
        text: 'Hello,\n\nYou should have received a confirmation email. We will look into this.',
      },
      { language: 'en', text: 'Hi,\n\nAs stated on our website, returns are free.' },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei,\n\nKuten jo aiemmin kerroimme, palautusaika on 14 päivää.',
        findings: [{ messageId: 'curt', text: 'Kuten jo aiemmin kerroimme' }],
        output: 'Hei,\n\nPalautusaika on 14 päivää.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nPalautusaika on, kuten olemme jo kertoneet, 14 päivää.',
        findings: [{ messageId: 'curt', text: 'kuten olemme jo kertoneet' }],
        output: 'Hei,\n\nPalautusaika on 14 päivää.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nOlette itse valinneet väärän koon. Teidän olisi pitänyt lukea mittataulukko.',
        findings: [
          { messageId: 'blame', text: 'Olette itse valinneet' },
          { messageId: 'blame', text: 'Teidän olisi pitänyt' },
        ],
      },
      {
        language: 'fi',
        text: 'Hei,\n\nSe ei ole meidän vikamme. Lukekaa ohjeet.',
        findings: [
          { messageId: 'blame', text: 'Se ei ole meidän vikamme' },
          { messageId: 'curt', text: 'Lukekaa ohjeet' },
        ],
      },
      {
        language: 'fi',
        text: 'Hei,\n\nKuten sivuillamme selvästi lukee, palautus on maksuton.',
        findings: [{ messageId: 'curt', text: 'Kuten sivuillamme selvästi lukee' }],
        output: 'Hei,\n\nKuten sivuillamme lukee, palautus on maksuton.',
      },
      {
        language: 'en',
        text: 'Hello,\n\nAs we already told you, returns take 14 days.',
        findings: [{ messageId: 'curt', text: 'As we already told you' }],
        output: 'Hello,\n\nReturns take 14 days.',
      },
      {
        language: 'en',
        text: "Hi,\n\nIt's not our fault. You should have checked the size chart.",
        findings: [
          { messageId: 'blame', text: "It's not our fault" },
          { messageId: 'blame', text: 'You should have checked' },
        ],
      },
      {
        language: 'en',
        text: 'Hi,\n\nAs clearly stated on our website, the item obviously cannot be returned.',
        findings: [
          { messageId: 'curt', text: 'As clearly stated' },
          { messageId: 'curt', text: 'obviously' },
        ],
        output: 'Hi,\n\nAs stated on our website, the item cannot be returned.',
      },
    ],
  },
});
