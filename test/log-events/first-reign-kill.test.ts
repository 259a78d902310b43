// M1 (jsnode39): three Node.js nodes' `[+s.mmm]` from process.uptime(), each counting from its own start, cat'd with
// the followers' files first. The first stamped kill in paste order was node2's teardown (it led term 2 by then), so
// the paste's one clock was node2's: the verdict judged the teardown and called node1's election timeout (+0.352 s,
// before it led) "node1 noticing the leader was gone".
import { describe, expect, it } from 'vitest';
import { findFirstReignKill } from '../../src/log-events/first-reign-kill.js';
import { placeEventsOnClock } from '../../src/log-events/log-facts.js';
import { readLogText } from '../../src/log-events/read-log-events.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { loadLesson } from '../proof/helpers.js';

const compiled = compileEventPatterns(undefined);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const node2 = [
  '[+0.038s] node2: listening on 127.0.0.1:7002',
  '[+0.355s] node2: voted for node1 in term 1',
  '[+4.962s] node2: lost connection to leader node1 (ECONNRESET)',
  '[+5.210s] node2: election timeout, becoming candidate for term 2',
  '[+5.215s] node2: became leader for term 2',
  '[+9.870s] node2: received SIGINT, shutting down',
];
const node3 = [
  '[+0.035s] node3: listening on 127.0.0.1:7003',
  '[+0.356s] node3: voted for node1 in term 1',
  '[+4.975s] node3: lost connection to leader node1 (ECONNRESET)',
  '[+5.101s] node3: voted for node2 in term 2',
  '[+9.850s] node3: received SIGINT, shutting down',
];
const node1 = [
  '[+0.041s] node1: listening on 127.0.0.1:7001',
  '[+0.352s] node1: election timeout, becoming candidate for term 1',
  '[+0.356s] node1: became leader for term 1',
  '[+5.120s] node1: received SIGTERM, shutting down',
];
const everyOwned = (): boolean => true;
const killLineOf = (text: string): number | undefined => {
  const { events } = readLogText(text, patterns);
  const k = findFirstReignKill(events, everyOwned);
  return k === undefined ? undefined : events[k]!.line + 1;
};

describe('findFirstReignKill', () => {
  it('takes the kill of the term 1 leader, not the teardown of the term 2 leader pasted before it', () => {
    const text = [...node2, ...node3, ...node1].join('\n');
    expect(killLineOf(text)).toBe(15);
    const { events } = readLogText(text, patterns);
    expect(placeEventsOnClock(events).clock.name).toBe('uptime@node1');
  });

  it('orders reigns without terms by who named whom as leader first', () => {
    const untermed = (line: string): string => line.replace(/ (for|in) term \d/, '');
    const text = [...node2, ...node3, ...node1].map(untermed).join('\n');
    // node2's "lost connection to leader node1" came before its own claim: node1's reign was first.
    expect(killLineOf(text)).toBe(15);
  });

  it('leaves a paste whose killed nodes never led to the first kill (no reign to choose)', () => {
    const followersOnly = [...node2.slice(0, 3), node2[5]!, ...node3].join('\n');
    expect(killLineOf(followersOnly)).toBeUndefined();
    expect(placeEventsOnClock(readLogText(followersOnly, patterns).events).clock.name).toBe('uptime@node2');
  });

  it('does not count a reign its writer left by following another before the kill', () => {
    const deposed = [...node1.slice(0, 3), '[+4.000s] node1: following leader node2 (term 2)', node1[3]!].join('\n');
    expect(killLineOf(deposed)).toBeUndefined();
  });
});

describe('checkPaste of the followers-first cat of three uptime logs', () => {
  it('judges node1 as the killed leader and its followers as not measured, never node1 as a follower', () => {
    const text = ['$ cat node2.log node3.log node1.log', ...node2, ...node3, ...node1].join('\n');
    const verdict = checkPaste(loadLesson('w12-l03'), text);
    expect(verdict.passed).toBe(false);
    expect([verdict.measurements?.leader, verdict.measurements?.killLine]).toEqual(['node1', 16]);
    expect(verdict.measurements?.followers.map((f) => f.node).sort()).toEqual(['node2', 'node3']);
    const codes = verdict.checks.flatMap((c) => c.findings.map((f) => f.code));
    expect(codes).toContain('CLOCKS_INCOMPARABLE');
  });
});
