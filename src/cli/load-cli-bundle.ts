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
const { readFileSync } = process.getBuiltinModule('node:fs');
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

// The code-cache file holds the bundle's exact bytes, then V8's cache. V8 itself checks only its own version, its
// flags and the source's length, so the copy is what ties a cache to this bundle: a rebuilt or edited bundle
// never runs with another bundle's compiled code.
const LENGTH_BYTES = 4;

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

// The code-cache file's contents for a compiled, warmed-up bundle: its bytes, then V8's cache of its compiled functions.
export function createCodeCache(script: Script, sourceBytes: Buffer): Buffer {
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32LE(sourceBytes.length);
  return Buffer.concat([length, sourceBytes, script.createCachedData()]);
}

// V8's cache out of a code-cache file, only when the file was made for exactly these bundle bytes.
function cachedDataFor(cacheBytes: Buffer | undefined, sourceBytes: Buffer): Buffer | undefined {
  if (cacheBytes === undefined || cacheBytes.length < LENGTH_BYTES) return undefined;
  const length = cacheBytes.readUInt32LE(0);
  if (length !== sourceBytes.length || cacheBytes.length <= LENGTH_BYTES + length) return undefined;
  if (!cacheBytes.subarray(LENGTH_BYTES, LENGTH_BYTES + length).equals(sourceBytes)) return undefined;
  return cacheBytes.subarray(LENGTH_BYTES + length);
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
  const cachedData = cachedDataFor(readIfPresent(codeCacheFile(bundleFile)), sourceBytes);
  const script = compileCliBundle(bundleFile, sourceBytes.toString('utf8'), cachedData);
  const codeCache: CodeCacheUse = cachedData === undefined ? 'absent' : script.cachedDataRejected === true ? 'rejected' : 'used';
  const cli = runCliBundle(script, bundleFile);
  const analyses = readPatternAnalyses(patternAnalysesFile(bundleFile));
  if (analyses) cli.seedPatternAnalyses(analyses);
  return { cli, codeCache };
}
