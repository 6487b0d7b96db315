/**
 * Files generated from the pack schema must be up to date: the JSON Schema published for
 * editors and the pack reference in the README.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  END_MARKER,
  packReference,
  START_MARKER,
  withReference,
} from '../../../cli/commands/reference';
import { schemaText } from '../../../cli/commands/schema';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('generated files', () => {
  it('public/pack.schema.json is the schema of the zod pack schema', () => {
    expect(
      read('public/pack.schema.json') === schemaText(),
      'public/pack.schema.json is out of date; run: npx talontapa schema > public/pack.schema.json',
    ).toBe(true);
  });

  it('the README pack reference is generated from the schema', () => {
    const readme = read('README.md');
    expect(readme).toContain(START_MARKER);
    expect(readme.indexOf(START_MARKER)).toBeLessThan(readme.indexOf('## Architecture'));
    expect(
      withReference(readme) === readme,
      'the README pack reference is out of date; run: npx talontapa reference --update README.md',
    ).toBe(true);
  });

  it('the reference documents every rule kind and every style key', () => {
    const reference = packReference();
    for (const kind of ['substitute', 'forbid', 'require', 'conditional', 'limit']) {
      expect(reference).toContain(`#### \`${kind}\``);
    }
    const schema = JSON.parse(schemaText());
    for (const key of Object.keys(schema.properties.style.properties)) {
      expect(reference).toContain(`| \`${key}\``);
    }
  });

  it('withReference replaces the section between the markers, or adds it before Architecture', () => {
    const before = `# X\n\ntext\n\n## Architecture\n\nmap\n`;
    const added = withReference(before, 'REF');
    expect(added).toBe(
      `# X\n\ntext\n\n${START_MARKER}\nREF\n${END_MARKER}\n\n## Architecture\n\nmap\n`,
    );
    expect(withReference(added, 'NEW')).toBe(added.replace('REF', 'NEW'));
  });
});
