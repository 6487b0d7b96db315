import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncedPacks } from '../../../entrypoints/content/synced-packs';
import { enPack } from '../sync/helpers';

/** The background's answers, released by the test one at a time. */
const pending: { message: unknown; answer: (value: unknown) => void }[] = [];

vi.mock('../../../messaging/client', () => ({
  send: (message: unknown) =>
    new Promise((done) => {
      pending.push({ message, answer: (value) => done({ ok: true, value }) });
    }),
}));

const settle = () => new Promise((done) => setTimeout(done, 0));

function answerFor(version: string) {
  return {
    sourceId: 'https://x/p.json',
    seq: 1,
    language: 'en',
    pack: enPack(version),
    parents: [],
  };
}

describe('the content script’s synced packs', () => {
  beforeEach(() => {
    pending.length = 0;
  });

  it('uses nothing until the background answers, then the pack it names, compiled', async () => {
    const arrived = vi.fn();
    const packs = new SyncedPacks(arrived);
    expect(packs.get('en')).toBeUndefined();
    expect(packs.get('en')).toBeUndefined();
    expect(pending.map((p) => p.message)).toEqual([{ type: 'content/get-pack', language: 'en' }]);
    pending[0]?.answer(answerFor('1.0.0'));
    await settle();
    expect(arrived).toHaveBeenCalledTimes(1);
    const compiled = packs.get('en');
    expect(compiled?.pack.version).toBe('1.0.0');
    expect(compiled?.checks.some((c) => c.check.id === 'no-ticket-jargon')).toBe(true);
  });

  it('a change while the first answer is on its way asks again, and the old answer is dropped', async () => {
    const arrived = vi.fn();
    const packs = new SyncedPacks(arrived);
    packs.get('en');
    packs.changed();
    expect(pending).toHaveLength(2);
    pending[1]?.answer(answerFor('2.0.0'));
    pending[0]?.answer(answerFor('1.0.0'));
    await settle();
    expect(packs.get('en')?.pack.version).toBe('2.0.0');
    expect(arrived).toHaveBeenCalledTimes(1);
  });

  it('falls back to the built-in pack (null) for no pack or an unusable answer', async () => {
    const packs = new SyncedPacks(() => undefined);
    packs.get('fi');
    packs.get('en');
    pending[0]?.answer(null);
    pending[1]?.answer({ pack: { id: 'x' }, parents: [] });
    await settle();
    expect(packs.get('fi')).toBeNull();
    expect(packs.get('en')).toBeNull();
  });

  it('compiles a pack over a URL parent with the parent’s rules', async () => {
    const packs = new SyncedPacks(() => undefined);
    packs.get('en');
    const parent = enPack('2.0.0', {
      id: 'acme:org',
      rules: [{ id: 'org-rule', kind: 'forbid', pattern: 'asap', message: 'm' }],
    });
    pending[0]?.answer({
      ...answerFor('1.0.0'),
      pack: enPack('1.0.0', { extends: './org.json' }),
      parents: [parent],
    });
    await settle();
    const ids = packs.get('en')?.checks.map((c) => c.check.id);
    expect(ids).toEqual(expect.arrayContaining(['org-rule', 'no-ticket-jargon']));
  });
});
