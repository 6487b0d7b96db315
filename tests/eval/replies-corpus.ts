/**
 * The corpus of real, hand-labelled customer-service replies (tests/eval/replies/): its
 * record format, its loader and its fixed tune/report split. The README beside the data
 * says how the replies were chosen and what each label means.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const SPLITS = ['tune', 'report'] as const;
export type Split = (typeof SPLITS)[number];

const QuestionSchema = z.strictObject({
  /** Verbatim from the customer's message. */
  text: z.string().min(1),
  answered: z.boolean(),
});

export const ReplyLabelsSchema = z.strictObject({
  greeting: z.boolean(),
  thanks: z.boolean(),
  closing: z.boolean(),
  address: z.enum(['formal', 'informal', 'mixed', 'none']),
  speaker: z.enum(['we', 'I', 'mixed', 'none']),
  /** Verbatim quotes from the reply. */
  commands: z.array(z.string().min(1)),
  passives: z.array(z.string().min(1)),
  upset: z.boolean(),
  apology: z.boolean(),
  questions: z.array(QuestionSchema),
  longSentences: z.array(z.string().min(1)),
  promises: z.array(z.string().min(1)),
});

const SourceSchema = z
  .strictObject({
    url: z.string().optional(),
    repository: z.string().optional(),
    path: z.string().optional(),
    commit: z.string().optional(),
    item: z.string().optional(),
    organisation: z.string().optional(),
  })
  .refine((s) => s.url !== undefined || (s.repository && s.path && s.commit), {
    message: 'a source needs a url, or a repository, path and commit',
  });

export const ReplyRecordSchema = z.strictObject({
  id: z.string().regex(/^(fi|en)-[a-z0-9-]+$/),
  language: z.enum(['fi', 'en']),
  split: z.enum(SPLITS),
  source: SourceSchema,
  licence: z.string().min(1),
  customer: z.string().min(1).nullable(),
  reply: z.string().min(1),
  labels: ReplyLabelsSchema,
  note: z.string().optional(),
});

export type ReplyLabels = z.infer<typeof ReplyLabelsSchema>;
export type ReplyRecord = z.infer<typeof ReplyRecordSchema>;

/**
 * The split a record belongs to, fixed by its id: `report` when the first eight hex digits
 * of SHA-256(id) are divisible by three (about a third), `tune` otherwise.
 */
export function splitOf(id: string): Split {
  const head = createHash('sha256').update(id).digest('hex').slice(0, 8);
  return Number.parseInt(head, 16) % 3 === 0 ? 'report' : 'tune';
}

/**
 * The fields a single-label set's record shares (tests/eval/upset/, tests/eval/commands/):
 * language, split, the dataset item it was taken from, the organisation and the licence.
 */
export const LabelledItemFields = {
  language: z.enum(['fi', 'en']),
  split: z.enum(SPLITS),
  source: z.strictObject({
    repository: z.string().min(1),
    path: z.string().min(1),
    commit: z.string().min(1),
    item: z.number().int().nonnegative(),
  }),
  organisation: z.string().min(1),
  licence: z.string().min(1),
};

export class CorpusError extends Error {}

/**
 * Parses a JSONL file of records that carry an `id` and a `split` (the replies corpus and the
 * single-label sets beside it): each line must be JSON and match `schema`, ids must be unique
 * and each split must be the one the id's hash gives (or, for a set built from others,
 * `expectedSplit`). `check` adds a file's own checks; every failure is thrown as
 * `fail(message)`, the message led by the file and line.
 */
export function parseRecords<T extends { id: string; split: Split }>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  fail: (message: string) => Error,
  check: (record: T, where: string) => void = () => {},
  expectedSplit: (record: T) => Split = (r) => splitOf(r.id),
): T[] {
  const records: T[] = [];
  const seen = new Set<string>();
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const where = `${file}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw fail(`${where}: not JSON (${(e as Error).message})`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw fail(`${where}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    }
    const r = parsed.data;
    if (seen.has(r.id)) throw fail(`${where}: duplicate id ${r.id}`);
    seen.add(r.id);
    check(r, where);
    const expected = expectedSplit(r);
    if (r.split !== expected) {
      throw fail(`${where}: ${r.id} is in ${r.split}, but its id puts it in ${expected}`);
    }
    records.push(r);
  }
  return records;
}

/**
 * Parses the JSONL corpus and checks, beside what `parseRecords` does, the id's language
 * prefix, and that every quote is found verbatim in the reply and every question in the
 * customer's message.
 */
export function parseCorpus(text: string, file = 'replies.jsonl'): ReplyRecord[] {
  const fail = (message: string) => new CorpusError(message);
  return parseRecords(text, file, ReplyRecordSchema, fail, (r, where) => {
    if (!r.id.startsWith(`${r.language}-`)) {
      throw fail(`${where}: id ${r.id} does not start with its language`);
    }
    const { labels } = r;
    for (const key of ['commands', 'passives', 'longSentences', 'promises'] as const) {
      for (const quote of labels[key]) {
        if (!r.reply.includes(quote)) {
          throw fail(`${where}: ${r.id} ${key}: "${quote}" is not in the reply`);
        }
      }
    }
    for (const q of labels.questions) {
      if (!r.customer?.includes(q.text)) {
        throw fail(`${where}: ${r.id}: question "${q.text}" is not in the customer's message`);
      }
    }
  });
}

export function loadCorpus(file: string): ReplyRecord[] {
  return parseCorpus(readFileSync(file, 'utf8'), file);
}
