import { z } from 'zod';
import { lessonFrontMatterSchema } from './schema.js';

export const FRONT_MATTER_SCHEMA_ID = 'https://verify-lesson.dev/schemas/lesson-frontmatter.schema.json';

// JSON Schema of what an author writes (input side: defaults optional), shipped so editors validate lessons.
// Regex validity and ReDoS are not expressible here; `verify-lesson lint` checks them.
export function createFrontMatterJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(lessonFrontMatterSchema, { io: 'input', target: 'draft-2020-12' });
  return { ...schema, $id: FRONT_MATTER_SCHEMA_ID, title: 'verify-lesson lesson front-matter' };
}
