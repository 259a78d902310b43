import { describe, expect, it } from 'vitest';
import { printsBarePids, readPgrepFull } from '../../src/log-events/pgrep-command.js';

describe('readPgrepFull', () => {
  it('reads a pgrep that matches whole command lines, its options and its pattern, quoted or bare', () => {
    expect(readPgrepFull('pgrep -f "kv_node.*--id 1" || echo "leader process is dead"')).toEqual({ options: ['-f'], pattern: 'kv_node.*--id 1' });
    expect(readPgrepFull("$ kill $(pgrep -n -f 'RaftNode --id 3')")).toEqual({ options: ['-n', '-f'], pattern: 'RaftNode --id 3' });
    expect(readPgrepFull('x=$(pgrep --full kv_node)')).toEqual({ options: ['--full'], pattern: 'kv_node' });
    expect(readPgrepFull('pgrep kv_node')).toBeUndefined();
    expect(readPgrepFull('pgrep -x kv_node')).toBeUndefined();
  });

  it('tells bare pids from a listing (-a, -l print the command or name beside each pid)', () => {
    expect(printsBarePids(readPgrepFull('pgrep -f "RaftNode --id 1"')!)).toBe(true);
    expect(printsBarePids(readPgrepFull('pgrep -af "RaftNode --id 1"')!)).toBe(false);
    expect(printsBarePids(readPgrepFull('pgrep -f -l kv_node')!)).toBe(false);
    expect(printsBarePids(readPgrepFull('pgrep --list-full --full kv_node')!)).toBe(false);
  });
});
