import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isVerifyLessonError } from '../../src/errors.js';
import type { Entry } from '../../src/raft/types.js';
import { encodeWalRecord, openWal, WAL_HEADER } from '../../src/kv/wal.js';

const entry = (index: number, term: number, data = `v${index}`): Entry => ({ index, term, type: 'normal', data });

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kv-wal-test-'));
  path = join(dir, 'raft.wal');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes three synced Ready-like updates and closes the WAL; returns the file size after each. */
function writeHistory(): number[] {
  const { wal } = openWal(path);
  const sizes: number[] = [];
  wal.append({ hardState: { term: 1, vote: 1, commit: 0 }, entries: [entry(1, 1), entry(2, 1)] }, true);
  sizes.push(statSync(path).size);
  wal.append({ hardState: { term: 1, vote: 1, commit: 2 }, entries: [entry(3, 1)] }, true);
  sizes.push(statSync(path).size);
  wal.append({ hardState: { term: 2, vote: 3, commit: 2 }, entries: [entry(4, 2)] }, true);
  sizes.push(statSync(path).size);
  wal.close();
  return sizes;
}

describe('openWal', () => {
  it('starts empty, then recovers term, vote, commit and log after a restart', () => {
    const fresh = openWal(path);
    expect(fresh.state).toEqual({ hardState: { term: 0, vote: 0, commit: 0 }, entries: [] });
    expect(fresh.warnings).toEqual([]);
    fresh.wal.close();
    expect(readFileSync(path)).toEqual(WAL_HEADER);

    writeHistory();
    const reopened = openWal(path);
    expect(reopened.warnings).toEqual([]);
    expect(reopened.state.hardState).toEqual({ term: 2, vote: 3, commit: 2 });
    expect(reopened.state.entries).toEqual([entry(1, 1), entry(2, 1), entry(3, 1), entry(4, 2)]);
    reopened.wal.close();
  });

  it('replaces the log suffix when an entries record starts at or below the last index (conflict truncation)', () => {
    const { wal } = openWal(path);
    wal.append({ hardState: { term: 1, vote: 1, commit: 1 }, entries: [entry(1, 1), entry(2, 1), entry(3, 1)] }, true);
    wal.append({ hardState: { term: 2, vote: 2, commit: 1 }, entries: [entry(2, 2, 'new')] }, true);
    wal.close();
    const { state, wal: again } = openWal(path);
    again.close();
    expect(state.entries).toEqual([entry(1, 1), entry(2, 2, 'new')]);
  });

  it('discards a torn last record with a warning and truncates the file to the last good record', () => {
    const sizes = writeHistory();
    const full = readFileSync(path);
    writeFileSync(path, full.subarray(0, sizes[2]! - 5)); // the crash cut the last write short
    const { state, warnings, wal } = openWal(path);
    wal.close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/discarded \d+ bytes of torn or corrupt tail at offset \d+ \(torn record/);
    // The whole last update is gone: its entry 4 is not kept without its term 2 and vote, nor the reverse.
    expect(state.hardState).toEqual({ term: 1, vote: 1, commit: 2 });
    expect(state.entries.map((e) => e.index)).toEqual([1, 2, 3]);
    expect(statSync(path).size).toBe(sizes[1]);

    // The truncated file is a clean WAL again: appends after it replay without warnings.
    const second = openWal(path);
    second.wal.append({ entries: [entry(4, 1)] }, true);
    second.wal.close();
    const third = openWal(path);
    third.wal.close();
    expect(third.warnings).toEqual([]);
    expect(third.state.entries.map((e) => e.index)).toEqual([1, 2, 3, 4]);
  });

  it('discards a record whose payload has a flipped byte (checksum mismatch) and everything after it', () => {
    const sizes = writeHistory();
    const bytes = readFileSync(path);
    const inSecondRecord = sizes[0]! + 20;
    bytes[inSecondRecord] = bytes[inSecondRecord]! ^ 0x01;
    writeFileSync(path, bytes);
    const { state, warnings, wal } = openWal(path);
    wal.close();
    expect(warnings.join('\n')).toMatch(/checksum mismatch/);
    expect(state.hardState).toEqual({ term: 1, vote: 1, commit: 0 });
    expect(state.entries.map((e) => e.index)).toEqual([1, 2]);
    expect(statSync(path).size).toBe(sizes[0]);
  });

  it('treats a torn header as an empty log and refuses a file that is not a WAL', () => {
    writeFileSync(path, WAL_HEADER.subarray(0, 3));
    const torn = openWal(path);
    torn.wal.close();
    expect(torn.warnings.join('\n')).toMatch(/torn 3-byte header/);
    expect(torn.state.entries).toEqual([]);

    writeFileSync(path, 'hello, I am a text file\n');
    let caught: unknown;
    try {
      openWal(path);
    } catch (error) {
      caught = error;
    }
    expect(isVerifyLessonError(caught) && caught.code).toBe('STORAGE_CORRUPT');
  });

  it('fails with STORAGE_CORRUPT on a record that passes its checksum but leaves a gap in the log', () => {
    writeFileSync(path, Buffer.concat([WAL_HEADER, encodeWalRecord({ k: 'u', ents: [entry(5, 1)] })]));
    expect(() => openWal(path)).toThrow(/starts at index 5 after last index 0/);
  });

  it('compacts a file with many superseded hard-state records into a few records with the same state', () => {
    const { wal } = openWal(path);
    wal.append({ entries: [entry(1, 1), entry(2, 1)] }, true);
    for (let commit = 0; commit < 50; commit++) wal.append({ hardState: { term: 1, vote: 1, commit: Math.min(commit, 2) }, entries: [] }, false);
    wal.close();
    const before = statSync(path).size;
    const compacted = openWal(path, { compactAfterRecords: 10 });
    compacted.wal.close();
    expect(compacted.warnings.join('\n')).toMatch(/compacted 51 records into 2/);
    expect(statSync(path).size).toBeLessThan(before / 5);
    const again = openWal(path);
    again.wal.close();
    expect(again.state).toEqual(compacted.state);
    expect(again.state.hardState).toEqual({ term: 1, vote: 1, commit: 2 });
  });

  it('appends nothing for an empty update and keeps earlier data on an unsynced append', () => {
    const { wal } = openWal(path);
    wal.append({ entries: [] }, true);
    expect(statSync(path).size).toBe(WAL_HEADER.length);
    wal.append({ hardState: { term: 3, vote: 0, commit: 0 }, entries: [] }, false);
    wal.close();
    appendFileSync(path, Buffer.from([0, 0])); // a torn record header
    const { state, warnings, wal: again } = openWal(path);
    again.close();
    expect(state.hardState.term).toBe(3);
    expect(warnings.join('\n')).toMatch(/torn record header \(2 of 8 bytes\)/);
  });
});
