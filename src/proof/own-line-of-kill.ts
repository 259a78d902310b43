// Which kill line the patterns check cites: the judged kill itself (its time, the command over it) or the killed node's
// own line of it.
import { startsWithShellPrompt } from '../log-events/shell-prompt.js';

/**
 * Whether a `kill` line the patterns check cites (1-based `line`, its `text`) is the killed node's own line of the kill
 * on `killLine`, not the kill itself: another line, and not the command typed right above the kill's time (`$ date
 * +%T.%3N; kill %1` over its output row, adv67f).
 */
export function isOwnLineOfKill(line: number, killLine: number, text: string): boolean {
  return line !== killLine && !isCommandOverKillTime(line, killLine, text);
}

/** Whether 1-based `line` (its `text`) is the command typed at a prompt right above the kill's time on `killLine`. */
export function isCommandOverKillTime(line: number, killLine: number, text: string): boolean {
  return line === killLine - 1 && startsWithShellPrompt(text.trimStart());
}
