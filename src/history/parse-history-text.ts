// Reads a history file's text in any of the three formats: the project's JSON lines, Jepsen log lines, EDN maps.
import { OP_KIND_WORDS, pairEvents, parseOpKind, type HistoryEvent, type HistoryFormat, type HistoryInputError, type ParsedHistory } from './history-event.js';
import type { HistoryValue, Outcome } from './history-types.js';
import { EdnSyntaxError, readEdn, type EdnValue } from './read-edn.js';

const TYPES = new Set(['invoke', 'ok', 'fail', 'info']);
const JEPSEN_LINE = /^\s*\S+\s+jepsen\.util\s+-\s+(\S+)\s+(:.*)$/;

class LineError extends Error {
  constructor(readonly detail: HistoryInputError) {
    super(detail.expected);
  }
}

function bad(line: number, expected: string, found: string): never {
  throw new LineError({ line, expected, found: found.length > 80 ? `${found.slice(0, 77)}...` : found });
}

// The first line that tells: JSON lines start with {", EDN maps with {:, Jepsen logs carry "jepsen.util -".
export function detectHistoryFormat(text: string): HistoryFormat | undefined {
  for (const line of text.split('\n')) {
    if (JEPSEN_LINE.test(line)) return 'jepsen-log';
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (/^\{\s*"/.test(trimmed)) return 'jsonl';
    if (/^\{\s*:/.test(trimmed)) return 'edn';
  }
  return undefined;
}

function toHistoryValue(value: EdnValue | undefined, line: number, field: string): HistoryValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'keyword' in value) return `:${value.keyword}`;
  return bad(line, `${field} as a string, number or nil`, JSON.stringify(value));
}

function toEventValue(kind: HistoryEvent['kind'], type: HistoryEvent['type'], value: EdnValue | undefined, line: number): HistoryEvent['value'] {
  if (kind === 'cas' && type === 'invoke') {
    if (!Array.isArray(value) || value.length !== 2) return bad(line, 'a cas value of two items [expected new]', JSON.stringify(value ?? null));
    return [toHistoryValue(value[0], line, 'value[0]'), toHistoryValue(value[1], line, 'value[1]')];
  }
  if (Array.isArray(value)) return kind === 'cas' ? null : bad(line, 'value as a string, number or null', JSON.stringify(value));
  return toHistoryValue(value, line, 'value');
}

function makeEvent(line: number, fields: { client: unknown; type: unknown; f: unknown; key: unknown; value: EdnValue | undefined; timeMs: number | undefined }): HistoryEvent {
  const { client, type, f } = fields;
  if (typeof client !== 'string' && typeof client !== 'number') return bad(line, 'a client id (a string or a number)', JSON.stringify(client ?? null));
  if (typeof type !== 'string' || !TYPES.has(type)) return bad(line, 'type one of invoke, ok, fail, info', JSON.stringify(type ?? null));
  const kind = typeof f === 'string' ? parseOpKind(f) : undefined;
  if (!kind) return bad(line, `f one of ${OP_KIND_WORDS}`, JSON.stringify(f ?? null));
  const key = fields.key;
  if (key !== undefined && key !== null && typeof key !== 'string' && typeof key !== 'number') return bad(line, 'key as a string or a number', JSON.stringify(key));
  const eventType = type as 'invoke' | Outcome;
  return { client: String(client), type: eventType, kind, key: key === undefined || key === null ? '' : String(key), value: toEventValue(kind, eventType, fields.value, line), timeMs: fields.timeMs, line };
}

// {"client":1,"type":"invoke","f":"cas","key":"x","value":[1,2],"timeMs":12.5}
function parseJsonLine(text: string, line: number): HistoryEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return bad(line, 'one JSON object per line', `${(error as Error).message}: ${text}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return bad(line, 'a JSON object', text);
  const o = parsed as Record<string, unknown>;
  const timeMs = o.timeMs;
  if (timeMs !== undefined && (typeof timeMs !== 'number' || !Number.isFinite(timeMs))) return bad(line, 'timeMs as a finite number', JSON.stringify(timeMs));
  return makeEvent(line, { client: o.client, type: o.type, f: o.f, key: o.key, value: o.value as EdnValue | undefined, timeMs: timeMs as number | undefined });
}

const keywordName = (value: EdnValue | undefined): unknown => (typeof value === 'object' && value !== null && 'keyword' in value ? value.keyword : value);

function readEdnLine(text: string, line: number): EdnValue {
  try {
    return readEdn(text);
  } catch (error) {
    if (error instanceof EdnSyntaxError) return bad(line, `an EDN value: ${error.message}`, text);
    throw error;
  }
}

// {:process 0, :type :invoke, :f :put, :key "1", :value "x"} (optional :time in nanoseconds). Nemesis ops are skipped.
function parseEdnLine(text: string, line: number): HistoryEvent | undefined {
  const value = readEdnLine(text, line);
  if (typeof value !== 'object' || value === null || !('ednMap' in value)) return bad(line, 'an EDN map {:process .. :type .. :f ..}', text);
  const m = value.ednMap;
  const process = keywordName(m.get('process'));
  if (process === 'nemesis') return undefined;
  const time = m.get('time');
  if (time !== undefined && typeof time !== 'number') return bad(line, ':time as a number (nanoseconds)', text);
  return makeEvent(line, { client: process, type: keywordName(m.get('type')), f: keywordName(m.get('f')), key: m.get('key'), value: m.get('value'), timeMs: time === undefined ? undefined : (time as number) / 1e6 });
}

// INFO  jepsen.util - 3	:invoke	:cas	[3 0]   (other log lines and the nemesis are skipped)
function parseJepsenLine(text: string, line: number): HistoryEvent | undefined {
  const match = JEPSEN_LINE.exec(text);
  if (!match) return undefined;
  if (match[1] === ':nemesis') return undefined;
  const fields = /^:(\S+)\s+:(\S+)(?:\s+(.*))?$/.exec(match[2]!);
  if (!fields || !/^\d+$/.test(match[1]!)) return bad(line, 'PROCESS :TYPE :F VALUE after "jepsen.util -"', text);
  const [, type, f, rawValue] = fields;
  const value = rawValue === undefined || rawValue.trim() === '' ? null : readEdnLine(rawValue, line);
  return makeEvent(line, { client: Number(match[1]), type, f, key: undefined, value, timeMs: undefined });
}

// Text → operations, or the first bad line with what was expected there and what was found.
export function parseHistoryText(text: string): ParsedHistory {
  const format = detectHistoryFormat(text);
  if (!format) {
    const first = text.split('\n').findIndex((l) => l.trim() !== '');
    return { ok: false, format, error: { line: first < 0 ? 1 : first + 1, expected: 'a history: JSON lines ({"client":..}), EDN maps ({:process ..}) or Jepsen log lines (INFO  jepsen.util - ..)', found: first < 0 ? 'an empty file' : text.split('\n')[first]!.slice(0, 80) } };
  }
  const parseLine = format === 'jsonl' ? parseJsonLine : format === 'edn' ? parseEdnLine : parseJepsenLine;
  const events: HistoryEvent[] = [];
  try {
    text.split('\n').forEach((raw, index) => {
      const lineText = raw.replace(/\r$/, '');
      if (lineText.trim() === '') return;
      const event = parseLine(lineText, index + 1);
      if (event) events.push(event);
    });
  } catch (error) {
    if (error instanceof LineError) return { ok: false, format, error: error.detail };
    throw error;
  }
  if (events.length === 0) return { ok: false, format, error: { line: 1, expected: 'at least one operation', found: 'none' } };
  const paired = pairEvents(events);
  return 'error' in paired ? { ok: false, format, error: paired.error } : { ok: true, format, operations: paired.operations };
}
