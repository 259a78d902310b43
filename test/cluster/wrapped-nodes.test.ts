// A student's node behind the wrappers students put around it (fixtures/nodes/pyraft through `cd … &&`, setsid, a
// double-forking daemon, a wrapper script with a helper that ignores SIGTERM, Ctrl+C mid-run): each run tells what
// happened and leaves no process behind, wherever the node went.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execLine } from '../../src/cluster/command-cluster.js';
import { runScenario } from '../../src/scenario/run-scenario.js';
import type { RunScenarioOptions, ScenarioResult } from '../../src/scenario/scenario-types.js';
import { useEnvMark } from '../support/env-marked-processes.js';
import { python, pythonNode, pythonNodeDir } from '../support/foreign-node.js';
import { loadLesson, useRunDir } from '../support/processes.js';

const lesson = loadLesson();
const run = useRunDir('wrapped-nodes');
const mark = useEnvMark();

async function scenario(clusterCommand: string, options: Partial<RunScenarioOptions> = {}): Promise<ScenarioResult> {
  const result = await runScenario(lesson, { clusterCommand, timeoutMs: 5000, outFile: join(run.dir, 'demo_step2.log'), workDir: join(run.dir, 'work'), ...options });
  run.track(Object.values(result.pids));
  return result;
}

const ESCAPED_NOTE = /^your --cluster command left processes running outside the process group it started in \(node1: pid \d+ .*setsid, a daemon's double fork/;

describe('execLine', () => {
  it('execs one simple command, and runs a template of several commands or a builtin as written', () => {
    expect(execLine('./kv_node --id 1')).toBe('exec ./kv_node --id 1');
    expect(execLine('TZ=UTC ./kv_node --id 1')).toBe('exec env TZ=UTC ./kv_node --id 1');
    expect(execLine('./kv_node --id 1 2>&1 | tee data/node1/node.log')).toBe('exec ./kv_node --id 1 2>&1 | tee data/node1/node.log');
    expect(execLine("./kv_node --tag 'a;b && c'")).toBe("exec ./kv_node --tag 'a;b && c'");
    for (const template of ['cd /srv/raft && ./kv_node --id 1', 'make build && ./kv_node', '. venv/bin/activate; python3 node.py', 'ulimit -n 4096\n./kv_node', './a || ./b', 'source env.sh', '(cd x; ./kv_node)', './kv_node & wait']) {
      expect(execLine(template)).toBe(template);
    }
  });
});

describe('wrapped student nodes', () => {
  it('`cd DIR && python3 kv_node.py …` runs (it used to fail at once: "exec: cd: not found")', async () => {
    const result = await scenario(`cd ${pythonNodeDir} && ${python} kv_node.py --id {id} --peers {peers} --client-port {client_port} --flush`);
    expect(result.problems).toEqual([]);
    expect(result.verdict?.passed).toBe(true);
    expect(mark.left()).toEqual([]);
  });

  it('setsid: the nodes leave their process groups at once; the harness still kills the leader, notes it, and stops them all', async () => {
    // setsid forks (sh exec'd it as a group leader), so each node's command exits 0 at once while the node runs on in
    // a session of its own: the run used to say "did not act on the signal", sent none, and never returned.
    const result = await scenario(`setsid ${pythonNode('--flush')}`);
    expect(result.problems).toEqual([]);
    expect(result.verdict?.passed).toBe(true);
    // The leader's own log (whichever node won: node1's file holds node1's lines only, an n2 leader's SIGTERM is in node2's).
    expect(readFileSync(join(run.dir, `work/data/node${result.leader}/node.log`), 'utf8')).toMatch(new RegExp(`n${result.leader} caught SIGTERM, stopping`));
    expect(result.notes.filter((n) => ESCAPED_NOTE.test(n))).toHaveLength(1);
    expect(mark.left()).toEqual([]);
  });

  it('a daemon (double fork, pid file, its own node.log): followed, killed and stopped', async () => {
    const daemonize = join(run.dir, 'daemonize.py');
    writeFileSync(
      daemonize,
      [
        'import os, sys',
        'data_dir, args = sys.argv[1], sys.argv[2:]',
        'if os.fork() > 0: sys.exit(0)',
        'os.setsid()',
        'if os.fork() > 0: os._exit(0)',
        'open(os.path.join(data_dir, "node.pid"), "w").write(str(os.getpid()))',
        'fd = os.open(os.path.join(data_dir, "node.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)',
        'os.dup2(fd, 1); os.dup2(fd, 2)',
        'os.execvp(args[0], args)',
      ].join('\n'),
    );
    const result = await scenario(`${python} ${daemonize} {data_dir} ${pythonNode('--flush')}`);
    expect(result.problems).toEqual([]);
    expect(result.verdict?.passed).toBe(true);
    expect(result.notes.filter((n) => ESCAPED_NOTE.test(n))).toHaveLength(1);
    expect(mark.left()).toEqual([]);
  });

  it('a wrapper whose helper ignores SIGTERM: the run names the helper still running, returns, and kills it', async () => {
    const helper = join(run.dir, 'stubborn-helper.py');
    writeFileSync(helper, 'import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ntime.sleep(60)\n');
    const script = join(run.dir, 'run.sh');
    writeFileSync(script, `#!/bin/sh\n${python} ${helper} &\n${python} ${join(pythonNodeDir, 'kv_node.py')} --id "$1" --peers "$2" --client-port "$3" --flush\n`);
    chmodSync(script, 0o755);
    const t0 = Date.now();
    const result = await scenario(`${script} {id} {peers} {client_port}`);
    // 5 s for the killed node to exit, 3 s of stop grace: it used to hang, the helper holding the node's output pipe.
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(result.detections).toHaveLength(2);
    expect(result.problems).toContainEqual(
      expect.stringMatching(new RegExp(`^node${result.leader} was still running 5 s after SIGTERM \\(still running: pid \\d+ ".*stubborn-helper\\.py"; the command itself, pid \\d+, had exited, but not what it started\\)$`)),
    );
    expect(mark.left()).toEqual([]);
  }, 30_000);

  it('Ctrl+C (abort) mid-run with setsid nodes: interrupted, nothing left', async () => {
    const controller = new AbortController();
    const running = scenario(`setsid ${pythonNode('--flush')}`, {
      abortSignal: controller.signal,
      onStep: (e) => {
        if (e.step === 'wait-leader' && e.status === 'running') setTimeout(() => controller.abort(), 300);
      },
    });
    await expect(running).rejects.toThrow('interrupted');
    expect(mark.left()).toEqual([]);
  });
});
