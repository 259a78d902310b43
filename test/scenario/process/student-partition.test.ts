// Partitions for any implementation: a student's nodes started from a --cluster template get `{peers}` that point
// at the harness's link proxies, so w12-l06 can cut their leader off without root. (kv_node stands in for the
// student's node here, started through the template like any other command; it has no known client API this way.)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../../src/catalog/load-lessons.js';
import { runScenario } from '../../../src/scenario/run-scenario.js';
import { childPids, isAlive, kvNodeScript, useRunDir } from '../../support/processes.js';

const root = join(import.meta.dirname, '../../..');
const index = await loadLessons({ dir: join(root, 'lessons') });
const run = useRunDir('student-partition');

describe('w12-l06 with a --cluster command template', () => {
  it('partitions the student nodes through the proxies: a new leader, the old one steps down, and rejoins after healing', async () => {
    const template = `node ${kvNodeScript} --id {id} --peers {peers} --client-port {client_port} --data-dir {data_dir}`;
    // The run fails on purpose (see below), and failed runs keep their work dir for the student: keep it in `dir`.
    const result = await runScenario(index.lessons.get('w12-l06')!, { cwd: run.dir, outFile: join(run.dir, 'demo.log'), workDir: join(run.dir, 'work'), clusterCommand: template, timeoutMs: 5000 });
    const pids = Object.values(result.pids);
    run.track(pids);
    const status = Object.fromEntries(result.journal.steps.map((s) => [s.title, s.status]));
    expect(status).toMatchObject({
      'wait for the first leader': 'succeeded',
      'cut the leader off from the other two nodes': 'succeeded',
      'the majority elects a new leader': 'succeeded',
      'the cut-off leader steps down': 'succeeded',
      'heal the network': 'succeeded',
      'the old leader rejoins as a follower and catches up': 'succeeded',
      "run the lesson's Verify block": 'succeeded',
    });
    expect(result.newLeader).not.toBe(result.leader);
    // Without a client API no writes ran, so the paste lacks the acknowledged writes the lesson asks for: that is
    // the one thing that fails, and it says so.
    expect(result.problems).toEqual([expect.stringMatching(/^checkPaste did not pass demo\.log: .*acknowledged/)]);
    expect(result.verdict?.patterns.filter((p) => !p.passed).map((p) => p.pattern)).toEqual(['\\b(acknowledged|committed)\\b|"ok": ?true']);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(childPids()).toEqual([]);
    expect(result.workDir).toBe(join(run.dir, 'work'));
  });
});
