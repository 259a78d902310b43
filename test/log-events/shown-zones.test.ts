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

  it("a journal printed in the local zone is in the host shell's zone, the one its record printed", () => {
    const line = readLogText(journal('journalctl'), patterns).events.find((e) => e.node === 'node2')!;
    expect([line.time?.zoned, line.time?.offsetMin]).toEqual([true, 60]);
  });
});

describe('applyShownZones: the host shell zone', () => {
  const paste = (record: string[], host: string, container = 'docker logs --tail 1 kv-node3'): string =>
    [
      ...record,
      `$ ${host}`,
      '2026-12-02 15:03:11.089 node2 WARN lost connection to leader node1: ECONNRESET',
      `$ ${container}`,
      '2026-12-02 14:03:11.090 node3 WARN lost connection to leader node1: ECONNRESET',
    ].join('\n');
  const offsetOf = (text: string, node: string): number | undefined => {
    const time = readLogText(text, patterns).events.find((e) => e.node === node)?.time;
    return time?.zoned === true ? Math.round((time.dayMs - (time.ms % 86_400_000)) / 60_000) : undefined;
  };

  it("zone-less lines of the host shell's commands take the zone its own date printed; a container's stay zone-less", () => {
    for (const record of [
      ['$ date +%FT%T.%3N%:z; kill -9 4101', '2026-12-02T15:03:11.087+01:00'],
      ['$ date +%T.%3N%z; kill -9 4101', '15:03:11.087+0100'],
      ['$ date', 'Wed Dec  2 15:02:40 CET 2026', '$ kill -9 4101'],
    ]) {
      const text = paste(record, 'tail -n 1 data/node2/node.log');
      expect([offsetOf(text, 'node2'), offsetOf(text, 'node3')], record.join(' / ')).toEqual([60, undefined]);
    }
  });

  it('no zone is assumed from a date that states none, one run elsewhere, or dates that disagree', () => {
    expect(offsetOf(paste(['$ date +%s.%N; kill -9 4101', '1796220191.087000000'], 'tail -n 1 data/node2/node.log'), 'node2')).toBeUndefined();
    expect(offsetOf(paste(['$ date -u +%FT%T.%3N%:z; kill -9 4101', '2026-12-02T14:03:11.087+00:00'], 'tail -n 1 data/node2/node.log'), 'node2')).toBeUndefined();
    expect(offsetOf(paste(['$ ssh vm1 date', 'Wed Dec  2 15:02:40 CET 2026', '$ kill -9 4101'], 'tail -n 1 data/node2/node.log'), 'node2')).toBeUndefined();
    const disagree = ['$ date', 'Wed Dec  2 15:02:40 CET 2026', '$ date +%FT%T.%3N%:z; kill -9 4101', '2026-12-02T16:03:11.087+02:00'];
    expect(offsetOf(paste(disagree, 'tail -n 1 data/node2/node.log'), 'node2')).toBeUndefined();
    // A line another machine printed is not the host's.
    expect(offsetOf(paste(['$ date +%FT%T.%3N%:z; kill -9 4101', '2026-12-02T15:03:11.087+01:00'], "ssh vm2 'tail -n 1 data/node2/node.log'"), 'node2')).toBeUndefined();
  });
});

describe('applyShownZones: the containers zone', () => {
  const paste = (execDates: string[][], hostDate = 'Wed Dec  2 15:19:40 CET 2026'): string =>
    [
      '$ date',
      hostDate,
      ...execDates.flat(),
      '$ date +%T.%3N; docker kill --signal=SIGTERM kv-node1',
      '15:19:58.123',
      '$ docker logs --tail 1 kv-node2',
      '14:19:58.126 [node2] WARN  connection to leader node1 lost: Connection reset by peer',
      '$ kubectl logs kv-2',
      '14:19:58.127 [node3] WARN  connection to leader node1 lost: Connection reset by peer',
      '$ tail -n 1 data/node4/node.log',
      '15:19:58.128 [node4] WARN  connection to leader node1 lost: Connection reset by peer',
    ].join('\n');
  const offsets = (text: string): (number | undefined)[] => {
    const events = readLogText(text, patterns).events;
    return ['node2', 'node3', 'node4'].map((node) => events.find((e) => e.node === node)?.time?.offsetMin);
  };

  it("containers' zone-less lines take the zone a date run in a container printed; the host's lines the host's", () => {
    expect(offsets(paste([['$ docker exec kv-node2 date', 'Wed Dec  2 14:19:41 UTC 2026']]))).toEqual([0, 0, 60]);
    expect(offsets(paste([['$ kubectl exec kv-0 -- date', 'Wed Dec  2 14:19:41 UTC 2026']]))).toEqual([0, 0, 60]);
    expect(offsets(paste([['$ podman exec -it kv2 /bin/date', 'Wed Dec  2 15:19:41 CET 2026']], 'Wed Dec  2 14:19:40 UTC 2026'))).toEqual([60, 60, 0]);
  });

  it('none from no container date, one run in UTC by flag, or container dates that disagree', () => {
    expect(offsets(paste([]))).toEqual([undefined, undefined, 60]);
    expect(offsets(paste([['$ docker exec kv-node2 date -u', 'Wed Dec  2 14:19:41 UTC 2026']]))).toEqual([undefined, undefined, 60]);
    const disagree = [['$ docker exec kv-node2 date', 'Wed Dec  2 14:19:41 UTC 2026'], ['$ docker exec kv-node3 date', 'Wed Dec  2 15:19:42 CET 2026']];
    expect(offsets(paste(disagree))).toEqual([undefined, undefined, 60]);
  });
});
