// The patterns check's failure words (check-patterns.ts): what was expected, the lines the timing check used, and
// advice that fits what the paste shows.
import { describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');

// adv39: the leader stopped with Ctrl+C, as the lesson allows; its line says KeyboardInterrupt, no kill word.
const CTRL_C = [
  '--- terminal 1: node1 (leader) ---',
  '2026-12-03 08:47:23,401 INFO     raft.node1: [term 3] leader: heartbeat -> node2, node3',
  '^C2026-12-03 08:47:23,455 WARNING  raft.node1: KeyboardInterrupt (Ctrl+C) - shutting down node1',
  '2026-12-03 08:47:23,457 INFO     raft.node1: goodbye',
  '--- terminal 2: node2 ---',
  '2026-12-03 08:47:23,403 DEBUG    raft.node2: [term 3] append_entries from node1 (0 entries)',
  '2026-12-03 08:47:23,661 WARNING  raft.node2: [term 3] heartbeat timeout after 258ms, starting election for term 4',
  '--- terminal 3: node3 ---',
  '2026-12-03 08:47:23,404 DEBUG    raft.node3: [term 3] append_entries from node1 (0 entries)',
  '2026-12-03 08:47:23,659 WARNING  raft.node3: [term 3] heartbeat timeout after 255ms (leader node1)',
].join('\n');

const killPatternFinding = (text: string) => checkPaste(lesson, text).checks[1]!.findings.find((f) => f.code === 'PATTERN_NOT_FOUND' && f.path === 'proof.regex_patterns[1]');

describe('checkPatterns: a failed kill pattern after a Ctrl+C', () => {
  it('says the Ctrl+C line names no signal and how to fix it, with the Ctrl+C hint, not the SIGTERM-over-SIGKILL one (adv39)', () => {
    const finding = killPatternFinding(CTRL_C)!;
    expect(finding.args).toMatchObject({ interrupted: { line: 3, sigterm: true }, hint: 'If you use Ctrl+C, that sends SIGINT which is fine too' });
    const message = formatFindingMessage(finding);
    expect(message).toContain(
      '; line 3 shows Ctrl+C, which sends SIGINT, but no line says so in words this pattern accepts: have the node log it (e.g. "received SIGINT, shutting down"), ' +
        'or stop it with kill <pid> (SIGTERM) and log "received SIGTERM" — hint: If you use Ctrl+C, that sends SIGINT which is fine too',
    );
    expect(message).not.toContain('SIGKILL');
  });

  it('near miss: a kill line that shows no Ctrl+C keeps the lesson hint alone', () => {
    const finding = killPatternFinding(CTRL_C.replace('^C', '').replace('KeyboardInterrupt (Ctrl+C) - shutting down node1', 'shutting down node1'))!;
    expect(finding.args.interrupted).toBeUndefined();
    expect(formatFindingMessage(finding)).toMatch(/ — hint: SIGTERM is cleaner than SIGKILL/);
  });
});
