import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/read-log-events.js';
import { readJournalMessage, readRecordedLine, renderClefMessage, renderJsonMessage } from '../../src/log-events/render-json-message.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);

describe('renderClefMessage: a Serilog CLEF record as the program would print it', () => {
  it('fills the template `@mt` from the record\'s fields (formats, alignment, `@`/`$`, `{{`), leaves a hole with no field', () => {
    expect(renderClefMessage('{"@t":"x","@mt":"Connection to leader {LeaderId} lost: {Error}","LeaderId":"node1","Error":"Connection reset by peer"}')).toBe(
      'Connection to leader node1 lost: Connection reset by peer',
    );
    expect(renderClefMessage('{"@mt":"{{raw}} after {Elapsed:0.0} ms, {@Peer} {$Term,5} {Missing}","Elapsed":351.25,"Peer":{"Id":2},"Term":6}')).toBe(
      '{raw} after 351.25 ms, {"Id":2} 6 {Missing}',
    );
  });

  it('takes a rendered `@m` as it is, adds the first line of the exception `@x`, and is undefined for other JSON', () => {
    expect(renderClefMessage('{"@t":"x","@m":"Received SIGTERM","@mt":"Received {Signal}","Signal":"SIGTERM"}')).toBe('Received SIGTERM');
    expect(renderClefMessage('{"@mt":"Read failed","@x":"System.IO.IOException: Connection reset by peer\\n   at Raft.Read()"}')).toBe(
      'Read failed System.IO.IOException: Connection reset by peer',
    );
    expect(renderClefMessage('{"msg":"@mt is not here","node":"node1"}')).toBeUndefined();
    expect(renderClefMessage('{"@mt":"cut off')).toBeUndefined();
    expect(renderClefMessage('{"@mt":"{toString}"}')).toBe('{toString}');
  });

  it('a CLEF record\'s events are read from its message: a leader named in a hole, a detection, the writer from NodeId', () => {
    const line = (ms: string, mt: string, fields: string): string => `{"@t":"2026-12-01T09:14:22.${ms}Z","@mt":"${mt}",${fields},"NodeId":"node2"}`;
    const text = [
      line('4673390', 'AppendEntries from leader {LeaderId} (term {Term})', '"LeaderId":"node1","Term":5'),
      line('5190446', 'Connection to leader {LeaderId} lost', '"LeaderId":"node1"'),
    ].join('\n');
    const { events } = readLogText(text, compiled.patterns);
    expect(events.map((e) => [e.kind, e.node, e.leader])).toEqual([
      ['follows-leader', 'node2', 'node1'],
      ['connection-lost', 'node2', 'node1'],
    ]);
    // the template alone ("leader {LeaderId} lost") says no connection was lost
    expect(readLogText(text.replaceAll('"@mt"', '"template"'), compiled.patterns).events.map((e) => e.kind)).not.toContain('connection-lost');
  });
});

describe("readRecordedLine: a collector's record of one output line (docker json-file's `log`)", () => {
  it('is the line as the program wrote it: unescaped, its newline and colour codes dropped', () => {
    expect(readRecordedLine('{"log":"[kv2] connection to leader kv1 lost: EOF\\n","stream":"stderr","time":"2026-12-01T13:05:11.913377906Z"}')).toBe(
      '[kv2] connection to leader kv1 lost: EOF',
    );
    expect(readRecordedLine('{"log":"\\u001b[33mWARN\\u001b[0m node2: \\"heartbeat\\" timeout\\r\\n","stream":"stdout","time":"x"}')).toBe('WARN node2: "heartbeat" timeout');
  });

  it('is undefined for a record with no `log` string, a `log` that is no string, a key that only ends in "log", or a cut-off line', () => {
    expect(readRecordedLine('{"msg":"[kv2] heartbeat timeout","time":"x"}')).toBeUndefined();
    expect(readRecordedLine('{"log":{"file":"kv2.log"},"time":"x"}')).toBeUndefined();
    expect(readRecordedLine('{"catalog":"[kv2] x","time":"x"}')).toBeUndefined();
    expect(readRecordedLine('{"log":"[kv2] heartbeat timeo')).toBeUndefined();
  });

  it("renderJsonMessage reads a CLEF record's message first, else the recorded line", () => {
    expect(renderJsonMessage('{"@t":"x","@m":"Received SIGTERM","log":"other"}')).toBe('Received SIGTERM');
    expect(renderJsonMessage('{"log":"[kv1] received SIGTERM\\n","time":"x"}')).toBe('[kv1] received SIGTERM');
    expect(renderJsonMessage('{"msg":"received SIGTERM","node":"node1"}')).toBeUndefined();
  });

  it("docker json-file read raw: the writer is the recorded line's, its detection read from that line, at docker's time", () => {
    const record = (tag: string, log: string, ns: string): string => `{"log":"[${tag}] ${log}\\n","stream":"stderr","time":"2026-12-01T13:05:11.${ns}Z"}`;
    const text = [
      record('kv1', 'leader term=3: received SIGTERM, shutting down', '912047733'),
      record('kv2', 'follower term=3: connection to leader kv1 lost: EOF', '913377906'),
      record('kv3', 'follower term=3: connection to leader kv1 lost: EOF', '913520554'),
    ].join('\n');
    const { events, nodes } = readLogText(text, compiled.patterns);
    expect(nodes).toEqual(['kv1', 'kv2', 'kv3']);
    // µs since 13:05:11 (docker's ns, read to the µs)
    const second = Date.UTC(2026, 11, 1, 13, 5, 11);
    expect(events.map((e) => [e.kind, e.node, Math.round((e.time!.ms - second) * 1000)])).toEqual([
      ['kill', 'kv1', 912047],
      ['connection-lost', 'kv2', 913377],
      ['connection-lost', 'kv3', 913520],
    ]);
  });
});

describe("readJournalMessage: a journald record as `journalctl -o json` prints it (adv59d-32)", () => {
  const record = (message: string, id: string, pid: string, us: string): string =>
    `{"_PID":"${pid}","MESSAGE":"${message}","_CMDLINE":"/usr/bin/python3 -u kv_node.py --id ${pid.slice(-1)} --log-eof 1","__CURSOR":"s=b1;i=1b3","__REALTIME_TIMESTAMP":"${us}","SYSLOG_IDENTIFIER":"${id}","_TRANSPORT":"stdout"}`;

  it('is its MESSAGE, whatever order the fields come in; undefined for another JSON line or a MESSAGE kept as bytes', () => {
    expect(readJournalMessage(record('node3 INFO: received SIGTERM, shutting down', 'kv_node', '23843', '1796506026951119'))).toBe('node3 INFO: received SIGTERM, shutting down');
    expect(readJournalMessage('{"msg":"MESSAGE","ts":"x"}')).toBeUndefined();
    expect(readJournalMessage('{"MESSAGE":[110,111],"__CURSOR":"s=1"}')).toBeUndefined();
  });

  it("reads the record's words from its MESSAGE alone (`--log-eof` is no EOF), its writer from the MESSAGE's head when the identifiers are alike", () => {
    const text = [
      record('node1 INFO: received SIGTERM, shutting down', 'kv_node', '20961', '1796505954295139'),
      record('node3 WARN: connection to leader node1 lost (EOF)', 'kv_node', '20963', '1796505954300685'),
      record('node2 WARN: connection to leader node1 lost (EOF)', 'kv_node', '20962', '1796505954302089'),
    ].join('\n');
    const { events } = readLogText(text, compiled.patterns);
    expect(events.map((e) => [e.kind, e.node])).toEqual([
      ['kill', 'node1'],
      ['connection-lost', 'node3'],
      ['connection-lost', 'node2'],
    ]);
  });
});
