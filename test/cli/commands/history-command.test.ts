import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../proof/helpers.js';
import { runCliCaptured } from '../cli-harness.js';

const ok = 'fixtures/histories/kv-failover-ok.jsonl';
const bad = 'fixtures/histories/kv-stale-read-from-deposed-leader.jsonl';
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('verify-lesson history check', () => {
  it('prints one JSON object per file in argument order and exits 1 when one is not linearizable', async () => {
    const run = await runCliCaptured(['history', 'check', bad, ok, '--json'], { cwd: ROOT });
    expect(run.code).toBe(1);
    const reports = JSON.parse(run.stdout) as { file: string; linearizable: boolean }[];
    expect(reports.map((r) => [r.file, r.linearizable])).toEqual([[bad, false], [ok, true]]);
  });

  it('exits 0 when all are linearizable, with a line per file', async () => {
    const run = await runCliCaptured(['history', 'check', ok, 'fixtures/histories/kv-appends-ok.edn'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.stdout).toContain('linearizable');
  });

  it('names the culprit in the text output', async () => {
    const run = await runCliCaptured(['history', 'check', bad], { cwd: ROOT });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/NOT linearizable/);
    expect(run.stdout).toMatch(/cannot place #3 client c3: read\("k1"\) → "v1" \[310–790 ms\] \(line 7\)/);
  });

  it('exits 2 on bad input, naming file and line, and on a missing file', async () => {
    const run = await runCliCaptured(['history', 'check', ok, 'fixtures/histories/bad-unknown-op.jsonl', 'nope.jsonl'], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fixtures/histories/bad-unknown-op.jsonl:3: error HISTORY_LINE_INVALID expected f one of');
    expect(run.stderr).toContain('nope.jsonl: error HISTORY_FILE_UNREADABLE cannot read the history file: no such file');
  });

  it('refuses an op the chosen model lacks, and a bad --model', async () => {
    const appends = await runCliCaptured(['history', 'check', 'fixtures/histories/kv-appends-ok.edn', '--model', 'register'], { cwd: ROOT });
    expect(appends.code).toBe(2);
    expect(appends.stderr).toMatch(/kv-appends-ok.edn:1: error HISTORY_OP_UNSUPPORTED the register model has no append operation/);
    const model = await runCliCaptured(['history', 'check', ok, '--model', 'queue'], { cwd: ROOT });
    expect(model.code).toBe(2);
    expect(model.stderr).toContain('--model: expected one of register, kv, found "queue"');
  });

  it('--report draws the failing history as well-formed SVG with the culprit highlighted', async () => {
    dir = mkdtempSync(join(tmpdir(), 'history-report-'));
    const svg = join(dir, 'r.svg');
    const run = await runCliCaptured(['history', 'check', ok, bad, '--report', svg], { cwd: ROOT });
    expect(run.code).toBe(1);
    const text = readFileSync(svg, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('stroke="#c00000"');
    expect(text).toContain('client c3');
    expect(text).toContain('cannot place #3 c3');
    expect(text.match(/<rect [^>]*rx="3"/g)).toHaveLength(3);
    const html = join(dir, 'r.html');
    writeFileSync(html, '');
    await runCliCaptured(['history', 'check', ok, '--report', html], { cwd: ROOT });
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*linearizable: 7 operations/);
  });

  it('--report that cannot be written or is neither .svg nor .html: exit 2 before any check, one line as the other commands say it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'history-report-'));
    writeFileSync(join(dir, 'notes'), '');
    const underFile = await runCliCaptured(['history', 'check', ok, '--report', join(dir, 'notes/r.svg')], { cwd: ROOT });
    expect(underFile).toMatchObject({ code: 2, stdout: '', stderr: `verify-lesson: cannot write --report ${join(dir, 'notes/r.svg')}: ${join(dir, 'notes')} is not a directory (ENOTDIR)\n` });
    const png = await runCliCaptured(['history', 'check', ok, '--report', join(dir, 'r.png')], { cwd: ROOT });
    expect(png).toMatchObject({ code: 2, stdout: '' });
    expect(png.stderr).toMatch(/^verify-lesson: --report: expected a file ending in \.svg or \.html, found ".*r\.png"\n/);
  });

  it('gives up with unknown (exit 1) rather than hang when --timeout-ms is exhausted', async () => {
    dir = mkdtempSync(join(tmpdir(), 'history-hard-'));
    const lines = Array.from({ length: 24 }, (_, i) => [`{"client":${i},"type":"invoke","f":"write","value":"${i}","timeMs":0}`, `{"client":${i},"type":"ok","f":"write","value":"${i}","timeMs":9}`]).flat();
    lines.push('{"client":"r","type":"invoke","f":"read","timeMs":0}', '{"client":"r","type":"ok","f":"read","value":"x","timeMs":9}');
    writeFileSync(join(dir, 'hard.jsonl'), lines.join('\n'));
    const run = await runCliCaptured(['history', 'check', join(dir, 'hard.jsonl'), '--timeout-ms', '50', '--json'], { cwd: ROOT });
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.stdout) as { linearizable: null; verdict: string; message: string }[];
    expect(report!.verdict).toBe('unknown');
    expect(report!.message).toMatch(/^unknown: gave up after \d+ ms$/);
  });
});
