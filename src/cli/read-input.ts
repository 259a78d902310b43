import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import type { CliIo } from './cli-io.js';

/** A paste as raw bytes (the verdict engine decodes), kept only up to the cap; `totalBytes` counts what was read. */
export interface PasteInput {
  readonly bytes: Uint8Array;
  readonly totalBytes: number;
  /** Reading stopped past the cap: the paste is at least `totalBytes` long (an endless source never ends). */
  readonly truncated: boolean;
}

// fs.ReadStream's chunk size: a regular file read below is cut where the stream would cut it.
const CHUNK_BYTES = 64 * 1024;

// A regular file, read without a stream (a cold start skips loading Node's stream machinery); anything else (a
// directory, a FIFO, /dev/stdin) is undefined and read as a stream, which Ctrl+C can interrupt.
function readRegularFile(file: string, capBytes: number): PasteInput | undefined {
  const fd = openSync(file, 'r');
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const chunks: Uint8Array[] = [];
    let kept = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) return { bytes: Buffer.concat(chunks), totalBytes: kept, truncated: false };
      chunks.push(chunk.subarray(0, read));
      kept += read;
      if (kept > capBytes) return { bytes: Buffer.concat(chunks), totalBytes: kept, truncated: true };
    }
  } finally {
    closeSync(fd);
  }
}

function unreadable(error: unknown, file: string | undefined): VerifyLessonError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
  return new VerifyLessonError('PASTE_UNREADABLE', `cannot read the paste ${file ?? 'from stdin'}: ${reason}`, { cause: error });
}

// Reads a file, or stdin for "-", holding at most capBytes + one chunk in memory and stopping there: `--paste
// /dev/zero` or a 2 GB pipe gets PASTE_TOO_LARGE at once, never an out-of-memory crash or an endless read.
export async function readPasteInput(source: string, io: CliIo, capBytes: number): Promise<PasteInput> {
  const file = source === '-' ? undefined : resolve(io.cwd, source);
  if (file === undefined && !io.stdin) throw new VerifyLessonError('PASTE_UNREADABLE', 'cannot read the paste from stdin: no stdin available');
  // At a terminal, a silent wait looks like a hang: say what is expected and how to end it.
  if (file === undefined && io.stdin!.isTTY === true) io.stderr.write('Paste the log lines, then press Ctrl+D on an empty line (Ctrl+C cancels).\n');
  if (file !== undefined) {
    let input: PasteInput | undefined;
    try {
      input = readRegularFile(file, capBytes);
    } catch (error) {
      throw unreadable(error, file);
    }
    if (input) return input;
  }
  const stream = file === undefined ? io.stdin! : createReadStream(file);
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let truncated = false;
  try {
    for await (const chunk of stream) {
      const bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      kept += bytes.byteLength;
      if (kept > capBytes) {
        truncated = true;
        break;
      }
    }
  } catch (error) {
    throw unreadable(error, file);
  }
  if (truncated && file !== undefined) (stream as { destroy?: () => void }).destroy?.();
  return { bytes: Buffer.concat(chunks), totalBytes: kept, truncated };
}
