// Defaults for the optional timing block: what a follower's and a leader's log lines commonly say.
// Zod-free so the scenario and the paste path can use them without loading the schema.
export const DEFAULT_KILL_PATTERN =
  'received SIG(TERM|INT|KILL)|\\bSIG(TERM|INT|KILL)\\b|shutting down|\\bkill(ed)?\\b|terminated|stopped';
export const DEFAULT_HEARTBEAT_PATTERN =
  'heartbeat timeout|election timeout|no heartbeat|no message from (the )?leader|timed out waiting for (the )?leader';
export const DEFAULT_CONNECTION_PATTERN =
  'connection (to (the )?leader( node-?\\d{1,3})? )?(lost|closed|reset)|\\bEOF\\b|ECONNRESET|EPIPE|broken pipe|leader (is )?(down|unreachable|disconnected)';

