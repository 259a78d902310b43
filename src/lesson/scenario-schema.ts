import { z } from 'zod';

// A duration as authors write it; lint reads it (parse-duration.ts) and names the field when it cannot.
const duration = z
  .union([z.number().nonnegative(), z.string().regex(/^\s*\d+(\.\d+)?\s*(ms|s)\s*$/)])
  .describe('A duration: "300ms", "1.5s", or a number of milliseconds.');
const target = z.string().min(1).describe('leader | follower | followers | old-leader | new-leader | rest | all | node N; partition groups split by "|" (e.g. "leader | rest").');
const base = {
  title: z.string().min(1).optional().describe('What the student reads in the step list.'),
  id: z.string().min(1).optional().describe('Name other steps use for this one (default: its kind, for the first of that kind).'),
};

export const scenarioStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('start'), ...base }).describe('Start the cluster (scenario.nodes nodes).'),
  z.object({ step: z.literal('wait-leader'), within: duration.optional(), ...base }).describe('Wait until a leader is known to every node.'),
  z.object({ step: z.literal('write'), keys: z.int().positive().max(10_000).optional(), ...base }).describe('Write K keys through the leader; each must be acknowledged.'),
  z
    .object({ step: z.literal('start-clients'), clients: z.int().min(1).max(64).optional(), ...base })
    .describe('Start concurrent clients (reads, writes, appends) that record a history until expect-linearizable.'),
  z
    .object({ step: z.literal('expect-linearizable'), min_ops: z.int().min(1).optional(), ...base })
    .describe("Stop the clients and check their history is linearizable (kv model); at least min_ops operations."),
  z
    .object({
      step: z.literal('fault'),
      action: z.enum(['kill', 'pause', 'resume', 'restart', 'partition', 'heal']),
      target: target.optional(),
      signal: z.enum(['SIGTERM', 'SIGKILL', 'SIGINT']).optional(),
      latency: duration.optional(),
      ...base,
    })
    .describe('Inject a fault: kill (signal), pause (SIGSTOP), resume (SIGCONT), restart, partition (groups), heal.'),
  z.object({ step: z.literal('expect-detection'), within: duration.optional(), ...base }).describe('Every other node logs that it noticed the faulted node within the window.'),
  z.object({ step: z.literal('expect-new-leader'), within: duration.optional(), ...base }).describe('A new leader, other than the faulted node, is elected in time.'),
  z.object({ step: z.literal('expect-keys'), ...base }).describe('Every acknowledged key reads back with its value from the leader.'),
  z
    .object({ step: z.literal('expect-rejoin'), target: target.optional(), within: duration.optional(), ...base })
    .describe("The node rejoins as a follower and catches up to the leader's commit index in time."),
  z
    .object({ step: z.literal('expect-step-down'), target: target.optional(), within: duration.optional(), ...base })
    .describe('A leader cut off from the majority stops leading in time.'),
  z.object({ step: z.literal('run-verify'), ...base }).describe("Run the lesson's Verify block (its bash fence) in the work dir and check what it printed."),
  z
    .object({
      step: z.literal('capture-log'),
      file: z.string().min(1).optional(),
      nodes: target.optional(),
      from: z.string().min(1).optional(),
      to: z.string().min(1).optional(),
      judge: z.boolean().optional(),
      client: z.boolean().optional(),
      ...base,
    })
    .describe('Write the demo log (grep-style lines of chosen nodes, in a window between two steps) and judge it with checkPaste.'),
]);

export const scenarioSchema = z
  .object({
    nodes: z.int().min(1).max(9).default(3).describe('Cluster size.'),
    steps: z.array(scenarioStepSchema).min(1).describe('Run in order; a failed expectation is reported and the run goes on, a failed action ends it.'),
  })
  .describe("The lesson's demo as data: steps and expectations over a real cluster, run by `verify-lesson <id>`.");

/** Keys each step kind accepts, for unknown-key warnings with a did-you-mean. */
export const STEP_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  scenarioStepSchema.options.map((option) => [option.shape.step.value, Object.keys(option.shape)]),
);
