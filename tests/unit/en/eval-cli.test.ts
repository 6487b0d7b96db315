import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'talontapa-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tests/eval/eval.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, lines: object[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return path;
}

const labels = (over: object) => ({
  addr_2sg: null,
  addr_2pl: null,
  addr_2: false,
  imperative: false,
  passive: false,
  first_sg: false,
  first_pl: false,
  ...over,
});

const english = [
  {
    id: 'en_ewt:1',
    text: 'Please send us the receipt.',
    labels: labels({ imperative: true, first_pl: true }),
  },
  {
    id: 'en_ewt:2',
    text: 'Your order was shipped.',
    labels: labels({ addr_2: true, passive: true }),
  },
  {
    id: 'en_ewt:3',
    text: 'I called them yesterday.',
    labels: labels({ first_sg: true, imperative: true }),
  },
];

describe('npm run eval', () => {
  it('prints one JSON object of the applicable labels with --json', () => {
    const r = run('--data', file('en.jsonl', english), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['addr_2', 'imperative', 'passive', 'first_sg', 'first_pl']);
    expect(out.imperative).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, tp: 1, fp: 0, fn: 1 });
    expect(out.passive).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('prints a table with n/a for labels English lacks, and lists errors on request', () => {
    const r = run('--data', file('en2.jsonl', english), '--errors', 'imperative');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/addr_2sg\s+n\/a/);
    expect(r.stdout).toMatch(/imperative\s+1\.000\s+0\.500\s+0\.667\s+1\s+0\s+1\s+2/);
    expect(r.stdout).toContain('FN en_ewt:3');
  });

  it('fails clearly on a missing file, a malformed line or a bad option', () => {
    expect(run('--data', join(dir, 'nope.jsonl')).stderr).toMatch(/nope\.jsonl: no such file/);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(english[0])}\nnot json\n`);
    const r = run('--data', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.jsonl:2: not valid JSON/);
    expect(run().stderr).toMatch(/--data is required/);
    expect(run('--data', bad, '--lang', 'sv').stderr).toMatch(/--lang must be fi or en/);
    expect(run('--data', bad, '--errors', 'mood').stderr).toMatch(/unknown label "mood"/);
  });

  it('runs the Finnish detector, or says plainly that it is not there yet', () => {
    const fi = file('fi.jsonl', [
      { id: 'fi_tdt:1', text: 'Lähetä kuitti.', labels: labels({ imperative: true }) },
    ]);
    const r = run('--data', fi, '--json');
    const outcome = r.code === 0 ? Object.keys(JSON.parse(r.stdout)) : r.stderr;
    if (r.code === 0) expect(outcome).toContain('imperative');
    else expect(outcome).toMatch(/Finnish detector not available yet/);
  });
});
