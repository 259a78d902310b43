// Findings are data: a stable code plus arguments; the wording lives in format-finding.ts.

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  // lesson files (parse + lint)
  | 'LESSON_FILE_UNREADABLE'
  | 'LESSON_FRONT_MATTER_MISSING'
  | 'LESSON_YAML_INVALID'
  | 'LESSON_FIELD_MISSING'
  | 'LESSON_FIELD_INVALID'
  | 'LESSON_PROOF_TYPE_UNKNOWN'
  | 'LESSON_KEY_UNKNOWN'
  | 'LESSON_REGEX_INVALID'
  | 'LESSON_REGEX_UNSAFE'
  | 'LESSON_REGEX_EXPONENTIAL'
  | 'LESSON_REGEX_POLYNOMIAL'
  | 'LESSON_REGEX_UNCHECKED'
  | 'LESSON_ID_DUPLICATE'
  | 'LESSON_SECTION_MISSING'
  | 'LESSON_SCENARIO_STEP_UNKNOWN'
  | 'LESSON_SCENARIO_TARGET_UNKNOWN'
  | 'LESSON_SCENARIO_STEP_REF_UNKNOWN'
  | 'LESSON_DURATION_INVALID'
  | 'LESSON_TIMING_NARROWER'
  // a scenario's plan (check-scenario-plan.ts): lint's errors, the lesson still loads
  | 'LESSON_SCENARIO_CAPTURE_MISSES_KILL'
  | 'LESSON_SCENARIO_CAPTURE_REVERSED'
  | 'LESSON_SCENARIO_NODES_TOO_FEW'
  | 'LESSON_SCENARIO_FAULT_MISSING'
  | 'LESSON_TIMING_FOLLOWERS_UNREACHABLE'
  | 'LESSON_SCENARIO_WITHIN_WIDER'
  | 'LESSONS_NONE_FOUND'
  | 'LESSON_FILE_SKIPPED'
  // lookup: the same code as the VerifyLessonError a verifier throws and the HTTP service's 404 error
  | 'LESSON_NOT_FOUND'
  // paste verdict (src/proof)
  | 'PASTE_EMPTY'
  | 'PASTE_TOO_LARGE'
  | 'PASTE_BINARY'
  | 'PATTERN_MATCHED'
  | 'PATTERN_NOT_FOUND'
  | 'TIMING_NOT_REQUIRED'
  | 'TIMESTAMPS_MISSING'
  | 'KILL_LINE_MISSING'
  | 'KILLS_TOO_MANY'
  | 'DETECTION_BEFORE_KILL_ONLY'
  | 'FOLLOWER_MISSING'
  | 'KILLED_NODE_NOT_LEADER'
  | 'KILL_CHOSEN'
  | 'KILL_JOB_UNRESOLVED'
  | 'KILLED_LEADER_LED_AGAIN'
  | 'KILLED_LEADER_SIGNALED_AGAIN'
  | 'KILLED_NODE_LED_ON'
  | 'FOLLOWER_DETECTED'
  | 'DETECTION_TOO_SLOW'
  | 'TIMESTAMPS_BACKWARDS'
  | 'LINES_NEWEST_FIRST'
  | 'REFERENCE_OUTPUT'
  | 'PASTE_LONG_LINES'
  | 'PASTE_PANES_SPLIT'
  | 'PASTE_CAST_DECODED'
  | 'PASTE_COLUMNS_SPLIT'
  | 'PASTE_PANES_AMBIGUOUS'
  | 'PATTERN_INVALID'
  | 'PATTERN_UNSAFE'
  | 'FOLLOWER_NO_DETECTION'
  | 'FOLLOWER_DETECTION_UNATTRIBUTED'
  | 'FOLLOWER_TIMEOUT_LOOP'
  | 'TIMESTAMPS_TOO_COARSE'
  | 'TIMESTAMPS_WITHOUT_DATE'
  | 'CLOCKS_INCOMPARABLE'
  | 'TIMEZONE_AMBIGUOUS'
  | 'TIMESTAMPS_READ_IN_ZONE'
  | 'KILL_TIME_TWELVE_HOUR'
  | 'NODE_TIMES_TWELVE_HOUR'
  | 'KILL_TIME_HOUR_FROM_NODES'
  | 'KILL_TIME_IN_SHELL_ZONE'
  | 'TIMESTAMPS_IN_SHOWN_ZONE'
  | 'SUMMARY_LINES_NOT_MEASURED'
  | 'SECTION_REPEATED'
  // scenario harness (src/scenario)
  | 'LOG_CLOCK_OWN_ZONE'
  | 'FOLLOWER_FOLLOWED_WITHOUT_DETECTION'
  // cluster harness (src/cluster): the message of the VerifyLessonError NODE_EXITED, for bundled and student nodes alike
  | 'NODE_EXITED'
  // history files (src/history, `history check`)
  | 'HISTORY_FILE_UNREADABLE'
  | 'HISTORY_LINE_INVALID'
  | 'HISTORY_OP_UNSUPPORTED';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** File the finding is about (lesson file, paste file), when there is one. */
  readonly file?: string;
  /** Field path inside the front-matter, e.g. `proof.regex_patterns[1]`. */
  readonly path?: string;
  /** 1-based line in `file` (for lesson files: in the whole file, not in the front-matter block). */
  readonly line?: number;
  /** Everything the formatter needs; JSON-serialisable. */
  readonly args: Readonly<Record<string, unknown>>;
  /** The wording, for consumers that cannot call formatFindingMessage (HTTP, --json); see addFindingMessages. */
  readonly message?: string;
}

/** A paste line quoted in a finding: its 1-based number and an excerpt. */
export interface QuotedLine {
  readonly line: number;
  readonly excerpt: string;
}

/**
 * A follower's line after the kill that the timing check read (about the leader, an election or a vote); `wordsOnly`:
 * its writer is only a name in its words (writer-from-words.ts), so it may be a line about the node, not by it.
 */
export interface LookedAtLine extends QuotedLine {
  readonly wordsOnly?: true;
}

/**
 * FOLLOWER_DETECTION_UNATTRIBUTED's args: no detection line is tied to `node`, but `unattributed` detection lines after
 * the kill are tied to no node (the first few quoted), so whether it noticed cannot be told. `beforeMs`/`line`: its last
 * detection before the kill, if any; `untimestampedLine` (`untimedWords`, `offClock`): one of its detections without a
 * usable time, the words the timing pattern matched on it, and whether its stamp is on another clock than the kill's.
 */
export type FollowerDetectionUnattributedArgs = {
  readonly node: string;
  readonly killLine: number;
  readonly unattributed: number;
  readonly unattributedLines: readonly QuotedLine[];
  readonly looked: readonly LookedAtLine[];
  readonly beforeMs?: number;
  readonly line?: number;
  readonly untimestampedLine?: number;
  readonly untimedWords?: string;
  readonly offClock?: true;
  /** Its time is a count of one terminal's `ts -s`/`ts -i` of several: the paste's first such command's line. */
  readonly tsPerTerminalLine?: number;
};

/**
 * KILLED_NODE_LED_ON's args: `node`, the leader the kill on `killLine` was taken to have killed, claims to lead on `line`
 * (its own became-leader line or heartbeats to followers), `afterMs` after the kill, with no line of its own shutdown
 * or restart between: its process lived on. `signal`: the signal the kill line names (`HUP` for `kill -HUP 4101`), if any;
 * `killed`: the one other node silent from just after the kill on whose loss a peer's lost connection names, if any;
 * `asMember`: `line` is no claim to lead but an act of a live member (a vote, following, stepping down) after a kill
 * sending a signal servers commonly handle (`kill -USR2`). `ownLine`: the kill line is the node's own (it logged the
 * signal and kept running: a follower followed it again on `line`, then heard it lead); `heardOnly`: no line follows it
 * again, a follower heard it lead twice from `line` on; `ownAct`: `line` is the node's own, a term above the one it
 * led in (its vote, election, following the new leader, or with `asMember` unset its claim to lead). `signalLine`: the
 * node's own line of the signal when the kill line is a shell record of the kill.
 */
export type KilledNodeLedOnArgs = {
  readonly node: string;
  readonly killLine: number;
  readonly line: number;
  /** How long after the kill `line` came; absent for `stillRunning` (a process check is untimed). */
  readonly afterMs?: number;
  /** A process check typed after the kill (`checkLine`: `pgrep -f "kv_node.*--id 1"`) printed the process's `pid` on `line`. */
  readonly stillRunning?: { readonly checkLine: number; readonly pid: string; readonly killedPid?: true };
  readonly signal?: string;
  readonly asMember?: true;
  readonly killed?: string;
  readonly ownLine?: true;
  readonly heardOnly?: true;
  readonly ownAct?: true;
  readonly signalLine?: number;
  /** `line` is the node's own send failing (`write to node2 failed: Broken pipe`), no vote or claim: its loop ran on. */
  readonly sentOn?: true;
};

/**
 * TIMESTAMPS_BACKWARDS's args: `node`'s time goes back `backMs` at `line`, after its `previousLine`. `buffered`: its
 * lines `firstLine`-`lastLine` run in time order from before its lines `overtakenFirstLine`-`overtakenLastLine` just
 * above them to after them (buffered-stdout-block.ts): a buffered stdout's block flushed after stderr's lines.
 */
export type TimestampsBackwardsArgs = {
  readonly node: string;
  readonly backMs: number;
  readonly line: number;
  readonly previousLine: number;
  readonly buffered?: { readonly firstLine: number; readonly lastLine: number; readonly overtakenFirstLine: number; readonly overtakenLastLine: number };
};

/**
 * FOLLOWER_NO_DETECTION's args: `node` logged no detection after the kill on `killLine` (`looked`: its lines there the
 * check read). `expectedHeartbeat`/`expectedConnection`: the lesson's own patterns' phrases, when not the defaults.
 * `killedLine`/`killedAfterMs`: it was killed itself then, relative to the leader's kill (`sharedPid`/`sharedBy`: one
 * process ran every node). `untimestampedLine` (`untimedWords`, `offClock`): a detection of it with no usable time.
 * `followers`: how many followers the lesson asks to notice (timing.followers), which the advice counts. `peerOnly`,
 * `laterStart`: a line that reads as its detection but is none (PeerOnlyLine, LaterStartLine).
 */
/**
 * A follower's lost link after the kill that names the killed node only as a peer (`peer 1 disconnected (EOF)`), when no
 * line shows that node led and no timer fired after the kill: the line every node logs for any peer, no detection.
 */
export interface PeerOnlyLine {
  readonly line: number;
  readonly leader: string;
  readonly words?: string;
  /** The follower's timeout losing `leader` before the kill, no line of it leading since (why it was a peer then). */
  readonly lostLine?: number;
}

export type FollowerNoDetectionArgs = {
  readonly node: string;
  readonly killLine: number;
  readonly looked: readonly LookedAtLine[];
  readonly followers: number;
  readonly expectedHeartbeat?: readonly string[];
  readonly expectedConnection?: readonly string[];
  readonly killedLine?: number;
  readonly killedAfterMs?: number;
  readonly sharedPid?: number;
  readonly sharedBy?: readonly string[];
  /** Its own signal line in the instant of a kill by a program's name (`killall python3`): that kill signalled it too. */
  readonly byNameKill?: true;
  /** Its detection line between the leader's kill and its own (its line number and words): its own end's, no notice. */
  readonly endedDetection?: { readonly line: number; readonly words?: string };
  readonly untimestampedLine?: number;
  readonly untimedWords?: string;
  readonly offClock?: true;
  /** As FollowerDetectionUnattributedArgs' `tsPerTerminalLine`. */
  readonly tsPerTerminalLine?: number;
  readonly peerOnly?: PeerOnlyLine;
  readonly laterStart?: LaterStartLine;
  /** Its `line` hearing from the leader `afterMs` after the leader's own `endLine` said it stopped: its stamps time nothing. */
  readonly heardAfterEnd?: { readonly line: number; readonly endLine: number; readonly afterMs: number };
  /** Its detection `line` is `original`'s `originalLine` copied: the same stamp to the µs and the same words. */
  readonly copied?: { readonly line: number; readonly originalLine: number; readonly original: string };
  /** Its detection `line` is stamped `beforeMs` before its own start on `startLine` above it, alone out of place. */
  readonly beforeOwnStart?: { readonly line: number; readonly startLine: number; readonly beforeMs: number };
  /** Its first timer after the kill whose words say it fired with no leader (`(no leader)`): the line. */
  readonly leaderless?: number;
  /** Its `line` after the kill loses `leader`, another node it followed on `followLine`, never the killed one: another cluster's. */
  readonly otherLeader?: { readonly line: number; readonly leader: string; readonly followLine?: number };
  /** Its `line` after the kill follows a new `leader` (after its vote on `voteLine`), never saying `gone` was gone. */
  readonly followedNew?: { readonly line: number; readonly leader: string; readonly gone: string; readonly voteLine?: number };
  /** A client's or prober's `line` tagged with its name after the kill (`program`, `excerpt`): losing its server is no notice of the node's. */
  readonly programLine?: { readonly line: number; readonly program: string; readonly excerpt: string };
};

/**
 * A follower's detection line after its own start line that comes later than the window after the kill (a later run,
 * or its clock ahead of the others': adv52c-24's node3 starting 2.3 s after the kill by its stamps): not this kill's.
 */
export interface LaterStartLine {
  /** Its first detection line after that start. */
  readonly line: number;
  readonly startLine: number;
  readonly startAfterMs: number;
  /** `startLine` is no start line but one stating a term lower than its writer's before (a new life): that term. */
  readonly termBack?: number;
  /** The new life began within the window after the kill (a follower restarted then, its new process knowing no leader). */
  readonly restarted?: true;
}

/**
 * KILLED_LEADER_SIGNALED_AGAIN's args: `node`, killed on `killLine`, logged a signal again on `line`, `afterMs` after
 * its first line of it, with no line showing a restart between: its process did not exit on the first (a handler that
 * logs and carries on), and no follower noticed anything.
 */
export type KilledLeaderSignaledAgainArgs = {
  readonly node: string;
  readonly killLine: number;
  readonly line: number;
  readonly afterMs: number;
};

/**
 * KILLED_LEADER_LED_AGAIN's args: `node`, killed (or paused: `paused`) on `killLine`, leads again on `line`, `afterMs`
 * later, within the `windowMs` window, before any follower noticed; `restarted: false`: no line shows a restart between
 * (its process never exited). `followers`: how many followers the lesson asks to notice (timing.followers).
 */
export type KilledLeaderLedAgainArgs = {
  readonly node: string;
  readonly killLine: number;
  readonly line: number;
  readonly afterMs: number;
  readonly windowMs: number;
  readonly followers: number;
  readonly paused?: true;
  readonly restarted?: false;
};

/**
 * The exit status a shell gives a command it found but could not run (POSIX: 126; not found is 127): a script without
 * its x bit (`sh: 1: exec: ./my-node.js: Permission denied`), a binary for another machine. The one place the
 * student's command's exit codes are given a meaning: node-exited.ts reads the output for it, the formatter names it.
 */
export const NOT_EXECUTABLE_EXIT = 126;

/**
 * NODE_EXITED's args: cluster nodes that exited while the harness had not stopped them. `phase`: seen while the node
 * started (`starting`), by the start step's check (`started`), or later (`running`). `lastOutput`: the last lines the
 * first of them that printed anything wrote (stdout and stderr for a student's node, stderr for a bundled one).
 * `programNotFoundIn`: a student's template ran in this work dir, and its output says a program was not found there;
 * `cargoManifestNotFound`: what was not found is cargo's Cargo.toml (a `cargo run` template names its manifest).
 * `notExecutable`: a node exited NOT_EXECUTABLE_EXIT; `file`, the file its shell was refused running when the quoted
 * output names it, and `interpreter`, the one its extension names (`.py`: python3), for the other way to start it.
 */
export type NodeExitedArgs = {
  readonly phase: 'starting' | 'started' | 'running';
  readonly nodes: readonly { readonly node: string; readonly code: number | null; readonly signal: string | null }[];
  readonly lastOutput?: { readonly node: string; readonly lines: readonly string[] };
  readonly logPath: string;
  readonly programNotFoundIn?: string;
  readonly cargoManifestNotFound?: true;
  readonly notExecutable?: { readonly file?: string; readonly interpreter?: string };
};

// Constructor that keeps call sites short and the object shape stable.
export function createFinding(
  code: FindingCode,
  severity: Severity,
  args: Record<string, unknown> = {},
  where: { file?: string; path?: string; line?: number } = {},
): Finding {
  // Assigned in the order JSON shows them (code, severity, file, path, line, args); spreads cost a copy each. With no
  // file (checkPaste's usual findings), one literal of the final shape: no property added after it is made.
  if (where.file === undefined) {
    const { path, line } = where;
    if (path === undefined) return line === undefined ? { code, severity, args } : { code, severity, line, args };
    return line === undefined ? { code, severity, path, args } : { code, severity, path, line, args };
  }
  const finding = { code, severity } as { -readonly [K in keyof Finding]: Finding[K] };
  finding.file = where.file;
  if (where.path !== undefined) finding.path = where.path;
  if (where.line !== undefined) finding.line = where.line;
  finding.args = args;
  return finding;
}

// Exit-code decisions and summaries only care whether anything is an error.
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
