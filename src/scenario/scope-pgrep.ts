// A lesson's Verify block checks the leader is gone with `pgrep -f "kv_node.*--id 1"`, which looks at the whole
// machine: another cluster there (a second run, a concurrent test, the student's other terminal) would be taken for
// this run's leader. The harness runs the block with a `pgrep` first on its PATH that asks the real one about this
// run's nodes only, by their sessions (`pgrep -s`, procps and BSD alike): the block's text stays as the lesson wrote it.
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const SHIM_DIR = 'verify-bin';

// The first executable `pgrep` on `path` (a PATH value), or undefined.
function findPgrep(path: string): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'pgrep');
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const quote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * `env` with a PATH whose first `pgrep` (written into `workDir`/verify-bin) matches only processes in `sessions`;
 * `env` unchanged when no pgrep is installed (the block then fails as it would for the student).
 */
export function scopePgrep(workDir: string, sessions: readonly number[], env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const path = env.PATH ?? '';
  const pgrep = findPgrep(path);
  if (pgrep === undefined) return env;
  const dir = join(workDir, SHIM_DIR);
  mkdirSync(dir, { recursive: true });
  const run = sessions.length === 0 ? 'exit 1' : `exec ${quote(pgrep)} -s ${sessions.join(',')} "$@"`;
  writeFileSync(
    join(dir, 'pgrep'),
    `#!/bin/sh\n# verify-lesson: the Verify block's pgrep, limited to this run's nodes (the sessions they run in)\n${run}\n`,
    { mode: 0o755 },
  );
  return { ...env, PATH: path === '' ? dir : `${dir}${delimiter}${path}` };
}
