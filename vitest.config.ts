import { defineConfig } from 'vitest/config';

// Tests that start real processes (clusters, the CLI as a child, npm pack). They run one file at a time, after the
// unit tests, on a machine of 2 cores. (They once had to: the lesson's own `pgrep -f "kv_node.*--id 1"` saw another
// file's cluster; a run's Verify block now asks about its own nodes only, test/scenario/process/verify-pgrep-scope.test.ts.)
// A new process-level test file belongs in this list.
export const PROCESS_TESTS = [
  'test/client/kv-client.test.ts',
  'test/cluster/**/*.test.ts',
  'test/cli/commands/run-cluster-start.test.ts',
  'test/cli/process/**/*.test.ts',
  'test/kv/kv-node-main.test.ts',
  'test/package/**/*.test.ts',
  'test/scenario/run-scenario.test.ts',
  'test/scenario/scenario-command.test.ts',
  'test/scenario/process/**/*.test.ts',
  'test/server/serve-process.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // CI reads the counts for its summary line from the JSON report.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        // Pure and in-process tests: files run in parallel.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: PROCESS_TESTS, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'process', include: PROCESS_TESTS, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
