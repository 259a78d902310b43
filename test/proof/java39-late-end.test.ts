// A follower ended after the detection window ran the whole window: "was itself killed …, so it was not running to
// notice the leader was gone" is false then (javanode39's tail cut: node 3 ended 544 ms after node 1's kill, and real
// captures whose harness stopped every node 2 s after the kill). Within the window it still is the reason.
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { makeLesson } from './helpers.js';

const messages = (endAt: string): string[] => {
  const verdict = checkPaste(
    makeLesson(),
    [
      '08:59:09.250 [node1] became leader for term 1',
      '08:59:09.287 [node1] received SIGTERM, shutting down',
      '08:59:09.444 [node2] leader 1 timed out after 181 ms, starting election for term 2',
      '08:59:09.240 [node3] following leader 1 (term 1)',
      `${endAt} [node3] received SIGTERM, shutting down`,
    ].join('\n'),
  );
  return verdict.checks.flatMap((c) => c.findings).filter((f) => f.code === 'FOLLOWER_NO_DETECTION').map((f) => formatFindingMessage(f));
};

describe("a follower's own end after the kill", () => {
  it('past the window is no reason it did not notice', () => {
    const [message] = messages('08:59:09.831');
    expect(message).toMatch(/^node3 logged nothing after the kill/);
    expect(message).not.toMatch(/itself killed/);
  });

  it('within the window is', () => {
    expect(messages('08:59:09.300')[0]).toMatch(/node3 was itself killed on line 5, 13 ms after the leader's kill/);
  });
});
