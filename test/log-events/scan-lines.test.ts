import { describe, expect, it, vi } from 'vitest';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { LINE_BLANK, LINE_COMMAND, LINE_COMMENT, LINE_HEADER, LINE_JSON, LINE_LOG, NODE_SOURCES, scanLines, stampOf } from '../../src/log-events/scan-lines.js';

function scan(text: string) {
  const lines = indexLines(text);
  const table = scanLines(lines);
  return Array.from({ length: lines.count }, (_, i) => ({
    node: table.nodes[i],
    kind: table.kinds[i],
    from: NODE_SOURCES[table.nodeFrom[i]!],
    dayMs: stampOf(lines, table, i)?.dayMs,
  }));
}
const T = 70_201_123; // 19:30:01.123

describe('scanLines: node and timestamp per convention', () => {
  it.each([
    ['data/node2/node.log:2026-11-26T19:30:01.123Z node2 INFO  connection to leader node1 lost (EOF)', 'node2'],
    ['data/node2/node.log:2026-11-26T19:30:01.123Z INFO  connection to leader node1 lost (EOF)', 'node2'],
    ['data/node3/node.log-2026-11-26T19:30:01.123Z INFO  context line', 'node3'],
    ['data/node3/node.log:42:2026-11-26T19:30:01.123Z INFO  grep -n', 'node3'],
    ['logs/n2.log:12:19:30:01.123 heartbeat timeout', 'node2'],
    ['2026-11-26T19:30:01.123Z node2 INFO  connection to leader node1 lost (EOF)', 'node2'],
    ['2026-11-26T19:30:01.123Z INFO node-2 heartbeat timeout', 'node2'],
    ['[19:30:01.123] [n2] heartbeat timeout', 'node2'],
    ['19:30:01.123 [node2] heartbeat timeout', 'node2'],
    ['[n2] 19:30:01.123 heartbeat timeout', 'node2'],
    ['node2: 19:30:01.123 heartbeat timeout', 'node2'],
    ['kvnode-2 19:30:01.123 heartbeat timeout', 'node2'],
    ['Nov 26 19:30:01.123 raftbox kv_node[2]: heartbeat timeout', 'node2'],
    ['2026/11/26 19:30:01.123000 [n2] raft: election timeout', 'node2'],
    ['2026-11-26 19:30:01,123 WARNING raft.node node2: no heartbeat', 'node2'],
    ['2026-11-26 19:30:01,123 - raft - INFO - id=2 heartbeat timeout', 'node2'],
    ['ts=2026-11-26T19:30:01.123Z level=warn node=2 msg="heartbeat timeout" leader=1', 'node2'],
    ['time="2026-11-26T19:30:01.123Z" level=warn node_id=node2 msg="x"', 'node2'],
    ['kvnode2-1  | 2026-11-26T19:30:01.123Z INFO  heartbeat timeout', 'node2'],
    ['node2  | 2026-11-26T19:30:01.123Z INFO  heartbeat timeout', 'node2'],
    ['{"ts":"2026-11-26T19:30:01.123Z","node":2,"msg":"connection to leader node1 lost"}', 'node2'],
    ['{"time":1795721401.123,"node_id":"n2","msg":"x"}', 'node2'],
    ['\0\0\0\x002026-11-26T19:30:01.123Z node2 after NUL padding', 'node2'],
  ])('%s', (text, node) => {
    const [line] = scan(text);
    expect(line!.node).toBe(node);
    expect(line!.dayMs).toBeCloseTo(T, 3);
  });

  it('tags in front of each line name nodes when they vary (`[infra1]` of a merge by time), not a constant tag', () => {
    const merged = [
      '[infra1] raft2026/11/30 04:05:19 INFO: raft.node: 18aff6444367b6f7 elected leader ccdd947a89862c0e at term 2',
      '[infra2] 2026-11-30 04:05:20.993323 N | pkg/osutil: received terminated signal, shutting down...',
      '[infra3] 2026-11-30 04:05:21.047467 W | rafthttp: lost the TCP streaming connection with peer ccdd947a89862c0e',
    ].join('\n');
    expect(scan(merged).map((l) => l.node)).toEqual(['infra1', 'infra2', 'infra3']);
    const constant = ['[main1] 19:30:01.123 a', '[main1] 19:30:01.124 b', '[main1] 19:30:01.125 c'].join('\n');
    expect(scan(constant).map((l) => l.node)).toEqual([undefined, undefined, undefined]);
  });

  it('a Go source position after the time (`raft.go:214:`, log.Lshortfile) is no node; the name after it is', () => {
    const text = [
      '2026/11/30 08:49:58.400112 main.go:41: node1: listening on :7001',
      '2026/11/30 08:49:58.705002 raft.go:301: node2: granted vote to node1 for term 1',
      '2026/11/30 08:50:01.907355 conn.go:58: node3: read from leader node1: EOF',
      '2026/11/30 08:50:01.907355 raft-a.lab.local:7001 heartbeat timeout',
    ].join('\n');
    expect(scan(text).map((l) => l.node)).toEqual(['node1', 'node2', 'node3', undefined]);
  });

  it('a JSON name field that varies like node names names the lines, over one every line shares', () => {
    const bunyan = (host: string, msg: string): string => `{"name":"kv-node","hostname":"${host}","pid":1,"level":30,"msg":"${msg}","time":"2026-11-26T19:30:01.123Z","v":0}`;
    const text = [bunyan('raft-a', 'received SIGTERM'), bunyan('raft-b', 'heartbeat timeout'), bunyan('raft-c', 'peer closed connection (EOF)')].join('\n');
    expect(scan(text).map((l) => [l.node, l.dayMs])).toEqual([['raft-a', T], ['raft-b', T], ['raft-c', T]]);
    const oneHost = [bunyan('lab', 'a'), bunyan('lab', 'b'), bunyan('lab', 'c')].join('\n');
    expect(scan(oneHost).map((l) => l.node)).toEqual(['kv-node', 'kv-node', 'kv-node']);
    const winston = ['node1', 'node2', 'node3'].map((n) => `{"label":"${n}","level":"info","message":"x","timestamp":"2026-11-26T19:30:01.123Z"}`).join('\n');
    expect(scan(winston).map((l) => l.node)).toEqual(['node1', 'node2', 'node3']);
    // One host for every line names none: the sections' nodes stay.
    const pino = (msg: string): string => `{"level":30,"time":1795721401123,"pid":2210,"hostname":"lab","msg":"${msg}"}`;
    const tail = ['==> n1.log <==', pino('received SIGTERM'), '==> n2.log <==', pino('heartbeat timeout'), '==> n3.log <==', pino('EOF')].join('\n');
    expect(scan(tail).map((l) => l.node).filter((_, i) => i % 2 === 1)).toEqual(['node1', 'node2', 'node3']);
  });

  it("journalctl -o json: `__REALTIME_TIMESTAMP` (µs since the epoch) is the time, the unit the node", () => {
    const journal = (us: string, unit: string): string =>
      `{"__REALTIME_TIMESTAMP":"${us}","__MONOTONIC_TIMESTAMP":"88412300127","_HOSTNAME":"lab","_PID":"2210","_SYSTEMD_UNIT":"${unit}","MESSAGE":"x"}`;
    const text = [journal('1795721401123456', 'raft@1.service'), journal('1795721401123457', 'raft@2.service'), journal('1795721401123458', 'raft@3.service')].join('\n');
    const lines = indexLines(text);
    const table = scanLines(lines);
    expect(table.nodes).toEqual(['node1', 'node2', 'node3']);
    expect([stampOf(lines, table, 0)?.ms, stampOf(lines, table, 0)?.format]).toEqual([1795721401123.456, 'epoch-us']);
  });

  it("Serilog's CLEF: `@t` (UTC, 7 fraction digits) is the time, `NodeId` the node", () => {
    const clef = (t: string, node: string): string => `{"@t":"2026-12-01T09:14:22.${t}Z","@mt":"Received {Signal}, shutting down","@l":"Warning","Signal":"SIGTERM","NodeId":"${node}"}`;
    const lines = indexLines([clef('5171234', 'node1'), clef('5190446', 'node2')].join('\n'));
    const table = scanLines(lines);
    expect(table.nodes).toEqual(['node1', 'node2']);
    expect([0, 1].map((i) => stampOf(lines, table, i)?.ms)).toEqual([Date.UTC(2026, 11, 1, 9, 14, 22, 517) + 0.123, Date.UTC(2026, 11, 1, 9, 14, 22, 519) + 0.044]);
  });

  it('log4j2 JsonLayout: `"instant":{"epochSecond":…,"nanoOfSecond":…}` is the time (to the µs), the context map the node', () => {
    const event = (second: number, nano: number, node: string): string =>
      `{"instant":{"epochSecond":${second},"nanoOfSecond":${nano}},"thread":"raft-io-1","level":"WARN","loggerName":"kv.raft.RaftNode","message":"x","contextMap":{"node":"${node}"},"threadId":21}`;
    const text = [event(1796047391, 291418000, 'node1'), event(1796047391, 93102000, 'node3'), event(1796047391, 1000, 'node2')].join('\n');
    const lines = indexLines(text);
    const table = scanLines(lines);
    expect(table.nodes).toEqual(['node1', 'node3', 'node2']);
    expect([0, 1, 2].map((i) => [stampOf(lines, table, i)?.ms, stampOf(lines, table, i)?.precisionMs])).toEqual([
      [1796047391291.418, 0.001],
      [1796047391093.102, 0.001],
      [1796047391000.001, 0.001],
    ]);
  });

  it('python-json-logger\'s `"asctime"` and `"created"` keys are the time (adv55b-07)', () => {
    const lines = indexLines(['{"asctime": "2026-12-05 10:06:55,565", "levelname": "WARNING", "name": "node1", "message": "x"}', '{"created": 1796465215.565123, "name": "node2", "message": "x"}'].join('\n'));
    const table = scanLines(lines);
    expect([0, 1].map((i) => Math.round(stampOf(lines, table, i)!.dayMs * 1000) / 1000)).toEqual([36_415_565, 36_415_565.123]);
  });

  it('logfmt `port=7001` after a `pid=` names the line when ports vary (nodes on one host), the pid never', () => {
    const line = (pid: number, port: number, msg: string): string => `2026-11-30 13:48:20.118 pid=${pid} port=${port} level=info msg="${msg}"`;
    const text = [line(50210, 7001, 'received SIGTERM'), line(50212, 7003, 'connection to leader closed'), line(50211, 7002, 'heartbeat timeout')].join('\n');
    expect(scan(text).map((l) => l.node)).toEqual([':7001', ':7003', ':7002']);
    const onePort = [line(50210, 7001, 'a'), line(50210, 7001, 'b'), line(50210, 7001, 'c')].join('\n');
    expect(scan(onePort).map((l) => l.node)).toEqual([undefined, undefined, undefined]);
  });

  it("loguru's `module:function:line` column is a code location, no node; the name in the message is", () => {
    const text = [
      '2026-11-30 13:06:04.812 | INFO     | raft.node:serve:61 - node1: listening on 127.0.0.1:7001',
      '2026-11-30 13:06:12.097 | INFO     | raft.kv:apply:33 - node2: applied k20',
      '2026-11-30 13:06:12.149 | WARNING  | raft.transport:_read_loop:117 - node3: recv() returned 0 from leader node1',
      '2026-11-30 13:06:12.150 | WARNING  | raft.transport:_read_loop:117 - recv() returned 0 from leader node1',
      '2026-11-30 13:06:12.151 | INFO     | __main__:<module>:12 - a top-level line',
      '2026-11-30 13:06:12.152 | INFO     | raft.kv:apply:33 - applied k21',
    ].join('\n');
    expect(scan(text).map((l) => l.node)).toEqual(['node1', 'node2', 'node3', undefined, undefined, undefined]);
  });

  it("a log level word (loguru's SUCCESS, VERBOSE, SEVERE, ALERT) is never the writer; the column after it is", () => {
    const text = [
      '09:13:40.402 | INFO     | blue  | election timer fired, starting election for term 7',
      '09:13:40.405 | SUCCESS  | blue  | became leader for term 7 (votes: blue, red)',
      '09:13:40.406 | VERBOSE  | green | following leader blue (term 7)',
      '09:13:40.407 | SEVERE   | red   | following leader blue (term 7)',
      '09:13:40.408 | ALERT    | red   | no heartbeat from blue in 263 ms',
    ].join('\n');
    expect(scan(text).map((l) => l.node)).toEqual(['blue', 'blue', 'green', 'red', 'red']);
  });

  it('raft-rs slog\'s trailing `raft_id: 2` and an Erlang node in a logfmt field (`node=kv2@127.0.0.1`) name the writer', () => {
    const text = [
      'Nov 30 08:31:05.118 INFO became leader at term 1, term: 1, raft_id: 1',
      'Nov 30 08:31:05.120 INFO became follower at term 1, term: 1, raft_id: 2',
      '11:55:01.004 node=kv2@127.0.0.1 [info] raft: starting, peers=[kv1@127.0.0.1, kv3@127.0.0.1]',
      '11:55:01.005 node=raft [info] a word is no node',
    ].join('\n');
    expect(scan(text).map((l) => l.node)).toEqual(['node1', 'node2', 'kv2@127.0.0.1', undefined]);
  });

  it("Elixir Logger's `raft_id=2` metadata after the time names the writer, as `node=2` does; another node's id key does not (blind18)", () => {
    const text = [
      '14:05:33.102 raft_id=2 [warning] lost connection to leader kv1@lab: :closed',
      '14:05:33.401 raftId=3 [warning] election timeout fired after 349ms',
      // near misses: the leader's or a peer's raft id, a longer word ending in raft_id
      '14:05:33.402 leader_raft_id=1 [info] x',
      '14:05:33.403 draft_id=2 [info] y',
    ].join('\n');
    expect(scan(text).map((l) => l.node)).toEqual(['node2', 'node3', undefined, undefined]);
  });

  it("docker json-file read raw: a record naming no writer in its fields is named by its `log` line's head, at the record's time", () => {
    const record = (log: string, ns: string, extra = ''): string => `{"log":"${log}\\n","stream":"stderr","time":"2026-12-01T13:05:11.${ns}Z"${extra}}`;
    const text = [
      record('[kv1] leader term=3: received SIGTERM', '912047733'),
      record('[kv2] follower term=3: connection to leader kv1 lost: EOF', '913377906'),
      record('[kv3] follower term=3: connection to leader kv1 lost: EOF', '913520554'),
      record('node2: 13:05:11.990 heartbeat timeout', '990000000'),
      record('{\\"level\\":\\"warn\\",\\"node\\":\\"node3\\",\\"msg\\":\\"x\\"}', '991000000'),
      record('[kv1] a record that names its writer in a field keeps it', '992000000', ',"node":"node1"'),
    ].join('\n');
    const lines = scan(text);
    expect(lines.map((l) => [l.node, l.kind])).toEqual([
      ['kv1', LINE_JSON], ['kv2', LINE_JSON], ['kv3', LINE_JSON], ['node2', LINE_JSON], ['node3', LINE_JSON], ['node1', LINE_JSON],
    ]);
    // docker's `time` is the line's (ms of the day), not the line's own 13:05:11.990 printed time… both agree here
    expect(lines.map((l) => l.dayMs! - 47_111_000)).toEqual([912.047, 913.377, 913.52, 990, 991, 992].map((ms) => expect.closeTo(ms, 3)));
    // …and where they differ, docker's wins; with no time in the record, the line's head gives it.
    expect(scan(record('node2: 13:05:12.500 heartbeat timeout', '990000000'))[0]!.dayMs).toBeCloseTo(47_111_990, 3);
    expect(scan('{"log":"2026-12-01 13:05:12.500 [kv2] heartbeat timeout\\n","stream":"stderr"}')[0]!.dayMs).toBe(47_112_500);
  });

  it("a JSON line's message is no line head: `msg`'s first word or tag names no writer, nor does a plain-word `log`", () => {
    const text = ['{"time":"2026-12-01T13:05:11.9Z","msg":"[kv1] received SIGTERM"}', '{"time":"2026-12-01T13:05:12Z","msg":"[kv2] heartbeat timeout"}', '{"time":"2026-12-01T13:05:12.1Z","msg":"[kv3] heartbeat timeout"}'].join('\n');
    expect(scan(text).map((l) => l.node)).toEqual([undefined, undefined, undefined]);
    // a constant word heading every recorded line (a logger's name) names no writer: head tokens must vary
    expect(scan(text.replace(/"msg":"\[kv\d\]/g, '"log":"raft')).map((l) => l.node)).toEqual([undefined, undefined, undefined]);
  });

  it("containerd's CRI log lines (`<time> stderr F …`): the stream and full/partial tag are the runtime's, the tag after them the writer's", () => {
    const cri = (ns: string, stream: string, tag: string, message: string): string => `2026-12-01T15:02:44.${ns}Z ${stream} F [${tag}] ${message}`;
    const text = [
      cri('518220114', 'stderr', 'kv-0', 'leader t2: SIGTERM received, shutting down'),
      cri('730559203', 'stderr', 'kv-1', 'candidate t3: heartbeat timeout after 262ms'),
      cri('731442019', 'stdout', 'kv-0', 'starting, id=0 peers=kv-1.kv:7000,kv-2.kv:7000'),
      cri('830461805', 'stderr', 'kv-2', 'candidate t4: heartbeat timeout after 362ms'),
    ].join('\n');
    // the tag beats the `id=0` a message names (the pod's name and the program's id are the same node: read-log-events)
    expect(scan(text).map((l) => [l.node, l.from])).toEqual([['kv-0', 'head-token'], ['kv-1', 'head-token'], ['kv-0', 'head-token'], ['kv-2', 'head-token']]);
    // `P` (a partial line) too; a word `stdout` not followed by a one-letter F/P column is no CRI head
    expect(scan(text.replaceAll(' F [', ' P [')).map((l) => l.node)).toEqual(['kv-0', 'kv-1', 'kv-0', 'kv-2']);
    expect(scan(text.replaceAll(' F [', ' Fx [')).map((l) => l.node)).toEqual([undefined, undefined, 'node0', undefined]);
  });

  it('JSON lines are marked', () => {
    expect(scan('{"ts":1795721401123,"node":2}')[0]!.kind).toBe(LINE_JSON);
  });

  it('prefers the line own prefix over the leader it mentions', () => {
    const [line] = scan('data/node3/node.log:2026-11-26T19:30:01.123Z connection to leader node1 lost');
    expect(line!.node).toBe('node3');
  });

  it('commands, comments, blank lines', () => {
    const lines = scan('$ kill 4242\nstudent@box:~/kv$ kill 4242\n[19:30:01.123] $ kill 4242\n# a comment\n\n   ');
    expect(lines.map((l) => l.kind)).toEqual([LINE_COMMAND, LINE_COMMAND, LINE_COMMAND, LINE_COMMENT, LINE_BLANK, LINE_BLANK]);
    expect(lines[2]!.dayMs).toBe(T); // a prompt with the time: a timestamped kill line
    expect(lines.every((l) => l.node === undefined)).toBe(true);
  });

  it('sections: tail headers, decorated headers and cat commands give unnamed lines a node', () => {
    const lines = scan(
      [
        '==> data/node2/node.log <==',
        '19:30:01.123 heartbeat timeout',
        '--- node3 (follower) ---',
        '19:30:01.123 connection to leader node1 lost',
        '$ cat data/node1/node.log',
        '19:30:01.123 received SIGTERM',
        '$ kill 4242',
        '19:30:01.123 orphan',
      ].join('\n'),
    );
    expect(lines.map((l) => l.node)).toEqual(['node2', 'node2', 'node3', 'node3', undefined, 'node1', undefined, undefined]);
    expect(lines[0]!.kind).toBe(LINE_HEADER);
    expect(lines[2]!.kind).toBe(LINE_HEADER);
    expect(lines[1]!.kind).toBe(LINE_LOG);
  });

  it("bat's file header (`│ File: data/node2/node.log` between its grid's rules) starts the file's section, as tail's `==> file <==` does (adv41 p19)", () => {
    const rule = (joint: string) => `───────${joint}────────────────────`;
    const block = (n: number, line: string) => [rule('┬'), `       │ File: data/node${n}/node.log`, `       │ Size: 133 B`, rule('┼'), `   1   │ ${line}`, rule('┴')];
    const lines = scan([...block(1, '19:30:01.123 received SIGTERM'), ...block(2, '19:30:01.223 heartbeat timeout')].join('\n'));
    expect(lines.map((l) => l.node)).toEqual([undefined, 'node1', 'node1', 'node1', 'node1', 'node1', 'node1', 'node2', 'node2', 'node2', 'node2', 'node2']);
    expect([lines[1]!.kind, lines[7]!.kind, lines[4]!.kind]).toEqual([LINE_HEADER, LINE_HEADER, LINE_LOG]);
    // A row of a file's text that merely says "File:" is no header.
    expect(scan(['   1   │ 19:30:01.123 File: data/node1/node.log', '   2   │ 19:30:01.223 heartbeat timeout'].join('\n')).map((l) => l.kind)).toEqual([LINE_LOG, LINE_LOG]);
  });

  it("a GitHub Actions raw log: a step's header (`##[group]Run …` to `##[endgroup]`) is headers, a group titled by one node that node's section", () => {
    const at = (s: string): string => `2026-12-01T10:20:${s}Z `;
    const lines = scan(
      [
        `${at('36.9120344')}##[group]Run ./scripts/demo-kill-leader.sh`,
        `${at('36.9120871')}./scripts/demo-kill-leader.sh`,
        `${at('36.9158025')}shell: /usr/bin/bash -e {0}`,
        `${at('36.9158410')}##[endgroup]`,
        `${at('38.6012447')}leader is node1 (pid 2231)`,
        `${at('41.5811043')}##[group]node2 log`,
        `${at('41.5833880')}2026-12-01 10:20:39.742 WARN  heartbeat timeout`,
        `${at('41.5843117')}##[endgroup]`,
        `${at('41.6012981')}Post job cleanup.`,
      ].join('\n'),
    );
    expect(lines.map((l) => l.kind)).toEqual([LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_LOG, LINE_HEADER, LINE_LOG, LINE_HEADER, LINE_LOG]);
    expect(lines.map((l) => l.node)).toEqual([undefined, undefined, undefined, undefined, 'node1', undefined, 'node2', undefined, undefined]);
    expect(lines[6]!.from).toBe('section');
  });

  it("a step header whose `##[endgroup]` was not pasted ends after its `shell:` and `env:` lines: the step's output is no header", () => {
    const at = (s: string): string => `2026-12-01T10:20:${s}Z `;
    const lines = scan(
      [
        `${at('36.9120344')}##[group]Run ./scripts/demo-kill-leader.sh`,
        `${at('36.9120871')}./scripts/demo-kill-leader.sh`,
        `${at('36.9158025')}shell: /usr/bin/bash -e {0}`,
        `${at('36.9158100')}env:`,
        `${at('36.9158200')}  TERM: xterm`,
        `${at('38.6012447')}[node1] received SIGTERM, shutting down`,
        `${at('38.6032447')}[node2] connection to leader node1 lost`,
      ].join('\n'),
    );
    expect(lines.map((l) => l.kind)).toEqual([LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_LOG, LINE_LOG]);
    expect(lines.slice(5).map((l) => l.node)).toEqual(['node1', 'node2']);
  });

  it("commands printing one file each name their sections by the files' names when those are one family (rabbit1, rabbit2)", () => {
    const grep = (file: string): string => `$ grep -i "timeout\\|heartbeat\\|leader.*down\\|election" ${file}`;
    const monitor = (us: number): string => `2026-12-01 09:58:34.${us}+00:00 [info] <0.1130.0> queue 'qq1' in vhost '/': Leader monitor down with shutdown, setting election timeout`;
    const text = (first: string, second: string): string => ['$ date +%H:%M:%S.%N; kill -TERM -- -11476', '09:58:34.490086184', grep(first), monitor(534462), grep(second), monitor(537942)].join('\n');
    expect(scan(text('rabbit1.log', 'rabbit2.log')).map((l) => [l.node, l.from])).toEqual([
      [undefined, 'none'], [undefined, 'none'], [undefined, 'none'], ['rabbit1', 'section'], [undefined, 'none'], ['rabbit2', 'section'],
    ]);
    // One file's name, names of no one family, a family of runs, and one member twice name no one.
    for (const [first, second] of [['demo_step2.log', 'demo_step2.log'], ['kill.txt', 'status.txt'], ['run1.log', 'run2.log'], ['rabbit1.log', 'rabbit1.log'], ['rabbit1.log', 'zk2.log']]) {
      expect(scan(text(first!, second!)).map((l) => l.node), `${first} ${second}`).toEqual(new Array(6).fill(undefined));
    }
    // Lines that name their own writer keep it, and the files' names name nothing then.
    const named = text('rabbit1.log', 'rabbit2.log').replace(/<0\.1130\.0>/g, '[node2]');
    expect(scan(named).map((l) => l.node)).toEqual([undefined, undefined, undefined, 'node2', undefined, 'node2']);
  });

  it.each([
    ['==> kraft-2/logs/server.log <==', 'kraft-2'],
    ['==> /var/log/zk-1/zookeeper.log <==', 'zk-1'],
    ['==> logs/node-3/out.log <==', 'node3'],
    ['==> /srv/raft/broker3/logs/server.log <==', 'broker3'],
    ['==> logs/infra1.log <==', 'infra1'],
    ['==> /home/alice/kv/logs/server.log <==', undefined],
    ['==> /var/log/data1/tmp/server.log <==', undefined],
    ['==> /opt/kafka_2.13-3.6.0/logs/server.log <==', undefined],
    ['==> logs/2026-11-30/out.log <==', undefined],
    ['==> /var/log/pods/raft_kv-1_a83d57e2-0f4b-49c1-b6e5-1c92d7f04a8b/kv/0.log <==', 'kv-1'],
    ['==> /var/log/pods/raft_kv-0_6b1f0c3e-2a4d-4c8e-9f17-5d3a8e2b7c40/kv/1.log <==', 'kv-0'],
    ['==> /var/log/containers/kv-2_raft_kv-0c5e1b7d9a2f4e83b61d0a9c7e52f1843bd29e06a7c15f8d2e4b90c3716a5d28.log <==', 'kv-2'],
    ['==> zk-2/logs/3.log <==', 'zk-2'],
    ['==> logs/1.log <==', '1'],
  ])('a tail header names its node by the path: %s → %s (a member-named directory or kubelet\'s pod, over a numbered file; generic ones, versions and dates are none)', (header, node) => {
    const lines = scan([header, '19:30:01.123 received SIGTERM, shutting down'].join('\n'));
    expect(lines[0]!.kind).toBe(LINE_HEADER);
    expect(lines[1]!.node).toBe(node);
  });

  it("a line over 100 characters is a header only as tail's `==> file <==` (docker's and kubelet's paths hold 64-hex ids)", () => {
    const long = `==> node2 said: ${'the leader went quiet and nobody knew why, '.repeat(3)}`;
    expect(long.length).toBeGreaterThan(100);
    expect(scan(long)[0]!.kind).not.toBe(LINE_HEADER);
    const id = '0c5e1b7d9a2f4e83b61d0a9c7e52f1843bd29e06a7c15f8d2e4b90c3716a5d28';
    expect(scan(`==> /var/lib/docker/containers/${id}/${id}-json.log <==`)[0]!.kind).toBe(LINE_HEADER);
  });

  it('grep -H prefixes of files in member-named directories name their nodes when several files do', () => {
    const lines = scan(
      [
        'kraft-1/logs/server.log:[2026-11-30 14:03:11,291] INFO Terminating process due to signal SIGTERM',
        'kraft-2/logs/server.log:[2026-11-30 14:03:11,538] INFO Become candidate due to fetch timeout',
        'kraft-3/logs/server.log:[2026-11-30 14:03:11,546] INFO Completed transition to Voted(epoch=5)',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.node, l.from])).toEqual([['kraft-1', 'file-name'], ['kraft-2', 'file-name'], ['kraft-3', 'file-name']]);
    expect(scan('kraft-1/logs/server.log:[2026-11-30 14:03:11,291] INFO Terminating process due to signal SIGTERM')[0]!.node).toBeUndefined();
  });

  it.each([
    ['[2026-11-30 14:03:11,293] INFO [RaftManager id=2] Node 1 disconnected. (org.apache.kafka.clients.NetworkClient)', 'node2'],
    ['[2026-11-30 14:03:05,419] INFO [Broker id=3] Creating new partition demo-kv-0', 'node3'],
    ['[2026-11-30 14:03:11,295] INFO [KafkaRaftServer nodeId=1] Transition from STARTED to SHUTTING_DOWN', 'node1'],
    ['2026-11-30 14:02:37,568 [myid:1] - INFO  [QuorumPeer[myid=1](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.QuorumPeer@1461] - LOOKING', 'node1'],
    ['2026-11-30 14:02:37,568 [myid:] - INFO  [QuorumPeer[myid=2](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.QuorumPeer@1461] - LOOKING', 'node2'],
    ['[2026-11-30 14:03:11,295] INFO [Consumer clientId=consumer-1, groupId=g] Revoking', undefined],
  ])('a log context names its member by an id key: %s → %s', (line, node) => {
    expect(scan(line)[0]!.node).toBe(node);
  });

  it.each([
    ['[05:28:32.059] WARN (node2/2578): lost connection to leader node1 (socket ended)', 'node2'],
    ['[05:28:32.059] WARN (n3/2578 on lab): lost connection to leader n1 (socket ended)', 'node3'],
    // pino-pretty without a logger name prints the pid alone: nothing names the writer.
    ['[05:28:32.059] WARN (2578 on lab): lost connection to leader node1 (socket ended)', undefined],
    ['[05:28:32.059] WARN (2578): lost connection to leader node1 (socket ended)', undefined],
  ])('pino-pretty\'s (name/pid) after the level names the writer: %s → %s', (line, node) => {
    expect(scan(line)[0]!.node).toBe(node);
  });

  it('pino-pretty\'s logger names that are no node labels name the writers when they vary, as [raft-2] tags do', () => {
    const lines = scan(
      [
        '[2026-12-02 05:28:24.600 +0000] INFO (raft-1/2562 on lab.local): became leader (term 4, 2 votes)',
        '[2026-12-02 05:28:32.059 +0000] WARN (raft-2/2578 on lab.local): lost connection to leader raft-1 (socket ended)',
        '[2026-12-02 05:28:32.064 +0000] WARN (raft-3/2589 on lab.local): lost connection to leader raft-1 (socket ended)',
      ].join('\n'),
    );
    expect(lines.map((l) => l.node)).toEqual(['raft-1', 'raft-2', 'raft-3']);
  });

  it("a pino-pretty logger named after a peer under another process's pid names no writer (a leader's per-peer logger)", () => {
    const lines = [
      '[05:28:24.618] INFO (node2/2578): following leader node1',
      '[05:28:25.356] INFO (node3/2589): following leader node1',
      '[05:28:31.925] INFO (node1/2562): received SIGTERM, shutting down',
      '[05:28:31.926] WARN (node2/2562): peer connection closed (EOF)',
      '[05:28:31.926] WARN (node3/2562): peer connection closed (EOF)',
    ];
    expect(scan(lines.join('\n')).map((l) => l.node)).toEqual(['node2', 'node3', 'node1', undefined, undefined]);
    // Under a tail header such a line is the section's.
    const tails = ['==> logs/node1.log <==', ...lines.slice(2), '==> logs/node2.log <==', lines[0], '==> logs/node3.log <==', lines[1]];
    expect(scan(tails.join('\n')).map((l) => l.node)).toEqual(['node1', 'node1', 'node1', 'node1', 'node2', 'node2', 'node3', 'node3']);
    // Near misses: each container's node is pid 1 (no name under two pids); a restarted node's new pid (no pid under two names).
    expect(scan(['[05:28:24.618] INFO (node1/1): became leader', '[05:28:31.926] WARN (node2/1): lost connection to leader node1', '[05:28:31.927] WARN (node3/1): lost connection to leader node1'].join('\n')).map((l) => l.node)).toEqual(['node1', 'node2', 'node3']);
    expect(scan(['[05:28:24.618] INFO (node1/2562): became leader', '[05:28:31.926] WARN (node2/2578): lost connection to leader node1', '[05:28:33.100] INFO (node1/2701): listening on :29761'].join('\n')).map((l) => l.node)).toEqual(['node1', 'node2', 'node1']);
  });

  it('a pid heading several nodes\' lines is one process running them all (processHosts), and its own logger\'s lines are its (hostLines)', () => {
    const inProcess = [
      '[05:28:23.786] INFO (node1/5120): became leader (term 1, 3 votes)',
      '[05:28:23.790] INFO (node2/5120): following leader node1',
      '[05:28:23.790] INFO (node3/5120): following leader node1',
      '[05:28:31.922] INFO (cluster/5120): received SIGTERM, stopping 3 nodes',
      '[05:28:31.924] WARN (node2/5120): lost connection to leader node1 (socket ended)',
    ];
    const table = scanLines(indexLines(inProcess.join('\n')));
    expect(table.processHosts).toEqual(new Map([['5120', ['node1', 'node2', 'node3']]]));
    expect([...table.hostLines!.keys()]).toEqual([0, 1, 2, 3, 4]);
    // The process's own logger names no writer, and no one node is pid 5120's.
    expect(table.nodes[3]).toBeUndefined();
    expect(table.processNodes).toBeUndefined();
    // Near misses: one pid per node; the leader's per-peer loggers under its pid (no writers: pid 2562 heads node1's
    // lines alone); a relaunched node's new pid.
    const hosts = (lines: string[]) => scanLines(indexLines(lines.join('\n'))).processHosts;
    expect(hosts(['[05:28:24.618] INFO (node1/2562): became leader', '[05:28:31.926] WARN (node2/2578): lost connection to leader node1', '[05:28:31.927] WARN (node3/2589): lost connection to leader node1'])).toBeUndefined();
    expect(hosts(['[05:28:24.618] INFO (node2/2578): following leader node1', '[05:28:25.356] INFO (node3/2589): following leader node1', '[05:28:31.925] INFO (node1/2562): received SIGTERM', '[05:28:31.926] WARN (node2/2562): peer connection closed (EOF)', '[05:28:31.926] WARN (node3/2562): peer connection closed (EOF)'])).toBeUndefined();
    expect(hosts(['[05:28:24.618] INFO (node1/2562): became leader', '[05:28:31.926] WARN (node2/2578): lost connection to leader node1', '[05:28:33.100] INFO (node1/2701): listening on :29761'])).toBeUndefined();
    // Each container's node is pid 1 of its own: the pid heads them all here; a kill of it is told apart where it is typed (several-node-kills.ts).
    expect(hosts(['[10:00:00.071] INFO (node2/1): append from leader node1 ok', '[10:00:00.072] INFO (node3/1): append from leader node1 ok'])).toEqual(new Map([['1', ['node2', 'node3']]]));
  });

  it("glog's thread id names a line when it is the pid bash printed for a node's job (a main thread's id is its pid)", () => {
    const lines = scan(
      [
        'sam@lab:~/raft-cpp$ GLOG_logtostderr=1 ./raft_node --id 1 --port-base 29710 &',
        '[1] 12778',
        'sam@lab:~/raft-cpp$ GLOG_logtostderr=1 ./raft_node --id 2 --port-base 29710 &',
        '[2] 12782',
        'I20261202 04:56:54.303175 12778 raft_node.cc:178] received SIGTERM (Terminated), shutting down (was leader, term 2)',
        'W20261202 04:56:54.315156 12782 raft_node.cc:198] lost connection to leader node1: read returned 0 (EOF)',
        'W20261202 04:56:54.315201 12790 raft_node.cc:198] lost connection to leader node1: read returned 0 (EOF)',
      ].join('\n'),
    );
    expect(lines.slice(4).map((l) => [l.node, l.from])).toEqual([['node1', 'process-id'], ['node2', 'process-id'], [undefined, 'none']]);
    // Without the jobs' notices a thread id names nothing: merged klog files share thread ids across writers.
    expect(scan('I20261202 04:56:54.303175 12778 raft_node.cc:178] received SIGTERM (Terminated), shutting down')[0]!.node).toBeUndefined();
  });

  it.each([
    ['date +%T.%3N; kill -TERM %1', LINE_COMMAND],
    ['  gdate +%T.%N && kill -9 4101', LINE_COMMAND],
    // behind sudo, env or a variable's setting, in a subshell or a group: the same typed command
    ['sudo date +%T.%3N; sudo kill -TERM %1', LINE_COMMAND],
    ['sudo -E date +%T.%3N && kill 4101', LINE_COMMAND],
    ['(date +%T.%3N; kill -TERM %1)', LINE_COMMAND],
    ['{ date +%T.%3N; kill 4101; }', LINE_COMMAND],
    ['TZ=UTC date +%T.%3N; kill 4101', LINE_COMMAND],
    ['env LC_ALL=C /bin/date "+%F %T.%6N"; pkill -f kv_node', LINE_COMMAND],
    // a date with no kill after it, a kill with no date before it, a log line that mentions both, a line saying a node
    // was killed, the word date echoed (`echo` runs no date), a capitalised log word before it: no typed command
    ['date +%T.%3N; ls', LINE_LOG],
    ['sudo date +%T.%3N; sudo ls', LINE_LOG],
    ['date is wrong; kill the leader again', LINE_LOG],
    ['kill -TERM %1; date +%T.%3N', LINE_LOG],
    ['date +%T.%3N; echo node1 killed', LINE_LOG],
    ['(date +%T.%3N; echo killed)', LINE_LOG],
    ['echo date +%T.%3N; kill 4101', LINE_LOG],
    ['WARN date +%T.%3N; kill 4101', LINE_LOG],
    // a JSON record whose message quotes such a command stays a record
    ['{"msg":"date +%T.%3N; kill 4101"}', LINE_JSON],
  ])('a `date …; kill …` row with no prompt is a typed command: %s → kind %s', (line, kind) => {
    expect(scan(line)[0]!.kind).toBe(kind);
  });

  it("a CSV export's host column (named in its header row) names each row's writer", () => {
    const rows = (header: string, host2: string, host3: string) =>
      scan(
        [
          header,
          `2026-12-02T14:05:33.531Z,${host2},kv,info,granted vote to ${host3} for term 10`,
          `2026-12-02T14:05:33.522Z,${host3},kv,warn,"heartbeat timeout, no message from leader in 355ms"`,
          `2026-12-02T14:05:33.219Z,${host2},kv,warn,connection to leader lost: EOF`,
          `2026-12-02T14:05:33.217Z,${host3},kv,info,"said ""hi"", then left"`,
        ].join('\n'),
      ).slice(1).map((l) => l.node);
    expect(rows('Date,Host,Service,Status,Message', 'kv-node-2', 'kv-node-3')).toEqual(['node2', 'node3', 'node2', 'node3']);
    expect(rows('"timestamp","host","service","status","message"', 'raft-a', 'raft-b')).toEqual(['raft-a', 'raft-b', 'raft-a', 'raft-b']);
    // A header whose columns name no host, or no header at all: the rows name no writer.
    expect(rows('Date,Service,Status,Message', 'kv-node-2', 'kv-node-3')).toEqual([undefined, undefined, undefined, undefined]);
    expect(rows('our export:', 'kv-node-2', 'kv-node-3')).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('a section whose lines name one writer themselves is that writer\'s: its unnamed lines too, the header\'s name an alias', () => {
    const lines = indexLines(
      [
        '==> kraft-1/logs/server.log <==',
        '[2026-11-30 14:02:48,131] INFO [QuorumController id=1] Becoming the active controller at epoch 4',
        '[2026-11-30 14:03:11,291] INFO Terminating process due to signal SIGTERM',
        '[2026-11-30 14:03:11,295] INFO [KafkaRaftServer nodeId=1] Transition from STARTED to SHUTTING_DOWN',
        '== zk2 ==',
        '2026-11-30 14:02:37,566 [myid:2] - INFO  [QuorumPeer[myid=2](plain=…):o.a.z.s.q.QuorumPeer@1461] - LOOKING',
        'an untagged line',
        '2026-11-30 14:02:37,803 [myid:2] - INFO  [QuorumPeer[myid=2](plain=…):o.a.z.s.q.Follower@75] - FOLLOWING',
        '--- raft-c ---',
        '19:30:01.123 heartbeat timeout',
        '19:30:01.200 [n1] quoted by raft-c',
        '19:30:01.300 election started',
      ].join('\n'),
    );
    const table = scanLines(lines);
    expect(table.nodes).toEqual(['kraft-1', 'node1', 'node1', 'node1', 'zk2', 'node2', 'node2', 'node2', 'raft-c', 'raft-c', 'node1', 'raft-c']);
    expect([...(table.sectionAliases ?? [])]).toEqual([['kraft-1', 'node1'], ['zk2', 'node2']]);
  });

  it("a section named like a writer its own lines name elsewhere is that writer's, never an alias of another", () => {
    const lines = indexLines(
      [
        'C:\\kv>node kv-node.js --id 2',
        '2026-11-30T10:50:00.221Z node2 listening on 127.0.0.1:7002',
        'C:\\kv>node kv-node.js --id 1',
        '2026-11-30T10:50:03.119Z node2 starting election (term 2)',
        '2026-11-30T10:50:00.501Z node2 voted for node1 (term 1)',
        '2026-11-30T10:50:02.887Z node1 received SIGINT, shutting down',
      ].join('\n'),
    );
    const table = scanLines(lines);
    expect(table.sectionAliases).toBeUndefined();
    expect(table.nodes).toEqual([undefined, 'node2', undefined, 'node2', 'node2', 'node1']);
  });

  it("a header's aside in parentheses launching its own node is decoration (adv23: `--- node2 (cargo run --release -- --id 2) ---`)", () => {
    const under = (header: string) => scan([header, '2026-12-02T14:05:11.498204Z  WARN kv_node::net: connection to leader node1 lost'].join('\n'));
    for (const header of ['--- node2 (cargo run --release -- --id 2) ---', '== node2 (./kv_node --id 2 --port 7002) ==', 'node2 (go run . --id=2):']) {
      const lines = under(header);
      expect(lines.map((l) => l.kind), header).toEqual([LINE_HEADER, LINE_LOG]);
      expect(lines[1]!.node, header).toBe('node2');
    }
    // Near misses: the aside launches another node, or is no launch; words outside the parentheses are no decoration.
    for (const header of ['--- node2 (cargo run --release -- --id 3) ---', '--- node2 (restarted twice today) ---', '--- node2 started (cargo run -- --id 2) ---']) {
      expect(under(header)[0]!.kind, header).not.toBe(LINE_HEADER);
    }
  });

  it('a line of text with a node name is not a header', () => {
    expect(scan('node2 became candidate')[0]!.kind).toBe(LINE_LOG);
  });

  it('a paste without spaces or newlines stays linear (no per-line rescans)', () => {
    const text = '1234567890\n'.repeat(200_000);
    const lines = indexLines(text);
    const table = scanLines(lines);
    expect(table.nodes.length).toBe(200_000);
  });
});

describe('scanLines: heads of the blind2 corpus', () => {
  const nodesOf = (...lines: string[]) => scan(lines.join('\n')).map((l) => l.node);

  it("Go's log.Lshortfile `raft.go:214:` is a source location: the node is found after it", () => {
    expect(nodesOf(
      '2026/11/30 08:50:02.118412 raft.go:214: node2: heartbeat timeout after 212ms',
      '2026/11/30 08:50:01.907355 conn.go:58: node3: read from leader node1: EOF',
      '2026/11/30 08:49:58.400112 main.go:41: node1: listening on :7001',
      'raft.go:118: node2: heartbeat timeout',
    )).toEqual(['node2', 'node3', 'node1', 'node2']);
    expect(nodesOf('2026/11/30 08:50:02.118412 raft.go:214: heartbeat timeout', '2026/11/30 08:50:02.118412 conn.go:58: EOF', '2026/11/30 08:50:02.118412 main.go:41: up'))
      .toEqual([undefined, undefined, undefined]);
  });

  it('JVM thread names and class names in the head are no nodes', () => {
    expect(nodesOf(
      '12:10:03.065 [Thread-0] INFO  c.s.raft.Main - Shutdown hook: received SIGTERM, stopping node1',
      '12:10:03.066 [Thread-0] INFO  c.s.raft.RaftNode - node1 stopped',
      '12:10:03.066 [pool-1-thread-2] INFO  c.s.raft.RaftNode - replicated',
      '12:10:03.412 [node2-election] WARN  c.s.raft.RaftNode - Heartbeat timeout after 347 ms',
      'java.net.SocketException: Connection reset',
    )).toEqual([undefined, 'node1', undefined, 'node2', undefined]);
  });

  it("hclog's named logger `node2.raft:` and Elixir's `node=kv2@127.0.0.1`", () => {
    expect(nodesOf('2026-11-30T13:10:05.291+0100 [WARN]  node2.raft: heartbeat timeout reached, starting election: last-leader-addr=127.0.0.1:7001 last-leader-id=node1'))
      .toEqual(['node2']);
    expect(nodesOf('11:55:09.338 node=kv2@127.0.0.1 [warning] raft: lost connection to leader kv1@127.0.0.1 (nodedown)')).toEqual(['kv2@127.0.0.1']);
  });

  it('a pane whose command names the node: leader-id=node1 in its lines does not take them over', () => {
    expect(nodesOf(
      'ana@lab:~/kv$ ./kv_node --id 2 --port 7002 --peers 127.0.0.1:7001,127.0.0.1:7003',
      '2026-11-30T08:14:09.733+0100 [WARN]  raft: heartbeat timeout reached, starting election: last-leader-addr=127.0.0.1:7001 last-leader-id=node1',
    )).toEqual([undefined, 'node2']);
  });

  it("java.util.logging's second line takes its record's time; an unstamped line after another format does not", () => {
    const lines = scan(['Nov 30, 2026 12:15:09 PM com.student.raft.Main lambda$main$0', 'INFO: node1 received SIGTERM, shutting down'].join('\n'));
    expect(lines.map((l) => [l.node, l.dayMs])).toEqual([[undefined, 44_109_000], ['node1', 44_109_000]]);
    expect(scan('12:15:09.000 node1 up\nINFO: node1 received SIGTERM')[1]!.dayMs).toBeUndefined();
  });

  it("a custom JUL format keeping the two lines (`%1$tF %1$tT.%1$tL %2$s%n%4$s: …`): the message line takes the head's ms (adv55b-18)", () => {
    const lines = scan(['2026-12-05 10:08:43.582 KvNode lambda$main$0', 'WARNING: node1 received SIGTERM, shutting down'].join('\n'));
    expect(lines.map((l) => l.dayMs)).toEqual([36_523_582, 36_523_582]);
    // A head with words after the class and method is a line of its own, not a record's head.
    expect(scan('2026-12-05 10:08:43.582 KvNode main started three nodes\nWARNING: node1 received SIGTERM')[1]!.dayMs).toBeUndefined();
  });
});

describe("scanLines: a bare name heading a line of another node's section (adv55a-19)", () => {
  const sections = (node1Line: string, heads = false) =>
    scan(
      [
        '==> data/node1/node.log <==',
        heads ? '10:09:42.511 node1 INFO  became leader (term 1)' : '10:09:42.511 INFO  became leader (term 1)',
        node1Line,
        '==> data/node3/node.log <==',
        heads ? '10:09:42.521 node3 INFO  following leader node1 (term 1)' : '10:09:42.521 INFO  following leader node1 (term 1)',
      ].join('\n'),
    ).map((l) => l.node);

  it("is the section's node writing about that peer", () => {
    expect(sections('10:09:43.115 WARN  node3: heartbeat timeout (no ack in 604 ms) during drain')[2]).toBe('node1');
  });

  it("stays the named node's where lines name their own section's node so (tail -f's interleaving, adv54d-20)", () => {
    expect(sections('10:09:43.115 node3 WARN  connection to leader node2 lost (EOF)', true)[2]).toBe('node3');
  });
});

describe('scanLines: names real deployments give nodes (blind3)', () => {
  const nodesOf = (lines: string[]) => scan(lines.join('\n')).map((l) => l.node);

  it("docker compose: a trailing number that tells services apart is the name's own, a replica suffix shared by all is dropped", () => {
    expect(
      nodesOf([
        'consul-server-1  | 2026-11-30T10:20:31.402Z [INFO]  agent: Caught: signal=terminated',
        'consul-server-2  | 2026-11-30T10:20:33.089Z [WARN]  agent.server.raft: heartbeat timeout reached',
        'consul-server-3  | 2026-11-30T10:20:32.645Z [WARN]  agent.server.raft: heartbeat timeout reached',
        'consul-server-1  | 2026-11-30T10:20:31.416Z [INFO]  agent: consul server down',
      ]),
    ).toEqual(['consul-server-1', 'consul-server-2', 'consul-server-3', 'consul-server-1']);
    expect(
      nodesOf(['raft-kva-1  | 2026-11-30T10:20:31.402Z a', 'raft-kvb-1  | 2026-11-30T10:20:31.403Z b', 'raft-kvc-1  | 2026-11-30T10:20:31.404Z c']),
    ).toEqual(['raft-kva', 'raft-kvb', 'raft-kvc']);
    expect(nodesOf(['raft_kv_1  | 2026-11-30T10:20:31.402Z a', 'raft_kv_2  | 2026-11-30T10:20:31.403Z b'])).toEqual(['raft_kv_1', 'raft_kv_2']);
  });

  it("docker compose's own status lines name no node: `raft-a-1 exited with code 0` is no phantom raft-a-1 beside the service raft-a", () => {
    const lines = [
      '[+] Running 4/4',
      ' \u2714 Container kv-raft-a-1    Created                0.1s',
      'Attaching to raft-a-1, raft-b-1, raft-c-1',
      'raft-a-1  | 2026-11-30T13:24:31.118234567Z raft-a: received SIGTERM, shutting down',
      'raft-b-1  | 2026-11-30T13:24:31.119441209Z raft-b: connection to leader raft-a lost: EOF',
      'raft-a-1 exited with code 0',
      '^CGracefully stopping... (press Ctrl+C again to force)',
      '\u283f Container kv-raft-b-1  Stopped                0.2s',
      'raft-c-1 exited with code 137',
      'kv_raft-b_1 exited with code 0',
      'Aborting on container exit...',
    ];
    expect(nodesOf(lines)).toEqual([undefined, undefined, undefined, 'raft-a', 'raft-b', undefined, undefined, undefined, undefined, undefined, undefined]);
    // A log line that merely ends like one is still its writer's.
    expect(nodesOf(['node2 child exited with code 0', 'node1 up'])[0]).toBe('node2');
  });

  it('a port tag `[7001]` names the writer (`:7001`) when ports vary and peers name them; a number no line names stays none', () => {
    const ports = ['13:42:01.512 [7001] INFO  voted for 7002 in term 1', '13:42:01.514 [7002] INFO  became leader (term 1)', '13:42:01.517 [7003] INFO  following leader 7002 (term 1)', '13:42:10.121 [7002] WARN  peer 7001: connection reset by peer'];
    expect(nodesOf(ports)).toEqual([':7001', ':7002', ':7003', ':7002']);
    expect(nodesOf(['13:42:01.512 [4711] INFO  a', '13:42:01.514 [4712] INFO  b', '13:42:01.517 [4713] INFO  c'])).toEqual([undefined, undefined, undefined]);
  });

  it("an IPv6 address column (`[::]:7002`, after Go log's message prefix `raft `) names the writer when addresses vary", () => {
    const go = [
      '2026/11/30 11:52:00.101204 raft [::]:7001: listening',
      '2026/11/30 11:52:00.104877 raft [::]:7002: voted for [::1]:7003 term=1',
      '2026/11/30 11:52:00.108010 raft [::1]:7003: became leader term=1',
      '2026/11/30 11:52:00.108010 raft 127.0.0.1:7004: listening',
    ];
    expect(scan(go.join('\n')).map((l) => [l.node, l.from])).toEqual([['[::]:7001', 'head-token'], ['[::]:7002', 'head-token'], ['[::1]:7003', 'head-token'], ['127.0.0.1:7004', 'head-token']]);
    // Right after the time, as IPv4 columns are.
    expect(nodesOf(['11:52:00.101 [::]:7001 listening', '11:52:00.104 [fe80::1]:7002: listening', '11:52:00.108 [::]:7003: x'])).toEqual(['[::]:7001', '[fe80::1]:7002', '[::]:7003']);
    // A peer's address after a word that names another node ("dial", "to"), a tag without a port, one address for all: none.
    expect(nodesOf(['11:52:08.776 dial [::1]:7001: connection refused', '11:52:08.777 dial [::1]:7003: connection refused', '11:52:08.778 to 10.0.0.2:7002: EOF'])).toEqual([undefined, undefined, undefined]);
    expect(nodesOf(['11:52:00.101 raft [::1]: a', '11:52:00.102 raft [ab]:70: b', '11:52:00.103 raft [::1]:x c'])).toEqual([undefined, undefined, undefined]);
    expect(nodesOf(['11:52:00.101 raft [::]:7001: a', '11:52:00.102 raft [::]:7001: b', '11:52:00.103 raft [::]:7001: c'])).toEqual([undefined, undefined, undefined]);
  });

  it('a tag after a two-token date and time (`2026-11-30 14:05:00.402117 [kv-1]`) names the writer when the paste names it elsewhere; a thread no line names does not', () => {
    const ts = ['2026-11-30 14:05:00.613502 [kv-2] voted for kv-1 in term 1', '2026-11-30 14:05:00.615448 [kv-3] following leader kv-1 (term 1)', '2026-11-30 14:05:12.884213 [kv-1] received SIGTERM', '2026-11-30 14:05:13.048144 [kv-3] voted for kv-2 in term 2'];
    expect(nodesOf(ts)).toEqual(['kv-2', 'kv-3', 'kv-1', 'kv-3']);
    const log4j = ['2026-11-30 12:55:02.930 [raft-timer-1] INFO  election timeout', '2026-11-30 12:55:02.936 [raft-io-2] INFO  became LEADER', '2026-11-30 12:55:02.934 [raft-io-3] INFO  granted vote to n1'];
    expect(nodesOf(log4j)).toEqual([undefined, undefined, undefined]);
  });

  it('the first column after a date, a time, a level or an emoji (`2026-12-03 11:20:08.300 [kv-2]`, `11:20:08.300 WARN [raft-2]`, `⚠️ [节点2]`) names the writer when it is a name and a number, as right after the stamp; a thread there does not', () => {
    expect(nodesOf(['2026-12-03 11:20:08.100 [kv-1] received SIGTERM', '2026-12-03 11:20:08.300 [kv-2] election timeout', '2026-12-03 11:20:08.310 [kv-3] election timeout'])).toEqual(['kv-1', 'kv-2', 'kv-3']);
    expect(nodesOf(['11:20:08.100 INFO [raft-1] received SIGTERM', '11:20:08.300 WARN [raft-2] election timeout', '11:20:08.310 WARN [raft-3] election timeout'])).toEqual(['raft-1', 'raft-2', 'raft-3']);
    expect(nodesOf(['11:20:08.100 🛑 [节点1] received SIGTERM', '11:20:08.300 ⚠️ [节点2] election timeout', '11:20:08.310 WARN [节点3] election timeout'])).toEqual(['节点1', '节点2', '节点3']);
    // A thread's name (words and a number) or one value for all: no writer.
    const logback = ['2026-12-03 11:20:02.611 [raft-io-1] INFO  RaftNode - became leader', '2026-12-03 11:20:02.613 [raft-io-2] INFO  RaftNode - following leader', '2026-12-03 11:20:08.300 [raft-timer-1] WARN  RaftNode - election timeout'];
    expect(nodesOf(logback)).toEqual([undefined, undefined, undefined]);
    expect(nodesOf(['11:20:08.100 INFO [kv1] a', '11:20:08.300 WARN [kv1] b', '11:20:08.310 WARN [kv1] c'])).toEqual([undefined, undefined, undefined]);
  });

  it('a word, a space and a number in that column (`[Knoten 2]`, `[Nodo 2]`, `[Nœud 2]`, `[Server 2]`) names the writer when such tags vary, as `[kv-2]` does (adv41 p22)', () => {
    for (const word of ['Knoten', 'Nodo', 'Nœud', 'Server']) {
      const lines = [`2026-12-03 11:20:08.412 [${word} 1] INFO SIGTERM`, `2026-12-03 11:20:08.581 [${word} 2] WARN heartbeat timeout`, `2026-12-03 11:20:08.655 [${word} 3] WARN heartbeat timeout`];
      expect(nodesOf(lines)).toEqual([`${word} 1`, `${word} 2`, `${word} 3`]);
    }
    // One value for all, two spaces, or words before the number: no writer.
    expect(nodesOf(['11:20:08.100 [Knoten 1] a', '11:20:08.300 [Knoten 1] b', '11:20:08.310 [Knoten 1] c'])).toEqual([undefined, undefined, undefined]);
    expect(nodesOf(['11:20:08.100 [Knoten  1] a', '11:20:08.300 [Knoten  2] b', '11:20:08.310 [Knoten  3] c'])).toEqual([undefined, undefined, undefined]);
    expect(nodesOf(['11:20:08.100 [raft io 1] a', '11:20:08.300 [raft io 2] b', '11:20:08.310 [raft io 3] c'])).toEqual([undefined, undefined, undefined]);
  });

  it("`cat -n`'s and `nl`'s number column before the stamp is no column: the name after the stamp and level still names the writer", () => {
    const numbered = ['     1\t2026-12-03 11:20:08,123 INFO raft-1 received SIGTERM', '     2\t2026-12-03 11:20:08,127 WARNING raft-3 connection lost', '     3\t2026-12-03 11:20:08,372 WARNING raft-2 election timeout'];
    expect(scan(numbered.join('\n')).map((l) => [l.node, l.dayMs])).toEqual([['raft-1', 40_808_123], ['raft-3', 40_808_127], ['raft-2', 40_808_372]]);
    // Copied from a terminal, the tab is spaces.
    expect(nodesOf(['    12  11:20:08.100 [kv-1] a', '    13  11:20:08.300 [kv-2] b', '    14  11:20:08.310 [kv-3] c'])).toEqual(['kv-1', 'kv-2', 'kv-3']);
    // A number and one space, or no stamp after it: not a numbering column.
    expect(nodesOf(['4101 11:20:08.100 x', '12\tkv-1 is here', '13\tkv-2 is here'])).toEqual([undefined, undefined, undefined]);
  });

  it("a bracketed writer key and its value (logback's MDC `[node=2]`, `[node_id=2]`, `[nodeId=kv-1]`) names the writer; a key naming another node or none does not", () => {
    expect(nodesOf(['11:20:08.100 [node=1] received SIGTERM', '11:20:08.300 [node_id=2] election timeout', '11:20:08.310 [nodeId=kv-3] election timeout'])).toEqual(['node1', 'node2', 'kv-3']);
    expect(nodesOf(['2026-12-03 11:20:08.374 [raft-ticker] WARN  c.e.kv.raft.RaftNode [node=2] - Election timeout'])).toEqual(['node2']);
    expect(nodesOf(['11:20:08.300 [leader=1] election timeout', '11:20:08.310 [term=4] election timeout', '11:20:08.320 [peer.node=3] x'])).toEqual([undefined, undefined, undefined]);
  });

  it("an Akka actor path names the writer by its remote address, else its actor system, when such values vary (one JVM's shared system names none)", () => {
    const akka = (path: string) => [1, 2, 3].map((n) => `[WARN] [12/03/2026 11:20:08.30${n}] [kv-akka.actor.default-dispatcher-${n + 2}] [${path.replace('#', String(n))}] Election timeout fired`);
    expect(nodesOf(akka('akka://kv@10.0.0.1#:25520/user/raft'))).toEqual(['10.0.0.11:25520', '10.0.0.12:25520', '10.0.0.13:25520']);
    expect(nodesOf(akka('akka://raft-#/user/replica'))).toEqual(['raft-1', 'raft-2', 'raft-3']);
    expect(nodesOf(akka('akka://sys/user/node#'))).toEqual(['node1', 'node2', 'node3']);
    expect(nodesOf(akka('akka://sys/user/replica'))).toEqual([undefined, undefined, undefined]);
  });

  it("Redis's `pid:role` column names the writer by its pid when pids vary; the role letter may change", () => {
    const redis = ['4101:C 30 Nov 2026 14:05:00.601 # Election timeout fired', '4102:F 30 Nov 2026 14:05:00.603 * Voted for node 1 in term 1', '4101:L 30 Nov 2026 14:05:12.884 # Received SIGTERM'];
    expect(scan(redis.join('\n')).map((l) => [l.node, l.dayMs])).toEqual([['4101', 50_700_601], ['4102', 50_700_603], ['4101', 50_712_884]]);
    expect(nodesOf(['4101:20:01.5 x', '4101:C x', '12:05:00.601 y'])).toEqual([undefined, undefined, undefined]);
  });

  it("multitail's status line under each window names the window's lines above it, and is no node's line", () => {
    const multitail = [
      '14:05:12.702 INFO  received SIGTERM, shutting down',
      '00] data/node1/node.log  *Press F1/<CTRL>+<h> for help*  2KB - 2026/11/30 14:05:16',
      '14:05:12.905 WARN  heartbeat timeout - no message from leader node1 in 520ms',
      '14:05:12.906 [node3] INFO  a line that names its own writer',
      '01] logs/n2.log  *Press F1/<CTRL>+<h> for help*  3KB - 2026/11/30 14:05:16',
    ];
    expect(scan(multitail.join('\n')).map((l) => [l.node, l.kind])).toEqual([['node1', LINE_LOG], [undefined, LINE_HEADER], ['node2', LINE_LOG], ['node3', LINE_LOG], [undefined, LINE_HEADER]]);
    // Under lines the head scan reads in a run (a `<stamp> <name>` head, a grep prefix) too.
    const named = ['2026-11-30T14:05:12.702Z node2 INFO  a', '2026-11-30T14:05:12.703Z node2 INFO  b', '2026-11-30T14:05:12.704Z node2 INFO  c', '2026-11-30T14:05:12.905 WARN  d', multitail[1]!];
    expect(scan(named.join('\n')).map((l) => [l.node, l.kind])).toEqual([['node2', LINE_LOG], ['node2', LINE_LOG], ['node2', LINE_LOG], ['node1', LINE_LOG], [undefined, LINE_HEADER]]);
    const grepped = ['data/node3/node.log:2026-11-30T14:05:12.702Z a', 'data/node3/node.log:2026-11-30T14:05:12.703Z b', '2026-11-30T14:05:12.905 WARN  c', multitail[4]!];
    expect(scan(grepped.join('\n')).map((l) => [l.node, l.kind])).toEqual([['node3', LINE_LOG], ['node3', LINE_LOG], ['node2', LINE_LOG], [undefined, LINE_HEADER]]);
  });

  it("less -M's prompt under a screen names the screen's lines above it (as many as it says it shows, back to the command); `~` rows are blank", () => {
    const less = [
      '$ date +%T.%3N; kill -TERM 4101',
      '16:20:45.332',
      '$ less -M data/node2/node.log data/node3/node.log',
      '16:20:45.333 WARN  term 1: lost connection to leader 1',
      '~',
      'data/node2/node.log (file 1 of 2) lines 1-1/1 (END) - Next: data/node3/node.log',
      '16:20:41.120 INFO  started, id=3',
      '16:20:45.334 WARN  term 1: lost connection to leader 1',
      'data/node3/node.log (file 2 of 2) lines 2-2/2 (END)',
      'logs/kv-2.log lines 1-20/40 50%',
    ];
    expect(scan(less.join('\n')).map((l) => [l.node, l.kind])).toEqual([
      [undefined, LINE_COMMAND], [undefined, LINE_LOG], [undefined, LINE_COMMAND], ['node2', LINE_LOG], [undefined, LINE_BLANK], [undefined, LINE_HEADER],
      ['node3', LINE_LOG], ['node3', LINE_LOG], [undefined, LINE_HEADER], [undefined, LINE_HEADER],
    ]);
    expect(scan(less.join('\n'))[6]!.from).toBe('message');
    expect(scan(less.join('\n'))[7]!.from).toBe('section');
    // A screen that says it shows one line names one; a percentage under no file's name is no prompt.
    expect(scan(['12:00:00.001 a', '12:00:00.002 b', 'n2.log lines 5-5 (END)', 'progress 50%'].join('\n')).map((l) => [l.node, l.kind])).toEqual([[undefined, LINE_LOG], ['node2', LINE_LOG], [undefined, LINE_HEADER], [undefined, LINE_LOG]]);
    expect(scan(['12:00:00.001 a', '12:00:00.002 b', 'logs/kv-2.log lines 5-5 (END)'].join('\n')).map((l) => l.node)).toEqual([undefined, 'kv-2', undefined]);
  });

  it("docker swarm's task column names the service's slot: a task restarted in its slot is the same node", () => {
    const swarm = [
      'kv_raft.1.m3x9f2hq7k1z@worker-1    | 2026-11-30T14:05:12.884Z WARN  received SIGTERM, shutting down',
      'kv_raft.3.zq1n5y7t3b9e@worker-3    | 2026-11-30T14:05:12.886Z WARN  lost connection to leader 10.0.1.3:7000: EOF',
      'kv_raft.1.h2k8s4d6f0jq@worker-1    | 2026-11-30T14:05:18.233Z INFO  listening on :7000',
      'kv_raft.2@worker-2    | 2026-11-30T14:05:18.561Z INFO  following leader 10.0.1.4:7000 (term 2)',
    ];
    expect(nodesOf(swarm)).toEqual(['kv_raft.1', 'kv_raft.3', 'kv_raft.1', 'kv_raft.2']);
  });

  it('an address tag in front of the time names the writer; nodes sharing a port differ by host', () => {
    const lines = scan(['[172.18.0.3:7000] 2026-11-30 11:26:10.121 heartbeat timeout', '[172.18.0.4:7000] 2026-11-30 11:26:09.882 EOF', '[2026-11-30 11:26:09.882] x'].join('\n'));
    expect(lines.map((l) => l.node)).toEqual(['172.18.0.3:7000', '172.18.0.4:7000', undefined]);
    expect(lines.map((l) => l.dayMs)).toEqual([41_170_121, 41_169_882, 41_169_882]);
  });
});

describe('scanLines: heads of runtimes and supervisors (blind3)', () => {
  const nodesOf = (lines: string[]) => scan(lines.join('\n')).map((l) => l.node);

  it("klog's thread id and `main.go:57]` are skipped; word tags after them name nodes when peers name them too", () => {
    const greek = [
      'I1130 11:20:05.113004    5101 raft.go:241] [alpha] granted vote to gamma (term 1)',
      'I1130 11:20:05.115562    5103 raft.go:211] [gamma] became leader at term 1 (3/5 votes)',
      'I1130 11:20:05.116901    5102 raft.go:266] [beta] following leader gamma (term 1)',
      'W1130 11:20:12.402287    5101 transport.go:133] [alpha] connection to leader gamma lost: EOF',
      'I1130 11:20:12.701230    5101 raft.go:241] [alpha] granted vote to beta (term 2)',
    ];
    expect(nodesOf(greek)).toEqual(['alpha', 'gamma', 'beta', 'alpha', 'alpha']);
    const components = [
      'I1130 11:20:05.113004    5101 raft.go:241] [raft] granted vote to node1 (term 1)',
      'I1130 11:20:05.115562    5103 rpc.go:211] [rpc] dial ok',
      'I1130 11:20:05.116901    5102 raft.go:266] [raft] following leader n1 (term 1)',
      'I1130 11:20:05.116901    5102 kv.go:266] [kv] put x',
    ];
    expect(nodesOf(components)).toEqual([undefined, undefined, undefined, undefined]);
    expect(nodesOf(['[INFO] 19:30:01.123 a', '[WARN] 19:30:01.124 b', '[INFO] 19:30:01.125 INFO WARN c'])).toEqual([undefined, undefined, undefined]);
  });

  it("glog >= 0.6's `W20261201` (severity + date) is the time, never a node; the thread id and `file.cc:141]` are skipped", () => {
    const glog = [
      'I20261201 08:57:13.998871  5202 replication.cc:103] term 1: appended entries 19..20 from leader node 1',
      'W20261201 08:57:14.091873  5202 replication.cc:141] term 1: lost connection to leader node 1: read() returned 0',
      'E20261201 08:57:14.316650  5219 election.cc:52] term 1: election timeout fired',
      'I20261201 08:57:14.319441  5219 election.cc:131] [n2] term 2: elected leader with 2 votes',
    ];
    expect(scan(glog.join('\n')).map((l) => [l.node, l.dayMs])).toEqual([
      [undefined, 32_233_998.871],
      [undefined, 32_234_091.873],
      [undefined, 32_234_316.65],
      ['node2', 32_234_319.441],
    ]);
  });

  it('a tag of letters of any script and a number (`[节点2]`, "node 2") names the writer when such tags vary, like `[kv-2]`', () => {
    const chinese = [
      '2026-12-01 17:30:05,102 [节点1] INFO 第 3 任期：我是 leader，发送心跳 heartbeat -> 节点2, 节点3',
      '2026-12-01 17:30:05,104 [节点2] INFO 收到 leader 节点1 的心跳 (term 3)',
      '2026-12-01 17:30:05,190 [节点3] WARNING 与 leader 节点1 的连接断开：EOF',
    ];
    expect(nodesOf(chinese)).toEqual(['节点1', '节点2', '节点3']);
    expect(nodesOf(chinese.map((l) => `${l.slice(24, 29)} ${l.slice(0, 23)}${l.slice(29)}`))).toEqual(['节点1', '节点2', '节点3']);
    // One value on every line is a logger's, not a writer's; a tag of letters only is a word.
    expect(nodesOf(chinese.map((l) => l.replace(/\[节点\d\]/, '[日志1]')))).toEqual([undefined, undefined, undefined]);
    expect(nodesOf(chinese.map((l) => l.replace(/\[节点\d\]/, '[节点]')))).toEqual([undefined, undefined, undefined]);
  });

  it("OCaml Logs' `kv_node: [WARNING] [time] [raft.n2]`: the program's name is no node, the source tag's last part is", () => {
    const lines = scan(
      [
        'kv_node: [WARNING] [2026-12-01T09:40:19.848-00:00] [raft.n2] Lwt_io read from leader n1: End_of_file',
        'kv_node: [INFO] [2026-12-01T09:40:20.009-00:00] [raft.n3] term 1: leader n1 is down',
        'kv_node: [INFO] [2026-12-01T09:40:20.010-00:00] term 1: leader n1 is down',
        'raft: [n2] term 1: leader n1 is down',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.node, l.from, l.dayMs])).toEqual([
      ['node2', 'tag', 34_819_848],
      ['node3', 'tag', 34_820_009],
      [undefined, 'none', 34_820_010],
      ['node2', 'tag', undefined],
    ]);
  });

  it("Spring Boot 3.2's `--- [kv-a] [thread]` application name is the node; before 3.2 (`--- [main]`) there is none", () => {
    expect(
      nodesOf([
        '2026-11-30T11:31:08.201+01:00  INFO 40211 --- [kv-a] [ionShutdownHook] c.e.kv.raft.RaftNode                     : kv-a received SIGTERM',
        '2026-11-30T11:31:08.213+01:00  WARN 40244 --- [kv-c] [  raft-reader-1] c.e.kv.raft.PeerConnection               : lost connection',
        '2026-11-30T11:31:08.213+01:00  WARN 40244 --- [           main] c.e.kv.raft.PeerConnection               : lost connection',
      ]),
    ).toEqual(['kv-a', 'kv-c', undefined]);
  });

  it("log4j's `Class$Inner:378 -` is skipped; Ratis's member id `n1@group-…:` names the writer", () => {
    expect(
      nodesOf([
        '2026-11-30 10:32:40 INFO  RaftServer$Division:378 - n1@group-ABB3109A44C1: changes role from      null to FOLLOWER at term 0',
        '2026-11-30 10:33:12 INFO  FollowerState:143 - n2@group-ABB3109A44C1-FollowerState: change to CANDIDATE, electionTimeout:203ms',
        '2026-11-30 10:33:13 INFO  RaftServer$Division:292 - s3@group-ABB3109A44C1: change Leader from n0 to n2 at term 2',
      ]),
    ).toEqual(['node1', 'node2', 's3']);
  });

  it("pm2 logs' `<pm_id>|<app name> |` column names the writer; pm2's own `PM2 |` lines name none but keep their time", () => {
    const lines = scan(
      [
        'PM2        | 2026-11-30T14:02:54: PM2 log: App [raft-2:1] online',
        '0|raft-1   | 2026-11-30T14:03:11: [raft-1] received SIGINT, shutting down',
        '1|raft-2   | 2026-11-30T14:03:11: [raft-2] connection to leader lost (ECONNRESET)',
        '2|raft-3   | 2026-11-30T14:03:11: [raft-3] connection to leader lost (ECONNRESET)',
        'PM2        | 2026-11-30T14:03:11: PM2 log: App [raft-1:0] exited with code [0] via signal [SIGINT]',
        '12|node2   | 2026-11-30 15:03:11.190 +01:00: connection to leader closed',
      ].join('\n'),
    );
    expect(lines.map((l) => l.node)).toEqual([undefined, 'raft-1', 'raft-2', 'raft-3', undefined, 'node2']);
    expect(lines.map((l) => l.kind)).toEqual([LINE_LOG, LINE_LOG, LINE_LOG, LINE_LOG, LINE_LOG, LINE_LOG]);
    expect(lines[4]!.dayMs).toBe(lines[1]!.dayMs);
    expect(lines[0]!.dayMs).toBe(lines[1]!.dayMs! - 17_000); // 14:02:54, 17 s before 14:03:11
  });

  it("honcho's own `system |` lines name no node; `node1.1 |` is process type node1, instance 1", () => {
    const lines = scan(['11:40:02 system   | node1.1 started (pid=61001)', '11:40:11 node1.1  | 2026-11-30 11:40:11.952 node1 received SIGTERM', '11:40:11 system   | node1.1 stopped (rc=-15)'].join('\n'));
    expect(lines.map((l) => l.node)).toEqual([undefined, 'node1', undefined]);
  });
});

describe('scanLines: shapes of Windows and collection tools (blind4)', () => {
  it("PowerShell `Select-String -Context`'s `> ` match marker is no part of the head: the path after it names the node", () => {
    const lines = scan(
      [
        '> data\\node1\\node.log:6:2026-11-30 12:41:02.118 [node1] INFO  received SIGTERM, shutting down',
        '  data\\node2\\node.log:6:2026-11-30 12:41:02.098 [node2] DEBUG applied k20 (index 21)',
        '> data\\node2\\node.log:7:2026-11-30 12:41:02.331 [node2] WARN  heartbeat timeout - no message from leader node1',
        '> 19:30:01.123 [n3] quoted in Markdown',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.node, l.from])).toEqual([['node1', 'file-prefix'], ['node2', 'file-prefix'], ['node2', 'file-prefix'], ['node3', 'tag']]);
    expect(lines[3]!.dayMs).toBe(T);
  });

  it('shell prompts of any shape are commands (blind10 OCaml: `~/kvml $ dune exec …`), the lines they run are not', () => {
    const lines = scan(
      [
        '~/kvml $ dune exec bin/kv_node.exe -- --id 1 --peers 2,3',
        'kv_node: [INFO] [2026-12-01T09:40:11.203-00:00] [raft.n1] listening on 127.0.0.1:9001',
        'root@box:~# kill -TERM 4242',
        'user@host ~/kv $ kill -TERM 4242',
        '(venv) student@lab:~/kv$ python kv.py --id 2',
        'student@mbp kv % kill 4242',
        '% kill 4242',
        'kv2@raft-lab: heartbeat timeout 50% done',
      ].join('\n'),
    );
    expect(lines.map((l) => l.kind)).toEqual([LINE_COMMAND, LINE_LOG, LINE_COMMAND, LINE_COMMAND, LINE_COMMAND, LINE_COMMAND, LINE_COMMAND, LINE_LOG]);
    expect(lines[1]!.node).toBe('node1');
  });

  it('Windows prompts (`PS C:\\src\\kv> `, cmd\'s `C:\\kv>`) are commands; a path with a drive in a log head is not', () => {
    const lines = scan(['PS C:\\src\\kv> Get-Date -Format o; taskkill /PID 11872 /F', 'PS C:\\src\\kv>', 'C:\\kv>type data\\node1\\node.log', 'C:\\logs\\node1.log:19:30:01.123 heartbeat timeout'].join('\n'));
    expect(lines.map((l) => l.kind)).toEqual([LINE_COMMAND, LINE_COMMAND, LINE_COMMAND, LINE_LOG]);
  });

  it('`docker logs -t raft-b`, `docker events --filter container=raft-a`: the container names the lines under the command', () => {
    const lines = scan(
      [
        '$ docker events --since 1m --filter container=raft-a',
        '2026-11-30T13:57:03.118234567+00:00 container kill 3f2a9c1e5b7d (image=kv-node:dev, name=raft-a, signal=9)',
        '$ docker logs -t --since 1m raft-b',
        '2026-11-30T13:57:03.405671320Z 13:57:03.405 WARN heartbeat timeout',
        '$ docker logs $c',
        '2026-11-30T13:57:03.405671320Z 13:57:03.405 WARN heartbeat timeout',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.node, l.from])).toEqual([
      [undefined, 'none'], ['raft-a', 'section'], [undefined, 'none'], ['raft-b', 'section'], [undefined, 'none'], [undefined, 'none'],
    ]);
  });

  it('`podman logs -t` of several containers: a container id column is no time, a `[n1|LEADER|t5]` tag names node1', () => {
    const lines = scan(
      [
        '5f0c1e9a2b7d 2026-11-30T09:03:11.641207388-05:00 [n1|LEADER|t5] caught SIGTERM, stepping down and exiting',
        'a81d3c0f6e42 2026-11-30T09:03:11.6435171-05:00 [n2|FOLLOWER|t5] read from leader n1: connection reset by peer',
        '0b9e7c55d1f3 2026-11-30T09:03:11.642931054-05:00 [n3|FOLLOWER|t5] lost connection to leader n1: EOF',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.node, l.from])).toEqual([['node1', 'tag'], ['node2', 'tag'], ['node3', 'tag']]);
    expect(lines[0]!.dayMs).toBeCloseTo(((9 * 60 + 3) * 60 + 11) * 1000 + 641.207, 3);
  });

  it('container id columns that vary name the lines when nothing else does; a number of 12 digits is no id', () => {
    const lines = scan(
      [
        '5f0c1e9a2b7d 2026-11-30T09:03:11.641Z caught SIGTERM, stepping down',
        'a81d3c0f6e42 2026-11-30T09:03:11.643Z read from leader: connection reset by peer',
        '0b9e7c55d1f3 2026-11-30T09:03:11.642Z lost connection to leader: EOF',
        '123456789012 2026-11-30T09:03:11.642Z twelve digits',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.node, l.from])).toEqual([
      ['5f0c1e9a2b7d', 'head-token'], ['a81d3c0f6e42', 'head-token'], ['0b9e7c55d1f3', 'head-token'], [undefined, 'none'],
    ]);
  });

  it('the name a stop command prints back (`$ podman kill --signal TERM kv1`, then `kv1`) is its output, no node', () => {
    const lines = scan(['$ podman kill --signal TERM kv1', 'kv1', 'raft-a 19:30:01.123 x', 'raft-b 19:30:01.124 y', 'raft-a 19:30:01.125 z'].join('\n'));
    expect(lines.map((l) => l.node)).toEqual([undefined, undefined, 'raft-a', 'raft-b', 'raft-a']);
    // Without the command an untimed head token that recurs is a writer's; one alone is the next test's.
    expect(scan(['kv1', 'kv1', 'raft-a 19:30:01.123 x', 'raft-b 19:30:01.124 y', 'raft-a 19:30:01.125 z'].join('\n'))[0]!.node).toBe('kv1');
  });

  it('`docker kill kv1 && date` prints `kv1` and then the time: the date under the echo times the command (adv19)', () => {
    const timeOf = (command: string, ...output: string[]) => scan([command, ...output].join('\n'))[0]!.dayMs;
    expect(timeOf('$ docker kill --signal=SIGTERM kv1 && date -u +%T.%3N', 'kv1', '19:30:01.123')).toBe(T);
    expect(timeOf('$ podman kill --signal TERM kv1 && date +%T.%3N', 'kv1', '19:30:01.123')).toBe(T);
    // Near misses: the echo of another name or of two containers, a sleep before the date, a stop that waits for the
    // exit, a line that only starts with the name, a second untimed line.
    expect(timeOf('$ docker kill kv1 && date +%T.%3N', 'kv2', '19:30:01.123')).toBeUndefined();
    expect(timeOf('$ docker kill kv1 kv2 && date +%T.%3N', 'kv1', 'kv2', '19:30:01.123')).toBeUndefined();
    expect(timeOf('$ docker kill kv1 && sleep 1 && date +%T.%3N', 'kv1', '19:30:01.123')).toBeUndefined();
    expect(timeOf('$ docker stop kv1 && date +%T.%3N', 'kv1', '19:30:01.123')).toBeUndefined();
    expect(timeOf('$ docker kill kv1 && date +%T.%3N', 'kv1 is not running', '19:30:01.123')).toBeUndefined();
    expect(timeOf('$ docker kill kv1 && date +%T.%3N', 'kv1', 'kv1', '19:30:01.123')).toBeUndefined();
  });

  it("a process listing run before the date prints its rows first: the time under them times the command, also inside `ssh vm1 '…'` (adv22)", () => {
    const timeOf = (command: string, ...output: string[]) => scan([command, ...output].join('\n'))[0]!.dayMs;
    const rows = ['21044 ./kv_node --name kv1 --port 7001', '21051 ./kv_node --name kv2 --port 7002'];
    expect(timeOf("$ ssh vm1 'pgrep -af kv_node; date +%T.%3N; kill $(pgrep -f kv_node)'", rows[0]!, '19:30:01.123')).toBe(T);
    expect(timeOf('$ pgrep -af kv_node; date +%T.%3N; kill 21044', ...rows, '19:30:01.123')).toBe(T);
    expect(timeOf('$ ps aux | grep [k]v_node; date +%T.%3N; kill 21044', 'sam      21044  0.3  0.1 ./kv_node --name kv1', '19:30:01.123')).toBe(T);
    // Near misses: the listing after the date (its rows come after the time), a row under a command with no listing,
    // a line that is no listing's row.
    expect(timeOf('$ date +%T.%3N; kill 21044; pgrep -af kv_node', ...rows, '19:30:01.123')).toBeUndefined();
    expect(timeOf('$ date +%T.%3N; kill 21044', rows[0]!, '19:30:01.123')).toBeUndefined();
    expect(timeOf('$ pgrep -af kv_node; date +%T.%3N; kill 21044', 'pgrep: no matching processes', '19:30:01.123')).toBeUndefined();
  });

  it("bash's `echo $EPOCHREALTIME; kill …` prints the kill's time as a date does: epoch seconds to the µs (adv22)", () => {
    const timeOf = (command: string, ...output: string[]) => scan([command, ...output].join('\n'))[0]!.dayMs;
    const printed = '1796214102.118204';
    const dayMs = (1_796_214_102_118.204 % 86_400_000);
    for (const command of ['$ echo $EPOCHREALTIME; kill -15 17101', '$ echo "${EPOCHREALTIME}" && kill 17101', "$ printf '%s\\n' \"$EPOCHREALTIME\"; kill 17101", '$ kill 17101; echo $EPOCHREALTIME']) {
      expect(timeOf(command, printed), command).toBeCloseTo(dayMs, 3);
    }
    // typed on a row no prompt starts (a job's output took the prompt's row): a command all the same
    expect(scan(['echo $EPOCHREALTIME; kill -15 17101', printed].join('\n')).map((l) => [l.kind, l.dayMs])).toEqual([[LINE_COMMAND, expect.closeTo(dayMs, 3)], [LINE_LOG, expect.closeTo(dayMs, 3)]]);
    // Near misses: the word echoed (no `$`), the time sent to a file, a sleep between it and the kill.
    for (const command of ['$ echo EPOCHREALTIME; kill -15 17101', '$ echo $EPOCHREALTIME >> kill-times.txt; kill 17101', '$ echo $EPOCHREALTIME; sleep 1; kill 17101']) {
      expect(timeOf(command, printed), command).toBeUndefined();
    }
  });

  it("other shells' and scripts' clocks print the kill's time too: printf's %(…)T, zsh's print -P and strftime, perl (adv56c)", () => {
    const timeOf = (command: string, output: string) => scan([command, output].join('\n'))[0]!.dayMs;
    const day = (h: number, m: number, s: number, ms: number): number => ((h * 60 + m) * 60 + s) * 1000 + ms;
    expect(timeOf('$ printf "%(%H:%M:%S.%N)T\\n" now; kill 16481', '13:09:35.545514534')).toBeCloseTo(day(13, 9, 35, 545.514534), 2);
    expect(timeOf("$ printf '%(%T)T\\n' -1; kill 15300", '13:08:36')).toBe(day(13, 8, 36, 0));
    expect(timeOf('student@lab ~/kv % print -P "%D{%H:%M:%S.%.}"; kill 16325', '13:09:28.747')).toBe(day(13, 9, 28, 747));
    expect(timeOf('student@lab ~/kv % zmodload zsh/datetime; strftime "%T" $EPOCHSECONDS; kill 16209', '13:09:25')).toBe(day(13, 9, 25, 0));
    expect(timeOf('$ perl -MTime::HiRes=time -e "printf qq(%.6f\\n), time"; kill 16012', '1796476158.356949')).toBeCloseTo(1_796_476_158_356.949 % 86_400_000, 3);
    // Near misses: a format printed with no time conversion, a perl one-liner reading no clock.
    expect(timeOf("$ printf '%s\\n' done; kill 15300", '13:08:36')).toBeUndefined();
    expect(timeOf('$ perl -e "print qq(hi)"; kill 16012', '1796476158.356949')).toBeUndefined();
  });

  it("a sentence starting with a name the timed lines write after their time is the student's, no writer's (blind18); a column written first still names untimed lines", () => {
    const logs = ['2026/12/02 14:05:33,041 DEBUG n1 KV.Raft - heartbeat sent to n2, n3', '2026/12/02 14:05:33,042 DEBUG n2 KV.Raft - append from leader n1 ok', '2026/12/02 14:05:33,042 DEBUG n3 KV.Raft - append from leader n1 ok'];
    expect(scan([...logs, 'n2 was the leader in step 1 so I killed 6102.'].join('\n')).map((l) => l.node)).toEqual(['n1', 'n2', 'n3', undefined]);
    // near miss: a column the timed lines write before the time (a host prefix) names an untimed line too
    const first = ['raft-a 19:30:01.123 x', 'raft-b 19:30:01.124 y', 'raft-a 19:30:01.125 z'];
    expect(scan([...first, 'raft-b continued without a time'].join('\n')).map((l) => l.node)).toEqual(['raft-a', 'raft-b', 'raft-a', 'raft-b']);
  });

  it('the head token of one untimed line names no writer (a code snippet under pasted logs, the asker\'s username); a timed one does', () => {
    const logs = ['2026-12-01 10:14:22,517 WARNING node1 received SIGTERM', '2026-12-01 10:14:22,518 WARNING node2 connection to leader node1 lost: EOF', ''];
    const snippet = ['    def on_append_entries(self, msg):', '        self.election_deadline = time.monotonic() + 0.3', '        asyncio.get_event_loop().call_later(0.05, self.check)', '', 'student_42'];
    expect(scan([...logs, ...snippet].join('\n')).map((l) => l.node)).toEqual(['node1', 'node2', undefined, undefined, undefined, undefined, undefined, undefined]);
    const timed = ['raft-a 19:30:01.123 x', 'raft-b 19:30:01.124 y', 'raft-c 19:30:01.125 z'];
    expect(scan(timed.join('\n')).map((l) => l.node)).toEqual(['raft-a', 'raft-b', 'raft-c']);
  });

  it("NATS's `[30799]` process id column names the lines by the server name its banner gives (`Name: n1`), else by the id", () => {
    const text = [
      '[30799] 2026/12/01 00:12:12.496058 [INF]   Name:     n1',
      '[30805] 2026/12/01 00:12:12.500458 [INF]   Name:     n2',
      '[30816] 2026/12/01 00:12:12.528005 [INF]   Name:     kv-c',
      '[30805] 2026/12/01 00:12:14.989269 [INF] 127.0.0.1:45068 - rid:6 - Router connection closed: Server Shutdown',
      '[30816] 2026/12/01 00:12:14.989871 [INF] 127.0.0.1:32012 - rid:6 - Router connection closed: Client Closed',
      '[30799] 2026/12/01 00:12:14.990212 [INF] 127.0.0.1:32012 - rid:6 - Router connection closed: Client Closed',
    ].join('\n');
    const table = scanLines(indexLines(text));
    expect([...table.nodes]).toEqual(['node1', 'node2', 'kv-c', 'node2', 'kv-c', 'node1']);
    expect(NODE_SOURCES[table.nodeFrom[3]!]).toBe('process-id');
    expect([...table.processNodes!]).toEqual([['30799', 'node1'], ['30805', 'node2'], ['30816', 'kv-c']]);
    // No banner: the ids; under tail's headers the headers' nodes, which a kill of the id then names.
    const bare = text.split('\n').slice(3).join('\n');
    expect([...scanLines(indexLines(bare)).nodes]).toEqual(['30805', '30816', '30799']);
    const tailed = ['==> n2.log <==', bare.split('\n')[0], '==> n3.log <==', bare.split('\n')[1], '==> n1.log <==', bare.split('\n')[2]].join('\n');
    expect([...scanLines(indexLines(tailed)).processNodes!]).toEqual([['30805', 'node2'], ['30816', 'node3'], ['30799', 'node1']]);
    // bash's job lines `[1] 4101` and parallel-ssh's `[1] 14:03:19 [SUCCESS] 10.0.0.12` are no process column.
    expect(scanLines(indexLines('[1] 4101\n[2] 4102\n[3] 4103')).processNodes).toBeUndefined();
    expect(scanLines(indexLines('[1] 14:03:19 [SUCCESS] 10.0.0.12\n[2] 14:03:19 [SUCCESS] 10.0.0.11\n[3] 14:03:19 [SUCCESS] 10.0.0.13')).processNodes).toBeUndefined();
  });

  it("Python's `%(process)d` tag after the time (`[4995]`) is a process id when its line states it (`pid=4995`), named by its startup line, not a port", () => {
    const text = [
      '21:09:08.905 [4995] INFO kv_node node1 starting pid=4995 port=7211',
      '21:09:09.188 [4995] INFO became leader for term 1 with 2 votes',
      '21:09:09.053 [4996] INFO kv_node node2 starting pid=4996 port=7212',
      '21:09:10.201 [4996] WARNING connection to leader node1 lost (EOF)',
      '21:09:08.888 [4997] INFO kv_node node3 starting pid=4997 port=7213',
      '21:09:10.200 [4997] WARNING connection to leader node1 lost (EOF)',
    ].join('\n');
    const table = scanLines(indexLines(text));
    expect([...table.nodes]).toEqual(['node1', 'node1', 'node2', 'node2', 'node3', 'node3']);
    expect(NODE_SOURCES[table.nodeFrom[1]!]).toBe('process-id');
    // No line stating the pid: a number tag no other line mentions names no writer in the scan.
    const unstated = text.replace(/ pid=\d+/g, '');
    expect(scanLines(indexLines(unstated)).nodes[1]).toBeUndefined();
  });

  describe("syslog's `ident[pid]:` column (journalctl -o short-precise, every node under one identifier)", () => {
    const line = (pid: number, message: string, host = 'vm'): string => `Dec 01 05:57:57.130302 ${host} kv_node[${pid}]: INFO  ${message}`;
    const read = (lines: string[]) => scan(lines.join('\n')).map((l) => [l.node, l.from]);

    it('names the lines nothing better names by their process, as written, when such columns vary', () => {
      const lines = [line(11525, 'won election for term 1 — now leader'), line(11544, 'new leader node1 for term 1'), line(11525, 'received SIGTERM, shutting down'), line(11544, 'connection to leader node1 lost (EOF)')];
      expect(read(lines)).toEqual([
        ['kv_node[11525]', 'process-id'],
        ['kv_node[11544]', 'process-id'],
        ['kv_node[11525]', 'process-id'],
        ['kv_node[11544]', 'process-id'],
      ]);
    });

    it("is the node a line of the process names while giving its pid (\"started kv_node node3 (pid 11545)\")", () => {
      const lines = [line(11545, 'started kv_node node3 (pid 11545): raft 127.0.0.1:45559'), line(11544, 'new leader node1 for term 1'), line(11545, 'connection to leader node1 lost (EOF)'), line(11544, 'heartbeat timeout')];
      expect(read(lines)).toEqual([
        ['node3', 'message'],
        ['kv_node[11544]', 'process-id'],
        ['node3', 'process-id'],
        ['kv_node[11544]', 'process-id'],
      ]);
      // One line naming node3 without the pid (or giving another pid) links nothing: it may name a peer.
      const unstated = [line(11545, 'started kv_node node3'), ...lines.slice(1)];
      expect(read(unstated).map(([node]) => node)).toEqual(['node3', 'kv_node[11544]', 'kv_node[11545]', 'kv_node[11544]']);
      const otherPid = [line(11545, 'started kv_node node3 (pid 11544)'), ...lines.slice(1)];
      expect(read(otherPid).map(([node]) => node)).toEqual(['node3', 'kv_node[11544]', 'kv_node[11545]', 'kv_node[11544]']);
      // Two lines naming the one node link without a pid; a node two processes' lines name links neither.
      const twice = [line(11545, 'node3: listening'), line(11545, 'node3: ready'), ...lines.slice(1)];
      expect(read(twice).map(([node]) => node)).toEqual(['node3', 'node3', 'kv_node[11544]', 'node3', 'kv_node[11544]']);
      const both = [...twice, line(11544, 'node3: hello'), line(11544, 'node3: hello again')];
      expect(read(both).map(([node]) => node)).toEqual(['node3', 'node3', 'kv_node[11544]', 'kv_node[11545]', 'kv_node[11544]', 'node3', 'node3']);
    });

    it('names no line when a host, a field or a name names it better, nor when one process or too few lines show the column', () => {
      const hosts = [line(811, 'became LEADER for term 2', 'raft-a'), line(812, 'following leader node 1 (term 2)', 'raft-b'), line(815, 'heartbeat timeout', 'raft-c')];
      expect(read(hosts)).toEqual([['raft-a', 'head-token'], ['raft-b', 'head-token'], ['raft-c', 'head-token']]);
      const ids = ['2026-11-29T20:43:51.150Z kv_node[91234] id=1 received SIGTERM', '2026-11-29T20:43:51.300Z kv_node[91240] id=2 heartbeat timeout', '2026-11-29T20:43:51.470Z kv_node[91251] id=3 heartbeat timeout'];
      expect(read(ids).map(([node]) => node)).toEqual(['node1', 'node2', 'node3']);
      const named = [line(4101, 'node1: received SIGTERM'), line(4102, 'node2: connection to leader node1 lost'), line(4103, 'node3: heartbeat timeout')];
      expect(read(named)).toEqual([['node1', 'message'], ['node2', 'message'], ['node3', 'message']]);
      expect(read([line(11525, 'a'), line(11525, 'b'), line(11525, 'c')]).map(([node]) => node)).toEqual([undefined, undefined, undefined]);
      expect(read([line(11525, 'a'), line(11544, 'b')]).map(([node]) => node)).toEqual([undefined, undefined]);
    });

    it("fly.io's `app[<machine id>] ams [info]` column is a process column: the program's own `[kv1]` after its glued time names the line, and the machine's other lines are kv1's", () => {
      const fly = (id: string, rest: string): string => `2026-12-01T12:40:18Z app[${id}] ams [info]${rest}`;
      const [kv1, kv2, kv3] = ['148edd3f920489', 'e784079b449483', '3d8d9e7a524789'];
      const lines = [
        fly(kv1, '12:40:17.961 [kv1] term 4: heartbeat -> kv2 kv3 (commit 57)'),
        fly(kv2, '12:40:17.963 [kv2] term 4: heartbeat from leader kv1'),
        fly(kv1, ' INFO Sending signal SIGINT to main child process w/ PID 313'),
        fly(kv1, '12:40:18.002 [kv1] received SIGINT, shutting down'),
        fly(kv3, '12:40:18.004 [kv3] term 4: connection to leader kv1 lost: EOF'),
        fly(kv1, ' INFO Main child exited normally with code: 0'),
        fly(kv2, '12:40:18.005 [kv2] term 4: connection to leader kv1 lost: EOF'),
      ];
      expect(read(lines)).toEqual([
        ['kv1', 'head-token'],
        ['kv2', 'head-token'],
        ['kv1', 'process-id'],
        ['kv1', 'head-token'],
        ['kv3', 'head-token'],
        ['kv1', 'process-id'],
        ['kv2', 'head-token'],
      ]);
      // Each machine whose lines name one node on two lines or more is that node (kv3's one line may name a peer).
      expect(scanLines(indexLines(lines.join('\n'))).processNodes).toEqual(new Map([[kv1, 'kv1'], [kv2, 'kv2']]));
      // Without the program's tags the machine ids name the lines, as written.
      expect(read(lines.map((l) => l.replace(/ \[kv\d\]/, ''))).map(([node]) => node)).toEqual([kv1, kv2, kv1, kv1, kv3, kv1, kv2]);
    });

    it("keeps `kv_node[2]`'s one- or two-digit number a node number, line by line", () => {
      expect(read(['Nov 26 19:30:01.000 raftbox kv_node[1]: received SIGTERM', 'Nov 26 19:30:01.005 raftbox kv_node[12]: heartbeat timeout'])).toEqual([['node1', 'process-id'], ['node12', 'process-id']]);
    });

    it("reads the short name's `kv[N]` so, before the time (a C node's prefix, adv22) or in syslog's column; `kv[pid]` and `systemd[1]` name no node", () => {
      const prefixed = ['kv[1] 12:05:03.407 following leader 3 (term 1)', 'kv[2] 12:05:09.732 leader 3 closed the connection (read returned 0)', 'kv[3] 12:05:09.731 caught SIGTERM, closing sockets'];
      expect(read(prefixed)).toEqual([['node1', 'process-id'], ['node2', 'process-id'], ['node3', 'process-id']]);
      expect(scan(prefixed.join('\n')).map((l) => l.dayMs)).toEqual([43_503_407, 43_509_732, 43_509_731]);
      expect(read(['Nov 26 19:30:01.000 raftbox kv[2]: heartbeat timeout'])).toEqual([['node2', 'process-id']]);
      // Near misses: a process id in the brackets names the process (as kv_node[11525]'s does), systemd's pid 1 nothing.
      expect(read([line(11525, 'a').replace('kv_node', 'kv'), line(11544, 'b').replace('kv_node', 'kv'), line(11525, 'c').replace('kv_node', 'kv')])).toEqual([['kv[11525]', 'process-id'], ['kv[11544]', 'process-id'], ['kv[11525]', 'process-id']]);
      expect(read(['Nov 26 19:30:01.000 raftbox systemd[1]: Stopping kv@1.service', 'Nov 26 19:30:01.005 raftbox systemd[1]: Stopped KV node 1.']).map(([node]) => node)).toEqual([undefined, undefined]);
    });
  });

  it("Erlang/OTP legacy reports: the head's time is the message line's; `(kv1@raft-lab)2>` is kv1's shell, `kv2@raft-lab:` the writer", () => {
    const lines = scan(
      [
        '(kv1@raft-lab)2>',
        '=NOTICE REPORT==== 30-Nov-2026::12:52:39.911042 ===',
        'SIGTERM received - shutting down',
        '$',
        'iex(kv2@raft-lab)1> Kv.start()',
        '=WARNING REPORT==== 30-Nov-2026::12:52:40.115673 ===',
        'kv3@raft-lab: heartbeat timeout, no message from leader kv1@raft-lab in 204 ms',
        'plain text after the message line',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.kind, l.node])).toEqual([
      [LINE_COMMAND, undefined], [LINE_LOG, 'kv1@raft-lab'], [LINE_LOG, 'kv1@raft-lab'], [LINE_COMMAND, undefined],
      [LINE_COMMAND, undefined], [LINE_LOG, 'kv2@raft-lab'], [LINE_LOG, 'kv3@raft-lab'], [LINE_LOG, 'kv2@raft-lab'],
    ]);
    expect(lines.map((l) => l.dayMs)).toEqual([undefined, 46_359_911.042, 46_359_911.042, undefined, undefined, 46_360_115.673, 46_360_115.673, undefined]);
  });
});

describe("scanLines: a collector's labels name the writer by the JSON fields' keys", () => {
  it("`docker logs --details`' label column `raft.node=2` names the writer; a loop's `### kv2` heading (named elsewhere too) is its alias", () => {
    const docker = [
      '$ date +%T.%N; docker kill --signal=SIGTERM kv1',
      '10:41:07.228615004',
      '$ for c in kv1 kv2 kv3; do echo "### $c"; docker logs --details -t $c; done',
      '### kv1',
      '2026-12-01T10:41:07.229040817Z raft.node=1 10:41:07.229 WARN  [term 3] received SIGTERM, shutting down',
      '### kv2',
      '2026-12-01T10:41:07.230187442Z raft.node=2 10:41:07.230 WARN  [term 3] connection to leader lost: EOF (kv1:7000)',
      '2026-12-01T10:41:07.230187442Z raft.node=2 10:41:07.230 INFO  [term 3] a second line',
      '2026-12-01T10:41:07.230187442Z 10:41:07.230 WARN  a line with no label',
      '### kv3',
    ];
    const lines = indexLines(docker.join('\n'));
    const table = scanLines(lines);
    expect(Array.from({ length: lines.count }, (_, i) => [table.kinds[i], table.nodes[i], NODE_SOURCES[table.nodeFrom[i]!]])).toEqual([
      [LINE_COMMAND, undefined, 'none'], [LINE_LOG, undefined, 'none'], [LINE_COMMAND, undefined, 'none'],
      [LINE_HEADER, 'kv1', 'none'], [LINE_LOG, 'node1', 'field'], [LINE_HEADER, 'kv2', 'none'], [LINE_LOG, 'node2', 'field'], [LINE_LOG, 'node2', 'field'],
      [LINE_LOG, 'node2', 'section'], [LINE_HEADER, 'kv3', 'none'],
    ]);
    expect([...(table.sectionAliases ?? [])]).toEqual([['kv2', 'node2']]);
    // An open heading whose name the paste uses nowhere else is a comment (`## step-2`).
    expect(scan('## step-2\n12:00:00.001 INFO a').map((l) => [l.kind, l.node])).toEqual([[LINE_COMMENT, undefined], [LINE_LOG, undefined]]);
  });

  it("Loki logcli's label set `{pod=\"kv-1\"}` after the time names the writer when the pods vary; `Common labels:` and constant labels name none", () => {
    const logcli = [
      '2026/12/01 13:40:55 Common labels: {app="raftkv", namespace="raft-lab"}',
      '2026-12-01T13:38:27Z {pod="kv-2"} 13:38:27.405 WARN  term 8: connection to leader kv-0 lost: EOF',
      '2026-12-01T13:38:27Z {pod="kv-0"} 13:38:27.403 WARN  term 8: leader received SIGTERM, shutting down',
      '2026-12-01T13:38:27Z {container="kv", pod="kv-1"} 13:38:27.353 DEBUG term 8: heartbeat from leader kv-0',
      '2026-12-01T13:38:27Z {node="3", pod="kv-9"} 13:38:27.353 DEBUG term 8: heartbeat from leader kv-0',
    ];
    expect(scan(logcli.join('\n')).map((l) => [l.node, l.from, l.dayMs])).toEqual([
      [undefined, 'none', 49_255_000], ['kv-2', 'json-name', 49_107_405], ['kv-0', 'json-name', 49_107_403], ['kv-1', 'json-name', 49_107_353], ['node3', 'field', 49_107_353],
    ]);
    const constant = logcli.slice(1, 4).map((line) => line.replace(/pod="kv-\d"/, 'pod="kv"'));
    expect(scan(constant.join('\n')).map((l) => l.node)).toEqual([undefined, undefined, undefined]);
  });
});

describe('scanLines: systemd template units', () => {
  it("systemd's own line about a template unit (`journalctl -o cat`) is its instance's; a plain unit or an Erlang name is not read as one", () => {
    const lines = scan(
      [
        '14:52:38.608 node2 WARN  read from leader node1 returned 0, connection closed',
        'kv@1.service: Deactivated successfully.',
        'kv@3.service: Consumed 1.204s CPU time.',
        'kv2@raft-lab: heartbeat timeout',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.node, l.from])).toEqual([['node2', 'name'], ['node1', 'name'], ['node3', 'name'], ['kv2@raft-lab', 'name']]);
  });
});

describe('scanLines: a repeated head is decided as the line alone would be', () => {
  // Lines whose heads repeat an earlier one (grep prefix, `<stamp> <name>`) take a shortcut; heads that differ from
  // it only in what the shortcut must check are mixed in.
  const heads = [
    'data/node1/node.log:2026-11-26T19:30:01.123Z node1 INFO  a',
    'data/node1/node.log:2026-11-26T19:30:01.124Z node1 INFO  b',
    'data/node1/node.log:42:2026-11-26T19:30:01.125Z INFO  grep -n',
    'data/node1/node.log-2026-11-26T19:30:01.126Z INFO  context line of another prefix',
    'data/node1/node.log:2026-11-26T19:30:01.127Z node1 INFO  c',
    'data/node1/node.log:2026-11-26T19:30:01.127Z node1 INFO  c again',
    'data/node1/node.log:2026:2026-11-26T19:30:01.127Z node1 INFO  grep -n at line 2026',
    'data/node1/node.log:2026-11-26T19:30:01.127Z node1 INFO  c once more',
    'data/node2/node.log:2026-11-26T19:30:01.127Z node2 INFO  another file',
    'data/node1/node.log:2026-11-26T19:30:01.127Z node1 INFO  the first file again',
    'data/node1/node.log:2026-11-26T19:30:01.127Z node1 INFO  and again',
    'data/node1/node.lag:2026-11-26T19:30:01.128Z INFO  no prefix of node1',
    'data/node1/node.log:heartbeat timeout without a time',
    'logs/app.log:2026-11-26T19:30:01.129Z node3 INFO  a prefix that names no node',
    'logs/app.log:2026-11-26T19:30:01.130Z node3 INFO  g',
    '2026-11-26T19:30:01.131Z node2 INFO  d',
    '2026-11-26T19:30:01.132Z node2 INFO  e',
    '2026-11-26T19:30:01.133Z node12 INFO  a longer name',
    '2026-11-26T19:30:01.134Z node2: INFO  a colon after the name',
    '2026-11-26T19:30:01.135Z\tnode2\tINFO  tabs',
    '2026-11-26T19:30:01.136Z node-1 INFO  another spelling',
    '2026-11-26T19:30:01.137Z node21 INFO  the same length and last character',
    '2026-11-26T19:30:01.138Z node2.raft: INFO  a logger',
    '2026-11-26T19:30:01.139Z INFO node2 a level first',
    `2026-11-26T19:30:01.140Z${'x'.repeat(228)} node2 INFO  the name ends past the head`,
    `2026-11-26T19:30:01.141Z${'x'.repeat(226)} node2 INFO  the name ends where the head does`,
    '19:30:01.142 node2 INFO  a bare time',
    '2026-11-26T19:30:01.143Z node2 INFO  f',
    '2026-11-26T19:30:01.143Z node21 INFO  right after the head it continues',
    '2026-11-26T19:30:01.143Z node2 INFO  f again',
    '2026-11-26T19:30:01.143Z node2INFO  right after the head it is glued to',
    '2026-11-26T19:30:01.144Z node3 INFO  the same shape, another name',
    '2026-11-26T19:30:01.1450Z node3 INFO  a longer fraction',
    '2026-11-26T19:30:0x.146Z node3 INFO  a letter where the shape has a digit',
    '2026-11-26T19:30:01.147Z  node3 INFO  two spaces',
    '2026-11-26T19:30:01.148Z node3INFO  the name glued to the next word',
    '2026-11-26 19:30:01.149Z node3 INFO  a space inside the time',
    '2026-11-26T19:30:01.150Z node3 INFO  g',
    '2026-11-26T19:30:01.151Z node3',
    '2026/11/26T19:30:01.152Z node3 INFO  slashes in the date',
    'data/node3 INFO  no time, a path where the date was',
    '2026-11-26T19:30:01.153Z node3 INFO  h',
    '20261126T193001.154Z node3 INFO  no separators in the date',
    '2026-11-26T19:30:01.155Z node3 INFO  i',
  ];
  const decisions = (text: string) => {
    const lines = indexLines(text);
    const table = scanLines(lines);
    return Array.from({ length: lines.count }, (_, i) => ({
      node: table.nodes[i],
      kind: table.kinds[i],
      from: NODE_SOURCES[table.nodeFrom[i]!],
      stampColumn: table.stampAt[i]! < 0 ? -1 : table.stampAt[i]! - lines.starts[i]!,
    }));
  };
  it('node, kind, source and where the time starts, line by line', () => {
    const whole = decisions(heads.join('\n'));
    expect(whole.filter((line) => line.node === 'node2').length).toBeGreaterThan(5);
    heads.forEach((head, i) => expect(whole[i], head).toEqual(decisions(head)[0]));
  });
  it('the same in a paste without grep prefixes (a cat of logs naming their writer after the time)', () => {
    const cat = heads.filter((head) => !/^[\w/.]+\.l[ao]g[:-]/.test(head));
    const whole = decisions(cat.join('\n'));
    expect(whole.filter((line) => line.node === 'node2').length).toBeGreaterThan(5);
    cat.forEach((head, i) => expect(whole[i], head).toEqual(decisions(head)[0]));
  });
});

describe('scanLines: lines under an older grep prefix, around a stop command', () => {
  // A line under an older prefix is decided without scanLine, except where scanLine's lines await a stop's echo.
  const decisions = (rows: string[]) => {
    const lines = indexLines(rows.join('\n'));
    const table = scanLines(lines);
    return rows.map((_, i) => [table.nodes[i], table.kinds[i], table.stampAt[i]! < 0 ? -1 : table.stampAt[i]! - lines.starts[i]!]);
  };
  const a = 'data/node1/node.log:2026-11-26T19:30:01.123Z node1 INFO  a';
  const b = 'data/node2/node.log:2026-11-26T19:30:01.124Z node2 INFO  b';
  it('reads the older prefix as the line alone would be read, a stop command between them too', () => {
    expect(decisions([a, b, a, b, a])).toEqual([a, b, a, b, a].map((row) => decisions([row])[0]));
    const decided = decisions([a, b, '$ docker stop kv1', a, 'kv1', b]);
    expect(decided[3]).toEqual(decisions([a])[0]);
    expect(decided[4]).toEqual(decisions([a, b, '$ docker stop kv1', 'x', 'kv1'])[4]);
    expect(decided[5]).toEqual(decisions([b])[0]);
  });
});

describe('scanLines: a grep prefix known from an earlier paste is read as at first sight', () => {
  // grepPrefix remembers prefixes across pastes (module-wide): a line is decided as by a module that never saw one.
  const lines = [
    'data/node1/node.log:2026-11-26T19:30:01.123Z node1 INFO  a',
    'data/node1/node.log-2026-11-26T19:30:01.124Z INFO  a context line',
    'data/node1/node.log-42 some words: no prefix',
    'data/node1/node.log:42:2026-11-26T19:30:01.125Z INFO  grep -n',
    'data/node1/node.log:heartbeat timeout without a time',
    'data/node1/node.logs:2026-11-26T19:30:01.126Z INFO  another file',
    'data/node1/node.log:',
    'data/node1/node.lo',
    'data/node2/node.log:2026-11-26T19:30:01.127Z node2 INFO  b',
    'C:\\logs\\node3.log:2026-11-26T19:30:01.128Z INFO  a Windows path',
    'C:\\logs\\node3.log:2026-11-26T19:30:01.129Z INFO  again',
    'logs/app.log:2026-11-26T19:30:01.130Z node3 INFO  a path naming no node',
    'logs/app.log: 2026-11-26T19:30:01.131Z node3 INFO  a space after it',
  ];
  const decide = (scan: typeof scanLines, line: string) => {
    const indexed = indexLines(line);
    const table = scan(indexed);
    return { node: table.nodes[0], kind: table.kinds[0], from: table.nodeFrom[0], stampAt: table.stampAt[0] };
  };
  it('node, kind, source and where the time starts, line by line', async () => {
    scanLines(indexLines([...lines, ...lines].join('\n')));
    for (const line of lines) {
      vi.resetModules();
      const fresh = await import('../../src/log-events/scan-lines.js');
      expect(decide(scanLines, line), line).toEqual(decide(fresh.scanLines, line));
    }
    vi.resetModules();
  });
});

describe('stampOf: a line stamped twice', () => {
  const stampsOf = (text: string) => {
    const lines = indexLines(text);
    const table = scanLines(lines);
    return Array.from({ length: lines.count }, (_, i) => stampOf(lines, table, i));
  };

  it("journalctl's whole-second head gives way to the program's own `[HH:MM:SS.mmm]`, on the head's date", () => {
    const [kill, systemd] = stampsOf(
      [
        'Mon 2026-11-30 14:03:11 UTC raftbox kv@1.service[4101]: [14:03:11.263] node1: received SIGTERM, shutting down',
        'Mon 2026-11-30 14:03:11 UTC raftbox init.scope[1]: kv@1.service: Deactivated successfully.',
      ].join('\n'),
    );
    expect(kill).toMatchObject({ kind: 'absolute', zoned: true, ms: Date.UTC(2026, 10, 30, 14, 3, 11, 263), dayMs: 50_591_263, precisionMs: 1 });
    expect(systemd).toMatchObject({ kind: 'absolute', ms: Date.UTC(2026, 10, 30, 14, 3, 11), precisionMs: 1000 });
  });

  it('keeps the coarse stamp when the finer time is another moment (a time quoted in the message)', () => {
    const [line] = stampsOf('Mon 2026-11-30 14:03:11 UTC raftbox kv@2.service[4102]: node2 last heartbeat at 14:02:58.100');
    expect(line).toMatchObject({ ms: Date.UTC(2026, 10, 30, 14, 3, 11), precisionMs: 1000 });
  });

  // A GitHub Actions raw log of a step that cats finished logs: the runner's stamp is when the line was printed.
  const runner = (printedUs: number, own: string, message: string): string => `2026-12-01T10:20:41.${String(5_813_377 + printedUs * 10).padStart(7, '0')}Z 2026-12-01 ${own} INFO  ${message}`;
  const CAT = [
    runner(0, '10:20:37.102', 'node1 started'),
    runner(18, '10:20:39.515', 'node1 received SIGTERM, shutting down'),
    runner(2047, '10:20:37.104', 'node2 started'),
    runner(2096, '10:20:39.742', 'node2 heartbeat timeout'),
  ];

  it("takes the program's own stamp under a relay's stamps proven late (a cat printed in one burst, 2 s after the events)", () => {
    expect(stampsOf(CAT.join('\n')).map((stamp) => stamp?.ms)).toEqual(
      [[37, 102], [39, 515], [37, 104], [39, 742]].map(([s, ms]) => Date.UTC(2026, 11, 1, 10, 20, s!, ms!)),
    );
    // Every line has its own stamp: read in the runner's zone (UTC), the whole quarter hours between the two a zone.
    expect(stampsOf(CAT.join('\n'))[1]).toMatchObject({ kind: 'absolute', precisionMs: 1, zoned: true });
    // A relay line with no own stamp keeps the relay's, and the `[HH:MM:SS.mmm]` of a line under a dated relay is read on its day.
    const bracketed = ['2026-12-01T10:20:41.5813377Z [10:20:37.102] node1 started', '2026-12-01T10:20:41.5813974Z [10:20:39.515] node1 bye', '2026-12-01T10:20:41.5822906Z ##[endgroup]'];
    expect(stampsOf(bracketed.join('\n')).map((stamp) => stamp?.ms)).toEqual([Date.UTC(2026, 11, 1, 10, 20, 37, 102), Date.UTC(2026, 11, 1, 10, 20, 39, 515), Date.UTC(2026, 11, 1, 10, 20, 41, 582) + 0.29]);
  });

  it("reads live docker/kubectl `--timestamps` lines on their writers' own ms, in the relay's zone (a zone between writers is no lag)", () => {
    const live = [
      '2026-11-30T09:05:00.411802113Z 09:05:00.411 INFO  node1 started',
      '2026-11-30T09:05:07.118337004Z 09:05:07.118 INFO  node1 received SIGTERM, shutting down',
      // node2 writes its own times an hour east of the relay's UTC: one offset for all its lines.
      '2026-11-30T09:05:00.414011006Z 10:05:00.413 INFO  node2 started',
      '2026-11-30T09:05:07.350126431Z 10:05:07.349 WARN  node2 heartbeat timeout',
    ];
    expect(stampsOf(live.join('\n')).map((stamp) => stamp?.precisionMs)).toEqual([1, 1, 1, 1]);
    expect(stampsOf(live.join('\n'))[3]?.ms).toBe(Date.UTC(2026, 10, 30, 9, 5, 7, 349));
  });

  it("reads the program's own stamps when every relay-stamped line has one: a Grafana/promtail column over logfmt's ts=…Z (adv41 E, M)", () => {
    // promtail's read times, 1 ms apart, over events 169 and 348 ms apart (tab after the column, as Explore copies it).
    const promtail = ['2026-12-03 11:20:08.803\tts=2026-12-03T11:20:08.760Z node=kv-2 msg="heartbeat timeout"', '2026-12-03 11:20:08.801\tts=2026-12-03T11:20:08.412Z node=kv-0 msg="received SIGTERM"'];
    expect(stampsOf(promtail.join('\n')).map((stamp) => stamp?.ms)).toEqual([Date.UTC(2026, 11, 3, 11, 20, 8, 760), Date.UTC(2026, 11, 3, 11, 20, 8, 412)]);
    // A browser an hour east: its zone-less column is not preferred over the zoned stamp; a date record stays as it is.
    const browser = ['$ date -u +%T.%3N; kubectl exec kv-0 -- kill 1', '11:20:08.412', '2026-12-03 12:20:08.655\tts=2026-12-03T11:20:08.655Z level=warn node=kv-2 msg="heartbeat timeout"'];
    const [, record, line] = stampsOf(browser.join('\n'));
    expect(record).toMatchObject({ kind: 'time-of-day', dayMs: 40_808_412 });
    expect(line).toMatchObject({ ms: Date.UTC(2026, 11, 3, 11, 20, 8, 655), zoned: true });
  });

  it("reads a JSON record's own time key under docker's or kubectl's stamps: slog's `time`, zap's epoch `ts`, pino's epoch ms `time` (adv57a)", () => {
    // docker stamped the leader's line 8 ms after slog did; the program's own times are the events'.
    const slog = [
      'node1-1  | 2026-12-05T15:29:28.430837729Z {"time":"2026-12-05T15:29:28.422786892Z","level":"WARN","msg":"shutting down","node":"node1"}',
      'node3-1  | 2026-12-05T15:29:28.730666092Z {"time":"2026-12-05T15:29:28.730322991Z","level":"WARN","msg":"heartbeat timeout reached","node":"node3"}',
    ];
    expect(stampsOf(slog.join('\n')).map((stamp) => Math.floor(stamp!.ms))).toEqual([Date.UTC(2026, 11, 5, 15, 29, 28, 422), Date.UTC(2026, 11, 5, 15, 29, 28, 730)]);
    // An epoch in a JSON time key is the record's own (not a trace's epoch after a time, as libraft's).
    const zap = [
      '[pod/kv-node1-6b7c9d5f4-q8x2m/kv] 2026-12-05T15:28:30.234374378Z {"level":"warn","ts":1796484510.231446,"msg":"shutting down","node":"node1"}',
      '[pod/kv-node2-5d8f7c6b9-l4t7z/kv] 2026-12-05T15:28:30.389928311Z {"level":"warn","ts":1796484510.388791,"msg":"heartbeat timeout reached","node":"node2"}',
    ];
    expect(stampsOf(zap.join('\n')).map((stamp) => Math.round(stamp!.ms))).toEqual([1_796_484_510_231, 1_796_484_510_389]);
    // A Deployment's pod names its Deployment's node (`kv-node1-<hash>-<suffix>` → node1); replicas of `kv` stay apart.
    expect(scan(zap.join('\n')).map((line) => line.node)).toEqual(['node1', 'node2']);
    const replicas = ['q8x2m', 'l4t7z', 'q8x2m', 'l4t7z'].map((pod, k) => `[pod/kv-6b7c9d5f4-${pod}/kv] 2026-12-05T15:28:30.${234 + k}Z INFO line ${k}`);
    expect(scan(replicas.join('\n')).map((line) => line.node)).toEqual(['kv-6b7c9d5f4-q8x2m', 'kv-6b7c9d5f4-l4t7z', 'kv-6b7c9d5f4-q8x2m', 'kv-6b7c9d5f4-l4t7z']);
    // A replica whose lines name their writer after the time is that writer (`… node1 INFO …`).
    const named = ['q8x2m', 'l4t7z'].map((pod, k) => `[pod/kv-6b7c9d5f4-${pod}/kv] 2026-12-05T15:28:30.${234 + k}Z node${k + 1} INFO line`);
    expect(scan(named.join('\n')).map((line) => line.node)).toEqual(['node1', 'node2']);
  });

  it("reads docker -t's lines on the programs' own clock, in docker's zone, when every line has one (adv41 L: stdout flushed late)", () => {
    const flushed = [
      '2026-12-03T11:20:08.413002117Z [11:20:05.118] kv1 INFO  became leader (term 2)',
      '2026-12-03T11:20:08.413002117Z [11:20:08.412] kv1 INFO  received SIGTERM, shutting down',
      '2026-12-03T11:20:08.596310442Z [12:20:08.581] kv2 WARN  heartbeat timeout',
    ];
    const stamps = stampsOf(flushed.join('\n'));
    // kv2's container writes an hour east of docker's UTC: the whole quarter hours are its zone, the rest docker's lag.
    expect(stamps.map((stamp) => stamp?.ms)).toEqual([Date.UTC(2026, 11, 3, 11, 20, 5, 118), Date.UTC(2026, 11, 3, 11, 20, 8, 412), Date.UTC(2026, 11, 3, 11, 20, 8, 581)]);
    expect(stamps[2]).toMatchObject({ zoned: true, precisionMs: 1 });
    // One relay-stamped line without a program stamp: the relay's stamps stand for all (one clock), lags this close.
    const mixed = [flushed[1], '2026-12-03T11:20:08.596310442Z [11:20:08.581] kv2 WARN  heartbeat timeout', '2026-12-03T11:20:08.771950336Z panic: runtime error'];
    expect(stampsOf(mixed.join('\n'))[1]?.ms).toBeCloseTo(Date.UTC(2026, 11, 3, 11, 20, 8, 596) + 0.31, 2);
  });

  it("keeps the relay stamp when the lag varies by 200 ms or less and not every line has its own, or the other time is no head stamp (a time in the message)", () => {
    const jitter = ['2026-11-30T09:05:00.611Z 09:05:00.411 node1 started', '2026-11-30T09:05:07.118Z 09:05:07.118 node1 received SIGTERM', '2026-11-30T09:05:07.120Z node1 exiting'];
    expect(stampsOf(jitter.join('\n')).map((stamp) => stamp?.dayMs)).toEqual([32_700_611, 32_707_118, 32_707_120]);
    expect(stampsOf(jitter.slice(0, 2).join('\n')).map((stamp) => stamp?.dayMs)).toEqual([32_700_411, 32_707_118]);
    const quoted = ['2026-11-30T09:05:09.000Z node1 INFO  replayed entry from 09:05:00.411', '2026-11-30T09:05:09.001Z node1 INFO  replayed entry from 09:05:07.118'];
    expect(stampsOf(quoted.join('\n')).map((stamp) => stamp?.dayMs)).toEqual([32_709_000, 32_709_001]);
  });
});

describe("stampOf: C's `%ld.%ld` of tv_sec and tv_usec (unpadded µs)", () => {
  const msOf = (rows: readonly string[]) => {
    const lines = indexLines(rows.join('\n'));
    const table = scanLines(lines);
    return rows.map((_, i) => stampOf(lines, table, i)?.ms);
  };
  const S = 1_796_047_391_000;

  it('reads a shorter fraction as µs when the paste proves it: widths vary, and only that reading runs forward', () => {
    const rows = ['1796047390.960533 node1: heartbeat', '1796047391.94305 node1: caught SIGTERM', '1796047391.61208 node2: heartbeat from node1', '1796047391.211274 node2: heartbeat timeout'];
    expect(msOf(rows)).toEqual([S - 1000 + 960.533, S + 94.305, S + 61.208, S + 211.274]);
  });

  it('keeps decimals when nothing runs backwards read so (a Python float prints fewer digits too)', () => {
    const rows = ['1796047390.960533 node1: heartbeat', '1796047391.94305 node1: caught SIGTERM', '1796047391.61208 node2: heartbeat from node1', '1796047391.711274 node2: heartbeat timeout'];
    expect(msOf(rows)).toEqual([S - 1000 + 960.533, S + 943.05, S + 612.08, S + 711.274]);
  });

  it('keeps decimals when a shorter fraction starts with 0, or a fraction is longer than µs', () => {
    expect(msOf(['1796047391.960533 node1: a', '1796047391.0943 node1: b', '1796047391.211274 node1: c'])[1]).toBe(S + 94.3);
    expect(msOf(['1796047391.9605331 node1: a', '1796047391.94305 node1: b', '1796047391.211274 node1: c'])[1]).toBe(S + 943.05);
  });

  it("reads a shorter fraction as µs when a fraction ending in 0 shows the writer keeps trailing zeros (adv42 p70, real `%ld.%ld` output)", () => {
    // A float printer that drops digits (Python's round(t, 6), C's %.16g) drops trailing zeros: `.296550` is no float's.
    const K = 1_796_317_582_000;
    const rows = [
      'data/node1/node.log:1796317581.170461 node1 INFO sent heartbeat #20 to followers',
      'data/node1/node.log:1796317582.25038 node1 WARN received SIGTERM, shutting down',
      'data/node2/node.log:1796317582.296546 node2 WARN heartbeat timeout: no heartbeat from leader node1 in 250 ms',
      'data/node2/node.log:1796317582.296550 node2 INFO becoming candidate, starting election for term 2',
      'data/node3/node.log:1796317582.469563 node3 WARN heartbeat timeout: no heartbeat from leader node1 in 420 ms',
    ];
    expect(msOf(rows)).toEqual([K - 1000 + 170.461, K + 25.038, K + 296.546, K + 296.55, K + 469.563]);
    expect(msOf(['1796317582.25030 node1: a', '1796317582.296546 node2: b'])).toEqual([K + 25.03, K + 296.546]);
  });

  it('keeps decimals when no fraction ends in 0 and nothing runs backwards (a float printer that drops trailing zeros)', () => {
    const K = 1_796_317_582_000;
    expect(msOf(['1796317582.182217 node1: a', '1796317582.25038 node1: b', '1796317582.296546 node2: c', '1796317582.469563 node3: d'])[1]).toBe(K + 250.38);
  });

  it('keeps decimals when the µs reading would run backwards too (a sorted merge)', () => {
    expect(msOf(['1796047391.960533 node1: a', '1796047391.94305 node1: b', '1796047391.211274 node1: c', '1796047391.5 node1: d'])[1]).toBe(S + 943.05);
  });
});

describe("stampOf: C's unpadded `%ld` of the ms on a clock (`41.50` for 41.050, adv50-10/-11)", () => {
  const dayMsOf = (rows: readonly string[]) => {
    const lines = indexLines(rows.join('\n'));
    const table = scanLines(lines);
    return rows.map((_, i) => stampOf(lines, table, i)?.dayMs);
  };
  const at = (h: number, m: number, s: number, ms: number): number => ((h * 60 + m) * 60 + s) * 1000 + ms;

  it('reads a shorter fraction as ms when a fraction ends in 0 (no printer that drops digits keeps a trailing zero)', () => {
    const rows = [
      'Dec  4 20:29:35.379 kvbox kv_node[16277]: won election with 2 votes, I am the LEADER for term 1',
      'Dec  4 20:29:37.29 kvbox kv_node[16277]: received SIGTERM, shutting down',
      'Dec  4 20:29:37.30 kvbox kv_node[16277]: flushing log to disk before exit',
      'Dec  4 20:29:37.380 kvbox kv_node[16277]: bye',
      'Dec  4 20:29:37.189 kvbox kv_node[16278]: election timeout: no heartbeat from leader 1',
    ];
    expect(dayMsOf(rows)).toEqual([at(20, 29, 35, 379), at(20, 29, 37, 29), at(20, 29, 37, 30), at(20, 29, 37, 380), at(20, 29, 37, 189)]);
  });

  it('reads it as ms when only that reading keeps each writer running forward', () => {
    const rows = ['20:29:39.113 [n2] following leader 3 (term 1)', '20:29:41.57 [n2] lost connection to leader 3 (EOF)', '20:29:41.222 [n2] election timeout'];
    expect(dayMsOf(rows)).toEqual([at(20, 29, 39, 113), at(20, 29, 41, 57), at(20, 29, 41, 222)]);
  });

  it("is not stopped by another printer's finer fraction (a `date +%T.%N` record above the logs, adv50b-23)", () => {
    const rows = [
      '21:14:02.893392774',
      'Dec  4 21:14:00.17 kvbox kv_node[8681]: kv_node id=2 starting',
      'Dec  4 21:14:03.52 kvbox kv_node[8681]: election timeout: no heartbeat from leader 1',
      'Dec  4 21:14:03.195 kvbox kv_node[8681]: peer 1 disconnected (EOF)',
    ];
    expect(dayMsOf(rows).slice(1)).toEqual([at(21, 14, 0, 17), at(21, 14, 3, 52), at(21, 14, 3, 195)]);
    // A writer of both finer and shorter fractions prints a float's varying digits: decimals.
    expect(dayMsOf(['21:14:03.5123 [n2] a', '21:14:03.52 [n2] b', '21:14:03.195 [n2] c'])[1]).toBe(at(21, 14, 3, 520));
  });

  it('keeps decimals for one width, a shorter fraction starting with 0, a fraction of more than three digits, or ms running backwards', () => {
    expect(dayMsOf(['20:29:41.5 [n2] a', '20:29:41.7 [n2] b'])).toEqual([at(20, 29, 41, 500), at(20, 29, 41, 700)]);
    expect(dayMsOf(['20:29:41.113 [n2] a', '20:29:41.05 [n2] b', '20:29:41.30 [n2] c'])[2]).toBe(at(20, 29, 41, 300));
    expect(dayMsOf(['20:29:41.1130 [n2] a', '20:29:41.50 [n2] b', '20:29:41.222 [n2] c'])[1]).toBe(at(20, 29, 41, 500));
    expect(dayMsOf(['20:29:41.300 [n2] a', '20:29:41.50 [n2] b', '20:29:41.60 [n2] c'])[1]).toBe(at(20, 29, 41, 500));
    // Every fraction of three digits but none ending in 0, nothing backwards: as written.
    expect(dayMsOf(['20:29:41.113 [n2] a', '20:29:41.57 [n2] b', '20:29:41.622 [n2] c'])[1]).toBe(at(20, 29, 41, 570));
  });
});

describe("scanLines: env_logger's bracketed head `[time LEVEL target]`", () => {
  it('skips the whole bracket, however long its module path, so the name after it is read', () => {
    const rows = scan(
      [
        '[2026-11-30T14:03:11.604Z WARN  kvraft::node] n1: received SIGTERM, shutting down',
        '[2026-11-30T14:03:11.605Z WARN  kvraft::raft] n3: connection to leader n1 lost: early eof',
        '[2026-11-30T14:03:11.606Z WARN  kvraft::raft::transport] n2: connection to leader n1 lost: connection reset by peer',
      ].join('\n'),
    );
    expect(rows.map((r) => [r.node, r.dayMs])).toEqual([
      ['n1', 50_591_604],
      ['n3', 50_591_605],
      ['n2', 50_591_606],
    ]);
  });
});

describe("stampOf: Python logging's `%(relativeCreated)7d` (a bare ms counter at the head)", () => {
  // Per line: [format, ms] of its stamp, or undefined.
  const stampsOf = (rows: readonly string[]) => {
    const lines = indexLines(rows.join('\n'));
    const table = scanLines(lines);
    return rows.map((_, i) => {
      const stamp = stampOf(lines, table, i);
      return stamp && [stamp.format, stamp.ms];
    });
  };
  const RUN = [
    '    231 INFO    kv.node1: election timeout fired (term 0), becoming candidate for term 1',
    '    233 INFO    kv.node2: granted vote to node1 for term 1',
    '    233 INFO    kv.node3: granted vote to node1 for term 1',
    '    235 INFO    kv.node1: became LEADER for term 1 (3/3 votes)',
    '   8734 INFO    harness: sent SIGTERM to node1 (pid 4101)',
    '   8736 WARNING kv.node2: connection to leader node1 lost: EOF',
    '  12981 WARNING kv.node3: election timeout fired (no heartbeat for 268ms)',
  ];

  it('reads a right-aligned, never decreasing column with a repeated value as ms on one relative clock', () => {
    expect(stampsOf(RUN)).toEqual([231, 233, 233, 235, 8734, 8736, 12981].map((ms) => ['relative-ms', ms]));
    // A command above the log and a traceback line under a record change nothing.
    expect(stampsOf(['$ python3 run_demo.py', ...RUN, 'Traceback (most recent call last):'])[5]).toEqual(['relative-ms', 8734]);
  });

  it('reads a number wider than the column (Python overflows `%5d`) and a tab after the number', () => {
    const rows = ['  231 a', '  233 b', '  233 c', '99876 d', '123456 e'];
    expect(stampsOf(rows)).toEqual([231, 233, 233, 99876, 123456].map((ms) => ['relative-ms', ms]));
    expect(stampsOf(RUN.map((r) => r.replace(/^( *\d+) /, '$1\t')))[4]).toEqual(['relative-ms', 8734]);
  });

  it('never reads line numbers: cat -n / nl (consecutive), and grep of them (gaps), never repeat a value', () => {
    const log = ['INFO node1 election timeout', 'INFO node1 became leader', 'INFO node1 received SIGTERM', 'WARN node2 connection to leader node1 lost', 'WARN node3 heartbeat timeout'];
    const catN = log.map((l, k) => `${String(k + 1).padStart(6)}\t${l}`);
    expect(stampsOf(catN)).toEqual(log.map(() => undefined));
    expect(stampsOf(catN.map((l) => l.replace('\t', '  ')))).toEqual(log.map(() => undefined)); // copied from a terminal
    const grepped = [3, 17, 231, 232, 240].map((n, k) => `${String(n).padStart(6)}\t${log[k]!}`);
    expect(stampsOf(grepped)).toEqual(log.map(() => undefined));
  });

  it('keeps a line number in front of a real time, and reads nothing from per-process counters that restart', () => {
    const timed = ['2026-11-30T14:03:11.100Z a', '2026-11-30T14:03:11.100Z b', '2026-11-30T14:03:11.200Z c', '2026-11-30T14:03:11.300Z d'];
    expect(stampsOf(timed.map((l) => `    12 ${l}`)).map((s) => s?.[0])).toEqual(['iso-8601', 'iso-8601', 'iso-8601', 'iso-8601']);
    // `--- terminal N ---` sections of three processes: each counter starts again near 0.
    const perProcess = ['--- terminal 1 ---', '     41 node1 INFO a', '   3318 node1 INFO b', '   3318 node1 INFO c', '--- terminal 2 ---', '     38 node2 INFO d', '   1597 node2 INFO e', '   1597 node2 INFO f'];
    expect(stampsOf(perProcess).every((s) => s === undefined)).toBe(true);
  });

  it('reads no left-aligned numbers, a constant column (a pid), too few lines, or a column most lines lack', () => {
    expect(stampsOf(['231 a', '233 b', '233 c', '8734 d', '12981 e']).every((s) => s === undefined)).toBe(true);
    expect(stampsOf(['  4101 a', '  4101 b', '  4101 c', '  4101 d']).every((s) => s === undefined)).toBe(true);
    expect(stampsOf(['   231 a', '   233 b', '   233 c']).every((s) => s === undefined)).toBe(true);
    expect(stampsOf(['   231 a', '   233 b', '   233 c', '   240 d', 'x', 'y', 'z']).every((s) => s === undefined)).toBe(true);
  });
});

describe('scanLines: a two-line record under a prefix both of its lines carry', () => {
  // java.util.logging's default SimpleFormatter writes `Dec 01, 2026 5:58:22 AM raft.Node onMessage` then
  // `INFO: message`; the message line has the head's time also when grep or compose put a prefix before both.
  const head = (prefix: string): string => `${prefix}Dec 01, 2026 5:58:22 AM raft.Node onMessage`;
  const at = 5 * 3_600_000 + 58 * 60_000 + 22_000;

  it.each([
    ['grep -H', 'data/node2/node.log:', 'data/node2/node.log:'],
    ['grep -Hn', 'data/node2/node.log:41:', 'data/node2/node.log:42:'],
    ['a compose column', 'node2  | ', 'node2  | '],
  ])('%s', (_name, headPrefix, messagePrefix) => {
    const lines = scan([head(headPrefix), `${messagePrefix}INFO: no heartbeat from leader node1 for 210 ms, voting for node3 in term 5`].join('\n'));
    expect(lines.map((l) => l.dayMs)).toEqual([at, at]);
  });

  it.each([
    ['another file', 'data/node2/node.log:', 'data/node3/node.log:'],
    ['another column', 'node2  | ', 'node3  | '],
  ])('not under %s', (_name, headPrefix, messagePrefix) => {
    const lines = scan([head(headPrefix), `${messagePrefix}INFO: no heartbeat from leader node1 for 210 ms`].join('\n'));
    expect(lines.map((l) => l.dayMs)).toEqual([at, undefined]);
  });
});

describe('scanLines: launch commands printed without a prompt, and process listings', () => {
  it("takes make's echo of a recipe as a command that starts its node's section", () => {
    const lines = scan(
      [
        '$ make -j4 -Otarget demo',
        './build/kv_node --id 1 --port 7001 --peers 7002,7003',
        '10:12:44.208 leader    term=1 received SIGTERM, shutting down',
        'timeout 5 ./build/kv_node --id 2 --port 7002 --peers 7001,7003',
        '10:12:44.209 follower  term=1 read() from leader 7001 returned 0',
        '+ ./kv_node --id 3 --port 7003',
        '10:12:44.210 follower  term=1 read() from leader 7001 returned 0',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.kind, l.node ?? '-'])).toEqual([
      [LINE_COMMAND, '-'],
      [LINE_COMMAND, '-'],
      [LINE_LOG, 'node1'],
      [LINE_COMMAND, '-'],
      [LINE_LOG, 'node2'],
      [LINE_COMMAND, '-'],
      [LINE_LOG, 'node3'],
    ]);
  });

  it("reads set -x's traces of a loop's background launches as no commands: they start no section (adv21)", () => {
    const lines = scan(
      [
        'sam@lab:~/raft-cpp$ for i in 1 2; do ./raft_node --id $i --no-node-tag & done',
        '+ for i in 1 2',
        '[1] 12778',
        '+ ./raft_node --id 2 --no-node-tag',
        '[2] 12779',
        '+ ./raft_node --id 1 --no-node-tag',
        'I20261202 04:56:51.023951 12778 raft_node.cc:258] became leader for term 1 (vote from node2)',
        'I20261202 04:56:51.024102 12779 raft_node.cc:228] following leader node1 (term 1)',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.kind, l.node ?? '-'])).toEqual([
      [LINE_COMMAND, '-'],
      [LINE_LOG, '-'],
      [LINE_LOG, '-'],
      [LINE_LOG, '-'],
      [LINE_LOG, '-'],
      [LINE_LOG, '-'],
      [LINE_LOG, 'node1'],
      [LINE_LOG, 'node2'],
    ]);
  });

  it("keeps a set -x trace a command when the typed command ran in the foreground (near miss, adv21)", () => {
    const lines = scan(['$ bash -x start.sh', '+ ./kv_node --id 2 --port 7002', '10:12:44.209 follower  term=1 read() from leader 7001 returned 0'].join('\n'));
    expect(lines.map((l) => [l.kind, l.node ?? '-'])).toEqual([
      [LINE_COMMAND, '-'],
      [LINE_COMMAND, '-'],
      [LINE_LOG, 'node2'],
    ]);
  });

  it('reads a launch typed where no prompt shows as a command whatever stands before its program (assignments, an interpreter): run in the background, it starts no section (real14)', () => {
    const lines = scan(
      [
        '$ ./kv_node --id 1 --port 7001',
        '10:00:00.100 leader term=1',
        'GLOG_logtostderr=1 ./kv_node --id 2 --port 7002 &',
        '10:00:00.200 follower term=1',
        'node node.js --id 3 --port 7003 &',
        'python3 raft_node.py --id 3 --port 7003',
        '10:00:00.300 follower term=1',
      ].join('\n'),
    );
    expect(lines.map((l) => [l.kind, l.node ?? '-'])).toEqual([
      [LINE_COMMAND, '-'],
      [LINE_LOG, 'node1'],
      [LINE_COMMAND, '-'],
      [LINE_LOG, '-'],
      [LINE_COMMAND, '-'],
      [LINE_COMMAND, '-'],
      [LINE_LOG, 'node3'],
    ]);
  });

  it("keeps a row whose typed launch a running job's record follows right after the `&` that record's line (near miss, real14)", () => {
    const lines = scan(
      [
        '$ ./kv_node --id 1 --port 7001',
        './kv_node --id 2 --port 7002 &10:00:00.100 leader term=1',
        'GLOG_logtostderr=1 ./raft_node --id 3 &I20261202 04:56:51.095820 12778 raft_node.cc:276] election timeout after 242ms',
        './kv_node --id 2 --port 7002 & sleep 1',
      ].join('\n'),
    );
    expect(lines.map((l) => l.kind)).toEqual([LINE_COMMAND, LINE_LOG, LINE_LOG, LINE_COMMAND]);
  });

  it("runs a launch in the background when its `&` is not the row's last word (fish's right prompt after it, real15): it starts no section", () => {
    const background = scan(['[08:10:54] sam@lab ~/kv> ./kv_node --id 1 --client-port 27781 &                    Wed 02 Dec', '10:00:00.100 leader term=1'].join('\n'));
    expect(background.map((l) => [l.kind, l.node ?? '-'])).toEqual([
      [LINE_COMMAND, '-'],
      [LINE_LOG, '-'],
    ]);
    // near miss: `&&` runs it in the foreground, so its lines below are its own
    const foreground = scan(['[08:10:54] sam@lab ~/kv> ./kv_node --id 1 --client-port 27781 && echo done', '10:00:00.100 leader term=1'].join('\n'));
    expect(foreground.map((l) => [l.kind, l.node ?? '-'])).toEqual([
      [LINE_COMMAND, '-'],
      [LINE_LOG, 'node1'],
    ]);
  });

  it('leaves log lines, paths without an id flag and placeholders alone', () => {
    const lines = scan(['./kvcli -p 8001 status', 'timeout: sending signal TERM to command ./kv_node', 'seq 3 | xargs -I{} ./kv_node --id {}', '/usr/bin/kv_node started'].join('\n'));
    expect(lines.map((l) => l.kind)).toEqual([LINE_LOG, LINE_LOG, LINE_LOG, LINE_LOG]);
  });

  it("names each launched node's port, and a pgrep / ps listing row's pid", () => {
    const table = scanLines(
      indexLines(
        [
          '$ ./kv_node --id 1 --port 7001 &',
          '$ pgrep -a kv_node',
          '12002 ./kv_node --id 2 --port 7002',
          '12003 ./kv_node --id 3 --port 7003',
          '$ ps aux | grep kv_node',
          'student  12001  0.3  0.1 123456 6789 pts/0 Sl 09:33 0:00 ./kv_node --id 1 --port 7001',
          'student  12077  0.0  0.0   6432  720 pts/1 S+ 09:34 0:00 grep kv_node',
          '',
          '12009 ./kv_node --id 9 --port 7009',
        ].join('\n'),
      ),
    );
    expect(Object.fromEntries(table.launchNames!)).toEqual({
      ':7001': 'node1',
      node7001: 'node1',
      '12002': 'node2',
      ':7002': 'node2',
      node7002: 'node2',
      '12003': 'node3',
      ':7003': 'node3',
      node7003: 'node3',
      '12001': 'node1',
    });
  });

  it('names no port two nodes claim', () => {
    const table = scanLines(indexLines(['$ ./kv_node --id 1 --port 7001 &', '$ ./kv_node --id 2 --port 7001 &'].join('\n')));
    expect(table.launchNames).toEqual(new Map());
  });
});

describe('scanLines: runit svlogd -t lines (a raw TAI64N label at the head)', () => {
  it('reads the label as the time and the name after it as the writer', () => {
    const rows = scan('==> /var/log/kv2/current <==\n@400000006b0e9a5a0717f787 node2 follower t1: connection to leader node1 lost\n@4 not a label\n');
    expect(rows[1]).toMatchObject({ node: 'node2', from: 'name', dayMs: 35_920_119.011 });
    expect(rows[2]!.dayMs).toBeUndefined();
  });
});

describe('scanLines: section titles of collection tools', () => {
  it("names a tail header by the program of supervisord's capture file", () => {
    const lines = scan(['==> /var/log/supervisor/kv2-stdout---supervisor-x8k2p1.log <==', '[10:50:25.378] FOLLOWER t1 recv() from leader 1 returned 0'].join('\n'));
    expect(lines.map((l) => [l.kind, l.node])).toEqual([
      [LINE_HEADER, 'kv2'],
      [LINE_LOG, 'kv2'],
    ]);
  });

  it("takes a GitHub comment's <summary> as its block's header, by the first node it names", () => {
    const lines = scan(
      ['<details>', '<summary>node1 (leader) — killed with <code>kill -TERM 51822</code></summary>', '', '```', '2026-12-01 09:12:44.512 INFO  [term 2] received SIGTERM, shutting down'].join('\n'),
    );
    expect(lines.map((l) => [l.kind, l.node ?? '-'])).toEqual([
      [LINE_LOG, '-'],
      [LINE_HEADER, 'node1'],
      [LINE_BLANK, '-'],
      [LINE_LOG, 'node1'],
      [LINE_LOG, 'node1'],
    ]);
  });
});

describe('scanLines: logfmt with CLOCK_MONOTONIC seconds (`mono=`)', () => {
  it('reads `mono=` as the time of a line with no wall-clock key, and `ts=` first when both are there', () => {
    const lines = indexLines('mono=88213.604990 id=2 role=follower msg="read from leader 1 returned 0"\nts=2026-11-26T19:30:01.123Z mono=88213.6 node=2 msg="x"\n');
    const table = scanLines(lines);
    expect(table.nodes[0]).toBe('node2');
    expect(stampOf(lines, table, 0)).toMatchObject({ kind: 'relative', format: 'monotonic', ms: 88_213_604.99 });
    expect(stampOf(lines, table, 1)).toMatchObject({ kind: 'absolute', dayMs: T });
  });
});

describe("stampOf: ctest -V's test number `3: ` before each line's time", () => {
  it('reads the time after the number, a relative one too, and nothing from a numbered line without one', () => {
    const lines = indexLines('3: [ 5315.114840] n2 PRECANDIDATE t1 no heartbeat from leader n1\n3: Test timeout computed to be: 10\n12: 19:30:01.123 n2 heartbeat timeout\n42: 7 keys written\n');
    const table = scanLines(lines);
    expect(stampOf(lines, table, 0)).toMatchObject({ kind: 'relative', format: 'monotonic', ms: 5_315_114.84 });
    expect(stampOf(lines, table, 1)).toBeUndefined();
    expect(stampOf(lines, table, 2)).toMatchObject({ kind: 'time-of-day', dayMs: T });
    expect(stampOf(lines, table, 3)).toBeUndefined();
  });
});

describe("scanLines: ctime()'s record split by its newline (`[%s] …` of ctime)", () => {
  it('gives the line that closes the bracket the time of the line that opened it, and reads its writer', () => {
    const rows = scan('[Tue Dec  1 12:44:20 2026\n] node2 FOLLOWER term 1: heartbeat timeout\n[Tue Dec  1 12:44:21 2026] node3 FOLLOWER term 1: up\n] no open bracket above\n');
    expect(rows[0]).toMatchObject({ dayMs: 45_860_000 });
    expect(rows[1]).toMatchObject({ node: 'node2', dayMs: 45_860_000 });
    expect(rows[2]).toMatchObject({ node: 'node3', dayMs: 45_861_000 });
    expect(rows[3]!.dayMs).toBeUndefined();
  });

  it('reads the fraction a C node glues after the year (`[%.24s.%03ld]`, bare `%.24s,%03ld`) and the writer after it', () => {
    const rows = scan('[Thu Dec  3 07:01:02 2026.545] node3: heartbeat timeout\nThu Dec  3 07:20:41 2026.120 node2: read() from leader node1 returned 0 (EOF)\nThu Dec  3 07:33:10 2026,512 node1 FOLLOWER term 5: heartbeat timeout\n');
    expect(rows[0]).toMatchObject({ node: 'node3', dayMs: 25_262_545 });
    expect(rows[1]).toMatchObject({ node: 'node2', dayMs: 26_441_120 });
    expect(rows[2]).toMatchObject({ node: 'node1', dayMs: 27_190_512 });
  });

  it("reads `%s.%03ld` of ctime() split by its newline: the ms starting the next line (adv41 p43)", () => {
    const rows = scan('Thu Dec  3 11:20:08 2026\n.412 [node1] caught SIGTERM, shutting down\nThu Dec  3 11:20:08 2026\n.581 [node2] heartbeat timeout\n.655 no ctime above\n');
    expect(rows[1]).toMatchObject({ node: 'node1', dayMs: 40_808_412 });
    expect(rows[3]).toMatchObject({ node: 'node2', dayMs: 40_808_581 });
    expect(rows[4]!.dayMs).toBeUndefined();
  });
});

describe("stampOf: moreutils `ts -i` (each stamp the gap since the line before)", () => {
  const stream = (command: string, gaps: readonly string[]) => {
    const lines = indexLines([`$ ./cluster.sh 2>&1 ${command}`, ...gaps.map((gap, k) => `${gap} [n${(k % 3) + 1}] line ${k}`)].join('\n'));
    const table = scanLines(lines);
    return gaps.map((_, k) => stampOf(lines, table, k + 1));
  };

  it('reads the running sum of the gaps under a command that pipes into ts -i last, as one relative clock', () => {
    const times = stream("| ts -i '%.s'", ['0.002311', '0.000385', '0.000594']);
    expect(times.map((t) => t?.ms)).toEqual([2.311, 2.696, 3.29]);
    expect(times[0]).toMatchObject({ kind: 'relative', format: 'incremental', precisionMs: 0.001 });
    expect(stream('| ts -i "%H:%M:%.S" | tee run.log', ['00:00:00.002311', '00:00:01.000385']).map((t) => t?.ms)).toEqual([2.311, 1002.696]);
    expect(stream('| ts -i', ['00:00:01', '00:00:00']).map((t) => [t?.ms, t?.precisionMs])).toEqual([[1000, 1000], [1000, 1000]]);
  });

  it("reads one `ts -s` stream's stamps as they are (the time since ts started, one clock: adv41 p08, real ts -s), several not at all", () => {
    const times = stream("| ts -s '%.s'", ['0.835637', '1.009752', '1.082188']);
    expect(times.map((t) => t?.ms)).toEqual([835.637, 1009.752, 1082.188]);
    expect(times[0]).toMatchObject({ kind: 'relative', format: 'relative', precisionMs: 0.001 });
    // One `ts -s` per terminal: each counts from its own start, nothing ties them.
    const lines = indexLines("$ ./kv_node --id 1 | ts -s '%.s'\n10.412305 received SIGTERM\n$ ./kv_node --id 2 | ts -s '%.s'\n10.550118 heartbeat timeout\n");
    const table = scanLines(lines);
    expect([1, 3].map((i) => stampOf(lines, table, i))).toEqual([undefined, undefined]);
  });

  it('reads nothing under a filter after ts, and ends the stream at the first line without a gap', () => {
    expect(stream("| ts -i '%.s' | grep -v append", ['0.002311', '0.000385'])).toEqual([undefined, undefined]);
    expect(stream("| ts -s '%.s' | grep -v append", ['0.002311', '0.000385'])).toEqual([undefined, undefined]);
    expect(stream("| ts -i '%.s' > out.log", ['0.002311'])).toEqual([undefined]);
    const lines = indexLines("$ ./cluster.sh | ts -i '%.s'\n0.002311 [n1] a\n[n2] b\n0.000385 [n3] c\n");
    const table = scanLines(lines);
    expect([1, 2, 3].map((i) => stampOf(lines, table, i)?.ms)).toEqual([2.311, undefined, undefined]);
  });

  it('leaves a bare time of day after midnight as it is when no ts -i command is there', () => {
    const lines = indexLines('00:00:00.102 [n1] heartbeat\n00:00:00.302 [n2] heartbeat timeout\n');
    const table = scanLines(lines);
    expect(stampOf(lines, table, 1)).toMatchObject({ kind: 'time-of-day', dayMs: 302 });
  });
});

describe('stampOf: `[+x s]` since a start the paste states on the wall clock', () => {
  const times = (text: string) => {
    const lines = indexLines(text);
    const table = scanLines(lines);
    return Array.from({ length: lines.count }, (_, i) => stampOf(lines, table, i));
  };

  it("adds each section's offsets to the start its writer states, so nodes started apart compare", () => {
    const t = times(['---- n1 ----', 'kv_node n1: started 2026-12-01 12:31:00.118 (wall clock)', '[+6.881s] n1 leader t1 received SIGTERM', '---- n2 ----', 'kv_node n2: started 2026-12-01 12:31:02.417 (wall clock)', '[+4.584s] n2 follower t1 read() returned 0'].join('\n'));
    expect(t[2]).toMatchObject({ kind: 'absolute', format: 'anchored', ms: Date.UTC(2026, 11, 1, 12, 31, 6, 999), precisionMs: 1 });
    expect(t[5]).toMatchObject({ kind: 'absolute', ms: Date.UTC(2026, 11, 1, 12, 31, 7, 1) });
  });

  it("takes a launcher's own offset off its start line, and leaves offsets with no start above them relative", () => {
    const t = times(['[+0.250s] launcher started at 12:00:00.250', '[+1.500s] n1 leader t1 received SIGTERM', '$ ./other', '[+2.000s] n2 heartbeat timeout'].join('\n'));
    expect(t[1]).toMatchObject({ kind: 'time-of-day', dayMs: 43_201_500 });
    expect(t[3]).toMatchObject({ kind: 'relative', format: 'relative', ms: 2000 });
  });

  it('needs a start word and a wall time of ms precision', () => {
    expect(times('node1 heartbeat at 2026-12-01 12:31:00.118\n[+1.000s] n1 x')[1]).toMatchObject({ kind: 'relative' });
    expect(times('node1 started 2026-12-01 12:31:00\n[+1.000s] n1 x')[1]).toMatchObject({ kind: 'relative' });
  });

  it("anchors a C node's `[%8.3f]` uptime to its banner's wall clock (adv41 p05), whatever words say the start", () => {
    const t = times(['=== terminal 1 (node1) ===', '[   0.000] kv_node id=1 pid 4242 up, wall clock 2026-12-03 11:19:58.100', '[  10.312] id=1 SIGTERM received, shutting down', '=== terminal 2 (node2) ===', '[   0.000] kv_node id=2 pid 4251 booted (wall time 2026-12-03 11:19:58.600)', '[  10.330] id=2 heartbeat timeout'].join('\n'));
    expect(t[2]).toMatchObject({ kind: 'absolute', format: 'anchored', ms: Date.UTC(2026, 11, 3, 11, 20, 8, 412) });
    expect(t[5]).toMatchObject({ kind: 'absolute', format: 'anchored', ms: Date.UTC(2026, 11, 3, 11, 20, 8, 930) });
    // A section with no banner keeps its seconds as written.
    expect(times('[   0.000] node3 up\n[  10.600] node3 heartbeat timeout')[1]).toMatchObject({ kind: 'relative', format: 'monotonic', ms: 10_600 });
  });
});

describe('stampOf: numeric dates in the order the paste writes them', () => {
  const dates = (text: string) => {
    const lines = indexLines(text);
    const table = scanLines(lines);
    return Array.from({ length: lines.count }, (_, i) => stampOf(lines, table, i)?.ms);
  };
  const at = (mo: number, d: number, h = 11) => Date.UTC(2026, mo - 1, d, h, 27, 9, 118);

  it('a day over 12 anywhere decides day first, for the ambiguous dates too (a paste across midnight)', () => {
    expect(dates('30/11/2026 23:27:09.118 [n1] a\n01/12/2026 11:27:09.118 [n1] b')).toEqual([at(11, 30, 23), at(12, 1)]);
    expect(dates('11/30/2026 11:27:09.118 [n1] a\n12/01/2026 11:27:09.118 [n1] b')).toEqual([at(11, 30), at(12, 1)]);
  });

  it('else a decimal comma or `.` between the fields reads day first, `/` with a decimal point month first', () => {
    expect(dates('01/12/2026 11:27:09,118 [n1] a\n^C01/12/2026 11:27:09,118 [n1] b')).toEqual([at(12, 1), at(12, 1)]);
    expect(dates('01/12/2026 11:27:09.118 [n1] a')).toEqual([at(1, 12)]);
  });
});

describe('scanLines: heads behind a symbol, banners, titled blocks and ansible output (blind14)', () => {
  const rows = (text: string) => scan(text).map((l) => [l.kind, l.node, l.from]);

  it('a symbol or emoji before the time is decoration: the writer after the time is read as without it', () => {
    const emoji = [
      '💔 10:31:05.089 n2 │ connection to leader n1 lost (ECONNRESET)',
      '🗳️ 10:31:05.299 n3 │ voted for n2 in term 4',
      '💓 10:31:05.053 n3 │ heartbeat from leader n1 (term 3)',
      '• 10:31:05.300 [node2] election timeout',
    ];
    expect(scan(emoji.join('\n')).map((l) => [l.node, l.dayMs])).toEqual([['n2', 37_865_089], ['n3', 37_865_299], ['n3', 37_865_053], ['node2', 37_865_300]]);
    // A prompt glyph stays a prompt.
    expect(rows('❯ kill 4101')).toEqual([[LINE_COMMAND, undefined, 'none']]);
  });

  it('an open banner `--- kv-1` (a loop\'s `echo "--- $p"`) starts a section like `### kv-1`, when the paste names kv-1 elsewhere', () => {
    const loop = [
      '$ for p in kv-1 kv-2; do echo "--- $p"; kubectl logs $p; done',
      '--- kv-1',
      '2026-12-02T00:00:00.093Z WARN  raft: heartbeat timeout',
      '== kv-2',
      '2026-12-02T00:00:00.190Z WARN  raft: heartbeat timeout',
      '---- kv-1 ----',
      '--- kv-9',
      '2026-12-02T00:00:00.200Z INFO  raft: x',
      '-- Logs begin at Mon 2026-11-30 10:00:00 UTC. --',
    ];
    expect(rows(loop.join('\n'))).toEqual([
      [LINE_COMMAND, undefined, 'none'], [LINE_HEADER, 'kv-1', 'none'], [LINE_LOG, 'kv-1', 'section'], [LINE_HEADER, 'kv-2', 'none'],
      [LINE_LOG, 'kv-2', 'section'], [LINE_HEADER, 'kv-1', 'none'], [LINE_LOG, 'kv-1', 'section'], [LINE_LOG, 'kv-1', 'section'], [LINE_LOG, 'kv-1', 'section'],
    ]);
  });

  it("a titled block names its lines like a tail header (Jira's `{code:title=…}`, a fence's `title=`, `<summary>`); its closing mark ends them", () => {
    const jira = [
      '{code:title=node-b.log|borderStyle=solid}',
      '2026-12-01 09:47:18.229 WARN  [io-1] lost connection to leader node-a',
      '{code}',
      'node-c needed the timer',
      '{code:title=logs/node-c.log}',
      '2026-12-01 09:47:18.471 WARN  [timer] election timeout fired',
      '{code}',
    ];
    expect(rows(jira.join('\n'))).toEqual([
      [LINE_HEADER, 'node-b', 'none'], [LINE_LOG, 'node-b', 'section'], [LINE_HEADER, undefined, 'none'], [LINE_LOG, undefined, 'none'],
      [LINE_HEADER, 'node-c', 'none'], [LINE_LOG, 'node-c', 'section'], [LINE_HEADER, undefined, 'none'],
    ]);
    const markdown = ['```log title="node2.log"', '10:00:00.001 heartbeat timeout', '```', 'prose', "```text title='kv-b'", '10:00:00.002 x', '```'];
    expect(rows(markdown.join('\n'))).toEqual([
      [LINE_HEADER, 'node2', 'none'], [LINE_LOG, 'node2', 'section'], [LINE_HEADER, undefined, 'none'], [LINE_LOG, undefined, 'none'],
      [LINE_HEADER, 'kv-b', 'none'], [LINE_LOG, 'kv-b', 'section'], [LINE_HEADER, undefined, 'none'],
    ]);
    // A bare fence inside a `<details>` block opens a code block: only `</details>` closes the summary's section.
    const details = ['<details><summary>kv-b.log</summary>', '', '```', '10:00:00.001 heartbeat timeout', '```', '</details>', 'prose'];
    expect(rows(details.join('\n'))).toEqual([
      [LINE_HEADER, 'kv-b', 'none'], [LINE_BLANK, undefined, 'none'], [LINE_LOG, 'kv-b', 'section'], [LINE_LOG, 'kv-b', 'section'],
      [LINE_LOG, 'kv-b', 'section'], [LINE_HEADER, undefined, 'none'], [LINE_LOG, undefined, 'none'],
    ]);
    // Untitled marks with no titled block open change nothing; a title naming no node (`Logs`) names no lines.
    expect(rows(['==> node3.log <==', '{code:java}', '10:00:00.001 x', '```', '{code}'].join('\n')).map((r) => r[1])).toEqual(['node3', 'node3', 'node3', 'node3', 'node3']);
    expect(rows(['<summary>Logs</summary>', '10:00:00.001 x'].join('\n'))).toEqual([[LINE_HEADER, undefined, 'none'], [LINE_LOG, undefined, 'none']]);
    expect(rows('{"ts":"2026-11-26T19:30:01.123Z","node":2,"msg":"x"}')).toEqual([[LINE_JSON, 'node2', 'json-field']]);
  });

  it("ansible's `raft-2 | CHANGED | rc=0 >>` starts the host's section; an `ident[host]` column is a word tag", () => {
    const adhoc = ['$ ansible raft -m shell -a "tail -n 1 node.log"', 'raft-2 | CHANGED | rc=0 >>', '13:08:44.306 kv[raft-2] connection to leader raft-1 closed (EOF)', 'raft-3 | FAILED | rc=1 >>', 'tail: cannot open'];
    expect(rows(adhoc.join('\n'))).toEqual([
      [LINE_COMMAND, undefined, 'none'], [LINE_HEADER, 'raft-2', 'none'], [LINE_LOG, 'raft-2', 'section'], [LINE_HEADER, 'raft-3', 'none'], [LINE_LOG, 'raft-3', 'section'],
    ]);
    const merged = ['followers: raft-2 raft-3', '13:08:44.255 kv[raft-3] heartbeat from leader raft-1', '13:08:44.254 kv[raft-2] heartbeat from leader raft-1', '13:08:44.305 kv[raft-3] connection to leader raft-1 closed'];
    expect(rows(merged.join('\n')).slice(1)).toEqual([[LINE_LOG, 'raft-3', 'head-token'], [LINE_LOG, 'raft-2', 'head-token'], [LINE_LOG, 'raft-3', 'head-token']]);
    // A process id or node number in the brackets is syslog's column, read as before.
    expect(scan('Nov 26 19:30:01.123 raftbox kv_node[2]: heartbeat timeout')[0]!.node).toBe('node2');
  });

  it('reads columns joined by bars after the time (`14:07:19.611|n2|F|t7| …`): the node column names the writer', () => {
    const rows = scan(
      [
        '14:07:19.302|n1|L|t7| heartbeat -> n2,n3 commit=31',
        '14:07:19.303|n2|F|t7| append from n1 ok (0 entries)',
        '14:07:19.611|n2|F|t7| heartbeat timed out after 208ms, starting election',
        '14:07:19.613|n3|F|t8| granted vote to n2',
      ].join('\n'),
    );
    expect(rows.map((r) => r.node)).toEqual(['n1', 'n2', 'n2', 'n3']);
    expect(rows.map((r) => r.dayMs)).toEqual([50_839_302, 50_839_303, 50_839_611, 50_839_613]);
  });
});

describe("scanLines: Rust's `{:?}` of SystemTime::now() as the head (real13)", () => {
  it('reads the time and the writer column after the brace, `node 2` spaced too; not a JSON record', () => {
    const rows = scan(
      [
        'SystemTime { tv_sec: 1796166033, tv_nsec: 547940298 } node 2 [Follower] no heartbeat from leader Some(1) in 211ms',
        'SystemTime { tv_sec: 1796166033, tv_nsec: 551056204 } node3 [Follower] vote -> Some(2) for term 2',
      ].join('\n'),
    );
    expect(rows.map((r) => [r.node, r.kind])).toEqual([
      ['node2', LINE_LOG],
      ['node3', LINE_LOG],
    ]);
    expect(rows[0]!.dayMs).toBeCloseTo((1_796_166_033_000 % 86_400_000) + 547.94, 2);
    expect(rows[1]!.dayMs).toBeCloseTo((1_796_166_033_000 % 86_400_000) + 551.056, 2);
  });
});

describe("stampOf: the date program's names (DATE_PROGRAM)", () => {
  it("times a kill by the output of macOS Homebrew's `gdate` and of `/bin/date`, not of a word that ends in date", () => {
    for (const program of ['gdate', '/bin/date', '/usr/bin/date', 'date', '/opt/homebrew/bin/gdate', '/usr/local/opt/coreutils/libexec/gnubin/date']) {
      const rows = scan([`$ ${program} +%T.%3N; kill 4101`, '19:30:01.123'].join('\n'));
      expect(rows[0], program).toMatchObject({ kind: LINE_COMMAND, dayMs: T });
    }
    expect(scan(['$ ./update +%T.%3N; kill 4101', '19:30:01.123'].join('\n'))[0]!.dayMs).toBeUndefined();
  });
});

describe('scanLines: nodes run as background jobs in the student terminal (real14)', () => {
  it("reads a record printed on the prompt's row as that record, and keeps a command that only looks like one", () => {
    const rows = scan(
      [
        'sam@lab:~/raft-js$ {"level":40,"time":1796187443925,"name":"node3","msg":"lost connection to leader node1"}',
        'sam@lab:~/kv$ 19:30:01.123 [node2] WARN connection to leader node1 lost: EOF',
        'sam@lab:~/kv$ [2026-11-26 19:30:01.123] [node2] [warning] heartbeat timeout',
        'sam@lab:~/kv$ I1126 19:30:01.123000 13017 raft_node.cc:178] received SIGTERM',
        '$ { date +%T.%3N; kill 4101; }',
      ].join('\n'),
    );
    expect(rows.map((r) => [r.kind, r.node])).toEqual([
      [LINE_JSON, 'node3'],
      [LINE_LOG, 'node2'],
      [LINE_LOG, 'node2'],
      [LINE_LOG, undefined],
      [LINE_COMMAND, undefined],
    ]);
    expect(rows[1]!.dayMs).toBe(T);
    expect(rows[3]!.dayMs).toBe(T);
  });

  it('starts no section at a node launched in the background; a foreground launch is its terminal', () => {
    const below = ['[2] 13017', 'date +%T.%3N; kill -TERM %1', '19:30:01.123'];
    expect(scan(['$ ./raft_node --id 2 --port 7002 &', ...below].join('\n')).map((r) => r.node)).toEqual([undefined, undefined, undefined, undefined]);
    expect(scan(['$ ./raft_node --id 2 --port 7002', 'listening on :7002'].join('\n'))[1]).toMatchObject({ node: 'node2', from: 'section' });
  });

  it("a background launch bash numbers job 1 (its shell's only job) starts its node's section as a foreground one does (adv20)", () => {
    const launch = 'sam@lab:~/raft$ ./kv_node --id 3 --port 7003 --peers 127.0.0.1:7001,127.0.0.1:7002 &';
    const below = ['[1] 4103', 'sam@lab:~/raft$ 19:30:01.123 INFO  listening on :7003', 'date +%T.%3N; kill 4101', '19:30:01.123', '19:30:01.125 WARN  connection to leader lost: EOF'];
    // The typed `date …; kill …` (its prompt pushed off by the job's output) is the student's command, no line of the
    // job, and the job's section goes on below it.
    expect(scan([launch, ...below].join('\n')).map((r) => [r.kind, r.node])).toEqual([
      [LINE_COMMAND, undefined], [LINE_LOG, 'node3'], [LINE_LOG, 'node3'], [LINE_COMMAND, undefined], [LINE_LOG, 'node3'], [LINE_LOG, 'node3'],
    ]);
    // The same typed behind sudo or a variable's setting, in a subshell or a group (read as a job's line or a JSON
    // record, the kill would be node3's and the date's time no kill's).
    for (const typed of ['sudo date +%T.%3N; sudo kill 4101', 'TZ=UTC date +%T.%3N; kill 4101', '(date +%T.%3N; kill 4101)', '{ date +%T.%3N; kill 4101; }']) {
      expect(scan([launch, ...below].join('\n').replace(below[2]!, typed)).map((r) => [r.kind, r.node]).slice(3, 5), typed).toEqual([[LINE_COMMAND, undefined], [LINE_LOG, 'node3']]);
    }
    // Near misses: a second job's notice ends it (the jobs' lines mix from there); a job numbered 2 or one whose output
    // goes to a file starts none; a prompted command ends it as it ends a foreground launch's.
    const second = [launch, '[1] 4103', '19:30:01.100 INFO  listening on :7003', './kv_node --id 2 --port 7002 &', '[2] 4102', '19:30:01.125 WARN  connection to leader lost: EOF'];
    expect(scan(second.join('\n')).map((r) => r.node)).toEqual([undefined, 'node3', 'node3', undefined, undefined, undefined]);
    expect(scan([launch, '[2] 4103', below[1]].join('\n')).map((r) => r.node)).toEqual([undefined, undefined, undefined]);
    for (const file of ['> logs/node3.log 2>&1 &', '&> node3.log &', '>>node3.log &']) {
      expect(scan([launch.replace(/&$/, file), ...below.slice(0, 2)].join('\n')).map((r) => r.node)).toEqual([undefined, undefined, undefined]);
    }
    expect(scan([launch.replace('./kv_node', 'nohup ./kv_node'), ...below.slice(0, 2)].join('\n')).map((r) => r.node)).toEqual([undefined, undefined, undefined]);
    expect(scan([launch, '[1] 4103', '$ date +%T.%3N; kill 4101', '19:30:01.123', below[4]].join('\n')).map((r) => r.node)).toEqual([undefined, 'node3', undefined, undefined, undefined]);
    // A header after it starts its own section, which a job's notice under it does not end.
    expect(scan([launch, '[1] 4103', '==> logs/node2.log <==', '[2] 4102', below[4]].join('\n')).map((r) => r.node)).toEqual([undefined, 'node3', 'node2', 'node2', 'node2']);
  });
});

// `time kill -TERM 4101; date +%T.%3N` (adv25): the shell's `time` report prints before the date's output.
describe("a date's output under the shell's time report", () => {
  const killStamp = (rows: string[]) => {
    const lines = indexLines(['$ time kill -TERM 4101; date +%T.%3N', ...rows, '15:19:58.124'].join('\n'));
    return stampOf(lines, scanLines(lines), 0)?.dayMs;
  };

  it("times the kill by the date below bash's and POSIX time's report", () => {
    const at = ((15 * 60 + 19) * 60 + 58) * 1000 + 124;
    expect(killStamp(['', 'real\t0m0.001s', 'user\t0m0.000s', 'sys\t0m0.000s'])).toBe(at);
    expect(killStamp(['real 0.00', 'user 0.00', 'sys 0.00'])).toBe(at);
  });

  it('reads no date through rows that are not a whole report', () => {
    expect(killStamp(['', 'real\t0m0.001s', 'user\t0m0.000s'])).toBeUndefined();
    expect(killStamp(['', 'real\t0m0.001s', 'user\t0m0.000s', 'node2 sys ok'])).toBeUndefined();
  });
});

// Windows students' kill records (adv25): cmd's `echo %date% %time%` (an hour below 10 padded with a space) and
// PowerShell's `[DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds()`.
describe('a Windows kill record', () => {
  const recordMs = (command: string, output: string) => {
    const lines = indexLines([command, output, 'SUCCESS: The process with PID 9124 has been terminated.'].join('\n'));
    return stampOf(lines, scanLines(lines), 0)?.ms;
  };

  it("reads cmd's %date% %time% and PowerShell's epoch ms as the command's time", () => {
    expect(recordMs('C:\\kv>echo %date% %time% & taskkill /F /PID 6120', '02.12.2026  9:41:07,12')).toBe(Date.UTC(2026, 11, 2, 9, 41, 7, 120));
    expect(recordMs('C:\\kv>echo %time% & taskkill /F /PID 6120', ' 9:41:07,12')).toBe(((9 * 60 + 41) * 60 + 7) * 1000 + 120);
    expect(recordMs('PS C:\\kv> [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds(); taskkill /PID 9124 /F', '1796221198123')).toBe(1796221198123);
  });

  it('reads no record from an echo of other variables, nor from a .NET call that prints no time', () => {
    expect(recordMs('C:\\kv>echo %cd% & taskkill /F /PID 6120', '02.12.2026  9:41:07,12')).toBeUndefined();
    expect(recordMs('PS C:\\kv> [Environment]::ProcessorCount; taskkill /PID 9124 /F', '1796221198123')).toBeUndefined();
  });
});

describe("scanLines: Ruby's stdlib Logger head (`%.1s, [%s #%d] %5s -- %s: %s`, adv40 D2)", () => {
  const ruby = (pid: number, progname: string, message: string, level = 'INFO', second = '08.123456'): string =>
    `${level[0]}, [2026-12-03T11:20:${second} #${pid}] ${level.padStart(5)} -- ${progname}: ${message}`;
  const read = (lines: string[]) => scan(lines.join('\n')).map((l) => [l.node, l.from]);

  it('reads the time in its brackets and the progname as the writer, never the #pid (kv1, n1, kv-1, raft-1, db1)', () => {
    for (const [a, b, c] of [['kv1', 'kv2', 'kv3'], ['n1', 'n2', 'n3'], ['kv-1', 'kv-2', 'kv-3'], ['raft-1', 'raft-2', 'raft-3'], ['db1', 'db2', 'db3']]) {
      const lines = [ruby(4242, a!, 'received SIGTERM, shutting down'), ruby(4250, b!, 'connection to leader kv1 lost (EOFError)', 'WARN'), ruby(4257, c!, 'connection to leader kv1 lost (EOFError)', 'WARN')];
      const nodes = read(lines).map(([node]) => node);
      expect(nodes.some((node) => /4242|4250|4257/.test(node ?? ''))).toBe(false);
      expect(new Set(nodes).size).toBe(3);
    }
    const lines = scan([ruby(4242, 'kv1', 'received SIGTERM'), ruby(4250, 'kv2', 'heartbeat timeout', 'WARN'), ruby(4257, 'kv3', 'heartbeat timeout', 'WARN')].join('\n'));
    expect(lines.map((l) => [l.node, l.from, l.dayMs])).toEqual([
      ['kv1', 'head-token', 40_808_123.456],
      ['kv2', 'head-token', 40_808_123.456],
      ['kv3', 'head-token', 40_808_123.456],
    ]);
    expect(read([ruby(4242, 'node1', 'received SIGTERM')])).toEqual([['node1', 'name']]);
  });

  it('without a progname, a tag at the message start names the writer (`-- : [kv2] …`)', () => {
    const lines = [ruby(4242, '', '[kv1] received SIGTERM'), ruby(4250, '', '[kv2] connection to leader kv1 lost', 'WARN'), ruby(4257, '', '[kv3] heartbeat timeout', 'WARN')];
    expect(read(lines).map(([node]) => node)).toEqual(['kv1', 'kv2', 'kv3']);
  });

  it("names a process by the node its own lines name, its leadership claim enough; else by its pid as written, a process, no node's number", () => {
    const lines = [
      ruby(29887, '', 'node1 became leader (term 1, 2 votes)'),
      ruby(29887, '', 'received SIGTERM, shutting down'),
      ruby(29894, '', 'following leader node1 in term 1'),
      ruby(29894, '', 'lost connection to leader node1: EOFError'),
      ruby(29895, '', 'lost connection to leader node1: EOFError'),
    ];
    expect(read(lines)).toEqual([
      ['node1', 'name'],
      ['node1', 'process-id'],
      ['#29894', 'process-id'],
      ['#29894', 'process-id'],
      ['#29895', 'process-id'],
    ]);
    // One line naming node1 that is no claim of its own (a startup line may be a launcher's about its child) links nothing.
    const started = [ruby(29887, '', 'node1 starting on port 7001'), ...lines.slice(1)];
    expect(read(started).map(([node]) => node)).toEqual(['node1', '#29887', '#29894', '#29894', '#29895']);
    // A claim two processes make is no one's.
    const twice = [...lines, ruby(29895, '', 'node1 became leader (term 1)')];
    expect(read(twice).map(([node]) => node)).toEqual(['node1', '#29887', '#29894', '#29894', '#29895', 'node1']);
  });

  it('a progname every line shares names no node: the processes do', () => {
    const lines = [ruby(4242, 'kv_node', 'became leader for term 4'), ruby(4242, 'kv_node', 'received SIGTERM'), ruby(4250, 'kv_node', 'heartbeat timeout', 'WARN'), ruby(4257, 'kv_node', 'heartbeat timeout', 'WARN')];
    expect(read(lines).map(([node]) => node)).toEqual(['#4242', '#4242', '#4250', '#4257']);
  });
});

// msg39's leftover (left40): a student's comment labelling each terminal's output, `# terminal 1 (kv1, leader)`, named
// no node (a bare `kv1` is no node name to isHeaderText), so every line fell under no section. A comment holding one
// banner-like name among header words is read as an open heading is (`### kv2`): its name names the section when the
// paste uses it elsewhere, or when a word says where output was shown (terminal, pane, window, tab, log).
describe('scanLines: a comment labelling a terminal with a bare name', () => {
  const kinds = (text: string): [number | undefined, string | undefined][] => scan(text).map((l) => [l.kind, l.node]);

  it('names the section under it: `# terminal 1 (kv1, leader)`, `# pane 2: kv2`, `## kv3 (follower)` with kv3 named elsewhere', () => {
    const text = ['# terminal 1 (kv1, leader)', '12:00:00.001 became leader for term 1', '# pane 2: kv2', '12:00:00.002 following leader kv1', '## kv3 (follower)', '12:00:00.003 voted for kv3'].join('\n');
    expect(kinds(text)).toEqual([
      [LINE_HEADER, 'kv1'],
      [LINE_LOG, 'kv1'],
      [LINE_HEADER, 'kv2'],
      [LINE_LOG, 'kv2'],
      [LINE_HEADER, 'kv3'],
      [LINE_LOG, 'kv3'],
    ]);
  });

  it('is a comment when the name is used nowhere else and no word says the output was shown there, or when it says more', () => {
    expect(kinds('# kv3\n12:00:00.001 INFO a')).toEqual([[LINE_COMMENT, undefined], [LINE_LOG, undefined]]);
    expect(kinds('# kv1 is the leader\n12:00:00.001 INFO a kv1')).toEqual([[LINE_COMMENT, undefined], [LINE_LOG, undefined]]);
    expect(kinds('# terminal 1 (kv1, kv2)\n12:00:00.001 INFO a')).toEqual([[LINE_COMMENT, undefined], [LINE_LOG, undefined]]);
    expect(kinds('# terminal 1\n12:00:00.001 INFO a')).toEqual([[LINE_COMMENT, undefined], [LINE_LOG, undefined]]);
  });
});

describe('scanLines: a node tag after a bracketed level or a logger column (adv40 D1)', () => {
  const nodesOf = (lines: string[]) => scan(lines.join('\n')).map((l) => l.node);

  it('reads `[kv2]` after `[warning]` (Elixir/Erlang Logger, log4j `[%p]`), whatever case the level is written in', () => {
    for (const [info, warn] of [['[info]', '[warning]'], ['[INFO]', '[WARN]'], ['[notice]', '[error]']]) {
      const lines = [`11:20:08.123 ${info} [kv1] received SIGTERM`, `11:20:08.124 ${warn} [kv2] connection to leader kv1 lost`, `11:20:08.125 ${warn} [kv3] connection to leader kv1 lost`];
      expect(nodesOf(lines), info).toEqual(['kv1', 'kv2', 'kv3']);
    }
    // A word tag, not a level (`[gamma]`), still needs the paste to name it elsewhere; a level is no node.
    expect(nodesOf(['11:20:08.123 [info] became leader', '11:20:08.124 [warning] heartbeat timeout', '11:20:08.125 [error] heartbeat timeout'])).toEqual([undefined, undefined, undefined]);
  });

  it("reads an Erlang node's name in that tag (`[kv2@localhost]`) as its writer", () => {
    expect(nodesOf(['11:20:08.123 [info] [kv1@localhost] received SIGTERM', '11:20:08.124 [warning] [kv2@localhost] connection to leader kv1@localhost lost'])).toEqual(['kv1@localhost', 'kv2@localhost']);
  });

  it("reads log4j's `[thread] LEVEL pkg.Class - [kv2]`: the node's tag after the class's dash, never the thread's number", () => {
    const line = (worker: number, node: string, message: string): string => `2026-12-03 11:20:08,123 [raft-worker-${worker}] WARN  kv.RaftNode - [${node}] ${message}`;
    expect(nodesOf([line(1, 'kv1', 'received SIGTERM'), line(3, 'kv2', 'connection to leader kv1 lost'), line(2, 'kv3', 'connection to leader kv1 lost'), line(3, 'kv2', 'election timeout')])).toEqual(['kv1', 'kv2', 'kv3', 'kv2']);
    // A dotted name that is no class's (`raft.node1`) is no logger to skip.
    expect(nodesOf(['2026-12-03 11:20:08,123 WARN raft.node1 - heartbeat timeout'])).toEqual(['node1']);
  });
});

describe("scanLines: a zone's abbreviation after the time is the stamp's (Haskell's `show UTCTime`, adv40 W1)", () => {
  it('reads the tag after ` UTC`, ` GMT`, ` CET` (and the time in that zone)', () => {
    for (const zone of ['UTC', 'GMT', 'CET']) {
      const lines = scan([`2026-12-03 11:20:08.123456 ${zone} [Node 1] got SIGTERM, exiting`, `2026-12-03 11:20:08.124001 ${zone} [Node 2] connection to leader Node 1 lost (EOF)`].join('\n'));
      expect(lines.map((l) => l.node), zone).toEqual(['node1', 'node2']);
    }
    expect(scan('11:20:08.124 UTC [kv2] heartbeat timeout\n11:20:08.125 UTC [kv3] heartbeat timeout\n11:20:08.126 UTC [kv1] received SIGTERM').map((l) => l.node)).toEqual(['kv2', 'kv3', 'kv1']);
  });

  it('skips only a zone: another capital word after the time stays a head token', () => {
    const lines = scan(['2026-12-03 11:20:08.123 RAFT2 heartbeat timeout', '2026-12-03 11:20:08.124 RAFT3 heartbeat timeout', '2026-12-03 11:20:08.125 RAFT1 received SIGTERM'].join('\n'));
    expect(lines.map((l) => l.node)).toEqual(['RAFT2', 'RAFT3', 'RAFT1']);
  });
});

describe("scanLines: a bracketed clock's first word is the message's (ruby40's sorted monotonic paste)", () => {
  it('reads no host column after `[ 59864.638495]`: SIGTERM, peer, state are no nodes', () => {
    const lines = scan(['[59864.597561] state: candidate -> leader (term 1)', '[59864.638495] SIGTERM received, exiting', '[59864.640381] peer 1 error: #<EOFError: end of file reached>', '[59864.765986] election timeout (167ms), starting election for term 2'].join('\n'));
    expect(lines.map((l) => l.node)).toEqual([undefined, undefined, undefined, undefined]);
    // A node's name there still names it; syslog's host column after its month-first stamp still does.
    expect(scan('[ 8841.530112] kv1 received SIGTERM\n[ 8841.531000] kv2 heartbeat timeout\n[ 8841.532000] kv3 heartbeat timeout').map((l) => l.node)).toEqual(['kv1', 'kv2', 'kv3']);
    expect(scan('Nov 26 19:30:01 raft-a kv: received SIGTERM\nNov 26 19:30:01 raft-b kv: heartbeat timeout\nNov 26 19:30:01 raft-c kv: heartbeat timeout').map((l) => l.node)).toEqual(['raft-a', 'raft-b', 'raft-c']);
  });
});

describe("scanLines: Python multiprocessing's `[%(processName)s]` column in brackets (adv40 D4)", () => {
  const line = (time: string, process: string, message: string): string => `2026-12-03 11:20:${time} [${process}] INFO ${message}`;
  const read = (lines: string[]) => scan(lines.join('\n')).map((l) => [l.node, l.from]);

  it('names the lines nothing better names by their process, as written (the number is no node id)', () => {
    const lines = [line('02,731', 'Process-1', 'became leader for term 7'), line('02,735', 'Process-2', 'following leader node 1 in term 7'), line('08,123', 'Process-1', 'received SIGTERM'), line('08,124', 'Process-3', 'connection to leader node 1 lost')];
    expect(read(lines)).toEqual([
      ['Process-1', 'process-id'],
      ['Process-2', 'process-id'],
      ['Process-1', 'process-id'],
      ['Process-3', 'process-id'],
    ]);
  });

  it("keeps a node named on the line, and names no line by the launcher's `[MainProcess]`", () => {
    expect(read([line('02,731', 'Process-1', 'node1: became leader'), line('02,735', 'Process-2', 'node2: following leader node1'), line('02,736', 'Process-3', 'node3: following leader node1')]).map(([node]) => node)).toEqual(['node1', 'node2', 'node3']);
    expect(read([line('01,002', 'MainProcess', 'starting 3 nodes'), line('01,003', 'MainProcess', 'started'), line('01,004', 'MainProcess', 'ready')]).map(([node]) => node)).toEqual([undefined, undefined, undefined]);
  });
});

describe('scanLines: word tags one of which the messages name as a leader or a peer (adv40b 07, Serilog)', () => {
  const serilog = (time: string, level: string, tag: string, message: string): string => `[${time} ${level}] [${tag}] ${message}`;
  const nodesOf = (lines: string[]) => scan(lines.join('\n')).map((l) => l.node);

  it('reads `[alpha]`, `[bravo]`, `[charlie]` as writers when a message calls one of them the leader, though the others are named nowhere else', () => {
    const lines = [
      serilog('11:20:02', 'INF', 'alpha', 'Became leader for term 3'),
      serilog('11:20:02', 'INF', 'bravo', 'Following leader alpha (term 3)'),
      serilog('11:20:02', 'INF', 'charlie', 'Following leader alpha (term 3)'),
      serilog('11:20:08', 'WRN', 'bravo', 'Heartbeat timeout'),
    ];
    expect(nodesOf(lines)).toEqual(['alpha', 'bravo', 'charlie', 'bravo']);
    for (const named of ['leader: alpha', 'leader is alpha', 'leader=alpha', 'lost peer charlie']) {
      expect(nodesOf([...lines.slice(0, 1), serilog('11:20:02', 'INF', 'bravo', named), serilog('11:20:02', 'INF', 'charlie', 'ok'), serilog('11:20:03', 'INF', 'bravo', 'ok')]), named).toEqual(['alpha', 'bravo', 'charlie', 'bravo']);
    }
  });

  it('keeps a component column unnamed: a tag value named nowhere, or named only after other words ("switching to raft")', () => {
    const components = [
      serilog('11:20:02', 'INF', 'raft', 'Following leader node1 (term 3)'),
      serilog('11:20:02', 'INF', 'rpc', 'switching to raft transport'),
      serilog('11:20:02', 'INF', 'store', 'flushed'),
      serilog('11:20:08', 'WRN', 'raft', 'Heartbeat timeout'),
    ];
    expect(nodesOf(components)).toEqual([undefined, undefined, undefined, undefined]);
    // "leadership" or "leaders" is no "leader": a value after it is not named as the leader.
    expect(nodesOf([serilog('11:20:02', 'INF', 'raft', 'leadership raft'), serilog('11:20:02', 'INF', 'rpc', 'ok'), serilog('11:20:02', 'INF', 'store', 'ok')])).toEqual([undefined, undefined, undefined]);
  });
});

describe("a control key's echo before a record", () => {
  it('`^C[26532.903410] node1 …` is a record of node1 with its relative stamp, as `^C19:30:01.123 …` is with its time (adv48)', () => {
    const lines = indexLines(['[26532.857930] node1 follower connected (2 peers)', '^C[26532.903410] node1 received SIGINT, shutting down', '^C19:30:01.123 node1 received SIGINT'].join('\n'));
    const table = scanLines(lines);
    expect([1, 2].map((i) => [table.nodes[i], table.kinds[i] === LINE_LOG, stampOf(lines, table, i)?.format])).toEqual([
      ['node1', true, 'monotonic'],
      ['node1', true, 'time-of-day'],
    ]);
    expect(stampOf(lines, table, 1)?.ms).toBeCloseTo(26_532_903.41, 2);
  });
});

describe("C's id tag right after the time (`printf(\"%s [%d] \", …)`, adv59b-17)", () => {
  it('names node2 when such tags vary across the paste', () => {
    const rows = scan(['21:26:41.135 [1] received SIGTERM, shutting down', '21:26:41.136 [2] WARN connection to leader 1 lost (read returned 0)', '21:26:41.136 [3] WARN connection to leader 1 lost (read returned 0)'].join('\n'));
    expect(rows.map((r) => [r.node, r.from])).toEqual([
      ['node1', 'head-token'],
      ['node2', 'head-token'],
      ['node3', 'head-token'],
    ]);
  });

  it('names nothing when one tag heads every line (a worker number), nor a pid-sized number', () => {
    expect(scan(['21:26:41.135 [0] received SIGTERM', '21:26:41.136 [0] WARN connection to leader lost', '21:26:41.137 [0] became leader'].join('\n')).map((r) => r.node)).toEqual([undefined, undefined, undefined]);
    expect(scan(['21:26:41.135 [4995] received SIGTERM', '21:26:41.136 [4996] WARN connection lost', '21:26:41.137 [4997] became leader'].join('\n')).map((r) => r.node === 'node4995')).toEqual([false, false, false]);
  });
});
