// Where the mistake behind a front-matter YAML error is. js-yaml reports where it noticed the error, often a line
// after the one to fix: a quote or a `[` left open is noticed where the text stops making sense, an over-indented
// first entry of a block when the next entry "is badly indented". Pure.

/** A YAML error's place: a 0-based index into the front-matter lines and a 0-based column. */
export interface YamlErrorPlace {
  readonly index: number;
  readonly column: number;
  /** Said instead of js-yaml's reason, which describes the line where it noticed (a value left open, a tab). */
  readonly reason?: string;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isContent = (line: string | undefined): boolean => line !== undefined && line.trim() !== '' && !line.trimStart().startsWith('#');
const INDENT_ERRORS = /^(bad indentation of a (mapping|sequence) entry|end of the stream or a document separator is expected)/;

// A value's opening quote or bracket on a line (after `key:`, `- `, or both), or -1.
function valueStart(line: string): number {
  const m = /^(\s*(?:-\s+)*)(?:(?:[^\s"'#\[\]{}:][^:#]*?|"[^"]*"|'[^']*'):(?:\s+|$))?(?:-\s+)*/.exec(line);
  const at = m ? m[0].length : 0;
  return at < line.length && `"'[{`.includes(line[at]!) ? at : -1;
}

const OPENER_NAMES: Readonly<Record<string, string>> = { '"': 'quote', "'": 'quote', '[': '[', '{': '{' };

// Where a quoted or bracketed value that spans lines opened, if it is still open on line `upTo` or closes there, with
// what is wrong in words (js-yaml's reason describes the line where it noticed).
function findOpenValue(lines: readonly string[], upTo: number, reason: string): YamlErrorPlace | undefined {
  const place = (open: { index: number; column: number }, spans: boolean): YamlErrorPlace => {
    const name = OPENER_NAMES[lines[open.index]![open.column]!]!;
    return { ...open, reason: spans ? `the ${name} opened here is not closed on its line (${reason}, further down)` : `text after the value's closing ${name === 'quote' ? 'quote' : name === '[' ? ']' : '}'} (${reason})` };
  };
  let open: { index: number; column: number; quote: string; depth: number } | undefined;
  for (let i = 0; i <= upTo && i < lines.length; i++) {
    const line = lines[i]!;
    let from = 0;
    if (!open) {
      if (!isContent(line)) continue;
      const at = valueStart(line);
      if (at < 0) continue;
      open = { index: i, column: at, quote: '[{'.includes(line[at]!) ? '' : line[at]!, depth: 0 };
      from = at + (open.quote ? 1 : 0);
    }
    for (let j = from; j < line.length; j++) {
      const ch = line[j]!;
      if (open.quote === '"') {
        if (ch === '\\') j++;
        else if (ch === '"') open.quote = '';
      } else if (open.quote === "'") {
        if (ch === "'" && line[j + 1] === "'") j++;
        else if (ch === "'") open.quote = '';
      } else if (ch === '"' || ch === "'") open.quote = ch;
      else if (ch === '[' || ch === '{') open.depth++;
      else if (ch === ']' || ch === '}') open.depth--;
      else if (ch === '#' && j > 0 && /\s/.test(line[j - 1]!)) break; // a comment inside a flow collection
      if (!open.quote && open.depth <= 0) {
        // Text after the closing quote or bracket cannot be YAML: the value ended where its writer did not mean it to (a
        // quote left open swallowed the lines up to the next quote, or one too many ended it early).
        const trailing = !/^\s*(#.*)?$/.test(line.slice(j + 1));
        if (trailing || (open.index < i && i === upTo)) return place(open, open.index < i);
        open = undefined;
        break;
      }
    }
    if (open && open.index === i && i === upTo) return undefined;
  }
  return open && open.index < upTo ? place(open, true) : undefined;
}

// The previous content line of an indentation error when it, not the reported line, is the odd one: the first entry
// of its block, indented deeper or less deep than the entries after it.
function findOddFirstEntry(lines: readonly string[], at: number): number | undefined {
  const iE = indentOf(lines[at]!);
  let p = at - 1;
  while (p >= 0 && !isContent(lines[p])) p--;
  if (p < 0 || indentOf(lines[p]!) === iE) return undefined;
  let q = p - 1;
  while (q >= 0 && !isContent(lines[q])) q--;
  if (q < 0) return iE === 0 ? p : undefined;
  const iQ = indentOf(lines[q]!);
  if (iQ >= indentOf(lines[p]!) || iE <= iQ) return undefined; // p is not the first entry of a block holding the reported line
  let n = at + 1;
  while (n < lines.length && !isContent(lines[n])) n++;
  if (n < lines.length && indentOf(lines[n]!) === iE) return p;
  // No entry after it: the file's own step from a key to its first entry decides.
  return iE - iQ === usualStep(lines) ? p : undefined;
}

// The indentation step the file uses most from a `key:` line to the entry under it (2 unless it says otherwise).
function usualStep(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < lines.length - 1; i++) {
    if (!isContent(lines[i]) || !/:\s*(#.*)?$/.test(lines[i]!)) continue;
    let n = i + 1;
    while (n < lines.length && !isContent(lines[n])) n++;
    const step = n < lines.length ? indentOf(lines[n]!) - indentOf(lines[i]!) : 0;
    if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best = 2;
  for (const [step, count] of counts) if (count > (counts.get(best) ?? 0)) best = step;
  return best;
}

// An unquoted value holding `: ` (`title: Demo step 2: kill the leader`): YAML reads the second colon as a key of its
// own, and js-yaml says "incomplete explicit mapping pair; a key node is missed". The fix is quoting the value.
function findColonInPlainValue(line: string): { column: number; reason: string } | undefined {
  const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+([^\s"'#[{|>&*!%@`:][^#]*?)\s*(?:#.*)?$/.exec(line);
  if (!m) return undefined;
  const inner = m[3]!.search(/:(?:\s|$)/);
  if (inner < 0) return undefined;
  const value = m[3]!.replace(/"/g, '\\"');
  return {
    column: line.indexOf(m[3]!) + inner,
    reason: `the value of "${m[2]}" holds ": ", which YAML reads as the start of another key: quote the whole value (${m[2]}: "${value}")`,
  };
}

/** The place to fix for js-yaml's error at `mark` (its line counts from the opening `---`: 1 is the first YAML line). */
export function locateYamlError(lines: readonly string[], mark: { readonly line: number; readonly column: number }, reason: string): YamlErrorPlace {
  const at = Math.min(Math.max(mark.line - 1, 0), Math.max(lines.length - 1, 0));
  const tab = lines.slice(0, at + 1).findIndex((line) => /^ *\t/.test(line) && line.trim() !== '');
  if (tab >= 0) return { index: tab, column: lines[tab]!.indexOf('\t'), reason: 'a tab in the indentation (YAML indents with spaces only)' };
  const open = findOpenValue(lines, at, reason);
  if (open) return open;
  const colon = findColonInPlainValue(lines[at] ?? '');
  if (colon) return { index: at, column: colon.column, reason: colon.reason };
  if (INDENT_ERRORS.test(reason)) {
    const over = findOddFirstEntry(lines, at);
    if (over !== undefined) return { index: over, column: indentOf(lines[over]!) };
  }
  return { index: at, column: mark.column };
}
