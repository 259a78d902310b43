// The bin's loader: the whole CLI is one CommonJS bundle (dist/cli/verify-lesson-cli.cjs, built by
// scripts/build.mjs), compiled here through V8's code cache (written at build time by scripts/write-cli-code-cache.mjs)
// so a cold `verify-lesson <id> --paste` neither parses the bundle nor compiles the paste path's functions again.
// Nothing is written at run time: the package folder may be read-only (an npx cache).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import type { runCli } from './run-cli.js';

/** What the bundle exports (src/cli/run-cli.ts). */
export interface CliBundle {
  readonly runCli: typeof runCli;
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

// CommonJS's own wrapper, so the bundle sees exports, require, module, __filename and __dirname as under require().
function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

// Compiles the bundle's source (with V8's code cache for it when given); the same compile writes and reads a cache.
export function compileCliBundle(bundleFile: string, source: string, cachedData?: Buffer): Script {
  return new Script(wrapCommonJs(source), { filename: bundleFile, ...(cachedData ? { cachedData } : {}) });
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

/** Loads the CLI bundle, through its code cache when that cache was made for it; without one it only starts slower. */
export function loadCliBundle(bundleFile: string): { readonly cli: CliBundle; readonly codeCache: CodeCacheUse } {
  const sourceBytes = readFileSync(bundleFile);
  const cachedData = cachedDataFor(readIfPresent(codeCacheFile(bundleFile)), sourceBytes);
  const script = compileCliBundle(bundleFile, sourceBytes.toString('utf8'), cachedData);
  const codeCache: CodeCacheUse = cachedData === undefined ? 'absent' : script.cachedDataRejected === true ? 'rejected' : 'used';
  return { cli: runCliBundle(script, bundleFile), codeCache };
}
