// The `debug` module's lines name their writer by the namespace at the line's start (`  raft:node2 heartbeat timeout
// … +156ms`; DEBUG_HIDE_DATE or a TTY: no timestamp, `+156ms` is the delta since that namespace's last message). A
// paste of them without file names, under a timed kill record, said "no follower lines … 5 detection lines could not be
// tied to any node — paste the logs so every line names its node" (jsnode39 BUG5): every line names its node, and the
// real reason, that they have no timestamp, went unsaid.
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { isWriterFromWords } from '../../src/log-events/writer-from-words.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from '../proof/helpers.js';

const PASTE = [
  '$ date +%T.%3N; kill 6986',
  '09:51:12.954',
  '  raft:node2 voted for node1 in term 1 +216ms',
  '  raft:node2 following leader node1 (term 1) +4ms',
  '  raft:node2 connection to leader node1 lost (EOF) +1s',
  '  raft:node2 heartbeat timeout: no heartbeat from leader node1 for 210 ms, starting election for term 2 +156ms',
  '  raft:node3 following leader node1 (term 1) +51ms',
  '  raft:node3 connection to leader node1 lost (EOF) +1s',
  '  raft:node3 voted for node2 in term 2: no heartbeat from leader node1 for 222 ms +167ms',
  '',
].join('\n');

describe("debug's namespace names the writer", () => {
  it('`raft:node2 ` at the line start is the program\'s own mark, not a name in a sentence', () => {
    expect(isWriterFromWords({ node: 'node2', nodeFrom: 'message' }, '  raft:node2 connection to leader node1 lost (EOF) +1s')).toBe(false);
    // A name after a colon inside the sentence is still only a reading.
    expect(isWriterFromWords({ node: 'node2', nodeFrom: 'message' }, 'stepping down: node2 has term 7')).toBe(true);
  });

  it('a paste of untimed debug lines under a timed kill says each follower\'s detection has no timestamp, not that no line names its node', () => {
    const verdict = checkPaste(loadLesson('w12-l03'), PASTE);
    expect(verdict.passed).toBe(false);
    const messages = verdict.checks.flatMap((c) => c.findings.map((f) => formatFindingMessage(f)));
    const text = messages.join('\n');
    expect(text).not.toMatch(/could not be tied to any node/);
    expect(text).toMatch(/line 5 \("connection to leader node1 lost"\) reads as node2 noticing the leader was gone, but it has no timestamp the checker could read/);
    expect(text).toMatch(/line 8 \("connection to leader node1 lost"\) reads as node3 noticing the leader was gone, but it has no timestamp the checker could read/);
  });
});
