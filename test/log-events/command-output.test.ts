// What a typed command prints is no node's line (command-output.ts): its echo's words (the lesson's Verify block), a
// stop command's container name printed back, and its program's own lines.
import { describe, expect, it } from 'vitest';
import { isEchoOutput, isEchoTemplateOutput, isProgramOutput, isStoppedEcho, readEchoedTexts, readEchoTemplate } from '../../src/log-events/command-output.js';
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

describe('isEchoTemplateOutput: what an echo whose argument expands printed', () => {
  const loop = '$ date +%T.%3N; kill 21979; for n in 2 3; do echo "$(date +%T.%3N) [node$n] watching for election timeout (budget 300ms)"; done';
  const watcher = '$ tail -n0 -f data/node3/node.log | grep -m1 -q "heartbeat timeout" && echo "$(date +%T.%3N) [node3] heartbeat timeout detected"';

  it('is a line with its own words, the event words among them, in place and anything where it expands', () => {
    expect(isEchoTemplateOutput(loop, '10:52:22.546 [node2] watching for election timeout (budget 300ms)', 'election timeout')).toBe(true);
    expect(isEchoTemplateOutput(watcher, '10:50:12.340 [node3] heartbeat timeout detected', 'heartbeat timeout')).toBe(true);
    expect(isEchoTemplateOutput('$ echo "`date +%T` node3: heartbeat timeout (check)"', '10:52:58 node3: heartbeat timeout (check)', 'heartbeat timeout')).toBe(true);
    // Unquoted, and a printf format's conversions.
    expect(isEchoTemplateOutput('$ grep -q x a.log && echo $(date +%T.%3N) [node3] heartbeat timeout detected', '10:50:12.340 [node3] heartbeat timeout detected', 'heartbeat timeout')).toBe(true);
    expect(isEchoTemplateOutput(`$ printf '%s [node3] heartbeat timeout detected\\n' "$(date +%T.%3N)"`, '10:50:12.340 [node3] heartbeat timeout detected', 'heartbeat timeout')).toBe(true);
    // Bare and quoted pieces of one argument, joined as the shell joins them (review76).
    expect(isEchoTemplateOutput('$ sleep 0.05; echo [node2] WARN heartbeat timeout from leader node3 at "$(date +%T.%3N)"', '[node2] WARN heartbeat timeout from leader node3 at 19:45:11.662', 'heartbeat timeout')).toBe(true);
    expect(isEchoTemplateOutput('$ echo "$(date +%T.%3N)" [node2] heartbeat timeout', '19:45:11.662 [node2] heartbeat timeout', 'heartbeat timeout')).toBe(true);
    // The last echo of a script quoted for `sh -c`, its argument right before the closing quote (adv75e-57).
    const quoted = `$ nohup sh -c 'grep -m1 -q SIGTERM x.log && echo "$(date +%T.%3N) [node2] heartbeat timeout detected" && echo "$(date +%T.%3N) [node3] heartbeat timeout detected"' &`;
    expect(isEchoTemplateOutput(quoted, '17:44:51.308 [node3] heartbeat timeout detected', 'heartbeat timeout')).toBe(true);
    expect(isEchoTemplateOutput(quoted, '17:44:51.289 [node2] heartbeat timeout detected', 'heartbeat timeout')).toBe(true);
  });

  it('is not a line whose event words an expansion printed: a node\'s own line after an echoed name (review, session 73)', () => {
    const named = '$ for n in 2 3; do echo "node$n"; tail -n 1 data/node$n/node.log; done';
    expect(isEchoTemplateOutput(named, 'node2 10:50:12.448 WARN  election timeout: no heartbeat from leader node1 in 165ms', 'election timeout')).toBe(false);
    expect(isEchoTemplateOutput('$ echo "node2: $(grep -m1 timeout data/node2/node.log)"', 'node2: 10:50:12.448 WARN election timeout', 'election timeout')).toBe(false);
  });

  it('is not a line whose words differ, nor one under an echo of a single-quoted or unexpanded argument', () => {
    expect(isEchoTemplateOutput(watcher, '10:50:12.340 [node3] WARN heartbeat timeout: no heartbeat from leader node1', 'heartbeat timeout')).toBe(false);
    expect(isEchoTemplateOutput("$ echo '$(date) [node3] heartbeat timeout'", '10:50:12 [node3] heartbeat timeout', 'heartbeat timeout')).toBe(false);
    expect(isEchoTemplateOutput('$ echo "[node3] heartbeat timeout"', '[node3] heartbeat timeout', 'heartbeat timeout')).toBe(false);
  });

  it('has no template without a word of its own: a bare date or a number could print anything', () => {
    expect(readEchoTemplate('$(date +%T.%3N)')).toBeUndefined();
    expect(readEchoTemplate('$x ms')).toBeUndefined();
    expect(readEchoTemplate('[node$n] election timeout')?.source).toBe('^\\[node.{0,200}?\\] election timeout$');
  });
});

describe('isEchoOutput', () => {
  const verify = ['$ date +%T.%3N; kill -TERM 4101', '12:00:00.000', '$ pgrep -f "kv_node.*--id 1" || echo "leader process is dead"'];

  it("is a line that says exactly the echo's words", () => {
    expect(isEchoOutput(verify[2]!, 'leader process is dead')).toBe(true);
    expect(isEchoOutput(verify[2]!, '  leader process is dead ')).toBe(true);
  });

  it('is not a line with other words, nor one under a command without that echo', () => {
    expect(isEchoOutput(verify[2]!, 'leader process is dead (node1)')).toBe(false);
    expect(isEchoOutput(verify[0]!, 'leader process is dead')).toBe(false);
  });

  it('makes no event of the line right below the command, but of one far below or under no command', () => {
    const kinds = (text: string) => readLogText(text, patterns).events.map((e) => [e.line, e.kind]);
    expect(kinds([...verify, 'leader process is dead'].join('\n'))).toEqual([[1, 'kill']]);
    expect(kinds([...verify, 'a', 'b', 'c', 'd', 'leader process is dead'].join('\n'))).toEqual([
      [1, 'kill'],
      [7, 'heartbeat-timeout'],
    ]);
    expect(readLogText('leader process is dead', patterns).events.map((e) => e.kind)).toEqual(['heartbeat-timeout']);
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

describe('isStoppedEcho', () => {
  it('is a line holding only the stopped container name, padded or not', () => {
    const text = 'kv1\n  kv1  \nkv1 stopped\nkv12';
    expect(isStoppedEcho(text, 0, 3, 'kv1')).toBe(true);
    expect(isStoppedEcho(text, 4, 11, 'kv1')).toBe(true);
    expect(isStoppedEcho(text, 12, 23, 'kv1')).toBe(false);
    expect(isStoppedEcho(text, 24, 28, 'kv1')).toBe(false);
  });
});

describe('isProgramOutput', () => {
  const command = '$ ./kv_cli --server 127.0.0.1:7001 --loop put';

  it("is a line its program's name heads after the time, behind a prompt or a wrapper", () => {
    expect(isProgramOutput(command, ' kv_cli: put k52: connection reset by peer')).toBe(true);
    expect(isProgramOutput('sudo nohup /opt/kv/kv_cli put', ' KV_CLI: put k1: EOF')).toBe(true);
  });

  it("is not a node's own line, nor another program's", () => {
    expect(isProgramOutput(command, ' node3: election timeout')).toBe(false);
    expect(isProgramOutput(command, ' kv_node: election timeout')).toBe(false);
    expect(isProgramOutput('$ ./node3 --id 3', ' node3: election timeout')).toBe(false);
  });
});
