// Serilog's compact JSON (CLEF, Serilog.Formatting.Compact): `{"@t":"2026-12-01T09:14:22.5171234Z","@mt":"Received
// {Signal}, shutting down","@l":"Warning","Signal":"SIGTERM","NodeId":"node1"}`. The time is `@t` (read with the other
// JSON time keys in scan-lines.ts), the writer a name field (attribute-node.ts), the level `@l`; the message is `@m`
// when rendered, else only the template `@mt` whose `{Property}` holes the record's own fields fill. An exception is
// `@x`. The line's events are read from the message as the program would have printed it.

// `{Name}`, `{@Name}` / `{$Name}` (destructured / stringified), `{Name:format}`, `{Name,alignment}`; `{{` is a brace.
const HOLE = /\{\{|\}\}|\{([@$]?)([A-Za-z_][\w.]*)(?:,-?\d+)?(?::[^{}]*)?\}/g;

// A property's value as Serilog writes it into a message: strings as they are, anything else as JSON.
function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/**
 * The message a CLEF record stands for (`@m`, else `@mt` with its holes filled from the record's fields; a hole
 * with no field stays as written), then the first line of its exception `@x`; undefined when `text` (a JSON line,
 * maybe behind a prefix) is no CLEF record with a message.
 */
export function renderClefMessage(text: string): string | undefined {
  if (!text.includes('"@m')) return undefined;
  const open = text.indexOf('{');
  let record: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text.slice(open));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    record = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const rendered = record['@m'];
  const template = record['@mt'];
  let message: string;
  if (typeof rendered === 'string') message = rendered;
  else if (typeof template === 'string')
    message = template.replace(HOLE, (hole: string, _how: string | undefined, name: string | undefined) =>
      name === undefined ? hole.charAt(0) : Object.prototype.hasOwnProperty.call(record, name) ? valueText(record[name]) : hole,
    );
  else return undefined;
  const exception = record['@x'];
  if (typeof exception !== 'string') return message;
  const end = exception.indexOf('\n');
  return `${message} ${end < 0 ? exception : exception.slice(0, end)}`;
}
