import { describe, expect, it } from 'vitest';
import { parseNodeArgs } from '../../src/kv/parse-node-args.js';

const PEERS = '1=127.0.0.1:7001,2=127.0.0.1:7002,3=127.0.0.1:7003';

describe('parseNodeArgs', () => {
  it('parses the lesson-style command line with defaults', () => {
    const args = parseNodeArgs(['--id', '2', '--peers', PEERS, '--client-port', '8002']);
    expect(args).toMatchObject({ id: 2, clientPort: 8002, dataDir: 'data/node2', logFile: 'data/node2/node.log', tickMs: 10, parentPid: undefined });
    expect(args.peers).toEqual([
      { id: 1, host: '127.0.0.1', port: 7001 },
      { id: 2, host: '127.0.0.1', port: 7002 },
      { id: 3, host: '127.0.0.1', port: 7003 },
    ]);
  });

  it('takes every option', () => {
    const args = parseNodeArgs([
      '--id', '1', '--peers', PEERS, '--client-port', '8001', '--client-peers', '1=127.0.0.1:8001,2=127.0.0.1:8002',
      '--data-dir', '/tmp/x/', '--tick-ms', '5', '--log-file', '/tmp/n.log', '--parent-pid', '42', '--quiet',
    ]);
    expect(args).toMatchObject({ dataDir: '/tmp/x/', logFile: '/tmp/n.log', tickMs: 5, parentPid: 42, quiet: true });
    expect(args.clientPeers).toHaveLength(2);
    expect(parseNodeArgs(['--id', '1', '--peers', PEERS, '--client-port', '1', '--data-dir', 'd/']).logFile).toBe('d/node.log');
  });

  it.each([
    [['--peers', PEERS, '--client-port', '8001'], /^--id is required$/],
    [['--id', 'x', '--peers', PEERS, '--client-port', '8001'], /^--id: expected an integer/],
    [['--id', '4', '--peers', PEERS, '--client-port', '8001'], /^--peers: does not list this node's id 4$/],
    [['--id', '1', '--peers', '1=localhost', '--client-port', '8001'], /^--peers: expected ID=HOST:PORT/],
    [['--id', '1', '--peers', '1=a:1,1=b:2', '--client-port', '8001'], /^--peers: node id 1 appears twice$/],
    [['--id', '1', '--peers', PEERS, '--client-port', '70000'], /^--client-port: expected an integer 0-65535/],
    [['--id', '1', '--peers', PEERS, '--client-port', '1', '--tick-ms', '0'], /^--tick-ms: expected an integer 1-1000/],
    [['--id', '1', '--peers', PEERS, '--client-port', '1', '--client-peers', '9=h:1'], /^--client-peers: node id 9 is not in --peers$/],
    [['--id', '1', '--peers', PEERS, '--client-port', '1', '--bogus'], /^unknown option --bogus$/],
    [['--id', '1', '--peers', PEERS, '--client-port', '1', 'extra'], /unexpected argument 'extra'/],
    [['--id', '1', '--peers', PEERS, '--client-port'], /^--client-port: missing value$/],
    [['--id', '1', '--peers', PEERS, '--client-port', '1', '--tick-ms', '-5'], /^--tick-ms: missing value \(write --tick-ms=VALUE/],
  ])('rejects %j naming the flag', (argv, message) => {
    expect(() => parseNodeArgs(argv)).toThrow(message);
  });
});
