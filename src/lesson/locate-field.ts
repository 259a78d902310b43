// Maps a front-matter field path (['proof', 'regex_patterns', 1]) to its 1-based line in the lesson file.
// Best effort over block-style YAML, which is how lessons are written; falls back to the nearest parent found.

interface Located {
  line: number;
  indent: number;
  end: number;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isContent = (line: string): boolean => line.trim() !== '' && !line.trimStart().startsWith('#');

export function locateField(
  frontMatterLines: readonly string[],
  firstLine: number,
  path: readonly (string | number)[],
): number | undefined {
  let scope: Located = { line: -1, indent: -1, end: frontMatterLines.length };
  let found: number | undefined;
  for (const segment of path) {
    const next = typeof segment === 'number' ? findItem(frontMatterLines, scope, segment) : findKey(frontMatterLines, scope, segment);
    if (!next) break;
    scope = next;
    found = next.line;
  }
  return found === undefined ? undefined : firstLine + found;
}

// A key's block runs until a line at its indent or less (a "- " item at the same indent still belongs to it);
// an item's block runs until the next line at its indent or less.
function blockEnd(lines: readonly string[], start: number, indent: number, limit: number, isItem: boolean): number {
  for (let i = start + 1; i < limit; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    const lineIndent = indentOf(line);
    if (lineIndent < indent) return i;
    if (lineIndent === indent && (isItem || !line.trimStart().startsWith('- '))) return i;
  }
  return limit;
}

function findKey(lines: readonly string[], scope: Located, key: string): Located | undefined {
  const keyPattern = new RegExp(`^(\\s*)(- )?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
  let childIndent: number | undefined;
  for (let i = scope.line + 1; i < scope.end; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    childIndent ??= indentOf(line);
    const match = keyPattern.exec(line);
    if (match && indentOf(line) === childIndent) {
      const indent = match[1]!.length + (match[2] ? 2 : 0);
      return { line: i, indent, end: blockEnd(lines, i, indent, scope.end, false) };
    }
  }
  return undefined;
}

function findItem(lines: readonly string[], scope: Located, index: number): Located | undefined {
  let seen = -1;
  let itemIndent: number | undefined;
  for (let i = scope.line + 1; i < scope.end; i++) {
    const line = lines[i]!;
    if (!isContent(line) || !line.trimStart().startsWith('-')) continue;
    const indent = indentOf(line);
    itemIndent ??= indent;
    if (indent !== itemIndent) continue;
    seen++;
    if (seen === index) return { line: i, indent, end: blockEnd(lines, i, indent, scope.end, true) };
  }
  return undefined;
}
