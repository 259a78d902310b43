import { relative } from 'node:path';
import type { Finding } from '../findings/finding.js';
import { formatFinding } from '../findings/format-finding.js';

// `lessons/w12-l08.md:4: error LESSON_YAML_INVALID …`: a lesson file's finding as `lint` prints it, the file relative to
// `cwd` (absolute when outside it or when no cwd is given), so `serve` says a broken lesson in the same words.
export function formatLessonFinding(finding: Finding, cwd?: string): string {
  const file = finding.file !== undefined && cwd !== undefined ? relative(cwd, finding.file) || finding.file : finding.file;
  return formatFinding({ ...finding, ...(file === undefined ? {} : { file }) });
}
