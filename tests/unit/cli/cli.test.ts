/**
 * Runs the real command line (`node cli/talontapa.mjs`) on the sample replies, as a user
 * or a CI job would, and checks its output and exit status.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli';

const root = ROOT;
const replies = 'tests/fixtures/replies';
const run = (args: string[], stdin?: string) => runCli(args, stdin === undefined ? {} : { stdin });

const lines = (s: string) => s.split('\n').filter(Boolean);

/** One folder for this file's temporary inputs, removed when its tests end. */
const scratch = mkdtempSync(join(tmpdir(), 'talontapa-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(scratch, 'f-')), name);
  writeFileSync(path, content);
  return path;
}

describe('talontapa check', () => {
  it('prints nothing and exits 0 for good replies in both languages', async () => {
    const fi = await run(['check', `${replies}/fi-good.txt`, `${replies}/fi-quoted.txt`]);
    expect(fi).toEqual({ code: 0, stdout: '', stderr: '' });
    const en = await run(['check', '--pack', 'builtin:en', `${replies}/en-good.txt`]);
    expect(en).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints one line per finding and exits 1 when one is an error (Finnish, default pack)', async () => {
    const file = `${replies}/fi-issues.txt`;
    const { code, stdout, stderr } = await run(['check', file]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      `${file}:1:1  warning  greeting  Tervehdys ”Moikka” ei ole talon tapa. Käytä esimerkiksi ”Hei”.`,
      `${file}:1:8  error  placeholder  ”[NIMI]” on täyttämätön pohjan kohta. Korvaa se oikealla tiedolla.`,
      `${file}:3:1  warning  thanks  Kiitä asiakasta viestistä vastauksen alussa, esimerkiksi ”Kiitos viestistä.”`,
      `${file}:3:1  warning  sentence-length  Virke on pitkä: 29 sanaa (enintään 20). Jaa se lyhyemmiksi virkkeiksi.`,
      `${file}:3:102  warning  repeated-word  Sana ”on” toistuu. Poista toinen.`,
      `${file}:5:1  warning  closing  Allekirjoita vastaus nimelläsi lopputervehdyksen alle.`,
    ]);
  });

  it('exits 0 when the findings are only warnings; columns count code points (English, CRLF)', async () => {
    const file = `${replies}/en-issues.txt`;
    const { code, stdout } = await run(['check', '--pack', 'builtin:en', file]);
    expect(code).toBe(0);
    // Line 3 has an emoji (two UTF-16 units) before "the the": column 30, not 31.
    const line3 = readFileSync(join(root, file), 'utf8').split('\r\n')[2] as string;
    expect(line3.indexOf('the the')).toBe(30);
    expect(lines(stdout)).toEqual([
      `${file}:3:1  warning  thanks  Thank the customer for their message near the start, such as “Thank you for contacting us.”`,
      `${file}:3:30  warning  repeated-word  The word “the” is repeated. Remove one.`,
      `${file}:5:1  warning  closing  The closing “Cheers” is not the house style. Use, for example, “Best regards”.`,
    ]);
  });

  it('prints JSON per file with --json', async () => {
    const files = [`${replies}/fi-issues.txt`, `${replies}/fi-good.txt`];
    const { code, stdout } = await run(['check', '--json', ...files]);
    expect(code).toBe(1);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { file: string }) => r.file)).toEqual(files);
    expect(reports[1].findings).toEqual([]);
    const draft = readFileSync(join(root, files[0] as string), 'utf8');
    const repeated = reports[0].findings.find(
      (f: { check: string }) => f.check === 'repeated-word',
    );
    expect(Object.keys(repeated).sort()).toEqual(
      ['check', 'end', 'fixes', 'message', 'severity', 'start', 'text'].sort(),
    );
    expect(repeated.text).toBe('on on');
    expect(draft.slice(repeated.start, repeated.end)).toBe('on on');
    expect(repeated.fixes).toEqual([
      { start: repeated.start + 2, end: repeated.end, replacement: '' },
    ]);
  });

  it('gives each draft the built-in pack of its language when no --pack is given', async () => {
    const { stdout } = await run(['check', `${replies}/en-issues.txt`, `${replies}/fi-issues.txt`]);
    const english = lines(stdout).filter((l) => l.startsWith(`${replies}/en-issues.txt`));
    const finnish = lines(stdout).filter((l) => l.startsWith(`${replies}/fi-issues.txt`));
    expect(english).toContain(
      `${replies}/en-issues.txt:3:30  warning  repeated-word  The word “the” is repeated. Remove one.`,
    );
    expect(finnish.some((l) => l.includes('repeated-word  Sana ”on” toistuu.'))).toBe(true);
  });

  it('reads standard input for "-"', async () => {
    const { code, stdout } = await run(
      ['check', '--pack', 'builtin:en', '-'],
      'Hello,\n\nThanks for your email. It is is ready.\n\nBest regards,\nAnna\n',
    );
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      '<stdin>:3:27  warning  repeated-word  The word “is” is repeated. Remove one.',
    ]);
  });

  it('accepts the customer message with --customer', async () => {
    const { code, stdout } = await run([
      'check',
      '--customer',
      `${replies}/fi-customer.txt`,
      `${replies}/fi-good.txt`,
    ]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
  });

  it('uses a pack file that extends a built-in pack', async () => {
    const pack = tempFile(
      'team.json',
      JSON.stringify({
        id: 'acme:support',
        name: 'Acme',
        version: '1.0.0',
        language: 'fi',
        extends: 'builtin:fi',
        style: { sentenceMaxWords: 8 },
        checks: { placeholder: { severity: 'warning' } },
      }),
    );
    const { code, stdout } = await run(['check', '--pack', pack, `${replies}/fi-issues.txt`]);
    expect(code).toBe(0);
    expect(stdout).toContain('1:8  warning  placeholder');
    expect(stdout).toContain('(enintään 8)');
  });
});

describe('talontapa: exit status and streams of the real process', () => {
  it('exits 2 with a message on stderr for a missing file', async () => {
    expect(await run(['check', 'no-such-reply.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'talontapa: cannot read no-such-reply.txt: no such file\n',
    });
  });

  it('exits 2 for an unknown option', async () => {
    const { code, stderr } = await run(['check', '--bogus', `${replies}/fi-good.txt`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^talontapa: Unknown option '--bogus'/);
  });

  it('exits 2 for an invalid pack file, naming the JSON path', async () => {
    const pack = tempFile(
      'pack.json',
      '{"id":"x","name":"X","version":"1.0.0","language":"fi","chekcs":{}}',
    );
    const { code, stderr } = await run(['check', '--pack', pack, `${replies}/fi-good.txt`]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `talontapa: invalid pack ${pack}: chekcs: unknown key (did you mean "checks"?)\n`,
    );
  });

  it('prints help and the version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: talontapa <command>/);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});
