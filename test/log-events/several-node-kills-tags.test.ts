// `killall kv_node` with no process listing in the paste (adv42 W1, p33): the nodes' own lines tag them as that program
// (syslog's `kv_node[2]`), so the command ended every one of them, the followers too — their `received signal,
// exiting` at the kill's ms is their end, not a silence to explain ("logged nothing after the kill").
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from '../proof/helpers.js';

const W12 = loadLesson('w12-l03');

// adv42's p33 (a real run of its C node; /work/team/adv42/pastes/p33-killall-everything-fail.log).
const KILLALL = (command: string, program = 'kv_node'): string =>
  [
    `$ date +%T.%N; ${command}`,
    '16:57:11.779111452',
    '$ tail -n 3 data/node*/node.log',
    '==> data/node1/node.log <==',
    `2026-12-03T16:57:10.475Z ${program}[1] INFO became leader for term 1`,
    `2026-12-03T16:57:11.429Z ${program}[1] INFO sent heartbeat #20 to followers`,
    `2026-12-03T16:57:11.783Z ${program}[1] WARN received SIGTERM, shutting down`,
    '',
    '==> data/node2/node.log <==',
    `2026-12-03T16:57:10.477Z ${program}[2] INFO following leader node1 in term 1`,
    `2026-12-03T16:57:11.484Z ${program}[2] INFO heartbeat from leader node1 (term 1)`,
    `2026-12-03T16:57:11.783Z ${program}[2] INFO received signal, exiting`,
    '',
    '==> data/node3/node.log <==',
    `2026-12-03T16:57:10.474Z ${program}[3] INFO following leader node1 in term 1`,
    `2026-12-03T16:57:11.429Z ${program}[3] INFO heartbeat from leader node1 (term 1)`,
    `2026-12-03T16:57:11.783Z ${program}[3] INFO received signal, exiting`,
  ].join('\n');

const timingErrors = (paste: string): string[] =>
  checkPaste(W12, paste)
    .checks.find((c) => c.id === 'timing')!
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${String(f.args.node ?? '')}${f.args.killedLine === undefined ? '' : ` killed on line ${String(f.args.killedLine)}`}`);

describe('a kill by name of the program the nodes are tagged with', () => {
  it.each(['killall kv_node', 'pkill kv_node', 'pkill kv_no'])('%s ends the followers too', (command) => {
    expect(timingErrors(KILLALL(command))).toEqual(['FOLLOWER_NO_DETECTION node2 killed on line 2', 'FOLLOWER_NO_DETECTION node3 killed on line 2']);
  });

  it("ends no follower whose tag names another program", () => {
    expect(timingErrors(KILLALL('killall kv_node', 'raftd'))).toEqual(['FOLLOWER_NO_DETECTION node2', 'FOLLOWER_NO_DETECTION node3']);
  });
});
