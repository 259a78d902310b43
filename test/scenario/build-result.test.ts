// src/scenario/build-result.ts keptWorkDir: a failed run keeps its temp dir for its node logs; one that failed before
// any node started has none, and its dir (only the run record) was left in /tmp by every such run (seen: test runs
// in a worktree without dist/, "cannot find dist/bin/kv_node.js", one kept dir each).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildResult } from '../../src/scenario/build-result.js';
import { prepareRun } from '../../src/scenario/prepare-run.js';
import type { ScenarioContext } from '../../src/scenario/scenario-context.js';
import { loadLesson } from '../proof/helpers.js';

const lesson = loadLesson('w12-l03');
const dirs: string[] = [];
const contexts: ScenarioContext[] = [];
afterEach(async () => {
  for (const ctx of contexts.splice(0)) await ctx.reaper.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function failedContext(workDir?: string): Promise<ScenarioContext> {
  const cwd = mkdtempSync(join(tmpdir(), 'vl-build-result-'));
  dirs.push(cwd);
  const { ctx } = await prepareRun(lesson, { cwd, ...(workDir === undefined ? {} : { workDir }) });
  contexts.push(ctx);
  dirs.push(ctx.workDir);
  ctx.problems.push('cannot find dist/bin/kv_node.js: run `npm run build` first');
  return ctx;
}

const journal = { lessonId: 'w12-l03', start: '', end: '', status: 'failed' as const, steps: [] };

describe('buildResult keptWorkDir', () => {
  it('does not keep the temp dir of a run that failed before any node started', async () => {
    expect(buildResult(await failedContext(), journal, Date.now()).keptWorkDir).toBe(false);
  });

  it('keeps it once a cluster started, for its node logs', async () => {
    const ctx = await failedContext();
    (ctx as { cluster: unknown }).cluster = { nodeIds: [1], logPath: (id: number) => join(ctx.workDir, `data/node${id}/node.log`) };
    expect(buildResult(ctx, journal, Date.now()).keptWorkDir).toBe(true);
  });

  it("always keeps a --workdir: it is the user's", async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'vl-build-result-own-'));
    dirs.push(cwd);
    expect(buildResult(await failedContext(join(cwd, 'work')), journal, Date.now()).keptWorkDir).toBe(true);
  });
});

// `verify-lesson w12-l03 --json` printed `"leader": 1` where the verdict inside it says `"leader": "node1"`: each
// numbered node carries the verdict's label beside its number (the number stays: library users pass it back).
describe('buildResult node labels', () => {
  it('names the first and the new leader as the verdict does, beside their numbers; an unknown one stays null', async () => {
    const ctx = await failedContext();
    expect(buildResult(ctx, journal, Date.now())).toMatchObject({ leader: null, leaderLabel: null, newLeader: null, newLeaderLabel: null });
    Object.assign(ctx, { firstLeader: 1, newLeader: 3 });
    expect(buildResult(ctx, journal, Date.now())).toMatchObject({ leader: 1, leaderLabel: 'node1', newLeader: 3, newLeaderLabel: 'node3' });
  });
});
