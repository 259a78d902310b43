// The replicated state machine: an in-memory Map rebuilt on every start by re-applying the committed log.
import type { Entry } from '../raft/types.js';

export type KvCommand =
  | { readonly op: 'put'; readonly key: string; readonly value: string }
  | { readonly op: 'delete'; readonly key: string }
  /** Adds `value` to the end of the key's value (a missing key counts as ""). */
  | { readonly op: 'append'; readonly key: string; readonly value: string }
  /** A read that goes through the log, so its answer is linearizable. */
  | { readonly op: 'get'; readonly key: string };

export type KvResult =
  | { readonly op: 'put' }
  | { readonly op: 'append' }
  | { readonly op: 'delete'; readonly existed: boolean }
  | { readonly op: 'get'; readonly value: string | undefined };

// What the KV layer puts in Entry.data.
export function encodeKvCommand(command: KvCommand): string {
  return JSON.stringify(command);
}

// Undefined for anything that is not a KvCommand (such an entry is skipped, identically on every node).
export function parseKvCommand(data: string): KvCommand | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  const command = value as Record<string, unknown>;
  if (typeof command?.key !== 'string') return undefined;
  if ((command.op === 'put' || command.op === 'append') && typeof command.value === 'string') return { op: command.op, key: command.key, value: command.value };
  if (command.op === 'delete' || command.op === 'get') return { op: command.op, key: command.key };
  return undefined;
}

// Deterministic: the same entries in the same order give the same map on every node.
export class KvStateMachine {
  readonly #data = new Map<string, string>();
  #appliedIndex = 0;

  /** Applies one committed entry; undefined for noops and unparseable commands. */
  apply(entry: Entry): KvResult | undefined {
    this.#appliedIndex = entry.index;
    if (entry.type !== 'normal') return undefined;
    const command = parseKvCommand(entry.data);
    if (!command) return undefined;
    switch (command.op) {
      case 'put':
        this.#data.set(command.key, command.value);
        return { op: 'put' };
      case 'append':
        this.#data.set(command.key, (this.#data.get(command.key) ?? '') + command.value);
        return { op: 'append' };
      case 'delete':
        return { op: 'delete', existed: this.#data.delete(command.key) };
      case 'get':
        return { op: 'get', value: this.#data.get(command.key) };
    }
  }

  get(key: string): string | undefined {
    return this.#data.get(key);
  }

  get size(): number {
    return this.#data.size;
  }

  get appliedIndex(): number {
    return this.#appliedIndex;
  }
}
