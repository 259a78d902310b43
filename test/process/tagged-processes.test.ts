// A tagged process group follows the processes its command started out of the group (setsid): it lives while they
// do, its signals and stop reach them, and nothing is left once it stopped.
import { describe, expect, it } from 'vitest';
import { startProcessGroup } from '../../src/process/process-group.js';
import { createGroupTag, describeProcess, findTaggedProcesses } from '../../src/process/tagged-processes.js';
import { useEnvMark } from '../support/env-marked-processes.js';

const mark = useEnvMark();

describe('a tagged process group', () => {
  it('finds a process that left the group by setsid, signals it with the group, and counts as alive until it ends', async () => {
    const tag = createGroupTag();
    const group = startProcessGroup('sh', ['-c', 'setsid sleep 30 & wait'], { cwd: '/', tag });
    let escaped: { pid: number; pgid: number }[] = [];
    for (let i = 0; i < 100 && escaped.length === 0; i++) {
      escaped = findTaggedProcesses(tag).filter((p) => p.pgid !== group.pid);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(escaped).toHaveLength(1);
    expect(group.lingering().map((p) => p.pid).sort()).toEqual([group.pid!, escaped[0]!.pid].sort());
    group.signal('SIGTERM');
    // sh waited for its job; TERM ends sh and, sent to it by pid, the sleep in its own session.
    expect(await group.waitSettled(3000)).toBe(true);
    expect(group.lingering()).toEqual([]);
    expect(mark.left()).toEqual([]);
  });

  it('stop() kills what the leader left behind, in the group or out of it, even after the leader exited, and the pipes it held', async () => {
    const tag = createGroupTag();
    // Both children ignore SIGTERM and keep the stdout pipe open; the leader exits at once.
    const group = startProcessGroup('sh', ['-c', `trap '' TERM; sleep 30 & setsid sleep 31 & echo started`], { cwd: '/', tag });
    await new Promise<void>((resolve) => group.child.stdout!.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 200));
    expect(group.running).toBe(false);
    expect(group.lingering().map((p) => p.command).sort()).toEqual(['sleep 30', 'sleep 31']);
    const t0 = Date.now();
    await group.stop({ graceMs: 500 });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(group.lingering()).toEqual([]);
    expect(mark.left()).toEqual([]);
  });
});

describe('describeProcess', () => {
  it('shows a pid and its command quoted, cut after the given characters', () => {
    expect(describeProcess({ pid: 12, command: 'python3 helper.py' }, 80)).toBe('pid 12 "python3 helper.py"');
    expect(describeProcess({ pid: 7, command: 'abcdef' }, 3)).toBe('pid 7 "abc…"');
  });
});
