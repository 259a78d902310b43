// `jq .` prints each JSON log record over several lines: `{`, one `"key": value` per line (nested objects indented
// further), `}`. Read so, no line holds a record's time beside its message (adv68d-27: "no timestamp on any of the 52
// lines"). Each such record is joined back into one line, as the logger wrote it, before anything is matched; the
// joined line keeps the paste line number of its message key (`"msg"`, `"message"`), else of its `{`, which findings
// report. Cost: a look at each line's first character when the paste has no line that is a lone `{`.
import { readJournalField } from './journal-fields.js';
import { indexRearrangedLines, lineNumber, lineText, type PasteLines } from './paste-lines.js';

// Fewer records than this are no `jq .` output: a config object the student pasted.
const MIN_RECORDS = 2;
// A record's rows at most: a longer block is no log record.
const MAX_RECORD_ROWS = 64;
// A key's row inside a record: `  "ts": "2026-…",`, `  "raft": {`, `  },`.
const KEY_ROW = /^\s+(?:"[^"\n]{1,64}"\s*:\s*\S|[}\]],?\s*$)/;
const MESSAGE_KEY = /^\s+"(?:msg|message|event|@message)"\s*:/;

// Whether rows [from, to) hold a journal field (`	"__REALTIME_TIMESTAMP" : "…"`, journal-fields.ts readJournalField).
const isJournalRecord = (lines: PasteLines, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (readJournalField(lineText(lines, k, 256))?.style === 'json') return true;
  return false;
};

// Whether row i is a lone `{` (maybe with a CR): its first characters alone, no search of the text.
function isLoneBraceRow(lines: PasteLines, i: number): boolean {
  const start = lines.starts[i]!;
  const length = lines.ends[i]! - start;
  return lines.text.charCodeAt(start) === 123 && (length === 1 || (length === 2 && lines.text.charCodeAt(start + 1) === 13));
}

// Whether row i is a lone `}` (maybe with a CR).
const isCloseBraceRow = (lines: PasteLines, i: number): boolean => lineText(lines, i, 4).trimEnd() === '}';

/** The lines with each pretty-printed JSON record joined into one, or undefined when the paste holds fewer than two. */
export function joinPrettyJsonRecords(lines: PasteLines): PasteLines | undefined {
  const records: { first: number; last: number }[] = [];
  for (let i = 0; i < lines.count; i++) {
    if (!isLoneBraceRow(lines, i)) continue;
    let k = i + 1;
    while (k < lines.count && k - i <= MAX_RECORD_ROWS && !isCloseBraceRow(lines, k) && KEY_ROW.test(lineText(lines, k, 256))) k++;
    if (k >= lines.count || k === i + 1 || !isCloseBraceRow(lines, k)) continue;
    // journalctl's `-o json-pretty` record: read as a journal record (its MESSAGE line takes its record's fields).
    if (isJournalRecord(lines, i + 1, k)) {
      i = k;
      continue;
    }
    records.push({ first: i, last: k });
    i = k;
  }
  if (records.length < MIN_RECORDS) return undefined;
  const out: string[] = [];
  const numbers: number[] = [];
  let next = 0;
  for (const record of records) {
    for (; next < record.first; next++) {
      out.push(lineText(lines, next));
      numbers.push(lineNumber(lines, next));
    }
    let joined = '';
    let cited = record.first;
    for (let k = record.first; k <= record.last; k++) {
      const row = lineText(lines, k);
      if (cited === record.first && MESSAGE_KEY.test(row)) cited = k;
      const part = row.trim();
      joined += joined === '' || joined.endsWith('{') || joined.endsWith('[') || part.startsWith('}') || part.startsWith(']') ? part : ` ${part}`;
    }
    out.push(joined);
    numbers.push(lineNumber(lines, cited));
    next = record.last + 1;
  }
  for (; next < lines.count; next++) {
    out.push(lineText(lines, next));
    numbers.push(lineNumber(lines, next));
  }
  return indexRearrangedLines(out, numbers);
}
