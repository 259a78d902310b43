// util-linux script(1)'s first and last lines, `Script started on 2026-12-05 07:56:58+00:00 [COMMAND="…"]` and `Script
// done on … [COMMAND_EXIT_CODE="0"]`: the recorder's own, no node's line, and the command it quotes ran inside the
// recording (its words, `kill.txt` too, are no event: adv54e-24's header read as a kill). Pure.

const SCRIPT_HEADER = /^Script (?:started|done) on \d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d/;

/** Whether `text` (a line from its start) is one of script(1)'s header or trailer lines. */
export function isScriptHeader(text: string): boolean {
  return text.charCodeAt(0) === 83 && SCRIPT_HEADER.test(text);
}

// The command a header quotes (`[COMMAND="date +%T.%3N; kill 32759" <not executed on terminal>]`), and a shell's `-c`
// around it (`bash -c "date +%T.%3N; kill 23709"`).
const RECORDED_COMMAND = /^Script started on [^[]*\[COMMAND="(.*)"(?: <not executed on terminal>)?\]\s*$/;
const SHELL_C = /^(?:\/\S*\/)?(?:ba|z|da)?sh\s+-c\s+(["'])(.*)\1\s*$/;

/**
 * The command script(1) ran when its header quotes one (`script -c "date +%T.%3N; kill 32759"`: adv73b-13, adv74a-33),
 * out of a shell's `-c` if it was given one; undefined for any other line.
 */
export function readRecordedCommand(text: string): string | undefined {
  if (!isScriptHeader(text)) return undefined;
  const m = RECORDED_COMMAND.exec(text);
  if (m === null) return undefined;
  const shell = SHELL_C.exec(m[1]!);
  return shell === null ? m[1]! : shell[2]!;
}

/** bash's bracketed-paste mode codes as script(1) records them around each prompt (`ESC[?2004h`, `ESC[?2004l`). */
export const BRACKETED_PASTE_CODES: readonly string[] = ['\x1b[?2004h', '\x1b[?2004l'];

/**
 * Whether `text` (a whole line) is only such a code, its ESC kept or dropped: the line a web form makes of a typescript's
 * `ESC[?2004l CR` (adv65g-44), which parts no command from its output.
 */
export const isBracketedPasteCodeLine = (text: string): boolean => /^[\r\t ]*\x1b?\[\?2004[hl][\r\t ]*$/.test(text);
