/**
 * Meta-tests: every file in rules/checks/ is a registered check whose id is its file name,
 * with descriptions and messages in both languages, options that default completely, and
 * examples (valid and invalid, Finnish and English) that exercise every message.
 */

import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Check, checks, getCheck, LanguageSchema } from '../../../rules/index';

const checksDir = join(import.meta.dirname, '../../../rules/checks');
const checkFiles = readdirSync(checksDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'));
const languages = LanguageSchema.options;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('check registry', () => {
  it('registers every file in rules/checks/', () => {
    const unregistered = checkFiles.filter((id) => !getCheck(id));
    expect(unregistered, 'files whose check is missing from rules/registry.ts').toEqual([]);
  });

  it('has a file named after every registered check id', () => {
    expect(checks.map((c) => c.id).filter((id) => !checkFiles.includes(id))).toEqual([]);
  });

  it('has no duplicate ids', () => {
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
  });
});

// Imported from the files themselves, not the registry, so an unregistered check is tested too.
const checkModules: [string, Check][] = await Promise.all(
  checkFiles.map(async (file) => {
    const module = await import(`../../../rules/checks/${file}.ts`);
    return [file, module.default as Check] as [string, Check];
  }),
);

for (const [file, check] of checkModules) {
  describe(`rules/checks/${file}.ts`, () => {
    it('exports as default the check whose id is the file name', () => {
      expect(check.id).toBe(file);
      expect(getCheck(file)).toBe(check);
    });

    it('describes itself and words every message in Finnish and English', () => {
      for (const language of languages) expect(check.description[language]).toBeTruthy();
      const messages = Object.entries(check.messages) as [string, Record<string, string>][];
      expect(messages.length).toBeGreaterThan(0);
      for (const [id, text] of messages) {
        for (const language of languages) expect(text[language], `${id}.${language}`).toBeTruthy();
        expect(placeholders(text.fi as string), `${id}: same placeholders`).toEqual(
          placeholders(text.en as string),
        );
      }
    });

    it('has a default for every option and rejects unknown ones', () => {
      expect(check.options.safeParse({}).success).toBe(true);
      expect(check.options.safeParse({ notAnOption: true }).success).toBe(false);
    });

    it('has valid and invalid examples in both languages', () => {
      for (const kind of ['valid', 'invalid'] as const) {
        const covered = new Set(check.examples[kind].map((e: { language: string }) => e.language));
        expect([...covered].sort(), `${kind} examples`).toEqual([...languages].sort());
      }
    });

    it('exercises every message in an invalid example, and only known ones', () => {
      const used = new Set<string>(
        check.examples.invalid.flatMap((e: { findings: { messageId: string }[] }) =>
          e.findings.map((f) => f.messageId),
        ),
      );
      expect([...used].sort()).toEqual(Object.keys(check.messages).sort());
    });

    it('has no duplicate examples', () => {
      const all = [...check.examples.valid, ...check.examples.invalid];
      const keys = all.map((e) => JSON.stringify([e.language, e.text, e.options, e.context]));
      expect(new Set(keys).size).toBe(keys.length);
    });
  });
}
