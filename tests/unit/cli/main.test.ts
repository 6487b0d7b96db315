/**
 * The command line's argument handling and error messages, run in-process through `main`
 * (fast, so every case can be covered); cli.test.ts spawns the real process.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';

const root = join(import.meta.dirname, '../../..');
const replies = 'tests/fixtures/replies';

async function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => stdin,
    cwd: root,
  });
  return { code, stdout, stderr };
}

/** One folder for this file's temporary inputs, removed when its tests end. */
const scratch = mkdtempSync(join(tmpdir(), 'talontapa-cli-main-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(scratch, 'f-')), name);
  writeFileSync(path, content);
  return path;
}

describe('talontapa: bad input exits 2 with a message on stderr', () => {
  it.each([
    [['check', 'no-such-reply.txt'], 'talontapa: cannot read no-such-reply.txt: no such file'],
    [['check', '--bogus', `${replies}/fi-good.txt`], "talontapa: Unknown option '--bogus'"],
    [['check', '--pack'], "talontapa: Option '--pack <value>' argument missing"],
    [['check'], 'talontapa: check: no input files'],
    [['check', '-', '-'], 'talontapa: check: standard input ("-") can be read only once'],
    [
      ['check', '--pack', 'builtin:sv', `${replies}/fi-good.txt`],
      'talontapa: unknown built-in pack "builtin:sv"',
    ],
    [
      ['check', '--pack', 'no-such-pack.json', `${replies}/fi-good.txt`],
      'talontapa: cannot read no-such-pack.json: no such file',
    ],
    [
      ['check', '--customer', 'nope.txt', `${replies}/fi-good.txt`],
      'talontapa: cannot read nope.txt: no such file',
    ],
    [['lint', 'x.txt'], 'talontapa: unknown command "lint"'],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
  });

  it.each([
    ['{ "id": ', 'not JSON'],
    [
      '{"id":"x","name":"X","version":"1.0.0","language":"fi","style":{"sentenceMaxWords":"long"}}',
      'style.sentenceMaxWords:',
    ],
    [
      '{"id":"x","name":"X","version":"1.0.0","language":"fi","checks":{"sentence-length":{"options":{"max":0}}}}',
      'checks.sentence-length.options.max:',
    ],
    ['{"id":"x","name":"X","version":"1.0.0","language":"fi","chekcs":{}}', 'chekcs: unknown key'],
  ])('an invalid pack file (%s)', async (json, message) => {
    const pack = tempFile('pack.json', json);
    const { code, stderr } = await run(['check', '--pack', pack, `${replies}/fi-good.txt`]);
    expect(code).toBe(2);
    expect(stderr).toContain(`talontapa: invalid pack ${pack}: ${message}`);
  });

  it('prints the usage on stderr when no command is given', async () => {
    const { code, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: talontapa <command>');
  });
});

describe('talontapa --help', () => {
  it('lists the commands', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: talontapa <command>/);
    expect(stdout).toMatch(/^ {2}check {2,}check reply drafts/m);
    expect(stdout).toMatch(/^ {2}validate {2,}check that a rule pack is valid/m);
  });

  it.each([[['check', '--help']], [['help', 'check']], [['check', '-h', 'x.txt']]])(
    'shows the help of a command (%j)',
    async (args) => {
      const { code, stdout } = await run(args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: talontapa check \[options\] FILE\.\.\./);
      expect(stdout).toContain('--pack PACK');
    },
  );

  it('prints the version', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(await run(['-v'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('talontapa check in-process', () => {
  it('reads the draft from standard input once, showing it as <stdin>', async () => {
    const { code, stdout } = await run(
      ['check', '-'],
      'Hei,\n\nkiitos viestistä. Se on on valmis.\n\nTerveisin\nMatti',
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      '<stdin>:3:22  warning  repeated-word  Sana ”on” toistuu. Poista toinen.\n',
    );
  });
});
