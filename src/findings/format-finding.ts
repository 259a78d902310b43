import { formatUtcOffset, UPTIME_CLOCK_PREFIX } from '../log-events/paste-clock.js';
import { FLUSH_SPAN_MS } from '../log-events/flush-stamps.js';
import { NOT_EXECUTABLE_EXIT, type Finding, type FindingCode, type LookedAtLine, type NodeExitedArgs, type QuotedLine, type TimestampsBackwardsArgs } from './finding.js';
import { nameNode, nameNodeArgs, type NodeNames } from './node-names.js';

type Args = Readonly<Record<string, unknown>>;

// A found value as the author wrote it: strings quoted, and never an empty word ("found " for an empty list).
const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list ${JSON.stringify(value)}`;
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'an empty mapping' : `a mapping ${JSON.stringify(value)}`;
  return String(value);
};

// How a student sees a lesson's regex: /…/ with its own backslashes (JSON would double them: "\\bkill\\b"), cut
// after 80 characters. Authors' lint findings keep the JSON form, which is how their YAML spells the pattern.
const PATTERN_SHOWN_CHARS = 80;
export function formatPattern(source: string): string {
  return `/${source.length > PATTERN_SHOWN_CHARS ? `${source.slice(0, PATTERN_SHOWN_CHARS)}…` : source}/`;
}

// Words a student can look for in a log: no regex syntax left in them.
const isPhrase = (text: string): boolean => !/[\\^$.*+?()[\]{}|]/.test(text);

// A phrase in quotes a student can copy: single quotes around one that holds a double quote ('"ok":true').
const quotePhrase = (phrase: string): string => (phrase.includes('"') ? `'${phrase}'` : `"${phrase}"`);

// The phrases a pattern wants, for a line that has none: all of them when every alternative is plain words, else
// examples — the ones a regex accepts (`phrases`, check-patterns.ts), or its plain alternatives — never none.
const wantedPhrases = (expected: unknown, examples: unknown): string => {
  const all = (expected as string[] | undefined) ?? [];
  const plain = all.filter(isPhrase);
  if (plain.length > 0 && plain.length === all.length) return `: expected a line containing ${plain.map(quotePhrase).join(' or ')}`;
  const shown = (examples as string[] | undefined) ?? plain;
  if (shown.length === 0) return '';
  const list = shown.slice(0, PHRASES_SHOWN).map(quotePhrase).join(' or ');
  return `: expected a line matching it, for example one containing ${list}`;
};

/**
 * `12`, `12.5`, `0.123` ms: measurements keep µs, shown to at most three decimals; a delay a ns stamp decided at a
 * window's edge (Stamp.nanos: `300.000489`, `299.999999`) keeps its ns, or it would read as the window itself.
 */
export function formatMs(value: number): string {
  const us = Number(value.toFixed(3));
  const ns = Number(value.toFixed(6));
  // The two roundings differ by a whole number of ns when they differ: half a ns apart is a difference, whatever the
  // binary fractions make of 300 − 299.999999 (9.99999997e-7, adv58b-22's pass read "+300 ms").
  return `${Math.abs(ns - us) > 5e-7 ? ns : us} ms`;
}
const ms = (value: unknown): string => formatMs(value as number);
// How to find the leader on any cluster (a node's own log says it won), and the bundled cluster's endpoint as such: a
// pasted log may come from the student's own nodes, which need not answer GET /status.
const FIND_LEADER = "the node whose own log last says it became leader; on the bundled cluster, a node's GET /status";
// A kill by Ctrl+C that names no signal (check-patterns.ts findCtrlCKill): what to log, or how else to stop it.
const ctrlCAdvice = (interrupted: unknown): string => {
  if (interrupted === undefined) return '';
  const { line, sigterm } = interrupted as { line: number; sigterm: boolean };
  return (
    `; line ${String(line)} shows Ctrl+C, which sends SIGINT, but no line says so in words this pattern accepts: have the node log it (e.g. "received SIGINT, shutting down")` +
    (sigterm ? ', or stop it with kill <pid> (SIGTERM) and log "received SIGTERM"' : '')
  );
};
// TIMESTAMPS_READ_IN_ZONE's other reading of zone-less node times: as UTC, or in the kill's own zone when it states
// another (`…+01:00` over nodes logging UTC: "read as UTC+01:00, the kill's zone, they would be 1 h before it").
const readInKillZone = (killZoneMin: unknown, offsetMin: number): string => {
  const killMin = (killZoneMin as number | undefined) ?? 0;
  const shift = offsetMin - killMin;
  return `${killMin === 0 ? 'UTC' : `UTC${formatUtcOffset(killMin)}, the kill's zone,`} they would be ${hoursMinutes(Math.abs(shift))} ${shift > 0 ? 'after' : 'before'} it`;
};
// A detection this long after the kill is no election timer's (Raft libraries default to 1 s; none runs past seconds).
const NO_TIMER_GAP_MS = 30_000;
// `+210 ms`, `-10 ms`: a time from the kill, as the timing rows show it.
const fromKill = (value: number): string => `${value < 0 ? '-' : '+'}${formatMs(Math.abs(value))}`;
// Signals a node's process does not survive by handling them (KILLED_NODE_LED_ON): one it survived went elsewhere.
const ENDING_SIGNALS: ReadonlySet<string> = new Set(['TERM', 'KILL', 'INT', 'QUIT']);
// `512 bytes`, `3.5 KiB`, `5.0 MiB`: binary units, as the cap is (DEFAULT_MAX_BYTES, 5 × 1024 × 1024 bytes, is 5.0 MiB,
// 5.2 MB); a tiny cap (checkPaste's maxBytes) must not read "0.0 MiB".
const size = (value: unknown): string => {
  const bytes = value as number;
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
};
const resolution = (precisionMs: unknown): string => {
  const p = precisionMs as number;
  return p >= 1000 ? `${p / 1000} s` : `${p} ms`;
};

const CLOCK_NAMES: Record<string, string> = {
  wall: 'wall-clock times',
  monotonic: 'seconds since boot, e.g. [ 88419.530]',
  relative: 'seconds since a launcher started, e.g. [+5.400s]',
  'relative-ms': 'milliseconds since the process started logging, e.g. Python logging\'s relativeCreated',
  incremental: 'seconds since the first line of a ts -i stream (its gaps summed)',
};
const clockName = (clock: unknown): string => {
  const name = String(clock);
  // `uptime@node2`: tracing's Uptime timer, seconds since that writer's process started.
  if (name.startsWith('uptime@')) return `seconds since ${name.slice(7) || 'its process'} started`;
  // `monotonic@kv2`: CLOCK_MONOTONIC fetched from machine kv2, seconds since that machine booted.
  if (name.startsWith('monotonic@')) return `seconds since ${name.slice(10)} booted`;
  // `relative#1`: a launcher's count in its second run (the first restart), appended to the first (Stamp.run).
  const run = RUN_CLOCK.exec(name);
  if (run !== null) return `run ${Number(run[2]) + 1}`;
  return CLOCK_NAMES[name] ?? name;
};
const RUN_CLOCK = /^(\w+)#(\d+)$/;
// Whether a clock is one run of a launcher's count that started again (`relative#1`), or the first run beside one.
const isRunClock = (clock: unknown, other: unknown): boolean => RUN_CLOCK.test(String(clock)) || RUN_CLOCK.test(String(other));
// The run a launcher's clock stands for, its first when unnumbered (`relative`: run 1, `relative#1`: run 2).
const runName = (clock: unknown): string => (RUN_CLOCK.test(String(clock)) ? clockName(clock) : 'run 1');
// A clock of one process (`uptime@node2`: seconds since node2 started), as clockName names it.
const isProcessClock = (clock: unknown): boolean => String(clock).startsWith(UPTIME_CLOCK_PREFIX);
// How long before a kill a follower's only detection says its log is another run's: followers notice within seconds.
const ANOTHER_RUN_MS = 60_000;

// `5 h 30 min`, `45 min`, `1 h`.
const hoursMinutes = (minutes: number): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
};

/** A delay that is two clocks or zones apart rather than a slow follower, in the words every report uses. */
export interface ClockShift {
  /** `1 h + 150 ms`. */
  readonly words: string;
  /** `1 h`. */
  readonly whole: string;
  /** `clocks or time zones 1 h apart`. */
  readonly apart: string;
}

// A delay of whole quarter hours plus less than the window (`3600150` ms: 1 h + 150 ms) is two clocks or zones apart,
// not a slow follower: the one wording of it for the ✗ line and the timeline row alike; undefined otherwise.
const QUARTER_HOUR_MS = 900_000;
export function findClockShift(delayMs: number, windowMs: number): ClockShift | undefined {
  const quarters = Math.round(delayMs / QUARTER_HOUR_MS);
  const rest = Math.round((delayMs - quarters * QUARTER_HOUR_MS) * 1000) / 1000;
  if (quarters < 1 || Math.abs(rest) > windowMs) return undefined;
  const whole = hoursMinutes(quarters * 15);
  return { words: rest === 0 ? whole : `${whole} ${rest > 0 ? '+' : '−'} ${formatMs(Math.abs(rest))}`, whole, apart: `clocks or time zones ${whole} apart` };
}

// Exit code 126 in words: the file, if the node's output named it, and how to make it run.
function describeNotExecutable({ file, interpreter }: NonNullable<NodeExitedArgs['notExecutable']>): string {
  if (file === undefined) return 'the command was found but could not be run: is the file executable (chmod +x) and built for this machine?';
  return (
    `${file} is not executable: chmod +x ${file} (its first line a #! naming its interpreter${interpreter === undefined ? '' : `, e.g. #!/usr/bin/env ${interpreter}`})` +
    (interpreter === undefined ? '' : `, or start it through its interpreter in the template (${interpreter} ${file} …)`)
  );
}

// The paste's own words on a measured line, quoted: reports never name an event in words the paste may not contain
// (a "heartbeat timeout" label on a line saying "leader node1 is down" while the patterns check finds no "timeout").
const quoted = (words: unknown): string => (typeof words === 'string' && words !== '' ? ` (${JSON.stringify(words)})` : '');

// `a`, `a and b`, `a, b and c`.
const andList = (items: readonly unknown[]): string => (items.length < 2 ? items.map(String).join('') : `${items.slice(0, -1).map(String).join(', ')} and ${String(items.at(-1))}`);

// KILL_LINE_MISSING's `teardown` (teardown-kills.ts): the followers noticed a leader whose kill is missing; the kills the
// paste holds are the cluster's shutdown after that.
const describeTeardown = (t: Args): string => {
  const leader = String(t.leader);
  const killLines = t.killLines as readonly number[];
  return (
    `; ${String(t.node)} noticed ${leader} was gone (line ${String(t.lostLine)}) and another node took over, but no line shows ${leader} being killed — ` +
    `${killLines.length === 1 ? 'line' : 'lines'} ${andList(killLines)} ${killLines.length === 1 ? 'is' : 'are'} the shutdown of ${andList(t.nodes as readonly string[])} after that, ` +
    `the cluster's teardown, not the kill the lesson asks for: paste ${leader}'s log too (its own line of the kill), or your kill command with the time it ran (date +%T.%3N; kill <pid>)`
  );
};

/**
 * What a line cited by the patterns check is to the timing check: `line 16 (node2 noticing the dead leader)`; `killLine`:
 * the judged kill's line, for a `kill` line that is the killed node's own line of it (`line 9 (node1's own line of the
 * kill on line 2)`). The node by its name in `names` (the verdict's nodeNames).
 */
export function describePatternEvidence(
  a: { readonly line?: unknown; readonly role?: unknown; readonly node?: unknown; readonly killLine?: unknown },
  names?: NodeNames,
): string {
  const node = typeof a.node === 'string' ? nameNode(a.node, names) : undefined;
  const role =
    a.role === 'kill'
      ? typeof a.killLine === 'number' && a.killLine !== a.line
        ? `${node ?? 'the killed node'}'s own line of the kill on line ${a.killLine}`
        : `the kill${node ? ` of ${node}` : ''}`
      : a.role === 'detection'
        ? `${node ?? 'a follower'} noticing the dead leader`
        : a.role === 'after-kill'
          ? 'after the kill'
          : a.role === 'before-kill'
            ? 'before the kill'
            : a.role === 'unread'
              ? "not read as a follower noticing: a client's or a program's line, or one about something else"
              : a.role === 'command'
                ? "typed at your shell prompt, not a node's line"
            : a.role === 'not-a-kill'
              ? 'not a kill: a component stopping or a node describing another'
              : a.role === 'paused'
                ? 'not a kill: a process paused, stopped but not ended'
                : a.role === 'ignored'
                  ? 'not a kill: the node says it ignored the signal and ran on'
                : a.role === 'configuration'
                  ? 'only in a setting, a timer reset or a startup line'
                  : undefined;
  return `line ${String(a.line)}${role ? ` (${role})` : ''}`;
}

// The lines the timing check used, for a pattern no line matches: `line 9, node2 ("ECONNRESET")`.
const measuredLines = (measured: unknown): string => {
  const list = (measured as { line: number; role: string; node?: string; words?: string }[] | undefined) ?? [];
  if (list.length === 0) return '';
  const each = list.map((m) => `line ${m.line}, ${m.role === 'kill' ? 'the kill' : (m.node ?? 'a follower')}${quoted(m.words)}`);
  return `; none of the lines the timing check used says it: ${each.join('; ')}`;
};

// Why a pattern missed when the timing check explains it (lead-with-cause.ts PatternMissCause), nodes already named.
const missCause = (c: Args): string => {
  switch (c.code) {
    case 'KILLED_NODE_NOT_LEADER':
      return `the node killed, ${String(c.killed)}, was a follower${c.leader === null ? '' : ` (${String(c.leader)} led)`}, so no follower had a dead leader to notice`;
    case 'KILLED_NODE_LED_ON':
      return `${String(c.node)} was not killed (it ${c.asMember === true ? 'went on running' : 'kept leading'}), so no follower had a dead leader to notice`;
    case 'KILLED_LEADER_LED_AGAIN':
      if (c.paused === true) return `${String(c.node)} was resumed and led again ${ms(c.afterMs)} after the pause, so its followers had no silent leader to notice`;
      return c.restarted === false
        ? `${String(c.node)} went on leading ${ms(c.afterMs)} after the kill, so its followers had no dead leader to notice`
        : `${String(c.node)} was restarted and led again ${ms(c.afterMs)} after the kill, so its followers had no dead leader to notice`;
    case 'KILLED_LEADER_SIGNALED_AGAIN':
      return `${String(c.node)} was still running after the kill (it logged a signal again ${ms(c.afterMs)} later), so no follower had a dead leader to notice`;
    case 'FOLLOWER_MISSING':
      return "the paste holds no follower's log, so no line can show a follower noticing";
    case 'KILL_LINE_MISSING':
      return 'no line shows the leader being killed';
    case 'TIMESTAMPS_MISSING':
      return `no line has a timestamp: is this your nodes' log? ${String(c.instructions)}`;
    default:
      return String(c.code);
  }
};

// What a lesson's own detection pattern needs, one phrase per alternative: `"missed heartbeat" or "leader lease expired"`.
const PHRASES_SHOWN = 6;
const phrases = (list: unknown): string => {
  const all = list as string[];
  const shown = all.slice(0, PHRASES_SHOWN).map((p) => `"${p}"`).join(' or ');
  return all.length > PHRASES_SHOWN ? `${shown} or ${all.length - PHRASES_SHOWN} more` : shown;
};

// The follower's lines after the kill that the check read, quoted: the log-event model's lines (about the leader,
// elections, votes), not every line, so the wording claims no more than that. A line whose writer is only a name in
// its words is not called the node's: it may be a line about the node ("stepping down: node3 has term 7").
// `unsure`: detection lines tied to no node may be the node's, so "it logged no line" would be a guess.
// How to make a node's stdout line-buffered, in every report that asks for it (a buffered block, a flush's stamps, a
// log lost in its buffer at the kill).
const LINE_BUFFERED_STDOUT = 'setvbuf(stdout, NULL, _IOLBF, 0) at the top of main, fflush(stdout) after each line, or start the node as stdbuf -oL ./your-node … (Python: python3 -u)';

// The log files a paste's `tail` headers show empty (empty-log-sections.ts), and why a killed program's file may be.
const emptyFilesNote = (files: readonly string[] | undefined): string =>
  files === undefined || files.length === 0
    ? ''
    : `; ${files.length === 1 ? `the log file ${files[0]!} is` : `the log files ${files.join(', ')} are`} empty: a program writing its log with printf to a file ` +
      `keeps the lines in a buffer until it exits or the buffer fills, and a kill ends it with them unwritten — make stdout line-buffered (${LINE_BUFFERED_STDOUT}), ` +
      'run the cluster again and paste the logs';

// FOLLOWER_MISSING's writers the cluster's start lines leave out (findUnlistedWriters): why each counts as no follower.
const unlistedNote = (unlisted: readonly { node: string; line: number; copyOf?: string; cluster?: readonly string[] }[] | undefined): string =>
  unlisted === undefined || unlisted.length === 0
    ? ''
    : `; ${unlisted
        .map((u) =>
          u.copyOf !== undefined
            ? `${u.node}'s lines (from line ${String(u.line)}) are not counted: its start line lists the peers ${u.copyOf}'s does, ${u.node} itself among them and ${u.copyOf} not, so they are ${u.copyOf}'s lines relabeled`
            : `${u.node}'s lines (from line ${String(u.line)}) are not counted: the start lines' peer lists make the cluster ${u.cluster!.join(', ')}, and ${u.node} is none of them`,
        )
        .join('; ')} — paste each follower's own log as it printed it`;

// FOLLOWER_MISSING's nodes left out as non-voters: where each says so, and that a non-voter elects no leader.
const nonVotersNote = (nonVoters: readonly { node: string; line: number }[] | undefined): string =>
  nonVoters === undefined || nonVoters.length === 0
    ? ''
    : `; ${nonVoters.map((v) => `${v.node} does not vote (its own line ${String(v.line)} says so)`).join(', ')}, so it is no follower of the voters — a non-voter (a learner) elects no leader: make every node a voter`;

const lookedAt = (looked: unknown, node: unknown, unsure = false): string => {
  const list = (looked as LookedAtLine[] | undefined) ?? [];
  const quote = (lines: LookedAtLine[]): string => lines.map((l) => `line ${l.line} "${l.excerpt}"`).join(', ');
  const own = list.filter((l) => !l.wordsOnly);
  const named = list.filter((l) => l.wordsOnly);
  if (list.length === 0) {
    return unsure ? '; after the kill no line tied to it is about the leader, an election or a vote' : '; after the kill none of its lines was read as about the leader, an election or a vote';
  }
  return (
    (own.length ? `; its lines after the kill about the leader, an election or a vote: ${quote(own)}` : '') +
    (named.length ? `; lines after the kill taken as ${String(node)}'s only because their words name it (they may be about it, not by it): ${quote(named)}` : '')
  );
};

// How to paste so that each line names the node that wrote it, in a form the checker reads.
const NAME_EACH_LINE =
  'paste the logs so every line names its node: grep -H "timeout\\|leader\\|kill" data/node*/node.log (the file name on each line), ' +
  'or tail -n 50 data/node*/node.log (a ==> file <== header above each node\'s lines), and no sort, which mixes the nodes\' lines together';

// The detection lines tied to no node: `line 25 "…", line 26 "…" and 5 more`.
const unnamedLines = (a: Args): string => {
  const shown = (a.unattributedLines as QuotedLine[]).map((l) => `line ${l.line} "${l.excerpt}"`).join(', ');
  const more = (a.unattributed as number) - (a.unattributedLines as QuotedLine[]).length;
  return more > 0 ? `${shown} and ${more} more` : shown;
};

// A follower's detection the check found but could not time (no timestamp it can read, or a stamp on another clock
// than the kill's): the line says it noticed, only not when — never "logged nothing" next to "line 14 shows one".
const untimedWhy = (a: Args): string =>
  a.offClock
    ? "its time is on another clock than the kill's (see the warning about clocks)"
    : a.flushed === true
      ? `its node's lines, from its start to this one, are all stamped within ${String(FLUSH_SPAN_MS)} ms (when a pipe or \`docker logs -t\` got the node's buffered output in one burst, not when they happened)`
      : a.tsPerTerminalLine !== undefined
        ? `its stamp counts from its own terminal's ts (line ${String(a.tsPerTerminalLine)} pipes one terminal through ts, and another terminal does too: clocks nothing ties to the kill's; pipe all the logs through one ts, or stamp the time of day with ts '%H:%M:%.S')`
        : 'it has no timestamp the checker could read';
// The fix for a follower's lines stamped in one flush (untimedWhy's `flushed`).
const FLUSHED_FIX = ` — make the node write each line as it happens (${LINE_BUFFERED_STDOUT}; or log to stderr), then kill the leader again`;
const untimedDetection = (a: Args): string =>
  a.untimestampedLine ? `; its line ${String(a.untimestampedLine)}${quoted(a.untimedWords)} reads as a detection, but ${untimedWhy(a)}` : '';

// KILL_LINE_MISSING's `ignored`: a node's own line saying it ignored the signal, so it ended nothing.
const ignoredNote = (i: { line: number; node: string; signal: string } | undefined): string =>
  i === undefined
    ? ''
    : `; line ${String(i.line)}: ${i.node} logged that it ignored SIG${i.signal}, so that signal ended nothing and it kept running — ` +
      `make its SIG${i.signal} handler end the process (exit after its cleanup), then kill the leader again`;

// KILL_LINE_MISSING's untimed kill of a node the paste shows following another: a timestamp alone would not pass it.
const notLeaderNote = (n: { node: string; leader: string; leaderLine: number } | undefined): string =>
  n === undefined
    ? ''
    : `; and it kills ${n.node}, which was not the leader: line ${String(n.leaderLine)} shows ${n.leader} leading, so kill ${n.leader} (with the time of the kill)`;

// KILL_CHOSEN's reason for the kill judged among several, in words.
const KILL_CHOICE_REASONS: Readonly<Record<string, string>> = {
  detected: 'the one the followers detected in time',
  first: 'the first kill of the leader',
  'first-unshown': "the first kill (nothing shows its node led: its peers' lost links name it only as a peer)",
  measured: 'the first whose followers the paste shows noticing (an earlier one ended them with the leader)',
  'unshown-before': "the first whose followers the paste shows noticing (nothing shows an earlier one's node led: its peers' lost links name it only as a peer)",
};

// A follower's lost link that names the killed node only as a peer (PeerOnlyLine): why it is no detection, and what to paste.
const peerOnlyNote = (a: Args): string => {
  const peer = a.peerOnly as { line: number; leader: string; words?: string; lostLine?: number } | undefined;
  if (peer === undefined) return '';
  if (peer.lostLine !== undefined) {
    return (
      `; line ${String(peer.line)}${quoted(peer.words)} names ${peer.leader} only as a peer, which every node logs when any peer goes away, ` +
      `and line ${String(peer.lostLine)} shows a follower losing ${peer.leader} before the kill, with no line of it leading since — ` +
      `it was no longer the leader when it was killed: kill the node leading then, and paste the lines that show who led`
    );
  }
  return (
    `; line ${String(peer.line)}${quoted(peer.words)} names ${peer.leader} only as a peer, which every node logs when any peer goes away, ` +
    `leader or not, and no node's log line shows ${peer.leader} led (nor a timer of its loss firing within a second of the kill) — ` +
    `paste the lines that show who led (its own "became leader" line, or a follower's "following leader …")`
  );
};

// From this much after the kill a later start reads as another zone's times as likely as a later run: a zone's whole
// hour less a few minutes of lag between the kill and the line (adv57e-23: 3,597,761 ms, a +01:00 kill over UTC lines).
// Zones differ by quarter hours (India's +05:30, Nepal's +05:45).
const ZONE_STEP_MS = 15 * 60_000;
const NEAR_HOUR_MS = 3_300_000;

// A timer after the kill whose own words say it fired with no leader (FollowerNoDetectionArgs.leaderless).
// A follower's loss of another leader it followed, never the killed one (otherLeader): whose follower it was.
const otherLeaderNote = (a: Args): string => {
  const other = a.otherLeader as { line: number; leader: string; followLine?: number } | undefined;
  if (other === undefined) return '';
  // No line of it follows that leader: only the kill command tied the killed node to it, and no line shows it leading.
  if (other.followLine === undefined)
    return `; its line ${String(other.line)} loses ${other.leader} as its leader, and no line shows the killed node leading (only the kill command names it) — ${other.leader} led, so the node killed was not the leader`;
  return (
    `; its line ${String(other.line)} loses ${other.leader}, the leader it followed on line ${String(other.followLine)}, and none of its lines names the killed leader — ` +
    `a node of another cluster (or run): paste the logs of the killed leader's own followers`
  );
};

// A client's or prober's line behind the follower's tag (adv77a-02's `[node3] kvclient[17182]: PUT k10 -> node1 failed:
// EOF`): why it did not count.
const programLineNote = (a: Args): string => {
  const program = a.programLine as { line: number; program: string; excerpt: string } | undefined;
  if (program === undefined) return '';
  return (
    `; line ${String(program.line)} ("${program.excerpt}") is ${program.program}'s, a client or prober run beside ${String(a.node)}, ` +
    `not ${String(a.node)}'s own: a client losing its server says nothing of whether ${String(a.node)} noticed the leader was gone`
  );
};

// A follower that went on to follow the new leader, having granted its vote before its own timer fired (adv75a-02).
const followedNewNote = (a: Args): string => {
  const followed = a.followedNew as { line: number; leader: string; gone: string; voteLine?: number } | undefined;
  if (followed === undefined) return '';
  const vote = followed.voteLine === undefined ? '' : ` (its vote on line ${String(followed.voteLine)})`;
  return (
    `; it followed ${followed.leader} on line ${String(followed.line)}${vote}: it ${grantedVoteFirst(followed.leader)} — ` +
    `${logVoteGrantAdvice(followed.leader, followed.gone)}`
  );
};
// Why a follower's log may never say the leader was gone, and what to log then: one wording for the paste's report and the harness's.
const grantedVoteFirst = (candidate: string): string => `granted ${candidate}'s vote request before its own election timer fired, as Raft allows, so its log never says it noticed`;
const logVoteGrantAdvice = (candidate: string, gone: string): string =>
  `log it when a follower grants a vote while the leader is silent (e.g. "voted for ${candidate} in term 5: no heartbeat from leader ${gone} for 170 ms")`;

const leaderlessNote = (a: Args): string => {
  const line = a.leaderless as number | undefined;
  if (line === undefined) return '';
  return (
    `; its timer on line ${String(line)} says it fired with no leader, so ${String(a.node)} followed no leader then and had none to lose — ` +
    'check the node you killed was the leader the others followed (its own "became leader" line, their "following leader …")'
  );
};

// When a follower was killed itself: `at the same time as`, `2.5 ms after`, `6173 ms before` the leader's kill.
const relativeToKill = (afterMs: number): string => (afterMs === 0 ? 'at the same time as' : afterMs > 0 ? `${ms(afterMs)} after` : `${ms(-afterMs)} before`);

// The followers the lesson asks to notice (timing.followers; a verdict from before the arg: 2), as advice words them:
// "a follower" for 1, "both followers" for 2, "4 followers" beyond.
const followersAsked = (followers: unknown): number => (typeof followers === 'number' ? followers : 2);
const followersLogNoticing = (followers: unknown): string => {
  const n = followersAsked(followers);
  return n === 1 ? 'a follower logs that it noticed' : n === 2 ? 'both followers log that they noticed' : `${n} followers log that they noticed`;
};
// Advice to a student who killed a follower too: keep the others running (`untilNoticed`: until enough of them noticed).
const leaveFollowersRunning = (followers: unknown, untilNoticed: boolean): string => {
  const n = followersAsked(followers);
  const leave = n === 1 ? 'leave the other nodes running' : n === 2 ? 'leave both followers running' : 'leave the followers running';
  if (!untilNoticed) return leave;
  return `${leave} until ${n === 1 ? 'a follower logs that it noticed' : n === 2 ? 'both log that they noticed' : `${n} of them log that they noticed`}`;
};

// Other kills KILL_CHOSEN lists one by one; a paste of whole server logs can hold dozens (every node's teardown).
const OTHER_KILLS_SHOWN = 5;

// The one place where finding codes become English. Keep messages: what was expected, what was found. `a` names each
// node as the paste writes it (nameNodeArgs); `ids` are the args as found, for what needs the engine's id.
const MESSAGES: Partial<Record<FindingCode, (a: Args, ids: Args) => string>> = {
  LESSON_FILE_UNREADABLE: (a) => `cannot read the lesson file: ${String(a.reason)}`,
  LESSON_FRONT_MATTER_MISSING: (a) =>
    a.unclosed
      ? 'front-matter is not closed: expected a "---" line after the YAML fields, found none'
      : 'no front-matter: expected the file to start with a "---" line, YAML fields, and a closing "---" line',
  LESSON_YAML_INVALID: (a) => `YAML syntax error in the front-matter: ${String(a.reason)}`,
  LESSON_FIELD_MISSING: (a) =>
    `required field is missing: expected ${String(a.expected)}` + (a.suggestion === undefined ? '' : ` — did you mean "${String(a.suggestion)}" for "${String(a.found)}"?`),
  LESSON_FIELD_INVALID: (a) => `expected ${String(a.expected)}, found ${show(a.found)}`,
  LESSON_PROOF_TYPE_UNKNOWN: (a) =>
    `unknown proof type ${show(a.found)}: expected one of ${(a.allowed as string[]).map((t) => `"${t}"`).join(', ')}`,
  LESSON_KEY_UNKNOWN: (a) =>
    `unknown key ${show(a.key)}` + (a.suggestion ? ` — did you mean "${String(a.suggestion)}"?` : ' (it is ignored)'),
  LESSON_REGEX_INVALID: (a) => `invalid regular expression ${show(a.pattern)}: ${String(a.reason)}`,
  LESSON_REGEX_UNSAFE: (a) =>
    `regular expression ${show(a.pattern)} cannot be matched in bounded time: it has ${String(a.reason)}, so every paste's check would refuse it — ` +
    'drop the lookaround or backreference, or the repetition that makes the paths (split a long alternation into fewer gaps)',
  LESSON_REGEX_EXPONENTIAL: (a) =>
    `regular expression ${show(a.pattern)} can backtrack exponentially (ReDoS)` +
    (a.attack ? `; e.g. on ${show(a.attack)}` : '') +
    ': rewrite it without nested or overlapping quantifiers',
  LESSON_REGEX_POLYNOMIAL: (a) =>
    `regular expression ${show(a.pattern)} can backtrack polynomially (degree ${String(a.degree)}) on long lines` +
    (a.attack ? `, e.g. ${show(a.attack)}` : ''),
  LESSON_REGEX_UNCHECKED: (a) => `could not check regular expression ${show(a.pattern)} for backtracking: ${String(a.reason)}`,
  LESSON_ID_DUPLICATE: (a) => `duplicate lesson id ${show(a.id)}: also used by ${String(a.otherFile)}`,
  LESSON_SECTION_MISSING: (a) =>
    `section "## ${String(a.section)}" is missing: expected it in the lesson body` +
    (a.found === undefined ? '' : `, found "## ${String(a.found)}" — did you mean "## ${String(a.section)}"?`),
  LESSON_SCENARIO_STEP_UNKNOWN: (a) =>
    `unknown scenario step ${show(a.found)}` +
    (a.suggestion ? ` — did you mean "${String(a.suggestion)}"?` : `: expected one of ${(a.allowed as string[]).join(', ')}`),
  LESSON_SCENARIO_TARGET_UNKNOWN: (a) =>
    `unknown target ${show(a.word)} in ${show(a.target)}` +
    (a.suggestion ? ` — did you mean "${String(a.suggestion)}"?` : `: expected ${(a.allowed as string[]).join(', ')}`),
  LESSON_SCENARIO_STEP_REF_UNKNOWN: (a) =>
    `no step ${show(a.ref)} in this scenario` +
    (a.suggestion ? ` — did you mean "${String(a.suggestion)}"?` : `: expected one of ${(a.ids as string[]).join(', ')}`),
  LESSON_DURATION_INVALID: (a) => `expected ${String(a.expected)}, found ${show(a.found)}`,
  LESSON_TIMING_NARROWER: (a) => {
    const role = a.role === 'kill' ? 'the kill' : "a follower's detection of the dead leader";
    const keys = a.role === 'kill' ? ['kill_pattern'] : ['heartbeat_pattern', 'connection_pattern'];
    const defaults = (a.defaults as string[] | undefined) ?? [];
    const named = (list: string[]): string => list.map((k) => `timing.${k}${defaults.includes(k) ? ' (the default)' : ''}`).join(' and ');
    const missed = a.missedBy as string[];
    const why =
      a.reason === 'not-matched'
        ? `${named(keys)} ${keys.length > 1 ? 'do' : 'does'} not match it`
        : `${named(keys.filter((k) => !missed.includes(k)))} matches it, but the log-event model reads the line as ${String(a.readAs)}`;
    const grep = a.evidenceKind === 'verify-grep';
    return (
      (grep ? `the Verify block greps for "${String(a.evidence)}", which shows` : 'this pattern accepts') +
      ` "${String(a.phrase)}" (alternative "${String(a.alternative)}") as ${role}, but ${why}: ` +
      (grep ? 'a student whose grep shows such a line fails timing' : 'a paste showing it passes this pattern and fails timing') +
      ` — widen the timing pattern or narrow the ${grep ? 'grep' : 'pattern'}`
    );
  },
  LESSON_SCENARIO_CAPTURE_MISSES_KILL: (a) => {
    const what = a.action === 'pause' ? 'pause' : 'kill';
    const window =
      a.edge === 'to'
        ? `ends at the end of step "${String(a.to)}", before the leader's ${what} (step "${String(a.fault)}")`
        : `starts at the end of step "${String(a.from)}"${a.fromDefault ? ' (from: write, the default)' : ''}, ` +
          (a.from === a.fault ? `the leader's ${what} itself` : `after the leader's ${what} (step "${String(a.fault)}")`);
    const fix = a.edge === 'to' ? 'capture to a step after it' : a.before === null ? 'capture from a step before it' : `capture from a step before it (from: ${String(a.before)})`;
    return (
      `the demo log ${window}, so it holds no line of the ${what} (the leader's own or the harness's): checkPaste fails the reference run's own log on ` +
      `proof.timing ("no timestamped line shows the leader being killed") while every step passes — ${fix}`
    );
  },
  LESSON_SCENARIO_CAPTURE_REVERSED: (a) =>
    a.from === a.to
      ? `the demo log would run from the end of step "${String(a.from)}" to the end of the same step, so it holds no line — capture to a later step`
      : `the demo log would run from the end of step "${String(a.from)}" to the end of step "${String(a.to)}", which comes before it, so it holds no line — swap from and to`,
  LESSON_SCENARIO_NODES_TOO_FEW: (a) =>
    `steps[${String(a.index)}] (${String(a.step)}) needs ` +
    (a.step === 'expect-detection' ? 'a node besides the faulted one to notice it' : 'a majority left without the faulted node to elect a new leader') +
    `, which a cluster of ${String(a.nodes)} cannot give: expected at least ${String(a.needed)}, found ${String(a.nodes)}`,
  LESSON_SCENARIO_FAULT_MISSING: (a) =>
    `${String(a.step)} has no fault step (kill, pause or partition) before it, so ` +
    (a.step === 'expect-detection' ? 'no node is hit and there is nothing to detect' : 'the leader is never hit and no new leader is elected') +
    ' — add a fault step before it',
  LESSON_SCENARIO_WITHIN_WIDER: (a) =>
    `expect-detection accepts a detection up to ${String(a.withinMs)} ms after the fault, but proof.timing.window_ms is ${String(a.windowMs)}: ` +
    `a detection between the two passes this step and fails the demo log's timing check — expected at most ${String(a.windowMs)} ms (leave within out and it is window_ms)`,
  LESSON_TIMING_FOLLOWERS_UNREACHABLE: (a) => {
    const nodes = a.nodes as number;
    const cluster = `the scenario's cluster of ${nodes} node${nodes === 1 ? '' : 's'}${a.defaultNodes ? " (the default scenario, w12-l03's)" : ''}`;
    return (
      `${String(a.followers)} followers must detect the dead leader, but ${cluster} has only ${nodes - 1} once its leader is killed, so the reference run ` +
      `can never pass: expected at most ${nodes - 1} (or a bigger cluster), found ${String(a.followers)}`
    );
  },
  LESSONS_NONE_FOUND: (a) =>
    `no lesson files (*.md) found in ${String(a.dir)}${a.skipped ? `; ${String(a.skipped)} .md file(s) without front-matter were skipped as not lessons` : ''}`,
  LESSON_FILE_SKIPPED: () => 'not a lesson (no front-matter), skipped: a lesson file starts with a "---" line, YAML fields (id, title, xp, proof), and a closing "---" line',
  LESSON_NOT_FOUND: (a) =>
    a.invalidFile !== undefined
      ? `lesson ${show(a.id)} did not load: ${String(a.invalidFile)} has ${String(a.errors)} error(s) (\`verify-lesson lint\` lists them)`
      : `unknown lesson ${show(a.id)}: expected one of ${(a.known as string[]).join(', ') || '(none)'}` +
        (a.suggestion ? ` — did you mean "${String(a.suggestion)}"?` : ''),

  // paste verdict (src/proof)
  PASTE_EMPTY: () => 'the paste is empty: expected the follower log output (e.g. the content of demo_step2.log)',
  PASTE_TOO_LARGE: (a) =>
    `the paste is ${a.exact === false ? 'at least ' : ''}${size(a.bytes)}, over the ${size(a.maxBytes)} limit: paste only the relevant lines ` +
    '(e.g. grep -H -i "timeout\\|leader\\|kill" data/node*/node.log)',
  KILLS_TOO_MANY: (a) =>
    `the paste has ${String(a.kills)} timestamped kill lines, more than the ${String(a.maxKills)} the checker weighs against each other: ` +
    'paste the lines of the one run where you killed the leader (its kill, and the followers\' lines from before it to after it)',
  PASTE_BINARY: (a) =>
    `the paste looks like binary data (${Math.round((a.ratio as number) * 100)}% control bytes or invalid UTF-8): expected text log output`,
  PASTE_LONG_LINES: (a) =>
    `${String(a.count)} line(s) are longer than ${String(a.capChars)} characters; patterns only look at their first ${String(a.capChars)} characters`,
  PASTE_PANES_SPLIT: (a) =>
    `lines ${String(a.firstLine)}-${String(a.lastLine)} hold terminal panes side by side (${a.border === ' ' ? 'a blank border' : `border "${String(a.border)}"`} at ` +
    `column ${(a.columns as number[]).join(', ')}): each of the ${String(a.panes)} panes was read as its own log, wrapped lines joined`,
  PASTE_CAST_DECODED: (a) =>
    `lines ${String(a.firstLine)}-${String(a.lastLine)} are an asciinema recording (a .cast file): its ${String(a.events)} output events were read ` +
    'as the terminal showed them, each line numbered by the event that ended it',
  PASTE_COLUMNS_SPLIT: (a) =>
    `lines ${String(a.firstLine)}-${String(a.lastLine)} are \`paste\`'s columns side by side (${(a.files as string[]).join(', ')}, joined by a TAB): ` +
    'each column was read as its own log',
  PASTE_PANES_AMBIGUOUS: (a) =>
    `line ${String(a.line)} holds lines of several terminal panes side by side, ` +
    (a.reason === 'columns-vary' ? 'but the pane border is not at the same column in every row (copies of differently split windows?)' : 'but not split at one fixed column') +
    ', so which line belongs to which node cannot be told safely: paste each node\'s log separately, one after the other ' +
    '(cat data/node1/node.log data/node2/node.log …, or per tmux pane: tmux capture-pane -p -J -S - -t PANE)',
  REFERENCE_OUTPUT: (a) =>
    `reference output, not your cluster's: line ${String(a.line)} carries the bundled cluster's mark — ` +
    'run the steps on your own cluster and paste its logs',
  PATTERN_MATCHED: (a) => `found ${formatPattern(String(a.pattern))} on ${describePatternEvidence(a)}`,
  PATTERN_NOT_FOUND: (a) =>
    a.followsFrom !== undefined
      ? `no line matches ${formatPattern(String(a.pattern))}, which follows from the timing check: ${missCause(a.followsFrom as Args)}`
      : `no line matches ${formatPattern(String(a.pattern))}${wantedPhrases(a.expected, a.phrases)}` + measuredLines(a.measured) + ctrlCAdvice(a.interrupted) + (a.hint ? ` — hint: ${String(a.hint)}` : ''),
  PATTERN_INVALID: (a) =>
    `the lesson's pattern ${formatPattern(String(a.pattern))} is not a valid regular expression (${String(a.reason)}), so the paste cannot be checked against it`,
  PATTERN_UNSAFE: (a) =>
    `the lesson's pattern ${formatPattern(String(a.pattern))} was refused: it uses ${String(a.reason)}, which cannot be matched in bounded time ` +
    '(drop the lookaround/backreference, or the repetition that makes the paths; verify-lesson lint shows details)',
  TIMING_NOT_REQUIRED: () => 'this lesson has no timing criteria: the paste is judged by its patterns alone',
  TIMESTAMPS_MISSING: (a) =>
    a.sinceStartCommandLine
      ? `the lines' stamps were not read as times: line ${String(a.sinceStartCommandLine)} pipes the output through ts -s, whose stamps count the ` +
        'seconds since that ts started: with one ts per terminal each node has a clock of its own, and no count says when the kill ' +
        'came on another node\'s; a filter or file after ts leaves lines out of the count shown — stamp every node with the time of day (ts \'%H:%M:%.S\') or pipe all the logs through one ts ' +
        '(tail -f n1.log n2.log n3.log | ts -s \'%.s\')' +
        (a.untimestampedLine ? ` (line ${String(a.untimestampedLine)} was read as the kill)` : '')
      : `found no timestamp it can read on ${a.lines === 1 ? 'the paste\'s one line' : `any of the ${String(a.lines)} lines`}, so the detection time cannot be measured: expected lines starting ` +
    'with a time such as 2026-11-26T19:30:01.123Z or 19:30:01.123' +
    (a.untimestampedLine ? ` (line ${String(a.untimestampedLine)} was read as the kill)` : '') +
    emptyFilesNote(a.emptyFiles as string[] | undefined) +
    (a.unsummedIncrementalLine
      ? `; line ${String(a.unsummedIncrementalLine)} pipes the output through ts -i, whose stamps are each the time since the line ` +
        'before, so a line\'s time is the sum of all the gaps above it, and a filter or redirection after ts leaves lines out ' +
        'of what is shown: pipe into ts -i last and paste its whole output (or use ts with an absolute format, e.g. ts \'%H:%M:%.S\')'
      : ''),
  TIMESTAMPS_WITHOUT_DATE: (a) =>
    a.perProcess
      ? 'timestamps are seconds since each process started (an uptime), not wall-clock times: only lines of one process compare'
      : a.perMachine
      ? 'timestamps are seconds since boot (CLOCK_MONOTONIC) of the machine each log was fetched from, not wall-clock times: ' +
        'each machine counts from its own boot, so only lines of one machine compare'
      : a.sinceLoggingMs
      ? 'timestamps are milliseconds since the logging process started (Python logging\'s relativeCreated), not wall-clock ' +
        'times: only differences between them were used, which holds when that one process wrote every line'
      : a.incrementalStream
      ? 'timestamps are ts -i gaps (each the time since the line before), so a line\'s time is the sum of the gaps above it ' +
        'in its stream: only differences were used, which holds because every line of the stream was pasted, in order ' +
        '(a stream cut or filtered, e.g. by grep, is not measured)'
      : a.clock === 'relative'
      ? 'timestamps are seconds on a relative clock (since boot or since the launcher started), not wall-clock times: ' +
        'only differences between them were used, which holds when every line was stamped by that one clock'
      : (a.undatedLine !== undefined
          ? `the kill's time on line ${String(a.undatedLine)} has no date (the nodes' lines do), so times were compared on the time of day`
          : `timestamps have no ${a.clock === 'yearless' ? 'year' : 'date'}, so times were compared within one ${a.clock === 'yearless' ? 'year' : 'day'}` +
            (a.mixed ? ' (the paste mixes formats with and without dates)' : '')) +
        (a.midnight
          ? `; they cross midnight: line ${String((a.midnight as { afterLine: number }).afterLine)} was read as on the day after line ${String((a.midnight as { beforeLine: number }).beforeLine)}`
          : ''),
  CLOCKS_INCOMPARABLE: (a) =>
    isRunClock(a.clock, a.ignoredClock)
      ? `${String(a.ignored)} timestamped line${a.ignored === 1 ? '' : 's'} (the first on line ${String(a.line)}) ${a.ignored === 1 ? 'is' : 'are'} another run of the launcher ` +
        `(${runName(a.ignoredClock)}; the lines judged: ${runName(a.clock)}): its count started again with its nodes starting again, one run appended to the ` +
        'other, whose times cannot be compared with the other run\'s, so those lines\' times were not used. Paste the one run you are proving, ' +
        'from its start to after the kill'
      : `${String(a.ignored)} timestamped line${a.ignored === 1 ? '' : 's'} (first: line ${String(a.line)}, ${clockName(a.ignoredClock)}) ${a.ignored === 1 ? 'is' : 'are'} on a different clock from ` +
        `the rest (${clockName(a.clock)}): ` +
        (isProcessClock(a.clock) && isProcessClock(a.ignoredClock)
          ? 'each node counts from its own start, and nothing in the paste says how far apart the nodes started, so one node\'s ' +
            'time cannot be compared with another\'s and those lines\' times were not used. Have every node log wall-clock times ' +
            '(e.g. `%T.%3N`: CLOCK_REALTIME through strftime, as `date +%T.%3N` prints it) instead of the time since it started, and paste those'
          : 'the two cannot be compared, so those lines\' times were not used. ' +
            'Stamp the kill and the nodes\' lines with one clock (e.g. `date +%T.%N` before the kill when the nodes log wall-clock times)'),
  TIMEZONE_AMBIGUOUS: (a) =>
    `line ${String(a.line)} gives its time in "${String(a.zone)}", which names several time zones, while line ${String(a.otherLine)} ` +
    `gives ${a.otherZone === null ? 'a UTC offset' : `"${String(a.otherZone)}"`}: the times cannot be compared. ` +
    'Log times in UTC or with a numeric offset (e.g. date -u, or %z: +0530)',
  TIMESTAMPS_READ_IN_ZONE: (a) => {
    const offsetMin = a.offsetMin as number;
    const nodes = a.nodes as string[];
    const whose = nodes.length === 1 ? `${nodes[0]!}'s` : `${nodes.slice(0, -1).join(', ')} and ${nodes[nodes.length - 1]!}'s`;
    // A zone-less kill beside zoned node lines (a `date +%T.%3N` in a New York shell, nodes logging `Z`): the kill's zone.
    if (a.killZoneless === true) {
      const readAs = a.readAsMin as number;
      const shift = a.shiftMin as number;
      return (
        `the kill's time on line ${String(a.killLine)} carries no zone, so it was read as UTC${offsetMin === 0 ? '' : formatUtcOffset(offsetMin)}: only in that zone does it fall within a second of ` +
        `${whose} lines, whose times state their zone (read as ${readAs === 0 ? 'UTC' : `UTC${formatUtcOffset(readAs)}, as they are written,`} it would be ` +
        `${hoursMinutes(Math.abs(shift))} ${shift > 0 ? 'after' : 'before'} them)`
      );
    }
    return (
      `the nodes' times carry no zone, so they were read as UTC${offsetMin === 0 ? '' : formatUtcOffset(offsetMin)}: only in that zone do ${whose} lines fall within a second of ` +
      `the kill on line ${String(a.killLine)}, ${a.utcDate === true ? 'whose date -u printed UTC' : 'whose time states its zone'} (read as ${readInKillZone(a.killZoneMin, offsetMin)})`
    );
  },
  KILL_TIME_TWELVE_HOUR: (a) =>
    'the kill record\'s time was printed on a 12-hour clock with no AM/PM (`hh` in Get-Date -Format, `%I` in date), so its hour is ' +
    `known only modulo 12: it was read as ${String(a.readAs)}, the reading next to the nodes' own times. ` +
    'Print the kill time on a 24-hour clock (`HH:mm:ss.fff`, `date +%T.%3N`)',
  NODE_TIMES_TWELVE_HOUR: (a) =>
    `the nodes' times were printed on a 12-hour clock with no AM/PM (C's strftime \`%I\`): line ${String(a.line)}'s ` +
    `${String(a.printed)} was read 12 hours on, as ${String(a.readAs)}, where the paste's other times place it. ` +
    'Print node times on a 24-hour clock (`%H`, as `%T` does)',
  KILL_TIME_HOUR_FROM_NODES: (a) =>
    `the kill record on line ${String(a.line)} was printed with no hour (\`date +%M:%S.%3N\`), so its hour was taken from the nodes' own lines: ` +
    `it was read as ${String(a.readAs)}, the one hour that puts its minute and second next to them. Print the kill time with its hour (\`date +%T.%3N\`)`,
  KILL_TIME_IN_SHELL_ZONE: (a) =>
    a.utc === true
      ? `the kill record's time was printed in UTC (\`date -u\`, \`TZ=UTC\`): it is ${String(a.readAs)} on the shell's clock, UTC${formatUtcOffset(a.offsetMin as number)} ` +
        `as the same shell's date showed on line ${String(a.zoneLine)}, the clock the nodes' zone-less times were read on`
      : a.zoneName !== undefined
        ? `the kill record's "${String(a.zoneName)}" names several time zones: it was read in UTC${formatUtcOffset(a.offsetMin as number)}, the offset the same shell's ` +
          `date showed on line ${String(a.zoneLine)}`
        : `the kill record's time states no zone: it was read in UTC${formatUtcOffset(a.offsetMin as number)}, the zone the same shell's date showed ` +
          `on line ${String(a.zoneLine)}. \`date -u +%T.%3N\` prints the kill time in UTC`,
  TIMESTAMPS_IN_SHOWN_ZONE: (a) => {
    const nodes = a.nodes as string[];
    const whose = nodes.length === 1 ? `${nodes[0]!}'s` : `${nodes.slice(0, -1).join(', ')} and ${nodes[nodes.length - 1]!}'s`;
    const zone = a.offsetMin === 0 ? 'UTC' : `UTC${formatUtcOffset(a.offsetMin as number)}`;
    if (a.by === 'command') return `${whose} times carry no zone: they were read in ${zone}, the zone the command on line ${String(a.zoneLine)} prints them in (\`journalctl --utc\`)`;
    return `${whose} times carry no zone: they were read in ${zone}, the zone ${a.by === 'container' ? 'a date run in their container' : "the same shell's date"} printed on line ${String(a.zoneLine)}`;
  },
  SECTION_REPEATED: (a) =>
    `lines ${String(a.firstLine)}-${String(a.lastLine)} under ${String(a.node)} repeat lines ${String(a.sameAsFirstLine)}-${String(a.sameAsLastLine)} under ${String(a.sameAs)} ` +
    "line for line, to the ms: one log shown twice (two nodes' own timers never fire in step), so the copy was not counted as " +
    `${String(a.node)}'s — check the command printed ${String(a.node)}'s own log (a loop whose tail names one file under every header prints that file each time)`,
  SUMMARY_LINES_NOT_MEASURED: (a) => {
    const restated = a.lines as { line: number; node: string }[];
    const numbers = restated.map((r) => String(r.line));
    const nodes = [...new Set(restated.map((r) => r.node))].map((node) => `${node}'s`);
    const list = (items: string[]): string => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`);
    // Where the summary says otherwise than the line measured (measure-detection.ts sayWhereSummariesDisagree).
    const disagree = (a.disagree as { line: number; node: string; saidMs: number | null; usedLine: number | null; usedMs: number | null; noOwnLines?: true }[] | undefined) ?? [];
    // With no node's own line in the paste (a typed sheet alone, adv67h-33), the summary is below no logs.
    const noLogs = restated.every((r) => disagree.some((d) => d.node === r.node && d.noOwnLines === true));
    const where = a.heading !== null && a.heading !== undefined ? ` under ${JSON.stringify(a.heading)} (line ${String(a.headingLine)})` : noLogs ? '' : ' below the logs';
    const otherwise = disagree.map((d) =>
      d.noOwnLines === true
        ? `line ${String(d.line)} says ${d.node} noticed the dead leader, but the paste holds no line of ${d.node}'s own log: paste it`
        : d.usedLine === null
        ? `line ${String(d.line)} says ${d.node} noticed the dead leader, but ${d.node}'s own lines show no detection after the kill`
        : `line ${String(d.line)} puts ${d.node} at ${fromKill(d.saidMs!)}, but ${d.node}'s own line ${String(d.usedLine)}, which was measured, says ${fromKill(d.usedMs!)}`,
    );
    return (
      `${numbers.length === 1 ? 'line' : 'lines'} ${list(numbers)} ${numbers.length === 1 ? 'restates' : 'restate'} ${list(nodes)} ${restated.length === 1 ? 'line' : 'lines'} ` +
      `in your own summary${where}, so ${numbers.length === 1 ? 'it was' : 'they were'} not measured ` +
      '(a summary may miscopy a time): each node is measured from its own log lines' +
      // Each a sentence of its own ("… paste it; line 7 says …"), not run together with "and".
      (otherwise.length === 0 ? '' : `; your summary says otherwise: ${otherwise.join('; ')}`)
    );
  },
  LINES_NEWEST_FIRST: (a) => {
    const nodes = a.nodes as string[];
    const whose = nodes.length === 1 ? `${nodes[0]!}'s` : `${nodes.slice(0, -1).join(', ')} and ${nodes[nodes.length - 1]!}'s`;
    return (
      `${a.whole === true ? 'lines' : `${whose} lines,`} ${String(a.firstLine)}-${String(a.lastLine)}${a.whole === true ? '' : ','} run newest first, as a log viewer lists them ` +
      '(Grafana Explore, logcli, CloudWatch Logs Insights): they were read in time order, oldest first'
    );
  },
  TIMESTAMPS_BACKWARDS: (args) => {
    const a = args as TimestampsBackwardsArgs;
    const back = `${a.node}'s time goes back ${ms(a.backMs)} at line ${a.line} (after line ${a.previousLine})`;
    if (a.buffered === undefined) {
      return `${back}: lines pasted out of order, a second copy of its log, or another run pasted after this one? Measurements that span it may be wrong`;
    }
    // Its lines run forward from before the lines above them to after them: one run's two streams, one of them buffered.
    const b = a.buffered;
    const span = (first: number, last: number): string => (first === last ? `line ${first}` : `lines ${first}-${last}`);
    return (
      `${back}: its ${span(b.firstLine, b.lastLine)} run in time order from before its ${span(b.overtakenFirstLine, b.overtakenLastLine)} to after them — ` +
      "the mark of one run's stdout reaching its file in blocks while its stderr went out at once (both into one file: ./node > node.log 2>&1). " +
      "C's printf output is fully buffered when stdout is no terminal, written 4096 bytes at a time (even mid-line) and at exit, so it lands after " +
      `fprintf(stderr, …) lines written later. Make stdout line-buffered to keep the log in time order: ${LINE_BUFFERED_STDOUT}`
    );
  },
  TIMESTAMPS_TOO_COARSE: (a) =>
    a.promptKillLine !== undefined
      ? `${String(a.node)}: the kill's only time is its prompt's on line ${String(a.promptKillLine)}, drawn before the command was typed, so line ${String(a.line)} came ` +
        `at most ${ms(a.latestMs)} after the kill — more than the ${ms(a.windowMs)} window, and how long the command waited after its prompt cannot be told: ` +
        "record the kill's time on the kill's own line (date +%T.%3N; kill <pid>), or paste the leader's own \"received SIGTERM\" line"
      : (a.coarseKillLine === undefined
      ? `${String(a.node)}: timestamps have ${resolution(a.precisionMs)} resolution, too coarse for a ${ms(a.windowMs)} window `
      : `${String(a.node)}: the kill's time (line ${String(a.coarseKillLine)}) has ${resolution(a.precisionMs)} resolution, too coarse for a ${ms(a.windowMs)} window `) +
    (a.stampHoldsKill
      ? `(${a.line === undefined ? 'its' : `line ${String(a.line)}'s`} stamp spans ${resolution(a.precisionMs)}, which holds the kill: the line may be from before the kill or up to ${ms(a.detectionMs)} after it)`
      : a.latestMs === undefined
        ? `(measured ${ms(a.detectionMs)})`
        : (a.earliestMs as number) >= 0
          ? `(the stamps put the line ${ms(a.earliestMs)} to ${ms(a.latestMs)} after the kill)`
          : `(the stamps put the line anywhere from ${ms(-(a.earliestMs as number))} before the kill to ${ms(a.latestMs)} after it)`) +
    (a.coarseKillLine === undefined
      ? ': log times with milliseconds'
      : a.bsdDate === true
        ? ": record the kill's time with milliseconds — macOS's date has no %N (it prints the letter N): use GNU date, `gdate +%T.%3N` " +
          "(Homebrew's coreutils), or `python3 -c 'import datetime; print(datetime.datetime.now().time())'`"
        : ": record the kill's time with milliseconds"),
  KILL_LINE_MISSING: (a) =>
    'no timestamped line shows the leader being killed: expected the leader\'s own shutdown line with its timestamp ' +
    '(e.g. "received SIGTERM, shutting down") or your kill command with the time it ran' +
    (a.untimestampedLine
      ? a.stopWaitsForExit === true
        ? `; line ${String(a.untimestampedLine)} shows the kill, but ${JSON.stringify(a.delayBetweenDateAndKill)} returns only once the process has exited, so the time date printed after it is the end of the shutdown, not the kill — ` +
          'print the time right before the command (date +%T.%3N; <command>)'
        : a.delayBetweenDateAndKill !== undefined
        ? `; line ${String(a.untimestampedLine)} shows the kill, but ${JSON.stringify(a.delayBetweenDateAndKill)} waits between its date and its kill, so the time date printed is not the kill's — ` +
          'print the time right beside the kill (date +%T.%3N; kill <pid>)'
        : a.offClock === true
        ? `; line ${String(a.untimestampedLine)} shows the kill, but its time is on another clock than the nodes' lines (see the warning about clocks), so no delay can be measured from it`
        : a.flushed === true
        ? `; line ${String(a.untimestampedLine)} shows the kill, but its node's lines, from its elections to its own kill, are all stamped within ${String(FLUSH_SPAN_MS)} ms: ` +
          `the stamps are when a pipe (such as ts) got the node's buffered output in one burst, not when the lines happened${FLUSHED_FIX}`
        : a.batched === true
        ? `; line ${String(a.untimestampedLine)} shows the kill, but its exact timestamp, to the microsecond, is also on other nodes' lines, their detections among them: ` +
          'it is when a log collector read the lines in one batch (such as logcli or a shipper), not when they happened — ' +
          "paste the nodes' own log lines with their own timestamps (or have the collector keep them), or print the time with your kill command (date +%T.%3N; kill <pid>)"
        : a.pausedDateRow !== undefined
        ? `; line ${String(a.untimestampedLine)} shows the kill with a date, line ${String((a.pausedDateRow as { line: number }).line)} ("${String((a.pausedDateRow as { text: string }).text)}"), ` +
          'but the process it signalled had been paused first (below): a paused node sends nothing from the pause on, and takes any signal but SIGKILL only once it is resumed, so that time is no kill\'s'
        : a.typedDateRow !== undefined
        ? `; line ${String(a.untimestampedLine)} shows the kill with a date, line ${String((a.typedDateRow as { line: number }).line)} ("${String((a.typedDateRow as { text: string }).text)}"), ` +
          'but that date was given the time it printed (date -d …, --date=…), so it is the time typed, no clock\'s reading — print the time the kill ran: date +%T.%3N; kill <pid>'
        : a.unreadDateRow !== undefined
        ? `; line ${String(a.untimestampedLine)} shows the kill with a date, but the row under it, line ${String((a.unreadDateRow as { line: number }).line)} ("${String((a.unreadDateRow as { text: string }).text)}"), ` +
          ((a.unreadDateRow as { bsdDate?: boolean }).bsdDate === true
            ? "is no time: macOS's date (BSD) has no %N and prints the letter N — use GNU date, gdate +%T.%3N (brew install coreutils), or perl -MTime::HiRes=time -e 'printf \"%.3f\\n\", time'"
            : 'is no time the checker reads — print it as date +%T.%3N does (17:53:47.123), in the C locale (LC_ALL=C date +%T.%3N)')
        : a.namedRunTimeRow !== undefined
        ? `; line ${String(a.untimestampedLine)} runs the kill by a name (a script, a make target or an npm script) and line ${String((a.namedRunTimeRow as { line: number }).line)} ` +
          `("${String((a.namedRunTimeRow as { text: string }).text)}") is a time it printed, but the paste does not show that time taken right beside the kill ` +
          '(a script may look up the pid, wait or fail between) — show the kill with its time: type date +%T.%3N; kill <pid>, or let the runner echo each line it runs (bash -x; make without -s or @ recipe lines; npm without --silent)'
        : `; line ${String(a.untimestampedLine)} shows the kill but has no timestamp`
      : '') +
    notLeaderNote(a.notLeader as { node: string; leader: string; leaderLine: number } | undefined) +
    (a.teardown === undefined ? '' : describeTeardown(a.teardown as Args)) +
    ignoredNote(a.ignored as { line: number; node: string; signal: string } | undefined) +
    emptyFilesNote(a.emptyFiles as string[] | undefined) +
    (a.pausedLine
      ? `; line ${String(a.pausedLine)}${quoted(a.pausedWords)} paused ${a.pausedNode === undefined ? 'a process' : String(a.pausedNode)} without ending it ` +
        '(Ctrl+Z and kill -STOP suspend a process: it is stopped, not ended, and fg or kill -CONT resumes it), so that is no kill — ' +
        'end the leader with kill -TERM <pid> (or Ctrl+C in its terminal)'
      : ''),
  DETECTION_BEFORE_KILL_ONLY: (a) =>
    // Minutes or hours before (a follower notices within seconds): a saved log of another run or day, not this kill's
    // (adv69d-37: 4 min before, the killed pid none of the logs' own); the readable span first.
    ((a.beforeMs as number) > ANOTHER_RUN_MS
      ? `${String(a.node)} noticed a missing leader only before the kill, ${hoursMinutes(Math.floor((a.beforeMs as number) / 60_000))} before it ` +
        `(line ${String(a.line)}, ${ms(a.beforeMs)} before), not after the kill on line ${String(a.killLine)} — a log of another run or day? Paste the logs of the run you killed the leader in`
      : `${String(a.node)} noticed a missing leader only before the kill (${ms(a.beforeMs)} before, line ${String(a.line)}), ` +
        `not after the kill on line ${String(a.killLine)}` +
        lookedAt(a.looked, a.node) +
        peerOnlyNote(a)),
  FOLLOWER_MISSING: (a) => {
    const expected = a.expected as number;
    const seen = a.seen as number;
    const unnamed = (a.unattributedDetections as number | undefined) ?? 0;
    return (
      `expected ${expected} follower${expected === 1 ? '' : 's'} to detect the dead leader; the paste shows ${seen === 0 ? 'none' : String(seen)}` +
      ((a.seenNodes as string[]).length ? ` (${(a.seenNodes as string[]).join(', ')})` : '') +
      nonVotersNote(a.nonVoters as { node: string; line: number }[] | undefined) +
      unlistedNote(a.unlisted as { node: string; line: number; copyOf?: string; cluster?: string[] }[] | undefined) +
      ((a.unlisted as unknown[] | undefined)?.length ? '' : unnamed
        ? `, and ${unnamed} detection line${unnamed === 1 ? '' : 's'} could not be tied to any node — ${NAME_EACH_LINE}`
        : (a.nonVoters as unknown[] | undefined)?.length
          ? ''
          : ` — paste each follower's log, from before the kill to after it`)
    );
  },
  KILLED_NODE_NOT_LEADER: (a, ids) => {
    // No line says who led; the killed node's own whole log says it did not.
    if (a.leader === null && a.steppedDownMs !== undefined && a.handedTo !== undefined) {
      return (
        `the killed node ${String(a.killed)} was no longer the leader when the kill on line ${String(a.killLine)} came: ${String(a.handedTo)}'s line ` +
        `${String(a.roleLine)} ("${String(a.roleWords)}") says ${String(a.killed)} handed its leadership to ${String(a.handedTo)} ${ms(a.steppedDownMs as number)} before, ` +
        `and no line shows ${String(a.killed)} leading since — wait until the transfer's election is over, find the new leader (${FIND_LEADER}) and kill that node`
      );
    }
    if (a.leader === null && a.steppedDownMs !== undefined) {
      const who = a.lostByFollowers === true ? `${String(a.killed)}, the leader the followers' lines lose,` : `the killed node ${String(a.killed)}`;
      return (
        `${who} was no longer the leader when the kill on line ${String(a.killLine)} came: its own line ${String(a.roleLine)} ` +
        `("${String(a.roleWords)}") says it stepped down ${ms(a.steppedDownMs as number)} before, and no line shows a leader since, so its followers' ` +
        `timeouts were not caused by the kill — wait until a leader is elected, find it (${FIND_LEADER}) and kill that node`
      );
    }
    if (a.leader === null && a.startupLine === undefined) {
      return (
        `the killed node ${String(a.killed)} was not the leader: no line says who led, and its own role column on line ${String(a.roleLine)} ` +
        `("${String(a.roleWords)}") says it was a follower — find the leader first (${FIND_LEADER}) and kill that node`
      );
    }
    if (a.leader === null) {
      const killed = String(a.killed);
      const role = a.roleWords === undefined ? '' : ` ("${String(a.roleWords)}")`;
      return (
        `the killed node ${killed} was not the leader, whatever the kill line on line ${String(a.killLine)} says: its own log, from its start ` +
        `(line ${String(a.startupLine)}) to its shutdown (line ${String(a.shutdownLine)}), never says it led, and line ${String(a.roleLine)}${role} ` +
        `shows it a follower — find the leader first (${FIND_LEADER}) and kill that node`
      );
    }
    const leader = String(a.leader);
    // The pgrep of the node that led, not the lesson's `--id 1`, which finds the killed node when node1 was it.
    const id = /^node(\d+)$/.exec(String(ids.leader))?.[1];
    const leaderPid = a.leaderPid as { pid: string; line: number } | undefined;
    const find =
      leaderPid !== undefined
        ? `its process is pid ${leaderPid.pid}, as its start line ${String(leaderPid.line)} says: kill ${leaderPid.pid}`
        : id === undefined
        ? `which process is ${leader} cannot be told from the paste: find it first, e.g. with pgrep -af kv_node (each node's command line); on the bundled cluster, a node's GET /status`
        : `find it first, e.g. with pgrep -f "kv_node.*--id ${id}"; on the bundled cluster, GET /status`;
    // A nameless kill (`date; kill 6101`) tied to its node by the node's own shutdown line just after it: say so.
    const own = a.ownLine as { line: number; afterMs: number } | undefined;
    const killed =
      own === undefined
        ? `the killed node ${String(a.killed)} was not the leader: ${leader} led just before the kill${a.killLine ? ` on line ${String(a.killLine)}` : ''}`
        : `the kill on line ${String(a.killLine)} killed ${String(a.killed)} (its own shutdown line ${String(own.line)} ` +
          (own.afterMs < 0 ? `is the same moment to its stamp's resolution)` : `follows it ${ms(own.afterMs)} later)`) +
          `, which was not the leader: ${leader} led just before the kill`;
    const paused = a.paused as { line: number; words?: string } | undefined;
    if (paused !== undefined) {
      // A paused leader is replaced, and the later kill hits a follower: pausing was the mistake, not the choice of node.
      return (
        `${killed} (line ${String(a.line)} says so), elected after line ${String(paused.line)}${quoted(paused.words)} paused ${String(a.killed)}: ` +
        'a paused node sends no heartbeats, so its followers elect another leader, and a pause is no kill — ' +
        'restart the cluster and end the leader with kill -TERM <pid> (or Ctrl+C in its terminal), without pausing it first'
      );
    }
    // No line before the kill says who led; one after it shows the leader of that term leading on.
    const after = a.shownAfter as { term: number } | undefined;
    const says =
      after === undefined
        ? `line ${String(a.line)} says so`
        : `line ${String(a.line)}, after it, shows ${leader} leading term ${String(after.term)} with no election between, and a Raft term has one leader`;
    const lost = a.lostBefore as { lines: number[] } | undefined;
    if (lost !== undefined) {
      // Its followers had noticed it gone before this kill: it was killed already, by a kill that printed nothing.
      return (
        `${killed} (${says}), but ${leader} was gone before it: ${lost.lines.length === 1 ? `line ${lost.lines[0]!} shows its follower` : `lines ${lost.lines.join(', ')} show every other node`} ` +
        `noticing it before this kill, and no line shows ${leader}'s own kill (kill -9 prints nothing) — ` +
        `record the leader's kill with its time (date +%T.%N; kill -TERM <pid of ${leader}>) or paste its "received SIGTERM" line`
      );
    }
    const replaced = a.replacedAfterLoss as { lines: number[]; beforeMs: number; byCommand?: true } | undefined;
    if (replaced !== undefined && own === undefined && replaced.byCommand === true) {
      // Its followers lost it and elected another before the command that killed it (adv58e-12).
      const who = String(a.killed);
      return (
        `${who} was gone before this kill: ${replaced.lines.length === 1 ? `line ${replaced.lines[0]!} shows its follower` : `lines ${replaced.lines.join(', ')} show the other nodes`} ` +
        `losing ${who} ${ms(replaced.beforeMs)} before it, and ${leader} was elected (line ${String(a.line)}) — something else ended ${who} first ` +
        `(a kill in another terminal, a crash): paste that kill with its time (date +%T.%3N; kill -TERM <pid>) or ${who}'s own "received SIGTERM" line`
      );
    }
    if (replaced !== undefined && own === undefined) {
      // Its followers lost it and elected another before its own line of the kill: that line may be late (adv58b-09).
      const who = String(a.killed);
      return (
        `${who}'s own line of the kill comes after ${leader} was elected (line ${String(a.line)}): ` +
        `${replaced.lines.length === 1 ? `line ${replaced.lines[0]!} shows its follower` : `lines ${replaced.lines.join(', ')} show the other nodes`} losing ${who} ` +
        `${ms(replaced.beforeMs)} before that line. If ${who} was killed before it logged so (a handler that closes its connections first), ` +
        `the paste cannot show when: log the signal first thing in the handler, and record the kill's time (date +%T.%3N; kill -TERM <pid>); ` +
        `if ${who} had been replaced before you killed it, kill ${leader} instead (${find})`
      );
    }
    return `${killed} (${says}) — kill ${leader} instead (${find})`;
  },
  FOLLOWER_NO_DETECTION: (a) => {
    const node = String(a.node);
    const killLine = a.killLine ? ` on line ${String(a.killLine)}` : '';
    // Killed itself (pkill -f, a follower killed first): nothing was left running to notice; its lines are no help.
    if (a.killedLine !== undefined) {
      // One command ended both (`kill 4101 4102`, `pkill kv_node`): the line is the leader's kill too.
      // An untimed kill typed above the leader's (no killedAfterMs): before it, by the shell's order.
      const when = a.killedLine === a.killLine ? `by the same kill as the leader` : a.killedAfterMs === undefined ? `before the leader's kill${killLine}` : `${relativeToKill(a.killedAfterMs as number)} the leader's kill${killLine}`;
      // An in-process cluster: the pid killed is the one process running every node, so no kill could spare a follower.
      if (a.sharedPid !== undefined) {
        const pid = String(a.sharedPid);
        const nodes = (a.sharedBy as string[] | undefined) ?? [];
        const all = nodes.length < 2 ? 'every node' : `${nodes.slice(0, -1).join(', ')} and ${nodes[nodes.length - 1]!}`;
        return (
          `${node} was stopped on line ${String(a.killedLine)}, ${when}: pid ${pid} is one process running ${all} (all their lines carry ${pid}), ` +
          `so killing it stopped every node and no follower was left running to notice the leader was gone: ` +
          'run each node as a process of its own and kill only the leader\'s'
        );
      }
      // A kill by name reached it too (`killall python3`): what it logged after the kill was its own shutdown.
      if (a.byNameKill === true) {
        return (
          `${node} was itself killed by the kill${killLine}: a kill by a program's name (killall, pkill) signals every process of that name, ` +
          `and its own line ${String(a.killedLine)} shows the signal ${relativeToKill(a.killedAfterMs as number)} the leader's kill, so its lines after the kill are its own shutdown's, ` +
          `not a follower noticing — kill only the leader's process (date +%T.%3N; kill -TERM <leader's pid>) and ${leaveFollowersRunning(a.followers, false)}`
        );
      }
      // Killed after the leader: it ran that long, and the paste shows no line of it noticing then (ruby40: a grep that
      // dropped the line, or a detection slower than that).
      if (a.killedLine !== a.killLine && (a.killedAfterMs as number) > 0 && a.endedDetection !== undefined) {
        const ended = a.endedDetection as { line: number; words?: string };
        return (
          `${node} was itself killed on line ${String(a.killedLine)}, ${when}; its line ${String(ended.line)}${ended.words === undefined ? '' : ` ("${ended.words}")`} ` +
          `in those ${ms(a.killedAfterMs)} is its own end's, no notice: a node stopping closes its connections, and a signal reaching every node ` +
          `(a Ctrl+C in the terminal that started them all, killall, pkill -f) stops them at once — kill only the leader and ${leaveFollowersRunning(a.followers, true)}`
        );
      }
      if (a.killedLine !== a.killLine && (a.killedAfterMs as number) > 0) {
        return (
          `${node} was itself killed on line ${String(a.killedLine)}, ${when}, and the paste shows no line of it noticing the leader was gone ` +
          `in those ${ms(a.killedAfterMs)} — kill only the leader and ${leaveFollowersRunning(a.followers, true)}`
        );
      }
      return (
        `${node} was itself killed on line ${String(a.killedLine)}, ${when}, ` +
        `so it was not running to notice the leader was gone: kill only the leader and ${leaveFollowersRunning(a.followers, false)}`
      );
    }
    const expected =
      `(expected ${a.expectedHeartbeat ? `a line saying ${phrases(a.expectedHeartbeat)} (the lesson's heartbeat_pattern)` : 'a heartbeat or election timeout'}, ` +
      `or ${a.expectedConnection ? `${phrases(a.expectedConnection)} (its connection_pattern)` : 'its connection to the leader lost or closed'})`;
    // A detection without a usable time: the line is there, only not when; an empty list of timed lines proves nothing.
    if (a.untimestampedLine) {
      const looked = (a.looked as LookedAtLine[] | undefined) ?? [];
      return (
        `line ${String(a.untimestampedLine)}${quoted(a.untimedWords)} reads as ${node} noticing the leader was gone, but ${untimedWhy(a)}, ` +
        `so it cannot be measured from the kill${killLine}` +
        (a.flushed === true ? FLUSHED_FIX : '') +
        (looked.length ? lookedAt(looked, node) : '')
      );
    }
    const copied = a.copied as { line: number; originalLine: number; original: string } | undefined;
    if (copied !== undefined) {
      return (
        `${node}'s line ${String(copied.line)} is ${copied.original}'s line ${String(copied.originalLine)} with the name changed: the same time to the microsecond and the same words, ` +
        `and two processes never log in the same microsecond — paste ${node}'s own log lines as it wrote them`
      );
    }
    const early = a.beforeOwnStart as { line: number; startLine: number; beforeMs: number } | undefined;
    if (early !== undefined) {
      return (
        `${node}'s line ${String(early.line)} reads as noticing the leader was gone, but it is stamped ${ms(early.beforeMs)} before ${node}'s own start on line ${String(early.startLine)} above it, ` +
        `between lines stamped after that start: a process logs nothing before it starts, so the line is not this run's — paste ${node}'s own log lines of the run you killed the leader in, as it wrote them`
      );
    }
    const heard = a.heardAfterEnd as { line: number; endLine: number; afterMs: number } | undefined;
    if (heard !== undefined) {
      return (
        `${node}'s line ${String(heard.line)} has it hearing from the leader ${ms(heard.afterMs)} after the leader's own line ${String(heard.endLine)} says it stopped: ` +
        `nothing is heard from a process that ended, so ${node}'s times are not when its lines happened (its clock runs ahead, or a pipe stamped its buffered output late) and its detection cannot be measured from the kill${killLine} — ` +
        'have every node write each line as it happens, stamped by its own clock (stdbuf -oL or a flush after each line), then kill the leader again'
      );
    }
    const later = a.laterStart as { line: number; startLine: number; startAfterMs: number; termBack?: number; restarted?: true } | undefined;
    if (later !== undefined) {
      const started =
        later.termBack === undefined
          ? `${node} started${later.restarted === true ? ' again, as a new process,' : ''} on line ${String(later.startLine)}`
          : `${node}'s term went back to ${String(later.termBack)} ${later.startLine === later.line ? 'on that line' : `on line ${String(later.startLine)}`} (a new start of it)`;
      if (later.restarted === true) {
        return (
          `${node}'s line ${String(later.line)} reads as noticing the leader was gone, but it comes after ${started}, ${ms(later.startAfterMs)} after the kill${killLine}: ` +
          `${node} was restarted, and its new process never followed the killed leader, while the one that did logged no detection of it — ` +
          `${leaveFollowersRunning(a.followers, false)} through the kill and paste their lines of that one run`
        );
      }
      // An hour or more: as likely times of another zone as a later run (a zone-less log beside a UTC kill time); within
      // a minute of a whole zone offset (a quarter hour's multiple), most likely a zone (adv65f W4: IST's 5 h 30 min).
      const hours = later.startAfterMs >= NEAR_HOUR_MS;
      const zoneMin = Math.round(later.startAfterMs / ZONE_STEP_MS) * 15;
      if (hours && Math.abs(later.startAfterMs - zoneMin * 60_000) <= 60_000) {
        return (
          `${node}'s line ${String(later.line)} reads as noticing the leader was gone, but ${node}'s stamps run ${hoursMinutes(zoneMin)} after the kill${killLine} ` +
          `(its start on line ${String(later.startLine)} too): a whole zone offset, so most likely its times are of another zone than the kill's — ` +
          'log times in UTC or with their offset (date -u, %z) on every machine and paste again (else it is a later run, not this kill\'s)'
        );
      }
      return (
        `${node}'s line ${String(later.line)} reads as noticing the leader was gone, but it comes after ${started}, ` +
        `${hours ? hoursMinutes(Math.floor(later.startAfterMs / 60_000)) : ms(later.startAfterMs)} after the kill${killLine} by its stamps: a later run of it, not this kill's (or its clock runs ahead of the others'` +
        (hours ? `, or its times are of another zone than the kill's — log times in UTC or with their offset (date -u, %z) on every machine and` : ' —') +
        ` paste one run, from machines whose clocks agree)`
      );
    }
    return `${node} logged nothing after the kill${killLine} saying it noticed the leader was gone ${expected}` + lookedAt(a.looked, node) + peerOnlyNote(a) + leaderlessNote(a) + otherLeaderNote(a) + followedNewNote(a) + programLineNote(a);
  },
  FOLLOWER_DETECTION_UNATTRIBUTED: (a) => {
    const node = String(a.node);
    const count = a.unattributed as number;
    const one = count === 1;
    return (
      `whether ${node} noticed the leader was gone cannot be told from the paste: after the kill on line ${String(a.killLine)} no line tied to ${node} says so, ` +
      `but ${count} line${one ? '' : 's'} after the kill saying a node noticed (a timeout or a lost connection) could not be tied to any node ` +
      `(${unnamedLines(a)}), and ${one ? 'it' : 'any of them'} may be ${node}'s` +
      (a.beforeMs === undefined ? '' : `; before the kill it noticed a missing leader on line ${String(a.line)}, ${ms(a.beforeMs)} before`) +
      untimedDetection(a) +
      lookedAt(a.looked, node, true) +
      ` — ${NAME_EACH_LINE}`
    );
  },
  KILL_CHOSEN: (a) => {
    const kills = a.kills as {
      line: number;
      node: string | null;
      ofLeader: boolean;
      leaderThen: string | null;
      afterMs?: number;
      ledOnLine?: number;
      afterOwnEnd?: { line: number; afterMs: number };
      otherPid?: { pid: string; line: number; leaderPid: string };
    }[];
    // Each other kill says on its own what it was: a list with one trailing reason reads as if it held for all.
    // The judged kill once (panes side by side put other nodes' kills on its line too); a kill taken as the leader's
    // only because no leader statement comes before it is not called "the leader then": one within the window after
    // the judged kill of a known leader (`afterMs`) is placed by its time from it (the leader was just killed, nobody
    // named since: `node2` killed 1 ms after node1, a sentence repeating the kill's time); others say no line was read
    // as naming one.
    const judged = kills.findIndex((k) => k.line === a.line);
    // The other kills in paste order (adv66f-39: listed as judged, line 26 before line 18).
    const others = kills.filter((_, i) => i !== judged).sort((x, y) => x.line - y.line).map((k) => {
      // A kill the node lived through (`ledOnLine`, its own line leading after it) ended nothing: no follower's kill.
      const what = k.ledOnLine !== undefined
        ? `${k.node ? 'which' : 'its node'} went on leading: line ${k.ledOnLine}`
        : k.otherPid !== undefined
        ? `pid ${k.otherPid.pid}, not the leader's: ${String(a.node)}'s own line of its signal joins the kill of pid ${k.otherPid.leaderPid} on line ${k.otherPid.line}, so this signalled another process`
        : k.afterOwnEnd !== undefined
        ? `no kill: ${ms(k.afterOwnEnd.afterMs)} after ${String(a.node)}'s own line ${k.afterOwnEnd.line} saying it received its end, so ${String(a.node)} was down already`
        : !k.ofLeader
        ? `not the leader then${k.leaderThen && k.leaderThen !== k.node ? `: ${k.leaderThen} led` : ''}`
        : k.leaderThen !== null
          ? 'the leader then too'
          : k.afterMs !== undefined && a.node
            ? `${relativeToKill(k.afterMs)} the kill of ${String(a.node)} on line ${String(a.line)}${k.afterMs > 0 ? ', with no new leader named in between' : ''}`
            : 'no line before it was read as naming the leader';
      return `line ${k.line} (${k.node ? `${k.node}, ` : ''}${what})`;
    });
    const more = others.length - OTHER_KILLS_SHOWN;
    const listed = more > 1 ? `${others.slice(0, OTHER_KILLS_SHOWN).join(', ')} and ${more} more` : others.join(', ');
    // One kill on two lines: the student's record (its line and time) and the leader's own shutdown line (its node).
    const own = a.ownLine as { line: number; node: string; afterMs: number } | undefined;
    const same = own
      ? `, timed from line ${String(a.line)} when the kill command ran: ${own.node}'s own shutdown line ${own.line}, ` +
        (own.afterMs < 0 ? `whose coarser stamp (${ms(-own.afterMs)} before it) may stand for a moment after it` : `${ms(own.afterMs)} later`) +
        ', is the same kill'
      : '';
    if (kills.length === 1) return `judged the kill on line ${String(a.line)}${a.node ? ` (${String(a.node)})` : ''}${same}`;
    return `judged the kill on line ${String(a.line)}${a.node ? ` (${String(a.node)})` : ''} of ${kills.length} kills, ` +
      (KILL_CHOICE_REASONS[String(a.reason)] ?? KILL_CHOICE_REASONS.first!) +
      same +
      (others.length ? `; also: ${listed}` : '');
  },
  KILL_JOB_UNRESOLVED: (a) => {
    const leader = a.leader === null ? undefined : String(a.leader);
    const taken =
      leader === undefined
        ? 'no line says which node it killed'
        : a.leaderFrom === 'detections'
          ? `it was taken as a kill of ${leader}, the leader the followers' lines name`
          : `it was taken as a kill of ${leader}, which led just before it`;
    return (
      `line ${String(a.line)} kills shell job %${String(a.job)}, which the paste does not tie to a node, so ${taken}: bash prints ` +
      `"[${String(a.job)}] <pid>" under a command ending in &, and jobs -l lists each job's pid and command — paste that, or kill by pid`
    );
  },
  KILLED_LEADER_SIGNALED_AGAIN: (a) =>
    `${String(a.node)} logged a signal again on line ${String(a.line)}, ${ms(a.afterMs)} after its line of the kill on line ${String(a.killLine)}, ` +
    "and no line shows it restarting in between: its process did not exit on the first (a signal handler that logs and carries on), so its followers had no dead leader to notice — " +
    `make ${String(a.node)}'s SIGTERM handler end the process (exit after its cleanup), then kill the leader again`,
  KILLED_LEADER_LED_AGAIN: (a) =>
    a.paused === true
      ? `${String(a.node)}, paused on line ${String(a.killLine)}, led again ${ms(a.afterMs)} later (line ${String(a.line)}), within the ${ms(a.windowMs)} window: ` +
        'resumed that soon (SIGCONT, fg), it was back sending heartbeats before its followers\' timeouts fired, so they had no silent leader to notice — ' +
        `keep the leader paused until ${followersLogNoticing(a.followers)}, then resume it`
      : a.restarted === false
      ? `${String(a.node)} logged the kill on line ${String(a.killLine)} but went on leading after it (line ${String(a.line)}, ${ms(a.afterMs)} later), ` +
        "and no line shows it restarting: its process did not exit (a signal handler that logs and carries on), so its followers had no dead leader to notice — " +
        'make the node exit on SIGTERM, then kill the leader again'
      : `${String(a.node)}, killed on line ${String(a.killLine)}, led again ${ms(a.afterMs)} later (line ${String(a.line)}), within the ${ms(a.windowMs)} window: ` +
        "restarted that soon (by systemd's Restart=, a restart loop), it was back before its followers' timeouts fired, so they had no dead leader to notice — " +
        `keep the killed leader down until ${followersLogNoticing(a.followers)} (systemctl stop, or no automatic restart)`,
  KILLED_NODE_LED_ON: (a) => {
    const node = String(a.node);
    const signal = a.signal === undefined ? undefined : String(a.signal);
    const still = a.stillRunning as { checkLine: number; pid: string; killedPid?: true } | undefined;
    if (still !== undefined) {
      const handled =
        signal !== undefined && !ENDING_SIGNALS.has(signal)
          ? ` — it handled SIG${signal} and went on running`
          : still.killedPid === true
            ? ` — the signal reached pid ${still.pid}, which went on running: its handler logged it and did not exit`
            : ' — the kill went to another process (a wrong pid?) or the node ignored it';
      // The check on the kill's own command line (`kill 7289; sleep 1; pgrep …`) ran after it all the same.
      const after = still.checkLine < Number(a.killLine) ? 'run after the kill on the same command line' : `typed after the kill on line ${String(a.killLine)}`;
      const fix =
        still.killedPid === true
          ? '; make its SIGTERM handler exit the process after its cleanup, kill the leader again, check that the process is gone, then paste the followers\' lines from that kill'
          : '; stop it with SIGTERM (kill <pid>), check again that the process is gone, then paste the followers\' lines from that kill';
      return (
        `${node} was not killed: your check on line ${String(still.checkLine)}, ${after}, found its process still running ` +
        `(pid ${still.pid} on line ${String(a.line)}), so no follower had a dead leader to notice${handled}${fix}`
      );
    }
    const kept = a.asMember === true ? 'it went on running as a Raft member (voting, following or stepping down)' : 'it kept leading';
    const lived =
      `${node} was not killed: ${kept} after the kill on line ${String(a.killLine)} (line ${String(a.line)}, ${ms(a.afterMs)} later), ` +
      'and no line shows it shutting down or restarting in between, so no follower had a dead leader to notice';
    // Its own line logged the signal, and a follower went back to it: the handler did not end the process.
    if (a.ownLine === true && a.ownAct === true) {
      const act = a.sentOn === true ? 'it still wrote to a peer (its send failed: the peer had closed the link)' : a.asMember === true ? 'it still took part in an election as a live member (a vote, a candidacy or following the new leader)' : 'it claimed to lead in a new term';
      return (
        `${node} logged the signal on line ${String(a.signalLine ?? a.killLine)} but kept running: on line ${String(a.line)} (${ms(a.afterMs)} after the kill) ${act}, ` +
        "and no line shows it restarting, so the followers' detections were of its handler closing connections, not of a dead leader — " +
        `make ${node}'s SIGTERM handler end the process (exit after its cleanup), then kill the leader again`
      );
    }
    if (a.ownLine === true) {
      return (
        `${node} logged the signal on line ${String(a.killLine)} but kept running: a follower ` +
        (a.heardOnly === true ? `heard it lead again on line ${String(a.line)} (${ms(a.afterMs)} later) and on, ` : `followed it again on line ${String(a.line)} (${ms(a.afterMs)} later) and heard it lead on, `) +
        'so no follower had a dead leader to notice — ' +
        `make ${node}'s SIGTERM handler end the process (exit after its cleanup), then kill the leader again`
      );
    }
    const find = `find ${node}'s pid first (e.g. with pgrep -af kv_node; on the bundled cluster, GET /status) and send it SIGTERM (kill <pid>)`;
    // The follower it ended instead: silent after the kill, its peers' connections to it lost.
    if (a.killed !== undefined) {
      return `${lived} — the kill ended ${String(a.killed)} instead, a follower (it logged nothing after, and its peers lost their connections to it): ${find}`;
    }
    // A signal whose default ends a process that the node handles (SIGHUP reloads a config), or an ending one sent elsewhere.
    if (signal === undefined || ENDING_SIGNALS.has(signal)) return `${lived} — the kill went to another process (a wrong pid?) or did not stop ${node}: ${find}`;
    const why = signal === 'HUP' ? 'SIGHUP typically makes a server reload its config' : signal === 'USR1' || signal === 'USR2' ? `SIG${signal} is typically a server's hook to dump its state or reopen its logs` : `a server may handle SIG${signal}`;
    return `${lived} — it handled SIG${signal} and went on running (${why}); stop it with SIGTERM instead (kill <pid>, or kill -TERM <pid>)`;
  },
  FOLLOWER_TIMEOUT_LOOP: (a) =>
    a.refused === true
      ? `${String(a.node)} did not notice the kill on line ${String(a.killLine)}: it was already failing to reach ${a.leader === null ? 'the leader' : String(a.leader)} before it, ` +
        `${String(a.timeouts)} times from line ${String(a.firstLine)} to line ${String(a.lastLine)} (up to ${ms(a.periodMs)} apart), with no line saying it followed or heard it — ` +
        `so its line ${String(a.line)}, ${relativeToKill(a.afterMs as number)} the kill, is the next refusal of that loop, not a sign the leader died; ` +
        'a follower that never reached the leader (a wrong port or address) cannot notice it die: check each node joined the leader before the kill'
      : a.candidate === true
      ? `${String(a.node)} did not notice the kill on line ${String(a.killLine)}: it had already timed out before it, ` +
        `${a.timeouts === 1 ? `on line ${String(a.firstLine)}` : `${String(a.timeouts)} times from line ${String(a.firstLine)} to line ${String(a.lastLine)}`}, and ` +
        `started an election, with no line since saying it followed ${a.leader === null ? 'a leader' : String(a.leader)} — so its line ${String(a.line)}, ` +
        `${relativeToKill(a.afterMs as number)} the kill, is its own election's timer going round (a candidate's), not a sign the leader died; ` +
        'a follower that lost the leader before the kill (a partition, a slow link) cannot notice it die: check each node followed the leader right up to the kill'
      :
    `${String(a.node)} did not notice the kill on line ${String(a.killLine)}: it was already timing out before it, ` +
    `${String(a.timeouts)} times from line ${String(a.firstLine)} to line ${String(a.lastLine)} (up to ${ms(a.periodMs)} apart), ` +
    `with no line saying it followed ${a.leader === null ? 'a leader' : String(a.leader)} — so its line ${String(a.line)}, ` +
    `${relativeToKill(a.afterMs as number)} the kill, is the next turn of that loop, not a sign the leader died; ` +
    'a follower that never heard from the leader (a wrong peer address, a partition) cannot notice it die: check each node joined the leader before the kill',
  FOLLOWER_DETECTED: (a) =>
    a.promptKillLine !== undefined
      ? `${String(a.node)} noticed the dead leader at most ${ms(a.detectionMs)} after the kill${quoted(a.words)}, within the ${ms(a.windowMs)} allowed ` +
        `(the kill's only time is its prompt's on line ${String(a.promptKillLine)}, drawn before the command was typed: counted from it)`
      : a.killPrecisionMs === undefined
      ? `${String(a.node)} noticed the dead leader ${ms(a.detectionMs)} after the kill${quoted(a.words)}, within the ${ms(a.windowMs)} allowed`
      : `${String(a.node)} noticed the dead leader at most ${ms(a.detectionMs)} after the kill${quoted(a.words)}, within the ${ms(a.windowMs)} allowed ` +
        `(the kill's time has ${resolution(a.killPrecisionMs as number)} resolution: counted from that second's start, the kill line being above the detection)`,
  DETECTION_TOO_SLOW: (a) => {
    const node = String(a.node);
    const shift = findClockShift(a.detectionMs as number, a.windowMs as number);
    if (shift !== undefined) {
      return (
        `${node} noticed the dead leader ${shift.words} (${ms(a.detectionMs)}) after the kill${quoted(a.words)}: a gap of ${shift.whole} and a fraction of a second ` +
        `points to ${shift.apart} (zone-less times from machines in different zones?) rather than a slow detection — ` +
        'log times in UTC or with their offset (date -u, %z) on every machine and paste again'
      );
    }
    const range = a.timeoutRangeMs as [number, number] | undefined;
    // Longer than any election timeout a Raft node runs with: two runs, not a slow timer (adv66b-04: 75.9 s).
    if ((a.detectionMs as number) > NO_TIMER_GAP_MS) {
      return (
        `${node}'s line${quoted(a.words)} comes ${ms(a.detectionMs)} after the kill, ${ms(a.overByMs)} later than the ${ms(a.windowMs)} allowed — ` +
        'far longer than any election timeout, so most likely the kill and these lines are of different runs: paste the kill and the followers\' lines of one run'
      );
    }
    // Fewer fraction digits than its writer's other lines: an unpadded ms (C's `%ld`) may be the cause — or a layout that
    // drops trailing zeros (Go's `.999`), where the reading is right: both are said (review75).
    const digits = a.fractionDigits as number | undefined;
    const unpadded =
      digits === undefined
        ? ''
        : `; its line ${String(a.line)}'s time has ${digits === 1 ? 'one digit' : 'two digits'} after the second where ${node}'s other lines have three: ` +
          `if your program prints the milliseconds unpadded (C's printf "%ld" of 35 ms prints .35, "%03ld" prints .035), its times read later than they are — ` +
          'print them zero-padded to three digits and paste a new run';
    const advice =
      range === undefined || a.via !== 'heartbeat'
        ? ''
        : ` — noticing ${ms(a.detectionMs)} after the kill means an election timeout (or heartbeat interval) near that; the lesson's election timeout is ` +
          `${range[0]}-${range[1]} ms so that followers notice within ${ms(a.windowMs)}: lower the election timeout and the heartbeat interval`;
    return `${node} noticed the dead leader ${ms(a.detectionMs)} after the kill${quoted(a.words)}, ${ms(a.overByMs)} later than the ${ms(a.windowMs)} allowed${advice}${unpadded}`;
  },

  // scenario harness (src/scenario)
  LOG_CLOCK_OWN_ZONE: (a) => {
    const shift = a.shiftMin as number;
    const nodes = a.nodes as string[];
    const nodeOffsetMin = (a.harnessOffsetMin as number) + shift;
    // UTC is what a clock read from the UNIX time without a zone gives (gmtime, a Rust student's hand-rolled HH:MM:SS).
    const cause = nodeOffsetMin === 0 ? 'times computed from the UNIX clock without a zone, by gmtime or by hand, are UTC' : 'a TZ= in the --cluster template?';
    return (
      `${nodes.join(', ')} ${nodes.length > 1 ? 'write' : 'writes'} zone-less times ${hoursMinutes(Math.abs(shift))} ${shift > 0 ? 'ahead of' : 'behind'} ` +
      `the harness's clock: another time zone (UTC${formatUtcOffset(nodeOffsetMin)}, the harness's is UTC${formatUtcOffset(a.harnessOffsetMin as number)}; ` +
      `${cause}). Their times were read in their zone, so detections are measured on their own clock`
    );
  },
  FOLLOWER_FOLLOWED_WITHOUT_DETECTION: (a) => {
    const self = a.leader === a.node;
    const gone = String(a.gone);
    return (
      `${String(a.node)} ${self ? 'became leader' : `followed ${String(a.leader)}`} at +${ms(a.afterMs)} without logging that ${gone} was gone ` +
      `(no heartbeat timeout or lost connection after the ${String(a.fault)})` +
      (self ? '' : `: it ${grantedVoteFirst(String(a.leader))}`) +
      `. The lesson asks ${a.followers === 1 ? "a follower's log to show it" : `${a.followers === undefined || a.followers === 2 ? 'both' : String(a.followers)} followers' logs to show they`} detected the dead leader, so the run fails; ` +
      (self
        ? `log the timeout that made it start its election (e.g. "heartbeat timeout: no heartbeat from leader ${gone} for 170 ms")`
        : logVoteGrantAdvice(String(a.leader), gone)) +
      (a.fault === 'pause' ? ' — with SIGSTOP no connection closes, so only a timer or such a line can show it' : '')
    );
  },

  // cluster harness (src/cluster)
  NODE_EXITED: (args) => {
    const a = args as NodeExitedArgs;
    const how = (n: NodeExitedArgs['nodes'][number]): string =>
      n.signal ? ` (killed by ${n.signal})` : n.code === null ? '' : ` (exit code ${n.code}${n.code === NOT_EXECUTABLE_EXIT ? ': not executable' : ''})`;
    const exits = a.nodes.map((n) => `${n.node} exited${a.phase === 'starting' ? ' while starting' : ''}${how(n)}`).join(', ');
    const out = a.lastOutput;
    const last = out ? `; ${a.nodes.length > 1 ? `${out.node}'s ` : ''}last output: ${out.lines.map((l) => JSON.stringify(l)).join(' / ')}` : '';
    return (
      `${a.phase === 'started' ? 'started, then ' : ''}${exits}${last} (see ${a.logPath})` +
      (a.programNotFoundIn === undefined
        ? ''
        : `; the template runs in the run's work dir ${a.programNotFoundIn}, not where you started verify-lesson: give the paths in it absolute ("$PWD/my-node …"${a.cargoManifestNotFound ? '; cargo: cargo run --manifest-path "$PWD/Cargo.toml" -- …' : ''})`) +
      (a.notExecutable === undefined ? '' : `; ${describeNotExecutable(a.notExecutable)}`)
    );
  },

  // history files (`history check`)
  HISTORY_FILE_UNREADABLE: (a) => `cannot read the history file: ${String(a.reason)}`,
  HISTORY_LINE_INVALID: (a) => `expected ${String(a.expected)}, found ${String(a.found)}`,
  HISTORY_OP_UNSUPPORTED: (a) =>
    `the ${String(a.model)} model has no ${String(a.kind)} operation: expected one of ${(a.allowed as string[]).join(', ')} (or choose --model ${a.model === 'kv' ? 'register' : 'kv'})`,
};

// Human sentence for a finding, without location; with a verdict's `nodeNames`, each node as the paste writes it.
export function formatFindingMessage(finding: Finding, names?: NodeNames): string {
  const message = MESSAGES[finding.code];
  return message ? message(nameNodeArgs(finding.args, names), finding.args) : `${finding.code} ${JSON.stringify(finding.args)}`;
}

// `file:line:column: severity CODE path: message` — the shape editors and CI logs link from (the column when the
// finding has one, as a YAML syntax error does).
export function formatFinding(finding: Finding): string {
  const column = finding.line !== undefined && typeof finding.args.column === 'number' ? `:${finding.args.column}` : '';
  const location = finding.file ? `${finding.file}${finding.line === undefined ? '' : `:${finding.line}${column}`}: ` : '';
  const path = finding.path ? `${finding.path}: ` : '';
  return `${location}${finding.severity} ${finding.code} ${path}${formatFindingMessage(finding)}`;
}

