import { describe, expect, it } from 'vitest';
import { allocateLineInt32s, allocateLineUint8s } from '../../src/log-events/line-arrays.js';
import { indexLines } from '../../src/log-events/paste-lines.js';

describe('pooled per-line arrays', () => {
  it('hands out zeroed arrays of the length asked for, which never share memory', () => {
    const arrays = Array.from({ length: 3000 }, (_, k) => (k % 2 === 0 ? allocateLineInt32s(1 + (k % 97)) : allocateLineUint8s(1 + (k % 89))));
    // Fill each with its own mark: every array still holds only its own afterwards (no overlap, across pool refills).
    arrays.forEach((array, k) => {
      expect(array.length).toBe(1 + (k % (k % 2 === 0 ? 97 : 89)));
      expect(array.every((v) => v === 0)).toBe(true);
      array.fill((k % 250) + 1);
    });
    arrays.forEach((array, k) => expect(array.every((v) => v === (k % 250) + 1)).toBe(true));
  });

  it('gives large requests arrays of their own', () => {
    const large = allocateLineInt32s(1 << 16);
    expect(large.byteOffset).toBe(0);
    expect(large.buffer.byteLength).toBe(1 << 18);
  });

  it('keeps each paste\'s line index intact while later pastes are indexed', () => {
    const first = indexLines('a\nbb\nccc\n');
    for (let k = 0; k < 2000; k++) indexLines(`${'x'.repeat(k % 50)}\n`.repeat(40));
    expect([first.count, ...first.starts.slice(0, 3), ...first.ends.slice(0, 3)]).toEqual([3, 0, 2, 5, 1, 4, 8]);
  });
});
