import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Test files run one at a time: process-level tests start real clusters whose nodes all match the lesson's
    // `pgrep -f "kv_node.*--id 1"`, so two clusters at once would see each other; and the machine has 2 cores.
    fileParallelism: false,
    // CI reads the counts for its summary line from the JSON report.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]] : ['default'],
  },
});
