import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFile, compileCliBundle, createCodeCache, hashBundleBytes, loadCliBundle, patternAnalysesFile, runCliBundle } from '../../src/cli/load-cli-bundle.js';

// A stand-in bundle: the loader's contract is about bytes and V8's cache, not about what the CLI does.
const bundleSource = (answer: number) =>
  `"use strict";\nconst { basename } = require("node:path");\nconst seeded = [];\nmodule.exports = { runCli: async () => ${answer}, file: basename(__filename), seeded, seedPatternAnalyses: (r) => seeded.push(r) };\n`;

describe('loadCliBundle', () => {
  let dir: string;
  let bundle: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vl-cli-bundle-'));
    bundle = join(dir, 'cli.cjs');
    writeFileSync(bundle, bundleSource(1));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Compiled under another name: V8 keeps compiled scripts per isolate by source and name, and a hit there would
  // skip the code cache this test is about.
  function writeCache(): void {
    const bytes = readFileSync(bundle);
    const script = compileCliBundle(`${bundle}#warm-up`, bytes.toString('utf8'));
    runCliBundle(script, bundle);
    writeFileSync(codeCacheFile(bundle), createCodeCache(script, bytes));
  }

  it('runs the bundle as CommonJS (require, module, __filename) without a cache', async () => {
    const { cli, codeCache } = loadCliBundle(bundle);
    expect(codeCache).toBe('absent');
    expect(await cli.runCli([], {} as never)).toBe(1);
    expect((cli as unknown as { file: string }).file).toBe('cli.cjs');
  });

  it('uses a cache made for these exact bytes', async () => {
    writeCache();
    const { cli, codeCache } = loadCliBundle(bundle);
    expect(codeCache).toBe('used');
    expect(await cli.runCli([], {} as never)).toBe(1);
  });

  it('ignores a cache made for other bytes of the same length (V8 alone would take it) and runs the new code', async () => {
    writeCache();
    writeFileSync(bundle, bundleSource(2));
    expect(readFileSync(bundle).length).toBe(Buffer.byteLength(bundleSource(1)));
    const { cli, codeCache } = loadCliBundle(bundle);
    expect(codeCache).toBe('absent');
    expect(await cli.runCli([], {} as never)).toBe(2);
  });

  it('runs from source when V8 rejects the cache (another Node, other flags, a damaged file)', async () => {
    writeCache();
    const cache = readFileSync(codeCacheFile(bundle));
    const v8Start = 8;
    cache.fill(0, v8Start, v8Start + 16);
    writeFileSync(codeCacheFile(bundle), cache);
    const { cli, codeCache } = loadCliBundle(bundle);
    expect(codeCache).toBe('rejected');
    expect(await cli.runCli([], {} as never)).toBe(1);
  });

  it('hashes the bytes alike wherever a view of them starts (a pooled Buffer), and tells one edited byte apart', () => {
    const bytes = readFileSync(bundle);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(hashBundleBytes(shifted)).toBe(hashBundleBytes(bytes));
    for (const at of [0, 5, bytes.length - 1]) {
      const edited = Uint8Array.from(bytes);
      edited[at] = edited[at]! ^ 1;
      expect(hashBundleBytes(edited), String(at)).not.toBe(hashBundleBytes(bytes));
    }
  });

  it('takes a cache file cut inside its header as absent (one cut inside V8\'s data is V8\'s to reject, as above)', async () => {
    writeCache();
    writeFileSync(codeCacheFile(bundle), readFileSync(codeCacheFile(bundle)).subarray(0, 6));
    expect(loadCliBundle(bundle).codeCache).toBe('absent');
  });

  it('seeds the bundle with the recorded pattern analyses next to it, and skips a missing or unreadable file', () => {
    const seededBy = () => (loadCliBundle(bundle).cli as unknown as { seeded: unknown[] }).seeded;
    expect(seededBy()).toEqual([]);
    writeFileSync(patternAnalysesFile(bundle), JSON.stringify({ x: { source: 'x', literals: null, requirement: null, expected: ['x'] } }));
    expect(seededBy()).toEqual([{ x: { source: 'x', literals: null, requirement: null, expected: ['x'] } }]);
    writeFileSync(patternAnalysesFile(bundle), '{"x": ');
    expect(seededBy()).toEqual([]);
  });
});
