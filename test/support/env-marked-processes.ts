// Every process a test's nodes started, wherever it went (setsid, a daemon's fork reparents it to init): marked by an
// environment entry this test process sets, which every descendant inherits, and found in /proc (Linux).
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { killAll } from './processes.js';

const NAME = 'VERIFY_LESSON_TEST_MARK';

export interface EnvMark {
  /** Live processes carrying this test's mark, as `pid args`. */
  left(): string[];
}

// Per test a fresh mark in process.env (the harness passes its environment on to the nodes); after it, every marked
// process still alive is SIGKILLed, so a failed test leaves nothing behind.
export function useEnvMark(): EnvMark {
  let entry = '';
  const find = (): { pid: number; args: string }[] => {
    const found: { pid: number; args: string }[] = [];
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
      try {
        if (!readFileSync(`/proc/${name}/environ`, 'latin1').split('\0').includes(entry)) continue;
        const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
        if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
        found.push({ pid: Number(name), args: readFileSync(`/proc/${name}/cmdline`, 'latin1').split('\0').join(' ').trim() });
      } catch {
        // gone
      }
    }
    return found;
  };
  beforeEach(() => {
    entry = `${NAME}=${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    process.env[NAME] = entry.slice(NAME.length + 1);
  });
  afterEach(() => {
    delete process.env[NAME];
    killAll(find().map((p) => p.pid));
  });
  return { left: () => find().map((p) => `${p.pid} ${p.args}`) };
}
