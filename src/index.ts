// Library API: what a course platform calls server-side.
export * from './errors.js';
export type { Finding, FindingCode, Severity } from './findings/finding.js';
export { formatFinding, formatFindingMessage } from './findings/format-finding.js';
export type { CodeBlock, Lesson, LessonFrontMatter, LessonKind, LessonProof, LessonSection, ProofTiming, ProofType } from './lesson/types.js';
export { parseLesson, type ParseLessonResult } from './lesson/parse-lesson.js';
export { loadLessons, findLesson, type LessonIndex, type LoadLessonsOptions } from './lessons/load-lessons.js';
export { lintLessons, type LintOptions, type LintResult } from './lessons/lint-lessons.js';
export { bundledLessonsDir } from './lessons/bundled-lessons-dir.js';
export { createLessonCache } from './lessons/lesson-cache.js';
export { runCli, type CliIo } from './cli/run-cli.js';
export { createFrontMatterJsonSchema } from './lesson/front-matter-json-schema.js';
