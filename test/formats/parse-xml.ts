// A tiny, strict XML 1.0 reader for tests: elements, attributes, text, entity and character references, comments
// and the XML declaration. It throws on anything not well-formed (mismatched or unclosed tags, a raw "<" or "&",
// duplicate attributes, characters XML forbids), so a passing parse is a well-formedness check.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const NAME_START = (c: string) => /[A-Za-z_:]/.test(c) || c.charCodeAt(0) >= 0xc0;
const NAME_CHAR = (c: string) => NAME_START(c) || /[0-9.\-]/.test(c) || c.charCodeAt(0) === 0xb7;

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`XML not well-formed at offset ${i}: ${what} (near ${JSON.stringify(source.slice(Math.max(0, i - 20), i + 20))})`);
  };
  for (const ch of source) if (!isXmlChar(ch.codePointAt(0)!)) fail(`character U+${ch.codePointAt(0)!.toString(16)} is not allowed`);

  const startsWith = (s: string) => source.startsWith(s, i);
  const skipSpace = () => {
    while (i < source.length && ' \t\r\n'.includes(source[i]!)) i++;
  };
  const readName = (): string => {
    const start = i;
    if (!NAME_START(source[i] ?? '')) fail('expected a name');
    while (i < source.length && NAME_CHAR(source[i]!)) i++;
    return source.slice(start, i);
  };
  const readReference = (): string => {
    // at '&'
    const end = source.indexOf(';', i);
    if (end < 0 || end - i > 12) fail('"&" not starting an entity reference');
    const body = source.slice(i + 1, end);
    i = end + 1;
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body]!;
    const numeric = body.startsWith('#x') ? parseInt(body.slice(2), 16) : body.startsWith('#') ? parseInt(body.slice(1), 10) : NaN;
    if (!Number.isInteger(numeric) || !/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(body) || !isXmlChar(numeric)) fail(`unknown reference &${body};`);
    return String.fromCodePoint(numeric);
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (startsWith('<!--')) {
        const end = source.indexOf('-->', i + 4);
        if (end < 0) fail('unclosed comment');
        if (source.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
        i = end + 3;
      } else return;
    }
  };

  const readElement = (): XmlElement => {
    if (source[i] !== '<') fail('expected "<"');
    i++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = ' \t\r\n'.includes(source[i] ?? '');
      skipSpace();
      if (startsWith('/>')) {
        i += 2;
        return { name, attributes, children: [] };
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (!hadSpace) fail('expected whitespace before an attribute');
      const attr = readName();
      if (attr in attributes) fail(`duplicate attribute ${attr}`);
      skipSpace();
      if (source[i] !== '=') fail('expected "="');
      i++;
      skipSpace();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value');
      i++;
      let value = '';
      while (source[i] !== quote) {
        if (i >= source.length) fail('unclosed attribute value');
        if (source[i] === '<') fail('"<" in an attribute value');
        if (source[i] === '&') value += readReference();
        else value += ' \t\r\n'.includes(source[i]!) ? ' ' : source[i]!, i++;
      }
      i++;
      attributes[attr] = value;
    }
    const children: (XmlElement | string)[] = [];
    let text = '';
    for (;;) {
      if (i >= source.length) fail(`unclosed element <${name}>`);
      if (startsWith('</')) {
        i += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipSpace();
        if (source[i] !== '>') fail('expected ">"');
        i++;
        if (text) children.push(text);
        return { name, attributes, children };
      }
      if (startsWith('<!--')) {
        skipMisc();
        continue;
      }
      if (startsWith('<![CDATA[')) {
        const end = source.indexOf(']]>', i);
        if (end < 0) fail('unclosed CDATA');
        text += source.slice(i + 9, end);
        i = end + 3;
        continue;
      }
      if (source[i] === '<') {
        if (text) children.push(text);
        text = '';
        children.push(readElement());
        continue;
      }
      if (source[i] === '&') {
        text += readReference();
        continue;
      }
      if (startsWith(']]>')) fail('"]]>" in text');
      text += source[i];
      i++;
    }
  };

  if (startsWith('<?xml')) {
    const end = source.indexOf('?>', i);
    if (end < 0) fail('unclosed XML declaration');
    i = end + 2;
  }
  skipMisc();
  const root = readElement();
  skipMisc();
  if (i !== source.length) fail('content after the root element');
  return root;
}

// Child elements named `name`.
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

// Concatenated text content of an element (its direct text children).
export function textOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}
