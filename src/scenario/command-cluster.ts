import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { registerCleanup } from '../cluster/cleanup-on-exit.js';
import { findFreePorts } from '../cluster/find-free-ports.js';
import { VerifyLessonError } from '../errors.js';
import type { ScenarioCluster } from './scenario-cluster.js';

export interface CommandClusterOptions {
  readonly workDir: string;
  /** e.g. `./kv_node --id {id} --peers {peers} --port {port} --data {data_dir}` */
  readonly command: string;
  readonly nodes: number;
  /** Per node; past it the output is dropped with one marker line (default 1 MiB). */
  readonly outputCapBytes?: number;
}

/** A log line saying a node leads: "became leader", "now leader", "won election", "state=leader", "role: leader". */
const LEADER_LINE = /\b(became|becoming|now|is|am)( the)? leader\b|won (the )?election|elected( as)? leader|(state|role)[=: ]+"?leader\b/i;

// {id} {peers} {port} {client_port} {data_dir} → values; the result runs through `sh -c` so the template may quote.
export function expandClusterCommand(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(id|peers|port|client_port|data_dir)\}/g, (_, key: string) => values[key]!);
}

interface CommandNode {
  readonly id: number;
  readonly logPath: string;
  child: ChildProcess;
  exited: Promise<void>;
  running: boolean;
  /** Arrival time (harness clock) and text of every line the node printed. */
  readonly lines: { atMs: number; text: string }[];
}

class CommandCluster implements ScenarioCluster {
  readonly kind = 'custom' as const;
  readonly nodeIds: readonly number[];
  readonly #nodes: Map<number, CommandNode>;
  readonly #unregister: () => void;

  constructor(nodes: CommandNode[]) {
    this.#nodes = new Map(nodes.map((n) => [n.id, n]));
    this.nodeIds = nodes.map((n) => n.id);
    this.#unregister = registerCleanup(() => {
      for (const node of this.#nodes.values()) if (node.running) process.kill(-node.child.pid!, 'SIGKILL');
    });
  }

  #node(id: number): CommandNode {
    const node = this.#nodes.get(id);
    if (!node) throw new VerifyLessonError('USAGE', `no node ${id} in this cluster of ${this.#nodes.size}`);
    return node;
  }

  logPath(id: number): string {
    return this.#node(id).logPath;
  }

  pid(id: number): number | undefined {
    return this.#node(id).child.pid;
  }

  async waitForLeader(options: { timeoutMs: number; exclude?: number; expected?: number }): Promise<number> {
    const since = options.exclude === undefined ? 0 : Date.now() - 1;
    const deadline = Date.now() + options.timeoutMs;
    while (Date.now() < deadline) {
      const dead = [...this.#nodes.values()].filter((n) => !n.running && n.id !== options.exclude);
      if (dead.length > 0) {
        throw new VerifyLessonError('NODE_EXITED', `${dead.map((n) => `node${n.id}`).join(', ')} exited (see ${dead[0]!.logPath})`);
      }
      if (options.expected !== undefined && options.exclude === undefined) return options.expected;
      let best: { id: number; atMs: number } | undefined;
      for (const node of this.#nodes.values()) {
        if (node.id === options.exclude) continue;
        const line = node.lines.findLast((l) => l.atMs >= since && LEADER_LINE.test(l.text));
        if (line && (!best || line.atMs > best.atMs)) best = { id: node.id, atMs: line.atMs };
      }
      if (best) return best.id;
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

  sendSignal(id: number, signal: NodeJS.Signals): void {
    const node = this.#node(id);
    if (node.running) process.kill(node.child.pid!, signal);
  }

  async waitExited(id: number, timeoutMs: number): Promise<boolean> {
    const node = this.#node(id);
    if (!node.running) return true;
    return Promise.race([node.exited.then(() => true), delay(timeoutMs).then(() => false)]);
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.#nodes.values()].map(async (node) => {
        if (!node.running) return;
        try {
          process.kill(-node.child.pid!, 'SIGCONT');
          process.kill(-node.child.pid!, 'SIGTERM');
        } catch {
          // already gone
        }
        if (!(await this.waitExited(node.id, 2000))) {
          try {
            process.kill(-node.child.pid!, 'SIGKILL');
          } catch {
            // already gone
          }
          await node.exited;
        }
      }),
    );
    this.#unregister();
  }
}

// Runs a student's node N times from a command template; each node's stdout+stderr become data/nodeN/node.log.
export async function startCommandCluster(options: CommandClusterOptions): Promise<ScenarioCluster> {
  const capBytes = options.outputCapBytes ?? 1024 * 1024;
  const count = options.nodes;
  const ports = await findFreePorts(2 * count);
  const peers = Array.from({ length: count }, (_, i) => `${i + 1}=127.0.0.1:${ports[i]}`).join(',');
  const nodes: CommandNode[] = [];
  for (let i = 0; i < count; i++) {
    const id = i + 1;
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
    const child = spawn('sh', ['-c', `exec ${command}`], { cwd: options.workDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const fd = openSync(logPath, 'a');
    let written = 0;
    let partial = '';
    const node: CommandNode = { id, logPath, child, running: true, lines: [], exited: Promise.resolve() };
    const take = (chunk: Buffer): void => {
      if (written >= capBytes) return;
      const room = capBytes - written;
      const slice = chunk.length > room ? chunk.subarray(0, room) : chunk;
      writeSync(fd, slice);
      written += slice.length;
      if (written >= capBytes) writeSync(fd, `\n[verify-lesson: node${id} output capped at ${capBytes} bytes]\n`);
      const text = partial + slice.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      const atMs = Date.now();
      for (const line of parts) node.lines.push({ atMs, text: line });
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    node.exited = new Promise((resolveExit) => {
      child.once('close', () => {
        node.running = false;
        closeSync(fd);
        resolveExit();
      });
      child.once('error', () => {
        node.running = false;
        resolveExit();
      });
    });
    nodes.push(node);
  }
  return new CommandCluster(nodes);
}
