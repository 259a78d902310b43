// A node with no SIGTERM handler (a C node that never installed one; etcd killed before it installed its own) dies
// by the signal's default action without a line: the demo log still records the kill, as the student's terminal
// shows their `kill <pid>`, by the harness's timestamped line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUSTER_RUN_MARK } from '../../../src/proof/reference-mark.js';
import { runScenario } from '../../../src/scenario/run-scenario.js';
import { python, pythonNodeDir } from '../../support/foreign-node.js';
import { isAlive, loadLesson, useRunDir } from '../../support/processes.js';

const lesson = loadLesson();
const run = useRunDir('silent-sigterm');

// The foreign Python node with its SIGTERM/SIGINT handlers never installed: SIGTERM ends it at once, silently.
const script = [
  'import runpy, signal, sys',
  'install = signal.signal',
  'signal.signal = lambda signum, handler: None if signum in (signal.SIGTERM, signal.SIGINT) else install(signum, handler)',
  `sys.argv = [${JSON.stringify(join(pythonNodeDir, 'kv_node.py'))}] + sys.argv[1:]`,
  'runpy.run_path(sys.argv[0], run_name="__main__")',
].join('; ');
const template = `${python} -c '${script}' --id {id} --peers {peers} --client-port {client_port} --data-dir {data_dir} --flush`;

describe('SIGTERM to a node that logs nothing when it dies', () => {
  it("passes with the harness's kill line standing in for the node's own", async () => {
    const result = await runScenario(lesson, { clusterCommand: template, timeoutMs: 5000, outFile: join(run.dir, 'demo_step2.log'), workDir: join(run.dir, 'work') });
    const pids = Object.values(result.pids);
    run.track(pids);
    expect(result.problems).toEqual([]);
    const leader = result.leader!;
    const log = readFileSync(join(run.dir, 'work', `data/node${leader}/node.log`), 'utf8');
    expect(log).not.toMatch(/caught SIG/);
    const demo = readFileSync(join(run.dir, 'demo_step2.log'), 'utf8');
    // The demo log's mark, then the harness's kill line standing in for the node's own.
    expect(demo.split('\n')[0]).toBe(CLUSTER_RUN_MARK);
    expect(demo.split('\n')[1]).toMatch(new RegExp(`^\\S+ harness INFO  killed leader node${leader} with SIGTERM \\(kill -TERM \\d+\\)$`));
    expect(result.verdict).toMatchObject({ passed: true, measurements: { leader: `node${leader}`, killLine: 2 } });
    expect(pids.filter(isAlive)).toEqual([]);
  });
});
