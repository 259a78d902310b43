// A failed scenario run told in full for an assertion message: its problems, the kill time and every node's log,
// read from the work dir while it still exists, so a failure seen once under load can be understood from CI output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioResult } from '../../src/scenario/scenario-types.js';

const MAX_LINES_PER_NODE = 80;

export function describeRun(result: ScenarioResult): string {
  const logs = Object.keys(result.pids).map((node) => {
    let lines: string[];
    try {
      lines = readFileSync(join(result.workDir, 'data', node, 'node.log'), 'utf8').trimEnd().split('\n');
    } catch {
      lines = [...(result.logTails[node] ?? [])];
    }
    return `--- ${node} (pid ${result.pids[node]}) ---\n${lines.slice(-MAX_LINES_PER_NODE).join('\n')}`;
  });
  const kill = result.killAtMs === null ? 'no kill' : `${result.signal} to node${result.leader} at ${new Date(result.killAtMs).toISOString()}`;
  return [`problems: ${JSON.stringify(result.problems)}`, `notes: ${JSON.stringify(result.notes)}`, kill, ...result.journal.steps.map((s) => `step ${s.title}: ${s.status} at ${s.start} (${s.durationMs} ms) ${s.detail}`), ...logs].join('\n');
}
