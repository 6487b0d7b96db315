/** Timing helpers for the benchmark: medians and percentiles of repeated runs, in ms. */

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), runs: samples.length };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured. */
export function time(
  fn: (run: number) => void,
  runs: number,
  warmup = Math.ceil(runs / 5),
): Timing {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn(i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export async function timeAsync(
  fn: (run: number) => Promise<unknown>,
  runs: number,
  warmup = 1,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export const ms = (value: number) =>
  Number.isNaN(value)
    ? 'n/a'
    : value < 1
      ? `${(value * 1000).toFixed(0)} µs`
      : `${value.toFixed(2)} ms`;
