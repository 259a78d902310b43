// strace's signal records are about the process it traces (traced-signals.ts): its `[pid N]` column, else the one
// process the trace above attached to; si_pid is the sender. read-log-events.ts gives a kill that pid, and a process
// listing's row ties it to a node (a follower's kill is then no leader's, judgeKills).
import { describe, expect, it } from 'vitest';
import { judgeKills, placeEventsOnClock, readLogText } from '../../src/log-events/index.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines } from '../../src/log-events/scan-lines.js';
import { findTracedSignalPid } from '../../src/log-events/traced-signals.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

const LISTING = [
  '$ pgrep -a kv_node',
  '4102 ./kv_node --id 1 --port 7001 --peers 7002,7003',
  '4207 ./kv_node --id 2 --port 7002 --peers 7001,7003',
  '4310 ./kv_node --id 3 --port 7003 --peers 7001,7002',
];
const SIGTERM = '07:01:02.345678 --- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=5120, si_uid=1000} ---';

// The pid findTracedSignalPid reads for the paste's last line.
function pidOfLast(rows: readonly string[]): number | undefined {
  const lines = indexLines(rows.join('\n'));
  return findTracedSignalPid(lines, scanLines(lines).kinds, lines.count - 1);
}

describe('findTracedSignalPid', () => {
  it("reads the one process the trace attached to, never si_pid (the sender)", () => {
    expect(pidOfLast([...LISTING, '$ sudo strace -tt -e trace=none -p 4207', 'strace: Process 4207 attached', SIGTERM])).toBe(4207);
    expect(pidOfLast([...LISTING, 'strace: Process 4102 attached with 2 threads', SIGTERM])).toBe(4102);
    expect(pidOfLast([...LISTING, '$ strace -tt -p4310', SIGTERM])).toBe(4310);
    expect(pidOfLast(['$ strace -tt --attach=4207 -e trace=none', '07:01:02.351 +++ killed by SIGKILL +++'])).toBe(4207);
  });

  it("reads strace -f's [pid N] column first", () => {
    expect(pidOfLast([...LISTING, '$ sudo strace -f -tt -p 4207', 'strace: Process 4207 attached with 2 threads', `[pid  4208] ${SIGTERM}`])).toBe(4208);
  });

  it('names none when the trace attached to several processes, to none, or the line is no signal record', () => {
    expect(pidOfLast([...LISTING, '$ strace -tt -p 4102,4207', SIGTERM])).toBeUndefined();
    expect(pidOfLast([...LISTING, 'strace: Process 4102 attached', 'strace: Process 4207 attached', SIGTERM])).toBeUndefined();
    expect(pidOfLast([...LISTING, SIGTERM])).toBeUndefined();
    // The attach lines of an earlier command's trace are not this one's.
    expect(pidOfLast(['strace: Process 4207 attached', '$ ./demo', SIGTERM])).toBeUndefined();
    expect(pidOfLast(['$ strace -tt -p 4207', '07:01:02.345678 kill(4102, SIGTERM) = 0'])).toBeUndefined();
  });
});

describe('a strace signal record is the kill of the traced process', () => {
  const paste = (pid: number): string =>
    [
      ...LISTING,
      `$ sudo strace -tt -e trace=none -p ${pid}`,
      `strace: Process ${pid} attached`,
      SIGTERM,
      '07:01:02.301 [node1] leader term 2: heartbeat -> node2 node3',
      '07:01:02.301 [node2] follower term 2: heartbeat from leader node1',
      '07:01:02.301 [node3] follower term 2: heartbeat from leader node1',
      '07:01:02.401 [node1] leader term 2: heartbeat -> node3 (node2 down)',
      '07:01:02.401 [node3] follower term 2: heartbeat from leader node1',
      '07:01:02.689 [node3] heartbeat timeout: no message from leader node1 in 288 ms, becoming candidate (term 3)',
    ].join('\n');
  const judge = (text: string) => {
    const { events } = readLogText(text, patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, killed: k.killed, ofLeader: k.ofLeader }));
  };

  it("is a follower's kill when pgrep ties the traced pid to a follower, though the leader's timer later fires", () => {
    expect(judge(paste(4207))).toEqual([{ line: 7, killed: 'node2', ofLeader: false }]);
  });

  it("is the leader's kill when the traced pid is the leader's", () => {
    expect(judge(paste(4102))).toEqual([{ line: 7, killed: 'node1', ofLeader: true }]);
  });
});
