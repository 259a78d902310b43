// A student's own node, run N times from a command template, behind the interface the scenario steps use.
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { setTimeout as delay } from 'node:timers/promises';
import type { ClientProtocol } from '../client/client-protocol.js';
import { VerifyLessonError } from '../errors.js';
import { findFreePorts } from '../process/find-free-ports.js';
import { followLog, type LogFollower } from '../process/follow-log.js';
import { startProcessGroup, STOP_GRACE_MS, type ProcessGroup } from '../process/process-group.js';
import { createGroupReaper, type GroupReaper } from '../process/reap-on-exit.js';
import { createGroupTag, describeProcess, type TaggedProcess } from '../process/tagged-processes.js';
import { within } from '../process/within.js';
import { isListening, waitUntilListening } from '../process/wait-until-listening.js';
import { createLiveEventReader, nodeLabel, resolveEventNames, stampInWriterZone, type EventPatterns } from '../log-events/index.js';
import { localOffsetMinAt } from '../process/local-zone.js';
import { compileEventPatterns } from '../proof/compile-event-patterns.js';
import { normalizeLogLine } from '../proof/normalize-paste.js';
import { createKvClient, type KvClient } from '../client/kv-client.js';
import { electionSince, findFollowersOfOther, findFollowersShown, findLeader, type NodeEvent } from './read-leadership.js';
import { createPeerLinks, type PeerLinks } from './peer-links.js';
import { NODE_LOG, nodeDataDir, OUTPUT_LOG } from './node-data-dir.js';
import { nodeExitedError, NO_OUTPUT, readOutputTail, type OutputTail } from './node-exited.js';
import type { NodeStatus, ScenarioCluster } from './scenario-cluster.js';

export interface CommandClusterOptions {
  readonly workDir: string;
  /** e.g. `./kv_node --id {id} --peers {peers} --port {port} --data {data_dir}` */
  readonly command: string;
  readonly nodes: number;
  /** Per node; past it the output is dropped with one marker line (default 1 MiB). */
  readonly outputCapBytes?: number;
  /** How the student's nodes take writes and reads, when declared. */
  readonly client?: ClientProtocol;
  /** The lesson's event patterns (default: the shipped ones). */
  readonly patterns?: EventPatterns;
  /** Route peer traffic through harness-owned proxies, for partition/heal (default false). */
  readonly peerLinks?: boolean;
  /**
   * The caller's cleanup registry (a run's, whose watchdog made its temp dir), which the caller closes; default: the
   * cluster's own, with a watchdog (a student's node cannot be asked to watch its parent), closed by stop().
   */
  readonly reaper?: GroupReaper;
}

/** Events kept per node for finding the leader (the newest; a flooding node must not fill the memory). */
const MAX_EVENTS = 5000;
/** A leader whose followers never log whom they follow is taken once no election happened for this long. */
export const QUIET_LEADERSHIP_MS = 1500;
/** How long node 1 gets to start listening before the others start, so it is the likely first leader. */
const FIRST_NODE_HEAD_START_MS = 1000;
/** With `expected` (--leader): how long the nodes get to elect when the expected node never says it leads. */
const EXPECTED_LEADER_SETTLE_MS = 1000;

// {id} {peers} {port} {client_port} {data_dir} → values; the result runs through `sh -c` so the template may quote.
export function expandClusterCommand(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(id|peers|port|client_port|data_dir)\}/g, (_, key: string) => values[key]!);
}

// `exec` keeps the node's pid the group's; `VAR=1 ./node` (PYTHONUNBUFFERED=1, TZ=…) goes through env, since
// sh cannot exec an assignment. A template that is more than one command (`cd dir && ./node`, `. venv/bin/activate;
// python3 node.py`) or starts with a shell builtin or keyword runs as written: `exec cd` is "not found", and
// `exec make build && ./node` would end at make.
export function execLine(command: string): string {
  if (hasCommandSeparator(command) || SHELL_WORDS.has(/^\s*([^\s;&|<>()]+)/.exec(command)?.[1] ?? '') || /^\s*[({!]/.test(command)) return command;
  return /^\s*[A-Za-z_][A-Za-z0-9_]*=/.test(command) ? `exec env ${command}` : `exec ${command}`;
}

/** Words that begin a template sh must run itself: builtins that change the shell (cd, ., source, export…) and keywords. */
const SHELL_WORDS = new Set(['cd', '.', 'source', 'export', 'set', 'unset', 'ulimit', 'umask', 'trap', 'eval', 'exec', 'alias', 'shift', 'read', 'wait', 'if', 'for', 'while', 'until', 'case', 'function', 'time']);

// A `;`, `&&`, `||`, `&` or newline outside quotes (a pipeline's `|` may follow an exec: each side runs in its own process).
function hasCommandSeparator(command: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '\\') i++;
    else if (c === "'" || c === '"') quote = c;
    else if (c === ';' || c === '\n') return true;
    else if (c === '|' && command[i + 1] === '|') return true;
    else if (c === '&' && command[i - 1] !== '>' && command[i + 1] !== '>') return true;
  }
  return false;
}

interface CommandNode {
  readonly id: number;
  readonly logPath: string;
  /** Its peer port: its `{port}`, its own address in `{peers}`. */
  readonly port: number;
  readonly clientPort: number;
  readonly group: ProcessGroup;
  /** Resolves once the node's pipes closed and its output files are closed. */
  exited: Promise<void>;
  /** Its command runs, or (Linux) a process it started does, in its process group or not. */
  readonly alive: () => boolean;
  /** Processes it started that left its process group (setsid, a daemon's fork), each as first seen. */
  readonly escaped: Map<number, TaggedProcess>;
  /** Follows node.log, which the node may write itself instead of (or as well as) printing. */
  follower: LogFollower;
  /** Lines of its log (or output) so far: 0 means it printed nothing (block-buffered stdout?). */
  printed: number;
  /** When it printed its first line: a follower is quiet about its leader only once it has run a while. */
  firstPrintedAtMs?: number;
  /** What the node printed last, and the lines that say why it ended (for a crash report). */
  output: OutputTail;
}

// One reader for the whole cluster: a member id one node logs under its name names that node in the others' lines.
function createEventSink(patterns: EventPatterns, events: NodeEvent[], peerAddresses: PeerAddresses): (node: CommandNode, text: string, arrivalMs: number) => void {
  // Zone-less stamps are the nodes' local time: in the harness's TZ, which they inherit, unless theirs run a whole
  // number of quarter hours off it (a `TZ=` in the template), as the scenario's NodeLogs reads them too.
  const reader = createLiveEventReader(patterns, { inferWriterClocks: true, peerAddresses });
  return (node, raw, arrivalMs) => {
    // Read as checkPaste and the scenario's node logs read it: ANSI colours (chalk, pino-pretty, debug) hide no words.
    const text = normalizeLogLine(raw);
    if (text.trim() === '') return;
    node.printed++;
    node.firstPrintedAtMs ??= arrivalMs;
    const name = `node${node.id}`;
    const shift = reader.zoneShiftMin(name);
    const aliasVersion = reader.aliasVersion;
    const { event, stampMs, zoneShiftMin } = reader.readAt(text, { line: node.printed, node: name, arrivalMs, localOffsetMin: localOffsetMinAt(arrivalMs) });
    if (zoneShiftMin !== shift) retimeEvents(events, node.id, zoneShiftMin);
    // A member id linked to its node only now: the leaders earlier lines named by it are that node (as in checkPaste).
    if (reader.aliasVersion !== aliasVersion) {
      for (const [i, e] of events.entries()) {
        const resolved = resolveEventNames(e.event, reader.resolveName);
        if (resolved !== e.event) events[i] = { ...e, event: resolved };
      }
    }
    if (event.kind === 'other') return;
    events.push({ node: node.id, atMs: stampMs ?? arrivalMs, arrivalMs, event });
    if (events.length > 2 * MAX_EVENTS * 3) events.splice(0, events.length - MAX_EVENTS * 3);
  };
}

// A node's events again with its zone-less stamps read `zoneShiftMin` east of the harness's zone (the inferred shift
// changed after they were read: an earlier run's lines in a reused work dir came first).
function retimeEvents(events: NodeEvent[], id: number, zoneShiftMin: number): void {
  for (const [i, e] of events.entries()) {
    const time = e.event.time;
    if (e.node !== id || !time || e.arrivalMs === undefined) continue;
    const atMs = stampInWriterZone(time, e.arrivalMs, zoneShiftMin, localOffsetMinAt);
    if (atMs !== undefined) events[i] = { ...e, atMs };
  }
}

/** Per writer (undefined: any), the `host:port` it was given for each node → that node (LiveReaderOptions.peerAddresses). */
type PeerAddresses = ReadonlyMap<string | undefined, ReadonlyMap<string, string>>;

// The addresses each node was given for the others in its {peers} (`1=127.0.0.1:7001,2=…`; through peer links, a
// proxy's port per link) and, for any writer, each node's own listening address (a leader may announce its own).
function readPeerAddresses(directPeers: string, peersFor: ((id: number) => string) | undefined, count: number): PeerAddresses {
  const parse = (peers: string): Map<string, string> =>
    new Map(peers.split(',').map((entry) => {
      const [id, address] = entry.split('=');
      return [address!, nodeLabel(Number(id))];
    }));
  const book = new Map<string | undefined, ReadonlyMap<string, string>>([[undefined, parse(directPeers)]]);
  if (peersFor) for (let id = 1; id <= count; id++) book.set(nodeLabel(id), parse(peersFor(id)));
  return book;
}

// Files the harness's reading cannot see: a silent node's log written under another name (raft.log, node1.log) in
// its data dir or the work dir since the run started. The harness and the lesson's Verify block read data/nodeN/node.log.
function findOtherLogFiles(workDir: string, ids: readonly number[], sinceMs: number): string[] {
  const written = (dir: string, name: string): boolean => {
    try {
      const stat = statSync(join(workDir, dir, name));
      return stat.isFile() && stat.size > 0 && stat.mtimeMs >= sinceMs - 1000;
    } catch {
      return false;
    }
  };
  const listed = (dir: string): string[] => {
    try {
      return readdirSync(join(workDir, dir));
    } catch {
      return [];
    }
  };
  const files = ids.flatMap((id) => {
    const dir = nodeDataDir(id);
    return listed(dir).filter((name) => name !== NODE_LOG && name !== OUTPUT_LOG && written(dir, name)).map((name) => join(dir, name));
  });
  files.push(...listed('.').filter((name) => /\.(?:log|txt|out)$/i.test(name) && written('.', name)));
  return files;
}

/** What to tell a student whose node printed nothing: it logs to a file of its own, else its stdout is most likely block-buffered. */
function describeSilence(ids: readonly number[], ms: number, otherFiles: readonly string[]): string {
  const who = ids.map((id) => `node${id}`).join(', ');
  if (otherFiles.length > 0) {
    const shown = otherFiles.slice(0, 3).join(', ') + (otherFiles.length > 3 ? ` and ${otherFiles.length - 3} more` : '');
    return (
      `${who} printed nothing in ${(ms / 1000).toFixed(1)} s, but wrote ${shown}: the harness reads what a node prints ` +
      `(stdout and stderr) or writes to data/node{id}/node.log, where the lesson's Verify block greps too. ` +
      `Print your log lines, or write them to {data_dir}/node.log`
    );
  }
  return (
    `${who} printed nothing in ${(ms / 1000).toFixed(1)} s: stdout is probably block-buffered (the default when it is a pipe, ` +
    `as here), so the lines sit in a buffer until it fills or the process exits. Flush after each line: ` +
    `C: setvbuf(stdout, NULL, _IOLBF, 0) at start, or fflush(stdout); or start it as stdbuf -oL ./your-node … (C stdio only); ` +
    `Python: print(..., flush=True) or PYTHONUNBUFFERED=1; Ruby: $stdout.sync = true at start; Perl: $| = 1 at start; ` +
    `Go/Rust/Java: write logs unbuffered (log/eprintln/System.err) or flush per line`
  );
}

class CommandCluster implements ScenarioCluster {
  readonly kind = 'custom' as const;
  readonly nodeIds: readonly number[];
  readonly clientProtocol: ClientProtocol | undefined;
  readonly #nodes: Map<number, CommandNode>;
  readonly #reaper: GroupReaper;
  /** The reaper is the cluster's own, closed by stop(); else its caller's. */
  readonly #ownsReaper: boolean;
  readonly #events: NodeEvent[];
  readonly #client: KvClient | undefined;
  /** Followers that had not shown they follow the leader when it was taken (none logged it, no client answer said so). */
  #unconfirmed: number[] = [];
  readonly #startedAt = Date.now();
  /** Harness clock when a signal was last sent: a new leader's line must come after it. */
  #signalledAt: number | undefined;

  readonly #workDir: string;
  readonly #respawn: (id: number, previous: CommandNode) => CommandNode;
  readonly #links: PeerLinks | undefined;
  readonly peerAddresses: PeerAddresses;

  constructor(
    nodes: CommandNode[],
    reaper: GroupReaper,
    events: NodeEvent[],
    options: { clientProtocol?: ClientProtocol | undefined; workDir: string; respawn: (id: number, previous: CommandNode) => CommandNode; links: PeerLinks | undefined; peerAddresses: PeerAddresses; ownsReaper: boolean },
  ) {
    this.peerAddresses = options.peerAddresses;
    this.#reaper = reaper;
    this.#ownsReaper = options.ownsReaper;
    this.#workDir = options.workDir;
    this.#respawn = options.respawn;
    this.#links = options.links;
    this.#events = events;
    this.clientProtocol = options.clientProtocol;
    this.#nodes = new Map(nodes.map((n) => [n.id, n]));
    this.nodeIds = nodes.map((n) => n.id);
    this.#client = options.clientProtocol
      ? createKvClient({ protocol: options.clientProtocol, clientPorts: new Map(nodes.map((n) => [n.id, n.clientPort])), cwd: options.workDir, requestTimeoutMs: 500 })
      : undefined;
  }

  isRunning(id: number): boolean {
    return this.#node(id).alive();
  }

  async restart(id: number): Promise<void> {
    const previous = this.#node(id);
    await previous.group.stop();
    previous.follower.stop();
    this.#nodes.set(id, this.#respawn(id, previous));
  }

  // A student's node has no status API the harness knows: its role is read from its log lines instead.
  async status(): Promise<NodeStatus | undefined> {
    return undefined;
  }

  partition(groups: readonly (readonly number[])[], latencyMs?: number): void {
    if (!this.#links) throw new VerifyLessonError('USAGE', 'partition needs a cluster started with peerLinks: true');
    this.#links.partition(groups, latencyMs);
  }

  heal(): void {
    this.#links?.heal();
  }

  /** Followers not known to follow the leader when it was taken (they logged nothing naming it). */
  unconfirmedFollowers(): readonly number[] {
    return this.#unconfirmed;
  }

  lingering(id: number): readonly TaggedProcess[] {
    return this.#node(id).group.lingering();
  }

  processNotes(): string[] {
    const nodes = [...this.#nodes.values()].filter((node) => node.escaped.size > 0);
    if (nodes.length === 0) return [];
    const shown = nodes.map((node) => {
      const [first] = node.escaped.values();
      return `node${node.id}: ${describeProcess(first!, 80)}${node.escaped.size > 1 ? ` and ${node.escaped.size - 1} more` : ''}`;
    });
    return [
      `your --cluster command left processes running outside the process group it started in (${shown.join('; ')}): setsid, a daemon's ` +
        `double fork, or timeout/script not run first (they make a group of their own), where a signal to the group does not reach. The ` +
        `harness found them by an environment variable every process your command starts inherits, and signalled and stopped them with ` +
        `their node (Linux only: elsewhere they keep running, unkilled) — keep your node in the command's foreground (no setsid or ` +
        `daemonizing; \`exec timeout …\`, or \`timeout --foreground\`)`,
    ];
  }

  #node(id: number): CommandNode {
    const node = this.#nodes.get(id);
    if (!node) throw new VerifyLessonError('USAGE', `no node ${id} in this cluster of ${this.#nodes.size}`);
    return node;
  }

  // Before a kill: the processes that left their group are then known, and signalled with the group, not after a look.
  #lookForEscapes(): void {
    for (const node of this.#nodes.values()) noteEscapes(node);
  }

  #pollLogs(): void {
    for (const node of this.#nodes.values()) node.follower.poll();
  }

  logPath(id: number): string {
    return this.#node(id).logPath;
  }

  clientUrl(): string | undefined {
    return undefined;
  }

  pid(id: number): number | undefined {
    return this.#node(id).group.pid;
  }

  clientPort(id: number): number {
    return this.#node(id).clientPort;
  }

  // NODE_EXITED naming every node (but `exclude`) that has exited, how, its last output and where its log is.
  #throwIfExited(exclude: number | undefined, phase: 'started' | 'running'): void {
    const dead = [...this.#nodes.values()].filter((n) => n.id !== exclude && !n.alive());
    if (dead.length === 0) return;
    throw nodeExitedError(
      dead.map((n) => ({ id: n.id, exit: n.group.exit, output: n.output, logPath: n.logPath })),
      phase,
      this.#workDir,
    );
  }

  assertRunning(): void {
    this.#throwIfExited(undefined, 'started');
  }

  async waitForLeader(options: { timeoutMs: number; exclude?: number; expected?: number }): Promise<number> {
    const since = options.exclude === undefined ? 0 : (this.#signalledAt ?? Date.now()) - 1;
    const startedWaiting = Date.now();
    const deadline = startedWaiting + options.timeoutMs;
    const settledAt = Math.min(this.#startedAt + EXPECTED_LEADER_SETTLE_MS, deadline);
    let waitingFor: { leader: number; unshown: number[] } | undefined;
    while (Date.now() < deadline) {
      this.#throwIfExited(options.exclude, 'running');
      this.#pollLogs();
      const claim = findLeader(this.#events, { sinceMs: since, nodes: this.nodeIds, ...(options.exclude === undefined ? {} : { exclude: options.exclude }) });
      if (options.expected !== undefined && options.exclude === undefined) {
        // Trust the caller's leader, but give the cluster its moment to elect (or to say so) first.
        if (claim?.leader === options.expected || Date.now() >= settledAt) return options.expected;
      } else if (claim && options.exclude !== undefined) return claim.leader;
      else if (claim) {
        // The first leader is killed only once every follower has shown it follows it: a follower that never heard
        // from it (still starting, or between elections) would have nothing to detect.
        const shown = findFollowersShown(this.#events, claim);
        const unshown = this.nodeIds.filter((id) => id !== claim.leader && !shown.has(id));
        for (const id of [...unshown]) if ((await this.#askWhoLeads(id)) === claim.leader) unshown.splice(unshown.indexOf(id), 1);
        waitingFor = { leader: claim.leader, unshown };
        if (unshown.length === 0) {
          this.#unconfirmed = [];
          this.#lookForEscapes();
          return claim.leader;
        }
        // Followers that never say whom they follow: once nobody campaigned for a while and each of them has printed
        // for as long (one that only just started has not heard from the leader yet: CI's node3 started 15 ms before
        // the kill), go. A follower that names another leader of the claim's term or later is not quiet: the claim is stale.
        const followsOther = findFollowersOfOther(this.#events, claim);
        const quietSince = Math.max(claim.atMs, startedWaiting);
        const isQuiet = (node: CommandNode): boolean => node.firstPrintedAtMs !== undefined && Date.now() - Math.max(quietSince, node.firstPrintedAtMs) >= QUIET_LEADERSHIP_MS;
        if (!electionSince(this.#events, claim) && unshown.every((id) => isQuiet(this.#node(id)) && !followsOther.has(id))) {
          this.#unconfirmed = unshown;
          this.#lookForEscapes();
          return claim.leader;
        }
      }
      await delay(20);
    }
    const silent = [...this.#nodes.values()].filter((n) => n.printed === 0 && n.id !== options.exclude).map((n) => n.id);
    if (silent.length > 0) {
      const silentMs = Date.now() - (options.exclude === undefined ? this.#startedAt : startedWaiting);
      throw new VerifyLessonError('CLUSTER_TIMEOUT', describeSilence(silent, silentMs, findOtherLogFiles(this.#workDir, silent, this.#startedAt)));
    }
    if (waitingFor) {
      throw new VerifyLessonError(
        'CLUSTER_TIMEOUT',
        `${waitingFor.unshown.map((id) => `node${id}`).join(' and ')} never showed it follows leader node${waitingFor.leader} within ${options.timeoutMs} ms (no line naming node${waitingFor.leader} as its leader${this.#client ? ', and its client port did not point there' : ''}; the leader was not killed)`,
      );
    }
    // Nodes that cannot reach each other never elect, however they word it: the port is the cause to name.
    const deaf = [...this.#nodes.values()].filter((n) => n.id !== options.exclude && n.alive() && isListening(n.port) === false);
    if (deaf.length > 0) {
      const all = deaf.length === [...this.#nodes.values()].filter((n) => n.id !== options.exclude && n.alive()).length;
      throw new VerifyLessonError(
        'CLUSTER_TIMEOUT',
        `no node logged that it became leader within ${options.timeoutMs} ms: ${all && deaf.length > 1 ? 'none of them' : deaf.map((n) => `node${n.id}`).join(' and ')} listens on ` +
          `the port the harness gave it (${deaf.map((n) => `node${n.id} ${n.port}`).join(', ')}: its {port}, its own address in {peers}), so its peers cannot reach it — listen on that port`,
      );
    }
    throw new VerifyLessonError(
      'CLUSTER_TIMEOUT',
      `no node logged that it became leader within ${options.timeoutMs} ms (looked for lines like "became leader", "won election", "I am the leader", or followers' "leader is nodeN"; pass --leader N if yours says it differently)`,
    );
  }

  // A follower's client port answering "not the leader, ask X" shows whom it follows (undefined: no answer saying so).
  async #askWhoLeads(id: number): Promise<number | undefined> {
    if (!this.#client) return undefined;
    return this.#client.whoLeads(id);
  }

  // To the node's process group, like Ctrl+C in its terminal: a wrapper script (`sh run.sh`, `make run`) and the
  // node it started both get it, so a wrapper cannot die while its node keeps leading.
  sendSignal(id: number, signal: NodeJS.Signals): void {
    const node = this.#node(id);
    if (!node.alive()) return;
    this.#pollLogs();
    this.#signalledAt = Date.now();
    node.group.signal(signal);
    noteEscapes(node);
  }

  async waitExited(id: number, timeoutMs: number): Promise<boolean> {
    return this.#node(id).group.waitSettled(timeoutMs);
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.#nodes.values()].map(async (node) => {
        noteEscapes(node);
        await node.group.stop();
        node.follower.stop();
      }),
    );
    await this.#links?.close();
    if (this.#ownsReaper) await within(this.#reaper.close(), STOP_GRACE_MS);
  }
}

// Runs a student's node N times from a command template. Each node's stdout+stderr go to data/nodeN/output.log
// and, unless the node writes data/nodeN/node.log itself, to node.log too (where the lesson's Verify block looks).
export async function startCommandCluster(options: CommandClusterOptions): Promise<ScenarioCluster> {
  const capBytes = options.outputCapBytes ?? 1024 * 1024;
  const template = { workDir: options.workDir, command: options.command };
  const count = options.nodes;
  const ports = await findFreePorts(2 * count);
  const links = options.peerLinks ? await createPeerLinks(ports.slice(0, count)) : undefined;
  const directPeers = Array.from({ length: count }, (_, i) => `${i + 1}=127.0.0.1:${ports[i]}`).join(',');
  const peerAddresses = readPeerAddresses(directPeers, links ? (id) => links.peersFor(id) : undefined, count);
  const nodes: CommandNode[] = [];
  const reaper = options.reaper ?? createGroupReaper({ watchdog: true });
  const events: NodeEvent[] = [];
  const compiled = options.patterns ? undefined : compileEventPatterns();
  const patterns = options.patterns ?? (compiled?.ok ? compiled.patterns : undefined)!;
  const pushLine = createEventSink(patterns, events, peerAddresses);
  const clusterOptions = { clientProtocol: options.client, workDir: options.workDir, respawn: spawnNode, links, peerAddresses, ownsReaper: options.reaper === undefined };
  try {
    // Node 1 first, the others once it listens (or printed, or after a head start): it is then the likely first
    // leader, as the lesson's Verify block (`--id 1`) assumes, without touching the student's code.
    nodes.push(spawnNode(1));
    if (count > 1) await waitUntilListening(ports[0]!, FIRST_NODE_HEAD_START_MS, () => nodes[0]!.printed > 0 || !nodes[0]!.alive());
    for (let id = 2; id <= count; id++) nodes.push(spawnNode(id));
  } catch (error) {
    // A node that could not be set up (a data dir or log not writable): stop the ones already running.
    await new CommandCluster(nodes, reaper, events, clusterOptions).stop();
    throw error;
  }
  return new CommandCluster(nodes, reaper, events, clusterOptions);

  // A restart keeps the lines seen so far and follows node.log from its current end.
  function spawnNode(id: number, previous?: CommandNode): CommandNode {
    {
      const i = id - 1;
      const peers = links ? links.peersFor(id) : directPeers;
      const dataDir = nodeDataDir(id);
      mkdirSync(join(options.workDir, dataDir), { recursive: true });
      const logPath = join(options.workDir, dataDir, NODE_LOG);
      const command = expandClusterCommand(options.command, {
        id: String(id),
        peers,
        port: String(ports[i]),
        client_port: String(ports[count + i]),
        data_dir: dataDir,
      });
      const logFd = openSync(logPath, 'a');
      const outputFd = openSync(join(options.workDir, dataDir, OUTPUT_LOG), 'a');
      const group = startProcessGroup('sh', ['-c', execLine(command)], { cwd: options.workDir, reaper, tag: createGroupTag() });
      const child = group.child;
      let written = 0;
      let mirrored = fstatSync(logFd).size;
      let nodeOwnsLog = false;
      const node: CommandNode = {
        id,
        logPath,
        port: ports[i]!,
        clientPort: ports[count + i]!,
        group,
        alive: aliveCheck(group),
        escaped: new Map(),
        printed: previous ? previous.printed : 0,
        ...(previous?.firstPrintedAtMs === undefined ? {} : { firstPrintedAtMs: previous.firstPrintedAtMs }),
        output: NO_OUTPUT,
        exited: Promise.resolve(),
        follower: followLog(logPath, (line) => pushLine(node, line, Date.now()), { intervalMs: 50, fromEnd: previous !== undefined }),
      };
      const write = (text: Buffer): void => {
        writeSync(outputFd, text);
        if (!nodeOwnsLog) {
          // The file grew by more than we put in it: the node writes its own node.log, stop mirroring into it.
          if (fstatSync(logFd).size > mirrored) nodeOwnsLog = true;
          else mirrored += writeSync(logFd, text);
        }
      };
      const stream = (): ((chunk: Buffer) => void) => {
        const decoder = new StringDecoder('utf8');
        let partial = '';
        return (chunk) => {
          if (written >= capBytes) return;
          const room = capBytes - written;
          const slice = chunk.length > room ? chunk.subarray(0, room) : chunk;
          write(slice);
          written += slice.length;
          if (written >= capBytes) write(Buffer.from(`\n[verify-lesson: node${id} output capped at ${capBytes} bytes]\n`));
          const parts = (partial + decoder.write(slice)).split('\n');
          partial = parts.pop() ?? '';
          if (partial.length > 64 * 1024) partial = '';
          const atMs = Date.now();
          // Mirrored lines reach `lines` through the node.log follower; an owned node.log leaves output to us.
          for (const line of parts) {
            node.output = readOutputTail(node.output, line, template);
            if (nodeOwnsLog) pushLine(node, line, atMs);
          }
        };
      };
      child.stdout!.on('data', stream());
      child.stderr!.on('data', stream());
      node.exited = group.exited.then(() => {
        closeSync(logFd);
        closeSync(outputFd);
      });
      return node;
    }
  }
}

/** How long a look at a node's processes (once its command exited) is taken as current: /proc is not free to read. */
const LINGERING_LOOK_MS = 250;

// Alive while the command runs; after it, while a look at most LINGERING_LOOK_MS old saw a process it started.
function aliveCheck(group: ProcessGroup): () => boolean {
  let lookedAt = 0;
  let seen = false;
  return () => {
    if (group.exit === undefined) return true;
    if (Date.now() - lookedAt >= LINGERING_LOOK_MS) {
      lookedAt = Date.now();
      seen = group.lingering().length > 0;
    }
    return seen;
  };
}

// Remembers the node's processes outside its process group, for the run's notes.
function noteEscapes(node: CommandNode): void {
  for (const p of node.group.lingering()) if (p.pgid !== node.group.pid && !node.escaped.has(p.pid)) node.escaped.set(p.pid, p);
}
