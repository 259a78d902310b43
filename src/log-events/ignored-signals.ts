// A node's own line saying it ignored a signal (`kv1: caught SIGTERM (ignored: set KV_GRACEFUL=1 to drain and exit)`,
// `[kv1] ignoring SIGTERM`, `SIGINT ignored`, `received SIGTERM, ignoring it`): its handler logged the signal and the
// process went on, so the line ends nothing, nor does the record of sending that signal just before it. Not a sentence
// about later signals (`SIGTERM received, further signals ignored`): there the first one ends it.
import { SIGNAL_NAMES } from './default-patterns.js';
import type { MutableLogEvent } from './log-event.js';
import { LATE_HANDLER_WITHIN_MS } from './log-facts.js';
import { lineText, type PasteLines } from './paste-lines.js';

// The signal's name right before `ignored` (a bracket, colon or comma between), or right after `ignoring` / `ignored`,
// or before an `ignoring it` of its own clause: a name Linux or macOS gives a signal (SIGNAL_NAMES), not any SIG-word.
const IGNORED_SIGNAL = new RegExp(
  String.raw`\bSIG${SIGNAL_NAMES}\b(?:\s?[(:,-]\s?|\s)(?:was )?ignored\b|\bignor(?:e|ed|ing):? SIG${SIGNAL_NAMES}\b|\bSIG${SIGNAL_NAMES}\b[^.;\n]{0,24}\bignor(?:e|ed|ing) (?:it|this|the signal)\b`,
);

/**
 * Makes the kill events of nodes' own lines that say they ignored the signal no kills (`notKill: 'ignored'`: the node
 * lived on, and the report can say so).
 */
export function markIgnoredSignalKills(lines: PasteLines, events: MutableLogEvent[]): void {
  for (const event of events) {
    if (event.kind !== 'kill' || event.node === undefined) continue;
    // IGNORED_SIGNAL's every branch holds `ignor`: a substring search rules out most lines before the regex's scan.
    const text = lineText(lines, event.line, 4096);
    if (!text.includes('ignor') || !IGNORED_SIGNAL.test(text)) continue;
    event.kind = 'other';
    event.notKill = 'ignored';
  }
}

/**
 * Drops the record naming a node that sent it the signal its own line says it ignored, up to LATE_HANDLER_WITHIN_MS (a handler's
 * lateness) before by the wall clock (adv55c-05: `stop: sending SIGTERM to node1 (pid 6233)`, then node1's `received SIGTERM, ignoring it`):
 * that signal ended nothing. Asked once kill lines have their targets (attribute-kill-targets.ts: a `stop.log`
 * section's line is a bystander's, adv55f-07).
 */
export function dropIgnoredSignalRecords(events: MutableLogEvent[]): void {
  for (const own of events) {
    if (own.notKill !== 'ignored') continue;
    const sent = findSentRecord(events, own);
    if (sent >= 0) events.splice(sent, 1);
  }
}

// The record naming `own`'s node that sent its signal (TERM when it names none) within LATE_HANDLER_WITHIN_MS before it.
function findSentRecord(events: readonly MutableLogEvent[], own: MutableLogEvent): number {
  const signal = own.signal ?? 'TERM';
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.kind !== 'kill' || e.node !== undefined || e.target !== own.node || (e.signal ?? 'TERM') !== signal) continue;
    if (e.time === undefined || own.time === undefined) continue;
    const beforeMs = own.time.dayMs - e.time.dayMs;
    if (beforeMs >= 0 && beforeMs <= LATE_HANDLER_WITHIN_MS) return k;
  }
  return -1;
}
