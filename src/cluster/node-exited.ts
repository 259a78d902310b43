// The one NODE_EXITED every cluster throws: a bundled node that crashed and a student's read the same, each with its
// exit code or signal and its last lines of output (the wording is the NODE_EXITED finding's, format-finding.ts).
import { VerifyLessonError } from '../errors.js';
import { createFinding, NOT_EXECUTABLE_EXIT, type NodeExitedArgs } from '../findings/finding.js';
import { formatFindingMessage } from '../findings/format-finding.js';
import type { ProcessExit } from '../process/process-group.js';

/** How many of a dead node's last output lines the error quotes, and how much of each. */
const LAST_OUTPUT_LINES = 3;
/** How much of one output line an error quotes. */
const LAST_OUTPUT_LINE_CHARS = 200;

/** A node that exited, as the error describes it. */
export interface ExitedNode {
  readonly id: number;
  readonly exit: ProcessExit | undefined;
  /** What it printed (stdout and stderr, or stderr alone), as readOutputTail kept it. */
  readonly output: OutputTail;
  readonly logPath: string;
}

/** What a node's output says of why it ended: its last lines and the lines that say more, kept as it prints. */
export interface OutputTail {
  /** Its last non-blank lines, oldest first. */
  readonly lines: readonly string[];
  /**
   * The uncaught exception its output ends with: Java's `Exception in thread "main" java.lang.X: …` (and its last
   * `Caused by: …`), Node's `TypeError: …` above its `    at …` frames, Python's `KeyError: 'peers'` after a traceback.
   */
  readonly exception?: readonly string[];
  /**
   * A line it printed, maybe long before its last ones, saying a path under the work dir was not found (Node's
   * `Error: Cannot find module '/tmp/verify-lesson-…/my-node.js'` is followed by a stack and `Node.js v20…`).
   */
  readonly notFound?: string;
  /** Inside a stack trace: Python's frames, Java's or Node's frames, or the `{ code: … }` properties after Node's. */
  readonly reading?: 'traceback' | 'frames' | 'properties';
}

export const NO_OUTPUT: OutputTail = { lines: [] };

// `sh: 1: exec: ./my-node: not found`, Python's `can't open file '/tmp/verify-lesson-…/my.py'`, cargo's `could not
// find `Cargo.toml` in `/tmp/verify-lesson-…` or any parent directory`, the JVM's `Unable to access jarfile node/kv.jar`: a path the work dir does not hold. A line naming an absolute path outside the work dir is a wrong path, not a relative one.
const PROGRAM_NOT_FOUND = /not found|no such file|can't open file|cannot find|could not find|unable to access jarfile/i;
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

/** A student's template and the work dir it ran in. */
export interface TemplateRun {
  readonly workDir: string;
  readonly command: string;
}

// The JVM and `python3 -m` name what they did not find, not where they looked: a main class looked for on the
// classpath, a module looked for in the current dir first (`/usr/bin/python3: No module named kv`, `…: Error while
// finding module specification for 'kv.node' (ModuleNotFoundError: …)`; an import's ModuleNotFoundError is not one).
const JVM_CLASS_NOT_FOUND = /^Error: Could not find or load main class \S/;
const PYTHON_MODULE_NOT_FOUND = /^\S*python[\w.]*: (?:No module named |Error while finding module specification for )/;
// A template that changes directory first runs its command elsewhere.
const CHANGES_DIR = /(?:^|[;&|(]\s*)(?:cd|pushd)\s/;
const JAVA_CLASS_PATH = /(?:^|\s)(?:-cp|-classpath|--class-path)[\s=]+(?:"([^"]*)"|'([^']*)'|(\S+))/;

// Whether `command`'s java looks for its main class in the work dir: a classpath entry not absolute (`node/classes`,
// a literal `$PWD/…` that sh expands there) or none given (the JVM's default, the current dir, unless CLASSPATH is set).
function searchesClassPathInWorkDir(command: string): boolean {
  const given = JAVA_CLASS_PATH.exec(command);
  const classPath = given ? (given[1] ?? given[2] ?? given[3]!) : (/(?:^|\s)CLASSPATH=(\S+)/.exec(command)?.[1] ?? process.env.CLASSPATH ?? '.');
  return classPath.split(':').some((entry) => !entry.startsWith('/'));
}

/**
 * Whether an output line of a node says what its template names was not found in the work dir: a file under it
 * (`Error: Cannot find module '/tmp/verify-lesson-…/my-node.js'`: a relative path of the template, resolved there),
 * the JVM's main class on a classpath relative to it (`-cp node/classes`), `python3 -m`'s module. Only a named path
 * counts otherwise, so a node's own "key not found" while it runs is no such line.
 */
export function isWorkDirPathNotFound(line: string, template: TemplateRun): boolean {
  if (JVM_CLASS_NOT_FOUND.test(line)) return !CHANGES_DIR.test(template.command) && searchesClassPathInWorkDir(template.command);
  if (PYTHON_MODULE_NOT_FOUND.test(line)) return !CHANGES_DIR.test(template.command);
  if (!PROGRAM_NOT_FOUND.test(line)) return false;
  return (line.replace(SPEAKER, '').match(ABSOLUTE_PATH) ?? []).some((path) => isInWorkDir(path, template.workDir));
}

// Java's `\tat Main.main(Main.java:66)`, Node's `    at Object.<anonymous> (/home/me/n.js:3:9)`.
const FRAME = /^\s+at \S/;
// Also inside a Java trace: `\t... 3 more`, a `Suppressed:` one; Node's closing `Node.js v20.20.2`.
const TRACE_TAIL = /^\s+\.\.\. \d+ (?:more|common frames omitted)$|^\s*Suppressed: |^Node\.js v\d/;
const JAVA_CAUSE = /^Caused by: /;
const PYTHON_TRACEBACK = /^Traceback \(most recent call last\):$/;

// One more output line read into the tail: an exception is kept while only its trace follows it.
function readOutputLine(tail: OutputTail, line: string, template: TemplateRun | undefined): OutputTail {
  const lines = [...tail.lines, line].slice(-LAST_OUTPUT_LINES);
  const notFound = tail.notFound ?? (template !== undefined && isWorkDirPathNotFound(line, template) ? line.trim() : undefined);
  const next = (exception: readonly string[] | undefined, reading?: OutputTail['reading']): OutputTail => ({
    lines,
    ...(exception === undefined ? {} : { exception }),
    ...(notFound === undefined ? {} : { notFound }),
    ...(reading === undefined ? {} : { reading }),
  });
  if (tail.reading === 'traceback') return /^\S/.test(line) ? next([line]) : next(undefined, 'traceback');
  if (PYTHON_TRACEBACK.test(line)) return next(undefined, 'traceback');
  if (tail.reading === 'properties') return next(tail.exception, /^\}$/.test(line) ? 'frames' : 'properties');
  if (FRAME.test(line)) {
    const reading = line.endsWith(' {') ? 'properties' : 'frames';
    if (tail.reading === 'frames') return next(tail.exception, reading);
    const head = tail.lines.at(-1);
    return next(head === undefined ? undefined : [head], reading);
  }
  if (tail.reading === 'frames' && tail.exception !== undefined && JAVA_CAUSE.test(line)) return next([tail.exception[0]!, line], 'frames');
  if (tail.reading === 'frames' && TRACE_TAIL.test(line)) return next(tail.exception, 'frames');
  return next(undefined);
}

// `text` (one or more lines) read into a node's output tail; `template`: a student's, and the work dir it ran in.
export function readOutputTail(previous: OutputTail, text: string, template?: TemplateRun): OutputTail {
  let tail = previous;
  for (const line of text.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed.trim() !== '') tail = readOutputLine(tail, trimmed.slice(0, LAST_OUTPUT_LINE_CHARS), template);
  }
  return tail;
}

// The file a shell was refused running: dash's and bash's `…: FILE: Permission denied`, zsh's `permission denied: FILE`.
const PERMISSION_DENIED = /(?:^|: )([^:]+): Permission denied\s*$|permission denied: (\S+)\s*$/i;
// The interpreter a script's extension names, for the other way to start it.
const INTERPRETERS: Readonly<Record<string, string>> = { js: 'node', mjs: 'node', cjs: 'node', py: 'python3', sh: 'sh', bash: 'bash', rb: 'ruby', pl: 'perl' };

// When a node exited 126 (found, not runnable): the file the quoted output says its shell could not run, and that file's interpreter.
function readNotExecutable(nodes: NodeExitedArgs['nodes'], lines: readonly string[]): NodeExitedArgs['notExecutable'] {
  if (!nodes.some((n) => n.signal === null && n.code === NOT_EXECUTABLE_EXIT)) return undefined;
  const denied = lines.map((line) => PERMISSION_DENIED.exec(line)).find((m) => m !== null);
  const file = denied?.[1] ?? denied?.[2];
  if (file === undefined) return {};
  const interpreter = INTERPRETERS[/\.(\w+)$/.exec(file)?.[1]?.toLowerCase() ?? ''];
  return interpreter === undefined ? { file } : { file, interpreter };
}

// NODE_EXITED for `dead` (at least one node); `workDir`: a student's template ran there, so a program not found is
// said to be a path relative to it.
export function nodeExitedError(dead: readonly ExitedNode[], phase: NodeExitedArgs['phase'], workDir?: string): VerifyLessonError {
  // The not-found line says more than the stack after it: quoted instead of the last lines.
  const lost = workDir === undefined ? undefined : dead.find((n) => n.output.notFound !== undefined);
  const talker = lost ?? dead.find((n) => n.output.lines.length > 0);
  const notFound = lost !== undefined || (workDir !== undefined && talker !== undefined && isRelativePathNotFound(talker.output.lines.at(-1)!, workDir));
  const nodes = dead.map((n) => ({ node: `node${n.id}`, code: n.exit?.code ?? null, signal: n.exit?.signal ?? null }));
  const lastOutput = talker ? { node: `node${talker.id}`, lines: lost ? [lost.output.notFound!] : (talker.output.exception ?? talker.output.lines) } : undefined;
  const notExecutable = readNotExecutable(nodes, lastOutput?.lines ?? []);
  const args: NodeExitedArgs = {
    phase,
    nodes,
    ...(lastOutput ? { lastOutput } : {}),
    logPath: dead[0]!.logPath,
    ...(notFound ? { programNotFoundIn: workDir } : {}),
    ...(notFound && lastOutput?.lines.some((line) => line.includes('Cargo.toml')) ? { cargoManifestNotFound: true as const } : {}),
    ...(notExecutable ? { notExecutable } : {}),
  };
  return new VerifyLessonError('NODE_EXITED', formatFindingMessage(createFinding('NODE_EXITED', 'error', args)), { details: args });
}
