import type { Finding, FindingCode } from './finding.js';

type Args = Readonly<Record<string, unknown>>;

const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

// The one place where finding codes become English. Keep messages: what was expected, what was found.
const MESSAGES: Partial<Record<FindingCode, (a: Args) => string>> = {
  LESSON_FILE_UNREADABLE: (a) => `cannot read the lesson file: ${String(a.reason)}`,
  LESSON_FRONT_MATTER_MISSING: (a) =>
    a.unclosed
      ? 'front-matter is not closed: expected a "---" line after the YAML fields, found none'
      : 'no front-matter: expected the file to start with a "---" line, YAML fields, and a closing "---" line',
  LESSON_YAML_INVALID: (a) => `YAML syntax error in the front-matter: ${String(a.reason)}`,
  LESSON_FIELD_MISSING: (a) => `required field is missing: expected ${String(a.expected)}`,
  LESSON_FIELD_INVALID: (a) => `expected ${String(a.expected)}, found ${show(a.found)}`,
  LESSON_PROOF_TYPE_UNKNOWN: (a) =>
    `unknown proof type ${show(a.found)}: expected one of ${(a.allowed as string[]).map((t) => `"${t}"`).join(', ')}`,
  LESSON_KEY_UNKNOWN: (a) =>
    `unknown key ${show(a.key)}` + (a.suggestion ? ` — did you mean "${String(a.suggestion)}"?` : ' (it is ignored)'),
  LESSON_REGEX_INVALID: (a) => `invalid regular expression ${show(a.pattern)}: ${String(a.reason)}`,
  LESSON_REGEX_EXPONENTIAL: (a) =>
    `regular expression ${show(a.pattern)} can backtrack exponentially (ReDoS)` +
    (a.attack ? `; e.g. on ${show(a.attack)}` : '') +
    ': rewrite it without nested or overlapping quantifiers',
  LESSON_REGEX_POLYNOMIAL: (a) =>
    `regular expression ${show(a.pattern)} can backtrack polynomially (degree ${String(a.degree)}) on long lines` +
    (a.attack ? `, e.g. ${show(a.attack)}` : ''),
  LESSON_REGEX_UNCHECKED: (a) => `could not check regular expression ${show(a.pattern)} for backtracking: ${String(a.reason)}`,
  LESSON_ID_DUPLICATE: (a) => `duplicate lesson id ${show(a.id)}: also used by ${String(a.otherFile)}`,
  LESSON_SECTION_MISSING: (a) => `section "## ${String(a.section)}" is missing: expected it in the lesson body`,
  LESSONS_NONE_FOUND: (a) => `no lesson files (*.md) found in ${String(a.dir)}`,
  LESSON_ID_UNKNOWN: (a) =>
    `unknown lesson ${show(a.id)}: expected one of ${(a.known as string[]).join(', ') || '(none)'}` +
    (a.suggestion ? ` — did you mean "${String(a.suggestion)}"?` : ''),
};

// Human sentence for a finding, without location.
export function formatFindingMessage(finding: Finding): string {
  const message = MESSAGES[finding.code];
  return message ? message(finding.args) : `${finding.code} ${JSON.stringify(finding.args)}`;
}

// `file:line: severity CODE path: message` — the shape editors and CI logs link from.
export function formatFinding(finding: Finding): string {
  const location = finding.file ? `${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}: ` : '';
  const path = finding.path ? `${finding.path}: ` : '';
  return `${location}${finding.severity} ${finding.code} ${path}${formatFindingMessage(finding)}`;
}

