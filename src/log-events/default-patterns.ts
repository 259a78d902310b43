// Defaults for the optional timing block: what a follower's and a leader's log lines commonly say.
// Zod-free so the scenario and the paste path can use them without loading the schema.
import { ROLE_NODE_NAME_SOURCE } from './attribute-node.js';
import { blankCountdowns } from './countdown-lines.js';
import { readShellPrompt } from './shell-prompt.js';
import { widenRegex } from './widen-word-gaps.js';

export const DEFAULT_KILL_PATTERN =
  'received SIG(TERM|INT|KILL)|\\bSIG(TERM|INT|KILL)\\b|shutting down|\\bkill(ed)?\\b|terminated|stopped|\\bsignal[=: ]{1,2}interrupt\\b';
/**
 * A follower saying its leader went silent: a heartbeat/election timeout, an election timer or follower timeout that
 * fired, heartbeats or AppendEntries not received or missed ("missed 3 heartbeats", "missed 3 consecutive heartbeats",
 * not a count on its way, "missed 2 heartbeats (2/3)"; "did not receive a heartbeat", "didn't receive any heartbeat",
 * "timed out waiting for AppendEntries"), not heard from the leader (n't, n’t, "havent", not), the leader timed out
 * ("leader node1 timed out", "leader 127.0.0.1:7001 timed out": a name of up to 17 characters ending in a digit; not
 * "request to leader node1 timed out", "forwarding write to the leader timed out", "leader election timed out"),
 * dead, gone or down. Never a bare "timed out" (a client request, a dial, a snapshot transfer); settings, awaited
 * timers and a leader's missing heartbeat replies are NOT_A_DETECTION_PATTERN's and AWAITED_TIMEOUT_PATTERN's. It must
 * run on V8 (compile-pattern.ts MAX_V8_PATHS, 256 backtracking paths): it has 254, 191 of them the "leader … dead/down"
 * gap (`[^;]{1,19}`: `leader\b` before a word or digit needs one separator, so `{0,…}` only counted an impossible path).
 */
export const DEFAULT_HEARTBEAT_PATTERN =
  "heartbeat timeout|heartbeat timed out|election timeout|(election timer|follower timeout) (fired|expired|elapsed)|no heartbeat|no (message|AppendEntries) from (the )?leader|timed out waiting for (a |the )?(leader|heartbeat|AppendEntries)|missed \\d{1,2} (consecutive )?heartbeats(?! \\(\\d)|(n['’]|\\bno|\\bhaven)t heard from (the )?leader|n['’o]?t received? (a |any )?heartbeat|(?<!to )(?<!to the )leader([ _=:#\\(-][\\w.:\\[\\]=#\\(\\)-]{0,16}[\\d\\)])? timed out|leader( down\\b|\\b[^;]{1,19}(\\b(dead|gone|unreachable)\\b|(\\bis|\\bwas|\\bwent|\\bto be|\\bappears|\\bseems|\\d) down\\b))";
export const DEFAULT_CONNECTION_PATTERN =
  'connection (to (the )?leader([ _=:#\\(-][\\w.:@\\[\\]/ =#\\(\\)-]{1,16})?? )?(?<!\\bno )(lost|closed|reset|refused|error)|disconnected from (the )?leader|leader (may be down)|leader\\b[^;]{0,24}\\bdisconnected\\b|lost (the )?(TCP streaming )?connection (to|with) (the )?(leader|peer)|lost TCP streaming connection with remote peer|lost connection from (the )?leader|connection reset by peer|forcibly closed by the remote host|closed by peer|peer closed|\\b(Unexpected)?EOF(Exception|Error)?\\b|ECONNRESET|ECONNREFUSED|EPIPE|broken pipe|\\b(returned|returns) 0\\b';


// The event patterns the lesson does not configure: who leads, elections, votes, startup. Native RegExps with
// bounded backtracking (no nested or adjacent unbounded repetition), so they are safe on any line. A space in them
// is a word gap, as in a lesson's patterns (widenRegex: "became leader" matches `became_leader`, "Became-Leader").
/**
 * ZooKeeper's peer states, logged as the whole message after its `[thread:Class@line] - ` head (`- LEADING`,
 * `- FOLLOWING - LEADER ELECTION TOOK - 236 MS`, `- LOOKING`) or as "Peer state changed: following - broadcast": the
 * node's role, as "became leader" / "became follower" / "starting election" are. Group-free sources for the patterns below.
 */
const peerState = (state: string): string => String.raw`(?:^|\] - )${state}(?: - |\s{0,8}$)|\bpeer state changed: ${state}\b`;
/** A node saying it leads now: "became leader", "now leader", "leader for term 13", "won election", "switching to LEADER" (NATS), "state=leader", etcd "X became leader at term 2", Ratis "changes role from CANDIDATE to LEADER", a state going to leader ("state: candidate -> leader", "transition candidate => leader"), canonical raft's (dqlite's) "votes quorum reached -> convert to leader", ZooKeeper's LEADING. */
export const BECAME_LEADER_PATTERN = widenRegex(
  new RegExp(
    String.raw`\b(?:became|becoming|become|now|am|as)(?: the)? leader\b|(?:^|[\s\]:|])leader for term\b|\bwon (?:the )?election\b|\bwinning (?:the )?election\b|\b(?:state|role)"? ?[=:] ?"?leader\b|\btransition(?:ed|ing)? to leader\b|\bswitch(?:ed|es|ing)? to leader\b|\bconvert(?:ed|ing|s)? to leader\b|\bchange[sd]? (?:role )?(?:from  ?(?:follower|candidate|listener) )?to  ?leader\b|\bentering leader state\b|\bself is new (?:jetstream )?(?:cluster )?(?:metadata )?leader\b|` +
      String.raw`\b(?:state|role|transition)(?: changed)?[=:]? (?:follower|candidate)(?: [-=]> |[-=]>| → |→)leader\b|` +
      peerState('leading'),
    'i',
  ),
);
/**
 * BECAME_LEADER_PATTERN's claim in Spanish, Portuguese, Italian, German and French ("ahora soy líder", "agora sou
 * líder", "ora sono leader", "bin jetzt Leader", "je suis maintenant leader"): a pattern of its own, so that each stays
 * within V8's backtracking budget (compile-pattern.ts MAX_V8_PATHS).
 */
export const LOCALIZED_BECAME_LEADER_PATTERN = widenRegex(
  /\b(?:ahora soy|ya soy|soy el nuevo|agora sou|sou o novo|ora sono|sono il nuovo|sono diventato|bin jetzt|bin nun|bin der neue|wurde zum|je suis maintenant|suis devenu|devenu) (?:el |o |il |le |der |zum )?(?:l[ií]der|leader)\b/i,
);
/** Whether a line claims its writer leads, in English or another language (the two patterns above). */
export const isLeaderClaim = (text: string): boolean => BECAME_LEADER_PATTERN.test(text) || LOCALIZED_BECAME_LEADER_PATTERN.test(text);
/**
 * A follower's heartbeat or election timeout in Spanish, Portuguese, Italian, German, French, Turkish, Polish, Chinese
 * and Japanese, as a student's node logs it in their language ("tiempo de espera del latido agotado", "tempo limite do
 * heartbeat esgotado", "timeout del battito scaduto", "Herzschlag-Timeout", "délai de battement de cœur expiré", "kalp
 * atışı zaman aşımı", "przekroczono limit czasu bicia serca", "心跳超时", "ハートビートタイムアウト", adv65h): built in beside the
 * lesson's heartbeat_pattern, as LOCALIZED_BECAME_LEADER_PATTERN is beside the English claims.
 */
export const LOCALIZED_HEARTBEAT_PATTERN = widenRegex(
  /\btiempo de espera (?:del latido|de(?:l)? heartbeat|de elecci[óo]n)|\bsin (?:mensajes|latidos) del l[ií]der\b|\btempo limite (?:do heartbeat|do batimento|de elei[çc][ãa]o)|\bnenhuma mensagem do l[ií]der\b|\btimeout del battito\b|\bnessun messaggio dal leader\b|\bherzschlag[- ]?timeout\b|\bkeine nachricht(?:en)? vom leader\b|\bd[ée]lai (?:de |du )?battement\b|\baucun message du leader\b|\bkalp at[ıi][şs][ıi] zaman a[şs][ıi]m[ıi]|\bprzekroczono limit czasu bicia serca\b|\bbrak wiadomo[śs]ci od lidera\b|心跳超时|选举超时|ハートビートタイムアウト|選挙タイムアウト/i,
);
/**
 * A follower's lost connection to its leader in the same languages ("conexión con el líder node1 perdida", "perdi a
 * conexão com o líder", "Verbindung zum Leader node3 verloren", "connessione con il leader persa", "connexion avec le
 * leader perdue", "与领导者 node1 的连接断开", "リーダーとの接続が切れ"), built in beside the lesson's connection_pattern.
 */
export const LOCALIZED_CONNECTION_PATTERN = widenRegex(
  /\bconexi[óo]n con el l[ií]der\b[^\n;]{0,24}?\bperdida\b|\bperd[ií] la conexi[óo]n con el l[ií]der\b|\bperdi a conex[ãa]o com o l[ií]der\b|\bconex[ãa]o com o l[ií]der\b[^\n;]{0,24}?\bperdida\b|\bverbindung zum leader\b[^\n;]{0,24}?\bverloren\b|\bconnessione (?:con il|al) leader\b[^\n;]{0,24}?\bpersa\b|\bconnexion (?:avec le|au) leader\b[^\n;]{0,24}?\bperdue\b/i,
);
/** LOCALIZED_CONNECTION_PATTERN's Chinese and Japanese forms: a pattern of their own, within V8's backtracking budget. */
export const CJK_CONNECTION_PATTERN = /与领导者[^\n;]{0,24}?连接(?:已断开|断开|丢失)|リーダー[^\n;]{0,24}?接続が(?:切れ|失われ)/;
/**
 * A node naming the leader it follows: "following leader node1", "new leader node1", "elected leader 8e9e… at term 2",
 * `leader=2`, "leader elected: node2" (`event=leader_elected leader=node2`), "leader changed: None -> 127.0.0.1:9213",
 * "follower of node1 in term 1" (FOLLOWER_OF_PATTERN names it), "reconnected to leader node1 (term 1)" (a live link to it),
 * and in Spanish, Portuguese, Italian, German and French ("siguiendo al líder node1", "folge Leader knoten1").
 */
export const FOLLOWS_LEADER_PATTERN =
  widenRegex(/\b(?:following|follow|new|elected|current|accepted|recogni[sz]ed|found|known|detected)(?: the)? leader\b|\b(?:siguiendo al|sigo al|sigue al|seguindo o|sigo o|segue o|seguendo il|seguo il|segue il|folge(?: dem)?|folgt(?: dem)?|suivant le|suit le) (?:l[ií]der|leader)\b|\b(?:re)?connected to(?: the)? leader\b(?<!\bnot (?:re)?connected to(?: the)? leader)(?<!\bnever (?:re)?connected to(?: the)? leader)|\bleader elected\b|\bleader changed\b|\bleader (?:is|=|:)|\bleader[-_ ]?id\s?[=:]|\bleader\s?[=:]|\bfollower of\b/i);
/**
 * A status line's words around whom its writer follows: a role it states (`follower of node1`), a leader key (`leader=node1`,
 * `leader: node1`), the age of its last contact (`last contact 77 ms ago`). Such a line repeats until a timer fires.
 */
export const LEADER_STATE_WORDS = /\bfollower[ _-]of\b|\bleader(?:[ _-]?id)?["']?\s?[=:]|\blast[ _-](?:contact|heartbeat|heard|seen)\b|\d\s?m?s ago\b/i;
/** The node a writer says it is a follower of ("node2 follower of node1 in term 1", "became follower of n3"): group 1. */
export const FOLLOWER_OF_PATTERN = /\bfollower[ _-]of[ _-](?:(?:the[ _-])?leader[ _-])?([\w.:@-]{1,64})/i;
/**
 * A node counting the acks its heartbeats got back from its peers (`heartbeat round ok (2/2 acks)`, `heartbeat: 2/2 acks
 * (term 6)`, `heartbeat acks 1/2`): in Raft only the leader sends heartbeats and tallies its followers' replies, so the
 * writer leads. A follower's ack of one names no tally of peers (`sent heartbeat ack to node1`, `heartbeat ack ok`).
 * Read with HEARD_FROM_LEADER_PATTERN's lines (EVENT_PATTERN_BIT.heardFrom), prefiltered by HEARTBEAT_ACKS_WORDS.
 */
export const HEARTBEAT_ACKS_PATTERN = widenRegex(/\bheartbeats?\b[^\n]{0,40}?(?:\b\d{1,2}\/\d{1,2}[^\S\n]acks\b|\backs[^\S\n]\d{1,2}\/\d{1,2}\b)/i);
/**
 * The prefilter of HEARTBEAT_ACKS_PATTERN (it matches wherever that does): few enough backtracking paths for V8, and
 * its literal `heartbeat` a prefix of HEARD_FROM_LEADER_PATTERN's own, so the literal scan steps no more states for it
 * (the tally's own words, `2 ack`, `acks`, cost the scan 4-13 % on a grep paste).
 */
const HEARTBEAT_ACKS_WORDS = widenRegex(/\bheartbeats?\b[^\n]{0,48}?\backs\b/i);
/**
 * A node committing an entry a peer it names acknowledged (`committed index 21 (acked by node3)`, `commit 12
 * acknowledged by n2`): in Raft only the leader counts its followers' acks to commit, so the writer leads. Group 1 is
 * the acker. Not a client's write the cluster acknowledged (`PUT k acknowledged by node1`: no commit), nor one acked by
 * "the leader".
 */
export const COMMIT_ACKED_BY_PATTERN = new RegExp(
  String.raw`\bcommit(?:ted|s)?\b[^\n]{0,60}?\b(?:acked|acknowledged) by (?!(?:the )?leader\b)(${ROLE_NODE_NAME_SOURCE}|[\w.:@-]{1,64})(?![\w.:@-])`,
  'i',
);
/** The prefilter of COMMIT_ACKED_BY_PATTERN: its rarer words (`commit` is on every line of some logs: `commit=41`). */
const ACKED_BY_WORDS = /\b(?:acked|acknowledged) by /i;
/**
 * A follower hearing from its leader: "heartbeat from leader node1", "AppendEntries from leader n1", "append from
 * leader 127.0.0.1:7003" (only a leader sends appends), canonical raft's
 * AppendEntries trace (APPEND_ENTRIES_SENDER_PATTERN) ("no heartbeat from leader" is a detection, read before this). It names who leads like FOLLOWS_LEADER_PATTERN, but such lines
 * come with every heartbeat: a paste's reading takes them only where they can change its answer (check-paste.ts).
 */
export const HEARD_FROM_LEADER_PATTERN = widenRegex(
  new RegExp(
    String.raw`\b(?:heartbeat|append(?: ?entries)?)s? (?:received )?from (?:the )?leader\b|\brecv_append_entries\.c:\d{1,5} self:|\bappend(?: ?entries)? from (?=[\w[])|\bheartbeats? (?:received )?from (?=[\w[])|` +
    String.raw`\b(?:send|sending|sends|sent|broadcast|broadcasting|broadcasts)(?: an?| empty)? (?:heartbeats?|append ?entries|appends?) to |\b(?:heartbeats?|append ?entries) (?:sent|broadcast) to |\b(?:heartbeats?|append ?entries) ?(?:->|=>|→)|\bappend(?: ?entries)? to `,
    'i',
  ),
);
/**
 * canonical raft's (libraft, dqlite's) trace of an AppendEntries received, "src/recv_append_entries.c:36
 * self:4810574327344449475 from:3297041220608546238@127.0.0.1:9001 leader_commit:11 …": only a leader sends them, so
 * the sender (group 1: its address, as dqlite's `.leader` prints it) leads. Its result's trace
 * (`recv_append_entries_result.c`, on the leader) names a follower.
 */
/**
 * An append a follower took from a node it names (`append from n1 ok`, `AppendEntries from kv1 (empty)`,
 * `append_entries from node2 term=2`, `appendEntries from n2`): only a leader
 * sends appends, so the sender (group 1) leads, as "append from leader n1" says. Not "no AppendEntries from node1 for
 * 189 ms" (a detection, read before this) nor a rejection ("rejected append from n1": a stale leader's).
 */
export const APPEND_SENDER_PATTERN = new RegExp(
  String.raw`(?<!\b(?:no|reject(?:ed|ing)?|ignor(?:ed|ing)|stale|refus(?:ed|ing))\s)\bappend(?:[ _-]?entries)? from (${ROLE_NODE_NAME_SOURCE}|[\w.:@-]{1,64}|\[[0-9a-f:]{2,39}\]:\d{1,5})(?![\w.:@-])(?![:,]?\s?(?:forward|client|proxied|redirect))`,
  'i',
);
/**
 * A heartbeat a follower took from a node it names (`heartbeat from node1 (term 2)`, `heartbeat received from n1`): in
 * Raft only the leader sends heartbeats, so the sender (group 1) leads, as an append's does. Not its absence ("no
 * heartbeat from node1", a detection read before this), nor one refused or missed ("rejected heartbeat from node1 (stale
 * term)", "heartbeat from node1 ignored: stale term"), nor a reply (a leader's `heartbeat response from node2` says
 * "response", not "from", after the word).
 */
export const HEARTBEAT_SENDER_PATTERN = new RegExp(
  String.raw`(?<!\b(?:no|reject(?:ed|ing)?|ignor(?:ed|ing)|stale|refus(?:ed|ing)|miss(?:ed|ing)|expect(?:ed|ing)|await(?:ed|ing)|drop(?:ped|ping)?|discard(?:ed|ing)?)\s)\bheartbeats? (?:received )?from (${ROLE_NODE_NAME_SOURCE}|[\w.:@-]{1,64}|\[[0-9a-f:]{2,39}\]:\d{1,5})(?![\w.:@-])(?![^;\n]{0,40}\b(?:stale|reject(?:ed|ing)?|ignor(?:ed|ing)|refus(?:ed|ing)|dropp(?:ed|ing)|discard(?:ed|ing)|forward(?:ed|ing)?|client)\b)`,
  'i',
);
/**
 * A node sending heartbeats or appends to the nodes it names (`heartbeat sent to node2, node3`, `sending heartbeat to
 * n2`, `heartbeat -> node2,node3`, `append_entries -> node1, node3`, `sent AppendEntries to kv3`, `append to node2 ok`): in Raft only the leader sends
 * them, so the writer leads. Group 1 is the first receiver (a node's name, not `append to log`). Not a refusal
 * ("not sending heartbeats to node2"), a reply (`heartbeat response to node1`, `AppendEntriesResponse to n1`), nor a
 * follower's forwarded client write ("forwarding append to leader node1").
 */
export const SENT_TO_FOLLOWER_PATTERN = widenRegex(
  new RegExp(
    String.raw`(?<!\b(?:not|never|stop(?:ped)?|skip(?:ped|ping)?|forward(?:ed|ing)?|cannot|can't|won't)\s)(?:\b(?:send(?:ing|s)?|sent|broadcast(?:ing|s|ed)?)(?: an?| empty)? (?:heartbeats?|append ?entries|appends?)|\b(?:heartbeats?|append ?entries) (?:sent|broadcast) to|\b(?:heartbeats?|append ?entries) ?(?:->|=>|→)|\bappend(?: ?entries)? to)(?: to)? (?!(?:the )?leader\b)(` + ROLE_NODE_NAME_SOURCE + String.raw`|[\w.:@-]{1,64}|\[[0-9a-f:]{2,39}\]:\d{1,5})(?![\w.:@-])`,
    'i',
  ),
);
export const APPEND_ENTRIES_SENDER_PATTERN = /\brecv_append_entries\.c:\d{1,5} self:\d{1,20} from:\d{1,20}@([\w.:-]{1,64}|\[[0-9a-f:]{2,39}\]:\d{1,5})/;
/**
 * A node naming which node leads, before the word: "node 2 is the leader", "n2 is leader now", "accepted n2 as
 * leader". Group 1 is the name; the writer follows it (or leads, when the name is its own).
 */
export const NAMED_LEADER_PATTERN =
  widenRegex(/(?:^|[\s:,;|\]>)"'(])((?:kv[-_]?)?node[-_ ]?\d{1,4}|[\w.:@/-]{1,64}) (?:is|as)(?: the| now| our| its)?(?: new| current)? leader\b/i);
/** The prefilter for NAMED_LEADER_PATTERN (literals the line must hold). */
const NAMED_LEADER_WORDS = widenRegex(/\b(?:is|as)(?: the| now| our| its)?(?: new| current)? leader\b/i);
/**
 * A member's line when its election timer fires, its only log of the timeout: etcd/raft's "8e9e05c52164694d is
 * starting a new election at term 3" (a leadership transfer logs "received MsgTimeoutNow … starts an election" first),
 * Apache Ratis's FollowerState "change to CANDIDATE, lastRpcElapsedTime:226ms, electionTimeout:176ms", canonical
 * raft's (libraft, dqlite's) follower tick "src/tick.c:44 convert to candidate and start new election" (a transfer's
 * TimeoutNow converts without it; a candidate's own timer logs a bare "start new election"), a state change logged as an
 * arrow (PySyncObj's onStateChanged, `state changed: FOLLOWER -> CANDIDATE`: it turns candidate only once its election
 * deadline passed).
 */
export const ELECTION_TIMER_FIRED_PATTERN = widenRegex(
  /\b[0-9a-f]{8,16} is starting a new election\b|\b[Cc]hange to (?:CANDIDATE|[Cc]andidate)\b[^;\n]{0,80}\b[Ee]lection_?[Tt]imeout\b|\bconvert to candidate and start new election\b|\b(?:FOLLOWER|[Ff]ollower) -> (?:CANDIDATE|[Cc]andidate)\b/,
);
/** A node starting an election ("starting election", "became candidate", Ratis's "changes role from FOLLOWER to CANDIDATE", `FOLLOWER -> CANDIDATE`, `event=election_started`, ZooKeeper's LOOKING). */
export const ELECTION_STARTED_PATTERN = widenRegex(
  new RegExp(
    String.raw`\belection start(?:ed|ing)\b|\bbec(?:ame|oming|ome) (?:pre-?)?candidate\b|\bchange[sd]? (?:role )?(?:from  ?(?:follower|leader|listener) )?to  ?candidate\b|\bstart(?:ing|ed|s)? (?:a |an )?(?:new )?(?:pre-?vote |pre-?)?election\b|\brequesting votes\b|\bcampaign(?:ing|s)?\b|\bcalling (?:an )?election\b|\bfollower -> candidate\b|` +
      peerState('looking'),
    'i',
  ),
);
/**
 * A node saying it does not lead (any more): "stepping down", "became follower", "back to follower", "reverting to
 * follower", "demoted to follower", hashicorp/raft's "entering follower state", "saw newer term 2" (a leader seeing a
 * higher term steps down), "lost leadership", "resigning leadership" (adv65e-41), a state or role going from leader ("state changed: LEADER -> FOLLOWER",
 * "role change: leader -> follower"), ZooKeeper's FOLLOWING.
 */
export const STEPPED_DOWN_PATTERN = widenRegex(
  new RegExp(
    String.raw`\bstep(?:ping|ped|s)? down\b|\b(?:became|becoming|now|back to|revert(?:s|ed|ing)? to|demot(?:ed|ing|es)? to) (?:a )?follower\b|\benter(?:ing|ed|s)? (?:the )?follower (?:state|role|mode)\b|\b(?:saw|sees|seen|observed|discovered) (?:a )?(?:newer|higher) term\b|\blost (?:the )?leadership\b|\b(?:resign|relinquish)(?:ing|ed)? leadership\b|\bno longer (?:the )?leader\b|` +
      String.raw`\b(?:state|role|transition)(?: change[sd]?)?[=:]? leader(?: [-=]> |[-=]>| → |→)(?:follower|candidate)\b|` +
      peerState('following'),
    'i',
  ),
);
/**
 * STEPPED_DOWN_PATTERN's step-down in Spanish, Portuguese, Italian, German and French ("dejo de ser líder, ahora soy
 * seguidor", "deixo de ser líder", "non sono più leader", "bin jetzt Follower", "je ne suis plus leader"): a pattern of
 * its own, as LOCALIZED_BECAME_LEADER_PATTERN is.
 */
export const LOCALIZED_STEPPED_DOWN_PATTERN = widenRegex(
  /\b(?:dejo de ser|deixo de ser|ya no soy|já não sou|non sono più|nicht mehr|ne suis plus) (?:l[ií]der|leader)\b|\b(?:ahora soy|agora sou|ora sono|bin jetzt|bin wieder|paso a|passo a|redeviens) (?:seguidor|follower|suiveur)\b/i,
);
/** Whether a line says its writer stepped down, in English or another language (the two patterns above). */
export const isStepDown = (text: string): boolean => STEPPED_DOWN_PATTERN.test(text) || LOCALIZED_STEPPED_DOWN_PATTERN.test(text);
/** A heartbeat-timeout line's own measure of the silence: "no heartbeat from leader node1 in 300ms" (group 1: ms), "election timeout after 257 ms" (group 2), "(301 ms since last heartbeat from node3)" (group 3). */
export const SILENT_FOR_PATTERN = widenRegex(/\bno (?:message|heartbeat)s? from (?:the )?leader\b[^\d\n]{0,24}(?:node-?\d{1,3}|n\d{1,3})?[^\d\n]{0,24}?(\d{1,7})\s?ms\b|\b(?:election|heartbeat) timeout (?:fired )?after (\d{1,7})\s?ms\b|\b(\d{1,7})\s?ms since (?:the )?last (?:heartbeat|message|AppendEntries)\b/i);
/** A vote granted, requested or counted (`event=vote_granted`); not a `vote=1` / `"vote": 1` / `vote_granted=true` field of a state dump. */
export const VOTE_PATTERN = widenRegex(/\b(?<!\bnon[- ])vot(?:e|es|ed|ing)(?: (?:granted|denied|rejected|requested|request|response|received))?\b(?!["']?\s?[=:])|\bMsg(?:Pre)?Vote(?:Resp)?\b/i);
/**
 * The keys VOTE_PATTERN refuses, as literals of the literal scan: `vote` (its literal) and the key forms it heads
 * (`vote=1`, `vote:2`). A line where each `vote` heads one of them cannot match (a raft node's `persisted hard state
 * term=3 vote=1` comes with every write): its vote bit goes before any line is classified (scan-pattern.ts KeyOnlyRule).
 */
export const VOTE_KEY_LITERALS = { words: ['vote'], keys: ['vote=', 'vote:'] } as const;
/** A node starting up (the line before its first election; a Perl student's `kv node 1 up on port 7791`; `node3 joining cluster as learner`). */
export const STARTUP_PATTERN =
  widenRegex(/\bstarting\b|\bstarted\b|\blistening (?:on|at)\b|\bup on port\b|\bboot(?:ing|ed)?\b|\binitiali[sz](?:ing|ed)\b|\bserving\b|\brestart(?:ed|ing)\b|\bjoining (?:the )?cluster\b/i);
/**
 * A STARTUP_PATTERN line about an ending that has begun ("graceful shutdown started: draining 3 requests", "starting
 * graceful shutdown", "started draining connections", etcd's "stopping serving peer traffic", "stopped listening on
 * :7001"): the process is going down, not starting, so no new life.
 */
export const ENDING_BEGUN_PATTERN = widenRegex(
  /\bstop(?:ping|ped)? (?:serving|listening)\b|\b(?:shut(?:ting)? ?down|stopping|drain(?:ing)?|termination|teardown)\b(?:[\s:,]+[\w-]+){0,2}?[\s:,]+(?:started|starting|begun|initiated)\b|\b(?:started|starting|begin(?:ning)?|initiat(?:ed|ing))\b(?:\s+[\w-]+){0,2}?\s+(?:shut(?:ting)? ?down|stopping|drain(?:ing)?|termination|teardown)\b/i,
);
/**
 * A part of a running process restarting ("listener restarted on :7001, peers must reconnect" after a SIGHUP, "raft
 * transport restarting", "follower loop crashed, restarting it", "restarting peer transport"): STARTUP_PATTERN's restart words about a component,
 * not the process (isPartRestart). Global: the words are blanked and the rest of the line tested.
 */
const PART = String.raw`(?:listeners?|sockets?|transports?|streams?|loops?|watch(?:er|ers)?|tickers?|timers?|workers?|goroutines?|threads?|handlers?|(?:rpc|grpc|http|raft|peer) servers?)`;
// Work a running node starts and ends (etcd's `leadership transfer starting` as it stops, `starting snapshot`,
// `compaction started`): its start is no process's.
const ACTIVITY = String.raw`(?:leadership[ _-]transfer|transfer(?:ring)?[ _-]leadership|snapshot(?:ting)?|compaction|defrag(?:mentation)?|(?:log[ _-])?replication|health[ _-]check|catch[ _-]?up|backup|checkpoint)`;
const PART_RESTART_PATTERN = new RegExp(
  String.raw`\b${PART}\b(?:[\s:,]+[\w-]+){0,3}?[\s:,]+restart(?:ed|ing)\b(?: it\b)?|\brestart(?:ed|ing)? (?:the |its |a |our )?(?:[\w-]+ ){0,2}?${PART}\b|\b${ACTIVITY}\b(?:[\s:,]+[\w-]+){0,2}?[\s:,]+start(?:ed|ing)\b|\bstart(?:ed|ing) (?:the |a |an |new )?${ACTIVITY}\b`,
  'gi',
);
const START_WORD = /start/i;
/**
 * Whether a STARTUP_PATTERN line's only startup words are a part of the process restarting or work of the running
 * process starting (PART_RESTART_PATTERN): no new life.
 */
export function isPartRestart(text: string): boolean {
  if (!START_WORD.test(text)) return false;
  const rest = text.replace(PART_RESTART_PATTERN, ' ');
  return rest !== text && !STARTUP_PATTERN.test(rest);
}
/**
 * What makes a key a setting: a number assigned to it (`=300ms`, `":"250ms"`, `": 100`, `: 1s`, `=[150, 300]`, Go's
 * `%+v` `ElectionTimeout:300ms`). A number glued to a colon without a unit is a source position, no value: loguru's and
 * Python logging's `function:line` (`raft.node:_on_election_timeout:142 - `). The one definition of a setting, for
 * the model (NOT_A_DETECTION_PATTERN) and the patterns check's cited line alike.
 */
export const SETTING_VALUE_SOURCE = String.raw`(?:["']?\s?=|["']\s?:|\s?:\s)\s?["'[]?\s?\d|:\d{1,6}(?:\.\d{1,3})?\s?(?:ms|s)\b`;
// NOT_A_DETECTION_PATTERN's timer and counter half (every match holds "time" or "heartbeat"), in two parts: a
// setting or range, whose words the literal scan cannot tell from a detection's ("heartbeat_timeout=" folds like
// "heartbeat timeout"), and the rest, each of whose matches holds a word of NO_DETECTION_COUNTER_WORDS.
// Its three alternatives, each the word "timeout" with what stands before (a key's `\w_`, an option's `--`, a boundary)
// and after it (a value, a boundary, a range).
const SETTING_KEY_REST = String.raw`(?:[_-]?ms)?(?:${SETTING_VALUE_SOURCE})`;
const TIMEOUT_RANGE_REST = String.raw`\b\s?[=:]?\s?[[(]?\d{1,6}\s?(?:ms|s)?\s?(?:-|–|\.\.\.?|to|,)\s?\d{1,6}\s?(?:ms|s)?\b`;
const NOT_A_DETECTION_SETTING_SOURCE = String.raw`\w[_-]timeout${SETTING_KEY_REST}|--[\w-]*timeout\b|\btimeout${TIMEOUT_RANGE_REST}`;
// A timer a heartbeat that arrived moved or re-drew: a rescheduling verb after it ("election timeout reset", "heartbeat
// timeout extended to 300ms", "… postponed", "… cancelled", "… refreshed by AppendEntries from node1", "… deferred",
// "… avoided"), or its new value logged ("election timeout now 287ms", "new election timeout 287ms").
// Other languages' verbs of the same (adv63h-39/-41: German "Election-Timeout neu gestartet", Portuguese "rearmado",
// Spanish "reiniciado", French "réarmé", Italian "riarmato").
const TIMER_RESCHEDULED_SOURCE =
  String.raw`\b(?:timeout|timer|deadline)\b[^.;,]{0,16}\b(?:reset|armed|set to|randomi[sz]ed|rescheduled|restarted|initiali[sz]ed|extended|postponed|cancell?ed|refreshed|renewed|deferred|pushed back|avoided)\b|` +
  String.raw`\b(?:time-?out|timer)\b[^.;,]{0,16}\b(?:neu gestartet|zurückgesetzt|re-?armad[oa]|reiniciad[oa]|restablecid[oa]|reinicializad[oa]|r[ée]-?arm[ée]|r[ée]initialis[ée]|relanc[ée]|riarmat[oa]|reimpostat[oa])(?![\w\u00C0-\u024F])|` +
  String.raw`\b(?:timeout|timer):? (?:is )?now:? \d|\bnew (?:election|heartbeat) (?:timeout|timer)\b(?! (?:fired|expired|elapsed|occurred|triggered|reached|hit)\b)`;
const NOT_A_DETECTION_COUNTER_SOURCE =
  String.raw`${TIMER_RESCHEDULED_SOURCE}|\b(?:timer|timeout) (?:is )?armed\b|\b(?:received|got)(?<!(?:\bnot |n['’]t |\b(?:have|has|had|did)nt |\bnever )(?:received|got)) (?:a |the )?heartbeat\b|\bheartbeat (?:from \S{1,40} )?received\b|` +
  String.raw`\bheartbeats?(?<=\b(?:no|not|n['’]?t|never|receive[ds]?|receiving|got|get|missing|missed)(?: (?:a|any|the))? heartbeats?) ?(?:responses?|repl(?:y|ies)|acks?|acknowledge?ments?)\b|` +
  String.raw`\b(?:0|zero|no) (?:(?:heartbeat|election) )?time(?:outs|d outs)\b|\b(?:heartbeat|election) timeouts\s?[=:]\s?0(?![.,]?\d)|` +
  // A status saying no timer fired, in German, Spanish, Portuguese, French or Italian (adv63h-10's "kein Election-Timeout").
  String.raw`\b(?:kein(?:e|en)?|sin|sem|aucun|nessun)\s(?:(?:election|heartbeat)[- ])?time-?outs?\b|\bno election timeout\b(?! (?:fired|expired|elapsed))|` +
  String.raw`\bmissed (?:0|zero|no) (?:consecutive )?heartbeats?\b`;
// A check or probe that came out fine (`leader down check: last heartbeat 61 ms ago, ok`, `heartbeat timeout check: ok`):
// its words are the check's name. Tested on every candidate line (few), so no literal guards it.
const CHECK_OK_SOURCE = String.raw`\b(?:check|probe|health ?check)\b[^\n]{0,60}?(?:[:,(]|\s[-–—])\s?(?:ok|okay|passed|healthy|alive)\b(?! ?\?)`;
// A line saying a heartbeat or AppendEntries came from its sender, then, after a break, stating its election or heartbeat
// timer ("heartbeat from node1 (term 4), next election timeout: 238 ms", "AppendEntries from node1 ok, election timeout
// rearmed for 287 ms"): the heartbeat arrived, so the timer did not fire, whatever verb moved it (adv47's two false
// passes: such lines right after the kill, the leader's last heartbeat, read as both followers' detections). Not a
// heartbeat that did not come ("no heartbeat from", "last heartbeat from node1 412 ms ago"), nor a line holding a word
// of something failing, firing or missing.
const HEARD_LINE_FAILURE_WORDS = String.raw`\b(?:fired?|fires|firing|expire[ds]?|elapsed|occurred|triggered|reached|hit|timed\s?out|times? out|exceeded|miss(?:ed|ing)|lost|overdue|late|stale|dead|down|gone|unreachable|fail(?:ed|ure|s)?|errors?|closed|reset|refused|broken|EOF|ECONN\w+|EPIPE|no|not|never|without|since|ago|last|candidate|campaign|election started|starting (?:an? )?election|vot(?:e|es|ed|ing))\b|n['’]t\b`;
const HEARD_THEN_TIMER_SOURCE = String.raw`(?<!\b(?:no|not|missing|missed|without|last|for|awaiting|expected|expecting|since|any|nor)\s)\b(?:heartbeat|append[ _-]?entries)(?:\s?\([^)]{0,24}\))?(?:\s(?:rpc|request|req|msg|message|ping))?\s(?:from|<-|<=)\s[^,;:|\n]{1,40}(?:[,;:|]|\s[-–—]\s)[^\n]*?\b(?:election|heartbeat)\s(?:timeout|timer)\b`;
const NOT_A_DETECTION_HEARD_SOURCE = String.raw`^(?![^\n]*?(?:${HEARD_LINE_FAILURE_WORDS}))[^\n]*?${HEARD_THEN_TIMER_SOURCE}`;
const NOT_A_DETECTION_TIMER_SOURCE = `${NOT_A_DETECTION_SETTING_SOURCE}|${NOT_A_DETECTION_COUNTER_SOURCE}|${NOT_A_DETECTION_HEARD_SOURCE}|${CHECK_OK_SOURCE}`;
// A socket event (EOF, ECONNRESET, EPIPE, a broken pipe, a read that returned 0, a reset or close by the other end) on a
// line that says whose socket it is and names no peer (but "reset by peer", "peer closed"): a CLI's (`kv_cli`,
// `kvctl`), a session's ("kv_cli session 17 ended: read returned 0"), an HTTP request's ("GET /status from
// 127.0.0.1:53130: EOF"), a snapshot's sent to a follower or to disk (not one "from" its sender, a leader), a log pipe's.
const NOT_A_DETECTION_OTHER_SOCKET_SOURCE =
  String.raw`(?=[^\n]*?(?:\bEOF|ECONNRESET|EPIPE|broken pipe|\breturn(?:ed|s) 0\b|(?:reset|closed) by peer|peer closed))(?![^\n]*?(?<!\bby )\bpeers?\b(?! closed))[^\n]*?` +
  String.raw`(?:\b\w{0,24}cli\b|\b\w{1,24}ctl\b|\bsessions?\b|\b(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS) \/|\bsnapshot\b(?![^\n]*?\bfrom\b)|\b(?:log|stdout|stderr|output) pipe\b|\b(?:to|on) disk\b|\b(?:f(?:data)?sync|p?write|fflush|f?close|ftruncate|rename|unlink|mkdir)\s?\()`;
// NOT_A_DETECTION_PATTERN's client half (every match holds a word of CLIENT_WORD): a client's socket, or another
// socket that is not a member's link (NOT_A_DETECTION_OTHER_SOCKET_SOURCE), on a line that names no leader (but as where
// a client was sent: "redirected client to leader node1; client connection reset by peer").
const NOT_A_DETECTION_CLIENT_SOURCE = String.raw`^(?![^\n]*(?<!\b(?:redirect(?:ed|ing|s)?|forward(?:ed|ing|s)?|proxied|proxying) (?:a |the )?(?:client|request|write|it|them) to (?:the )?)\bleader\b)(?:[^\n]*?\b(?:metrics?|prometheus|exporter|pushgateway|statsd|telemetry|otlp|jaeger|zipkin|webhook)\b|[^\n]*?(?:\bclient\s?(?:#\s?\d|\(?fd\s?[=:]?\s?\d|(?:\[[0-9a-f:.]{2,39}\]|[\w.-]{1,64}):(?:3276[89]|327[7-9]\d|32[89]\d\d|3[3-9]\d{3}|[4-6]\d{4})\b|(?:connection|conn|socket|session|handler|thread|worker|task|reader)s?\b)|\b(?:from|to|with|by|for) (?:a |the )?client\b)|${NOT_A_DETECTION_OTHER_SOCKET_SOURCE})`;
/**
 * A heartbeat/connection-pattern line that is no detection: a timer armed, reset or moved by a heartbeat that arrived
 * ("heartbeat from node 1 received, election timeout reset to 231ms", "heartbeat timer armed: election timeout 260 ms",
 * "heartbeat timeout extended to 300ms", "… postponed", "… cancelled", "new election timeout 287ms": TIMER_RESCHEDULED_SOURCE;
 * not one that did not, "haven't received a heartbeat in 300ms"), or a follower's reply to a heartbeat ("did not
 * receive a heartbeat response from node2", "no heartbeat ack from n3": only a leader awaits them, so the line is a
 * leader's about a follower, with or without a role column saying so; not "no heartbeat from leader node1, last
 * heartbeat ack sent 300ms ago"),
 * or a configured range ("node n1 up, election timeout 150-300ms", "election timeout: [150, 300] ms"), or a
 * setting whose key joins the words (`election_timeout=300ms`, `"heartbeat-timeout": 100`, `--election-timeout`),
 * or a counter of none (`stats: 1213 heartbeats received, 0 heartbeat timeouts`, `election_timeouts=0`: no timer
 * fired), or a client's socket (`client 127.0.0.1:51744 (fd 9): recv() returned 0`, `client #3 disconnected (EOF)`:
 * a line naming a client by its fd, its `#` number or an address with an ephemeral port (32768-65535, a connecting
 * socket's; a member listens on its own, `client 127.0.0.1:7001` may be the leader's) or its handler (`client handler
 * for /127.0.0.1:38320 failed: java.net.SocketException: Connection reset`), and no leader, is about that
 * client, not the leader's link), as is a line about a client's connection or socket (`client connection closed by peer
 * 127.0.0.1:40112`, `read() returned 0 from client 127.0.0.1:5555`) naming no leader (isNoDetection also takes a file
 * format's end marker, EOF_MARKER).
 */
export const NOT_A_DETECTION_PATTERN = widenRegex(new RegExp(`${NOT_A_DETECTION_TIMER_SOURCE}|${NOT_A_DETECTION_CLIENT_SOURCE}`, 'i'));
// The pattern's two halves, each behind the words all its matches hold: a line with "timeout" or "heartbeat" but no
// "client" (a follower's detection, the usual case) runs the timer half only. Apart, the halves cost about 60 % of the
// whole: the client half's `^` branch kept V8 from skipping start positions in the joined pattern.
// The setting part with "timeout" first and what stands before it in lookbehinds (the same matches): V8 then looks for the
// word before trying anything else, a third of the cost on a detection's line ("heartbeat timeout — no message…").
const NOT_A_DETECTION_SETTING = new RegExp(String.raw`timeout(?:(?<=\w[_-]timeout)${SETTING_KEY_REST}|(?<=--[\w-]*timeout)\b|(?<=\btimeout)${TIMEOUT_RANGE_REST})`, 'i');
const NOT_A_DETECTION_COUNTER = widenRegex(new RegExp(NOT_A_DETECTION_COUNTER_SOURCE, 'i'));
// NOT_A_DETECTION_HEARD_SOURCE in two steps, the rarer first: a line with no receipt then timer never scans for failure words.
const HEARD_THEN_TIMER = widenRegex(new RegExp(HEARD_THEN_TIMER_SOURCE, 'i'));
const HEARD_FAILURE = widenRegex(new RegExp(HEARD_LINE_FAILURE_WORDS, 'i'));
const CHECK_OK = widenRegex(new RegExp(CHECK_OK_SOURCE, 'i'));
const NOT_A_DETECTION_CLIENT = widenRegex(new RegExp(NOT_A_DETECTION_CLIENT_SOURCE, 'i'));
const TIMER_WORDS = /time|heartbeat/i;
// A word every match of CHECK_OK holds (a word-guard pattern: only its literals are used).
const CHECK_WORDS = /check|probe/;
// A word every match of NOT_A_DETECTION_CLIENT_SOURCE holds ("cli" is in "client" and `kv_cli`; "pipe" in "log pipe").
const CLIENT_WORD = widenRegex(/cli|ctl|session|(?:get|post|put|delete|head|patch|options) \/|snapshot|pipe|disk|sync\s?\(|write\s?\(|fflush|close\s?\(|ftruncate|rename|unlink|mkdir|metric|prometheus|exporter|pushgateway|statsd|telemetry|otlp|jaeger|zipkin|webhook/i);
// A word every match of NOT_A_DETECTION_COUNTER_SOURCE holds (a word-guard pattern: only its literals are used).
const NO_DETECTION_COUNTER_WORDS = widenRegex(
  /reset|armed|set to|randomi[sz]ed|rescheduled|restarted|initiali[sz]ed|extended|postponed|cancel|refreshed|renewed|deferred|pushed back|avoided|(?:timeout|timer):? (?:is )?now|new (?:election|heartbeat)|received|got|respons|repl|ack|time(?:outs|d outs)|missed (?:0|zero|no) |neu gestartet|zurückgesetzt|re-?armad|reiniciad|restablecid|reinicializad|r[ée]-?arm|r[ée]initialis|relanc|riarmat|reimpostat|kein|sin |sem |aucun|nessun|no election timeout/i,
);
// Where a line's message starts: the line's start, a writer's closing bracket or colon (`[node2] `, `[node3]: `,
// `node2 | `), a JSON field's value (`"msg": "`), a level word, a logger's ` - ` (`KvClient - `), or after a time of
// day (`[node2] 23:21:17.749 GET k2 -> node3 failed: EOF`).
const MESSAGE_HEAD = String.raw`(?:^|[\])>|][ \t]{0,2}|:[ \t]{0,2}"?|\b(?:INFO|WARN(?:ING)?|ERROR|ERR|DEBUG|TRACE)[ \t]{1,2}|[ \t]-[ \t]|\b\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?Z?[ \t]{1,2})`;
// Words of a failed request's lost connection, after its head (isClientRequest): not a timer's or a leader's words alone.
const LOST_LINK_WORDS = String.raw`(?=[^\n]*?(?:\bconnect|\bEOF\b|ECONN|\btimed out\b|\breset\b|\brefused\b|\bbroken pipe\b|\bunreachable\b|\blost\b))`;
// A request's key (no path: `GET /raft/heartbeat` is an RPC's route) and where it went (`-> node1`, `-> 127.0.0.1:8001`).
const REQUEST_KEY = String.raw`[^\s:/][^\s:]{0,63}`;
const REQUEST_TARGET = String.raw`[ \t]?(?:->|→|=>)[ \t]?\S{1,64}?`;
// A client's request at the message's head, its key and where it went, then its failure (`PUT k17 -> node1: connection
// to leader node1 lost (EOF)`, `[node3]: PUT k10: connection to leader node1 reset`, `PUT k17=v3 -> node1 failed: …`,
// a JSON record's `"msg": "PUT k17 -> node1: …"`): an upper-case verb, as a client prints the request it sent, or a
// lower-case one with its target (adv73c-51, adv75e-54).
const CLIENT_REQUEST_HEAD = new RegExp(
  MESSAGE_HEAD +
    String.raw`(?:(?:PUT|GET|DEL|DELETE|SET|CAS)[ \t]${REQUEST_KEY}(?:${REQUEST_TARGET})?|(?:put|get|del|delete|set|cas)[ \t]${REQUEST_KEY}${REQUEST_TARGET})(?:[ \t]failed)?:[ \t]` +
    LOST_LINK_WORDS,
);
// A word every match of CLIENT_REQUEST_HEAD holds (a word-guard pattern: only its literals are used).
const CLIENT_REQUEST_WORDS = /put|get|del|set|cas/i;
/**
 * Whether `text` is a client's failed request (CLIENT_REQUEST_HEAD), whatever writer's tag stands before it: its lost
 * connection is that client's, no member's link to the leader.
 */
export const isClientRequest = (text: string): boolean => CLIENT_REQUEST_HEAD.test(text);
/**
 * A file format's end marker (`snapshot written, EOF marker at offset 1024`): no connection at all. Apart from the long
 * pattern, so that the connection lines saying EOF (most of them) do not pay for it.
 */
export const EOF_MARKER = widenRegex(/\bEOF (?:marker|offset|record|byte|block|position)s?\b/i);
/**
 * A C library's error line on a program's stderr: perror(3)'s `prefix: message` and err(3)/warn(3)'s `prog: prefix:
 * message`, whose message is strerror's text ending the line (`read: Connection reset by peer`, `recv from leader:
 * Broken pipe`, perror's `connect: Success` when errno was 0). A program's untimed line, never the student's heading.
 */
export const PERROR_LINE_PATTERN =
  /^[ \t]*(?:[\w./-]{1,40}: )?[\w.()[\]/ -]{1,60}: (?:Connection reset by peer|Broken pipe|Connection refused|Connection timed out|Operation timed out|No route to host|Network is unreachable|Transport endpoint is not connected|Socket is not connected|Bad file descriptor|Resource temporarily unavailable|Software caused connection abort|Address already in use|Interrupted system call|Success)[ \t]*\r?$/;
/**
 * Whether NOT_A_DETECTION_PATTERN, isClientRequest or EOF_MARKER matches: lines without the words a part needs (most lines) skip it.
 * `may`: the line's EVENT_PATTERN_BIT mask, whose word bits say which words the literal scan found on the line.
 */
export function isNoDetection(text: string, may: number = ALL_EVENT_PATTERNS): boolean {
  if ((may & EVENT_PATTERN_BIT.checkWords) !== 0 && CHECK_OK.test(text)) return true;
  const scanned = may !== ALL_EVENT_PATTERNS;
  if (scanned ? (may & EVENT_PATTERN_BIT.timerWords) !== 0 : TIMER_WORDS.test(text)) {
    if (NOT_A_DETECTION_SETTING.test(text) || ((may & EVENT_PATTERN_BIT.counterWords) !== 0 && NOT_A_DETECTION_COUNTER.test(text))) return true;
    if (HEARD_THEN_TIMER.test(text) && !HEARD_FAILURE.test(text)) return true;
  }
  if ((scanned ? (may & EVENT_PATTERN_BIT.clientWord) !== 0 : CLIENT_WORD.test(text)) && NOT_A_DETECTION_CLIENT.test(text)) return true;
  if ((may & EVENT_PATTERN_BIT.clientRequestWords) !== 0 && isClientRequest(text)) return true;
  return (may & EVENT_PATTERN_BIT.eofMarkerWords) !== 0 && EOF_MARKER.test(text);
}
/**
 * A node saying its timer has not fired (yet): it waits for it ("waiting for election timeout", "awaiting the
 * heartbeat timeout"), says when it will fire ("election timeout in 412 ms", "next election timeout in 0.3 s" ending
 * the line, or followed only by a parenthesis saying no firing, `(leader node1)`, as a randomized timer re-armed by a
 * heartbeat logs it (adv55a-23); not "detected heartbeat timeout in 250ms", nor
 * "heartbeat timeout in 250ms, starting election"), that there is none ("tick: no heartbeat timeout (last heartbeat
 * 79 ms ago)"; not "no_heartbeat_timeout fired") or a negation right after it ("heartbeat timeout not reached (last
 * heartbeat 1ms ago)", "election timeout has not fired yet", "… did not expire", "… not yet."; not "heartbeat timeout:
 * not heard from leader in 300ms"), or an expectation of it (a test harness's `node2: expect election timeout within
 * 300ms`, `harness: expect: node2 election timeout …`, "should see a heartbeat timeout"; adv49b-18, -19): heartbeat-pattern words inside it are no detection (the same line may
 * still say its connection to the leader closed, which is one). Global: classify-line blanks every such phrase
 * (blankUnfiredTimers) and tests the rest of the line.
 */
export const AWAITED_TIMEOUT_PATTERN = widenRegex(
  new RegExp(
    String.raw`\b(?:a)?wait(?:s|ed|ing)? (?:for |on |until )?(?:the |an |a |its |my |next )?(?:election|heartbeat) (?:timeout|timer)\b|` +
      String.raw`(?<!\b(?:detected|hit|got|saw|a|after|on) )\b(?:next )?(?:election|heartbeat) (?:timeout|timer) (?:fires |expires |is due |will fire )?in \d{1,6}(?:\.\d{1,3})? ?(?:ms|s)\b(?= ?(?:\((?![^()\n]{0,48}\b(?:start|becom|fire|expire|elaps|candida|vot|elect)\w*)[^()\n]{1,48}\))?[\s.]*$)|` +
      String.raw`\bno (?:heartbeat|election) timeout(?: yet)?\b(?! ?(?:fired|expired|elapsed|occurred|triggered|detected|reached|hit|after|for|in|of)\b)|` +
      String.raw`\b(?:heartbeat|election) (?:timeout|timer):? (?:(?:has|had|is|was|did|does)(?: not|n['’]?t)|not|never)(?: yet)?(?: been)? (?:reached|expired?|fired?|elapsed?|triggered|trigger|hit|exceeded|due)\b|` +
      String.raw`\b(?:heartbeat|election) (?:timeout|timer):? not yet\b(?= ?(?:[(\[:,;.)]|$))|` +
      String.raw`\bnext (?:election|heartbeat) (?:timeout|timer|deadline):? (?:at|@) \d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\b|` +
      String.raw`\b(?:election|heartbeat) (?:timeout|timer|deadline):? (?:in )?\d{1,6}(?:\.\d{1,3})? ?(?:ms|s) (?:left|remaining|to go)\b|` +
      String.raw`\b(?:expect(?:s|ed|ing)?|should (?:see|log|hit|get|fire|detect)):? (?:(?:node|n|kv)[-_]?\d{1,4}:? )?(?:to (?:see|log|hit|get|fire|detect) )?(?:an |a |the |its |their )?(?:election|heartbeat) (?:timeout|timer)\b`,
    'gi',
  ),
);
// A timeout a line states beside the age of its last heartbeat (STATED_TIMEOUT, LAST_HEARTBEAT_AGE).
const STATED_TIMEOUT = widenRegex(/\b(?:heartbeat|election) timeout:? \(?(\d{1,6}) ?ms\b\)?/gi);
const LAST_HEARTBEAT_AGE = widenRegex(/\blast heartbeat:? (\d{1,6}) ?ms ago\b/i);
// Words every phrase blankUnfiredTimers blanks holds (a word-guard pattern: only its literals are used):
// AWAITED_TIMEOUT_PATTERN's "wait", a countdown's last words before its number ("election timeout in ", "timer fires
// in "…) and "no heartbeat timeout", an expectation's "expect" or "should"; LAST_HEARTBEAT_AGE's "last heartbeat".
const UNFIRED_TIMER_WORDS = widenRegex(
  /wait|(?:timeout|timer|fires|expires|due|fire) in |no (?:heartbeat|election) timeout|last heartbeat|(?:timeout|timer):? (?:not|never|has|had|is|was|did|does)|next (?:election|heartbeat)|left|remaining|to go|expect|should /i,
);
/**
 * `text` with the phrases saying a follower's timer has not fired blanked (the same text when there are none):
 * AWAITED_TIMEOUT_PATTERN's, and a timeout the line states beside a last heartbeat younger than it, a status line's
 * setting ("status: follower of node1, heartbeat timeout 355 ms, last heartbeat 48 ms ago"; not "heartbeat timeout
 * (300 ms), last heartbeat 312 ms ago", whose timer ran out), and a countdown (countdown-lines.ts: "no heartbeat for
 * 100 ms (election timeout 400 ms)"). The one definition of a timer that has not fired.
 * `may`: the line's EVENT_PATTERN_BIT mask (without the unfiredTimerWords bit the line has no awaited phrase; a countdown is
 * looked for on every line: only the lines the heartbeat pattern matches come here).
 */
export function blankUnfiredTimers(text: string, may: number = ALL_EVENT_PATTERNS): string {
  // A line without UNFIRED_TIMER_WORDS holds neither phrase (most detections: "heartbeat timeout — no message from leader").
  // A countdown first: an awaited phrase blanked before it would take its limit away ("…, election timer fires in 300 ms").
  const counted = blankCountdowns(text);
  if ((may & EVENT_PATTERN_BIT.unfiredTimerWords) === 0) return counted;
  AWAITED_TIMEOUT_PATTERN.lastIndex = 0;
  let rest = AWAITED_TIMEOUT_PATTERN.test(counted) ? counted.replace(AWAITED_TIMEOUT_PATTERN, ' ') : counted;
  const age = LAST_HEARTBEAT_AGE.exec(rest);
  if (age !== null) rest = rest.replace(STATED_TIMEOUT, (phrase, ms: string) => (Number(age[1]) < Number(ms) ? ' ' : phrase));
  return rest;
}
/**
 * A timer a vote line says another node's (the candidate's) fired: a request's reason field (`RequestVote{term=2
 * candidate=node2 reason="election timeout"} -> granted`, `(reason: election timeout): granting vote`), "its" or the
 * candidate's timeout (`granted vote to node2 after its election timeout`), a node reporting one (`node2 reports
 * election timeout`). Only a line with vote words is asked (adv48's false pass: node3's grant read as its own election
 * timeout); the voter's own silence in the same line (`voted for node2: no heartbeat from leader node1 for 170 ms`) is
 * left. Global: classify-line blanks each and tests the rest of the line.
 */
export const CANDIDATES_TIMER_PATTERN = widenRegex(
  new RegExp(
    String.raw`\breason\s?[=:]\s?(?:"[^"\n]{0,80}"|'[^'\n]{0,80}'|[^,;)}\]\n]{1,60})|` +
      String.raw`\b(?:its|their|(?:the )?candidate['’]?s?|(?:node|n)-?\d{1,3}['’]s) (?:own )?(?:election|heartbeat) (?:timeout|timer)\b|` +
      String.raw`\breports? (?:an? |its )?(?:election|heartbeat) (?:timeout|timer)\b`,
    'gi',
  ),
);
// The vote words a line CANDIDATES_TIMER_PATTERN is asked of holds (`RequestVote`, `granted vote`, `voted for`).
const VOTE_WORDS = /vot(?:e|ed|es|ing)\b|votes?\W/i;
/** `text` with the timers CANDIDATES_TIMER_PATTERN says are the candidate's blanked (the same text on a line with no vote). */
export function blankCandidatesTimers(text: string): string {
  if (!VOTE_WORDS.test(text)) return text;
  CANDIDATES_TIMER_PATTERN.lastIndex = 0;
  return CANDIDATES_TIMER_PATTERN.test(text) ? text.replace(CANDIDATES_TIMER_PATTERN, ' ') : text;
}
/**
 * A kill-pattern word that is not this process dying: a component stopping ("election timer stopped", etcd's
 * "stopped streaming with peer"), what the server ends for a client it names by id ("client 7: session killed (idle
 * 30s)", "query 12 killed", "connection #4 terminated"; a shutdown's "client sessions terminated" names none), a
 * connection another ended ("connection terminated by leader node1": adv66e-11), a
 * description of another node ("leader node1 stopped responding"), or the kill
 * as a noun in a launcher's plan ("leader is node1, waiting 2 s before the kill"). The writer's own role column
 * (`node1 LEADER t7 received SIGTERM`, `term 4 leader: received SIGTERM`) is no other node: classify-line blanks it first.
 */
export const NOT_A_KILL_PATTERN =
  widenRegex(/\b(?:before|after|until|till) (?:the |a )?kill\b|\b(?:timer|ticker|stream(?:s|ing)?|reader|writer|watch(?:er|ers)?|probe|probing|snapshot|compaction|goroutine|heartbeats?|ticks?|worker|loop|election)\b[^.;]{0,24}\b(?:stopped|killed|terminated)\b|\b(?:stopped|stop(?:ping)?) (?:streaming|sending|receiving|reading|writing|heartbeat|the (?:election )?timer|timer|probing|peer)\b|\b(?:peer|leader|member|remote)\b[^.;]{0,40}\b(?:stopped|killed|terminated|shutting down)\b|\b(?:stopped|killed|terminated) (?:responding|sending|talking)\b|\b(?:client|session|connection|conn|request|query|transaction|txn|cursor) #?\d[\w.:-]{0,30}:? (?:(?:session|connection|request|query) )?(?:was |been |is )?(?:killed|terminated)\b|\bconnection (?:was |been |is |got )?(?:killed|terminated) by\b/i);
// Words every match of NOT_A_KILL_PATTERN holds, alternative by alternative, with fewer literals than its phrases
// (a word-guard pattern).
const NOT_A_KILL_WORDS =
  /(?:before|after|until|till).{0,9}kill|(?:timer|ticker|stream|reader|writer|watch|probe|probing|snapshot|compaction|goroutine|heartbeat|tick|worker|loop|election).{0,40}(?:stopped|killed|terminated)|stop.{0,30}(?:streaming|sending|receiving|reading|writing|heartbeat|timer|probing|peer)|(?:peer|leader|member|remote).{0,60}(?:stopped|killed|terminated|shutting.down)|(?:stopped|killed|terminated).(?:responding|sending|talking)|(?:client|session|connection|conn|request|query|transaction|txn|cursor).{0,60}(?:killed|terminated)/i;
// The signals' names Linux and macOS know, without `SIG`: only these are a signal (the word "signal" is no SIG + NAL).
export const SIGNAL_NAMES = String.raw`(?:HUP|INT|QUIT|ILL|TRAP|ABRT|IOT|BUS|FPE|KILL|USR[12]|SEGV|PIPE|ALRM|TERM|STKFLT|CHLD|CLD|CONT|STOP|TSTP|TTIN|TTOU|URG|XCPU|XFSZ|VTALRM|PROF|WINCH|IO|POLL|PWR|SYS|EMT|INFO|LOST)`;
// A signal's name as strace and kill -l print real-time ones too (`RTMIN+3`, `RTMAX-1`), without `SIG`.
export const SIGNAL_NAMES_WITH_REALTIME = String.raw`(?:${SIGNAL_NAMES}|RTMIN|RTMAX)(?:[+-]\d{1,2})?`;
/**
 * A thread column named after the signal its thread handles (the JVM runs shutdown hooks on `[SIGTERM handler]`, logback's
 * `%thread`): the thread's name, no kill; the words of the line it logs say whether that is one.
 */
export const SIGNAL_THREAD_PATTERN = new RegExp(String.raw`\[SIG${SIGNAL_NAMES} handler\]`, 'g');
/**
 * A kill command's error that it killed nothing (bash's `bash: kill: (10411) - No such process`, zsh's `kill: kill 10411
 * failed: no such process` — in a script or with its line number `zsh:kill:1: kill 17262 failed: …` —, procps' `kill: (10411): No such process`, `Operation not permitted`, procps-ng's `kill:
 * failed to parse argument: '%1'` (fish 3 has no `%1` job expansion and runs /bin/kill), a job spec naming no job
 * (bash's `bash: kill: %1: no such job`, zsh's `kill:1: %1: no such job`, dash's `dash: 4: kill: No such job: %1`),
 * Windows' `ERROR: The process "11872" not found.`, procps-ng pkill's `pkill: killing pid 4102 failed: Operation not
 * permitted`, psmisc killall's `kv_node(4102): Operation not permitted` and `kv_node: no process found`; a container or
 * unit stop that reached nothing: docker's `Error response from daemon: No such container: kv1` (`cannot kill
 * container: …`, `Container 3f2a… is not running`), `Error: No such container: kv1`, `Cannot connect to the Docker daemon
 * at unix:///var/run/docker.sock. …`, `permission denied while trying to connect to the Docker daemon socket …`, podman's
 * `Error: no container with name or ID "kv1" found`, kubectl's `Error from server (NotFound): pods "kv-1" not found`,
 * systemctl's `Failed to kill unit kv@1.service: Unit kv@1.service not loaded.`; busybox's `sh: can't kill pid 41: No such
 * process`, util-linux's `kill: sending signal to 4101 failed: No such process`; a kill given no pid, `kill $EMPTY`:
 * bash's `kill: usage: kill [-s sigspec …`, zsh's `zsh:kill:1: not enough arguments`, dash's `kill: Usage: kill …`,
 * procps's `kill: you need to specify whom to kill` and its usage row ` kill [options] <pid> [...]`): the pid it names, if any, in one of its
 * groups (kill-failures.ts reads it).
 */
export const KILL_FAILED_PATTERN = /\bkill:(?:\d{1,6}:)? (?:\(?(\d{1,7})\)?(?: -|:) |kill (\d{1,7}) failed: )?(?:No such process|Operation not permitted)|\bkill:(?:\d{1,6}:)? (?:not enough arguments|usage: kill |you need to specify whom to kill)|^\s*kill \[options\] <pid> |\bkill: failed to parse argument: |\bkill:(?:\d{1,6}:)? (?:%[^\s:]{1,40}: no such job|No such job: %)|^ERROR: The process "?(\d{1,7})?"? not found|\bpkill: killing pid (\d{1,7}) failed: |^[\w.-]{1,40}\((\d{1,7})\): Operation not permitted\s*$|^[\w.-]{1,40}: no process found\s*$|^Error response from daemon: (?:No such container|cannot (?:kill|stop) container|Container [0-9a-f]{6,64} is not running)|^Error: No such container: |^Cannot connect to the Docker daemon at |^permission denied while trying to connect to the Docker daemon|^Error: no container with name or ID |^Error from server \(NotFound\): pods? |^Failed to (?:kill unit|stop) [\w@.:-]{1,80}: |\bcan't kill pid (\d{1,7}): (?:No such process|Operation not permitted)|\bkill: sending signal to (\d{1,7}) failed: (?:No such process|Operation not permitted)|^(\d{1,7}): (?:No such process|Operation not permitted)\s*$/i;
// A kill command and its options up to the signal's name (`kill -`, `kill -s `, `pkill --signal=SIG`, `docker kill
// --signal=`): one grammar for the signals that end nothing and for naming the signal a kill sent.
// `-sSTOP`, `-n19`: util-linux's and procps's kill take the option's value glued to it too (adv52f-34).
const SIGNAL_OPTION = String.raw`(?:p?kill|killall|(?:docker|podman)(?: compose)? kill|systemctl kill|fuser)(?:\s+-[\w-]+(?:=\S*)?)*?\s+(?:-(?:s|n|-signal)(?:\s+|=)|-[sn](?=\w)|-)(?:sig)?`;
/**
 * A kill command whose signal ends no process: STOP, TSTP, TTIN and TTOU pause it, CONT resumes it, CHLD, URG and
 * WINCH are ignored by default, 0 only probes that it exists. Every spelling kill, pkill, killall, docker/podman kill
 * and systemctl kill (and `fuser -k`) accept, by any path (`/bin/kill`): `-STOP`, `-SIGSTOP`, `-s STOP`, `-sSTOP`, `-n 19`, `--signal=SIGCONT`, numbers 0, 17-23 and 28
 * (each such a signal on Linux and on macOS alike). Global: classify-line blanks each and tests the rest of the line.
 */
export const NO_END_SIGNAL_COMMAND_PATTERN = new RegExp(
  String.raw`(?:^|(?<=[\s;&|(>\`/]))${SIGNAL_OPTION}(?:stop|tstp|ttin|ttou|cont|chld|cld|urg|winch|0|1[78]|19|2[0-3]|28)(?![\w-])`,
  'gi',
);
/**
 * The signal a kill command sends, as its words name it (group 1: `kill -HUP 4101`, `kill -s USR1`, `kill -1`, `pkill
 * --signal=SIGHUP kv_node`), or a signal's name alone (group 2: `SIGTERM -> pid 4102`).
 */
export const KILL_SIGNAL_PATTERN = new RegExp(String.raw`(?:^|[\s;&|(/])${SIGNAL_OPTION}(${SIGNAL_NAMES}|\d{1,2})(?![\w-])|\bSIG(${SIGNAL_NAMES})\b`, 'i');
// KILL_SIGNAL_PATTERN's two alternatives apart: the command's (behind its words, KILL_COMMAND_WORDS) and a signal's name.
const COMMAND_SIGNAL = new RegExp(KILL_SIGNAL_PATTERN.source.slice(0, KILL_SIGNAL_PATTERN.source.lastIndexOf('|\\bSIG(')), 'i');
const NAMED_SIGNAL = new RegExp(KILL_SIGNAL_PATTERN.source.slice(KILL_SIGNAL_PATTERN.source.lastIndexOf('|\\bSIG(') + 1), 'i');
/**
 * A word every command SIGNAL_OPTION reads holds (kill, pkill, killall, docker/podman/systemctl kill, fuser): the word
 * guard of the signal a command names (readKillSignal) and of NO_END_SIGNAL_COMMAND_PATTERN's commands.
 */
export const KILL_COMMAND_WORDS = /kill|fuser/i;
// Linux's numbers of the signals a kill command names by number (`kill -1 4101` is HUP, `kill -12` USR2).
const SIGNAL_NUMBERS: Readonly<Record<string, string>> = { '1': 'HUP', '2': 'INT', '3': 'QUIT', '9': 'KILL', '10': 'USR1', '12': 'USR2', '15': 'TERM' };
/** The name of signal `number` (`9` → KILL), among those a kill of a node names by number; undefined for others. */
export const signalOfNumber = (number: string): string | undefined => SIGNAL_NUMBERS[number];
// The words strsignal() gives a signal, as bash's job table (`[1]+  Terminated  ./kv_node --id 1`) and Go's
// exec.ExitError (`signal: killed`) print them, lower-cased.
const SIGNAL_WORDS: Readonly<Record<string, string>> = {
  hangup: 'HUP', interrupt: 'INT', quit: 'QUIT', killed: 'KILL', terminated: 'TERM', 'user defined signal 1': 'USR1', 'user defined signal 2': 'USR2',
};
const SIGNAL_WORD = String.raw`(terminated|killed|hangup|interrupt|quit|user defined signal [12])`;
/**
 * A signal a line states other than by its name (group 1, 2: a number; 3: a name; 4, 5: strsignal's words): `signal 15`,
 * `signal=9`, `sig=15`, `(signal: 9)`, `killed by signal 9`; Python's negative return code (`exited with code -15`,
 * `returncode=-15`); systemd's `code=killed, status=15/TERM`; Go's `signal: terminated`; a row of bash's or zsh's job
 * table (`[1]+  Killed  ./kv_node …`, `jobs -l`'s `[1]+ 4101 Terminated …`, zsh's `[1]  + 4101 terminated …`).
 */
export const STATED_SIGNAL_PATTERN = new RegExp(
  String.raw`\bsig(?:nal)?(?: ?[=:] ?| )(\d{1,2})\b|\b(?:return ?)?code[=:]? ?-(\d{1,2})\b|\bstatus=\d{1,2}\/(${SIGNAL_NAMES})\b|` +
    String.raw`\bsignal: ${SIGNAL_WORD}(?![\w-])|^\s*\[\d{1,4}\]\s*[+-]?\s+(?:\d{1,7}\s+)?${SIGNAL_WORD}(?![\w-])`,
  'i',
);
/** The signal a line states by number or strsignal's words (STATED_SIGNAL_PATTERN), as readKillSignal names it; or undefined. */
export function readStatedSignal(text: string): string | undefined {
  const m = STATED_SIGNAL_PATTERN.exec(text);
  if (m === null) return undefined;
  const number = m[1] ?? m[2];
  if (number !== undefined) return signalOfNumber(number);
  return m[3] !== undefined ? m[3].toUpperCase() : SIGNAL_WORDS[(m[4] ?? m[5])!.toLowerCase()];
}
/**
 * The signal a kill line's words name, upper-case without `SIG`: its command's or a signal's name (KILL_SIGNAL_PATTERN:
 * `kill -HUP 4101` and `kill -1` → HUP, `kill -s USR2` → USR2, "received SIGHUP"), else the one it states by number or
 * in words (readStatedSignal: `signal 15`, `[1]+  Killed`); undefined when it names none (a bare `kill 4101` sends TERM)
 * or a number not listed.
 */
export function readKillSignal(text: string, may: number = ALL_EVENT_PATTERNS): string | undefined {
  // The leftmost of the two alternatives' matches, the command's at a tie: what KILL_SIGNAL_PATTERN.exec finds.
  const command = (may & EVENT_PATTERN_BIT.killCommandWords) !== 0 ? COMMAND_SIGNAL.exec(text) : null;
  const named = NAMED_SIGNAL.exec(text);
  const signal = command !== null && (named === null || command.index <= named.index) ? command[1] : named?.[1];
  if (signal === undefined) return readStatedSignal(text);
  return /^\d/.test(signal) ? signalOfNumber(signal) : signal.toUpperCase();
}
/**
 * Signals whose default ends a process but that a server commonly handles and lives through: HUP (reload a config),
 * USR1 and USR2 (rotate logs, dump state, a student's debug hook). A kill sending one ended the node only if nothing
 * shows it living on (log-facts.ts findLedOn).
 */
export const HANDLED_SIGNALS: ReadonlySet<string> = new Set(['HUP', 'USR1', 'USR2']);
/**
 * Signals that pause a process instead of ending it: STOP (which no process can catch or ignore), TSTP (Ctrl+Z), TTIN
 * and TTOU. A kill line sending one (a lesson whose kill_pattern counts `SIGSTOP` as its fault) froze the node until a
 * SIGCONT resumed it (log-facts.ts isPauseKill).
 */
export const PAUSE_SIGNALS: ReadonlySet<string> = new Set(['STOP', 'TSTP', 'TTIN', 'TTOU']);
/**
 * A kill command that pauses its process by a signal's name (`kill -STOP 4101`, `kill -s TSTP`, `docker kill
 * --signal=SIGSTOP kv1`) or Linux's number for it (`kill -19 4101`: STOP; 20 TSTP, 21 TTIN, 22 TTOU; macOS's STOP, 17,
 * is Linux's CHLD, so no pause here; none of them ends a process either way), a container's (`docker pause
 * raft-kv1-1`: the cgroup freezer stops every process in it), and bash's job line for a
 * job stopped by Ctrl+Z or such a signal (`[1]+  Stopped                 ./kv_node --id 1 …`): a process stopped, not
 * ended. Their words are what a report quotes.
 */
export const PAUSE_COMMAND_PATTERN =
  /(?:^|(?<=[\s;&|(>`]))(?:p?kill|killall|(?:docker|podman)(?: compose)? kill|systemctl kill|fuser)(?:\s+-[\w-]+(?:=\S*)?)*?\s+(?:-(?:s|n|-signal)(?:\s+|=)|-)(?:sig)?(?:stop|tstp|ttin|ttou|19|2[0-2])(?![\w-])|(?:^|(?<=[\s;&|(>`]))(?:docker|podman)(?: container| compose)? pause(?=\s)/i;
/** The words of PAUSE_COMMAND_PATTERN's container pause (`docker pause raft-kv1-1`), no kill command: the literal scan's mark of it. */
export const CONTAINER_PAUSE_WORDS = /(?:docker|podman)(?: container| compose)? pause/i;
export const JOB_STOPPED_PATTERN = /^\s*\[\d{1,4}\][+-]?\s+Stopped(?: \((?:signal|tty input|tty output|SIGSTOP|SIGTSTP|SIGTTIN|SIGTTOU)\))?(?=\s)/;
/**
 * A shell command that stops a node: `kill`, `pkill`, `killall`, `docker stop`, `kubectl delete`, `systemctl stop`,
 * `supervisorctl stop`, `pm2 stop`, `fuser -k 7001/tcp` (the process using a port), Windows' `taskkill` and `Stop-Process`;
 * systemctl's own options may stand before its verb (`systemctl --user stop kv@1`; one, so
 * backtracking stays bounded and V8 runs it); after a notebook cell's `!` too (`!kill -9 4101; sleep 0.3; date`). Its
 * words in a shell comment or an echo's words run no kill: match it on a typed line's readRunWords.
 */
export const COMMAND_KILL_PATTERN =
  widenRegex(/(?:^|[\s;&|(>!])(?:p?kill|killall|taskkill|stop-process|docker(?: compose)? (?:stop|kill|rm -f)|kubectl delete|systemctl(?: -[\w-]{1,16})? (?:stop|kill)|podman (?:stop|kill)|supervisorctl stop|pm2 (?:stop|delete)|fuser(?: -[A-Z]{1,4})? -[a-z]?k[a-z]?)\b/i);
// A shell comment's start: a `#` opening a word (`date +%T.%3N   # kill 31796 next`, `kill 4101  #node1`), as bash reads it.
const SHELL_COMMENT = /\s#/;
// A command run before a `#` (a date, a kill, a sleep, an echo, or a command ended by `;`, `&` or `|`): the `#` after it
// starts a comment.
const COMMAND_BEFORE = /(?:^|[\s;&|(])(?:g?date|p?kill|killall|sleep|echo|printf)\b|[;&|]/;

/**
 * Where the shell comment of the typed line `text` starts (the blank before its `#`), or -1: its words run nothing and
 * time nothing. A `#` with no command before it is a root prompt's sigil (`root@box ~/raft # date; kill 41`, busybox's
 * `/app # …`): the comment is a later one (`root@lab ~/raft # kill 32492  # node1 08:12:02.500`), or a `#` word right
 * after the whole prompt.
 */
export function findShellCommentStart(text: string): number {
  if (text.indexOf('#') < 0) return -1;
  // A comment row of its own: a prompt, then only a `#` word (`student@lab:~$ # killed node1 at 10:44:14.400`,
  // `root@lab:~# # …`, `❯ # …`; adv73a-03), the prompt's own `#` no comment.
  const prompt = readShellPrompt(text, 0, text.length);
  if (prompt !== undefined) {
    let p = prompt.end;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    if (p > prompt.end && text.charCodeAt(p) === 35) return p - 1;
  }
  for (let at = text.search(SHELL_COMMENT); at >= 0; ) {
    const before = text.slice(0, at);
    if (COMMAND_BEFORE.test(before)) return at;
    const next = text.slice(at + 2).search(SHELL_COMMENT);
    at = next < 0 ? -1 : at + 2 + next;
  }
  return -1;
}
// One command of a typed line (up to `;`, `&` or `|`), and whether it prints its words (echo, printf) rather than run them.
const TYPED_COMMANDS = /[^;&|\n]+/g;
const PRINTING_COMMAND = /^\s*(?:echo|printf)\s/;

/**
 * A typed command line's words that run: its shell comment cut off (`date +%T.%3N   # kill 31796 next`) and an echo's
 * or printf's words blanked (`date; echo kill 31796`), which run nothing (adv66b-34/-35). A root prompt's `# kill
 * 4101` (no blank before the `#`) stays.
 */
export function readRunWords(text: string): string {
  const comment = findShellCommentStart(text);
  const run = comment < 0 ? text : text.slice(0, comment);
  if (run.indexOf('echo') < 0 && run.indexOf('printf') < 0) return run;
  return run.replace(TYPED_COMMANDS, (command) => (PRINTING_COMMAND.test(command) ? ' '.repeat(command.length) : command));
}
/**
 * systemd's line about a unit it stops (group 1 or 2: the unit): the job's start, `Stopping kv@2.service - Raft KV
 * node 2...`, when it sends the unit's KillSignal, and the unit's own lines after it (`kv@2.service: Main process
 * exited, code=killed, status=9/KILL`, `Stopped kv@2.service - Raft KV node 2.`). The manager's writer column
 * (`systemd[1]:`) is no node: the unit is the one stopped.
 */
export const UNIT_STOP_PATTERN = /\bStopp(?:ing|ed) ([\w@.:-]{1,64}\.service)\b|(?:^|\s)([\w@.:-]{1,64}\.service): /;
/**
 * A harness or simulator announcing the kill of the leader it names ("sim: killing leader node1", "launcher:
 * 10:24:40.668 killing leader node1 (pid 31601)" with its own time first, "chaos | killing the
 * leader n2"): a kill whatever the lesson's kill pattern says. The words begin the message, a name follows "leader"
 * (group 1; "killing leader election timer" names none), and no time to come follows ("killing leader node1 in 3 s").
 */
export const KILLING_LEADER_PATTERN = /(?:^|[:|>\]]\s{1,8}|\d\d:\d\d:\d\d(?:[.,]\d{1,9})?\s{1,8})killing (?:the )?leader[:=]? ?([\w.-]{1,32})(?![\w.-])(?! ?(?:in|at|after) \+?\d)/i;
/**
 * A harness or demo script announcing the kill of the leader at a clock time, naming no node ("demo.sh: killing leader
 * (pid 26456) at 15:24:19.880", "killing leader at 12:00:01.123", the echo of `$(date +%T.%3N)`): the record of a kill
 * of whichever node led then, its pid in group 1. A clock time, not a plan's offset ("at +3.000") or a delay ("in 3 s").
 */
/**
 * A harness or watchdog announcing the kill of a node it names with the pid it signals ("watchdog: killing node1 (pid
 * 4971)", adv55c-27): group 1 the node, group 2 the pid; no time to come follows.
 */
export const KILLING_NODE_PID_PATTERN = /(?:^|[:|>\]]\s{1,8}|\d\d:\d\d:\d\d(?:[.,]\d{1,9})?\s{1,8})killing (?:node )?([\w.-]{1,32}) \(pid[ =:]?(\d{1,7})\)(?! ?(?:in|at|after) \+?\d)/i;
export const KILLING_LEADER_AT_PATTERN = /(?:^|[:|>\]]\s{1,8})killing (?:the )?leader(?: \(pid[ =:]?(\d{1,7})\))? at \d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?![\d:.,])/i;
/** UNIT_STOP_PATTERN's first alternative: the stop begins (a kill whatever the lesson's kill pattern says). */
export const UNIT_STOPPING_PATTERN = /\bStopping [\w@.:-]{1,64}\.service\b/;

/**
 * The words after an etcd/raft member id that start the message of the node it names ("8e9e05c52164694d became
 * leader"; classify-line.ts reads the id before them, or before a `[`), as a regex source.
 */
export const SUBJECT_VERB_WORDS = 'became|becoming|is |received|elected|lost|cast|has |stepped|starting|changed|switched|won|granted|rejected|campaign';

/**
 * Bits of a line's "may match" mask, one per event pattern: a caller that prefilters lines by the patterns'
 * literals (checkPaste) passes which patterns can match a line, and classifyLineText runs only those.
 */
export const EVENT_PATTERN_BIT = {
  kill: 1 << 0,
  heartbeat: 1 << 1,
  connection: 1 << 2,
  became: 1 << 3,
  follows: 1 << 4,
  namedLeader: 1 << 5,
  election: 1 << 6,
  vote: 1 << 7,
  startup: 1 << 8,
  commandKill: 1 << 9,
  steppedDown: 1 << 10,
  heardFrom: 1 << 11,
  unitStop: 1 << 12,
  role: 1 << 13,
  // Word bits: the line holds a word a costly check needs (WORD_GUARD_PATTERNS); a line without it skips the check.
  // They make no line a candidate for classification (EVENT_BITS).
  timerWords: 1 << 14,
  counterWords: 1 << 15,
  clientWord: 1 << 16,
  eofMarkerWords: 1 << 17,
  notKillWords: 1 << 18,
  killCommandWords: 1 << 19,
  killFailedWords: 1 << 20,
  signalThreadWords: 1 << 21,
  subjectWords: 1 << 22,
  unfiredTimerWords: 1 << 23,
  checkWords: 1 << 24,
  saidWords: 1 << 25,
  // An event bit past the word bits: a localized detection's words (LOCALIZED_HEARTBEAT_PATTERN and the connection
  // ones), apart from the lesson's heartbeat and connection bits so that their lines' tests stay as they were.
  localized: 1 << 26,
  // A word bit again (after localized, whose place the other bits keep): a client's request (CLIENT_REQUEST_WORDS).
  clientRequestWords: 1 << 27,
} as const;
/** Every pattern may match and every word may be there: the mask of a caller that did not prefilter. */
export const ALL_EVENT_PATTERNS = (1 << 28) - 1;
/** The bits of the event patterns (not the word bits): a line with one of them is classified. */
export const EVENT_BITS = ((1 << 14) - 1) | EVENT_PATTERN_BIT.localized;
/**
 * The words a writer's role column holds (`node1 leader: …`, `[n1][LEADER]`, `node2 FOLLOWER term=3`, etcd-io/raft's
 * `state=StateLeader`): the literals that make a line a candidate for classify-line.ts readOwnRole. A role letter
 * column (`n1 L t=3`) has none: it is read only on lines classified for another reason (a kill, a detection).
 */
export const ROLE_WORDS_PATTERN = /leader|follower|candidate/i;

/**
 * The built-in patterns with their EVENT_PATTERN_BIT, for a caller that prefilters lines by their literals
 * (NAMED_LEADER_PATTERN by NAMED_LEADER_WORDS, whose literals it holds too).
 */
export const BUILT_IN_EVENT_PATTERNS: readonly (readonly [bit: number, regex: RegExp])[] = [
  [EVENT_PATTERN_BIT.became, BECAME_LEADER_PATTERN],
  [EVENT_PATTERN_BIT.became, LOCALIZED_BECAME_LEADER_PATTERN],
  [EVENT_PATTERN_BIT.localized, LOCALIZED_HEARTBEAT_PATTERN],
  [EVENT_PATTERN_BIT.localized, LOCALIZED_CONNECTION_PATTERN],
  [EVENT_PATTERN_BIT.localized, CJK_CONNECTION_PATTERN],
  [EVENT_PATTERN_BIT.follows, FOLLOWS_LEADER_PATTERN],
  [EVENT_PATTERN_BIT.heardFrom, HEARD_FROM_LEADER_PATTERN],
  [EVENT_PATTERN_BIT.heardFrom, HEARTBEAT_ACKS_WORDS],
  [EVENT_PATTERN_BIT.heardFrom, ACKED_BY_WORDS],
  [EVENT_PATTERN_BIT.namedLeader, NAMED_LEADER_WORDS],
  [EVENT_PATTERN_BIT.election, ELECTION_STARTED_PATTERN],
  [EVENT_PATTERN_BIT.vote, VOTE_PATTERN],
  [EVENT_PATTERN_BIT.steppedDown, STEPPED_DOWN_PATTERN],
  [EVENT_PATTERN_BIT.steppedDown, LOCALIZED_STEPPED_DOWN_PATTERN],
  [EVENT_PATTERN_BIT.startup, STARTUP_PATTERN],
  [EVENT_PATTERN_BIT.commandKill, COMMAND_KILL_PATTERN],
  [EVENT_PATTERN_BIT.commandKill, CONTAINER_PAUSE_WORDS],
  [EVENT_PATTERN_BIT.unitStop, UNIT_STOP_PATTERN],
  [EVENT_PATTERN_BIT.role, ROLE_WORDS_PATTERN],
];
/**
 * Per word bit, a pattern one of whose literals every match of the check it guards holds: the literal scan marks the
 * lines holding them, and a check runs only where its bit is set. Only their literals are used, never the regexes.
 */
export const WORD_GUARD_PATTERNS: readonly (readonly [bit: number, regex: RegExp])[] = [
  [EVENT_PATTERN_BIT.timerWords, TIMER_WORDS],
  [EVENT_PATTERN_BIT.counterWords, NO_DETECTION_COUNTER_WORDS],
  [EVENT_PATTERN_BIT.clientWord, CLIENT_WORD],
  [EVENT_PATTERN_BIT.eofMarkerWords, EOF_MARKER],
  [EVENT_PATTERN_BIT.notKillWords, NOT_A_KILL_WORDS],
  [EVENT_PATTERN_BIT.killCommandWords, KILL_COMMAND_WORDS],
  [EVENT_PATTERN_BIT.killFailedWords, KILL_FAILED_PATTERN],
  [EVENT_PATTERN_BIT.signalThreadWords, /handler\]/],
  [EVENT_PATTERN_BIT.subjectWords, new RegExp(`${SUBJECT_VERB_WORDS}|[0-9a-f] \\[`)],
  [EVENT_PATTERN_BIT.unfiredTimerWords, UNFIRED_TIMER_WORDS],
  [EVENT_PATTERN_BIT.checkWords, CHECK_WORDS],
  // A verb of saying, which every match of classify-line.ts SAID holds.
  [EVENT_PATTERN_BIT.saidWords, /says|said|report|writes|wrote/],
  [EVENT_PATTERN_BIT.clientRequestWords, CLIENT_REQUEST_WORDS],
];
