// A record glued after a cut one: a C node's stdout (fully buffered into a file) flushed 4096 bytes at a time ends
// mid-line, and its stderr line (unbuffered) lands right after the cut, on the same line of the file:
//   2026-12-03 20:39:10.384 [node2] INFO  heartbeat f2026-12-03 20:39:11.334 [node2] WARN  connection to leader node1 lost: EOF
// The line's head stamp is the cut record's, written earlier; the words after the second head are the glued record's,
// at its own time (950 ms later here). Read at the head's time, a detection glued after a record written just after
// the kill would be measured too soon: a false pass. A second head is taken only where it repeats the line's own head
// shape — a stamp of the same format and length, then the same first token (the writer's `[node2]`) or a level word
// after both — so a time a message states ("no heartbeat since 2026-12-03 20:39:10.990, election timeout") is none.
import { parseTimestampAt, type Stamp } from './parse-timestamp.js';

const LEVEL = /^\[?(?:trace|debug|info|notice|warn|warning|error|err|fatal|crit|critical)\]?:?$/i;

// The first token after offset `at` (blanks skipped) up to the next blank, at most 48 characters, before `limit`.
function tokenAfter(text: string, at: number, limit: number): string {
  let p = at;
  while (p < limit && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  let q = p;
  while (q < limit && q - p < 48 && text.charCodeAt(q) !== 32 && text.charCodeAt(q) !== 9) q++;
  return text.slice(p, q);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Why: a detection or kill glued after a cut record is timed by its own head, not the cut record's (see above). The
 * time of the last glued record head in `text` between the line's head stamp (read at `headAt`, `head` as the verdict
 * reads it) and `wordsAt` (where the event's words start), or undefined when there is none. Offsets are `text`'s.
 */
export function findGluedRecordTime(text: string, headAt: number, head: Stamp, wordsAt: number): Stamp | undefined {
  // A glued head holds a wall clock, two colons at least, after the line's own head (`head.end`, where it lies between):
  // most event lines stop at this native search.
  const from = head.end > headAt && head.end <= wordsAt ? head.end : headAt;
  const need = from === headAt ? 4 : 2;
  let colons = 0;
  for (let at = text.indexOf(':', from); at >= 0 && at < wordsAt && colons < need; at = text.indexOf(':', at + 1)) colons++;
  if (colons < need) return undefined;
  const raw = parseTimestampAt(text, headAt, wordsAt);
  if (raw === undefined || raw.kind === 'relative' || raw.precisionMs > 1000) return undefined;
  const length = raw.end - headAt;
  // A wall clock at least (`HH:MM:SS`): a bare number repeats too easily.
  if (length < 8 || text.indexOf(':', headAt) >= raw.end) return undefined;
  const token = tokenAfter(text, raw.end, wordsAt);
  // A writer's tag or a level word, not punctuation closing a bracket the stamp stood in (`[recv 10:26:55.006] [logged
  // 10:26:55.236]`: two stamps of one record, adv55d-17).
  if (!/[A-Za-z0-9]/.test(token)) return undefined;
  let glued: Stamp | undefined;
  for (let p = raw.end; p + length <= wordsAt; p++) {
    // The same shape: a digit where the head has one, the same character elsewhere.
    let same = true;
    for (let k = 0; k < length && same; k++) {
      const h = text.charCodeAt(headAt + k);
      const c = text.charCodeAt(p + k);
      same = isDigit(h) ? isDigit(c) : c === h;
    }
    if (!same) continue;
    const second = parseTimestampAt(text, p, wordsAt);
    if (second === undefined || second.format !== raw.format || second.kind !== raw.kind || second.end - p !== length) continue;
    const next = tokenAfter(text, second.end, wordsAt);
    if (next !== token && !(LEVEL.test(token) && LEVEL.test(next))) continue;
    const delta = second.ms - raw.ms;
    glued = { ...head, ms: head.ms + delta, dayMs: head.dayMs + (second.dayMs - raw.dayMs), yearMs: head.yearMs + (second.yearMs - raw.yearMs), end: second.end };
    p = second.end - 1;
  }
  return glued;
}
