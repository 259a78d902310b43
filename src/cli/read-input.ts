import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { VerifyLessonError } from '../errors.js';
import type { CliIo } from './cli-io.js';

// A paste as raw bytes (it may be binary or not UTF-8; the verdict engine decodes): a file, or stdin for "-".
export async function readPasteInput(source: string, io: CliIo): Promise<Uint8Array> {
  if (source === '-') {
    if (!io.stdin) throw new VerifyLessonError('PASTE_UNREADABLE', 'cannot read the paste from stdin: no stdin available');
    const chunks: Uint8Array[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
  }
  const file = resolve(io.cwd, source);
  try {
    return await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new VerifyLessonError('PASTE_UNREADABLE', `cannot read the paste ${file}: ${reason}`, { cause: error });
  }
}
