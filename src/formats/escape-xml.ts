// Characters XML 1.0 forbids anywhere (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). A paste may
// contain any of them; findings quote paste lines, so they are replaced rather than breaking the document.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Text or attribute value → safe XML: the five entities escaped, invalid characters as U+FFFD. In attributes,
// tab/newline/CR are kept as character references so attribute-value normalisation does not fold them.
export function escapeXml(text: string, options: { attribute?: boolean } = {}): string {
  const clean = text.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
  return options.attribute ? clean.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;') : clean.replace(/\r/g, '&#13;');
}
