// The lesson's own Verify check typed after the kill, `pgrep -f "kv_node.*--id 2" || echo "leader process is dead"`:
// a pid printed under it says the leader still ran (adv53's probes 32b/32e/32f: kill -USR1, a plain kill the node
// survived, kill -HUP, each with only the followers' lines after it, passed).
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');
const ledOn = (text: string) => checkPaste(lesson, text).checks[2]!.findings.find((f) => f.code === 'KILLED_NODE_LED_ON');

const followers = [
  '[04:53:06.995] [node1] INFO  following leader node2 (term 1)',
  '[04:53:06.995] [node3] INFO  following leader node2 (term 1)',
  '[04:53:06.995] [node2] INFO  became leader for term 1 (2 votes)',
];
const after = ['[04:53:08.693] [node1] WARN  heartbeat timeout - no message from leader node2 in 150ms', '[04:53:08.693] [node3] WARN  heartbeat timeout - no message from leader node2 in 150ms'];
const paste = (kill: string, check: readonly string[]): string => ['$ grep -h leader data/node*/node.log', ...followers, `$ date +%T.%N; ${kill}`, '04:53:08.572871457', ...check, '$ tail -n 1 data/node1/node.log data/node3/node.log', ...after].join('\n');
const pgrep = (output: string): string[] => ['$ pgrep -f "kvnode.*--id 2" || echo "leader process is dead"', output];

describe('a process check after the kill that printed the leader\'s pid', () => {
  it('fails the paste: the kill killed no leader (KILLED_NODE_LED_ON with stillRunning)', () => {
    const text = paste('kill -USR1 18842', pgrep('18842'));
    expect(checkPaste(lesson, text).passed).toBe(false);
    const finding = ledOn(text)!;
    expect(finding.args).toMatchObject({ node: 'node2', killLine: 6, line: 8, stillRunning: { checkLine: 7, pid: '18842' }, signal: 'USR1' });
    expect(formatFindingMessage(finding)).toContain('your check on line 7, typed after the kill on line 6, found its process still running (pid 18842 on line 8)');
    expect(checkPaste(lesson, paste('kill 18842', pgrep('18842'))).passed).toBe(false);
  });

  it('passes when the check printed the echo: the process was gone', () => {
    expect(checkPaste(lesson, paste('kill 18842', pgrep('leader process is dead'))).passed).toBe(true);
  });

  it('asks a kill of a known pid for that pid: another under the pattern may be a wrapper shell', () => {
    expect(ledOn(paste('kill 18842', pgrep('18840')))).toBeUndefined();
  });

  it("counts a check on the kill's own command line after a wait (adv54c-05: `kill 7289; sleep 1; pgrep …`), the pid under the date", () => {
    const text = ['$ grep -h leader data/node*/node.log', ...followers, '$ date +%T.%N; kill 18842; sleep 1; pgrep -f "kvnode.*--id 2" || echo "leader process is dead"', '04:53:08.572871457', '6775', '18842', ...after].join('\n');
    expect(checkPaste(lesson, text).passed).toBe(false);
    const finding = ledOn(text)!;
    expect(finding.args).toMatchObject({ node: 'node2', killLine: 6, line: 8, stillRunning: { checkLine: 5, pid: '18842', killedPid: true } });
    expect(formatFindingMessage(finding)).toContain('your check on line 5, run after the kill on the same command line, found its process still running (pid 18842 on line 8)');
    expect(formatFindingMessage(finding)).toContain('the signal reached pid 18842, which went on running');
    // The echo instead of a pid: the process was gone, and the paste passes.
    expect(checkPaste(lesson, text.replace('6775\n18842', 'leader process is dead')).passed).toBe(true);
  });

  it('is no check typed on the kill\'s own line (the process may still be exiting)', () => {
    const text = ['$ grep -h leader data/node*/node.log', ...followers, '$ date +%T.%N; kill 18842; pgrep -f "kvnode.*--id 2"', '04:53:08.572871457', '18842', ...after].join('\n');
    expect(ledOn(text)).toBeUndefined();
  });
});
