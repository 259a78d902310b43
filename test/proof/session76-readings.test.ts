// Session 76's readings, each on a small paste in the shape a blind set found misread, with a control.
import { describe, expect, it } from 'vitest';
import { checkW12Lines as check, followerMs } from './helpers.js';

// adv75e-57/-58: a watcher run under nohup in the background; its echoes went to nohup.out, which a cat prints back.
const NOHUP_WATCHER = [
  `student@lab:~/raft-kv$ nohup sh -c 'tail -n0 -f data/node1/node.log | grep -m1 -q SIGTERM && echo "$(date +%T.%3N) [node2] heartbeat timeout detected" && echo "$(date +%T.%3N) [node3] heartbeat timeout detected"' &`,
  '[1] 20791',
  "nohup: ignoring input and appending output to 'nohup.out'",
  'student@lab:~/raft-kv$ date +%T.%3N; kill 20777',
  '17:44:51.270',
  'student@lab:~/raft-kv$ cat nohup.out',
  '17:44:51.289 [node2] heartbeat timeout detected',
  '17:44:51.308 [node3] heartbeat timeout detected',
  'student@lab:~/raft-kv$ head -n 2 data/node2/node.log data/node3/node.log',
  '==> data/node2/node.log <==',
  '17:44:49.823 [node2] INFO  following leader node1 (term 1)',
  '17:44:51.430 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 195 ms',
  '',
  '==> data/node3/node.log <==',
  '17:44:49.823 [node3] INFO  following leader node1 (term 1)',
  '17:44:51.656 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 421 ms',
];

describe("a background job's echoes printed back from the file its output went to", () => {
  it("are the student's words: each follower is measured from its own line", () => {
    const verdict = check(NOHUP_WATCHER);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 160, node3: 386 });
  });

  it("a job redirected to its own file (`> watch.out &`), that file printed: the student's words too", () => {
    const rows = NOHUP_WATCHER.slice();
    rows[0] = rows[0]!.replace("nohup sh -c '", "sh -c '").replace("' &", "' > watch.out &");
    rows[2] = '';
    rows[5] = 'student@lab:~/raft-kv$ cat watch.out';
    expect(followerMs(check(rows))).toEqual({ node2: 160, node3: 386 });
  });

  it("the same words under a print of another file are that file's lines (the control)", () => {
    const rows = NOHUP_WATCHER.slice();
    rows[5] = 'student@lab:~/raft-kv$ cat data/node3/node.log';
    rows[6] = '17:44:51.289 [node3] heartbeat timeout detected';
    rows[7] = '17:44:51.308 [node3] INFO  voted for node2 in term 2';
    expect(followerMs(check(rows))).toEqual({ node2: 160, node3: 19 });
  });
});
