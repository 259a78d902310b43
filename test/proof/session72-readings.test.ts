// Session 72's readings, each on a small paste in the shape a blind set found misread.
import { describe, expect, it } from 'vitest';
import { expandNumberClasses } from '../../src/log-events/process-actions.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
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

// `journalctl -u kv@1 -u kv@3 -o verbose -n 2`: one record per follower unit, too few to vary by a key by count alone.
const VERBOSE_RECORD = (time: string, cursor: string, pid: number, unit: number, message: string): string[] => [
  `Sun 2026-12-06 ${time} UTC [s=8b1c0e2f4d8b1c0e2f4d8b1c0e2f4daa;i=${cursor};b=4f3a9c1de2b84f3a9c1de2b84f3a9c1d;m=b21006657;t=661f880a48a57;x=7e1a]`,
  '    PRIORITY=4',
  '    _TRANSPORT=stdout',
  '    SYSLOG_IDENTIFIER=kv_node',
  `    MESSAGE=${message}`,
  `    _PID=${pid}`,
  '    _COMM=kv_node',
  `    _SYSTEMD_UNIT=kv@${unit}.service`,
];
const TWO_UNITS = [
  '$ date +%T.%3N; kill 11525',
  '15:09:58.072',
  '$ journalctl -u kv@1 -u kv@3 -o verbose -n 2 --no-pager',
  ...VERBOSE_RECORD('15:09:58.314584', '2c13', 11524, 1, 'WARN election timeout: no heartbeat from leader node2 in 273ms, becoming candidate term=2'),
  ...VERBOSE_RECORD('15:09:58.320468', '2c1c', 11526, 3, 'WARN election timeout: no heartbeat from leader node2 in 280ms, becoming candidate term=2'),
];

describe('journal records of two template units', () => {
  it('are each their unit instance\'s, one record apiece', () => {
    const verdict = check(TWO_UNITS);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node1: 242.584, node3: 248.468 });
  });

  it('two records of one unit name that one follower only (the control)', () => {
    const verdict = check(TWO_UNITS.map((line) => line.replace('kv@3.service', 'kv@1.service')));
    expect(verdict.passed).toBe(false);
  });

  it('a cursor retyped short is still a verbose record\'s head (adv66c-38)', () => {
    const verdict = check(TWO_UNITS.map((line) => line.replace('s=8b1c0e2f4d8b1c0e2f4d8b1c0e2f4daa;', 's=8b1c0e2f4d;')));
    expect(followerMs(verdict)).toEqual({ node1: 242.584, node3: 248.468 });
  });
});

// adv72a-80: the real kill was at 08:12:02.342 (followers +329/+360 ms); the student typed a later time after `#`.
const COMMENT_TIME = [
  '$ kill 32492    # node1 08:12:02.500',
  '$ grep -h "leader\\|timeout\\|SIGTERM" data/node2/node.log data/node3/node.log',
  '08:12:01.282 [node2] following leader node1 (term 1)',
  '08:12:02.671 [node2] heartbeat timeout: no heartbeat from leader node1 in 350 ms',
  '08:12:01.282 [node3] following leader node1 (term 1)',
  '08:12:02.702 [node3] heartbeat timeout: no heartbeat from leader node1 in 380 ms',
];

describe('a time in a kill command\'s shell comment', () => {
  it('is the student\'s words, no clock\'s: the kill is untimed', () => {
    const verdict = check(COMMENT_TIME);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killAtMs ?? null).toBeNull();
  });

  it('while `date` printing it times the kill (the control)', () => {
    const verdict = check(['$ date +%T.%3N; kill 32492    # node1', '08:12:02.500', ...COMMENT_TIME.slice(1)]);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 171, node3: 202 });
  });
});

// adv72a-43: the shell's `date` shows UTC, the nodes ran under TZ=America/Santiago (-03) and log no zone.
const SANTIAGO_NODES = [
  '$ date; kill 20322',
  'Mon Dec  7 08:01:49 UTC 2026',
  '$ grep -h "leader\\|timeout\\|SIGTERM" data/node2/node.log data/node3/node.log',
  '05:01:46.951 [node2] following leader node1 (term 1)',
  '05:01:49.237 [node2] heartbeat timeout: no heartbeat from leader node1 in 233 ms',
  '05:01:46.951 [node3] following leader node1 (term 1)',
  '05:01:49.257 [node3] heartbeat timeout: no heartbeat from leader node1 in 253 ms',
];

describe('zone-less node lines under a shell whose `date` shows another zone', () => {
  it('are read in the zone that puts two nodes\' lines within a second of the zoned kill', () => {
    const verdict = check(SANTIAGO_NODES);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 237, node3: 257 });
  });

  it('and in the shell\'s zone when they fall by the kill in it (the control)', () => {
    const verdict = check(SANTIAGO_NODES.map((line) => line.replace(/^05:/, '08:')));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 237, node3: 257 });
  });

  it('a follower 3 h 10 min off fits no zone with the other: read in the shell\'s zone, before the kill', () => {
    const verdict = check(SANTIAGO_NODES.map((line) => line.replace('05:01:49.257 [node3]', '04:51:49.257 [node3]')));
    expect(verdict.passed).toBe(false);
  });
});

// adv72b-50: a `date; kill <pid>` record whose pid no line ties to a node, the leader's handler logging 201 ms on.
const LATE_HANDLER = [
  '$ date +%T.%3N; kill 28918',
  '08:09:18.451',
  '$ tail -n 1 data/node1/node.log',
  '08:09:18.652 [node1] INFO  received SIGTERM, shutting down',
  '$ grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node2/node.log',
  '08:09:18.836 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 399 ms, starting election (term 2)',
  '$ grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node3/node.log',
  '08:09:18.837 [node3] WARN  no heartbeat from leader node1 in 400 ms, voting for node2',
];

describe('a kill record of a pid no line ties to a node', () => {
  it('is the kill the leader\'s own line logged late, which the followers lost: the record times it', () => {
    const verdict = check(LATE_HANDLER);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 385, node3: 386 });
  });

  it('but not when the own line is a follower\'s that lost the leader first: its teardown (adv68e-36)', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 14609',
      '21:10:38.714',
      '21:10:38.716 [node2] WARN connection to leader node1 lost (EOF)',
      '21:10:38.952 [node2] WARN election timeout: no heartbeat from leader node1 in 286ms, becoming candidate (term 2)',
      '21:10:38.717 [node3] WARN connection to leader node1 lost (EOF)',
      '21:10:38.960 [node3] WARN election timeout: no heartbeat from leader node1 in 290ms, becoming candidate (term 2)',
      '21:10:39.417 [node2] INFO received SIGTERM, shutting down',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 2, node3: 3 });
  });

  it('signalled again with -9 within a second is one kill, timed by the first record (adv72b-66)', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 2793',
      '08:13:10.255',
      '$ date +%T.%3N; kill -9 2793',
      '08:13:10.526',
      '08:13:10.639 [node2] WARN  no heartbeat from leader node1 in 390 ms, voting for node3',
      '08:13:10.639 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 390 ms, starting election (term 2)',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 384, node3: 384 });
  });

  it('signalled again 1.5 s later is a kill of its own, as the rules say of a handler that ran on (the control)', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 2793',
      '08:13:08.755',
      '$ date +%T.%3N; kill -9 2793',
      '08:13:10.255',
      '08:13:10.439 [node2] WARN  no heartbeat from leader node1 in 190 ms, voting for node3',
      '08:13:10.439 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 190 ms, starting election (term 2)',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(4);
    expect(followerMs(verdict)).toEqual({ node2: 184, node3: 184 });
  });

  it('a script\'s inline wait between the date and the kill leaves the date timing nothing (adv67b-08)', () => {
    const verdict = check([
      "student@kv-vm:~/kv$ date +%T.%3N; perl -e 'select(undef,undef,undef,0.5)'; kill 5998",
      '17:57:33.391',
      '17:57:33.898 [node3] INFO received SIGTERM, shutting down (role=leader term=1)',
      '17:57:34.034 [node1] WARN heartbeat timeout: no message from leader node3 in 161ms',
      '17:57:34.034 [node2] WARN heartbeat timeout: no message from leader node3 in 161ms',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(3);
    expect(followerMs(verdict)).toEqual({ node1: 136, node2: 136 });
  });
});

// adv72b-45: node2 led; the student killed follower node1 by pid under a comment saying node1 led; a blip had node3
// time out on node2 just after, and the Verify grep hides every line of who led.
const FOLLOWER_KILLED_UNDER_COMMENT = [
  '$ date +%T.%3N; kill 28149   # node1 is the leader',
  '08:08:48.207',
  '$ grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node2/node.log',
  '08:08:47.822 [node2] WARN  election timeout after 117 ms, starting election (term 1)',
  '08:08:48.389 [node2] WARN  election timeout after 137 ms, starting election (term 3)',
  '$ grep -i "timeout\\|heartbeat\\|leader.*down\\|election" data/node3/node.log',
  '08:08:48.251 [node3] WARN  heartbeat timeout: no heartbeat from leader node2 in 144 ms, starting election (term 2)',
  '08:08:48.399 [node3] WARN  election timeout after 148 ms, starting election (term 3)',
];

describe('a kill only its typed words say was of the leader', () => {
  it('a follower\'s timeout naming another leader, and its election loop after, are that leader\'s loss', () => {
    const verdict = check(FOLLOWER_KILLED_UNDER_COMMENT);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.leader).toBeNull();
    expect(verdict.measurements?.killedNode).toBe('node1');
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain('its line 7 loses node2 as its leader, and no line shows the killed node leading');
  });

  it('while a timeout naming the killed node counts (the control)', () => {
    const verdict = check(FOLLOWER_KILLED_UNDER_COMMENT.map((line) => line.replace('from leader node2', 'from leader node1')));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 182, node3: 44 });
  });
});

describe('a date and a kill behind a prompt the scan does not read', () => {
  it('is the student\'s command though its words end with a node\'s name (oh-my-zsh, adv66c-45)', () => {
    const verdict = check([
      '➜  raft git:(main) date +%T.%3N; docker compose stop -t 0 node1',
      '15:10:48.809',
      '[+] Stopping 1/1',
      ' ✔ Container raft-node1-1  Stopped                                                 0.2s',
      'node3-1  | 2026-12-06T15:10:49.082167440Z WARN election timeout: no heartbeat from leader node1 in 294ms, becoming candidate term=2',
      'node2-1  | 2026-12-06T15:10:49.088031438Z WARN election timeout: no heartbeat from leader node1 in 299ms, becoming candidate term=2',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node2: 279.031, node3: 273.167 });
  });
});

describe('review mends', () => {
  it('a kill record read in the shell\'s shown zone keeps it: zoned node lines an hour off stay before the kill', () => {
    const verdict = check([
      '$ date',
      'Mon Dec  7 09:00:00 CET 2026',
      '$ date +%T.%3N; kill 4101',
      '09:01:49.000',
      '2026-12-07T07:01:49.237Z [node2] heartbeat timeout: no heartbeat from leader node1 in 233 ms',
      '2026-12-07T07:01:49.257Z [node3] heartbeat timeout: no heartbeat from leader node1 in 253 ms',
    ]);
    expect(verdict.passed).toBe(false);
  });

  it('a grep class beside a node the command names leaves the section that node\'s', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 4101',
      '10:00:00.000',
      '$ docker logs node2 2>&1 | grep -E "timeout|leader node[0-9]"',
      '10:00:00.175 WARN heartbeat timeout: no heartbeat from leader node1',
      '$ docker logs node3 2>&1 | grep -E "timeout|leader node[0-9]"',
      '10:00:00.189 WARN heartbeat timeout: no heartbeat from leader node1',
    ]);
    expect(followerMs(verdict)).toEqual({ node2: 175, node3: 189 });
  });

  it('a script that only prints between the date and the kill leaves the date timing it', () => {
    const verdict = check([
      '$ date +%T.%3N; python3 -c "import os; print(os.getloadavg())"; kill 5998',
      '17:57:33.391',
      '(0.52, 0.61, 0.70)',
      '17:57:33.640 [node3] INFO received SIGTERM, shutting down',
      '17:57:33.760 [node1] WARN heartbeat timeout: no message from leader node3 in 371ms',
      '17:57:33.762 [node2] WARN heartbeat timeout: no message from leader node3 in 372ms',
    ]);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.killLine).toBe(2);
  });

  it('a pid signalled again after its node was heard leading is a kill of its own', () => {
    const verdict = check([
      '$ date +%T.%3N; kill 2793',
      '08:13:10.055',
      '08:13:10.400 [node2] DEBUG heartbeat from leader node1 (term 1)',
      '08:13:10.700 [node3] DEBUG heartbeat from leader node1 (term 1)',
      '$ date +%T.%3N; kill -9 2793',
      '08:13:10.826',
      '08:13:11.039 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 339 ms',
      '08:13:11.040 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 340 ms',
    ]);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements?.killLine).toBe(6);
  });
});
