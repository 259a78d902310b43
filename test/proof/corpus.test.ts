// The blind corpus (fixtures/pastes-corpus/, issue 9): realistic student pastes and real etcd captures with truth
// computed outside the engine. Each case checks passed, the killed leader, the kill line and every follower's
// detection ms (±1). Cases the engine gets wrong today are listed once in KNOWN_WRONG_TODAY and run as it.fails,
// so the suite stays green and a case that starts passing turns red until it is removed from the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import type { Verdict } from '../../src/proof/verdict.js';
import { loadLesson, ROOT } from './helpers.js';
import { KNOWN_WRONG_TODAY } from '../support/known-wrong-pastes.js';

interface CorpusCase {
  readonly file: string;
  readonly class: string;
  readonly passed: boolean;
  /** The node leading when it was killed, as a student names it; null with leaderByProvenance: the paste shows none. */
  readonly leader: string | null;
  /**
   * Who led, known only from the capture (its full logs, quorum_status), when no pasted line shows it: the engine must
   * name no leader and no killed node (a name would be a guess).
   */
  readonly leaderByProvenance?: string;
  /** Set when the student killed a follower: it must never be reported as the killed leader. */
  readonly killedNode?: string;
  /** 1-based line of the kill the verdict must judge (null: no timestamped kill of the leader in the paste). */
  readonly killLine: number | null;
  /** Detection ms per follower; null: nothing a checker may count as an in-window detection. */
  readonly followers: Readonly<Record<string, number | null>>;
  /** Other names the same node goes by in the paste (the engine may report any of them). */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  readonly why: string;
}

const CORPUS_DIR = join(ROOT, 'fixtures/pastes-corpus');
const CASES: readonly CorpusCase[] = JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8'));
const LESSON = loadLesson('w12-l03');
const TOLERANCE_MS = 1;


function namesOf(c: CorpusCase, node: string): string[] {
  return [node, ...(c.aliases?.[node] ?? [])].map((n) => n.toLowerCase());
}

function isNode(c: CorpusCase, node: string, reported: string | null | undefined): boolean {
  return reported != null && namesOf(c, node).includes(reported.toLowerCase());
}

/** What the verdict gets wrong against the truth, in words (empty when right). */
function findWrongs(c: CorpusCase, verdict: Verdict): string[] {
  const wrongs: string[] = [];
  const m = verdict.measurements;
  if (verdict.passed !== c.passed) wrongs.push(`passed: engine ${verdict.passed}, truth ${c.passed}`);
  if (c.killedNode !== undefined) {
    if (isNode(c, c.killedNode, m?.leader)) wrongs.push(`leader: engine reports the killed follower ${c.killedNode} as the leader`);
    if (!isNode(c, c.killedNode, m?.killedNode)) wrongs.push(`killedNode: engine ${m?.killedNode ?? null}, truth ${c.killedNode}`);
    return wrongs;
  }
  if (c.killLine !== null) {
    if (m?.killLine !== c.killLine) wrongs.push(`killLine: engine ${m?.killLine ?? null}, truth ${c.killLine}`);
    if (c.leaderByProvenance !== undefined) {
      if (m?.leader != null) wrongs.push(`leader: engine ${m.leader}, truth: the paste shows no leader (${c.leaderByProvenance} by provenance), so none may be named`);
      if (m?.killedNode != null) wrongs.push(`killedNode: engine ${m.killedNode}, truth: the paste shows no killed node (${c.leaderByProvenance} by provenance)`);
    } else if (c.leader !== null && !isNode(c, c.leader, m?.leader)) wrongs.push(`leader: engine ${m?.leader ?? null}, truth ${c.leader}`);
  }
  for (const [node, ms] of Object.entries(c.followers)) {
    const f = m?.followers.find((x) => isNode(c, node, x.node));
    if (ms === null) {
      if (f?.status === 'detected') wrongs.push(`${node}: engine detected at ${f.detectionMs} ms (line ${f.line}), truth no countable detection`);
    } else if (f?.detectionMs === undefined) {
      wrongs.push(`${node}: engine ${f ? `status ${f.status} without ms` : 'no such follower'}, truth ${ms} ms`);
    } else if (Math.abs(f.detectionMs - ms) > TOLERANCE_MS) {
      wrongs.push(`${node}: engine ${f.detectionMs} ms (line ${f.line}), truth ${ms} ms`);
    }
  }
  return wrongs;
}

describe('paste corpus (fixtures/pastes-corpus)', () => {
  it('has one expected entry per paste file and lists only corpus files as known wrong', () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.log')).sort();
    expect(CASES.map((c) => c.file).sort()).toEqual(files);
    expect([...KNOWN_WRONG_TODAY].filter((f) => !files.includes(f))).toEqual([]);
    for (const c of CASES) {
      // Lines as the engine splits them: a lone CR (an old Mac's, adv68h-05) ends one too.
      const lines = readFileSync(join(CORPUS_DIR, c.file), 'latin1').split(/\r\n|\r|\n/).length;
      if (c.killLine !== null) expect(c.killLine, c.file).toBeLessThanOrEqual(lines);
      // A leader known only by provenance is one the paste does not show: the truth's leader is then null.
      if (c.leaderByProvenance !== undefined) expect([c.leader, c.killLine !== null], c.file).toEqual([null, true]);
      // Every follower the lesson counts, or more (a five-node cluster's four).
      expect(Object.keys(c.followers).length, c.file).toBeGreaterThanOrEqual(LESSON.proof.timing!.followers);
    }
  });

  for (const c of CASES) {
    const run = KNOWN_WRONG_TODAY.has(c.file) ? it.fails : it;
    run(`${c.file} [${c.class}] ${c.passed ? 'passes' : 'fails'}`, () => {
      const verdict = checkPaste(LESSON, readFileSync(join(CORPUS_DIR, c.file)));
      const wrongs = findWrongs(c, verdict);
      expect(wrongs, `${c.why}\n  ${wrongs.join('\n  ')}\n`).toEqual([]);
    });
  }
});
