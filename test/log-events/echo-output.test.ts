// The student's own `echo` output below their command is no node's line (real16: the lesson's Verify block).
import { describe, expect, it } from 'vitest';
import { isEchoOutput, readEchoedTexts } from '../../src/log-events/echo-output.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines } from '../../src/log-events/scan-lines.js';
import { readLogText } from '../../src/log-events/index.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

describe('readEchoedTexts', () => {
  it('reads each echo argument, quoted or bare, and none that the shell would expand', () => {
    expect(readEchoedTexts('$ pgrep -f "kv_node.*--id 1" || echo "leader process is dead"')).toEqual(['leader process is dead']);
    expect(readEchoedTexts("$ echo -n 'killing node1'; kill 4101 && echo done")).toEqual(['killing node1', 'done']);
    expect(readEchoedTexts('$ echo "killed $PID"; echo `date`')).toEqual([]);
    expect(readEchoedTexts('$ grep echo node1.log')).toEqual([]);
  });
});

describe('isEchoOutput', () => {
  const judge = (text: string, line: number): boolean => {
    const lines = indexLines(text);
    return isEchoOutput(lines, scanLines(lines).kinds, line);
  };
  const verify = ['$ date +%T.%3N; kill -TERM 4101', '12:00:00.000', '$ pgrep -f "kv_node.*--id 1" || echo "leader process is dead"'];

  it("is the line right below the command that says exactly the echo's words", () => {
    expect(judge([...verify, 'leader process is dead'].join('\n'), 3)).toBe(true);
  });

  it('is not a line with other words, nor one far below, nor one under no command', () => {
    expect(judge([...verify, 'leader process is dead (node1)'].join('\n'), 3)).toBe(false);
    expect(judge([...verify, 'a', 'b', 'c', 'd', 'leader process is dead'].join('\n'), 7)).toBe(false);
    expect(judge(['12:00:00.300 [node2] leader process is dead'].join('\n'), 0)).toBe(false);
  });

  it('makes no event of it: a node line saying the same words is still one', () => {
    const kinds = (text: string) => readLogText(text, patterns).events.map((e) => [e.line, e.kind]);
    expect(kinds([...verify, 'leader process is dead'].join('\n'))).toEqual([[1, 'kill']]);
    expect(kinds([...verify, '[node2] 12:00:00.210 leader process is dead'].join('\n'))).toEqual([
      [1, 'kill'],
      [3, 'heartbeat-timeout'],
    ]);
  });
});
