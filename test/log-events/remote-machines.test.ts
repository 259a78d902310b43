import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/read-log-events.js';
import { findRemoteMachine } from '../../src/log-events/remote-machines.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';

describe('findRemoteMachine', () => {
  it('names the machine a remote shell reaches, past its options and user', () => {
    expect(findRemoteMachine("$ vagrant ssh kv1 -c 'tail -n 6 /var/log/kv_node.log'")).toBe('kv1');
    expect(findRemoteMachine("$ vagrant ssh -c 'tail -n 6 kv.log' kv2")).toBe('kv2');
    expect(findRemoteMachine('student@lab:~$ ssh -p 2222 me@Lab3 tail -f kv.log')).toBe('lab3');
    expect(findRemoteMachine("$ date; ssh kv2 'tail kv.log'")).toBe('kv2');
    expect(findRemoteMachine("$ gcloud compute ssh --zone us-east1-b raft-2 --command 'tail kv.log'")).toBe('raft-2');
  });

  it('a command that only mentions ssh, or runs locally, reaches no machine', () => {
    expect(findRemoteMachine('$ grep ssh kv.log')).toBeUndefined();
    expect(findRemoteMachine('$ tail -f data/node1/node.log')).toBeUndefined();
    expect(findRemoteMachine("$ ssh -c 'tail kv.log'")).toBeUndefined();
  });
});

describe('markRemoteMachines (through readLogText)', () => {
  const patterns = compileEventPatterns(undefined);
  if (!patterns.ok) throw new Error(patterns.message);
  const read = (text: string) => readLogText(text, patterns.patterns).events.map((e) => [e.line, e.machine]);

  it("since-boot stamps fetched from two machines carry each line's machine", () => {
    const text = [
      "$ vagrant ssh kv1 -c 'tail -n 2 /var/log/kv_node.log'",
      '[  5021.118204] node1: received SIGTERM, shutting down',
      "$ vagrant ssh kv2 -c 'tail -n 2 /var/log/kv_node.log'",
      '[  4410.337551] node2: heartbeat timeout, no AppendEntries from leader node1, becoming candidate',
    ].join('\n');
    expect(read(text)).toEqual([
      [1, 'kv1'],
      [3, 'kv2'],
    ]);
  });

  it('one machine, or wall-clock stamps, carry none: one boot clock (or the wall clock) is shared', () => {
    const oneMachine = ["$ ssh lab 'tail -n 2 kv1.log kv2.log'", '[  5021.118204] node1: received SIGTERM, shutting down', '[  5021.337551] node2: heartbeat timeout'].join('\n');
    expect(read(oneMachine)).toEqual([
      [1, undefined],
      [2, undefined],
    ]);
    const wall = ["$ ssh kv1 'tail -n 1 kv.log'", '12:00:01.118 node1: received SIGTERM', "$ ssh kv2 'tail -n 1 kv.log'", '12:00:01.337 node2: heartbeat timeout'].join('\n');
    expect(read(wall)).toEqual([
      [1, undefined],
      [3, undefined],
    ]);
  });
});
