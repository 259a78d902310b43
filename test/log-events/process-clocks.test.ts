import { describe, expect, it } from 'vitest';
import { placeEventsOnClock } from '../../src/log-events/log-facts.js';
import { PROCESS_ZERO_MS } from '../../src/log-events/process-clocks.js';
import { readLogText } from '../../src/log-events/read-log-events.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';

const compiled = compileEventPatterns(undefined);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

// Per stamped event: its line (1-based), writer and the clock it is on.
function clocksOf(text: string): [number, string | undefined, string][] {
  const { events } = readLogText(text, patterns);
  const clock = placeEventsOnClock(events);
  return events.filter((e) => e.time !== undefined).map((e) => [e.line + 1, e.node, clock.at(e) === undefined ? 'off' : clock.clock.name]);
}
const formatsOf = (text: string): (string | undefined)[] => readLogText(text, patterns).events.map((e) => e.time?.format);

describe('markProcessClocks (through readLogText)', () => {
  // adv26: three C nodes' own `now - start`, each log opening at its own zero, shown file after file.
  const perProcess = [
    'node1.log:[+0.000] node1: started (pid 4101), peers node2,node3',
    'node1.log:[+0.190] node1: became leader (term 1), votes 3/3',
    'node1.log:[+30.123] node1: received SIGTERM, shutting down',
    'node2.log:[+0.000] node2: started (pid 4102), peers node1,node3',
    'node2.log:[+30.225] node2: read() from leader node1 returned 0 (EOF)',
    'node3.log:[+0.000] node3: started (pid 4103), peers node1,node2',
    'node3.log:[+30.326] node3: read() from leader node1 returned 0 (EOF)',
  ].join('\n');

  it("reads each node's [+s.mmm] as its own clock when the count goes back to a start line at zero for another node", () => {
    expect(formatsOf(perProcess).every((f) => f === 'uptime')).toBe(true);
    // The kill's clock (node1's) is the paste's: the other nodes' lines are off it, never 102 / 203 ms after the kill.
    expect(clocksOf(perProcess)).toEqual([
      [1, 'node1', 'uptime@node1'],
      [2, 'node1', 'uptime@node1'],
      [3, 'node1', 'uptime@node1'],
      [4, 'node2', 'off'],
      [5, 'node2', 'off'],
      [6, 'node3', 'off'],
      [7, 'node3', 'off'],
    ]);
  });

  it('reads starts an interpreter took tens of ms to reach as zeros (the harness\'s demo log of Python nodes on a loaded machine)', () => {
    // Each node's `started` at +0.073 / +0.062 / +0.029 s, its file after the last's +0.5 s: the count went back.
    const slow = [
      'data/node1/node.log:[+0.073s] INFO n1 started: raft on 127.0.0.1:27607, clients on :23717, peers n2,n3',
      'data/node1/node.log:[+0.522s] INFO n1 caught SIGTERM, stopping',
      'data/node2/node.log:[+0.062s] INFO n2 started: raft on 127.0.0.1:21841, clients on :14855, peers n1,n3',
      'data/node2/node.log:[+0.209s] WARNING n2 connection closed by leader n1, leader may be down',
      'data/node3/node.log:[+0.029s] INFO n3 started: raft on 127.0.0.1:14902, clients on :25858, peers n1,n2',
      'data/node3/node.log:[+0.153s] WARNING n3 connection closed by leader n1, leader may be down',
    ].join('\n');
    expect(formatsOf(slow).every((f) => f === 'uptime')).toBe(true);
    // A start after another writer's line stamped less than RESTART_BACKSTEP_MS later is no restart: one clock.
    const close = ['[+0.000] node1: started', '[+0.030] node1: became leader (term 1)', '[+0.010] node2: started', '[+0.040] node2: leader is node1'].join('\n');
    expect(formatsOf(close).every((f) => f === 'relative')).toBe(true);
  });

  it('keeps one clock when the starts are shown in one stream within the zero window (a launcher, one process, ts -s)', () => {
    // blind3's launcher: its own start at +0.000, then its nodes' start lines ms later on its clock.
    const launcher = [
      '[+0.000s] launcher | starting node1 node2 node3 (election timeout 150-300 ms)',
      '[+0.004s] node1    | listening on :7001',
      '[+0.006s] node2    | listening on :7002',
      '[+5.403s] node1    | lost connection to leader node2 (EOF)',
    ].join('\n');
    expect(formatsOf(launcher).filter((f) => f !== undefined && f !== 'relative')).toEqual([]);
    // One process running all three nodes: every start at +0.000, one stream.
    const oneProcess = [
      '[+0.000] node1: started, peers node2,node3',
      '[+0.000] node2: started, peers node1,node3',
      '[+0.183] node1: became leader (term 1), votes 3/3',
      '[+3.212] node2: heartbeat timeout (leader node1 silent), becoming candidate (term 2)',
    ].join('\n');
    expect(formatsOf(oneProcess).every((f) => f === 'relative')).toBe(true);
    // Even when a file shown later restarts the count: a start within the window after another's keeps the one clock.
    expect(formatsOf(`${oneProcess}\n[+0.000] node3: started, peers node1,node2`).every((f) => f === 'relative')).toBe(true);
  });

  it('needs two writers starting at zero, a start past the window is none, and one log restarting alone is no proof', () => {
    // Only node2's file opens at zero (node1's log shown from +29 s): nothing proves node1 counts from its own start.
    const one = ['[+29.900] node1: became leader (term 1)', '[+30.123] node1: received SIGTERM, shutting down', '[+0.000] node2: started (pid 4102)', '[+30.225] node2: read() from leader node1 returned 0 (EOF)'].join('\n');
    expect(formatsOf(one).every((f) => f === 'relative')).toBe(true);
    // Starts past the window: nodes a launcher started on its own clock, whatever the files.
    const stamp = (ms: number): string => `[+${(ms / 1000).toFixed(3)}]`;
    const late = perProcess.replace('node2.log:[+0.000]', `node2.log:${stamp(PROCESS_ZERO_MS + 54)}`).replace('node3.log:[+0.000]', `node3.log:${stamp(PROCESS_ZERO_MS + 159)}`);
    expect(formatsOf(late).every((f) => f === 'relative')).toBe(true);
    // The same writer restarting (two runs of node1) proves nothing about the others.
    const rerun = ['[+0.000] node1: started', '[+5.000] node1: received SIGTERM, shutting down', '[+0.000] node1: started', '[+2.000] node2: read() from leader node1 returned 0 (EOF)'].join('\n');
    expect(formatsOf(rerun).every((f) => f === 'relative')).toBe(true);
  });

  it("reads `[%8.3f]` seconds whose count goes back to a node's first line at zero as clocks per process (adv41 m05a), not since boot", () => {
    // Each node's first line is no event (`up`), yet its count opening at 0.000 after another node's 10.312 is a start.
    const sections = ['[   0.000] node1 up', '[  10.312] node1 SIGTERM received, shutting down', '[   0.000] node2 up', '[  10.330] node2 heartbeat timeout', '[   0.000] node3 up', '[  10.600] node3 heartbeat timeout'].join('\n');
    expect(formatsOf(sections)).toEqual(['uptime', 'uptime', 'uptime']);
    expect(clocksOf(sections)).toEqual([
      [2, 'node1', 'uptime@node1'],
      [4, 'node2', 'off'],
      [6, 'node3', 'off'],
    ]);
    expect(formatsOf(sections.replaceAll(/\[ *(\d+\.\d+)\]/g, '[+$1s]'))).toEqual(['uptime', 'uptime', 'uptime']);
    const boot = ['[    0.000] node1: started', '[   30.123] node1: received SIGTERM', '[    0.000] node2: started', '[   30.225] node2: read() from leader node1 returned 0 (EOF)'].join('\n');
    expect(formatsOf(boot).every((f) => f === 'uptime')).toBe(true);
  });

  it('leaves a since-boot clock alone: one stream whose count never goes back', () => {
    const boot = ['[88419.100] node1: started', '[88430.123] node1: received SIGTERM', '[88419.400] node2: started', '[88430.225] node2: read() from leader node1 returned 0 (EOF)'].join('\n');
    expect(formatsOf(boot).every((f) => f === 'monotonic')).toBe(true);
    const kernel = ['[    0.000] kernel: Linux version 6.1', '[    0.412] node1 up', '[    0.500] node2 up', '[   10.312] node1 SIGTERM received', '[   10.330] node2 heartbeat timeout'].join('\n');
    expect(formatsOf(kernel).every((f) => f === 'monotonic')).toBe(true);
  });
});

describe("processes in one terminal each stamping their own `[+x s]` uptime (adv55d-20)", () => {
  const text = [
    '[+  0.124s] node3 INFO starting, election timeout 250ms',
    '[+  0.110s] node2 INFO starting, election timeout 250ms',
    '[+  0.101s] node1 INFO became leader (term 1)',
    '[+  0.343s] node3 INFO following leader node1 (term 1)',
    '[+  0.270s] node2 INFO following leader node1 (term 1)',
    '[+  1.459s] node1 INFO received SIGTERM, shutting down',
    '[+  1.595s] node2 WARN connection to leader node1 lost (EOF)',
  ].join('\n');

  it('are a clock per process: starts near zero, then a count going back more than 50 ms from one node to another', () => {
    expect(formatsOf(text).every((f) => f === 'uptime')).toBe(true);
  });

  it('near miss: a launcher stream whose count only rises stays one clock', () => {
    const rising = text.replace('[+  0.270s] node2', '[+  0.350s] node2').replace('[+  0.110s] node2', '[+  0.130s] node2').replace('[+  0.101s] node1', '[+  0.140s] node1');
    expect(formatsOf(rising).every((f) => f === 'relative')).toBe(true);
  });
});

describe('counts since each process started, with no start shown (adv50-29, adv50-20)', () => {
  // Each terminal's bottom copied: the `[   0.001] nodeN: up, … wall clock …` banners left out.
  const bottoms = (node2First: string, node3First: string): string =>
    [
      '== node1 terminal ==',
      '[   0.945] node1: *** became LEADER (term 1, 2 votes) ***',
      '[   3.685] node1: got SIGTERM, exiting',
      '',
      '== node2 terminal ==',
      `[   ${node2First}] node2: read() from node1 returned 0, leader gone`,
      '[   4.019] node2: following node3 (term 2)',
      '',
      '== node3 terminal ==',
      `[   ${node3First}] node3: read() from node1 returned 0, leader gone`,
      '[   3.962] node3: *** became LEADER (term 2, 2 votes) ***',
    ].join('\n');

  it('reads each writer on its own clock when the count goes back from one terminal to the next and the nodes outlive the killed one', () => {
    expect(formatsOf(bottoms('3.719', '3.662')).every((f) => f === 'uptime')).toBe(true);
    expect(clocksOf(bottoms('3.719', '3.662')).map(([line, , clock]) => [line, clock])).toEqual([
      [2, 'uptime@node1'],
      [3, 'uptime@node1'],
      [6, 'off'],
      [10, 'off'],
      [11, 'off'],
    ]);
  });

  it('keeps one clock for one rising stream, a count of a minute or more (since boot), or no writer outliving a signal', () => {
    // The counts rise from terminal to terminal: nothing shows two logs.
    expect(formatsOf(bottoms('3.719', '4.100')).every((f) => f === 'monotonic')).toBe(true);
    // Since boot: a machine a student works on has been up for more than SINCE_START_MAX_MS.
    const sinceBoot = bottoms('3.719', '3.662').replace(/\[ {3}(\d)\.(\d{3})\]/g, '[ 9$1.$2]');
    expect(formatsOf(sinceBoot).every((f) => f === 'monotonic')).toBe(true);
    const noSignal = bottoms('3.719', '3.662').replace('got SIGTERM, exiting', 'heartbeat sent to node2 node3');
    expect(formatsOf(noSignal).every((f) => f === 'monotonic' || f === undefined)).toBe(true);
  });
});

describe("counts under a minute from the nodes' own files (adv59a-30)", () => {
  const grep = (lines: readonly [string, string][]): string => lines.map(([node, line]) => `data/${node}/node.log:${line}`).join('\n');
  const rising = grep([
    ['node1', '[   2.127] node1 INFO  received SIGTERM, shutting down'],
    ['node2', '[   2.228] node2 WARN  election timeout: no heartbeat from leader node1 in 621 ms, becoming candidate (term 2)'],
    ['node3', '[   2.294] node3 WARN  election timeout: no heartbeat from leader node1 in 471 ms, becoming candidate (term 2)'],
  ]);

  it("reads each file's rising count as its process's own uptime: each node's own clock", () => {
    expect(formatsOf(rising).every((f) => f === 'uptime')).toBe(true);
  });

  it('keeps one clock for a count of a minute or more (since boot) whose timeouts state silences it can hold', () => {
    const sinceBoot = rising.replace(/\[ {3}2\./g, '[ 912.').replace('in 621 ms', 'in 240 ms').replace('in 471 ms', 'in 310 ms');
    expect(formatsOf(sinceBoot).every((f) => f === 'monotonic')).toBe(true);
  });

  it("reads such counts per process when a timeout's silence reaches back more than 150 ms before the leader's own line (adv60a-43)", () => {
    // node2's 621 ms without a heartbeat 101 ms after node1's own SIGTERM line: node1 sent none for 520 ms while logging.
    expect(formatsOf(rising.replace(/\[ {3}2\./g, '[ 912.')).every((f) => f === 'uptime')).toBe(true);
  });
});

describe('markRelativeRuns (through readLogText)', () => {
  // adv54b-30: a launcher's stream, its second run appended: the count starts again where node1 starts again.
  const run = (pid: number, killAt: string, detections: string[]): string[] => [
    '[+0.000s] run_cluster: starting 3 nodes (ports 7601-7603)',
    `[+0.622s] node1 INFO  kv_node node1 starting pid=${pid} port=7601`,
    '[+0.703s] node1 INFO  became leader (term 1)',
    '[+0.704s] node2 INFO  following leader node1 (term 1)',
    '[+0.704s] node3 INFO  following leader node1 (term 1)',
    `[+${killAt}s] node1 INFO  received SIGTERM, shutting down`,
    ...detections,
  ];
  const twoRuns = [...run(15784, '2.401', ['[+2.406s] node3 WARN  lost connection to leader node1 (EOF)']), ...run(15791, '2.251', ['[+2.255s] node2 WARN  lost connection to leader node1 (EOF)'])].join('\n');

  it("gives a restarted run's events their own clock: no line of one run is timed against the other's kill", () => {
    const clocks = clocksOf(twoRuns);
    expect(clocks.filter(([line]) => line <= 7).every(([, , clock]) => clock === 'relative')).toBe(true);
    expect(clocks.filter(([line]) => line > 7).every(([, , clock]) => clock === 'off')).toBe(true);
    expect(readLogText(twoRuns, patterns).events.filter((e) => e.line >= 7).every((e) => e.time?.run === 1)).toBe(true);
  });

  it('splits the runs by an election won again at the same term when the start lines say only `up` (adv54h-22/-27), a second in', () => {
    const rerun = [
      '[+  0.697s] node2 kv_node id=2 up, pid 21640, election timeout 2000 ms',
      '[+  2.701s] node2 became leader (term 1)',
      '[+  2.719s] node3 following leader node2 (term 1)',
      '[+  3.683s] node2 received SIGTERM, shutting down',
      '[+  1.047s] node3 kv_node id=3 up, pid 21848, election timeout 289 ms',
      '[+  1.321s] node3 became leader (term 1)',
      '[+  1.329s] node2 following leader node3 (term 1)',
    ].join('\n');
    expect(readLogText(rerun, patterns).events.map((e) => [e.line + 1, e.time?.run])).toEqual([
      [2, undefined],
      [3, undefined],
      [4, undefined],
      [6, 1],
      [7, 1],
    ]);
  });

  it("keeps one clock where the count goes back with no start repeated (the launcher's stream, node2's lines grepped after the rest)", () => {
    const split = [
      '[+0.622s] node1 INFO  kv_node node1 starting pid=15784 port=7601',
      '[+0.623s] node2 INFO  kv_node node2 starting pid=15786 port=7602',
      '[+2.401s] node1 INFO  received SIGTERM, shutting down',
      '[+2.406s] node3 WARN  lost connection to leader node1 (EOF)',
      '[+0.704s] node2 INFO  following leader node1 (term 1)',
      '[+2.410s] node2 WARN  lost connection to leader node1 (EOF)',
    ].join('\n');
    expect(formatsOf(split).every((f) => f === 'relative')).toBe(true);
    expect(readLogText(split, patterns).events.some((e) => e.time?.run !== undefined)).toBe(false);
  });
});
