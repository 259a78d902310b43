// blind18's shape for the "killed node led on" tests (log-facts, check-paste): `date; <kill>` of node1, node1's lines
// after it, and both followers' heartbeats from it and resets of their connection to it; `after`: lines appended.
export function makeLedOnPaste(kill: string, node1After: readonly string[], after: readonly string[] = []): string {
  return [
    `$ date +%T.%3N; ${kill}`,
    '14:05:33.100',
    '14:05:33.051 node1 DEBUG heartbeat -> node2,node3 term=4',
    ...node1After,
    '14:05:33.052 node2 DEBUG append from leader node1 ok term=4',
    '14:05:33.104 node2 WARN  connection to leader node1 reset (EOF), reconnecting',
    '14:05:33.052 node3 DEBUG append from leader node1 ok term=4',
    '14:05:33.105 node3 WARN  connection to leader node1 reset (EOF), reconnecting',
    ...after,
  ].join('\n');
}
