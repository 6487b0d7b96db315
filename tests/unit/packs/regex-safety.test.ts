/**
 * The static check for catastrophic backtracking: the classic evil expressions are refused
 * with a reason, and the everyday ones packs use are accepted.
 */

import { describe, expect, it } from 'vitest';
import { checkRegex } from '../../../rules/index';

describe('checkRegex refuses', () => {
  it.each([
    ['(a+)+$', 'nested quantifiers'],
    ['(a*)*', 'can match the empty string'],
    ['(?:\\s*)+$', 'can match the empty string'],
    ['(?:a?){30}a{30}', 'can match the empty string'],
    ['(a|a)+', 'alternatives'],
    ['(a|ab)*c', 'alternatives'],
    ['(\\.|[^"])*"', 'alternatives'],
    ['(\\w+\\s?)+$', 'nested quantifiers'],
    ['(\\d+,?)+$', 'nested quantifiers'],
    ['(x+x+)+y', 'nested quantifiers'],
    ['(.*a){12}', 'nested quantifiers'],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', 'nested quantifiers'],
    ['([a-zA-Z]+)*$', 'nested quantifiers'],
    ['\\d+\\d+x', 'one after the other'],
    ['.*.*=.*', 'one after the other'],
    ['\\w+\\s*\\w+$', 'one after the other'],
    ['ä+Ä+', 'one after the other'],
    ['a{2000}', 'repetition count above 1000'],
  ])('%s (%s)', (source, reason) => {
    const problem = checkRegex(source);
    expect(problem).toMatch(/^may backtrack catastrophically: /);
    expect(problem).toContain(reason);
  });

  it.each([
    ['(unclosed', 'unterminated group'],
    ['[a-', 'unterminated character class'],
    ['a**', 'nothing to repeat'],
    ['\\', '\\ at end of pattern'],
    ['\\-', 'invalid escape'],
  ])('a syntax error: %s', (source, reason) => {
    expect(checkRegex(source)).toBe(reason);
  });
});

describe('checkRegex accepts', () => {
  it.each([
    '\\b[A-Z]{2,5}-\\d{3,}\\b',
    '100 ?%',
    '(\\w+\\s)+',
    '(?:[a-z]+\\.)+[a-z]+',
    '(?:\\d{3},)+\\d{3}',
    '.*foo.*',
    '\\bre(?:fund|turn)s?\\b',
    '(?:a|b)+',
    '(?<=tilaus)nro',
    '(?<n>x)\\k<n>',
    '\\p{Lu}\\p{Ll}+',
    '[^\\s]+\\s+[^\\s]+',
    'esimerkki\\.fi/palautus',
    '\\u{1F600}+',
    '!',
  ])('%s', (source) => {
    expect(checkRegex(source)).toBeNull();
  });
});

// An unanchored search with a failing greedy quantifier is quadratic in any engine
// (`\w+x` on "aaaa…"); what the check rules out is exponential and higher-degree
// backtracking. Rules run block by block, so the input is a paragraph, not a book.
describe('what checkRegex accepts stays fast on adversarial paragraphs', () => {
  it.each(['(\\w+\\s)+$', '(?:[a-z]+\\.)+[a-z]+$', '\\b[A-Z]{2,5}-\\d{3,}\\b', '.*foo.*bar'])(
    '%s',
    (source) => {
      expect(checkRegex(source)).toBeNull();
      const re = new RegExp(source, 'giu');
      for (const text of ['a'.repeat(5000), `${'a '.repeat(2500)}!`, 'A-1'.repeat(1500)]) {
        const start = performance.now();
        re.lastIndex = 0;
        re.test(text);
        expect(performance.now() - start).toBeLessThan(1000);
      }
    },
  );
});
