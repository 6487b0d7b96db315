/**
 * The pack commands of the real command line (`node cli/talontapa.mjs`), on the built-in
 * packs and on the sample organisation and team packs in tests/fixtures/packs, as a team
 * lead or a CI job would run them. Argument errors are covered in-process through `main`.
 */

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { PackSchema, validatePack } from '../../../rules/index';
import { type CliResult, ROOT, runCli } from '../cli/run-cli';

const root = ROOT;
const packs = 'tests/fixtures/packs';
type Result = CliResult;
const run = (args: string[], cwd = root) => runCli(args, { cwd });

async function runInProcess(args: string[], cwd = root): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => '',
    cwd,
  });
  return { code, stdout, stderr };
}

const lines = (s: string) => s.split('\n').filter(Boolean);
/** One folder for this file's temporary packs, removed when its tests end. */
const scratch = mkdtempSync(join(tmpdir(), 'talontapa-packs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const tempDir = () => mkdtempSync(join(scratch, 'd-'));

describe('talontapa validate', () => {
  it('accepts the built-in packs and the sample packs that extend them', async () => {
    for (const spec of ['builtin:fi', 'builtin:en']) {
      const { code, stdout } = await run(['validate', spec]);
      expect(code, stdout).toBe(0);
      expect(stdout).toMatch(
        new RegExp(
          `^${spec}: valid — ${spec} 0\\.1\\.0 \\(${spec}\\), 1 rule, 12 templates, \\d+ examples pass\\n$`,
        ),
      );
    }
    const team = await run(['validate', `${packs}/team-fi.json`]);
    expect(team).toMatchObject({ code: 0, stderr: '' });
    expect(team.stdout).toBe(
      `${packs}/team-fi.json: valid — esimerkki:palautukset-fi 0.3.0 (builtin:fi → esimerkki:org-fi → esimerkki:palautukset-fi), 5 rules, 12 templates, 46 examples pass\n`,
    );
    const en = await runInProcess(['validate', `${packs}/team-en.json`]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('(builtin:en → example:org-en → example:billing-en)');
  });

  it('lists every error of an invalid pack as path: message and exits 1', async () => {
    const { code, stdout, stderr } = await run(['validate', `${packs}/invalid/evil-regex.json`]);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(lines(stdout)).toEqual([
      'rules[1].pattern.regex: may backtrack catastrophically: nested quantifiers in "(a+)+": one repetition can end and the next begin with "a", so the text can be split in exponentially many ways',
      'rules[2].pattern.regex: unterminated group',
    ]);
  });

  it.each([
    [
      'contradicted.json',
      [
        'rules[0].examples.bad[0]: expected a "ei-kiiretta" finding in "Meillä on hoppu.", found none',
        'rules[0].examples.good[0]: expected no finding in "Ei kiirettä.", found "kiirettä": ”kiirettä” ei kuulu talon tapaan.',
      ],
    ],
    [
      'cycle-a.json',
      [
        'extends: ./cycle-b.json is invalid: extends: "./cycle-a.json" extends this pack again (a cycle)',
      ],
    ],
    [
      'team-over-invalid-org.json',
      [
        'extends: ./evil-regex.json is invalid: rules[1].pattern.regex: may backtrack catastrophically: nested quantifiers in "(a+)+": one repetition can end and the next begin with "a", so the text can be split in exponentially many ways',
        'extends: ./evil-regex.json is invalid: rules[2].pattern.regex: unterminated group',
      ],
    ],
  ])('names the failing example, cycle or invalid parent (%s)', async (file, expected) => {
    const { code, stdout } = await runInProcess(['validate', `${packs}/invalid/${file}`]);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual(expected);
  });

  it.each([
    [['validate'], 'talontapa: validate: no pack given (a file or builtin:fi)'],
    [['validate', 'a.json', 'b.json'], 'talontapa: validate: one pack at a time (got 2)'],
    [['validate', 'missing.json'], 'talontapa: cannot read missing.json: no such file'],
    [['test', 'builtin:sv'], 'talontapa: unknown built-in pack "builtin:sv"'],
    [['init', '--lang', 'sv'], 'talontapa: init: --lang must be fi or en, not "sv"'],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const { code, stderr } = await runInProcess(args);
    expect(code).toBe(2);
    expect(stderr.startsWith(message)).toBe(true);
  });
});

describe('talontapa test', () => {
  it('prints PASS per rule, inherited rules included, and exits 0', async () => {
    const { code, stdout } = await run(['test', `${packs}/team-fi.json`]);
    expect(code).toBe(0);
    expect(lines(stdout).slice(0, 6)).toEqual([
      'PASS  plain-words  10 examples (inherited)',
      'PASS  tuotenimet  3 examples',
      'PASS  sisaiset-tunnukset  3 examples (inherited)',
      'PASS  pahoittelut  2 examples (inherited)',
      'PASS  palautusosoite  3 examples',
      '5 rules: 5 passed, 0 failed',
    ]);
    expect(lines(stdout)[6]).toBe('PASS  template delivery-delay  3 examples (inherited)');
    expect(lines(stdout).at(-1)).toBe('12 templates: 12 passed, 0 failed');
    const builtin = await runInProcess(['test', 'builtin:en']);
    expect(lines(builtin.stdout).slice(0, 3)).toEqual([
      'PASS  plain-words  8 examples',
      '1 rule: 1 passed, 0 failed',
      'PASS  template delivery-delay  2 examples',
    ]);
  });

  it('prints FAIL with the failing examples and exits 1', async () => {
    const { code, stdout } = await runInProcess(['test', `${packs}/invalid/contradicted.json`]);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      'PASS  plain-words  10 examples (inherited)',
      'FAIL  ei-kiiretta  2 examples',
      '      examples.bad[0]: expected a "ei-kiiretta" finding in "Meillä on hoppu.", found none',
      '      examples.good[0]: expected no finding in "Ei kiirettä.", found "kiirettä": ”kiirettä” ei kuulu talon tapaan.',
      '2 rules: 1 passed, 1 failed',
      ...lines(stdout).slice(5),
    ]);
    expect(lines(stdout).at(-1)).toBe('12 templates: 12 passed, 0 failed');
  });
});

describe('talontapa schema', () => {
  it('prints the JSON Schema that public/pack.schema.json holds', async () => {
    const { code, stdout } = await run(['schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(root, 'public/pack.schema.json'), 'utf8'));
    const schema = JSON.parse(stdout);
    expect(schema.required).toEqual(['id', 'name', 'version', 'language']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.$defs)).toContain('Rule');
  });
});

describe('talontapa init', () => {
  it.each(['fi', 'en'] as const)(
    'writes a %s starter pack that validates and passes its tests',
    async (language) => {
      const dir = tempDir();
      const { code, stdout } = await run(['init', '--lang', language, 'team.json'], dir);
      expect(code).toBe(0);
      expect(stdout).toBe(
        'Wrote team.json. Edit it, then: talontapa validate team.json && talontapa test team.json\n',
      );
      const pack = JSON.parse(readFileSync(join(dir, 'team.json'), 'utf8'));
      expect(PackSchema.parse(pack)).toEqual(pack);
      expect(pack).toMatchObject({ language, extends: `builtin:${language}` });
      expect(pack['//']).toBeDefined();
      expect(new Set(pack.rules.map((r: { kind: string }) => r.kind))).toEqual(
        new Set(['substitute', 'forbid', 'require', 'conditional', 'limit']),
      );
      expect(validatePack(pack).ok).toBe(true);
      expect((await runInProcess(['test', 'team.json'], dir)).code).toBe(0);
    },
  );

  it('defaults to pack.json in Finnish and refuses to overwrite a file', async () => {
    const dir = tempDir();
    expect((await runInProcess(['init'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')).language).toBe('fi');
    writeFileSync(join(dir, 'mine.json'), '{"keep": true}');
    const again = await run(['init', '--lang', 'en', 'mine.json'], dir);
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: 'talontapa: init: mine.json exists; not overwriting it\n',
    });
    expect(readFileSync(join(dir, 'mine.json'), 'utf8')).toBe('{"keep": true}');
  });

  it('prints the pack for "-" without writing a file', async () => {
    const dir = tempDir();
    const { code, stdout } = await runInProcess(['init', '--lang', 'en', '-'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe('my:support');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('talontapa check --pack', () => {
  const draft = (dir: string) => {
    const path = join(dir, 'reply.txt');
    writeFileSync(
      path,
      'Hyvä asiakas,\n\nKiitos viestistänne. Voitte pudottaa takin palautusboksiin. Asia on kirjattu numerolla INC-4821. Pahoittelemme. Pahoittelemme. Pahoittelemme. Tsekkaamme asian asap.\n\nYstävällisin terveisin\nMatti\n',
    );
    writeFileSync(join(dir, 'customer.txt'), 'Voinko palauttaa takin?');
    return path;
  };

  it('uses the layered, validated team pack: its rules, the organisation’s and the built-in ones', async () => {
    const dir = tempDir();
    const reply = draft(dir);
    const { code, stdout, stderr } = await run([
      'check',
      '--json',
      '--pack',
      `${packs}/team-fi.json`,
      '--customer',
      join(dir, 'customer.txt'),
      reply,
    ]);
    expect(stderr).toBe('');
    // sisaiset-tunnukset is an error-level rule of the organisation pack.
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout);
    const byCheck = (id: string) =>
      report.findings
        .filter((f: { check: string }) => f.check === id)
        .map((f: { text: string }) => f.text);
    expect(byCheck('tuotenimet')).toEqual(['palautusboksiin']); // the team's version of the rule
    expect(byCheck('sisaiset-tunnukset')).toEqual(['INC-4821']);
    expect(byCheck('palautusosoite')).toHaveLength(1); // the customer asks about a return
    expect(byCheck('plain-words')).toEqual(['Tsekkaamme', 'asap']);
    expect(byCheck('pahoittelut')).toEqual([]); // disabled by the team pack
    const fix = report.findings.find((f: { check: string }) => f.check === 'tuotenimet').fixes[0];
    expect(fix.replacement).toBe('palautuslaatikkoon');
    const plain = report.findings.find((f: { check: string }) => f.check === 'plain-words');
    expect(plain.severity).toBe('warning'); // raised from hint by the organisation pack
  });

  it('refuses an invalid pack file, naming the first error and how to see them all', async () => {
    const { code, stderr } = await runInProcess([
      'check',
      '--pack',
      `${packs}/invalid/evil-regex.json`,
      'tests/fixtures/replies/en-good.txt',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `talontapa: invalid pack ${packs}/invalid/evil-regex.json: rules[1].pattern.regex: may backtrack catastrophically: nested quantifiers in "(a+)+": one repetition can end and the next begin with "a", so the text can be split in exponentially many ways (and 1 more: talontapa validate ${packs}/invalid/evil-regex.json)\n`,
    );
  });
});
