// schemas/verdict.schema.json is generated from src/proof/verdict-schema.ts. Regenerate with
//   UPDATE_SCHEMAS=1 npx vitest run test/proof/verdict-schema.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { verdictJsonSchema, verdictSchema } from '../../src/proof/verdict-schema.js';
import { loadLesson, makeLesson, ROOT } from './helpers.js';

const file = `${ROOT}schemas/verdict.schema.json`;
const emitted = `${JSON.stringify(verdictJsonSchema(), null, 2)}\n`;

describe('verdict JSON Schema', () => {
  it('schemas/verdict.schema.json is up to date', () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(file, emitted);
    expect(readFileSync(file, 'utf8')).toBe(emitted);
  });

  it('is draft 2020-12 and documents the top-level fields', () => {
    const schema = JSON.parse(emitted) as { $schema: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['schemaVersion', 'lessonId', 'passed', 'xpAwarded', 'referenceOutput', 'input', 'checks', 'patterns', 'measurements', 'nodeNames']);
  });

  it('every fixture verdict, and verdicts for rejected and untimed pastes, validate', () => {
    const lesson = loadLesson('w12-l03');
    const dir = `${ROOT}fixtures/pastes/`;
    const verdicts = readdirSync(dir)
      .filter((name) => name.endsWith('.log'))
      .flatMap((name) => {
        const bytes = new Uint8Array(readFileSync(dir + name));
        return [checkPaste(lesson, bytes), checkPaste(lesson, bytes, { rejectReference: true, file: name })];
      });
    verdicts.push(checkPaste(lesson, ''), checkPaste(lesson, 'x'.repeat(100), { maxBytes: 10 }), checkPaste(makeLesson({ timing: null }), 'timeout kill'));
    verdicts.push(checkPaste(makeLesson({ patterns: ['(oops', '(?=a)(a+)+'] }), 'x'));
    // Followers whose detection cannot be told: FOLLOWER_DETECTION_UNATTRIBUTED and unattributedDetections.
    verdicts.push(checkPaste(lesson, readFileSync(`${ROOT}fixtures/pastes-corpus/real9-java-B-jul-ms-cat-sort.log`)));
    expect(verdicts.at(-1)!.measurements!.followers[0]!.unattributedDetections).toBe(8);
    for (const verdict of verdicts) {
      const result = verdictSchema.safeParse(JSON.parse(JSON.stringify(verdict)));
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });

  it('rejects what is not a verdict', () => {
    expect(verdictSchema.safeParse({ schemaVersion: 1, passed: 'yes' }).success).toBe(false);
  });
});
