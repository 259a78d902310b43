import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/read-log-events.js';
import { renderClefMessage } from '../../src/log-events/render-clef.js';
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
