// What lists kill's signals or reads about kill kills nothing, though its words say "kill" and SIGKILL: bash's
// `kill -l` (and `-L`, `-l 15`, `--list`, `--table`, `killall -l`) with the table it prints (` 9) SIGKILL	10) SIGUSR1`,
// util-linux's ` 9 KILL    10 USR1`, the names on one line `HUP INT QUIT …`), and `man kill`, `help kill`, `type kill`,
// `which kill`, `kill --help` with what they print (`kill is a shell builtin`, help's `SIGTERM is assumed.`).
import { KILL_COMMAND_WORDS, SIGNAL_NAMES_WITH_REALTIME } from './default-patterns.js';
import { lineText, type PasteLines } from './paste-lines.js';
import { findLastCommand, LINE_COMMAND } from './scan-lines.js';

// A kill listing or describing itself, to its command's end (`kill -l 15`: 15 is no pid), or a command reading about
// kill (`man 1 kill`, `help kill`, `type -a kill`, `which kill`, `command -v kill`), each by any path.
const LISTING =
  String.raw`(?:[\w.~-]*\/)*(?:kill|killall)\s+(?:-[lL]|--list|--table|--help|-V|--version)(?![\w-])[^;&|)\n]*|` +
  String.raw`(?:man|help|type|which|whatis|whereis|info|tldr|apropos|command\s+-[vV])(?:\s+-{1,2}[\w-]+)*(?:\s+\d)?\s+(?:[\w.~-]*\/)*(?:kill|killall|pkill)(?![\w-])[^;&|)\n]*`;
const LISTING_COMMAND_PATTERN = new RegExp(String.raw`(?:^|(?<=[\s;&|(>\`]))(?:${LISTING})`, 'g');
// One cell of a signal table: bash's ` 9) SIGKILL`, util-linux's ` 9 KILL`, a bare name, real-time ones (`SIGRTMIN+3`).
const SIGNAL_CELL = String.raw`(?:\d{1,2}\)?\s+)?(?:SIG)?${SIGNAL_NAMES_WITH_REALTIME}`;
const SIGNAL_TABLE_ROW = new RegExp(String.raw`^\s*${SIGNAL_CELL}(?:\s+${SIGNAL_CELL})+\s*$`);
/** How far below its command a listing's or a help text's line may stand (`help kill` prints 30 lines, `man kill` more). */
export const LISTING_OUTPUT_ROWS = 200;

/** `text` with each command that lists kill's signals or reads about kill blanked: what is left may still kill. */
export function blankSignalListings(text: string): string {
  return text.replace(LISTING_COMMAND_PATTERN, ' ');
}

/** Whether `text` is a row of a signal table (two or more signals, numbered or not, nothing else): kill -l's output. */
export function isSignalTableRow(text: string): boolean {
  return SIGNAL_TABLE_ROW.test(text);
}

/**
 * Whether line `line` stands below a command (within LISTING_OUTPUT_ROWS) that only lists kill's signals or reads about
 * kill (`$ type kill`, `$ date +%T.%3N; help kill | head`): its output, no kill, whatever its words.
 */
export function isSignalListingOutput(lines: PasteLines, kinds: ArrayLike<number>, line: number): boolean {
  const command = findLastCommand(kinds, line, LISTING_OUTPUT_ROWS);
  if (command < 0 || kinds[command] !== LINE_COMMAND) return false;
  const text = lineText(lines, command, 4096);
  const blanked = blankSignalListings(text);
  return blanked !== text && !KILL_COMMAND_WORDS.test(blanked);
}
