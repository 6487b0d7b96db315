import { describe, expect, it } from 'vitest';
import { teachingExample } from '../../../components/statistics/examples';
import type { CustomRule } from '../../../rules/index';

describe('teachingExample', () => {
  it('shows a built-in check with its own example and the example fixed', () => {
    const example = teachingExample('passive', 'en');
    expect(example?.description).toMatch(/active voice/);
    expect(example?.bad).toBeTruthy();
    expect(example?.good).toBeTruthy();
    expect(example?.good).not.toBe(example?.bad);
  });

  it('shows a rule of the pack with the examples its author wrote', () => {
    const rule = {
      id: 'no-ticket-number',
      kind: 'forbid',
      pattern: 'ticket number',
      description: 'Say “your case”.',
      examples: {
        bad: [{ text: 'Your ticket number is 5.', fixed: 'Your case is 5.' }],
        good: ['Your case is open.'],
      },
    } as unknown as CustomRule;
    expect(teachingExample('no-ticket-number', 'en', [rule])).toEqual({
      description: 'Say “your case”.',
      bad: 'Your ticket number is 5.',
      good: 'Your case is 5.',
    });
    const plain = {
      ...rule,
      examples: { bad: ['Your ticket number is 5.'], good: ['Your case is open.'] },
    };
    expect(teachingExample('no-ticket-number', 'en', [plain as CustomRule])?.good).toBe(
      'Your case is open.',
    );
  });

  it('knows nothing of an id that is neither a check nor a rule of the pack', () => {
    expect(teachingExample('no-such-rule', 'fi')).toBeNull();
  });
});
