import { describe, expect, it } from 'vitest';
import { decodeAsciinemaCast, opensWithCastHeader } from '../../src/log-events/asciinema-cast.js';
import { indexLines, lineNumber, type PasteLines } from '../../src/log-events/paste-lines.js';

const HEADER = '{"version": 2, "width": 120, "height": 36, "timestamp": 1796404800, "env": {"SHELL": "/bin/bash", "TERM": "xterm-256color"}}';
const event = (t: number, data: string, code = 'o'): string => JSON.stringify([t, code, data]);
const linesOf = (decoded: PasteLines): [number, string][] =>
  Array.from({ length: decoded.count }, (_, i) => [lineNumber(decoded, i), decoded.text.slice(decoded.starts[i]!, decoded.ends[i]!)]);

describe('decodeAsciinemaCast', () => {
  it("reads the events' output as the terminal showed it: lines split across events joined, escapes dropped, `\\r` overwriting, typed keys ignored", () => {
    const paste = [
      '$ cat demo.cast',
      HEADER,
      event(0, '\u001b[?2004hsam@lap:~/kv$ '),
      event(1.2, 'kill 4102', 'i'),
      event(1.21, 'kill 4102'),
      event(5.729, '\r\n\u001b[?2004l\r'),
      event(5.731, '2026-12-04 18:20:05.731 node1 INFO received SIG'),
      event(5.7312, 'TERM, shutting down\r\n2026-12-04 18:20:05.733 node2 \u001b[33mWARN\u001b[0m connection to leader node1 lost: EOF\r\n'),
      event(5.8, '  … waiting\r\u001b[2K  ✓ done\r\n'),
      event(6.0, '\u001b[?2004hsam@lap:~/kv$ '),
      '$ # that was the recording',
    ].join('\n');
    const decoded = decodeAsciinemaCast(indexLines(paste))!;
    expect(decoded).toMatchObject({ firstLine: 2, lastLine: 10, events: 7 });
    expect(linesOf(decoded.lines)).toEqual([
      [1, '$ cat demo.cast'],
      [6, 'sam@lap:~/kv$ kill 4102'],
      [8, '2026-12-04 18:20:05.731 node1 INFO received SIGTERM, shutting down'],
      [8, '2026-12-04 18:20:05.733 node2 WARN connection to leader node1 lost: EOF'],
      [9, '  ✓ done'],
      [10, 'sam@lap:~/kv$'],
      [11, '$ # that was the recording'],
    ]);
  });

  it('is no cast without its header, or with a header and no output event; JSON log lines are no cast', () => {
    expect(decodeAsciinemaCast(indexLines([event(0.1, 'node1 received SIGTERM\r\n')].join('\n')))).toBeUndefined();
    expect(decodeAsciinemaCast(indexLines([HEADER, event(0.1, 'ls\r', 'i')].join('\n')))).toBeUndefined();
    const json = '{"level":30,"time":1796186422203,"name":"node1","msg":"received SIGTERM, shutting down"}';
    expect(opensWithCastHeader(indexLines(json))).toBe(true);
    expect(decodeAsciinemaCast(indexLines(json))).toBeUndefined();
    expect(opensWithCastHeader(indexLines('2026-12-04 18:20:05.731 node1 INFO received SIGTERM'))).toBe(false);
  });

  it('reads asciinema v3 (`"version": 3`, event times as intervals) the same way, and stops at the first line no event', () => {
    const paste = ['{"version":3,"term":{"cols":80,"rows":24}}', event(0.5, 'a line\r\n'), event(0.1, 'another\r\n'), 'typed after the cast', event(0.1, 'not read\r\n')].join('\n');
    expect(linesOf(decodeAsciinemaCast(indexLines(paste))!.lines)).toEqual([
      [2, 'a line'],
      [3, 'another'],
      [4, 'typed after the cast'],
      [5, '[0.1,"o","not read\\r\\n"]'],
    ]);
  });
});
