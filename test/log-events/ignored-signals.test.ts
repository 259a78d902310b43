import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const killLines = (line: string): number[] =>
  readLogText(['12:00:00.000 node2: heartbeat from leader node1 (term 3)', line].join('\n'), patterns)
    .events.filter((e) => e.kind === 'kill')
    .map((e) => e.line + 1);

describe("a node's own line saying it ignored a signal is no kill", () => {
  it.each([
    '12:00:01.000 node1: caught SIGTERM (ignored: set KV_GRACEFUL=1 to drain and exit)',
    '12:00:01.000 [node1] ignoring SIGTERM (no drain handler installed)',
    '12:00:01.000 node1: SIGINT ignored',
    '12:00:01.000 node1: received SIGTERM: ignored while leader',
    '12:00:01.000 node1: received SIGTERM, ignoring it (no graceful stop implemented)',
  ])('%s', (line) => {
    expect(killLines(line)).toEqual([]);
  });

  it.each([
    '12:00:01.000 node1: caught SIGTERM, shutting down (further signals ignored)',
    '12:00:01.000 node1: received SIGTERM, ignoring further signals, exiting',
    '12:00:01.000 node1: caught SIGTERM, shutting down',
  ])('but a shutdown that ignores later signals is a kill: %s', (line) => {
    expect(killLines(line)).toEqual([2]);
  });

  it.each([
    '12:00:01.000 node1: received SIGTERM, shutting down (SIGNALS ignored while draining)',
    '12:00:01.000 node1: caught SIGTERM, shutting down; SIGNAL ignored while exiting',
  ])('a SIG-word that is no signal\'s name (SIGNAL_NAMES) says no signal was ignored: %s', (line) => {
    expect(killLines(line)).toEqual([2]);
  });
});

describe('the record of sending a signal the node says it ignored (adv55c-05)', () => {
  const kills = (lines: string[]) => readLogText(lines.join('\n'), patterns).events.filter((e) => e.kind === 'kill').map((e) => e.line + 1);
  const paste = (ownLine: string) => [
    '$ ./stop.sh 6233',
    '10:26:56.836 stop: sending SIGTERM to node1 (pid 6233)',
    '10:26:58.879 stop: grace period over, sending SIGKILL to node1',
    '2026-12-05 10:26:56,665 INFO node1: became leader (term 1)',
    ownLine,
  ];

  it('is no kill either: the SIGKILL after the grace period is the one left', () => {
    expect(kills(paste('2026-12-05 10:26:56,890 INFO node1: received SIGTERM, ignoring it (no graceful stop implemented)'))).toEqual([3]);
  });

  it('near misses: a node that shut down keeps the record; one ignoring a signal 2 s later does not drop it', () => {
    expect(kills(paste('2026-12-05 10:26:56,890 INFO node1: received SIGTERM, shutting down'))).toEqual([2, 3, 5]);
    expect(kills(paste('2026-12-05 10:26:58,890 INFO node1: received SIGTERM, ignoring it'))).toEqual([2, 3]);
  });
});

describe("the record of a signal sent from a section of its own, the node's line saying it ignored it (adv55f-07)", () => {
  it('is no kill: the SIGKILL record is the one left', () => {
    const text = [
      '$ date +%T.%N; kill -9 2888',
      '10:53:48.468348806',
      '==> stop.log <==',
      '2026-12-05T10:53:46.440 INFO  stop: sending SIGTERM to node1 (pid 2888)',
      '==> data/node1/node.log <==',
      '2026-12-05T10:53:45.760 INFO  node1: became leader (term 1)',
      '2026-12-05T10:53:46.446 WARN  node1: caught SIGTERM (ignored; send SIGKILL to stop)',
    ].join('\n');
    const events = readLogText(text, patterns).events;
    expect(events.filter((e) => e.kind === 'kill').map((e) => [e.line + 1, e.signal])).toEqual([[2, 'KILL']]);
  });
});
