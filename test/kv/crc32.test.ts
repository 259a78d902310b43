import { describe, expect, it } from 'vitest';
import { computeCrc32 } from '../../src/kv/crc32.js';

describe('computeCrc32', () => {
  it('matches the standard CRC-32 check values', () => {
    expect(computeCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(computeCrc32(Buffer.alloc(0))).toBe(0);
    expect(computeCrc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('checksums a sub-range without copying', () => {
    const bytes = Buffer.from('xx123456789yy');
    expect(computeCrc32(bytes, 2, 11)).toBe(0xcbf43926);
  });
});
