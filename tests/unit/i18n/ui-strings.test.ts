import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// esbuild comes with tsx and WXT; its JSX transform turns text and attributes into plain
// string literals, so the scan below needs no JSX parser of its own.
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * Every string the interface shows goes through `t()` (components/i18n.ts) with a key both
 * locales have. The TypeScript types catch a key missing from the English file; these tests
 * also catch one missing from the Finnish file, a key named in the manifest or in a plain
 * script, and English text written straight into a component.
 */

const ROOTS = ['components', 'entrypoints'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(entry.name) ? [path] : [];
  });
}

const FILES = ROOTS.flatMap(sources);
const locale = (lang: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const LOCALES = { en: locale('en'), fi: locale('fi') };

/** The keys a source names: `t('key'`, each branch of `t(cond ? 'a' : 'b')`, `__MSG_key__`. */
function keysUsed(source: string): string[] {
  const keys: string[] = [];
  for (const call of source.matchAll(/\bt\(\s*([^,)]*)/g)) {
    const argument = call[1] ?? '';
    for (const m of argument.matchAll(/(?:^|[?:])\s*['"]([A-Za-z0-9_]+)['"]/g)) {
      if (m[1]) keys.push(m[1]);
    }
  }
  for (const m of source.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) if (m[1]) keys.push(m[1]);
  return keys;
}

const ATTRIBUTES = ['title', 'placeholder', '"aria-label"', 'alt', 'label', '"aria-description"'];

/** String literals after `from` up to the bracket that closes the one opened there. */
function topLevelStrings(code: string, from: number): string[] {
  const found: string[] = [];
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      // A child of its own (not a side of `a === "x" && …`); raw, escapes and all: only
      // whether it holds words matters.
      const before = code.slice(0, i).trimEnd().at(-1);
      const after = code.slice(j + 1).trimStart()[0];
      const alone = (before === '[' || before === ',') && (after === ',' || after === ']');
      if (depth === 1 && c !== '`' && alone) found.push(code.slice(i + 1, j));
      i = j;
    } else if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') {
      depth--;
      if (depth === 0) break;
    }
  }
  return found;
}

/** Text a component shows as written: JSX text and the attributes people read. */
function literalTexts(tsx: string): string[] {
  const { code } = transformSync(tsx, { loader: 'tsx', jsx: 'automatic' });
  const texts: string[] = [];
  const attribute = new RegExp(
    `(?:children|${ATTRIBUTES.join('|')}): "((?:[^"\\\\]|\\\\.)*)"`,
    'g',
  );
  for (const m of code.matchAll(attribute)) texts.push(m[1] ?? '');
  for (const m of code.matchAll(/children: \[/g)) {
    texts.push(...topLevelStrings(code, (m.index ?? 0) + m[0].length - 1));
  }
  const unescaped = texts.map((text) =>
    text.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\})/g, (_, x, u, c) =>
      String.fromCodePoint(Number.parseInt(x ?? u ?? c, 16)),
    ),
  );
  return unescaped.filter((text) => /\p{L}{2}/u.test(text));
}

/** Written as is on purpose: not words of either language. */
const NOT_WORDS = new Set(['https://example.com/packs/team-fi.json']);

describe('interface strings', () => {
  it('name only keys both locales have', () => {
    const used = new Map<string, string>();
    for (const file of [...FILES, 'wxt.config.ts']) {
      for (const key of keysUsed(readFileSync(file, 'utf8'))) used.set(key, file);
    }
    expect(used.size).toBeGreaterThan(100);
    for (const [lang, messages] of Object.entries(LOCALES)) {
      const missing = [...used].filter(([key]) => !(key in messages));
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });

  it('are not written into components as text', () => {
    const written = FILES.filter((file) => file.endsWith('.tsx')).flatMap((file) =>
      literalTexts(readFileSync(file, 'utf8'))
        .filter((text) => !NOT_WORDS.has(text))
        .map((text) => `${file}: ${text}`),
    );
    expect(written).toEqual([]);
  });
});

describe('the scans', () => {
  it('find the keys of a call, of each branch, and of the manifest', () => {
    expect(
      keysUsed("t('a1'); t(x === 'warnings' ? 'b' : 'c', n); name: '__MSG_extName__'"),
    ).toEqual(['a1', 'b', 'c', 'extName']);
  });

  it('find text and readable attributes, not class names or keys', () => {
    const texts = literalTexts(
      `export const A = () => <p className="hint" title="Set by you">Hello <b>{t('k')}</b> world{' '}<input placeholder="Name" aria-label="Your name" /></p>;`,
    );
    expect(texts.sort()).toEqual(['Hello ', 'Name', 'Set by you', 'Your name', ' world'].sort());
    expect(literalTexts(`export const B = () => <p>{a === 'x' && <b />} · Café</p>;`)).toEqual([
      ' · Café',
    ]);
  });
});
