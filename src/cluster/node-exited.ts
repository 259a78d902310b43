// The one NODE_EXITED every cluster throws: a bundled node that crashed and a student's read the same, each with its
// exit code or signal and its last lines of output (the wording is the NODE_EXITED finding's, format-finding.ts).
import { VerifyLessonError } from '../errors.js';
import { createFinding, type NodeExitedArgs } from '../findings/finding.js';
import { formatFindingMessage } from '../findings/format-finding.js';
import type { ProcessExit } from '../process/process-group.js';

/** How many of a dead node's last output lines the error quotes, and how much of each. */
const LAST_OUTPUT_LINES = 3;
/** How much of one output line an error quotes. */
export const LAST_OUTPUT_LINE_CHARS = 200;

/** A node that exited, as the error describes it. */
export interface ExitedNode {
  readonly id: number;
  readonly exit: ProcessExit | undefined;
  /** What it printed last (stdout and stderr, or stderr alone), oldest first; blank lines are skipped. */
  readonly lastLines: readonly string[];
  readonly logPath: string;
  /**
   * A line it printed, maybe long before its last ones, saying a path under the work dir was not found (Node's
   * `Error: Cannot find module '/tmp/verify-lesson-…/my-node.js'` is followed by a stack and `Node.js v20…`).
   */
  readonly notFoundLine?: string;
}

// `sh: 1: exec: ./my-node: not found`, Python's `can't open file '/tmp/verify-lesson-…/my.py'`, cargo's `could not
// find `Cargo.toml` in `/tmp/verify-lesson-…` or any parent directory`: a path the work dir does not hold. A line naming an absolute path outside the work dir is a wrong path, not a relative one.
const PROGRAM_NOT_FOUND = /not found|no such file|can't open file|cannot find|could not find/i;
const ABSOLUTE_PATH = /(?<![\w.~-])\/[^\s'"`:,;()]+/g;

// The work dir or a path under it (cargo names the directory it searched).
const isInWorkDir = (path: string, workDir: string): boolean => path === workDir || path.startsWith(`${workDir}/`);

// The program's own name before the message (`/bin/sh: `, `/usr/bin/python3: `) is not the path it could not find.
const SPEAKER = /^[^\s:]+:\s/;

// Whether a node's last output line says a program was not found at a relative path (one under `workDir`, or none
// named: `sh: 1: exec: ./my-node: not found`).
function isRelativePathNotFound(line: string, workDir: string): boolean {
  if (!PROGRAM_NOT_FOUND.test(line)) return false;
  const paths = line.replace(SPEAKER, '').match(ABSOLUTE_PATH) ?? [];
  return paths.length === 0 || paths.some((path) => isInWorkDir(path, workDir));
}

/**
 * Whether any output line of a node says a file under `workDir` was not found (`Error: Cannot find module
 * '/tmp/verify-lesson-…/my-node.js'`): a relative path of the template, resolved in the work dir. Only a named path
 * counts here, so a node's own "key not found" while it runs is no such line.
 */
export function isWorkDirPathNotFound(line: string, workDir: string): boolean {
  if (!PROGRAM_NOT_FOUND.test(line)) return false;
  return (line.replace(SPEAKER, '').match(ABSOLUTE_PATH) ?? []).some((path) => isInWorkDir(path, workDir));
}

// The last non-blank lines of a node's output, as the error quotes them.
export function keepLastLines(previous: readonly string[], text: string): string[] {
  const lines = [...previous];
  for (const line of text.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed.trim() !== '') lines.push(trimmed.slice(0, LAST_OUTPUT_LINE_CHARS));
  }
  return lines.length > LAST_OUTPUT_LINES ? lines.slice(-LAST_OUTPUT_LINES) : lines;
}

// NODE_EXITED for `dead` (at least one node); `workDir`: a student's template ran there, so a program not found is
// said to be a path relative to it.
export function nodeExitedError(dead: readonly ExitedNode[], phase: NodeExitedArgs['phase'], workDir?: string): VerifyLessonError {
  // The not-found line says more than the stack after it: quoted instead of the last lines.
  const lost = workDir === undefined ? undefined : dead.find((n) => n.notFoundLine !== undefined);
  const talker = lost ?? dead.find((n) => n.lastLines.length > 0);
  const notFound = lost !== undefined || (workDir !== undefined && talker !== undefined && isRelativePathNotFound(talker.lastLines.at(-1)!, workDir));
  const args: NodeExitedArgs = {
    phase,
    nodes: dead.map((n) => ({ node: `node${n.id}`, code: n.exit?.code ?? null, signal: n.exit?.signal ?? null })),
    ...(talker ? { lastOutput: { node: `node${talker.id}`, lines: lost ? [lost.notFoundLine!] : talker.lastLines } } : {}),
    logPath: dead[0]!.logPath,
    ...(notFound ? { programNotFoundIn: workDir } : {}),
  };
  return new VerifyLessonError('NODE_EXITED', formatFindingMessage(createFinding('NODE_EXITED', 'error', args)), { details: args });
}
