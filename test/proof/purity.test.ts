// src/proof is a pure core on the CLI's cold-start path: no I/O, clocks or process, and none of the heavy
// dependencies (zod, gray-matter, fast-glob) reachable from checkPaste / formatVerdictText.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// Runtime (non-type) imports of a module, resolved to files or bare package names.
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specs.map((spec) => (spec.startsWith('.') ? resolve(dirname(file), spec.replace(/\.js$/, '.ts')) : spec));
}

function reachable(entry: string): Set<string> {
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

describe('src/proof purity', () => {
  const entries = ['src/proof/index.ts', 'src/proof/check-paste.ts', 'src/proof/format-verdict.ts'].map((f) => ROOT + f);
  const modules = new Set(entries.flatMap((e) => [...reachable(e)]));

  it('checkPaste and formatVerdictText load no heavy or I/O module', () => {
    const packages = [...modules].filter((m) => !m.startsWith('/'));
    expect(packages).toEqual([]);
    expect([...modules].some((m) => m.endsWith('verdict-schema.ts'))).toBe(false);
    for (const m of modules) if (m.startsWith('/')) expect(m.startsWith(`${ROOT}src/proof/`) || m.startsWith(`${ROOT}src/findings/`), m).toBe(true);
  });

  it('uses no clock, timer, process or file system', () => {
    for (const file of modules) {
      if (!file.startsWith('/')) continue;
      const code = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/Date\.now|performance\.now|\bprocess\.|setTimeout|setInterval|\brequire\(|['"]node:/);
    }
  });
});
