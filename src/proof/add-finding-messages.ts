import { formatFindingMessage } from '../findings/format-finding.js';
import type { Verdict } from './verdict.js';

// A platform in another language cannot call formatFindingMessage: the verdicts it receives (HTTP, --json) carry
// each finding's wording in `message`, from the one formatter, each node named as the paste writes it (nodeNames).
// Pure; the verdict itself is not changed.
export function addFindingMessages(verdict: Verdict): Verdict {
  return {
    ...verdict,
    checks: verdict.checks.map((check) => ({
      ...check,
      findings: check.findings.map((finding) => ({ ...finding, message: formatFindingMessage(finding, verdict.nodeNames) })),
    })),
  };
}
