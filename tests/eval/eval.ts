/**
 * Measures a sentence-level feature detector against a labelled JSONL file.
 *
 *   npm run eval -- --data FILE.jsonl [--lang fi|en] [--json] [--errors LABEL]...
 *
 * Prints precision, recall and F1 per applicable label (with tp/fp/fn and support) and the
 * time per sentence; `--json` prints exactly one JSON object
 * `{label: {precision, recall, f1, tp, fp, fn}}` instead. `--errors LABEL` lists that
 * label's false positives and false negatives (to stderr under --json), for development.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createFeatureDetector } from '../../rules/features.ts';
import {
  FEATURE_LABELS,
  type FeatureDetector,
  type FeatureLabel,
  type Language,
} from '../../rules/types.ts';
import { DatasetError, inferLanguage, type LabelledSentence, parseDataset } from './dataset.ts';
import { LabelTally, type PredictedLabels } from './metrics.ts';

class UsageError extends Error {}

const USAGE = 'usage: npm run eval -- --data FILE.jsonl [--lang fi|en] [--json] [--errors LABEL]';

interface Options {
  data: string;
  json: boolean;
  lang?: Language;
  errors: FeatureLabel[];
}

function options(argv: string[]): Options {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.data) throw new UsageError(`--data is required\n${USAGE}`);
  const lang = values.lang;
  if (lang !== undefined && lang !== 'fi' && lang !== 'en') {
    throw new UsageError(`--lang must be fi or en, not "${lang}"`);
  }
  const errors = (values.errors ?? []).map((label) => {
    if (!(FEATURE_LABELS as readonly string[]).includes(label)) {
      throw new UsageError(
        `--errors: unknown label "${label}" (one of ${FEATURE_LABELS.join(', ')})`,
      );
    }
    return label as FeatureLabel;
  });
  return { data: values.data, json: values.json ?? false, errors, ...(lang ? { lang } : {}) };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      errors: { type: 'string', multiple: true },
    },
    strict: true,
    allowPositionals: false,
  });
}

function readDataset(file: string): LabelledSentence[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DatasetError(
      code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(e as Error).message}`,
    );
  }
  return parseDataset(content, file);
}

/**
 * The Finnish detector needs the analyser that another part of the project provides
 * (rules/fi/features.ts, cli/dictionary.ts). They are imported by computed specifiers so
 * that this script typechecks and runs for English before they exist.
 */
async function finnishDetector(): Promise<FeatureDetector> {
  const featuresModule = '../../rules/fi/features.ts';
  const dictionaryModule = '../../cli/dictionary.ts';
  let features: { createFinnishDetector?: (analyzer: unknown) => FeatureDetector };
  let dictionary: { loadFinnishAnalyzerFromDisk?: () => unknown };
  try {
    features = await import(featuresModule);
    dictionary = await import(dictionaryModule);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(
        `Finnish detector not available yet: rules/fi/features.ts and cli/dictionary.ts are needed (${(e as Error).message.split('\n')[0]})`,
      );
    }
    throw e;
  }
  const { createFinnishDetector } = features;
  const { loadFinnishAnalyzerFromDisk } = dictionary;
  if (!createFinnishDetector || !loadFinnishAnalyzerFromDisk) {
    throw new Error(
      'Finnish detector not available yet: expected createFinnishDetector in rules/fi/features.ts and loadFinnishAnalyzerFromDisk in cli/dictionary.ts',
    );
  }
  const analyzer = await loadFinnishAnalyzerFromDisk();
  return createFeatureDetector('fi', { finnish: () => createFinnishDetector(analyzer) });
}

interface Outcome {
  record: LabelledSentence;
  predicted: PredictedLabels;
  evidence: string[];
}

async function main(argv: string[]): Promise<void> {
  const opts = options(argv);
  const records = readDataset(opts.data);
  const lang = opts.lang ?? inferLanguage(records);
  const detector = lang === 'en' ? createFeatureDetector('en') : await finnishDetector();

  // Build the word lists before timing: that cost is paid once per page, not per sentence.
  detector.detect('Warm up.');
  const tally = new LabelTally();
  const outcomes: Outcome[] = [];
  let elapsed = 0;
  for (const record of records) {
    const t0 = performance.now();
    const features = detector.detect(record.text);
    elapsed += performance.now() - t0;
    tally.add(record.labels, features.labels);
    outcomes.push({
      record,
      predicted: features.labels,
      evidence: features.evidence.map((e) => `${e.label}:${record.text.slice(e.start, e.end)}`),
    });
  }
  const scores = tally.scores();

  const errorLog = opts.json ? console.error : console.log;
  for (const label of opts.errors) printErrors(label, outcomes, errorLog);

  if (opts.json) {
    const out: Record<string, object> = {};
    for (const [label, s] of scores) {
      out[label] = {
        precision: s.precision,
        recall: s.recall,
        f1: s.f1,
        tp: s.tp,
        fp: s.fp,
        fn: s.fn,
      };
    }
    console.log(JSON.stringify(out));
    return;
  }

  const perSentence = (elapsed * 1000) / records.length;
  console.log(`${opts.data}: ${records.length} sentences, language ${lang}`);
  console.log(
    `time: ${perSentence.toFixed(1)} µs per sentence (one pass under tsx, word lists prebuilt)\n`,
  );
  const header = ['label', 'precision', 'recall', 'f1', 'tp', 'fp', 'fn', 'support'];
  const rows = FEATURE_LABELS.map((label) => {
    const s = scores.get(label);
    if (!s) return [label, 'n/a', '', '', '', '', '', ''];
    return [
      label,
      s.precision.toFixed(3),
      s.recall.toFixed(3),
      s.f1.toFixed(3),
      String(s.tp),
      String(s.fp),
      String(s.fn),
      String(s.support),
    ];
  });
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((r) => (r[c] as string).length)),
  );
  const fmt = (r: string[]) =>
    r
      .map((v, c) => (c === 0 ? v.padEnd(widths[c] as number) : v.padStart(widths[c] as number)))
      .join('  ');
  console.log(fmt(header));
  for (const r of rows) console.log(fmt(r).trimEnd());
}

function printErrors(
  label: FeatureLabel,
  outcomes: readonly Outcome[],
  log: (line: string) => void,
): void {
  const fps = outcomes.filter((o) => o.record.labels[label] === false && o.predicted[label]);
  const fns = outcomes.filter((o) => o.record.labels[label] === true && !o.predicted[label]);
  log(`\n== ${label}: ${fps.length} false positives`);
  for (const o of fps) {
    const ev = o.evidence
      .filter((e) => e.startsWith(`${label}:`))
      .map((e) => e.slice(label.length + 1));
    log(`FP ${o.record.id}\n   ${o.record.text}\n   predicted: ${ev.join(' | ')}`);
  }
  log(`\n== ${label}: ${fns.length} false negatives`);
  for (const o of fns) {
    log(
      `FN ${o.record.id}\n   ${o.record.text}\n   gold: ${(o.record.evidence[label] ?? []).join(' | ')}`,
    );
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const known = e instanceof UsageError || e instanceof DatasetError;
  console.error(`eval: ${(e as Error).message}`);
  if (!known && !(e as Error).message.startsWith('Finnish detector not available')) {
    console.error((e as Error).stack);
  }
  process.exitCode = known ? 2 : 1;
});
