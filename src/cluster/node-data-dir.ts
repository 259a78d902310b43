// Where a node of either cluster keeps its files under the run's work dir ({data_dir} of a student's template, the
// bundled kv_node's --data-dir), and the log in it that the harness follows and the lessons' Verify blocks grep.
import { join } from 'node:path';
import { nodeLabel } from '../log-events/index.js';

/** `data/node2`: node `id`'s directory, relative to the work dir. */
export const nodeDataDir = (id: number): string => join('data', nodeLabel(id));

/** The log file in a node's directory. */
export const NODE_LOG = 'node.log';

/** The file beside it that keeps everything a student's node printed. */
export const OUTPUT_LOG = 'output.log';
