import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startProcessGroup, type ProcessGroup } from '../../src/process/process-group.js';
import { isAlive } from '../support/is-alive.js';
import { waitFor } from '../support/wait-for.js';

let dir: string;
const started: ProcessGroup[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'process-group-test-'));
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((group) => group.stop({ graceMs: 100 })));
  rmSync(dir, { recursive: true, force: true });
});

const start = (script: string): ProcessGroup => {
  const group = startProcessGroup('sh', ['-c', script], { cwd: dir });
  started.push(group);
  return group;
};

describe('startProcessGroup', () => {
  it('stop() ends a group that obeys SIGTERM with that signal', async () => {
    const group = start('sleep 30');
    await group.stop({ graceMs: 5000 });
    expect(group.running).toBe(false);
    expect(group.exit?.signal).toBe('SIGTERM');
  });

  it('stop() SIGKILLs a group that ignores SIGTERM after the grace, including what its leader started', async () => {
    const group = start(`trap '' TERM; sleep 30 & echo $! > child.pid; wait`);
    const childPid = Number(await waitFor('the child pid', () => (existsSync(join(dir, 'child.pid')) ? readFileSync(join(dir, 'child.pid'), 'utf8').trim() || undefined : undefined), 5000));
    expect(isAlive(childPid)).toBe(true);
    await group.stop({ graceMs: 200 });
    expect(group.exit?.signal).toBe('SIGKILL');
    await waitFor('the child to be gone', () => !isAlive(childPid), 5000);
  });

  it('signal() reaches the whole group: a frozen group resumes and stops', async () => {
    const group = start('sleep 30');
    group.signal('SIGSTOP');
    await group.stop({ graceMs: 5000 });
    expect(group.exit?.signal).toBe('SIGTERM');
  });
});
