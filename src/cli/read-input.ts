import { createReadStream } from 'node:fs';
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

// Reads a file, or stdin for "-", holding at most capBytes + one chunk in memory and stopping there: `--paste
// /dev/zero` or a 2 GB pipe gets PASTE_TOO_LARGE at once, never an out-of-memory crash or an endless read.
export async function readPasteInput(source: string, io: CliIo, capBytes: number): Promise<PasteInput> {
  const file = source === '-' ? undefined : resolve(io.cwd, source);
  if (file === undefined && !io.stdin) throw new VerifyLessonError('PASTE_UNREADABLE', 'cannot read the paste from stdin: no stdin available');
  // At a terminal, a silent wait looks like a hang: say what is expected and how to end it.
  if (file === undefined && io.stdin!.isTTY === true) io.stderr.write('Paste the log lines, then press Ctrl+D on an empty line (Ctrl+C cancels).\n');
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
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new VerifyLessonError('PASTE_UNREADABLE', `cannot read the paste ${file ?? 'from stdin'}: ${reason}`, { cause: error });
  }
  if (truncated && file !== undefined) (stream as { destroy?: () => void }).destroy?.();
  return { bytes: Buffer.concat(chunks), totalBytes: kept, truncated };
}
