// The foreign Raft node (fixtures/nodes/pyraft/kv_node.py, Python stdlib only) as a --cluster command template.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const pythonNodeDir = join(import.meta.dirname, '../../fixtures/nodes/pyraft');

// The interpreter itself rather than a version manager's shim (pyenv's bash shim adds about 0.4 s to every start).
export const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** `python3 kv_node.py --id {id} --peers {peers} --client-port {client_port} --data-dir {data_dir}` plus `extra`. */
export function pythonNode(extra = ''): string {
  return `${python} ${join(pythonNodeDir, 'kv_node.py')} --id {id} --peers {peers} --client-port {client_port} --data-dir {data_dir}${extra ? ` ${extra}` : ''}`;
}
