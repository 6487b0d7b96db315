import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CommandRepliesError,
  emptyScore,
  loadCommandReplies,
  parseCommandReplies,
  scoreCommands,
} from '../../eval/command-replies';
import { splitOf } from '../../eval/replies-corpus';

const DATA = fileURLToPath(new URL('../../eval/commands/replies.jsonl', import.meta.url));

function line(overrides: Record<string, unknown> = {}): string {
  const id = (overrides.id as string | undefined) ?? 'cmd-test-000';
  return JSON.stringify({
    id,
    language: 'en',
    split: splitOf(id),
    source: { repository: 'owner/repo', path: 'test.json', commit: 'abc123', item: 0 },
    organisation: 'ExampleSupport',
    licence: 'Apache-2.0',
    reply: 'Hi! Restart the app and let us know. Then check the settings.',
    commands: ['Restart the app', 'check the settings'],
    votes: [['Restart the app', 'check the settings'], ['Restart the app'], ['check the settings']],
    ...overrides,
  });
}

describe('the command reply set', () => {
  it('loads, every split as the hash says and every quote verbatim in its reply', () => {
    const replies = loadCommandReplies(DATA);
    expect(replies.length).toBeGreaterThan(300);
    for (const r of replies) {
      expect(r.split).toBe(splitOf(r.id));
      for (const q of r.commands) expect(r.reply).toContain(q);
    }
    expect(replies.some((r) => r.commands.length > 0)).toBe(true);
  });

  it('refuses a quote not in the reply, a wrong split and a duplicate id', () => {
    expect(() => parseCommandReplies(line({ commands: ['Reboot it'] }))).toThrow(
      /not in the reply/,
    );
    const other = splitOf('cmd-test-000') === 'tune' ? 'report' : 'tune';
    expect(() => parseCommandReplies(line({ split: other }))).toThrow(CommandRepliesError);
    expect(() => parseCommandReplies(`${line()}\n${line()}`)).toThrow(/duplicate/);
  });

  it('scores a finding on a quote as found once, one on no quote as false, a quote unfound as missed', () => {
    const [reply] = parseCommandReplies(line());
    if (!reply) throw new Error('no record');
    const at = (text: string) => {
      const start = reply.reply.indexOf(text);
      return { start, end: start + text.length };
    };
    const score = emptyScore();
    scoreCommands(reply, [at('Restart'), at('app'), at('let')], score);
    expect(score).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(score.falsePositives).toEqual(['cmd-test-000: “let”']);
    expect(score.falseNegatives).toEqual(['cmd-test-000: “check the settings”']);
  });
});
