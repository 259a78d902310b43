// A student node compiled from fixtures/nodes (gcc, rustc: both part of this machine kind) into a temp dir, and runs
// of the lesson's scenario against it through --cluster, each in a work dir of its own, no process left behind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runScenario } from '../../src/scenario/run-scenario.js';
import type { RunScenarioOptions, ScenarioResult } from '../../src/scenario/scenario-types.js';
import { isAlive } from './is-alive.js';
import { loadLesson } from './processes.js';

/** A built node: `run` starts the scenario with `--id {id} --peers {peers} --port {port}` and `extra` flags. */
export interface CompiledNode {
  readonly binary: string;
  /** What the compiler printed on stderr (warnings). */
  readonly buildStderr: string;
  run(extra: string, options?: Partial<RunScenarioOptions>): Promise<ScenarioResult>;
  /** Removes the binary and every run's work dir. */
  remove(): void;
}

/** Compiles `source` with `compiler` (its arguments given the output path); a missing compiler fails loudly. */
export function compileNode(compiler: string, source: string, argsFor: (binary: string) => string[]): CompiledNode {
  const dir = mkdtempSync(join(tmpdir(), 'compiled-node-'));
  const binary = join(dir, 'kv_node');
  const built = spawnSync(compiler, argsFor(binary), { encoding: 'utf8' });
  if (built.error || built.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${compiler} could not build ${source}: ${built.error?.message ?? built.stderr}`);
  }
  const lesson = loadLesson();
  return {
    binary,
    buildStderr: built.stderr,
    async run(extra, options = {}) {
      const out = mkdtempSync(join(dir, 'run-'));
      const result = await runScenario(lesson, {
        clusterCommand: `${binary} --id {id} --peers {peers} --port {port}${extra}`,
        timeoutMs: 5000,
        outFile: join(out, 'demo_step2.log'),
        workDir: join(out, 'work'),
        ...options,
      });
      expect(Object.values(result.pids).filter(isAlive)).toEqual([]);
      return result;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
