// The zone of node lines that print none, where a command of the paste states it (shown-zones.ts).
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { readCommandZone } from '../../src/log-events/shown-zones.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

describe('readCommandZone', () => {
  it.each([
    '$ journalctl --utc -o short-precise -u kv-node@2 --no-pager | tail -n 8',
    '$ sudo journalctl -u kv-node@2 --utc',
    '$ TZ=UTC journalctl -o short-precise -u kv-node@2',
    '$ TZ=Etc/UTC sudo journalctl -u kv-node@2 | grep timeout',
  ])('UTC: %s', (command) => {
    expect(readCommandZone(command)).toBe(0);
  });

  it.each([
    '$ journalctl -o short-precise -u kv-node@2',
    '$ TZ=Europe/Berlin journalctl -u kv-node@2',
    '$ journalctl -u kv-node@2 | grep --utc-like',
    '$ echo journalctl --utcx',
    '$ tail -n 3 data/node2/node.log',
  ])('none stated: %s', (command) => {
    expect(readCommandZone(command)).toBeUndefined();
  });
});

describe('applyShownZones (through readLogText)', () => {
  const journal = (command: string): string =>
    [
      '$ date +%FT%T.%3N%:z; sudo systemctl kill -s SIGKILL kv-node@1',
      '2026-12-02T15:03:11.086+01:00',
      `$ ${command} -o short-precise -u kv-node@2 --no-pager`,
      'Dec 02 14:03:11.088514 lab kv_node[4102]: [node2] read() from leader node1 returned 0 (EOF)',
    ].join('\n');

  it("`journalctl --utc`'s zone-less lines are UTC: offset 0 beside the record's +01:00", () => {
    const line = readLogText(journal('journalctl --utc'), patterns).events.find((e) => e.node === 'node2')!;
    expect([line.time?.zoned, line.time?.offsetMin, line.time?.kind]).toEqual([true, 0, 'yearless']);
  });

  it('a journal printed in the local zone stays zone-less', () => {
    const line = readLogText(journal('journalctl'), patterns).events.find((e) => e.node === 'node2')!;
    expect([line.time?.zoned, line.time?.offsetMin]).toEqual([false, undefined]);
  });
});
