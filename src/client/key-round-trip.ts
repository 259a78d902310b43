// The scenario's data check: write keys through the leader before the fault, read each acknowledged one back from
// the new leader after it, and say per key what came back (kept, lost, stale, or something else).
import type { KvClient } from './kv-client.js';

export interface KeyWrite {
  readonly value: string;
  readonly acked: boolean;
  /** Why it was not acknowledged (it may still have been committed). */
  readonly error?: string;
}

export interface WrittenKey {
  readonly key: string;
  /** In the order they were sent: each key is written, then overwritten, so a stale read shows the first value. */
  readonly writes: readonly KeyWrite[];
}

export type KeyReadStatus = 'kept' | 'lost' | 'stale' | 'wrong' | 'unreadable';

export interface KeyReadBack {
  readonly key: string;
  readonly status: KeyReadStatus;
  /** The last acknowledged value: what the read had to return (or something written after it). */
  readonly expected: string;
  /** What the read returned (null: the node said the key does not exist). */
  readonly found?: string | null;
  readonly error?: string;
}

/** Writes `count` keys (`prefix-1`…), then overwrites each once, through `leader`; `onAck` hears each acknowledgement. */
export async function writeKeys(client: KvClient, leader: number, count: number, prefix = 'demo-key', onAck?: (key: string, node: number | undefined) => void): Promise<WrittenKey[]> {
  const keys = Array.from({ length: count }, (_, i) => ({ key: `${prefix}-${i + 1}`, writes: [] as KeyWrite[] }));
  for (const version of [1, 2]) {
    for (const entry of keys) {
      const value = `value-of-${entry.key}-v${version}`;
      const answer = await client.write(entry.key, value, leader);
      entry.writes.push({ value, acked: answer.ok, ...(answer.ok || answer.error === undefined ? {} : { error: answer.error }) });
      if (answer.ok) onAck?.(entry.key, answer.asked.at(-1));
    }
  }
  return keys;
}

/** The acknowledged value a read must return, or undefined when no write of the key was acknowledged. */
export function lastAcked(written: WrittenKey): string | undefined {
  return written.writes.findLast((w) => w.acked)?.value;
}

// A value written after the last acknowledged one is fine (an unacknowledged write may have committed); an
// earlier one is stale; one never written is wrong.
export function judgeKeyRead(written: WrittenKey, found: string | null): KeyReadStatus {
  if (found === null) return 'lost';
  const expectedAt = written.writes.findLastIndex((w) => w.acked);
  const foundAt = written.writes.findLastIndex((w) => w.value === found);
  if (foundAt < 0) return 'wrong';
  return foundAt >= expectedAt ? 'kept' : 'stale';
}

/** Reads every key with an acknowledged write back, starting at `leader`. */
export async function readBackKeys(client: KvClient, leader: number, written: readonly WrittenKey[]): Promise<KeyReadBack[]> {
  const results: KeyReadBack[] = [];
  for (const entry of written) {
    const expected = lastAcked(entry);
    if (expected === undefined) continue;
    const answer = await client.read(entry.key, leader);
    if (!answer.ok) results.push({ key: entry.key, status: 'unreadable', expected, ...(answer.error ? { error: answer.error } : {}) });
    else results.push({ key: entry.key, status: judgeKeyRead(entry, answer.value ?? null), expected, found: answer.value ?? null });
  }
  return results;
}

/** One sentence per kind of trouble, naming the keys: writes not acknowledged, keys lost, stale or wrong. */
export function describeKeyProblems(written: readonly WrittenKey[], readBack: readonly KeyReadBack[], reader: string): string[] {
  const problems: string[] = [];
  const list = (keys: readonly string[]): string => (keys.length <= 6 ? keys.join(', ') : `${keys.slice(0, 6).join(', ')} and ${keys.length - 6} more`);
  const unacked = written.flatMap((k) => k.writes.filter((w) => !w.acked).map((w) => ({ key: k.key, error: w.error })));
  if (unacked.length > 0) {
    problems.push(`${unacked.length} of ${written.reduce((n, k) => n + k.writes.length, 0)} writes were not acknowledged before the kill (${list([...new Set(unacked.map((u) => u.key))])}): ${unacked[0]!.error ?? 'no answer'}`);
  }
  const by = (status: KeyReadStatus): KeyReadBack[] => readBack.filter((r) => r.status === status);
  const lost = by('lost');
  if (lost.length > 0) problems.push(`lost ${lost.length} acknowledged key(s): ${list(lost.map((r) => r.key))} — ${reader} says they do not exist`);
  for (const r of by('stale')) problems.push(`stale ${r.key}: ${reader} returned ${JSON.stringify(r.found)}, an older value than the acknowledged ${JSON.stringify(r.expected)}`);
  for (const r of by('wrong')) problems.push(`wrong ${r.key}: ${reader} returned ${JSON.stringify(r.found)}, a value never written (acknowledged: ${JSON.stringify(r.expected)})`);
  const unreadable = by('unreadable');
  if (unreadable.length > 0) problems.push(`${unreadable.length} key(s) could not be read back (${list(unreadable.map((r) => r.key))}): ${unreadable[0]!.error ?? 'no answer'}`);
  return problems;
}
