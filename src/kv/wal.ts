// The kv_node's stable storage: one append-only file of checksummed records holding the Raft hard state and log.
//
// File layout: an 8-byte header "KVWAL1\n\0", then records of
//   [payload length: u32 BE][CRC-32 of payload: u32 BE][payload: UTF-8 JSON]
// Each payload is one Ready's update, {"k":"u","ents"?:[...],"hs"?:{term,vote,commit}}, written by one write()
// so that a crash keeps all of it or (torn, discarded on replay) none of it: a vote or a term is never kept
// without the entries it came with, nor the reverse. Replay applies ents, then hs (the last hs wins).
// Entries whose first index is at or below the current last index replace the log from that index on —
// that is how the conflict truncation of a Ready is stored, without a separate truncation record.
//
// On open the file is replayed. A record that is cut short (a crash mid-write) or fails its checksum ends the
// replay: it and everything after it are discarded, the file is truncated to the last good record and a
// warning is returned for the log. A record that passes its checksum but makes no sense is not tail damage,
// so that is a STORAGE_CORRUPT error instead.
import { closeSync, fdatasyncSync, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, writeSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import type { Entry, HardState } from '../raft/types.js';
import { computeCrc32 } from './crc32.js';
import { isEntry } from '../raft/is-entry.js';

export const WAL_HEADER = Buffer.from('KVWAL1\n\0', 'latin1');
const RECORD_HEADER_BYTES = 8;
/** No sane record is this large; a length above it is garbage, not a record. */
export const MAX_WAL_RECORD_BYTES = 64 * 1024 * 1024;
/** Entries per record when the log is rewritten by compaction. */
const COMPACT_ENTRIES_PER_RECORD = 1024;

export interface WalState {
  readonly hardState: HardState;
  readonly entries: readonly Entry[];
}

export interface WalUpdate {
  readonly hardState?: HardState;
  readonly entries: readonly Entry[];
}

export interface OpenWalOptions {
  /** Rewrite the file to one entries record per 1024 entries plus one hard state when replay found this many superfluous records (default 4096; Infinity disables). */
  readonly compactAfterRecords?: number;
}

export interface OpenedWal {
  readonly wal: Wal;
  readonly state: WalState;
  /** Human-readable notes for the node log: discarded tails, compaction. */
  readonly warnings: readonly string[];
  /** Records replayed (after discarding any damaged tail). */
  readonly records: number;
}

export interface WalRecord {
  readonly k: 'u';
  readonly ents?: readonly Entry[];
  readonly hs?: HardState;
}

// Frames one record; exported so tests can build files byte by byte.
export function encodeWalRecord(record: WalRecord): Buffer {
  const payload = Buffer.from(JSON.stringify(record), 'utf8');
  const header = Buffer.allocUnsafe(RECORD_HEADER_BYTES);
  header.writeUInt32BE(payload.length, 0);
  header.writeUInt32BE(computeCrc32(payload), 4);
  return Buffer.concat([header, payload]);
}

function corrupt(path: string, message: string): never {
  throw new VerifyLessonError('STORAGE_CORRUPT', `${path}: ${message}`, { details: { path } });
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function parseRecord(path: string, payload: Buffer, offset: number): WalRecord {
  let value: unknown;
  try {
    value = JSON.parse(payload.toString('utf8'));
  } catch (error) {
    return corrupt(path, `record at offset ${offset} has a valid checksum but is not JSON (${(error as Error).message})`);
  }
  const record = value as { k?: unknown; ents?: unknown; hs?: Record<string, unknown> };
  const entsOk = record?.ents === undefined || (Array.isArray(record.ents) && record.ents.every(isEntry));
  const hs = record?.hs;
  const hsOk = hs === undefined || (typeof hs === 'object' && hs !== null && isCount(hs.term) && isCount(hs.vote) && isCount(hs.commit));
  if (record?.k !== 'u' || !entsOk || !hsOk) return corrupt(path, `record at offset ${offset} has a valid checksum but an unknown shape`);
  return {
    k: 'u',
    ...(record.ents === undefined ? {} : { ents: record.ents as Entry[] }),
    ...(hs === undefined ? {} : { hs: { term: hs.term as number, vote: hs.vote as number, commit: hs.commit as number } }),
  };
}

interface Replay {
  hardState: HardState;
  entries: Entry[];
  records: number;
  goodBytes: number;
  damage?: string;
}

function replay(path: string, bytes: Buffer): Replay {
  const result: Replay = { hardState: { term: 0, vote: 0, commit: 0 }, entries: [], records: 0, goodBytes: WAL_HEADER.length };
  let offset = WAL_HEADER.length;
  while (offset < bytes.length) {
    if (bytes.length - offset < RECORD_HEADER_BYTES) {
      result.damage = `torn record header (${bytes.length - offset} of ${RECORD_HEADER_BYTES} bytes)`;
      break;
    }
    const length = bytes.readUInt32BE(offset);
    const crc = bytes.readUInt32BE(offset + 4);
    if (length > MAX_WAL_RECORD_BYTES) {
      result.damage = `implausible record length ${length}`;
      break;
    }
    const start = offset + RECORD_HEADER_BYTES;
    if (bytes.length - start < length) {
      result.damage = `torn record (${bytes.length - start} of ${length} payload bytes)`;
      break;
    }
    if (computeCrc32(bytes, start, start + length) !== crc) {
      result.damage = 'checksum mismatch';
      break;
    }
    const record = parseRecord(path, bytes.subarray(start, start + length), offset);
    const entries = record.ents ?? [];
    if (entries.length > 0) {
      const first = entries[0]!.index;
      if (first > result.entries.length + 1) corrupt(path, `record at offset ${offset} starts at index ${first} after last index ${result.entries.length}`);
      result.entries.length = first - 1;
      for (const entry of entries) {
        if (entry.index !== result.entries.length + 1) corrupt(path, `record at offset ${offset} has non-consecutive index ${entry.index}`);
        result.entries.push(entry);
      }
    }
    if (record.hs) result.hardState = record.hs;
    result.records++;
    offset = start + length;
    result.goodBytes = offset;
  }
  return result;
}

function writeAll(fd: number, buffer: Buffer): void {
  let written = 0;
  while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written);
}

/** fsync of the directory, so a created or renamed file's directory entry is durable too. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on directories; the data itself was synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeCompacted(path: string, state: WalState): void {
  const tmp = `${path}.compact`;
  const fd = openSync(tmp, 'w');
  try {
    const parts: Buffer[] = [WAL_HEADER];
    for (let i = 0; i < state.entries.length; i += COMPACT_ENTRIES_PER_RECORD) {
      parts.push(encodeWalRecord({ k: 'u', ents: state.entries.slice(i, i + COMPACT_ENTRIES_PER_RECORD) }));
    }
    parts.push(encodeWalRecord({ k: 'u', hs: state.hardState }));
    writeAll(fd, Buffer.concat(parts));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  syncDirectory(dirname(path));
}

/**
 * Opens (creating if needed) the WAL at `path` and replays it. Synchronous on purpose: a node does nothing
 * else until its state is recovered.
 */
export function openWal(path: string, options: OpenWalOptions = {}): OpenedWal {
  const warnings: string[] = [];
  const existed = existsSync(path);
  let bytes = existed ? readFileSync(path) : Buffer.alloc(0);
  if (bytes.length < WAL_HEADER.length && WAL_HEADER.subarray(0, bytes.length).equals(bytes)) {
    // Missing, empty or a torn header from a crash while creating it: nothing was ever stored.
    if (bytes.length > 0) warnings.push(`${path}: discarded a torn ${bytes.length}-byte header; starting with an empty log`);
    const fd = openSync(path, 'w');
    try {
      writeAll(fd, WAL_HEADER);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    syncDirectory(dirname(path));
    bytes = Buffer.from(WAL_HEADER);
  } else if (!bytes.subarray(0, WAL_HEADER.length).equals(WAL_HEADER)) {
    corrupt(path, 'not a kv_node WAL (bad header)');
  }

  const replayed = replay(path, bytes);
  const fd = openSync(path, 'r+');
  try {
    if (replayed.damage !== undefined) {
      const discarded = bytes.length - replayed.goodBytes;
      warnings.push(
        `${path}: discarded ${discarded} bytes of torn or corrupt tail at offset ${replayed.goodBytes} (${replayed.damage}); ` +
          `recovered ${replayed.records} records, last index ${replayed.entries.length}`,
      );
      ftruncateSync(fd, replayed.goodBytes);
      fsyncSync(fd);
    }
  } finally {
    closeSync(fd);
  }

  const state: WalState = {
    hardState: { ...replayed.hardState, commit: Math.min(replayed.hardState.commit, replayed.entries.length) },
    entries: replayed.entries,
  };
  const neededRecords = Math.ceil(state.entries.length / COMPACT_ENTRIES_PER_RECORD) + 1;
  const compactAfter = options.compactAfterRecords ?? 4096;
  if (replayed.records - neededRecords >= compactAfter) {
    writeCompacted(path, state);
    warnings.push(`${path}: compacted ${replayed.records} records into ${neededRecords}`);
  }
  return { wal: new Wal(path), state, warnings, records: replayed.records };
}

// The append side. One write per Ready, then one fdatasync when the Ready says the data must be durable.
export class Wal {
  readonly path: string;
  #fd: number | undefined;

  constructor(path: string) {
    this.path = path;
    this.#fd = openSync(path, 'a');
  }

  /** Appends one Ready's entries and hard state as a single record; fdatasync when asked. */
  append(update: WalUpdate, sync: boolean): void {
    const fd = this.#open();
    if (update.entries.length > 0 || update.hardState) {
      writeAll(fd, encodeWalRecord({ k: 'u', ...(update.entries.length > 0 ? { ents: update.entries } : {}), ...(update.hardState ? { hs: update.hardState } : {}) }));
    }
    if (sync) fdatasyncSync(fd);
  }

  sync(): void {
    fsyncSync(this.#open());
  }

  close(): void {
    if (this.#fd === undefined) return;
    const fd = this.#fd;
    this.#fd = undefined;
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  #open(): number {
    if (this.#fd === undefined) throw new VerifyLessonError('STORAGE_CORRUPT', `${this.path}: the WAL is closed`);
    return this.#fd;
  }
}
