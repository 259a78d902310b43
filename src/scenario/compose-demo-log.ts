import { CLUSTER_RUN_MARK, REFERENCE_MARK } from '../proof/reference-mark.js';

export interface NodeLogSlice {
  readonly node: number;
  /** As the lesson lays it out: data/node2/node.log. */
  readonly relativePath: string;
  readonly lines: readonly string[];
}

// demo_step2.log as a student would paste it: grep's `file:line` prefixes, the leader's shutdown line first, under
// a first-line mark saying which cluster wrote it (so a later run knows the file is its own to overwrite).
// `harnessKillLine` is the harness's record of the kill: it stands in for the leader's own line when the signal
// leaves it no chance to log (SIGKILL, SIGSTOP), and records Ctrl+C (SIGINT) as a student's terminal would.
export function composeDemoLog(slices: readonly NodeLogSlice[], options: { reference: boolean; harnessKillLine?: string; clientLines?: readonly string[] }): string {
  const out: string[] = [];
  out.push(options.reference ? REFERENCE_MARK : CLUSTER_RUN_MARK);
  if (options.harnessKillLine) out.push(options.harnessKillLine);
  for (const slice of slices) for (const line of slice.lines) out.push(`${slice.relativePath}:${line}`);
  // The client's own output (acknowledged writes) last, as a student pastes their curl output under the logs.
  out.push(...(options.clientLines ?? []));
  return `${out.join('\n')}\n`;
}
