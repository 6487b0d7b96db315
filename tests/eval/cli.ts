/**
 * What the single-label evaluations' command lines share (tests/eval/upset.ts, commands.ts,
 * apology.ts): the line of a check's figures, and running `main` with a bad argument or a
 * broken data file reported as such (exit code 2) rather than as a crash.
 */

const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));

/** "command  tp 85  fp 7  fn 16  precision 0.92  recall 0.84". */
export function scoreLine(label: string, s: { tp: number; fp: number; fn: number }): string {
  return `${label}  tp ${s.tp}  fp ${s.fp}  fn ${s.fn}  precision ${ratio(s.tp, s.tp + s.fp)}  recall ${ratio(s.tp, s.tp + s.fn)}`;
}

/** Runs `main`; an error of `known` (usage, data) or of `parseArgs` exits 2 with its message. */
export function runCli(
  main: (argv: string[]) => void,
  known: new (...args: never[]) => Error,
): void {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof known || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error((e as Error).message);
      process.exit(2);
    }
    throw e;
  }
}
