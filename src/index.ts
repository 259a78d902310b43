// Library API: what a course platform calls server-side.
export * from './errors.js';
export type { Finding, FindingCode, Severity } from './findings/finding.js';
export type { NodeNames } from './findings/node-names.js';
export { formatFinding, formatFindingMessage } from './findings/format-finding.js';
export type { CodeBlock, Lesson, LessonClient, LessonFrontMatter, LessonKind, LessonProof, LessonSection, ProofTiming, ProofType } from './lesson/types.js';
export type { ClientProtocol, ClientRequestTemplate } from './client/client-protocol.js';
export type { KeyReadBack, KeyReadStatus } from './client/key-round-trip.js';
export { parseLesson, type ParseLessonResult } from './lesson/parse-lesson.js';
export { loadLessons, findLesson, type LessonIndex, type LoadLessonsOptions } from './catalog/load-lessons.js';
export { lintLessons, type LintOptions, type LintResult } from './catalog/lint-lessons.js';
export { bundledLessonsDir } from './catalog/bundled-lessons-dir.js';
export { createLessonCache, type LessonCache } from './catalog/lesson-cache.js';
export { runCli, type CliIo } from './cli/run-cli.js';
export type { CliOutput } from './cli/cli-io.js';
export { createFrontMatterJsonSchema } from './lesson/front-matter-json-schema.js';
export * from './proof/index.js';
export { addFindingMessages } from './proof/add-finding-messages.js';
export { verdictJsonSchema as createVerdictJsonSchema } from './proof/verdict-schema.js';
export { createVerifier, type CreateVerifierOptions, type KeptLesson, type LessonReload, type Verifier, type VerifyOptions } from './verifier/create-verifier.js';
export { createServer, DEFAULT_BODY_LIMIT_BYTES, type CreateServerOptions, type ServerLoggerOptions } from './server/create-server.js';
export { createOpenApiDocument, type JsonObject, type OpenApiDocumentOptions, type OpenApiExamples } from './server/openapi.js';
export { formatGradescope, type GradescopeResults, type GradescopeTest, type GraderFormatOptions } from './formats/format-gradescope.js';
export { formatPrairieLearn, type PrairieLearnResults, type PrairieLearnTest } from './formats/format-prairielearn.js';
export { formatJunit } from './formats/format-junit.js';
export { renderVerdict, type RenderedVerdict, type RenderVerdictOptions } from './formats/render-verdict.js';
export type { RunOutcome } from './formats/run-outcome.js';
export { VERDICT_FORMATS, type VerdictFormat } from './formats/verdict-formats.js';
export { runScenario } from './scenario/run-scenario.js';
export type { FaultSignal, FollowerDetection, HarnessRead, RunScenarioOptions, ScenarioResult, ScenarioStepEvent, ScenarioStepName, StampBounds } from './scenario/scenario-types.js';
export { summarize as summarizeTrials, type Distribution } from './scenario/summarize-trials.js';
export { startCluster, type Cluster, type ClusterNode, type StartClusterOptions, type WriteAck } from './cluster/start-cluster.js';
export * from './history/index.js';
// Types that appear in the signatures above, so callers can name them.
export type { ClockKind } from './log-events/parse-timestamp.js';
export type { NodeId, Role } from './raft/types.js';
export type { KvNodeStatus } from './kv/client-api.js';
export type { ClientCallOptions, GetOptions, NodeExit } from './cluster/start-cluster.js';
export type { ProcessExit } from './process/process-group.js';
export type { ScenarioHistory } from './scenario/scenario-types.js';
export type { VerifyExpectation, VerifyOutputCheck } from './scenario/check-verify-output.js';
export type { Timeline, TimelineEvent, TimelineEventKind } from './scenario/timeline.js';
export type {
  CaptureLogStep, Duration, ExpectDetectionStep, ExpectKeysStep, ExpectLinearizableStep, ExpectNewLeaderStep, ExpectRejoinStep,
  ExpectStepDownStep, FaultAction, FaultStep, KillSignal, RunVerifyStep, Scenario, ScenarioStep, ScenarioStepKind, StartClientsStep,
  StartStep, WaitLeaderStep, WriteStep,
} from './lesson/scenario-types.js';
export type { JournalEntry, ScenarioJournal } from './scenario/scenario-types.js';
