// The runtime import graph of a source file, for the purity tests of the pure core folders.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Runtime (non-type) imports of a module, resolved to files or bare package names.
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specs.map((spec) => (spec.startsWith('.') ? resolve(dirname(file), spec.replace(/\.js$/, '.ts')) : spec));
}

/** Every module reachable from `entry` through runtime imports (files as absolute paths, packages by name). */
export function reachableModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    if (next.endsWith('.ts')) stack.push(...runtimeImports(next));
  }
  return seen;
}

/** Source with comment lines removed, for checks on what code calls. */
export function codeWithoutComments(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
}

/** Calls a pure module must not make: clocks, timers, process, require, node: modules. */
export const IMPURE_CALLS = /Date\.now|new Date\(|performance\.now|\bprocess\.|setTimeout|setInterval|\brequire\(|['"]node:/;
