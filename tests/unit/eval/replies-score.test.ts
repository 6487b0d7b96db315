import { describe, expect, it } from 'vitest';
import { type ReplyLabels, type ReplyRecord, splitOf } from '../../eval/replies-corpus';
import {
  type EvalFinding,
  expectedAtReply,
  type JudgedStyle,
  questionSimilarity,
  quotedQuestion,
  ReplyTally,
  scoreCheck,
} from '../../eval/replies-score';

const STYLE: JudgedStyle = { address: 'any', speaker: 'we' };

const LABELS: ReplyLabels = {
  greeting: true,
  thanks: true,
  closing: true,
  address: 'none',
  speaker: 'we',
  commands: [],
  passives: [],
  upset: false,
  apology: false,
  questions: [],
  longSentences: [],
  promises: [],
};

function record(
  reply: string,
  labels: Partial<ReplyLabels> = {},
  customer: string | null = null,
): ReplyRecord {
  const id = 'en-test';
  return {
    id,
    language: 'en',
    split: splitOf(id),
    source: { url: 'https://example.com/thread' },
    licence: 'test',
    customer,
    reply,
    labels: { ...LABELS, ...labels },
  };
}

function finding(
  check: string,
  reply: string,
  text: string,
  message = `${check} finding`,
): EvalFinding {
  const start = reply.indexOf(text);
  return { check, start, end: start + text.length, text, message };
}

describe('reply-level checks', () => {
  it('expects a greeting finding only when the labels say the greeting is missing', () => {
    expect(expectedAtReply('greeting', record('x', { greeting: false }), STYLE)).toBe(true);
    expect(expectedAtReply('greeting', record('x', { greeting: true }), STYLE)).toBe(false);
  });

  it('expects an apology finding for an upset customer without an apology', () => {
    expect(expectedAtReply('apology', record('x', { upset: true, apology: false }), STYLE)).toBe(
      true,
    );
    expect(expectedAtReply('apology', record('x', { upset: true, apology: true }), STYLE)).toBe(
      false,
    );
    expect(expectedAtReply('apology', record('x', { upset: false, apology: false }), STYLE)).toBe(
      false,
    );
  });

  it('judges address and speaker by the house style', () => {
    const informal = record('x', { address: 'informal' });
    expect(expectedAtReply('address', informal, STYLE)).toBe(false);
    expect(expectedAtReply('address', informal, { ...STYLE, address: 'formal' })).toBe(true);
    expect(expectedAtReply('address', record('x', { address: 'mixed' }), STYLE)).toBe(true);
    expect(expectedAtReply('speaker', record('x', { speaker: 'I' }), STYLE)).toBe(true);
    expect(expectedAtReply('speaker', record('x', { speaker: 'mixed' }), STYLE)).toBe(true);
    expect(
      expectedAtReply('speaker', record('x', { speaker: 'we' }), { ...STYLE, speaker: 'I' }),
    ).toBe(true);
    expect(
      expectedAtReply('speaker', record('x', { speaker: 'I' }), { ...STYLE, speaker: 'any' }),
    ).toBe(false);
  });

  it('counts one decision per reply however many findings the check gives', () => {
    const reply = 'Your order is late. It was sent.';
    const r = record(reply, { closing: false });
    const two = [
      finding('closing', reply, 'Your order is late.'),
      finding('closing', reply, 'It was sent.'),
    ];
    expect(scoreCheck('closing', r, two, STYLE)).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scoreCheck('closing', r, [], STYLE)).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    const present = record(reply, { closing: true });
    const wrong = scoreCheck('closing', present, two, STYLE);
    expect(wrong).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(wrong.errors).toEqual([
      expect.objectContaining({
        kind: 'fp',
        id: 'en-test',
        check: 'closing',
        text: 'Your order is late.',
      }),
    ]);
  });

  it('ignores findings of other checks and unscored message ids', () => {
    const reply = 'Hey, you ok?';
    const chat: EvalFinding = { ...finding('address', reply, 'ok'), messageId: 'chat' };
    expect(
      scoreCheck('address', record(reply), [chat, finding('greeting', reply, 'Hey')], STYLE),
    ).toMatchObject({
      tp: 0,
      fp: 0,
      fn: 0,
    });
  });
});

describe('span-level checks', () => {
  const reply = 'Your parcel was sent on Monday. Restart the app. Please log in again.';

  it('counts a labelled quote as found when a finding overlaps it', () => {
    const r = record(reply, { passives: ['was sent'], commands: ['Restart the app'] });
    const result = scoreCheck('passive', r, [finding('passive', reply, 'parcel was sent')], STYLE);
    expect(result).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a finding on no labelled quote as a false positive and a missed quote as a false negative', () => {
    const r = record(reply, { commands: ['Restart the app'] });
    const result = scoreCheck('command', r, [finding('command', reply, 'log in')], STYLE);
    expect(result).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(result.errors.map((e) => [e.kind, e.text])).toEqual([
      ['fp', 'log in'],
      ['fn', 'Restart the app'],
    ]);
  });

  it('does not count a second finding on an already found quote either way', () => {
    const r = record(reply, { longSentences: ['Your parcel was sent on Monday.'] });
    const result = scoreCheck(
      'sentence-length',
      r,
      [
        finding('sentence-length', reply, 'Your parcel'),
        finding('sentence-length', reply, 'on Monday'),
      ],
      STYLE,
    );
    expect(result).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('unanswered questions', () => {
  const customer = 'Where is my parcel? Can I change the address? Why is nobody answering?!';
  const reply = 'Hi, your parcel arrives on Friday.';
  const labels: Partial<ReplyLabels> = {
    questions: [
      { text: 'Where is my parcel?', answered: true },
      { text: 'Can I change the address?', answered: false },
    ],
  };
  const asked = (q: string): EvalFinding => ({
    check: 'unanswered-question',
    start: 0,
    end: 0,
    text: '',
    message: `The customer asked: “${q}” — the reply does not seem to answer it.`,
  });

  it('reads the question a finding quotes, shortened or not', () => {
    expect(quotedQuestion('Asiakas kysyi: ”Voinko vaihtaa osoitteen?” — vastauksessa ei')).toBe(
      'Voinko vaihtaa osoitteen?',
    );
    expect(quotedQuestion('The customer asked: “Can I change the addr…” — the reply')).toBe(
      'Can I change the addr',
    );
    expect(questionSimilarity('Can I change the addr', 'Can I change the address?')).toBe(1);
    expect(questionSimilarity('When do you open', 'Can I change the address?')).toBeLessThan(0.5);
  });

  it('scores findings against the labelled questions', () => {
    const r = record(reply, labels, customer);
    expect(
      scoreCheck('unanswered-question', r, [asked('Can I change the address?')], STYLE),
    ).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 0,
    });
    // An answered question reported, and the unanswered one missed.
    const wrong = scoreCheck('unanswered-question', r, [asked('Where is my parcel?')], STYLE);
    expect(wrong).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    // A question not labelled (rhetorical) is a false positive.
    const rhetorical = scoreCheck(
      'unanswered-question',
      r,
      [asked('Can I change the address?'), asked('Why is nobody answering?!')],
      STYLE,
    );
    expect(rhetorical).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('tally', () => {
  it('sums per check and language and micro-averages over checks', () => {
    const tally = new ReplyTally();
    const reply = 'Thanks for writing. It was fixed.';
    tally.add(
      record(reply, { greeting: false, passives: ['was fixed'] }),
      [finding('greeting', reply, 'Thanks')],
      STYLE,
      ['greeting', 'passive'],
    );
    tally.add(record(reply, { greeting: true }), [finding('greeting', reply, 'Thanks')], STYLE, [
      'greeting',
      'passive',
    ]);
    expect(tally.check('greeting')).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 0,
      precision: 0.5,
      recall: 1,
    });
    expect(tally.check('passive')).toMatchObject({
      tp: 0,
      fp: 0,
      fn: 1,
      precision: null,
      recall: 0,
    });
    expect(tally.overall()).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(tally.overall('fi')).toMatchObject({
      tp: 0,
      fp: 0,
      fn: 0,
      precision: null,
      recall: null,
    });
    expect(tally.errors.map((e) => `${e.kind} ${e.check}`)).toEqual(['fn passive', 'fp greeting']);
  });
});
