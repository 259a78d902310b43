import { describe, expect, it } from 'vitest';
import { killedNothing, readKillPids, readKillFailure } from '../../src/log-events/kill-failures.js';

// Rows as the tools print them, captured on Debian 12 (bash 5.2, procps-ng 4.0.2, psmisc 23.6) by running each as
// `nobody` against a root process; the pids changed to 4101.
const REAL_FAILURES: readonly (readonly [row: string, pid: number | undefined])[] = [
  ['bash: kill: (4101) - Operation not permitted', 4101],
  ['/tmp/try.sh: line 2: kill: (4101) - Operation not permitted', 4101],
  ['/bin/kill: (4101): Operation not permitted', 4101],
  ['bash: kill: (4101) - No such process', 4101],
  // tcsh's kill builtin (adv54g-31).
  ['10298: No such process', 10298],
  ['pkill: killing pid 4101 failed: Operation not permitted', 4101],
  ['kv_node(4101): Operation not permitted', 4101],
  ['kv_node: no process found', undefined],
  ['bash: kill: %1: no such job', undefined],
  // busybox's and util-linux's kill (adv47b: Alpine's ash; fish running /bin/kill).
  ["sh: can't kill pid 4101: No such process", 4101],
  ['kill: sending signal to 4101 failed: No such process', 4101],
  // docker 28's client with no daemon, as this machine printed it.
  ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', undefined],
];

// The other tools' wording for a container, pod or unit their stop did not reach (docker, podman, kubectl, systemd).
const STOP_FAILURES = [
  'Error response from daemon: No such container: kv1',
  'Error response from daemon: cannot kill container: kv1: container 3f2a9c1d7e4b is not running',
  'Error response from daemon: Container 3f2a9c1d7e4b is not running',
  'Error: No such container: kv1',
  'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/containers/kv1/kill": dial unix /var/run/docker.sock: connect: permission denied',
  'Error: no container with name or ID "kv1" found: no such container',
  'Error from server (NotFound): pods "kv-1" not found',
  'Failed to kill unit kv@1.service: Unit kv@1.service not loaded.',
  'Failed to stop kv1.service: Access denied',
];

describe('readKillFailure: a kill command saying it ended nothing', () => {
  it.each(REAL_FAILURES)('%s → pid %s', (row, pid) => {
    expect(readKillFailure(row)).toEqual({ pid });
  });

  it.each(STOP_FAILURES)('%s names no pid', (row) => {
    expect(readKillFailure(row)).toEqual({ pid: undefined });
  });

  it.each([
    '14:02:15.201 [node1] INFO received SIGTERM, shutting down',
    'raft-kv1-1',
    'Error response from daemon: conflict: unable to remove repository reference',
    '$ sudo pkill -f "kv_node --id 1"',
    'kv_node(4101) started on port 7001',
    '[node2] WARN no process found for peer node1, retrying',
  ])('%s is no failure', (row) => {
    expect(readKillFailure(row)).toBeUndefined();
  });
});

describe('killedNothing: the rows below a kill command, up to the next command', () => {
  const rows = [
    '$ date +%T.%3N; pkill -f "kv_node --id 1"',
    '14:02:10.100',
    'pkill: killing pid 4101 failed: Operation not permitted',
    '$ date +%T.%3N; sudo kill 4101',
    '14:02:15.200',
    '$ kill 4102',
    'bash: kill: (4102) - No such process',
  ];
  const text = (k: number): string => rows[k]!;
  const isCommand = (k: number): boolean => rows[k]!.startsWith('$');

  it('finds the failure after the date the command also printed', () => {
    expect(killedNothing(text, rows.length, 0, isCommand)).toBe(true);
  });
  it('stops at the next command: the sudo kill printed nothing of a failure', () => {
    expect(killedNothing(text, rows.length, 3, isCommand)).toBe(false);
  });
  it('a failure naming another pid is no failure of this kill', () => {
    expect(killedNothing(text, rows.length, 5, isCommand, 4102)).toBe(true);
    expect(killedNothing(text, rows.length, 5, isCommand, 4103)).toBe(false);
  });
  it('a command naming several pids ended nothing only when each failed (adv54b-23: one pid mistyped, the leader ended)', () => {
    const two = ['$ date +%T.%N; kill 10715 10675', '07:16:31.121883221', 'bash: kill: (10715) - No such process', '$ grep x'];
    expect(killedNothing((k) => two[k]!, two.length, 0, (k) => two[k]!.startsWith('$'), 10715)).toBe(false);
    const both = ['$ date +%T.%N; kill -TERM 10715 10675', '07:16:31.121883221', 'bash: kill: (10715) - No such process', 'bash: kill: (10675) - No such process', '$ grep x'];
    expect(killedNothing((k) => both[k]!, both.length, 0, (k) => both[k]!.startsWith('$'), 10715)).toBe(true);
    expect(readKillPids('$ date +%T.%N; kill -TERM 10715 10675')).toEqual([10715, 10675]);
    expect(readKillPids('$ pkill -f kv_node')).toEqual([]);
  });
  it("Windows' taskkill names each pid by its own /PID, and ended nothing only when each failed (adv70e-53)", () => {
    const rows = ['C:\\kv>echo %time% & taskkill /PID 11236 /PID 28715 /F', ' 3:20:33.24', 'ERROR: The process "11236" not found.', 'SUCCESS: The process with PID 28715 has been terminated.', 'C:\\kv>type node.log'];
    expect(readKillPids(rows[0]!)).toEqual([11236, 28715]);
    expect(killedNothing((k) => rows[k]!, rows.length, 0, (k) => rows[k]!.includes('>'), 11236)).toBe(false);
  });
  it('reads at most three rows below the command', () => {
    const far = ['$ kill 4101', '14:00:00.000', 'a', 'b', 'bash: kill: (4101) - Operation not permitted'];
    expect(killedNothing((k) => far[k]!, far.length, 0, (k) => far[k]!.startsWith('$'))).toBe(false);
  });
});
