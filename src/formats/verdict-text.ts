import type { Finding } from '../findings/finding.js';
import { formatFindingMessage } from '../findings/format-finding.js';
import type { NodeNames } from '../findings/node-names.js';
import type { Lesson } from '../lesson/types.js';
import type { VerdictCheck } from '../proof/verdict.js';

// One finding as a line for a grader's report: severity, code, the message, and the paste line unless the message
// already names it; nodes by the verdict's `names`.
export function describeFinding(finding: Finding, names?: NodeNames): string {
  const message = formatFindingMessage(finding, names);
  const where = finding.line === undefined || message.includes(`line ${finding.line}`) ? '' : ` (paste line ${finding.line})`;
  return `${finding.severity} ${finding.code}${where}: ${message}`;
}

// What a check asks of the paste, in the lesson's own terms (test names in Gradescope and JUnit).
export function describeCheckTitle(check: VerdictCheck, lesson: Lesson): string {
  switch (check.id) {
    case 'input':
      return 'input: the paste is readable log text';
    case 'patterns': {
      const count = lesson.proof.regex_patterns.length;
      return `patterns: the log matches the lesson's ${count} pattern${count === 1 ? '' : 's'}`;
    }
    case 'timing': {
      const timing = lesson.proof.timing;
      return timing
        ? `timing: ${timing.followers} follower${timing.followers === 1 ? '' : 's'} detect the dead leader within ${timing.window_ms} ms of the kill`
        : 'timing: not required by this lesson';
    }
    default:
      return String(check.id);
  }
}

// The body of one check in a report: why it has its status, then its findings one a line.
export function describeCheck(check: VerdictCheck, names?: NodeNames): string {
  const head =
    check.status === 'skipped'
      ? ['not run: the paste was rejected (see the input check)']
      : check.status === 'not-required'
        ? ['not required by this lesson (counts as passed)']
        : [];
  const lines = [...head, ...check.findings.map((finding) => describeFinding(finding, names))];
  return lines.length > 0 ? lines.join('\n') : check.status;
}
