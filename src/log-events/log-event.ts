// The one log-event model: what a meaningful log line says, who wrote it and when. Every consumer (checkPaste,
// the scenario harness's live detection, the timeline, the reports) reads events from here.
import type { NodeSource } from './scan-lines.js';
import type { Stamp } from './parse-timestamp.js';

export type { NodeSource } from './scan-lines.js';
export type { ClockKind, Stamp, TimestampFormat } from './parse-timestamp.js';

/** What a line says. `other` is a line with a time or node that says none of the rest. */
export type LogEventKind =
  | 'kill'
  | 'became-leader'
  | 'follows-leader'
  | 'heartbeat-timeout'
  | 'connection-lost'
  | 'election-started'
  | 'vote'
  | 'stepped-down'
  | 'startup'
  | 'other';

export interface LogEvent {
  /** 0-based line index in the paste (or in the caller's stream of lines). */
  readonly line: number;
  readonly kind: LogEventKind;
  /** The line's own timestamp (kind absolute / yearless / time-of-day, `zoned`, `precisionMs`), if it has one. */
  readonly time: Stamp | undefined;
  /** The node that wrote the line, after aliases (a member id logged by a named node becomes that name). */
  readonly node: string | undefined;
  /**
   * How `node` was attributed (grep prefix, tag, field, …; `subject` = the id the message starts with; `file-run` =
   * the writer of its file in a cat of whole files; `record` = the writer of the record a stack trace continues).
   */
  readonly nodeFrom: NodeSource | 'subject' | 'caller' | 'file-run' | 'record' | undefined;
  /** became-leader / follows-leader: the node the line says leads. */
  readonly leader?: string;
  /**
   * connection-lost naming no leader: the node the lost connection was with, as the line names it ("connection to peer
   * node2 lost", "lost connection to node2"); heartbeat-timeout with no word of a leader: the peer it names ("gossip:
   * peer node2 heartbeat timed out"). A lost link to another follower, or its heartbeats missed, is no detection of the
   * leader's death. election-started by a leadership transfer (`received TimeoutNow from node1, starting election`):
   * the leader that handed its leadership over to the writer.
   */
  readonly peer?: string;
  /** The Raft term the line names ("at term 2", "term=3", "(term 1)"). */
  readonly term?: number;
  /** A kill line that is not its writer's death (a shell `kill`, a launcher's line): the node it names (`kill node1`, `--id 1`, "launcher | killing leader node2"), if any; `pid`: the process id it names. */
  readonly target?: string;
  readonly pid?: number;
  /** kill: the signal its words name (readKillSignal: `kill -USR2 4101` → USR2, `kill -1` → HUP, "received SIGHUP"), if any. */
  readonly signal?: string;
  /**
   * kill command: the nodes it ends when they are two or more (`kill 4101 4102` by a listing's pids, `pkill kv_node` of
   * every listed kv_node; several-node-kills.ts). None of them is left a follower to notice the leader's death.
   */
  readonly killedNodes?: readonly string[];
  /**
   * kill command with `killedNodes`: the pid it named that every one of them ran in (an in-process cluster, all three
   * nodes' lines carrying pid 5120), when that one process is how they all ended.
   */
  readonly sharedPid?: number;
  /**
   * kill command by a program's name (`killall python3`, `pkill -f kv_node`) whose processes the paste does not list:
   * it may have ended every node, not only its target (a node's own signal line in its instant is that kill's).
   */
  readonly byName?: true;
  /** The id the message starts with (etcd's "8e9e05c52164694d became leader"): the writer's own id. */
  readonly subject?: string;
  /**
   * kill-pattern words the model decided are not a kill (a component stopping, a peer described); `paused`: a line that
   * stopped a process without ending it (`kill -STOP`, bash's `Stopped` job line after Ctrl+Z), with the `target` and
   * `pid` it names; `ignored`: a node's own line saying it ignored the signal (ignored-signals.ts), the process lived on.
   */
  readonly notKill?: 'component' | 'peer' | 'detection' | 'paused' | 'ignored';
  /** heartbeat-timeout: how long the line says the leader had been silent ("no heartbeat from leader in 300ms"). */
  readonly silentMs?: number;
  /** heartbeat-timeout: the same line starts an election ("election timeout fired, becoming candidate"). */
  readonly startsElection?: boolean;
  /**
   * connection-lost: the writer's own write or send failed (`write to node2 failed: Broken pipe`): its loop was still
   * running when it wrote the line.
   */
  readonly sendFailed?: true;
  /**
   * The machine a since-boot (monotonic) stamp was fetched from over a remote shell (`vagrant ssh kv2 -c …`), set only
   * when a paste fetched such stamps from two or more machines: each machine's boot clock is its own (remote-machines.ts).
   */
  readonly machine?: string;
  /**
   * kill: the line's time sits inside a sentence's words ("kill um 14:03:11,482, both followers time out …"), or in the
   * student's summary block (`kill:  12:04:05.000`, a table's `| kill | 12:04:05.000 |`): the student's statement of the
   * kill, no program's line (student-lines.ts markKillsInWords, dropSummaryLines).
   */
  readonly timeInWords?: true;
  /**
   * kill: a service manager's line about the unit it stops (systemd's `Stopping kv@2.service …`, `Stopped …`), its
   * `target` the unit's node: the node's own shutdown line a moment later is the kill when there is one (judgeKills).
   */
  readonly byManager?: true;
  /**
   * kill without a node of its own, timed after the kill: a `date` the command ran after it (`kill -9 4101 && date
   * +%T.%3N`, `kill 4101; date`), or a writerless program line about the shutdown under way (.NET's `Application is
   * shutting down...`). A node's own kill line up to SAME_KILL_MS before it is the same kill and stands (judgeKills).
   */
  readonly timeAfterKill?: true;
  /**
   * kill: the line's time is its shell prompt's (`[14:05:31] sam@lab:~/kv$ kill 4101`, bash's `\t`, zsh's `%*`), drawn
   * before the command was typed: a moment before the kill, not the kill's (log-facts.ts judgeKills).
   */
  readonly timeBeforeCommand?: true;
  /**
   * kill: a `date` record whose kill looks its target up after the date printed (`date +%T.%N; kill $(pgrep -f …)`):
   * the signal comes later by the lookup's time, so the node's own line of it, when later still, is when it came.
   */
  readonly lookupAfterDate?: true;
  /**
   * The writer's own Raft role as the line's role column or field states it (`node1 leader: …`, `[n1][LEADER]`,
   * `n2 F t=3`, `role=follower`, `state=StateLeader`; classify-line.ts readOwnRole): at the line's time the writer
   * leads (`leader`) or does not. Set on kill lines and on lines whose only meaning it is (a leader's then a
   * became-leader claim, a follower's or candidate's an `other` event); other lines' columns are read where asked.
   */
  readonly role?: 'leader' | 'follower' | 'candidate';
  /**
   * became-leader / follows-leader read from heartbeat traffic alone, no leader word (`heartbeat from node1`: the
   * sender leads; `heartbeat sent to node2, node3`: the writer does): only a Raft leader sends heartbeats, unless the
   * paste's heartbeats go every way (a gossip mesh, heartbeat-mesh.ts), when these name no leader.
   */
  readonly bySender?: true;
  /**
   * follows-leader read from traffic the writer received from its leader (`heartbeat from leader node1`,
   * `append_entries from node2`): the leader was alive to send it, which a statement of whom the writer follows
   * (`following leader node1`, a status line's `leader=node1`, stale once the leader is gone) does not show.
   */
  readonly heardFrom?: true;
  /**
   * follows-leader said by a status line restating whom the writer follows (`tick: follower of node1 in term 1, last
   * contact 77 ms ago`, `leader=node1`): it repeats until a timer fires, stale once the leader is gone (LEADER_STATE_WORDS).
   */
  readonly restated?: true;
  /**
   * heartbeat-timeout whose words say its writer had no leader when it fired (`election timeout fired after 200 ms (no
   * leader)`, `… with no leader`): a fresh node's or a candidate's timer, no loss of a leader noticed.
   */
  readonly leaderless?: true;
  /**
   * What the lesson's pattern that made the line a kill or detection matched there (its kill pattern on a kill line,
   * its heartbeat or connection pattern on a detection line): its first match on the line's written text (capped at
   * 4096 characters), which measuring quotes (measure-detection.ts) instead of matching the line again; on a
   * harness's `killing leader node1`, which no lesson pattern matches, the words KILLING_LEADER_PATTERN read. Undefined
   * where the classifier read another text (a command as retyped, a JSON record's message, a line timed by a date's
   * output below it) or its pattern cannot say where it matches.
   */
  readonly words?: PatternWords;
  /**
   * The line's stamp was a pipe's flush time, not its own (flush-stamps.ts: a buffered stdout piped through `ts`), so
   * `time` is cleared: the line is untimed for what it says, though it shows a time.
   */
  readonly flushStamped?: true;
  /**
   * The node's own kill line shares its exact sub-ms stamp with other writers' lines, a detection among them: a log
   * collector's batch time (flush-stamps.ts dropBatchStampedKills), so `time` is cleared.
   */
  readonly batchStamped?: true;
}

/** Where a pattern first matched a line, and the words it matched. */
export interface PatternWords {
  readonly index: number;
  readonly text: string;
}

/** An event while the model is still deciding its node, time and kind (read-log-events.ts and its helpers). */
export type MutableLogEvent = { -readonly [K in keyof LogEvent]: LogEvent[K] };

/**
 * What only a Raft member logs about itself: its leadership, elections, votes, stepping down, its own election timer.
 * A launcher or a load client logs none of these (attribute-kill-targets.ts, find-non-members.ts add what each may).
 */
export const RAFT_ROLE_KINDS: readonly LogEventKind[] = ['became-leader', 'heartbeat-timeout', 'election-started', 'vote', 'stepped-down'];

const [HEARTBEAT_TIMEOUT, CONNECTION_LOST] = ['heartbeat-timeout', 'connection-lost'] as const satisfies readonly LogEventKind[];

/** The kinds that count as a follower noticing the dead leader. */
export const DETECTION_KINDS: ReadonlySet<LogEventKind> = new Set([HEARTBEAT_TIMEOUT, CONNECTION_LOST]);

/** Whether `kind` is one of DETECTION_KINDS, by two comparisons: loops over every event ask it without hashing. */
export const isDetectionKind = (kind: LogEventKind): boolean => kind === HEARTBEAT_TIMEOUT || kind === CONNECTION_LOST;
