// Judges what a lesson's own Verify block printed against the reference cluster, so a Verify block that cannot
// pass on a correct system is caught as a lesson defect.

export interface VerifyExpectation {
  readonly kind: 'echo' | 'grep';
  /** echo: the text the fallback prints ("leader process is dead"); grep: the file it searches. */
  readonly target: string;
  readonly line: number;
}

export interface VerifyOutputCheck {
  readonly passed: boolean;
  readonly expectations: readonly (VerifyExpectation & { readonly met: boolean; readonly detail: string })[];
}

// `cmd || echo "msg"` (the fallback is the expected result, as w12-l03's pgrep) and `cmd && echo "msg"`.
const ECHO_FALLBACK = /(?:\|\||&&)\s*echo\s+(["'])(.+?)\1/;
const GREP_FILE = /\bgrep\b[^|;&]*?\s([^\s|;&]+)\s*$/;
const QUOTED = /"(?:[^"\\]|\\.)*"|'[^']*'/g;

// What a Verify block promises: each `cmd || echo "msg"` should print msg, each `grep ... FILE` should find lines.
export function listVerifyExpectations(code: string): VerifyExpectation[] {
  const expectations: VerifyExpectation[] = [];
  code.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const echo = ECHO_FALLBACK.exec(line);
    if (echo) expectations.push({ kind: 'echo', target: echo[2]!, line: i + 1 });
    const grep = GREP_FILE.exec(line.replace(QUOTED, '""'));
    if (grep && !echo) expectations.push({ kind: 'grep', target: grep[1]!, line: i + 1 });
  });
  return expectations;
}

export function checkVerifyOutput(code: string, output: string, files: Readonly<Record<string, string>>): VerifyOutputCheck {
  const outputLines = new Set(output.split('\n').map((l) => l.trimEnd()).filter(Boolean));
  const expectations = listVerifyExpectations(code).map((expectation) => {
    if (expectation.kind === 'echo') {
      const met = outputLines.has(expectation.target);
      return { ...expectation, met, detail: met ? `printed "${expectation.target}"` : `did not print "${expectation.target}"` };
    }
    const content = files[expectation.target];
    if (content === undefined) return { ...expectation, met: false, detail: `${expectation.target} does not exist` };
    const found = content.split('\n').filter((l) => l && outputLines.has(l.trimEnd())).length;
    return { ...expectation, met: found > 0, detail: `${found} line(s) of ${expectation.target} found` };
  });
  return { passed: expectations.length > 0 && expectations.every((e) => e.met), expectations };
}
