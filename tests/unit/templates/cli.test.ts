/**
 * The template parts of the command line: `suggest` ranks a pack's templates for a
 * customer's message; `validate` and `test` cover templates. In-process through `main`,
 * and once through the real binary.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { ROOT, runCli } from '../cli/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'talontapa-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => stdin,
    cwd: ROOT,
  });
  return { code, stdout, stderr };
}

const lines = (s: string) => s.split('\n').filter(Boolean);

const BODY =
  'Hei {{customer.firstName}},\n\nkiitos viestistänne. Pahoittelemme, että tilauksenne on myöhässä.\n\nYstävällisin terveisin\n{{agent.name}}';
const pack = (templates: object[], extra: object = {}) => ({
  id: 'acme:tiimi',
  name: 'Tiimi',
  version: '1.0.0',
  language: 'fi',
  extends: 'builtin:fi',
  style: { address: 'formal' },
  templates,
  ...extra,
});
const delay = {
  id: 'delivery-delay',
  title: 'Tiimin viivepohja',
  body: BODY,
  triggers: ['myöhäs*'],
  examples: { suggestFor: ['Paketti on myöhässä.'] },
};

describe('talontapa suggest', () => {
  const message = file('message.txt', 'Hei, pakettini ei ole vieläkään tullut. Missä se on?');

  it('prints the top three with the customer’s words that matched', async () => {
    const { code, stdout } = await run(['suggest', '--pack', 'builtin:fi', '--customer', message]);
    expect(code).toBe(0);
    expect(lines(stdout)).toHaveLength(3);
    expect(lines(stdout)[0]).toMatch(
      /^ {2}1\. delivery-delay +Toimitus myöhässä +\d+\.\d\d {2}\(pakettini, .*\)$/,
    );
  });

  it('prints JSON [{id, title, score}], best first, --top N of them', async () => {
    const { code, stdout } = await run([
      'suggest',
      '--pack',
      'builtin:fi',
      '--customer',
      message,
      '--top',
      '2',
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { id: string; title: string; score: number }[];
    expect(json).toHaveLength(2);
    expect(Object.keys(json[0] ?? {})).toEqual(['id', 'title', 'score']);
    expect(json[0]?.id).toBe('delivery-delay');
    expect(json[0]?.score).toBeGreaterThan(json[1]?.score ?? 0);
  });

  it('takes a team pack’s own version of an inherited template, and the message’s language without --pack', async () => {
    const team = file('team.json', pack([delay]));
    const own = await run(['suggest', '--pack', team, '--customer', message, '--json']);
    expect(JSON.parse(own.stdout)[0]).toMatchObject({
      id: 'delivery-delay',
      title: 'Tiimin viivepohja',
    });
    const english = await run(
      ['suggest', '--customer', '-', '--json'],
      'Where is my parcel? It has not arrived.',
    );
    expect(JSON.parse(english.stdout)[0]).toMatchObject({
      id: 'delivery-delay',
      title: 'Delivery delayed',
    });
  });

  it('says so when nothing fits, and refuses bad arguments', async () => {
    const none = await run(['suggest', '--pack', 'builtin:en', '--customer', '-'], 'xyzzy');
    expect(none).toMatchObject({
      code: 0,
      stdout: 'No template of builtin:en fits this message.\n',
    });
    expect((await run(['suggest', '--pack', 'builtin:fi'])).code).toBe(2);
    expect((await run(['suggest', '--customer', message, '--top', 'x'])).code).toBe(2);
  });

  it('runs as the real binary', async () => {
    const { code, stdout } = await runCli([
      'suggest',
      '--customer',
      message,
      '--top',
      '1',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { id: 'delivery-delay', title: 'Toimitus myöhässä', score: expect.any(Number) },
    ]);
  });
});

describe('talontapa validate and test on templates', () => {
  const breaking = {
    ...delay,
    id: 'tiimin-pohja',
    body: BODY.replace('kiitos viestistänne.', 'kiitos viestistäsi. Lähetä meille kuitti.'),
    examples: { suggestFor: ['Paketti on myöhässä, mitä teen?'] },
  };

  it('validate lists a template that breaks the house style as a warning at its path', async () => {
    const { code, stdout } = await run(['validate', file('warn.json', pack([breaking]))]);
    expect(code).toBe(0);
    const warnings = lines(stdout).slice(1);
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings)
      expect(w).toMatch(/^warning {2}templates\[0\]\.body: (address|command|passive): /);
  });

  it('validate refuses it with "templatesMustPass": true', async () => {
    const { code, stdout } = await run([
      'validate',
      file('must.json', pack([breaking], { templatesMustPass: true })),
    ]);
    expect(code).toBe(1);
    expect(lines(stdout).every((l) => l.startsWith('templates[0].body: '))).toBe(true);
  });

  it('test prints FAIL for a template its example does not bring up, with the path', async () => {
    const lost = { ...delay, examples: { suggestFor: ['Miten vaihdan salasanani?'] } };
    const { code, stdout } = await run(['test', file('lost.json', pack([lost]))]);
    expect(code).toBe(1);
    const out = lines(stdout);
    const at = out.indexOf('FAIL  template delivery-delay  1 example');
    expect(at).toBeGreaterThan(0);
    expect(out[at + 1]).toMatch(
      /^ {6}examples\.suggestFor\[0\]: "delivery-delay" is not among the top 3/,
    );
    expect(out.at(-1)).toBe('12 templates: 11 passed, 1 failed');
  });

  it('test lists the house-style findings of a template under it', async () => {
    const { code, stdout } = await run(['test', file('warn2.json', pack([breaking]))]);
    expect(code).toBe(0);
    const out = lines(stdout);
    const at = out.indexOf('PASS  template tiimin-pohja  1 example');
    expect(out[at + 1]).toMatch(/^ {6}warning {2}body: /);
  });
});
