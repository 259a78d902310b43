// Node names a cluster's start lines declare as plain words (`kv_node charlie starting … peers=alpha,bravo`): a word at
// a line's head is a message's first word unless the paste declares it a node's name this way.
const PEER_LIST = /(?:^|[\s,;{(])-{0,2}peers?(?:=|:\s?|\s)["'[]?([A-Za-z][A-Za-z_]{1,23}(?:\s?,\s?[A-Za-z][A-Za-z_]{1,23})+)(?![\w.:@-])/gi;
// The start line's own word name, right before the verb (`kv_node charlie starting`, `alpha listening on …`).
const SELF_NAME = /(?:^|[\s:\]])([A-Za-z][A-Za-z_]{1,23}) (?:starting|started|listening|booting|running)\b/i;
// Words a start line puts before its verb that name no node (`kv_node starting`, `server listening`).
const NOT_SELF = new Set(['node', 'server', 'raft', 'kv', 'kv_node', 'kvnode', 'replica', 'member', 'peer', 'process', 'service', 'cluster', 'daemon', 'is', 'now', 'and', 'app', 'http', 'rpc', 'grpc', 'api', 'leader', 'follower', 'candidate', 'election', 'timer', 'heartbeat']);
const MIN_DECLARED = 2;

/** The plain-word names (letters only) of nodes the paste's `peers=` lists and their start lines declare; undefined when fewer than two. */
export function findDeclaredWordNames(text: string): ReadonlySet<string> | undefined {
  if (text.indexOf('peer') < 0) return undefined;
  let names: Set<string> | undefined;
  PEER_LIST.lastIndex = 0;
  for (let m = PEER_LIST.exec(text); m; m = PEER_LIST.exec(text)) {
    names ??= new Set();
    for (const name of m[1]!.split(',')) names.add(name.trim());
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const self = SELF_NAME.exec(text.slice(lineStart, m.index));
    if (self && !NOT_SELF.has(self[1]!.toLowerCase())) names.add(self[1]!);
  }
  if (names !== undefined) for (const name of names) if (NOT_SELF.has(name.toLowerCase())) names.delete(name);
  return names !== undefined && names.size >= MIN_DECLARED ? names : undefined;
}
