import { describe, expect, it } from 'vitest';
import { MessageSchema } from '../../../messaging/protocol';
import { statRowOf } from '../../../storage/statistics-row';

/** The background parses `content/sent` with the row's schema: counts and ids, never text. */
describe('the content/sent message', () => {
  const row = statRowOf({
    now: Date.UTC(2026, 11, 4, 15, 7, 31),
    host: 'gmail',
    packId: 'builtin:en',
    packVersion: '1.0.0',
    language: 'en',
    words: 12,
    ran: ['placeholder', 'greeting'],
    left: ['placeholder'],
    fixed: { 'repeated-word': 1 },
    templates: [{ id: 'delivery-delay', kept: 0.5 }],
  });

  it('carries a row built by statRowOf', () => {
    const parsed = MessageSchema.safeParse({ type: 'content/sent', row });
    expect(parsed.success).toBe(true);
    expect(row.at).toBe(Date.UTC(2026, 11, 4, 15, 7));
  });

  it('refuses a row where text could hide: a check id with words, a time to the second, a URL for a host, a share above 1', () => {
    const refused = [
      { ...row, checks: { 'Emily Clarke': { left: 1, fixed: 0, ignored: 0 } } },
      { ...row, at: row.at + 31_000 },
      { ...row, host: 'https://acme.zendesk.com/agent/tickets/4712' },
      { ...row, templates: [{ id: 'x', kept: 2 }] },
    ];
    for (const candidate of refused) {
      expect(MessageSchema.safeParse({ type: 'content/sent', row: candidate }).success).toBe(false);
    }
  });
});
