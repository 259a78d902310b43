// The patterns a shell snippet greps for, as JavaScript regex sources: `grep -i "timeout\|leader.*down" f` →
// `timeout|leader.*down`. lint compares them with the lesson's timing patterns (check-timing-coverage.ts).
// Covers grep/egrep/fgrep with -E/-F/-G/-P, -e/--regexp, option clusters (-hiE), pipes and `||`/`&&`/`;`
// lists; an inverted grep (-v) or one reading patterns from a file (-f) is skipped. Pure.

export interface GrepPattern {
  /** 1-based line of the grep command (`firstLine` is the snippet's first line). */
  readonly line: number;
  /** The pattern as written in the command. */
  readonly written: string;
  /** The same pattern as a JavaScript regex source (case-insensitive use). */
  readonly source: string;
}

type Dialect = 'bre' | 'ere' | 'fixed';

/** Marks an operator among the words (a quoted "|" is a word, not a pipe). */
const OPERATOR = '\u0000';
/** Short options that take an argument (besides -e and -f). */
const SHORT_WITH_ARG = new Set(['A', 'B', 'C', 'm', 'd', 'D']);
const LONG_WITH_ARG = new Set(['--after-context', '--before-context', '--context', '--max-count', '--directories', '--devices', '--label', '--include', '--exclude', '--exclude-dir', '--color', '--colour', '--binary-files']);

// Shell words and operators of one logical line (quotes removed, as the shell passes them to grep).
function splitShellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  const push = (): void => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    } else if (c === '"') {
      let text = '';
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && '$`"\\'.includes(line[j + 1] ?? '')) j++;
        text += line[j];
      }
      word = (word ?? '') + text;
      i = j;
    } else if (c === '\\') {
      word = (word ?? '') + (line[i + 1] ?? '');
      i++;
    } else if (c === '#' && word === undefined) {
      break;
    } else if (/\s/.test(c)) {
      push();
    } else if ('|&;()'.includes(c)) {
      push();
      const two = line.slice(i, i + 2);
      const op = two === '||' || two === '&&' ? two : c;
      words.push(OPERATOR + op);
      i += op.length - 1;
    } else {
      word = (word ?? '') + c;
    }
  }
  push();
  return words;
}

// One grep command's patterns, or undefined when it is not a grep whose patterns are known.
function readGrepCommand(words: readonly string[]): { dialect: Dialect; patterns: string[] } | undefined {
  let start = 0;
  while (start < words.length && /^\w+=/.test(words[start]!)) start++;
  if (words[start] === 'sudo' || words[start] === 'command') start++;
  const name = (words[start] ?? '').split('/').pop();
  if (name !== 'grep' && name !== 'egrep' && name !== 'fgrep') return undefined;
  let dialect: Dialect = name === 'egrep' ? 'ere' : name === 'fgrep' ? 'fixed' : 'bre';
  const patterns: string[] = [];
  let positional: string | undefined;
  for (let i = start + 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') {
      if (patterns.length === 0 && positional === undefined) positional = words[i + 1];
      break;
    }
    if (word.startsWith('--')) {
      const [flag, value] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
      if (flag === '--extended-regexp') dialect = 'ere';
      else if (flag === '--fixed-strings') dialect = 'fixed';
      else if (flag === '--basic-regexp') dialect = 'bre';
      else if (flag === '--perl-regexp') dialect = 'ere';
      else if (flag === '--invert-match' || flag === '--file') return undefined;
      else if (flag === '--regexp') patterns.push(value ?? words[++i] ?? '');
      else if (LONG_WITH_ARG.has(flag) && value === undefined && flag !== '--color' && flag !== '--colour') i++;
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      for (let j = 1; j < word.length; j++) {
        const flag = word[j]!;
        if (flag === 'E' || flag === 'P') dialect = 'ere';
        else if (flag === 'F') dialect = 'fixed';
        else if (flag === 'G') dialect = 'bre';
        else if (flag === 'v' || flag === 'f') return undefined;
        else if (flag === 'e' || SHORT_WITH_ARG.has(flag)) {
          const value = j + 1 < word.length ? word.slice(j + 1) : words[++i];
          if (flag === 'e') patterns.push(value ?? '');
          break;
        }
      }
      continue;
    }
    if (positional === undefined && patterns.length === 0) positional = word;
  }
  if (patterns.length === 0 && positional !== undefined) patterns.push(positional);
  return patterns.length === 0 ? undefined : { dialect, patterns: patterns.flatMap((p) => p.split('\n')) };
}

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  digit: '0-9', alpha: 'a-zA-Z', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9a-fA-F', word: '\\w',
};

// A POSIX bracket expression starting at `i` (the `[`) as a JavaScript class, and where it ends.
function convertBracket(pattern: string, i: number): { text: string; end: number } {
  let j = i + 1;
  let text = '[';
  if (pattern[j] === '^') {
    text += '^';
    j++;
  }
  if (pattern[j] === ']') {
    text += '\\]';
    j++;
  }
  for (; j < pattern.length && pattern[j] !== ']'; j++) {
    const named = /^\[:(\w+):\]/.exec(pattern.slice(j));
    if (named) {
      text += POSIX_CLASSES[named[1]!] ?? '';
      j += named[0].length - 1;
    } else text += pattern[j] === '\\' || pattern[j] === '[' ? `\\${pattern[j]}` : pattern[j];
  }
  return { text: `${text}]`, end: j };
}

/** A grep pattern (basic, extended or fixed) as a JavaScript regex source with the same matches. */
export function grepToRegexSource(pattern: string, dialect: Dialect): string {
  if (dialect === 'fixed') return pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  let out = '';
  let atStart = true;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const wasStart = atStart;
    atStart = false;
    if (c === '[') {
      const bracket = convertBracket(pattern, i);
      out += bracket.text;
      i = bracket.end;
    } else if (c === '\\') {
      const e = pattern[i + 1] ?? '\\';
      i++;
      if (e === '<' || e === '>') out += '\\b';
      else if (dialect === 'bre' && '|(){}+?'.includes(e)) {
        out += e;
        atStart = e === '|' || e === '(';
      } else out += /[A-Za-z0-9]/.test(e) && !'wWsSbB'.includes(e) ? e : `\\${e}`;
    } else if (dialect === 'bre' && '|(){}+?'.includes(c)) {
      out += `\\${c}`;
    } else if (c === '*' && wasStart) {
      out += '\\*';
    } else {
      out += c === '/' ? '\\/' : c;
      atStart = dialect === 'ere' && (c === '|' || c === '(');
    }
  }
  return out;
}

/** Every grep pattern in a shell snippet, with its line; patterns that are no valid regex are left out. */
export function readGrepPatterns(code: string, firstLine: number): GrepPattern[] {
  const found: GrepPattern[] = [];
  const lines = code.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const at = i;
    let text = lines[i]!;
    while (text.endsWith('\\') && i + 1 < lines.length) text = text.slice(0, -1) + lines[++i]!;
    const words = splitShellWords(text);
    let command: string[] = [];
    for (const word of [...words, OPERATOR]) {
      if (!word.startsWith(OPERATOR)) {
        command.push(word);
        continue;
      }
      const grep = readGrepCommand(command);
      command = [];
      if (!grep) continue;
      for (const written of grep.patterns) {
        const source = grepToRegexSource(written, grep.dialect);
        try {
          new RegExp(source, 'i');
        } catch {
          continue;
        }
        found.push({ line: firstLine + at, written, source });
      }
    }
  }
  return found;
}
