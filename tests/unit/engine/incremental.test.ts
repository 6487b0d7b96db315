/**
 * The incremental checker's contract: after any sequence of edits, `checker.check(draft)`
 * equals a fresh `check(draft, pack)`, findings and their order alike. Random edits (typed
 * and deleted characters, words, line breaks, pasted and deleted paragraphs, joined
 * paragraphs) are applied to Finnish and English replies, with and without a customer
 * message, and both results compared after every edit. A check wrongly declared
 * `scope: 'block'` shows up here as a difference.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CheckContext,
  check,
  compilePack,
  type Finding,
  getBuiltinPack,
  getCheck,
  IncrementalChecker,
  type Language,
  type Pack,
} from '../../../rules/index';
import { reply } from '../../bench/texts';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/replies', name), 'utf8');

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words that make checks fire or change the structure when typed into a reply. */
const WORDS: Record<Language, string[]> = {
  fi: [
    'Hei',
    'Hei Maija,',
    'Kiitos viestistä.',
    'Pahoittelemme',
    'asap',
    'meilissä',
    'Lähettäkää',
    'Lähetä',
    'sinä',
    'Te',
    'minä',
    'korjataan',
    'on on',
    '[NIMI]',
    '{{order.id}}',
    'Kuten jo kerroimme,',
    'Ystävällisin terveisin',
    'Terveisin',
    'Matti',
    '--',
    '> lainattu',
    '1.',
    '-',
    'esim.',
    'tilaus',
    'toimitus',
    'peruutus',
    'Milloin?',
    'XXX',
    'deadline',
    'kiitos',
  ],
  en: [
    'Hi',
    'Hi John,',
    'Thank you for contacting us.',
    'We apologise',
    'utilize',
    'utilized',
    'revert back',
    'Send',
    'u',
    'I',
    'am',
    'was fixed',
    'the the',
    '[NAME]',
    '{{order.id}}',
    'As we already told you,',
    'Best regards,',
    'Cheers,',
    'Anna',
    '--',
    '> quoted',
    '1.',
    '*',
    'Mr.',
    'order',
    'delivery',
    'cancel',
    'When?',
    'XXX',
    'ASAP',
    'obviously',
  ],
};

const CHARS = 'aeiknst äöA.,!?:;- \n\n\t\'"()';

const CONTEXTS: Record<Language, CheckContext> = {
  fi: {
    customerMessage: fixture('fi-customer.txt'),
    customerName: 'Maija Meikäläinen',
    agentName: 'Matti',
  },
  en: {
    customerMessage:
      'Hi, my order is late again and I am very disappointed. When will the parcel arrive? Can I cancel the order?',
    customerName: 'John Smith',
    agentName: 'Anna',
  },
};

/** Pack rules of every kind and scope, on top of the built-in pack. */
function packWithRules(language: Language): Pack {
  return {
    id: `test:${language}-rules`,
    name: 'rules',
    version: '1.0.0',
    language,
    extends: `builtin:${language}`,
    rules: [
      { id: 'no-asap', kind: 'forbid', pattern: language === 'fi' ? 'asap' : 'ASAP' },
      { id: 'say-order', kind: 'require', pattern: language === 'fi' ? 'tilaus' : 'order' },
      {
        id: 'cancel-answer',
        kind: 'conditional',
        when: language === 'fi' ? 'perua' : 'cancel',
        reply: language === 'fi' ? 'peruutus' : 'cancellation',
      },
      { id: 'few-thanks', kind: 'limit', pattern: 'kiitos', max: 1 },
      { id: 'paragraph-orders', kind: 'limit', pattern: 'order', max: 1, per: 'paragraph' },
      {
        id: 'sentence-words',
        kind: 'limit',
        pattern: language === 'fi' ? 'tilaus' : 'delivery',
        min: 1,
        per: 'sentence',
      },
    ],
  };
}

type Edit = (text: string, random: () => number, language: Language) => string;

const at = (text: string, random: () => number) => Math.floor(random() * (text.length + 1));
const pick = <T>(list: readonly T[], random: () => number) =>
  list[Math.floor(random() * list.length)] as T;
const splice = (text: string, start: number, end: number, insert: string) =>
  text.slice(0, start) + insert + text.slice(end);

const EDITS: [weight: number, edit: Edit][] = [
  // Typing a character.
  [
    8,
    (t, r) => {
      const i = at(t, r);
      return splice(t, i, i, pick([...CHARS], r));
    },
  ],
  // Backspace, or deleting a few characters.
  [
    6,
    (t, r) => {
      const i = at(t, r);
      return splice(t, Math.max(0, i - 1 - Math.floor(r() * 3)), i, '');
    },
  ],
  // Typing a word, with a space before or after.
  [
    8,
    (t, r, language) => {
      const i = at(t, r);
      const word = pick(WORDS[language], r);
      return splice(t, i, i, r() < 0.5 ? ` ${word}` : `${word} `);
    },
  ],
  // Deleting a word.
  [
    3,
    (t, r) => {
      const i = at(t, r);
      const m = /\S+\s*/.exec(t.slice(i));
      return m ? splice(t, i + m.index, i + m.index + m[0].length, '') : t;
    },
  ],
  // A line break or a paragraph break, now and then as Windows or old Mac ones.
  [
    4,
    (t, r) => {
      const i = at(t, r);
      return splice(t, i, i, pick(['\n', '\n\n', '\n', '\n\n', '\r\n', '\r'], r));
    },
  ],
  // Pasting a paragraph of another reply.
  [
    2,
    (t, r, language) => {
      const source = reply(language, 60, 1 + Math.floor(r() * 50)).split('\n\n');
      const paragraph = pick(source, r);
      const breaks = [...t.matchAll(/\n\n/g)].map((m) => m.index);
      const i = breaks.length > 0 && r() < 0.7 ? pick(breaks, r) : at(t, r);
      return splice(t, i, i, `\n\n${paragraph}`);
    },
  ],
  // Joining two paragraphs.
  [
    2,
    (t, r) => {
      const breaks = [...t.matchAll(/\n\n+/g)];
      if (breaks.length === 0) return t;
      const m = pick(breaks, r);
      return splice(t, m.index, m.index + m[0].length, r() < 0.5 ? ' ' : '\n');
    },
  ],
  // Deleting a paragraph.
  [
    1,
    (t, r) => {
      const paragraphs = t.split('\n\n');
      if (paragraphs.length < 3) return t;
      paragraphs.splice(Math.floor(r() * paragraphs.length), 1);
      return paragraphs.join('\n\n');
    },
  ],
  // Selecting a range and typing over it.
  [
    1,
    (t, r, language) => {
      const i = at(t, r);
      const j = Math.min(t.length, i + Math.floor(r() * 80));
      return splice(t, i, j, r() < 0.5 ? '' : pick(WORDS[language], r));
    },
  ],
];
const TOTAL_WEIGHT = EDITS.reduce((sum, [w]) => sum + w, 0);

function randomEdit(text: string, random: () => number, language: Language): string {
  let x = random() * TOTAL_WEIGHT;
  for (const [weight, edit] of EDITS) {
    x -= weight;
    if (x < 0) return edit(text, random, language);
  }
  return text;
}

const summary = (findings: Finding[]) =>
  findings.map((f) => `${f.check}@${f.start}-${f.end}:${f.messageId}`).join('\n');

/** Applies `steps` random edits, comparing the incremental and the full check after each. */
function runEdits(
  pack: Pack,
  language: Language,
  start: string,
  steps: number,
  seed: number,
  context: CheckContext | undefined,
): void {
  const random = mulberry32(seed);
  const checker = new IncrementalChecker(pack);
  let text = start;
  for (let step = 0; step < steps; step++) {
    // Keep drafts a realistic size: a long one gets cut back to a fresh start.
    text = text.length > 4000 ? start : randomEdit(text, random, language);
    const expected = check(text, pack, context);
    const actual = checker.check(text, context);
    if (summary(actual) !== summary(expected)) {
      // The draft that broke it, for reproducing: printed only on failure.
      expect({ step, seed, text, findings: summary(actual) }).toEqual({
        step,
        seed,
        text,
        findings: summary(expected),
      });
    }
    expect(actual).toEqual(expected);
  }
}

const fi = getBuiltinPack('builtin:fi') as Pack;
const en = getBuiltinPack('builtin:en') as Pack;

const STARTS: Record<Language, string[]> = {
  fi: [
    fixture('fi-issues.txt'),
    fixture('fi-good.txt'),
    fixture('fi-quoted.txt'),
    reply('fi', 300),
    '',
  ],
  en: [fixture('en-issues.txt'), fixture('en-good.txt'), reply('en', 300), ''],
};

describe('IncrementalChecker', () => {
  for (const [language, pack] of [
    ['fi', fi],
    ['en', en],
  ] as const) {
    for (const withContext of [false, true]) {
      it(`equals a full check after each of hundreds of random edits (${language}, ${
        withContext ? 'with' : 'without'
      } a customer message)`, () => {
        const context = withContext ? CONTEXTS[language] : undefined;
        STARTS[language].forEach((start, i) => {
          runEdits(pack, language, start, 80, 1000 * i + (withContext ? 7 : 3), context);
        });
      });
    }

    it(`equals a full check with pack rules of every kind (${language})`, () => {
      const pack = packWithRules(language);
      STARTS[language].forEach((start, i) => {
        runEdits(pack, language, start, 60, 500 + i, CONTEXTS[language]);
      });
    });
  }

  it("re-runs 'adjacent' checks when a neighbouring block changes", () => {
    // The speaker fix capitalises "we" after a greeting ending in "!", not after ",", and
    // agrees with the first word of the next paragraph ("I am" → "we are"); the plain-words
    // fix capitalises "as soon as possible" for "ASAP" at a sentence start.
    const checker = new IncrementalChecker(en);
    for (const draft of [
      'Hi John, I checked your order.',
      'Hi John! I checked your order.',
      'Hello,\n\nThe parcel is late, I\n\nam sorry.',
      'Hello,\n\nThe parcel is late, I\n\nwas sorry.',
      'Hi John, ASAP we will reply.',
      'Hi John! ASAP we will reply.',
    ]) {
      expect(checker.check(draft)).toEqual(check(draft, en));
    }
  });

  it('follows a change of context and a reset', () => {
    const checker = new IncrementalChecker(fi);
    const draft = fixture('fi-issues.txt');
    expect(checker.check(draft)).toEqual(check(draft, fi));
    const context = CONTEXTS.fi;
    expect(checker.check(draft, context)).toEqual(check(draft, fi, context));
    expect(checker.check(`${draft} `, { ...context, customerName: 'Liisa' })).toEqual(
      check(`${draft} `, fi, { ...context, customerName: 'Liisa' }),
    );
    checker.reset();
    expect(checker.check(draft)).toEqual(check(draft, fi));
    // A compiled pack works as well as a pack.
    expect(new IncrementalChecker(compilePack(fi)).check(draft)).toEqual(check(draft, fi));
  });

  it('returns a fresh array each time, so a caller may sort or filter it', () => {
    const checker = new IncrementalChecker(en);
    const draft = fixture('en-issues.txt');
    const first = checker.check(draft);
    first.length = 0;
    expect(checker.check(draft)).toEqual(check(draft, en));
  });

  it('keeps the findings of paragraphs an edit did not touch', () => {
    const checker = new IncrementalChecker(fi);
    const draft = reply('fi', 1000);
    const before = checker.check(draft);
    const middle = draft.indexOf(' ', draft.length >> 1);
    const after = checker.check(`${draft.slice(0, middle)}x${draft.slice(middle)}`);
    // Findings well before the edit are the very same objects.
    const early = before.filter((f) => f.end < middle - 1000 && f.check === 'passive');
    expect(early.length).toBeGreaterThan(0);
    for (const f of early) expect(after).toContain(f);
  });

  it('moves the findings after an edit in place: a result is valid until the next check', () => {
    const checker = new IncrementalChecker(fi);
    const draft = reply('fi', 1000);
    const before = checker.check(draft);
    const middle = draft.indexOf(' ', draft.length >> 1);
    // Findings of block checks are kept per block; those of document checks are made anew.
    const late = before.filter(
      (f) => f.start > middle + 1000 && f.fixes.length > 0 && getCheck(f.check)?.scope === 'block',
    );
    expect(late.length).toBeGreaterThan(0);
    const offsets = late.map((f) => [f.start, f.fixes.map((x) => x.start)]);
    const after = checker.check(`${draft.slice(0, middle)}xy${draft.slice(middle)}`);
    late.forEach((f, i) => {
      expect(after).toContain(f);
      const [start, fixStarts] = offsets[i] as [number, number[]];
      expect(f.start).toBe(start + 2);
      expect(f.fixes.map((x) => x.start)).toEqual(fixStarts.map((x) => x + 2));
    });
  });
});
