/**
 * Measures the `command` check on customer-care replies whose orders three readers quoted.
 *
 *   npm run eval:commands -- [--split report|tune|all] [--errors]
 *
 * Runs the engine over the chosen split of tests/eval/commands/replies.jsonl (default:
 * report) under the replies corpus's house style (tests/eval/replies.ts, `evalPack`), with the
 * `command` check's findings scored against the majority's quotes. `--errors` lists the false
 * and the missed orders, for tuning on the tune split.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkDocument, compilePack, parseDocument } from '../../rules/index.ts';
import { runCli, scoreLine } from './cli.ts';
import {
  CommandRepliesError,
  type CommandScore,
  emptyScore,
  loadCommandReplies,
  scoreCommands,
} from './command-replies.ts';
import { evalPack } from './replies.ts';

const DATA = fileURLToPath(new URL('./commands/replies.jsonl', import.meta.url));
const USAGE = 'usage: npm run eval:commands -- [--split report|tune|all] [--errors]';

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: { split: { type: 'string' }, errors: { type: 'boolean' }, data: { type: 'string' } },
    strict: true,
  });
  const split = values.split ?? 'report';
  if (!['report', 'tune', 'all'].includes(split)) throw new CommandRepliesError(USAGE);
  const replies = loadCommandReplies(values.data ?? DATA).filter(
    (r) => split === 'all' || r.split === split,
  );
  const pack = compilePack(evalPack('en'));
  const score = emptyScore();
  const bySource = new Map<string, CommandScore>();
  for (const r of replies) {
    const findings = checkDocument(parseDocument(r.reply, pack.parseOptions), pack, {}).filter(
      (f) => f.check === 'command',
    );
    scoreCommands(r, findings, score);
    let ofSource = bySource.get(r.source.repository);
    if (!ofSource) {
      ofSource = emptyScore();
      bySource.set(r.source.repository, ofSource);
    }
    scoreCommands(r, findings, ofSource);
  }
  const quoted = replies.reduce((n, r) => n + r.commands.length, 0);
  console.log(
    `Replies, ${split} split: ${replies.length} (${quoted} orders quoted by the majority of three readers)`,
  );
  console.log(scoreLine('command', score));
  if (bySource.size > 1)
    for (const [source, s] of bySource) console.log(scoreLine(`  ${source}:`, s));
  if (values.errors) {
    for (const e of score.falsePositives) console.log(`  FP ${e}`);
    for (const e of score.falseNegatives) console.log(`  FN ${e}`);
  }
}

runCli(main, CommandRepliesError);
