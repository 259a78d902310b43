// The bin's loader: the whole CLI is one CommonJS bundle (dist/cli/verify-lesson-cli.cjs, built by
// scripts/build.mjs), compiled here through V8's code cache (written at build time by scripts/write-cli-code-cache.mjs)
// so a cold `verify-lesson <id> --paste` neither parses the bundle nor compiles the paste path's functions again.
// Nothing is written at run time: the package folder may be read-only (an npx cache).
import type { Script } from 'node:vm';
import type { PatternAnalysis } from '../proof/compile-pattern.js';
import type { INTERRUPTED_LINE, outputClosed, signalExitCode, signalInterrupt } from './cli-io.js';
import type { runCli } from './run-cli.js';

// Built-ins through process.getBuiltinModule rather than import: in an ES module each imported built-in costs a
// facade module (resolved, linked, one export per name), about a millisecond of a cold start each.
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { createRequire } = process.getBuiltinModule('node:module');
const { dirname } = process.getBuiltinModule('node:path');
const vm = process.getBuiltinModule('node:vm');

/** What the bundle exports (src/cli/cli-bundle.ts). */
export interface CliBundle {
  readonly runCli: typeof runCli;
  readonly outputClosed: typeof outputClosed;
  readonly signalExitCode: typeof signalExitCode;
  readonly signalInterrupt: typeof signalInterrupt;
  readonly INTERRUPTED_LINE: typeof INTERRUPTED_LINE;
  readonly seedPatternAnalyses: (recorded: Readonly<Record<string, PatternAnalysis>>) => void;
}

/** How the code cache was taken: used, absent (no file, or not made for these exact bytes), or rejected by V8. */
export type CodeCacheUse = 'used' | 'absent' | 'rejected';

// The code-cache file holds the bundle's length and a 32-bit hash of its bytes (hashBundleBytes), then V8's cache. V8
// itself checks only its own version, its flags and the source's length, so the hash — and a bundle file not written
// after its cache file (an edit of a built bundle) — is what ties a cache to this bundle: a rebuilt or edited bundle
// never runs with another bundle's compiled code. (A copy of the bytes did the same and doubled the package's largest
// file; node:crypto or node:zlib cost a cold start about 3-6 ms to load, and a JavaScript hash of every word about 3
// ms before it is optimised: it samples.)
const HEADER_BYTES = 8;
// hashBundleBytes' words read in full at each end, and how many it reads between, evenly spaced.
const EDGE_WORDS = 64;
const MIDDLE_WORDS = 256;

// FNV-1a-style over the bytes as little-endian 32-bit words, seeded with the length: every word of the first and last
// EDGE_WORDS, MIDDLE_WORDS evenly spaced between, and the tail bytes (a cold start runs it once, interpreted, at about
// 0.2 µs a word, about 0.2 ms in all). Exported for its test.
export function hashBundleBytes(bytes: Uint8Array): number {
  // Word reads need 4-byte alignment: a pooled Buffer's view may start anywhere (copied then, a memcpy).
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  let h = (0x811c9dc5 ^ aligned.length) >>> 0;
  const mix = (word: number): void => {
    h = Math.imul(h ^ word, 0x01000193);
    h ^= h >>> 15;
  };
  const n = words.length;
  const lastEdge = Math.max(EDGE_WORDS, n - EDGE_WORDS);
  for (let i = 0; i < Math.min(n, EDGE_WORDS); i++) mix(words[i]!);
  const stride = Math.max(1, Math.ceil((lastEdge - EDGE_WORDS) / MIDDLE_WORDS));
  for (let i = EDGE_WORDS; i < lastEdge; i += stride) mix(words[i]!);
  for (let i = lastEdge; i < n; i++) mix(words[i]!);
  for (let i = n << 2; i < aligned.length; i++) h = Math.imul(h ^ aligned[i]!, 0x01000193);
  return h >>> 0;
}

// The file that holds the code cache of `bundleFile`.
export function codeCacheFile(bundleFile: string): string {
  return `${bundleFile}.cache`;
}

// The pattern analyses the build recorded for the bundle (src/cli/cli-bundle.ts), next to it.
export function patternAnalysesFile(bundleFile: string): string {
  return `${dirname(bundleFile)}/pattern-analyses.json`;
}

// CommonJS's own wrapper, so the bundle sees exports, require, module, __filename and __dirname as under require().
function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

// Compiles the bundle's source (with V8's code cache for it when given); the same compile writes and reads a cache.
export function compileCliBundle(bundleFile: string, source: string, cachedData?: Buffer): Script {
  return new vm.Script(wrapCommonJs(source), { filename: bundleFile, ...(cachedData ? { cachedData } : {}) });
}

// Runs a compiled bundle the way require() would and returns its exports.
export function runCliBundle(script: Script, bundleFile: string): CliBundle {
  const module = { exports: {} as CliBundle };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  return module.exports;
}

// The code-cache file's contents for a compiled, warmed-up bundle: its length and hash, then V8's cache of its compiled functions.
export function createCodeCache(script: Script, sourceBytes: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(sourceBytes.length, 0);
  header.writeUInt32LE(hashBundleBytes(sourceBytes), 4);
  return Buffer.concat([header, script.createCachedData()]);
}

// V8's cache out of a code-cache file, only when the file was made for exactly these bundle bytes.
function cachedDataFor(cacheBytes: Buffer | undefined, sourceBytes: Buffer): Buffer | undefined {
  if (cacheBytes === undefined || cacheBytes.length <= HEADER_BYTES) return undefined;
  if (cacheBytes.readUInt32LE(0) !== sourceBytes.length || cacheBytes.readUInt32LE(4) !== hashBundleBytes(sourceBytes)) return undefined;
  return cacheBytes.subarray(HEADER_BYTES);
}

// Whether `file` was modified after `other` (an edit of the built bundle); false when either cannot be read.
function writtenAfter(file: string, other: string): boolean {
  try {
    return statSync(file).mtimeMs > statSync(other).mtimeMs;
  } catch {
    return false;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

// The recorded pattern analyses, or none when the file is missing or unreadable (patterns are then analysed as used).
function readPatternAnalyses(file: string): Record<string, PatternAnalysis> | undefined {
  const bytes = readIfPresent(file);
  try {
    return bytes === undefined ? undefined : (JSON.parse(bytes.toString('utf8')) as Record<string, PatternAnalysis>);
  } catch {
    return undefined;
  }
}

/**
 * Loads the CLI bundle, through its code cache when that cache was made for it, and seeds it with the build's
 * pattern analyses; without either it only starts slower.
 */
export function loadCliBundle(bundleFile: string): { readonly cli: CliBundle; readonly codeCache: CodeCacheUse } {
  const sourceBytes = readFileSync(bundleFile);
  // Decoded first: the decode reads every byte, after which hashBundleBytes' spread reads find them in memory.
  const source = sourceBytes.toString('utf8');
  const cacheFile = codeCacheFile(bundleFile);
  const cachedData = writtenAfter(bundleFile, cacheFile) ? undefined : cachedDataFor(readIfPresent(cacheFile), sourceBytes);
  const script = compileCliBundle(bundleFile, source, cachedData);
  const codeCache: CodeCacheUse = cachedData === undefined ? 'absent' : script.cachedDataRejected === true ? 'rejected' : 'used';
  const cli = runCliBundle(script, bundleFile);
  const analyses = readPatternAnalyses(patternAnalysesFile(bundleFile));
  if (analyses) cli.seedPatternAnalyses(analyses);
  return { cli, codeCache };
}
