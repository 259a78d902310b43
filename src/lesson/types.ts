// Plain types for a parsed lesson. Kept free of zod so the paste path can use lessons without loading it;
// src/lesson/schema.ts checks at compile time that the schema's output matches these.

import type { Scenario } from './scenario-types.js';

export type ProofType = 'paste';
export type LessonKind = 'lesson' | 'lab' | 'quiz' | 'project';

/** Machine-readable form of the prose "followers detect the dead leader within N ms of the kill". */
export interface ProofTiming {
  /** A follower must log its detection at most this many ms after the kill. */
  readonly window_ms: number;
  /** How many followers must detect, at least (w12-l03: both followers of a 3-node cluster); one seen detecting late fails. */
  readonly followers: number;
  /** Regex (case-insensitive) for the line that marks the kill; the earliest timestamped match is the kill time. */
  readonly kill_pattern: string;
  /** Regex for a follower noticing via its heartbeat/election timeout. */
  readonly heartbeat_pattern: string;
  /** Regex for a follower noticing via the connection to the leader closing (EOF, reset). */
  readonly connection_pattern: string;
}

export interface LessonProof {
  readonly type: ProofType;
  readonly instructions: string;
  readonly regex_patterns: readonly string[];
  readonly timing?: ProofTiming;
}

export interface LessonFrontMatter {
  readonly id: string;
  readonly title: string;
  readonly order?: number;
  readonly duration_minutes?: number;
  readonly xp: number;
  readonly kind: LessonKind;
  readonly part?: string;
  readonly proof: LessonProof;
  /** How a student's --cluster nodes take writes and reads (templates as for --client). */
  readonly client?: LessonClient;
  /** The demo as data, run by `verify-lesson <id>` (default: kill the leader, as w12-l03). */
  readonly scenario?: Scenario;
}

export interface LessonClient {
  readonly write: string;
  readonly read?: string;
}

export interface CodeBlock {
  /** Info string of the fence (`bash`), empty when none. */
  readonly lang: string;
  readonly code: string;
  /** 1-based line in the lesson file of the first line of code (after the opening fence). */
  readonly line: number;
}

export interface LessonSection {
  /** Heading text as written (`Done When`). */
  readonly title: string;
  /** Lower-case, dash-separated (`done-when`) for lookups. */
  readonly slug: string;
  /** 1-based line of the `##` heading in the lesson file. */
  readonly line: number;
  /** Text under the heading up to the next `##`, without the heading line. */
  readonly text: string;
  readonly codeBlocks: readonly CodeBlock[];
}

export interface Lesson extends LessonFrontMatter {
  /** Absolute path of the lesson file, when it came from disk. */
  readonly file?: string;
  /** Markdown after the front-matter. */
  readonly body: string;
  readonly sections: readonly LessonSection[];
}
