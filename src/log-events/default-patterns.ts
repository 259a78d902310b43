// Defaults for the optional timing block: what a follower's and a leader's log lines commonly say.
// Zod-free so the scenario and the paste path can use them without loading the schema.
export const DEFAULT_KILL_PATTERN =
  'received SIG(TERM|INT|KILL)|\\bSIG(TERM|INT|KILL)\\b|shutting down|\\bkill(ed)?\\b|terminated|stopped';
export const DEFAULT_HEARTBEAT_PATTERN =
  'heartbeat timeout|election timeout|no heartbeat|no message from (the )?leader|timed out waiting for (the )?leader';
export const DEFAULT_CONNECTION_PATTERN =
  'connection (to (the )?leader( node-?\\d{1,3})? )?(lost|closed|reset)|\\bEOF\\b|ECONNRESET|EPIPE|broken pipe|leader (is )?(down|unreachable|disconnected)';


// The event patterns the lesson does not configure: who leads, elections, votes, startup. Native RegExps with
// bounded backtracking (no nested or adjacent unbounded repetition), so they are safe on any line.
/** A node saying it leads now: "became leader", "now leader", "won election", "state=leader", etcd "X became leader at term 2". */
export const BECAME_LEADER_PATTERN =
  /\b(?:became|becoming|become|now|am|as)(?: the)? leader\b|\bwon (?:the )?election\b|\bwinning (?:the )?election\b|\b(?:state|role)\s?[=:]\s?"?leader\b|\btransition(?:ed|ing)? to leader\b|\bentering leader state\b/i;
/** A node naming the leader it follows: "following leader node1", "new leader node1", "elected leader 8e9e… at term 2", `leader=2`. */
export const FOLLOWS_LEADER_PATTERN =
  /\b(?:following|follow|new|elected|current|accepted|recogni[sz]ed|found|known|detected)(?: the)? leader\b|\bleader (?:is|=|:)|\bleader[-_ ]?id\s?[=:]|\bleader\s?[=:]/i;
/** A node starting an election. */
export const ELECTION_STARTED_PATTERN =
  /\bbec(?:ame|oming|ome) (?:pre-?)?candidate\b|\bstart(?:ing|ed|s)? (?:a |an )?(?:new )?(?:pre-?vote |pre-?)?election\b|\brequesting votes\b|\bcampaign(?:ing|s)?\b|\bcalling (?:an )?election\b/i;
/** A vote granted, requested or counted. */
export const VOTE_PATTERN = /\bvot(?:e|es|ed|ing)\b|\bMsg(?:Pre)?Vote(?:Resp)?\b/i;
/** A node starting up (the line before its first election). */
export const STARTUP_PATTERN =
  /\bstarting\b|\bstarted\b|\blistening (?:on|at)\b|\bboot(?:ing|ed)?\b|\binitiali[sz](?:ing|ed)\b|\bserving\b|\brestart(?:ed|ing)\b/i;
/**
 * A kill-pattern word that is not this process dying: a component stopping ("election timer stopped", etcd's
 * "stopped streaming with peer"), or a description of another node ("leader node1 stopped responding").
 */
export const NOT_A_KILL_PATTERN =
  /\b(?:timer|ticker|stream(?:s|ing)?|reader|writer|watch(?:er|ers)?|probe|probing|snapshot|compaction|goroutine|heartbeats?|ticks?|worker|loop|election)\b[^.;]{0,24}\b(?:stopped|killed|terminated)\b|\b(?:stopped|stop(?:ping)?) (?:streaming|sending|receiving|reading|writing|heartbeat|the (?:election )?timer|timer|probing|peer)\b|\b(?:peer|leader|member|remote)\b[^.;]{0,40}\b(?:stopped|killed|terminated|shutting down)\b|\b(?:stopped|killed|terminated) (?:responding|sending|talking)\b/i;
