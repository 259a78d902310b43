// node:util's parseArgs error messages ("Unknown option '--pste'", "Option '--trials <value>' argument missing") in the
// wording of every other usage message: lower case, starting with the flag, one line, no advice about "--" (wrong
// for a typo). Shared by verify-lesson's CLI and the bundled kv_node.

/** A parseArgs error message as one usage line (see the header comment). */
export function describeParseError(message: string): string {
  const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
  if (ambiguous) return `${ambiguous[1]}: missing value (write ${ambiguous[1]}=VALUE for a value starting with '-')`;
  const missing = /^Option '(--?[\w-]+)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `${missing[1]}: missing value`;
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const line = message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '').replace(/\s*\n\s*/g, ' ');
  return line.charAt(0).toLowerCase() + line.slice(1);
}
