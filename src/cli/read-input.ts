import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import type { CliIo } from './cli-io.js';
import { describeReadError } from './describe-read-error.js';

/** A paste as raw bytes (the verdict engine decodes), kept only up to the cap; `totalBytes` counts what was read. */
export interface PasteInput {
  readonly bytes: Uint8Array;
  readonly totalBytes: number;
  /** Reading stopped past the cap: the paste is at least `totalBytes` long (an endless source never ends). */
  readonly truncated: boolean;
}

// fs.ReadStream's chunk size: a regular file read below is cut where the stream would cut it.
const CHUNK_BYTES = 64 * 1024;

// A regular file, read without a stream (a cold start skips loading Node's stream machinery).
function readRegularFile(fd: number, capBytes: number): PasteInput {
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
}

function unreadable(error: unknown, file: string | undefined): VerifyLessonError {
  return new VerifyLessonError('PASTE_UNREADABLE', `cannot read the paste ${file ?? 'from stdin'}: ${describeReadError(error, file)}`, { cause: error });
}

type ByteStream = AsyncIterable<Uint8Array | string> & { destroy?: () => void };

// The one open descriptor of a file that is not a regular one, as a stream that owns it. A named pipe goes through
// the event loop (a libuv pipe): its reads never block a thread-pool thread, so Ctrl+C ends the wait for a writer
// or for data at once, and the process can exit (an exit waits for the thread pool).
async function streamOf(fd: number, stats: Stats): Promise<ByteStream> {
  if (stats.isFIFO() || stats.isSocket()) {
    const { Socket } = await import('node:net');
    return new Socket({ fd, readable: true, writable: false });
  }
  const { isatty, ReadStream } = await import('node:tty');
  if (isatty(fd)) return new ReadStream(fd);
  const { createReadStream } = await import('node:fs');
  return createReadStream('', { fd });
}

// Reads a stream up to the cap; an abort (Ctrl+C) destroys it, so no read is left pending on the descriptor.
async function readStream(stream: ByteStream, file: string | undefined, capBytes: number, signal: AbortSignal | undefined): Promise<PasteInput> {
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let truncated = false;
  const onAbort = (): void => stream.destroy?.();
  signal?.addEventListener('abort', onAbort, { once: true });
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
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (file !== undefined) stream.destroy?.();
  return { bytes: Buffer.concat(chunks), totalBytes: kept, truncated };
}

// Reads a file, or stdin for "-", holding at most capBytes + one chunk in memory and stopping there: `--paste
// /dev/zero` or a 2 GB pipe gets PASTE_TOO_LARGE at once, never an out-of-memory crash or an endless read. The file
// is opened once: a second open of a named pipe would wait for a second writer while the first one's paste is lost.
export async function readPasteInput(source: string, io: CliIo, capBytes: number): Promise<PasteInput> {
  if (source === '-') {
    if (!io.stdin) throw new VerifyLessonError('PASTE_UNREADABLE', 'cannot read the paste from stdin: no stdin available');
    // At a terminal, a silent wait looks like a hang: say what is expected and how to end it.
    if (io.stdin.isTTY === true) io.stderr.write('Paste the log lines, then press Ctrl+D on an empty line (Ctrl+C cancels).\n');
    return readStream(io.stdin, undefined, capBytes, io.signal);
  }
  const file = resolve(io.cwd, source);
  let fd: number;
  let stats: Stats;
  try {
    // Non-blocking: opening a named pipe returns at once instead of holding the main thread until a writer comes
    // (where no Ctrl+C handler can run). It changes nothing for a regular file.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw unreadable(error, file);
  }
  try {
    stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
  } catch (error) {
    closeSync(fd);
    throw unreadable(error, file);
  }
  if (stats.isFile()) {
    // Over the cap by its size: refused without reading it, and its size said exactly (`/proc` files say 0 and are read).
    if (stats.size > capBytes) {
      closeSync(fd);
      return { bytes: Buffer.alloc(0), totalBytes: stats.size, truncated: false };
    }
    try {
      return readRegularFile(fd, capBytes);
    } catch (error) {
      throw unreadable(error, file);
    } finally {
      closeSync(fd);
    }
  }
  return readStream(await streamOf(fd, stats), file, capBytes, io.signal);
}
