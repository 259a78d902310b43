// src/proof is a pure core on the CLI's cold-start path: no I/O, clocks or process, and none of the heavy
// dependencies (zod, gray-matter, fast-glob) reachable from checkPaste / formatVerdictText.
import { describe, expect, it } from 'vitest';
import { codeWithoutComments, IMPURE_CALLS, reachableModules } from '../support/import-graph.js';
import { ROOT } from './helpers.js';

describe('src/proof purity', () => {
  const entries = ['src/proof/index.ts', 'src/proof/check-paste.ts', 'src/proof/format-verdict.ts'].map((f) => ROOT + f);
  const modules = new Set(entries.flatMap((e) => [...reachableModules(e)]));

  it('checkPaste and formatVerdictText load no heavy or I/O module', () => {
    const packages = [...modules].filter((m) => !m.startsWith('/'));
    expect(packages).toEqual([]);
    expect([...modules].some((m) => m.endsWith('verdict-schema.ts'))).toBe(false);
    // src/errors.ts: the typed error a caller's mistake gets (no imports, no I/O).
    const allowed = ['src/proof/', 'src/findings/', 'src/log-events/', 'src/errors.ts'].map((dir) => ROOT + dir);
    for (const m of modules) if (m.startsWith('/')) expect(allowed.some((dir) => m.startsWith(dir)), m).toBe(true);
  });

  it('uses no clock, timer, process or file system', () => {
    for (const file of modules) {
      if (!file.startsWith('/')) continue;
      expect(codeWithoutComments(file), file).not.toMatch(IMPURE_CALLS);
    }
  });
});
