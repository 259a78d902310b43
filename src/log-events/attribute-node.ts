// Which node wrote a line, by the conventions people use: `node2`, `node-2`, `kvnode-2`, `kv_node[2]`, `[n2]`,
// `id=2`, `node=2`, JSON `"node": 2`, grep's `data/node2/node.log:` prefix. Every numeric form becomes the same
// label, `node2`. A node named inside the message ("connection to leader node1 lost") is a mention, not the
// author: the line's own prefix/field wins, and bare names right after words like "leader"/"to"/"from" are
// skipped.
import { isAsciiDigit as isDigit, isAsciiLetter, isAsciiWordChar as isWordChar } from './char-codes.js';

const LABELS: string[] = [];

/** `node2` for 2 (interned, so per-line labels are the same string objects); strings pass through. */
export const nodeLabel = (id: number | string): string => {
  if (typeof id === 'string') return id;
  if (id < 4096) return (LABELS[id] ??= `node${id}`);
  return `node${id}`;
};

/** `node2`: a node named by its number (nodeLabel's form), no other name. */
export function isNumberedNode(node: string): boolean {
  if (node.length <= 4 || !node.startsWith('node')) return false;
  for (let k = 4; k < node.length; k++) {
    const c = node.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Whether two names are different members of one numbered family (`knoten2` and `knoten1`, `kv-3` and `kv-1`): the
 * same stem, another number. A name in another family or with none (`n1` beside `node1`, an address) may be an alias.
 */
export function isOtherFamilyMember(name: string, other: string): boolean {
  if (name === other) return false;
  const a = FAMILY_NAME.exec(name);
  if (a === null) return false;
  const b = FAMILY_NAME.exec(other);
  return b !== null && a[1]!.toLowerCase() === b[1]!.toLowerCase() && Number(a[2]) !== Number(b[2]);
}

/** A node named by its port alone (`:7001`, from `port=7001` or a `[7001]` tag). */
export const isPortName = (name: string): boolean => name.charCodeAt(0) === 58 && /^:\d{2,5}$/.test(name);

const lowerAt = (s: string, i: number): number => s.charCodeAt(i) | 0x20;

/**
 * A node name starting exactly at `s[i]`: `node2`, `node-2`, `node_2`, `kvnode-2`, `kv_node2`, `kv-node-2`,
 * `kv_node[2]`, and with `short` also `n2`. It must end at a non-word character (docker's `node2-1` is allowed).
 */
export function readNodeName(s: string, i: number, limit: number, short = false): { label: string; end: number } | undefined {
  let p = i;
  if (lowerAt(s, p) === 0x6b && lowerAt(s, p + 1) === 0x76) {
    // kv
    p += 2;
    const sep = s.charCodeAt(p);
    if (sep === 45 || sep === 95) p++;
  }
  if (lowerAt(s, p) === 0x6e && lowerAt(s, p + 1) === 0x6f && lowerAt(s, p + 2) === 0x64 && lowerAt(s, p + 3) === 0x65) {
    p += 4; // node
  } else if (short && p === i && lowerAt(s, p) === 0x6e) {
    p += 1; // n
  } else return undefined;
  let bracket = false;
  const sep = s.charCodeAt(p);
  if (sep === 45 || sep === 95) p++;
  else if (sep === 91 && p - i >= 4) {
    bracket = true; // kv_node[2]
    p++;
  }
  const start = p;
  let id = 0;
  while (p < limit && p - start < 5 && isDigit(s.charCodeAt(p))) {
    id = id * 10 + s.charCodeAt(p) - 48;
    p++;
  }
  if (p === start) return undefined;
  if (bracket) {
    if (s.charCodeAt(p) !== 93) return undefined;
    p++;
  } else if (p < limit && isWordChar(s.charCodeAt(p))) return undefined;
  return { label: nodeLabel(id), end: p };
}

// The words students number their nodes by besides "node" (`peer 1`, `server-2`, `replica_3`, `member4`).
const ROLE_NODE_WORDS = 'peer|server|replica|member';
const ROLE_NODE_TOKEN = new RegExp(String.raw`^(?:${ROLE_NODE_WORDS})[ _-]?(\d{1,4})$`, 'i');

/**
 * A role word and its number at a name's place in a pattern (`peer 1`, `server-2`), as one name: not before more of
 * an address (`peer 127.0.0.1:7001`) nor a count (`replica 1 of 3`).
 */
export const ROLE_NODE_NAME_SOURCE = String.raw`(?:${ROLE_NODE_WORDS})[ _-]?\d{1,4}(?![\w:@-]|\.\d| of\b)`;

/** The node a whole token names by a role word and its number (`peer 1`, `peer-1`, `Server_2` → node1, node2), or undefined. */
export function readRoleNodeName(token: string): string | undefined {
  if (token.length < 5 || token.length > 12) return undefined;
  const c = token.charCodeAt(0) | 32;
  if (c !== 112 && c !== 115 && c !== 114 && c !== 109) return undefined;
  const m = ROLE_NODE_TOKEN.exec(token);
  return m ? nodeLabel(Number(m[1])) : undefined;
}

// Words after which a node name is someone else: "leader node1", "vote from node3", "sent to node2", hashicorp/raft's
// server `{Voter node3 127.0.0.1:17213}` (a member of the configuration: `peer="{Voter node3 …}"`, `target="{Voter …}"`).
const MENTION_WORDS = new Set([
  'leader', 'to', 'from', 'peer', 'peers', 'for', 'of', 'with', 'by', 'vote', 'votes', 'voted', 'granted',
  'rejected', 'contact', 'contacting', 'dial', 'dialing', 'dialling', 'connect', 'connecting', 'connected',
  'reach', 'reaching', 'send', 'sending', 'sent', 'replicate', 'replicating', 'replicated', 'append', 'ping',
  'pinging', 'lost', 'and', 'killed', 'kill', 'killing', 'stop', 'stopping', 'stopped', 'voter', 'nonvoter',
]);

// Words after which the line lists nodes it watches (`[chaos] SIGTERM -> leader=node1; watching node2, node3`,
// `followers: n2, n3`): none of them, nor any name after them, is the writer.
const OBSERVER_WORDS = new Set(['watching', 'observing', 'monitoring', 'survivor', 'survivors', 'remaining', 'followers']);

/** A word after which a name is another node's ("leader node1", "dial 10.0.0.2:7001"), not the writer's. */
export const isMentionWord = (word: string): boolean => MENTION_WORDS.has(word.toLowerCase());

/** The word before `index`, past the gap, `=`, `:`, quotes or parenthesis between ("leader: alpha" → leader), lower-cased. */
export function previousWord(s: string, index: number): string {
  let j = index - 1;
  while (j >= 0) {
    const c = s.charCodeAt(j);
    if (c === 32 || c === 9 || c === 61 || c === 58 || c === 34 || c === 39 || c === 40) j--;
    else break;
  }
  const end = j + 1;
  while (j >= 0 && isWordChar(s.charCodeAt(j))) j--;
  return s.slice(j + 1, end).toLowerCase();
}

// Keys whose value names the line's writer; any other key's value (`candidate=node2`, `voted_for=node3`,
// `target=node1`) names another node.
const WRITER_KEYS = new Set([
  'node', 'node_id', 'nodeid', 'id', 'raft_id', 'name', 'host', 'hostname', 'instance', 'server', 'member', 'self',
  'local', 'me', 'service', 'app', 'pod', 'container', 'source', 'logger', 'component', 'replica', 'process',
]);

// Whether the name at `index` is the value of a key=value pair (`candidate=node2`, `voted_for="node3"`) whose key
// does not name the writer: structlog and logfmt sort keys, so another node's key often comes before `node=`.
function isOtherKeysValue(s: string, index: number): boolean {
  let j = index - 1;
  if (s.charCodeAt(j) === 34 || s.charCodeAt(j) === 39) j--;
  if (s.charCodeAt(j) !== 61) return false;
  let k = j;
  while (k > 0 && (isWordChar(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 45 || s.charCodeAt(k - 1) === 46)) k--;
  const key = s.slice(k, j).toLowerCase().replace(/-/g, '_');
  return key.length > 0 && !WRITER_KEYS.has(key.slice(key.lastIndexOf('.') + 1));
}

// Forms, in order of trust at the same position: [n2] tags, kv_node[2] (and the program's short name's `kv[2]`),
// key=value / JSON fields, bare names.
const NODE_ANY =
  /\[(?:kv[-_]?)?(?:node[-_]?|n)(\d{1,4})\]|\b(?:(?:kv[-_]?)?node|kv)\[(\d{1,7})\]|\b(?:node[-_]?id|nodeid|raft[-_]id|node|id)["']?\s?[=:]\s?["']?(?:(?:kv[-_]?)?node[-_]?|n)?(\d{1,4})\b|\b(?:kv[-_]?)?node[-_]?(\d{1,4})\b/gi;

// The program and its node number as two words at the head of a startup message (`kv_node 1 listening on …`,
// Python's `%(asctime)s %(levelname)s %(message)s` with the lesson's binary name): NODE_ANY reads only `kv_node1`.
const SPACED_STARTUP_NODE = /(?:^|[\s\]:|-])(?:kv[-_]?)?node (\d{1,4}),? (?:is )?(?:listening|starting|started|serving|running|booting|ready)\b/i;

/** Why: a startup line `kv_node 2 listening on …` introduces node2 as `node2 listening on …` does; undefined otherwise. */
export function readSpacedStartupNode(text: string): string | undefined {
  const m = SPACED_STARTUP_NODE.exec(text);
  return m === null ? undefined : nodeLabel(Number(m[1]));
}

/** The author node named in `text` (a line without a recognised prefix), skipping mentions; or undefined. */
export function findOwnNode(text: string): string | undefined {
  return findOwnNodeForm(text)?.label;
}

/**
 * syslog's `ident[N]` column (`kv_node[2]:`) holds a node's number when N has one or two digits (clusters number their
 * nodes below 100) and the process id otherwise (`kv_node[11525]`): a process, named by no node number.
 */
export const isProcessIdBracket = (digits: string): boolean => digits.length > 2;

/**
 * findOwnNode, also saying whether the name was `kv_node[2]` (a node number in syslog's column: the line's node only
 * when nothing better names it) and which `ident[pid]` column (`kv_node[11525]`, as written) the text carries before it.
 */
export function findOwnNodeForm(text: string): { label: string | undefined; bracket: boolean; processColumn: string | undefined } | undefined {
  NODE_ANY.lastIndex = 0;
  let numbered: string | undefined;
  // Any program's syslog column at the head (`python3[28859]:`, `java[4410]:`, `raftkv@2[27339]:`: journald names a
  // unit's lines by its executable or SyslogIdentifier): a process, named by the node its own lines name (adv62c-21).
  let processColumn = readIdentColumn(text);
  // The end of the last receiver read (a name after an arrow): a name listed right after it is one too.
  let receiversEnd = -1;
  for (let m = NODE_ANY.exec(text); m; m = NODE_ANY.exec(text)) {
    if (m[4] !== undefined) {
      if (isAfterArrow(text, m.index) || (receiversEnd >= 0 && LIST_GAP.test(text.slice(receiversEnd, m.index)))) {
        receiversEnd = m.index + m[0].length;
        continue;
      }
      const word = previousWord(text, m.index);
      if (MENTION_WORDS.has(word)) continue;
      if (OBSERVER_WORDS.has(word)) break;
      if (isOtherKeysValue(text, m.index)) continue;
      const before = text.charCodeAt(m.index - 1);
      if (before === 47 || before === 46) continue; // part of a path: data/node2/...
      // "won election with votes from node2,node3 … node=2": a name the words mention loses to a writer key after it,
      // unless the name is written as the line's own prefix (`node3: …`).
      const after = text.charCodeAt(m.index + m[0].length);
      const keyed = after === 58 ? undefined : findLaterWriterKey(text, NODE_ANY.lastIndex);
      return { label: keyed ?? nodeLabel(Number(m[4])), bracket: false, processColumn };
    }
    // `kv_node[2]:` may be a process id: a later `[node1]` names the node better.
    if (m[2] !== undefined) {
      if (!isProcessIdBracket(m[2])) numbered ??= nodeLabel(Number(m[2]));
      else processColumn ??= m[0];
      continue;
    }
    // `leader-id=node1`, `last.id=2`: the tail of a longer key names someone else.
    if (m[3] !== undefined && (text.charCodeAt(m.index - 1) === 45 || text.charCodeAt(m.index - 1) === 46)) continue;
    return { label: nodeLabel(Number(m[1] ?? m[3])), bracket: false, processColumn };
  }
  if (numbered !== undefined) return { label: numbered, bracket: true, processColumn };
  return processColumn === undefined ? undefined : { label: undefined, bracket: false, processColumn };
}

// syslog's `ident[pid]:` opening a message (after its host when the head left it: journalctl's `-o short-iso-precise`):
// a program name and a process id of three or more digits.
const IDENT_PID = /^\s{0,2}(?:[\w.-]{1,64} )?([A-Za-z_][\w.@-]{0,39})\[\d{3,7}\]:/;
// The system's own programs in a journal (`sudo[2290]: student : … COMMAND=/usr/bin/systemctl kill …`): no node.
const SYSTEM_IDENT = /^(?:sudo|su|systemd(?:-[\w-]+)?|kernel|cron|CRON|anacron|sshd|dbus-daemon|polkitd|rsyslogd|audit[d]?|login|bash|sh|zsh)$/;

// The `ident[pid]` column opening `text` (without its colon), unless the system's own program wrote it.
function readIdentColumn(text: string): string | undefined {
  const m = IDENT_PID.exec(text);
  return m === null || SYSTEM_IDENT.test(m[1]!) ? undefined : m[0].slice(m[0].lastIndexOf(m[1]!), -1);
}

// What separates the names of one list: `node1, node3`, `node2,node3`, `node1 and node3`.
const LIST_GAP = /^(?:\s*,\s*|\s+and\s+|\s*\/\s*)$/i;

// Whether the name at `index` follows a send arrow (`append_entries -> node1`, `=> n3`, `→ node1`): the message's
// receiver, never its writer.
function isAfterArrow(text: string, index: number): boolean {
  let j = index - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  const c = text.charCodeAt(j);
  if (c === 0x2192) return true;
  return c === 62 && (text.charCodeAt(j - 1) === 45 || text.charCodeAt(j - 1) === 61);
}

const LATER_KEY = new RegExp(NODE_ANY.source, 'gi');

// A writer key (`node=2`, `raft_id: 1`) from `from` on, not the tail of a longer key (`leader-id=1`) nor after a word
// naming another node (`candidate id=2`, `leader id=1`, `from node=2`).
function findLaterWriterKey(text: string, from: number): string | undefined {
  LATER_KEY.lastIndex = from;
  for (let m = LATER_KEY.exec(text); m; m = LATER_KEY.exec(text)) {
    if (m[3] === undefined) continue;
    const before = text.charCodeAt(m.index - 1);
    if (before === 45 || before === 46 || OTHER_NODE_WORDS.has(previousWord(text, m.index))) continue;
    return nodeLabel(Number(m[3]));
  }
  return undefined;
}

/**
 * The node a line names as its own by a writer key (`id=1`, `node_id: 2`, `"node":3`): how a program names itself in a
 * line whose head names it otherwise (a pod `[pod/raft-0/kv]`, a host); bare names in prose are not read here.
 */
export function findKeyedOwnNode(text: string): string | undefined {
  NODE_ANY.lastIndex = 0;
  for (let m = NODE_ANY.exec(text); m; m = NODE_ANY.exec(text)) {
    if (m[3] === undefined) continue;
    const before = text.charCodeAt(m.index - 1);
    if (before === 45 || before === 46) continue; // `leader-id=1`, `last.id=2`
    return nodeLabel(Number(m[3]));
  }
  return undefined;
}

const ID_FLAG = /--(?:node-?)?id[= ](\d{1,4})\b/gi;
const ONE_ID_FLAG = /--(?:node-?)?id[= ](\d{1,4})\b/i;
// A launch command's own port: `--port 7001`, `--port=7001`, `--listen 127.0.0.1:7001`, `--addr :7001`.
const PORT_FLAG = /--port[= ](\d{2,5})\b|--(?:listen|addr|address|bind)[= ](?:[\w.-]{1,64}|\[[0-9a-f:]{0,40}\])?:(\d{2,5})\b/i;

/**
 * The node a launch command starts, by its one `--id N` flag, and the port it gives that node (`./kv_node --id 2
 * --port 7002`: node2, `7002`): the command line, its echo by make or `set -x`, or its row in a `pgrep -a` / `ps`
 * listing. Undefined with no id flag or several (`--id 1 … --id 2`).
 */
export function readLaunchFlags(command: string): { readonly node: string; readonly port: string | undefined } | undefined {
  const id = ONE_ID_FLAG.exec(command);
  const node = id === null ? readNameFlag(command) : ONE_ID_FLAG.test(command.slice(id.index + id[0].length)) ? undefined : nodeLabel(Number(id[1]));
  if (node === undefined) return undefined;
  const port = PORT_FLAG.exec(command);
  return { node, port: port === null ? undefined : (port[1] ?? port[2]) };
}
/** A launch's name flag (`--name N1`, `--node-name node-2`), as typed or in a `pgrep -a` / `ps` row: its value follows. */
export const NAME_FLAG_SOURCE = String.raw`--(?:node-?)?name[= ]`;
const NAME_FLAG = new RegExp(NAME_FLAG_SOURCE, 'i');

// The node a launch's only name flag names, when its value is a node's name (readNodeName, `n1` too).
function readNameFlag(command: string): string | undefined {
  const flag = NAME_FLAG.exec(command);
  if (flag === null) return undefined;
  const at = flag.index + flag[0].length;
  const name = readNodeName(command, at, command.length, true);
  return name === undefined || NAME_FLAG.test(command.slice(name.end)) ? undefined : name.label;
}
// A command given its node id and port as bare arguments, the last two words of the row: `./kv_node 0 7000`.
const POSITIONAL_LAUNCH = /(?:^|\s)[\w.\/~-]*[A-Za-z][\w.\/~-]*\s+(\d{1,2})\s+(\d{4,5})\s*$/;

/**
 * The node a process listing row (`ps aux`, `pgrep -a`) runs when its program takes its id and port as bare
 * arguments (`5200 … ./kv_node 0 7000`: node0, `7000`, as C-course nodes read `argv[1]`, `argv[2]`): an id of one or
 * two digits then a port of four or five, ending the row. Undefined otherwise (a row with flags is readLaunchFlags').
 */
export function readPositionalLaunch(row: string): { readonly node: string; readonly port: string } | undefined {
  const m = POSITIONAL_LAUNCH.exec(row);
  if (m === null || Number(m[2]) < 1024 || Number(m[2]) > 65535) return undefined;
  return { node: nodeLabel(Number(m[1])), port: m[2]! };
}
// A process id read from a file in a subshell: `$(cat run/n1.pid)`, `$(< data/node1/pid)`.
const PID_FILE = /\$\((?:cat\s+|<\s*)([^\s)]{1,200})\s*\)/g;

/**
 * Every node named in `text`, mentions included (for `$ kill` lines and headers), plus `--id 1` flags and the node a
 * pid file's path names (`kill -TERM $(cat run/n1.pid)`).
 */
export function findMentionedNodes(text: string): string[] {
  const nodes = new Set<string>();
  NODE_ANY.lastIndex = 0;
  for (let m = NODE_ANY.exec(text); m; m = NODE_ANY.exec(text)) {
    if (m[2] !== undefined && isProcessIdBracket(m[2])) continue; // `kv_node[11525]`: a process id names no node
    nodes.add(nodeLabel(Number(m[1] ?? m[2] ?? m[3] ?? m[4])));
  }
  ID_FLAG.lastIndex = 0;
  for (let m = ID_FLAG.exec(text); m; m = ID_FLAG.exec(text)) nodes.add(nodeLabel(Number(m[1])));
  if (text.includes('$(')) {
    PID_FILE.lastIndex = 0;
    for (let m = PID_FILE.exec(text); m; m = PID_FILE.exec(text)) {
      const node = findNodeInPath(m[1]!);
      if (node !== undefined) nodes.add(node);
    }
  }
  return [...nodes];
}

// A log viewer's command and the options of it that take a value (`docker logs --since 1m raft-b`).
const LOG_COMMAND = /(?:^|[\s;&|(])(?:(?:docker|podman)(?:[ -]compose)? logs|kubectl logs|journalctl|docker events)(?=\s)/i;
const VALUED_OPTION = /^(?:--since|--until|--tail|-n|--namespace|-c|--container|-l|--selector|-o|--output|-p|--priority|-f|--filter|--format|-u|--unit)$/;
const SOURCE_NAME = /^(?:pod\/|po\/)?([A-Za-z][\w.@-]{0,62})$/;

// The words of the command that `command` runs from `from` (to its end, a pipe, `;`, `&` or a redirection), unquoted.
function commandWords(command: string, from: number): string[] {
  const rest = command.slice(from);
  const end = rest.search(/\s\d*[<>]|[|;&]|$/);
  return rest.slice(0, end).trim().split(/\s+/).map((word) => word.replace(/^(["'])(.*)\1$/, '$2'));
}

// A command that stops containers, pods, units or supervised programs by name, and its options that take a value
// (`docker kill -s KILL zk1`); the program may be written with its path, as sudo's journal record has it
// (`COMMAND=/usr/bin/systemctl kill -s KILL kv@1.service`); systemctl's own options may stand before its verb
// (`systemctl --user kill -s SIGTERM kv@1`).
const STOP_COMMAND = /(?:^|[\s;&|(=])(?:\/(?:usr\/)?(?:local\/)?s?bin\/)?(?:(?:docker|podman)(?:[ -]compose)? (?:kill|stop|restart|rm)|kubectl delete(?: pods?)?|systemctl(?: --?[\w-]+(?:=\S+)?)* (?:stop|kill|restart)|supervisorctl (?:stop|restart)|pm2 (?:stop|delete|restart))(?=\s)/i;
const STOP_VALUED_OPTION = /^(?:-s|--signal|-t|--time|--timeout|--grace-period|-n|--namespace|--context)$/;

/**
 * The one container, pod or unit a stop command names — the node it kills when the name is a node's (`docker kill
 * --signal=SIGTERM zk1`, `docker compose stop raft-b`, `kubectl delete pod kv-0`); a unit as its node (`systemctl
 * stop raft@2` → node2, findUnitNode). Undefined for several names, a glob or a shell variable.
 */
export function findStoppedName(command: string): string | undefined {
  const m = STOP_COMMAND.exec(command);
  if (!m) return findKillingExecName(command);
  const words = commandWords(command, m.index + m[0].length);
  const names: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word === '') continue;
    if (word.startsWith('-')) {
      if (!word.includes('=') && STOP_VALUED_OPTION.test(word)) k++;
      continue;
    }
    names.push(word);
  }
  if (names.length !== 1) return undefined;
  // supervisord's `group:program` (`supervisorctl stop kv:kv1`): the program.
  const name = SOURCE_NAME.exec(/supervisorctl/i.test(m[0]) ? names[0]!.slice(names[0]!.indexOf(':') + 1) : names[0]!);
  if (!name) return undefined;
  return /systemctl/i.test(m[0]) ? findUnitNode(name[1]!) : name[1];
}

// A command run inside a container or pod (`kubectl exec kv-1 -- kill -TERM 1`, `docker exec kv2 kill 1`,
// `docker compose exec raft-b pkill kv_node`), and the options of it that take a value.
const EXEC_COMMAND = /(?:^|[\s;&|(=])(?:\/(?:usr\/)?(?:local\/)?s?bin\/)?(?:(?:docker|podman)(?:[ -]compose|\s+container)? exec|kubectl exec)(?=\s)/i;
const EXEC_VALUED_OPTION = /^(?:-c|--container|-n|--namespace|--context|-u|--user|-w|--workdir|-e|--env|--env-file|--index)$/;
const KILL_WORD = /(?:^|[\s;&|('"])(?:kill|pkill|killall)(?=\s)/;

/**
 * The container or pod an exec command names when what it runs there is a kill (`kill 1` ends the container's main
 * process: the node the container runs). A kill after the exec (`docker exec kv1 date; kill 4242`, unquoted) runs on
 * the host: none.
 */
export function findKillingExecName(command: string): string | undefined {
  const m = EXEC_COMMAND.exec(command);
  if (!m) return undefined;
  const word = /\S+/g;
  word.lastIndex = m.index + m[0].length;
  let name: string | undefined;
  let p = 0;
  for (let w = word.exec(command); w !== null && name === undefined; w = word.exec(command)) {
    if (/[;&|]/.test(w[0])) return undefined;
    if (!w[0].startsWith('-')) name = w[0];
    else if (!w[0].includes('=') && EXEC_VALUED_OPTION.test(w[0])) word.exec(command);
    p = word.lastIndex;
  }
  if (name === undefined) return undefined;
  let quote = 0;
  let stop = p;
  for (; stop < command.length; stop++) {
    const c = command.charCodeAt(stop);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 59 || c === 38 || c === 124 || c === 10) break;
  }
  if (!KILL_WORD.test(command.slice(p, stop))) return undefined;
  return SOURCE_NAME.exec(name)?.[1];
}

// psmisc's `fuser -k 7001/tcp` (`-k -TERM`, `-km`, `-k -n tcp 7001`): it kills the processes using that port.
const FUSER_COMMAND = /(?:^|[\s;&|(])fuser\s([^;&|\n]{1,160})/;
const FUSER_KILL_OPTION = /^-[a-z]{0,6}k[a-z]{0,6}$/;
const FUSER_PORT = /^(\d{2,5})\/(?:tcp|udp)$/;

/**
 * The one port `fuser -k` kills the process of, as a node name (`:7001`, as `port=7001` names a writer): the node
 * listening there when the paste says which one does (`listening on :7001`, `--port 7001`, `node1=127.0.0.1:7001`).
 * Undefined without `-k`, or for several ports.
 */
export function findKilledPort(command: string): string | undefined {
  const m = FUSER_COMMAND.exec(command);
  if (m === null) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  if (!words.some((word) => FUSER_KILL_OPTION.test(word))) return undefined;
  const ports: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const port = FUSER_PORT.exec(words[k]!);
    if (port !== null) ports.push(port[1]!);
    // `-n tcp 7001`: the namespace option, then the bare port.
    else if (words[k] === '-n' && /^(?:tcp|udp)$/.test(words[k + 1] ?? '') && /^\d{2,5}$/.test(words[k + 2] ?? '')) ports.push(words[(k += 2)]!);
  }
  return ports.length === 1 ? `:${ports[0]}` : undefined;
}

/**
 * The one container, pod or unit whose log a command prints, which names the lines under it: `docker logs -t
 * raft-b`, `kubectl logs kv-0 --previous`, `journalctl -u raft-b` (a unit as its node: findUnitNode), `docker events
 * --filter container=raft-a`. Undefined for several (`docker compose logs a b`), a glob or a shell variable.
 */
export function findLogSource(command: string): string | undefined {
  const m = LOG_COMMAND.exec(command);
  if (!m) return undefined;
  const words = commandWords(command, m.index + m[0].length);
  const journal = /journalctl$/i.test(m[0]);
  const events = /events$/i.test(m[0]);
  const names: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const [option, inline] = word.startsWith('-') ? [word.split('=')[0]!, word.includes('=') ? word.slice(word.indexOf('=') + 1) : undefined] : [undefined, undefined];
    if (option !== undefined) {
      const value = inline ?? (VALUED_OPTION.test(option) ? words[++k] : undefined);
      // journalctl names its source with -u; docker events with a container or name filter.
      if (journal && (option === '-u' || option === '--unit') && value !== undefined) names.push(value);
      if (events && (option === '-f' || option === '--filter') && value !== undefined) {
        const filter = /^(?:container|name)=(.+)$/.exec(value);
        if (filter) names.push(filter[1]!);
      }
      continue;
    }
    if (!journal && !events && word !== '') names.push(word);
  }
  if (names.length !== 1) return undefined;
  const name = SOURCE_NAME.exec(names[0]!);
  if (!name) return undefined;
  return journal ? findUnitNode(name[1]!) : name[1];
}

// A command printing files and the words of it that name a log file (by its extension).
/** The programs that print files (a regex alternation): the one list of them, for readers of typed commands. */
export const FILE_PROGRAMS = 'cat|tac|tail|head|less|more|[efz]?grep|rg|zcat|bat';
const FILE_COMMAND = new RegExp(`(?:^|[\\s;&|(])(?:${FILE_PROGRAMS})(?=\\s)`);
// A command that shows logs some other way than a log viewer's (LOG_COMMAND): a multiplexer's pane, a log browser.
const PANE_COMMAND = /(?:^|[\s;&|(])(?:tmux capture-pane|screen -X hardcopy|multitail|lnav)(?=\s|$)/;

/** Whether a typed command prints log lines (cat, tail, grep of files, journalctl, `docker logs`): not a program's own output. */
export function printsLogLines(command: string): boolean {
  return FILE_COMMAND.test(command) || LOG_COMMAND.test(command) || PANE_COMMAND.test(command);
}
const LOG_FILE = /\.(?:log|out|err|txt|jsonl?)(?:\.\d+)?$/i;

/**
 * The one log file a command prints (`cat rabbit1.log`, `grep -i "timeout\|election" rabbit1.log`, `tail -n 50
 * logs/rabbit2.log | less`): the only word before a pipe or redirection ending in a log file's extension. Undefined
 * for none or several (`cat a.log b.log`: tail and grep -H name those files on their lines).
 */
export function findPrintedLogFile(command: string): string | undefined {
  const files = readLogFileWords(command, FILE_COMMAND);
  return files.length === 1 ? files[0] : undefined;
}

// The words of the command `program` finds that end in a log file's extension, none an option, up to its first pipe
// or redirection.
function readLogFileWords(command: string, program: RegExp): string[] {
  const m = program.exec(command);
  if (!m) return [];
  return readShellWords(command, m.index + m[0].length).filter((word) => LOG_FILE.test(word) && !word.startsWith('-'));
}

/**
 * Whether a file path names `node` as a whole word (`data/node1/node.log`, `kv2-server.log`), not inside a longer
 * name or number (`data/node10/…`, `run1.log` for `n1`).
 */
export function pathNamesNode(path: string, node: string): boolean {
  const text = path.toLowerCase();
  const name = node.toLowerCase();
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isNameUnit(text.charCodeAt(at - 1)) && !isNameUnit(text.charCodeAt(at + name.length))) return true;
  }
  return false;
}
const isNameUnit = (code: number): boolean => isDigit(code) || isAsciiLetter(code);

// A glob's wildcard run in a path: `*`, `?`, a bracket class.
const GLOB_RUN = /\*+|\?|\[[^\]/]{1,16}\]/g;

// Whether a path or a glob of paths names numbered `node` as a whole word (pathNamesNode), the glob read with the node's
// number in each wildcard (`data/node*/node.log`, `kv[1-3].log`, `node{1,2,3}.log`: one file per node, that node's
// among them; `logs/*.log` names none) or its name for a whole directory level (`data/*/node.log`).
export function pathOrGlobNamesNode(path: string, node: string): boolean {
  if (pathNamesNode(path, node)) return true;
  const number = /\d{1,4}$/.exec(node)?.[0];
  if (number === undefined || !/[*?[{]/.test(path)) return false;
  // A brace list holding the number (`data/node{1,2,3}/node.log`); a whole directory level as a wildcard
  // (`data/*/node.log`: a directory per node, the node's name there).
  const braced = path.replace(BRACE_LIST, (list: string, items: string) => (items.split(',').includes(number) ? number : list));
  return pathNamesNode(braced.replace(GLOB_RUN, number), node) || pathNamesNode(braced.replace(WHOLE_LEVEL_GLOB, `/${node}/`), node);
}
const BRACE_LIST = /\{([\w,]{1,40})\}/g;
const WHOLE_LEVEL_GLOB = /\/\*\//;

// A command printing the lines of files, sort's merge among them.
const FILES_COMMAND = new RegExp(`(?:^|[\\s;&|(])(?:${FILE_PROGRAMS}|sort)(?=\\s)`);

// Every log file a command prints, up to its first pipe or redirection (`cat data/node1/node.log data/node2/node.log |
// sort`, `sort -m data/node*/node.log`).
export function findPrintedLogFiles(command: string): string[] {
  return readLogFileWords(command, FILES_COMMAND);
}

const CAT_COMMAND = /(?:^|[\s;&|(])cat(?=\s)/;

/**
 * The files a `cat` prints one after another, in its order (`cat node1.log node2.log node3.log`): two or more words,
 * none an option, a glob or a shell variable (whose order the paste does not show). Undefined otherwise.
 */
export function findCatFiles(command: string): string[] | undefined {
  const m = CAT_COMMAND.exec(command);
  if (!m) return findLoopedFiles(command);
  const words = readShellWords(command, m.index + m[0].length);
  if (words.length < 2 || words.some((word) => word.startsWith('-') || /[*?[$]/.test(word))) return undefined;
  return words;
}

// A loop printing one file per value (`for f in node2 node3; do tail -n 2 $f.log; done`, adv67h-27): the files its
// `cat` or `tail` names, each value in place of the variable, in the loop's order.
// (group 1: the variable, 2: its values, 3: tail's line count when a tail, 4: the file word.)
const FILE_LOOP = /\bfor\s+([A-Za-z_]\w{0,30})\s+in\s+([^;\n]{1,200});\s*do\s+(?:cat|tail(?:\s+-n\s?(\+?\d{1,6})|\s+-(\d{1,6}))?)\s+([^\s;&|<>]{1,200})\s*;\s*done\b/;

/** How many lines a file loop's `tail -n K` prints of each file (findLoopedFiles' loop), or undefined. */
export function findLoopedTailLines(command: string): number | undefined {
  const loop = FILE_LOOP.exec(command);
  const count = loop?.[3] ?? loop?.[4];
  return count === undefined || count.startsWith('+') ? undefined : Number(count);
}

function findLoopedFiles(command: string): string[] | undefined {
  const loop = FILE_LOOP.exec(command);
  if (loop === null) return undefined;
  const [, name, list, , , file] = loop;
  const variable = new RegExp(`\\$\\{?${name!}\\}?(?!\\w)`, 'g');
  const values = list!.trim().split(/\s+/);
  if (values.length < 2 || !variable.test(file!) || values.some((value) => /[*?[$]/.test(value))) return undefined;
  return values.map((value) => file!.replace(variable, value));
}

// The words of the command from `from` to an unquoted pipe, `;`, `&` or redirection, unquoted: a grep pattern's quoted
// `\|` (`"timeout\|election"`) or space is inside its word.
function readShellWords(command: string, from: number): string[] {
  const words: string[] = [];
  let word = '';
  let quote = 0;
  for (let k = from; k < command.length; k++) {
    const c = command.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else word += command[k];
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 124 || c === 59 || c === 38 || c === 60 || c === 62) break;
    else if (c === 32 || c === 9) {
      if (word !== '') words.push(word);
      word = '';
    } else word += command[k];
  }
  if (word !== '') words.push(word);
  return words;
}

/**
 * A program beside the cluster that no Raft member is named for (a proxy, a client, a load generator): its log under a
 * node's directory (`data/node3/proxy.log`) or its `kvclient:` lines in a node's terminal are none of that node's.
 */
export const NON_NODE_PROGRAM = /^(?:kv[-_]?)?(?:client|proxy|gateway|router|loadgen|load[-_]?gen|traffic(?:[-_]?gen)?|workload|bench(?:mark)?|health[-_]?check(?:er)?|prober?|watcher|cli|ycsb)$|^test[-_][a-z][\w-]{0,40}$/i;

/**
 * Whether `name`, as a line writes a program's name before a colon, is a NON_NODE_PROGRAM run: with an instance number
 * (`kvclient2`, `kvclient-2`, `loadgen_1`), a script's extension (`client.py`, `kvclient.go`), a pid (`kvclient[4411]`,
 * `kvclient (pid 4411)`), or in two words (`kv client`): adv75c-46/-55/-57/-65/-69/-72.
 */
export function isNonNodeProgramName(name: string): boolean {
  if (NON_NODE_PROGRAM.test(name)) return true;
  const base = programBaseOf(name);
  if (NON_NODE_PROGRAM.test(base) || STANDALONE_PROGRAM.test(base) || STANDALONE_PROGRAM.test(programNameOf(name))) return true;
  return TEST_ROLE.test(base) && INSTANCE_NUMBER.test(programNameOf(name));
}
// A test's driver or tester, numbered as a run numbers its instances (`driver-1`, `tester2`): bare, a node's module may
// be so named.
const TEST_ROLE = /^(?:driver|tester)$/;
const PROGRAM_PID = /\s?(?:\[\d{1,7}\]|\(pid \d{1,7}\)|pid=\d{1,7})$/;

// A program's name as a run writes it, bare: no pid, script extension, instance number or space (`kvclient (pid 4411)`,
// `client.py`, `loadgen-1`, `kv client`).
const programBaseOf = (name: string): string => programNameOf(name).replace(INSTANCE_NUMBER, '');
// A program's name as a run writes it, less its path, pid and script extension (`./kvclient.py` → `kvclient`, `wrk[5512]`
// → `wrk`, `k6` as it is), in lower case.
const programNameOf = (name: string): string => name.replace(PROGRAM_PID, '').replace(SCRIPT_EXTENSION_END, '').replace(PATH_HEAD, '').replace(' ', '').toLowerCase();
const PATH_HEAD = /^.*\//;

/**
 * Whether a name written after a node's tag (`[node3] kvclient2: …`) is a program's beside the cluster rather than a
 * module of that node: a name no node gives a module of its own (STANDALONE_PROGRAM: the store's client and CLI by
 * their `kv` names, `kvctl`, load generators, benchmarks, `wrk`, `k6`, `hey`, `jepsen`), or a NON_NODE_PROGRAM name
 * with a pid, a script's extension or a run's instance number (`client[4411]`, `kvclient pid=5512`, `client.py`,
 * `client2`, `kv-client#2`). A bare `client:`, `proxy:`, `healthcheck:` or `watcher:` may be the node's own module (its
 * link to the leader, review75, review77), as may a numbered thread (`client-thread-1:`) or a `…ctl` of the node's own.
 */
export function isTaggedProgramName(name: string): boolean {
  if (STANDALONE_PROGRAM.test(programBaseOf(name)) || STANDALONE_PROGRAM.test(programNameOf(name))) return true;
  return (PROGRAM_PID.test(name) || SCRIPT_EXTENSION_END.test(name) || INSTANCE_NUMBER.test(programNameOf(name))) && isNonNodeProgramName(name);
}
// Names no node gives a module of its own: the store's client, CLI, proxy or load tool by its `kv` name, load
// generators, benchmarks, test programs.
const STANDALONE_PROGRAM = /^kv[-_]?(?:client|cli|ctl|proxy|gateway|load)$|^(?:loadgen|load[-_]?gen|traffic(?:[-_]?gen)?|workload|bench(?:mark)?|ycsb|wrk2?|k6|hey|jepsen|locust|vegeta)$|^test[-_].*$/;
// A run's instance number after a program's name (`kvclient2`, `loadgen-1`, `kvclient_1`, `kv-client#2`).
const INSTANCE_NUMBER = /[-_#]?\d{1,3}$/;

/** A Procfile runner's process and its instance number (foreman's and honcho's `web.1`, `chaos.1`): group 1 is the process type */
export const PROCFILE_INSTANCE = /^([A-Za-z][\w-]{0,30})\.\d{1,3}$/;

/** A script's extension (`chaos.sh`, `kvclient.py`): what a program run by its file name ends with. */
export const SCRIPT_EXTENSION_SOURCE = String.raw`\.(?:sh|bash|py|js|mjs|ts|rb|pl|go|rs|exe|jar)`;
const SCRIPT_EXTENSION_END = new RegExp(`${SCRIPT_EXTENSION_SOURCE}$`, 'i');

/**
 * The program a typed command runs when it is one NON_NODE_PROGRAM names (`python3 kvclient2.py 30271 200 "[node3]"`
 * → `kvclient`, `./kv_cli get k`): its own name, past an interpreter, a path, an extension and a number, else undefined.
 */
export function readClientProgram(command: string): string | undefined {
  const words = command.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && INTERPRETER.test(words[k]!)) k++;
  // A launcher script that tags what it runs (`./run.sh node2 python3 kvclient.py …`, adv77a-48): the program it runs,
  // past the one node it tags for, flags and an interpreter. A script starting several members and a client
  // (`./start.sh node1 node2 node3 client`) is a harness printing the nodes' own lines too (review78).
  if (words[k] !== undefined && LAUNCHER_SCRIPT.test(words[k]!)) {
    let r = k + 1;
    let members = 0;
    while (r < words.length && r <= k + 4 && (INTERPRETER.test(words[r]!) || words[r]!.startsWith('-') || (FAMILY_NAME.test(words[r]!) && ++members <= 1))) r++;
    if (members > 1) return undefined;
    if (r < words.length && r > k + 1) k = r;
  }
  const program = words[k];
  if (program === undefined) return undefined;
  const name = program.slice(program.lastIndexOf('/') + 1).replace(SCRIPT_EXTENSION_END, '').replace(INSTANCE_NUMBER, '');
  // Not a test or a benchmark (a harness that starts the nodes prints their lines too: adv49b-20), nor a status query
  // (`./kvcli -p 8001 status`: its rows state the nodes' roles, blind11).
  if (!NON_NODE_PROGRAM.test(name) || HARNESS.test(name) || words.slice(k + 1).some((word) => STATUS_QUERY.test(word))) return undefined;
  return name;
}
const HARNESS = /^(?:test[-_]|(?:kv[-_]?)?bench)/i;
// A shell script or launcher by its name: `./run.sh`, `launch.sh`, `scripts/tag`, `with-tag`.
const LAUNCHER_SCRIPT = /(?:^|\/)(?:[\w-]{1,40}\.sh|run|launch|tag|with-tag|tagged)$/i;
const STATUS_QUERY = /^(?:status|members|member-list|info|leader|state|cluster|health)$/i;
// What runs a program named after it: an interpreter, a wrapper, their flags.
const INTERPRETER = /^(?:sudo|env|time|nohup|exec|python[\d.]*|py|node|deno|bun|ruby|perl|bash|sh|zsh|java|-jar|-u|-m|-B)$/;

/** `zk1`, `kraft-2`, `rabbit3`: a name of a family (letters, then the member's number): prefix and number. */
export const FAMILY_NAME = /^([a-z][a-z_-]{0,30}?)[-_]?(\d{1,4})$/i;

const PATH_NODE = /(?:^|[^a-z0-9])(?:kv[-_]?)?(?:node[-_]?|n)(\d{1,4})(?![a-z0-9])/i;

/** Node named by a file path or service name: `data/node2/node.log`, `logs/n3.log`, `raft-kvnode-2-1`. */
// No cache here: paths are slices of a paste, and a module-level cache would keep pastes alive (scan-lines.ts
// caches per scan instead).
export function findNodeInPath(path: string): string | undefined {
  // Not the first digits of a longer number (`node-26322.log`, a port: adv64f-20).
  const m = PATH_NODE.exec(path) ?? /(?:^|[^a-z0-9])(?:kv[-_]?)?node[-_]?(\d{1,4})(?!\d)/i.exec(path);
  return m ? nodeLabel(Number(m[1])) : undefined;
}

const LEADER = /\bleader(?:[-_ ]?id)?["']?\s?(?:[=:]\s?|is\s+)?["']?(?:(?:kv[-_]?)?node[-_ ]?|n)?(\d{1,4})\b/i;

/** "leader node1", "leader=1", "leader_id: 1", "leader is node-1" → node1. */
export function findLeaderMention(text: string): string | undefined {
  const m = LEADER.exec(text);
  return m ? nodeLabel(Number(m[1])) : undefined;
}

// Keys that name the writer outright (JSON fields, logfmt keys, a collector's labels).
// However the logger cases them: `node_id`, `nodeId`, .NET's `NodeId`, `NODE_ID`, `node-name`, `ServerId`; and a Raft
// library's own id of the writer, `raft_id` (Elixir Logger's `metadata: [:raft_id]`, as NODE_ANY reads it in words).
const NODE_KEY_SOURCE = '[Nn]ode(?:[-_]?(?:[Ii]d|ID|[Nn]ame))?|NODE(?:_ID|_NAME)?|id|[Ss]erver[-_]?(?:[Ii]d|ID)|SERVER_ID|[Mm]ember|[Rr]aft[-_]?(?:[Ii]d|ID)';
const NODE_KEY = new RegExp(`^(?:${NODE_KEY_SOURCE})$`);
const JSON_NODE = new RegExp(`"(?:${NODE_KEY_SOURCE})"\\s*:\\s*(?:"([^"\\\\]{1,40})"|(\\d{1,6})\\b)`);

/** The name fields a JSON line (or a collector's labels) can carry, in order of trust. */
export const JSON_NAME_KEYS = ['name', 'label', 'unit', 'service', 'pod', 'instance', 'host'] as const;
export type JsonNameKey = (typeof JSON_NAME_KEYS)[number];
// A record's program key and value (`"component":"kvclient"`).
const JSON_PROGRAM = /"(?:component|name|service|logger|app|source)"\s*:\s*"([\w.-]{1,40})"/g;
// Keys that name the writer only as well as nothing better does: an app's or logger's `name` (bunyan gives every
// process the same one), winston's `label`, journald's unit, a Kubernetes pod, a host name. `UNIT` is systemd's own
// record about a unit; journald's `SYSLOG_IDENTIFIER` (`systemd-cat -t raft-b`) names its service when the units do not.
const NAME_KEY_RANK: Readonly<Record<string, readonly [JsonNameKey, number]>> = {
  name: ['name', 0], label: ['label', 0], UNIT: ['unit', 0], USER_UNIT: ['unit', 1], _SYSTEMD_UNIT: ['unit', 2], _SYSTEMD_USER_UNIT: ['unit', 3],
  service: ['service', 0], SYSLOG_IDENTIFIER: ['service', 1], pod: ['pod', 0], instance: ['instance', 0], hostname: ['host', 0], host: ['host', 1], _HOSTNAME: ['host', 2],
};
const JSON_NAME = new RegExp(`"(${Object.keys(NAME_KEY_RANK).join('|')})"\\s*:\\s*"([^"\\\\]{1,64})"`, 'g');

// Namespace words of a label key that make it another node's (`leader.id`, `peer.node`), not the writer's.
const OTHER_NODE_WORDS = new Set([...MENTION_WORDS, 'candidate', 'target', 'remote', 'last', 'prev', 'next', 'dst', 'src']);

/**
 * What a key names (a JSON field, a logfmt key, a collector's label): `node` for a key naming the writer outright
 * (`node`, `node_id`, `id`), a name key (JSON_NAME_KEYS: `pod`, `instance`, `host`, a unit, …) that names it when its
 * values vary across the paste, else undefined (`app`, `namespace`, `term`). A label's namespace is dropped
 * (docker's `raft.node`, Kubernetes' `app.kubernetes.io/instance`) unless a word of it names another node (`leader.id`).
 */
export function classifyWriterKey(key: string): 'node' | JsonNameKey | undefined {
  const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('/'));
  const base = cut < 0 ? key : key.slice(cut + 1);
  if (cut >= 0 && key.slice(0, cut).split(/[./_-]/).some((word) => OTHER_NODE_WORDS.has(word.toLowerCase()))) return undefined;
  if (NODE_KEY.test(base)) return 'node';
  const upper = base.toUpperCase();
  const rank = Object.hasOwn(NAME_KEY_RANK, base) ? NAME_KEY_RANK[base] : Object.hasOwn(NAME_KEY_RANK, upper) ? NAME_KEY_RANK[upper] : undefined;
  return rank?.[0];
}

/** A writer key's value as a node (classifyWriterKey's kinds): a unit by findUnitNode, `node2`-like and numeric values as `node2`, other names as written. */
export function readWriterValue(key: 'node' | JsonNameKey, value: string): string | undefined {
  return key === 'unit' ? findUnitNode(value) : jsonValueNode(value, key === 'node' ? NODE_VALUE : NAME_VALUE);
}

/** The journal fields among them (upper-case: journald's `_SYSTEMD_UNIT`, `_HOSTNAME`, `SYSLOG_IDENTIFIER`, …): what names a journal record's writer. */
export const JOURNAL_NAME_FIELDS: ReadonlySet<string> = new Set(Object.keys(NAME_KEY_RANK).filter((key) => /^[A-Z_]+$/.test(key)));

/** A JSON line's name field: its kind of key and the node it names. */
export interface JsonName {
  readonly key: JsonNameKey;
  readonly node: string;
}

const JSON_LOGGER = /"(?:@module|logger|logger_name|loggerName|module)"\s*:\s*"([^"\\]{1,64})"/;

/** A dotted logger name with a node name as one of its parts: `node2.raft`, `raft.node2`, `kv.n3.transport` → node2. */
export function findNodeInDottedName(name: string): string | undefined {
  for (let start = 0; start < name.length; ) {
    let end = name.indexOf('.', start);
    if (end < 0) end = name.length;
    const named = readNodeName(name, start, end, true);
    if (named && named.end === end) return named.label;
    start = end + 1;
  }
  return undefined;
}

// A field's value as a node: numeric and `node2`-like values become `node2`, other names stay as written.
function jsonValueNode(value: string, other: RegExp): string | undefined {
  if (/^\d{1,6}$/.test(value)) return nodeLabel(Number(value));
  const named = readNodeName(value, 0, value.length, true);
  if (named && named.end === value.length) return named.label;
  return other.test(value) ? value : undefined;
}
const NODE_VALUE = /^[\w.-]{1,32}$/;
// Names, hosts and units: also `kv2@raft-lab`, `127.0.0.1:7001`.
const NAME_VALUE = /^[\w.@:-]{1,64}$/;

// A systemd unit as a node, the one rule for journal fields, unit columns and the units systemctl/journalctl name:
// `raft@2.service` is its template's instance 2 (node2, as every numeric form), `raft-node1.service` node1; scopes, slices and other non-service
// units (systemd's `init.scope`, a login session) are no node.
export function findUnitNode(unit: string): string | undefined {
  if (/\.(?:scope|slice|socket|timer|mount|target|path|device|swap)$/.test(unit)) return undefined;
  const name = unit.endsWith('.service') ? unit.slice(0, -8) : unit;
  const instance = /@(\d{1,4})$/.exec(name);
  if (instance) return nodeLabel(Number(instance[1]));
  // A unit named for its node after the cluster's name (`raft-node1.service`, `kv_node-2`): that node, as a
  // `[raft-node1]` tag is (not `raft-a`, not `node1-backup`).
  for (let j = name.length - 2; j > 0; j--) {
    const c = name.charCodeAt(j - 1);
    if (c !== 45 && c !== 95 && c !== 46) continue;
    const tail = readNodeName(name, j, name.length);
    if (tail !== undefined && tail.end === name.length) return tail.label;
  }
  return jsonValueNode(name, NAME_VALUE);
}

/**
 * A JSON line's writer: its `node`/`node_id`/`nodeId`/`id` field (`names` undefined); else its `name` field; else a
 * logger name with a node in it (hclog's `"@module":"node2.raft"`). `names`: every name field the line has, most
 * trusted first — which key names the nodes is the paste's to decide (the one that varies, see scanLines); a label,
 * unit or host name alone names no line (a constant `"hostname":"lab"` would hide a section's node).
 */
/**
 * The client or proxy a JSON record's program key names (`"component":"kvclient"`, `"logger":"loadgen"`), or undefined:
 * such a record is that program's, whatever node field or launcher's tag it carries (adv63e-37, adv77a-33).
 */
export function readJsonProgram(text: string): string | undefined {
  if (!PROGRAM_WORD.test(text)) return undefined;
  // The first program key at the record's top level (a nested `"ctx": {"name": …}` before it names no writer: review78b).
  JSON_PROGRAM.lastIndex = 0;
  for (let program = JSON_PROGRAM.exec(text); program !== null; program = JSON_PROGRAM.exec(text)) {
    if (isTopLevelKeyAt(text, program.index)) return isNonNodeProgramName(program[1]!) ? program[1]! : undefined;
  }
  return undefined;
}

// Whether the key at `at` is a field of the record itself, not of an object nested in it (`"pending": {"app":
// "kvclient"}` names no writer: review78). Braces inside strings are skipped.
function isTopLevelKeyAt(text: string, at: number): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 92) i++;
      else if (c === 34) quoted = false;
    } else if (c === 34) quoted = true;
    else if (c === 123) depth++;
    else if (c === 125) depth--;
  }
  return depth === 1;
}

// A word of a NON_NODE_PROGRAM name (`loadgen`, `kvclient`, `bench`): a record without one asks no program check.
const PROGRAM_WORD = /cli|ctl|proxy|health|gateway|router|load|traffic|workload|bench|prob|watcher|ycsb|wrk|k6|hey|jepsen|locust|vegeta|test[-_]/i;

export function readJsonNode(text: string): { node: string | undefined; names: readonly JsonName[] | undefined } {
  // A client's or proxy's record (`"component":"kvclient","node":"node2"`): its node field is the server it asked
  // (adv63e-37), the writer the program.
  const program = readJsonProgram(text);
  if (program !== undefined) return { node: program, names: undefined };
  const m = JSON_NODE.exec(text);
  if (m) return { node: m[2] !== undefined ? nodeLabel(Number(m[2])) : jsonValueNode(m[1]!, NODE_VALUE), names: undefined };
  let names: (JsonName & { rank: number })[] | undefined;
  JSON_NAME.lastIndex = 0;
  for (let f = JSON_NAME.exec(text); f; f = JSON_NAME.exec(text)) {
    const [key, rank] = NAME_KEY_RANK[f[1]!]!;
    const node = readWriterValue(key, f[2]!);
    if (node === undefined) continue;
    const same = names?.findIndex((n) => n.key === key) ?? -1;
    if (same >= 0 && names![same]!.rank <= rank) continue;
    if (same >= 0) names!.splice(same, 1);
    (names ??= []).push({ key, node, rank });
  }
  if (names !== undefined) {
    names.sort((a, b) => JSON_NAME_KEYS.indexOf(a.key) - JSON_NAME_KEYS.indexOf(b.key));
    const plain = names.map(({ key, node }) => ({ key, node }));
    if (names[0]!.key === 'name') return { node: names[0]!.node, names: plain };
    const logger = JSON_LOGGER.exec(text);
    return { node: logger ? findNodeInDottedName(logger[1]!) : undefined, names: plain };
  }
  const logger = JSON_LOGGER.exec(text);
  return { node: logger ? findNodeInDottedName(logger[1]!) : undefined, names: undefined };
}

/** readJsonNode's writer of one line alone. */
export function findJsonNode(text: string): string | undefined {
  return readJsonNode(text).node;
}
