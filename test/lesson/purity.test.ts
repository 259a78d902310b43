// lint's timing-coverage check is a pure core (lesson strings in, findings out): no I/O, clocks, process or
// packages reachable from it, so it runs on lesson text anywhere (the lint edge reads the files).
import { describe, expect, it } from 'vitest';
import { codeWithoutComments, IMPURE_CALLS, reachableModules } from '../support/import-graph.js';
import { ROOT } from '../proof/helpers.js';

describe('src/lesson/check-timing-coverage purity', () => {
  const modules = [...reachableModules(`${ROOT}src/lesson/check-timing-coverage.ts`)];

  it('loads no package', () => {
    expect(modules.filter((m) => !m.startsWith('/'))).toEqual([]);
    expect(modules).toContain(`${ROOT}src/lesson/read-grep-patterns.ts`);
  });

  it('uses no clock, timer, process or file system', () => {
    for (const file of modules) expect(codeWithoutComments(file), file).not.toMatch(IMPURE_CALLS);
  });
});
