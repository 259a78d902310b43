import { VerifyLessonError } from '../../errors.js';
import type { CliIo } from '../cli-io.js';
import type { CliValues } from '../run-cli.js';

function parseNodes(raw: string | undefined): number {
  if (raw === undefined) return 3;
  const nodes = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(nodes >= 1 && nodes <= 9)) throw new VerifyLessonError('USAGE', `--nodes: expected a number 1-9, found "${raw}"`);
  return nodes;
}

// `verify-lesson cluster start [--nodes N] [--workdir DIR]`: the bundled cluster in the foreground for a live demo.
export async function runClusterCommand(rest: readonly string[], values: CliValues, io: CliIo): Promise<number> {
  const [sub, ...extra] = rest;
  if (sub !== 'start') {
    throw new VerifyLessonError('USAGE', sub === undefined ? 'cluster: expected a subcommand, found none (try "cluster start")' : `cluster: unknown subcommand "${sub}" (expected "start")`);
  }
  if (extra.length > 0) throw new VerifyLessonError('USAGE', `cluster start takes no arguments, found "${extra[0]}"`);
  const nodes = parseNodes(values.nodes);
  const { runClusterStart } = await import('./run-cluster-start.js');
  return runClusterStart({ nodes, io, ...(values.workdir === undefined ? {} : { workDir: values.workdir }) });
}
