// Node names a cluster's start lines declare as plain words (`kv_node charlie starting … peers=alpha,bravo`): a word at
// a line's head is a message's first word unless the paste declares it a node's name this way.
// An item may carry its address (`--peers bravo=21102,charlie=21103`, `bravo@10.0.0.2:7002`), which is no part of its name.
import { NAME_FLAG_SOURCE } from './attribute-node.js';
const PEER_LIST = /(?:^|[\s,;{(])-{0,2}peers?(?:=|:\s?|\s)["'[]?([A-Za-z][A-Za-z_]{1,23}(?:[=@][\w.:]{1,40})?(?:\s?,\s?[A-Za-z][A-Za-z_]{1,23}(?:[=@][\w.:]{1,40})?)+)(?![\w.:@-])/gi;
// A launch command's name flag with a word for its value (`./kv_node --id 2 --name kvB --port 21002`).
const NAME_FLAG = new RegExp(String.raw`(?:^|\s)${NAME_FLAG_SOURCE}([A-Za-z][A-Za-z_]{1,23})(?![\w.:@-])`, 'gi');
// The start line's own word name, right before the verb (`kv_node charlie starting`, `alpha listening on …`).
const SELF_NAME = /(?:^|[\s:\]])([A-Za-z][A-Za-z_]{1,23}) (?:starting|started|listening|booting|running)\b/i;
// A start line stating its process or port after its word name (`kv_node kvB starting pid=3893 port=21002`, adv66a-25).
const STATED_SELF = /(?:^|[\s:\]])([A-Za-z][A-Za-z_]{1,23}) (?:starting|started|listening|booting)\b[^\n]{0,40}?\b(?:pid|port)[=:]/gi;
// Words a start line puts before its verb that name no node (`kv_node starting`, `server listening`).
const NOT_SELF = new Set(['node', 'server', 'raft', 'kv', 'kv_node', 'kvnode', 'replica', 'member', 'peer', 'process', 'service', 'cluster', 'daemon', 'is', 'now', 'and', 'app', 'http', 'rpc', 'grpc', 'api', 'leader', 'follower', 'candidate', 'election', 'timer', 'heartbeat']);
const MIN_DECLARED = 2;

/** The plain-word names (letters only) of nodes the paste's `peers=` lists, their start lines (with a pid or port) and `--name` flags declare; undefined when fewer than two. */
export function findDeclaredWordNames(text: string): ReadonlySet<string> | undefined {
  const peers = text.indexOf('peer') >= 0;
  const stated = text.indexOf('pid=') >= 0 || text.indexOf('port=') >= 0;
  if (!peers && !stated && text.indexOf('-name') < 0) return undefined;
  let names: Set<string> | undefined;
  if (peers) {
    PEER_LIST.lastIndex = 0;
    for (let m = PEER_LIST.exec(text); m; m = PEER_LIST.exec(text)) {
      names ??= new Set();
      for (const item of m[1]!.split(',')) names.add(item.trim().split(/[=@]/)[0]!);
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const self = SELF_NAME.exec(text.slice(lineStart, m.index));
      if (self && !NOT_SELF.has(self[1]!.toLowerCase())) names.add(self[1]!);
    }
  }
  if (stated) {
    STATED_SELF.lastIndex = 0;
    for (let m = STATED_SELF.exec(text); m; m = STATED_SELF.exec(text)) (names ??= new Set()).add(m[1]!);
  }
  if (text.indexOf('-name') >= 0) {
    NAME_FLAG.lastIndex = 0;
    for (let m = NAME_FLAG.exec(text); m; m = NAME_FLAG.exec(text)) (names ??= new Set()).add(m[1]!);
  }
  if (names !== undefined) for (const name of names) if (NOT_SELF.has(name.toLowerCase())) names.delete(name);
  return names !== undefined && names.size >= MIN_DECLARED ? names : undefined;
}
