import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { suggestClosest } from '../lesson/did-you-mean.js';

// Why a file the student named could not be read, in words: one wording for every command that reads one (a paste,
// a history), so `no such file` reads the same whichever command was given the wrong name.
/** `no such file` (with the nearest name in its folder when `file` is given), `it is a directory`, `permission denied`, else the system's message. */
export function describeReadError(error: unknown, file?: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file${file === undefined ? '' : suggestSibling(file)}`;
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

// A typo in a file name (`demo_step2.lg`, `pas.log`): the closest name in the same folder, written as the student
// wrote the path; nothing when the folder cannot be listed or holds nothing close.
function suggestSibling(file: string): string {
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return '';
  }
  const near = suggestClosest(basename(file), names);
  return near === undefined ? '' : ` — did you mean ${join(dirname(file), near)}?`;
}
