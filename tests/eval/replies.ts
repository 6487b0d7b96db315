/**
 * Measures the checks on real replies written by customer-service staff, against hand labels.
 *
 *   npm run eval:replies -- [--split report|tune|all] [--lang fi|en] [--json] [--errors CHECK]...
 *
 * Runs the engine over the chosen split of tests/eval/replies/replies.jsonl (default: the
 * report split) with the house style below, each reply with its customer's message as context,
 * and prints tp/fp/fn, precision and recall per check and over all checks. `--json` prints
 * one JSON object instead; `--errors CHECK` lists that check's false positives and false
 * negatives with their text (to stderr under --json), for tuning on the tune split.
 * How a finding counts is defined in replies-score.ts.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getFinnishAnalyzer } from '../../cli/dictionary.ts';
import { finnishMorphology } from '../../rules/fi/morphology.ts';
import {
  type CompiledPack,
  checkDocument,
  compilePack,
  type Pack,
  parseDocument,
  checks as registeredChecks,
} from '../../rules/index.ts';
import { installMorphology } from '../../rules/languages.ts';
import { CorpusError, loadCorpus, type ReplyRecord, SPLITS, type Split } from './replies-corpus.ts';
import {
  type ErrorItem,
  isScored,
  type JudgedStyle,
  ReplyTally,
  SCORED_CHECKS,
  type Score,
  type ScoredCheck,
} from './replies-score.ts';

const DATA = fileURLToPath(new URL('./replies/replies.jsonl', import.meta.url));

/** The house style the labels are judged under, the same for both languages. */
export const JUDGED_STYLE: JudgedStyle = { address: 'any', speaker: 'we' };

/** Checks whose judgement the corpus does not label; switched off to keep the run lean. */
const UNLABELLED = [
  'blame',
  'placeholder',
  'repeated-word',
  'reply-length',
  'paragraph-length',
  'numbered-steps',
] as const;

/**
 * The stated house style: the built-in pack of the language with greeting, thanks and
 * closing required in any wording (`phrases: []`, no signature required), "we" as the
 * speaker, either form of address but not both, orders and passives avoided, the built-in
 * sentence limit (20 words in Finnish, 25 in English), an apology expected from an upset
 * customer, and a promise of an answer within two working days.
 */
export function evalPack(language: 'fi' | 'en'): Pack {
  const known = new Set(registeredChecks.map((c) => c.id));
  return {
    id: `eval:${language}`,
    name: `Evaluation house style (${language})`,
    version: '1.0.0',
    language,
    extends: `builtin:${language}`,
    style: {
      address: JUDGED_STYLE.address,
      speaker: JUDGED_STYLE.speaker,
      commands: 'avoid',
      passive: 'avoid',
      greeting: { required: true, phrases: [] },
      thanks: { required: true, phrases: [] },
      closing: { required: true, phrases: [] },
      sentenceMaxWords: language === 'fi' ? 20 : 25,
      apologyWhenUpset: { enabled: true },
      responseTime: { amount: 2, unit: 'working-days' },
    },
    checks: {
      closing: { options: { requireSignature: false } },
      ...Object.fromEntries(
        UNLABELLED.filter((id) => known.has(id)).map((id) => [id, { enabled: false }]),
      ),
    },
  };
}

class UsageError extends Error {}

const USAGE =
  'usage: npm run eval:replies -- [--split report|tune|all] [--lang fi|en] [--json] [--errors CHECK]...';

interface Options {
  split: Split | 'all';
  lang?: 'fi' | 'en';
  json: boolean;
  errors: ScoredCheck[];
  data: string;
}

function options(argv: string[]): Options {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const split = values.split ?? 'report';
  if (split !== 'all' && !(SPLITS as readonly string[]).includes(split)) {
    throw new UsageError(`--split must be report, tune or all, not "${split}"`);
  }
  const lang = values.lang;
  if (lang !== undefined && lang !== 'fi' && lang !== 'en') {
    throw new UsageError(`--lang must be fi or en, not "${lang}"`);
  }
  const errors = (values.errors ?? []).map((check) => {
    if (!isScored(check)) {
      throw new UsageError(
        `--errors: "${check}" is not a scored check (one of ${Object.keys(SCORED_CHECKS).join(', ')})`,
      );
    }
    return check;
  });
  return {
    split: split as Split | 'all',
    json: values.json ?? false,
    errors,
    data: values.data ?? DATA,
    ...(lang ? { lang } : {}),
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      split: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      errors: { type: 'string', multiple: true },
      data: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
}

export interface RunResult {
  records: ReplyRecord[];
  tally: ReplyTally;
  scored: ScoredCheck[];
  /** Scored checks the engine does not have (yet). */
  absent: ScoredCheck[];
  /** Findings of checks the corpus does not label, by check id. */
  unscored: Map<string, number>;
}

/** Runs the engine over the records and tallies the findings against the labels. */
export function run(records: readonly ReplyRecord[]): RunResult {
  installMorphology('fi', finnishMorphology(getFinnishAnalyzer));
  const known = new Set(registeredChecks.map((c) => c.id));
  const all = Object.keys(SCORED_CHECKS) as ScoredCheck[];
  const scored = all.filter((c) => known.has(c));
  const absent = all.filter((c) => !known.has(c));
  const packs = new Map<'fi' | 'en', CompiledPack>();
  const tally = new ReplyTally();
  const unscored = new Map<string, number>();
  for (const record of records) {
    let compiled = packs.get(record.language);
    if (!compiled) {
      compiled = compilePack(evalPack(record.language));
      packs.set(record.language, compiled);
    }
    const doc = parseDocument(record.reply, compiled.parseOptions);
    const context = record.customer === null ? {} : { customerMessage: record.customer };
    const findings = checkDocument(doc, compiled, context);
    for (const f of findings) {
      if (!isScored(f.check)) unscored.set(f.check, (unscored.get(f.check) ?? 0) + 1);
    }
    tally.add(record, findings, JUDGED_STYLE, scored);
  }
  return { records: [...records], tally, scored, absent, unscored };
}

// Three decimals: at two, 28 right findings of 33 (0.848) would print as the 0.85 the issue
// asks for.
const pct = (x: number | null) => (x === null ? '    –' : x.toFixed(3).padStart(5));

function row(name: string, s: Score): string {
  return `${name.padEnd(22)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}   ${pct(s.precision)}   ${pct(s.recall)}`;
}

export function formatTable(result: RunResult, split: string): string {
  const { records, tally } = result;
  const n = (lang: string) => records.filter((r) => r.language === lang).length;
  const lines = [
    `Real replies, ${split} split: ${records.length} replies (fi ${n('fi')}, en ${n('en')})`,
    `House style: eval:fi / eval:en (tests/eval/replies.ts) = built-in pack + ${JSON.stringify(evalPack('fi').style)} (English: sentenceMaxWords 25), closing without signature`,
    '',
    `${'check'.padEnd(22)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}    prec   recall`,
  ];
  for (const check of result.scored) lines.push(row(check, tally.check(check)));
  lines.push(row('all checks', tally.overall()));
  lines.push(row('  Finnish', tally.overall('fi')));
  lines.push(row('  English', tally.overall('en')));
  if (result.absent.length > 0)
    lines.push('', `Not in the catalogue yet: ${result.absent.join(', ')}`);
  if (result.unscored.size > 0) {
    const list = [...result.unscored].map(([c, k]) => `${c} ${k}`).join(', ');
    lines.push(`Findings of checks the corpus does not label (not scored): ${list}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatErrors(errors: readonly ErrorItem[], check: ScoredCheck): string {
  const mine = errors.filter((e) => e.check === check);
  const out = [
    `${check}: ${mine.filter((e) => e.kind === 'fp').length} false positives, ${mine.filter((e) => e.kind === 'fn').length} false negatives`,
  ];
  for (const e of mine) {
    const text = e.text.replace(/\s+/g, ' ').trim();
    out.push(`  ${e.kind.toUpperCase()} ${e.id}: “${text}” — ${e.detail.replace(/\s+/g, ' ')}`);
  }
  return `${out.join('\n')}\n`;
}

export function toJson(result: RunResult, split: string): object {
  const { tally } = result;
  return {
    split,
    replies: result.records.length,
    style: { fi: evalPack('fi'), en: evalPack('en') },
    checks: Object.fromEntries(
      result.scored.map((c) => [
        c,
        { ...tally.check(c), fi: tally.check(c, 'fi'), en: tally.check(c, 'en') },
      ]),
    ),
    overall: { ...tally.overall(), fi: tally.overall('fi'), en: tally.overall('en') },
    absent: result.absent,
    unscored: Object.fromEntries(result.unscored),
  };
}

function main(argv: string[]): number {
  let opts: Options;
  let records: ReplyRecord[];
  try {
    opts = options(argv);
    records = loadCorpus(opts.data);
  } catch (e) {
    if (e instanceof UsageError || e instanceof CorpusError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const chosen = records.filter(
    (r) =>
      (opts.split === 'all' || r.split === opts.split) && (!opts.lang || r.language === opts.lang),
  );
  const result = run(chosen);
  const errorText = opts.errors.map((c) => formatErrors(result.tally.errors, c)).join('');
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(toJson(result, opts.split))}\n`);
    if (errorText) process.stderr.write(errorText);
  } else {
    process.stdout.write(formatTable(result, opts.split));
    if (errorText) process.stdout.write(`\n${errorText}`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
