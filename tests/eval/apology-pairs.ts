/**
 * Customer messages with the company's first reply (tests/eval/apology/): pairs joined from
 * the upset message set (tests/eval/upset/) and the command set (tests/eval/commands/), with
 * whether the reply apologises by three readers. The `apology` check is scored against both
 * labels: it should ask for an apology exactly where the customer is upset and the reply does
 * not apologise. A larger measure of that check than the replies corpus.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type CommandReply, loadCommandReplies } from './command-replies.ts';
import { parseRecords, SPLITS, type Split } from './replies-corpus.ts';
import { loadUpsetMessages, type UpsetMessage } from './upset-messages.ts';

export const ApologyPairSchema = z.strictObject({
  id: z.string().regex(/^ap-[a-z0-9-]+$/),
  split: z.enum(SPLITS),
  /** The customer's message: a record of tests/eval/upset/messages.jsonl. */
  customer: z.string().regex(/^up-[a-z0-9-]+$/),
  /** The company's first reply to it: a record of tests/eval/commands/replies.jsonl. */
  reply: z.string().regex(/^cmd-[a-z0-9-]+$/),
  /** Whether the reply apologises: the majority of the three readers. */
  apology: z.boolean(),
  /** Each reader's label, in a fixed order. */
  votes: z.tuple([z.boolean(), z.boolean(), z.boolean()]),
});

type PairRecord = z.infer<typeof ApologyPairSchema>;

export interface ApologyPair {
  id: string;
  split: Split;
  customer: UpsetMessage;
  reply: CommandReply;
  apology: boolean;
  votes: readonly [boolean, boolean, boolean];
}

export class ApologyPairsError extends Error {}

/**
 * Parses the JSONL file against the two sets it joins (`parseRecords`): each pair's message
 * and reply must exist, its label must be the votes' majority, and its split is `report` only
 * where both the message and the reply are in their sets' report parts, so that nothing a
 * rule was written from is measured as unseen.
 */
export function parseApologyPairs(
  text: string,
  messages: ReadonlyMap<string, UpsetMessage>,
  replies: ReadonlyMap<string, CommandReply>,
  file = 'pairs.jsonl',
): ApologyPair[] {
  const fail = (message: string) => new ApologyPairsError(message);
  const records = parseRecords<PairRecord>(
    text,
    file,
    ApologyPairSchema,
    fail,
    (r, where) => {
      if (!messages.has(r.customer)) throw fail(`${where}: no message ${r.customer}`);
      if (!replies.has(r.reply)) throw fail(`${where}: no reply ${r.reply}`);
      if (r.votes.filter(Boolean).length >= 2 !== r.apology) {
        throw fail(`${where}: apology must be the majority of the votes`);
      }
    },
    (r) =>
      messages.get(r.customer)?.split === 'report' && replies.get(r.reply)?.split === 'report'
        ? 'report'
        : 'tune',
  );
  return records.map((r) => ({
    ...r,
    customer: messages.get(r.customer) as UpsetMessage,
    reply: replies.get(r.reply) as CommandReply,
  }));
}

export function loadApologyPairs(
  path: string,
  messagesPath: string,
  repliesPath: string,
): ApologyPair[] {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((i) => [i.id, i] as const));
  return parseApologyPairs(
    readFileSync(path, 'utf8'),
    byId(loadUpsetMessages(messagesPath)),
    byId(loadCommandReplies(repliesPath)),
    path,
  );
}

/** Why a finding was wrong or missing. */
export type ApologyErrorKind =
  | 'calm customer'
  | 'reply apologised'
  | 'upset not seen'
  | 'apology assumed';

export interface ApologyError {
  pair: ApologyPair;
  kind: ApologyErrorKind;
}

/**
 * Tallies the `apology` check against the labels: a finding is expected exactly where the
 * customer is upset and the reply does not apologise. A false finding is on a calm customer
 * or a reply that apologised (in words the check does not know); a missed one is an upset
 * customer the score did not see, or a reply the check took as apologising and the readers
 * did not.
 */
export class ApologyTally {
  tp = 0;
  fp = 0;
  fn = 0;
  readonly errors: ApologyError[] = [];
  readonly byKind = new Map<ApologyErrorKind, number>();

  /** `found`: the check reported; `upsetSeen`: the upset score reached its threshold. */
  add(pair: ApologyPair, found: boolean, upsetSeen: boolean): void {
    const expected = pair.customer.upset && !pair.apology;
    if (found && expected) this.tp++;
    else if (found) {
      this.fp++;
      this.error(pair, pair.customer.upset ? 'reply apologised' : 'calm customer');
    } else if (expected) {
      this.fn++;
      this.error(pair, upsetSeen ? 'apology assumed' : 'upset not seen');
    }
  }

  private error(pair: ApologyPair, kind: ApologyErrorKind): void {
    this.errors.push({ pair, kind });
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
  }
}
