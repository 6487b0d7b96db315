/**
 * Customer-care replies whose orders three readers quoted (tests/eval/commands/): the record
 * format, the loader and the scoring of the `command` check against them. A larger measure of
 * that one check than the replies corpus, where each reply carries every label.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LabelledItemFields, parseRecords } from './replies-corpus.ts';

export const CommandReplySchema = z.strictObject({
  id: z.string().regex(/^cmd-[a-z0-9-]+$/),
  ...LabelledItemFields,
  reply: z.string().min(1),
  /** The orders two or more of the three readers quoted, verbatim from `reply`. */
  commands: z.array(z.string().min(1)),
  /** Each reader's quotes, in a fixed order. */
  votes: z.tuple([z.array(z.string()), z.array(z.string()), z.array(z.string())]),
});

export type CommandReply = z.infer<typeof CommandReplySchema>;

export class CommandRepliesError extends Error {}

/** Parses the JSONL file (`parseRecords`); checks too that every quote is verbatim. */
export function parseCommandReplies(text: string, file = 'replies.jsonl'): CommandReply[] {
  const fail = (message: string) => new CommandRepliesError(message);
  return parseRecords(text, file, CommandReplySchema, fail, (r, where) => {
    for (const quote of [...r.commands, ...r.votes.flat()]) {
      if (!r.reply.includes(quote)) throw fail(`${where}: "${quote}" is not in the reply`);
    }
  });
}

export function loadCommandReplies(path: string): CommandReply[] {
  return parseCommandReplies(readFileSync(path, 'utf8'), path);
}

export interface Span {
  start: number;
  end: number;
}

export interface CommandScore {
  tp: number;
  fp: number;
  fn: number;
  /** The findings that quote nothing and the quotes nothing found, for `--errors`. */
  falsePositives: string[];
  falseNegatives: string[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Scores one reply's `command` findings against its quotes, as the replies corpus does: a
 * finding that overlaps a quote finds it (once per quote), one that overlaps none is false,
 * a quote that none overlaps is missed.
 */
export function scoreCommands(
  reply: CommandReply,
  findings: readonly Span[],
  into: CommandScore,
): void {
  const quotes = reply.commands.map((q) => {
    const start = reply.reply.indexOf(q);
    return { q, start, end: start + q.length, found: false };
  });
  for (const f of findings) {
    const hit = quotes.filter((q) => overlaps(q, f));
    if (hit.length === 0) {
      into.fp++;
      into.falsePositives.push(`${reply.id}: “${reply.reply.slice(f.start, f.end)}”`);
    }
    for (const q of hit) q.found = true;
  }
  for (const q of quotes) {
    if (q.found) into.tp++;
    else {
      into.fn++;
      into.falseNegatives.push(`${reply.id}: “${q.q}”`);
    }
  }
}

export const emptyScore = (): CommandScore => ({
  tp: 0,
  fp: 0,
  fn: 0,
  falsePositives: [],
  falseNegatives: [],
});
