import { z } from 'zod';

// The result formats as their owners specify them, transcribed into strict zod schemas so a test fails on any key
// or type the spec does not define.

// Gradescope autograder results.json — https://gradescope-autograders.readthedocs.io/en/latest/specs/ ("Output
// format"): every key optional except that a score is needed on the top level or on every test.
const gradescopeVisibility = z.enum(['hidden', 'after_due_date', 'after_published', 'visible']);
const gradescopeFormat = z.enum(['text', 'html', 'simple_format', 'md', 'ansi']);
export const gradescopeResultsSpec = z.strictObject({
  score: z.number().optional(),
  execution_time: z.number().nonnegative().optional(),
  output: z.string().optional(),
  output_format: gradescopeFormat.optional(),
  test_output_format: gradescopeFormat.optional(),
  test_name_format: gradescopeFormat.optional(),
  visibility: gradescopeVisibility.optional(),
  stdout_visibility: gradescopeVisibility.optional(),
  extra_data: z.record(z.string(), z.unknown()).optional(),
  tests: z
    .array(
      z.strictObject({
        score: z.number().optional(),
        max_score: z.number().optional(),
        status: z.enum(['passed', 'failed']).optional(),
        name: z.string().optional(),
        name_format: gradescopeFormat.optional(),
        number: z.string().optional(),
        output: z.string().optional(),
        output_format: gradescopeFormat.optional(),
        tags: z.array(z.string()).optional(),
        visibility: gradescopeVisibility.optional(),
        extra_data: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .optional(),
  leaderboard: z.array(z.strictObject({ name: z.string(), value: z.union([z.number(), z.string()]), order: z.enum(['asc', 'desc']).optional() })).optional(),
});

// PrairieLearn external grader results — PrairieLearn docs, docs/externalGrading.md ("Grading results"): score in
// [0, 1] when gradable; gradable (default true) and format_errors (a string or strings); message, output, images
// and tests as rendered by <pl-external-grader-results>. PrairieLearn accepts further keys; this schema does not,
// so nothing unplanned slips in.
const plImage = z.union([z.string(), z.strictObject({ url: z.string(), label: z.string().optional() })]);
export const prairieLearnResultsSpec = z.strictObject({
  gradable: z.boolean().optional(),
  format_errors: z.union([z.string(), z.array(z.string())]).optional(),
  score: z.number().min(0).max(1),
  message: z.string().optional(),
  output: z.string().optional(),
  images: z.array(plImage).optional(),
  tests: z
    .array(
      z.strictObject({
        name: z.string(),
        description: z.string().optional(),
        points: z.number(),
        max_points: z.number(),
        message: z.string().optional(),
        output: z.string().optional(),
        images: z.array(plImage).optional(),
      }),
    )
    .optional(),
});
