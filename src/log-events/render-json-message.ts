// The text a JSON log record stands for, so its events (and, for a whole line, its writer) are read as the program
// printed them. Two kinds of record carry one:
// - Serilog's compact JSON (CLEF, Serilog.Formatting.Compact): `{"@t":"2026-12-01T09:14:22.5171234Z","@mt":"Received
//   {Signal}, shutting down","@l":"Warning","Signal":"SIGTERM","NodeId":"node1"}`. The time is `@t` (read with the
//   other JSON time keys in scan-lines.ts), the writer a name field (attribute-node.ts), the level `@l`; the message is
//   `@m` when rendered, else only the template `@mt` whose `{Property}` holes the record's own fields fill. An
//   exception is `@x`.
// - A collector's record of one whole output line: docker's json-file driver (`/var/lib/docker/containers/<id>/
//   <id>-json.log`, read raw) writes `{"log":"[kv2] connection to leader kv1 lost: EOF\n","stream":"stderr",
//   "time":"2026-12-01T13:05:11.913377906Z"}`, fluentd's and fluent-bit's docker/CRI inputs the same `log` key. The
//   `log` string is the line the program wrote, head and all (its time, its `[kv2]` tag): scan-lines.ts reads its
//   head as a line's, for the writer.
// - journald's `-o json`: its `MESSAGE` field among the record's others (readJournalMessage).

// `{Name}`, `{@Name}` / `{$Name}` (destructured / stringified), `{Name:format}`, `{Name,alignment}`; `{{` is a brace.
const HOLE = /\{\{|\}\}|\{([@$]?)([A-Za-z_][\w.]*)(?:,-?\d+)?(?::[^{}]*)?\}/g;

// A terminal's colour and cursor codes a program wrote into its output (docker keeps them, JSON-escaped as `\u001b[`).
const ANSI_CODE = /\x1b\[[0-9;?]*[A-Za-z]/g;

// A property's value as Serilog writes it into a message: strings as they are, anything else as JSON.
function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

// The JSON object from the line's first `{` on; undefined when it is none (cut off, an array, not JSON).
function parseRecord(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text.slice(text.indexOf('{')));
    return parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) ? undefined : (parsed as Record<string, unknown>);
  } catch {
    return undefined;
  }
}

/**
 * The message a CLEF record stands for (`@m`, else `@mt` with its holes filled from the record's fields; a hole
 * with no field stays as written), then the first line of its exception `@x`; undefined when `text` (a JSON line,
 * maybe behind a prefix) is no CLEF record with a message.
 */
export function renderClefMessage(text: string): string | undefined {
  if (!text.includes('"@m')) return undefined;
  const record = parseRecord(text);
  if (record === undefined) return undefined;
  const rendered = record['@m'];
  const template = record['@mt'];
  let message: string;
  if (typeof rendered === 'string') message = rendered;
  else if (typeof template === 'string')
    message = template.replace(HOLE, (hole: string, _how: string | undefined, name: string | undefined) =>
      name === undefined ? hole.charAt(0) : Object.prototype.hasOwnProperty.call(record, name) ? valueText(record[name]) : hole,
    );
  else return undefined;
  const exception = record['@x'];
  if (typeof exception !== 'string') return message;
  const end = exception.indexOf('\n');
  return `${message} ${end < 0 ? exception : exception.slice(0, end)}`;
}

/**
 * The output line a collector's record holds (docker json-file's `log`), as the program wrote it: its trailing
 * newline and terminal colour codes dropped; undefined when `text` (a JSON line, maybe behind a prefix) holds none.
 */
export function readRecordedLine(text: string): string | undefined {
  if (!text.includes('"log"')) return undefined;
  const line = parseRecord(text)?.['log'];
  if (typeof line !== 'string') return undefined;
  const end = line.endsWith('\r\n') ? line.length - 2 : line.endsWith('\n') ? line.length - 1 : line.length;
  const plain = end === line.length ? line : line.slice(0, end);
  return plain.includes('\x1b') ? plain.replace(ANSI_CODE, '') : plain;
}

/** Whether a JSON line is a journald record with a MESSAGE (`journalctl -o json`: `__REALTIME_TIMESTAMP`, `__CURSOR`). */
export function isJournalRecord(text: string): boolean {
  return text.includes('"MESSAGE"') && (text.includes('"__REALTIME_TIMESTAMP"') || text.includes('"__CURSOR"'));
}

/**
 * The MESSAGE of a journald record as `journalctl -o json` prints it (one line, its fields in any order: `_CMDLINE`,
 * `__CURSOR`, `_EXE`… beside it); undefined for another line, and for a MESSAGE journald kept as bytes (an array).
 * The other fields are no words of the program's (adv59d-32: `--log-eof 1` in `_CMDLINE` read as an EOF).
 */
export function readJournalMessage(text: string): string | undefined {
  if (!isJournalRecord(text)) return undefined;
  const message = parseRecord(text)?.['MESSAGE'];
  return typeof message === 'string' ? message : undefined;
}

/**
 * The text a JSON record's events are read from: a CLEF record's message, a collector's recorded line, a journald
 * record's MESSAGE, else undefined (the line as written).
 */
export function renderJsonMessage(text: string): string | undefined {
  return renderClefMessage(text) ?? readRecordedLine(text) ?? readJournalMessage(text);
}
