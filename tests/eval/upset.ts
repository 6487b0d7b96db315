/**
 * Measures the upset score (rules/context/upset.ts), which decides when the `apology` check
 * asks for an apology, on customer messages that three readers labelled upset or calm.
 *
 *   npm run eval:upset -- [--split report|tune|all] [--errors]
 *
 * Prints, for the chosen split of tests/eval/upset/messages.jsonl (default: report), the
 * confusion at the score's threshold, the readers' labels by score, and by the kinds of
 * signal that fired. `--errors` lists the false upset and the missed upset messages with
 * their signals, for tuning on the tune split.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { upsetScore } from '../../rules/context/upset.ts';
import '../../rules/builtin-languages.ts';
import { runCli } from './cli.ts';
import {
  type Confusion,
  loadUpsetMessages,
  precision,
  recall,
  type Split,
  UpsetMessagesError,
  UpsetTally,
} from './upset-messages.ts';

const DATA = fileURLToPath(new URL('./upset/messages.jsonl', import.meta.url));
const USAGE = 'usage: npm run eval:upset -- [--split report|tune|all] [--errors]';

const pct = (x: number | null) => (x === null ? '–' : x.toFixed(2));

function row(label: string, c: Confusion): string {
  return `${label}  tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  tn ${c.tn}  precision ${pct(precision(c))}  recall ${pct(recall(c))}`;
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: { split: { type: 'string' }, errors: { type: 'boolean' }, data: { type: 'string' } },
    strict: true,
  });
  const split = (values.split ?? 'report') as Split | 'all';
  if (!['report', 'tune', 'all'].includes(split)) throw new UpsetMessagesError(USAGE);
  const messages = loadUpsetMessages(values.data ?? DATA).filter(
    (m) => split === 'all' || m.split === split,
  );
  const tally = new UpsetTally();
  const bySource = new Map<string, UpsetTally>();
  const errors: string[] = [];
  for (const m of messages) {
    const result = upsetScore(m.text, m.language);
    tally.add(m, result);
    let ofSource = bySource.get(m.source.repository);
    if (!ofSource) {
      ofSource = new UpsetTally();
      bySource.set(m.source.repository, ofSource);
    }
    ofSource.add(m, result);
    if (values.errors && result.upset !== m.upset) {
      const signals = result.signals.map((s) => `${s.kind}:${s.text}`).join(' | ') || '–';
      errors.push(
        `  ${result.upset ? 'FP' : 'FN'} ${m.id} (score ${result.score}; ${signals}): ${m.text.replace(/\s+/g, ' ')}`,
      );
    }
  }
  const upset = messages.filter((m) => m.upset).length;
  console.log(
    `Customer messages, ${split} split: ${messages.length} (${upset} upset by the majority of three readers)`,
  );
  console.log(row(`score ≥ ${tally.threshold}:`, tally.atThreshold));
  if (bySource.size > 1) {
    for (const [source, t] of bySource) console.log(row(`  ${source}:`, t.atThreshold));
  }
  console.log('by score (upset / calm):');
  for (const [score, [u, c]] of [...tally.byScore].sort((a, b) => a[0] - b[0])) {
    console.log(`  ${score === 6 ? '6+' : score}  ${u} / ${c}`);
  }
  console.log('by signal kind, messages where it fired (upset / calm):');
  for (const [kind, [u, c]] of [...tally.byKind].sort()) console.log(`  ${kind}  ${u} / ${c}`);
  if (errors.length > 0) console.log(errors.join('\n'));
}

runCli(main, UpsetMessagesError);
