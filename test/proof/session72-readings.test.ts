// Session 72's readings, each on a small paste in the shape a blind set found misread.
import { describe, expect, it } from 'vitest';
import { expandNumberClasses } from '../../src/log-events/process-actions.js';
import { checkW12Lines as check, followerMs } from './helpers.js';

describe('a grep pattern or glob class in a typed command', () => {
  it('names each node it matches, never one node numbered by its digits', () => {
    expect(expandNumberClasses("grep -E 'kv[23]' /var/log/syslog")).toBe("grep -E 'kv2 kv3' /var/log/syslog");
    expect(expandNumberClasses('tail -n 5 data/node[1-3]/node.log')).toBe('tail -n 5 data/node1 node2 node3/node.log');
    expect(expandNumberClasses("grep 'n[1,3]'")).toBe("grep 'n1 n3'");
  });

  it('leaves a one-member bracket and a bracket of no numbers as written', () => {
    expect(expandNumberClasses('kv_node[2]: started')).toBe('kv_node[2]: started');
    expect(expandNumberClasses("grep '[WE]' node1.log")).toBe("grep '[WE]' node1.log");
    expect(expandNumberClasses('tail node2.log')).toBe('tail node2.log');
  });
});

// rsyslog writing RFC 5424 (`logger --rfc5424`, RSYSLOG_SyslogProtocol23Format): one host, the node in APP-NAME, its
// pid in PROCID; the student's grep pattern `kv[23]` a class (adv66c-39).
const RFC5424_APP_NAMES = [
  '$ date +%T.%3N; kill 11484',
  '15:09:58.035',
  "$ sudo grep -h ' kv[23] ' /var/log/kv.log | tail -n 4",
  '<12>1 2026-12-06T15:09:58.210490+00:00 lab kv3 5124 - - WARN election timeout: no heartbeat from leader kv1 in 218ms, becoming candidate term=2',
  '<14>1 2026-12-06T15:09:58.220773+00:00 lab kv3 5124 - - INFO requesting votes term=2',
  '<12>1 2026-12-06T15:09:58.224425+00:00 lab kv2 5122 - - WARN election timeout: no heartbeat from leader kv1 in 232ms, becoming candidate term=2',
  '<14>1 2026-12-06T15:09:58.234780+00:00 lab kv2 5122 - - INFO requesting votes term=2',
];

describe('RFC 5424 syslog lines', () => {
  it('are their APP-NAME\'s lines when one host wrote them all, under a grep whose class names two nodes', () => {
    const verdict = check(RFC5424_APP_NAMES);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.leader).toBe('kv1');
    expect(followerMs(verdict)).toEqual({ kv2: 189.425, kv3: 175.49 });
  });

  it('a follower 389 ms late fails on its own lines (the control)', () => {
    const verdict = check(RFC5424_APP_NAMES.map((line) => line.replace('15:09:58.224425', '15:09:58.424425')));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ kv2: 389.425, kv3: 175.49 });
  });
});

// `for i in 1 2 3; do ./kv_node --id $i 2>&1 | logger -t kv$i & done`: pgrep lists `--id 1`, the lines say kv1-kv3
// (adv66c-16's /var/log/syslog in rsyslog's RFC 3339 file format).
const LOGGER_TAGS = [
  '$ for i in 1 2 3; do ./kv_node --id $i 2>&1 | logger -t kv$i & done',
  '$ pgrep -a kv_node',
  '24007 ./kv_node --id 1',
  '24009 ./kv_node --id 2',
  '24010 ./kv_node --id 3',
  '$ date +%T.%3N; kill -9 24007',
  '15:10:54.460',
  "$ grep -E 'kv[23]' /var/log/syslog | tail -n 6",
  '2026-12-06T15:10:52.056632+00:00 lab kv3[4414]: INFO following leader kv1 term=1',
  '2026-12-06T15:10:52.057338+00:00 lab kv2[4412]: INFO following leader kv1 term=1',
  '2026-12-06T15:10:54.465173+00:00 lab kv3[4414]: WARN connection to leader kv1 lost (EOF)',
  '2026-12-06T15:10:54.465292+00:00 lab kv2[4412]: WARN connection to leader kv1 lost (EOF)',
  '2026-12-06T15:10:54.653246+00:00 lab kv3[4414]: WARN election timeout: no heartbeat from leader kv1 in 226ms, becoming candidate term=2',
  '2026-12-06T15:10:54.665379+00:00 lab kv2[4412]: WARN election timeout: no heartbeat from leader kv1 in 239ms, becoming candidate term=2',
];

describe('a kill of a launch known only by its --id', () => {
  it('is the kill of the member of that number of the one family the writers belong to', () => {
    const verdict = check(LOGGER_TAGS);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.leader).toBe('kv1');
    expect(verdict.measurements?.killLine).toBe(7);
    expect(followerMs(verdict)).toEqual({ kv2: 5.292, kv3: 5.173 });
  });

  it('a kill of --id 2 is the follower kv2\'s, which fails (the control)', () => {
    const verdict = check(LOGGER_TAGS.map((line) => line.replace('kill -9 24007', 'kill -9 24009')));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killedNode).toBe('kv2');
  });
});
