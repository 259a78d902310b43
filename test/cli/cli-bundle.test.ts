import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadLessons } from '../../src/catalog/load-lessons.js';

const root = join(import.meta.dirname, '../..');

// Two fresh copies of the compiler: one works every pattern out, one starts from what the build records (after a
// trip through JSON, as dist/cli/pattern-analyses.json). A verdict must not tell them apart.
async function freshCompiler() {
  vi.resetModules();
  return import('../../src/proof/compile-pattern.js');
}

describe('recorded pattern analyses (the CLI bundle starts with them)', () => {
  it('compile every built-in and bundled-lesson pattern exactly as working it out does, matching the same lines', async () => {
    const { recordPatternAnalyses } = await import('../../src/cli/cli-bundle.js');
    const lessons = [...(await loadLessons()).lessons.values()];
    const recorded = JSON.parse(JSON.stringify(recordPatternAnalyses(lessons))) as Record<string, never>;
    const sources = Object.keys(recorded);
    expect(sources.length).toBeGreaterThanOrEqual(8 + lessons.length * 2);

    const computing = await freshCompiler();
    const seeded = await freshCompiler();
    expect(seeded.compilePattern).not.toBe(computing.compilePattern);
    seeded.seedPatternAnalyses(recorded);

    const dir = join(root, 'fixtures/pastes');
    const lines = readdirSync(dir).flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n'));
    for (const source of sources) {
      const a = computing.compilePattern(source);
      const b = seeded.compilePattern(source);
      expect(a.ok && b.ok).toBe(true);
      if (!a.ok || !b.ok) continue;
      const { test: _ta, exec: _ea, ...dataA } = a.pattern;
      const { test: _tb, exec: _eb, ...dataB } = b.pattern;
      expect(dataB).toEqual(dataA);
      for (const line of lines) expect(b.pattern.exec(line)).toEqual(a.pattern.exec(line));
    }
  });

  it('records only patterns that run on V8; others are compiled as used', async () => {
    const { analysePatterns, compilePattern, seedPatternAnalyses } = await freshCompiler();
    const recorded = analysePatterns(['heartbeat timeout', '(a+)+$', '(unclosed']);
    expect(Object.keys(recorded)).toEqual(['heartbeat timeout']);
    seedPatternAnalyses(recorded);
    expect(compilePattern('(a+)+$')).toMatchObject({ ok: true, pattern: { engine: 'pike-vm' } });
    expect(compilePattern('(unclosed')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
