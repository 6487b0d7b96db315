/**
 * Customer messages labelled upset or calm by three readers (tests/eval/upset/): their
 * record format, loader and the tally of the upset score against them. A larger, cheaper
 * measure of `rules/context/upset.ts` than the replies corpus, where each upset label comes
 * with a whole reply to label.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UPSET_THRESHOLD, type UpsetResult } from '../../rules/context/upset.ts';
import { LabelledItemFields, parseRecords, type Split } from './replies-corpus.ts';

export const UpsetMessageSchema = z.strictObject({
  id: z.string().regex(/^up-[a-z0-9-]+$/),
  ...LabelledItemFields,
  text: z.string().min(1),
  /** The majority of the three readers. */
  upset: z.boolean(),
  /** Each reader's label, in a fixed order. */
  votes: z.tuple([z.boolean(), z.boolean(), z.boolean()]),
});

export type UpsetMessage = z.infer<typeof UpsetMessageSchema>;

export class UpsetMessagesError extends Error {}

/** Parses the JSONL file (`parseRecords`); checks too that the label is the votes' majority. */
export function parseUpsetMessages(text: string, file = 'messages.jsonl'): UpsetMessage[] {
  const fail = (message: string) => new UpsetMessagesError(message);
  return parseRecords(text, file, UpsetMessageSchema, fail, (m, where) => {
    if (m.votes.filter(Boolean).length >= 2 !== m.upset) {
      throw fail(`${where}: upset must be the majority of the votes`);
    }
  });
}

export function loadUpsetMessages(path: string): UpsetMessage[] {
  return parseUpsetMessages(readFileSync(path, 'utf8'), path);
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
export const precision = (c: Confusion) => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Confusion) => ratio(c.tp, c.tp + c.fn);

/**
 * Tallies scores against the readers' majority: at the threshold, by score, and by the kinds
 * of signal that fired (a message counts once under each kind it shows).
 */
export class UpsetTally {
  readonly atThreshold: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  /** Score (capped at 6) → [upset, calm] messages. */
  readonly byScore = new Map<number, [number, number]>();
  /** Signal kind → [upset, calm] messages in which it fired. */
  readonly byKind = new Map<string, [number, number]>();

  constructor(readonly threshold = UPSET_THRESHOLD) {}

  add(message: UpsetMessage, result: UpsetResult): void {
    const predicted = result.score >= this.threshold;
    const c = this.atThreshold;
    if (predicted && message.upset) c.tp++;
    else if (predicted) c.fp++;
    else if (message.upset) c.fn++;
    else c.tn++;
    bump(this.byScore, Math.min(6, Math.max(0, result.score)), message.upset);
    for (const kind of new Set(result.signals.map((s) => s.kind))) {
      bump(this.byKind, kind, message.upset);
    }
  }
}

function bump<K>(map: Map<K, [number, number]>, key: K, upset: boolean): void {
  const row = map.get(key) ?? [0, 0];
  row[upset ? 0 : 1]++;
  map.set(key, row);
}

export type { Split };
