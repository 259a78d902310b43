import { renderVerdict } from '../formats/render-verdict.js';
import { addFindingMessages } from '../proof/add-finding-messages.js';
import type { Verifier } from '../verifier/create-verifier.js';
import type { OpenApiExamples } from './openapi.js';

// The follower lines of a bundled-cluster run around the kill: the example request of the OpenAPI document.
const EXAMPLE_PASTE = [
  '2026-11-26T19:30:01.000Z node1 INFO  received SIGTERM, shutting down',
  '2026-11-26T19:30:01.012Z node2 INFO  connection to leader node1 lost (EOF)',
  '2026-11-26T19:30:01.014Z node3 INFO  connection to leader node1 lost (EOF)',
  '2026-11-26T19:30:01.288Z node3 WARN  heartbeat timeout — no message from leader in 300ms',
  '2026-11-26T19:30:01.301Z node2 WARN  heartbeat timeout — no message from leader in 300ms',
  '',
].join('\n');

// Examples that cannot drift: the example paste judged by the served verifier, in every format. None without lessons.
export function createOpenApiExamples(verifier: Verifier): OpenApiExamples | undefined {
  const lesson = verifier.getLesson('w12-l03') ?? verifier.listLessons()[0];
  if (!lesson) return undefined;
  const verdict = verifier.verify(lesson.id, EXAMPLE_PASTE);
  const as = (format: 'text' | 'gradescope' | 'prairielearn' | 'junit'): string => renderVerdict(format, verdict, lesson, { executionTimeMs: 0.4 }).body;
  return {
    lessonId: lesson.id,
    paste: EXAMPLE_PASTE,
    verdict: addFindingMessages(verdict),
    text: as('text'),
    gradescope: JSON.parse(as('gradescope')) as unknown,
    prairielearn: JSON.parse(as('prairielearn')) as unknown,
    junit: as('junit'),
  };
}
