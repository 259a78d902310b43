// `verify-lesson w12-l03 --cluster` against nodes stamping whole seconds (`2026-12-03 08:47:23 INFO n2 …`, the Python
// node's --stamp seconds): what the harness clock measured, and what the stamps can and cannot prove. Before, each
// follower's "harness clock" figure was a copy of the log's bound (`534.0 ms (log) / 534.0 ms (harness clock)`),
// --trials took those bounds for measurements (`detection (first) n=6 … p50 479.0`, 6 followers of 3 trials), and
// the picture dropped the lines of the kill's own second while drawing the next second's at its start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FollowerDetection, ScenarioResult } from '../../src/scenario/scenario-types.js';
import { runCliCaptured } from '../cli/cli-harness.js';
import { childElements, parseXml } from '../formats/parse-xml.js';
import { pythonNode } from '../support/foreign-node.js';
import { childPids, useScenarioScratch } from '../support/processes.js';

const scratch = useScenarioScratch('whole-second-');

const cluster = (stamp: string): string[] => ['--cluster', pythonNode(`--flush --stamp ${stamp}`), '--timeout-ms', '5000'];

describe('a --cluster node stamping whole seconds', () => {
  it('--json: no ms figure from a whole-second stamp; its bounds, and when the harness found the line in the log', async () => {
    const run = await runCliCaptured(['w12-l03', ...cluster('seconds'), '--json', '--out', 'demo.log'], { cwd: scratch.dir });
    const result = JSON.parse(run.stdout) as ScenarioResult;
    expect(result.detections).toHaveLength(2);
    for (const d of result.detections as FollowerDetection[]) {
      expect(d.via, run.stdout).not.toBeNull();
      expect([d.fromLogMs, d.fromHarnessMs, d.stampPrecisionMs]).toEqual([null, null, 1000]);
      const bounds = d.stampBoundsMs!;
      expect(bounds.latestMs - bounds.earliestMs).toBe(1000);
      // Logged at or after its stamp and in the file by the read that found it; the read before did not find it. (That
      // read may come after the stamp's second ended: a line reaches the file a little after the node stamps it.)
      const read = d.readMs!;
      expect(read.byMs).toBeGreaterThanOrEqual(bounds.earliestMs);
      expect(read.afterMs!).toBeLessThan(read.byMs);
    }
    expect(childPids()).toEqual([]);
  });

  it('the run summary says what the harness clock measured and what the stamp allows, not the bound as a measurement', async () => {
    const run = await runCliCaptured(['w12-l03', ...cluster('syslog'), '--out', 'demo.log'], { cwd: scratch.dir });
    const lines = run.stdout.split('\n').filter((line) => / detected the dead leader via /.test(line));
    expect(lines, run.stdout).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(/: in its log between -?\d+\.\d and \d+\.\d ms after the signal \(harness clock, from its reads of the file\); its whole-second stamp says only (from before the signal to \d+ ms after it|\d+ to \d+ ms after the signal)/);
      expect(line).not.toMatch(/\(log\) \//);
    }
    expect(childPids()).toEqual([]);
  });

  it('--trials 2: the statistics count followers, measured ones only, and say how many trials had only a bound', async () => {
    const run = await runCliCaptured(['w12-l03', ...cluster('seconds'), '--trials', '2', '--out', 'demo.log', '--report', 'run.svg'], { cwd: scratch.dir });
    expect(run.stdout, run.stderr).toMatch(/^ {2}detection per follower, log stamps +no samples: 2 of 2 trials \(4 of 4 followers\) had only a bound \(whole-second stamps\)$/m);
    expect(run.stdout).toMatch(/^ {2}detection per follower, harness read +n=4 +min .* ms {2}\(found in the log by; the harness's reads at most \d+\.\d ms apart\)$/m);
    expect(run.stdout).not.toMatch(/detection \(first\)/);
    // Each trial's line: the harness's figure, and that the stamp is whole seconds.
    expect(run.stderr.match(/in log by \+\d+ ms \(harness clock; whole-second stamp\)/g), run.stderr).toHaveLength(4);
    // A new leader whose line a whole-second stamp cannot time was "re-election none", as if none had been elected.
    expect(run.stderr.match(/ {2}re-election node\d, untimed/g), run.stderr).toHaveLength(2);

    // The picture: each whole-second line drawn as its second (a bar) with a hollow marker at its start.
    const svg = parseXml(readFileSync(join(scratch.dir, 'run.svg'), 'utf8'));
    const spans = childElements(svg, 'rect').filter((r) => r.attributes['data-stamp-span-ms'] === '1000');
    expect(spans.length).toBeGreaterThanOrEqual(2);
    expect(childPids()).toEqual([]);
  });
});
