// The rule for which line the patterns check cites (src/proof/choose-pattern-evidence.ts), through checkPaste: what
// the timing check measured first, then events after the kill, then the first match, configuration lines last.
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { isConfigurationMatch } from '../../src/proof/choose-pattern-evidence.js';
import { readFileSync } from 'node:fs';
import { loadLesson, makeLesson, ROOT } from './helpers.js';

const lesson = makeLesson();
const t = (ms: number): string => new Date(Date.UTC(2026, 10, 26, 19, 30, 1) + ms).toISOString();
const cited = (paste: string[], l = lesson) => checkPaste(l, paste.join('\n')).patterns.map((p) => ({ line: p.line, role: p.role, node: p.node }));

describe('the line the patterns check cites', () => {
  it("a node's line before the student's shell command, a client's line or a traceback; each said for what it is when it is all there is (adv41b F8)", () => {
    const grep = '$ grep -H -i "leader\\|timeout\\|lost" data/node*/node.log';
    const kill = `${t(0)} node1 INFO received SIGTERM, shutting down`;
    // A node's line (here before the kill) beats the command above it.
    expect(cited([grep, `${t(-900)} node2 WARN heartbeat timeout - no message from leader`, kill])[0]).toEqual({ line: 2, role: 'before-kill', node: undefined });
    // Only the command, a client's line, a traceback: cited, and said to be no node's.
    expect(cited([grep, kill])[0]).toMatchObject({ line: 1, role: 'command' });
    expect(cited([kill, `${t(5)} kv_cli: PUT foo: request to leader node1 timed out after 200ms`])[0]).toMatchObject({ line: 2, role: 'unread' });
    expect(cited([kill, 'Traceback (most recent call last):', 'TimeoutError: timed out'])[0]).toMatchObject({ line: 3, role: 'unread' });
    // The student's own kill command is the kill's record, not a stray command.
    const killCommand = cited([`$ date +%T.%3N; kill -9 31337`, '19:30:01.000', `${t(40)} node2 WARN heartbeat timeout`, `${t(50)} node3 WARN heartbeat timeout`]);
    expect(killCommand[1]!.role).not.toBe('command');
  });

  it("a follower's detection, not the startup line that prints the configured timeout", () => {
    const paste = [
      `${t(-3000)} node1 INFO starting kv_node id=1 peers=3 election_timeout=300ms`,
      `${t(-2000)} node1 INFO election timeout, starting election for term 1`,
      `${t(0)} node1 INFO received SIGTERM, shutting down`,
      `${t(12)} node2 INFO connection to leader node1 lost (EOF)`,
      `${t(180)} node3 WARN heartbeat timeout - no message from leader in 180ms`,
      `${t(290)} node2 WARN heartbeat timeout - no message from leader in 290ms`,
    ];
    expect(cited(paste)).toEqual([
      { line: 6, role: 'detection', node: 'node2' }, // node2's lines come first in the report; its heartbeat line says "timeout"
      { line: 3, role: 'kill', node: 'node1' },
    ]);
  });

  it('a measured line that writes the words in another case and with a hyphen (the literal scan folds both)', () => {
    const paste = [
      `${t(-2000)} node1 INFO election timeout, starting election for term 1`,
      `${t(0)} node1 INFO received SIGTERM, shutting down`,
      `${t(40)} node2 WARN TIMED-OUT waiting for the leader`,
      `${t(60)} node3 WARN heartbeat timeout`,
    ];
    // Not the earlier election line: node2's measured line says "timed out" its own way.
    expect(cited(paste)[0]).toEqual({ line: 3, role: 'detection', node: 'node2' });
  });

  it("a detection pattern never cites the kill's lines: a watcher typed beside the kill is no node's detection (adv73c-59)", () => {
    const paste = [
      `$ date +%T.%3N; kill 17762; tail -n0 -f data/node3/node.log | grep -m1 -q "heartbeat timeout" && echo done`,
      '19:30:01.000',
      `${t(150)} node2 WARN election timeout: no heartbeat from leader node1 in 165ms`,
      `${t(160)} node3 WARN heartbeat timeout`,
    ];
    // The timeout pattern: node2's own line, not the typed command above the kill's date; the kill pattern: that command.
    expect(cited(paste)).toEqual([
      { line: 3, role: 'detection', node: 'node2' },
      { line: 1, role: 'kill', node: 'node1' },
    ]);
    // Control: with no follower's line saying "timeout", the typed command is cited for what it is, the student's.
    expect(cited(paste.slice(0, 2).concat([`${t(20)} node2 INFO connection to leader node1 lost (EOF)`]))[0]).toMatchObject({ line: 1, role: 'command' });
  });

  it("a typed search for the kill's words is no kill's record: the node's own shutdown line is cited (counter9, adv59a-07)", () => {
    const kill = `${t(0)} node1 INFO received SIGTERM, shutting down`;
    for (const search of ['$ grep -H -i "leader\\|timeout\\|SIGTERM" data/node*/node.log', '$ cat -n data/node*/node.log | grep -E "leader|SIGTERM|timeout|lost"']) {
      expect(cited([search, kill, `${t(150)} node2 WARN heartbeat timeout`, `${t(160)} node3 WARN heartbeat timeout`])[1], search).toMatchObject({ line: 2 });
      // Control: with no node's line saying it, the search is cited for what it is, the student's typed command.
      expect(cited([search, `${t(150)} node2 WARN heartbeat timeout`])[1], search).toMatchObject({ line: 1, role: 'command' });
    }
  });

  it('the kill line for the kill pattern, even when an earlier line says "stopped"', () => {
    const paste = [
      `${t(-500)} node2 DEBUG election timer stopped`,
      `${t(0)} node1 INFO received SIGTERM, shutting down`,
      `${t(20)} node2 WARN heartbeat timeout`,
      `${t(25)} node3 WARN heartbeat timeout`,
    ];
    expect(cited(paste)[1]).toEqual({ line: 2, role: 'kill', node: 'node1' });
  });

  it('an event after the kill before an earlier line, when no measured line matches', () => {
    // The followers detect by connection loss; "timeout" is only in the election before the kill and after it.
    const paste = [
      `${t(-2000)} node1 INFO election timeout, starting election for term 1`,
      `${t(0)} node1 INFO received SIGTERM, shutting down`,
      `${t(12)} node2 INFO connection to leader node1 lost (EOF)`,
      `${t(14)} node3 INFO connection to leader node1 lost (EOF)`,
      `${t(400)} node2 INFO became leader for term 2 (one vote request timed out)`,
    ];
    expect(cited(paste)[0]).toEqual({ line: 5, role: 'after-kill', node: undefined });
  });

  it('an event before the kill rather than a configured value, and says it is before the kill', () => {
    const paste = [
      `${t(-3000)} node1 INFO node n1 up, cluster=[n1 n2 n3], election timeout 150-300ms`,
      `${t(-2000)} node1 INFO election timeout, starting election for term 1`,
      `${t(0)} node1 INFO received SIGTERM, shutting down`,
      `${t(12)} node2 INFO connection to leader node1 lost (EOF)`,
      `${t(14)} node3 INFO connection to leader node1 lost (EOF)`,
    ];
    expect(cited(paste)[0]).toEqual({ line: 2, role: 'before-kill', node: undefined });
  });

  it('a configuration line only when nothing else matches, and then says so', () => {
    const paste = [
      `${t(-3000)} node1 INFO listening on 7001, election_timeout=150-300ms`,
      `${t(0)} node1 INFO received SIGTERM, shutting down`,
      `${t(12)} node2 INFO connection to leader node1 lost (EOF)`,
      `${t(14)} node3 INFO connection to leader node1 lost (EOF)`,
    ];
    const verdict = checkPaste(lesson, paste.join('\n'));
    expect(verdict.patterns[0]).toMatchObject({ passed: true, line: 1, role: 'configuration' });
    expect(verdict.checks[1]!.findings[0]).toMatchObject({ code: 'PATTERN_MATCHED', args: { line: 1, role: 'configuration' } });
  });

  it('a line the model reads as no kill only when nothing else matches, and then says so', () => {
    // No timestamped kill: the kill pattern's only other match is a follower describing the leader.
    const paste = [
      `${t(-100)} node2 WARN heartbeat timeout, leader node1 stopped responding`,
      '$ kill 4242',
      `${t(20)} node3 WARN heartbeat timeout`,
    ];
    expect(cited(paste)[1]).toEqual({ line: 2, role: undefined, node: undefined }); // the untimed `$ kill`, not line 1
    const only = [`${t(-100)} node2 WARN heartbeat timeout, leader node1 stopped responding`, `${t(20)} node3 WARN heartbeat timeout`];
    expect(cited(only)[1]).toEqual({ line: 1, role: 'not-a-kill', node: undefined });
  });

  it('a timer reset by an arriving heartbeat is no better than a configured value', () => {
    const paste = [
      `${t(-900)} node2 DEBUG heartbeat from node1 received, election timeout reset to 231ms`,
      `${t(-500)} node1 INFO election timeout, starting election for term 1`,
      `${t(0)} node1 INFO received SIGTERM`,
    ];
    expect(cited(paste)[0]).toEqual({ line: 2, role: 'before-kill', node: undefined });
  });

  it('without timing criteria: the first line that is not a configured value', () => {
    const untimed = makeLesson({ timing: null });
    const paste = ['kv_node up, id=1 port=7001 timeout=150-300ms', 'node2: request timed out talking to node1', 'node1 killed'];
    expect(cited(paste, untimed)[0]).toEqual({ line: 2, role: undefined, node: undefined });
  });

  it('whether a pattern is found does not depend on the rule', () => {
    const paste = [`${t(-3000)} node1 starting, "election-timeout":"250ms"`, `${t(0)} node1 received SIGTERM`];
    expect(checkPaste(lesson, paste.join('\n')).patterns.map((p) => p.passed)).toEqual([true, true]);
  });
});

describe('isConfigurationMatch', () => {
  const at = (line: string, word = 'timeout') => isConfigurationMatch(line, { index: line.toLowerCase().indexOf(word), text: word }, false);
  it.each([
    ['starting kv_node id=1 election_timeout=300ms', true],
    ['{"heartbeat-interval":"50ms","election-timeout":"250ms"}', true],
    ['node1: started, pid 40211, election timeout 150-300 ms', true],
    ['raft: timeout: 1s', true],
    ['election timeout=[150, 300]', true],
    ['WARN election timeout (251ms), becoming candidate', false],
    ['raft: heartbeat timeout after 187ms, leader=node1', false],
    ['heartbeat timeout: no message from leader in 221ms', false],
    ['election timeout, starting election for term 2', false],
    ['heartbeat from node 1 received, election timeout reset to 231ms', true],
    ['config {ElectionTimeout:300ms HeartbeatInterval:50ms}', true],
    // loguru's `module:function:line`: a function named after the timeout and its line number are no setting.
    ['12:06:12.440 | WARNING  | raft.node:_on_election_timeout:142 - node3: election timeout fired', false],
  ])('%s → %s', (line, expected) => {
    expect(at(line)).toBe(expected);
  });

  it('a startup line of the log-event model is configuration whatever follows the match', () => {
    expect(isConfigurationMatch('node1 starting with a short timeout', { index: 27, text: 'timeout' }, true)).toBe(true);
  });
});

describe('choosePatternEvidence on panes side by side', () => {
  it('cites the line the measured node wrote when split panes share a paste row', () => {
    const paste = readFileSync(`${ROOT}fixtures/pastes-corpus/blind2-tmux-side-by-side-panes.log`, 'utf8');
    const timeout = checkPaste(loadLesson('w12-l03'), paste).patterns[0]!;
    expect(timeout).toMatchObject({ passed: true, role: 'detection', node: 'node2' });
    // The row holds node2's and node3's cells; the excerpt is node2's.
    expect(timeout.excerpt).toMatch(/\bnode2: heartbeat timeout/);
  });
});

// A kill command that said it ended nothing (`Operation not permitted`: the leader ran as root) is no record of the
// kill: the kill pattern's evidence is the command that worked after it (`sudo …`), the verdict unchanged. The
// failure lines are procps-ng 4.0.2's and psmisc's own, captured from a kill of a root process by an unprivileged user.
describe('the kill pattern cites the kill command that worked, not one that failed before it', () => {
  const W12 = loadLesson('w12-l03');
  const adv28 = readFileSync(`${ROOT}fixtures/pastes-corpus/adv28-kill-operation-not-permitted-leader-runs-as-root-then-date-sudo-kill-passes.log`, 'utf8');
  const lines = adv28.split('\n');
  // adv28's paste with its kill commands and bash's failure line swapped for another command's (lines 6, 8 and 10).
  const withKill = (command: string, failure: string): string =>
    lines.map((l, i) => (i === 5 ? `$ date +%T.%3N; ${command}` : i === 7 ? failure : i === 9 ? `$ date +%T.%3N; sudo ${command}` : l)).join('\n');
  const killEvidence = (paste: string) => {
    const verdict = checkPaste(W12, paste);
    return { passed: verdict.passed, killLine: verdict.measurements?.killLine, cited: verdict.patterns.find((p) => p.pattern === W12.proof.regex_patterns[1])!.line };
  };

  it.each([
    ['kill 4102', 'bash: kill: (4102) - Operation not permitted', adv28],
    ['pkill -f "kv_node --id 1"', 'pkill: killing pid 4102 failed: Operation not permitted', undefined],
    ['/bin/kill 4102', 'kill: (4102): Operation not permitted', undefined],
    ['killall -u root kv_node', 'kv_node(4102): Operation not permitted', undefined],
  ])('%s, then sudo', (command, failure, paste) => {
    const text = paste ?? withKill(command, failure);
    expect(text.split('\n')[9]).toBe(`$ date +%T.%3N; sudo ${command}`);
    expect(text.split('\n')[7]).toBe(failure);
    expect(killEvidence(text)).toEqual({ passed: true, killLine: 11, cited: 10 });
  });

  it('still cites a failed kill command when no other line matches', () => {
    const paste = ['$ date +%T.%3N; pkill -f "kv_node --id 1"', '07:00:48.219', 'pkill: killing pid 4102 failed: Operation not permitted'].join('\n');
    expect(checkPaste(W12, paste).patterns.find((p) => p.pattern === W12.proof.regex_patterns[1])).toMatchObject({ passed: true, line: 1 });
  });
});
