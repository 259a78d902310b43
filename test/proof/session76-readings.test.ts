// Session 76's readings, each on a small paste in the shape a blind set found misread, with a control.
import { describe, expect, it } from 'vitest';
import { formatVerdictText } from '../../src/proof/format-verdict.js';
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

// adv76b-71: macOS zsh's `%` prompt before `date -u`, over zone-less local-time logs an hour ahead.
const ZSH_DATE_U = [
  'jonas@MacBook-Pro ~/kv % date -u +%T.%3N; kill 13233',
  '19:44:17.142',
  'jonas@MacBook-Pro ~/kv % grep -h "lost\\|timeout" data/node2/node.log data/node3/node.log',
  '20:44:14.812 [node2] INFO  kv_node node2 starting pid=13234 port=48722 election timeout 150-300 ms',
  '20:44:17.162 [node2] WARN  connection to leader node1 lost (EOF)',
  '20:44:17.284 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 160 ms, starting election',
  '20:44:14.842 [node3] INFO  kv_node node3 starting pid=13236 port=48723 election timeout 150-300 ms',
  '20:44:17.157 [node3] WARN  connection to leader node1 lost (EOF)',
];

describe('`date -u` typed after a zsh `%` prompt', () => {
  it('prints UTC: the local-time lines are read in the zone that lines them up', () => {
    const verdict = check(ZSH_DATE_U);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 20, node3: 15 });
  });

  it('a plain `date` after the same prompt prints local time: the lines an hour later are no detection (the control)', () => {
    const rows = ZSH_DATE_U.slice();
    rows[0] = 'jonas@MacBook-Pro ~/kv % date +%T.%3N; kill 13233';
    expect(check(rows).passed).toBe(false);
  });
});

// adv76b-69: PowerShell 7's `Get-Date -AsUTC` prints UTC with no zone mark, as `date -u` does, over local 12-hour lines.
const POWERSHELL_AS_UTC = [
  'PS C:\\kv> Get-Date -AsUTC -Format HH:mm:ss.fff; taskkill /F /PID 13403',
  '19:44:20.380',
  'SUCCESS: The process with PID 13403 has been terminated.',
  'PS C:\\kv> Get-Content data\\node1\\node.log,data\\node3\\node.log -Tail 2',
  '12/07/2026 12:44:20.395 PM [node1] WARN  connection to leader node2 lost (EOF)',
  '12/07/2026 12:44:20.534 PM [node1] WARN  heartbeat timeout: no heartbeat from leader node2 in 153 ms, starting election',
  '12/07/2026 12:44:18.799 PM [node3] INFO  following leader node2 (term 1)',
  '12/07/2026 12:44:20.395 PM [node3] WARN  connection to leader node2 lost (EOF)',
];

describe("PowerShell's `Get-Date -AsUTC`", () => {
  it('prints UTC: the local lines are read in the zone that lines them up', () => {
    const verdict = check(POWERSHELL_AS_UTC);
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node1: 15, node3: 15 });
  });

  it('plain `Get-Date` prints local time: the lines 7 h earlier are before the kill (the control)', () => {
    const rows = POWERSHELL_AS_UTC.slice();
    rows[0] = 'PS C:\\kv> Get-Date -Format HH:mm:ss.fff; taskkill /F /PID 13403';
    expect(check(rows).passed).toBe(false);
  });
});

// adv76b-67: macOS's date has no %N; the kill record's row is the letter it printed.
const BSD_DATE = [
  'maya@Mayas-MacBook-Air raft-kv % date +%s.%N; kill 13242',
  '1796672656.N',
  'maya@Mayas-MacBook-Air raft-kv % grep -h "lost\\|timeout" data/node2/node.log data/node3/node.log',
  '14:44:16.594 [node2] WARN  connection to leader node1 lost (EOF)',
  '14:44:16.601 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 160 ms',
];

describe("a BSD date's `%N`", () => {
  it('times nothing, and the report says to use GNU date', () => {
    const verdict = check(BSD_DATE);
    expect(verdict.passed).toBe(false);
    expect(formatVerdictText(verdict, { color: false })).toContain("is no time: macOS's date (BSD) has no %N and prints the letter N — use GNU date, gdate +%T.%3N");
  });

  it("`%s%3N`'s epoch with no dot before the N too (review76)", () => {
    const rows = BSD_DATE.slice();
    rows[0] = 'maya@Mayas-MacBook-Air raft-kv % date +%s%3N; kill 13242';
    rows[1] = '17966727113N';
    expect(formatVerdictText(check(rows), { color: false })).toContain("macOS's date (BSD) has no %N");
  });

  it('another row no time is read from keeps the general advice (the control)', () => {
    const rows = BSD_DATE.slice();
    rows[1] = '1796672656,123';
    expect(formatVerdictText(check(rows), { color: false })).toContain('is no time the checker reads — print it as date +%T.%3N does');
  });
});

// adv76a-39: `make -s` runs the kill target silently; its time alone is shown beside no kill.
const MAKE_SILENT = [
  '$ make -s kill-leader L=3',
  '19:47:24.011',
  '$ cat data/node1/node.log data/node2/node.log',
  '19:47:22.900 [node1] INFO  following leader node3 (term 1)',
  '19:47:24.028 [node1] WARN  connection to leader node3 lost (EOF)',
  '19:47:24.282 [node1] WARN  heartbeat timeout — no message from leader node3 in 267ms',
  '19:47:22.901 [node2] INFO  following leader node3 (term 1)',
  '19:47:24.028 [node2] WARN  connection to leader node3 lost (EOF)',
];

describe('a kill run by a target\'s name with a time alone under it', () => {
  it('times nothing, and the report says why the time shown does not count', () => {
    const verdict = check(MAKE_SILENT);
    expect(verdict.passed).toBe(false);
    expect(formatVerdictText(verdict, { color: false })).toContain('line 1 runs the kill by a name (a script, a make target or an npm script) and line 2 ("19:47:24.011") is a time it printed');
  });

  it('a target named `kill` alone runs by a name too (review76)', () => {
    const rows = MAKE_SILENT.slice();
    rows[0] = '$ make -s kill';
    expect(formatVerdictText(check(rows), { color: false })).toContain('line 1 runs the kill by a name');
  });

  it('a kill typed as the command itself, by its path too, is not said to run by a name (the control)', () => {
    for (const command of ['$ kill 18032', '$ /bin/kill 18032']) {
      const rows = MAKE_SILENT.slice();
      rows[0] = command;
      expect(formatVerdictText(check(rows), { color: false }), command).not.toContain('runs the kill by a name');
    }
  });
});
