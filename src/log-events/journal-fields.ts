// journalctl's multi-line record formats, line by line: `-o verbose` (a head line with the record's time and cursor,
// `Mon 2026-11-30 14:03:08.912004 UTC [s=…;i=…;b=…;m=…;t=…;x=…]`, then one `    FIELD=value` line per field),
// `-o export` (`FIELD=value` lines, records apart by a blank line) and `-o json-pretty` (`{`, one
// `\t"FIELD" : "value",` line per field, `}`). Fields come in any order (journald's own order puts MESSAGE before
// _PID and _SYSTEMD_UNIT; json-pretty's is a hash order). The record's time is its head's (verbose) or its
// `__REALTIME_TIMESTAMP` field (µs since the epoch); its writer is named by its fields (continue-records.ts).
import { stampFromEpochNumber, type Stamp } from './parse-timestamp.js';

/** How a journal record is written: `-o verbose`, `-o export` or `-o json-pretty`. */
export type JournalStyle = 'verbose' | 'export' | 'json';

/** One field line of a journal record. */
export interface JournalField {
  readonly key: string;
  /** The value as written (json: still JSON, quotes included). */
  readonly value: string;
  readonly style: JournalStyle;
}

// Field names are upper-case letters, digits and underscores, not starting with a digit (systemd.journal-fields).
const VERBOSE_FIELD = /^ {4}([A-Z_][A-Z0-9_]{0,63})=/;
const EXPORT_FIELD = /^([A-Z_][A-Z0-9_]{0,63})=/;
const JSON_FIELD = /^\t"([A-Z_][A-Z0-9_]{0,63})" : /;

/** The journal field line `text` is, or undefined. Reads only the line's head, so it is cheap on any line. */
export function readJournalField(text: string): JournalField | undefined {
  const c = text.charCodeAt(0);
  const m = c === 32 ? VERBOSE_FIELD.exec(text) : c === 9 ? JSON_FIELD.exec(text) : c === 95 || (c >= 65 && c <= 90) ? EXPORT_FIELD.exec(text) : null;
  if (!m) return undefined;
  const style: JournalStyle = c === 32 ? 'verbose' : c === 9 ? 'json' : 'export';
  return { key: m[1]!, value: text.slice(m[0].length), style };
}

/** A field's value as text: json-pretty's string without its quotes and trailing comma (undefined for non-strings). */
export function journalFieldText(field: JournalField): string | undefined {
  if (field.style !== 'json') return field.value;
  const m = /^"((?:[^"\\]|\\.)*)",?\s*$/.exec(field.value);
  return m ? m[1] : undefined;
}

/** The time a `__REALTIME_TIMESTAMP` field gives its record (µs since the epoch); undefined for any other field. */
export function journalFieldStamp(field: JournalField): Stamp | undefined {
  if (field.key !== '__REALTIME_TIMESTAMP') return undefined;
  const digits = /^\d{10,17}$/.exec(journalFieldText(field) ?? '');
  return digits ? stampFromEpochNumber(Number(digits[0])) : undefined;
}

// What follows the time on a verbose record's head: the record's cursor (its seqnum id is 32 hex digits as journald
// writes it; one retyped or shortened, `[s=8b1c0e2f4d;i=2c13;…]`, adv66c-38, is still the cursor).
const VERBOSE_CURSOR = /^ \[s=[0-9a-f]{6,32};i=[0-9a-f]+;/;

/** Whether `rest` (a stamped line's text after its stamp) is a `-o verbose` record head's cursor. */
export function isVerboseRecordHead(rest: string): boolean {
  return VERBOSE_CURSOR.test(rest);
}

/** Whether `text` opens (`{`) or closes (`}`) a json-pretty record. */
export function isJsonRecordBrace(text: string, brace: '{' | '}'): boolean {
  return text.charCodeAt(0) === brace.charCodeAt(0) && text.trim() === brace;
}
