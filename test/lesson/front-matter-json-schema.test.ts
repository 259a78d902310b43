import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFrontMatterJsonSchema } from '../../src/lesson/front-matter-json-schema.js';

const root = join(import.meta.dirname, '../..');

describe('the shipped front-matter JSON Schema', () => {
  it('is up to date with the zod schema (regenerate with `npm run schemas`)', () => {
    const shipped = JSON.parse(readFileSync(join(root, 'schemas/lesson-frontmatter.schema.json'), 'utf8'));
    expect(shipped).toEqual(createFrontMatterJsonSchema());
  });

  it('describes the required fields and the optional timing block', () => {
    const schema = createFrontMatterJsonSchema() as {
      required: string[];
      properties: { proof: { required: string[]; properties: { timing: { required: string[] } } } };
    };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'xp', 'proof']));
    expect(schema.properties.proof.required).toEqual(expect.arrayContaining(['type', 'instructions', 'regex_patterns']));
    expect(schema.properties.proof.required).not.toContain('timing');
    expect(schema.properties.proof.properties.timing.required).toEqual(['window_ms', 'followers']);
  });
});
