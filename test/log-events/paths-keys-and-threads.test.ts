// Writers named by a file's path, a key in the words and a thread's name (blind15's false fails: a logback MDC under
// Gradle terminals, Erlang lager logs in `log/kvN@lab/` directories, an lnav table with a `log_path` column). Each case
// is the smallest paste that shows one rule; without the rule its assertion fails.
import { describe, expect, it } from 'vitest';
import { classifyLineText, readLogText, type LogEvent } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const brief = (events: readonly LogEvent[]): string[] => events.map((e) => [e.line + 1, e.kind, e.node ?? '-', e.leader ?? ''].join(' ').trimEnd());

// A Gradle terminal of a Kotlin node logging `%d [%thread] %-5level %logger %X - %msg`: the node only in the MDC.
function gradleTerminal(command: string, lines: readonly string[]): string[] {
  return [`$ ./gradlew run${command}`, '', '> Task :run', ...lines, ''];
}
const mdc = (time: string, node: number, message: string): string => `${time} [DefaultDispatcher-worker-2] INFO  kv.raft.RaftNode node=${node}, term=3 - ${message}`;

describe('a writer key in the words (logback MDC `node=2, term=3`)', () => {
  it("keeps its line's writer: no time jump gives a block of `node=2` lines to the file of a terminal whose command names node1", () => {
    const text = [
      ...gradleTerminal(' --args="--id 1"', [mdc('14:05:33.004', 1, 'heartbeat -> 2,3'), '14:05:33.031 [main] WARN  kv.Main  - received SIGTERM, shutting down']),
      // node2's terminal: its command names no node, its lines only by their MDC.
      ...gradleTerminal('', [mdc('14:05:32.955', 2, 'appendEntries from leader 1 ok'), mdc('14:05:33.038', 2, 'connection to leader 1 closed (EOF)')]),
      // node3's start line has an empty MDC: only its terminal's command names it.
      ...gradleTerminal(' --args="--id 3"', ['14:05:32.901 [main] INFO  kv.Main  - listening on port 7003', mdc('14:05:32.956', 3, 'appendEntries from leader 1 ok'), mdc('14:05:33.037', 3, 'connection to leader 1 closed (EOF)')]),
    ].join('\n');
    const { events, nodes } = readLogText(text, patterns);
    expect(nodes).toEqual(['node1', 'node2', 'node3']);
    expect(brief(events.filter((e) => e.kind === 'connection-lost' || e.kind === 'kill'))).toEqual(['5 kill node1', '11 connection-lost node2 node1', '18 connection-lost node3 node1']);
  });
});

describe("tail's headers over files of one name", () => {
  const lager = (time: string, level: string, message: string): string => `2026-12-01 ${time} [${level}] <0.240.0>@kv_raft:follower:156 ${message}`;
  const paste = (file: string): string =>
    [
      `$ tail -n 2 log/kv1@lab/${file} log/kv2@lab/${file} log/kv3@lab/${file}`,
      `==> log/kv1@lab/${file} <==`,
      '2026-12-01 14:05:33.098 [debug] <0.231.0>@kv_raft:heartbeat:88 heartbeat term=9',
      '2026-12-01 14:05:33.126 [info] <0.9.0> SIGTERM received - shutting down',
      '',
      `==> log/kv2@lab/${file} <==`,
      lager('14:05:33.099', 'debug', "append_entries from 'kv1@lab' term=9 ok"),
      lager('14:05:33.128', 'warning', "leader 'kv1@lab' is down: {nodedown,'kv1@lab'}"),
      '',
      `==> log/kv3@lab/${file} <==`,
      lager('14:05:33.100', 'debug', "append_entries from 'kv1@lab' term=9 ok"),
      lager('14:05:33.129', 'warning', "leader 'kv1@lab' is down: {nodedown,'kv1@lab'}"),
    ].join('\n');

  it.each(['console.log', 'node.log'])('name each section by the directory that differs (`log/kv2@lab/%s` is kv2@lab)', (file) => {
    const { events, nodes } = readLogText(paste(file), patterns);
    expect(nodes).toEqual(['kv1@lab', 'kv2@lab', 'kv3@lab']);
    expect(brief(events)).toEqual(['4 kill kv1@lab', '8 heartbeat-timeout kv2@lab kv1@lab', '12 heartbeat-timeout kv3@lab kv1@lab']);
  });

  it('and so do grep prefixes of such files', () => {
    const prefixed = paste('console.log')
      .split('\n')
      .flatMap((line, i, all) => {
        if (line.startsWith('==> ') || line === '' || i === 0) return [];
        const header = all.slice(0, i).reverse().find((l) => l.startsWith('==> '))!;
        return [`${header.slice(4, -4)}:${line}`];
      });
    const { events } = readLogText(['$ grep -H "" log/kv*@lab/console.log', ...prefixed].join('\n'), patterns);
    expect(brief(events)).toEqual(['3 kill kv1@lab', '5 heartbeat-timeout kv2@lab kv1@lab', '7 heartbeat-timeout kv3@lab kv1@lab']);
  });

  it('keep the names their files give when those differ, and a lone file its own name', () => {
    const runs = ['==> run1/kv-a.log <==', '2026-12-01 14:05:33.126 received SIGTERM', '==> run2/kv-b.log <==', '2026-12-01 14:05:33.128 heartbeat timeout'];
    expect(readLogText(runs.join('\n'), patterns).nodes).toEqual(['kv-a', 'kv-b']);
    expect(readLogText(paste('console.log').split('\n').slice(1, 4).join('\n'), patterns).nodes).toEqual(['console']);
  });
});

describe("lager's source position `@kv_raft:leader:88` (module:function:line)", () => {
  it('names no leader: the function is the leader role, 88 a line number', () => {
    const line = "2026-12-01 14:05:33.048 [debug] <0.231.0>@kv_raft:leader:88 heartbeat term=9 to ['kv2@lab','kv3@lab']";
    const meaning = classifyLineText(line, patterns, { ownNode: 'kv1@lab' });
    expect([meaning.kind, meaning.leader]).toEqual(['other', undefined]);
    // A leader named so in the words still is one.
    expect(classifyLineText('2026-12-01 14:05:33.048 [debug] leader:2 term=9', patterns, { ownNode: 'node3' }).leader).toBe('node2');
  });
});

describe("lnav's `log_path` column after the time (`:write-table-to`)", () => {
  const row = (time: string, node: number, body: string): string => `│ 2026-12-01 ${time} │ /home/sam/kv/data/node${node}/node.log │ info    │ ${body.padEnd(44)} │`;
  const rows = [row('14:05:33.081', 1, 'caught SIGTERM, shutting down'), row('14:05:33.083', 3, 'recv from leader 1: Connection reset by peer'), row('14:05:33.290', 2, 'election timeout: no heartbeat from leader 1')];

  it.each([
    ['box rules', rows],
    ['pipes', rows.map((r) => r.replace(/│/g, '|'))],
    ['spaces', rows.map((r) => r.replace(/│ ?/g, ''))],
  ])('names the writer by the node its path names (%s between the cells)', (_, table) => {
    const { events } = readLogText(table.join('\n'), patterns);
    expect(brief(events)).toEqual(['1 kill node1', '2 connection-lost node3 node1', '3 heartbeat-timeout node2 node1']);
  });
});

describe("a signal handler's thread name (`[SIGTERM handler]`)", () => {
  it('is no kill: only the words of the line it logs say whether that is one', () => {
    const lines = ['14:05:33.031 [SIGTERM handler] WARN  kv.Main  - received SIGTERM, shutting down', '14:05:33.036 [SIGTERM handler] INFO  kv.net.PeerServer  - closed 2 peer connections'];
    expect(lines.map((line) => classifyLineText(line, patterns, { ownNode: 'node1' }).kind)).toEqual(['kill', 'other']);
    expect(brief(readLogText(lines.map((l) => `[node1] ${l}`).join('\n'), patterns).events)).toEqual(['1 kill node1']);
  });
});
