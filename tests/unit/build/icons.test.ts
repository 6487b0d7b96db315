import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The sizes WXT finds as `public/icon/<size>.png` and names in the manifest's `icons`. */
const SIZES = [16, 32, 48, 128];

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('extension icon', () => {
  it.each(SIZES)('public/icon/%i.png is a square PNG of that size', (size) => {
    expect(pngSize(readFileSync(`public/icon/${size}.png`))).toEqual({ width: size, height: size });
  });

  it('has an SVG source to render them from', () => {
    expect(readFileSync('public/icon/icon.svg', 'utf8')).toMatch(
      /^<svg [^>]*viewBox="0 0 128 128"/,
    );
  });
});
