import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyFixes,
  builtinPacks,
  check,
  compilePack,
  compilePhrases,
  type Finding,
  formatMessage,
  getBuiltinPack,
  type Pack,
  PackError,
  PackSchema,
  parseDocument,
  parsePack,
  resolvePack,
} from '../../../rules/index';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/replies', name), 'utf8');

const fi = getBuiltinPack('builtin:fi') as Pack;
const en = getBuiltinPack('builtin:en') as Pack;

const summary = (findings: Finding[]) => findings.map((f) => `${f.check}:${f.text}`);

describe('check', () => {
  it.each([
    ['fi-good.txt', fi],
    ['en-good.txt', en],
    ['fi-quoted.txt', fi],
  ])('finds nothing in the well-written reply %s', (name, pack) => {
    expect(check(fixture(name), pack)).toEqual([]);
  });

  it('finds the problems of a poor Finnish reply, sorted by position, in Finnish', () => {
    const draft = fixture('fi-issues.txt');
    const findings = check(draft, fi);
    expect(findings.map((f) => f.check)).toEqual([
      'greeting',
      'placeholder',
      'thanks',
      'sentence-length',
      'repeated-word',
      'closing',
    ]);
    expect(findings.map((f) => f.start)).toEqual(
      [...findings.map((f) => f.start)].sort((a, b) => a - b),
    );
    for (const f of findings) expect(f.text).toBe(draft.slice(f.start, f.end));
    expect(findings.find((f) => f.check === 'placeholder')).toMatchObject({
      severity: 'error',
      text: '[NIMI]',
      message: '”[NIMI]” on täyttämätön pohjan kohta. Korvaa se oikealla tiedolla.',
    });
    expect(findings.find((f) => f.check === 'sentence-length')?.message).toBe(
      'Virke on pitkä: 29 sanaa (enintään 20). Jaa se lyhyemmiksi virkkeiksi.',
    );
  });

  it('writes messages in the language of the pack', () => {
    const draft = 'Order shipped.';
    const messages = (pack: Pack) => check(draft, pack).map((f) => f.message);
    expect(messages(fi)[0]).toMatch(/^Aloita vastaus tervehdyksellä/);
    expect(messages(en)[0]).toMatch(/^Open the reply with a greeting/);
  });

  it('ignores quoted earlier messages', () => {
    const draft = fixture('fi-quoted.txt');
    expect(draft).toContain('on on');
    expect(draft).toContain('{{order.id}}');
    expect(check(draft, fi)).toEqual([]);
  });

  it('fills fixes from the conversation context', () => {
    const draft = 'Tilaus lähti.';
    const context = { customerName: 'Maija Meikäläinen', agentName: 'Matti' };
    const fixed = applyFixes(
      draft,
      check(draft, fi, context).map((f) => f.fixes[0] ?? { start: 0, end: 0, replacement: '' }),
    );
    expect(fixed).toBe(
      'Hei Maija,\n\nKiitos viestistä. Tilaus lähti.\n\nYstävällisin terveisin\nMatti',
    );
    expect(check(fixed, fi, context)).toEqual([]);
  });

  it('checks an empty draft without findings', () => {
    expect(check('', fi)).toEqual([]);
    expect(check(' \n\r\n ', en)).toEqual([]);
  });
});

describe('packs', () => {
  const team = (over: Partial<Pack>): Pack => ({
    id: 'acme:support',
    name: 'Acme support',
    version: '1.0.0',
    language: 'fi',
    extends: 'builtin:fi',
    ...over,
  });

  it('ships valid built-in packs for both languages', () => {
    expect(builtinPacks.map((p) => [p.id, p.language])).toEqual([
      ['builtin:fi', 'fi'],
      ['builtin:en', 'en'],
    ]);
    for (const pack of builtinPacks) {
      expect(PackSchema.parse(pack)).toEqual(pack);
      expect(compilePack(pack).checks.map((c) => c.check.id)).toEqual([
        'greeting',
        'thanks',
        'apology',
        'address',
        'speaker',
        'command',
        'passive',
        'sentence-length',
        'paragraph-length',
        'reply-length',
        'numbered-steps',
        'promise',
        'closing',
        'repeated-word',
        'placeholder',
        'unanswered-question',
        'blame',
        // The packs' own rules run after the built-in checks.
        'plain-words',
      ]);
    }
    expect(getBuiltinPack('builtin:sv')).toBeUndefined();
  });

  it('layers a team pack over the built-in one', () => {
    const pack = team({
      style: { sentenceMaxWords: 5, greeting: { phrases: ['Moikka'] } },
      checks: {
        closing: { enabled: false },
        'repeated-word': { severity: 'error' },
      },
    });
    const resolved = resolvePack(pack, getBuiltinPack);
    expect(resolved.layers).toEqual(['builtin:fi', 'acme:support']);
    // Nested style merges per key: `required` is inherited, `phrases` replaced.
    expect(resolved.style.greeting).toEqual({ required: true, phrases: ['Moikka'] });
    // Check options merge per key: the inherited allow-list stays.
    expect(resolved.checks['repeated-word']).toEqual({
      severity: 'error',
      options: { allow: ['hei', 'moi', 'kiitos'] },
    });

    const findings = check(
      'Moikka Maija,\n\nkiitos viestistä! Yksi kaksi kolme neljä viisi kuusi. Se on on tässä.',
      pack,
    );
    expect(summary(findings)).toEqual([
      'sentence-length:Yksi kaksi kolme neljä viisi kuusi.',
      'repeated-word:on on',
    ]);
    expect(findings[1]?.severity).toBe('error');
  });

  it('lets pack options override what the style implies', () => {
    const pack = team({ checks: { 'sentence-length': { options: { max: 3 } } } });
    const findings = check(
      'Hei,\n\nkiitos viestistä. Yksi kaksi kolme neljä.\n\nTerveisin\nMatti',
      pack,
    );
    expect(summary(findings)).toEqual(['sentence-length:Yksi kaksi kolme neljä.']);
  });

  it('turns style-driven checks off when the style does not ask for them', () => {
    const bare: Pack = { id: 'bare', name: 'Bare', version: '1.0.0', language: 'en' };
    expect(compilePack(bare).checks.map((c) => c.check.id)).toEqual([
      // Mixing formal and informal address is flagged whatever the style says.
      'address',
      'repeated-word',
      'placeholder',
      'unanswered-question',
      'blame',
    ]);
    expect(summary(check('the the [name]', bare))).toEqual([
      'repeated-word:the the',
      'placeholder:[name]',
    ]);
  });

  it.each([
    [{ checks: { 'no-such-check': {} } }, 'checks.no-such-check: unknown check "no-such-check"'],
    [
      { checks: { 'sentence-length': { options: { max: -1 } } } },
      'checks.sentence-length.options.max',
    ],
    [
      { checks: { 'reply-length': { options: { maxx: 3 } } } },
      'checks.reply-length.options.maxx: unknown key',
    ],
    [{ extends: 'acme:missing' }, 'extends: unknown pack "acme:missing"'],
  ])('rejects an invalid pack naming the path (%j)', (over, message) => {
    expect(() => compilePack(team(over as Partial<Pack>))).toThrow(PackError);
    expect(() => compilePack(team(over as Partial<Pack>))).toThrow(message);
  });

  it('rejects an extends cycle', () => {
    const a: Pack = { ...team({}), id: 'a', extends: 'b' };
    const b: Pack = { ...team({}), id: 'b', extends: 'a' };
    const load = (id: string) => ({ a, b })[id as 'a' | 'b'];
    expect(() => resolvePack(a, load)).toThrow('extends: "extends" forms a cycle: a → b → a');
  });

  it.each([
    [{ id: 'x', name: 'X', version: '1.0', language: 'fi' }, 'version'],
    [{ id: 'x', name: 'X', version: '1.0.0', language: 'sv' }, 'language'],
    [{ id: 'x', name: 'X', version: '1.0.0', language: 'fi', extend: 'builtin:fi' }, 'extend'],
    [
      { id: 'x', name: 'X', version: '1.0.0', language: 'fi', style: { address: 'polite' } },
      'style.address',
    ],
    [
      { id: 'x', name: 'X', version: '1.0.0', language: 'fi', checks: { Greeting: {} } },
      'checks.Greeting',
    ],
  ])('parsePack rejects %j at %s', (json, path) => {
    expect(() => parsePack(json)).toThrow(PackError);
    try {
      parsePack(json);
    } catch (error) {
      expect((error as PackError).path.join('.')).toBe(path);
    }
  });
});

describe('helpers', () => {
  it('formatMessage fills placeholders and keeps unknown ones visible', () => {
    expect(formatMessage('{count} of {max} ({other})', { count: 3, max: 5 })).toBe(
      '3 of 5 ({other})',
    );
  });

  it('applyFixes applies from the end and skips a fix overlapping one applied', () => {
    const text = 'abcdef';
    expect(
      applyFixes(text, [
        { start: 0, end: 1, replacement: 'A' },
        { start: 4, end: 6, replacement: 'EF' },
        { start: 3, end: 5, replacement: 'X' },
        { start: 2, end: 2, replacement: '+' },
      ]),
    ).toBe('Ab+cdEF');
  });

  it('phrase matching accepts inflected forms of long words only', () => {
    const words = (s: string) => parseDocument(s).words;
    const matcher = compilePhrases(['Kiitos viestistä', 'hi']);
    expect(matcher.find(words('Hei ja kiitos viestistänne!'))).toMatchObject({
      index: 2,
      length: 2,
    });
    expect(matcher.find(words('Kiitos viestistäsi'))?.phrase).toBe('Kiitos viestistä');
    expect(matcher.find(words('his message'))).toBeNull();
    expect(matcher.find(words('Kiitoksia viestistä'))).toBeNull();
  });
});
