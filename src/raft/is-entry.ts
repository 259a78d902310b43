import type { Entry } from './types.js';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

// The shape of a log entry, checked where entries arrive from outside the core: the WAL on recovery and a peer's
// Append on the wire (an entry the WAL would later refuse must never be appended and fsynced).
export function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return isCount(entry.index) && entry.index > 0 && isCount(entry.term) && (entry.type === 'normal' || entry.type === 'noop') && typeof entry.data === 'string';
}
