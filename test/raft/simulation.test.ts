// Seeded simulations of whole clusters (scenarios.ts), modelled on MIT 6.5840's Raft tests. Every run checks
// the safety properties after each delivered message and tick (simulation.ts) and liveness at the end.
// RAFT_SIM_SEEDS=<n> runs seeds 1..n per scenario (default 30); RAFT_SIM_SEED=<s> replays one seed.

import { describe, expect, it } from 'vitest';
import { scenarios } from './scenarios.js';

const seeds = chooseSeeds();
// A seed takes well under 100 ms; the generous per-seed allowance only matters for long RAFT_SIM_SEEDS runs.
const timeoutMs = 30_000 + seeds.length * 1_000;

function chooseSeeds(): number[] {
  const single = process.env['RAFT_SIM_SEED'];
  if (single !== undefined && single !== '') return [Number(single)];
  const count = Number(process.env['RAFT_SIM_SEEDS'] ?? 30);
  return Array.from({ length: count }, (_, position) => position + 1);
}

describe(`simulated clusters, ${seeds.length} seed(s) each`, () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: ${scenario.description}`, () => {
      const failures: string[] = [];
      for (const seed of seeds) {
        try {
          scenario.run(seed);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          failures.push(message.startsWith('seed ') ? message : `seed ${seed}: ${message}`);
        }
      }
      expect(failures, `replay one with RAFT_SIM_SEED=<seed> npx vitest run test/raft/simulation.test.ts -t ${scenario.name}`).toEqual([]);
    }, timeoutMs);
  }
});
