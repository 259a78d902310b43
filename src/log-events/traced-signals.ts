// strace's records of a signal reaching the process it traces: `--- SIGTERM {si_signo=SIGTERM, si_code=SI_USER,
// si_pid=5120, …} ---` (delivered) and `+++ killed by SIGKILL +++` (the tracee died of it). Their `si_pid` is the
// sender; the process they are about is the tracee, which only the trace around them names: strace -f's `[pid  4207]`
// column, else the one process `strace: Process 4207 attached` (or the command's `-p 4207`) says it traces.
import { SIGNAL_NAMES_WITH_REALTIME } from './default-patterns.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { LINE_COMMAND } from './scan-lines.js';

const SIGNAL_RECORD = new RegExp(String.raw`--- SIG${SIGNAL_NAMES_WITH_REALTIME} \{si_signo=|\+\+\+ killed by SIG${SIGNAL_NAMES_WITH_REALTIME}\b`);
const PID_COLUMN = /\[pid\s+(\d{1,8})\]/;
const ATTACHED = /\bstrace: Process (\d{1,8}) attached\b/;
const STRACE_COMMAND = /\bstrace\b/;
// `-p 4207`, `-p4207`, `-p 4207,4310`, `--attach=4207`.
const ATTACH_OPTION = /(?:^|\s)(?:-p\s*|--attach[=\s]\s*)(\d{1,8}(?:,\d{1,8})*)(?=\s|$|[;&|)])/g;
// How far above its signal record the trace's attach lines may stand (a long trace of other syscalls between).
const TRACE_ROWS = 2000;

/**
 * The process id strace's signal record on line `line` is about: its `[pid N]` column, else the one process the trace
 * above it attached to (its `strace: Process N attached` lines since the last command, or that command's `-p N` when
 * it is strace's). Undefined for any other line, and when the trace attached to several processes or names none.
 */
export function findTracedSignalPid(lines: PasteLines, kinds: ArrayLike<number>, line: number): number | undefined {
  const own = lineText(lines, line, 4096);
  if (!own.includes('--- SIG') && !own.includes('+++ killed by')) return undefined;
  const record = SIGNAL_RECORD.exec(own);
  if (record === null) return undefined;
  const column = PID_COLUMN.exec(own.slice(0, record.index));
  if (column !== null) return Number(column[1]);
  const pids = new Set<string>();
  for (let i = line - 1; i >= 0 && line - i <= TRACE_ROWS; i--) {
    const text = lineText(lines, i, 4096);
    if (kinds[i] === LINE_COMMAND) {
      if (pids.size === 0 && STRACE_COMMAND.test(text)) for (const m of text.matchAll(ATTACH_OPTION)) for (const pid of m[1]!.split(',')) pids.add(pid);
      break;
    }
    const attached = ATTACHED.exec(text);
    if (attached !== null) pids.add(attached[1]!);
  }
  return pids.size === 1 ? Number([...pids][0]) : undefined;
}
