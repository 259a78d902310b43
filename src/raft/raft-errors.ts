// Failures of the Raft core itself: a bad config from the caller, or a broken safety invariant (a bug, never
// a network condition — lost, late and duplicated messages are all handled as normal input).

// Stable codes so callers can tell a misconfiguration from a bug without parsing messages.
export type RaftErrorCode = 'RAFT_CONFIG_INVALID' | 'RAFT_INVARIANT_VIOLATED';

// One small class with a stable code, like src/errors.ts, kept here so the core has no dependencies outside src/raft.
export class RaftError extends Error {
  readonly code: RaftErrorCode;

  constructor(code: RaftErrorCode, message: string) {
    super(message);
    this.name = 'RaftError';
    this.code = code;
  }
}
