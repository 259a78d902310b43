// A C node that logs INFO with printf and warnings with fprintf(stderr) into one file (`> node2.log 2>&1`): stdout is
// fully buffered there (no terminal), stderr is not, so the warnings reach the file first and the INFO lines follow in
// a block (at exit, or 4096 bytes at a time). TIMESTAMPS_BACKWARDS names that cause and its fixes instead of asking
// "another run?"; where the lines do not run that way (a second copy, chunks out of order) it still asks. No verdict
// moves. The pastes are real captures of fixtures/nodes/c-stdio-mixed/stdio_node.c run by its run-demo.sh, and the
// live tests run it again.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFindingMessage } from '../../src/findings/format-finding.js';
import type { Finding } from '../../src/findings/finding.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson, ROOT } from './helpers.js';

const DIR = join(ROOT, 'fixtures/nodes/c-stdio-mixed');
const W12 = loadLesson('w12-l03');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const backwards = (paste: string): Finding[] =>
  checkPaste(W12, paste).checks.flatMap((c) => c.findings).filter((f) => f.code === 'TIMESTAMPS_BACKWARDS');
const FIXES = ['setvbuf(stdout, NULL, _IOLBF, 0)', 'fflush(stdout)', 'stdbuf -oL'];

function expectBuffered(finding: Finding | undefined, node: string): void {
  expect(finding?.args.node).toBe(node);
  const message = formatFindingMessage(finding!);
  for (const fix of FIXES) expect(message).toContain(fix);
  expect(message).toContain('buffered');
  expect(message).not.toContain('another run');
}

describe('a captured C node whose stdout was flushed at exit', () => {
  const paste = read('exit-flush.paste.log');

  it('names stdout buffering for both followers, with the block and the lines it went back over', () => {
    const [node2, node3] = backwards(paste);
    expectBuffered(node2, 'node2');
    expectBuffered(node3, 'node3');
    expect(node2!.args).toMatchObject({ line: 35, previousLine: 34, buffered: { firstLine: 35, lastLine: 61, overtakenFirstLine: 31, overtakenLastLine: 34 } });
    expect(formatFindingMessage(node2!)).toMatch(/^node2's time goes back 1667 ms at line 35 \(after line 34\): its lines 35-61 run in time order from before its lines 31-34 to after them/);
  });

  it('passes as before, each follower timed from its EOF line', () => {
    const verdict = checkPaste(W12, paste);
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.followers.map((f) => [f.node, f.status, f.detectionMs])).toEqual([['node2', 'detected', 0], ['node3', 'detected', 0]]);
  });
});

describe('a captured C node whose stdout filled its 4096-byte buffer before the kill', () => {
  const paste = read('full-buffer-flush.paste.log');

  it('names stdout buffering too', () => {
    const [node2, node3] = backwards(paste);
    expectBuffered(node2, 'node2');
    expectBuffered(node3, 'node3');
  });

  it('passes as before', () => {
    expect(checkPaste(W12, paste).passed).toBe(true);
  });
});

describe('time going back another way still asks about another run', () => {
  // The capture's logs as line-buffered nodes write them: each node's lines in time order (its stamps lead its lines).
  const lines = read('exit-flush.paste.log').split('\n');
  const logOf = (node: string): string[] => lines.filter((l) => l.includes(`[${node}]`)).sort();
  const [commands, node1, node2, node3] = [lines.filter((l) => !l.includes('[node')), logOf('node1'), logOf('node2'), logOf('node3')];

  it('a second copy of the log', () => {
    const [finding, ...rest] = backwards([...commands, ...node1, ...node2, ...node2, ...node3].join('\n'));
    expect(rest).toEqual([]);
    expect(finding?.args.node).toBe('node2');
    expect(finding?.args.buffered).toBeUndefined();
    expect(formatFindingMessage(finding!)).toContain('another run');
  });

  it('its later half pasted before its earlier half', () => {
    const half = node2.length >> 1;
    const [finding, ...rest] = backwards([...commands, ...node1, ...node2.slice(half), ...node2.slice(0, half), ...node3].join('\n'));
    expect(rest).toEqual([]);
    expect(finding?.args.node).toBe('node2');
    expect(finding?.args.buffered).toBeUndefined();
    expect(formatFindingMessage(finding!)).toContain('another run');
  });

  it('the fixture of a log pasted twice over', () => {
    const [finding] = backwards(readFileSync(join(ROOT, 'fixtures/pastes/backwards-time.log'), 'utf8'));
    expect(formatFindingMessage(finding!)).toContain('another run');
  });
});

describe('stdio_node.c run live', () => {
  let dir: string;
  let binary: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stdio-node-'));
    binary = join(dir, 'stdio_node');
    // gcc is part of this machine kind: a missing compiler fails here, loudly.
    execFileSync('gcc', ['-O2', '-Wall', '-Wextra', '-o', binary, join(DIR, 'stdio_node.c')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const demo = (flush: string): string => execFileSync(join(DIR, 'run-demo.sh'), [binary, '1200', '500', flush], { encoding: 'utf8' });

  it('buffered into a file, it gets the buffering advice and passes', () => {
    const paste = demo('');
    const findings = backwards(paste);
    expect(findings.map((f) => f.args.node)).toEqual(['node2', 'node3']);
    for (const finding of findings) expectBuffered(finding, String(finding.args.node));
    expect(checkPaste(W12, paste).passed).toBe(true);
  });

  it('line-buffered (--flush: setvbuf), its log is in time order: no warning', () => {
    const paste = demo('--flush');
    expect(backwards(paste)).toEqual([]);
    expect(checkPaste(W12, paste).passed).toBe(true);
  });
});
