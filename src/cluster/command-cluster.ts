// A student's own node, run N times from a command template, behind the interface the scenario steps use.
import { closeSync, fstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { setTimeout as delay } from 'node:timers/promises';
import { VerifyLessonError } from '../errors.js';
import { findFreePorts } from '../process/find-free-ports.js';
import { followLog, type LogFollower } from '../process/follow-log.js';
import { startProcessGroup, type ProcessGroup } from '../process/process-group.js';
import { createGroupReaper, type GroupReaper } from '../process/reap-on-exit.js';
import { within } from '../process/within.js';
import { lineTimeMs } from '../proof/line-time.js';
import { createPeerLinks, type PeerLinks } from './peer-links.js';
import type { NodeStatus, ScenarioCluster } from './scenario-cluster.js';

export interface CommandClusterOptions {
  readonly workDir: string;
  /** e.g. `./kv_node --id {id} --peers {peers} --port {port} --data {data_dir}` */
  readonly command: string;
  readonly nodes: number;
  /** Per node; past it the output is dropped with one marker line (default 1 MiB). */
  readonly outputCapBytes?: number;
  /** Route peer traffic through harness-owned proxies, for partition/heal (default false). */
  readonly peerLinks?: boolean;
}

/** A log line saying a node leads: "became leader", "now leader", "won election", "state=leader", "role: leader". */
const LEADER_LINE = /\b(became|becoming|now|is|am)( the)? leader\b|won (the )?election|elected( as)? leader|(state|role)[=: ]+"?leader\b/i;

/** A log line naming the leader, whoever logs it: `leader=2`, `leader: node2`. */
const LEADER_IS = /\bleader\s*[=:]\s*"?(?:node)?(\d+)\b/i;

/** Lines kept per node for finding leader lines (the newest; a flooding node must not fill the memory). */
const MAX_LINES = 5000;
/** A student's node gets this long between SIGTERM and SIGKILL when the cluster stops. */
const STOP_GRACE_MS = 2000;
/** With `expected` (--leader): how long the nodes get to elect when the expected node never says it leads. */
const EXPECTED_LEADER_SETTLE_MS = 1000;

// {id} {peers} {port} {client_port} {data_dir} → values; the result runs through `sh -c` so the template may quote.
export function expandClusterCommand(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(id|peers|port|client_port|data_dir)\}/g, (_, key: string) => values[key]!);
}

interface CommandNode {
  readonly id: number;
  readonly logPath: string;
  readonly group: ProcessGroup;
  /** Resolves once the node exited and its output files are closed. */
  exited: Promise<void>;
  running: boolean;
  /** Follows node.log, which the node may write itself instead of (or as well as) printing. */
  follower: LogFollower;
  /** Arrival time (harness clock, or the line's own timestamp) and text of the node's latest lines. */
  readonly lines: { atMs: number; text: string }[];
  /** The last line the node printed (for a crash report). */
  lastOutput: string;
}

function pushLine(node: CommandNode, text: string, arrivalMs: number): void {
  node.lines.push({ atMs: lineTimeMs(text) ?? arrivalMs, text });
  if (node.lines.length > 2 * MAX_LINES) node.lines.splice(0, node.lines.length - MAX_LINES);
}

class CommandCluster implements ScenarioCluster {
  readonly kind = 'custom' as const;
  readonly nodeIds: readonly number[];
  readonly #nodes: Map<number, CommandNode>;
  readonly #reaper: GroupReaper;
  readonly #startedAt = Date.now();
  /** Harness clock when a signal was last sent: a new leader's line must come after it. */
  #signalledAt: number | undefined;

  readonly #respawn: (id: number, previous: CommandNode) => CommandNode;
  readonly #links: PeerLinks | undefined;

  constructor(nodes: CommandNode[], reaper: GroupReaper, respawn: (id: number, previous: CommandNode) => CommandNode, links: PeerLinks | undefined) {
    this.#reaper = reaper;
    this.#respawn = respawn;
    this.#links = links;
    this.#nodes = new Map(nodes.map((n) => [n.id, n]));
    this.nodeIds = nodes.map((n) => n.id);
  }

  isRunning(id: number): boolean {
    return this.#node(id).running;
  }

  async restart(id: number): Promise<void> {
    const previous = this.#node(id);
    await previous.group.stop({ graceMs: STOP_GRACE_MS });
    await within(previous.exited, STOP_GRACE_MS);
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

  #node(id: number): CommandNode {
    const node = this.#nodes.get(id);
    if (!node) throw new VerifyLessonError('USAGE', `no node ${id} in this cluster of ${this.#nodes.size}`);
    return node;
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

  async waitForLeader(options: { timeoutMs: number; exclude?: number; expected?: number }): Promise<number> {
    const since = options.exclude === undefined ? 0 : (this.#signalledAt ?? Date.now()) - 1;
    const deadline = Date.now() + options.timeoutMs;
    const settledAt = Math.min(this.#startedAt + EXPECTED_LEADER_SETTLE_MS, deadline);
    while (Date.now() < deadline) {
      const dead = [...this.#nodes.values()].filter((n) => !n.running && n.id !== options.exclude);
      if (dead.length > 0) {
        const how = (n: CommandNode): string =>
          n.group.exit?.signal ? ` (killed by ${n.group.exit.signal})` : typeof n.group.exit?.code === 'number' ? ` (exit code ${n.group.exit.code})` : '';
        const last = dead.find((n) => n.lastOutput !== '')?.lastOutput;
        throw new VerifyLessonError(
          'NODE_EXITED',
          `${dead.map((n) => `node${n.id} exited${how(n)}`).join(', ')}${last ? `; last output: "${last.slice(0, 200)}"` : ''} (see ${dead[0]!.logPath})`,
        );
      }
      this.#pollLogs();
      let best: { id: number; atMs: number } | undefined;
      for (const node of this.#nodes.values()) {
        for (let i = node.lines.length - 1; i >= 0; i--) {
          const line = node.lines[i]!;
          if (line.atMs < since || (best && line.atMs <= best.atMs)) break;
          const named = LEADER_LINE.test(line.text) ? node.id : Number(LEADER_IS.exec(line.text)?.[1]);
          if (named !== options.exclude && this.#nodes.has(named)) {
            best = { id: named, atMs: line.atMs };
            break;
          }
        }
      }
      if (options.expected !== undefined && options.exclude === undefined) {
        // Trust the caller's leader, but give the cluster its moment to elect (or to say so) first.
        if (best?.id === options.expected || Date.now() >= settledAt) return options.expected;
      } else if (best) return best.id;
      await delay(20);
    }
    throw new VerifyLessonError(
      'CLUSTER_TIMEOUT',
      `no node logged that it became leader within ${options.timeoutMs} ms (looked for lines like "became leader"; pass --leader N if yours says it differently)`,
    );
  }

  async writeKeys(): Promise<string[]> {
    return [];
  }

  async readKeys(): Promise<number> {
    return 0;
  }

  // To the node's process group, like Ctrl+C in its terminal: a wrapper script (`sh run.sh`, `make run`) and the
  // node it started both get it, so a wrapper cannot die while its node keeps leading.
  sendSignal(id: number, signal: NodeJS.Signals): void {
    const node = this.#node(id);
    if (!node.running) return;
    this.#pollLogs();
    this.#signalledAt = Date.now();
    node.group.signal(signal);
  }

  async waitExited(id: number, timeoutMs: number): Promise<boolean> {
    const node = this.#node(id);
    if (!node.running) return true;
    return within(node.exited, timeoutMs);
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.#nodes.values()].map(async (node) => {
        await node.group.stop({ graceMs: STOP_GRACE_MS });
        await within(node.exited, STOP_GRACE_MS);
        node.follower.stop();
      }),
    );
    await this.#links?.close();
    await within(this.#reaper.close(), STOP_GRACE_MS);
  }
}

// Runs a student's node N times from a command template. Each node's stdout+stderr go to data/nodeN/output.log
// and, unless the node writes data/nodeN/node.log itself, to node.log too (where the lesson's Verify block looks).
export async function startCommandCluster(options: CommandClusterOptions): Promise<ScenarioCluster> {
  const capBytes = options.outputCapBytes ?? 1024 * 1024;
  const count = options.nodes;
  const ports = await findFreePorts(2 * count);
  const links = options.peerLinks ? await createPeerLinks(ports.slice(0, count)) : undefined;
  const directPeers = Array.from({ length: count }, (_, i) => `${i + 1}=127.0.0.1:${ports[i]}`).join(',');
  const nodes: CommandNode[] = [];
  const reaper = createGroupReaper({ watchdog: true });
  try {
    for (let id = 1; id <= count; id++) nodes.push(spawnNode(id));
  } catch (error) {
    // A node that could not be set up (a data dir or log not writable): stop the ones already running.
    await new CommandCluster(nodes, reaper, spawnNode, links).stop();
    throw error;
  }
  return new CommandCluster(nodes, reaper, spawnNode, links);

  // A restart keeps the lines seen so far and follows node.log from its current end.
  function spawnNode(id: number, previous?: CommandNode): CommandNode {
    {
      const i = id - 1;
      const peers = links ? links.peersFor(id) : directPeers;
      const dataDir = join('data', `node${id}`);
      mkdirSync(join(options.workDir, dataDir), { recursive: true });
      const logPath = join(options.workDir, dataDir, 'node.log');
      const command = expandClusterCommand(options.command, {
        id: String(id),
        peers,
        port: String(ports[i]),
        client_port: String(ports[count + i]),
        data_dir: dataDir,
      });
      const logFd = openSync(logPath, 'a');
      const outputFd = openSync(join(options.workDir, dataDir, 'output.log'), 'a');
      const group = startProcessGroup('sh', ['-c', `exec ${command}`], { cwd: options.workDir, reaper });
      const child = group.child;
      let written = 0;
      let mirrored = fstatSync(logFd).size;
      let nodeOwnsLog = false;
      const node: CommandNode = {
        id,
        logPath,
        group,
        running: true,
        lines: previous ? previous.lines : [],
        lastOutput: '',
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
            if (line.trim() !== '') node.lastOutput = line;
            if (nodeOwnsLog) pushLine(node, line, atMs);
          }
        };
      };
      child.stdout!.on('data', stream());
      child.stderr!.on('data', stream());
      node.exited = group.exited.then(() => {
        node.running = false;
        closeSync(logFd);
        closeSync(outputFd);
      });
      return node;
    }
  }
}
