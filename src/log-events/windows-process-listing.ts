// Windows' process listings that give each process's pid beside its command line, as `pgrep -a` does on Linux:
// PowerShell's `Get-CimInstance Win32_Process … | Select-Object ProcessId,CommandLine` (also Get-WmiObject, gcim,
// gwmi, and PowerShell 7's `Get-Process kv_node | Select-Object Id,CommandLine`) and cmd's `wmic process … get
// ProcessId,CommandLine`, whose columns come out in alphabetical order (CommandLine first, the pid last). Their rows
// (`     5184 "C:\kv\kv_node.exe" --id 2 --port 7002`) name the node a `taskkill /PID 5184` ends.
import type { PasteLines } from './paste-lines.js';
import { LINE_COMMAND, LINE_HEADER } from './scan-lines.js';

// The commands: a Win32_Process query, a Get-Process (or gps) asked for its CommandLine, wmic's process alias.
const WINDOWS_LISTING = /\b(?:(?:get-ciminstance|get-wmiobject|gcim|gwmi)\b[^|\n]*\bwin32_process\b|(?:get-process|gps)\b[^\n]*\bcommandline\b)|\b(wmic)(?:\.exe)?\s+process\b[^\n]*\bget\b/i;
// A table's header: two columns, the pid's and the command line's, in either order.
const PID_COLUMN = /^(?:processid|id|pid)$/i;
// A row with the pid first (right-aligned under PowerShell's header) or last (wmic's), the command line the rest.
const PID_FIRST_ROW = /^\s*(\d{1,7})\s+(\S.*?)\s*$/;
const PID_LAST_ROW = /^\s*(\S.*?)\s+(\d{1,7})\s*$/;
// A column PowerShell cut to the console's width ends in `...` (5.1) or `…` (7).
const CUT_MARK = /(?:\.\.\.|…)$/;
const TABLE_ROWS = 64;

/** Whether `command` lists Windows processes with their pids and command lines (a table readWindowsListing reads). */
export function isWindowsProcessListing(command: string): boolean {
  return WINDOWS_LISTING.test(command);
}

/**
 * The rows of the pid / command-line table printed under the command on line `at`: PowerShell's blank line, the
 * header (`ProcessId CommandLine`), its `---` rule, then a row per process to the next blank line; wmic's header and
 * rows may be spaced by single blank lines. A command line or header ends the table. A command line PowerShell cut short loses its cut word (`--id 1...` may have been
 * `--id 12`). Empty when no such header follows within two lines. A kill by pid on Windows (`taskkill /PID 5184 /F`)
 * names its node only through such a listing.
 */
export function readWindowsListing(lines: PasteLines, kinds: ArrayLike<number>, at: number): { pid: string; command: string }[] {
  const wmic = WINDOWS_LISTING.exec(lineAt(lines, at))?.[1] !== undefined;
  let i = at + 1;
  while (i < lines.count && i <= at + 2 && lineAt(lines, i).trim() === '') i++;
  const header = i < lines.count ? lineAt(lines, i).trim().split(/\s+/) : [];
  if (header.length !== 2) return [];
  const pidFirst = PID_COLUMN.test(header[0]!) && /^commandline$/i.test(header[1]!);
  const pidLast = /^commandline$/i.test(header[0]!) && PID_COLUMN.test(header[1]!);
  if (!pidFirst && !pidLast) return [];
  i++;
  if (i < lines.count && /^-+\s+-+$/.test(lineAt(lines, i).trim())) i++;
  const rows: { pid: string; command: string }[] = [];
  const last = Math.min(lines.count, i + TABLE_ROWS);
  for (let blanks = 0; i < last && kinds[i] !== LINE_COMMAND && kinds[i] !== LINE_HEADER; i++) {
    const text = lineAt(lines, i);
    if (text.trim() === '') {
      if (wmic && rows.length > 0 && blanks++ === 0) continue;
      break;
    }
    blanks = 0;
    const row = (pidFirst ? PID_FIRST_ROW : PID_LAST_ROW).exec(text);
    if (row === null) break;
    const pid = pidFirst ? row[1]! : row[2]!;
    let command = pidFirst ? row[2]! : row[1]!;
    if (CUT_MARK.test(command)) command = command.slice(0, Math.max(0, command.search(/\s\S*$/)));
    rows.push({ pid, command });
  }
  return rows;
}

function lineAt(lines: PasteLines, i: number): string {
  return lines.text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 4096));
}
