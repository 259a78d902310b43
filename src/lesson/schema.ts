import { z } from 'zod';
import { parseLessonClient } from '../client/client-protocol.js';
import { DEFAULT_CONNECTION_PATTERN, DEFAULT_HEARTBEAT_PATTERN, DEFAULT_KILL_PATTERN } from '../log-events/default-patterns.js';
import { scenarioSchema } from './scenario-schema.js';
import type { LessonFrontMatter } from './types.js';

export { DEFAULT_CONNECTION_PATTERN, DEFAULT_HEARTBEAT_PATTERN, DEFAULT_KILL_PATTERN };

const lessonId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and dashes, starting with a letter or digit (e.g. "w12-l03")');

// `timing` turns the Verify / Done When prose into data the verdict engine measures.
export const proofTimingSchema = z
  .object({
    window_ms: z.int().positive().describe('A follower must log its detection at most this many ms after the kill.'),
    followers: z.int().positive().describe('How many followers must detect the dead leader (at least; a follower the log shows detecting after window_ms fails the check however many others were in time).'),
    kill_pattern: z
      .string()
      .min(1)
      .default(DEFAULT_KILL_PATTERN)
      .describe('Regex (case-insensitive) for the line that marks the kill; the earliest timestamped match is the kill time.'),
    heartbeat_pattern: z
      .string()
      .min(1)
      .default(DEFAULT_HEARTBEAT_PATTERN)
      .describe('Regex for a follower noticing through its heartbeat/election timeout.'),
    connection_pattern: z
      .string()
      .min(1)
      .default(DEFAULT_CONNECTION_PATTERN)
      .describe('Regex for a follower noticing through the connection to the leader closing.'),
  })
  .describe('Optional timing criteria: followers must detect the dead leader within window_ms of the kill.');

export const proofSchema = z.object({
  type: z.enum(['paste']).describe('How the student proves the lesson: "paste" = pasted log output.'),
  instructions: z.string().min(1).describe('Shown to the student next to the paste box.'),
  regex_patterns: z
    .array(z.string().min(1))
    .min(1)
    .describe('Each pattern must match somewhere in the paste (case-insensitive); alternatives with | inside one.'),
  timing: proofTimingSchema.optional(),
});

// How a student's --cluster nodes take writes and reads; templates are checked by the same parser --client uses.
export const clientSchema = z
  .object({
    write: z.string().min(1).describe('Write template: "PUT http://127.0.0.1:{client_port}/kv/{key}" (value as body) or a shell command with {client_port} {key} {value}.'),
    read: z.string().min(1).optional().describe('Read template: "GET http://…/kv/{key}" or a command printing the value; default GET of the write URL.'),
  })
  .superRefine((block, ctx) => {
    const parsed = parseLessonClient(block);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message, path: [/^read\b/.test(parsed.message) ? 'read' : 'write'] });
  })
  .describe("How the scenario writes and reads keys on a student's cluster (the bundled kv_node always speaks the default protocol).");

// Unknown keys pass through here; lint reports them as warnings with a did-you-mean instead of failing.
export const lessonFrontMatterSchema = z
  .object({
    id: lessonId.describe('Stable lesson id, also the CLI argument (verify-lesson w12-l03).'),
    title: z.string().min(1),
    order: z.int().nonnegative().optional(),
    duration_minutes: z.int().positive().optional(),
    xp: z.int().nonnegative().describe('Experience points awarded when the proof passes.'),
    kind: z.enum(['lesson', 'lab', 'quiz', 'project']).default('lesson'),
    part: z.string().min(1).optional(),
    proof: proofSchema,
    client: clientSchema.optional(),
    scenario: scenarioSchema.optional(),
  })
  .describe('Front-matter of a verify-lesson lesson file.');

export type LessonFrontMatterInput = z.input<typeof lessonFrontMatterSchema>;

// Compile-time guard: the zod output must stay assignable to the zod-free types in types.ts.
type Assignable<A, B> = A extends B ? true : never;
export const schemaMatchesTypes: Assignable<z.output<typeof lessonFrontMatterSchema>, LessonFrontMatter> = true;

/** Keys the schema knows at each object level, for unknown-key warnings. */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(lessonFrontMatterSchema.shape),
  proof: Object.keys(proofSchema.shape),
  'proof.timing': Object.keys(proofTimingSchema.shape),
  client: Object.keys(clientSchema.shape),
  scenario: Object.keys(scenarioSchema.shape),
};
