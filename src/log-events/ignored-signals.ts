// A node's own line saying it ignored a signal (`kv1: caught SIGTERM (ignored: set KV_GRACEFUL=1 to drain and exit)`,
// `[kv1] ignoring SIGTERM`, `SIGINT ignored`): its handler logged the signal and the process went on, so the line ends
// nothing. Not a sentence about later signals (`SIGTERM received, further signals ignored`): there the first one ends it.
import { SIGNAL_NAMES } from './default-patterns.js';
import type { MutableLogEvent } from './log-event.js';
import { lineText, type PasteLines } from './paste-lines.js';

// The signal's name right before `ignored` (a bracket, colon or comma between), or right after `ignoring` / `ignored`:
// a name Linux or macOS gives a signal (SIGNAL_NAMES), not any SIG-word.
const IGNORED_SIGNAL = new RegExp(String.raw`\bSIG${SIGNAL_NAMES}\b(?:\s?[(:,-]\s?|\s)(?:was )?ignored\b|\bignor(?:e|ed|ing):? SIG${SIGNAL_NAMES}\b`);

/** Drops the kill events of nodes' own lines that say they ignored the signal: the node lived on. */
export function dropIgnoredSignalKills(lines: PasteLines, events: MutableLogEvent[]): void {
  for (let k = events.length - 1; k >= 0; k--) {
    const event = events[k]!;
    if (event.kind === 'kill' && event.node !== undefined && IGNORED_SIGNAL.test(lineText(lines, event.line, 4096))) events.splice(k, 1);
  }
}
