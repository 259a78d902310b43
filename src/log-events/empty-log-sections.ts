// `tail -n +1 data/node*/node.log` of files a program never wrote to: each `==> file <==` header with nothing under it.
// A C program's printf output to a file waits in a buffer until it exits or the buffer fills, and a kill ends it with
// the buffer unwritten (adv56f-01/-02): the report then says why the paste has no lines to time, not only that it has none.
import { lineText, type PasteLines } from './paste-lines.js';
import { startsWithShellPrompt } from './shell-prompt.js';

const FILE_HEADER = /^==> (.{1,200}) <==\s*$/;

/** The files whose `==> file <==` section holds no line before the next header, shell prompt or the paste's end. */
export function findEmptyLogSections(lines: PasteLines): string[] {
  const empty: string[] = [];
  let open: string | undefined;
  for (let i = 0; i < lines.count; i++) {
    const text = lineText(lines, i, 512);
    const header = FILE_HEADER.exec(text);
    if (header !== null || startsWithShellPrompt(text.trimStart())) {
      if (open !== undefined) empty.push(open);
      open = header?.[1];
      continue;
    }
    if (text.trim() !== '') open = undefined;
  }
  if (open !== undefined) empty.push(open);
  return empty;
}
