// The kv_node's event log: one line per event, `2026-11-26T19:30:01.123Z node2 INFO  <message>`, appended to
// <data-dir>/node.log with a synchronous write (nothing is lost at SIGTERM, and the timestamp is the moment of
// the event, not of some later flush), and echoed to stdout.
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import type { NodeId } from '../raft/types.js';

export type NodeLogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface NodeLogger {
  log(level: NodeLogLevel, message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** fsyncs and closes the file; later lines only go to the echo. */
  close(): void;
}

export interface NodeLoggerOptions {
  readonly nodeId: NodeId;
  readonly filePath: string;
  /** Receives every formatted line (with its newline); kv_node passes a stdout writer. */
  readonly echo?: (line: string) => void;
  readonly now?: () => Date;
}

// The one place the line format lives; the level is padded to 5 so messages line up.
export function formatLogLine(at: Date, nodeId: NodeId, level: NodeLogLevel, message: string): string {
  return `${at.toISOString()} node${nodeId} ${level.padEnd(5)} ${message.replace(/[\r\n]+/g, ' ')}\n`;
}

// Opens (appending) the log file, creating its directory; NODE_START_FAILED when that is impossible.
export function createNodeLogger(options: NodeLoggerOptions): NodeLogger {
  let fd: number | undefined;
  try {
    mkdirSync(dirname(options.filePath), { recursive: true });
    fd = openSync(options.filePath, 'a');
  } catch (error) {
    throw new VerifyLessonError('NODE_START_FAILED', `cannot open log file ${options.filePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  const now = options.now ?? (() => new Date());
  const log = (level: NodeLogLevel, message: string): void => {
    const line = formatLogLine(now(), options.nodeId, level, message);
    if (fd !== undefined) {
      const bytes = Buffer.from(line, 'utf8');
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } catch {
        // A full disk must not take the node down with it; the echo still carries the line.
      }
    }
    options.echo?.(line);
  };
  return {
    log,
    info: (message) => log('INFO', message),
    warn: (message) => log('WARN', message),
    error: (message) => log('ERROR', message),
    close: () => {
      if (fd === undefined) return;
      const closing = fd;
      fd = undefined;
      try {
        fsyncSync(closing);
      } finally {
        closeSync(closing);
      }
    },
  };
}
