import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type ApologyPair,
  ApologyPairsError,
  ApologyTally,
  loadApologyPairs,
  parseApologyPairs,
} from '../../eval/apology-pairs';
import type { CommandReply } from '../../eval/command-replies';
import type { Split } from '../../eval/replies-corpus';
import type { UpsetMessage } from '../../eval/upset-messages';

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const source = { repository: 'owner/repo', path: 'twcs.csv', commit: 'abc123', item: 1 };

function message(id: string, split: Split, upset: boolean): UpsetMessage {
  const common = { language: 'en' as const, source, organisation: 'Example', licence: 'x' };
  return { id, split, ...common, text: 'Broken again!!', upset, votes: [upset, upset, upset] };
}

function reply(id: string, split: Split): CommandReply {
  const common = { language: 'en' as const, source, organisation: 'Example', licence: 'x' };
  return { id, split, ...common, reply: 'Please DM us.', commands: [], votes: [[], [], []] };
}

const messages = new Map([
  ['up-a', message('up-a', 'report', true)],
  ['up-b', message('up-b', 'tune', false)],
]);
const replies = new Map([
  ['cmd-a', reply('cmd-a', 'report')],
  ['cmd-b', reply('cmd-b', 'report')],
]);

function line(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: 'ap-a',
    split: 'report',
    customer: 'up-a',
    reply: 'cmd-a',
    apology: false,
    votes: [false, false, true],
    ...overrides,
  });
}

describe('the apology pair set', () => {
  it('loads, joining messages and replies, report only where both are in report', () => {
    const pairs = loadApologyPairs(
      file('../../eval/apology/pairs.jsonl'),
      file('../../eval/upset/messages.jsonl'),
      file('../../eval/commands/replies.jsonl'),
    );
    expect(pairs.length).toBeGreaterThan(800);
    for (const p of pairs) {
      const both = p.customer.split === 'report' && p.reply.split === 'report';
      expect(p.split).toBe(both ? 'report' : 'tune');
    }
    expect(pairs.some((p) => p.apology)).toBe(true);
  });

  it('refuses a missing message or reply, a wrong split, a label that is not the majority', () => {
    const parse = (text: string) => parseApologyPairs(text, messages, replies);
    expect(parse(line())).toHaveLength(1);
    expect(() => parse(line({ customer: 'up-z' }))).toThrow(/no message up-z/);
    expect(() => parse(line({ reply: 'cmd-z' }))).toThrow(/no reply cmd-z/);
    expect(() => parse(line({ id: 'ap-b', customer: 'up-b' }))).toThrow(ApologyPairsError);
    expect(() => parse(line({ id: 'ap-b', customer: 'up-b', split: 'tune' }))).not.toThrow();
    expect(() => parse(line({ apology: true }))).toThrow(/majority/);
  });

  it('tallies a finding where the customer is upset and the reply does not apologise', () => {
    const [upsetNoApology] = parseApologyPairs(line(), messages, replies) as [ApologyPair];
    const calm: ApologyPair = { ...upsetNoApology, customer: message('up-b', 'tune', false) };
    const apologised: ApologyPair = { ...upsetNoApology, apology: true };
    const tally = new ApologyTally();
    tally.add(upsetNoApology, true, true);
    tally.add(calm, true, true);
    tally.add(apologised, true, true);
    tally.add(upsetNoApology, false, false);
    tally.add(upsetNoApology, false, true);
    tally.add(calm, false, false);
    expect([tally.tp, tally.fp, tally.fn]).toEqual([1, 2, 2]);
    expect([...tally.byKind]).toEqual([
      ['calm customer', 1],
      ['reply apologised', 1],
      ['upset not seen', 1],
      ['apology assumed', 1],
    ]);
  });
});
