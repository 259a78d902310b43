import type { LessonFrontMatter } from './types.js';

export interface LessonPattern {
  readonly path: readonly (string | number)[];
  readonly pattern: string;
}

// Every regex a lesson carries, with its field path: parse checks they compile, lint checks they cannot blow up.
export function listLessonPatterns(front: LessonFrontMatter): LessonPattern[] {
  const patterns: LessonPattern[] = front.proof.regex_patterns.map((pattern, i) => ({ path: ['proof', 'regex_patterns', i], pattern }));
  const timing = front.proof.timing;
  if (timing) {
    for (const key of ['kill_pattern', 'heartbeat_pattern', 'connection_pattern'] as const) {
      patterns.push({ path: ['proof', 'timing', key], pattern: timing[key] });
    }
  }
  return patterns;
}

// ['proof', 'regex_patterns', 1] → "proof.regex_patterns[1]", the form findings carry.
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}
