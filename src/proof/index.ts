// The paste-verdict API: what src/index.ts re-exports for the CLI and the platform.
export { checkPaste, DEFAULT_LINE_CAP_CHARS, type CheckPasteOptions, type CheckableLesson } from './check-paste.js';
export { formatVerdictText, type FormatVerdictOptions } from './format-verdict.js';
export { DEFAULT_MAX_BYTES } from './normalize-paste.js';
export { REFERENCE_MARK } from './reference-mark.js';
export type {
  CheckId,
  CheckStatus,
  FollowerMeasurement,
  FollowerStatus,
  Measurements,
  PasteStats,
  PatternEvidenceRole,
  PatternResult,
  Verdict,
  VerdictCheck,
} from './verdict.js';
export { VERDICT_SCHEMA_VERSION } from './verdict.js';
