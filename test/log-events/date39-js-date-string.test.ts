// JavaScript's Date#toString (`${new Date()}`: `Thu Dec 03 2026 09:54:57 GMT+0000 (Coordinated Universal Time)`): a
// zoned time to the second, the parenthesised zone name decoration read with it.
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

const AT = Date.UTC(2026, 11, 3, 9, 49, 44);
const parse = (text: string) => parseTimestampAt(text, 0, text.length);

describe("JavaScript's Date#toString", () => {
  it.each([
    'Thu Dec 03 2026 09:49:44 GMT+0000 (Coordinated Universal Time)',
    'Thu Dec 03 2026 10:49:44 GMT+0100 (Central European Standard Time)',
    'Thu Dec 03 2026 04:49:44 GMT-0500 (Eastern Standard Time)',
    'Thu Dec 03 2026 09:49:44 GMT+0000',
    'Thu Dec 03 2026 10:49:44 GMT+0100 (Mitteleuropäische Normalzeit)',
  ])('reads %s as a zoned whole-second time, its zone name with it', (text) => {
    expect(parse(text)).toMatchObject({ kind: 'absolute', ms: AT, precisionMs: 1000, zoned: true, end: text.length });
  });

  it('ends before the message', () => {
    const line = 'Thu Dec 03 2026 09:49:44 GMT+0000 (Coordinated Universal Time) node2: connection to leader node1 lost (EOF)';
    expect(line.slice(parse(line)!.end)).toBe(' node2: connection to leader node1 lost (EOF)');
  });

  it('reads no date without GMT before the offset, nor a bad offset (near misses)', () => {
    expect(parse('Thu Dec 03 2026 09:49:44 +0000 (Coordinated Universal Time)')?.zoned).not.toBe(true);
    expect(parse('Thu Dec 03 2026 09:49:44 GMT+9900')?.zoned).not.toBe(true);
  });
});

describe('node lines stamped by Date#toString', () => {
  it('reads a node line stamped by Date#toString as that node\'s, at that time', () => {
    const text = [
      'Thu Dec 03 2026 09:49:42 GMT+0000 (Coordinated Universal Time) node2: following leader node1 (term 1)',
      'Thu Dec 03 2026 09:49:44 GMT+0000 (Coordinated Universal Time) node2: connection to leader node1 lost (EOF)',
    ].join('\n');
    const lost = readLogText(text, patterns).events.find((e) => e.kind === 'connection-lost');
    expect(lost).toMatchObject({ node: 'node2', time: { kind: 'absolute', ms: AT, precisionMs: 1000, zoned: true } });
  });
});
