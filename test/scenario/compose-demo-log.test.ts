import { describe, expect, it } from 'vitest';
import { CLUSTER_RUN_MARK, REFERENCE_MARK } from '../../src/proof/reference-mark.js';
import { composeDemoLog, type NodeLogSlice } from '../../src/scenario/compose-demo-log.js';

const slices: NodeLogSlice[] = [
  { node: 1, relativePath: 'data/node1/node.log', lines: ['2026-11-26T19:30:00.900Z node1 INFO  received SIGTERM, shutting down'] },
  {
    node: 2,
    relativePath: 'data/node2/node.log',
    lines: [
      '2026-11-26T19:30:00.905Z node2 WARN  connection to leader node1 lost (EOF) — leader may be down',
      '2026-11-26T19:30:01.120Z node2 WARN  heartbeat timeout — no message from leader node1 in 212ms',
    ],
  },
  { node: 3, relativePath: 'data/node3/node.log', lines: ['2026-11-26T19:30:01.125Z node3 INFO  election timeout fired, becoming candidate'] },
];

describe('composeDemoLog', () => {
  it('puts the reference mark on the first line for the bundled cluster', () => {
    const log = composeDemoLog(slices, { reference: true });
    expect(log.split('\n')[0]).toBe(REFERENCE_MARK);
  });

  it('prefixes every line grep-style with its file, in slice order, and ends with a newline', () => {
    const log = composeDemoLog(slices, { reference: false });
    expect(log).toBe(
      [
        CLUSTER_RUN_MARK,
        'data/node1/node.log:2026-11-26T19:30:00.900Z node1 INFO  received SIGTERM, shutting down',
        'data/node2/node.log:2026-11-26T19:30:00.905Z node2 WARN  connection to leader node1 lost (EOF) — leader may be down',
        'data/node2/node.log:2026-11-26T19:30:01.120Z node2 WARN  heartbeat timeout — no message from leader node1 in 212ms',
        'data/node3/node.log:2026-11-26T19:30:01.125Z node3 INFO  election timeout fired, becoming candidate',
      ].join('\n') + '\n',
    );
    expect(log).not.toContain(REFERENCE_MARK);
  });

  it('puts the harness kill line (SIGKILL/SIGSTOP) right after the mark and before every node line, unprefixed', () => {
    const kill = '2026-11-26T19:30:00.899Z harness INFO  killed leader node1 with SIGKILL (kill -KILL 4242)';
    const lines = composeDemoLog(slices.slice(1), { reference: true, harnessKillLine: kill }).trimEnd().split('\n');
    expect(lines[0]).toBe(REFERENCE_MARK);
    expect(lines[1]).toBe(kill);
    expect(lines.slice(2).every((l) => /^data\/node[23]\/node\.log:2026-/.test(l))).toBe(true);
    expect(lines).toHaveLength(5);
  });

  it('writes just the mark when no node logged anything', () => {
    expect(composeDemoLog([{ node: 2, relativePath: 'data/node2/node.log', lines: [] }], { reference: true })).toBe(`${REFERENCE_MARK}\n`);
  });
});
