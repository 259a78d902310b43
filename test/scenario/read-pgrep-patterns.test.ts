import { describe, expect, it } from 'vitest';
import { readPgrepPatterns } from '../../src/scenario/read-pgrep-patterns.js';

describe('readPgrepPatterns', () => {
  it("reads each pgrep -f's pattern, quoted or bare, with its line", () => {
    const code = ['sleep 0.5', 'pgrep -f "kv_node.*--id 1" || echo "leader process is dead"', "pgrep -af 'raft --id 2' > /dev/null && echo up", 'x=$(pgrep --full kv_node)'].join('\n');
    expect(readPgrepPatterns(code).map((p) => [p.line, p.pattern.source])).toEqual([
      [2, 'kv_node.*--id 1'],
      [3, 'raft --id 2'],
      [4, 'kv_node'],
    ]);
    expect(readPgrepPatterns(code)[0]!.command).toBe('pgrep -f "kv_node.*--id 1" || echo "leader process is dead"');
  });

  it('matches as pgrep -f does: anywhere in the command line, case-sensitive', () => {
    const [p] = readPgrepPatterns('pgrep -f "kv_node.*--id 1"');
    expect(p!.pattern.test('/usr/bin/python3 /srv/kv_node.py --id 1 --peers 1=127.0.0.1:7001')).toBe(true);
    expect(p!.pattern.test('java -cp /tmp/classes RaftNode --id 1 --port 7001')).toBe(false);
    expect(p!.pattern.test('./KV_NODE --id 1')).toBe(false);
  });

  it('leaves out pgrep without -f (it matches the process name only) and patterns JavaScript cannot read', () => {
    expect(readPgrepPatterns('pgrep kv_node\npgrep -x kv_node\npgrep -f "kv_node[" || true')).toEqual([]);
  });
});
