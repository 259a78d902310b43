var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};

// src/errors.ts
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
  }
});

// src/findings/format-finding.ts
var init_format_finding = __esm({
  "src/findings/format-finding.ts"() {
    "use strict";
  }
});

// src/findings/finding.ts
function createFinding(code, severity, args = {}, where = {}) {
  return {
    code,
    severity,
    ...where.file === void 0 ? {} : { file: where.file },
    ...where.path === void 0 ? {} : { path: where.path },
    ...where.line === void 0 ? {} : { line: where.line },
    args
  };
}
function hasErrors(findings) {
  return findings.some((f) => f.severity === "error");
}
var init_finding = __esm({
  "src/findings/finding.ts"() {
    "use strict";
  }
});

// src/lesson/did-you-mean.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function suggestClosest(input, candidates2) {
  const needle = input.toLowerCase();
  let best;
  for (const candidate of candidates2) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return void 0;
  const allowed = Math.max(2, Math.floor(best.candidate.length / 3));
  return best.distance <= allowed ? best.candidate : void 0;
}
var init_did_you_mean = __esm({
  "src/lesson/did-you-mean.ts"() {
    "use strict";
  }
});

// src/lesson/lesson-patterns.ts
function listLessonPatterns(front) {
  const patterns = front.proof.regex_patterns.map((pattern, i) => ({ path: ["proof", "regex_patterns", i], pattern }));
  const timing2 = front.proof.timing;
  if (timing2) {
    for (const key of ["kill_pattern", "heartbeat_pattern", "connection_pattern"]) {
      patterns.push({ path: ["proof", "timing", key], pattern: timing2[key] });
    }
  }
  return patterns;
}
function formatFieldPath(path) {
  return path.map((segment, i) => typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`).join("");
}
var init_lesson_patterns = __esm({
  "src/lesson/lesson-patterns.ts"() {
    "use strict";
  }
});

// src/lesson/parse-duration.ts
function parseDurationMs(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  const match = DURATION.exec(value);
  if (!match) return void 0;
  const amount = Number(match[1]);
  return match[2] === "s" ? amount * 1e3 : amount;
}
var DURATION, DURATION_EXAMPLE;
var init_parse_duration = __esm({
  "src/lesson/parse-duration.ts"() {
    "use strict";
    DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/;
    DURATION_EXAMPLE = "a duration like 300ms or 1.5s";
  }
});

// src/lesson/parse-target.ts
function parseTarget(text2) {
  const groups = [];
  for (const part of text2.split("|")) {
    const terms = [];
    const tokens = part.trim().replace(/\bnode\s+(\d+)\b/gi, "node$1").split(/[\s,]+/).filter(Boolean);
    for (const token of tokens) {
      const node = /^node-?(\d{1,2})$/i.exec(token);
      if (node) terms.push({ node: Number(node[1]) });
      else if (TARGET_WORDS.includes(token.toLowerCase())) terms.push({ word: token.toLowerCase() });
      else return { ok: false, bad: token };
    }
    if (terms.length === 0) return { ok: false, bad: part.trim() === "" ? "(empty group)" : part };
    groups.push(terms);
  }
  return { ok: true, groups };
}
var TARGET_WORDS;
var init_parse_target = __esm({
  "src/lesson/parse-target.ts"() {
    "use strict";
    TARGET_WORDS = ["leader", "follower", "followers", "old-leader", "new-leader", "rest", "all"];
  }
});

// src/lesson/scenario-schema.ts
import { z } from "zod";
var duration, target, base, scenarioStepSchema, scenarioSchema, STEP_KEYS;
var init_scenario_schema = __esm({
  "src/lesson/scenario-schema.ts"() {
    "use strict";
    duration = z.union([z.number().nonnegative(), z.string().regex(/^\s*\d+(\.\d+)?\s*(ms|s)\s*$/)]).describe('A duration: "300ms", "1.5s", or a number of milliseconds.');
    target = z.string().min(1).describe('leader | follower | followers | old-leader | new-leader | rest | all | node N; partition groups split by "|" (e.g. "leader | rest").');
    base = {
      title: z.string().min(1).optional().describe("What the student reads in the step list."),
      id: z.string().min(1).optional().describe("Name other steps use for this one (default: its kind, for the first of that kind).")
    };
    scenarioStepSchema = z.discriminatedUnion("step", [
      z.object({ step: z.literal("start"), ...base }).describe("Start the cluster (scenario.nodes nodes)."),
      z.object({ step: z.literal("wait-leader"), within: duration.optional(), ...base }).describe("Wait until a leader is known to every node."),
      z.object({ step: z.literal("write"), keys: z.int().positive().max(1e4).optional(), ...base }).describe("Write K keys through the leader; each must be acknowledged."),
      z.object({ step: z.literal("start-clients"), clients: z.int().min(1).max(64).optional(), ...base }).describe("Start concurrent clients (reads, writes, appends) that record a history until expect-linearizable."),
      z.object({ step: z.literal("expect-linearizable"), min_ops: z.int().min(1).optional(), ...base }).describe("Stop the clients and check their history is linearizable (kv model); at least min_ops operations."),
      z.object({
        step: z.literal("fault"),
        action: z.enum(["kill", "pause", "resume", "restart", "partition", "heal"]),
        target: target.optional(),
        signal: z.enum(["SIGTERM", "SIGKILL", "SIGINT"]).optional(),
        latency: duration.optional(),
        ...base
      }).describe("Inject a fault: kill (signal), pause (SIGSTOP), resume (SIGCONT), restart, partition (groups), heal."),
      z.object({ step: z.literal("expect-detection"), within: duration.optional(), ...base }).describe("Every other node logs that it noticed the faulted node within the window."),
      z.object({ step: z.literal("expect-new-leader"), within: duration.optional(), ...base }).describe("A new leader, other than the faulted node, is elected in time."),
      z.object({ step: z.literal("expect-keys"), ...base }).describe("Every acknowledged key reads back with its value from the leader."),
      z.object({ step: z.literal("expect-rejoin"), target: target.optional(), within: duration.optional(), ...base }).describe("The node rejoins as a follower and catches up to the leader's commit index in time."),
      z.object({ step: z.literal("expect-step-down"), target: target.optional(), within: duration.optional(), ...base }).describe("A leader cut off from the majority stops leading in time."),
      z.object({ step: z.literal("run-verify"), ...base }).describe("Run the lesson's Verify block (its bash fence) in the work dir and check what it printed."),
      z.object({
        step: z.literal("capture-log"),
        file: z.string().min(1).optional(),
        nodes: target.optional(),
        from: z.string().min(1).optional(),
        to: z.string().min(1).optional(),
        judge: z.boolean().optional(),
        client: z.boolean().optional(),
        ...base
      }).describe("Write the demo log (grep-style lines of chosen nodes, in a window between two steps) and judge it with checkPaste.")
    ]);
    scenarioSchema = z.object({
      nodes: z.int().min(1).max(9).default(3).describe("Cluster size."),
      steps: z.array(scenarioStepSchema).min(1).describe("Run in order; a failed expectation is reported and the run goes on, a failed action ends it.")
    }).describe("The lesson's demo as data: steps and expectations over a real cluster, run by `verify-lesson <id>`.");
    STEP_KEYS = Object.fromEntries(
      scenarioStepSchema.options.map((option) => [option.shape.step.value, Object.keys(option.shape)])
    );
  }
});

// src/lesson/check-scenario.ts
function listStepIds(steps) {
  const ids = [];
  for (const step of steps) {
    if (!isRecord(step)) continue;
    if (typeof step.id === "string") ids.push(step.id);
    else if (typeof step.step === "string" && !ids.includes(step.step)) ids.push(step.step);
  }
  return ids;
}
function checkScenario(scenario, locate, file) {
  const findings = [];
  const covered = /* @__PURE__ */ new Set();
  if (!isRecord(scenario) || !Array.isArray(scenario.steps)) return { findings, covered };
  const kinds = Object.keys(STEP_KEYS);
  const ids = listStepIds(scenario.steps);
  const add = (code, severity, args, path) => {
    const where = formatFieldPath(path);
    covered.add(where);
    findings.push(createFinding(code, severity, args, { file, path: where, line: locate(path) }));
  };
  scenario.steps.forEach((step, i) => {
    if (!isRecord(step) || typeof step.step !== "string") return;
    const at = (key) => ["scenario", "steps", i, key];
    const keys = STEP_KEYS[step.step];
    if (!keys) {
      add("LESSON_SCENARIO_STEP_UNKNOWN", "error", { found: step.step, suggestion: suggestClosest(step.step, kinds), allowed: kinds }, at("step"));
      covered.add(formatFieldPath(["scenario", "steps", i]));
      return;
    }
    for (const key of Object.keys(step)) {
      if (!keys.includes(key)) add("LESSON_KEY_UNKNOWN", "warning", { key, suggestion: suggestClosest(key, keys) }, at(key));
    }
    for (const field of DURATION_FIELDS) {
      const value = step[field];
      if (value === void 0 || (typeof value === "number" || typeof value === "string") && parseDurationMs(value) !== void 0) continue;
      add("LESSON_DURATION_INVALID", "error", { expected: DURATION_EXAMPLE, found: value }, at(field));
    }
    for (const field of TARGET_FIELDS) {
      const value = step[field];
      if (typeof value !== "string") continue;
      const parsed = parseTarget(value);
      if (!parsed.ok) add("LESSON_SCENARIO_TARGET_UNKNOWN", "error", { target: value, word: parsed.bad, suggestion: suggestClosest(parsed.bad, TARGET_WORDS), allowed: [...TARGET_WORDS, "node N"] }, at(field));
    }
    for (const field of ["from", "to"]) {
      const value = step[field];
      if (typeof value === "string" && !ids.includes(value)) add("LESSON_SCENARIO_STEP_REF_UNKNOWN", "error", { ref: value, suggestion: suggestClosest(value, ids), ids }, at(field));
    }
  });
  return { findings, covered };
}
var TARGET_FIELDS, DURATION_FIELDS, isRecord;
var init_check_scenario = __esm({
  "src/lesson/check-scenario.ts"() {
    "use strict";
    init_finding();
    init_did_you_mean();
    init_lesson_patterns();
    init_parse_duration();
    init_parse_target();
    init_scenario_schema();
    TARGET_FIELDS = ["target", "nodes"];
    DURATION_FIELDS = ["within", "latency"];
    isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  }
});

// src/lesson/locate-field.ts
function locateField(frontMatterLines, firstLine, path) {
  let scope = { line: -1, indent: -1, end: frontMatterLines.length };
  let found;
  for (const segment of path) {
    const next = typeof segment === "number" ? findItem(frontMatterLines, scope, segment) : findKey(frontMatterLines, scope, segment);
    if (!next) break;
    scope = next;
    found = next.line;
  }
  return found === void 0 ? void 0 : firstLine + found;
}
function blockEnd(lines2, start, indent, limit, isItem) {
  for (let i = start + 1; i < limit; i++) {
    const line2 = lines2[i];
    if (!isContent(line2)) continue;
    const lineIndent = indentOf(line2);
    if (lineIndent < indent) return i;
    if (lineIndent === indent && (isItem || !line2.trimStart().startsWith("- "))) return i;
  }
  return limit;
}
function findKey(lines2, scope, key) {
  const keyPattern = new RegExp(`^(\\s*)(- )?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
  let childIndent;
  for (let i = scope.line + 1; i < scope.end; i++) {
    const line2 = lines2[i];
    if (!isContent(line2)) continue;
    childIndent ??= indentOf(line2);
    const match = keyPattern.exec(line2);
    if (match && indentOf(line2) === childIndent) {
      const indent = match[1].length + (match[2] ? 2 : 0);
      return { line: i, indent, end: blockEnd(lines2, i, indent, scope.end, false) };
    }
  }
  return void 0;
}
function findItem(lines2, scope, index) {
  let seen = -1;
  let itemIndent;
  for (let i = scope.line + 1; i < scope.end; i++) {
    const line2 = lines2[i];
    if (!isContent(line2) || !line2.trimStart().startsWith("-")) continue;
    const indent = indentOf(line2);
    itemIndent ??= indent;
    if (indent !== itemIndent) continue;
    seen++;
    if (seen === index) return { line: i, indent, end: blockEnd(lines2, i, indent, scope.end, true) };
  }
  return void 0;
}
var indentOf, isContent;
var init_locate_field = __esm({
  "src/lesson/locate-field.ts"() {
    "use strict";
    indentOf = (line2) => line2.length - line2.trimStart().length;
    isContent = (line2) => line2.trim() !== "" && !line2.trimStart().startsWith("#");
  }
});

// src/client/client-protocol.ts
function parseTemplate(text2, role) {
  const trimmed = text2.trim();
  if (trimmed === "") return `${role}: empty template`;
  const http = /^(?:(GET|PUT|POST)\s+)?(https?:\/\/\S+)$/i.exec(trimmed);
  const unknown = /\{(?!client_port\}|key\}|value\})[a-z_]*\}/.exec(trimmed);
  if (unknown) return `${role}: unknown placeholder ${unknown[0]} (known: {client_port} {key} {value})`;
  if (!trimmed.includes("{client_port}")) return `${role}: the template must contain {client_port} (the harness picks each node's port)`;
  if (!trimmed.includes("{key}")) return `${role}: the template must contain {key}`;
  if (http) {
    const method = http[1]?.toUpperCase() ?? (role === "write" ? "PUT" : "GET");
    if (role === "read" && method !== "GET") return `read: expected GET, found ${method}`;
    if (role === "write" && method === "GET" && !trimmed.includes("{value}")) return "write: a GET write must put {value} in the URL";
    if (/^https:/i.test(http[2])) return `${role}: https is not supported (the nodes run on 127.0.0.1): use http://`;
    return { kind: "http", method, url: http[2] };
  }
  if (/^[A-Za-z]+\s+https?:\/\//.test(trimmed)) return `${role}: expected GET, PUT or POST before the URL`;
  if (role === "write" && !trimmed.includes("{value}")) return "write: a command template must contain {value}";
  return { kind: "command", command: trimmed };
}
function parseClientProtocol(specs) {
  let write;
  let read;
  for (const spec of specs) {
    const trimmed = spec.trim();
    if (trimmed === "default") {
      ({ write, read } = DEFAULT_CLIENT_PROTOCOL);
      continue;
    }
    const role = /^(write|read)\s*=\s*/i.exec(trimmed);
    if (role) {
      const which = role[1].toLowerCase();
      const template2 = parseTemplate(trimmed.slice(role[0].length), which);
      if (typeof template2 === "string") return { ok: false, message: template2 };
      if (which === "write") write = template2;
      else read = template2;
      continue;
    }
    const template = parseTemplate(trimmed, "write");
    if (typeof template === "string") return { ok: false, message: template };
    if (template.kind === "command") return { ok: false, message: `a command template needs write=\u2026 and read=\u2026 (found "${trimmed}")` };
    write = template;
    read = { kind: "http", method: "GET", url: template.url };
  }
  if (!write) return { ok: false, message: "no write template (write=\u2026)" };
  if (!read) return { ok: false, message: "no read template (read=\u2026)" };
  return { ok: true, protocol: { write, read } };
}
function parseLessonClient(block) {
  return parseClientProtocol(block.read === void 0 ? [block.write] : [`write=${block.write}`, `read=${block.read}`]);
}
var DEFAULT_URL, DEFAULT_CLIENT_PROTOCOL;
var init_client_protocol = __esm({
  "src/client/client-protocol.ts"() {
    "use strict";
    DEFAULT_URL = "http://127.0.0.1:{client_port}/kv/{key}";
    DEFAULT_CLIENT_PROTOCOL = {
      write: { kind: "http", method: "PUT", url: DEFAULT_URL },
      read: { kind: "http", method: "GET", url: DEFAULT_URL }
    };
  }
});

// src/log-events/default-patterns.ts
var DEFAULT_KILL_PATTERN, DEFAULT_HEARTBEAT_PATTERN, DEFAULT_CONNECTION_PATTERN, BECAME_LEADER_PATTERN, FOLLOWS_LEADER_PATTERN, NAMED_LEADER_PATTERN, NAMED_LEADER_WORDS, ELECTION_TIMER_FIRED_PATTERN, ELECTION_STARTED_PATTERN, STEPPED_DOWN_PATTERN, SILENT_FOR_PATTERN, VOTE_PATTERN, STARTUP_PATTERN, NOT_A_DETECTION_PATTERN, NOT_A_KILL_PATTERN, COMMAND_KILL_PATTERN, EVENT_PATTERN_BIT, ALL_EVENT_PATTERNS, BUILT_IN_EVENT_PATTERNS;
var init_default_patterns = __esm({
  "src/log-events/default-patterns.ts"() {
    "use strict";
    DEFAULT_KILL_PATTERN = "received SIG(TERM|INT|KILL)|\\bSIG(TERM|INT|KILL)\\b|shutting down|\\bkill(ed)?\\b|terminated|stopped";
    DEFAULT_HEARTBEAT_PATTERN = "heartbeat timeout|heartbeat timed out|election timeout|election timer (fired|expired|elapsed)|no heartbeat|no (message|AppendEntries) from (the )?leader|timed out waiting for (a |the )?(leader|heartbeat)|leader( down\\b|\\b[^;]{0,20}(\\b(dead|gone|unreachable)\\b|(\\bis|\\bwas|\\bwent|\\bto be|\\bappears|\\bseems|\\d) down\\b))";
    DEFAULT_CONNECTION_PATTERN = "connection (to (the )?leader( n(ode)?[- ]?\\d{1,3})? )?(lost|closed|reset|refused|error)|disconnected from (the )?leader|leader may be down|leader\\b[^;]{0,24}\\bdisconnected\\b|lost (the )?(TCP streaming )?connection (to|with) (the )?(leader|peer)|connection reset by peer|closed by peer|peer closed|\\bEOF\\b|ECONNRESET|ECONNREFUSED|EPIPE|broken pipe|\\b(returned|returns) 0\\b";
    BECAME_LEADER_PATTERN = /\b(?:became|becoming|become|now|am|as)(?: the)? leader\b|\bwon (?:the )?election\b|\bwinning (?:the )?election\b|\b(?:state|role)\s?[=:]\s?"?leader\b|\btransition(?:ed|ing)? to leader\b|\bentering leader state\b/i;
    FOLLOWS_LEADER_PATTERN = /\b(?:following|follow|new|elected|current|accepted|recogni[sz]ed|found|known|detected)(?: the)? leader\b|\bleader (?:is|=|:)|\bleader[-_ ]?id\s?[=:]|\bleader\s?[=:]/i;
    NAMED_LEADER_PATTERN = /(?:^|[\s:,;|\]>)"'(])((?:kv[-_]?)?node[-_ ]?\d{1,4}|[\w.:@/-]{1,64}) (?:is|as)(?: the| now| our| its)?(?: new| current)? leader\b/i;
    NAMED_LEADER_WORDS = /\b(?:is|as)(?: the| now| our| its)?(?: new| current)? leader\b/i;
    ELECTION_TIMER_FIRED_PATTERN = /\b[0-9a-f]{8,16} is starting a new election\b/;
    ELECTION_STARTED_PATTERN = /\bbec(?:ame|oming|ome) (?:pre-?)?candidate\b|\bstart(?:ing|ed|s)? (?:a |an )?(?:new )?(?:pre-?vote |pre-?)?election\b|\brequesting votes\b|\bcampaign(?:ing|s)?\b|\bcalling (?:an )?election\b/i;
    STEPPED_DOWN_PATTERN = /\bstep(?:ping|ped|s)? down\b|\b(?:became|becoming|now) (?:a )?follower\b|\blost (?:the )?leadership\b|\bno longer (?:the )?leader\b/i;
    SILENT_FOR_PATTERN = /\bno (?:message|heartbeat)s? from (?:the )?leader\b[^\d\n]{0,24}(?:node-?\d{1,3}|n\d{1,3})?[^\d\n]{0,24}?(\d{1,7})\s?ms\b/i;
    VOTE_PATTERN = /\bvot(?:e|es|ed|ing)\b(?!["']?\s?[=:])|\bMsg(?:Pre)?Vote(?:Resp)?\b/i;
    STARTUP_PATTERN = /\bstarting\b|\bstarted\b|\blistening (?:on|at)\b|\bboot(?:ing|ed)?\b|\binitiali[sz](?:ing|ed)\b|\bserving\b|\brestart(?:ed|ing)\b/i;
    NOT_A_DETECTION_PATTERN = /\b(?:timeout|timer)\b[^.;,]{0,16}\b(?:reset|armed|set to|randomi[sz]ed|rescheduled|restarted|initiali[sz]ed)\b|\b(?:timer|timeout) (?:is )?armed\b|\b(?:received|got) (?:a |the )?heartbeat\b|\bheartbeat (?:from \S{1,40} )?received\b/i;
    NOT_A_KILL_PATTERN = /\b(?:timer|ticker|stream(?:s|ing)?|reader|writer|watch(?:er|ers)?|probe|probing|snapshot|compaction|goroutine|heartbeats?|ticks?|worker|loop|election)\b[^.;]{0,24}\b(?:stopped|killed|terminated)\b|\b(?:stopped|stop(?:ping)?) (?:streaming|sending|receiving|reading|writing|heartbeat|the (?:election )?timer|timer|probing|peer)\b|\b(?:peer|leader|member|remote)\b[^.;]{0,40}\b(?:stopped|killed|terminated|shutting down)\b|\b(?:stopped|killed|terminated) (?:responding|sending|talking)\b/i;
    COMMAND_KILL_PATTERN = /(?:^|[\s;&|(])(?:p?kill|killall|docker(?: compose)? (?:stop|kill|rm -f)|kubectl delete|systemctl (?:stop|kill)|podman (?:stop|kill))\b/i;
    EVENT_PATTERN_BIT = {
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
      steppedDown: 1 << 10
    };
    ALL_EVENT_PATTERNS = (1 << 11) - 1;
    BUILT_IN_EVENT_PATTERNS = [
      [EVENT_PATTERN_BIT.became, BECAME_LEADER_PATTERN],
      [EVENT_PATTERN_BIT.follows, FOLLOWS_LEADER_PATTERN],
      [EVENT_PATTERN_BIT.namedLeader, NAMED_LEADER_WORDS],
      [EVENT_PATTERN_BIT.election, ELECTION_STARTED_PATTERN],
      [EVENT_PATTERN_BIT.vote, VOTE_PATTERN],
      [EVENT_PATTERN_BIT.steppedDown, STEPPED_DOWN_PATTERN],
      [EVENT_PATTERN_BIT.startup, STARTUP_PATTERN],
      [EVENT_PATTERN_BIT.commandKill, COMMAND_KILL_PATTERN]
    ];
  }
});

// src/lesson/schema.ts
import { z as z2 } from "zod";
var lessonId, proofTimingSchema, proofSchema, clientSchema, lessonFrontMatterSchema, KNOWN_KEYS;
var init_schema = __esm({
  "src/lesson/schema.ts"() {
    "use strict";
    init_client_protocol();
    init_default_patterns();
    init_scenario_schema();
    lessonId = z2.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and dashes, starting with a letter or digit (e.g. "w12-l03")');
    proofTimingSchema = z2.object({
      window_ms: z2.int().positive().describe("A follower must log its detection at most this many ms after the kill."),
      followers: z2.int().positive().describe("How many followers must detect the dead leader."),
      kill_pattern: z2.string().min(1).default(DEFAULT_KILL_PATTERN).describe("Regex (case-insensitive) for the line that marks the kill; the earliest timestamped match is the kill time."),
      heartbeat_pattern: z2.string().min(1).default(DEFAULT_HEARTBEAT_PATTERN).describe("Regex for a follower noticing through its heartbeat/election timeout."),
      connection_pattern: z2.string().min(1).default(DEFAULT_CONNECTION_PATTERN).describe("Regex for a follower noticing through the connection to the leader closing.")
    }).describe("Optional timing criteria: followers must detect the dead leader within window_ms of the kill.");
    proofSchema = z2.object({
      type: z2.enum(["paste"]).describe('How the student proves the lesson: "paste" = pasted log output.'),
      instructions: z2.string().min(1).describe("Shown to the student next to the paste box."),
      regex_patterns: z2.array(z2.string().min(1)).min(1).describe("Each pattern must match somewhere in the paste (case-insensitive); alternatives with | inside one."),
      timing: proofTimingSchema.optional()
    });
    clientSchema = z2.object({
      write: z2.string().min(1).describe('Write template: "PUT http://127.0.0.1:{client_port}/kv/{key}" (value as body) or a shell command with {client_port} {key} {value}.'),
      read: z2.string().min(1).optional().describe('Read template: "GET http://\u2026/kv/{key}" or a command printing the value; default GET of the write URL.')
    }).superRefine((block, ctx) => {
      const parsed = parseLessonClient(block);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message, path: [/^read\b/.test(parsed.message) ? "read" : "write"] });
    }).describe("How the scenario writes and reads keys on a student's cluster (the bundled kv_node always speaks the default protocol).");
    lessonFrontMatterSchema = z2.object({
      id: lessonId.describe("Stable lesson id, also the CLI argument (verify-lesson w12-l03)."),
      title: z2.string().min(1),
      order: z2.int().nonnegative().optional(),
      duration_minutes: z2.int().positive().optional(),
      xp: z2.int().nonnegative().describe("Experience points awarded when the proof passes."),
      kind: z2.enum(["lesson", "lab", "quiz", "project"]).default("lesson"),
      part: z2.string().min(1).optional(),
      proof: proofSchema,
      client: clientSchema.optional(),
      scenario: scenarioSchema.optional()
    }).describe("Front-matter of a verify-lesson lesson file.");
    KNOWN_KEYS = {
      "": Object.keys(lessonFrontMatterSchema.shape),
      proof: Object.keys(proofSchema.shape),
      "proof.timing": Object.keys(proofTimingSchema.shape),
      client: Object.keys(clientSchema.shape),
      scenario: Object.keys(scenarioSchema.shape)
    };
  }
});

// src/lesson/split-sections.ts
function slugifyHeading(title) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
function splitSections(body, firstLine) {
  const lines2 = body.split(/\r?\n/);
  const sections = [];
  let fence;
  lines2.forEach((raw, i) => {
    const fileLine = firstLine + i;
    const current = sections[sections.length - 1];
    if (fence) {
      const close = raw.trim();
      if (close.startsWith(fence.marker[0].repeat(fence.marker.length)) && /^[`~]+$/.test(close)) {
        current?.codeBlocks.push({ lang: fence.lang, code: fence.code.join("\n"), line: fence.line });
        fence = void 0;
      } else {
        fence.code.push(raw);
      }
      current?.text.push(raw);
      return;
    }
    const open = FENCE.exec(raw);
    if (open) {
      fence = { marker: open[1], lang: open[2] ?? "", line: fileLine + 1, code: [] };
      current?.text.push(raw);
      return;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      sections.push({ title: heading[1], line: fileLine, text: [], codeBlocks: [] });
      return;
    }
    current?.text.push(raw);
  });
  return sections.map((s) => ({
    title: s.title,
    slug: slugifyHeading(s.title),
    line: s.line,
    text: s.text.join("\n").trim(),
    codeBlocks: s.codeBlocks
  }));
}
var FENCE, HEADING;
var init_split_sections = __esm({
  "src/lesson/split-sections.ts"() {
    "use strict";
    FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)?.*$/;
    HEADING = /^##\s+(.+?)\s*#*\s*$/;
  }
});

// src/lesson/parse-lesson.ts
import matter from "gray-matter";
function findFrontMatter(lines2) {
  if (!DELIMITER.test(lines2[0] ?? "")) return void 0;
  const close = lines2.findIndex((line2, i) => i > 0 && DELIMITER.test(line2));
  if (close < 0) return void 0;
  return { lines: lines2.slice(1, close), firstLine: 2, bodyLine: close + 2 };
}
function valueAt(data, path) {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return void 0;
    value = value[segment];
  }
  return value;
}
function describeExpected(issue) {
  switch (issue.code) {
    case "invalid_type":
      return ARTICLE[issue.expected] ?? issue.expected;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      if (issue.origin === "array") return `a list with at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === "string") return "a non-empty string";
      return `a number ${issue.inclusive ? ">=" : ">"} ${String(issue.minimum)}`;
    case "too_big":
      return `a value ${issue.inclusive ? "<=" : "<"} ${String(issue.maximum)}`;
    case "invalid_format":
      return issue.message;
    default:
      return issue.message;
  }
}
function issueToFinding(issue, data, locate, file) {
  const found = valueAt(data, issue.path);
  const path = formatFieldPath(issue.path);
  const where = { file, path, line: locate(issue.path) };
  if (issue.code === "invalid_type" && found === void 0) {
    return createFinding("LESSON_FIELD_MISSING", "error", { expected: describeExpected(issue) }, where);
  }
  if (path === "proof.type" && issue.code === "invalid_value") {
    return createFinding("LESSON_PROOF_TYPE_UNKNOWN", "error", { found, allowed: issue.values }, where);
  }
  return createFinding("LESSON_FIELD_INVALID", "error", { expected: describeExpected(issue), found: found ?? null }, where);
}
function unknownKeyFindings(data, locate, file) {
  const findings = [];
  for (const [scope, known] of Object.entries(KNOWN_KEYS)) {
    const prefix = scope === "" ? [] : scope.split(".");
    const object = valueAt(data, prefix);
    if (object === null || typeof object !== "object" || Array.isArray(object)) continue;
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue;
      const path = [...prefix, key];
      findings.push(
        createFinding(
          "LESSON_KEY_UNKNOWN",
          "warning",
          { key, suggestion: suggestClosest(key, known) },
          { file, path: formatFieldPath(path), line: locate(path) }
        )
      );
    }
  }
  return findings;
}
function regexFindings(front, locate, file) {
  const findings = [];
  for (const { path, pattern } of listLessonPatterns(front)) {
    try {
      new RegExp(pattern, "i");
    } catch (error) {
      const reason = error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "");
      findings.push(createFinding("LESSON_REGEX_INVALID", "error", { pattern, reason }, { file, path: formatFieldPath(path), line: locate(path) }));
    }
  }
  return findings;
}
function detach(value) {
  return structuredClone(value);
}
function parseLesson(source, file) {
  const text2 = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  const lines2 = text2.split(/\r?\n/);
  const block = findFrontMatter(lines2);
  if (!block) {
    const unclosed = DELIMITER.test(lines2[0] ?? "");
    return { findings: [createFinding("LESSON_FRONT_MATTER_MISSING", "error", { unclosed }, { file, line: 1 })] };
  }
  let data;
  let content;
  try {
    const parsed = matter(text2, { excerpt: false });
    data = detach(parsed.data);
    content = parsed.content;
  } catch (error) {
    const yamlError = error;
    const yamlLine = yamlError.mark?.line;
    return {
      findings: [
        createFinding(
          "LESSON_YAML_INVALID",
          "error",
          { reason: yamlError.reason ?? yamlError.message ?? String(error), column: (yamlError.mark?.column ?? 0) + 1 },
          // js-yaml counts from the "---" line (the block it gets starts with that line's newline).
          { file, line: yamlLine === void 0 ? block.firstLine : yamlLine + 1 }
        )
      ]
    };
  }
  const locate = (path) => locateField(block.lines, block.firstLine, path.filter((p) => typeof p !== "symbol")) ?? 1;
  if (data === null || typeof data !== "object" || Array.isArray(data) || Object.keys(data).length === 0) {
    return {
      findings: [
        createFinding(
          "LESSON_FIELD_INVALID",
          "error",
          { expected: "a mapping of fields (id, title, xp, proof, ...)", found: Array.isArray(data) ? "a list" : data ?? "nothing" },
          { file, line: block.firstLine }
        )
      ]
    };
  }
  const findings = unknownKeyFindings(data, locate, file);
  const scenario = checkScenario(data.scenario, locate, file);
  findings.push(...scenario.findings);
  const result = lessonFrontMatterSchema.safeParse(data);
  if (!result.success) {
    const explained = (issue) => {
      const path = formatFieldPath(issue.path);
      return [...scenario.covered].some((covered) => path === covered || path.startsWith(`${covered}.`) || path.startsWith(`${covered}[`));
    };
    findings.push(...result.error.issues.filter((issue) => !explained(issue)).map((issue) => issueToFinding(issue, data, locate, file)));
    return { findings };
  }
  if (hasErrors(findings)) return { findings };
  findings.push(...regexFindings(result.data, locate, file));
  if (hasErrors(findings)) return { findings };
  const lesson2 = {
    ...result.data,
    ...file === void 0 ? {} : { file },
    body: content,
    sections: splitSections(lines2.slice(block.bodyLine - 1).join("\n"), block.bodyLine)
  };
  return { lesson: lesson2, findings };
}
var DELIMITER, ARTICLE;
var init_parse_lesson = __esm({
  "src/lesson/parse-lesson.ts"() {
    "use strict";
    init_finding();
    init_did_you_mean();
    init_lesson_patterns();
    init_check_scenario();
    init_locate_field();
    init_schema();
    init_split_sections();
    DELIMITER = /^---\s*$/;
    ARTICLE = {
      string: "a string",
      number: "a number",
      int: "an integer",
      boolean: "true or false",
      array: "a list",
      object: "a mapping of fields"
    };
  }
});

// src/catalog/bundled-lessons-dir.ts
var init_bundled_lessons_dir = __esm({
  "src/catalog/bundled-lessons-dir.ts"() {
    "use strict";
  }
});

// src/catalog/load-lessons.ts
import fg from "fast-glob";
var init_load_lessons = __esm({
  "src/catalog/load-lessons.ts"() {
    "use strict";
    init_errors();
    init_finding();
    init_did_you_mean();
    init_parse_lesson();
    init_bundled_lessons_dir();
  }
});

// src/log-events/attribute-node.ts
function readNodeName(s, i, limit, short = false) {
  let p = i;
  if (lowerAt(s, p) === 107 && lowerAt(s, p + 1) === 118) {
    p += 2;
    const sep2 = s.charCodeAt(p);
    if (sep2 === 45 || sep2 === 95) p++;
  }
  if (lowerAt(s, p) === 110 && lowerAt(s, p + 1) === 111 && lowerAt(s, p + 2) === 100 && lowerAt(s, p + 3) === 101) {
    p += 4;
  } else if (short && p === i && lowerAt(s, p) === 110) {
    p += 1;
  } else return void 0;
  let bracket = false;
  const sep = s.charCodeAt(p);
  if (sep === 45 || sep === 95) p++;
  else if (sep === 91 && p - i >= 4) {
    bracket = true;
    p++;
  }
  const start = p;
  let id = 0;
  while (p < limit && p - start < 5 && isDigit(s.charCodeAt(p))) {
    id = id * 10 + s.charCodeAt(p) - 48;
    p++;
  }
  if (p === start) return void 0;
  if (bracket) {
    if (s.charCodeAt(p) !== 93) return void 0;
    p++;
  } else if (p < limit && isWordChar(s.charCodeAt(p))) return void 0;
  return { label: nodeLabel(id), end: p };
}
function previousWord(s, index) {
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
function findOwnNode(text2) {
  return findOwnNodeForm(text2)?.label;
}
function findOwnNodeForm(text2) {
  NODE_ANY.lastIndex = 0;
  let pid;
  for (let m = NODE_ANY.exec(text2); m; m = NODE_ANY.exec(text2)) {
    if (m[4] !== void 0) {
      if (MENTION_WORDS.has(previousWord(text2, m.index))) continue;
      const before = text2.charCodeAt(m.index - 1);
      if (before === 47 || before === 46) continue;
      return { label: nodeLabel(Number(m[4])), bracket: false };
    }
    if (m[2] !== void 0) {
      pid ??= { label: nodeLabel(Number(m[2])), bracket: true };
      continue;
    }
    return { label: nodeLabel(Number(m[1] ?? m[3])), bracket: false };
  }
  return pid;
}
function findMentionedNodes(text2) {
  const nodes = /* @__PURE__ */ new Set();
  NODE_ANY.lastIndex = 0;
  for (let m = NODE_ANY.exec(text2); m; m = NODE_ANY.exec(text2)) nodes.add(nodeLabel(Number(m[1] ?? m[2] ?? m[3] ?? m[4])));
  ID_FLAG.lastIndex = 0;
  for (let m = ID_FLAG.exec(text2); m; m = ID_FLAG.exec(text2)) nodes.add(nodeLabel(Number(m[1])));
  return [...nodes];
}
function findNodeInPath(path) {
  const m = PATH_NODE.exec(path) ?? /(?:^|[^a-z0-9])(?:kv[-_]?)?node[-_]?(\d{1,4})/i.exec(path);
  return m ? nodeLabel(Number(m[1])) : void 0;
}
function findJsonNode(text2) {
  const m = JSON_NODE.exec(text2);
  if (!m) return void 0;
  if (m[2] !== void 0) return nodeLabel(Number(m[2]));
  const value = m[1];
  if (/^\d{1,6}$/.test(value)) return nodeLabel(Number(value));
  const named = readNodeName(value, 0, value.length, true);
  if (named && named.end === value.length) return named.label;
  return /^[\w.-]{1,32}$/.test(value) ? value : void 0;
}
var LABELS, nodeLabel, lowerAt, isDigit, isWordChar, MENTION_WORDS, NODE_ANY, ID_FLAG, PATH_NODE, JSON_NODE;
var init_attribute_node = __esm({
  "src/log-events/attribute-node.ts"() {
    "use strict";
    LABELS = [];
    nodeLabel = (id) => {
      if (typeof id === "string") return id;
      if (id < 4096) return LABELS[id] ??= `node${id}`;
      return `node${id}`;
    };
    lowerAt = (s, i) => s.charCodeAt(i) | 32;
    isDigit = (c) => c >= 48 && c <= 57;
    isWordChar = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
    MENTION_WORDS = /* @__PURE__ */ new Set([
      "leader",
      "to",
      "from",
      "peer",
      "peers",
      "for",
      "of",
      "with",
      "by",
      "vote",
      "votes",
      "voted",
      "granted",
      "rejected",
      "contact",
      "contacting",
      "dial",
      "dialing",
      "dialling",
      "connect",
      "connecting",
      "connected",
      "reach",
      "reaching",
      "send",
      "sending",
      "sent",
      "replicate",
      "replicating",
      "replicated",
      "append",
      "ping",
      "pinging",
      "lost",
      "and",
      "killed",
      "kill",
      "killing",
      "stop",
      "stopping",
      "stopped"
    ]);
    NODE_ANY = /\[(?:kv[-_]?)?(?:node[-_]?|n)(\d{1,4})\]|\b(?:kv[-_]?)?node\[(\d{1,4})\]|\b(?:node[-_]?id|nodeid|node|id)["']?\s?[=:]\s?["']?(?:(?:kv[-_]?)?node[-_]?|n)?(\d{1,4})\b|\b(?:kv[-_]?)?node[-_]?(\d{1,4})\b/gi;
    ID_FLAG = /--(?:node-?)?id[= ](\d{1,4})\b/gi;
    PATH_NODE = /(?:^|[^a-z0-9])(?:kv[-_]?)?(?:node[-_]?|n)(\d{1,4})(?![a-z0-9])/i;
    JSON_NODE = /"(?:node_id|nodeId|node_name|nodeName|node|id|server_id|serverId|member|name)"\s*:\s*(?:"([^"\\]{1,40})"|(\d{1,6})\b)/;
  }
});

// src/log-events/classify-line.ts
function buildUnion(patterns, may) {
  const sources = [];
  const lesson2 = [[EVENT_PATTERN_BIT.kill, patterns.kill], [EVENT_PATTERN_BIT.heartbeat, patterns.heartbeat], [EVENT_PATTERN_BIT.connection, patterns.connection]];
  for (const [bit, test] of lesson2) {
    if ((may & bit) === 0) continue;
    if (test.engine !== "v8" || test.source === void 0 || /\\[1-9]|\(\?<(?![=!])/.test(test.source)) return null;
    sources.push(test.source);
  }
  for (const [bit, regex] of BUILT_IN_EVENT_PATTERNS) if ((may & bit) !== 0) sources.push(regex.source);
  if (sources.length < 2) return null;
  const key = sources.join("\n");
  let union2 = unionCache.get(key);
  if (!union2) {
    union2 = new RegExp(sources.map((source) => `(?:${source})`).join("|"), "i");
    if (unionCache.size >= UNION_CACHE_SIZE) unionCache.clear();
    unionCache.set(key, union2);
  }
  return union2;
}
function unionsFor(patterns) {
  let byHeartbeat = unionsByPatterns.get(patterns.kill);
  if (!byHeartbeat) unionsByPatterns.set(patterns.kill, byHeartbeat = /* @__PURE__ */ new WeakMap());
  let byConnection = byHeartbeat.get(patterns.heartbeat);
  if (!byConnection) byHeartbeat.set(patterns.heartbeat, byConnection = /* @__PURE__ */ new WeakMap());
  let perMask = byConnection.get(patterns.connection);
  if (!perMask) byConnection.set(patterns.connection, perMask = /* @__PURE__ */ new Map());
  return perMask;
}
function createAnyMatchTest(patterns) {
  const perMask = unionsFor(patterns);
  return (text2, may) => {
    let entry = perMask.get(may);
    if (entry === void 0) perMask.set(may, entry = { lines: 0, union: null });
    if (entry.lines < UNION_AFTER_LINES) {
      if (++entry.lines === UNION_AFTER_LINES) entry.union = buildUnion(patterns, may);
      return true;
    }
    return entry.union === null || entry.union.test(text2);
  };
}
function normalizeNodeToken(token) {
  const clean = token.replace(/^["'[(<]+|["'\])>,.;:!?]+$/g, "");
  const spaced = /^node (\d{1,4})$/i.exec(clean);
  if (spaced) return nodeLabel(Number(spaced[1]));
  if (clean === "" || clean.length > 64 || NOT_NAMES.has(clean.toLowerCase())) return void 0;
  const named = readNodeName(clean, 0, clean.length, true);
  if (named && named.end === clean.length) return named.label;
  if (/^\d{1,6}$/.test(clean)) return clean === "0" ? void 0 : nodeLabel(Number(clean));
  if (/^[0-9a-f]{8,16}$/i.test(clean)) return /^0+$/.test(clean) ? void 0 : clean.toLowerCase();
  if (!/^[\w.:@/-]+$/.test(clean) || !/[\d.:-]/.test(clean)) return void 0;
  return clean;
}
function leaderNamed(text2) {
  LEADER_WORD.lastIndex = 0;
  for (let m = LEADER_WORD.exec(text2); m; m = LEADER_WORD.exec(text2)) {
    const rest = /^\s?(?:is\s+|was\s+|[=:]\s?|changed to\s+|now\s+)?["'[(]?((?:node|n) \d{1,4}\b|[\w.:@/-]{1,64})/i.exec(text2.slice(m.index + m[0].length, m.index + m[0].length + 80));
    const name = rest ? normalizeNodeToken(rest[1]) : void 0;
    if (name !== void 0) return name;
  }
  return void 0;
}
function describeDetection(text2, heartbeat2) {
  const leader = leaderNamed(text2);
  const extra = leader === void 0 ? {} : { leader };
  if (!heartbeat2) return extra;
  const silent = SILENT_FOR_PATTERN.exec(text2);
  if (silent) extra.silentMs = Number(silent[1]);
  if (ELECTION_STARTED_PATTERN.test(text2)) extra.startsElection = true;
  return extra;
}
function leaderNamedBefore(text2) {
  if (!text2.includes("leader") && !text2.includes("Leader") && !text2.includes("LEADER")) return void 0;
  const m = NAMED_LEADER_PATTERN.exec(text2);
  return m ? normalizeNodeToken(m[1]) : void 0;
}
function classifyLineText(text2, patterns, options = {}) {
  const may = options.mayMatch ?? ALL_EVENT_PATTERNS;
  if (options.isCommand) {
    if (!(may & EVENT_PATTERN_BIT.commandKill && COMMAND_KILL_PATTERN.test(text2)) && !(may & EVENT_PATTERN_BIT.kill && patterns.kill.test(text2))) return { kind: "other" };
    const named = findMentionedNodes(text2);
    const pid = KILL_PID.exec(text2);
    const meaning = { kind: "kill" };
    if (named.length === 1) meaning.target = named[0];
    if (pid) meaning.pid = Number(pid[1]);
    return meaning;
  }
  if (options.anyMatch !== void 0 && !options.anyMatch(text2, may)) return { kind: "other" };
  const base2 = (kind, extra) => {
    const meaning = { kind };
    if (kind !== "other" && kind !== "startup") {
      const termMatch = TERM.exec(text2);
      if (termMatch) meaning.term = Number(termMatch[1]);
      const subjectMatch = SUBJECT_ID.exec(text2);
      if (subjectMatch && /\d/.test(subjectMatch[1])) meaning.subject = subjectMatch[1];
    }
    if (extra) Object.assign(meaning, extra);
    return meaning;
  };
  const heartbeat2 = (may & EVENT_PATTERN_BIT.heartbeat) !== 0 && patterns.heartbeat.test(text2) && !NOT_A_DETECTION_PATTERN.test(text2);
  const connection2 = !heartbeat2 && (may & EVENT_PATTERN_BIT.connection) !== 0 && patterns.connection.test(text2) && !NOT_A_DETECTION_PATTERN.test(text2);
  if ((may & EVENT_PATTERN_BIT.kill) !== 0 && patterns.kill.test(text2)) {
    let notKill;
    if (heartbeat2 || connection2) notKill = "detection";
    else if (NOT_A_KILL_PATTERN.test(text2)) notKill = /\b(?:peer|leader|member|remote)\b/i.test(text2) ? "peer" : "component";
    if (notKill === void 0) {
      const named = options.ownNode === void 0 ? findMentionedNodes(text2) : [];
      const target2 = named.length === 1 ? named[0] : options.ownNode === void 0 && named.length === 0 ? leaderNamedBefore(text2) : void 0;
      return base2("kill", target2 === void 0 ? {} : { target: target2 });
    }
    if (notKill !== "detection") return base2("other", { notKill });
    return base2(heartbeat2 ? "heartbeat-timeout" : "connection-lost", { ...describeDetection(text2, heartbeat2), notKill });
  }
  if (heartbeat2 || connection2) {
    if ((may & EVENT_PATTERN_BIT.steppedDown) !== 0 && STEPPED_DOWN_PATTERN.test(text2)) return base2("stepped-down");
    return base2(heartbeat2 ? "heartbeat-timeout" : "connection-lost", describeDetection(text2, heartbeat2));
  }
  const namedLeader = (may & EVENT_PATTERN_BIT.namedLeader) !== 0 ? leaderNamedBefore(text2) : void 0;
  if (namedLeader !== void 0) {
    const own = options.ownNode;
    return namedLeader === own ? base2("became-leader", { leader: own }) : base2("follows-leader", { leader: namedLeader });
  }
  if ((may & EVENT_PATTERN_BIT.became) !== 0 && BECAME_LEADER_PATTERN.test(text2) && !/\bno leader\b|\bnot (?:the )?leader\b|\bstep(?:ped|s|ping)? down\b/i.test(text2)) {
    const meaning = base2("became-leader");
    const leader = options.ownNode ?? meaning.subject;
    return leader === void 0 ? meaning : { ...meaning, leader };
  }
  if ((may & EVENT_PATTERN_BIT.election) !== 0 && ELECTION_STARTED_PATTERN.test(text2)) {
    return ELECTION_TIMER_FIRED_PATTERN.test(text2) ? base2("heartbeat-timeout", { startsElection: true }) : base2("election-started");
  }
  if ((may & EVENT_PATTERN_BIT.follows) !== 0 && FOLLOWS_LEADER_PATTERN.test(text2)) {
    const leader = leaderNamed(text2);
    if (leader !== void 0) return base2("follows-leader", { leader });
  }
  if ((may & EVENT_PATTERN_BIT.steppedDown) !== 0 && STEPPED_DOWN_PATTERN.test(text2)) return base2("stepped-down");
  if ((may & EVENT_PATTERN_BIT.vote) !== 0 && VOTE_PATTERN.test(text2)) return base2("vote");
  if ((may & EVENT_PATTERN_BIT.startup) !== 0 && STARTUP_PATTERN.test(text2)) return base2("startup");
  return base2("other");
}
var UNION_CACHE_SIZE, unionCache, unionsByPatterns, UNION_AFTER_LINES, TERM, SUBJECT_ID, LEADER_WORD, KILL_PID, NOT_NAMES;
var init_classify_line = __esm({
  "src/log-events/classify-line.ts"() {
    "use strict";
    init_attribute_node();
    init_default_patterns();
    UNION_CACHE_SIZE = 256;
    unionCache = /* @__PURE__ */ new Map();
    unionsByPatterns = /* @__PURE__ */ new WeakMap();
    UNION_AFTER_LINES = 64;
    TERM = /\bterm\b["']?\s?[=:]?\s?["']?(\d{1,9})\b/i;
    SUBJECT_ID = /(?:^|[\s|:"])([0-9a-f]{16}|[0-9a-f]{8})(?= (?:became|becoming|is |received|elected|lost|cast|\[|has |stepped|starting|changed|switched|won|granted|rejected|campaign))/;
    LEADER_WORD = /\bleader(?:[-_ ]?id)?\b/gi;
    KILL_PID = /\bkill\b(?:\s+-(?:s\s+)?\w+)*\s+(\d{1,8})\b/i;
    NOT_NAMES = /* @__PURE__ */ new Set([
      "for",
      "yet",
      "in",
      "at",
      "of",
      "is",
      "was",
      "the",
      "a",
      "an",
      "none",
      "unknown",
      "nil",
      "null",
      "elected",
      "changed",
      "election",
      "term",
      "to",
      "from",
      "and",
      "with",
      "lost",
      "down",
      "unreachable",
      "disconnected",
      "found",
      "now",
      "node",
      "state",
      "lease",
      "heartbeat",
      "heartbeats",
      "has",
      "by",
      "on",
      "not",
      "no",
      "since",
      "after",
      "before",
      "as",
      "be",
      "being",
      "id",
      "leader",
      "leaders",
      "follower",
      "candidate",
      "self",
      "me",
      "this",
      "it",
      "unknown.",
      "elected"
    ]);
  }
});

// src/log-events/paste-lines.ts
function indexLines(text2) {
  let capacity = Math.max(16, Math.min(1 << 16, Math.ceil(text2.length / 48)));
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  let start = 0;
  while (start < text2.length) {
    let end = text2.indexOf("\n", start);
    if (end < 0) end = text2.length;
    if (count === capacity) {
      capacity *= 2;
      const s = new Int32Array(capacity);
      s.set(starts);
      starts = s;
      const e = new Int32Array(capacity);
      e.set(ends);
      ends = e;
    }
    starts[count] = start;
    ends[count] = end;
    count++;
    start = end + 1;
  }
  return { text: text2, starts, ends, count };
}
function lineAt(lines2, offset) {
  let lo = 0;
  let hi = lines2.count - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lines2.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function lineText(lines2, index, capChars = Infinity) {
  const start = lines2.starts[index];
  const end = lines2.ends[index];
  return lines2.text.slice(start, end - start > capChars ? start + capChars : end);
}
function excerptOf(line2, matchStart = 0, matchLength = 0) {
  const trimmed = line2.trimEnd();
  if (trimmed.length <= EXCERPT_CHARS) return trimmed.trimStart();
  const from = Math.max(0, Math.min(matchStart - 40, trimmed.length - EXCERPT_CHARS));
  const to = Math.min(trimmed.length, Math.max(from + EXCERPT_CHARS, matchStart + matchLength));
  return `${from > 0 ? "\u2026" : ""}${trimmed.slice(from, to).trim()}${to < trimmed.length ? "\u2026" : ""}`;
}
var EXCERPT_CHARS;
var init_paste_lines = __esm({
  "src/log-events/paste-lines.ts"() {
    "use strict";
    EXCERPT_CHARS = 160;
  }
});

// src/log-events/parse-timestamp.ts
function digits(s, i, n) {
  let value = 0;
  for (let k = 0; k < n; k++) {
    const d = digitAt(s, i + k);
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(days) {
  const z7 = days + 719468;
  const era = Math.floor(z7 / 146097);
  const doe = z7 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}
function parseClock(s, i, limit) {
  let hour = digits(s, i, 2);
  let p = i + 2;
  if (hour < 0) {
    hour = digits(s, i, 1);
    p = i + 1;
  }
  if (hour < 0 || hour > 23 || s.charCodeAt(p) !== 58) return void 0;
  const minute = digits(s, p + 1, 2);
  if (minute < 0 || minute > 59 || s.charCodeAt(p + 3) !== 58) return void 0;
  const second = digits(s, p + 4, 2);
  if (second < 0 || second > 60) return void 0;
  p += 6;
  let micros = 0;
  let fractionDigits = 0;
  const sep = s.charCodeAt(p);
  if ((sep === 46 || sep === 44) && digitAt(s, p + 1) >= 0) {
    p++;
    while (p < limit && fractionDigits < 9) {
      const d = digitAt(s, p);
      if (d < 0) break;
      if (fractionDigits < 6) micros = micros * 10 + d;
      fractionDigits++;
      p++;
    }
    for (let k = fractionDigits; k < 6; k++) micros *= 10;
  }
  const next = s.charCodeAt(p);
  if (next >= 48 && next <= 57 || next === 58) return void 0;
  if (next === 32 && hour >= 1 && hour <= 12) {
    const a = s.charCodeAt(p + 1) | 32;
    const after = s.charCodeAt(p + 3);
    if ((a === 97 || a === 112) && (s.charCodeAt(p + 2) | 32) === 109 && !((after | 32) >= 97 && (after | 32) <= 122)) {
      hour = hour % 12 + (a === 112 ? 12 : 0);
      p += 3;
    }
  }
  return { dayMs: ((hour * 60 + minute) * 60 + second) * 1e3 + micros / 1e3, fractionDigits, end: p };
}
function parseZone(s, p) {
  const c = s.charCodeAt(p);
  if (c === 90 || c === 122) return { offsetMin: 0, end: p + 1 };
  let q = p;
  let sign = c;
  if (c === 32) {
    sign = s.charCodeAt(p + 1);
    if (sign !== 43 && sign !== 45 || digits(s, p + 2, 4) < 0) return void 0;
    q = p + 1;
  }
  if (sign !== 43 && sign !== 45) return void 0;
  const hours = digits(s, q + 1, 2);
  if (hours < 0 || hours > 14) return void 0;
  let end = q + 3;
  let minutes = 0;
  if (s.charCodeAt(end) === 58 && digits(s, end + 1, 2) >= 0) {
    minutes = digits(s, end + 1, 2);
    end += 3;
  } else if (digits(s, end, 2) >= 0) {
    minutes = digits(s, end, 2);
    end += 2;
  }
  if (digitAt(s, end) >= 0) return void 0;
  const offset = hours * 60 + minutes;
  return { offsetMin: sign === 45 ? -offset : offset, end };
}
function parseDateTime(s, i, limit) {
  const year = digits(s, i, 4);
  const sep = s.charCodeAt(i + 4);
  const month = digits(s, i + 5, 2);
  const day = digits(s, i + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || s.charCodeAt(i + 7) !== sep) return void 0;
  const t = s.charCodeAt(i + 10);
  if (t !== 84 && t !== 116 && t !== 32 && t !== 95) return void 0;
  const clock = parseClock(s, i + 11, limit);
  if (!clock || clock.dayMs < 0) return void 0;
  const zone = parseZone(s, clock.end);
  const days = daysFromCivil(year, month, day);
  const format = sep === 47 ? "go" : t === 32 && s.charCodeAt(i + 19) === 44 ? "python" : "iso-8601";
  return {
    kind: "absolute",
    ms: days * DAY_MS + clock.dayMs - (zone ? zone.offsetMin * 6e4 : 0),
    dayMs: clock.dayMs,
    yearMs: yearMsOf(month, day, clock.dayMs),
    precisionMs: precisionOf(clock.fractionDigits),
    format,
    zoned: zone !== void 0,
    end: zone ? zone.end : clock.end
  };
}
function parseUsDateTime(s, i, limit) {
  const month = digits(s, i, 2);
  const day = digits(s, i + 3, 2);
  const year = digits(s, i + 6, 4);
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 0 || s.charCodeAt(i + 10) !== 32) return void 0;
  const clock = parseClock(s, i + 11, limit);
  if (!clock) return void 0;
  return {
    kind: "absolute",
    ms: daysFromCivil(year, month, day) * DAY_MS + clock.dayMs,
    dayMs: clock.dayMs,
    yearMs: yearMsOf(month, day, clock.dayMs),
    precisionMs: precisionOf(clock.fractionDigits),
    format: "us-date",
    zoned: false,
    end: clock.end
  };
}
function parseEpoch(s, i, limit) {
  let n = 0;
  while (i + n < limit && n < 20 && digitAt(s, i + n) >= 0) n++;
  if (n !== 10 && n !== 13 && n !== 16 && n !== 19) return void 0;
  let p = i + n;
  let ms2;
  let fractionDigits;
  if (n === 10) {
    ms2 = digits(s, i, 10) * 1e3;
    fractionDigits = 0;
  } else {
    ms2 = digits(s, i, 13);
    ms2 += n > 13 ? digits(s, i + 13, 3) / 1e3 : 0;
    fractionDigits = n === 13 ? 3 : 6;
  }
  if ((n === 10 || n === 13) && s.charCodeAt(p) === 46 && digitAt(s, p + 1) >= 0) {
    p++;
    let scale = n === 10 ? 100 : 0.1;
    let extra = 0;
    while (p < limit && digitAt(s, p) >= 0) {
      if (extra < (n === 10 ? 6 : 3)) {
        ms2 += digitAt(s, p) * scale;
        scale /= 10;
        extra++;
      }
      p++;
    }
    fractionDigits = n === 10 ? extra : 3 + extra;
    ms2 = Math.round(ms2 * 1e3) / 1e3;
  }
  const next = s.charCodeAt(p);
  if (next === 58 || next === 45 || next === 47 || next >= 65 && next <= 90 || next >= 97 && next <= 122) return void 0;
  const days = Math.floor(ms2 / DAY_MS);
  const dayMs = ms2 - days * DAY_MS;
  const { month, day } = civilFromDays(days);
  const format = n === 10 ? "epoch-s" : n === 13 ? "epoch-ms" : n === 16 ? "epoch-us" : "epoch-ns";
  return { kind: "absolute", ms: ms2, dayMs, yearMs: yearMsOf(month, day, dayMs), precisionMs: precisionOf(fractionDigits), format, zoned: true, end: p };
}
function parseSyslog(s, i, limit) {
  const month = MONTHS.indexOf(s.slice(i, i + 3).toLowerCase()) + 1;
  if (month === 0 || s.charCodeAt(i + 3) !== 32) return void 0;
  let p = i + 4;
  if (s.charCodeAt(p) === 32) p++;
  let day = digits(s, p, 2);
  if (day >= 0) p += 2;
  else {
    day = digits(s, p, 1);
    p += 1;
  }
  if (day < 1 || day > 31 || s.charCodeAt(p) !== 32) return void 0;
  const clock = parseClock(s, p + 1, limit);
  if (!clock) return void 0;
  const yearMs = yearMsOf(month, day, clock.dayMs);
  return { kind: "yearless", ms: yearMs, dayMs: clock.dayMs, yearMs, precisionMs: precisionOf(clock.fractionDigits), format: "syslog", zoned: false, end: clock.end };
}
function parseGlog(s, i, limit) {
  const month = digits(s, i + 1, 2);
  const day = digits(s, i + 3, 2);
  if (month < 1 || month > 12 || day < 1 || day > 31 || s.charCodeAt(i + 5) !== 32) return void 0;
  const clock = parseClock(s, i + 6, limit);
  if (!clock) return void 0;
  const yearMs = yearMsOf(month, day, clock.dayMs);
  return { kind: "yearless", ms: yearMs, dayMs: clock.dayMs, yearMs, precisionMs: precisionOf(clock.fractionDigits), format: "glog", zoned: false, end: clock.end };
}
function parseTimestampAt(s, i, limit = s.length) {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) {
    if (s.charCodeAt(i + 2) === 47 && s.charCodeAt(i + 5) === 47) return parseUsDateTime(s, i, limit);
    const sep = s.charCodeAt(i + 4);
    if ((sep === 45 || sep === 47) && digits(s, i, 4) >= 0) return parseDateTime(s, i, limit);
    const epoch = parseEpoch(s, i, limit);
    if (epoch) return epoch;
    const clock = parseClock(s, i, limit);
    if (!clock) return void 0;
    return {
      kind: "time-of-day",
      ms: clock.dayMs,
      dayMs: clock.dayMs,
      yearMs: clock.dayMs,
      precisionMs: precisionOf(clock.fractionDigits),
      format: "time-of-day",
      zoned: false,
      end: clock.end
    };
  }
  if (c === 73 || c === 87 || c === 69 || c === 70) {
    if (digitAt(s, i + 1) >= 0) return parseGlog(s, i, limit);
  }
  if (c >= 65 && c <= 90 || c >= 97 && c <= 122) return parseSyslog(s, i, limit);
  return void 0;
}
function stampFromEpochNumber(value) {
  if (!Number.isFinite(value) || value <= 0) return void 0;
  let ms2;
  let precisionMs;
  let format;
  if (value < 1e11) [ms2, precisionMs, format] = [value * 1e3, Number.isInteger(value) ? 1e3 : 1, "epoch-s"];
  else if (value < 1e14) [ms2, precisionMs, format] = [value, 1, "epoch-ms"];
  else if (value < 1e17) [ms2, precisionMs, format] = [value / 1e3, 1e-3, "epoch-us"];
  else [ms2, precisionMs, format] = [value / 1e6, 1e-3, "epoch-ns"];
  ms2 = Math.round(ms2 * 1e3) / 1e3;
  const days = Math.floor(ms2 / DAY_MS);
  const dayMs = ms2 - days * DAY_MS;
  const { month, day } = civilFromDays(days);
  return { kind: "absolute", ms: ms2, dayMs, yearMs: yearMsOf(month, day, dayMs), precisionMs, format, zoned: true, end: 0 };
}
var DAY_MS, MONTH_START, MONTHS, digitAt, yearMsOf, precisionOf;
var init_parse_timestamp = __esm({
  "src/log-events/parse-timestamp.ts"() {
    "use strict";
    DAY_MS = 864e5;
    MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    digitAt = (s, i) => {
      const c = s.charCodeAt(i) - 48;
      return c >= 0 && c <= 9 ? c : -1;
    };
    yearMsOf = (month, day, dayMs) => (MONTH_START[month - 1] + day - 1) * DAY_MS + dayMs;
    precisionOf = (fractionDigits) => fractionDigits >= 6 ? 1e-3 : 10 ** (3 - fractionDigits);
  }
});

// src/log-events/stamp-epoch.ts
var init_stamp_epoch = __esm({
  "src/log-events/stamp-epoch.ts"() {
    "use strict";
    init_parse_timestamp();
  }
});

// src/log-events/scan-lines.ts
function indexWithin(text2, code, from, limit) {
  for (let i = from; i < limit; i++) if (text2.charCodeAt(i) === code) return i;
  return -1;
}
function startsWithAt(text2, p, prefix) {
  const want = prefix.text;
  if (text2.charCodeAt(p + prefix.pivot) !== want.charCodeAt(prefix.pivot)) return false;
  for (let k = want.length - 1; k >= 0; k--) if (text2.charCodeAt(p + k) !== want.charCodeAt(k)) return false;
  return true;
}
function skipToken(text2, p, limit, st) {
  if (st.nextSpace < p) {
    st.nextSpace = text2.indexOf(" ", p);
    if (st.nextSpace < 0) st.nextSpace = text2.length;
  }
  if (st.nextTab < p) {
    st.nextTab = text2.indexOf("	", p);
    if (st.nextTab < 0) st.nextTab = text2.length;
  }
  return Math.min(st.nextSpace, st.nextTab, limit);
}
function isLevel(text2, p, q) {
  const n = q - p;
  const word = LEVEL_KEYS.get(n * 16777216 + (n >= 3 ? code3(text2, p) : code3(`${text2.slice(p, q)}  `, 0)));
  if (word === void 0) return false;
  for (let k = 3; k < n; k++) if ((text2.charCodeAt(p + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
function copyString(s) {
  const codes = new Array(s.length);
  for (let k = 0; k < s.length; k++) codes[k] = s.charCodeAt(k);
  return String.fromCharCode(...codes);
}
function grepPrefix(text2, p, limit) {
  const c0 = text2.charCodeAt(p);
  if (c0 === 123 || c0 === 91 || c0 === 40) return null;
  if (isDigit2(c0)) {
    const c = text2.charCodeAt(p + 4);
    if (c === 45 || c === 47 || text2.charCodeAt(p + 2) === 58 || text2.charCodeAt(p + 1) === 58) return null;
  }
  let q = isLetter(c0) && text2.charCodeAt(p + 1) === 58 && text2.charCodeAt(p + 2) === 92 ? p + 2 : p;
  for (; q < limit; q++) {
    const c = text2.charCodeAt(q);
    if (c === 58) break;
    if (c === 32 || c === 9 || c === 123 || c === 91 || c === 34 || c === 36 || c === 35) return null;
  }
  if (q >= limit || q === p) return null;
  const candidate = text2.slice(p, q);
  let cached = prefixCache.get(candidate);
  if (cached === void 0) {
    const context = GREP_CONTEXT.exec(candidate);
    const length = context ? context[1].length + 1 : /[/\\]/.test(candidate) || GREP_EXT.test(candidate) ? q - p + 1 : 0;
    const codes = Array.from({ length }, (_, k) => text2.charCodeAt(p + k));
    let pivot = length - 1;
    while (pivot > 0 && !isDigit2(codes[pivot])) pivot--;
    const path = candidate.slice(0, length - 1).replace(/\\/g, "/");
    cached = length > 0 ? { text: String.fromCharCode(...codes), pivot, node: findNodeInPath(path), stem: fileStem(path) } : null;
    if (prefixCache.size >= PREFIX_CACHE_SIZE) prefixCache.clear();
    prefixCache.set(copyString(candidate), cached);
  }
  return cached;
}
function fileStem(path) {
  const base2 = path.slice(path.lastIndexOf("/") + 1).replace(/(?:\.(?:log|txt|out|err|jsonl?|stdout|stderr))+(?:\.\d+)?$/i, "");
  if (!/^[\w.@-]{1,48}$/.test(base2) || /^(?:node|log|logs|out|output|demo.*|server|stdout|stderr|all|combined|cluster)$/i.test(base2)) return void 0;
  return copyString(base2);
}
function searchStamp(text2, start, end) {
  const limit = Math.min(end, start + SEARCH_CHARS);
  for (let k = start; k < limit; k++) {
    const c = text2.charCodeAt(k);
    const prev = k > start ? text2.charCodeAt(k - 1) : 32;
    if (isDigit2(c)) {
      if (isDigit2(prev) && !DATE_AT.test(text2.slice(k, k + 10))) continue;
    } else if (isLetter(c)) {
      if (isLetter(prev) || isDigit2(prev) || !MONTHS2.has(code3(text2, k))) continue;
    } else continue;
    const stamp = parseTimestampAt(text2, k, end);
    if (!stamp || stamp.format.startsWith("epoch") && stamp.precisionMs >= 1e3) continue;
    return stamp;
  }
  return void 0;
}
function findGluedDate(text2, p, q) {
  if (q - p < 11 || q - p > 80) return -1;
  const m = DATE_IN_TOKEN.exec(text2.slice(p, q));
  return m && m.index > 0 && /[a-z0-9]/i.test(text2.charAt(p + m.index - 1)) ? p + m.index : -1;
}
function dottedNode(text2, p, q) {
  let dot = -1;
  for (let k = q - 1; k > p; k--) if (text2.charCodeAt(k) === 46) {
    dot = k;
    break;
  }
  if (dot < 0) return void 0;
  const end = text2.charCodeAt(q - 1) === 58 ? q - 1 : q;
  const name = readNodeName(text2, dot + 1, end, true);
  return name && name.end === end ? name.label : void 0;
}
function nodeInTag(inner) {
  const pod = /^(?:pod|po|pods)\/([\w.-]{1,63})(?:\/|$)/i.exec(inner);
  if (pod) return pod[1];
  const spaced = /^(?:kv[-_ ]?)?node (\d{1,4})$/i.exec(inner);
  if (spaced) return nodeLabel(Number(spaced[1]));
  if (/^(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\]|[\w-]{1,63})?:\d{2,5}$/i.test(inner)) return inner;
  for (let k = 0; k < inner.length; k++) {
    if (k > 0 && /[a-z0-9]/i.test(inner.charAt(k - 1))) continue;
    const name = readNodeName(inner, k, inner.length, true);
    if (name && (name.end === inner.length || /[-_.]/.test(inner.charAt(name.end)))) return name.label;
  }
  return void 0;
}
function serviceNode(service) {
  const named = findNodeInPath(service);
  if (named !== void 0) return named;
  const parts = service.split("_");
  if (parts.length >= 3 && /^\d+$/.test(parts[parts.length - 1])) return parts.slice(1, -1).join("_");
  return service.replace(/-\d+$/, "") || void 0;
}
function isIdentityToken(text2, p, q) {
  const end = text2.charCodeAt(q - 1) === 58 ? q - 1 : q;
  if (end - p < 2) return false;
  let letters = false;
  let marks = false;
  for (let k = p; k < end; k++) {
    const c = text2.charCodeAt(k);
    if (isLetter(c)) letters = true;
    else if (isDigit2(c) || (c === 45 || c === 46) && k > p && k < end - 1) marks = true;
    else if (c !== 95) return false;
  }
  return letters && marks;
}
function isHeaderText(line2) {
  const lower2 = line2.toLowerCase();
  NODE_NAMES.lastIndex = 0;
  const marked = lower2.replace(NODE_NAMES, "\0");
  if (marked.split("\0").length !== 2) return false;
  HEADER_NOISE.lastIndex = 0;
  return marked.replace(HEADER_NOISE, "") === "\0";
}
function isLineNumber(text2, p, q) {
  const sep = text2.charCodeAt(q);
  if (sep === 45) return !(q - p === 4 && isDigit2(text2.charCodeAt(q + 1)) && text2.charCodeAt(q + 3) === 45);
  if (sep !== 58) return false;
  const bareTime = q - p <= 2 && isDigit2(text2.charCodeAt(q + 1)) && isDigit2(text2.charCodeAt(q + 2)) && text2.charCodeAt(q + 3) === 58 && isDigit2(text2.charCodeAt(q + 4)) && isDigit2(text2.charCodeAt(q + 5)) && text2.charCodeAt(q + 6) !== 58;
  return !bareTime;
}
function logfmtNode(text2, v, end) {
  const name = readNodeName(text2, v, end, true);
  if (name) return name.label;
  let id = 0;
  let w = v;
  while (w < end && w - v < 5 && isDigit2(text2.charCodeAt(w))) id = id * 10 + text2.charCodeAt(w++) - 48;
  return w > v && !isDigit2(text2.charCodeAt(w)) && !isLetter(text2.charCodeAt(w)) ? nodeLabel(id) : void 0;
}
function scanLine(text2, start, end, st) {
  st.kind = LINE_LOG;
  st.node = void 0;
  st.nodeFrom = 0;
  st.weak = void 0;
  st.pidNode = void 0;
  st.stampAt = -1;
  let p = start;
  while (p < end && (text2.charCodeAt(p) === 32 || text2.charCodeAt(p) === 9 || text2.charCodeAt(p) === 0)) p++;
  if (p === end) {
    st.kind = LINE_BLANK;
    return;
  }
  const headEnd = Math.min(end, p + HEAD_CHARS);
  let prefix = null;
  const recent = st.prefixes;
  for (let k = 0; k < recent.length; k++) {
    if (startsWithAt(text2, p, recent[k])) {
      prefix = recent[k];
      break;
    }
  }
  if (prefix === null) {
    prefix = grepPrefix(text2, p, headEnd);
    if (prefix) {
      if (recent.length >= 8) recent.pop();
      recent.unshift(prefix);
    }
  }
  if (prefix) {
    p += prefix.text.length;
    st.node = prefix.node;
    st.nodeFrom = FROM_PREFIX;
    if (isDigit2(text2.charCodeAt(p))) {
      let q = p;
      while (q < headEnd && isDigit2(text2.charCodeAt(q))) q++;
      if (q - p < 8 && isLineNumber(text2, p, q)) p = q + 1;
    }
  }
  const first = p;
  let stampToken = -1;
  for (let tokens = 0; tokens < 8 && p < headEnd; tokens++) {
    let c = text2.charCodeAt(p);
    while (c === 32 || c === 9 || c === 124 || c === 58 || c === 45 && text2.charCodeAt(p + 1) === 32) c = text2.charCodeAt(++p);
    if (p >= headEnd) break;
    if (st.node !== void 0 && st.stampAt >= 0 && !(stampToken === tokens - 1 && isDigit2(c))) break;
    if (isDigit2(c)) {
      if (st.stampAt >= 0 && st.node === void 0 && st.weak === void 0) {
        const address = /^\d{1,3}(?:\.\d{1,3}){3}:\d{2,5}(?=[\s\]|:,])/.exec(text2.slice(p, Math.min(headEnd, p + 24)));
        if (address) {
          st.weak = address[0];
          p += address[0].length;
          continue;
        }
      }
      if (st.stampAt < 0) {
        st.stampAt = p;
        stampToken = tokens;
      } else if (!(stampToken === tokens - 1 && (text2.charCodeAt(p + 2) === 58 || text2.charCodeAt(p + 1) === 58))) break;
      p = skipToken(text2, p, headEnd, st);
      continue;
    }
    if (c === 91 || c === 40) {
      const inner = p + 1;
      const closeCode = c === 91 ? 93 : 41;
      if (st.stampAt < 0 && isDigit2(text2.charCodeAt(inner))) {
        st.stampAt = inner;
        stampToken = tokens;
        const close2 = indexWithin(text2, closeCode, inner, Math.min(headEnd, inner + 40));
        p = close2 < 0 ? skipToken(text2, p, headEnd, st) : close2 + 1;
        continue;
      }
      const close = indexWithin(text2, closeCode, inner, Math.min(headEnd, inner + 48));
      if (close < 0) break;
      if (st.node === void 0) {
        const name = readNodeName(text2, inner, close, true);
        const label = name && name.end === close ? name.label : nodeInTag(text2.slice(inner, close));
        if (label !== void 0) {
          st.node = label;
          st.nodeFrom = FROM_TAG;
        } else if (st.weak === void 0 && tokens <= 1 && isIdentityToken(text2, inner, close)) {
          st.weak = text2.slice(inner, close);
        }
      }
      p = close + 1;
      continue;
    }
    if (c === 123) {
      if (st.stampAt < 0) {
        st.kind = LINE_JSON;
        st.stampAt = p;
        if (st.node === void 0) {
          st.node = findJsonNode(text2.slice(p, Math.min(end, p + 4096)));
          st.nodeFrom = FROM_JSON;
        }
      }
      break;
    }
    if (c === 36 && (text2.charCodeAt(p + 1) === 32 || p + 1 === end)) {
      st.kind = LINE_COMMAND;
      return;
    }
    if (c === 35 && p === first) {
      st.kind = LINE_COMMENT;
      return;
    }
    if (c === 60 && tokens === 0) {
      const close = indexWithin(text2, 62, p, Math.min(headEnd, p + 6));
      if (close < 0) break;
      p = skipToken(text2, close, headEnd, st);
      continue;
    }
    if (!isLetter(c)) break;
    if (st.stampAt < 0) {
      if (text2.charCodeAt(p + 3) === 32 && MONTHS2.has(code3(text2, p)) && isDigit2(text2.charCodeAt(p + 5) === 32 ? text2.charCodeAt(p + 6) : text2.charCodeAt(p + 5))) {
        st.stampAt = p;
        stampToken = tokens;
        p = skipToken(text2, p + 4 + (text2.charCodeAt(p + 4) === 32 ? 1 : 0), headEnd, st);
        p = skipToken(text2, p + 1, headEnd, st);
        continue;
      }
      if ((c === 73 || c === 87 || c === 69 || c === 70) && isDigit2(text2.charCodeAt(p + 1)) && text2.charCodeAt(p + 5) === 32 && isDigit2(text2.charCodeAt(p + 6))) {
        st.stampAt = p;
        stampToken = tokens;
        p = skipToken(text2, p + 6, headEnd, st);
        continue;
      }
    }
    let q = p;
    while (q < headEnd && isTokenChar(text2.charCodeAt(q))) q++;
    const next = text2.charCodeAt(q);
    if (next === 61) {
      const key = text2.slice(p, q).toLowerCase();
      let v = q + 1;
      const quoted = text2.charCodeAt(v) === 34;
      if (quoted) v++;
      if (TS_KEYS.has(key) && st.stampAt < 0) st.stampAt = v;
      else if (NODE_KEYS.has(key) && st.node === void 0) {
        st.node = logfmtNode(text2, v, end);
        st.nodeFrom = FROM_FIELD;
      }
      if (MESSAGE_KEYS.has(key)) break;
      if (quoted) {
        const close = indexWithin(text2, 34, v, end);
        p = close < 0 ? end : close + 1;
      } else p = skipToken(text2, v, headEnd, st);
      continue;
    }
    if (st.stampAt < 0) {
      const glued = findGluedDate(text2, p, q);
      if (glued > p) {
        st.stampAt = glued;
        stampToken = tokens;
        if (st.node === void 0) {
          const name = readNodeName(text2, p, glued);
          if (name && name.end === glued) {
            st.node = name.label;
            st.nodeFrom = FROM_NAME;
          }
        }
        p = q;
        continue;
      }
    }
    if (st.node === void 0) {
      const name = readNodeName(text2, p, q);
      if (name && (name.end === q || text2.charCodeAt(name.end) === 45)) {
        st.node = name.label;
        st.nodeFrom = FROM_NAME;
        p = q;
        continue;
      }
      const dotted = dottedNode(text2, p, q);
      if (dotted !== void 0) {
        st.node = dotted;
        st.nodeFrom = FROM_NAME;
        p = q;
        continue;
      }
      if (q - p === 4 && /^node$/i.test(text2.slice(p, q))) {
        const m = /^ (\d{1,4})(?=[:\]\s])/.exec(text2.slice(q, q + 7));
        if (m) {
          st.node = nodeLabel(Number(m[1]));
          st.nodeFrom = FROM_NAME;
          p = q + m[0].length;
          continue;
        }
      }
    }
    if (q - p <= 8 && isLevel(text2, p, q)) {
      p = q;
      continue;
    }
    if (q - p === 2 && stampToken >= 0 && stampToken >= tokens - 2 && /^[ap]m$/i.test(text2.slice(p, q))) {
      p = q;
      continue;
    }
    let r = q;
    while (r < headEnd && text2.charCodeAt(r) === 32) r++;
    if (text2.charCodeAt(r) === 124 && r > q) {
      if (st.node === void 0) {
        st.node = serviceNode(text2.slice(p, q));
        st.nodeFrom = FROM_SERVICE;
      }
      p = r + 1;
      continue;
    }
    if (tokens === 0) {
      const space = skipToken(text2, p, Math.min(headEnd, p + 80), st);
      if (text2.charCodeAt(space - 1) === 36 && text2.charCodeAt(space) === 32) {
        st.kind = LINE_COMMAND;
        return;
      }
    }
    if (st.node === void 0 && st.weak === void 0 && (tokens <= 2 || st.stampAt >= 0) && q - p <= 64) {
      const afterSyslog = st.stampAt >= 0 && !isDigit2(text2.charCodeAt(st.stampAt)) && stampToken === tokens - 1;
      if (afterSyslog || isIdentityToken(text2, p, q)) {
        st.weak = text2.slice(p, text2.charCodeAt(q - 1) === 58 ? q - 1 : q);
        p = q;
        continue;
      }
    }
    break;
  }
  if (st.node === void 0 && st.kind === LINE_LOG) {
    const own = findOwnNodeForm(text2.slice(p, Math.min(end, p + 4096)));
    if (own?.bracket) st.pidNode = own.label;
    else st.node = own?.label;
    st.nodeFrom = FROM_MESSAGE;
  }
  if (st.node === void 0 && prefix?.stem !== void 0 && (st.kind === LINE_LOG || st.kind === LINE_JSON)) {
    st.node = prefix.stem;
    st.nodeFrom = FROM_FILE_STEM;
  }
  if (st.node === void 0) st.nodeFrom = 0;
}
function scanLines(lines2) {
  const { text: text2, count } = lines2;
  const nodes = new Array(count);
  const kinds = new Uint8Array(count);
  const stampAt = new Int32Array(count);
  const nodeFrom = new Uint8Array(count);
  const weak = /* @__PURE__ */ new Map();
  const pids = /* @__PURE__ */ new Map();
  const st = { section: void 0, prefixes: [], kind: LINE_LOG, node: void 0, nodeFrom: 0, weak: void 0, pidNode: void 0, stampAt: -1, nextSpace: -1, nextTab: -1 };
  for (let i = 0; i < count; i++) {
    const start = lines2.starts[i];
    const end = lines2.ends[i];
    scanLine(text2, start, end, st);
    let kind = st.kind;
    let node = st.node;
    let from = st.nodeFrom;
    if (kind === LINE_COMMAND) {
      const named = findMentionedNodes(text2.slice(start, Math.min(end, start + 4096)));
      st.section = named.length === 1 ? named[0] : void 0;
      node = void 0;
    } else if (st.stampAt < 0 && end - start <= 100 && (kind === LINE_LOG && node !== void 0 || kind === LINE_COMMENT || text2.startsWith("==> ", start))) {
      const line2 = text2.slice(start, end).trim();
      if (line2.startsWith("==> ") && line2.endsWith(" <==")) {
        kind = LINE_HEADER;
        const path = line2.slice(4, -4).replace(/\\/g, "/");
        node = findNodeInPath(path) ?? fileStem(path);
        st.section = node;
      } else if (isHeaderText(line2)) {
        kind = LINE_HEADER;
        node = findMentionedNodes(line2)[0];
        st.section = node;
      }
    }
    if ((kind === LINE_LOG || kind === LINE_JSON) && node === void 0 && st.section !== void 0) {
      node = st.section;
      from = FROM_SECTION;
    }
    nodes[i] = node;
    nodeFrom[i] = node === void 0 || kind === LINE_HEADER || kind === LINE_COMMAND ? 0 : from;
    kinds[i] = kind;
    stampAt[i] = st.stampAt;
    if (kind === LINE_LOG || kind === LINE_JSON) {
      if (st.weak !== void 0) weak.set(i, st.weak);
      if (st.pidNode !== void 0) pids.set(i, st.pidNode);
    }
  }
  const weakValues = new Set(weak.values());
  const weakNames = weak.size >= 3 && weakValues.size >= 2 && weakValues.size <= 16;
  for (const [i, value] of weakNames ? weak : []) {
    const from = nodeFrom[i];
    if (from === 0 || from === FROM_MESSAGE) {
      nodes[i] = copyString(value);
      nodeFrom[i] = FROM_HEAD_TOKEN;
    }
  }
  for (const [i, value] of pids) {
    if (nodeFrom[i] !== 0) continue;
    nodes[i] = value;
    nodeFrom[i] = FROM_PROCESS;
  }
  let stems;
  for (let i = 0; i < count; i++) if (nodeFrom[i] === FROM_FILE_STEM) (stems ??= /* @__PURE__ */ new Set()).add(nodes[i]);
  if (stems && stems.size < 2) {
    for (let i = 0; i < count; i++) {
      if (nodeFrom[i] !== FROM_FILE_STEM) continue;
      nodes[i] = void 0;
      nodeFrom[i] = 0;
    }
  }
  return { nodes, kinds, stampAt, nodeFrom };
}
function stampOf(lines2, table2, i) {
  const at = table2.stampAt[i];
  const end = lines2.ends[i];
  const text2 = lines2.text;
  if (at < 0 || table2.kinds[i] !== LINE_JSON) {
    const located = at < 0 ? void 0 : parseTimestampAt(text2, at, end);
    return located ?? (table2.kinds[i] === LINE_LOG || table2.kinds[i] === LINE_COMMAND ? searchStamp(text2, lines2.starts[i], end) : void 0);
  }
  if (table2.kinds[i] === LINE_JSON) {
    const ts = JSON_TS.exec(text2.slice(at, Math.min(end, at + 4096)));
    if (!ts) return void 0;
    if (ts[1] !== void 0) return parseTimestampAt(ts[1], 0, ts[1].length);
    return parseTimestampAt(ts[2], 0, ts[2].length) ?? stampFromEpochNumber(Number(ts[2]));
  }
  return parseTimestampAt(text2, at, end);
}
var LINE_LOG, LINE_COMMAND, LINE_HEADER, LINE_BLANK, LINE_COMMENT, LINE_JSON, NODE_SOURCES, FROM_PREFIX, FROM_TAG, FROM_FIELD, FROM_JSON, FROM_NAME, FROM_SERVICE, FROM_MESSAGE, FROM_SECTION, FROM_HEAD_TOKEN, FROM_PROCESS, FROM_FILE_STEM, HEAD_CHARS, isDigit2, isLetter, isTokenChar, code3, MONTHS2, LEVELS, LEVEL_KEYS, TS_KEYS, NODE_KEYS, MESSAGE_KEYS, GREP_EXT, GREP_CONTEXT, JSON_TS, HEADER_NOISE, NODE_NAMES, PREFIX_CACHE_SIZE, prefixCache, SEARCH_CHARS, DATE_AT, DATE_IN_TOKEN;
var init_scan_lines = __esm({
  "src/log-events/scan-lines.ts"() {
    "use strict";
    init_attribute_node();
    init_parse_timestamp();
    LINE_LOG = 0;
    LINE_COMMAND = 1;
    LINE_HEADER = 2;
    LINE_BLANK = 3;
    LINE_COMMENT = 4;
    LINE_JSON = 5;
    NODE_SOURCES = ["none", "file-prefix", "tag", "field", "json-field", "name", "service", "message", "section", "file-name", "head-token", "process-id"];
    FROM_PREFIX = 1;
    FROM_TAG = 2;
    FROM_FIELD = 3;
    FROM_JSON = 4;
    FROM_NAME = 5;
    FROM_SERVICE = 6;
    FROM_MESSAGE = 7;
    FROM_SECTION = 8;
    FROM_HEAD_TOKEN = 10;
    FROM_PROCESS = 11;
    FROM_FILE_STEM = 9;
    HEAD_CHARS = 256;
    isDigit2 = (c) => c >= 48 && c <= 57;
    isLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
    isTokenChar = (c) => isLetter(c) || isDigit2(c) || c === 95 || c === 45 || c === 46 || c === 47 || c === 64 || c === 126;
    code3 = (text2, p) => (text2.charCodeAt(p) | 32) << 16 | (text2.charCodeAt(p + 1) | 32) << 8 | (text2.charCodeAt(p + 2) | 32);
    MONTHS2 = new Set(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m) => code3(m, 0)));
    LEVELS = /* @__PURE__ */ new Set([
      "trace",
      "debug",
      "dbg",
      "info",
      "inf",
      "notice",
      "warn",
      "warning",
      "wrn",
      "error",
      "err",
      "erro",
      "fatal",
      "crit",
      "critical",
      "panic",
      "i",
      "w",
      "e",
      "d",
      "f",
      "n",
      "c",
      "t"
    ]);
    LEVEL_KEYS = new Map([...LEVELS].map((word) => [word.length * 16777216 + code3(`${word}  `, 0), word]));
    TS_KEYS = /* @__PURE__ */ new Set(["ts", "time", "t", "timestamp", "@timestamp", "date", "datetime"]);
    NODE_KEYS = /* @__PURE__ */ new Set(["node", "node_id", "nodeid", "node-id", "id"]);
    MESSAGE_KEYS = /* @__PURE__ */ new Set(["msg", "message", "event"]);
    GREP_EXT = /\.(?:log|txt|out|err|jsonl?|stdout|stderr)(?:\.\d+)?$/i;
    GREP_CONTEXT = /^(.*?\.(?:log|txt|out|err|jsonl?|stdout|stderr)(?:\.\d+)?)-(?=\d)/i;
    JSON_TS = /"(?:ts|time|t|timestamp|@timestamp)"\s*:\s*(?:"([^"\\]{1,64})"|(\d+(?:\.\d+)?))/;
    HEADER_NOISE = /\b(?:logs?|output|terminal|follower|leader|the|of|for|from|node\.log|data|tail|cat|stdout|stderr|killed|dead|window|pane|tab|shell|\d{1,3})\b|[^a-z0-9\0]/g;
    NODE_NAMES = /(?:kv[-_]?)?node[-_]?\d{1,4}|\bn\d{1,4}\b/g;
    PREFIX_CACHE_SIZE = 1024;
    prefixCache = /* @__PURE__ */ new Map();
    SEARCH_CHARS = 160;
    DATE_AT = /^\d{4}([-/])\d{2}\1\d{2}$/;
    DATE_IN_TOKEN = /\d{4}([-/])\d{2}\1\d{2}/;
  }
});

// src/log-events/read-log-events.ts
function compareNodes(a, b) {
  const na = /^(\D*?)(\d+)$/.exec(a);
  const nb = /^(\D*?)(\d+)$/.exec(b);
  if (na && nb && na[1] === nb[1]) return Number(na[2]) - Number(nb[2]);
  return a < b ? -1 : a > b ? 1 : 0;
}
function readLogEvents(lines2, patterns, options = {}) {
  const table2 = options.table ?? scanLines(lines2);
  const masks = options.mayMatch;
  const anyMatch = masks === void 0 ? void 0 : createAnyMatchTest(patterns);
  const raw = [];
  const classify = (i) => {
    const lineKind = table2.kinds[i];
    if (lineKind === LINE_BLANK || lineKind === LINE_HEADER) return;
    const own = lineKind === LINE_COMMAND ? void 0 : table2.nodes[i];
    const text2 = lineText(lines2, i, LINE_CAP);
    const meaning = classifyLineText(text2, patterns, { ownNode: own, isCommand: lineKind === LINE_COMMAND, mayMatch: masks === void 0 ? ALL_EVENT_PATTERNS : masks[i], anyMatch });
    if (meaning.kind === "other" && meaning.notKill === void 0) return;
    raw.push(toEvent(i, stampOf(lines2, table2, i), own, own === void 0 ? void 0 : NODE_SOURCES[table2.nodeFrom[i]], meaning));
  };
  if (options.candidates) for (const i of options.candidates) classify(i);
  else for (let i = 0; i < lines2.count; i++) classify(i);
  const aliases = /* @__PURE__ */ new Map();
  const lastOf = /* @__PURE__ */ new Map();
  for (const event of raw) {
    const previous = lastOf.get(event.node ?? event.subject);
    if (event.kind === "heartbeat-timeout" && previous?.kind === "election-started" && isTransferElection(lines2, previous.line, event.line)) event.kind = "election-started";
    lastOf.set(event.node ?? event.subject, event);
    if (event.node === void 0) continue;
    if (event.subject !== void 0 && event.node !== event.subject) aliases.set(event.subject, event.node);
    if (event.kind === "startup" && event.nodeFrom !== "message" && event.nodeFrom !== "name") {
      const self = findOwnNode(lineText(lines2, event.line, LINE_CAP));
      if (self !== void 0 && self !== event.node && !aliases.has(self)) aliases.set(self, event.node);
    }
  }
  const name = (node) => node === void 0 ? void 0 : aliases.get(node) ?? node;
  let unattributed = 0;
  for (const event of raw) {
    if (event.node === void 0 && event.subject !== void 0) {
      event.node = name(event.subject);
      event.nodeFrom = "subject";
    }
    if (event.leader !== void 0) event.leader = name(event.leader);
    if (event.target !== void 0) event.target = name(event.target);
    if (event.node === void 0 && event.kind !== "kill") unattributed++;
  }
  const seen = /* @__PURE__ */ new Set();
  let last;
  for (let i = 0; i < lines2.count; i++) {
    const node = table2.nodes[i];
    if (node !== last && node !== void 0 && table2.kinds[i] !== LINE_COMMAND && table2.kinds[i] !== LINE_HEADER) seen.add(name(node));
    last = node;
  }
  for (const event of raw) if (event.node !== void 0) seen.add(event.node);
  for (const event of raw) {
    if (event.kind !== "kill" || event.node !== void 0 || event.target !== void 0) continue;
    const text2 = lineText(lines2, event.line, LINE_CAP);
    const named = [...seen].filter((node) => new RegExp(`(?:^|[^\\w.-])${node.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(text2));
    if (named.length === 1) event.target = named[0];
  }
  let anyStamp = raw.some((e) => e.time !== void 0);
  for (let i = 0; !anyStamp && i < lines2.count; i++) if (table2.stampAt[i] >= 0 && stampOf(lines2, table2, i)) anyStamp = true;
  return { events: raw, nodes: [...seen].sort(compareNodes), aliases, unattributed, anyStamp };
}
function isTransferElection(lines2, previous, line2) {
  return lineText(lines2, previous, LINE_CAP).includes("MsgTimeoutNow") && ELECTION_TIMER_FIRED_PATTERN.test(lineText(lines2, line2, LINE_CAP));
}
function toEvent(line2, time, node, nodeFrom, m) {
  return {
    line: line2,
    kind: m.kind,
    time,
    node,
    nodeFrom,
    leader: m.leader,
    term: m.term,
    target: m.target,
    pid: m.pid,
    subject: m.subject,
    notKill: m.notKill,
    silentMs: m.silentMs,
    startsElection: m.startsElection
  };
}
var LINE_CAP;
var init_read_log_events = __esm({
  "src/log-events/read-log-events.ts"() {
    "use strict";
    init_classify_line();
    init_default_patterns();
    init_attribute_node();
    init_default_patterns();
    init_paste_lines();
    init_stamp_epoch();
    init_scan_lines();
    LINE_CAP = 4096;
  }
});

// src/proof/parse-regex.ts
function parseRegex(source) {
  try {
    return new Parser(source).parse();
  } catch {
    return OPAQUE;
  }
}
var DIGIT, WORD, SPACE, DOT, ANY, negate, OPAQUE, CLASS_ESCAPES, CONTROL_ESCAPES, Parser;
var init_parse_regex = __esm({
  "src/proof/parse-regex.ts"() {
    "use strict";
    DIGIT = { negated: false, ranges: [[48, 57]] };
    WORD = { negated: false, ranges: [[48, 57], [65, 90], [95, 95], [97, 122]] };
    SPACE = {
      negated: false,
      ranges: [[9, 13], [32, 32], [160, 160], [5760, 5760], [8192, 8202], [8232, 8233], [8239, 8239], [8287, 8287], [12288, 12288], [65279, 65279]]
    };
    DOT = { negated: true, ranges: [[10, 10], [13, 13], [8232, 8233]] };
    ANY = { negated: true, ranges: [] };
    negate = (set) => ({ negated: !set.negated, ranges: set.ranges });
    OPAQUE = { type: "set", set: ANY, opaque: true };
    CLASS_ESCAPES = {
      d: DIGIT,
      D: negate(DIGIT),
      w: WORD,
      W: negate(WORD),
      s: SPACE,
      S: negate(SPACE)
    };
    CONTROL_ESCAPES = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };
    Parser = class {
      constructor(src) {
        this.src = src;
      }
      src;
      pos = 0;
      parse() {
        const node = this.alternation();
        return this.pos < this.src.length ? { type: "alt", branches: [[node, OPAQUE]] } : node;
      }
      alternation() {
        const branches = [this.sequence()];
        while (this.src[this.pos] === "|") {
          this.pos++;
          branches.push(this.sequence());
        }
        return { type: "alt", branches };
      }
      sequence() {
        const items = [];
        while (this.pos < this.src.length && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") {
          const atom = this.atom();
          items.push(this.quantifier(atom));
        }
        return items;
      }
      quantifier(atom) {
        const c = this.src[this.pos];
        let min;
        let max;
        if (c === "*") [min, max] = [0, Infinity];
        else if (c === "+") [min, max] = [1, Infinity];
        else if (c === "?") [min, max] = [0, 1];
        else if (c === "{") {
          const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 24));
          if (!m) return atom;
          min = Number(m[1]);
          max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
          this.pos += m[0].length - 1;
        } else return atom;
        this.pos++;
        if (this.src[this.pos] === "?") this.pos++;
        if (atom.type === "assert") return atom;
        return { type: "quant", body: atom, min, max };
      }
      atom() {
        const c = this.src[this.pos];
        this.pos++;
        switch (c) {
          case "^":
          case "$":
            return { type: "assert", kind: c };
          case ".":
            return { type: "set", set: DOT };
          case "[":
            return { type: "set", set: this.charClass() };
          case "(":
            return this.group();
          case "\\":
            return this.escape();
          default:
            return { type: "char", code: c.charCodeAt(0) };
        }
      }
      group() {
        let look = "none";
        let negative = false;
        if (this.src[this.pos] === "?") {
          const rest = this.src.slice(this.pos, this.pos + 3);
          if (rest.startsWith("?:")) this.pos += 2;
          else if (rest.startsWith("?=") || rest.startsWith("?!")) {
            look = "ahead";
            negative = rest[1] === "!";
            this.pos += 2;
          } else if (rest === "?<=" || rest === "?<!") {
            look = "behind";
            negative = rest[2] === "!";
            this.pos += 3;
          } else if (rest.startsWith("?<")) {
            const close = this.src.indexOf(">", this.pos);
            this.pos = close < 0 ? this.src.length : close + 1;
          }
        }
        const body = this.alternation();
        if (this.src[this.pos] === ")") this.pos++;
        return { type: "group", look, negative, body };
      }
      escape() {
        const c = this.src[this.pos];
        if (c === void 0) return { type: "char", code: 92 };
        this.pos++;
        if (c === "b" || c === "B") return { type: "assert", kind: c };
        const cls = CLASS_ESCAPES[c];
        if (cls) return { type: "set", set: cls };
        if (c >= "1" && c <= "9") {
          while (/[0-9]/.test(this.src[this.pos] ?? "")) this.pos++;
          return { type: "backref" };
        }
        if (c === "k" && this.src[this.pos] === "<") {
          const close = this.src.indexOf(">", this.pos);
          this.pos = close < 0 ? this.src.length : close + 1;
          return { type: "backref" };
        }
        const code = this.escapedCode(c);
        return code === void 0 ? OPAQUE : { type: "char", code };
      }
      // Code of a single-character escape (after the backslash and `c` were consumed), or undefined if unknown.
      escapedCode(c) {
        const control = CONTROL_ESCAPES[c];
        if (control !== void 0) return control;
        if (c === "x" || c === "u") {
          const len = c === "x" ? 2 : 4;
          const hex = this.src.slice(this.pos, this.pos + len);
          if (hex.length === len && /^[0-9a-fA-F]+$/.test(hex)) {
            this.pos += len;
            return parseInt(hex, 16);
          }
          return c.charCodeAt(0);
        }
        if (c === "c") {
          const letter = this.src[this.pos];
          if (letter && /[a-zA-Z]/.test(letter)) {
            this.pos++;
            return letter.charCodeAt(0) % 32;
          }
          return void 0;
        }
        return c.charCodeAt(0);
      }
      charClass() {
        let negated = false;
        if (this.src[this.pos] === "^") {
          negated = true;
          this.pos++;
        }
        const ranges = [];
        const parts = [];
        const addSet = (set) => {
          if (set.negated) parts.push(set);
          else ranges.push(...set.ranges);
        };
        while (this.pos < this.src.length && this.src[this.pos] !== "]") {
          const lo = this.classAtom();
          if (typeof lo !== "number") {
            addSet(lo);
            continue;
          }
          if (this.src[this.pos] === "-" && this.src[this.pos + 1] !== "]" && this.pos + 1 < this.src.length) {
            this.pos++;
            const hi = this.classAtom();
            if (typeof hi === "number") ranges.push([lo, Math.max(lo, hi)]);
            else {
              ranges.push([lo, lo], [45, 45]);
              addSet(hi);
            }
          } else ranges.push([lo, lo]);
        }
        this.pos++;
        return parts.length > 0 ? { negated, ranges, parts } : { negated, ranges };
      }
      classAtom() {
        const c = this.src[this.pos];
        this.pos++;
        if (c !== "\\") return c.charCodeAt(0);
        const e = this.src[this.pos];
        if (e === void 0) return 92;
        this.pos++;
        if (e === "b") return 8;
        const cls = CLASS_ESCAPES[e];
        if (cls) return cls;
        if (e >= "0" && e <= "9") return e === "0" ? 0 : e.charCodeAt(0);
        return this.escapedCode(e) ?? 92;
      }
    };
  }
});

// src/proof/pike-vm.ts
function canonical(code) {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  let folded = foldCache.get(code);
  if (folded === void 0) {
    const upper = String.fromCharCode(code).toUpperCase();
    folded = upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : code;
    foldCache.set(code, folded);
  }
  return folded;
}
function inRanges(ranges, code) {
  for (const [lo, hi] of ranges) if (code >= lo && code <= hi) return true;
  return false;
}
function inSet(set, code) {
  const listed = inRanges(set.ranges, code) || (set.parts?.some((part) => inSet(part, code)) ?? false);
  return listed !== set.negated;
}
function charTest(set) {
  const positive = { ...set, negated: false };
  const listed = (code) => inSet(positive, code);
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const other = c >= 65 && c <= 90 ? c + 32 : c >= 97 && c <= 122 ? c - 32 : c;
    ascii[c] = Number((listed(c) || listed(other)) !== set.negated);
  }
  return (code) => {
    if (code < 128) return ascii[code] === 1;
    const lower2 = String.fromCharCode(code).toLowerCase().charCodeAt(0);
    const hit = listed(code) || listed(canonical(code)) || lower2 >= 128 && listed(lower2);
    return hit !== set.negated;
  };
}
function compileProgram(ast) {
  const compiler = new Compiler();
  try {
    compiler.node(ast);
    compiler.emit(MATCH);
  } catch {
    return void 0;
  }
  return { op: Uint8Array.from(compiler.op), a: Int32Array.from(compiler.a), b: Int32Array.from(compiler.b), tests: compiler.tests };
}
function assertHolds(kind, s, pos) {
  switch (kind) {
    case ASSERT_START:
      return pos === 0;
    case ASSERT_END:
      return pos === s.length;
    default: {
      const boundary = (pos > 0 && isWord(s.charCodeAt(pos - 1))) !== (pos < s.length && isWord(s.charCodeAt(pos)));
      return kind === ASSERT_WORD ? boundary : !boundary;
    }
  }
}
function scratchFor(program) {
  let scratch = scratches.get(program);
  if (!scratch) {
    const n = program.op.length;
    scratch = {
      pcs: [new Int32Array(n), new Int32Array(n)],
      starts: [new Int32Array(n), new Int32Array(n)],
      seen: new Int32Array(n),
      stack: new Int32Array(2 * n + 2),
      generation: 0
    };
    scratches.set(program, scratch);
  }
  return scratch;
}
function runProgram(program, s, testOnly = false) {
  const { op, a, b, tests } = program;
  const sc = scratchFor(program);
  let cur = 0;
  let count = 0;
  let match;
  const add = (which, n, pc0, start, pos) => {
    const pcs = sc.pcs[which];
    const starts = sc.starts[which];
    const stack = sc.stack;
    let top = 0;
    stack[top++] = pc0;
    while (top > 0) {
      const pc = stack[--top];
      if (sc.seen[pc] === sc.generation) continue;
      sc.seen[pc] = sc.generation;
      const o = op[pc];
      if (o === JMP) stack[top++] = a[pc];
      else if (o === SPLIT) {
        stack[top++] = b[pc];
        stack[top++] = a[pc];
      } else if (o === ASSERT) {
        if (assertHolds(a[pc], s, pos)) stack[top++] = pc + 1;
      } else {
        pcs[n] = pc;
        starts[n] = start;
        n++;
      }
    }
    return n;
  };
  sc.generation++;
  count = add(cur, 0, 0, 0, 0);
  for (let pos = 0; ; pos++) {
    const next = 1 - cur;
    sc.generation++;
    let n = 0;
    const code = pos < s.length ? s.charCodeAt(pos) : -1;
    const pcs = sc.pcs[cur];
    const starts = sc.starts[cur];
    for (let i = 0; i < count; i++) {
      const pc = pcs[i];
      const o = op[pc];
      if (o === MATCH) {
        match = [starts[i], pos];
        if (testOnly) return match;
        break;
      }
      if (code >= 0 && tests[a[pc]](code)) n = add(next, n, pc + 1, starts[i], pos + 1);
    }
    if (pos >= s.length) break;
    if (!match) n = add(next, n, 0, pos + 1, pos + 1);
    if (n === 0 && match) break;
    cur = next;
    count = n;
  }
  return match;
}
var CHAR, SPLIT, JMP, ASSERT, MATCH, ASSERT_START, ASSERT_END, ASSERT_WORD, ASSERT_NOT_WORD, MAX_INSTRUCTIONS, foldCache, Compiler, isWord, scratches;
var init_pike_vm = __esm({
  "src/proof/pike-vm.ts"() {
    "use strict";
    CHAR = 0;
    SPLIT = 1;
    JMP = 2;
    ASSERT = 3;
    MATCH = 4;
    ASSERT_START = 0;
    ASSERT_END = 1;
    ASSERT_WORD = 2;
    ASSERT_NOT_WORD = 3;
    MAX_INSTRUCTIONS = 2e4;
    foldCache = /* @__PURE__ */ new Map();
    Compiler = class {
      op = [];
      a = [];
      b = [];
      tests = [];
      emit(op, a = 0, b = 0) {
        if (this.op.length >= MAX_INSTRUCTIONS) throw new RangeError("program too large");
        this.op.push(op);
        this.a.push(a);
        this.b.push(b);
        return this.op.length - 1;
      }
      node(n) {
        switch (n.type) {
          case "char": {
            const code = n.code;
            this.tests.push(charTest({ negated: false, ranges: [[code, code]] }));
            this.emit(CHAR, this.tests.length - 1);
            return;
          }
          case "set":
            if (n.opaque) throw new TypeError("not understood");
            this.tests.push(charTest(n.set));
            this.emit(CHAR, this.tests.length - 1);
            return;
          case "assert":
            this.emit(ASSERT, n.kind === "^" ? ASSERT_START : n.kind === "$" ? ASSERT_END : n.kind === "b" ? ASSERT_WORD : ASSERT_NOT_WORD);
            return;
          case "backref":
            throw new TypeError("backreference");
          case "group":
            if (n.look !== "none") throw new TypeError("lookaround");
            this.node(n.body);
            return;
          case "alt": {
            const jumps = [];
            n.branches.forEach((branch, i) => {
              const last = i === n.branches.length - 1;
              const split = last ? -1 : this.emit(SPLIT);
              if (!last) this.a[split] = this.op.length;
              for (const item of branch) this.node(item);
              if (!last) {
                jumps.push(this.emit(JMP));
                this.b[split] = this.op.length;
              }
            });
            for (const j of jumps) this.a[j] = this.op.length;
            return;
          }
          case "quant": {
            for (let i = 0; i < n.min; i++) this.node(n.body);
            if (n.max === Infinity) {
              const split = this.emit(SPLIT, this.op.length + 1);
              this.node(n.body);
              this.emit(JMP, split);
              this.b[split] = this.op.length;
              return;
            }
            const splits = [];
            for (let i = n.min; i < n.max; i++) {
              splits.push(this.emit(SPLIT, this.op.length + 1));
              this.node(n.body);
            }
            for (const s of splits) this.b[s] = this.op.length;
            return;
          }
        }
      }
    };
    isWord = (code) => code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
    scratches = /* @__PURE__ */ new WeakMap();
  }
});

// src/proof/regex-cost.ts
function backtrackingPaths(node) {
  switch (node.type) {
    case "char":
    case "set":
    case "assert":
    case "backref":
      return 1;
    case "group":
      return backtrackingPaths(node.body);
    case "alt": {
      let total = 0;
      for (const branch of node.branches) {
        let product = 1;
        for (const item of branch) product = clamp(product * backtrackingPaths(item));
        total = clamp(total + product);
      }
      return total;
    }
    case "quant": {
      if (node.max === Infinity) return Infinity;
      const body = backtrackingPaths(node.body);
      let total = 0;
      for (let k = node.min; k <= node.max && total !== Infinity; k++) total = clamp(total + body ** k);
      return total;
    }
  }
}
var CAP, clamp;
var init_regex_cost = __esm({
  "src/proof/regex-cost.ts"() {
    "use strict";
    CAP = 1e9;
    clamp = (n) => n > CAP ? Infinity : n;
  }
});

// src/proof/regex-literals.ts
function factorOfSequence(items) {
  const candidates2 = [];
  let run = "";
  const flush = () => {
    if (run) candidates2.push([run]);
    run = "";
  };
  for (const item of items) {
    if (isAsciiLiteral(item)) {
      run += lower(item.code);
    } else if (isZeroWidth(item)) {
    } else if (item.type === "quant" && item.min >= 1 && isAsciiLiteral(item.body)) {
      run += lower(item.body.code);
      flush();
      run = lower(item.body.code);
    } else {
      flush();
      const inner = factorOf(item);
      if (inner) candidates2.push(inner);
    }
  }
  flush();
  let best = null;
  for (const candidate of candidates2) if (!best || better(candidate, best)) best = candidate;
  return best;
}
function factorOf(node) {
  switch (node.type) {
    case "char":
      return isAsciiLiteral(node) ? [lower(node.code)] : null;
    case "set":
    case "assert":
    case "backref":
      return null;
    case "group":
      return node.look === "none" ? factorOf(node.body) : null;
    case "quant":
      return node.min >= 1 ? factorOf(node.body) : null;
    case "alt": {
      const all = /* @__PURE__ */ new Set();
      for (const branch of node.branches) {
        const factor = factorOfSequence(branch);
        if (!factor) return null;
        for (const literal of factor) all.add(literal);
      }
      return [...all];
    }
  }
}
function requiredLiterals(ast) {
  const factor = factorOf(ast);
  if (!factor || factor.length === 0 || factor.some((s) => s.length === 0)) return null;
  return factor.filter((s, i) => !factor.some((t, j) => j !== i && s.includes(t) && (s !== t || j < i)));
}
function splitTopLevel(source) {
  const parts = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}
function describeAlternatives(source) {
  return splitTopLevel(source).map((part) => {
    const plain = part.replace(/\\b/g, "");
    return /^[\w .,:;'"/=#@!-]+$/.test(plain) ? plain.trim() : part;
  });
}
var isAsciiLiteral, isZeroWidth, lower, better;
var init_regex_literals = __esm({
  "src/proof/regex-literals.ts"() {
    "use strict";
    isAsciiLiteral = (node) => node.type === "char" && node.code >= 32 && node.code < 127;
    isZeroWidth = (node) => node.type === "assert" || node.type === "group" && node.look !== "none";
    lower = (code) => String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
    better = (a, b) => {
      const minA = Math.min(...a.map((s) => s.length));
      const minB = Math.min(...b.map((s) => s.length));
      return minA !== minB ? minA > minB : a.length < b.length;
    };
  }
});

// src/proof/compile-pattern.ts
function compile(source) {
  let regex;
  try {
    regex = new RegExp(source, "i");
  } catch (error) {
    const message = error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "");
    return { ok: false, reason: "invalid", message };
  }
  const ast = parseRegex(source);
  const literals = requiredLiterals(ast);
  const expected = describeAlternatives(source);
  if (backtrackingPaths(ast) <= MAX_V8_PATHS) {
    return {
      ok: true,
      pattern: {
        source,
        engine: "v8",
        literals,
        expected,
        test: (line2) => regex.test(line2),
        exec: (line2) => {
          const m = regex.exec(line2);
          return m ? { index: m.index, text: m[0] } : void 0;
        }
      }
    };
  }
  const program = compileProgram(ast);
  if (!program) {
    return {
      ok: false,
      reason: "unbounded-lookaround",
      message: "unbounded repetition (+, *, {n,}) together with lookaround or a backreference"
    };
  }
  return {
    ok: true,
    pattern: {
      source,
      engine: "pike-vm",
      literals,
      expected,
      test: (line2) => runProgram(program, line2, true) !== void 0,
      exec: (line2) => {
        const span = runProgram(program, line2);
        return span ? { index: span[0], text: line2.slice(span[0], span[1]) } : void 0;
      }
    }
  };
}
function compilePattern(source) {
  let result = cache.get(source);
  if (!result) {
    result = compile(source);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(source, result);
  }
  return result;
}
var MAX_V8_PATHS, MAX_CACHED, cache;
var init_compile_pattern = __esm({
  "src/proof/compile-pattern.ts"() {
    "use strict";
    init_parse_regex();
    init_pike_vm();
    init_regex_cost();
    init_regex_literals();
    MAX_V8_PATHS = 256;
    MAX_CACHED = 512;
    cache = /* @__PURE__ */ new Map();
  }
});

// src/proof/compile-event-patterns.ts
var init_compile_event_patterns = __esm({
  "src/proof/compile-event-patterns.ts"() {
    "use strict";
    init_default_patterns();
    init_compile_pattern();
  }
});

// src/proof/expand-regex-phrases.ts
var init_expand_regex_phrases = __esm({
  "src/proof/expand-regex-phrases.ts"() {
    "use strict";
    init_parse_regex();
    init_regex_literals();
  }
});

// src/lesson/read-grep-patterns.ts
var init_read_grep_patterns = __esm({
  "src/lesson/read-grep-patterns.ts"() {
    "use strict";
  }
});

// src/lesson/check-timing-coverage.ts
var init_check_timing_coverage = __esm({
  "src/lesson/check-timing-coverage.ts"() {
    "use strict";
    init_finding();
    init_default_patterns();
    init_read_log_events();
    init_compile_event_patterns();
    init_expand_regex_phrases();
    init_lesson_patterns();
    init_locate_field();
    init_read_grep_patterns();
  }
});

// src/load-optional-peer.ts
var init_load_optional_peer = __esm({
  "src/load-optional-peer.ts"() {
    "use strict";
    init_errors();
  }
});

// src/catalog/lint-lessons.ts
var init_lint_lessons = __esm({
  "src/catalog/lint-lessons.ts"() {
    "use strict";
    init_finding();
    init_check_timing_coverage();
    init_lesson_patterns();
    init_locate_field();
    init_load_lessons();
    init_load_optional_peer();
  }
});

// src/catalog/lesson-cache.ts
var init_lesson_cache = __esm({
  "src/catalog/lesson-cache.ts"() {
    "use strict";
    init_bundled_lessons_dir();
  }
});

// src/proof/find-hint.ts
function keywords(text2) {
  return (text2.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []).filter((word) => !STOP_WORDS.has(word));
}
function lessonHints(lesson2) {
  const section = lesson2.sections.find((s) => s.slug === "hints");
  if (!section) return [];
  return section.text.split("\n").map((line2) => /^\s*(?:[-*+]|\d+[.)])\s+(.*\S)\s*$/.exec(line2)?.[1]).filter((hint) => hint !== void 0);
}
function findHint(hints, expected) {
  const wanted = keywords(expected.join(" "));
  let best;
  let bestScore = 0;
  for (const hint of hints) {
    const words = keywords(hint);
    const score = wanted.filter((w) => words.some((h) => related(w, h))).length;
    if (score > bestScore) {
      best = hint;
      bestScore = score;
    }
  }
  return best;
}
var STOP_WORDS, related;
var init_find_hint = __esm({
  "src/proof/find-hint.ts"() {
    "use strict";
    STOP_WORDS = /* @__PURE__ */ new Set(["the", "and", "for", "with", "that", "this", "from", "your", "you", "are", "not", "but", "its"]);
    related = (a, b) => {
      if (a === b) return true;
      const n = Math.min(a.length, b.length);
      if (n < 5) return false;
      let common = 0;
      while (common < n && a[common] === b[common]) common++;
      return common >= 5 && common >= n - 2;
    };
  }
});

// src/proof/scan-pattern.ts
function planLiteralScan(patterns) {
  const literals = [...new Set(patterns.flatMap((p) => p.literals ?? []))].sort();
  const key = literals.join("\0");
  let plan2 = plans.get(key);
  if (!plan2) {
    const minimal = literals.filter((s) => !literals.some((t) => t !== s && s.includes(t)));
    const scannedAs = new Map(literals.map((s) => [s, minimal.find((t) => s.includes(t))]));
    const alternation = [...minimal].sort((a, b) => b.length - a.length).map(escape).join("|");
    const scannedFor = /* @__PURE__ */ new WeakMap();
    for (const p of patterns) if (p.literals) scannedFor.set(p, [...new Set(p.literals.map((l) => scannedAs.get(l)))]);
    plan2 = { regex: literals.length === 0 ? void 0 : new RegExp(alternation, "gi"), scannedAs, scannedFor };
    if (plans.size >= 256) plans.clear();
    plans.set(key, plan2);
  }
  return plan2;
}
function createPatternScanner(lines2, capChars, plan2) {
  const { regex } = plan2;
  if (!regex) return { lines: lines2, capChars, literalLines: void 0, scannedAs: plan2.scannedAs, scannedFor: plan2.scannedFor };
  const found = /* @__PURE__ */ new Map();
  const spelled = /* @__PURE__ */ new Map();
  const { text: text2, ends, count } = lines2;
  let line2 = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text2); m; m = regex.exec(text2)) {
    while (line2 < count - 1 && ends[line2] < m.index) line2++;
    let literal = spelled.get(m[0]);
    if (literal === void 0) spelled.set(m[0], literal = m[0].toLowerCase());
    let list = found.get(literal);
    if (!list) found.set(literal, list = []);
    if (list[list.length - 1] !== line2) list.push(line2);
    regex.lastIndex = m.index + 1;
  }
  return { lines: lines2, capChars, literalLines: found, scannedAs: plan2.scannedAs, scannedFor: plan2.scannedFor };
}
function candidates(scanner2, pattern) {
  if (!pattern.literals || !scanner2.literalLines) return null;
  const lists = [];
  const scanned = scanner2.scannedFor.get(pattern) ?? [...new Set(pattern.literals.map((l) => scanner2.scannedAs.get(l) ?? l))];
  for (const literal of scanned) {
    const list = scanner2.literalLines.get(literal);
    if (list && list.length > 0) lists.push(list);
  }
  if (lists.length === 0) return NONE;
  if (lists.length === 1) return lists[0];
  const out = [];
  const at = new Array(lists.length).fill(0);
  for (; ; ) {
    let min = Infinity;
    for (let k = 0; k < lists.length; k++) {
      const v = lists[k][at[k]];
      if (v !== void 0 && v < min) min = v;
    }
    if (min === Infinity) return out;
    out.push(min);
    for (let k = 0; k < lists.length; k++) if (lists[k][at[k]] === min) at[k]++;
  }
}
function markCandidateLines(scanner2, patterns) {
  const marks = new Uint16Array(scanner2.lines.count);
  for (const [bit, pattern] of patterns) {
    const list = candidates(scanner2, pattern);
    if (list === null) for (let i = 0; i < marks.length; i++) marks[i] |= bit;
    else for (const line2 of list) marks[line2] |= bit;
  }
  return marks;
}
function findMatchingLines(scanner2, pattern) {
  const { lines: lines2, capChars } = scanner2;
  const matched = [];
  const list = candidates(scanner2, pattern);
  const total = list ? list.length : lines2.count;
  for (let k = 0; k < total; k++) {
    const line2 = list ? list[k] : k;
    if (pattern.test(lineText(lines2, line2, capChars))) matched.push(line2);
  }
  return matched;
}
function findFirstMatch(scanner2, pattern) {
  const { lines: lines2, capChars } = scanner2;
  const list = candidates(scanner2, pattern);
  const total = list ? list.length : lines2.count;
  for (let k = 0; k < total; k++) {
    const line2 = list ? list[k] : k;
    const m = pattern.exec(lineText(lines2, line2, capChars));
    if (m) return { line: line2, ...m };
  }
  return void 0;
}
var plans, escape, NONE;
var init_scan_pattern = __esm({
  "src/proof/scan-pattern.ts"() {
    "use strict";
    init_paste_lines();
    plans = /* @__PURE__ */ new Map();
    escape = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    NONE = [];
  }
});

// src/proof/check-patterns.ts
function checkPatterns(scanner2, sources, compiledPatterns, hints, where = {}) {
  const findings = [];
  const patterns = [];
  sources.forEach((source, i) => {
    const path = `proof.regex_patterns[${i}]`;
    const compiled = compiledPatterns[i];
    if (!compiled.ok) {
      const code = compiled.reason === "invalid" ? "PATTERN_INVALID" : "PATTERN_UNSAFE";
      findings.push(createFinding(code, "error", { pattern: source, reason: compiled.message }, { ...where, path }));
      patterns.push({ pattern: source, passed: false, expected: [source] });
      return;
    }
    const { pattern } = compiled;
    const match = findFirstMatch(scanner2, pattern);
    if (match) {
      const line2 = match.line + 1;
      findings.push(createFinding("PATTERN_MATCHED", "info", { pattern: source, line: line2 }, { ...where, path, line: line2 }));
      patterns.push({
        pattern: source,
        passed: true,
        line: line2,
        excerpt: excerptOf(lineText(scanner2.lines, match.line, scanner2.capChars), match.index, match.text.length),
        match: match.text,
        expected: pattern.expected
      });
      return;
    }
    const hint = findHint(hints(), pattern.expected);
    findings.push(
      createFinding("PATTERN_NOT_FOUND", "error", { pattern: source, expected: pattern.expected, ...hint ? { hint } : {} }, { ...where, path })
    );
    patterns.push({ pattern: source, passed: false, expected: pattern.expected, ...hint ? { hint } : {} });
  });
  return { passed: patterns.every((p) => p.passed), findings, patterns };
}
var init_check_patterns = __esm({
  "src/proof/check-patterns.ts"() {
    "use strict";
    init_finding();
    init_find_hint();
    init_paste_lines();
    init_scan_pattern();
  }
});

// src/log-events/log-event.ts
var DETECTION_KINDS;
var init_log_event = __esm({
  "src/log-events/log-event.ts"() {
    "use strict";
    DETECTION_KINDS = /* @__PURE__ */ new Set(["heartbeat-timeout", "connection-lost"]);
  }
});

// src/log-events/paste-clock.ts
function choosePasteClock(stamps) {
  let reference;
  let absolute = false;
  let yearless = false;
  let timeOfDay = false;
  for (const stamp of stamps) {
    if (!stamp) continue;
    reference ??= stamp;
    if (stamp.kind === "absolute") absolute = true;
    else if (stamp.kind === "yearless") yearless = true;
    else timeOfDay = true;
  }
  if (timeOfDay) {
    const ref = reference.dayMs;
    return { kind: "time-of-day", mixed: absolute || yearless, valueOf: (s) => wrap(s.dayMs, ref, DAY_MS2) };
  }
  if (yearless) {
    const ref = reference.yearMs;
    return { kind: "yearless", mixed: absolute, valueOf: (s) => wrap(s.yearMs, ref, YEAR_MS) };
  }
  return { kind: "absolute", mixed: false, valueOf: (s) => s.ms };
}
function clockText(dayMs) {
  const ms2 = (dayMs % DAY_MS2 + DAY_MS2) % DAY_MS2;
  const whole = Math.floor(ms2);
  const micros = Math.round((ms2 - whole) * 1e3);
  const h = Math.floor(whole / 36e5);
  const m = Math.floor(whole % 36e5 / 6e4);
  const s = Math.floor(whole % 6e4 / 1e3);
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(whole % 1e3, 3)}${micros > 0 ? pad(micros, 3) : ""}`;
}
function formatClockValue(kind, value, options = {}) {
  if (kind === "absolute") {
    const days = Math.floor(value / DAY_MS2);
    const { year, month, day } = civilFromDays(days);
    const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    return options.zoned === false ? `${date} ${clockText(value - days * DAY_MS2)}` : `${date}T${clockText(value - days * DAY_MS2)}Z`;
  }
  if (kind === "yearless") {
    const inYear = (value % YEAR_MS + YEAR_MS) % YEAR_MS;
    const day = Math.floor(inYear / DAY_MS2);
    const month = MONTH_START2.findIndex((start) => start > day) - 1;
    return `${MONTHS3[month]} ${day - MONTH_START2[month] + 1} ${clockText(inYear - day * DAY_MS2)}`;
  }
  return clockText(value);
}
var DAY_MS2, YEAR_MS, wrap, pad, MONTHS3, MONTH_START2;
var init_paste_clock = __esm({
  "src/log-events/paste-clock.ts"() {
    "use strict";
    init_parse_timestamp();
    DAY_MS2 = 864e5;
    YEAR_MS = 365 * DAY_MS2;
    wrap = (value, reference, period) => {
      let delta = (value - reference) % period;
      if (delta < -period / 2) delta += period;
      else if (delta >= period / 2) delta -= period;
      return reference + delta;
    };
    pad = (n, width = 2) => String(n).padStart(width, "0");
    MONTHS3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    MONTH_START2 = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
  }
});

// src/log-events/log-facts.ts
function placeEventsOnClock(events) {
  const clock = choosePasteClock(events.map((e) => e.time));
  return { clock, at: (event) => event.time ? clock.valueOf(event.time) : void 0 };
}
function findLeaderAt(events, clock, atMs) {
  let best;
  for (const event of events) {
    if (event.kind !== "became-leader" && event.kind !== "follows-leader" || event.leader === void 0) continue;
    const t = clock.at(event);
    if (t === void 0 || t >= atMs || event.time.precisionMs > 1 && t + event.time.precisionMs > atMs) continue;
    if (!best || t > best.atMs || t === best.atMs && event.kind === "became-leader") best = { node: event.leader, event, atMs: t };
  }
  return best;
}
function judgeKills(events, clock) {
  const kills = [];
  let writers;
  for (const event of events) {
    if (event.kind !== "kill") continue;
    const atMs = clock.at(event);
    if (atMs === void 0) continue;
    const killed = event.node ?? event.target;
    const leaderThen = findLeaderAt(events, clock, atMs);
    let ofLeader = killed === void 0 || leaderThen === void 0 || leaderThen.node === killed;
    if (!ofLeader) {
      writers ??= new Set(events.flatMap((e) => e.node === void 0 ? [] : [e.node]));
      ofLeader = namesSameAbsentNode(killed, leaderThen.node, writers);
    }
    kills.push({ event, atMs, killed, leaderThen, ofLeader, leader: killed ?? leaderThen?.node });
  }
  kills.sort((a, b) => a.atMs - b.atMs || a.event.line - b.event.line);
  return kills.filter((kill2, i) => !continuesShutdown(events, clock, kills.slice(0, i), kill2));
}
function namesSameAbsentNode(killed, leader, writers) {
  return !writers.has(killed) && !writers.has(leader) && MEMBER_ID.test(leader) !== MEMBER_ID.test(killed);
}
function continuesShutdown(events, clock, earlier, kill2) {
  if (kill2.killed === void 0) return false;
  let previous;
  for (const k of earlier) if (k.killed === kill2.killed) previous = k;
  if (!previous) return false;
  return !events.some((e) => {
    if (e.kind !== "startup" || e.node !== kill2.killed) return false;
    const at = clock.at(e);
    return at !== void 0 && at > previous.atMs && at <= kill2.atMs;
  });
}
function findDetection(lines2, killAtMs) {
  let heartbeat2;
  let connection2;
  for (const line2 of lines2) {
    const t = line2.atMs;
    if (t === void 0 || t < killAtMs) continue;
    if (line2.kind === "heartbeat-timeout") {
      if (!heartbeat2 || t < heartbeat2.atMs) heartbeat2 = line2;
    } else if (line2.kind === "connection-lost" && (!connection2 || t < connection2.atMs)) connection2 = line2;
  }
  const viaHeartbeat = heartbeat2 !== void 0 && (connection2 === void 0 || heartbeat2.atMs <= connection2.atMs);
  const first = viaHeartbeat ? heartbeat2 : connection2;
  return { heartbeat: heartbeat2, connection: connection2, first, via: first === void 0 ? void 0 : viaHeartbeat ? "heartbeat" : "connection" };
}
var MEMBER_ID;
var init_log_facts = __esm({
  "src/log-events/log-facts.ts"() {
    "use strict";
    init_paste_clock();
    MEMBER_ID = /^[0-9a-f]{8,16}$/;
  }
});

// src/proof/measure-detection.ts
function measureDetection(timing2, lines2, read, where = {}) {
  const findings = [];
  const at = (line2) => where.file === void 0 ? { line: line2 + 1 } : { file: where.file, line: line2 + 1 };
  const excerpt = (line2) => excerptOf(lineText(lines2, line2, 4096));
  const { events, nodes } = read;
  const clock = placeEventsOnClock(events);
  const last = /* @__PURE__ */ new Map();
  let anyStamp = false;
  for (const event of events) {
    const v = clock.at(event);
    if (v === void 0) continue;
    anyStamp = true;
    if (event.node === void 0) continue;
    const previous = last.get(event.node);
    if (previous === null) continue;
    if (previous && v < previous.value) {
      findings.push(createFinding("TIMESTAMPS_BACKWARDS", "warning", { node: event.node, backMs: round(previous.value - v), line: event.line + 1, previousLine: previous.line + 1 }, at(event.line)));
      last.set(event.node, null);
    } else last.set(event.node, { value: v, line: event.line });
  }
  const measurements = (outcome, killed) => {
    const kill2 = outcome?.kill ?? killed;
    return {
      clock: clock.clock.kind,
      killAtMs: kill2 === void 0 ? null : round(kill2.atMs),
      killAt: kill2 === void 0 ? null : formatClockValue(clock.clock.kind, kill2.atMs, { zoned: kill2.event.time?.zoned }),
      killLine: kill2 === void 0 ? null : kill2.event.line + 1,
      killExcerpt: kill2 === void 0 ? null : excerpt(kill2.event.line),
      leader: outcome?.leader ?? kill2?.killed ?? null,
      killedNode: kill2?.killed ?? outcome?.leader ?? null,
      leaderFrom: outcome?.leaderFrom ?? (kill2?.killed === void 0 ? null : kill2.event.node !== void 0 ? "kill-line" : "kill-line-mention"),
      windowMs: timing2.window_ms,
      expectedFollowers: timing2.followers,
      nodesSeen: nodes,
      followers: outcome?.followers ?? []
    };
  };
  if (!anyStamp && !read.anyStamp) {
    findings.push(createFinding("TIMESTAMPS_MISSING", "error", { lines: lines2.count }, where));
    return { passed: false, findings, measurements: measurements(void 0) };
  }
  if (clock.clock.kind !== "absolute") findings.push(createFinding("TIMESTAMPS_WITHOUT_DATE", "info", { clock: clock.clock.kind, mixed: clock.clock.mixed }, where));
  const kills = judgeKills(events, clock);
  if (kills.length === 0) {
    const untimed = events.find((e) => e.kind === "kill");
    findings.push(
      createFinding("KILL_LINE_MISSING", "error", { pattern: timing2.kill_pattern, ...untimed === void 0 ? {} : { untimestampedLine: untimed.line + 1 } }, untimed === void 0 ? where : at(untimed.line))
    );
    return { passed: false, findings, measurements: measurements(void 0) };
  }
  const leaderKills = kills.filter((k) => k.ofLeader);
  if (leaderKills.length === 0) {
    const kill2 = kills[0];
    findings.push(
      createFinding("KILLED_NODE_NOT_LEADER", "error", { killed: kill2.killed, leader: kill2.leaderThen.node, line: kill2.leaderThen.event.line + 1, killLine: kill2.event.line + 1 }, at(kill2.leaderThen.event.line))
    );
    const m = measurements(void 0, kill2);
    return { passed: false, findings, measurements: { ...m, leader: kill2.leaderThen.node, leaderFrom: "leader-statement" } };
  }
  const outcomes = leaderKills.map((kill2) => judgeKill(kill2, events, nodes, clock.at, timing2, at, excerpt));
  const strong = (o) => o.kill.killed !== void 0;
  const passes = (o) => o.detectedInTime >= timing2.followers;
  const chosen = outcomes.find((o) => strong(o) && passes(o)) ?? outcomes.find(passes) ?? outcomes.find(strong) ?? outcomes[0];
  const passed = chosen.detectedInTime >= timing2.followers;
  if (kills.length > 1) {
    findings.push(
      createFinding(
        "KILL_CHOSEN",
        "info",
        {
          line: chosen.kill.event.line + 1,
          node: chosen.leader ?? null,
          reason: passed ? "detected" : "first",
          kills: kills.map((k) => ({ line: k.event.line + 1, node: k.killed ?? null, ofLeader: k.ofLeader, leaderThen: k.leaderThen?.node ?? null }))
        },
        at(chosen.kill.event.line)
      )
    );
  }
  for (const finding of chosen.findings) findings.push(passed && finding.severity === "error" ? createFinding(finding.code, "warning", finding.args, finding) : finding);
  if (chosen.followerNodes.length < timing2.followers) {
    findings.push(
      createFinding(
        "FOLLOWER_MISSING",
        "error",
        { expected: timing2.followers, seen: chosen.followerNodes.length, seenNodes: chosen.followerNodes, leader: chosen.leader ?? null, unattributedDetections: read.unattributed },
        where
      )
    );
  }
  return { passed: passed && chosen.followerNodes.length >= timing2.followers, findings, measurements: measurements(chosen) };
}
function judgeKill(kill2, events, nodes, timeOf, timing2, at, excerpt) {
  let leader = kill2.killed;
  let leaderFrom = kill2.event.node !== void 0 ? "kill-line" : kill2.killed !== void 0 ? "kill-line-mention" : null;
  if (leader === void 0 && kill2.leaderThen) [leader, leaderFrom] = [kill2.leaderThen.node, "leader-statement"];
  if (leader === void 0) {
    const votes = /* @__PURE__ */ new Map();
    for (const event of events) {
      if (event.kind !== "heartbeat-timeout" && event.kind !== "connection-lost" || event.leader === void 0) continue;
      votes.set(event.leader, (votes.get(event.leader) ?? 0) + 1);
    }
    let best = 0;
    for (const [node, count] of votes) if (count > best) [leader, best] = [node, count];
    if (leader !== void 0) leaderFrom = "detections";
  }
  const followerNodes = nodes.filter((node) => node !== leader);
  const killAt = kill2.atMs;
  const killPrecision = kill2.event.time.precisionMs;
  const followers = [];
  const findings = [];
  let detectedInTime = 0;
  for (const node of followerNodes) {
    const detections = [];
    let before;
    let untimed;
    const after = [];
    for (const event2 of events) {
      if (event2.node !== node) continue;
      const t = timeOf(event2);
      const detection = DETECTION_KINDS.has(event2.kind);
      if (t === void 0) {
        if (detection && untimed === void 0) untimed = event2;
        continue;
      }
      if (t >= killAt) {
        if (after.length < LOOKED_AT_LINES || timeOf(after[after.length - 1]) > t) {
          after.push(event2);
          after.sort((a, b) => timeOf(a) - timeOf(b));
          if (after.length > LOOKED_AT_LINES) after.pop();
        }
      }
      if (!detection) continue;
      if (t < killAt) {
        if (!before || t > timeOf(before)) before = event2;
        continue;
      }
      detections.push({ kind: event2.kind, atMs: t, event: event2 });
    }
    const found = findDetection(detections, killAt);
    const heartbeat2 = found.heartbeat?.event;
    const connection2 = found.connection?.event;
    if (!heartbeat2 && !connection2) {
      const looked = after.map((e) => ({ line: e.line + 1, excerpt: excerpt(e.line) }));
      if (before) {
        followers.push({ node, status: "before-kill-only" });
        findings.push(
          createFinding("DETECTION_BEFORE_KILL_ONLY", "error", { node, beforeMs: round(killAt - timeOf(before)), line: before.line + 1, killLine: kill2.event.line + 1, looked }, at(before.line))
        );
      } else {
        followers.push({ node, status: "no-detection" });
        findings.push(
          createFinding(
            "FOLLOWER_NO_DETECTION",
            "error",
            { node, killLine: kill2.event.line + 1, looked, ...untimed === void 0 ? {} : { untimestampedLine: untimed.line + 1 } },
            untimed === void 0 ? {} : at(untimed.line)
          )
        );
      }
      continue;
    }
    const heartbeatMs = heartbeat2 ? round(timeOf(heartbeat2) - killAt) : void 0;
    const connectionMs = connection2 ? round(timeOf(connection2) - killAt) : void 0;
    const event = found.first.event;
    const via = found.via;
    const detectionMs = round(found.first.atMs - killAt);
    const precisionMs = Math.max(killPrecision, event.time.precisionMs);
    let status;
    if (precisionMs > timing2.window_ms) {
      status = "too-coarse";
      findings.push(createFinding("TIMESTAMPS_TOO_COARSE", "error", { node, precisionMs, windowMs: timing2.window_ms, detectionMs }, at(event.line)));
    } else if (detectionMs <= timing2.window_ms) {
      status = "detected";
      detectedInTime++;
      findings.push(createFinding("FOLLOWER_DETECTED", "info", { node, detectionMs, via, windowMs: timing2.window_ms }, at(event.line)));
    } else {
      status = "too-slow";
      findings.push(createFinding("DETECTION_TOO_SLOW", "error", { node, detectionMs, windowMs: timing2.window_ms, overByMs: round(detectionMs - timing2.window_ms), via }, at(event.line)));
    }
    const follower = { node, status, detectedAtMs: round(timeOf(event)), detectionMs, via, line: event.line + 1, excerpt: excerpt(event.line) };
    if (heartbeat2) [follower.heartbeatMs, follower.heartbeatLine] = [heartbeatMs, heartbeat2.line + 1];
    if (connection2) [follower.connectionMs, follower.connectionLine] = [connectionMs, connection2.line + 1];
    follower.precisionMs = precisionMs;
    followers.push(follower);
  }
  return { kill: kill2, leader, leaderFrom, followers, findings, detectedInTime, followerNodes };
}
var round, LOOKED_AT_LINES;
var init_measure_detection = __esm({
  "src/proof/measure-detection.ts"() {
    "use strict";
    init_finding();
    init_log_event();
    init_log_facts();
    init_paste_clock();
    init_paste_lines();
    round = (value) => Math.round(value * 1e3) / 1e3;
    LOOKED_AT_LINES = 3;
  }
});

// src/proof/normalize-paste.ts
function utf8Length(text2) {
  let bytes = text2.length;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c < 128) continue;
    if (c < 2048) bytes += 1;
    else if (c >= 55296 && c <= 56319 && i + 1 < text2.length && (text2.charCodeAt(i + 1) & 64512) === 56320) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}
function pasteSize(input, maxBytes) {
  if (typeof input !== "string") return { bytes: input.byteLength, exact: true, tooLarge: input.byteLength > maxBytes };
  if (input.length > maxBytes) return { bytes: input.length, exact: false, tooLarge: true };
  if (input.length * 3 <= maxBytes) return { bytes: input.length, exact: false, tooLarge: false };
  const bytes = utf8Length(input);
  return { bytes, exact: true, tooLarge: bytes > maxBytes };
}
function decodePaste(input) {
  if (typeof input === "string") return input;
  if (input.length >= 2 && (input[0] === 255 && input[1] === 254 || input[0] === 254 && input[1] === 255)) {
    return new TextDecoder(input[0] === 255 ? "utf-16le" : "utf-16be").decode(input);
  }
  return utf8.decode(input);
}
function binaryRatio(text2, maybeNul = false) {
  if (text2.length === 0 || !maybeNul && !text2.includes("\uFFFD")) return 0;
  SUSPICIOUS.lastIndex = 0;
  let count = 0;
  while (SUSPICIOUS.exec(text2)) count++;
  let padding = 0;
  if (maybeNul) {
    NUL_PADDING.lastIndex = 0;
    for (let m = NUL_PADDING.exec(text2); m; m = NUL_PADDING.exec(text2)) padding += m[0].length - m[1].length;
  }
  return text2.length === padding ? 1 : (count - padding) / (text2.length - padding);
}
function normalizePasteText(raw) {
  let text2 = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
  if (text2.includes("\x1B")) text2 = text2.replace(ANSI, "");
  if (text2.includes("\x9B")) text2 = text2.replace(C1_CSI, "");
  if (text2.includes("\r")) text2 = text2.replace(/\r\n?/g, "\n");
  return text2;
}
var DEFAULT_MAX_BYTES, ANSI, C1_CSI, SUSPICIOUS, NUL_PADDING, utf8;
var init_normalize_paste = __esm({
  "src/proof/normalize-paste.ts"() {
    "use strict";
    DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
    ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-Z\\^_]|[()][0-9A-Za-z]|[ -/]*[0-~]?)/g;
    C1_CSI = /\x9b[0-?]*[ -/]*[@-~]/g;
    SUSPICIOUS = /[\x00-\x08\x0e-\x1a\x1c-\x1f\ufffd]/g;
    NUL_PADDING = /(^|\n)\x00+/g;
    utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
  }
});

// src/proof/reference-mark.ts
var REFERENCE_MARK_KEY;
var init_reference_mark = __esm({
  "src/proof/reference-mark.ts"() {
    "use strict";
    REFERENCE_MARK_KEY = "verify-lesson: reference output of the bundled kv_node cluster";
  }
});

// src/proof/verdict.ts
var VERDICT_SCHEMA_VERSION;
var init_verdict = __esm({
  "src/proof/verdict.ts"() {
    "use strict";
    VERDICT_SCHEMA_VERSION = 1;
  }
});

// src/proof/check-paste.ts
function prepare(proof) {
  let prepared = preparedProofs.get(proof);
  if (!prepared) {
    const patterns = proof.regex_patterns.map(compilePattern);
    const timing2 = proof.timing ? TIMING_KEYS.map((key) => compilePattern(proof.timing[key])) : [];
    const usable = [...patterns, ...timing2].flatMap((r) => r.ok ? [r.pattern] : []).concat(timing2.length > 0 ? BUILT_IN_PATTERNS : []);
    prepared = { patterns, timing: timing2, scan: planLiteralScan(usable) };
    preparedProofs.set(proof, prepared);
  }
  return prepared;
}
function rejected(lesson2, stats, referenceOutput, findings) {
  return {
    schemaVersion: VERDICT_SCHEMA_VERSION,
    lessonId: lesson2.id,
    passed: false,
    xpAwarded: 0,
    referenceOutput,
    input: stats,
    checks: [check("input", "failed", findings), check("patterns", "skipped", []), check("timing", "skipped", [])],
    patterns: [],
    measurements: null
  };
}
function checkPaste(lesson2, input, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const capChars = options.lineCapChars ?? DEFAULT_LINE_CAP_CHARS;
  const where = options.file === void 0 ? {} : { file: options.file };
  const size = options.sizeBytes !== void 0 && options.sizeBytes > maxBytes ? { bytes: options.sizeBytes, exact: options.sizeExact ?? true, tooLarge: true } : pasteSize(input, maxBytes);
  if (size.tooLarge) {
    return rejected(lesson2, { chars: 0, lines: 0, longLines: 0 }, false, [
      createFinding("PASTE_TOO_LARGE", "error", { bytes: size.bytes, exact: size.exact, maxBytes }, where)
    ]);
  }
  const decoded = decodePaste(input);
  const ratio = binaryRatio(decoded, typeof input !== "string" && input.indexOf(0) >= 0);
  const text2 = normalizePasteText(decoded);
  const lines2 = indexLines(text2);
  let longLines = 0;
  for (let i = 0; i < lines2.count; i++) if (lines2.ends[i] - lines2.starts[i] > capChars) longLines++;
  const stats = { chars: text2.length, lines: lines2.count, longLines };
  const inputFindings = [];
  if (text2.trim() === "") inputFindings.push(createFinding("PASTE_EMPTY", "error", {}, where));
  if (ratio > BINARY_RATIO) inputFindings.push(createFinding("PASTE_BINARY", "error", { ratio: Math.round(ratio * 1e3) / 1e3 }, where));
  const mark = text2.indexOf(REFERENCE_MARK_KEY);
  const referenceOutput = mark >= 0;
  if (referenceOutput && options.rejectReference) {
    const line2 = lineAt(lines2, mark) + 1;
    inputFindings.push(createFinding("REFERENCE_OUTPUT", "error", { line: line2 }, { ...where, line: line2 }));
  }
  if (inputFindings.length > 0) return rejected(lesson2, stats, referenceOutput, inputFindings);
  if (longLines > 0) inputFindings.push(createFinding("PASTE_LONG_LINES", "info", { count: longLines, capChars }, where));
  const prepared = prepare(lesson2.proof);
  const scanner2 = createPatternScanner(lines2, capChars, prepared.scan);
  let hints;
  const sections = lesson2.sections;
  const patterns = checkPatterns(scanner2, lesson2.proof.regex_patterns, prepared.patterns, () => hints ??= sections ? lessonHints({ sections }) : [], where);
  let timingCheck;
  let measurements = null;
  const timing2 = lesson2.proof.timing;
  if (!timing2) {
    timingCheck = check("timing", "not-required", [createFinding("TIMING_NOT_REQUIRED", "info", {}, where)]);
  } else {
    const refused = [];
    prepared.timing.forEach((result, i) => {
      if (result.ok) return;
      const key = TIMING_KEYS[i];
      const code = result.reason === "invalid" ? "PATTERN_INVALID" : "PATTERN_UNSAFE";
      refused.push(createFinding(code, "error", { pattern: timing2[key], reason: result.message }, { ...where, path: `proof.timing.${key}` }));
    });
    if (refused.length > 0) timingCheck = check("timing", "failed", refused);
    else {
      const [kill2, heartbeat2, connection2] = prepared.timing.map((r) => r.pattern);
      const mayMatch = markCandidateLines(scanner2, [[EVENT_PATTERN_BIT.kill, kill2], [EVENT_PATTERN_BIT.heartbeat, heartbeat2], [EVENT_PATTERN_BIT.connection, connection2], ...BUILT_IN]);
      const candidates2 = [];
      for (let i = 0; i < mayMatch.length; i++) if (mayMatch[i] !== 0) candidates2.push(i);
      const events = readLogEvents(lines2, { kill: kill2, heartbeat: heartbeat2, connection: connection2 }, { candidates: candidates2, mayMatch });
      const result = measureDetection(timing2, lines2, events, where);
      timingCheck = check("timing", result.passed ? "passed" : "failed", result.findings);
      measurements = result.measurements;
    }
  }
  const checks = [check("input", "passed", inputFindings), check("patterns", patterns.passed ? "passed" : "failed", patterns.findings), timingCheck];
  const passed = checks.every((c) => c.passed);
  return {
    schemaVersion: VERDICT_SCHEMA_VERSION,
    lessonId: lesson2.id,
    passed,
    xpAwarded: passed ? lesson2.xp : 0,
    referenceOutput,
    input: stats,
    checks,
    patterns: patterns.patterns,
    measurements
  };
}
var DEFAULT_LINE_CAP_CHARS, BINARY_RATIO, TIMING_KEYS, BUILT_IN, BUILT_IN_PATTERNS, preparedProofs, check;
var init_check_paste = __esm({
  "src/proof/check-paste.ts"() {
    "use strict";
    init_finding();
    init_check_patterns();
    init_compile_pattern();
    init_find_hint();
    init_measure_detection();
    init_normalize_paste();
    init_paste_lines();
    init_reference_mark();
    init_read_log_events();
    init_scan_pattern();
    init_default_patterns();
    init_verdict();
    DEFAULT_LINE_CAP_CHARS = 4096;
    BINARY_RATIO = 0.1;
    TIMING_KEYS = ["kill_pattern", "heartbeat_pattern", "connection_pattern"];
    BUILT_IN = BUILT_IN_EVENT_PATTERNS.map(([bit, regex]) => {
      const result = compilePattern(regex.source);
      if (!result.ok) throw new Error(`built-in event pattern ${regex.source}: ${result.message}`);
      return [bit, result.pattern];
    });
    BUILT_IN_PATTERNS = BUILT_IN.map(([, pattern]) => pattern);
    preparedProofs = /* @__PURE__ */ new WeakMap();
    check = (id, status, findings) => ({
      id,
      status,
      passed: status === "passed" || status === "not-required",
      findings
    });
  }
});

// src/proof/format-verdict.ts
var init_format_verdict = __esm({
  "src/proof/format-verdict.ts"() {
    "use strict";
    init_format_finding();
  }
});

// src/proof/add-finding-messages.ts
var init_add_finding_messages = __esm({
  "src/proof/add-finding-messages.ts"() {
    "use strict";
    init_format_finding();
  }
});

// src/proof/verdict-schema.ts
import { z as z4 } from "zod";
var VERDICT_FINDING_CODES, ms, line, findingSchema, checkSchema, patternSchema, followerSchema, measurementsSchema, verdictSchema;
var init_verdict_schema = __esm({
  "src/proof/verdict-schema.ts"() {
    "use strict";
    VERDICT_FINDING_CODES = [
      "PASTE_EMPTY",
      "PASTE_TOO_LARGE",
      "PASTE_BINARY",
      "PASTE_LONG_LINES",
      "REFERENCE_OUTPUT",
      "PATTERN_MATCHED",
      "PATTERN_NOT_FOUND",
      "PATTERN_INVALID",
      "PATTERN_UNSAFE",
      "TIMING_NOT_REQUIRED",
      "TIMESTAMPS_MISSING",
      "TIMESTAMPS_WITHOUT_DATE",
      "TIMESTAMPS_BACKWARDS",
      "TIMESTAMPS_TOO_COARSE",
      "KILL_LINE_MISSING",
      "DETECTION_BEFORE_KILL_ONLY",
      "FOLLOWER_MISSING",
      "KILLED_NODE_NOT_LEADER",
      "KILL_CHOSEN",
      "FOLLOWER_NO_DETECTION",
      "FOLLOWER_DETECTED",
      "DETECTION_TOO_SLOW"
    ];
    ms = () => z4.number().describe("Milliseconds; fractions keep \xB5s resolution.");
    line = () => z4.int().positive().describe("1-based line in the paste.");
    findingSchema = z4.object({
      code: z4.enum(VERDICT_FINDING_CODES),
      severity: z4.enum(["error", "warning", "info"]),
      file: z4.string().optional().describe("The pasted file, when the caller named it."),
      path: z4.string().optional().describe("Lesson field the finding is about, e.g. proof.regex_patterns[1]."),
      line: line().optional(),
      args: z4.record(z4.string(), z4.unknown()).describe("Data for the message (see src/findings/format-finding.ts)."),
      message: z4.string().optional().describe("The finding in words (formatFindingMessage): set in verdicts from the HTTP service and --json.")
    }).describe("A finding: stable code, severity, location and message arguments.");
    checkSchema = z4.object({
      id: z4.enum(["input", "patterns", "timing"]),
      status: z4.enum(["passed", "failed", "skipped", "not-required"]).describe("skipped: not run because the input was rejected; not-required: the lesson has no such criteria."),
      passed: z4.boolean().describe("status is passed or not-required."),
      findings: z4.array(findingSchema)
    }).describe("One check of the verdict.");
    patternSchema = z4.object({
      pattern: z4.string(),
      passed: z4.boolean(),
      line: line().optional().describe("Line of the first match."),
      excerpt: z4.string().optional().describe("The matching line, cut around the match when long."),
      match: z4.string().optional().describe("The matched text."),
      expected: z4.array(z4.string()).describe("What the pattern accepts, per alternative, in plain words where possible."),
      hint: z4.string().optional().describe("On a failure: a fitting bullet of the lesson's Hints section.")
    }).describe("Result for one proof.regex_patterns entry.");
    followerSchema = z4.object({
      node: z4.string().describe("Node label, e.g. node2."),
      status: z4.enum(["detected", "too-slow", "too-coarse", "before-kill-only", "no-detection"]),
      detectedAtMs: ms().optional().describe("Time of the first detection after the kill, on the paste's clock."),
      detectionMs: ms().optional().describe("First signal after the kill, in ms after the kill."),
      via: z4.enum(["heartbeat", "connection"]).optional(),
      line: line().optional(),
      excerpt: z4.string().optional(),
      heartbeatMs: ms().optional().describe("First heartbeat/election-timeout line after the kill."),
      heartbeatLine: line().optional(),
      connectionMs: ms().optional().describe("First connection-loss line after the kill."),
      connectionLine: line().optional(),
      precisionMs: z4.number().positive().optional().describe("Coarsest resolution of the two timestamps used.")
    }).describe("How one follower noticed the dead leader.");
    measurementsSchema = z4.object({
      clock: z4.enum(["absolute", "yearless", "time-of-day"]).describe("absolute: epoch ms; yearless/time-of-day: ms on a synthetic year/day (timestamps without year/date)."),
      killAtMs: ms().nullable(),
      killAt: z4.string().nullable().describe("The kill time as text on the paste clock."),
      killLine: line().nullable(),
      killExcerpt: z4.string().nullable(),
      leader: z4.string().nullable().describe("The leader at the kill (the killed node, unless a follower was killed)."),
      killedNode: z4.string().nullable().describe("The node the kill line killed; differs from leader when a follower was killed."),
      leaderFrom: z4.enum(["kill-line", "kill-line-mention", "leader-statement", "detections"]).nullable(),
      windowMs: z4.number().positive(),
      expectedFollowers: z4.int().positive(),
      nodesSeen: z4.array(z4.string()),
      followers: z4.array(followerSchema)
    }).describe("The measured detection window.");
    verdictSchema = z4.object({
      schemaVersion: z4.literal(1),
      lessonId: z4.string(),
      passed: z4.boolean(),
      xpAwarded: z4.int().nonnegative().describe("The lesson's xp when passed, else 0."),
      referenceOutput: z4.boolean().describe("The paste carries the bundled cluster's reference mark."),
      input: z4.object({
        chars: z4.int().nonnegative(),
        lines: z4.int().nonnegative(),
        longLines: z4.int().nonnegative().describe("Lines longer than the matching cap.")
      }),
      checks: z4.array(checkSchema).length(3).describe("input, patterns, timing \u2014 in that order."),
      patterns: z4.array(patternSchema),
      measurements: measurementsSchema.nullable().describe("null when the timing check did not run (no timing criteria, input rejected, or a timing pattern refused).")
    }).describe("verify-lesson verdict on a pasted proof (checkPaste).");
  }
});

// src/verifier/merge-lesson-index.ts
var init_merge_lesson_index = __esm({
  "src/verifier/merge-lesson-index.ts"() {
    "use strict";
  }
});

// src/verifier/watch-lessons-dir.ts
var init_watch_lessons_dir = __esm({
  "src/verifier/watch-lessons-dir.ts"() {
    "use strict";
  }
});

// src/verifier/create-verifier.ts
var init_create_verifier = __esm({
  "src/verifier/create-verifier.ts"() {
    "use strict";
    init_errors();
    init_format_finding();
    init_bundled_lessons_dir();
    init_load_lessons();
    init_check_paste();
    init_merge_lesson_index();
    init_watch_lessons_dir();
  }
});

// src/server/http-errors.ts
var init_http_errors = __esm({
  "src/server/http-errors.ts"() {
    "use strict";
  }
});

// src/server/lesson-resources.ts
var init_lesson_resources = __esm({
  "src/server/lesson-resources.ts"() {
    "use strict";
  }
});

// src/formats/verdict-formats.ts
var init_verdict_formats = __esm({
  "src/formats/verdict-formats.ts"() {
    "use strict";
  }
});

// src/server/verify-request.ts
import { z as z5 } from "zod";
var verifyRequestSchema;
var init_verify_request = __esm({
  "src/server/verify-request.ts"() {
    "use strict";
    verifyRequestSchema = z5.strictObject({
      paste: z5.string().describe("The log output the student pasted (for raw bytes, send text/plain or application/octet-stream)."),
      rejectReference: z5.boolean().optional().describe("Fail a paste that is the lesson's reference output instead of the student's own run.")
    }).describe("A paste to judge against the lesson.");
  }
});

// src/server/openapi.ts
import { z as z6 } from "zod";
var init_openapi = __esm({
  "src/server/openapi.ts"() {
    "use strict";
    init_schema();
    init_verdict_schema();
    init_verdict_formats();
    init_http_errors();
    init_verify_request();
  }
});

// src/formats/score-checks.ts
var init_score_checks = __esm({
  "src/formats/score-checks.ts"() {
    "use strict";
  }
});

// src/formats/verdict-text.ts
var init_verdict_text = __esm({
  "src/formats/verdict-text.ts"() {
    "use strict";
    init_format_finding();
  }
});

// src/formats/format-gradescope.ts
var init_format_gradescope = __esm({
  "src/formats/format-gradescope.ts"() {
    "use strict";
    init_format_verdict();
    init_score_checks();
    init_verdict_text();
  }
});

// src/formats/escape-xml.ts
var init_escape_xml = __esm({
  "src/formats/escape-xml.ts"() {
    "use strict";
  }
});

// src/formats/format-junit.ts
var init_format_junit = __esm({
  "src/formats/format-junit.ts"() {
    "use strict";
    init_format_verdict();
    init_escape_xml();
    init_verdict_text();
  }
});

// src/formats/format-prairielearn.ts
var init_format_prairielearn = __esm({
  "src/formats/format-prairielearn.ts"() {
    "use strict";
    init_format_finding();
    init_format_verdict();
    init_score_checks();
    init_verdict_text();
  }
});

// src/scenario/render-report.ts
var init_render_report = __esm({
  "src/scenario/render-report.ts"() {
    "use strict";
  }
});

// src/formats/render-paste-picture.ts
var init_render_paste_picture = __esm({
  "src/formats/render-paste-picture.ts"() {
    "use strict";
    init_escape_xml();
    init_format_finding();
    init_render_report();
  }
});

// src/formats/render-verdict.ts
var init_render_verdict = __esm({
  "src/formats/render-verdict.ts"() {
    "use strict";
    init_add_finding_messages();
    init_format_verdict();
    init_format_gradescope();
    init_format_junit();
    init_format_prairielearn();
    init_render_paste_picture();
  }
});

// src/server/openapi-examples.ts
var EXAMPLE_PASTE;
var init_openapi_examples = __esm({
  "src/server/openapi-examples.ts"() {
    "use strict";
    init_render_verdict();
    init_add_finding_messages();
    EXAMPLE_PASTE = [
      "2026-11-26T19:30:01.000Z node1 INFO  received SIGTERM, shutting down",
      "2026-11-26T19:30:01.012Z node2 INFO  connection to leader node1 lost (EOF)",
      "2026-11-26T19:30:01.014Z node3 INFO  connection to leader node1 lost (EOF)",
      "2026-11-26T19:30:01.288Z node3 WARN  heartbeat timeout \u2014 no message from leader in 300ms",
      "2026-11-26T19:30:01.301Z node2 WARN  heartbeat timeout \u2014 no message from leader in 300ms",
      ""
    ].join("\n");
  }
});

// src/server/package-files.ts
var init_package_files = __esm({
  "src/server/package-files.ts"() {
    "use strict";
    init_errors();
    init_bundled_lessons_dir();
  }
});

// src/server/choose-verdict-format.ts
var init_choose_verdict_format = __esm({
  "src/server/choose-verdict-format.ts"() {
    "use strict";
    init_verdict_formats();
    init_verify_request();
  }
});

// src/server/cors-origins.ts
var init_cors_origins = __esm({
  "src/server/cors-origins.ts"() {
    "use strict";
    init_errors();
  }
});

// src/server/method-guards.ts
var init_method_guards = __esm({
  "src/server/method-guards.ts"() {
    "use strict";
  }
});

// src/server/create-server.ts
var DEFAULT_BODY_LIMIT_BYTES;
var init_create_server = __esm({
  "src/server/create-server.ts"() {
    "use strict";
    init_errors();
    init_format_finding();
    init_load_lessons();
    init_load_optional_peer();
    init_create_verifier();
    init_http_errors();
    init_lesson_resources();
    init_openapi();
    init_openapi_examples();
    init_package_files();
    init_verify_request();
    init_render_verdict();
    init_choose_verdict_format();
    init_cors_origins();
    init_method_guards();
    DEFAULT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;
  }
});

// src/scenario/extract-timeline.ts
var init_extract_timeline = __esm({
  "src/scenario/extract-timeline.ts"() {
    "use strict";
  }
});

// src/scenario/scenario-timing.ts
var init_scenario_timing = __esm({
  "src/scenario/scenario-timing.ts"() {
    "use strict";
  }
});

// src/log-events/index.ts
var init_log_events = __esm({
  "src/log-events/index.ts"() {
    "use strict";
    init_classify_line();
    init_default_patterns();
    init_log_event();
    init_log_facts();
    init_read_log_events();
    init_stamp_epoch();
    init_paste_lines();
  }
});

// src/scenario/scenario-context.ts
var init_scenario_context = __esm({
  "src/scenario/scenario-context.ts"() {
    "use strict";
  }
});

// src/scenario/check-log-clock.ts
var init_check_log_clock = __esm({
  "src/scenario/check-log-clock.ts"() {
    "use strict";
  }
});

// src/scenario/steps/expect-detection-step.ts
var init_expect_detection_step = __esm({
  "src/scenario/steps/expect-detection-step.ts"() {
    "use strict";
    init_log_events();
    init_parse_duration();
    init_scenario_context();
    init_scenario_timing();
    init_check_log_clock();
  }
});

// src/scenario/build-result.ts
var init_build_result = __esm({
  "src/scenario/build-result.ts"() {
    "use strict";
    init_extract_timeline();
    init_scenario_timing();
    init_expect_detection_step();
  }
});

// src/scenario/default-scenario.ts
var init_default_scenario = __esm({
  "src/scenario/default-scenario.ts"() {
    "use strict";
  }
});

// src/process/local-zone.ts
var init_local_zone = __esm({
  "src/process/local-zone.ts"() {
    "use strict";
  }
});

// src/scenario/compose-demo-log.ts
var init_compose_demo_log = __esm({
  "src/scenario/compose-demo-log.ts"() {
    "use strict";
    init_reference_mark();
  }
});

// src/scenario/resolve-target.ts
var init_resolve_target = __esm({
  "src/scenario/resolve-target.ts"() {
    "use strict";
    init_parse_target();
  }
});

// src/scenario/steps/capture-log-step.ts
var init_capture_log_step = __esm({
  "src/scenario/steps/capture-log-step.ts"() {
    "use strict";
    init_check_paste();
    init_local_zone();
    init_compose_demo_log();
    init_resolve_target();
    init_scenario_context();
    init_scenario_timing();
  }
});

// src/scenario/prepare-run.ts
var init_prepare_run = __esm({
  "src/scenario/prepare-run.ts"() {
    "use strict";
    init_errors();
    init_compile_event_patterns();
    init_reference_mark();
    init_default_scenario();
    init_scenario_timing();
    init_capture_log_step();
  }
});

// src/client/key-round-trip.ts
var init_key_round_trip = __esm({
  "src/client/key-round-trip.ts"() {
    "use strict";
  }
});

// src/scenario/steps/expect-keys-step.ts
var init_expect_keys_step = __esm({
  "src/scenario/steps/expect-keys-step.ts"() {
    "use strict";
    init_key_round_trip();
    init_scenario_context();
  }
});

// src/scenario/steps/step-durations.ts
var init_step_durations = __esm({
  "src/scenario/steps/step-durations.ts"() {
    "use strict";
    init_parse_duration();
  }
});

// src/scenario/steps/expect-new-leader-step.ts
var init_expect_new_leader_step = __esm({
  "src/scenario/steps/expect-new-leader-step.ts"() {
    "use strict";
    init_scenario_context();
    init_step_durations();
  }
});

// src/process/poll-until.ts
var init_poll_until = __esm({
  "src/process/poll-until.ts"() {
    "use strict";
  }
});

// src/scenario/steps/expect-rejoin-step.ts
var init_expect_rejoin_step = __esm({
  "src/scenario/steps/expect-rejoin-step.ts"() {
    "use strict";
    init_poll_until();
    init_resolve_target();
    init_scenario_context();
    init_scenario_timing();
    init_step_durations();
  }
});

// src/scenario/steps/expect-step-down-step.ts
var init_expect_step_down_step = __esm({
  "src/scenario/steps/expect-step-down-step.ts"() {
    "use strict";
    init_poll_until();
    init_resolve_target();
    init_scenario_context();
    init_scenario_timing();
    init_step_durations();
  }
});

// src/history/history-types.ts
var init_history_types = __esm({
  "src/history/history-types.ts"() {
    "use strict";
  }
});

// src/history/history-model.ts
var init_history_model = __esm({
  "src/history/history-model.ts"() {
    "use strict";
  }
});

// src/history/check-partition.ts
var init_check_partition = __esm({
  "src/history/check-partition.ts"() {
    "use strict";
  }
});

// src/history/check-history.ts
var init_check_history = __esm({
  "src/history/check-history.ts"() {
    "use strict";
    init_check_partition();
  }
});

// src/history/history-event.ts
var init_history_event = __esm({
  "src/history/history-event.ts"() {
    "use strict";
  }
});

// src/history/read-edn.ts
var init_read_edn = __esm({
  "src/history/read-edn.ts"() {
    "use strict";
  }
});

// src/history/parse-history-text.ts
var init_parse_history_text = __esm({
  "src/history/parse-history-text.ts"() {
    "use strict";
    init_history_event();
    init_read_edn();
  }
});

// src/history/describe-operation.ts
var init_describe_operation = __esm({
  "src/history/describe-operation.ts"() {
    "use strict";
  }
});

// src/history/render-history-report.ts
var init_render_history_report = __esm({
  "src/history/render-history-report.ts"() {
    "use strict";
    init_escape_xml();
    init_describe_operation();
  }
});

// src/history/history-recorder.ts
var init_history_recorder = __esm({
  "src/history/history-recorder.ts"() {
    "use strict";
  }
});

// src/history/format-history-jsonl.ts
var init_format_history_jsonl = __esm({
  "src/history/format-history-jsonl.ts"() {
    "use strict";
  }
});

// src/history/index.ts
var init_history = __esm({
  "src/history/index.ts"() {
    "use strict";
    init_history_types();
    init_history_model();
    init_check_history();
    init_parse_history_text();
    init_describe_operation();
    init_render_history_report();
    init_history_recorder();
    init_format_history_jsonl();
  }
});

// src/scenario/check-client-history.ts
var init_check_client_history = __esm({
  "src/scenario/check-client-history.ts"() {
    "use strict";
    init_history();
  }
});

// src/scenario/steps/expect-linearizable-step.ts
var init_expect_linearizable_step = __esm({
  "src/scenario/steps/expect-linearizable-step.ts"() {
    "use strict";
    init_check_client_history();
  }
});

// src/scenario/steps/fault-step.ts
var init_fault_step = __esm({
  "src/scenario/steps/fault-step.ts"() {
    "use strict";
    init_parse_duration();
    init_scenario_context();
    init_resolve_target();
  }
});

// src/scenario/check-verify-output.ts
var init_check_verify_output = __esm({
  "src/scenario/check-verify-output.ts"() {
    "use strict";
  }
});

// src/scenario/retarget-verify-block.ts
var init_retarget_verify_block = __esm({
  "src/scenario/retarget-verify-block.ts"() {
    "use strict";
  }
});

// src/process/within.ts
var init_within = __esm({
  "src/process/within.ts"() {
    "use strict";
  }
});

// src/process/process-group.ts
var init_process_group = __esm({
  "src/process/process-group.ts"() {
    "use strict";
    init_within();
  }
});

// src/scenario/run-verify-block.ts
var OUTPUT_CAP_BYTES;
var init_run_verify_block = __esm({
  "src/scenario/run-verify-block.ts"() {
    "use strict";
    init_process_group();
    init_within();
    OUTPUT_CAP_BYTES = 64 * 1024;
  }
});

// src/scenario/steps/run-verify-step.ts
var init_run_verify_step = __esm({
  "src/scenario/steps/run-verify-step.ts"() {
    "use strict";
    init_check_verify_output();
    init_retarget_verify_block();
    init_run_verify_block();
    init_scenario_context();
    init_scenario_timing();
  }
});

// src/cluster/request-json.ts
var init_request_json = __esm({
  "src/cluster/request-json.ts"() {
    "use strict";
  }
});

// src/scenario/run-client-workload.ts
var init_run_client_workload = __esm({
  "src/scenario/run-client-workload.ts"() {
    "use strict";
    init_request_json();
    init_history();
  }
});

// src/scenario/steps/start-clients-step.ts
var init_start_clients_step = __esm({
  "src/scenario/steps/start-clients-step.ts"() {
    "use strict";
    init_run_client_workload();
    init_scenario_context();
  }
});

// src/client/kv-client.ts
var init_kv_client = __esm({
  "src/client/kv-client.ts"() {
    "use strict";
    init_request_json();
    init_client_protocol();
  }
});

// src/process/find-free-ports.ts
var init_find_free_ports = __esm({
  "src/process/find-free-ports.ts"() {
    "use strict";
    init_errors();
  }
});

// src/process/reap-on-exit.ts
var init_reap_on_exit = __esm({
  "src/process/reap-on-exit.ts"() {
    "use strict";
  }
});

// src/cluster/peer-links.ts
var init_peer_links = __esm({
  "src/cluster/peer-links.ts"() {
    "use strict";
  }
});

// src/cluster/node-script-path.ts
var init_node_script_path = __esm({
  "src/cluster/node-script-path.ts"() {
    "use strict";
    init_errors();
  }
});

// src/cluster/start-cluster.ts
var STDERR_TAIL_BYTES;
var init_start_cluster = __esm({
  "src/cluster/start-cluster.ts"() {
    "use strict";
    init_errors();
    init_find_free_ports();
    init_poll_until();
    init_process_group();
    init_reap_on_exit();
    init_peer_links();
    init_node_script_path();
    init_request_json();
    STDERR_TAIL_BYTES = 8 * 1024;
  }
});

// src/cluster/bundled-cluster.ts
var init_bundled_cluster = __esm({
  "src/cluster/bundled-cluster.ts"() {
    "use strict";
    init_errors();
    init_within();
    init_client_protocol();
    init_request_json();
    init_start_cluster();
  }
});

// src/process/follow-log.ts
var init_follow_log = __esm({
  "src/process/follow-log.ts"() {
    "use strict";
  }
});

// src/process/wait-until-listening.ts
var init_wait_until_listening = __esm({
  "src/process/wait-until-listening.ts"() {
    "use strict";
    init_poll_until();
  }
});

// src/cluster/read-leadership.ts
var init_read_leadership = __esm({
  "src/cluster/read-leadership.ts"() {
    "use strict";
  }
});

// src/cluster/command-cluster.ts
var init_command_cluster = __esm({
  "src/cluster/command-cluster.ts"() {
    "use strict";
    init_errors();
    init_find_free_ports();
    init_follow_log();
    init_process_group();
    init_reap_on_exit();
    init_within();
    init_wait_until_listening();
    init_log_events();
    init_local_zone();
    init_compile_event_patterns();
    init_kv_client();
    init_read_leadership();
    init_peer_links();
  }
});

// src/cluster/scenario-cluster.ts
var init_scenario_cluster = __esm({
  "src/cluster/scenario-cluster.ts"() {
    "use strict";
    init_bundled_cluster();
    init_command_cluster();
  }
});

// src/scenario/node-logs.ts
var init_node_logs = __esm({
  "src/scenario/node-logs.ts"() {
    "use strict";
    init_log_events();
    init_follow_log();
    init_local_zone();
    init_scenario_timing();
  }
});

// src/scenario/steps/start-step.ts
var init_start_step = __esm({
  "src/scenario/steps/start-step.ts"() {
    "use strict";
    init_kv_client();
    init_scenario_cluster();
    init_node_logs();
  }
});

// src/scenario/steps/wait-leader-step.ts
var init_wait_leader_step = __esm({
  "src/scenario/steps/wait-leader-step.ts"() {
    "use strict";
    init_scenario_context();
    init_step_durations();
    init_command_cluster();
  }
});

// src/scenario/steps/write-step.ts
var init_write_step = __esm({
  "src/scenario/steps/write-step.ts"() {
    "use strict";
    init_key_round_trip();
    init_scenario_context();
    init_scenario_timing();
  }
});

// src/scenario/steps/step-runners.ts
var init_step_runners = __esm({
  "src/scenario/steps/step-runners.ts"() {
    "use strict";
    init_capture_log_step();
    init_expect_detection_step();
    init_expect_keys_step();
    init_expect_new_leader_step();
    init_expect_rejoin_step();
    init_expect_step_down_step();
    init_expect_linearizable_step();
    init_fault_step();
    init_run_verify_step();
    init_start_clients_step();
    init_start_step();
    init_wait_leader_step();
    init_write_step();
  }
});

// src/scenario/steps/step-title.ts
var init_step_title = __esm({
  "src/scenario/steps/step-title.ts"() {
    "use strict";
  }
});

// src/scenario/run-scenario.ts
var init_run_scenario = __esm({
  "src/scenario/run-scenario.ts"() {
    "use strict";
    init_errors();
    init_build_result();
    init_prepare_run();
    init_step_runners();
    init_step_title();
  }
});

// src/scenario/summarize-trials.ts
var init_summarize_trials = __esm({
  "src/scenario/summarize-trials.ts"() {
    "use strict";
  }
});

// .prof/parts.ts
import { readFileSync } from "node:fs";

// src/index.ts
init_errors();
init_format_finding();
init_parse_lesson();
init_load_lessons();
init_lint_lessons();
init_bundled_lessons_dir();
init_lesson_cache();

// src/cli/run-cli.ts
init_errors();
init_did_you_mean();
var SCENARIO_OPTIONS = ["lessons", "json", "format", "partial-credit", "signal", "workdir", "out", "report", "cluster", "leader", "client", "trials", "timeout-ms"];
var COMMAND_OPTIONS = {
  paste: ["lessons", "paste", "json", "format", "partial-credit", "reject-reference", "report"],
  scenario: SCENARIO_OPTIONS,
  list: ["lessons", "json"],
  lint: ["lessons", "json", "no-redos"],
  serve: ["lessons", "port", "host", "cors-origin"],
  cluster: ["nodes", "workdir"],
  history: ["model", "json", "report", "timeout-ms"]
};
var COMMANDS = Object.keys(COMMAND_OPTIONS).filter((c) => c !== "paste" && c !== "scenario");

// src/lesson/front-matter-json-schema.ts
init_schema();
import { z as z3 } from "zod";

// src/proof/index.ts
init_check_paste();
init_format_verdict();
init_normalize_paste();
init_reference_mark();
init_verdict();

// src/index.ts
init_add_finding_messages();
init_verdict_schema();
init_create_verifier();
init_create_server();
init_openapi();
init_format_gradescope();
init_format_prairielearn();
init_format_junit();
init_render_verdict();
init_verdict_formats();
init_run_scenario();
init_summarize_trials();
init_start_cluster();
init_history();

// .prof/parts.ts
init_check_paste();
init_paste_lines();
init_scan_lines();
init_read_log_events();
init_compile_pattern();
init_scan_pattern();
init_default_patterns();
init_normalize_paste();
var { lesson } = parseLesson(readFileSync("lessons/w12-l03.md", "utf8"), "w12-l03.md");
var MESSAGES = [
  (i) => `DEBUG append entries from leader node1 term=3 prev_index=${i} entries=1 commit=${i}`,
  (i) => `INFO  applied index=${i} to the state machine (put k${i % 97})`,
  (i) => `DEBUG heartbeat from leader node1 term=3 commit=${i}`,
  (i) => `INFO  persisted hard state term=3 vote=1 commit=${i}`,
  (i) => `DEBUG snapshot check: log size ${1e3 + i} entries, threshold 10000`
];
function makePaste(bytes) {
  const kill2 = Date.UTC(2026, 10, 26, 19, 30, 1);
  const perFile = Math.max(1, Math.floor(bytes / 3 / 110));
  const lines2 = [];
  for (const node of [1, 2, 3]) {
    const prefix = `data/node${node}/node.log:`;
    for (let i = 0; i < perFile; i++) {
      const at = kill2 - (perFile - i) * 7;
      lines2.push(`${prefix}${new Date(at).toISOString()} node${node} ${MESSAGES[(i + node) % MESSAGES.length](i)}`);
    }
    if (node === 1) lines2.push(`${prefix}${new Date(kill2).toISOString()} node1 INFO  received SIGTERM, shutting down`);
    else {
      lines2.push(`${prefix}${new Date(kill2 + 10 + node).toISOString()} node${node} INFO  connection to leader node1 lost (EOF)`);
      lines2.push(`${prefix}${new Date(kill2 + 280 + node).toISOString()} node${node} WARN  heartbeat timeout \u2014 no message from leader in 300ms`);
    }
  }
  return new TextDecoder().decode(new TextEncoder().encode(`${lines2.join("\n")}
`));
}
var text = makePaste(10 * 1024);
var timing = lesson.proof.timing;
var [kill, heartbeat, connection] = ["kill_pattern", "heartbeat_pattern", "connection_pattern"].map((k) => compilePattern(timing[k]).pattern);
var BUILT = BUILT_IN_EVENT_PATTERNS.map(([, r]) => compilePattern(r.source).pattern);
var regexPats = lesson.proof.regex_patterns.map((s) => compilePattern(s).pattern);
var plan = planLiteralScan([...regexPats, kill, heartbeat, connection, ...BUILT]);
console.log("literal regex:", plan.regex?.source);
var sink = 0;
function charCodePass(t) {
  let s = 0;
  for (let i = 0; i < t.length; i++) s = s + t.charCodeAt(i) | 0;
  return s;
}
function bench(name, fn, n = 3e3) {
  for (let i = 0; i < 500; i++) fn();
  const r = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    for (let i = 0; i < n / 7; i++) fn();
    r.push((performance.now() - t0) / (n / 7) * 1e3);
  }
  r.sort((a, b) => a - b);
  console.log(name.padEnd(30), r[0].toFixed(1), "\xB5s");
}
var lines = indexLines(text);
var table = scanLines(lines);
var scanner = createPatternScanner(lines, 4096, plan);
var cands = [kill, heartbeat, connection, ...BUILT].map((p) => findMatchingLines(scanner, p));
var union = [...new Set(cands.flat())].sort((a, b) => a - b);
console.log("lines", lines.count, "candidates", union.length, "literal hits", [...scanner.literalLines].map(([k, v]) => `${k}:${v.length}`).join(" "));
if (!process.argv[2]) bench("charCodePass", () => sink ^= charCodePass(text));
if (!process.argv[2]) bench("normalize+decode", () => normalizePasteText(decodePaste(text)));
if (!process.argv[2]) bench("indexLines", () => indexLines(text));
if (!process.argv[2]) bench("scanLines", () => scanLines(lines));
if (!process.argv[2]) bench("literal scan", () => createPatternScanner(lines, 4096, plan));
if (!process.argv[2]) bench("findMatchingLines x9", () => [kill, heartbeat, connection, ...BUILT].map((p) => findMatchingLines(scanner, p)));
if (!process.argv[2]) bench("readLogEvents(cands)", () => readLogEvents(lines, { kill, heartbeat, connection }, { table, candidates: union }));
if (!process.argv[2]) bench("checkPaste", () => checkPaste(lesson, text));
if (process.argv[2] === "rle") {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 4e3) {
    readLogEvents(lines, { kill, heartbeat, connection }, { table, candidates: union });
    n++;
  }
  console.log("rle", ((performance.now() - t0) / n * 1e3).toFixed(1));
}
if (process.argv[2] === "ratio") {
  const med = (v) => [...v].sort((a2, b) => a2 - b)[v.length >> 1];
  const tb = (fn, b) => {
    const t0 = performance.now();
    for (let i = 0; i < b; i++) fn();
    return (performance.now() - t0) / b;
  };
  for (let i = 0; i < 3e3; i++) {
    checkPaste(lesson, text);
    sink ^= charCodePass(text);
  }
  const a = [], c = [];
  for (let r = 0; r < 101; r++) {
    a.push(tb(() => sink ^= charCodePass(text), 50));
    c.push(tb(() => checkPaste(lesson, text), 50));
  }
  const mn = (v) => Math.min(...v);
  console.log("RATIO med", (med(c) / med(a)).toFixed(2), "min", (mn(c) / mn(a)).toFixed(2), (mn(c) * 1e3).toFixed(1), "\xB5s vs", (mn(a) * 1e3).toFixed(1));
}
if (process.argv[2] === "cp") {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 5e3) {
    checkPaste(lesson, text);
    n++;
  }
  console.log("cp", ((performance.now() - t0) / n * 1e3).toFixed(1));
}
if (process.argv[2] === "lit") {
  const src = plan.regex.source;
  const ri = new RegExp(src, "gi"), rs = new RegExp(src, "g");
  const scanAll = (r, t) => {
    r.lastIndex = 0;
    let n = 0;
    for (let m = r.exec(t); m; m = r.exec(t)) {
      n++;
      r.lastIndex = m.index + 1;
    }
    return n;
  };
  const variants = [
    ["gi on text", () => scanAll(ri, text)],
    ["lower + g", () => scanAll(rs, text.toLowerCase())],
    ["toLowerCase only", () => text.toLowerCase().length],
    ["charCodePass", () => charCodePass(text)]
  ];
  for (const [name, fn] of variants) {
    for (let i = 0; i < 2e3; i++) sink ^= fn();
  }
  const res = {};
  for (let r = 0; r < 60; r++) for (const [name, fn] of variants) {
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) sink ^= fn();
    (res[name] ??= []).push((performance.now() - t0) / 50 * 1e3);
  }
  for (const [name] of variants) console.log(name.padEnd(20), Math.min(...res[name]).toFixed(1), "\xB5s", scanAll(ri, text));
}
if (process.argv[2] === "lit2") {
  const src = plan.regex.source;
  const scanAll = (r, t) => {
    r.lastIndex = 0;
    let n = 0;
    for (let m = r.exec(t); m; m = r.exec(t)) {
      n++;
      r.lastIndex = m.index + 1;
    }
    return n;
  };
  const mk = (min) => new RegExp(src.split("|").filter((l) => l.replace(/\\/g, "").length >= min).join("|"), "gi");
  const variants = [["all", mk(0)], [">=4", mk(4)], [">=5", mk(5)], [">=6", mk(6)], [">=7", mk(7)], ["leader only", /leader/gi], ["leader|timeout", /leader|timeout/gi], ["10 long", /shutting down|connection |heartbeat|election|terminated|candidate|transition|listening |initiali|appendentries/gi]];
  const res = {};
  for (let r = 0; r < 60; r++) for (const [name, re] of variants) {
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) sink ^= scanAll(re, text);
    (res[name] ??= []).push((performance.now() - t0) / 50 * 1e3);
  }
  for (const [name, re] of variants) console.log(name.padEnd(20), Math.min(...res[name]).toFixed(1), "\xB5s", scanAll(re, text), re.source.split("|").length);
}
function trieRegex(words) {
  const root = /* @__PURE__ */ new Map();
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let c = n.get(ch);
      if (!c) n.set(ch, c = /* @__PURE__ */ new Map());
      n = c;
    }
    n.end = true;
  }
  const esc = (c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const emit = (n) => {
    const parts = [...n].map(([ch, c]) => esc(ch) + (c.end ? "" : emit(c)));
    if (parts.length === 1) return parts[0];
    return `(?:${parts.join("|")})`;
  };
  return emit(root);
}
if (process.argv[2] === "lit3") {
  const words = plan.regex.source.split("|").map((w) => w.replace(/\\/g, ""));
  const scanAll = (r, t) => {
    r.lastIndex = 0;
    let n = 0;
    for (let m = r.exec(t); m; m = r.exec(t)) {
      n++;
      r.lastIndex = m.index + 1;
    }
    return n;
  };
  const trie = trieRegex(words);
  console.log(trie);
  const variants = [["all", new RegExp(plan.regex.source, "gi")], ["trie", new RegExp(trie, "gi")]];
  const res = {};
  for (let r = 0; r < 60; r++) for (const [name, re] of variants) {
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) sink ^= scanAll(re, text);
    (res[name] ??= []).push((performance.now() - t0) / 50 * 1e3);
  }
  for (const [name, re] of variants) console.log(name.padEnd(20), Math.min(...res[name]).toFixed(1), "\xB5s", scanAll(re, text));
}
if (process.argv[2] === "lit4") {
  const ri = new RegExp(plan.regex.source, "gi");
  const scanAll = (r, t) => {
    r.lastIndex = 0;
    let n = 0;
    for (let m = r.exec(t); m; m = r.exec(t)) {
      n++;
      r.lastIndex = m.index + 1;
    }
    return n;
  };
  const testOnly = (r, t) => {
    r.lastIndex = 0;
    let n = 0;
    while (r.test(t)) {
      n++;
    }
    return n;
  };
  const variants = [
    ["exec loop", () => scanAll(ri, text)],
    ["test loop", () => testOnly(ri, text)],
    ["createPatternScanner", () => createPatternScanner(lines, 4096, plan).literalLines.size],
    ["indexLines", () => indexLines(text).count],
    ["scanLines", () => scanLines(lines).kinds.length],
    ["charCodePass", () => charCodePass(text)]
  ];
  for (const [, fn] of variants) {
    for (let i = 0; i < 2e3; i++) sink ^= fn();
  }
  const res = {};
  for (let r = 0; r < 80; r++) for (const [name, fn] of variants) {
    const t0 = performance.now();
    for (let i = 0; i < 30; i++) sink ^= fn();
    (res[name] ??= []).push((performance.now() - t0) / 30 * 1e3);
  }
  for (const [name] of variants) console.log(name.padEnd(22), Math.min(...res[name]).toFixed(1), "\xB5s");
}
if (process.argv[2] === "lit5") {
  const words = plan.regex.source.split("|").map((w) => w.replace(/\\/g, ""));
  const cls = (w) => [...w].map((c) => /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("");
  const manual = new RegExp(words.map(cls).join("|"), "g");
  const trieM = new RegExp(trieRegex(words).replace(/(?<!\\)([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`), "g");
  const ri = new RegExp(plan.regex.source, "gi");
  const testOnly = (r, t) => {
    r.lastIndex = 0;
    let n = 0;
    while (r.test(t)) {
      n++;
    }
    return n;
  };
  const variants = [
    ["gi", () => testOnly(ri, text)],
    ["manual classes", () => testOnly(manual, text)],
    ["trie manual", () => testOnly(trieM, text)],
    ["charCodePass", () => charCodePass(text)]
  ];
  for (const [n, fn] of variants) {
    console.log(n, fn());
    for (let i = 0; i < 2e3; i++) sink ^= fn();
  }
  const res = {};
  for (let r = 0; r < 80; r++) for (const [name, fn] of variants) {
    const t0 = performance.now();
    for (let i = 0; i < 30; i++) sink ^= fn();
    (res[name] ??= []).push((performance.now() - t0) / 30 * 1e3);
  }
  for (const [name] of variants) console.log(name.padEnd(22), Math.min(...res[name]).toFixed(1), "\xB5s");
}
if (process.argv[2] === "sl") {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 4e3) {
    scanLines(lines);
    n++;
  }
  console.log("sl", ((performance.now() - t0) / n * 1e3).toFixed(1));
}
if (process.argv[2] === "cpu") {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e3;
  };
  for (let i = 0; i < 3e3; i++) {
    checkPaste(lesson, text);
    sink ^= charCodePass(text);
  }
  const a = [], c = [];
  for (let r = 0; r < 40; r++) {
    let t0 = cpu();
    for (let i = 0; i < 200; i++) sink ^= charCodePass(text);
    a.push((cpu() - t0) / 200);
    t0 = cpu();
    for (let i = 0; i < 200; i++) checkPaste(lesson, text);
    c.push((cpu() - t0) / 200);
  }
  const med = (v) => [...v].sort((x, y) => x - y)[v.length >> 1];
  console.log("CPU ratio med", (med(c) / med(a)).toFixed(2), "min", (Math.min(...c) / Math.min(...a)).toFixed(2), (Math.min(...c) * 1e3).toFixed(1), "\xB5s vs", (Math.min(...a) * 1e3).toFixed(1));
}
if (process.argv[2] === "lit6") {
  const reduced = ["closed by peer", "kubectl delete", "appendentries", "shutting down", "econnre", "no heartbeat", "broken pipe", "connection ", "peer closed", "listening ", "systemctl ", "terminated", "candidate", "timed out", "campaign", "election", "initiali", "return", "start", "message", "podman ", "serving", "stopped", "timeout", "docker", "leader", "epipe", "boot", "kill", "eof", "sig", "vot"];
  const all = plan.regex.source.split("|").map((w) => w.replace(/\\/g, ""));
  const esc = (w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const testOnly = (r, t) => {
    r.lastIndex = 0;
    let n = 0;
    while (r.test(t)) {
      n++;
    }
    return n;
  };
  const mk = [["all", new RegExp(all.map(esc).join("|"), "gi")], ["all trie", new RegExp(trieRegex(all), "gi")], ["reduced", new RegExp(reduced.map(esc).join("|"), "gi")], ["reduced trie", new RegExp(trieRegex(reduced), "gi")], ["charCodePass", /x/g]];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e3;
  };
  const res = {};
  for (let r = 0; r < 40; r++) for (const [name, re] of mk) {
    const t0 = cpu();
    for (let i = 0; i < 200; i++) sink ^= name === "charCodePass" ? charCodePass(text) : testOnly(re, text);
    (res[name] ??= []).push((cpu() - t0) / 200 * 1e3);
  }
  for (const [name, re] of mk) console.log(name.padEnd(20), Math.min(...res[name]).toFixed(1), "\xB5s", testOnly(re, text), reduced.length);
}
if (process.argv[2] === "lit7") {
  const words = plan.regex.source.split("|").map((w) => w.replace(/\\/g, ""));
  const esc = (w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const firsts = [...new Set(words.map((w) => w[0].toLowerCase()))].sort().join("");
  const testOnly = (r, t) => {
    r.lastIndex = 0;
    let n = 0;
    while (r.test(t)) {
      n++;
    }
    return n;
  };
  const mk = [
    ["alt", new RegExp(words.map(esc).join("|"), "gi")],
    ["trie", new RegExp(trieRegex(words), "gi")],
    ["lookahead+alt", new RegExp(`(?=[${firsts}])(?:${words.map(esc).join("|")})`, "gi")],
    ["lookahead+trie", new RegExp(`(?=[${firsts}])${trieRegex(words)}`, "gi")],
    ["wordstart trie", new RegExp(`(?<![a-z])${trieRegex(words)}`, "gi")],
    ["charCodePass", /x/g]
  ];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e3;
  };
  const res = {};
  for (let r = 0; r < 40; r++) for (const [name, re] of mk) {
    const t0 = cpu();
    for (let i = 0; i < 200; i++) sink ^= name === "charCodePass" ? charCodePass(text) : testOnly(re, text);
    (res[name] ??= []).push((cpu() - t0) / 200 * 1e3);
  }
  for (const [name, re] of mk) console.log(name.padEnd(20), Math.min(...res[name]).toFixed(1), "\xB5s", testOnly(re, text));
}
