// Properties of checkPaste on arbitrary input: it never throws, and its timing verdict depends on time
// differences only (not on the absolute times, nor on the order in which lines were pasted).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import type { Verdict } from '../../src/proof/verdict.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');
const BASE = Date.UTC(2026, 10, 26, 19, 30, 1);

// Verdict, problem codes and measurements; `ignore` drops codes that are about line order by design.
const summary = (v: Verdict, ignore: readonly string[] = []) => ({
  passed: v.passed,
  checks: v.checks.map((c) => [
    c.id,
    c.status,
    [...new Set(c.findings.filter((f) => f.severity !== 'info' && !ignore.includes(f.code)).map((f) => f.code))].sort(),
  ]),
  leader: v.measurements?.leader,
  followers: v.measurements?.followers.map((f) => [f.node, f.status, f.detectionMs, f.via, f.heartbeatMs, f.connectionMs]),
});

// A timestamped paste: a kill line and follower lines, each at an offset (ms) from the kill.
interface Event {
  readonly node: number;
  readonly offsetMs: number;
  readonly message: string;
}
const MESSAGES = [
  'INFO  connection to leader node1 lost (EOF)',
  'WARN  heartbeat timeout — no message from leader in 300ms',
  'DEBUG append entries from leader node1 ok',
  'INFO  election timeout, becoming candidate',
  'INFO  granted vote to node3',
];
const event = fc.record({ node: fc.integer({ min: 2, max: 4 }), offsetMs: fc.integer({ min: -2000, max: 2000 }), message: fc.constantFrom(...MESSAGES) });
const scenario = fc.record({ killOffset: fc.integer({ min: -100, max: 100 }), events: fc.array(event, { minLength: 0, maxLength: 12 }) });

type Format = (ms: number) => string;
const FORMATS: Record<string, Format> = {
  iso: (ms) => new Date(ms).toISOString(),
  bare: (ms) => new Date(ms).toISOString().slice(11, 23),
  epochMs: (ms) => String(ms),
  go: (ms) => new Date(ms).toISOString().slice(0, 23).replace('T', ' ').replace(/-/g, '/'),
};

function render(s: { killOffset: number; events: readonly Event[] }, shiftMs: number, format: Format): string[] {
  return [
    `${format(BASE + s.killOffset + shiftMs)} node1 INFO  received SIGTERM, shutting down`,
    ...s.events.map((e) => `${format(BASE + e.offsetMs + shiftMs)} node${e.node} ${e.message}`),
  ];
}

describe('checkPaste properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const verdict = checkPaste(lesson, text);
        expect(typeof verdict.passed).toBe('boolean');
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(typeof checkPaste(lesson, bytes).passed).toBe('boolean');
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on log-like text with mangled timestamps and names', () => {
    const piece = fc.constantFrom('2026-11-26T19:30:01.', '19:30:', '[n', 'node', '2', ']', ' ', ':', '{"ts":', '"node":', '}', '$ ', 'kill', 'EOF', 'heartbeat timeout', '\n', '\r\n', '\x1b[31m', 'Nov 26 ', '1795721401', '.123', '==> ', ' <==', '|', '=', '\0', '—');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const verdict = checkPaste(lesson, pieces.join(''));
        expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
      }),
      { numRuns: 1500 },
    );
  });

  for (const [name, format] of Object.entries(FORMATS)) {
    it(`shifting every timestamp by a constant keeps the verdict and the measurements (${name})`, () => {
      fc.assert(
        fc.property(scenario, fc.integer({ min: -40 * 86_400_000, max: 40 * 86_400_000 }), (s, shift) => {
          const before = checkPaste(lesson, render(s, 0, format).join('\n'));
          const after = checkPaste(lesson, render(s, shift, format).join('\n'));
          expect(summary(after)).toEqual(summary(before));
          if (before.measurements?.killAtMs != null && name !== 'bare') {
            expect(after.measurements!.killAtMs! - before.measurements.killAtMs).toBe(shift);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  // TIMESTAMPS_BACKWARDS and LINES_NEWEST_FIRST are about the order lines were pasted in, so a shuffle may add or remove them.
  it('shuffling the lines of a timestamped paste keeps the verdict', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) => {
          const lines = render(s, 0, FORMATS.iso!);
          return fc.tuple(fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }));
        }),
        ([lines, shuffled]) => {
          const ignore = ['TIMESTAMPS_BACKWARDS', 'LINES_NEWEST_FIRST'];
          expect(summary(checkPaste(lesson, shuffled.join('\n')), ignore)).toEqual(summary(checkPaste(lesson, lines.join('\n')), ignore));
        },
      ),
      { numRuns: 500 },
    );
  });
});
