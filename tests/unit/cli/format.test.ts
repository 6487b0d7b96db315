import { describe, expect, it } from 'vitest';
import { formatText, positionFinder } from '../../../cli/format';
import type { Finding } from '../../../rules/index';

describe('positionFinder', () => {
  it('gives 1-based lines and code-point columns across LF, CRLF and CR', () => {
    const text = 'ab\r\n😀x\ry\nz';
    const at = positionFinder(text);
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 });
    expect(at(text.indexOf('x'))).toEqual({ line: 2, column: 2 });
    expect(at(text.indexOf('y'))).toEqual({ line: 3, column: 1 });
    expect(at(text.indexOf('z'))).toEqual({ line: 4, column: 1 });
    expect(at(text.length)).toEqual({ line: 4, column: 2 });
  });

  it('counts a combining mark as a column of its own, as editors do for code points', () => {
    const text = 'e\u0301x';
    expect(positionFinder(text)(2)).toEqual({ line: 1, column: 3 });
  });
});

describe('formatText', () => {
  it('prints file:line:col  severity  check-id  message', () => {
    const finding: Finding = {
      check: 'repeated-word',
      severity: 'warning',
      start: 3,
      end: 8,
      text: 'on on',
      message: 'Sana ”on” toistuu.',
      fixes: [],
    };
    expect(formatText([{ file: 'a.txt', text: 'Se\non on', findings: [finding] }])).toBe(
      'a.txt:2:1  warning  repeated-word  Sana ”on” toistuu.\n',
    );
  });
});
