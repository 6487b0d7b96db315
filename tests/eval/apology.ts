/**
 * Measures the `apology` check on customer messages with the company's first reply, against
 * three readers' labels of both (tests/eval/apology/).
 *
 *   npm run eval:apology -- [--split report|tune|all] [--errors]
 *
 * Prints, for the chosen split (default: report), the check's tp/fp/fn under the replies
 * corpus's house style and why each wrong or missing finding was so; `--errors` lists them
 * with their texts, for tuning on the tune split.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { upsetScore } from '../../rules/context/upset.ts';
import { checkDocument, compilePack, parseDocument } from '../../rules/index.ts';
import { ApologyPairsError, ApologyTally, loadApologyPairs } from './apology-pairs.ts';
import { runCli, scoreLine } from './cli.ts';
import { evalPack } from './replies.ts';
import type { Split } from './replies-corpus.ts';

const PAIRS = fileURLToPath(new URL('./apology/pairs.jsonl', import.meta.url));
const MESSAGES = fileURLToPath(new URL('./upset/messages.jsonl', import.meta.url));
const REPLIES = fileURLToPath(new URL('./commands/replies.jsonl', import.meta.url));
const USAGE = 'usage: npm run eval:apology -- [--split report|tune|all] [--errors]';

const flat = (text: string) => text.replace(/\s+/g, ' ');

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: { split: { type: 'string' }, errors: { type: 'boolean' } },
    strict: true,
  });
  const split = (values.split ?? 'report') as Split | 'all';
  if (!['report', 'tune', 'all'].includes(split)) throw new ApologyPairsError(USAGE);
  const pairs = loadApologyPairs(PAIRS, MESSAGES, REPLIES).filter(
    (p) => split === 'all' || p.split === split,
  );
  const pack = compilePack(evalPack('en'));
  const tally = new ApologyTally();
  for (const p of pairs) {
    const doc = parseDocument(p.reply.reply, pack.parseOptions);
    const found = checkDocument(doc, pack, { customerMessage: p.customer.text }).some(
      (f) => f.check === 'apology',
    );
    tally.add(p, found, upsetScore(p.customer.text, 'en').upset);
  }
  const upset = pairs.filter((p) => p.customer.upset).length;
  const expected = pairs.filter((p) => p.customer.upset && !p.apology).length;
  console.log(
    `Customer messages with the company's first reply, ${split} split: ${pairs.length} (${upset} customers upset, ${expected} of them without an apology)`,
  );
  console.log(scoreLine('apology', tally));
  for (const [kind, n] of tally.byKind) console.log(`  ${kind}: ${n}`);
  if (values.errors) {
    for (const { pair, kind } of tally.errors) {
      console.log(
        `  ${kind} ${pair.id}: ${flat(pair.customer.text)}\n    → ${flat(pair.reply.reply)}`,
      );
    }
  }
}

runCli(main, ApologyPairsError);
