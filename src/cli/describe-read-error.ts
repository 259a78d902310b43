// Why a file the student named could not be read, in words: one wording for every command that reads one (a paste,
// a history), so `no such file` reads the same whichever command was given the wrong name.
/** `no such file`, `it is a directory`, `permission denied`, else the system's message. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}
