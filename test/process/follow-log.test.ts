import { appendFileSync, mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followLog, type LogFollower } from '../../src/process/follow-log.js';

let dir: string;
let follower: LogFollower | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'follow-log-test-'));
});
afterEach(() => {
  follower?.stop();
  follower = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('followLog', () => {
  it('waits for the file, delivers complete lines only, and survives split UTF-8 and replacement', () => {
    const path = join(dir, 'node.log');
    const lines: string[] = [];
    follower = followLog(path, (line) => lines.push(line), { intervalMs: 10_000 });
    follower.poll(); // not there yet
    writeFileSync(path, 'one\ntw');
    follower.poll();
    expect(lines).toEqual(['one']);
    const dash = Buffer.from('—');
    appendFileSync(path, Buffer.concat([Buffer.from('o \r\nthree '), dash.subarray(0, 1)]));
    follower.poll();
    expect(lines).toEqual(['one', 'two ']);
    appendFileSync(path, Buffer.concat([dash.subarray(1), Buffer.from(' end\n')]));
    follower.poll();
    expect(lines).toEqual(['one', 'two ', 'three — end']);

    // Rotated/replaced by a new file: read from its start.
    writeFileSync(join(dir, 'new.log'), 'fresh\n');
    renameSync(join(dir, 'new.log'), path);
    follower.poll();
    appendFileSync(path, 'partial');
    follower.stop();
    expect(lines).toEqual(['one', 'two ', 'three — end', 'fresh', 'partial']);
  });

  it('can start at the end of what is already there', () => {
    const path = join(dir, 'node.log');
    writeFileSync(path, 'old\n');
    const lines: string[] = [];
    follower = followLog(path, (line) => lines.push(line), { fromEnd: true, intervalMs: 10_000 });
    appendFileSync(path, 'new\n');
    follower.poll();
    expect(lines).toEqual(['new']);
  });

  // The harness times a line by its reads of the file whatever the line's stamp says (whole seconds): it was completed
  // after the read before the one that found it.
  it('hands each line the start of the poll before the one that found it (none for the first poll)', () => {
    const path = join(dir, 'node.log');
    writeFileSync(path, 'first\n');
    const seen: [string, number | undefined][] = [];
    follower = followLog(path, (line, lookedBeforeMs) => seen.push([line, lookedBeforeMs]), { intervalMs: 10_000 });
    const before = Date.now();
    follower.poll();
    const between = Date.now();
    appendFileSync(path, 'second\n');
    follower.poll();
    expect(seen.map(([line]) => line)).toEqual(['first', 'second']);
    expect(seen[0]![1]).toBeUndefined();
    expect(seen[1]![1]).toBeGreaterThanOrEqual(before);
    expect(seen[1]![1]).toBeLessThanOrEqual(between);
  });
});
