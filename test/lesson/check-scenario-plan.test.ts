import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/findings/format-finding.js';
import { checkScenarioPlan } from '../../src/lesson/check-scenario-plan.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';

const root = join(import.meta.dirname, '../..');
const seed = readFileSync(join(root, 'lessons/w12-l03.md'), 'utf8');

// The plan's findings for a lesson text, as lint prints them.
function lint(source: string, file = 'l.md'): string[] {
  const { lesson, findings } = parseLesson(source, file);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  return checkScenarioPlan(lesson!, source, file).map(formatFinding);
}
const fixture = (name: string): string[] => lint(readFileSync(join(root, 'fixtures/lessons/invalid', name), 'utf8'), name);
// w12-l03 with its capture-log step's window changed.
const capturing = (from: string, to = 'expect-new-leader'): string[] => lint(seed.replace('      from: write\n      to: expect-new-leader', `      from: ${from}\n      to: ${to}`));

describe('checkScenarioPlan', () => {
  it.each(readdirSync(join(root, 'lessons')).filter((f) => f.endsWith('.md')))('finds nothing in the bundled %s', (file) => {
    expect(lint(readFileSync(join(root, 'lessons', file), 'utf8'), file)).toEqual([]);
  });

  // adv42b: `from: freeze` (the pause step) left the kill line out, and the reference run failed its own demo log
  // ("no timestamped line shows the leader being killed … or your kill command") while every step passed.
  it('reports a capture that starts at the fault step or after it, or ends before it', () => {
    expect(fixture('capture-from-fault.md')).toEqual([
      'capture-from-fault.md:48: error LESSON_SCENARIO_CAPTURE_MISSES_KILL scenario.steps[8].from: the demo log starts at the end of step "freeze", ' +
        "the leader's pause itself, so it holds no line of the pause (the leader's own or the harness's): checkPaste fails the reference run's own log on " +
        'proof.timing ("no timestamped line shows the leader being killed") while every step passes — capture from a step before it (from: wait-leader)',
    ]);
    expect(capturing('expect-detection')[0]).toMatch(/^l\.md:50: error LESSON_SCENARIO_CAPTURE_MISSES_KILL scenario\.steps\[10\]\.from: the demo log starts at the end of step "expect-detection", after the leader's kill \(step "fault"\), so .* — capture from a step before it \(from: write\)$/);
    expect(capturing('wait-leader', 'write')[0]).toMatch(/^l\.md:51: error LESSON_SCENARIO_CAPTURE_MISSES_KILL scenario\.steps\[10\]\.to: the demo log ends at the end of step "write", before the leader's kill \(step "fault"\), so .* — capture to a step after it$/);
    expect(capturing('wait-leader')).toEqual([]);
  });

  it('reads an unwritten `from` as the run does (the end of `write`) and says it is the default', () => {
    const moved = seed.replace('      from: write\n', '').replace('    - step: start-clients\n      clients: 4\n    - step: write\n      keys: 20\n', '    - step: start-clients\n      clients: 4\n');
    const late = moved.replace('    - step: expect-keys\n', '    - step: write\n    - step: expect-keys\n').replace('      to: expect-new-leader', '      to: expect-keys');
    expect(lint(late)[0]).toMatch(/ scenario\.steps\[\d+\]: the demo log starts at the end of step "write" \(from: write, the default\), after the leader's kill/);
  });

  it('leaves alone a capture that is not judged, and a lesson whose proof has no timing (nothing needs the kill line)', () => {
    expect(lint(seed.replace('      from: write\n', '      from: fault\n      judge: false\n'))).toEqual([]);
    const untimed = seed.replace(/  # Machine-readable form[^\n]*\n  timing:\n    window_ms: 300\n    followers: 2\n(    \w+_pattern: [^\n]*\n)*/, '');
    expect(untimed).not.toContain('window_ms');
    expect(lint(untimed.replace('      from: write\n', '      from: fault\n'))).toEqual([]);
  });

  it('reports a capture whose `from` ends after its `to` (adv42b: an empty demo log, "no timestamp it can read")', () => {
    expect(fixture('capture-reversed.md')).toEqual([
      'capture-reversed.md:48: error LESSON_SCENARIO_CAPTURE_REVERSED scenario.steps[8].from: the demo log would run from the end of step "expect-step-down" ' +
        'to the end of step "freeze", which comes before it, so it holds no line — swap from and to',
    ]);
    expect(capturing('expect-new-leader')).toEqual([
      'l.md:50: error LESSON_SCENARIO_CAPTURE_REVERSED scenario.steps[10].from: the demo log would run from the end of step "expect-new-leader" to the end of the same step, so it holds no line — capture to a later step',
    ]);
  });

  // adv42b: `nodes: 1` showed "✓ both followers notice the silence" and "no new leader among  within 3000 ms".
  it('reports a cluster too small for its expectations, and a timing rule asking more followers than it has', () => {
    expect(fixture('scenario-one-node.md')).toEqual([
      "scenario-one-node.md:18: error LESSON_TIMING_FOLLOWERS_UNREACHABLE proof.timing.followers: 2 followers must detect the dead leader, but the scenario's cluster of 1 node " +
        'has only 0 once its leader is killed, so the reference run can never pass: expected at most 0 (or a bigger cluster), found 2',
      'scenario-one-node.md:21: error LESSON_SCENARIO_NODES_TOO_FEW scenario.nodes: steps[3] (expect-detection) needs a node besides the faulted one to notice it, ' +
        'which a cluster of 1 cannot give: expected at least 2, found 1',
    ]);
    expect(lint(seed.replace('scenario:\n  nodes: 3', 'scenario:\n  nodes: 2'))).toEqual([
      "l.md:18: error LESSON_TIMING_FOLLOWERS_UNREACHABLE proof.timing.followers: 2 followers must detect the dead leader, but the scenario's cluster of 2 nodes " +
        'has only 1 once its leader is killed, so the reference run can never pass: expected at most 1 (or a bigger cluster), found 2',
      'l.md:24: error LESSON_SCENARIO_NODES_TOO_FEW scenario.nodes: steps[6] (expect-new-leader) needs a majority left without the faulted node to elect a new leader, ' +
        'which a cluster of 2 cannot give: expected at least 3, found 2',
    ]);
    expect(fixture('timing-followers-unreachable.md')).toEqual([
      "timing-followers-unreachable.md:18: error LESSON_TIMING_FOLLOWERS_UNREACHABLE proof.timing.followers: 3 followers must detect the dead leader, but the scenario's " +
        'cluster of 3 nodes has only 2 once its leader is killed, so the reference run can never pass: expected at most 2 (or a bigger cluster), found 3',
    ]);
  });

  it("counts the default scenario's 3 nodes for a lesson without one", () => {
    const bare = seed.replace(/\n# The demo as data[\s\S]*?\n---\n/, '\n---\n').replace('followers: 2', 'followers: 3');
    expect(bare).not.toContain('scenario:');
    expect(lint(bare)).toEqual([
      "l.md:18: error LESSON_TIMING_FOLLOWERS_UNREACHABLE proof.timing.followers: 3 followers must detect the dead leader, but the scenario's cluster of 3 nodes " +
        "(the default scenario, w12-l03's) has only 2 once its leader is killed, so the reference run can never pass: expected at most 2 (or a bigger cluster), found 3",
    ]);
  });

  // adv42b's within-gt-window: `within: 5s` under a 600 ms window, so a late detection passes the step and fails the verdict.
  it("warns of an expect-detection waiting longer than the lesson's timing window", () => {
    expect(lint(seed.replace('      within: 300ms', '      within: 1.5s'))).toEqual([
      'l.md:39: warning LESSON_SCENARIO_WITHIN_WIDER scenario.steps[5].within: expect-detection accepts a detection up to 1500 ms after the fault, but proof.timing.window_ms is 300: ' +
        "a detection between the two passes this step and fails the demo log's timing check — expected at most 300 ms (leave within out and it is window_ms)",
    ]);
    expect(lint(seed.replace('      within: 300ms', '      within: 200ms'))).toEqual([]);
  });

  it('reports an expectation of a fault with no fault step before it', () => {
    expect(fixture('scenario-no-fault.md')).toEqual([
      'scenario-no-fault.md:27: error LESSON_SCENARIO_FAULT_MISSING scenario.steps[2].step: expect-detection has no fault step (kill, pause or partition) before it, so no node is hit and there is nothing to detect — add a fault step before it',
      'scenario-no-fault.md:30: error LESSON_SCENARIO_FAULT_MISSING scenario.steps[3].step: expect-new-leader has no fault step (kill, pause or partition) before it, so the leader is never hit and no new leader is elected — add a fault step before it',
    ]);
  });
});
