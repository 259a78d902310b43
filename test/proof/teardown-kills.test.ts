// A follower-only paste, as the lesson's instructions ask, that runs on to the demo's teardown (adv42b F5): both
// followers noticed leader n1 go silent and elected n2, then n2 and n3 logged their own `SIGTERM received` as the
// cluster was stopped. Those shutdowns are no kill the followers could notice; what is missing is n1's kill line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addFindingMessages } from '../../src/proof/add-finding-messages.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson, problemCodes, ROOT } from './helpers.js';

const W12 = loadLesson('w12-l03');

// `cat data/node2/node.log data/node3/node.log` of adv42b's case 17 (/work/team/adv42b/runs/17-workdir-keep).
const FOLLOWERS_CAT = [
  '2026/12/03 16:58:13.186 | n2 | FOLLOWER t0 | node up, listening on 127.0.0.1:31697, peers=[1, 2, 3]',
  '2026/12/03 16:58:13.422 | n2 | FOLLOWER t1 | gave my vote to n1',
  '2026/12/03 16:58:13.455 | n2 | FOLLOWER t1 | n1 is the leader now, following it',
  '2026/12/03 16:58:13.703 | n2 | FOLLOWER t1 | no heartbeat from leader n1 for 232ms, election timeout -> candidate',
  '2026/12/03 16:58:13.708 | n2 | CANDIDATE t2 | asking for votes',
  '2026/12/03 16:58:13.737 | n2 | LEADER t2 | won the vote 2/3, I am LEADER now',
  '2026/12/03 16:58:13.943 | n2 | LEADER t2 | SIGTERM received, node going away',
  '2026/12/03 16:58:13.240 | n3 | FOLLOWER t0 | node up, listening on 127.0.0.1:22091, peers=[1, 2, 3]',
  '2026/12/03 16:58:13.428 | n3 | FOLLOWER t1 | gave my vote to n1',
  '2026/12/03 16:58:13.457 | n3 | FOLLOWER t1 | n1 is the leader now, following it',
  '2026/12/03 16:58:13.730 | n3 | FOLLOWER t2 | no heartbeat from leader n1 for 267ms, so voting for n2',
  '2026/12/03 16:58:13.738 | n3 | FOLLOWER t2 | n2 is the leader now, following it',
  '2026/12/03 16:58:13.949 | n3 | FOLLOWER t2 | SIGTERM received, node going away',
].join('\n');

describe("the followers' teardown after they noticed the leader go silent", () => {
  it('is no kill: the verdict says the killed leader\'s line is missing', () => {
    const verdict = addFindingMessages(checkPaste(W12, FOLLOWERS_CAT));
    expect(verdict.passed).toBe(false);
    expect(problemCodes(verdict)).toEqual(['KILL_LINE_MISSING']);
    const missing = verdict.checks.find((c) => c.id === 'timing')!.findings[0]!;
    expect(missing).toMatchObject({ code: 'KILL_LINE_MISSING', args: { teardown: { leader: 'node1', node: 'node2', lostLine: 4, killLines: [7, 13], nodes: ['node2', 'node3'] } } });
    expect(missing.message).toContain('n1');
    expect(missing.message).not.toContain('kill only the leader');
    expect(verdict.measurements).toMatchObject({ killLine: null });
  });

  // One follower's whole log, as the harness keeps it: it lost leader node1 (line 8), followed node3, and was stopped with
  // the cluster (line 15). Not "node3 led: kill node3 instead": the student did kill the leader, whose line is elsewhere.
  it("reads one follower's log the same way: its own shutdown is the teardown", () => {
    const log = readFileSync(`${ROOT}fixtures/workdirs/bundled-sigterm/data/node2/node.log`, 'utf8');
    const verdict = checkPaste(W12, log);
    expect(problemCodes(verdict)).toEqual(['KILL_LINE_MISSING']);
    expect(verdict.checks.find((c) => c.id === 'timing')!.findings[0]).toMatchObject({ args: { teardown: { leader: 'node1', node: 'node2', lostLine: 8, killLines: [15], nodes: ['node2'] } } });
  });

  it("names the demo's untimed kill above the teardown (`kill 30972` of the leader's job, no date: adv56f-01), not the teardown", () => {
    const withUntimed = ['$ ./kv_node --id 1 --leader > data/node1/node.log &', '[1] 30972', '$ kill 30972', '[1]   Terminated              ./kv_node --id 1 --leader', FOLLOWERS_CAT].join('\n');
    const verdict = addFindingMessages(checkPaste(W12, withUntimed));
    expect(problemCodes(verdict)).toEqual(['KILL_LINE_MISSING']);
    const missing = verdict.checks.find((c) => c.id === 'timing')!.findings[0]!;
    expect(missing.args).toMatchObject({ untimestampedLine: 3, teardown: { leader: 'node1', killLines: [11, 17] } });
    expect(missing.message).toContain('line 3 shows the kill but has no timestamp');
    expect(missing.message).not.toContain('kill only the leader');
  });

  it('stays the kill when the leader it followed is killed in the paste', () => {
    const withKill = ['2026/12/03 16:58:13.470 | n1 | LEADER t1 | SIGTERM received, node going away', FOLLOWERS_CAT].join('\n');
    const verdict = checkPaste(W12, withKill);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements).toMatchObject({ killLine: 1, leader: 'node1' });
  });

  it('stays the kill when it leaves a node running (a second round: kill the new leader)', () => {
    const oneKill = FOLLOWERS_CAT.split('\n').slice(0, 12).concat('2026/12/03 16:58:14.210 | n3 | FOLLOWER t2 | no heartbeat from leader n2 for 260ms, election timeout -> candidate').join('\n');
    const verdict = checkPaste(W12, oneKill);
    expect(verdict.measurements).toMatchObject({ killLine: 7, leader: 'node2' });
  });
});
