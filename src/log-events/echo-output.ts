// A line a student's own `echo` printed: the lesson's Verify block runs `pgrep -f "kv_node.*--id 1" || echo "leader
// process is dead"`, whose output is the student's words, no node's line, whatever they say (read as a detection no
// node wrote, it was reported as a line "that could not be tied to any node").
import { findLastCommand } from './scan-lines.js';
import type { PasteLines } from './paste-lines.js';

// `echo` where a command starts (the line's start, after a prompt's `$` or `>`, a `;`, `&&`, `||`, `|` or `(`: not
// `grep echo …`'s argument), with its flags and one argument: double- or single-quoted, or bare words up to the next
// separator.
const ECHO = /(?:^|[;&|($>])\s*echo(?:\s+-[neE]{1,3})*\s+(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|([^;&|#"'`$\n]{1,512}?))\s*(?=$|[;&|#)])/g;
// How many lines below its command an echo's output may stand (other commands of the line print theirs too).
const ECHO_OUTPUT_ROWS = 4;

/** The texts the `echo` commands of a command line print, as written (no `$` expansion: a bare argument holds none). */
export function readEchoedTexts(command: string): string[] {
  if (!command.includes('echo')) return [];
  const texts: string[] = [];
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(command); m !== null; m = ECHO.exec(command)) {
    const text = (m[1] ?? m[2] ?? m[3]!).trim();
    if (text !== '' && !text.includes('$')) texts.push(text);
  }
  return texts;
}

/** Whether line i is, word for word, what an `echo` of the nearest command line above it (within a few rows) printed. */
export function isEchoOutput(lines: PasteLines, kinds: ArrayLike<number>, i: number): boolean {
  const c = findLastCommand(kinds, i, ECHO_OUTPUT_ROWS);
  if (c < 0) return false;
  const line = lines.text.slice(lines.starts[i]!, lines.ends[i]!).trim();
  return readEchoedTexts(lines.text.slice(lines.starts[c]!, Math.min(lines.ends[c]!, lines.starts[c]! + 4096))).includes(line);
}
