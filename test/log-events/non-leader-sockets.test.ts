// A socket event on a line that says it is not a member's link to the leader (adv41 B: a CLI's session, an HTTP
// request, a snapshot sent to disk or to a follower) is no detection; a bare EOF of the leader's link, or one naming
// the leader or a peer, still is. Classified as a verdict classifies it (with the literal scan's mask) and without it.
import { describe, expect, it } from 'vitest';
import { classifyLineText } from '../../src/log-events/classify-line.js';
import { maskOf, w12AnyMatch as anyMatch, w12Patterns as patterns } from '../support/lesson-line-mask.js';

function kindsOf(line: string): readonly [masked: string, plain: string] {
  const masked = classifyLineText(line, patterns, { ownNode: 'node3', mayMatch: maskOf(line), anyMatch }).kind;
  const plain = classifyLineText(line, patterns, { ownNode: 'node3' }).kind;
  return [masked, plain];
}

describe('a socket that is not the link to the leader', () => {
  it.each([
    'node3 INFO  kv_cli session 17 ended: read returned 0',
    'node3 INFO  GET /status from 127.0.0.1:53130: EOF',
    'node3 INFO  POST /kv/k4: client went away (EOF)',
    'node3 INFO  kv_cli 127.0.0.1:53122: ECONNRESET',
    'node3 WARN  kvctl: put k52: connection reset by peer',
    'node3 INFO  session 0x1a2b closed: EOF',
    'node3 INFO  snapshot to disk: write error EPIPE (broken pipe) on log pipe',
    'node2 WARN  sending snapshot to kv-3 failed: EPIPE',
    'node3 INFO  redirected client to leader node1; client connection reset by peer',
  ])('%s is no detection', (line) => {
    expect(kindsOf(line)).toEqual(['other', 'other']);
  });
});

describe("the leader's link", () => {
  it.each([
    'node3 WARN  raft: failed to read from node1: EOF',
    'node3 WARN  peer node1: connection closed (EOF)',
    'node3 WARN  recv from leader: Broken pipe',
    'node3 WARN  read returned 0 on fd 7',
    'node3 WARN  ECONNRESET',
    'node3 WARN  installing snapshot from node1 failed: unexpected EOF',
    'node3 WARN  raft session with peer node1 ended: EOF',
    'node3 WARN  kv_cli session: connection to leader node1 lost (EOF)',
    'node3 E | rafthttp: failed to read 9fbe5480589c3da3 on stream Message (unexpected EOF)',
  ])('%s is a lost connection', (line) => {
    expect(kindsOf(line)).toEqual(['connection-lost', 'connection-lost']);
  });
});
