// A node line whose head is an RFC 2822 date (JavaScript's toUTCString, `[${new Date().toUTCString()}] node2: …`;
// parse-timestamp.ts parseRfc2822Date): its time is that zoned whole second, not the time of day inside it.
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

const AT = Date.UTC(2026, 11, 3, 9, 55, 17);

describe('RFC 2822 line heads', () => {
  it.each([
    '[Thu, 03 Dec 2026 09:55:17 GMT] node2: connection to leader node1 lost (EOF)',
    'Thu, 03 Dec 2026 09:55:17 GMT node2: connection to leader node1 lost (EOF)',
    '[Thu, 03 Dec 2026 10:55:17 +0100] node2: connection to leader node1 lost (EOF)',
  ])('reads %s as node2\'s line at that zoned second', (line) => {
    const text = ['[Thu, 03 Dec 2026 09:55:15 GMT] node2: following leader node1 (term 1)', line].join('\n');
    const lost = readLogText(text, patterns).events.find((e) => e.kind === 'connection-lost');
    expect(lost).toMatchObject({ node: 'node2', time: { kind: 'absolute', ms: AT, precisionMs: 1000, zoned: true } });
  });
});
