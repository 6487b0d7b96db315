import { z } from 'zod';
import { defineCheck } from '../check';
import { matchesIn, type PatternMatch, phrasePattern, phraseSource } from '../context/patterns';
import type { Sentence } from '../document';
import type { PromisePhrases } from '../language-phrases';
import { phrasesOf } from '../languages';
import { ResponseTimeSchema } from '../pack';
import type { Fix } from '../types';

type ResponseTime = z.infer<typeof ResponseTimeSchema>;

const UNIT_TO_HOURS: Record<ResponseTime['unit'], number> = {
  hours: 1,
  days: 24,
  // A working day is at least a day: a reply promising "2 days" keeps a promise of two
  // working days, so only a shorter time is flagged.
  'working-days': 24,
};

function parseNumber(text: string | undefined, phrases: PromisePhrases): number {
  if (!text) return 1;
  const lower = text.toLowerCase();
  const words = phrases.numberWords;
  if (lower in words) return words[lower] as number;
  // A range promises its upper end: "1–2 arkipäivän kuluessa" is two days.
  const parts = lower.split(/[-–]/).map((p) => Number(p.replace(',', '.')));
  const value = Math.max(...parts.filter((p) => Number.isFinite(p)));
  return Number.isFinite(value) ? value : 1;
}

function unitHours(unit: string, phrases: PromisePhrases): number | null {
  const lower = unit.toLowerCase();
  for (const [re, hours] of phrases.unitHours) if (re.test(lower)) return hours;
  return null;
}

interface TimeMatch extends PatternMatch {
  hours: number;
}

/** Compiled once per language's phrases. */
const fixedCache = new WeakMap<PromisePhrases, RegExp[]>();
const durationCache = new WeakMap<PromisePhrases, RegExp>();

function fixedPatterns(phrases: PromisePhrases): RegExp[] {
  let list = fixedCache.get(phrases);
  if (!list) {
    list = phrases.fixedTimes.map(([source]) => phrasePattern([source]));
    fixedCache.set(phrases, list);
  }
  return list;
}

function durationPattern(phrases: PromisePhrases): RegExp {
  let re = durationCache.get(phrases);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${phraseSource(phrases.duration)})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    durationCache.set(phrases, re);
  }
  return re;
}

/** Every time expression in a sentence with the hours it promises, in text order. */
function timesIn(text: string, sentence: Sentence, phrases: PromisePhrases): TimeMatch[] {
  const out: TimeMatch[] = [];
  const overlaps = (m: PatternMatch) => out.some((o) => m.start < o.end && o.start < m.end);
  phrases.fixedTimes.forEach(([, hours], i) => {
    for (const m of matchesIn(
      fixedPatterns(phrases)[i] as RegExp,
      text,
      sentence.start,
      sentence.end,
    )) {
      if (!overlaps(m)) out.push({ ...m, hours });
    }
  });
  const re = durationPattern(phrases);
  re.lastIndex = 0;
  const region = text.slice(sentence.start, sentence.end);
  for (const m of region.matchAll(re)) {
    const start = sentence.start + (m.index ?? 0);
    const found = { start, end: start + m[0].length, text: m[0] };
    if (overlaps(found)) continue;
    const number = m[1] ?? m[3];
    const unit = m[2] ?? m[4] ?? m[5] ?? '';
    const perUnit = unitHours(unit, phrases);
    if (perUnit === null) continue;
    out.push({ ...found, hours: parseNumber(number, phrases) * perUnit });
  }
  return out.sort((a, b) => a.start - b.start);
}

const test = (sources: readonly string[], text: string) => {
  const re = phrasePattern(sources);
  return re.test(text);
};

/** Deletes a certainty adverb with the space before it (or after it, at a sentence start). */
function dropWord(text: string, m: PatternMatch): Fix {
  if (m.start > 0 && /[ \t]/.test(text[m.start - 1] as string)) {
    return { start: m.start - 1, end: m.end, replacement: '' };
  }
  const after = /^[ \t]+/.exec(text.slice(m.end))?.[0].length ?? 0;
  return { start: m.start, end: m.end + after, replacement: '' };
}

export default defineCheck({
  id: 'promise',
  scope: 'block',
  description: {
    fi: 'Vastaus ei lupaa vastausta tai korjausta talon lupausta nopeammin eikä lupaa varmuutta.',
    en: 'The reply promises no answer or fix faster than the house promise, and no certainty.',
  },
  defaultSeverity: 'warning',
  messages: {
    faster: {
      fi: '”{found}” lupaa nopeammin kuin talo lupaa. Käytä talon lupausta: ”{wording}”',
      en: '“{found}” promises faster than the house does. Use the house promise: “{wording}”',
    },
    certain: {
      fi: '”{found}” lupaa varmuuden, jota ei voi taata. Lupaa vain, mitä talo lupaa: ”{wording}”',
      en: '“{found}” promises a certainty no one can guarantee. Promise what the house does: “{wording}”',
    },
  },
  options: z.strictObject({
    /** The house promise; a reply must not promise an answer or a fix sooner. Null: only certainty is checked. */
    responseTime: ResponseTimeSchema.nullable().default(null),
    /** The house wording the messages offer; empty for one made from `responseTime`. */
    wording: z.string().default(''),
  }),
  fromStyle: (style) => ({ responseTime: style.responseTime }),
  enabledByDefault: (style) => style.responseTime !== null,
  detect(doc, { options, language, report }) {
    // A language without promise phrases (`LanguagePhrases.promise`) promises nothing.
    const phrases = phrasesOf(language).promise;
    if (!phrases) return;
    const text = doc.text;
    const time = options.responseTime;
    // The house promise's time fits where a reply's time expression was; the wording is a
    // whole sentence around it, for the messages.
    const houseTime = time && phrases.houseTime(time);
    const wording = options.wording || phrases.houseWording(houseTime);
    const houseHours = time ? time.amount * UNIT_TO_HOURS[time.unit] : null;
    for (const paragraph of doc.body) {
      for (const sentence of paragraph.sentences) {
        if (!phrases.prefilter.test(sentence.text)) continue;
        const commits = test(phrases.commitment, sentence.text);
        if (commits && houseHours !== null && houseTime) {
          for (const t of timesIn(text, sentence, phrases)) {
            if (t.hours >= houseHours) continue;
            report({
              messageId: 'faster',
              start: t.start,
              end: t.end,
              data: { found: t.text, wording },
              fixes: [{ start: t.start, end: t.end, replacement: houseTime }],
            });
          }
        }
        const certainty = [
          ...matchesIn(phrasePattern(phrases.guarantee), text, sentence.start, sentence.end),
          ...(commits || test(phrases.outcome, sentence.text)
            ? matchesIn(phrasePattern(phrases.certainty), text, sentence.start, sentence.end)
            : []),
        ].sort((a, b) => a.start - b.start);
        for (const m of certainty) {
          report({
            messageId: 'certain',
            start: m.start,
            end: m.end,
            data: { found: m.text, wording },
            fixes: phrases.removableCertainty.has(m.text.toLowerCase()) ? [dropWord(text, m)] : [],
          });
        }
      }
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Hei,\n\nVastaamme kahden arkipäivän kuluessa.' },
      { language: 'fi', text: 'Hei,\n\nPalaamme asiaan 1–2 arkipäivän kuluessa.' },
      // A delivery date is no promise of an answer; "varmasti" in sympathy is no promise.
      { language: 'fi', text: 'Hei,\n\nPaketti lähti eilen ja on perillä huomenna.' },
      { language: 'fi', text: 'Hei,\n\nTämä on varmasti ollut turhauttavaa.' },
      { language: 'fi', text: 'Hei,\n\nKorjasimme vian tänään.' },
      {
        language: 'fi',
        text: 'Hei,\n\nVastaamme tunnin sisällä.',
        options: { responseTime: { amount: 1, unit: 'hours' } },
      },
      { language: 'en', text: 'Hi,\n\nWe will get back to you within two working days.' },
      { language: 'en', text: 'Hi,\n\nWe fixed the login problem today.' },
      { language: 'en', text: 'Hi,\n\nI definitely understand how annoying this is.' },
      { language: 'en', text: 'Hi,\n\nThe jacket is under a two-year guarantee.' },
      { language: 'en', text: 'Hi,\n\nOur office is open today until 5 pm.' },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Hei,\n\nVastaamme tunnin sisällä.',
        findings: [{ messageId: 'faster', text: 'tunnin sisällä' }],
        output: 'Hei,\n\nVastaamme kahden arkipäivän kuluessa.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nSelvitämme asian ja palaamme huomenna.',
        findings: [{ messageId: 'faster', text: 'huomenna' }],
        output: 'Hei,\n\nSelvitämme asian ja palaamme kahden arkipäivän kuluessa.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nOlemme sinuun yhteydessä vielä tänään.',
        findings: [{ messageId: 'faster', text: 'vielä tänään' }],
        output: 'Hei,\n\nOlemme sinuun yhteydessä kahden arkipäivän kuluessa.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nLähetämme sinulle vastauksen 24 tunnin kuluessa.',
        findings: [{ messageId: 'faster', text: '24 tunnin kuluessa' }],
        output: 'Hei,\n\nLähetämme sinulle vastauksen kahden arkipäivän kuluessa.',
      },
      {
        language: 'fi',
        text: 'Hei,\n\nVika korjataan varmasti.',
        findings: [{ messageId: 'certain', text: 'varmasti' }],
        output: 'Hei,\n\nVika korjataan.',
      },
      {
        language: 'en',
        text: "Hi,\n\nWe'll get back to you today.",
        findings: [{ messageId: 'faster', text: 'today' }],
        output: "Hi,\n\nWe'll get back to you within two working days.",
      },
      {
        language: 'en',
        text: 'Hi,\n\nWe aim to respond within an hour.',
        findings: [{ messageId: 'faster', text: 'within an hour' }],
        output: 'Hi,\n\nWe aim to respond within two working days.',
      },
      {
        language: 'en',
        text: 'Hi,\n\nI will reply within 24 hours.',
        findings: [{ messageId: 'faster', text: 'within 24 hours' }],
        output: 'Hi,\n\nI will reply within two working days.',
      },
      {
        language: 'en',
        text: 'Hi,\n\nA fix is guaranteed in the next release.',
        options: { responseTime: null },
        findings: [{ messageId: 'certain', text: 'guaranteed' }],
      },
      {
        language: 'en',
        text: 'Hi,\n\nThe issue will be fixed, guaranteed.',
        findings: [{ messageId: 'certain', text: 'guaranteed' }],
      },
      {
        language: 'fi',
        text: 'Hei,\n\nTakaamme, että paketti on perillä perjantaina.',
        findings: [{ messageId: 'certain', text: 'Takaamme' }],
      },
      {
        language: 'en',
        text: 'Hi,\n\nThis will definitely be resolved in the update.',
        findings: [{ messageId: 'certain', text: 'definitely' }],
        output: 'Hi,\n\nThis will be resolved in the update.',
      },
      // "100%" with or without the space.
      {
        language: 'en',
        text: 'Hi,\n\nThis will be resolved 100% in the update.',
        findings: [{ messageId: 'certain', text: '100%' }],
      },
      {
        language: 'fi',
        text: 'Hei,\n\nVika korjataan 100 %.',
        findings: [{ messageId: 'certain', text: '100 %' }],
      },
    ],
  },
});
