import type { Finding } from '../rules/index';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in code points, as editors count columns. */
  column: number;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Converts UTF-16 offsets of one text to line and column. Line starts are found once, so
 * many findings in a long draft cost one binary search each.
 */
export function positionFinder(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n?|\n/g)) lineStarts.push(m.index + m[0].length);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    const lineStart = lineStarts[low] as number;
    let column = 1;
    for (let i = lineStart; i < offset; i++) {
      // The low half of a surrogate pair is not a character of its own.
      if (!(isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)))) {
        column++;
      }
    }
    return { line: low + 1, column };
  };
}

export interface FileReport {
  file: string;
  text: string;
  findings: Finding[];
}

/** One line per finding: `file:line:col  severity  check-id  message`. */
export function formatText(reports: readonly FileReport[]): string {
  let out = '';
  for (const { file, text, findings } of reports) {
    const position = positionFinder(text);
    for (const f of findings) {
      const { line, column } = position(f.start);
      out += `${file}:${line}:${column}  ${f.severity}  ${f.check}  ${f.message}\n`;
    }
  }
  return out;
}

export function formatJson(reports: readonly FileReport[]): string {
  const json = reports.map(({ file, findings }) => ({
    file,
    findings: findings.map(({ check, severity, start, end, text, message, fixes }) => ({
      check,
      severity,
      start,
      end,
      text,
      message,
      fixes,
    })),
  }));
  return `${JSON.stringify(json, null, 2)}\n`;
}
