// Ctrl+C during a scenario run (adv42b 8, 12b/12c): stopping nodes that ignore SIGTERM takes their 3 s grace, so the
// first Ctrl+C says at once that the nodes are being stopped and how to quit sooner; a second one quits at once and,
// like the first, says "verify-lesson: interrupted". The real CLI, as a student runs it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { pythonNode } from '../../support/foreign-node.js';
import { root } from '../../support/processes.js';
import { waitFor } from '../../support/wait-for.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-interrupt-lines-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const stopping = 'verify-lesson: stopping the nodes (Ctrl+C again to quit at once; a watchdog then ends them)\n';

// The CLI against nodes that ignore SIGTERM, interrupted `times` times once the leader was killed; its exit and stderr.
async function interrupt(times: 1 | 2): Promise<{ code: number | null; stderr: string; ms: number }> {
  const cli = spawn(process.execPath, [join(root, 'dist/bin/verify-lesson.js'), 'w12-l03', '--out', 'demo.log', '--cluster', pythonNode('--flush --slow-stop ignore:10000')], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  cli.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => cli.once('close', resolve));
  await waitFor('the kill', () => /[✓✗] kill the leader/.test(stderr), 30_000, 5);
  const sentMs = Date.now();
  cli.kill('SIGINT');
  if (times === 2) {
    await waitFor('the stopping line', () => stderr.includes(stopping), 5000, 5);
    cli.kill('SIGINT');
  }
  const code = await exited;
  return { code, stderr: stderr.slice(stderr.indexOf('kill the leader')), ms: Date.now() - sentMs };
}

it('the first Ctrl+C says the nodes are being stopped, then "interrupted" once they are', async () => {
  const { code, stderr } = await interrupt(1);
  expect(code).toBe(130);
  expect(stderr.endsWith(`${stopping}verify-lesson: interrupted\n`), stderr).toBe(true);
  expect(stderr.match(/verify-lesson: interrupted\n/g)).toHaveLength(1);
}, 60_000);

it('a second Ctrl+C quits at once, saying "interrupted" as the first would have', async () => {
  const { code, stderr, ms } = await interrupt(2);
  expect(code).toBe(130);
  expect(ms).toBeLessThan(2500);
  expect(stderr.endsWith(`${stopping}verify-lesson: interrupted\n`), stderr).toBe(true);
}, 60_000);
