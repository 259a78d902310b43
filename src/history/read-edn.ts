// The small part of EDN that Jepsen histories use: maps, vectors, keywords, strings, numbers, nil, booleans.

export type EdnValue = string | number | boolean | null | { readonly keyword: string } | readonly EdnValue[] | EdnMap;
export interface EdnMap {
  readonly ednMap: ReadonlyMap<string, EdnValue>;
}

export class EdnSyntaxError extends Error {}

const DELIMITERS = new Set(['{', '}', '[', ']', '(', ')', '"', ',']);

// Reads exactly one EDN value from `text` (surrounding whitespace allowed); map keys must be keywords.
export function readEdn(text: string): EdnValue {
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && (/\s/.test(text[at]!) || text[at] === ',')) at++;
  };
  const fail = (expected: string): never => {
    throw new EdnSyntaxError(`expected ${expected} at column ${at + 1}, found ${at < text.length ? JSON.stringify(text.slice(at, at + 12)) : 'the end of the line'}`);
  };
  const readToken = (): string => {
    const start = at;
    while (at < text.length && !/\s/.test(text[at]!) && !DELIMITERS.has(text[at]!)) at++;
    return text.slice(start, at);
  };
  const readValue = (): EdnValue => {
    skipSpace();
    const c = text[at];
    if (c === undefined) return fail('a value');
    if (c === '{') {
      at++;
      const map = new Map<string, EdnValue>();
      for (;;) {
        skipSpace();
        if (text[at] === '}') {
          at++;
          return { ednMap: map };
        }
        const key = readValue();
        if (typeof key !== 'object' || key === null || !('keyword' in key)) return fail('a keyword map key like :type');
        map.set(key.keyword, readValue());
      }
    }
    if (c === '[' || c === '(') {
      const close = c === '[' ? ']' : ')';
      at++;
      const items: EdnValue[] = [];
      for (;;) {
        skipSpace();
        if (text[at] === close) {
          at++;
          return items;
        }
        if (at >= text.length) return fail(`"${close}"`);
        items.push(readValue());
      }
    }
    if (c === '"') {
      let out = '';
      at++;
      while (at < text.length && text[at] !== '"') {
        if (text[at] === '\\') {
          const e = text[at + 1];
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : (e ?? '');
          at += 2;
        } else out += text[at++];
      }
      if (text[at] !== '"') return fail('a closing \'"\'');
      at++;
      return out;
    }
    if (c === ':') {
      at++;
      const name = readToken();
      return name === '' ? fail('a keyword name after ":"') : { keyword: name };
    }
    const token = readToken();
    if (token === 'nil') return null;
    if (token === 'true' || token === 'false') return token === 'true';
    if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?N?M?$/.test(token)) return Number(token.replace(/[NM]$/, ''));
    return token === '' ? fail('a value') : token;
  };
  const value = readValue();
  skipSpace();
  if (at < text.length) fail('the end of the value');
  return value;
}
