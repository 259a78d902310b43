import { describe, expect, it } from 'vitest';
import { isLogPrintingCommand } from '../../src/log-events/log-printing-command.js';

describe('isLogPrintingCommand', () => {
  it('commands that print log lines, with a prompt, sudo or env before them, and in any pipeline of the line', () => {
    for (const command of [
      'tail -n 5 data/node*/node.log',
      'student@kvbox:~/w12$ grep -h leader data/node*/node.log',
      '$ sudo journalctl -u kv@2 --since "1 min ago"',
      '$ docker compose logs -t kv2',
      '$ docker-compose logs kv2',
      '$ kubectl logs -n raft kv-1',
      'PS C:\\lab> Get-Content .\\node2.log -Tail 5',
      '$ date +%T.%N; kill 4101; sleep 1; cat data/node2/node.log',
      '$ env LC_ALL=C sort -k1 node*.log',
    ]) {
      expect(isLogPrintingCommand(command), command).toBe(true);
    }
  });

  it('launches, kills and other commands print no log', () => {
    for (const command of ['$ ./kv_node --id 2 --port 7002 &', '$ kill -TERM 4101', '$ date +%T.%N', '$ pgrep -af kv_node', '$ make demo', '$ python3 node.py --id 2']) {
      expect(isLogPrintingCommand(command), command).toBe(false);
    }
  });
});
