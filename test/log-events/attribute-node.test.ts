import { describe, expect, it } from 'vitest';
import {
  classifyWriterKey,
  findJsonNode,
  findKilledPort,
  findLeaderMention,
  findLogSource,
  findMentionedNodes,
  findNodeInDottedName,
  findNodeInPath,
  findOwnNode,
  findOwnNodeForm,
  findPrintedLogFile,
  findPrintedLogFiles,
  findStoppedName,
  findUnitNode,
  isNonNodeProgramName,
  isOtherFamilyMember,
  isProcessIdBracket,
  isTaggedProgramName,
  pathNamesNode,
  pathOrGlobNamesNode,
  readClientProgram,
  readJsonNode,
  readJsonProgram,
  readLaunchFlags,
  readNodeName,
  readPositionalLaunch,
  readWriterValue,
} from '../../src/log-events/attribute-node.js';
import { judgeKills, placeEventsOnClock, readLogText } from '../../src/log-events/index.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

describe('readNodeName', () => {
  it.each([
    ['node2', 'node2'],
    ['node-2 x', 'node2'],
    ['node_2', 'node2'],
    ['Node2', 'node2'],
    ['kvnode-2', 'node2'],
    ['kv_node2', 'node2'],
    ['kv-node-2', 'node2'],
    ['kv_node[2]: x', 'node2'],
    ['node02', 'node2'],
  ])('%s → %s', (text, label) => {
    expect(readNodeName(text, 0, text.length)?.label).toBe(label);
  });

  it('short n2 only when asked (inside [ ])', () => {
    expect(readNodeName('n2', 0, 2)).toBeUndefined();
    expect(readNodeName('n2', 0, 2, true)?.label).toBe('node2');
  });

  it.each(['nodes', 'node', 'node2x', 'mynode2'])('rejects %s', (text) => {
    expect(readNodeName(text, 0, text.length)).toBeUndefined();
  });
});

describe('findOwnNode: the author, not the nodes mentioned', () => {
  it.each([
    ['connection to leader node1 lost [n2]', 'node2'],
    ['raft id=2 term=3 heartbeat timeout', 'node2'],
    ['node_id=3 connection reset', 'node3'],
    ['kv_node[2]: heartbeat timeout', 'node2'],
    ['"node": 2, "msg": "x"', 'node2'],
    ['raft: node3 heartbeat timeout', 'node3'],
    ['vote from node3 granted', undefined],
    ['connection to leader node1 lost (EOF)', undefined],
    ['leader_id=1 heartbeat timeout', undefined],
    ['reading data/node2/snapshot', undefined],
    // hashicorp/raft names a peer as its configuration's server, `{Voter node3 127.0.0.1:17213}` (real12 captures).
    ['raft: failed to appendEntries to: peer="{Voter node3 127.0.0.1:17213}" error="dial tcp 127.0.0.1:17213: connect: connection refused"', undefined],
    ['raft: failed to make requestVote RPC: target="{Voter node3 127.0.0.1:17213}" error="dial tcp 127.0.0.1:17213: connect: connection refused"', undefined],
    ['raft: pipelining replication: peer="{Voter node2 127.0.0.1:17212}"', undefined],
    ['raft: added peer, starting replication: peer=node1', undefined],
  ])('%s → %s', (text, node) => {
    expect(findOwnNode(text)).toBe(node);
  });
});

describe("syslog's `ident[N]` column: a node number or a process id", () => {
  it('reads one or two digits as the node, more as a process id that names no node', () => {
    expect(isProcessIdBracket('2')).toBe(false);
    expect(isProcessIdBracket('12')).toBe(false);
    expect(isProcessIdBracket('790')).toBe(true);
    expect(isProcessIdBracket('4194304')).toBe(true);
    expect(findOwnNode('kv_node[11525]: received SIGTERM')).toBeUndefined();
    expect(findOwnNode('kv_node[4242]: heartbeat timeout')).toBeUndefined();
    expect(findMentionedNodes('$ journalctl -t kv_node | grep "kv_node\\[11525\\]"')).toEqual([]);
    expect(findMentionedNodes('kv_node[3] and kv_node[4101]')).toEqual(['node3']);
  });

  it("reads the program's short name `kv[N]` (a C node's `kv[%d]` prefix) as kv_node[N] is read; no other ident's number is a node (adv22)", () => {
    expect(findOwnNodeForm('kv[2] 12:05:09.732 leader 3 closed the connection')).toEqual({ label: 'node2', bracket: true, processColumn: undefined });
    expect(findOwnNodeForm('kv[11525]: received SIGTERM')).toEqual({ label: undefined, bracket: false, processColumn: 'kv[11525]' });
    expect(findMentionedNodes('kv[3] and kv[4101]')).toEqual(['node3']);
    // Near misses: syslog's `systemd[1]` (pid 1), another program's or an array's index, a longer word ending in kv.
    for (const text of ['systemd[1]: Started kv@1.service - kv_node 1.', 'raft[2]: heartbeat timeout', 'matchIndex[2]: 41', 'mykv[2] heartbeat timeout', 'kv [2] heartbeat timeout']) {
      expect(findOwnNodeForm(text), text).toBeUndefined();
    }
  });

  it('reports the process column next to the node the text names', () => {
    expect(findOwnNodeForm('kv_node[11545]: started kv_node node3 (pid 11545)')).toEqual({ label: 'node3', bracket: false, processColumn: 'kv_node[11545]' });
    expect(findOwnNodeForm('kv_node[11545]: connection to leader node1 lost')).toEqual({ label: undefined, bracket: false, processColumn: 'kv_node[11545]' });
    expect(findOwnNodeForm('kv_node[2]: heartbeat timeout')).toEqual({ label: 'node2', bracket: true, processColumn: undefined });
    expect(findOwnNodeForm('connection to leader node1 lost')).toBeUndefined();
  });
});

describe('other forms', () => {
  it('paths and service names', () => {
    expect(findNodeInPath('data/node2/node.log')).toBe('node2');
    expect(findNodeInPath('logs/n3.log')).toBe('node3');
    expect(findNodeInPath('raft-kvnode-2-1')).toBe('node2');
    expect(findNodeInPath('demo_step2.log')).toBeUndefined();
  });

  it('JSON fields', () => {
    expect(findJsonNode('{"ts":1,"node":2}')).toBe('node2');
    expect(findJsonNode('{"node_id":"3"}')).toBe('node3');
    expect(findJsonNode('{"nodeId":"kv-node-4"}')).toBe('node4');
    expect(findJsonNode('{"id":"alpha"}')).toBe('alpha');
    expect(findJsonNode('{"msg":"node2"}')).toBeUndefined();
  });

  it('JSON node fields however the logger cases them (.NET\'s `NodeId`, `NODE_ID`, `ServerId`); a leader\'s id key is none', () => {
    expect(findJsonNode('{"@t":"2026-12-01T09:14:22.5171234Z","LeaderId":"node1","NodeId":"node2"}')).toBe('node2');
    expect(findJsonNode('{"NODE_ID":3}')).toBe('node3');
    expect(findJsonNode('{"ServerId":"kv-2"}')).toBe('kv-2');
    expect(findJsonNode('{"node-name":"raft-b"}')).toBe('raft-b');
    expect(findJsonNode('{"LeaderId":"node1","CandidateId":"node3"}')).toBeUndefined();
    // a Raft library's id of the writer (blind18's Elixir metadata); near miss: the leader's
    expect(findJsonNode('{"raft_id":2,"msg":"x"}')).toBe('node2');
    expect(findJsonNode('{"leader_raft_id":1,"msg":"x"}')).toBeUndefined();
  });

  it('JSON name fields: every one a line has, most trusted first; a `name` names the line alone, a node field leaves none to choose', () => {
    expect(readJsonNode('{"label":"node2","level":"warn","message":"heartbeat timeout"}')).toEqual({ node: undefined, names: [{ key: 'label', node: 'node2' }] });
    expect(readJsonNode('{"time":"…","name":"node1","pid":30001,"msg":"x"}').node).toBe('node1');
    expect(readJsonNode('{"name":"kv-node","hostname":"raft-b","pid":1,"msg":"applied"}').names).toEqual([
      { key: 'name', node: 'kv-node' },
      { key: 'host', node: 'raft-b' },
    ]);
    expect(readJsonNode('{"name":"kv-node","hostname":"lab","nodeId":"n1"}')).toEqual({ node: 'node1', names: undefined });
  });

  it("journald's unit: a template instance is that node, systemd's own record about a unit is the unit's, a scope is no node", () => {
    const journal = (fields: string): string => `{"__REALTIME_TIMESTAMP":"1796044864300127","_HOSTNAME":"lab","_PID":"2211",${fields},"MESSAGE":"x"}`;
    expect(readJsonNode(journal('"_SYSTEMD_UNIT":"raft@2.service"')).names).toEqual([{ key: 'unit', node: 'node2' }, { key: 'host', node: 'lab' }]);
    expect(readJsonNode(journal('"_SYSTEMD_UNIT":"init.scope","UNIT":"raft@1.service"')).names?.[0]).toEqual({ key: 'unit', node: 'node1' });
    expect(readJsonNode(journal('"_SYSTEMD_UNIT":"init.scope"')).names).toEqual([{ key: 'host', node: 'lab' }]);
    expect(readJsonNode(journal('"_SYSTEMD_UNIT":"kv-east.service"')).names?.[0]).toEqual({ key: 'unit', node: 'kv-east' });
  });

  it('"leader nodeN" in detections', () => {
    expect(findLeaderMention('connection to leader node1 lost')).toBe('node1');
    expect(findLeaderMention('msg="timeout" leader=1')).toBe('node1');
    expect(findLeaderMention('leader_id: 3')).toBe('node3');
    expect(findLeaderMention('leader is node-2')).toBe('node2');
    expect(findLeaderMention('no message from leader in 300ms')).toBeUndefined();
  });

  it('every node a kill command names, with --id flags', () => {
    expect(findMentionedNodes('$ kill $(pgrep -f "kv_node.*--id 1")')).toEqual(['node1']);
    expect(findMentionedNodes('$ kill node1 and node2')).toEqual(['node1', 'node2']);
  });

  it('the node a pid file names when the kill reads its pid from one', () => {
    expect(findMentionedNodes('$ date -u +%FT%T.%NZ; kill -TERM $(cat run/n1.pid)')).toEqual(['node1']);
    expect(findMentionedNodes('$ kill $(< data/node3/kv.pid)')).toEqual(['node3']);
    expect(findMentionedNodes('$ kill -TERM $(cat leader.pid)')).toEqual([]);
  });
});

describe('keys that are not the writer (blind2 corpus)', () => {
  it("hclog's leader-id=node1 is the leader, not the writer", () => {
    expect(findOwnNode('raft: entering follower state: follower="Node at 127.0.0.1:7002 [Follower]" leader-address=127.0.0.1:7001 leader-id=node1')).toBeUndefined();
  });

  it("structlog's sorted keys: candidate=node2 before node=node3 names the candidate, node= the writer", () => {
    expect(findOwnNode('[info     ] vote granted                   candidate=node2 node=node3 term=2')).toBe('node3');
    expect(findOwnNode('vote granted voted_for="node1" target=node2 host=node3')).toBe('node3');
    expect(findOwnNode('vote granted candidate=node2 term=2')).toBeUndefined();
    expect(findOwnNode('heartbeat timeout name=node2')).toBe('node2');
  });

  it('a writer key later in the line beats a name the message mentions (real8-go-I: "votes from node2,node3 … node=2")', () => {
    expect(findOwnNode('msg="won election for term 2 with votes from node2,node3, I am the leader now" node=2 term=2')).toBe('node2');
    expect(findOwnNode('msg="node3 voted for me in term 4" node=2')).toBe('node2');
    expect(findOwnNode('node3 granted my vote request, raft_id: 1')).toBe('node1');
    // Keys naming another node stay mentions; a name written as the line's own prefix stays the writer.
    expect(findOwnNode('node3 granted vote, candidate id=2')).toBe('node3');
    expect(findOwnNode('node3 timed out waiting for leader id=1')).toBe('node3');
    expect(findOwnNode('node3: vote request from node=2')).toBe('node3');
    expect(findOwnNode('raft: node3 heartbeat timeout')).toBe('node3');
  });

  it("raft-rs slog's trailing raft_id names the writer", () => {
    expect(findOwnNode('INFO connection to leader 1 closed: Connection reset by peer (os error 104), raft_id: 2')).toBe('node2');
  });

  it('a logger name with the node in it names a JSON line', () => {
    expect(findJsonNode('{"@level":"warn","@message":"heartbeat timeout reached","@module":"node2.raft"}')).toBe('node2');
    expect(findJsonNode('{"@level":"warn","@module":"raft"}')).toBeUndefined();
    expect(findNodeInDottedName('kv.n3.transport')).toBe('node3');
    expect(findNodeInDottedName('raft.transport')).toBeUndefined();
  });
});

describe('classifyWriterKey: one table of writer keys for JSON fields, logfmt keys and collectors\' labels', () => {
  it.each([
    ['node', 'node'], ['node_id', 'node'], ['NodeId', 'node'], ['id', 'node'], ['raft.node', 'node'], ['com.example.raft.node', 'node'],
    ['pod', 'pod'], ['instance', 'instance'], ['app.kubernetes.io/instance', 'instance'], ['host', 'host'], ['hostname', 'host'],
    ['unit', 'unit'], ['_SYSTEMD_UNIT', 'unit'], ['service', 'service'], ['name', 'name'],
  ])('%s → %s', (key, kind) => {
    expect(classifyWriterKey(key)).toBe(kind);
  });

  it.each(['app', 'namespace', 'term', 'leader.id', 'peer.node', 'raft.leader.id', 'constructor', 'toString'])('%s → none', (key) => {
    expect(classifyWriterKey(key)).toBeUndefined();
  });

  it('reads a value as the JSON fields do: numbers and node names as nodeN, a unit as its instance, other names as written', () => {
    expect(readWriterValue('node', '2')).toBe('node2');
    expect(readWriterValue('pod', 'kv-1')).toBe('kv-1');
    expect(readWriterValue('unit', 'kv@3.service')).toBe('node3');
    expect(readJsonNode('{"pod":"kv-1","host":"worker-1","msg":"x"}').names).toEqual([{ key: 'pod', node: 'kv-1' }, { key: 'host', node: 'worker-1' }]);
  });
});

describe('findStoppedName: the one container, pod or unit a stop command names', () => {
  it.each([
    ["$ date '+%F %T,%3N'; docker kill --signal=SIGTERM zk1", 'zk1'],
    ['$ docker stop -t 1 raft-b', 'raft-b'],
    ['$ docker compose stop kraft-2', 'kraft-2'],
    ['$ podman kill -s KILL kv-3 && date', 'kv-3'],
    ['$ kubectl delete pod kv-0 --grace-period=0 -n raft', 'kv-0'],
    ['$ kubectl delete pod/kv-1', 'kv-1'],
    ['$ sudo systemctl stop raft@2', 'node2'],
    ['$ date +%T.%3N; sudo systemctl kill --signal=SIGTERM kv@1.service', 'node1'],
    // systemctl's own options before its verb (adv28's journalctl paste: its kill of kv@1 was read as naming no node).
    ['$ date +%T.%3N; systemctl --user kill -s SIGTERM kv@1', 'node1'],
    ['$ systemctl --user --no-block stop raft@3.service', 'node3'],
    ['$ sudo systemctl -q --signal=SIGKILL kill kv@2', 'node2'],
    ['$ systemctl stop raft-b.service', 'raft-b'],
    ['$ date +%T.%3N; sudo supervisorctl stop kv1', 'kv1'],
    ['$ supervisorctl stop raft:kv2', 'kv2'],
    ['$ pm2 stop raft-3', 'raft-3'],
    // adv40 W3: a kill run inside a pod or container ends that pod's node (`kill 1`: its main process).
    ["$ kubectl exec kv-1 -- sh -c 'date -u +%FT%T.%NZ; kill -TERM 1'", 'kv-1'],
    ['$ kubectl exec -n raft -c kv pod/kv-2 -- kill -TERM 1', 'kv-2'],
    ['$ docker exec kv2 kill 1', 'kv2'],
    ['$ date +%T.%3N; docker exec -it --user root raft-b pkill kv_node', 'raft-b'],
    ['$ docker compose exec raft-c killall kv_node', 'raft-c'],
  ])('%s → %s', (command, name) => {
    expect(findStoppedName(command)).toBe(name);
  });

  it.each(['$ systemctl --user status kv@1', '$ systemctl stop kv.socket', '$ docker kill zk1 zk2', '$ docker kill $LEADER', '$ docker logs zk1', '$ kill -TERM 4242', '$ docker stop', '$ kubectl exec kv-1 -- curl -s localhost:8080/status', '$ docker exec kv1 date +%T.%3N; kill 4242', '$ docker exec -it kv1 sh'])('%s → none', (command) => {
    expect(findStoppedName(command)).toBeUndefined();
  });
});

describe("systemctl --user kill names its unit's node", () => {
  const compiled = compileEventPatterns(W12_TIMING);
  if (!compiled.ok) throw new Error(compiled.message);
  const journal = (unit: number): string =>
    [
      "$ journalctl --user -f -u 'kv@*'",
      'Dec 03 07:01:02 lab kv_node[4102]: 07:01:02.652 node1 LEADER term 2: heartbeat sent to node2,node3',
      'Dec 03 07:01:02 lab kv_node[4207]: 07:01:02.653 node2 FOLLOWER term 2: heartbeat from node1',
      `Dec 03 07:01:02 lab systemd[1187]: kv@${unit}.service: Main process exited, code=killed, status=15/TERM`,
      'Dec 03 07:01:02 lab kv_node[4207]: 07:01:02.803 node2 FOLLOWER term 2: connection to leader node1 closed (read returned 0)',
      '$ # in the other terminal:',
      `$ date +%T.%3N; systemctl --user kill -s SIGTERM kv@${unit}`,
      '07:01:02.802',
    ].join('\n');
  const judge = (text: string) => {
    const { events } = readLogText(text, compiled.patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => ({ line: k.event.line + 1, killed: k.killed, ofLeader: k.ofLeader }));
  };

  // Read as naming no node, the command's kill and systemd's whole-second exit line of the same death were two kills,
  // the exit line's (07:01:02.000, before the leader's .652 line) of a leader nobody had named yet.
  it("so systemd's whole-second exit line of that unit is the same death, not another kill", () => {
    expect(judge(journal(1))).toEqual([{ line: 8, killed: 'node1', ofLeader: true }]);
  });

  it("and a follower's unit killed is a follower's kill", () => {
    expect(judge(journal(2))).toEqual([{ line: 8, killed: 'node2', ofLeader: false }]);
  });
});

describe('findKilledPort: the one port `fuser -k` kills the process of', () => {
  it.each([
    ['$ date +%T.%3N; fuser -k -TERM 7001/tcp', ':7001'],
    ['$ sudo fuser -k 7002/tcp', ':7002'],
    ['$ fuser -TERM -k 7003/tcp && date', ':7003'],
    ['$ fuser -km 7001/tcp', ':7001'],
    ['$ fuser -k -n tcp 7002', ':7002'],
  ])('%s → %s', (command, port) => {
    expect(findKilledPort(command)).toBe(port);
  });

  it.each(['$ fuser -v -n tcp 7001', '$ fuser 7001/tcp', '$ fuser -k 7001/tcp 7002/tcp', '$ kill -TERM 7001'])('%s → none', (command) => {
    expect(findKilledPort(command)).toBeUndefined();
  });
});

describe('findLogSource: the one container, pod or unit a log command prints', () => {
  it.each([
    ['$ docker logs -t --since 1m raft-b', 'raft-b'],
    ['$ docker logs raft-b 2>&1 | tail -n 20', 'raft-b'],
    ['$ docker compose logs --no-color kv2', 'kv2'],
    ['$ kubectl logs kv-0 --previous --prefix --timestamps --tail=4', 'kv-0'],
    ['$ kubectl logs -n raft pod/kv-1 -c kv', 'kv-1'],
    ['$ journalctl -u raft-b --since 13:21:00 -o short-precise', 'raft-b'],
    ['$ journalctl -f -o cat -u kv@2.service', 'node2'],
    ['$ docker events --since 1m --until 0s --filter container=raft-a', 'raft-a'],
  ])('%s → %s', (command, source) => {
    expect(findLogSource(command)).toBe(source);
  });

  it.each([
    '$ for c in raft-a raft-b raft-c; do docker logs $c; done',
    '$ docker compose logs raft-a raft-b',
    '$ journalctl -u "kv@*" -o short-monotonic',
    '$ docker events --since 1m',
    '$ docker kill raft-a',
    '$ tail -f data/raft.log',
  ])('%s → none', (command) => {
    expect(findLogSource(command)).toBeUndefined();
  });
});

describe('findPrintedLogFile: the one log file a command prints', () => {
  it.each([
    ['$ grep -i "timeout\\|heartbeat\\|leader.*down\\|election" rabbit1.log', 'rabbit1.log'],
    ["$ grep -i 'leader down' logs/rabbit2.log | tail -n 5", 'logs/rabbit2.log'],
    ['$ tail -n 50 /var/log/zk-1/zookeeper.out > snap.txt', '/var/log/zk-1/zookeeper.out'],
    ['$ cat demo_step2.log', 'demo_step2.log'],
  ])('%s → %s', (command, file) => {
    expect(findPrintedLogFile(command)).toBe(file);
  });

  it.each(['$ cat rabbit1.log rabbit2.log', '$ grep -f patterns.txt rabbit1.log', '$ docker logs raft-b', '$ ./kv_node --log node1.log', '$ grep timeout'])('%s → none', (command) => {
    expect(findPrintedLogFile(command)).toBeUndefined();
  });
});

describe('pathNamesNode: a log file path naming a node as a whole word', () => {
  it.each([
    ['data/node1/node.log', 'node1'],
    ['logs/KV2-server.log', 'kv2'],
    ['/var/log/kv_node3.log', 'node3'],
  ])('%s names %s', (path, node) => {
    expect(pathNamesNode(path, node)).toBe(true);
  });

  it.each([
    ['data/node10/node.log', 'node1'],
    ['run1.log', 'n1'],
    ['logs/node2.log', 'node1'],
  ])('%s does not name %s', (path, node) => {
    expect(pathNamesNode(path, node)).toBe(false);
  });
});

describe('pathOrGlobNamesNode: a glob of one file per node names each numbered node', () => {
  it.each([
    ['data/node*/node.log', 'node2'],
    ['logs/kv[1-3].log', 'kv3'],
    ['data/node?/node.log', 'node1'],
    ['data/node1/node.log', 'node1'],
    ['data/node{1,2,3}/node.log', 'node2'],
    ['data/*/node.log', 'node3'],
  ])('%s names %s', (path, node) => {
    expect(pathOrGlobNamesNode(path, node)).toBe(true);
  });

  it.each([
    ['logs/*.log', 'node2'],
    ['data/node*/node.log', 'alpha'],
    ['data/node2/node.log', 'node1'],
    ['data/node{2,3}/node.log', 'node1'],
  ])('%s does not name %s', (path, node) => {
    expect(pathOrGlobNamesNode(path, node)).toBe(false);
  });
});

describe('findPrintedLogFiles: every log file a command prints', () => {
  it.each([
    ['$ cat data/node1/node.log data/node2/node.log | sort', ['data/node1/node.log', 'data/node2/node.log']],
    ['$ sort -m data/node*/node.log', ['data/node*/node.log']],
    ['$ tail -n 3 node1.log > out.txt', ['node1.log']],
    ['$ docker logs kv1', []],
  ])('%s → %j', (command, files) => {
    expect(findPrintedLogFiles(command)).toEqual(files);
  });
});

describe('readLaunchFlags: the node a launch command starts and its port', () => {
  it.each([
    ['./build/kv_node --id 1 --port 7001 --peers 7002,7003 --pidfile run/node1.pid', 'node1', '7001'],
    ['timeout 5 ./build/kv_node --id 2 --port=7002', 'node2', '7002'],
    ['12003 ./kv_node --node-id 3 --listen 127.0.0.1:7003', 'node3', '7003'],
    ['$ ./kv_node --id=2 --peers node1:7001,node3:7003', 'node2', undefined],
  ])('%s → %s, port %s', (command, node, port) => {
    expect(readLaunchFlags(command)).toEqual({ node, port });
  });

  it('names none without an id flag, with a placeholder, or with two ids', () => {
    expect(readLaunchFlags('./kvcli -p 8001 status')).toBeUndefined();
    expect(readLaunchFlags('$ seq 3 | xargs -P3 -I{} ./kv_node --id {} --port 700{}')).toBeUndefined();
    expect(readLaunchFlags('./kv_node --id 1 --port 7001 & ./kv_node --id 2 --port 7002')).toBeUndefined();
  });
});

describe('readPositionalLaunch: a listing row whose program takes its id and port as bare arguments', () => {
  it.each([
    ['student   5200  0.3  0.0   6212  2048 pts/1    S+   14:21 0:00 ./kv_node 0 7000', 'node0', '7000'],
    ['5201 ./kv_node 1 7001', 'node1', '7001'],
    ['4102 python3 kv.py 2 17002', 'node2', '17002'],
  ])('%s', (row, node, port) => {
    expect(readPositionalLaunch(row)).toEqual({ node, port });
  });
  it.each([
    'student   5230  0.0  0.0   6412  2260 pts/4    S+   14:22 0:00 grep --color=auto kv_node',
    '4101 ./kv_node --id 1 --port 7001',
    '4101 ./kv_node 7001',
    '4101 ./kv_node 1 80',
    '4101 ./kv_node 1 7001 --verbose',
    '4101 ./kv_node 123 7001',
  ])('names no node: %s', (row) => {
    expect(readPositionalLaunch(row)).toBeUndefined();
  });
});

describe('findUnitNode: a plain unit named for its node (adv24)', () => {
  it('`raft-node1.service` is node1, as a `[raft-node1]` tag is; a template instance stays the rule', () => {
    expect(findUnitNode('raft-node1.service')).toBe('node1');
    expect(findUnitNode('kv_node-2.service')).toBe('node2');
    expect(findUnitNode('raft@3.service')).toBe('node3');
    // Near misses: a name with no node spelling at its end, or one the node's name only starts.
    expect(findUnitNode('raft-a.service')).toBe('raft-a');
    expect(findUnitNode('node1-backup.service')).toBe('node1-backup');
    expect(findUnitNode('kv-1.service')).toBe('kv-1');
    expect(findUnitNode('init.scope')).toBeUndefined();
  });
});

describe('a pid-only journal whose startup line says which node the pid is (adv24)', () => {
  it("`kv_node[1841]: id=1 listening …` names the pid's other lines node1; a pid whose only named line is no startup stays its column", () => {
    const journal = (first: string): (string | undefined)[] =>
      readLogText(
        [
          `Dec 02 21:07:40.010551 lab kv_node[1841]: ${first}`,
          'Dec 02 21:07:40.011208 lab kv_node[1842]: id=2 listening on 0.0.0.0:7002',
          'Dec 02 21:07:40.012004 lab kv_node[1843]: id=3 listening on 0.0.0.0:7003',
          'Dec 02 21:07:40.331870 lab kv_node[1841]: became leader for term 1',
          'Dec 02 21:07:40.333102 lab kv_node[1842]: following leader 1 for term 1',
          'Dec 02 21:07:55.119551 lab kv_node[1842]: leader 1: recv: Connection reset by peer',
        ].join('\n'),
        patterns,
      ).events.map((e) => e.node);
    expect(journal('id=1 listening on 0.0.0.0:7001')).toEqual(['node1', 'node2', 'node3', 'node1', 'node2', 'node2']);
    // Near miss: a line naming node1 that is no startup introduction does not name the pid.
    expect(journal('heartbeat timeout, id=1 gone')[3]).toBe('kv_node[1841]');
  });
});

describe('isOtherFamilyMember', () => {
  it('names of one numbered family with another number are other nodes', () => {
    expect(isOtherFamilyMember('knoten2', 'knoten1')).toBe(true);
    expect(isOtherFamilyMember('kv-3', 'kv-1')).toBe(true);
    expect(isOtherFamilyMember('node2', 'node1')).toBe(true);
  });

  it('the same name, another family, or a name of no family may be one node', () => {
    expect(isOtherFamilyMember('knoten1', 'knoten1')).toBe(false);
    expect(isOtherFamilyMember('n2', 'node1')).toBe(false);
    expect(isOtherFamilyMember('127.0.0.1:7002', 'node1')).toBe(false);
    expect(isOtherFamilyMember('kv-01', 'kv-1')).toBe(false);
  });
});

describe('findNodeInPath: a longer number is no node number', () => {
  it('`node-26322.log` (a port) names no node2632; `node-2.log` names node2', () => {
    expect(findNodeInPath('logs/node-26322.log')).toBeUndefined();
    expect(findNodeInPath('logs/node-2.log')).toBe('node2');
  });
});

describe("isTaggedProgramName: a program's name after a node's tag it was told to print (adv75c, adv75e, review77)", () => {
  it('reads a name no node gives a module, or a client-like name with a pid, script extension or run number, as a program beside the cluster', () => {
    const programs = ['kvclient', 'kv-cli', 'kvctl', 'KvClient', 'loadgen-1', 'wrk[5512]', 'k6', 'hey', 'jepsen', 'ycsb', 'test_failover', 'client2', 'kv-client#2', 'kvclient pid=5512', './kvclient.py', 'client[4411]', 'kvclient (pid 4411)'];
    for (const name of programs) expect(isTaggedProgramName(name), name).toBe(true);
    expect(programs.every(isNonNodeProgramName)).toBe(true);
  });

  it("reads a bare module-like name, a numbered thread, a node's own ctl and its RPC or peer client as the node's modules", () => {
    const modules = ['client', 'proxy', 'gateway', 'healthcheck', 'health check', 'cli', 'watcher', 'client-thread-1', 'hbctl', 'driver', 'tester', 'load', 'raft-client', 'rpc-client', 'peer_client', 'client-handler', 'client-conn', 'raft', 'kvstore', 'election-timer', 'node2'];
    for (const name of modules) expect(isTaggedProgramName(name), name).toBe(false);
    for (const name of ['driver', 'tester', 'load', 'hbctl', 'raft-client']) expect(isNonNodeProgramName(name), name).toBe(false);
  });
});

describe('readClientProgram: the client a typed command runs', () => {
  it('reads it past interpreters and a launcher script that tags what it runs (adv77a-48/-50)', () => {
    expect(readClientProgram('python3 kvclient2.py 30271 200 "[node3]"')).toBe('kvclient');
    expect(readClientProgram('./run.sh node2 python3 kvclient.py --style bare')).toBe('kvclient');
    expect(readClientProgram('bash launch.sh --tag node3 ./kv_cli put k v')).toBe('kv_cli');
    // The launcher running a node, a status query or a harness is no client.
    expect(readClientProgram('./run.sh node2 python3 kv_node.py --id 2')).toBeUndefined();
    expect(readClientProgram('./run.sh node2 ./kvcli status')).toBeUndefined();
    expect(readClientProgram('./run.sh node2 ./bench.sh')).toBeUndefined();
    // A script starting several members and a client prints the nodes' own lines too (review78).
    expect(readClientProgram('./start.sh node1 node2 node3 client')).toBeUndefined();
    expect(readClientProgram('./start.sh node1 node2 python3 kvclient.py')).toBeUndefined();
  });
});

describe("readJsonProgram: a record's client or proxy", () => {
  it('names the program its program key names, and none for a node component', () => {
    expect(readJsonProgram('{"component": "kvclient", "node": "node1", "msg": "connection to leader node1 lost"}')).toBe('kvclient');
    expect(readJsonProgram('{"logger": "loadgen-1", "msg": "PUT k1 failed"}')).toBe('loadgen-1');
    expect(readJsonProgram('{"component": "raft", "node": "node2", "msg": "connection to leader node1 lost"}')).toBeUndefined();
    expect(readJsonProgram('{"component": "rpc-client", "node": "node2"}')).toBeUndefined();
    // A program key of an object nested in the record names no writer (review78).
    expect(readJsonProgram('{"ts": "16:52:24.910", "msg": "heartbeat timeout", "pending": {"app": "kvclient", "n": 2}}')).toBeUndefined();
    expect(readJsonProgram('{"msg": "a {brace} in a string", "component": "kvclient"}')).toBe('kvclient');
    // A nested name before the record's own program key does not hide it (review78b).
    expect(readJsonProgram('{"ts": "16:52:24.910", "ctx": {"name": "kvclient-pool"}, "logger": "kvclient", "msg": "connection lost"}')).toBe('kvclient');
    expect(readJsonProgram('{"ctx": {"name": "kvclient"}, "component": "raft"}')).toBeUndefined();
  });
});
