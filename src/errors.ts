// Operational failures (a node won't start, a port is taken, a file can't be read) — never used for findings.

export type VerifyErrorCode =
  | 'FILE_UNREADABLE'
  | 'LESSONS_DIR_NOT_FOUND'
  | 'LESSON_NOT_FOUND'
  | 'LESSON_INVALID'
  | 'PASTE_UNREADABLE'
  | 'USAGE'
  | 'NODE_START_FAILED'
  | 'NODE_EXITED'
  | 'PORT_UNAVAILABLE'
  | 'CLUSTER_TIMEOUT'
  | 'CLIENT_REQUEST_FAILED'
  | 'STORAGE_CORRUPT'
  | 'SCENARIO_FAILED'
  | 'OUTPUT_EXISTS'
  | 'OUTPUT_UNWRITABLE'
  | 'SERVER_START_FAILED'
  | 'PEER_MISSING'
  | 'ARGUMENT_INVALID';

// One small class for all operational failures: a stable code for callers, the original error as `cause`.
export class VerifyLessonError extends Error {
  readonly code: VerifyErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: VerifyErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VerifyLessonError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

// Narrowing helper for CLI/HTTP edges that must turn errors into messages, never stack traces.
export function isVerifyLessonError(error: unknown): error is VerifyLessonError {
  return error instanceof VerifyLessonError;
}
