// The process patterns a Verify block's `pgrep -f` checks (`pgrep -f "kv_node.*--id 1" || echo "leader process is
// dead"`), so the harness can tell when a pattern matches none of a student's nodes: a node started as
// `java … RaftNode --id 2` is never found by it, and then "leader process is dead" is printed whatever the leader did.
// Pure: the Verify block's text in, patterns out.
import { readPgrepFull } from '../log-events/index.js';

/** One `pgrep -f` of a Verify block: its line (1-based), the command as written, and its pattern as a JS regex. */
export interface PgrepPattern {
  readonly line: number;
  readonly command: string;
  readonly pattern: RegExp;
}

/**
 * Each `pgrep -f PATTERN` of `code` (a shell script), its pattern read as pgrep reads it (an extended regular
 * expression, case-sensitive, anywhere in the command line). A pattern JavaScript cannot compile is left out.
 */
export function readPgrepPatterns(code: string): PgrepPattern[] {
  const found: PgrepPattern[] = [];
  code.split('\n').forEach((text, index) => {
    const pgrep = readPgrepFull(text);
    if (pgrep === undefined) return;
    try {
      found.push({ line: index + 1, command: text.trim(), pattern: new RegExp(pgrep.pattern) });
    } catch {
      // A bracket expression or back-reference JavaScript reads otherwise: no claim about it.
    }
  });
  return found;
}
