// A node's own line saying it ignored a signal (`kv1: caught SIGTERM (ignored: set KV_GRACEFUL=1 to drain and exit)`,
// `[kv1] ignoring SIGTERM`, `SIGINT ignored`): its handler logged the signal and the process went on, so the line ends
// nothing. Not a sentence about later signals (`SIGTERM received, further signals ignored`): there the first one ends it.
import type { MutableLogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';

// The signal's name right before `ignored` (a bracket, colon or comma between), or right after `ignoring` / `ignored`.
const IGNORED_SIGNAL = /\bSIG[A-Z]{2,6}[12]?\b(?:\s?[(:,-]\s?|\s)(?:was )?ignored\b|\bignor(?:e|ed|ing):? SIG[A-Z]{2,6}[12]?\b/;

/** Drops the kill events of nodes' own lines that say they ignored the signal: the node lived on. */
export function dropIgnoredSignalKills(lines: PasteLines, events: MutableLogEvent[]): void {
  for (let k = events.length - 1; k >= 0; k--) {
    const event = events[k]!;
    if (event.kind === 'kill' && event.node !== undefined && IGNORED_SIGNAL.test(lineText(lines, event.line, 4096))) events.splice(k, 1);
  }
}
