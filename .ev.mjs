// src/log-events/char-codes.ts
var isAsciiDigit = (c) => c >= 48 && c <= 57;
function isAllAsciiDigits(s) {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) if (!isAsciiDigit(s.charCodeAt(k))) return false;
  return true;
}
var isAsciiLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isAsciiWordChar = (c) => isAsciiDigit(c) || isAsciiLetter(c) || c === 95;
var isSpaceOrTab = (c) => c === 32 || c === 9;

// src/log-events/attribute-node.ts
var LABELS = [];
var nodeLabel = (id) => {
  if (typeof id === "string") return id;
  if (id < 4096) return LABELS[id] ??= `node${id}`;
  return `node${id}`;
};
function isNumberedNode(node) {
  if (node.length <= 4 || !node.startsWith("node")) return false;
  for (let k = 4; k < node.length; k++) {
    const c = node.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
var isPortName = (name) => name.charCodeAt(0) === 58 && /^:\d{2,5}$/.test(name);
var lowerAt = (s, i) => s.charCodeAt(i) | 32;
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
  while (p < limit && p - start < 5 && isAsciiDigit(s.charCodeAt(p))) {
    id = id * 10 + s.charCodeAt(p) - 48;
    p++;
  }
  if (p === start) return void 0;
  if (bracket) {
    if (s.charCodeAt(p) !== 93) return void 0;
    p++;
  } else if (p < limit && isAsciiWordChar(s.charCodeAt(p))) return void 0;
  return { label: nodeLabel(id), end: p };
}
var ROLE_NODE_WORDS = "peer|server|replica|member";
var ROLE_NODE_TOKEN = new RegExp(String.raw`^(?:${ROLE_NODE_WORDS})[ _-]?(\d{1,4})$`, "i");
var ROLE_NODE_NAME_SOURCE = String.raw`(?:${ROLE_NODE_WORDS})[ _-]?\d{1,4}(?![\w:@-]|\.\d| of\b)`;
function readRoleNodeName(token) {
  if (token.length < 5 || token.length > 12) return void 0;
  const c = token.charCodeAt(0) | 32;
  if (c !== 112 && c !== 115 && c !== 114 && c !== 109) return void 0;
  const m = ROLE_NODE_TOKEN.exec(token);
  return m ? nodeLabel(Number(m[1])) : void 0;
}
var MENTION_WORDS = /* @__PURE__ */ new Set([
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
  "stopped",
  "voter",
  "nonvoter"
]);
var OBSERVER_WORDS = /* @__PURE__ */ new Set(["watching", "observing", "monitoring", "survivor", "survivors", "remaining", "followers"]);
var isMentionWord = (word) => MENTION_WORDS.has(word.toLowerCase());
function previousWord(s, index) {
  let j = index - 1;
  while (j >= 0) {
    const c = s.charCodeAt(j);
    if (c === 32 || c === 9 || c === 61 || c === 58 || c === 34 || c === 39 || c === 40) j--;
    else break;
  }
  const end = j + 1;
  while (j >= 0 && isAsciiWordChar(s.charCodeAt(j))) j--;
  return s.slice(j + 1, end).toLowerCase();
}
var WRITER_KEYS = /* @__PURE__ */ new Set([
  "node",
  "node_id",
  "nodeid",
  "id",
  "raft_id",
  "name",
  "host",
  "hostname",
  "instance",
  "server",
  "member",
  "self",
  "local",
  "me",
  "service",
  "app",
  "pod",
  "container",
  "source",
  "logger",
  "component",
  "replica",
  "process"
]);
function isOtherKeysValue(s, index) {
  let j = index - 1;
  if (s.charCodeAt(j) === 34 || s.charCodeAt(j) === 39) j--;
  if (s.charCodeAt(j) !== 61) return false;
  let k = j;
  while (k > 0 && (isAsciiWordChar(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 45 || s.charCodeAt(k - 1) === 46)) k--;
  const key = s.slice(k, j).toLowerCase().replace(/-/g, "_");
  return key.length > 0 && !WRITER_KEYS.has(key.slice(key.lastIndexOf(".") + 1));
}
var NODE_ANY = /\[(?:kv[-_]?)?(?:node[-_]?|n)(\d{1,4})\]|\b(?:(?:kv[-_]?)?node|kv)\[(\d{1,7})\]|\b(?:node[-_]?id|nodeid|raft[-_]id|node|id)["']?\s?[=:]\s?["']?(?:(?:kv[-_]?)?node[-_]?|n)?(\d{1,4})\b|\b(?:kv[-_]?)?node[-_]?(\d{1,4})\b/gi;
var SPACED_STARTUP_NODE = /(?:^|[\s\]:|-])(?:kv[-_]?)?node (\d{1,4}),? (?:is )?(?:listening|starting|started|serving|running|booting|ready)\b/i;
function readSpacedStartupNode(text) {
  const m = SPACED_STARTUP_NODE.exec(text);
  return m === null ? void 0 : nodeLabel(Number(m[1]));
}
function findOwnNode(text) {
  return findOwnNodeForm(text)?.label;
}
var isProcessIdBracket = (digits2) => digits2.length > 2;
function findOwnNodeForm(text) {
  NODE_ANY.lastIndex = 0;
  let numbered;
  let processColumn;
  let receiversEnd = -1;
  for (let m = NODE_ANY.exec(text); m; m = NODE_ANY.exec(text)) {
    if (m[4] !== void 0) {
      if (isAfterArrow(text, m.index) || receiversEnd >= 0 && LIST_GAP.test(text.slice(receiversEnd, m.index))) {
        receiversEnd = m.index + m[0].length;
        continue;
      }
      const word = previousWord(text, m.index);
      if (MENTION_WORDS.has(word)) continue;
      if (OBSERVER_WORDS.has(word)) break;
      if (isOtherKeysValue(text, m.index)) continue;
      const before = text.charCodeAt(m.index - 1);
      if (before === 47 || before === 46) continue;
      const after = text.charCodeAt(m.index + m[0].length);
      const keyed = after === 58 ? void 0 : findLaterWriterKey(text, NODE_ANY.lastIndex);
      return { label: keyed ?? nodeLabel(Number(m[4])), bracket: false, processColumn };
    }
    if (m[2] !== void 0) {
      if (!isProcessIdBracket(m[2])) numbered ??= nodeLabel(Number(m[2]));
      else processColumn ??= m[0];
      continue;
    }
    if (m[3] !== void 0 && (text.charCodeAt(m.index - 1) === 45 || text.charCodeAt(m.index - 1) === 46)) continue;
    return { label: nodeLabel(Number(m[1] ?? m[3])), bracket: false, processColumn };
  }
  if (numbered !== void 0) return { label: numbered, bracket: true, processColumn };
  return processColumn === void 0 ? void 0 : { label: void 0, bracket: false, processColumn };
}
var LIST_GAP = /^(?:\s*,\s*|\s+and\s+|\s*\/\s*)$/i;
function isAfterArrow(text, index) {
  let j = index - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  const c = text.charCodeAt(j);
  if (c === 8594) return true;
  return c === 62 && (text.charCodeAt(j - 1) === 45 || text.charCodeAt(j - 1) === 61);
}
var LATER_KEY = new RegExp(NODE_ANY.source, "gi");
function findLaterWriterKey(text, from) {
  LATER_KEY.lastIndex = from;
  for (let m = LATER_KEY.exec(text); m; m = LATER_KEY.exec(text)) {
    if (m[3] === void 0) continue;
    const before = text.charCodeAt(m.index - 1);
    if (before === 45 || before === 46 || OTHER_NODE_WORDS.has(previousWord(text, m.index))) continue;
    return nodeLabel(Number(m[3]));
  }
  return void 0;
}
function findKeyedOwnNode(text) {
  NODE_ANY.lastIndex = 0;
  for (let m = NODE_ANY.exec(text); m; m = NODE_ANY.exec(text)) {
    if (m[3] === void 0) continue;
    const before = text.charCodeAt(m.index - 1);
    if (before === 45 || before === 46) continue;
    return nodeLabel(Number(m[3]));
  }
  return void 0;
}
var ID_FLAG = /--(?:node-?)?id[= ](\d{1,4})\b/gi;
var ONE_ID_FLAG = /--(?:node-?)?id[= ](\d{1,4})\b/i;
var PORT_FLAG = /--port[= ](\d{2,5})\b|--(?:listen|addr|address|bind)[= ](?:[\w.-]{1,64}|\[[0-9a-f:]{0,40}\])?:(\d{2,5})\b/i;
function readLaunchFlags(command) {
  const id = ONE_ID_FLAG.exec(command);
  if (id === null || ONE_ID_FLAG.test(command.slice(id.index + id[0].length))) return void 0;
  const port = PORT_FLAG.exec(command);
  return { node: nodeLabel(Number(id[1])), port: port === null ? void 0 : port[1] ?? port[2] };
}
var POSITIONAL_LAUNCH = /(?:^|\s)[\w.\/~-]*[A-Za-z][\w.\/~-]*\s+(\d{1,2})\s+(\d{4,5})\s*$/;
function readPositionalLaunch(row) {
  const m = POSITIONAL_LAUNCH.exec(row);
  if (m === null || Number(m[2]) < 1024 || Number(m[2]) > 65535) return void 0;
  return { node: nodeLabel(Number(m[1])), port: m[2] };
}
var PID_FILE = /\$\((?:cat\s+|<\s*)([^\s)]{1,200})\s*\)/g;
function findMentionedNodes(text) {
  const nodes = /* @__PURE__ */ new Set();
  NODE_ANY.lastIndex = 0;
  for (let m = NODE_ANY.exec(text); m; m = NODE_ANY.exec(text)) {
    if (m[2] !== void 0 && isProcessIdBracket(m[2])) continue;
    nodes.add(nodeLabel(Number(m[1] ?? m[2] ?? m[3] ?? m[4])));
  }
  ID_FLAG.lastIndex = 0;
  for (let m = ID_FLAG.exec(text); m; m = ID_FLAG.exec(text)) nodes.add(nodeLabel(Number(m[1])));
  if (text.includes("$(")) {
    PID_FILE.lastIndex = 0;
    for (let m = PID_FILE.exec(text); m; m = PID_FILE.exec(text)) {
      const node = findNodeInPath(m[1]);
      if (node !== void 0) nodes.add(node);
    }
  }
  return [...nodes];
}
var LOG_COMMAND = /(?:^|[\s;&|(])(?:(?:docker|podman)(?:[ -]compose)? logs|kubectl logs|journalctl|docker events)(?=\s)/i;
var VALUED_OPTION = /^(?:--since|--until|--tail|-n|--namespace|-c|--container|-l|--selector|-o|--output|-p|--priority|-f|--filter|--format|-u|--unit)$/;
var SOURCE_NAME = /^(?:pod\/|po\/)?([A-Za-z][\w.@-]{0,62})$/;
function commandWords(command, from) {
  const rest = command.slice(from);
  const end = rest.search(/\s\d*[<>]|[|;&]|$/);
  return rest.slice(0, end).trim().split(/\s+/).map((word) => word.replace(/^(["'])(.*)\1$/, "$2"));
}
var STOP_COMMAND = /(?:^|[\s;&|(=])(?:\/(?:usr\/)?(?:local\/)?s?bin\/)?(?:(?:docker|podman)(?:[ -]compose)? (?:kill|stop|restart|rm)|kubectl delete(?: pods?)?|systemctl(?: --?[\w-]+(?:=\S+)?)* (?:stop|kill|restart)|supervisorctl (?:stop|restart)|pm2 (?:stop|delete|restart))(?=\s)/i;
var STOP_VALUED_OPTION = /^(?:-s|--signal|-t|--time|--timeout|--grace-period|-n|--namespace|--context)$/;
function findStoppedName(command) {
  const m = STOP_COMMAND.exec(command);
  if (!m) return findKillingExecName(command);
  const words = commandWords(command, m.index + m[0].length);
  const names = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (word === "") continue;
    if (word.startsWith("-")) {
      if (!word.includes("=") && STOP_VALUED_OPTION.test(word)) k++;
      continue;
    }
    names.push(word);
  }
  if (names.length !== 1) return void 0;
  const name = SOURCE_NAME.exec(/supervisorctl/i.test(m[0]) ? names[0].slice(names[0].indexOf(":") + 1) : names[0]);
  if (!name) return void 0;
  return /systemctl/i.test(m[0]) ? findUnitNode(name[1]) : name[1];
}
var EXEC_COMMAND = /(?:^|[\s;&|(=])(?:\/(?:usr\/)?(?:local\/)?s?bin\/)?(?:(?:docker|podman)(?:[ -]compose|\s+container)? exec|kubectl exec)(?=\s)/i;
var EXEC_VALUED_OPTION = /^(?:-c|--container|-n|--namespace|--context|-u|--user|-w|--workdir|-e|--env|--env-file|--index)$/;
var KILL_WORD = /(?:^|[\s;&|('"])(?:kill|pkill|killall)(?=\s)/;
function findKillingExecName(command) {
  const m = EXEC_COMMAND.exec(command);
  if (!m) return void 0;
  const word = /\S+/g;
  word.lastIndex = m.index + m[0].length;
  let name;
  let p = 0;
  for (let w = word.exec(command); w !== null && name === void 0; w = word.exec(command)) {
    if (/[;&|]/.test(w[0])) return void 0;
    if (!w[0].startsWith("-")) name = w[0];
    else if (!w[0].includes("=") && EXEC_VALUED_OPTION.test(w[0])) word.exec(command);
    p = word.lastIndex;
  }
  if (name === void 0) return void 0;
  let quote = 0;
  let stop = p;
  for (; stop < command.length; stop++) {
    const c = command.charCodeAt(stop);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 59 || c === 38 || c === 124 || c === 10) break;
  }
  if (!KILL_WORD.test(command.slice(p, stop))) return void 0;
  return SOURCE_NAME.exec(name)?.[1];
}
var FUSER_COMMAND = /(?:^|[\s;&|(])fuser\s([^;&|\n]{1,160})/;
var FUSER_KILL_OPTION = /^-[a-z]{0,6}k[a-z]{0,6}$/;
var FUSER_PORT = /^(\d{2,5})\/(?:tcp|udp)$/;
function findKilledPort(command) {
  const m = FUSER_COMMAND.exec(command);
  if (m === null) return void 0;
  const words = m[1].trim().split(/\s+/);
  if (!words.some((word) => FUSER_KILL_OPTION.test(word))) return void 0;
  const ports = [];
  for (let k = 0; k < words.length; k++) {
    const port = FUSER_PORT.exec(words[k]);
    if (port !== null) ports.push(port[1]);
    else if (words[k] === "-n" && /^(?:tcp|udp)$/.test(words[k + 1] ?? "") && /^\d{2,5}$/.test(words[k + 2] ?? "")) ports.push(words[k += 2]);
  }
  return ports.length === 1 ? `:${ports[0]}` : void 0;
}
function findLogSource(command) {
  const m = LOG_COMMAND.exec(command);
  if (!m) return void 0;
  const words = commandWords(command, m.index + m[0].length);
  const journal = /journalctl$/i.test(m[0]);
  const events = /events$/i.test(m[0]);
  const names = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const [option, inline] = word.startsWith("-") ? [word.split("=")[0], word.includes("=") ? word.slice(word.indexOf("=") + 1) : void 0] : [void 0, void 0];
    if (option !== void 0) {
      const value = inline ?? (VALUED_OPTION.test(option) ? words[++k] : void 0);
      if (journal && (option === "-u" || option === "--unit") && value !== void 0) names.push(value);
      if (events && (option === "-f" || option === "--filter") && value !== void 0) {
        const filter = /^(?:container|name)=(.+)$/.exec(value);
        if (filter) names.push(filter[1]);
      }
      continue;
    }
    if (!journal && !events && word !== "") names.push(word);
  }
  if (names.length !== 1) return void 0;
  const name = SOURCE_NAME.exec(names[0]);
  if (!name) return void 0;
  return journal ? findUnitNode(name[1]) : name[1];
}
var FILE_COMMAND = /(?:^|[\s;&|(])(?:cat|tac|tail|head|less|more|[efz]?grep|rg|zcat|bat)(?=\s)/;
var LOG_FILE = /\.(?:log|out|err|txt|jsonl?)(?:\.\d+)?$/i;
function findPrintedLogFile(command) {
  const m = FILE_COMMAND.exec(command);
  if (!m) return void 0;
  let file;
  for (const word of readShellWords(command, m.index + m[0].length)) {
    if (!LOG_FILE.test(word) || word.startsWith("-")) continue;
    if (file !== void 0) return void 0;
    file = word;
  }
  return file;
}
var CAT_COMMAND = /(?:^|[\s;&|(])cat(?=\s)/;
function findCatFiles(command) {
  const m = CAT_COMMAND.exec(command);
  if (!m) return void 0;
  const words = readShellWords(command, m.index + m[0].length);
  if (words.length < 2 || words.some((word) => word.startsWith("-") || /[*?[$]/.test(word))) return void 0;
  return words;
}
function readShellWords(command, from) {
  const words = [];
  let word = "";
  let quote = 0;
  for (let k = from; k < command.length; k++) {
    const c = command.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else word += command[k];
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 124 || c === 59 || c === 38 || c === 60 || c === 62) break;
    else if (c === 32 || c === 9) {
      if (word !== "") words.push(word);
      word = "";
    } else word += command[k];
  }
  if (word !== "") words.push(word);
  return words;
}
var FAMILY_NAME = /^([a-z][a-z_-]{0,30}?)[-_]?(\d{1,4})$/i;
var PATH_NODE = /(?:^|[^a-z0-9])(?:kv[-_]?)?(?:node[-_]?|n)(\d{1,4})(?![a-z0-9])/i;
function findNodeInPath(path) {
  const m = PATH_NODE.exec(path) ?? /(?:^|[^a-z0-9])(?:kv[-_]?)?node[-_]?(\d{1,4})/i.exec(path);
  return m ? nodeLabel(Number(m[1])) : void 0;
}
var NODE_KEY_SOURCE = "[Nn]ode(?:[-_]?(?:[Ii]d|ID|[Nn]ame))?|NODE(?:_ID|_NAME)?|id|[Ss]erver[-_]?(?:[Ii]d|ID)|SERVER_ID|[Mm]ember|[Rr]aft[-_]?(?:[Ii]d|ID)";
var NODE_KEY = new RegExp(`^(?:${NODE_KEY_SOURCE})$`);
var JSON_NODE = new RegExp(`"(?:${NODE_KEY_SOURCE})"\\s*:\\s*(?:"([^"\\\\]{1,40})"|(\\d{1,6})\\b)`);
var JSON_NAME_KEYS = ["name", "label", "unit", "service", "pod", "instance", "host"];
var NAME_KEY_RANK = {
  name: ["name", 0],
  label: ["label", 0],
  UNIT: ["unit", 0],
  USER_UNIT: ["unit", 1],
  _SYSTEMD_UNIT: ["unit", 2],
  _SYSTEMD_USER_UNIT: ["unit", 3],
  service: ["service", 0],
  SYSLOG_IDENTIFIER: ["service", 1],
  pod: ["pod", 0],
  instance: ["instance", 0],
  hostname: ["host", 0],
  host: ["host", 1],
  _HOSTNAME: ["host", 2]
};
var JSON_NAME = new RegExp(`"(${Object.keys(NAME_KEY_RANK).join("|")})"\\s*:\\s*"([^"\\\\]{1,64})"`, "g");
var OTHER_NODE_WORDS = /* @__PURE__ */ new Set([...MENTION_WORDS, "candidate", "target", "remote", "last", "prev", "next", "dst", "src"]);
function classifyWriterKey(key) {
  const cut = Math.max(key.lastIndexOf("."), key.lastIndexOf("/"));
  const base2 = cut < 0 ? key : key.slice(cut + 1);
  if (cut >= 0 && key.slice(0, cut).split(/[./_-]/).some((word) => OTHER_NODE_WORDS.has(word.toLowerCase()))) return void 0;
  if (NODE_KEY.test(base2)) return "node";
  const upper = base2.toUpperCase();
  const rank = Object.hasOwn(NAME_KEY_RANK, base2) ? NAME_KEY_RANK[base2] : Object.hasOwn(NAME_KEY_RANK, upper) ? NAME_KEY_RANK[upper] : void 0;
  return rank?.[0];
}
function readWriterValue(key, value) {
  return key === "unit" ? findUnitNode(value) : jsonValueNode(value, key === "node" ? NODE_VALUE : NAME_VALUE);
}
var JOURNAL_NAME_FIELDS = new Set(Object.keys(NAME_KEY_RANK).filter((key) => /^[A-Z_]+$/.test(key)));
var JSON_LOGGER = /"(?:@module|logger|logger_name|loggerName|module)"\s*:\s*"([^"\\]{1,64})"/;
function findNodeInDottedName(name) {
  for (let start = 0; start < name.length; ) {
    let end = name.indexOf(".", start);
    if (end < 0) end = name.length;
    const named = readNodeName(name, start, end, true);
    if (named && named.end === end) return named.label;
    start = end + 1;
  }
  return void 0;
}
function jsonValueNode(value, other) {
  if (/^\d{1,6}$/.test(value)) return nodeLabel(Number(value));
  const named = readNodeName(value, 0, value.length, true);
  if (named && named.end === value.length) return named.label;
  return other.test(value) ? value : void 0;
}
var NODE_VALUE = /^[\w.-]{1,32}$/;
var NAME_VALUE = /^[\w.@:-]{1,64}$/;
function findUnitNode(unit) {
  if (/\.(?:scope|slice|socket|timer|mount|target|path|device|swap)$/.test(unit)) return void 0;
  const name = unit.endsWith(".service") ? unit.slice(0, -8) : unit;
  const instance = /@(\d{1,4})$/.exec(name);
  if (instance) return nodeLabel(Number(instance[1]));
  for (let j = name.length - 2; j > 0; j--) {
    const c = name.charCodeAt(j - 1);
    if (c !== 45 && c !== 95 && c !== 46) continue;
    const tail = readNodeName(name, j, name.length);
    if (tail !== void 0 && tail.end === name.length) return tail.label;
  }
  return jsonValueNode(name, NAME_VALUE);
}
function readJsonNode(text) {
  const m = JSON_NODE.exec(text);
  if (m) return { node: m[2] !== void 0 ? nodeLabel(Number(m[2])) : jsonValueNode(m[1], NODE_VALUE), names: void 0 };
  let names;
  JSON_NAME.lastIndex = 0;
  for (let f = JSON_NAME.exec(text); f; f = JSON_NAME.exec(text)) {
    const [key, rank] = NAME_KEY_RANK[f[1]];
    const node = readWriterValue(key, f[2]);
    if (node === void 0) continue;
    const same = names?.findIndex((n) => n.key === key) ?? -1;
    if (same >= 0 && names[same].rank <= rank) continue;
    if (same >= 0) names.splice(same, 1);
    (names ??= []).push({ key, node, rank });
  }
  if (names !== void 0) {
    names.sort((a, b) => JSON_NAME_KEYS.indexOf(a.key) - JSON_NAME_KEYS.indexOf(b.key));
    const plain = names.map(({ key, node }) => ({ key, node }));
    if (names[0].key === "name") return { node: names[0].node, names: plain };
    const logger2 = JSON_LOGGER.exec(text);
    return { node: logger2 ? findNodeInDottedName(logger2[1]) : void 0, names: plain };
  }
  const logger = JSON_LOGGER.exec(text);
  return { node: logger ? findNodeInDottedName(logger[1]) : void 0, names: void 0 };
}

// src/log-events/countdown-lines.ts
var AMOUNT = String.raw`(\d{1,6}(?:\.\d{1,3})?) ?(ms|s)\b`;
var LIMIT = new RegExp(
  String.raw`\b(?:(?:election|heartbeat|follower)[ _-]?)?time[ _-]?out\b["']?\s?[=:]?\s?\(?${AMOUNT}(?!\)?\s?(?:fired|expired|elapsed|exceeded|reached|hit)\b)|` + String.raw`(?<!\b(?:won|lost|held|finished|completed|started|ran) )\b(?:election|candidacy|campaign)(?: (?:starts|will start|is due|due))? in ${AMOUNT}|` + String.raw`\b(?:time[ _-]?out|timer) (?:fires|will fire|expires|will expire|is due|due) in ${AMOUNT}|` + String.raw`\b${AMOUNT} (?:left|remaining|to go)\b|` + String.raw`\b(\d{1,6}(?:\.\d{1,3})?) ?(ms|s)? ?(?:\/|of) ?${AMOUNT}`,
  "gi"
);
var ELAPSED = new RegExp(String.raw`\b(?:for|in|since) ${AMOUNT}|\b${AMOUNT} (?:ago|without)\b`, "gi");
var CLAUSE_BREAK = /[:;,|.!?—–] /g;
var STRONG_BREAK = /[:;|.!?—–] /;
var TWO_AMOUNTS = /\d ?(?:ms|s)\b[^]*\d ?(?:ms|s)\b|\d ?(?:\/|of) ?\d{1,6}(?:\.\d{1,3})? ?(?:ms|s)\b/;
var toMs = (value, unit) => unit !== void 0 && unit.toLowerCase() === "s" ? Number(value) * 1e3 : Number(value);
function clauseStart(text, index) {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null && m.index < index; m = CLAUSE_BREAK.exec(text)) start = m.index + m[0].length;
  return start;
}
function blankCountdowns(text) {
  if (!TWO_AMOUNTS.test(text)) return text;
  const limits = [];
  LIMIT.lastIndex = 0;
  for (let m = LIMIT.exec(text); m !== null; m = LIMIT.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1] !== void 0) limits.push({ span, kind: "timeout", ms: toMs(m[1], m[2]), silenceMs: 0 });
    else if (m[3] !== void 0) limits.push({ span, kind: "left", ms: toMs(m[3], m[4]), silenceMs: 0 });
    else if (m[5] !== void 0) limits.push({ span, kind: "left", ms: toMs(m[5], m[6]), silenceMs: 0 });
    else if (m[7] !== void 0) limits.push({ span, kind: "left", ms: toMs(m[7], m[8]), silenceMs: 0 });
    else limits.push({ span, kind: "progress", ms: toMs(m[11], m[12]), silenceMs: toMs(m[9], m[10] ?? m[12]) });
  }
  if (limits.length === 0) return text;
  const elapsed = [];
  ELAPSED.lastIndex = 0;
  for (let m = ELAPSED.exec(text); m !== null; m = ELAPSED.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (limits.some((limit) => span.start < limit.span.end && limit.span.start < span.end)) continue;
    elapsed.push({ span, ms: m[1] !== void 0 ? toMs(m[1], m[2]) : toMs(m[3], m[4]) });
  }
  let out = text;
  for (const limit of limits) {
    const silence = elapsed.filter((e) => !STRONG_BREAK.test(text.slice(Math.min(e.span.end, limit.span.end), Math.max(e.span.start, limit.span.start)))).sort((a, b) => distance(a.span, limit.span) - distance(b.span, limit.span))[0];
    if (silence === void 0 && limit.kind !== "progress") continue;
    const unfired = limit.kind === "left" ? limit.ms > 0 : (limit.kind === "progress" ? limit.silenceMs : silence.ms) < limit.ms;
    if (!unfired) continue;
    const from = Math.min(limit.span.start, silence?.span.start ?? limit.span.start);
    const to = Math.max(limit.span.end, silence?.span.end ?? limit.span.end);
    const start = clauseStart(text, from);
    out = out.slice(0, start) + " ".repeat(to - start) + out.slice(to);
  }
  return out;
}
var distance = (a, b) => a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

// src/log-events/rewrite-regex-source.ts
function rewriteOutsideClasses(source, rewrite) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    const c = source.charCodeAt(i);
    if (inClass) {
      const length2 = c === 92 ? 2 : 1;
      if (c === 93) inClass = false;
      out += source.slice(i, i + length2);
      i += length2;
      continue;
    }
    if (c === 91) inClass = true;
    const replaced = c === 91 ? void 0 : rewrite(source, i);
    if (replaced === null) return void 0;
    const length = replaced?.length ?? (c === 92 ? 2 : 1);
    out += replaced?.text ?? source.slice(i, i + length);
    i += length;
  }
  return out;
}

// src/log-events/widen-word-gaps.ts
var WORD_GAP_CLASS = "[ _-]";
function widenWordGaps(source) {
  if (!source.includes(" ")) return source;
  return rewriteOutsideClasses(source, (text, i) => {
    const c = text.charCodeAt(i);
    if (c === 32) return WORD_GAP;
    return c === 92 && text.charCodeAt(i + 1) === 32 ? ESCAPED_WORD_GAP : void 0;
  });
}
var WORD_GAP = { text: WORD_GAP_CLASS, length: 1 };
var ESCAPED_WORD_GAP = { text: WORD_GAP_CLASS, length: 2 };
function widenRegex(regex) {
  return new RegExp(widenWordGaps(regex.source), regex.flags);
}

// src/log-events/default-patterns.ts
var DEFAULT_KILL_PATTERN = "received SIG(TERM|INT|KILL)|\\bSIG(TERM|INT|KILL)\\b|shutting down|\\bkill(ed)?\\b|terminated|stopped";
var DEFAULT_HEARTBEAT_PATTERN = "heartbeat timeout|heartbeat timed out|election timeout|(election timer|follower timeout) (fired|expired|elapsed)|no heartbeat|no (message|AppendEntries) from (the )?leader|timed out waiting for (a |the )?(leader|heartbeat|AppendEntries)|missed \\d{1,2} (consecutive )?heartbeats(?! \\(\\d)|(n['\u2019]|\\bno|\\bhaven)t heard from (the )?leader|n['\u2019o]?t received? (a |any )?heartbeat|(?<!to )(?<!to the )leader([ _=:#\\(-][\\w.:\\[\\]=#\\(\\)-]{0,16}[\\d\\)])? timed out|leader( down\\b|\\b[^;]{1,19}(\\b(dead|gone|unreachable)\\b|(\\bis|\\bwas|\\bwent|\\bto be|\\bappears|\\bseems|\\d) down\\b))";
var DEFAULT_CONNECTION_PATTERN = "connection (to (the )?leader([ _=:#\\(-][\\w.:@\\[\\]/ =#\\(\\)-]{1,16})?? )?(?<!\\bno )(lost|closed|reset|refused|error)|disconnected from (the )?leader|leader (may be down)|leader\\b[^;]{0,24}\\bdisconnected\\b|lost (the )?(TCP streaming )?connection (to|with) (the )?(leader|peer)|connection reset by peer|closed by peer|peer closed|\\b(Unexpected)?EOF(Exception|Error)?\\b|ECONNRESET|ECONNREFUSED|EPIPE|broken pipe|\\b(returned|returns) 0\\b";
var peerState = (state) => String.raw`(?:^|\] - )${state}(?: - |\s{0,8}$)|\bpeer state changed: ${state}\b`;
var BECAME_LEADER_PATTERN = widenRegex(
  new RegExp(
    String.raw`\b(?:became|becoming|become|now|am|as)(?: the)? leader\b|(?:^|[\s\]:|])leader for term\b|\bwon (?:the )?election\b|\bwinning (?:the )?election\b|\b(?:state|role)"? ?[=:] ?"?leader\b|\btransition(?:ed|ing)? to leader\b|\bswitch(?:ed|es|ing)? to leader\b|\bconvert(?:ed|ing|s)? to leader\b|\bchange[sd]? (?:role )?(?:from  ?(?:follower|candidate|listener) )?to  ?leader\b|\bentering leader state\b|` + String.raw`\b(?:state|role|transition)(?: changed)?[=:]? (?:follower|candidate)(?: [-=]> |[-=]>| → |→)leader\b|` + peerState("leading"),
    "i"
  )
);
var FOLLOWS_LEADER_PATTERN = widenRegex(/\b(?:following|follow|new|elected|current|accepted|recogni[sz]ed|found|known|detected)(?: the)? leader\b|\bleader elected\b|\bleader changed\b|\bleader (?:is|=|:)|\bleader[-_ ]?id\s?[=:]|\bleader\s?[=:]/i);
var HEARTBEAT_ACKS_PATTERN = widenRegex(/\bheartbeats?\b[^\n]{0,40}?(?:\b\d{1,2}\/\d{1,2}[^\S\n]acks\b|\backs[^\S\n]\d{1,2}\/\d{1,2}\b)/i);
var HEARTBEAT_ACKS_WORDS = widenRegex(/\bheartbeats?\b[^\n]{0,48}?\backs\b/i);
var COMMIT_ACKED_BY_PATTERN = new RegExp(
  String.raw`\bcommit(?:ted|s)?\b[^\n]{0,60}?\b(?:acked|acknowledged) by (?!(?:the )?leader\b)(${ROLE_NODE_NAME_SOURCE}|[\w.:@-]{1,64})(?![\w.:@-])`,
  "i"
);
var ACKED_BY_WORDS = /\b(?:acked|acknowledged) by /i;
var HEARD_FROM_LEADER_PATTERN = widenRegex(
  new RegExp(
    String.raw`\b(?:heartbeat|append(?: ?entries)?)s? (?:received )?from (?:the )?leader\b|\brecv_append_entries\.c:\d{1,5} self:|\bappend(?: ?entries)? from (?=[\w[])|\bheartbeats? (?:received )?from (?=[\w[])|` + String.raw`\b(?:send|sending|sends|sent|broadcast|broadcasting|broadcasts)(?: an?| empty)? (?:heartbeats?|append ?entries|appends?) to |\b(?:heartbeats?|append ?entries) (?:sent|broadcast) to |\b(?:heartbeats?|append ?entries) ?(?:->|=>|→)|\bappend(?: ?entries)? to `,
    "i"
  )
);
var APPEND_SENDER_PATTERN = new RegExp(
  String.raw`(?<!\b(?:no|reject(?:ed|ing)?|ignor(?:ed|ing)|stale|refus(?:ed|ing))\s)\bappend(?:[ _-]?entries)? from (${ROLE_NODE_NAME_SOURCE}|[\w.:@-]{1,64}|\[[0-9a-f:]{2,39}\]:\d{1,5})(?![\w.:@-])(?![:,]?\s?(?:forward|client|proxied|redirect))`,
  "i"
);
var HEARTBEAT_SENDER_PATTERN = new RegExp(
  String.raw`(?<!\b(?:no|reject(?:ed|ing)?|ignor(?:ed|ing)|stale|refus(?:ed|ing)|miss(?:ed|ing)|expect(?:ed|ing)|await(?:ed|ing)|drop(?:ped|ping)?|discard(?:ed|ing)?)\s)\bheartbeats? (?:received )?from (${ROLE_NODE_NAME_SOURCE}|[\w.:@-]{1,64}|\[[0-9a-f:]{2,39}\]:\d{1,5})(?![\w.:@-])(?![^;\n]{0,40}\b(?:stale|reject(?:ed|ing)?|ignor(?:ed|ing)|refus(?:ed|ing)|dropp(?:ed|ing)|discard(?:ed|ing)|forward(?:ed|ing)?|client)\b)`,
  "i"
);
var SENT_TO_FOLLOWER_PATTERN = widenRegex(
  new RegExp(
    String.raw`(?<!\b(?:not|never|stop(?:ped)?|skip(?:ped|ping)?|forward(?:ed|ing)?|cannot|can't|won't)\s)(?:\b(?:send(?:ing|s)?|sent|broadcast(?:ing|s|ed)?)(?: an?| empty)? (?:heartbeats?|append ?entries|appends?)|\b(?:heartbeats?|append ?entries) (?:sent|broadcast) to|\b(?:heartbeats?|append ?entries) ?(?:->|=>|→)|\bappend(?: ?entries)? to)(?: to)? (?!(?:the )?leader\b)(` + ROLE_NODE_NAME_SOURCE + String.raw`|[\w.:@-]{1,64}|\[[0-9a-f:]{2,39}\]:\d{1,5})(?![\w.:@-])`,
    "i"
  )
);
var APPEND_ENTRIES_SENDER_PATTERN = /\brecv_append_entries\.c:\d{1,5} self:\d{1,20} from:\d{1,20}@([\w.:-]{1,64}|\[[0-9a-f:]{2,39}\]:\d{1,5})/;
var NAMED_LEADER_PATTERN = widenRegex(/(?:^|[\s:,;|\]>)"'(])((?:kv[-_]?)?node[-_ ]?\d{1,4}|[\w.:@/-]{1,64}) (?:is|as)(?: the| now| our| its)?(?: new| current)? leader\b/i);
var NAMED_LEADER_WORDS = widenRegex(/\b(?:is|as)(?: the| now| our| its)?(?: new| current)? leader\b/i);
var ELECTION_TIMER_FIRED_PATTERN = widenRegex(
  /\b[0-9a-f]{8,16} is starting a new election\b|\b[Cc]hange to (?:CANDIDATE|[Cc]andidate)\b[^;\n]{0,80}\b[Ee]lection_?[Tt]imeout\b|\bconvert to candidate and start new election\b|\b(?:FOLLOWER|[Ff]ollower) -> (?:CANDIDATE|[Cc]andidate)\b/
);
var ELECTION_STARTED_PATTERN = widenRegex(
  new RegExp(
    String.raw`\belection start(?:ed|ing)\b|\bbec(?:ame|oming|ome) (?:pre-?)?candidate\b|\bchange[sd]? (?:role )?(?:from  ?(?:follower|leader|listener) )?to  ?candidate\b|\bstart(?:ing|ed|s)? (?:a |an )?(?:new )?(?:pre-?vote |pre-?)?election\b|\brequesting votes\b|\bcampaign(?:ing|s)?\b|\bcalling (?:an )?election\b|\bfollower -> candidate\b|` + peerState("looking"),
    "i"
  )
);
var STEPPED_DOWN_PATTERN = widenRegex(
  new RegExp(
    String.raw`\bstep(?:ping|ped|s)? down\b|\b(?:became|becoming|now|back to|revert(?:s|ed|ing)? to) (?:a )?follower\b|\b(?:saw|sees|seen|observed|discovered) (?:a )?(?:newer|higher) term\b|\blost (?:the )?leadership\b|\bno longer (?:the )?leader\b|` + String.raw`\b(?:state|role|transition)(?: changed)?[=:]? leader(?: [-=]> |[-=]>| → |→)(?:follower|candidate)\b|` + peerState("following"),
    "i"
  )
);
var SILENT_FOR_PATTERN = widenRegex(/\bno (?:message|heartbeat)s? from (?:the )?leader\b[^\d\n]{0,24}(?:node-?\d{1,3}|n\d{1,3})?[^\d\n]{0,24}?(\d{1,7})\s?ms\b/i);
var VOTE_PATTERN = widenRegex(/\bvot(?:e|es|ed|ing)(?: (?:granted|denied|rejected|requested|request|response|received))?\b(?!["']?\s?[=:])|\bMsg(?:Pre)?Vote(?:Resp)?\b/i);
var STARTUP_PATTERN = widenRegex(/\bstarting\b|\bstarted\b|\blistening (?:on|at)\b|\bboot(?:ing|ed)?\b|\binitiali[sz](?:ing|ed)\b|\bserving\b|\brestart(?:ed|ing)\b/i);
var ENDING_BEGUN_PATTERN = widenRegex(
  /\b(?:shut(?:ting)? ?down|stopping|drain(?:ing)?|termination|teardown)\b(?:[\s:,]+[\w-]+){0,2}?[\s:,]+(?:started|starting|begun|initiated)\b|\b(?:started|starting|begin(?:ning)?|initiat(?:ed|ing))\b(?:\s+[\w-]+){0,2}?\s+(?:shut(?:ting)? ?down|stopping|drain(?:ing)?|termination|teardown)\b/i
);
var PART = String.raw`(?:listeners?|sockets?|transports?|streams?|loops?|watch(?:er|ers)?|tickers?|timers?|workers?|goroutines?|threads?|handlers?|(?:rpc|grpc|http|raft|peer) servers?)`;
var PART_RESTART_PATTERN = new RegExp(
  String.raw`\b${PART}\b(?:[\s:,]+[\w-]+){0,3}?[\s:,]+restart(?:ed|ing)\b(?: it\b)?|\brestart(?:ed|ing)? (?:the |its |a |our )?(?:[\w-]+ ){0,2}?${PART}\b`,
  "gi"
);
var RESTART_WORD = /restart/i;
function isPartRestart(text) {
  if (!RESTART_WORD.test(text)) return false;
  const rest = text.replace(PART_RESTART_PATTERN, " ");
  return rest !== text && !STARTUP_PATTERN.test(rest);
}
var SETTING_VALUE_SOURCE = String.raw`(?:["']?\s?=|["']\s?:|\s?:\s)\s?["'[]?\s?\d|:\d{1,6}(?:\.\d{1,3})?\s?(?:ms|s)\b`;
var SETTING_KEY_REST = String.raw`(?:[_-]?ms)?(?:${SETTING_VALUE_SOURCE})`;
var TIMEOUT_RANGE_REST = String.raw`\b\s?[=:]?\s?[[(]?\d{1,6}\s?(?:ms|s)?\s?(?:-|–|\.\.\.?|to|,)\s?\d{1,6}\s?(?:ms|s)?\b`;
var NOT_A_DETECTION_SETTING_SOURCE = String.raw`\w[_-]timeout${SETTING_KEY_REST}|--[\w-]*timeout\b|\btimeout${TIMEOUT_RANGE_REST}`;
var TIMER_RESCHEDULED_SOURCE = String.raw`\b(?:timeout|timer|deadline)\b[^.;,]{0,16}\b(?:reset|armed|set to|randomi[sz]ed|rescheduled|restarted|initiali[sz]ed|extended|postponed|cancell?ed|refreshed|renewed|deferred|pushed back|avoided)\b|` + String.raw`\b(?:timeout|timer):? (?:is )?now:? \d|\bnew (?:election|heartbeat) (?:timeout|timer)\b(?! (?:fired|expired|elapsed|occurred|triggered|reached|hit)\b)`;
var NOT_A_DETECTION_COUNTER_SOURCE = String.raw`${TIMER_RESCHEDULED_SOURCE}|\b(?:timer|timeout) (?:is )?armed\b|\b(?:received|got)(?<!(?:\bnot |n['’]t |\b(?:have|has|had|did)nt |\bnever )(?:received|got)) (?:a |the )?heartbeat\b|\bheartbeat (?:from \S{1,40} )?received\b|` + String.raw`\bheartbeats?(?<=\b(?:no|not|n['’]?t|never|receive[ds]?|receiving|got|get|missing|missed)(?: (?:a|any|the))? heartbeats?) ?(?:responses?|repl(?:y|ies)|acks?|acknowledge?ments?)\b|` + String.raw`\b(?:0|zero|no) (?:(?:heartbeat|election) )?time(?:outs|d outs)\b|\b(?:heartbeat|election) timeouts\s?[=:]\s?0(?![.,]?\d)|` + String.raw`\bmissed (?:0|zero|no) (?:consecutive )?heartbeats?\b`;
var CHECK_OK_SOURCE = String.raw`\b(?:check|probe|health ?check)\b[^\n]{0,60}?(?:[:,(]|\s[-–—])\s?(?:ok|okay|passed|healthy|alive)\b(?! ?\?)`;
var HEARD_LINE_FAILURE_WORDS = String.raw`\b(?:fired?|fires|firing|expire[ds]?|elapsed|occurred|triggered|reached|hit|timed\s?out|times? out|exceeded|miss(?:ed|ing)|lost|overdue|late|stale|dead|down|gone|unreachable|fail(?:ed|ure|s)?|errors?|closed|reset|refused|broken|EOF|ECONN\w+|EPIPE|no|not|never|without|since|ago|last|candidate|campaign|election started|starting (?:an? )?election|vot(?:e|es|ed|ing))\b|n['’]t\b`;
var HEARD_THEN_TIMER_SOURCE = String.raw`(?<!\b(?:no|not|missing|missed|without|last|for|awaiting|expected|expecting|since|any|nor)\s)\b(?:heartbeat|append[ _-]?entries)(?:\s?\([^)]{0,24}\))?(?:\s(?:rpc|request|req|msg|message|ping))?\s(?:from|<-|<=)\s[^,;:|\n]{1,40}(?:[,;:|]|\s[-–—]\s)[^\n]*?\b(?:election|heartbeat)\s(?:timeout|timer)\b`;
var NOT_A_DETECTION_HEARD_SOURCE = String.raw`^(?![^\n]*?(?:${HEARD_LINE_FAILURE_WORDS}))[^\n]*?${HEARD_THEN_TIMER_SOURCE}`;
var NOT_A_DETECTION_TIMER_SOURCE = `${NOT_A_DETECTION_SETTING_SOURCE}|${NOT_A_DETECTION_COUNTER_SOURCE}|${NOT_A_DETECTION_HEARD_SOURCE}|${CHECK_OK_SOURCE}`;
var NOT_A_DETECTION_OTHER_SOCKET_SOURCE = String.raw`(?=[^\n]*?(?:\bEOF|ECONNRESET|EPIPE|broken pipe|\breturn(?:ed|s) 0\b|(?:reset|closed) by peer|peer closed))(?![^\n]*?(?<!\bby )\bpeers?\b(?! closed))[^\n]*?` + String.raw`(?:\b\w{0,24}cli\b|\b\w{1,24}ctl\b|\bsessions?\b|\b(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS) \/|\bsnapshot\b(?![^\n]*?\bfrom\b)|\b(?:log|stdout|stderr|output) pipe\b|\b(?:to|on) disk\b|\b(?:f(?:data)?sync|p?write|fflush|f?close|ftruncate|rename|unlink|mkdir)\s?\()`;
var NOT_A_DETECTION_CLIENT_SOURCE = String.raw`^(?![^\n]*(?<!\b(?:redirect(?:ed|ing|s)?|forward(?:ed|ing|s)?|proxied|proxying) (?:a |the )?(?:client|request|write|it|them) to (?:the )?)\bleader\b)(?:[^\n]*?\b(?:metrics?|prometheus|exporter|pushgateway|statsd|telemetry|otlp|jaeger|zipkin|webhook)\b|[^\n]*?(?:\bclient\s?(?:#\s?\d|\(?fd\s?[=:]?\s?\d|(?:\[[0-9a-f:.]{2,39}\]|[\w.-]{1,64}):(?:3276[89]|327[7-9]\d|32[89]\d\d|3[3-9]\d{3}|[4-6]\d{4})\b|(?:connection|conn|socket|session)s?\b)|\b(?:from|to|with|by|for) (?:a |the )?client\b)|${NOT_A_DETECTION_OTHER_SOCKET_SOURCE})`;
var NOT_A_DETECTION_PATTERN = widenRegex(new RegExp(`${NOT_A_DETECTION_TIMER_SOURCE}|${NOT_A_DETECTION_CLIENT_SOURCE}`, "i"));
var NOT_A_DETECTION_SETTING = new RegExp(String.raw`timeout(?:(?<=\w[_-]timeout)${SETTING_KEY_REST}|(?<=--[\w-]*timeout)\b|(?<=\btimeout)${TIMEOUT_RANGE_REST})`, "i");
var NOT_A_DETECTION_COUNTER = widenRegex(new RegExp(NOT_A_DETECTION_COUNTER_SOURCE, "i"));
var HEARD_THEN_TIMER = widenRegex(new RegExp(HEARD_THEN_TIMER_SOURCE, "i"));
var HEARD_FAILURE = widenRegex(new RegExp(HEARD_LINE_FAILURE_WORDS, "i"));
var CHECK_OK = widenRegex(new RegExp(CHECK_OK_SOURCE, "i"));
var NOT_A_DETECTION_CLIENT = widenRegex(new RegExp(NOT_A_DETECTION_CLIENT_SOURCE, "i"));
var TIMER_WORDS = /time|heartbeat/i;
var CHECK_WORDS = /check|probe/;
var CLIENT_WORD = widenRegex(/cli|ctl|session|(?:get|post|put|delete|head|patch|options) \/|snapshot|pipe|disk|sync\s?\(|write\s?\(|fflush|close\s?\(|ftruncate|rename|unlink|mkdir|metric|prometheus|exporter|pushgateway|statsd|telemetry|otlp|jaeger|zipkin|webhook/i);
var NO_DETECTION_COUNTER_WORDS = widenRegex(
  /reset|armed|set to|randomi[sz]ed|rescheduled|restarted|initiali[sz]ed|extended|postponed|cancel|refreshed|renewed|deferred|pushed back|avoided|(?:timeout|timer):? (?:is )?now|new (?:election|heartbeat)|received|got|respons|repl|ack|time(?:outs|d outs)|missed (?:0|zero|no) /i
);
var EOF_MARKER = widenRegex(/\bEOF (?:marker|offset|record|byte|block|position)s?\b/i);
var PERROR_LINE_PATTERN = /^[ \t]*(?:[\w./-]{1,40}: )?[\w.()[\]/ -]{1,60}: (?:Connection reset by peer|Broken pipe|Connection refused|Connection timed out|Operation timed out|No route to host|Network is unreachable|Transport endpoint is not connected|Socket is not connected|Bad file descriptor|Resource temporarily unavailable|Software caused connection abort|Address already in use|Interrupted system call|Success)[ \t]*\r?$/;
function isNoDetection(text, may = ALL_EVENT_PATTERNS) {
  if ((may & EVENT_PATTERN_BIT.checkWords) !== 0 && CHECK_OK.test(text)) return true;
  const scanned = may !== ALL_EVENT_PATTERNS;
  if (scanned ? (may & EVENT_PATTERN_BIT.timerWords) !== 0 : TIMER_WORDS.test(text)) {
    if (NOT_A_DETECTION_SETTING.test(text) || (may & EVENT_PATTERN_BIT.counterWords) !== 0 && NOT_A_DETECTION_COUNTER.test(text)) return true;
    if (HEARD_THEN_TIMER.test(text) && !HEARD_FAILURE.test(text)) return true;
  }
  if ((scanned ? (may & EVENT_PATTERN_BIT.clientWord) !== 0 : CLIENT_WORD.test(text)) && NOT_A_DETECTION_CLIENT.test(text)) return true;
  return (may & EVENT_PATTERN_BIT.eofMarkerWords) !== 0 && EOF_MARKER.test(text);
}
var AWAITED_TIMEOUT_PATTERN = widenRegex(
  new RegExp(
    String.raw`\b(?:a)?wait(?:s|ed|ing)? (?:for |on |until )?(?:the |an |a |its |my |next )?(?:election|heartbeat) (?:timeout|timer)\b|` + String.raw`(?<!\b(?:detected|hit|got|saw|a|after|on) )\b(?:next )?(?:election|heartbeat) (?:timeout|timer) (?:fires |expires |is due |will fire )?in \d{1,6}(?:\.\d{1,3})? ?(?:ms|s)\b(?= ?(?:\((?:term|t) ?\d{1,9}\))?[\s.]*$)|` + String.raw`\bno (?:heartbeat|election) timeout(?: yet)?\b(?! ?(?:fired|expired|elapsed|occurred|triggered|detected|reached|hit|after|for|in|of)\b)|` + String.raw`\b(?:heartbeat|election) (?:timeout|timer):? (?:(?:has|had|is|was|did|does)(?: not|n['’]?t)|not|never)(?: yet)?(?: been)? (?:reached|expired?|fired?|elapsed?|triggered|trigger|hit|exceeded|due)\b|` + String.raw`\b(?:heartbeat|election) (?:timeout|timer):? not yet\b(?= ?(?:[(\[:,;.)]|$))|` + String.raw`\bnext (?:election|heartbeat) (?:timeout|timer|deadline):? (?:at|@) \d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\b|` + String.raw`\b(?:election|heartbeat) (?:timeout|timer|deadline):? (?:in )?\d{1,6}(?:\.\d{1,3})? ?(?:ms|s) (?:left|remaining|to go)\b|` + String.raw`\b(?:expect(?:s|ed|ing)?|should (?:see|log|hit|get|fire|detect)):? (?:(?:node|n|kv)[-_]?\d{1,4}:? )?(?:to (?:see|log|hit|get|fire|detect) )?(?:an |a |the |its |their )?(?:election|heartbeat) (?:timeout|timer)\b`,
    "gi"
  )
);
var STATED_TIMEOUT = widenRegex(/\b(?:heartbeat|election) timeout:? \(?(\d{1,6}) ?ms\b\)?/gi);
var LAST_HEARTBEAT_AGE = widenRegex(/\blast heartbeat:? (\d{1,6}) ?ms ago\b/i);
var UNFIRED_TIMER_WORDS = widenRegex(
  /wait|(?:timeout|timer|fires|expires|due|fire) in |no (?:heartbeat|election) timeout|last heartbeat|(?:timeout|timer):? (?:not|never|has|had|is|was|did|does)|next (?:election|heartbeat)|left|remaining|to go|expect|should /i
);
function blankUnfiredTimers(text, may = ALL_EVENT_PATTERNS) {
  const counted = blankCountdowns(text);
  if ((may & EVENT_PATTERN_BIT.unfiredTimerWords) === 0) return counted;
  AWAITED_TIMEOUT_PATTERN.lastIndex = 0;
  let rest = AWAITED_TIMEOUT_PATTERN.test(counted) ? counted.replace(AWAITED_TIMEOUT_PATTERN, " ") : counted;
  const age = LAST_HEARTBEAT_AGE.exec(rest);
  if (age !== null) rest = rest.replace(STATED_TIMEOUT, (phrase, ms) => Number(age[1]) < Number(ms) ? " " : phrase);
  return rest;
}
var CANDIDATES_TIMER_PATTERN = widenRegex(
  new RegExp(
    String.raw`\breason\s?[=:]\s?(?:"[^"\n]{0,80}"|'[^'\n]{0,80}'|[^,;)}\]\n]{1,60})|` + String.raw`\b(?:its|their|(?:the )?candidate['’]?s?|(?:node|n)-?\d{1,3}['’]s) (?:own )?(?:election|heartbeat) (?:timeout|timer)\b|` + String.raw`\breports? (?:an? |its )?(?:election|heartbeat) (?:timeout|timer)\b`,
    "gi"
  )
);
var VOTE_WORDS = /vot(?:e|ed|es|ing)\b|votes?\W/i;
function blankCandidatesTimers(text) {
  if (!VOTE_WORDS.test(text)) return text;
  CANDIDATES_TIMER_PATTERN.lastIndex = 0;
  return CANDIDATES_TIMER_PATTERN.test(text) ? text.replace(CANDIDATES_TIMER_PATTERN, " ") : text;
}
var NOT_A_KILL_PATTERN = widenRegex(/\b(?:before|after|until|till) (?:the |a )?kill\b|\b(?:timer|ticker|stream(?:s|ing)?|reader|writer|watch(?:er|ers)?|probe|probing|snapshot|compaction|goroutine|heartbeats?|ticks?|worker|loop|election)\b[^.;]{0,24}\b(?:stopped|killed|terminated)\b|\b(?:stopped|stop(?:ping)?) (?:streaming|sending|receiving|reading|writing|heartbeat|the (?:election )?timer|timer|probing|peer)\b|\b(?:peer|leader|member|remote)\b[^.;]{0,40}\b(?:stopped|killed|terminated|shutting down)\b|\b(?:stopped|killed|terminated) (?:responding|sending|talking)\b|\b(?:client|session|connection|conn|request|query|transaction|txn|cursor) #?\d[\w.:-]{0,30}:? (?:(?:session|connection|request|query) )?(?:was |been |is )?(?:killed|terminated)\b/i);
var NOT_A_KILL_WORDS = /(?:before|after|until|till).{0,9}kill|(?:timer|ticker|stream|reader|writer|watch|probe|probing|snapshot|compaction|goroutine|heartbeat|tick|worker|loop|election).{0,40}(?:stopped|killed|terminated)|stop.{0,30}(?:streaming|sending|receiving|reading|writing|heartbeat|timer|probing|peer)|(?:peer|leader|member|remote).{0,60}(?:stopped|killed|terminated|shutting.down)|(?:stopped|killed|terminated).(?:responding|sending|talking)|(?:client|session|connection|conn|request|query|transaction|txn|cursor).{0,60}(?:killed|terminated)/i;
var SIGNAL_NAMES = String.raw`(?:HUP|INT|QUIT|ILL|TRAP|ABRT|IOT|BUS|FPE|KILL|USR[12]|SEGV|PIPE|ALRM|TERM|STKFLT|CHLD|CLD|CONT|STOP|TSTP|TTIN|TTOU|URG|XCPU|XFSZ|VTALRM|PROF|WINCH|IO|POLL|PWR|SYS|EMT|INFO|LOST)`;
var SIGNAL_NAMES_WITH_REALTIME = String.raw`(?:${SIGNAL_NAMES}|RTMIN|RTMAX)(?:[+-]\d{1,2})?`;
var SIGNAL_THREAD_PATTERN = new RegExp(String.raw`\[SIG${SIGNAL_NAMES} handler\]`, "g");
var KILL_FAILED_PATTERN = /\bkill: (?:\(?(\d{1,7})\)?(?: -|:) |kill (\d{1,7}) failed: )?(?:No such process|Operation not permitted)|\bkill: failed to parse argument: |\bkill:(?:\d{1,6}:)? (?:%[^\s:]{1,40}: no such job|No such job: %)|^ERROR: The process "?(\d{1,7})?"? not found|\bpkill: killing pid (\d{1,7}) failed: |^[\w.-]{1,40}\((\d{1,7})\): Operation not permitted\s*$|^[\w.-]{1,40}: no process found\s*$|^Error response from daemon: (?:No such container|cannot (?:kill|stop) container|Container [0-9a-f]{6,64} is not running)|^Error: No such container: |^Cannot connect to the Docker daemon at |^permission denied while trying to connect to the Docker daemon|^Error: no container with name or ID |^Error from server \(NotFound\): pods? |^Failed to (?:kill unit|stop) [\w@.:-]{1,80}: |\bcan't kill pid (\d{1,7}): (?:No such process|Operation not permitted)|\bkill: sending signal to (\d{1,7}) failed: (?:No such process|Operation not permitted)/i;
var SIGNAL_OPTION = String.raw`(?:p?kill|killall|(?:docker|podman)(?: compose)? kill|systemctl kill|fuser)(?:\s+-[\w-]+(?:=\S*)?)*?\s+(?:-(?:s|n|-signal)(?:\s+|=)|-)(?:sig)?`;
var NO_END_SIGNAL_COMMAND_PATTERN = new RegExp(
  String.raw`(?:^|(?<=[\s;&|(>\`]))${SIGNAL_OPTION}(?:stop|tstp|ttin|ttou|cont|chld|cld|urg|winch|0|1[78]|19|2[0-2]|28)(?![\w-])`,
  "gi"
);
var KILL_SIGNAL_PATTERN = new RegExp(String.raw`(?:^|[\s;&|(])${SIGNAL_OPTION}(${SIGNAL_NAMES}|\d{1,2})(?![\w-])|\bSIG(${SIGNAL_NAMES})\b`, "i");
var COMMAND_SIGNAL = new RegExp(KILL_SIGNAL_PATTERN.source.slice(0, KILL_SIGNAL_PATTERN.source.lastIndexOf("|\\bSIG(")), "i");
var NAMED_SIGNAL = new RegExp(KILL_SIGNAL_PATTERN.source.slice(KILL_SIGNAL_PATTERN.source.lastIndexOf("|\\bSIG(") + 1), "i");
var KILL_COMMAND_WORDS = /kill|fuser/i;
var SIGNAL_NUMBERS = { "1": "HUP", "2": "INT", "3": "QUIT", "9": "KILL", "10": "USR1", "12": "USR2", "15": "TERM" };
var signalOfNumber = (number) => SIGNAL_NUMBERS[number];
var SIGNAL_WORDS = {
  hangup: "HUP",
  interrupt: "INT",
  quit: "QUIT",
  killed: "KILL",
  terminated: "TERM",
  "user defined signal 1": "USR1",
  "user defined signal 2": "USR2"
};
var SIGNAL_WORD = String.raw`(terminated|killed|hangup|interrupt|quit|user defined signal [12])`;
var STATED_SIGNAL_PATTERN = new RegExp(
  String.raw`\bsig(?:nal)?(?: ?[=:] ?| )(\d{1,2})\b|\b(?:return ?)?code[=:]? ?-(\d{1,2})\b|\bstatus=\d{1,2}\/(${SIGNAL_NAMES})\b|` + String.raw`\bsignal: ${SIGNAL_WORD}(?![\w-])|^\s*\[\d{1,4}\]\s*[+-]?\s+(?:\d{1,7}\s+)?${SIGNAL_WORD}(?![\w-])`,
  "i"
);
function readStatedSignal(text) {
  const m = STATED_SIGNAL_PATTERN.exec(text);
  if (m === null) return void 0;
  const number = m[1] ?? m[2];
  if (number !== void 0) return signalOfNumber(number);
  return m[3] !== void 0 ? m[3].toUpperCase() : SIGNAL_WORDS[(m[4] ?? m[5]).toLowerCase()];
}
function readKillSignal(text, may = ALL_EVENT_PATTERNS) {
  const command = (may & EVENT_PATTERN_BIT.killCommandWords) !== 0 ? COMMAND_SIGNAL.exec(text) : null;
  const named = NAMED_SIGNAL.exec(text);
  const signal = command !== null && (named === null || command.index <= named.index) ? command[1] : named?.[1];
  if (signal === void 0) return readStatedSignal(text);
  return /^\d/.test(signal) ? signalOfNumber(signal) : signal.toUpperCase();
}
var PAUSE_SIGNALS = /* @__PURE__ */ new Set(["STOP", "TSTP", "TTIN", "TTOU"]);
var PAUSE_COMMAND_PATTERN = /(?:^|(?<=[\s;&|(>`]))(?:p?kill|killall|(?:docker|podman)(?: compose)? kill|systemctl kill|fuser)(?:\s+-[\w-]+(?:=\S*)?)*?\s+(?:-(?:s|n|-signal)(?:\s+|=)|-)(?:sig)?(?:stop|tstp|ttin|ttou|19|2[0-2])(?![\w-])|(?:^|(?<=[\s;&|(>`]))(?:docker|podman)(?: container| compose)? pause(?=\s)/i;
var CONTAINER_PAUSE_WORDS = /(?:docker|podman)(?: container| compose)? pause/i;
var JOB_STOPPED_PATTERN = /^\s*\[\d{1,4}\][+-]?\s+Stopped(?: \((?:signal|tty input|tty output|SIGSTOP|SIGTSTP|SIGTTIN|SIGTTOU)\))?(?=\s)/;
var COMMAND_KILL_PATTERN = widenRegex(/(?:^|[\s;&|(>])(?:p?kill|killall|taskkill|stop-process|docker(?: compose)? (?:stop|kill|rm -f)|kubectl delete|systemctl(?: -[\w-]{1,16})? (?:stop|kill)|podman (?:stop|kill)|supervisorctl stop|pm2 (?:stop|delete)|fuser(?: -[A-Z]{1,4})? -[a-z]?k[a-z]?)\b/i);
var UNIT_STOP_PATTERN = /\bStopp(?:ing|ed) ([\w@.:-]{1,64}\.service)\b|(?:^|\s)([\w@.:-]{1,64}\.service): /;
var KILLING_LEADER_PATTERN = /(?:^|[:|>\]]\s{1,8})killing (?:the )?leader[:=]? ?([\w.-]{1,32})(?![\w.-])(?! ?(?:in|at|after) \+?\d)/i;
var KILLING_LEADER_AT_PATTERN = /(?:^|[:|>\]]\s{1,8})killing (?:the )?leader(?: \(pid[ =:]?(\d{1,7})\))? at \d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?![\d:.,])/i;
var UNIT_STOPPING_PATTERN = /\bStopping [\w@.:-]{1,64}\.service\b/;
var SUBJECT_VERB_WORDS = "became|becoming|is |received|elected|lost|cast|has |stepped|starting|changed|switched|won|granted|rejected|campaign";
var EVENT_PATTERN_BIT = {
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
  saidWords: 1 << 25
};
var ALL_EVENT_PATTERNS = (1 << 26) - 1;
var EVENT_BITS = (1 << 14) - 1;
var ROLE_WORDS_PATTERN = /leader|follower|candidate/i;
var BUILT_IN_EVENT_PATTERNS = [
  [EVENT_PATTERN_BIT.became, BECAME_LEADER_PATTERN],
  [EVENT_PATTERN_BIT.follows, FOLLOWS_LEADER_PATTERN],
  [EVENT_PATTERN_BIT.heardFrom, HEARD_FROM_LEADER_PATTERN],
  [EVENT_PATTERN_BIT.heardFrom, HEARTBEAT_ACKS_WORDS],
  [EVENT_PATTERN_BIT.heardFrom, ACKED_BY_WORDS],
  [EVENT_PATTERN_BIT.namedLeader, NAMED_LEADER_WORDS],
  [EVENT_PATTERN_BIT.election, ELECTION_STARTED_PATTERN],
  [EVENT_PATTERN_BIT.vote, VOTE_PATTERN],
  [EVENT_PATTERN_BIT.steppedDown, STEPPED_DOWN_PATTERN],
  [EVENT_PATTERN_BIT.startup, STARTUP_PATTERN],
  [EVENT_PATTERN_BIT.commandKill, COMMAND_KILL_PATTERN],
  [EVENT_PATTERN_BIT.commandKill, CONTAINER_PAUSE_WORDS],
  [EVENT_PATTERN_BIT.unitStop, UNIT_STOP_PATTERN],
  [EVENT_PATTERN_BIT.role, ROLE_WORDS_PATTERN]
];
var WORD_GUARD_PATTERNS = [
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
  [EVENT_PATTERN_BIT.saidWords, /says|said|report|writes|wrote/]
];

// src/log-events/smart-punctuation.ts
var SMART_PUNCTUATION = /(?<=^|[\s'"‘’“”=])[\u2013\u2014\u2212](?=[A-Za-z0-9])|[\u2018\u2019\u201c\u201d]/g;
var HAS_SMART_PUNCTUATION = /[\u2013\u2014\u2018\u2019\u201c\u201d\u2212]/;
function readSmartPunctuation(command) {
  if (!HAS_SMART_PUNCTUATION.test(command)) return command;
  return command.replace(SMART_PUNCTUATION, (mark, at) => {
    const c = mark.charCodeAt(0);
    if (c === 8216 || c === 8217) return "'";
    if (c === 8220 || c === 8221) return '"';
    return /^[A-Za-z0-9][A-Za-z0-9_-]/.test(command.slice(at + 1, at + 3)) ? "--" : "-";
  });
}

// src/log-events/line-arrays.ts
var POOL_BYTES = 64 * 1024;
var MAX_POOLED_BYTES = POOL_BYTES / 8;
var int32s = new Int32Array(POOL_BYTES / 4);
var uint8s = new Uint8Array(int32s.buffer);
var used = 0;
function take(bytes) {
  const size = bytes + 3 & ~3;
  if (used + size > POOL_BYTES) {
    int32s = new Int32Array(POOL_BYTES / 4);
    uint8s = new Uint8Array(int32s.buffer);
    used = 0;
  }
  const offset = used;
  used += size;
  return offset;
}
function allocateLineInt32s(length) {
  if (length * 4 > MAX_POOLED_BYTES) return new Int32Array(length);
  const at = take(length * 4) >> 2;
  return int32s.subarray(at, at + length);
}
function allocateLineUint8s(length) {
  if (length > MAX_POOLED_BYTES) return new Uint8Array(length);
  const at = take(length);
  return uint8s.subarray(at, at + length);
}

// src/log-events/paste-lines.ts
function indexLines(text) {
  let capacity = Math.max(16, Math.min(1 << 16, Math.ceil(text.length / 48)));
  let starts = allocateLineInt32s(capacity);
  let ends = allocateLineInt32s(capacity);
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (count === capacity) {
      capacity *= 2;
      const s = allocateLineInt32s(capacity);
      s.set(starts);
      starts = s;
      const e = allocateLineInt32s(capacity);
      e.set(ends);
      ends = e;
    }
    starts[count] = start;
    ends[count] = end;
    count++;
    start = end + 1;
  }
  return { text, starts, ends, count };
}
function lineAt(lines, offset) {
  let lo = 0;
  let hi = lines.count - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lines.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function lineText(lines, index, capChars = Infinity) {
  const start = lines.starts[index];
  const end = lines.ends[index];
  return lines.text.slice(start, end - start > capChars ? start + capChars : end);
}

// src/log-events/render-json-message.ts
var HOLE = /\{\{|\}\}|\{([@$]?)([A-Za-z_][\w.]*)(?:,-?\d+)?(?::[^{}]*)?\}/g;
var ANSI_CODE = /\x1b\[[0-9;?]*[A-Za-z]/g;
function valueText(value) {
  return typeof value === "string" ? value : JSON.stringify(value) ?? "";
}
function parseRecord(text) {
  try {
    const parsed = JSON.parse(text.slice(text.indexOf("{")));
    return parsed === null || typeof parsed !== "object" || Array.isArray(parsed) ? void 0 : parsed;
  } catch {
    return void 0;
  }
}
function renderClefMessage(text) {
  if (!text.includes('"@m')) return void 0;
  const record = parseRecord(text);
  if (record === void 0) return void 0;
  const rendered = record["@m"];
  const template = record["@mt"];
  let message;
  if (typeof rendered === "string") message = rendered;
  else if (typeof template === "string")
    message = template.replace(
      HOLE,
      (hole, _how, name) => name === void 0 ? hole.charAt(0) : Object.prototype.hasOwnProperty.call(record, name) ? valueText(record[name]) : hole
    );
  else return void 0;
  const exception = record["@x"];
  if (typeof exception !== "string") return message;
  const end = exception.indexOf("\n");
  return `${message} ${end < 0 ? exception : exception.slice(0, end)}`;
}
function readRecordedLine(text) {
  if (!text.includes('"log"')) return void 0;
  const line = parseRecord(text)?.["log"];
  if (typeof line !== "string") return void 0;
  const end = line.endsWith("\r\n") ? line.length - 2 : line.endsWith("\n") ? line.length - 1 : line.length;
  const plain = end === line.length ? line : line.slice(0, end);
  return plain.includes("\x1B") ? plain.replace(ANSI_CODE, "") : plain;
}
function renderJsonMessage(text) {
  return renderClefMessage(text) ?? readRecordedLine(text);
}

// src/log-events/shell-prompt.ts
var ERLANG_PROMPT = /^(?:iex)?\(([A-Za-z][\w.-]*@[\w.-]+)\)\d+> ?/;
var MAX_PROMPT_WORDS = 4;
var MAX_WORD_CHARS = 128;
var isSigil = (c) => c === 36 || c === 35 || c === 37;
var isPromptMark = (c) => c === 64 || c === 126 || c === 47;
function readShellPrompt(text, p, limit) {
  const c = text.charCodeAt(p);
  if ((c === 36 || c === 37 || c === 10095) && (p + 1 >= limit || isSpaceOrTab(text.charCodeAt(p + 1)))) return { end: p + 1, node: void 0 };
  if (c === 40 || c === 105 && text.startsWith("iex(", p)) {
    const erlang = ERLANG_PROMPT.exec(text.slice(p, Math.min(limit, p + 80)));
    if (erlang) return { end: p + erlang[0].trimEnd().length, node: erlang[1] };
  }
  const windows = findWindowsPromptEnd(text, p, limit);
  if (windows >= 0) return { end: windows, node: void 0 };
  return findUnixPromptEnd(text, p, limit);
}
function findWindowsPromptEnd(text, p, limit) {
  let q = p;
  if (text.charCodeAt(q) === 80 && text.charCodeAt(q + 1) === 83 && text.charCodeAt(q + 2) === 62 && (q + 3 >= limit || isSpaceOrTab(text.charCodeAt(q + 3)))) return q + 3;
  if (text.charCodeAt(q) === 80 && text.charCodeAt(q + 1) === 83 && text.charCodeAt(q + 2) === 32) q += 3;
  if (!isAsciiLetter(text.charCodeAt(q)) || text.charCodeAt(q + 1) !== 58 || text.charCodeAt(q + 2) !== 92) return -1;
  for (let k = q + 3; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 62) return k + 1;
    if (c === 58 || c === 124 || c === 34 || c === 60) return -1;
  }
  return -1;
}
function findUnixPromptEnd(text, p, limit) {
  let marked = false;
  let q = p;
  for (let words = 0; words < MAX_PROMPT_WORDS && q < limit; words++) {
    const start = q;
    const open = text.charCodeAt(q);
    let wordMarked = false;
    if (open === 91 || open === 40) {
      const close = text.indexOf(open === 91 ? "]" : ")", q + 1);
      if (close < 0 || close - q > MAX_WORD_CHARS || close >= limit) return void 0;
      for (let k = q + 1; k < close; k++) if (isPromptMark(text.charCodeAt(k))) wordMarked = true;
      q = close + 1;
    } else if (words === 0 && !isPromptMark(open) && !isAsciiLetter(open)) return void 0;
    while (q < limit && q - start <= MAX_WORD_CHARS && !isSpaceOrTab(text.charCodeAt(q))) {
      if (isPromptMark(text.charCodeAt(q))) wordMarked = true;
      q++;
    }
    if (q - start > MAX_WORD_CHARS) return void 0;
    const last = text.charCodeAt(q - 1);
    const atGap = q >= limit || isSpaceOrTab(text.charCodeAt(q));
    const dollarWord = atGap && last === 36 && q - start > 1;
    if (words === 0 && !wordMarked && !dollarWord && open !== 91 && open !== 40) return void 0;
    if (last === 58) return void 0;
    const markedGroup = (open === 91 || open === 40) && marked;
    if (atGap && isSigil(last) && (q - start === 1 ? marked : wordMarked || dollarWord || markedGroup)) return { end: q, node: void 0 };
    if (atGap && last === 62 && q - start > 1 && (wordMarked || markedGroup)) return { end: q, node: void 0 };
    marked ||= wordMarked;
    while (q < limit && isSpaceOrTab(text.charCodeAt(q))) q++;
  }
  if (marked && q < limit && isSigil(text.charCodeAt(q)) && (q + 1 >= limit || isSpaceOrTab(text.charCodeAt(q + 1)))) return { end: q + 1, node: void 0 };
  return void 0;
}
function isPromptTime(text, start, end, stampEnd) {
  if (stampEnd <= start || stampEnd > end) return false;
  const held = readShellPrompt(text, start, end);
  if (held !== void 0) return stampEnd <= held.end;
  let p = stampEnd;
  if (text.charCodeAt(p) === 93) p++;
  if (p >= end || !isSpaceOrTab(text.charCodeAt(p))) return false;
  while (p < end && isSpaceOrTab(text.charCodeAt(p))) p++;
  const after = p < end ? readShellPrompt(text, p, end) : void 0;
  return after !== void 0 && after.end - p > 1;
}

// src/log-events/command-output.ts
var ECHO = /(?:^|[;&|($>])\s*echo(?:\s+-[neE]{1,3})*\s+(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|([^;&|#"'`$\n]{1,512}?))\s*(?=$|[;&|#)])/g;
var ECHO_OUTPUT_ROWS = 4;
function readEchoedTexts(command) {
  if (!command.includes("echo")) return [];
  const texts = [];
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(command); m !== null; m = ECHO.exec(command)) {
    const text = (m[1] ?? m[2] ?? m[3]).trim();
    if (text !== "" && !text.includes("$")) texts.push(text);
  }
  return texts;
}
function isEchoOutput(command, line) {
  return readEchoedTexts(command).includes(line.trim());
}
function isStoppedEcho(text, start, end, name) {
  return end - start <= name.length + 8 && text.slice(start, end).trim() === name;
}
var HEAD_PROGRAM = /^[ \t]{0,4}([A-Za-z_][\w.-]{0,39}):[ \t]/;
var COMMAND_PROGRAM = /^(?:(?:sudo|env|nohup|time|exec|stdbuf(?: -\w+)*) +)*(?:[\w.~-]*\/)*([A-Za-z_][\w.-]{0,39})(?=[ \t]|$)/;
function isProgramOutput(command, afterTime) {
  const program = COMMAND_PROGRAM.exec(command.slice(readShellPrompt(command, 0, command.length)?.end ?? 0).trimStart())?.[1];
  if (program === void 0) return false;
  const head = HEAD_PROGRAM.exec(afterTime)?.[1];
  return head !== void 0 && head.toLowerCase() === program.toLowerCase() && findMentionedNodes(head).length === 0;
}

// src/log-events/locale-months.ts
var GLIBC_MONTHS = {
  fr: ["janv.", "f\xE9vr.", "mars", "avr.", "mai", "juin", "juil.", "ao\xFBt", "sept.", "oct.", "nov.", "d\xE9c."],
  de: ["Jan", "Feb", "M\xE4r", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
  es: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
  it: ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
  pt: ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
};
var JDK_ONLY = [
  ["m\xE4rz", 3],
  ["juni", 6],
  ["juli", 7]
];
var LOCALE_MONTHS = new Map([
  ...Object.values(GLIBC_MONTHS).flatMap((months) => months.map((word, k) => [word.replace(/\.$/, "").toLowerCase(), k + 1])),
  ...JDK_ONLY
]);
function monthOfLocaleWord(word) {
  return LOCALE_MONTHS.get(word) ?? 0;
}

// src/log-events/parse-timestamp.ts
var DAY_MS = 864e5;
var MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var digitAt = (s, i) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};
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
  const z3 = days + 719468;
  const era = Math.floor(z3 / 146097);
  const doe = z3 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}
var yearMsOf = (month, day, dayMs) => (MONTH_START[month - 1] + day - 1) * DAY_MS + dayMs;
var isGapOrEnd = (c) => c === 32 || c === 9 || Number.isNaN(c);
var precisionOf = (fractionDigits) => fractionDigits >= 6 ? 1e-3 : 10 ** (3 - fractionDigits);
function withClockMarks(stamp, { nanos, literalN }) {
  if (nanos !== void 0 && nanos !== 0) stamp.nanos = nanos;
  if (literalN === true) stamp.literalN = true;
  return stamp;
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
  if (minute < 0 || minute > 59 || s.charCodeAt(p + 3) !== 58) return parseUnpaddedClock(s, p, hour);
  const second = digits(s, p + 4, 2);
  if (second < 0 || second > 60) return parseUnpaddedClock(s, p, hour);
  p += 6;
  let micros = 0;
  let nanos = 0;
  let fractionDigits = 0;
  const sep = s.charCodeAt(p);
  const colonMillis = sep === 58 && digits(s, p + 1, 3) >= 0 && digitAt(s, p + 4) < 0 && s.charCodeAt(p + 4) !== 58;
  const literalN = sep === 46 ? s.charCodeAt(p + 1) === 78 ? p + 1 : digitAt(s, p + 1) > 0 && s.charCodeAt(p + 2) === 78 ? p + 2 : -1 : -1;
  const readsLiteralN = literalN > 0 && !isAsciiLetter(s.charCodeAt(literalN + 1)) && !isAsciiDigit(s.charCodeAt(literalN + 1)) && s.charCodeAt(literalN + 1) !== 95;
  if (readsLiteralN) {
    p = literalN + 1;
  } else if ((sep === 46 || sep === 44) && digitAt(s, p + 1) >= 0 || colonMillis) {
    p++;
    while (p < limit && fractionDigits < 12) {
      const d = digitAt(s, p);
      if (d < 0) break;
      if (fractionDigits < 6) micros = micros * 10 + d;
      else if (fractionDigits < 9) nanos = nanos * 10 + d;
      fractionDigits++;
      p++;
    }
    for (let k = fractionDigits; k < 6; k++) micros *= 10;
    for (let k = Math.max(fractionDigits, 6); k < 9; k++) nanos *= 10;
  }
  const next = s.charCodeAt(p);
  if (next >= 48 && next <= 57 || next === 58 && !isGapOrEnd(s.charCodeAt(p + 1))) return void 0;
  if (next === 32 && hour >= 1 && hour <= 12) {
    const a = s.charCodeAt(p + 1) | 32;
    if (a === 97 || a === 112) {
      const dotted = s.charCodeAt(p + 2) === 46 && s.charCodeAt(p + 4) === 46;
      const after = s.charCodeAt(dotted ? p + 5 : p + 3) | 32;
      if ((s.charCodeAt(dotted ? p + 3 : p + 2) | 32) === 109 && !(after >= 97 && after <= 122)) {
        hour = hour % 12 + (a === 112 ? 12 : 0);
        p += dotted ? 5 : 3;
      }
    }
  }
  const clock = { dayMs: ((hour * 60 + minute) * 60 + second) * 1e3 + micros / 1e3, fractionDigits, end: p };
  if (nanos !== 0) clock.nanos = nanos;
  if (readsLiteralN) clock.literalN = true;
  return clock;
}
function parseUnpaddedClock(s, p, hour) {
  let q = p + 1;
  const minuteDigits = digitAt(s, q + 1) >= 0 ? 2 : 1;
  const minute = digits(s, q, minuteDigits);
  q += minuteDigits;
  if (minute < 0 || minute > 59 || s.charCodeAt(q) !== 58) return void 0;
  const secondDigits = digitAt(s, q + 2) >= 0 ? 2 : 1;
  const second = digits(s, q + 1, secondDigits);
  q += 1 + secondDigits;
  if (second < 0 || second > 59 || minuteDigits === 2 && secondDigits === 2 || s.charCodeAt(q) !== 46) return void 0;
  const millis = digits(s, q + 1, 3);
  const after = s.charCodeAt(q + 4);
  if (millis < 0 || after >= 48 && after <= 57 || after === 58 || after === 46) return void 0;
  return { dayMs: ((hour * 60 + minute) * 60 + second) * 1e3 + millis, fractionDigits: 3, end: q + 4 };
}
function parseKitchenClock(s, i) {
  let hour = digits(s, i, 2);
  let p = i + 2;
  if (hour < 0) {
    hour = digits(s, i, 1);
    p = i + 1;
  }
  if (hour < 1 || hour > 12 || s.charCodeAt(p) !== 58) return void 0;
  const minute = digits(s, p + 1, 2);
  if (minute < 0 || minute > 59) return void 0;
  p += 3;
  if (s.charCodeAt(p) === 32) p++;
  const a = s.charCodeAt(p) | 32;
  const after = s.charCodeAt(p + 2) | 32;
  if (a !== 97 && a !== 112 || (s.charCodeAt(p + 1) | 32) !== 109 || after >= 97 && after <= 122) return void 0;
  hour = hour % 12 + (a === 112 ? 12 : 0);
  return { dayMs: (hour * 60 + minute) * 6e4, fractionDigits: 0, end: p + 2, precisionMs: 6e4 };
}
var ZONE_OFFSETS_MIN = /* @__PURE__ */ new Map([
  ["UTC", 0],
  ["UT", 0],
  ["GMT", 0],
  ["Z", 0],
  ["WET", 0],
  ["WEST", 60],
  ["BST", 60],
  ["CET", 60],
  ["CEST", 120],
  ["MET", 60],
  ["MEST", 120],
  ["EET", 120],
  ["EEST", 180],
  ["MSK", 180],
  ["SAST", 120],
  ["EST", -300],
  ["EDT", -240],
  ["MST", -420],
  ["MDT", -360],
  ["PDT", -420],
  ["AKST", -540],
  ["AKDT", -480],
  ["HST", -600],
  ["JST", 540],
  ["KST", 540],
  ["HKT", 480],
  ["AWST", 480],
  ["ACST", 570],
  ["ACDT", 630],
  ["AEST", 600],
  ["AEDT", 660],
  ["NZST", 720],
  ["NZDT", 780]
]);
var AMBIGUOUS_ZONES = /* @__PURE__ */ new Set(["IST", "CST", "CDT", "PST"]);
var isZoneAbbreviation = (word) => ZONE_OFFSETS_MIN.has(word) || AMBIGUOUS_ZONES.has(word);
var UNIT_AFTER = /[ \t]+(?:%|(?:ms|s|secs?|seconds?|µs|us|ns|mins?|minutes?|h|hrs?|hours?|days?|dBm?|x|entries|lines?|more)(?![\p{L}\d_]))/uy;
function parseNumericZoneName(s, p) {
  const sign = s.charCodeAt(p + 1);
  const hours = digits(s, p + 2, 2);
  if (sign !== 43 && sign !== 45 || hours < 0 || hours > 14) return void 0;
  const minutes = digits(s, p + 4, 2);
  const end = minutes >= 0 ? p + 6 : p + 4;
  const after = s.charCodeAt(end);
  if (minutes > 59 || !(Number.isNaN(after) || after === 32 || after === 9 || after === 93 || after === 41 || after === 124)) return void 0;
  UNIT_AFTER.lastIndex = end;
  if (UNIT_AFTER.test(s)) return void 0;
  const offset = hours * 60 + Math.max(0, minutes);
  return { offsetMin: sign === 45 ? -offset : offset, end };
}
function parseZoneName(s, p) {
  const first = s.charCodeAt(p + 1);
  if (first === 43 || first === 45) return parseNumericZoneName(s, p);
  let q = p + 1;
  while (q - p <= 5 && s.charCodeAt(q) >= 65 && s.charCodeAt(q) <= 90) q++;
  const after = s.charCodeAt(q);
  if (q === p + 1 || q - p > 5 || after >= 97 && after <= 122 || after >= 48 && after <= 57 || after === 95) return void 0;
  const name = s.slice(p + 1, q);
  const offsetMin = ZONE_OFFSETS_MIN.get(name);
  if (offsetMin !== void 0) return { offsetMin, end: q };
  return AMBIGUOUS_ZONES.has(name) ? { ambiguous: name, end: q } : void 0;
}
function parseZone(s, p) {
  const c = s.charCodeAt(p);
  if (c === 90 || c === 122) return { offsetMin: 0, end: p + 1 };
  let q = p;
  let sign = c;
  if (c === 32) {
    sign = s.charCodeAt(p + 1);
    if (sign >= 65 && sign <= 90 || (sign === 43 || sign === 45) && digits(s, p + 2, 4) < 0) return parseZoneName(s, p);
    if (sign !== 43 && sign !== 45) return void 0;
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
var readZoneAfter = (s, p) => parseZone(s, p);
function dateClockStamp(year, month, day, clock, format, offsetMin, end = clock.end) {
  return withClockMarks({
    kind: "absolute",
    ms: daysFromCivil(year, month, day) * DAY_MS + clock.dayMs - (offsetMin ?? 0) * 6e4,
    dayMs: clock.dayMs,
    yearMs: yearMsOf(month, day, clock.dayMs),
    precisionMs: precisionOf(clock.fractionDigits),
    format,
    zoned: offsetMin !== void 0,
    end
  }, clock);
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
  const format = sep === 47 ? "go" : t === 32 && s.charCodeAt(i + 19) === 44 ? "python" : "iso-8601";
  const offsetMin = zone !== void 0 && "offsetMin" in zone ? zone.offsetMin : void 0;
  let end = zone ? zone.end : clock.end;
  const zoneText = zone === void 0 ? "" : s.slice(clock.end, end);
  const afterZone = offsetMin !== void 0 && clock.fractionDigits === 0 && /^[+-]\d{4}$/.test(zoneText) ? s.charCodeAt(end) : 0;
  if ((afterZone === 46 || afterZone === 44) && digits(s, end + 1, 3) >= 0 && digitAt(s, end + 4) < 0 && s.charCodeAt(end + 4) !== 44) {
    clock.dayMs += digits(s, end + 1, 3);
    clock.fractionDigits = 3;
    end += 4;
  }
  const stamp = dateClockStamp(year, month, day, clock, format, offsetMin, end);
  return zone !== void 0 && "ambiguous" in zone ? { ...stamp, ambiguousZone: zone.ambiguous } : stamp;
}
var twoDigits = (s, i) => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};
function parseMillisDateTime(s, i, limit) {
  const t = s.charCodeAt(i + 10);
  const dot = s.charCodeAt(i + 19);
  if (limit < i + 23 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45 || t !== 84 && t !== 32 || s.charCodeAt(i + 13) !== 58 || s.charCodeAt(i + 16) !== 58 || dot !== 46 && dot !== 44) return void 0;
  const century = twoDigits(s, i);
  const yearOf = twoDigits(s, i + 2);
  const month = twoDigits(s, i + 5);
  const day = twoDigits(s, i + 8);
  const hour = twoDigits(s, i + 11);
  const minute = twoDigits(s, i + 14);
  const second = twoDigits(s, i + 17);
  const centis = twoDigits(s, i + 20);
  const milli = s.charCodeAt(i + 22) - 48;
  const next = s.charCodeAt(i + 23);
  if (century < 0 || yearOf < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return void 0;
  if (centis < 0 || milli < 0 || milli > 9 || next >= 48 && next <= 57 || next === 58) return void 0;
  if (next === 32 && hour >= 1 && hour <= 12) {
    const a = s.charCodeAt(i + 24) | 32;
    if (a === 97 || a === 112) return void 0;
  }
  const dayMs = ((hour * 60 + minute) * 60 + second) * 1e3 + centis * 10 + milli;
  const utc = next === 90 || next === 122;
  const zone = utc ? void 0 : parseZone(s, i + 23);
  const offsetMin = utc ? 0 : zone !== void 0 && "offsetMin" in zone ? zone.offsetMin : void 0;
  const stamp = {
    kind: "absolute",
    ms: daysFromCivil(century * 100 + yearOf, month, day) * DAY_MS + dayMs - (offsetMin ?? 0) * 6e4,
    dayMs,
    yearMs: yearMsOf(month, day, dayMs),
    precisionMs: 1,
    format: t === 32 && dot === 44 ? "python" : "iso-8601",
    zoned: offsetMin !== void 0,
    end: utc ? i + 24 : zone === void 0 ? i + 23 : zone.end
  };
  return zone !== void 0 && "ambiguous" in zone ? { ...stamp, ambiguousZone: zone.ambiguous } : stamp;
}
function findRelativeStampEnd(s, i, limit) {
  if (s.charCodeAt(i) !== 91) return -1;
  let p = i + 1;
  while (p < limit && s.charCodeAt(p) === 32) p++;
  const plus = s.charCodeAt(p) === 43;
  if (plus) p++;
  const whole = p;
  while (p < limit && p - whole < 10 && digitAt(s, p) >= 0) p++;
  if (p === whole || p - whole >= 10 || s.charCodeAt(p) !== 46) return -1;
  const fraction = ++p;
  while (p < limit && p - fraction < 10 && digitAt(s, p) >= 0) p++;
  if (!plus && p - fraction >= 1 && p - fraction <= 6 && s.charCodeAt(p) === 109 && s.charCodeAt(p + 1) === 115) return s.charCodeAt(p + 2) === 93 ? p + 3 : -1;
  if (p - fraction < 3 || p - fraction > 9) return -1;
  if (s.charCodeAt(p) === 115) p++;
  return s.charCodeAt(p) === 93 ? p + 1 : -1;
}
function parseRelative(s, i, limit) {
  const end = findRelativeStampEnd(s, i, limit);
  if (end < 0) return void 0;
  let p = i + 1;
  while (s.charCodeAt(p) === 32) p++;
  const plus = s.charCodeAt(p) === 43;
  if (plus) p++;
  let whole = 0;
  while (digitAt(s, p) >= 0) whole = whole * 10 + digitAt(s, p++);
  p++;
  let micros = 0;
  let fractionDigits = 0;
  for (; digitAt(s, p) >= 0; p++, fractionDigits++) if (fractionDigits < 6) micros = micros * 10 + digitAt(s, p);
  for (let k = fractionDigits; k < 6; k++) micros *= 10;
  if (s.charCodeAt(end - 2) === 115 && s.charCodeAt(end - 3) === 109) {
    const ms2 = whole + micros / 1e6;
    return { kind: "relative", ms: ms2, dayMs: ms2, yearMs: ms2, precisionMs: precisionOf(fractionDigits + 3), format: "uptime", zoned: false, end };
  }
  const ms = whole * 1e3 + micros / 1e3;
  const format = plus || s.charCodeAt(end - 2) === 115 ? "relative" : "monotonic";
  return { kind: "relative", ms, dayMs: ms, yearMs: ms, precisionMs: precisionOf(fractionDigits), format, zoned: false, end };
}
function parseUptime(s, i, limit) {
  let p = i;
  let seconds = 0;
  while (p < limit && p - i < 10 && digitAt(s, p) >= 0) seconds = seconds * 10 + digitAt(s, p++);
  if (p - i >= 10 || s.charCodeAt(p) !== 46) return void 0;
  const fraction = ++p;
  let micros = 0;
  while (p < limit && p - fraction < 10 && digitAt(s, p) >= 0) {
    if (p - fraction < 6) micros = micros * 10 + digitAt(s, p);
    p++;
  }
  const fractionDigits = p - fraction;
  if (fractionDigits < 3 || fractionDigits > 9 || s.charCodeAt(p) !== 115) return void 0;
  const after = s.charCodeAt(p + 1);
  if (p + 1 < limit && after !== 32 && after !== 9) return void 0;
  for (let k = Math.min(fractionDigits, 6); k < 6; k++) micros *= 10;
  const ms = seconds * 1e3 + micros / 1e3;
  return { kind: "relative", ms, dayMs: ms, yearMs: ms, precisionMs: precisionOf(fractionDigits), format: "uptime", zoned: false, end: p + 1 };
}
function readRelativeMs(s, i, limit) {
  let p = i;
  let ms = 0;
  while (p < limit && p - i < 10 && digitAt(s, p) >= 0) ms = ms * 10 + digitAt(s, p++);
  const after = s.charCodeAt(p);
  if (p === i || p - i >= 10 || after !== 32 && after !== 9) return void 0;
  return { kind: "relative", ms, dayMs: ms, yearMs: ms, precisionMs: 1, format: "relative-ms", zoned: false, end: p };
}
function parseNumericDateTime(s, i, limit, dayFirst) {
  const firstDigits = digitAt(s, i + 1) >= 0 ? 2 : 1;
  const sep = s.charCodeAt(i + firstDigits);
  const secondAt = i + firstDigits + 1;
  const secondDigits = digitAt(s, secondAt + 1) >= 0 ? 2 : 1;
  const yearAt = secondAt + secondDigits + 1;
  const first = digits(s, i, firstDigits);
  const second = digits(s, secondAt, secondDigits);
  const year = digits(s, yearAt, 4);
  const afterYear = s.charCodeAt(yearAt + 4) === 44 ? yearAt + 5 : yearAt + 4;
  if (sep !== 47 && sep !== 46 || first < 1 || second < 1 || year < 0 || s.charCodeAt(yearAt - 1) !== sep || s.charCodeAt(afterYear) !== 32) return void 0;
  const validDayFirst = second <= 12 && first <= 31;
  const validMonthFirst = first <= 12 && second <= 31;
  const readDayFirst = dayFirst ?? (sep === 46 ? validDayFirst || !validMonthFirst : !validMonthFirst);
  if (readDayFirst ? !validDayFirst : !validMonthFirst) return void 0;
  const at = s.charCodeAt(afterYear + 1) === 32 && digitAt(s, afterYear + 2) >= 0 && s.charCodeAt(afterYear + 3) === 58 ? afterYear + 2 : afterYear + 1;
  const clock = parseClock(s, at, limit);
  if (!clock) return void 0;
  return readDayFirst ? dateClockStamp(year, second, first, clock, "day-first-date") : dateClockStamp(year, first, second, clock, "us-date");
}
function swapDayMonth(stamp) {
  if (stamp.format !== "us-date" && stamp.format !== "day-first-date") return void 0;
  const days = Math.round((stamp.ms - stamp.dayMs) / DAY_MS);
  const { year, month, day } = civilFromDays(days);
  if (day > 12) return void 0;
  const swapped = daysFromCivil(year, day, month);
  if (civilFromDays(swapped).day !== month) return void 0;
  return { ...stamp, ms: swapped * DAY_MS + stamp.dayMs, yearMs: yearMsOf(day, month, stamp.dayMs), format: stamp.format === "us-date" ? "day-first-date" : "us-date" };
}
function parseDayMonthYear(s, i, limit) {
  const dayDigits = s.charCodeAt(i + 1) === 45 ? 1 : 2;
  const day = digits(s, i, dayDigits);
  let p = i + dayDigits;
  const month = MONTHS.indexOf(s.slice(p + 1, p + 4).toLowerCase()) + 1;
  if (day < 1 || day > 31 || month === 0 || s.charCodeAt(p + 4) !== 45) return void 0;
  const year = digits(s, p + 5, 4);
  p += 9;
  if (year < 0) return void 0;
  if (s.charCodeAt(p) === 58 && s.charCodeAt(p + 1) === 58) p += 2;
  else if (s.charCodeAt(p) === 32) p++;
  else return void 0;
  const clock = parseClock(s, p, limit);
  return clock && dateClockStamp(year, month, day, clock, "day-month-year");
}
var SPACED_DAY_MONTH_YEAR = /(\d{1,2}) (\p{L}{3,5})\.? (\d{4}) (?=\d)/uy;
function readSpacedDate(s, i) {
  SPACED_DAY_MONTH_YEAR.lastIndex = i;
  const m = SPACED_DAY_MONTH_YEAR.exec(s);
  if (m === null) return void 0;
  const day = Number(m[1]);
  const month = monthOfWord(m[2].toLowerCase());
  return day >= 1 && day <= 31 && month > 0 ? { year: Number(m[3]), month, day, end: SPACED_DAY_MONTH_YEAR.lastIndex } : void 0;
}
var spacedDateEnd = (s, i) => readSpacedDate(s, i)?.end ?? -1;
function parseSpacedDayMonthYear(s, i, limit) {
  const date = readSpacedDate(s, i);
  const clock = date && parseClock(s, date.end, limit);
  return clock && dateClockStamp(date.year, date.month, date.day, clock, "day-month-year");
}
var TIMESPEC_PART = /, ?tv_([nu])sec ?[:=] ?(\d{1,9})(?!\d)/y;
function readTimespecPart(s, p, limit) {
  TIMESPEC_PART.lastIndex = p;
  const part = TIMESPEC_PART.exec(s);
  if (part === null || TIMESPEC_PART.lastIndex > limit || part[1] === "u" && part[2].length > 6) return void 0;
  const count = Number(part[2]);
  return { micros: part[1] === "n" ? Math.floor(count / 1e3) : count, nanos: part[1] === "n" ? count % 1e3 : 0, end: TIMESPEC_PART.lastIndex };
}
function isDecimalComma(s, p, limit) {
  let q = p;
  while (q < limit && q - p < 10 && digitAt(s, q) >= 0) q++;
  const after = s.charCodeAt(q);
  return q > p && q - p <= 9 && q < limit && (after === 32 || after === 9);
}
function parseEpoch(s, i, limit) {
  let n = 0;
  while (i + n < limit && n < 20 && digitAt(s, i + n) >= 0) n++;
  if (n !== 10 && n !== 13 && n !== 16 && n !== 19) return void 0;
  let p = i + n;
  let ms;
  let fractionDigits;
  let nanos = 0;
  if (n === 10) {
    ms = digits(s, i, 10) * 1e3;
    fractionDigits = 0;
  } else {
    ms = digits(s, i, 13);
    ms += n > 13 ? digits(s, i + 13, 3) / 1e3 : 0;
    if (n === 19) nanos = digits(s, i + 16, 3);
    fractionDigits = n === 13 ? 3 : 6;
  }
  if ((n === 10 || n === 13) && (s.charCodeAt(p) === 46 || n === 10 && isDecimalComma(s, p + 1, limit)) && digitAt(s, p + 1) >= 0) {
    p++;
    let scale = n === 10 ? 100 : 0.1;
    let extra = 0;
    while (p < limit && digitAt(s, p) >= 0) {
      if (extra < (n === 10 ? 6 : 3)) {
        ms += digitAt(s, p) * scale;
        scale /= 10;
        extra++;
      } else if (extra < (n === 10 ? 9 : 6)) {
        nanos += digitAt(s, p) * 10 ** ((n === 10 ? 8 : 5) - extra);
        extra++;
      }
      p++;
    }
    fractionDigits = Math.min(6, n === 10 ? extra : 3 + extra);
    ms = Math.round(ms * 1e3) / 1e3;
  }
  const part = n === 10 && fractionDigits === 0 && s.charCodeAt(p) === 44 ? readTimespecPart(s, p, limit) : void 0;
  if (part !== void 0) {
    ms = (ms * 1e3 + part.micros) / 1e3;
    nanos = part.nanos;
    fractionDigits = 6;
    p = part.end;
  }
  if (n === 10 && fractionDigits > 0 && s.charCodeAt(p) === 115 && !isAsciiWordChar(s.charCodeAt(p + 1))) p++;
  const next = s.charCodeAt(p);
  if (next === 58 || next === 45 || next === 47 || next >= 65 && next <= 90 || next >= 97 && next <= 122) return void 0;
  const days = Math.floor(ms / DAY_MS);
  const dayMs = ms - days * DAY_MS;
  const { month, day } = civilFromDays(days);
  const format = n === 10 ? "epoch-s" : n === 13 ? "epoch-ms" : n === 16 ? "epoch-us" : "epoch-ns";
  return withClockMarks({ kind: "absolute", ms, dayMs, yearMs: yearMsOf(month, day, dayMs), precisionMs: precisionOf(fractionDigits), format, zoned: true, end: p }, { nanos });
}
function readUnpaddedFraction(stamp, width, digits2) {
  if (stamp.format !== "epoch-s" || digits2.length === 0 || digits2.length >= width) return stamp;
  const unitMs = 10 ** (3 - width);
  const fractionMs = Number(digits2) * unitMs;
  const secondMs = Math.floor(stamp.ms / 1e3) * 1e3;
  const dayMs = Math.floor(stamp.dayMs / 1e3) * 1e3 + fractionMs;
  return { ...stamp, ms: secondMs + fractionMs, dayMs, yearMs: Math.floor(stamp.yearMs / 1e3) * 1e3 + fractionMs, precisionMs: unitMs, format: width === 6 ? "epoch-s-usec" : "epoch-s-nsec" };
}
var WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
function readTrailingYear(s, p) {
  if (s.charCodeAt(p) !== 32) return void 0;
  const zone = parseZoneName(s, p);
  const at = zone === void 0 ? p : zone.end;
  const year = s.charCodeAt(at) === 32 ? digits(s, at + 1, 4) : -1;
  const after = s.charCodeAt(at + 5) | 32;
  if (year < 1970 || year > 2099 || after >= 48 && after <= 57 || after >= 97 && after <= 122) return void 0;
  return { year, zone, end: at + 5 };
}
function readFractionAfterYear(s, p, limit, clock) {
  const sep = s.charCodeAt(p);
  if (sep !== 46 && sep !== 44 || clock.fractionDigits > 0 || clock.literalN === true || digitAt(s, p + 1) < 0) return void 0;
  let q = p + 1;
  let micros = 0;
  let nanos = 0;
  for (; q < limit && q - p <= 12 && digitAt(s, q) >= 0; q++) {
    if (q - p <= 6) micros = micros * 10 + digitAt(s, q);
    else if (q - p <= 9) nanos = nanos * 10 + digitAt(s, q);
  }
  const fractionDigits = q - p - 1;
  if (isAsciiWordChar(s.charCodeAt(q))) return void 0;
  for (let k = fractionDigits; k < 6; k++) micros *= 10;
  for (let k = Math.max(fractionDigits, 6); k < 9; k++) nanos *= 10;
  const fractioned = { dayMs: clock.dayMs + micros / 1e3, fractionDigits, end: q };
  if (nanos !== 0) fractioned.nanos = nanos;
  return fractioned;
}
var LOCALIZED_JUL_HEAD = /(\p{L}{3,5})\.? (\d{2}), (\d{4}) /uy;
function localizedJulMonthEnd(s, i) {
  LOCALIZED_JUL_HEAD.lastIndex = i;
  const m = LOCALIZED_JUL_HEAD.exec(s);
  if (m === null || monthOfWord(m[1].toLowerCase()) === 0) return -1;
  return i + m[0].indexOf(" ");
}
var monthOfWord = (word) => monthOfLocaleWord(word) || MONTHS.indexOf(word) + 1;
function parseLocalizedJulHead(s, i, limit) {
  const monthEnd = localizedJulMonthEnd(s, i);
  if (monthEnd < 0) return void 0;
  const month = monthOfWord(s.slice(i, s.charCodeAt(monthEnd - 1) === 46 ? monthEnd - 1 : monthEnd).toLowerCase());
  const day = digits(s, monthEnd + 1, 2);
  const year = digits(s, monthEnd + 5, 4);
  const clock = day >= 1 && day <= 31 ? parseClock(s, monthEnd + 10, limit) : void 0;
  if (clock === void 0) return void 0;
  const ms = daysFromCivil(year, month, day) * DAY_MS + clock.dayMs;
  return withClockMarks({ kind: "absolute", ms, dayMs: clock.dayMs, yearMs: yearMsOf(month, day, clock.dayMs), precisionMs: precisionOf(clock.fractionDigits), format: "jul", zoned: false, end: clock.end }, clock);
}
function parseSyslog(s, i, limit) {
  if (s.charCodeAt(i + 3) === 32 && WEEKDAYS.includes(s.slice(i, i + 3).toLowerCase())) {
    const dated = parseSyslog(s, i + 4, limit);
    return dated?.kind === "absolute" ? dated : void 0;
  }
  if (s.charCodeAt(i + 3) === 44 && s.charCodeAt(i + 4) === 32 && WEEKDAYS.includes(s.slice(i, i + 3).toLowerCase())) return parseRfc2822Date(s, i + 5, limit);
  const month = MONTHS.indexOf(s.slice(i, i + 3).toLowerCase()) + 1;
  if (month === 0 || s.charCodeAt(i + 3) !== 32) return parseLocalizedJulHead(s, i, limit);
  let p = i + 4;
  if (s.charCodeAt(p) === 32) p++;
  let day = digits(s, p, 2);
  if (day >= 0) p += 2;
  else {
    day = digits(s, p, 1);
    p += 1;
  }
  const year = s.charCodeAt(p) === 44 && s.charCodeAt(p + 1) === 32 && s.charCodeAt(p + 6) === 32 ? digits(s, p + 2, 4) : -1;
  if (year >= 0) p += 6;
  if (year >= 0 && s.charCodeAt(p + 1) === 64 && s.charCodeAt(p + 2) === 32) p += 2;
  if (day < 1 || day > 31 || s.charCodeAt(p) !== 32) return void 0;
  if (year < 0 && s.charCodeAt(p + 5) === 32 && digits(s, p + 1, 4) >= 1970) return parseJsDateString(s, i, limit);
  const clock = parseClock(s, p + 1, limit);
  if (!clock) return void 0;
  const yearMs = yearMsOf(month, day, clock.dayMs);
  if (year >= 0) {
    const ms = daysFromCivil(year, month, day) * DAY_MS + clock.dayMs;
    return withClockMarks({ kind: "absolute", ms, dayMs: clock.dayMs, yearMs, precisionMs: precisionOf(clock.fractionDigits), format: "jul", zoned: false, end: clock.end }, clock);
  }
  const trailing = readTrailingYear(s, clock.end);
  if (trailing !== void 0) {
    const zone = trailing.zone;
    const fractioned = readFractionAfterYear(s, trailing.end, limit, clock);
    const stamp = dateClockStamp(trailing.year, month, day, fractioned ?? clock, "ctime", zone !== void 0 && "offsetMin" in zone ? zone.offsetMin : void 0, fractioned?.end ?? trailing.end);
    return zone !== void 0 && "ambiguous" in zone ? { ...stamp, ambiguousZone: zone.ambiguous } : stamp;
  }
  return withClockMarks({ kind: "yearless", ms: yearMs, dayMs: clock.dayMs, yearMs, precisionMs: precisionOf(clock.fractionDigits), format: "syslog", zoned: false, end: clock.end }, clock);
}
function parseRfc2822Date(s, i, limit) {
  let p = i + 2;
  let day = digits(s, i, 2);
  if (day < 0) [day, p] = [digits(s, i, 1), i + 1];
  if (day < 1 || day > 31 || s.charCodeAt(p) !== 32 || s.charCodeAt(p + 4) !== 32 || s.charCodeAt(p + 9) !== 32) return void 0;
  const month = MONTHS.indexOf(s.slice(p + 1, p + 4).toLowerCase()) + 1;
  const year = digits(s, p + 5, 4);
  const clock = month > 0 && year >= 1970 ? parseClock(s, p + 10, limit) : void 0;
  if (clock === void 0 || s.charCodeAt(clock.end) !== 32) return void 0;
  const zone = parseZone(s, clock.end);
  if (zone === void 0 || !("offsetMin" in zone) || zone.end > limit) return void 0;
  return dateClockStamp(year, month, day, clock, "rfc-2822", zone.offsetMin, zone.end);
}
var JS_ZONE_NAME = / \(\p{L}[\p{L}\w .'+-]{0,60}\)/uy;
function parseJsDateString(s, i, limit) {
  const month = MONTHS.indexOf(s.slice(i, i + 3).toLowerCase()) + 1;
  const day = digits(s, i + 4, 2);
  const year = digits(s, i + 7, 4);
  if (month === 0 || s.charCodeAt(i + 3) !== 32 || day < 1 || day > 31 || s.charCodeAt(i + 6) !== 32 || year < 1970 || s.charCodeAt(i + 11) !== 32) return void 0;
  const clock = parseClock(s, i + 12, limit);
  if (clock === void 0) return void 0;
  const sign = s.charCodeAt(clock.end + 4);
  const zone = s.startsWith(" GMT", clock.end) && (sign === 43 || sign === 45) ? parseZone(s, clock.end + 4) : void 0;
  if (zone === void 0 || !("offsetMin" in zone) || zone.end > limit) return dateClockStamp(year, month, day, clock, "js-date");
  JS_ZONE_NAME.lastIndex = zone.end;
  const end = JS_ZONE_NAME.test(s) && JS_ZONE_NAME.lastIndex <= limit ? JS_ZONE_NAME.lastIndex : zone.end;
  return dateClockStamp(year, month, day, clock, "js-date", zone.offsetMin, end);
}
function parseGlog(s, i, limit) {
  const year = s.charCodeAt(i + 5) === 32 ? -1 : digits(s, i + 1, 4);
  const at = year < 0 ? i + 1 : i + 5;
  const month = digits(s, at, 2);
  const day = digits(s, at + 2, 2);
  if (month < 1 || month > 12 || day < 1 || day > 31 || s.charCodeAt(at + 4) !== 32) return void 0;
  const clock = parseClock(s, at + 5, limit);
  if (!clock) return void 0;
  const yearMs = yearMsOf(month, day, clock.dayMs);
  const precisionMs = precisionOf(clock.fractionDigits);
  if (year >= 0) return withClockMarks({ kind: "absolute", ms: daysFromCivil(year, month, day) * DAY_MS + clock.dayMs, dayMs: clock.dayMs, yearMs, precisionMs, format: "glog", zoned: false, end: clock.end }, clock);
  return withClockMarks({ kind: "yearless", ms: yearMs, dayMs: clock.dayMs, yearMs, precisionMs, format: "glog", zoned: false, end: clock.end }, clock);
}
var hexAt = (s, i) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
};
function hexDigits(s, i, n) {
  let value = 0;
  for (let k = 0; k < n; k++) {
    const d = hexAt(s, i + k);
    if (d < 0) return -1;
    value = value * 16 + d;
  }
  return value;
}
var TAI64_UNIX_EPOCH_LOW = 10;
function parseTai64n(s, i) {
  if (s.charCodeAt(i) !== 64 || s.charCodeAt(i + 1) !== 52 || hexDigits(s, i + 2, 7) !== 0) return void 0;
  const seconds = hexDigits(s, i + 9, 8) - TAI64_UNIX_EPOCH_LOW;
  const nanos = hexDigits(s, i + 17, 8);
  if (seconds < 0 || nanos < 0 || nanos > 999999999 || hexAt(s, i + 25) >= 0) return void 0;
  const fractionMs = Math.floor(nanos / 1e3) / 1e3;
  const days = Math.floor(seconds / 86400);
  const dayMs = (seconds - days * 86400) * 1e3 + fractionMs;
  const ms = seconds * 1e3 + fractionMs;
  const { month, day } = civilFromDays(days);
  return { kind: "absolute", ms, dayMs, yearMs: yearMsOf(month, day, dayMs), precisionMs: 1e-3, format: "tai64n", zoned: true, end: i + 25 };
}
function parseMonotonicField(s, i, limit) {
  let p = s.startsWith("mono=", i) ? i + 5 : s.startsWith("monotonic=", i) ? i + 10 : -1;
  if (p < 0) return void 0;
  const whole = p;
  let seconds = 0;
  while (p < limit && p - whole < 10 && digitAt(s, p) >= 0) seconds = seconds * 10 + digitAt(s, p++);
  if (p === whole || s.charCodeAt(p) !== 46) return void 0;
  const fraction = ++p;
  let micros = 0;
  for (; p < limit && digitAt(s, p) >= 0; p++) if (p - fraction < 6) micros = micros * 10 + digitAt(s, p);
  const fractionDigits = p - fraction;
  if (fractionDigits < 1 || fractionDigits > 9 || p < limit && !isGapOrEnd(s.charCodeAt(p))) return void 0;
  for (let k = fractionDigits; k < 6; k++) micros *= 10;
  const ms = seconds * 1e3 + micros / 1e3;
  return { kind: "relative", ms, dayMs: ms, yearMs: ms, precisionMs: precisionOf(fractionDigits), format: "monotonic", zoned: false, end: p };
}
function parseTimestampAt(s, i, limit = s.length) {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) {
    const millis = parseMillisDateTime(s, i, limit);
    if (millis !== void 0) return millis;
    const dateSep = s.charCodeAt(i + 2);
    if ((dateSep === 47 || dateSep === 46) && s.charCodeAt(i + 5) === dateSep) return parseNumericDateTime(s, i, limit);
    if (dateSep === 47 || s.charCodeAt(i + 1) === 47) {
      const numeric = parseNumericDateTime(s, i, limit);
      if (numeric) return numeric;
    }
    if ((s.charCodeAt(i + 2) === 45 || s.charCodeAt(i + 1) === 45) && (s.charCodeAt(i + 6) === 45 || s.charCodeAt(i + 5) === 45)) {
      const dated = parseDayMonthYear(s, i, limit);
      if (dated) return dated;
    }
    if (s.charCodeAt(i + 2) === 32 || s.charCodeAt(i + 1) === 32) {
      const spaced = parseSpacedDayMonthYear(s, i, limit);
      if (spaced) return spaced;
    }
    const sep = s.charCodeAt(i + 4);
    if ((sep === 45 || sep === 47) && digits(s, i, 4) >= 0) return parseDateTime(s, i, limit);
    const epoch = parseEpoch(s, i, limit);
    if (epoch) return epoch;
    const uptime = parseUptime(s, i, limit);
    if (uptime) return uptime;
    const clock = parseClock(s, i, limit) ?? parseKitchenClock(s, i);
    if (!clock) return void 0;
    return withClockMarks(
      {
        kind: "time-of-day",
        ms: clock.dayMs,
        dayMs: clock.dayMs,
        yearMs: clock.dayMs,
        precisionMs: clock.precisionMs ?? precisionOf(clock.fractionDigits),
        format: "time-of-day",
        zoned: false,
        end: clock.end
      },
      clock
    );
  }
  if (c === 73 || c === 87 || c === 69 || c === 70) {
    if (digitAt(s, i + 1) >= 0) return parseGlog(s, i, limit);
  }
  if (c === 109 && s.charCodeAt(i + 2) === 110) {
    const mono = parseMonotonicField(s, i, limit);
    if (mono) return mono;
  }
  if (c >= 65 && c <= 90 || c >= 97 && c <= 122) return parseSyslog(s, i, limit);
  if (c === 91) return parseRelative(s, i, limit);
  if (c === 64) return parseTai64n(s, i);
  return void 0;
}
function stampFromEpochNumber(value) {
  if (!Number.isFinite(value) || value <= 0) return void 0;
  let ms;
  let precisionMs;
  let format;
  if (value < 1e11) [ms, precisionMs, format] = [value * 1e3, Number.isInteger(value) ? 1e3 : 1, "epoch-s"];
  else if (value < 1e14) [ms, precisionMs, format] = [value, 1, "epoch-ms"];
  else if (value < 1e17) [ms, precisionMs, format] = [value / 1e3, 1e-3, "epoch-us"];
  else [ms, precisionMs, format] = [value / 1e6, 1e-3, "epoch-ns"];
  ms = Math.round(ms * 1e3) / 1e3;
  const days = Math.floor(ms / DAY_MS);
  const dayMs = ms - days * DAY_MS;
  const { month, day } = civilFromDays(days);
  return { kind: "absolute", ms, dayMs, yearMs: yearMsOf(month, day, dayMs), precisionMs, format, zoned: true, end: 0 };
}

// src/log-events/date-output.ts
var HALF_DAY_MS = DAY_MS / 2;
var DATE_PROGRAM = String.raw`(?:(?:/[\w.+-]{1,64}){0,8}/)?g?date`;
var STRFTIME_TWELVE_HOUR = /%[-_0^#]?\d{0,2}[Il]/;
var STRFTIME_AM_PM = /%[-_0^#]?\d{0,2}[pPr]/;
var DATE_ARGUMENTS = new RegExp(String.raw`(?:^|[;&|(\`]|[$#>]\s|\b(?:sudo|env|exec|nohup|time)\s|(?:\bTZ=(\S*)|=\S*)\s)\s*${DATE_PROGRAM}((?:\s+[^\s;&|)\`]+)*)`);
var UTC_TZ = /^["']?:?(?:Etc\/)?(?:UTC|GMT|UCT|Zulu|Z)0?["']?$/i;
var GET_DATE_UFORMAT = /\bget-date\b[^;|\n]*?\s-uformat\s+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s;|]+))/i;
var GET_DATE_FORMAT = /\bget-date\b[^;|\n]*?\s-f(?:ormat)?\s+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s;|]+))/i;
function readDateFormat(command) {
  const uformat = GET_DATE_UFORMAT.exec(command);
  if (uformat !== null) return { kind: "strftime", format: uformat[1] ?? uformat[2] ?? uformat[3] };
  const dotnet = GET_DATE_FORMAT.exec(command);
  if (dotnet !== null) return { kind: "dotnet", format: dotnet[1] ?? dotnet[2] ?? dotnet[3] };
  const args = DATE_ARGUMENTS.exec(command)?.[2];
  const plus = args === void 0 ? -1 : args.indexOf("+");
  return plus < 0 ? void 0 : { kind: "strftime", format: args.slice(plus + 1).replace(/["']/g, "").trim() };
}
function printsHalfDayClock(command) {
  const date = readDateFormat(command);
  if (date === void 0) return false;
  if (date.kind === "strftime") return isHalfDayStrftime(date.format);
  return date.format.length > 1 && date.format.includes("h") && !date.format.includes("t");
}
var isHalfDayStrftime = (format) => STRFTIME_TWELVE_HOUR.test(format) && !STRFTIME_AM_PM.test(format);
function markHalfDay(stamp) {
  const hour = Math.floor((stamp.dayMs % DAY_MS + DAY_MS) % DAY_MS / 36e5);
  return hour <= 12 && (stamp.kind === "time-of-day" || stamp.kind === "absolute") ? { ...stamp, halfDay: true } : stamp;
}
function resolveHalfDayTimes(events) {
  let references;
  for (const event of events) {
    const time = event.time;
    if (time?.halfDay !== true) continue;
    references ??= events.flatMap((e) => e.node !== void 0 && e.time !== void 0 && e.time.halfDay !== true && !e.time.zoned && e.time.kind !== "relative" ? [e.time.dayMs] : []);
    if (references.length === 0) return;
    const morning = time.dayMs % HALF_DAY_MS;
    const dayMs = nearestDistance(morning + HALF_DAY_MS, references) < nearestDistance(morning, references) ? morning + HALF_DAY_MS : morning;
    const shift = dayMs - time.dayMs;
    if (shift !== 0) event.time = { ...time, ms: time.ms + shift, dayMs, yearMs: time.yearMs + shift };
  }
}
function nearestDistance(dayMs, references) {
  let best = Infinity;
  for (const reference of references) {
    const apart = Math.abs(dayMs - reference) % DAY_MS;
    best = Math.min(best, apart, DAY_MS - apart);
  }
  return best;
}
var UTC_FLAG = /(?:^|\s)(?:-[a-zA-Z]{0,2}u[a-zA-Z]{0,2}|--utc|--universal)(?=\s|$)/;
var OTHER_TIME_FLAG = /(?:^|\s)(?:-[a-zA-Z]{0,2}[dfr][a-zA-Z]{0,2}|--date|--reference|--file)(?=[\s=]|$)/;
function printsNow(command) {
  const date = DATE_ARGUMENTS.exec(command);
  return date !== null && !OTHER_TIME_FLAG.test(date[2]);
}
function readDateZone(command) {
  const date = DATE_ARGUMENTS.exec(command);
  if (date === null) return void 0;
  if (UTC_FLAG.test(date[2]) || date[1] !== void 0 && UTC_TZ.test(date[1])) return "utc";
  return date[1] === void 0 ? "shell" : void 0;
}
function readInShellZone(record, shown, shownAt, zone) {
  if (record.kind !== "time-of-day" || record.zoned || shown.kind !== "absolute" || !shown.zoned) return void 0;
  if (record.ambiguousZone !== void 0 && zone === "utc") return void 0;
  let offsetMs = zone === "utc" ? (shown.dayMs - shown.ms % DAY_MS + DAY_MS) % DAY_MS : 0;
  if (offsetMs > 14 * 36e5) offsetMs -= DAY_MS;
  let apartMs = record.dayMs - (shown.dayMs - offsetMs);
  if (apartMs > HALF_DAY_MS) apartMs -= DAY_MS;
  else if (apartMs < -HALF_DAY_MS) apartMs += DAY_MS;
  const dayMs = ((shown.dayMs + apartMs) % DAY_MS + DAY_MS) % DAY_MS;
  const read = { ...record, kind: "absolute", ms: shown.ms + apartMs, dayMs, yearMs: shown.yearMs + apartMs, zoned: true, shellZoneAt: shownAt };
  if (record.ambiguousZone !== void 0) return { ...read, ambiguousZone: void 0, zoneName: record.ambiguousZone };
  return zone === "utc" ? { ...read, printedInUtc: true } : read;
}
function readPrintedZone(text, stamp) {
  if (stamp.kind !== "time-of-day" || stamp.zoned || stamp.ambiguousZone !== void 0) return stamp;
  const zone = readZoneAfter(text, stamp.end);
  if (zone === void 0) return stamp;
  return "offsetMin" in zone ? { ...stamp, zoned: true, offsetMin: zone.offsetMin, end: zone.end } : { ...stamp, ambiguousZone: zone.ambiguous, end: zone.end };
}

// src/log-events/node-key-values.ts
var KEYED_VALUE = /^[A-Za-z0-9][\w.@:-]{0,63}$/;
var NO_NODE_VALUE = /^(?:null|nil|none|unknown|undefined|n\/a|na|true|false|self|local|all|any|-)$/i;
function readKeyedValue(key, value) {
  if (key.toLowerCase() === "id" || classifyWriterKey(key) !== "node") return void 0;
  if (!KEYED_VALUE.test(value) || NO_NODE_VALUE.test(value) || /^\d+$/.test(value)) return void 0;
  const named = readNodeName(value, 0, value.length, true);
  return named !== void 0 && named.end === value.length ? void 0 : value;
}
var JSON_STRING_FIELD = /"([\w.-]{1,40})"\s*:\s*"([^"\\]{1,64})"/g;
function findJsonKeyedValue(record) {
  JSON_STRING_FIELD.lastIndex = 0;
  for (let m = JSON_STRING_FIELD.exec(record); m; m = JSON_STRING_FIELD.exec(record)) {
    if (classifyWriterKey(m[1]) !== "node") continue;
    return readKeyedValue(m[1], m[2]);
  }
  return void 0;
}
var LOGFMT_PAIR = /(?:^|\s)([\w.-]{1,40})=(?:"([^"\\]{1,64})"|'([^'\\]{1,64})'|([^\s"']{1,64}))/g;
function findLogfmtKeyedValue(pairs) {
  LOGFMT_PAIR.lastIndex = 0;
  for (let m = LOGFMT_PAIR.exec(pairs); m; m = LOGFMT_PAIR.exec(pairs)) {
    if (classifyWriterKey(m[1]) !== "node") continue;
    return readKeyedValue(m[1], m[2] ?? m[3] ?? m[4]);
  }
  return void 0;
}
var ORDINAL_NAME = /^\p{L}{1,24}[-_ ]?\d{1,4}$/u;
function findLogfmtWriterName(pairs) {
  LOGFMT_PAIR.lastIndex = 0;
  for (let m = LOGFMT_PAIR.exec(pairs); m; m = LOGFMT_PAIR.exec(pairs)) {
    if (classifyWriterKey(m[1]) !== "node") continue;
    const value = m[2] ?? m[3] ?? m[4];
    if (m[1].toLowerCase() === "id" || !ORDINAL_NAME.test(value)) return void 0;
    const named = readNodeName(value, 0, value.length, true);
    return named !== void 0 && named.end === value.length ? void 0 : value;
  }
  return void 0;
}

// src/log-events/pgrep-command.ts
var PGREP = /(?:^|[\s;&|($`])pgrep((?:\s+-{1,2}[A-Za-z][\w-]*)*)\s+(?:"([^"]{1,200})"|'([^']{1,200})'|([^\s;&|)`'"]{1,200}))/;
function readPgrepFull(command) {
  const m = PGREP.exec(command);
  if (m === null) return void 0;
  const options = m[1].trim().split(/\s+/).filter(Boolean);
  if (!options.some((o) => o === "--full" || /^-[A-Za-z]+$/.test(o) && o.includes("f"))) return void 0;
  return { options, pattern: m[2] ?? m[3] ?? m[4] };
}
function printsBarePids(pgrep) {
  return !pgrep.options.some((o) => /^-[A-Za-z]+$/.test(o) && /[al]/.test(o) || o === "--list-full" || o === "--list-name");
}

// src/log-events/journal-fields.ts
var VERBOSE_FIELD = /^ {4}([A-Z_][A-Z0-9_]{0,63})=/;
var EXPORT_FIELD = /^([A-Z_][A-Z0-9_]{0,63})=/;
var JSON_FIELD = /^\t"([A-Z_][A-Z0-9_]{0,63})" : /;
function readJournalField(text) {
  const c = text.charCodeAt(0);
  const m = c === 32 ? VERBOSE_FIELD.exec(text) : c === 9 ? JSON_FIELD.exec(text) : c === 95 || c >= 65 && c <= 90 ? EXPORT_FIELD.exec(text) : null;
  if (!m) return void 0;
  const style = c === 32 ? "verbose" : c === 9 ? "json" : "export";
  return { key: m[1], value: text.slice(m[0].length), style };
}
function journalFieldText(field) {
  if (field.style !== "json") return field.value;
  const m = /^"((?:[^"\\]|\\.)*)",?\s*$/.exec(field.value);
  return m ? m[1] : void 0;
}
function journalFieldStamp(field) {
  if (field.key !== "__REALTIME_TIMESTAMP") return void 0;
  const digits2 = /^\d{10,17}$/.exec(journalFieldText(field) ?? "");
  return digits2 ? stampFromEpochNumber(Number(digits2[0])) : void 0;
}
var VERBOSE_CURSOR = /^ \[s=[0-9a-f]{32};i=[0-9a-f]+;/;
function isVerboseRecordHead(rest) {
  return VERBOSE_CURSOR.test(rest);
}
function isJsonRecordBrace(text, brace) {
  return text.charCodeAt(0) === brace.charCodeAt(0) && text.trim() === brace;
}

// src/log-events/process-actions.ts
var PROCESS_QUERY = /^(?:pgrep|pidof|ps)(?=\s|$)/;
var WRAPPER = /^(?:(?:sudo|doas|env|time|nohup|command|exec|builtin)(?:\s+-{1,2}[A-Za-z][\w-]*)*\s+|[A-Za-z_]\w*=\S*\s+|[!({]\s*|[\w.~-]*\/(?=\S))/;
function isProcessAction(pipeline) {
  let rest = pipeline;
  for (let m = WRAPPER.exec(rest); m !== null && m[0].length > 0; m = WRAPPER.exec(rest)) rest = rest.slice(m[0].length);
  if (PROCESS_QUERY.test(rest)) return true;
  const kill = COMMAND_KILL_PATTERN.exec(rest);
  return kill !== null && kill.index === 0;
}
function splitPipelines(command, from) {
  const pipelines = [];
  let start = from;
  let depth = 0;
  let quote = 0;
  let backtick = false;
  const cut = (end, next) => {
    const pipeline = command.slice(start, end).trim();
    if (pipeline !== "") pipelines.push(pipeline);
    start = next;
  };
  for (let k = from; k < command.length; k++) {
    const c = command.charCodeAt(k);
    if (quote !== 0) {
      if (c === 92 && quote === 34) k++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 92) k++;
    else if (c === 34 || c === 39) quote = c;
    else if (c === 96) backtick = !backtick;
    else if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (depth > 0 || backtick) continue;
    else if (c === 59 || c === 10) cut(k, k + 1);
    else if (c === 124 && command.charCodeAt(k + 1) === 124) cut(k, ++k + 1);
    else if (c === 38 && command.charCodeAt(k + 1) === 38) cut(k, ++k + 1);
    else if (c === 38 && command.charCodeAt(k - 1) !== 62 && command.charCodeAt(k + 1) !== 62) cut(k, k + 1);
  }
  cut(command.length, command.length);
  return pipelines;
}
function readPrintingPipelines(command) {
  const prompt = readShellPrompt(command, 0, command.length);
  return splitPipelines(command, prompt?.end ?? 0).filter((pipeline) => !isProcessAction(pipeline));
}

// src/log-events/windows-process-listing.ts
var WINDOWS_LISTING = /\b(?:(?:get-ciminstance|get-wmiobject|gcim|gwmi)\b[^|\n]*\bwin32_process\b|(?:get-process|gps)\b[^\n]*\bcommandline\b)|\b(wmic)(?:\.exe)?\s+process\b[^\n]*\bget\b/i;
var PID_COLUMN = /^(?:processid|id|pid)$/i;
var PID_FIRST_ROW = /^\s*(\d{1,7})\s+(\S.*?)\s*$/;
var PID_LAST_ROW = /^\s*(\S.*?)\s+(\d{1,7})\s*$/;
var CUT_MARK = /(?:\.\.\.|…)$/;
var TABLE_ROWS = 64;
function isWindowsProcessListing(command) {
  return WINDOWS_LISTING.test(command);
}
function readWindowsListing(lines, kinds, at) {
  const wmic = WINDOWS_LISTING.exec(lineAt2(lines, at))?.[1] !== void 0;
  let i = at + 1;
  while (i < lines.count && i <= at + 2 && lineAt2(lines, i).trim() === "") i++;
  const header = i < lines.count ? lineAt2(lines, i).trim().split(/\s+/) : [];
  if (header.length !== 2) return [];
  const pidFirst = PID_COLUMN.test(header[0]) && /^commandline$/i.test(header[1]);
  const pidLast = /^commandline$/i.test(header[0]) && PID_COLUMN.test(header[1]);
  if (!pidFirst && !pidLast) return [];
  i++;
  if (i < lines.count && /^-+\s+-+$/.test(lineAt2(lines, i).trim())) i++;
  const rows = [];
  const last = Math.min(lines.count, i + TABLE_ROWS);
  for (let blanks = 0; i < last && kinds[i] !== LINE_COMMAND && kinds[i] !== LINE_HEADER; i++) {
    const text = lineAt2(lines, i);
    if (text.trim() === "") {
      if (wmic && rows.length > 0 && blanks++ === 0) continue;
      break;
    }
    blanks = 0;
    const row = (pidFirst ? PID_FIRST_ROW : PID_LAST_ROW).exec(text);
    if (row === null) break;
    const pid = pidFirst ? row[1] : row[2];
    let command = pidFirst ? row[2] : row[1];
    if (CUT_MARK.test(command)) command = command.slice(0, Math.max(0, command.search(/\s\S*$/)));
    rows.push({ pid, command });
  }
  return rows;
}
function lineAt2(lines, i) {
  return lines.text.slice(lines.starts[i], Math.min(lines.ends[i], lines.starts[i] + 4096));
}

// src/log-events/hourless-record.ts
var HOUR_MS = 36e5;
var NEAR_MS = 5 * 6e4;
var STRFTIME_MINUTE_SECOND = /%[-_0^#]?M:%[-_0^#]?S(?:[.,]%[-_0^#]?\d?N)?$/;
var STRFTIME_HOUR = /%[-_0^#]?\d{0,2}[HIklTRrXcs+]/;
var DOTNET_MINUTE_SECOND = /^mm:ss(?:[.,]f{1,7})?$/;
var MINUTE_SECOND = /^(\d{2}):(\d{2})(?:[.,](\d{1,9}))?$/;
function printsHourlessClock(typed) {
  const date = readDateFormat(typed);
  if (date === void 0) return false;
  if (date.kind === "dotnet") return DOTNET_MINUTE_SECOND.test(date.format);
  return STRFTIME_MINUTE_SECOND.test(date.format) && !STRFTIME_HOUR.test(date.format);
}
function readHourlessRecord(output, references, end) {
  const m = MINUTE_SECOND.exec(output);
  if (m === null || Number(m[1]) > 59 || Number(m[2]) > 59) return void 0;
  const withinHourMs = Number(m[1]) * 6e4 + Number(m[2]) * 1e3;
  let hour;
  for (const reference of references) {
    if (reference === void 0) return void 0;
    const nearest = Math.round((reference - withinHourMs) / HOUR_MS);
    const apart = Math.abs(reference - (nearest * HOUR_MS + withinHourMs));
    if (apart > NEAR_MS) continue;
    const h = (nearest % 24 + 24) % 24;
    if (hour !== void 0 && hour !== h) return void 0;
    hour = h;
  }
  if (hour === void 0) return void 0;
  const clock = `${String(hour).padStart(2, "0")}:${output}`;
  const stamp = parseTimestampAt(clock, 0, clock.length);
  if (stamp === void 0 || stamp.kind !== "time-of-day" || stamp.dayMs >= DAY_MS) return void 0;
  return { ...stamp, hourFromNodes: true, end };
}
function readNodeWallTimes(lines, table) {
  const times = [];
  for (let k = 0; k < lines.count; k++) {
    const at = table.stampAt[k];
    if (at < 0 || table.nodes[k] === void 0 || table.kinds[k] !== LINE_LOG) continue;
    const stamp = parseTimestampAt(lines.text, at, lines.ends[k]);
    if (stamp === void 0 || stamp.kind === "relative") continue;
    times.push(stamp.zoned ? void 0 : stamp.dayMs);
  }
  return times;
}

// src/log-events/locale-date-output.ts
var C_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
var C_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var LOCALES = [
  // fr_FR
  { weekdays: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."], months: GLIBC_MONTHS.fr, layout: "day-month-year" },
  // de_DE (day with a dot)
  { weekdays: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"], months: GLIBC_MONTHS.de, layout: "day-month-zone-year" },
  // es_ES
  { weekdays: ["lun", "mar", "mi\xE9", "jue", "vie", "s\xE1b", "dom"], months: GLIBC_MONTHS.es, layout: "day-month-year" },
  // it_IT (`%a %d %b %Y, %T, %Z`)
  { weekdays: ["lun", "mar", "mer", "gio", "ven", "sab", "dom"], months: GLIBC_MONTHS.it, layout: "day-month-year" },
  // pt_BR / pt_PT
  { weekdays: ["seg", "ter", "qua", "qui", "sex", "s\xE1b", "dom"], months: GLIBC_MONTHS.pt, layout: "day-month-year" },
  // en_GB, en_IE, en_AU (`Wed 02 Dec 2026 15:19:58 GMT`)
  { weekdays: C_WEEKDAYS, months: C_MONTHS, layout: "day-month-year" }
];
var DAY_MONTH_YEAR = /^(\S{2,5}) (\d{1,2}) (\S{3,5}) (\d{4}),? (\d{2}:\d{2}:\d{2}),? ([A-Z]{2,5}|[+-]\d{2}(?:\d{2})?)$/u;
var DAY_MONTH_ZONE_YEAR = /^(\S{2,5}) (\d{1,2})\. (\S{3,5}) (\d{2}:\d{2}:\d{2}) ([A-Z]{2,5}|[+-]\d{2}(?:\d{2})?) (\d{4})$/u;
function readLocaleDateOutput(output, end) {
  const a = DAY_MONTH_YEAR.exec(output);
  const b = a === null ? DAY_MONTH_ZONE_YEAR.exec(output) : null;
  if (a === null && b === null) return void 0;
  const [weekday, day, month, year, time, zone] = a !== null ? [a[1], a[2], a[3], a[4], a[5], a[6]] : [b[1], b[2], b[3], b[6], b[4], b[5]];
  const layout = a !== null ? "day-month-year" : "day-month-zone-year";
  const locale = LOCALES.find((l) => l.layout === layout && l.weekdays.includes(weekday) && l.months.includes(month));
  if (locale === void 0) return void 0;
  const ctime = `${C_WEEKDAYS[locale.weekdays.indexOf(weekday)]} ${C_MONTHS[locale.months.indexOf(month)]} ${day.padStart(2, " ")} ${time} ${zone} ${year}`;
  const stamp = parseTimestampAt(ctime, 0, ctime.length);
  if (stamp === void 0 || stamp.end !== ctime.length || stamp.kind !== "absolute" || !stamp.zoned) return void 0;
  return { ...stamp, end };
}

// src/log-events/command-time-arguments.ts
var TIME_OPTION_VALUE = /(?:^|\s)(?:--since(?:-time)?|--until|--after|--before|--date|-[SUd])(?:=|\s+)("[^"\n]*"|'[^'\n]*'|[^\s;&|)]+)/g;
function isTimeArgument(text, lineStart, lineEnd, at) {
  const line = text.slice(lineStart, lineEnd);
  const offset = at - lineStart;
  TIME_OPTION_VALUE.lastIndex = 0;
  for (let m = TIME_OPTION_VALUE.exec(line); m; m = TIME_OPTION_VALUE.exec(line)) {
    const valueEnd = m.index + m[0].length;
    const valueStart2 = valueEnd - m[1].length;
    if (offset >= valueStart2 && offset < valueEnd) return true;
    if (valueStart2 > offset) return false;
  }
  return false;
}

// src/log-events/shell-jobs.ts
var KILLED_JOB = /\bkill\b(?:\s+-(?:s\s+)?\w+)*\s+(?:%(\d{1,3})(?![\w%])|\$?\(\s*jobs\s+-p\s+%(\d{1,3})\s*\)|`\s*jobs\s+-p\s+%(\d{1,3})\s*`)/i;
function findKilledJob(text) {
  const m = KILLED_JOB.exec(text);
  return m === null ? void 0 : Number(m[1] ?? m[2] ?? m[3]);
}
function findKilledJobOf(lines, line, kinds) {
  const printed = line > 0 && (kinds === void 0 || kinds[line] !== LINE_COMMAND && kinds[line - 1] === LINE_COMMAND);
  for (const at of printed ? [line, line - 1] : [line]) {
    const job = findKilledJob(lineText(lines, at, 4096));
    if (job !== void 0) return { job, line: at };
  }
  return void 0;
}
var JOB_NOTICE = /^\s*\[(\d{1,3})\]\s+(\d{1,7})\s*$/;
var JOB_ROW = /^\s*\[(\d{1,3})\][+-]?\s+(?:(\d{1,7})\s+)?(?:Running|Stopped|Done|Terminated|Killed|Exit \d{1,3}|Hangup|Interrupt)(?:\s+\([^)]{1,20}\))?\s+(\S.*)$/;
var FISH_JOB_ROW = /^\s*(\d{1,3})\s+(\d{1,7})\s+\d{1,3}%\s+(?:running|stopped)\s+(\S.*)$/;
var FOR_LOOP = /\bfor\s+([A-Za-z_]\w{0,30})\s+in\s+([^;]{1,200});\s*do\b(.{1,500})$/;
var NOTICE_LINES = 16;
function readShellJobs(lines, table) {
  const jobs = [];
  let launches = [];
  let launchLine = -1;
  let noticed = 0;
  for (let i = 0; i < lines.count; i++) {
    const text = lineText(lines, i, 512);
    if (table.kinds[i] === LINE_COMMAND) {
      [launches, launchLine, noticed] = [readBackgroundLaunches(text), i, 0];
      continue;
    }
    const notice = JOB_NOTICE.exec(text);
    if (notice !== null) {
      const node2 = i - launchLine <= NOTICE_LINES ? launches[noticed++] : void 0;
      jobs.push({ job: Number(notice[1]), line: i, pid: notice[2], ...node2 === void 0 ? {} : { node: node2 } });
      continue;
    }
    const row = JOB_ROW.exec(text) ?? FISH_JOB_ROW.exec(text);
    if (row === null) {
      const typed = isTypedLaunch(text) ? readBackgroundLaunches(text) : [];
      if (typed.length > 0) [launches, launchLine, noticed] = [typed, i, 0];
      continue;
    }
    const node = row[3].includes("$") ? void 0 : readLaunchFlags(row[3])?.node;
    jobs.push({ job: Number(row[1]), line: i, ...row[2] === void 0 ? {} : { pid: row[2] }, ...node === void 0 ? {} : { node } });
  }
  return jobs;
}
var JOB_END = /(?<![&<>|\\])&(?![&>])/g;
var QUOTED = /"[^"\n]*"|'[^'\n]*'/g;
function findJobEnds(command) {
  if (!command.includes("&")) return [];
  const masked = command.includes('"') || command.includes("'") ? command.replace(QUOTED, (q) => " ".repeat(q.length)) : command;
  const ends = [];
  JOB_END.lastIndex = 0;
  for (let m = JOB_END.exec(masked); m !== null && ends.length < 64; m = JOB_END.exec(masked)) ends.push(m.index);
  return ends;
}
function readBackgroundLaunches(command) {
  return readBackgroundJobs(command).map((job) => job.node);
}
function readBackgroundJobs(command) {
  const ends = findJobEnds(command);
  if (ends.length === 0) return [];
  const loop = FOR_LOOP.exec(command);
  if (loop !== null && ends[ends.length - 1] > loop.index + loop[0].length - loop[3].length) {
    const [, name, list, body] = loop;
    const range = /^\{(\d{1,3})\.\.(\d{1,3})\}$/.exec(list.trim());
    const values = range ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, k) => String(Number(range[1]) + k)) : list.trim().split(/\s+/);
    const variable = new RegExp(`\\$\\{?${name}\\}?(?!\\w)`, "g");
    const job = body.slice(0, findJobEnds(body)[0] ?? body.length);
    const positional = values.every((value) => SMALL_ID.test(value)) && isPositionalLaunch(job, name);
    return values.slice(0, 64).map((value) => {
      const run = job.replace(variable, value);
      return { command: run, node: readLaunchFlags(run)?.node ?? (positional ? nodeLabel(Number(value)) : void 0) };
    });
  }
  return ends.map((end, k) => {
    const run = command.slice(k === 0 ? 0 : ends[k - 1] + 1, end);
    return { command: run, node: readLaunchFlags(run)?.node };
  });
}
var SMALL_ID = /^\d{1,2}$/;
function isPositionalLaunch(launch, name) {
  TYPED_LAUNCH.lastIndex = 0;
  if (!TYPED_LAUNCH.test(launch)) return false;
  const words = launch.trim().split(/\s+/);
  const bare = /* @__PURE__ */ new Set([`$${name}`, `\${${name}}`, `"$${name}"`, `"\${${name}}"`]);
  return words.some((word, k) => k > 0 && bare.has(word) && words[k - 1].charCodeAt(0) !== 45);
}
var TYPED_LAUNCH = new RegExp(
  [
    String.raw`(?:[ \t]{1,16}(?:\+{1,3} )?|(?:\+{1,3} )?(?:[A-Za-z]\w{0,63}=(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s;|&'"]{0,200}) {1,8})*)`,
    String.raw`(?:(?:timeout|nohup|exec|env|stdbuf|setsid|sudo|nice|taskset|numactl)(?: [^\s;|&]{1,64}){0,4} )?`,
    String.raw`(?:(?:\.{1,2}\/|\/|~\/)[\w.\/-]{1,128}`,
    String.raw`|(?:python[23]?(?:\.\d{1,2})?|pypy3?|node|nodejs|deno(?: run)?|bun(?: run)?|ruby|perl|php|java)(?: {1,64}-{1,2}[\w.=-]{1,64}){0,6} {1,64}(?:[\w.\/~-]{0,128}\.(?:py|js|mjs|cjs|ts|rb|pl|php|jar)|(?<=-m {1,64})[\w.]{1,128})`,
    String.raw`|(?:go|cargo|mix|dotnet) run)`,
    String.raw`(?: |$)`
  ].join(""),
  "y"
);
function isTypedLaunch(text, start = 0, end = text.length) {
  const c = text.charCodeAt(start);
  if (!(c === 46 || c === 47 || c === 126 || c === 43 || c === 9 || c === 32 || (c | 32) >= 97 && (c | 32) <= 122)) return false;
  TYPED_LAUNCH.lastIndex = start;
  if (!TYPED_LAUNCH.test(text) || TYPED_LAUNCH.lastIndex > end) return false;
  const row = start === 0 && end === text.length ? text : text.slice(start, end);
  return readLaunchFlags(row) !== void 0 || readBackgroundLaunches(row).some((node) => node !== void 0);
}
function resolveKilledJob(jobs, job, line, nodeOfPid) {
  let above;
  let below;
  for (const entry of jobs) {
    if (entry.job !== job) continue;
    if (entry.line < line) above = entry;
    else {
      below = entry;
      break;
    }
  }
  return (above === void 0 ? void 0 : nodeOfJob(jobs, above, nodeOfPid)) ?? (below === void 0 ? void 0 : nodeOfJob(jobs, below, nodeOfPid));
}
function nodeOfJob(jobs, row, nodeOfPid) {
  if (row.node !== void 0 || row.pid === void 0) return row.node;
  return jobs.find((e) => e.pid === row.pid && e.node !== void 0)?.node ?? nodeOfPid(row.pid);
}

// src/log-events/decide-once-per-table.ts
function decideOncePerTable(decide) {
  const known = /* @__PURE__ */ new WeakMap();
  return (lines, table) => {
    let value = known.get(table);
    if (value === void 0) known.set(table, value = decide(lines, table));
    return value;
  };
}

// src/log-events/stamp-epoch.ts
function placeNear(wallMs, periodMs, nearMs) {
  let delta = (wallMs - nearMs) % periodMs;
  if (delta < -periodMs / 2) delta += periodMs;
  else if (delta >= periodMs / 2) delta -= periodMs;
  return nearMs + delta;
}
var QUARTER_HOUR_MS = 15 * 6e4;
function zoneShiftMinOf(aheadMs) {
  return Math.round(aheadMs / QUARTER_HOUR_MS) * 15 || 0;
}
function isZoneOffsetMin(offsetMin) {
  if (offsetMin < -720 || offsetMin > 840) return false;
  return offsetMin % 30 === 0 || offsetMin === 345 || offsetMin === 525 || offsetMin === 765 || offsetMin === 825;
}

// src/log-events/twelve-hour-clock.ts
var HOUR_MS2 = 36e5;
var HALF_DAY_MS2 = 12 * HOUR_MS2;
var twelveHourReference = decideOncePerTable(decideTwelveHourClock);
function decideTwelveHourClock(lines, table) {
  const { text, ends } = lines;
  const lastOf = /* @__PURE__ */ new Map();
  let first = null;
  let wrapped = false;
  for (let i = 0; i < lines.count; i++) {
    const at = table.stampAt[i];
    if (at < 0 || table.kinds[i] !== LINE_LOG) continue;
    const stamp = parseTimestampAt(text, at, ends[i]);
    if (stamp === void 0 || stamp.kind === "relative") continue;
    if (stamp.kind !== "time-of-day" || stamp.format !== "time-of-day" || stamp.zoned) return null;
    const hour = Math.floor(stamp.dayMs / HOUR_MS2);
    if (hour < 1 || hour > 12) return null;
    first ??= stamp.dayMs;
    const node = table.nodes[i];
    const last = lastOf.get(node);
    if (last !== void 0 && last >= HALF_DAY_MS2 && hour === 1 && stamp.dayMs + HALF_DAY_MS2 - last < HOUR_MS2) wrapped = true;
    lastOf.set(node, stamp.dayMs);
  }
  return wrapped ? first : null;
}
function readTwelveHourClock(lines, table, stamp) {
  const hour = Math.floor(stamp.dayMs / HOUR_MS2);
  if (stamp.kind !== "time-of-day" || stamp.format !== "time-of-day" || stamp.zoned || hour < 1 || hour > 12) return stamp;
  const first = twelveHourReference(lines, table);
  if (first === null) return stamp;
  const placed = placeNear(stamp.dayMs % HALF_DAY_MS2, HALF_DAY_MS2, first);
  const dayMs = placed - Math.floor(placed / DAY_MS) * DAY_MS;
  const shift = dayMs - stamp.dayMs;
  return shift === 0 ? stamp : { ...stamp, ms: stamp.ms + shift, dayMs, yearMs: stamp.yearMs + shift };
}

// src/log-events/scan-lines.ts
var LINE_LOG = 0;
var LINE_COMMAND = 1;
var LINE_HEADER = 2;
var LINE_BLANK = 3;
var LINE_COMMENT = 4;
var LINE_JSON = 5;
var NODE_SOURCES = ["none", "file-prefix", "tag", "field", "json-field", "name", "service", "message", "section", "file-name", "head-token", "process-id", "service-number", "json-name"];
var FROM_PREFIX = 1;
var FROM_TAG = 2;
var FROM_FIELD = 3;
var FROM_JSON = 4;
var FROM_NAME = 5;
var FROM_SERVICE = 6;
var FROM_MESSAGE = 7;
var FROM_SECTION = 8;
var FROM_HEAD_TOKEN = 10;
var FROM_PROCESS = 11;
var FROM_SERVICE_NUMBER = 12;
var FROM_JSON_NAME = 13;
var FROM_FILE_STEM = 9;
var HEAD_CHARS = 256;
var isTokenChar = (c) => isAsciiLetter(c) || isAsciiDigit(c) || c === 95 || c === 45 || c === 46 || c === 47 || c === 64 || c === 126;
var isEchoedKey = (c) => c >= 65 && c <= 90 || c === 92;
function indexWithin(text, code, from, limit) {
  for (let i = from; i < limit; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}
function prefixEndAt(text, p, prefix) {
  if (text.charCodeAt(p + prefix.pivot) !== prefix.pivotCode) return -1;
  prefix.exact.lastIndex = p;
  return prefix.exact.test(text) ? prefix.exact.lastIndex : -1;
}
function prefixRegex(codes) {
  return new RegExp(`${codes.map((c) => `\\u${c.toString(16).padStart(4, "0")}`).join("")}(?:\\d(?=\\d{3}-\\d[^]-))?`, "y");
}
function prefixStopRegex(codes) {
  return new RegExp(`(?!${codes.map((c) => `\\u${c.toString(16).padStart(4, "0")}`).join("")}\\d(?=\\d{3}-\\d[^]-))`, "y");
}
function skipToken(text, p, limit, st) {
  if (st.nextSpace < p) {
    st.nextSpace = text.indexOf(" ", p);
    if (st.nextSpace < 0) st.nextSpace = text.length;
  }
  if (st.nextTab < p) {
    st.nextTab = text.indexOf("	", p);
    if (st.nextTab < 0) st.nextTab = text.length;
  }
  return Math.min(st.nextSpace, st.nextTab, limit);
}
function skipColumnToken(text, p, limit, st) {
  const q = skipToken(text, p, limit, st);
  const last = text.charCodeAt(q - 1);
  if (isAsciiDigit(last) || last === 90 || last === 93) return q;
  const bar = indexWithin(text, 124, p, q);
  return bar < 0 ? q : bar;
}
var code3 = (text, p) => (text.charCodeAt(p) | 32) << 16 | (text.charCodeAt(p + 1) | 32) << 8 | (text.charCodeAt(p + 2) | 32);
var MONTHS2 = new Set(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m) => code3(m, 0)));
var WEEKDAYS2 = new Set(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((m) => code3(m, 0)));
var SYSTEM_TIME_HEAD = "SystemTime { tv_sec: ";
var LEVELS = /* @__PURE__ */ new Set([
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
  "t",
  // loguru's SUCCESS, winston/npmlog's verbose, JUL's SEVERE, syslog's alert/emerg: levels, never a node's name.
  "success",
  "verbose",
  "verb",
  "vrb",
  "severe",
  "alert",
  "emerg"
]);
var LEVEL_KEYS = new Map([...LEVELS].map((word) => [word.length * 16777216 + code3(`${word}  `, 0), word]));
function isLevel(text, p, q) {
  const n = q - p;
  const word = LEVEL_KEYS.get(n * 16777216 + (n >= 3 ? code3(text, p) : code3(`${text.slice(p, q)}  `, 0)));
  if (word === void 0) return false;
  for (let k = 3; k < n; k++) if ((text.charCodeAt(p + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
var TS_KEYS = /* @__PURE__ */ new Set(["ts", "time", "t", "timestamp", "@timestamp", "date", "datetime"]);
var MESSAGE_KEYS = /* @__PURE__ */ new Set(["msg", "message", "event"]);
var MONOTONIC_KEYS = /* @__PURE__ */ new Set(["mono", "monotonic"]);
var GREP_EXT = /\.(?:log|txt|out|err|jsonl?|stdout|stderr)(?:\.\d+)?$/i;
var GREP_CONTEXT = /^(.*?\.(?:log|txt|out|err|jsonl?|stdout|stderr)(?:\.\d+)?)-(?=\d)/i;
var JSON_TS = /"(?:ts|time|t|@t|timestamp|@timestamp|__REALTIME_TIMESTAMP)"\s*:\s*(?:"([^"\\]{1,64})"|(\d+(?:\.\d+)?))|"instant"\s*:\s*\{\s*"epochSecond"\s*:\s*(\d{1,11})\s*,\s*"nanoOfSecond"\s*:\s*(\d{1,9})\b/;
var HEADER_WORDS = String.raw`logs?|output|terminal|follower|leader|the|of|for|from|node\.log|data|tail|cat|stdout|stderr|killed|dead|window|pane|tab|shell|\d{1,3}`;
var HEADER_NOISE = new RegExp(String.raw`\b(?:${HEADER_WORDS})\b|[^a-z0-9\0]`, "g");
var HEADER_WORD = new RegExp(`^(?:${HEADER_WORDS})$`, "i");
var OUTPUT_PLACE_WORD = /\b(?:terminal|pane|window|tab|logs?|output)\b/i;
var NODE_NAMES = /(?:kv[-_]?)?node[-_]?\d{1,4}|\bn\d{1,4}\b/g;
function copyString(s) {
  const codes = new Array(s.length);
  for (let k = 0; k < s.length; k++) codes[k] = s.charCodeAt(k);
  return String.fromCharCode(...codes);
}
var PREFIX_CACHE_SIZE = 1024;
var prefixCache = /* @__PURE__ */ new Map();
function startsDateOrClock(text, p) {
  if (!isAsciiDigit(text.charCodeAt(p))) return false;
  const c = text.charCodeAt(p + 4);
  return c === 45 || c === 47 || text.charCodeAt(p + 2) === 58 || text.charCodeAt(p + 1) === 58;
}
var OUTPUT_TO_FILE = /(?:^|\s)(?:1?>{1,2}|&>{1,2})\s*(?!&)[^\s&|;]|(?:^|[\s;&|(])nohup\s(?![^|]*\|)/;
function isOnlyJobLaunch(lines, i, command) {
  if (i + 1 >= lines.count || OUTPUT_TO_FILE.test(command)) return false;
  const notice = JOB_NOTICE.exec(lines.text.slice(lines.starts[i + 1], Math.min(lines.ends[i + 1], lines.starts[i + 1] + 32)));
  return notice !== null && notice[1] === "1";
}
function findRecordAfterPrompt(text, end, limit) {
  let p = end;
  while (p < limit && isSpaceOrTab(text.charCodeAt(p))) p++;
  if (p >= limit) return -1;
  const c = text.charCodeAt(p);
  if (c === 123) return text.charCodeAt(p + 1) === 34 ? p : -1;
  if (c === 91) return startsDateOrClock(text, p + 1) ? p : -1;
  if ((c === 73 || c === 87 || c === 69 || c === 70) && isAsciiDigit(text.charCodeAt(p + 1)) && isAsciiDigit(text.charCodeAt(p + 4))) {
    const gap = text.charCodeAt(p + 5) === 32 ? p + 5 : text.charCodeAt(p + 9) === 32 ? p + 9 : -1;
    return gap > 0 && startsDateOrClock(text, gap + 1) ? p : -1;
  }
  return startsDateOrClock(text, p) ? p : -1;
}
var KNOWN_PREFIXES = 8;
var knownPrefixes = [];
function createPrefix(text, p, length) {
  const codes = Array.from({ length }, (_, k) => text.charCodeAt(p + k));
  let pivot = length - 1;
  while (pivot > 0 && !isAsciiDigit(codes[pivot])) pivot--;
  const path = String.fromCharCode(...codes.slice(0, length - 1)).replace(/\\/g, "/");
  const node = findNodeInPath(path);
  return { length, pivot, pivotCode: codes[pivot], exact: prefixRegex(codes), stop: prefixStopRegex(codes), node, stem: fileStem(path), path: node === void 0 ? copyString(path) : void 0 };
}
function monthContextPrefix(text, p, space) {
  let dash = space - 1;
  while (dash > p && space - dash <= 7 && text.charCodeAt(dash) !== 45) dash--;
  if (text.charCodeAt(dash) !== 45 || !GREP_EXT.test(text.slice(p, dash))) return null;
  if (parseTimestampAt(text, dash + 1, Math.min(text.length, dash + 48)) === void 0) return null;
  return createPrefix(text, p, dash - p + 1);
}
function grepPrefix(text, p, limit) {
  const c0 = text.charCodeAt(p);
  if (c0 === 123 || c0 === 91 || c0 === 40 || startsDateOrClock(text, p)) return null;
  for (let k = knownPrefixes.length - 1; k >= 0; k--) {
    const known = knownPrefixes[k];
    if (known.length <= limit - p && prefixEndAt(text, p, known) >= 0) return known;
  }
  let q = isAsciiLetter(c0) && text.charCodeAt(p + 1) === 58 && text.charCodeAt(p + 2) === 92 ? p + 2 : p;
  for (; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c === 58) break;
    if (c === 32 || c === 9 || c === 123 || c === 91 || c === 34 || c === 36 || c === 35) return c === 32 ? monthContextPrefix(text, p, q) : null;
  }
  if (q >= limit || q === p) return null;
  const candidate = text.slice(p, q);
  let cached = prefixCache.get(candidate);
  if (cached === void 0) {
    const context = GREP_CONTEXT.exec(candidate);
    const length = context ? context[1].length + 1 : /[/\\]/.test(candidate) || GREP_EXT.test(candidate) ? q - p + 1 : 0;
    cached = length > 0 ? createPrefix(text, p, length) : null;
    if (prefixCache.size >= PREFIX_CACHE_SIZE) prefixCache.clear();
    prefixCache.set(copyString(candidate), cached);
  }
  if (cached !== null && cached.length === q - p + 1) {
    if (knownPrefixes.length >= KNOWN_PREFIXES) knownPrefixes.shift();
    knownPrefixes.push(cached);
  }
  return cached;
}
var NODE_DIRECTORY = /^[a-z][a-z]{0,30}(?:[-_][a-z]{1,30}){0,3}[-_]?\d{1,4}$/i;
var GENERIC_DIRECTORY = /^(?:logs?|var|data|tmp|temp|run|home|opt|srv|mnt|disk|vol(?:ume)?|usr|lib|etc|python|java|jdk|jre|node|v|version|release|backup|old|archive)[-_]?\d*$/i;
var SUPERVISOR_CAPTURE = /-(?:stdout|stderr)---[\w.-]{1,64}-\w{1,16}$/;
var KUBELET_POD_DIRECTORY = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?_([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
var KUBELET_CONTAINER_FILE = /^([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)_[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?_[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?-[0-9a-f]{64}$/;
function fileStem(path) {
  const slash = path.lastIndexOf("/");
  const base2 = path.slice(slash + 1).replace(/(?:\.(?:log|txt|out|err|jsonl?|stdout|stderr))+(?:\.\d+)?$/i, "").replace(SUPERVISOR_CAPTURE, "");
  const named = /^[\w.@-]{1,48}$/.test(base2) && !/^(?:node|log|logs|out|output|demo.*|server|stdout|stderr|all|combined|cluster)$/i.test(base2);
  const numbered = named && isAllAsciiDigits(base2);
  if (named && !numbered && /\d/.test(base2)) return copyString(base2);
  const container = KUBELET_CONTAINER_FILE.exec(base2);
  if (container) return copyString(container[1]);
  const directories = slash < 0 ? [] : path.slice(0, slash).split("/");
  for (let k = directories.length - 1; k >= 0; k--) {
    const directory = directories[k];
    const pod = KUBELET_POD_DIRECTORY.exec(directory);
    if (pod) return copyString(pod[1]);
    if (NODE_DIRECTORY.test(directory) && !GENERIC_DIRECTORY.test(directory)) return copyString(directory);
  }
  return named ? copyString(base2) : void 0;
}
var SEARCH_CHARS = 160;
function searchStamp(text, start, end, isArgument) {
  const limit = Math.min(end, start + SEARCH_CHARS);
  for (let k = start; k < limit; k++) {
    const c = text.charCodeAt(k);
    const prev = k > start ? text.charCodeAt(k - 1) : 32;
    if (isAsciiDigit(c)) {
      if (isAsciiDigit(prev) && !DATE_AT.test(text.slice(k, k + 10))) continue;
    } else if (isAsciiLetter(c)) {
      if (isAsciiLetter(prev) || isAsciiDigit(prev) || !MONTHS2.has(code3(text, k))) continue;
    } else continue;
    const stamp = parseTimestampAt(text, k, end);
    if (!stamp || stamp.format.startsWith("epoch") && stamp.precisionMs >= 1e3 || stamp.format === "uptime") continue;
    if (isArgument?.(k) === true) {
      k = stamp.end - 1;
      continue;
    }
    return stamp;
  }
  return void 0;
}
var DATE_AT = /^\d{4}([-/])\d{2}\1\d{2}$/;
var DATE_IN_TOKEN = /\d{4}([-/])\d{2}\1\d{2}/;
function findGluedDate(text, p, q) {
  if (q - p < 11 || q - p > 80) return -1;
  const m = DATE_IN_TOKEN.exec(text.slice(p, q));
  return m && m.index > 0 && /[a-z0-9]/i.test(text.charAt(p + m.index - 1)) ? p + m.index : -1;
}
function dottedNode(text, p, q) {
  let dot = -1;
  for (let k = q - 1; k > p; k--) if (text.charCodeAt(k) === 46) {
    dot = k;
    break;
  }
  if (dot < 0) return void 0;
  const end = text.charCodeAt(q - 1) === 58 ? q - 1 : q;
  const name = readNodeName(text, dot + 1, end, true);
  return name && name.end === end ? name.label : void 0;
}
var KEYED_ID_TAG = /^(?:[A-Za-z][\w$.-]{0,40}[ [])?(?:my|node|broker|server|replica)?id ?[=:] ?(\d{1,4})(?:,.*)?$/i;
var KEY_VALUE_TAG = /^([A-Za-z][\w.-]{0,40}) ?[=:] ?"?([\w.@:-]{1,40})"?$/;
var PINO_PRETTY_TAG = /^([^\s/()]{1,64})\/(\d{1,8})(?: on [\w.-]{1,253})?$/;
function nodeInTag(inner) {
  const keyed = KEYED_ID_TAG.exec(inner);
  if (keyed) return nodeLabel(Number(keyed[1]));
  const pair = KEY_VALUE_TAG.exec(inner);
  if (pair !== null && classifyWriterKey(pair[1]) === "node") return readWriterValue("node", pair[2]);
  const pod = /^(?:pod|po|pods)\/([\w.-]{1,63})(?:\/|$)/i.exec(inner);
  if (pod) return pod[1];
  const spaced = /^(?:kv[-_ ]?)?node (\d{1,4})$/i.exec(inner);
  if (spaced) return nodeLabel(Number(spaced[1]));
  if (/^(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\]|[\w-]{1,63})?:\d{2,5}$/i.test(inner)) return inner;
  for (let k = 0; k < inner.length; k++) {
    if (k > 0 && /[a-z0-9]/i.test(inner.charAt(k - 1))) continue;
    const name = readNodeName(inner, k, inner.length, true);
    if (name && (name.end === inner.length || /[-_.|]/.test(inner.charAt(name.end)))) return name.label;
  }
  return void 0;
}
var AKKA_ACTOR_PATH = /^(?:akka|pekko)(?:\.(?:tcp|ssl\.tcp))?:\/\/([\w-]{1,64})(?:@([\w.-]{1,253}:\d{1,5}))?\//;
var FLY_INSTANCE = /^(?:app|runner|proxy|health)\[([0-9a-f]{8,32})\] [a-z]{3} \[(?:info|warn|warning|error|debug|trace)\]/;
var RUBY_LOGGER_HEAD = /[DIWEFAU], \[([^\]#]{6,40}) #(\d{1,7})\] {1,3}[A-Z]{3,7} -- /y;
var SWARM_TASK = /^([\w-]{1,63}\.\d{1,4})(?:\.[a-z0-9]{6,32})?@[\w.-]{1,63}$/;
function serviceNode(service) {
  const task = SWARM_TASK.exec(service);
  if (task) return task[1];
  const named = findNodeInPath(service);
  if (named !== void 0) return named;
  const parts = service.split("_");
  if (parts.length >= 3 && /^\d+$/.test(parts[parts.length - 1])) return parts.slice(1, -1).join("_");
  return service.replace(/-\d+$/, "") || void 0;
}
var SOURCE_EXTENSIONS = /* @__PURE__ */ new Set(["go", "py", "rs", "java", "kt", "scala", "c", "cc", "cpp", "h", "hpp", "js", "mjs", "ts", "rb", "ex", "exs", "erl", "cs", "swift", "zig"]);
function isSourceFile(text, p, q) {
  const dot = text.lastIndexOf(".", q - 1);
  return dot > p && q - dot <= 6 && SOURCE_EXTENSIONS.has(text.slice(dot + 1, q));
}
var OTHER_LETTER = /\p{L}/u;
var isOtherLetter = (c) => c > 127 && OTHER_LETTER.test(String.fromCharCode(c));
var SYMBOLS_ONLY = /^[^\p{L}\p{N}\p{Z}\x00-\x7f]{1,16}$/u;
function leadingSymbolEnd(text, p, limit) {
  let q = p;
  while (q < limit && q - p <= 16 && !isSpaceOrTab(text.charCodeAt(q))) q++;
  return q < limit && isSpaceOrTab(text.charCodeAt(q)) && SYMBOLS_ONLY.test(text.slice(p, q)) ? q : -1;
}
function isIdentityToken(text, p, q) {
  const end = text.charCodeAt(q - 1) === 58 ? q - 1 : q;
  if (end - p < 2) return false;
  let letters = false;
  let marks = false;
  for (let k = p; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiLetter(c) || isOtherLetter(c)) letters = true;
    else if (isAsciiDigit(c) || (c === 45 || c === 46) && k > p && k < end - 1) marks = true;
    else if (c !== 95) return false;
  }
  return letters && marks;
}
var RUNTIME_NAME = /^(?:(?:Thread|Timer|pool-\d+-thread|ForkJoinPool(?:-\d+|\.commonPool)-worker|[\w.-]+-exec|grpc-default-executor|grpc-default-worker-ELG-\d+|DefaultDispatcher-worker|(?:nio|epoll)EventLoopGroup-\d+|RMI TCP Connection|Attach Listener)-\d+|(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*|(?:[A-Z][A-Za-z]*\.)+[A-Z][A-Za-z]*)$/;
function loggerDashAt(text, p, limit) {
  let q = p;
  let dotted = false;
  while (q < limit && q - p <= 64) {
    const c = text.charCodeAt(q);
    if (isAsciiLetter(c) || c === 95) q++;
    else if (c === 46 && isAsciiLetter(text.charCodeAt(q + 1))) {
      dotted = true;
      q++;
    } else break;
  }
  if (q - p < 2 || text.charCodeAt(q) !== 32) return -1;
  if (dotted && !RUNTIME_NAME.test(text.slice(p, q))) return -1;
  while (q < limit && text.charCodeAt(q) === 32) q++;
  return text.charCodeAt(q) === 45 && text.charCodeAt(q + 1) === 32 ? q : -1;
}
function isLoggerBeforeNode(text, p, q, limit) {
  if (q - p < 2 || q - p > 64 || !(text.charCodeAt(p) >= 65 && text.charCodeAt(p) <= 90) || text.charCodeAt(q + 1) !== 32) return false;
  for (let k = p + 1; k < q; k++) if (!isAsciiLetter(text.charCodeAt(k)) && text.charCodeAt(k) !== 95) return false;
  return NODE_AFTER_LOGGER.test(text.slice(q + 2, Math.min(limit, q + 20)));
}
var NODE_AFTER_LOGGER = /^(?:(?:node|server|peer)[ _-]?\d{1,4}|n\d{1,4}):\s/i;
function isHeaderText(line) {
  const lower = dropOwnLaunch(line.toLowerCase());
  NODE_NAMES.lastIndex = 0;
  const marked = lower.replace(NODE_NAMES, "\0");
  if (marked.split("\0").length !== 2) return false;
  HEADER_NOISE.lastIndex = 0;
  return marked.replace(HEADER_NOISE, "") === "\0";
}
function dropOwnLaunch(line) {
  const aside = HEADER_ASIDE.exec(line);
  const launch = aside === null ? void 0 : readLaunchFlags(aside[1]);
  if (launch === void 0) return line;
  const rest = line.slice(0, aside.index) + line.slice(aside.index + aside[0].length);
  const named = findMentionedNodes(rest);
  return named.length === 1 && named[0] === launch.node ? rest : line;
}
var HEADER_ASIDE = /\(([^()]{1,200})\)/;
var STAMP_NAMES = 8;
function createScanState() {
  return { section: void 0, prefixes: [], kind: LINE_LOG, node: void 0, nodeFrom: 0, weak: void 0, pidNode: void 0, processColumn: void 0, processId: void 0, thread: void 0, logger: void 0, service: void 0, word: void 0, prompt: void 0, jsonNames: void 0, keyed: void 0, unnamedPath: void 0, stampAt: -1, nextSpace: -1, nextTab: -1, stampNames: [], stampNameHead: void 0, stampNameLabel: void 0, footers: false };
}
function rememberStampName(st, token, label) {
  if (st.stampNames.length >= STAMP_NAMES) st.stampNames.shift();
  st.stampNames.push({ token, label });
  st.stampNameHead = void 0;
}
var STAMP_NAME_HEADS = 16;
var stampNameHeads = [];
function stampNameHeadOf(text, p, stampEnd, q, label) {
  for (let k = stampNameHeads.length - 1; k >= 0; k--) {
    const known = stampNameHeads[k];
    known.exact.lastIndex = p;
    if (known.label === label && known.exact.test(text) && known.exact.lastIndex === q) return known;
  }
  let source = "";
  for (let k = p; k < q; k++) {
    const c = text.charCodeAt(k);
    source += k < stampEnd && isAsciiDigit(c) ? "\\d" : `\\u${c.toString(16).padStart(4, "0")}`;
  }
  const head = { exact: new RegExp(`${source}(?=[ \\t])`, "y"), other: new RegExp(`(?!${source}(?=[ \\t]))`, "y"), label: copyString(label), chars: q - p, bracketThird: text.charCodeAt(p + 2) === 93 };
  if (stampNameHeads.length >= STAMP_NAME_HEADS) stampNameHeads.shift();
  stampNameHeads.push(head);
  return head;
}
function scanStampNameHead(text, p, headEnd, st) {
  const label = findStampName(text, p, headEnd, st);
  if (label === void 0) return false;
  st.stampAt = p;
  st.node = label;
  st.nodeFrom = FROM_NAME;
  return true;
}
function findStampName(text, p, headEnd, st) {
  const head = st.stampNameHead;
  if (head !== void 0) {
    head.exact.lastIndex = p;
    if (head.exact.test(text) && head.exact.lastIndex <= headEnd) return st.stampNameLabel;
  }
  const stampEnd = skipToken(text, p, headEnd, st);
  if (stampEnd >= headEnd) return void 0;
  let t = stampEnd;
  let c = text.charCodeAt(t);
  while (c === 32 || c === 9 || c === 124 || c === 58 || c === 45 && text.charCodeAt(t + 1) === 32) c = text.charCodeAt(++t);
  for (let n = st.stampNames.length - 1; n >= 0; n--) {
    const name = st.stampNames[n];
    const token = name.token;
    const q = t + token.length;
    if (q > headEnd || text.charCodeAt(q - 1) !== token.charCodeAt(token.length - 1)) continue;
    const next = text.charCodeAt(q);
    if (next !== 32 && next !== 9) continue;
    let k = 0;
    while (k < token.length - 1 && text.charCodeAt(t + k) === token.charCodeAt(k)) k++;
    if (k < token.length - 1) continue;
    st.stampNameHead = stampNameHeadOf(text, p, stampEnd, q, name.label);
    st.stampNameLabel = name.label;
    return name.label;
  }
  return void 0;
}
function addressEnd(text, p, limit) {
  let q = p;
  if (text.charCodeAt(q) === 91) {
    let colons = 0;
    for (q++; q < limit && q - p <= 40; q++) {
      const c = text.charCodeAt(q);
      if (c === 58) colons++;
      else if (!isAsciiDigit(c) && !((c | 32) >= 97 && (c | 32) <= 102)) break;
    }
    if (colons < 2 || text.charCodeAt(q) !== 93) return -1;
    q++;
  } else {
    for (let part = 0; part < 4; part++) {
      if (part > 0) {
        if (text.charCodeAt(q) !== 46) return -1;
        q++;
      }
      const from = q;
      while (q < limit && q - from < 4 && isAsciiDigit(text.charCodeAt(q))) q++;
      if (q === from || q - from > 3) return -1;
    }
  }
  if (text.charCodeAt(q) !== 58) return -1;
  const port = ++q;
  while (q < limit && q - port < 6 && isAsciiDigit(text.charCodeAt(q))) q++;
  return q - port >= 2 && q - port <= 5 ? q : -1;
}
function pidRoleEnd(text, p, limit) {
  let q = p;
  while (q < limit && q - p < 8 && isAsciiDigit(text.charCodeAt(q))) q++;
  if (q - p > 7 || text.charCodeAt(q) !== 58 || !isAsciiLetter(text.charCodeAt(q + 1)) || text.charCodeAt(q + 2) !== 32 || !isAsciiDigit(text.charCodeAt(q + 3))) return -1;
  return q + 2;
}
function pm2AppEnd(text, p, limit) {
  let q = p;
  while (q < limit && q - p < 5 && isAsciiDigit(text.charCodeAt(q))) q++;
  if (q - p > 4 || text.charCodeAt(q) !== 124) return -1;
  const start = ++q;
  while (q < limit && q - start <= 64 && !isSpaceOrTab(text.charCodeAt(q)) && text.charCodeAt(q) !== 124) q++;
  const end = q;
  while (q < limit && isSpaceOrTab(text.charCodeAt(q))) q++;
  return end > start && q > end && text.charCodeAt(q) === 124 ? end : -1;
}
function containerIdEnd(text, p, limit) {
  let q = p;
  let letter = false;
  for (; q < limit && q - p <= 64; q++) {
    const c = text.charCodeAt(q);
    if (c >= 97 && c <= 102) letter = true;
    else if (!isAsciiDigit(c)) break;
  }
  const after = text.charCodeAt(q);
  return letter && (q - p === 12 || q - p === 64) && (after === 32 || after === 9) ? q : -1;
}
function processTagEnd(text, p, limit) {
  let q = p;
  while (q < limit && q - p < 8 && isAsciiDigit(text.charCodeAt(q))) q++;
  if (q === p || q - p > 7 || text.charCodeAt(q) !== 93 || text.charCodeAt(q + 1) !== 32) return -1;
  const dash = text.charCodeAt(q + 6);
  return startsDateOrClock(text, q + 2) && (dash === 45 || dash === 47) ? q : -1;
}
var isAddressColumn = (value) => addressEnd(value, 0, value.length) === value.length;
function addressColumnEnd(text, p, limit) {
  const address = addressEnd(text, p, limit);
  const after = text.charCodeAt(address);
  return address > 0 && (after === 32 || after === 9 || after === 93 || after === 124 || after === 58 || after === 44 || address === limit) ? address : -1;
}
var ERLANG_REPORT_HEAD = /^=[A-Z]+(?: [A-Z]+)* REPORT==== /;
var isSpringDashes = (text, p) => text.charCodeAt(p) === 45 && text.charCodeAt(p + 1) === 45 && text.charCodeAt(p + 2) === 45 && text.charCodeAt(p + 3) === 32;
function isErlangNodeName(text, p, q) {
  const at = indexWithin(text, 64, p + 1, q - 1);
  return at > p && isIdentityToken(text, p, at) && /^[A-Za-z][\w.-]{0,62}$/.test(text.slice(at + 1, q));
}
function isWordTag(text, p, q) {
  if (q - p < 2 || q - p > 24) return false;
  for (let k = p; k < q; k++) if (!isAsciiLetter(text.charCodeAt(k))) return false;
  return !isLevel(text, p, q);
}
function isPortTag(text, p, q) {
  if (q - p < 4 || q - p > 5) return false;
  for (let k = p; k < q; k++) if (!isAsciiDigit(text.charCodeAt(k))) return false;
  return true;
}
function isLineNumber(text, p, q) {
  const sep = text.charCodeAt(q);
  if (sep === 45) return !(q - p === 4 && isAsciiDigit(text.charCodeAt(q + 1)) && text.charCodeAt(q + 3) === 45);
  if (sep !== 58) return false;
  const bareTime = q - p <= 2 && isAsciiDigit(text.charCodeAt(q + 1)) && isAsciiDigit(text.charCodeAt(q + 2)) && text.charCodeAt(q + 3) === 58 && isAsciiDigit(text.charCodeAt(q + 4)) && isAsciiDigit(text.charCodeAt(q + 5)) && text.charCodeAt(q + 6) !== 58;
  return !bareTime;
}
function catNumberEnd(text, p, headEnd) {
  let q = p;
  while (q < headEnd && q - p < 8 && isAsciiDigit(text.charCodeAt(q))) q++;
  if (q - p > 7 || !(text.charCodeAt(q) === 9 || text.charCodeAt(q) === 32 && text.charCodeAt(q + 1) === 32)) return -1;
  while (q < headEnd && isSpaceOrTab(text.charCodeAt(q))) q++;
  return startsDateOrClock(text, q) || text.charCodeAt(q) === 91 ? q : -1;
}
function skipLineNumber(text, p, headEnd) {
  if (!isAsciiDigit(text.charCodeAt(p))) return p;
  let q = p;
  while (q < headEnd && isAsciiDigit(text.charCodeAt(q))) q++;
  return q - p < 8 && isLineNumber(text, p, q) ? q + 1 : p;
}
function addWriterName(st, key, value) {
  const node = readWriterValue(key, value);
  if (node === void 0 || st.jsonNames?.some((name) => name.key === key)) return;
  st.jsonNames = [...st.jsonNames ?? [], { key, node: copyString(node) }];
}
var LABEL = /\s*([A-Za-z_][\w.\/-]{0,99})\s*=\s*"([^"\\]{0,200})"\s*(?:,|$)/y;
function readLabelSet(text, from, to, st) {
  const inner = text.slice(from, to);
  let node;
  let names = st.jsonNames;
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < inner.length) {
    const at = LABEL.lastIndex;
    const m = LABEL.exec(inner);
    if (!m || LABEL.lastIndex === at) return false;
    const key = classifyWriterKey(m[1]);
    if (key === "node") node ??= readWriterValue(key, m[2]);
    else if (key !== void 0) addWriterName(st, key, m[2]);
  }
  if (node !== void 0) {
    st.node = copyString(node);
    st.nodeFrom = FROM_FIELD;
    st.jsonNames = names;
  }
  return true;
}
function readTrailingPairs(pairs, st) {
  const name = findLogfmtWriterName(pairs);
  if (name !== void 0) {
    st.node = copyString(name);
    st.nodeFrom = FROM_FIELD;
  } else st.keyed ??= findLogfmtKeyedValue(pairs);
}
function logfmtNode(text, v, end) {
  const name = readNodeName(text, v, end, true);
  if (name) return name.label;
  let id = 0;
  let w = v;
  while (w < end && w - v < 5 && isAsciiDigit(text.charCodeAt(w))) id = id * 10 + text.charCodeAt(w++) - 48;
  if (w > v && !isAsciiDigit(text.charCodeAt(w)) && !isAsciiLetter(text.charCodeAt(w))) return nodeLabel(id);
  const value = text.slice(v, skipValue(text, v, Math.min(end, v + 64)));
  return /^[a-z][\w.@:-]*\d[\w.@:-]*$/i.test(value) ? String.fromCharCode(...Array.from(value, (c) => c.charCodeAt(0))) : void 0;
}
var BOX_COLUMN = 9474;
function pathColumnEnd(text, p, limit) {
  let q = p;
  while (q < limit && q - p < 200 && isTokenChar(text.charCodeAt(q))) q++;
  const after = text.charCodeAt(q);
  if (q < limit && after !== 32 && after !== 9) return -1;
  return indexWithin(text, 47, p + 1, q) > 0 && GREP_EXT.test(text.slice(p, q)) ? q : -1;
}
function readPathColumn(path, st) {
  const node = findNodeInPath(path);
  st.node = node ?? fileStem(path);
  st.nodeFrom = st.node === void 0 ? 0 : node === void 0 ? FROM_FILE_STEM : FROM_PREFIX;
  if (node === void 0) st.unnamedPath = path;
}
function codeLocationEnd(text, v, limit) {
  let r = v;
  while (r < limit && r - v < 80 && (isAsciiLetter(text.charCodeAt(r)) || isAsciiDigit(text.charCodeAt(r)) || text.charCodeAt(r) === 95 || text.charCodeAt(r) === 60 || text.charCodeAt(r) === 62)) r++;
  const c = text.charCodeAt(v);
  if (r === v || isAsciiDigit(c) || text.charCodeAt(r) !== 58) return -1;
  const line = ++r;
  while (r < limit && r - line < 7 && isAsciiDigit(text.charCodeAt(r))) r++;
  if (r === line) return -1;
  const after = text.charCodeAt(r);
  return r === limit || after === 32 || after === 9 ? r : -1;
}
function skipValue(text, v, limit) {
  let q = v;
  while (q < limit && (isTokenChar(text.charCodeAt(q)) || text.charCodeAt(q) === 58)) q++;
  return q;
}
var COMPOSE_STATUS_HEADS = ["Attaching to ", "Gracefully stopping...", "Aborting on container exit", "[+] "];
var COMPOSE_OBJECT = /^(?:[\u2714\u2718\u283f] )?(?:Container|Network|Volume) \S+ +[A-Z][a-z]+\b/;
var COMPOSE_EXITED = " exited with code ";
function isComposeStatusLine(text, p, end) {
  let c = text.charCodeAt(p);
  if (c === 94 && text.charCodeAt(p + 1) === 67) c = text.charCodeAt(p += 2);
  else if (c === 3) c = text.charCodeAt(++p);
  if (c === 65 || c === 71 || c === 91) {
    for (const head of COMPOSE_STATUS_HEADS) if (text.startsWith(head, p)) return true;
  }
  if (c === 10004 || c === 10008 || c === 10303 || (c === 67 || c === 78 || c === 86) && isAsciiLetter(text.charCodeAt(p + 1))) {
    if (COMPOSE_OBJECT.test(text.slice(p, Math.min(end, p + 200)))) return true;
  }
  let e = end;
  while (e > p && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const digitsEnd = e;
  while (e > p && isAsciiDigit(text.charCodeAt(e - 1))) e--;
  if (e === digitsEnd || text.charCodeAt(e - 1) !== 32 || !text.startsWith(COMPOSE_EXITED, e - COMPOSE_EXITED.length)) return false;
  for (let k = p; k < e - COMPOSE_EXITED.length; k++) if (!isTokenChar(text.charCodeAt(k))) return false;
  return e - COMPOSE_EXITED.length > p;
}
function scanRepeatedHead(text, start, end, st, anyPrefix) {
  const headEnd = Math.min(end, start + HEAD_CHARS);
  const recent = st.prefixes;
  for (let k = recent.length - 1; k >= 0; k--) {
    const prefix = recent[k];
    const matched = prefixEndAt(text, start, prefix);
    if (matched >= 0) {
      if (prefix.node === void 0 || !anyPrefix && k < recent.length - 1) return false;
      let p = start + prefix.length;
      if (matched === p || prefix.length + 4 > HEAD_CHARS) {
        p = skipLineNumber(text, p, headEnd);
        if (!isAsciiDigit(text.charCodeAt(p)) || p >= headEnd) return false;
      }
      st.stampAt = p;
      st.node = prefix.node;
      st.nodeFrom = FROM_PREFIX;
      return true;
    }
  }
  return st.stampNames.length > 0 && startsDateOrClock(text, start) && scanStampNameHead(text, start, headEnd, st);
}
function scanPrefixRun(lines, i, recent, nodes, nodeFrom, kinds, stampAt) {
  const prefix = recent.length > 0 ? recent[recent.length - 1] : void 0;
  if (prefix === void 0 || prefix.node === void 0 || prefix.length + 4 > HEAD_CHARS) return i;
  const { text, starts, count } = lines;
  const { length, pivot, pivotCode, stop, node } = prefix;
  for (; i < count; i++) {
    const start = starts[i];
    if (text.charCodeAt(start + pivot) !== pivotCode) return i;
    stop.lastIndex = start;
    if (stop.test(text)) return i;
    nodes[i] = node;
    nodeFrom[i] = FROM_PREFIX;
    kinds[i] = LINE_LOG;
    stampAt[i] = start + length;
  }
  return i;
}
function scanStampNameRun(lines, i, st, nodes, nodeFrom, kinds, stampAt) {
  if (st.prefixes.length > 0 || st.stampNames.length === 0) return i;
  const { text, starts, ends, count } = lines;
  for (; i < count; i++) {
    const start = starts[i];
    const head = st.stampNameHead;
    let label;
    if (head !== void 0 && head.chars >= 5) {
      head.other.lastIndex = start;
      if (!head.other.test(text)) {
        label = st.stampNameLabel;
        if (head.bracketThird) st.footers = true;
      }
    }
    if (label === void 0) {
      if (!startsDateOrClock(text, start)) return i;
      label = findStampName(text, start, Math.min(ends[i], start + HEAD_CHARS), st);
      if (label === void 0) return i;
      if (text.charCodeAt(start + 2) === 93) st.footers = true;
    }
    nodes[i] = label;
    nodeFrom[i] = FROM_NAME;
    kinds[i] = LINE_LOG;
    stampAt[i] = start;
  }
  return i;
}
function scanRecordedLine(record, st) {
  const { inner } = scanRecordedHead(record) ?? {};
  if (inner === void 0 || inner.kind !== LINE_LOG && inner.kind !== LINE_JSON) return;
  st.node = inner.node;
  st.nodeFrom = inner.node === void 0 ? FROM_JSON : inner.nodeFrom;
  st.jsonNames = inner.jsonNames;
  st.weak = inner.weak;
  st.pidNode = inner.pidNode;
  st.service = inner.service;
  st.word = inner.word;
}
function isCriStream(text, p) {
  const tag = text.charCodeAt(p + 7);
  return (tag === 70 || tag === 80) && text.charCodeAt(p + 8) === 32 && (text.startsWith("stdout", p) || text.startsWith("stderr", p));
}
function scanLine(text, start, end, st) {
  st.kind = LINE_LOG;
  st.node = void 0;
  st.nodeFrom = 0;
  st.weak = void 0;
  st.pidNode = void 0;
  st.processColumn = void 0;
  st.processId = void 0;
  st.thread = void 0;
  st.logger = void 0;
  st.service = void 0;
  st.word = void 0;
  st.prompt = void 0;
  st.keyed = void 0;
  st.jsonNames = void 0;
  st.unnamedPath = void 0;
  st.stampAt = -1;
  let p = start;
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 0)) p++;
  while (text.charCodeAt(p) === 62 && text.charCodeAt(p + 1) === 32 && p < end) {
    p += 2;
    while (p < end && text.charCodeAt(p) === 32) p++;
  }
  if (p === end) {
    st.kind = LINE_BLANK;
    return;
  }
  if (text.charCodeAt(p) === 94 && isEchoedKey(text.charCodeAt(p + 1))) {
    const c = text.charCodeAt(p + 2);
    if (c === 91 || isAsciiDigit(c) || (c | 32) >= 97 && (c | 32) <= 122 && parseTimestampAt(text, p + 2, end) !== void 0) p += 2;
  }
  const headEnd = Math.min(end, p + HEAD_CHARS);
  let prefix = null;
  const recent = st.prefixes;
  for (let k = recent.length - 1; k >= 0; k--) {
    if (prefixEndAt(text, p, recent[k]) >= 0) {
      prefix = recent[k];
      break;
    }
  }
  if (prefix === null) {
    prefix = grepPrefix(text, p, headEnd);
    if (prefix) {
      if (recent.length >= 8) recent.shift();
      recent.push(prefix);
    }
  }
  if (prefix) {
    p += prefix.length;
    st.node = prefix.node;
    st.nodeFrom = FROM_PREFIX;
    p = skipLineNumber(text, p, headEnd);
    if (prefix.node !== void 0 && isAsciiDigit(text.charCodeAt(p)) && p < headEnd) {
      st.stampAt = p;
      return;
    }
  }
  const first = p;
  if (prefix === null && isComposeStatusLine(text, p, end)) return;
  let stampToken = -1;
  let stampLastToken = -1;
  let glog = false;
  let sourceToken = -1;
  let spring = false;
  let levelToken = -1;
  let loggerToken = -1;
  let idle = 0;
  let pairsRead = false;
  for (let tokens = 0; tokens < 8 && p < headEnd; tokens++) {
    let c = text.charCodeAt(p);
    while (c === 32 || c === 9 || c === 124 || c === 58 || c === 45 && text.charCodeAt(p + 1) === 32 || c === BOX_COLUMN) c = text.charCodeAt(++p);
    if (p >= headEnd) break;
    if (tokens === 0 && !isAsciiDigit(c)) {
      if (text.charCodeAt(p + 1) === 44 && text.charCodeAt(p + 3) === 91) {
        RUBY_LOGGER_HEAD.lastIndex = p;
        const ruby = RUBY_LOGGER_HEAD.exec(text);
        if (ruby !== null && RUBY_LOGGER_HEAD.lastIndex < headEnd) {
          st.stampAt = p + 4;
          stampToken = tokens;
          levelToken = tokens;
          st.processColumn = `#${ruby[2]}`;
          p = RUBY_LOGGER_HEAD.lastIndex;
          if (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) === 32) p += 2;
          continue;
        }
      }
      const prompt = readShellPrompt(text, p, headEnd);
      const record = prompt === void 0 ? -1 : findRecordAfterPrompt(text, prompt.end, headEnd);
      if (record >= 0) {
        p = record;
        tokens--;
        continue;
      }
      if (prompt !== void 0) {
        st.kind = LINE_COMMAND;
        st.prompt = prompt.node;
        return;
      }
    }
    if (c > 127 && st.node === void 0) {
      const q2 = leadingSymbolEnd(text, p, headEnd);
      if (q2 > 0) {
        p = q2;
        tokens--;
        continue;
      }
    }
    if (tokens === 0 && isAsciiDigit(c) && prefix === null) {
      const q2 = catNumberEnd(text, p, headEnd);
      if (q2 > 0) {
        p = q2;
        tokens--;
        continue;
      }
    }
    if (c === 45 && isSpringDashes(text, p)) {
      spring = true;
      p += 4;
      continue;
    }
    if (st.node !== void 0 && st.stampAt >= 0 && !(stampToken === tokens - 1 && isAsciiDigit(c))) break;
    if ((c === 91 || isAsciiDigit(c)) && st.stampAt >= 0 && st.node === void 0 && st.weak === void 0 && st.processId === void 0) {
      const address = addressColumnEnd(text, p, headEnd);
      if (address > 0) {
        st.weak = text.slice(p, address);
        p = address;
        continue;
      }
    }
    if (tokens === 0 && isAsciiDigit(c)) {
      const app = pm2AppEnd(text, p, headEnd);
      if (app > 0) {
        st.service = text.slice(text.indexOf("|", p) + 1, app);
        st.node = serviceNode(st.service);
        st.nodeFrom = FROM_SERVICE;
        p = text.indexOf("|", app) + 1;
        continue;
      }
      const role = pidRoleEnd(text, p, headEnd);
      if (role > 0) {
        st.weak = text.slice(p, role - 2);
        p = role;
        continue;
      }
    }
    if (st.stampAt < 0 && isAsciiDigit(c)) {
      const id = containerIdEnd(text, p, headEnd);
      if (id > 0) {
        if (st.node === void 0 && st.weak === void 0) st.weak = text.slice(p, id);
        p = id;
        continue;
      }
    }
    if (isAsciiDigit(c)) {
      if (st.stampAt < 0) {
        st.stampAt = p;
        stampToken = tokens;
        const clock = text.charCodeAt(p + 2) === 32 || text.charCodeAt(p + 1) === 32 ? spacedDateEnd(text, p) : -1;
        if (clock > 0 && clock < headEnd) {
          stampLastToken = tokens;
          idle++;
          p = clock - 1;
          continue;
        }
      } else if (!(stampToken === tokens - 1 && (text.charCodeAt(p + 2) === 58 || text.charCodeAt(p + 1) === 58))) {
        const q2 = skipToken(text, p, headEnd, st);
        if (glog && stampToken === tokens - 1 || isSpringDashes(text, q2 + 1)) {
          if (glog) st.thread = text.slice(p, q2);
          p = q2;
          continue;
        }
        break;
      }
      stampLastToken = tokens;
      idle++;
      p = skipColumnToken(text, p, headEnd, st);
      continue;
    }
    if (c === 91 || c === 40) {
      const inner = p + 1;
      const closeCode = c === 91 ? 93 : 41;
      const d = text.charCodeAt(inner);
      if (st.stampAt < 0 && c === 91 && (d === 32 || d === 43 || isAsciiDigit(d))) {
        const relativeEnd = findRelativeStampEnd(text, p, headEnd);
        if (relativeEnd > 0) {
          st.stampAt = p;
          stampToken = tokens;
          idle++;
          p = relativeEnd;
          continue;
        }
      }
      if (st.stampAt < 0 && c === 91 && isWeekdayGapAt(text, inner + 3) && WEEKDAYS2.has(code3(text, inner))) {
        st.stampAt = inner;
        stampToken = tokens;
        idle++;
        const close2 = indexWithin(text, 93, inner, Math.min(headEnd, inner + 48));
        p = close2 < 0 ? headEnd : close2 + 1;
        continue;
      }
      if (st.node === void 0 && isAsciiDigit(d)) {
        const address = addressEnd(text, inner, headEnd);
        if (address > 0 && text.charCodeAt(address) === closeCode) {
          st.node = text.slice(inner, address);
          st.nodeFrom = FROM_TAG;
          p = address + 1;
          continue;
        }
      }
      if (tokens === 0 && c === 91 && st.stampAt < 0) {
        const pidEnd = processTagEnd(text, inner, headEnd);
        if (pidEnd > 0) {
          st.processId = text.slice(inner, pidEnd);
          p = pidEnd + 1;
          continue;
        }
      }
      if (st.stampAt < 0 && isAsciiDigit(d) && !spring) {
        st.stampAt = inner;
        stampToken = tokens;
        idle++;
        const close2 = indexWithin(text, closeCode, inner, Math.min(headEnd, inner + 96));
        p = close2 < 0 ? skipToken(text, p, headEnd, st) : close2 + 1;
        continue;
      }
      const close = indexWithin(text, closeCode, inner, Math.min(headEnd, inner + 48));
      if (close < 0) break;
      if (c === 91 && st.stampAt >= 0 && st.processColumn === void 0 && close - inner <= 32 && text.charCodeAt(inner) <= 90 && PROCESS_NAME.test(text.slice(inner, close))) {
        st.processColumn = copyString(text.slice(inner, close));
        p = close + 1;
        continue;
      }
      if (c === 91 && close - inner >= 3 && isLevel(text, inner, close)) {
        levelToken = tokens;
        p = close + 1;
        continue;
      }
      if (st.node === void 0) {
        const pino = c === 40 ? PINO_PRETTY_TAG.exec(text.slice(inner, close)) : null;
        if (pino !== null) {
          const logger = pino[1];
          const label2 = nodeInTag(logger);
          if (label2 !== void 0) {
            st.node = label2;
            st.nodeFrom = FROM_TAG;
            st.logger = { pid: pino[2], name: label2 };
          } else if (st.weak === void 0 && isIdentityToken(logger, 0, logger.length)) {
            st.weak = logger;
            st.logger = { pid: pino[2], name: logger };
          } else st.logger = { pid: pino[2], name: "" };
          p = close + 1;
          continue;
        }
        const name = readNodeName(text, inner, close, true);
        const label = name && name.end === close ? name.label : nodeInTag(text.slice(inner, close));
        const actor = label === void 0 && st.weak === void 0 ? AKKA_ACTOR_PATH.exec(text.slice(inner, close)) : null;
        if (actor !== null) {
          st.weak = actor[2] ?? actor[1];
        } else if (label !== void 0) {
          st.node = label;
          st.nodeFrom = FROM_TAG;
        } else if (spring && text.charCodeAt(close + 1) === 32 && text.charCodeAt(close + 2) === 91) {
          st.node = text.slice(inner, close).trim() || void 0;
          st.nodeFrom = FROM_TAG;
        } else if (st.weak === void 0 && (tokens <= 1 || sourceToken === tokens - 1 || levelToken === tokens - 1 || loggerToken === tokens - 1)) {
          if (isIdentityToken(text, inner, close)) st.weak = text.slice(inner, close);
          else if (c === 91 && isErlangNodeName(text, inner, close)) {
            st.node = copyString(text.slice(inner, close));
            st.nodeFrom = FROM_TAG;
          } else if (isWordTag(text, inner, close) || isPortTag(text, inner, close)) st.word = text.slice(inner, close);
        } else if (st.weak === void 0 && idle === tokens && ORDINAL_NAME.test(text.slice(inner, close))) {
          st.weak = text.slice(inner, close);
        } else if (st.weak === void 0 && stampLastToken === tokens - 1 && (isIdentityToken(text, inner, close) || isWordTag(text, inner, close))) {
          st.word = text.slice(inner, close);
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
          const record = text.slice(p, Math.min(end, p + 4096));
          const json = readJsonNode(record);
          st.node = json.node;
          st.jsonNames = json.names;
          st.nodeFrom = FROM_JSON;
          if (json.node === void 0) st.keyed = findJsonKeyedValue(record);
          if (json.node === void 0 && json.names === void 0) scanRecordedLine(record, st);
        }
      } else if (st.node === void 0) {
        const close = indexWithin(text, 125, p, headEnd);
        if (close > p && readLabelSet(text, p + 1, close, st)) {
          p = close + 1;
          continue;
        }
      }
      break;
    }
    if (c === 36 && (text.charCodeAt(p + 1) === 32 || p + 1 === end)) {
      st.kind = LINE_COMMAND;
      return;
    }
    if (c === 35 && p === first) {
      st.kind = LINE_COMMENT;
      return;
    }
    if (c === 60 && tokens === 0) {
      const close = indexWithin(text, 62, p, Math.min(headEnd, p + 6));
      if (close < 0) break;
      p = skipToken(text, close, headEnd, st);
      continue;
    }
    if (c === 61 && tokens === 0) {
      const head = ERLANG_REPORT_HEAD.exec(text.slice(p, Math.min(headEnd, p + 40)));
      if (head) st.stampAt = p + head[0].length;
      break;
    }
    if (c === 93 && tokens === 0) {
      p++;
      continue;
    }
    if (c === 64 && st.stampAt < 0 && text.charCodeAt(p + 1) === 52) {
      st.stampAt = p;
      stampToken = tokens;
      p = skipToken(text, p, headEnd, st);
      continue;
    }
    if ((c === 47 || c === 126) && st.stampAt >= 0 && st.node === void 0) {
      const q2 = pathColumnEnd(text, p, headEnd);
      if (q2 > 0) {
        readPathColumn(text.slice(p, q2), st);
        p = q2;
        continue;
      }
    }
    if (!isAsciiLetter(c)) break;
    if (st.stampAt < 0) {
      if (c === 83 && text.startsWith(SYSTEM_TIME_HEAD, p)) {
        const close = indexWithin(text, 125, p, Math.min(headEnd, p + 64));
        if (close > 0) {
          st.stampAt = p + SYSTEM_TIME_HEAD.length;
          stampToken = tokens;
          p = close + 1;
          continue;
        }
      }
      if (text.charCodeAt(p + 3) === 44 && text.charCodeAt(p + 4) === 32 && WEEKDAYS2.has(code3(text, p))) {
        const rfc = parseTimestampAt(text, p, headEnd);
        if (rfc !== void 0) {
          st.stampAt = p;
          stampToken = tokens;
          p = rfc.end;
          continue;
        }
      }
      if (text.charCodeAt(p + 3) === 32 && MONTHS2.has(code3(text, p)) && isAsciiDigit(text.charCodeAt(p + 5) === 32 ? text.charCodeAt(p + 6) : text.charCodeAt(p + 5))) {
        st.stampAt = p;
        stampToken = tokens;
        p = skipToken(text, p + 4 + (text.charCodeAt(p + 4) === 32 ? 1 : 0), headEnd, st);
        p = skipToken(text, p + 1, headEnd, st);
        continue;
      }
      const julMonth = localizedJulMonthEnd(text, p);
      if (julMonth > 0) {
        st.stampAt = p;
        stampToken = tokens;
        p = skipToken(text, skipToken(text, julMonth + 1, headEnd, st) + 1, headEnd, st);
        continue;
      }
      if ((c === 73 || c === 87 || c === 69 || c === 70) && isAsciiDigit(text.charCodeAt(p + 1))) {
        const gap = text.charCodeAt(p + 5) === 32 ? p + 5 : isAsciiDigit(text.charCodeAt(p + 5)) && text.charCodeAt(p + 9) === 32 ? p + 9 : -1;
        if (gap > 0 && isAsciiDigit(text.charCodeAt(gap + 1))) {
          st.stampAt = p;
          stampToken = tokens;
          glog = true;
          p = skipToken(text, gap + 1, headEnd, st);
          continue;
        }
      }
    }
    let q = p;
    while (q < headEnd && isTokenChar(text.charCodeAt(q))) q++;
    const next = text.charCodeAt(q);
    if ((c === 80 || c === 83 || c === 70) && isAsciiDigit(text.charCodeAt(q - 1)) && st.stampAt >= 0 && st.processColumn === void 0 && q - p <= 32 && PROCESS_NAME.test(text.slice(p, q))) {
      st.processColumn = copyString(text.slice(p, q));
      p = q;
      continue;
    }
    if (q - p <= 4 && (stampLastToken === tokens - 1 || stampToken === tokens - 1) && c >= 65 && c <= 90 && isZoneAbbreviation(text.slice(p, q))) {
      p = q;
      tokens--;
      continue;
    }
    if (q - p === 6 && next === 32 && stampToken === tokens - 1 && isCriStream(text, p)) {
      p = q + 3;
      tokens--;
      continue;
    }
    if (next === 91 && st.stampAt >= 0 && st.processColumn === void 0) {
      const fly = FLY_INSTANCE.exec(text.slice(p, Math.min(headEnd, p + 80)));
      if (fly) {
        st.processColumn = copyString(fly[1]);
        p += fly[0].length;
        if (isAsciiDigit(text.charCodeAt(p)) && text.charCodeAt(p + 2) === 58) {
          p = skipToken(text, p, headEnd, st);
          stampLastToken = tokens;
        }
        continue;
      }
    }
    if (next === 91 && st.stampAt >= 0 && st.node === void 0 && st.word === void 0 && !isAsciiDigit(text.charCodeAt(q + 1))) {
      const close = indexWithin(text, 93, q + 1, Math.min(headEnd, q + 66));
      const after = text.charCodeAt(close + 1);
      if (close > q + 1 && (after === 32 || after === 58) && isIdentityToken(text, q + 1, close)) {
        st.word = text.slice(q + 1, close);
        p = close + 1;
        break;
      }
    }
    if (next === 61) {
      const key = text.slice(p, q).toLowerCase();
      let v = q + 1;
      const quoted = text.charCodeAt(v) === 34;
      if (quoted) v++;
      const writerKey = TS_KEYS.has(key) || MESSAGE_KEYS.has(key) ? void 0 : classifyWriterKey(key);
      if (TS_KEYS.has(key) && st.stampAt < 0) st.stampAt = v;
      else if (st.stampAt < 0 && MONOTONIC_KEYS.has(key)) st.stampAt = p;
      else if (writerKey === "node" && st.node === void 0) {
        st.node = logfmtNode(text, v, end);
        st.nodeFrom = FROM_FIELD;
        if (st.node === void 0) st.keyed ??= readKeyedValue(key, text.slice(v, quoted ? indexWithin(text, 34, v, Math.min(end, v + 65)) : skipValue(text, v, Math.min(end, v + 65))));
      } else if (writerKey !== void 0 && writerKey !== "node" && st.node === void 0) {
        const close = quoted ? indexWithin(text, 34, v, Math.min(end, v + 200)) : skipValue(text, v, Math.min(end, v + 200));
        if (close > v) addWriterName(st, writerKey, text.slice(v, close));
      } else if (key === "port" && st.node === void 0 && st.weak === void 0) {
        let w = v;
        while (w < headEnd && w - v < 6 && isAsciiDigit(text.charCodeAt(w))) w++;
        if (w - v >= 2 && w - v <= 5 && !isTokenChar(text.charCodeAt(w))) st.weak = `:${text.slice(v, w)}`;
      }
      if (MESSAGE_KEYS.has(key)) {
        pairsRead = true;
        if (st.node === void 0) {
          const close = quoted ? indexWithin(text, 34, v, end) : skipValue(text, v, end);
          if (close > 0) readTrailingPairs(text.slice(close, Math.min(end, close + 1024)), st);
        }
        break;
      }
      if (quoted) {
        const close = indexWithin(text, 34, v, end);
        p = close < 0 ? end : close + 1;
      } else p = skipToken(text, v, headEnd, st);
      continue;
    }
    if ((next === 36 || next === 58) && st.stampAt >= 0 && c >= 65 && c <= 90) {
      let r2 = q;
      while (r2 < headEnd && (isTokenChar(text.charCodeAt(r2)) || text.charCodeAt(r2) === 36)) r2++;
      if (text.charCodeAt(r2) === 58 && isAsciiDigit(text.charCodeAt(r2 + 1))) {
        r2++;
        while (r2 < headEnd && isAsciiDigit(text.charCodeAt(r2))) r2++;
        if (text.charCodeAt(r2) === 32 && text.charCodeAt(r2 + 1) === 45 && text.charCodeAt(r2 + 2) === 32) {
          p = r2;
          continue;
        }
      }
    }
    if (st.node === void 0 && next === 58) {
      const at = indexWithin(text, 64, p, q);
      if (at > p && text.startsWith("@group-", at)) {
        const name = readNodeName(text, p, at, true);
        st.node = name && name.end === at ? name.label : text.slice(p, at);
        st.nodeFrom = FROM_NAME;
        p = q;
        continue;
      }
    }
    if (st.node === void 0 && next === 58 && text.charCodeAt(q + 1) === 32) {
      const at = indexWithin(text, 64, p + 1, q - 1);
      if (at > p) {
        const name = text.slice(p, q);
        const unit = name.endsWith(".service") ? findUnitNode(name) : name;
        st.node = unit === void 0 ? void 0 : copyString(unit);
        st.nodeFrom = FROM_NAME;
        p = q + 1;
        continue;
      }
    }
    if (next === 58 && isAsciiDigit(text.charCodeAt(q + 1)) && isSourceFile(text, p, q)) {
      let r2 = q + 1;
      while (r2 < headEnd && isAsciiDigit(text.charCodeAt(r2))) r2++;
      if (text.charCodeAt(r2) === 93) r2++;
      p = r2;
      sourceToken = tokens;
      continue;
    }
    if (next === 58 && st.stampAt >= 0) {
      const r2 = codeLocationEnd(text, q + 1, headEnd);
      if (r2 > 0 && findNodeInDottedName(text.slice(p, q)) === void 0) {
        p = r2;
        sourceToken = tokens;
        continue;
      }
    }
    if (st.stampAt < 0) {
      const glued = findGluedDate(text, p, q);
      if (glued > p) {
        st.stampAt = glued;
        stampToken = tokens;
        if (st.node === void 0) {
          const name = readNodeName(text, p, glued);
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
      const name = readNodeName(text, p, q);
      if (name && (name.end === q || text.charCodeAt(name.end) === 45 || text.charCodeAt(name.end) === 46 && isAsciiLetter(text.charCodeAt(name.end + 1)))) {
        st.node = name.label;
        st.nodeFrom = FROM_NAME;
        if (tokens === 1 && st.stampAt === first && prefix === null && (next === 32 || next === 9) && startsDateOrClock(text, first)) rememberStampName(st, text.slice(p, q), name.label);
        p = q;
        continue;
      }
      const dotted = dottedNode(text, p, q);
      if (dotted !== void 0) {
        st.node = dotted;
        st.nodeFrom = FROM_NAME;
        p = q;
        continue;
      }
      if ((q - p === 4 || q - p === 6) && /^(?:node|server)$/i.test(text.slice(p, q))) {
        const m = /^ (\d{1,4})(?=[:\]\s])/.exec(text.slice(q, q + 7));
        if (m) {
          st.node = nodeLabel(Number(m[1]));
          st.nodeFrom = FROM_NAME;
          p = q + m[0].length;
          continue;
        }
      }
      if (q - p === 4 && st.stampAt >= 0 && st.weak === void 0 && (text.charCodeAt(p) | 32) === 112 && /^peer$/i.test(text.slice(p, q))) {
        const m = /^ (\d{1,4}):(?=\s)/.exec(text.slice(q, q + 7));
        if (m) {
          st.weak = nodeLabel(Number(m[1]));
          p = q + m[0].length;
          continue;
        }
      }
    }
    if (q - p <= 8 && isLevel(text, p, q)) {
      levelToken = tokens;
      idle++;
      p = q;
      continue;
    }
    if (levelToken >= 0 && st.stampAt >= 0 && st.node === void 0) {
      const dash = loggerDashAt(text, p, headEnd);
      if (dash > 0) {
        p = dash + 1;
        loggerToken = tokens;
        continue;
      }
    }
    if (st.stampAt >= 0 && st.node === void 0 && next === 58 && isLoggerBeforeNode(text, p, q, headEnd)) {
      p = q + 1;
      continue;
    }
    if (q - p === 2 && stampToken >= 0 && stampToken >= tokens - 2 && /^[ap]m$/i.test(text.slice(p, q))) {
      idle++;
      p = q;
      continue;
    }
    let r = q;
    while (r < headEnd && text.charCodeAt(r) === 32) r++;
    if (text.charCodeAt(r) === 124 && r > q) {
      if (st.node === void 0 && (q - p === 6 && text.startsWith("system", p) || q - p === 3 && text.startsWith("PM2", p))) {
        st.kind = LINE_LOG;
        let after = r + 1;
        while (after < headEnd && isSpaceOrTab(text.charCodeAt(after))) after++;
        if (st.stampAt < 0 && isAsciiDigit(text.charCodeAt(after))) st.stampAt = after;
        return;
      }
      if (st.node === void 0) {
        st.service = text.slice(p, q);
        st.node = serviceNode(st.service);
        st.nodeFrom = FROM_SERVICE;
      }
      p = r + 1;
      continue;
    }
    if (tokens === 0 && next === 58 && text.charCodeAt(q + 1) === 32 && text.charCodeAt(q + 2) === 91) {
      p = q + 1;
      continue;
    }
    if (st.node === void 0 && st.weak === void 0 && st.processId === void 0 && (tokens <= 2 || st.stampAt >= 0) && q - p <= 64) {
      const afterSyslog = st.stampAt >= 0 && isAsciiLetter(text.charCodeAt(st.stampAt)) && stampToken === tokens - 1;
      if (afterSyslog || isIdentityToken(text, p, q)) {
        st.weak = text.slice(p, text.charCodeAt(q - 1) === 58 ? q - 1 : q);
        p = q;
        continue;
      }
      if (st.stampAt >= 0 && next === 32) {
        const address = addressColumnEnd(text, q + 1, headEnd);
        if (address > 0 && text.charCodeAt(address) === 58 && !isMentionWord(text.slice(p, q))) {
          st.weak = text.slice(q + 1, address);
          p = address;
          continue;
        }
      }
    }
    if (st.stampAt >= 0 && st.weak !== void 0 && RUNTIME_NAME.test(text.slice(p, q))) {
      p = q;
      continue;
    }
    break;
  }
  if (st.node === void 0 && st.kind === LINE_LOG && !pairsRead) readTrailingPairs(text.slice(p, Math.min(end, p + 1024)), st);
  if (st.node === void 0 && st.kind === LINE_LOG) {
    const own = findOwnNodeForm(text.slice(p, Math.min(end, p + 4096)));
    if (own?.bracket) st.pidNode = own.label;
    else st.node = own?.label;
    st.processColumn ??= own?.processColumn;
    st.nodeFrom = FROM_MESSAGE;
  }
  if (st.node === void 0 && prefix !== null && (st.kind === LINE_LOG || st.kind === LINE_JSON)) {
    st.unnamedPath = prefix.path;
    if (prefix.stem !== void 0) {
      st.node = prefix.stem;
      st.nodeFrom = FROM_FILE_STEM;
    }
  }
  if (st.node === void 0) st.nodeFrom = 0;
}
function keepServiceNumbers(services, nodes, nodeFrom) {
  if (services.size === 0) return;
  const columnsOf = /* @__PURE__ */ new Map();
  for (const [i, column] of services) {
    const node = nodes[i];
    if (node === void 0 || SWARM_TASK.test(column)) continue;
    let columns = columnsOf.get(node);
    if (!columns) columnsOf.set(node, columns = /* @__PURE__ */ new Set());
    if (columns.size < 2) columns.add(column);
  }
  const copies = /* @__PURE__ */ new Map();
  for (const [i, column] of services) {
    const node = nodes[i];
    if (node === void 0 || node === column || (columnsOf.get(node)?.size ?? 0) < 2) continue;
    let copy = copies.get(column);
    if (copy === void 0) copies.set(column, copy = copyString(column));
    nodes[i] = copy;
    nodeFrom[i] = FROM_SERVICE_NUMBER;
  }
}
function isMentioned(text, value) {
  return findMention(text, value, 0) >= 0;
}
function findMention(text, value, from) {
  for (let at = text.indexOf(value, from); at >= 0; at = text.indexOf(value, at + value.length)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + value.length);
    if (isTokenChar(before) || isTokenChar(after) || before === 91 && after === 93) continue;
    return at;
  }
  return -1;
}
function isNamedAsNode(text, value) {
  for (let at = findMention(text, value, 0); at >= 0; at = findMention(text, value, at + value.length)) {
    let word = previousWord(text, at);
    if (word === "is") word = previousWord(text, text.lastIndexOf("is", at - 1));
    if (word === "leader" || word === "peer") return true;
  }
  return false;
}
function findAfterTimeWeakValues(text, starts, weak, stampAt) {
  const after = /* @__PURE__ */ new Set();
  const before = /* @__PURE__ */ new Set();
  for (const [i, value] of weak) {
    const at = stampAt[i];
    if (at < 0 || before.has(value)) continue;
    if (text.slice(starts[i], at).includes(value)) {
      before.add(value);
      after.delete(value);
    } else after.add(value);
  }
  return after;
}
function isThreadColumn(weak, nodes, nodeFrom) {
  const valueOfNode = /* @__PURE__ */ new Map();
  const nodeOfValue = /* @__PURE__ */ new Map();
  for (const [i, value] of weak) {
    const from = nodeFrom[i];
    if (from !== FROM_TAG && from !== FROM_NAME && from !== FROM_FIELD && from !== FROM_JSON) continue;
    const node = nodes[i];
    if ((valueOfNode.get(node) ?? value) !== value || (nodeOfValue.get(value) ?? node) !== node) return true;
    valueOfNode.set(node, value);
    nodeOfValue.set(value, node);
  }
  return false;
}
function nameKeyedValues(keyed, nodes, nodeFrom, kinds) {
  const values = new Set(keyed.values());
  if (values.size > 16 || values.size === keyed.size) return;
  const copies = /* @__PURE__ */ new Map();
  for (const [i, value] of keyed) {
    const from = nodeFrom[i];
    if (from !== 0 && from !== FROM_MESSAGE && from !== FROM_SECTION && from !== FROM_JSON_NAME) continue;
    let copy = copies.get(value);
    if (copy === void 0) copies.set(value, copy = copyString(value));
    nodes[i] = copy;
    nodeFrom[i] = kinds[i] === LINE_JSON ? FROM_JSON : FROM_FIELD;
  }
}
function countValue(tokens, value) {
  let n = 0;
  for (const v of tokens.values()) if (v === value) n++;
  return n;
}
function nameWordTags(text, words, nodes, nodeFrom) {
  if (words.size < 3) return;
  const count = /* @__PURE__ */ new Map();
  for (const value of words.values()) count.set(value, (count.get(value) ?? 0) + 1);
  if (count.size < 2 || count.size > 16) return;
  let named = 0;
  let namedAsNode = false;
  for (const value of count.keys()) {
    if (isMentioned(text, value)) named++;
    if (!namedAsNode && isNamedAsNode(text, value)) namedAsNode = true;
  }
  if (named * 2 <= count.size && !namedAsNode) return;
  const copies = /* @__PURE__ */ new Map();
  for (const [i, value] of words) {
    if (nodeFrom[i] !== 0) continue;
    let copy = copies.get(value);
    if (copy === void 0) copies.set(value, copy = isAsciiDigit(value.charCodeAt(0)) ? `:${value}` : copyString(value));
    nodes[i] = copy;
    nodeFrom[i] = FROM_HEAD_TOKEN;
  }
}
function chooseVaryingNameKey(namesPerLine) {
  if (namesPerLine.size < 3) return void 0;
  for (const key of JSON_NAME_KEYS) {
    const values = /* @__PURE__ */ new Set();
    let lines = 0;
    for (const names of namesPerLine.values()) {
      const name = names.find((n) => n.key === key);
      if (name === void 0) continue;
      lines++;
      if (values.size <= 16) values.add(name.node);
    }
    if (lines >= 3 && values.size >= 2 && values.size <= 16) return key;
  }
  return void 0;
}
function chooseJsonNameKey(jsonNames, nodes, nodeFrom) {
  const key = chooseVaryingNameKey(jsonNames);
  if (key === void 0) return;
  for (const [i, names] of jsonNames) {
    const name = names.find((n) => n.key === key);
    if (name === void 0 || name.node === nodes[i]) continue;
    nodes[i] = name.node;
    nodeFrom[i] = FROM_JSON_NAME;
  }
}
function moveStatedPidWords(lines, words, processIds) {
  let stated;
  for (const [i, value] of words) {
    if (value.length < 3 || !isAllAsciiDigits(value) || stated?.has(value)) continue;
    if (readStatedPid(lines, i) === value) (stated ??= /* @__PURE__ */ new Set()).add(value);
  }
  if (stated === void 0) return processIds;
  const ids = processIds ?? /* @__PURE__ */ new Map();
  for (const [i, value] of words) {
    if (!stated.has(value)) continue;
    ids.set(i, value);
    words.delete(i);
  }
  return ids;
}
var SERVER_NAME_LINE = /(?:^|[\s\]])(?:server[ _-]?)?name\s?[:=]\s+([A-Za-z][\w.@-]{0,62})\s*$/i;
function nameProcessTags(lines, processIds, nodes, nodeFrom) {
  if (processIds.size < 3) return;
  const seen = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  for (const [i, id] of processIds) {
    seen.set(id, (seen.get(id) ?? 0) + 1);
    if (seen.size > 16) return;
    if (names.get(id) === null) continue;
    const start = lines.starts[i];
    const end = lines.ends[i];
    if (end - start > 256) continue;
    const line = lines.text.slice(start, end);
    const m = SERVER_NAME_LINE.exec(line);
    let name;
    if (m) {
      const named = readNodeName(m[1], 0, m[1].length, true);
      name = named && named.end === m[1].length ? named.label : copyString(m[1]);
    } else name = readPidStartupNode(line, id);
    if (name === void 0) continue;
    const before = names.get(id);
    names.set(id, before === void 0 || before === name ? name : null);
  }
  if (seen.size < 2) return;
  const owners = /* @__PURE__ */ new Map();
  for (const name of names.values()) if (name !== null) owners.set(name, (owners.get(name) ?? 0) + 1);
  const nodeOf = /* @__PURE__ */ new Map();
  for (const id of seen.keys()) {
    const name = names.get(id);
    nodeOf.set(id, name != null && owners.get(name) === 1 ? name : copyString(id));
  }
  for (const [i, id] of processIds) {
    const from = nodeFrom[i];
    if (from !== 0 && from !== FROM_MESSAGE) continue;
    nodes[i] = nodeOf.get(id);
    nodeFrom[i] = FROM_PROCESS;
  }
}
function readPidStartupNode(line, pid) {
  const stated = STATED_PID.exec(line);
  if (stated === null || stated[1] !== pid || !STARTUP_PATTERN.test(line)) return void 0;
  return findOwnNodeForm(line)?.label;
}
var STATED_PID = /\bpid[ =:]{1,2}(\d{1,7})(?!\d)/i;
function readStatedPid(lines, i) {
  const start = lines.starts[i];
  return STATED_PID.exec(lines.text.slice(start, Math.min(lines.ends[i], start + 4096)))?.[1];
}
var PROCESS_NAME = /^(?:Spawn|Fork|ForkServer)?Process-\d{1,4}(?::\d{1,4})*$/;
function nameSyslogProcesses(lines, columns, nodes, nodeFrom) {
  let named;
  let unnamed = false;
  const values = /* @__PURE__ */ new Set();
  for (const [i, column] of columns) {
    if (values.size <= 16) values.add(column);
    const from = nodeFrom[i];
    if (from === 0) {
      unnamed = true;
      continue;
    }
    if (from === FROM_SECTION) continue;
    const node = nodes[i];
    const entry = (named ??= /* @__PURE__ */ new Map()).get(column);
    if (entry === void 0) named.set(column, { node, lines: 1, first: i });
    else {
      if (entry.node !== node) entry.node = null;
      entry.lines++;
    }
  }
  if (named === void 0 && !unnamed) return void 0;
  const claims = /* @__PURE__ */ new Map();
  for (const entry of named?.values() ?? []) if (entry.node !== null) claims.set(entry.node, (claims.get(entry.node) ?? 0) + 1);
  let links;
  for (const [column, entry] of named ?? []) {
    if (entry.node !== null && claims.get(entry.node) === 1 && (entry.lines >= 2 || statesProcessId(lines, entry.first, column) || introducesOwnNode(lines, entry.first, entry.node) || claimsOwnLead(lines, nodeFrom[entry.first], entry.first))) (links ??= /* @__PURE__ */ new Map()).set(copyString(column), entry.node);
  }
  if (!unnamed) return links;
  const nodeOf = /* @__PURE__ */ new Map();
  const varies = columns.size >= 3 && values.size >= 2 && values.size <= 16;
  for (const [i, column] of columns) {
    if (nodeFrom[i] !== 0) continue;
    let node = nodeOf.get(column);
    if (!nodeOf.has(column)) {
      node = links?.get(column) ?? (varies ? copyString(column) : void 0);
      nodeOf.set(column, node);
    }
    if (node === void 0) continue;
    nodes[i] = node;
    nodeFrom[i] = FROM_PROCESS;
  }
  return links;
}
function introducesOwnNode(lines, i, node) {
  const start = lines.starts[i];
  const text = lines.text.slice(start, Math.min(lines.ends[i], start + 4096));
  return STARTUP_PATTERN.test(text) && findKeyedOwnNode(text) === node;
}
function claimsOwnLead(lines, from, i) {
  if (from !== FROM_NAME && from !== FROM_TAG) return false;
  const start = lines.starts[i];
  return BECAME_LEADER_PATTERN.test(lines.text.slice(start, Math.min(lines.ends[i], start + 4096)));
}
function statesProcessId(lines, i, column) {
  const stated = readStatedPid(lines, i);
  return stated !== void 0 && column.endsWith(`[${stated}]`);
}
function nameJobThreads(lines, threads, nodes, nodeFrom, kinds) {
  if (![...threads.keys()].some((i) => nodeFrom[i] === 0)) return;
  const nodeOfPid = /* @__PURE__ */ new Map();
  for (const job of readShellJobs(lines, { kinds })) {
    if (job.pid === void 0 || job.node === void 0) continue;
    const known = nodeOfPid.get(job.pid);
    nodeOfPid.set(job.pid, known === void 0 || known === job.node ? job.node : null);
  }
  for (const [i, thread] of threads) {
    const node = nodeOfPid.get(thread);
    if (nodeFrom[i] !== 0 || node == null) continue;
    nodes[i] = node;
    nodeFrom[i] = FROM_PROCESS;
  }
}
function dropPeerLoggerNames(loggers, nodes, nodeFrom, weak) {
  const namesOfPid = /* @__PURE__ */ new Map();
  const pidsOfName = /* @__PURE__ */ new Map();
  for (const { pid, name } of loggers.values()) {
    if (name === "") continue;
    (namesOfPid.get(pid) ?? namesOfPid.set(pid, /* @__PURE__ */ new Set()).get(pid)).add(name);
    (pidsOfName.get(name) ?? pidsOfName.set(name, /* @__PURE__ */ new Set()).get(name)).add(pid);
  }
  for (const [i, { pid, name, section }] of loggers) {
    if (name === "" || namesOfPid.get(pid).size < 2 || pidsOfName.get(name).size < 2) continue;
    weak?.delete(i);
    if (nodeFrom[i] !== FROM_TAG) continue;
    nodes[i] = section;
    nodeFrom[i] = section === void 0 ? 0 : FROM_SECTION;
  }
}
function findProcessNodes(processIds, loggers, nodes) {
  if (processIds === void 0 && loggers === void 0) return NO_PROCESS_NODES;
  const nodeOf = /* @__PURE__ */ new Map();
  for (const [i, id] of processIds ?? []) {
    const node = nodes[i];
    const known = nodeOf.get(id);
    if (known === void 0) nodeOf.set(id, node ?? null);
    else if (known !== node) nodeOf.set(id, null);
  }
  let one;
  for (const [id, node] of nodeOf) if (node !== null) (one ??= /* @__PURE__ */ new Map()).set(copyString(id), node);
  const nodesOf = /* @__PURE__ */ new Map();
  for (const [i, id] of processIds ?? []) addNodeOfId(nodesOf, id, nodes[i]);
  for (const [i, { pid }] of loggers ?? []) addNodeOfId(nodesOf, pid, nodes[i]);
  let several;
  for (const [id, named] of nodesOf) if (named.length >= 2) (several ??= /* @__PURE__ */ new Map()).set(copyString(id), named);
  let hostLines;
  for (const [i, id] of processIds ?? []) if (several?.has(id)) (hostLines ??= /* @__PURE__ */ new Map()).set(i, id);
  for (const [i, { pid }] of loggers ?? []) if (several?.has(pid)) (hostLines ??= /* @__PURE__ */ new Map()).set(i, pid);
  return { one, several, hostLines };
}
var NO_PROCESS_NODES = { one: void 0, several: void 0, hostLines: void 0 };
function addNodeOfId(nodesOf, id, node) {
  if (node === void 0) return;
  const named = nodesOf.get(id);
  if (named === void 0) nodesOf.set(id, [node]);
  else if (!named.includes(node)) named.push(node);
}
var MULTITAIL_STATUS = /^\d\d\] (\S{1,200}) +\*Press F1\/<CTRL>\+<h> for help\*/;
var LESS_PROMPT = /^(\S{1,200}) (?:\(file \d{1,4} of \d{1,4}\) )?(?:lines (\d{1,9})-(\d{1,9})(?:\/\d{1,9})?|byte \d{1,12}(?:\/\d{1,12})?)?(?: ?(?:\d{1,3}%|\(END\)))?(?: - Next: \S{1,200})?$/;
var LESS_MARK = / (?:lines|byte) |%|\(END\)/;
function readFooter(text, start, end) {
  const c = text.charCodeAt(start);
  if (isAsciiDigit(c) && isAsciiDigit(text.charCodeAt(start + 1)) && text.charCodeAt(start + 2) === 93) {
    const status = MULTITAIL_STATUS.exec(text.slice(start, Math.min(end, start + 300)));
    return status ? { path: status[1], shown: Infinity } : void 0;
  }
  let e = end;
  while (e > start && text.charCodeAt(e - 1) === 32) e--;
  if (e - start > 500 || c === 32) return void 0;
  const line = text.slice(start, e);
  if (!LESS_MARK.test(line)) return void 0;
  const prompt = LESS_PROMPT.exec(line);
  if (!prompt || !LESS_MARK.test(line.slice(prompt[1].length)) || !(prompt[1].includes("/") || GREP_EXT.test(prompt[1]))) return void 0;
  return { path: prompt[1], shown: prompt[2] === void 0 ? Infinity : Number(prompt[3]) - Number(prompt[2]) + 1 };
}
function nameFooterWindows(lines, nodes, nodeFrom, kinds, stampAt) {
  const { text, starts, count } = lines;
  let windowStart = 0;
  for (let i = 0; i < count; i++) {
    const kind = kinds[i];
    if (kind === LINE_COMMAND) windowStart = i + 1;
    if (kind !== LINE_LOG || stampAt[i] >= 0 && text.charCodeAt(starts[i] + 2) !== 93) continue;
    const footer = readFooter(text, starts[i], lines.ends[i]);
    if (footer === void 0) continue;
    const path = footer.path.replace(/\\/g, "/");
    const node = findNodeInPath(path) ?? fileStem(path);
    if (node === void 0) continue;
    kinds[i] = LINE_HEADER;
    nodes[i] = void 0;
    nodeFrom[i] = 0;
    let shown = footer.shown;
    for (let k = i - 1; k >= windowStart && shown > 0; k--) {
      if (kinds[k] !== LINE_LOG && kinds[k] !== LINE_JSON) continue;
      if (lines.ends[k] - lines.starts[k] === 1 && text.charCodeAt(lines.starts[k]) === 126) {
        kinds[k] = LINE_BLANK;
        continue;
      }
      shown--;
      if (nodeFrom[k] !== 0) continue;
      nodes[k] = node;
      nodeFrom[k] = FROM_SECTION;
    }
    windowStart = i + 1;
  }
}
function scanLines(lines) {
  const { text, count } = lines;
  const nodes = new Array(count);
  const stampAt = allocateLineInt32s(count);
  const kinds = allocateLineUint8s(count);
  const nodeFrom = allocateLineUint8s(count);
  let weak;
  let sectionNamed;
  let pids;
  let processColumns;
  let processIds;
  let threads;
  let backgroundTyped = false;
  let loggers;
  let services;
  let words;
  let jsonNames;
  let keyed;
  let fileStemLines = false;
  let sections;
  let tailPaths;
  let pathLines;
  let fileSections;
  let stoppedEcho;
  let launches;
  let listings;
  let runnerCommands = false;
  let titledBlock = 0;
  let onlyJob;
  let csvHost = -1;
  const st = createScanState();
  for (let i = 0; i < count; i++) {
    const prefixRunEnd = scanPrefixRun(lines, i, st.prefixes, nodes, nodeFrom, kinds, stampAt);
    if (prefixRunEnd > i && text.charCodeAt(lines.starts[i] + 2) === 93) st.footers = true;
    i = scanStampNameRun(lines, prefixRunEnd, st, nodes, nodeFrom, kinds, stampAt);
    if (i >= count) break;
    const start = lines.starts[i];
    const end = lines.ends[i];
    if (st.prefixes.length > 0 && scanRepeatedHead(text, start, end, st, stoppedEcho === void 0)) {
      nodes[i] = st.node;
      nodeFrom[i] = st.nodeFrom;
      kinds[i] = LINE_LOG;
      stampAt[i] = st.stampAt;
      if (text.charCodeAt(start + 2) === 93) st.footers = true;
      continue;
    }
    scanLine(text, start, end, st);
    if (st.stampAt < 0 && st.kind === LINE_LOG && isCsvHeaderStart(text, start)) csvHost = readCsvHostColumn(text.slice(start, Math.min(end, start + 512)));
    else if (csvHost >= 0 && isCsvRowStamp(text, start, st.stampAt) && st.kind === LINE_LOG && st.node === void 0 && st.weak === void 0) {
      if (st.stampAt < 0 && parseTimestampAt(text, start + 1, Math.min(end, start + 64)) !== void 0) st.stampAt = start + 1;
      nameCsvRow(readCsvField(text, start, end, csvHost), st);
    }
    let kind = st.kind;
    let node = st.node;
    let from = st.nodeFrom;
    if (st.stampAt === start && text.charCodeAt(start + RUNNER_STAMP_CHARS) === 35) runnerCommands = true;
    if (kind === LINE_LOG && node === void 0 && end - start <= 512 && isLaunchRow(text, start, end)) {
      if (!backgroundTyped || text.charCodeAt(start) !== 43) kind = LINE_COMMAND;
      st.stampAt = -1;
    }
    const typedKill = node === void 0 && (kind === LINE_LOG ? st.stampAt < 0 : kind === LINE_JSON && st.jsonNames === void 0) && end - start <= 512 && isTypedDateKill(text, start, end);
    if (typedKill) {
      kind = LINE_COMMAND;
      st.stampAt = -1;
    }
    const echo = stoppedEcho;
    stoppedEcho = void 0;
    if (echo !== void 0 && kind === LINE_LOG && isStoppedEcho(text, start, end, echo)) {
      nodes[i] = void 0;
      nodeFrom[i] = 0;
      kinds[i] = LINE_LOG;
      stampAt[i] = -1;
      st.footers = true;
      continue;
    }
    const mark = isBlockMarkAt(text, start) && end - start <= 300 ? readBlockMark(text.slice(start, end).trimEnd()) : void 0;
    if (mark !== void 0 && (mark.title !== void 0 || mark.opener === titledBlock)) {
      kind = LINE_HEADER;
      node = mark.title === void 0 ? void 0 : nameTitle(mark.title);
      st.section = node;
      st.stampAt = -1;
      titledBlock = mark.title === void 0 ? 0 : mark.opener;
      (sections ??= []).push({ line: i, name: node });
    } else if (typedKill) {
      node = void 0;
    } else if (kind === LINE_COMMAND) {
      const command = text.slice(start, Math.min(end, start + 4096));
      const backgroundLaunches = readBackgroundLaunches(command);
      backgroundTyped = backgroundLaunches.length > 0;
      const printing = readPrintingPipelines(command);
      const shown = printing.join("\n");
      const named = findMentionedNodes(shown);
      const source = named.length === 0 && st.prompt === void 0 ? findOneLogSource(printing) : void 0;
      const launched = readLaunchFlags(shown);
      const background = launched !== void 0 && backgroundLaunches.includes(launched.node);
      const onlyJobLaunch = background && isOnlyJobLaunch(lines, i, command);
      const writer = background && !onlyJobLaunch ? void 0 : st.prompt ?? (named.length === 1 ? named[0] : named.length > 1 ? launched?.node : source);
      if (launched?.port !== void 0) launches = nameLaunch(launches, launched.node, launched.port, void 0);
      if (PROCESS_LISTING.test(command) || isWindowsProcessListing(command)) (listings ??= []).push(i);
      if (writer === void 0) {
        const file = findPrintedLogFile(command);
        const stem = file === void 0 ? void 0 : fileStem(file);
        if (stem !== void 0) (fileSections ??= []).push({ line: i, stem });
      }
      st.section = writer === void 0 || writer === named[0] ? writer : copyString(writer);
      if (st.section !== void 0 || sections !== void 0) (sections ??= []).push({ line: i, name: st.section });
      onlyJob = onlyJobLaunch && st.section !== void 0 ? sections[sections.length - 1] : void 0;
      stoppedEcho = findStoppedName(command);
      node = void 0;
    } else if (st.stampAt < 0 && (end - start <= 100 ? kind === LINE_LOG && node !== void 0 || kind === LINE_COMMENT || startsFileHeader(text, start) || isBannerStart(text, start) : end - start <= 400 && startsFileHeader(text, start) && readFileHeaderPath(text.slice(start, end).trim()) !== void 0)) {
      const line = text.slice(start, end).trim();
      let header = false;
      const ansible = line.charCodeAt(line.length - 1) === 62 ? ANSIBLE_HOST_HEAD.exec(line) : null;
      if (ansible !== null) {
        header = true;
        node = findNodeInPath(ansible[1]) ?? copyString(ansible[1]);
      } else if (readFileHeaderPath(line) !== void 0) {
        header = true;
        const path = readFileHeaderPath(line).replace(/\\/g, "/");
        const inPath = findNodeInPath(path);
        node = inPath ?? fileStem(path);
        if (inPath === void 0) (tailPaths ??= /* @__PURE__ */ new Map()).set(i, path);
      } else if (isHeaderText(line)) {
        header = true;
        node = findMentionedNodes(line)[0];
      } else {
        const banner = BANNER.exec(line);
        const name = banner === null ? void 0 : banner[2] ?? banner[3];
        if (name !== void 0 && isBannerName(name) && (banner[2] !== void 0 || isNamedElsewhere(text, name, start, end))) {
          header = true;
          node = findNodeInPath(name) ?? copyString(name);
        } else if (kind === LINE_COMMENT) {
          const named = readCommentHeaderName(line);
          if (named !== void 0 && (OUTPUT_PLACE_WORD.test(line) || isNamedElsewhere(text, named, start, end))) {
            header = true;
            node = findNodeInPath(named) ?? copyString(named);
          }
        }
      }
      if (header) {
        kind = LINE_HEADER;
        st.section = node;
        (sections ??= []).push({ line: i, name: node });
      }
    }
    if (onlyJob !== void 0 && kind === LINE_LOG && sections[sections.length - 1] === onlyJob) {
      const notice = JOB_NOTICE.exec(text.slice(start, Math.min(end, start + 32)));
      if (notice !== null && notice[1] !== "1") {
        onlyJob = void 0;
        st.section = void 0;
        sections.push({ line: i, name: void 0 });
      }
    }
    if ((kind === LINE_LOG || kind === LINE_JSON) && node === void 0 && st.section !== void 0) {
      node = st.section;
      from = FROM_SECTION;
    } else if (from === FROM_MESSAGE && node !== void 0 && node === st.section) {
      (sectionNamed ??= /* @__PURE__ */ new Set()).add(i);
    }
    nodes[i] = node;
    nodeFrom[i] = node === void 0 || kind === LINE_HEADER || kind === LINE_COMMAND ? 0 : from;
    kinds[i] = kind;
    stampAt[i] = st.stampAt;
    if (st.stampAt < 0 || text.charCodeAt(start + 2) === 93) st.footers = true;
    if (kind === LINE_LOG || kind === LINE_JSON) {
      if (st.weak !== void 0) (weak ??= /* @__PURE__ */ new Map()).set(i, st.weak);
      if (st.pidNode !== void 0) (pids ??= /* @__PURE__ */ new Map()).set(i, st.pidNode);
      if (st.processColumn !== void 0) (processColumns ??= /* @__PURE__ */ new Map()).set(i, st.processColumn);
      if (st.processId !== void 0) (processIds ??= /* @__PURE__ */ new Map()).set(i, st.processId);
      if (st.thread !== void 0) (threads ??= /* @__PURE__ */ new Map()).set(i, st.thread);
      if (st.logger !== void 0) (loggers ??= /* @__PURE__ */ new Map()).set(i, { ...st.logger, section: st.section });
      if (st.service !== void 0 && from === FROM_SERVICE) (services ??= /* @__PURE__ */ new Map()).set(i, st.service);
      if (st.word !== void 0) (words ??= /* @__PURE__ */ new Map()).set(i, st.word);
      if (st.keyed !== void 0) (keyed ??= /* @__PURE__ */ new Map()).set(i, st.keyed);
      if (st.jsonNames !== void 0 && (node === void 0 || from === FROM_JSON || from === FROM_MESSAGE)) (jsonNames ??= /* @__PURE__ */ new Map()).set(i, st.jsonNames);
      if (from === FROM_FILE_STEM) fileStemLines = true;
      if (st.unnamedPath !== void 0) (pathLines ??= /* @__PURE__ */ new Map()).set(i, st.unnamedPath);
    }
  }
  if (runnerCommands) readRunnerGroups(lines, nodes, nodeFrom, kinds);
  if (st.footers) nameFooterWindows(lines, nodes, nodeFrom, kinds, stampAt);
  if (services) keepServiceNumbers(services, nodes, nodeFrom);
  if (jsonNames) chooseJsonNameKey(jsonNames, nodes, nodeFrom);
  if (keyed) nameKeyedValues(keyed, nodes, nodeFrom, kinds);
  if (loggers) dropPeerLoggerNames(loggers, nodes, nodeFrom, weak);
  if (weak && weak.size >= 3) {
    let once;
    for (const [i, value] of weak) if (stampAt[i] < 0) (once ??= /* @__PURE__ */ new Map()).set(value, once.has(value) ? -1 : i);
    const weakValues = new Set(weak.values());
    for (const value of weakValues) if (RUNTIME_NAME.test(value)) weakValues.delete(value);
    if (once !== void 0) {
      for (const [value, i] of once) if (i >= 0 && countValue(weak, value) === 1) weakValues.delete(value);
    }
    const weakNames = weakValues.size >= 2 && weakValues.size <= 16 && !isThreadColumn(weak, nodes, nodeFrom);
    const afterTime = once === void 0 || !weakNames ? void 0 : findAfterTimeWeakValues(text, lines.starts, weak, stampAt);
    for (const [i, value] of weakNames ? weak : []) {
      if (!weakValues.has(value)) continue;
      if (afterTime !== void 0 && stampAt[i] < 0 && afterTime.has(value)) continue;
      const from = nodeFrom[i];
      if (from === 0 || from === FROM_MESSAGE && sectionNamed?.has(i) !== true) {
        nodes[i] = copyString(value);
        nodeFrom[i] = FROM_HEAD_TOKEN;
      }
    }
  }
  if (words) processIds = moveStatedPidWords(lines, words, processIds);
  if (words) nameWordTags(text, words, nodes, nodeFrom);
  if (processIds) nameProcessTags(lines, processIds, nodes, nodeFrom);
  if (threads) nameJobThreads(lines, threads, nodes, nodeFrom, kinds);
  const columnNodes = processColumns === void 0 ? void 0 : nameSyslogProcesses(lines, processColumns, nodes, nodeFrom);
  for (const [i, value] of pids ?? []) {
    if (nodeFrom[i] !== 0) continue;
    nodes[i] = value;
    nodeFrom[i] = FROM_PROCESS;
  }
  if (pathLines !== void 0) nameFilesByDirectory(pathLines, nodes, nodeFrom);
  let stems;
  if (fileStemLines) {
    for (let i = 0; i < count; i++) if (nodeFrom[i] === FROM_FILE_STEM) (stems ??= /* @__PURE__ */ new Set()).add(nodes[i]);
  }
  if (stems && stems.size < 2) {
    for (let i = 0; i < count; i++) {
      if (nodeFrom[i] !== FROM_FILE_STEM) continue;
      nodes[i] = void 0;
      nodeFrom[i] = 0;
    }
  }
  if (fileSections !== void 0) nameFamilySections(fileSections, count, kinds, nodes, nodeFrom);
  if (tailPaths !== void 0 && tailPaths.size >= 2) nameSectionsByDirectory(tailPaths, sections, count, kinds, nodes, nodeFrom);
  const sectionAliases = sections === void 0 ? void 0 : joinSectionWriters(sections, count, nodes, nodeFrom);
  let addressHeads;
  for (const [i, value] of weak ?? []) if (nodes[i] === void 0 && stampAt[i] >= 0 && isAddressColumn(value)) (addressHeads ??= /* @__PURE__ */ new Map()).set(i, value);
  const table = { nodes, kinds, stampAt, nodeFrom, ...sectionAliases === void 0 ? {} : { sectionAliases }, ...addressHeads === void 0 ? {} : { addressHeads } };
  const { one: idNodes, several: processHosts, hostLines } = findProcessNodes(processIds, loggers, nodes);
  for (const at of listings ?? []) launches = nameListedLaunches(lines, kinds, at, launches);
  const processNodes = columnNodes === void 0 ? idNodes : new Map([...columnNodes, ...idNodes ?? []]);
  const launchNames = launches === void 0 ? void 0 : new Map([...launches].filter((entry) => entry[1] !== null));
  if (processNodes === void 0 && launchNames === void 0 && processHosts === void 0) return table;
  return {
    ...table,
    ...processNodes === void 0 ? {} : { processNodes },
    ...processHosts === void 0 ? {} : { processHosts, hostLines },
    ...launchNames === void 0 ? {} : { launchNames }
  };
}
var RUNNER_STAMP_CHARS = 29;
var RUNNER_STAMP = String.raw`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z `;
var RUNNER_GROUP = new RegExp(`${RUNNER_STAMP}##\\[(group|endgroup)\\](.{0,200})`);
var RUNNER_ENV_LINE = new RegExp(`${RUNNER_STAMP}(?:env:|  )`);
var RUNNER_SHELL_LINE = new RegExp(`${RUNNER_STAMP}shell: `);
function readRunnerGroups(lines, nodes, nodeFrom, kinds) {
  let inStepHeader = false;
  let afterShell = false;
  let section;
  for (let i = 0; i < lines.count; i++) {
    const head = lines.text.slice(lines.starts[i], Math.min(lines.ends[i], lines.starts[i] + RUNNER_STAMP_CHARS + 220));
    const group = RUNNER_GROUP.exec(head);
    if (group === null && inStepHeader) {
      if (afterShell && !RUNNER_ENV_LINE.test(head)) inStepHeader = afterShell = false;
      else if (RUNNER_SHELL_LINE.test(head)) afterShell = true;
    }
    if (group !== null || inStepHeader) {
      kinds[i] = LINE_HEADER;
      nodes[i] = void 0;
      nodeFrom[i] = 0;
    }
    if (group === null) {
      if (section !== void 0 && (kinds[i] === LINE_LOG || kinds[i] === LINE_JSON) && nodes[i] === void 0) {
        nodes[i] = section;
        nodeFrom[i] = FROM_SECTION;
      }
      continue;
    }
    const title = group[2].trim();
    inStepHeader = group[1] === "group" && title.startsWith("Run ");
    afterShell = false;
    const named = group[1] === "group" && !inStepHeader ? findMentionedNodes(title) : [];
    section = named.length === 1 ? named[0] : void 0;
  }
}
function isLaunchRow(text, start, end) {
  if (!isTypedLaunch(text, start, end)) return false;
  return !findJobEnds(text.slice(start, end)).some((at) => findRecordAfterPrompt(text, start + at + 1, end) >= 0);
}
function isTypedDateKill(text, start, end) {
  const c = text.charCodeAt(start);
  if (c !== 100 && c !== 103 && c !== 47 && c !== 32 && c !== 9 && c !== 115 && c !== 101 && c !== 40 && c !== 123 && !(c >= 65 && c <= 90) && c !== 95) return false;
  TYPED_DATE_KILL.lastIndex = start;
  return TYPED_DATE_KILL.test(text) && TYPED_DATE_KILL.lastIndex <= end && COMMAND_KILL_PATTERN.test(text.slice(TYPED_DATE_KILL.lastIndex, end));
}
var CSV_HEADER = /^\s*"?(?:date|timestamp|@timestamp|time|_time)"?\s*,/i;
var CSV_HOST_COLUMN = /^(?:host|hostname|host\.name|node|instance|pod|container|container_name|server)$/i;
var isCsvHeaderStart = (text, start) => {
  const c = text.charCodeAt(start) | 32;
  return (c === 100 || c === 116 || c === 64 || c === 95 || c === 34 || c === 32) && CSV_HEADER.test(text.slice(start, start + 24));
};
function readCsvHostColumn(header) {
  return header.split(",").findIndex((name) => CSV_HOST_COLUMN.test(name.trim().replace(/^"|"$/g, "")));
}
var isCsvRowStamp = (text, start, stampAt) => stampAt === start || text.charCodeAt(start) === 34 && (stampAt < 0 || stampAt === start + 1);
function readCsvField(text, start, end, index) {
  let p = start;
  for (let field = 0; p <= end; field++) {
    const quoted = text.charCodeAt(p) === 34;
    let q = quoted ? p + 1 : p;
    if (quoted) {
      while (q < end && !(text.charCodeAt(q) === 34 && text.charCodeAt(q + 1) !== 34)) q += text.charCodeAt(q) === 34 ? 2 : 1;
      q++;
    }
    const comma = indexWithin(text, 44, q, end);
    const stop = comma < 0 ? end : comma;
    if (field === index) {
      const value = text.slice(quoted ? p + 1 : p, quoted ? q - 1 : stop).trim();
      return value === "" ? void 0 : value;
    }
    if (comma < 0) return void 0;
    p = comma + 1;
  }
  return void 0;
}
function nameCsvRow(host, st) {
  if (host === void 0) return;
  const named = readNodeName(host, 0, host.length, true);
  if (named === void 0 || named.end !== host.length) st.weak = host;
  else {
    st.node = named.label;
    st.nodeFrom = FROM_NAME;
  }
}
var PROCESS_LISTING = /(?:^|[\s;&|('"])(?:pgrep|ps)(?=\s|$)/;
var LISTING_ROW = /^\s*(?:[A-Za-z_][\w.+-]{0,31}\s+)?(\d{1,7})\s+(\S.*)$/;
var LISTING_ROWS = 64;
function findOneLogSource(pipelines) {
  let source;
  for (const pipeline of pipelines) {
    const printed = findLogSource(pipeline);
    if (printed === void 0 || printed === source) continue;
    if (source !== void 0) return void 0;
    source = printed;
  }
  return source;
}
function nameListedLaunches(lines, kinds, at, launches) {
  const windowsRows = readWindowsListing(lines, kinds, at);
  for (const row of windowsRows) {
    const launched = readLaunchFlags(row.command) ?? readPositionalLaunch(row.command);
    if (launched !== void 0) launches = nameLaunch(launches, launched.node, launched.port, row.pid);
  }
  if (windowsRows.length > 0) return launches;
  const last = Math.min(lines.count, at + 1 + LISTING_ROWS);
  const matched = readPgrepMatchedLaunch(lines.text.slice(lines.starts[at], Math.min(lines.ends[at], lines.starts[at] + 512)));
  for (let i = at + 1; i < last && kinds[i] !== LINE_COMMAND && kinds[i] !== LINE_HEADER && kinds[i] !== LINE_BLANK; i++) {
    const rowText = lines.text.slice(lines.starts[i], Math.min(lines.ends[i], lines.starts[i] + 512));
    const pid = matched === void 0 ? null : BARE_PID_ROW.exec(rowText);
    if (pid !== null) {
      launches = nameLaunch(launches, matched, void 0, pid[1]);
      continue;
    }
    const row = LISTING_ROW.exec(rowText);
    const launched = row === null ? void 0 : readLaunchFlags(rowText) ?? readPositionalLaunch(rowText);
    if (launched !== void 0) launches = nameLaunch(launches, launched.node, launched.port, row[1]);
  }
  return launches;
}
var BARE_PID_ROW = /^\s*(\d{1,7})\s*$/;
function readPgrepMatchedLaunch(command) {
  const pgrep = readPgrepFull(command);
  return pgrep === void 0 || !printsBarePids(pgrep) ? void 0 : readLaunchFlags(pgrep.pattern)?.node;
}
function nameLaunch(launches, node, port, pid) {
  const names = launches ?? /* @__PURE__ */ new Map();
  const claim = (name) => {
    const claimed = names.get(name);
    names.set(name, claimed === void 0 || claimed === node ? node : null);
  };
  if (port !== void 0) {
    claim(`:${port}`);
    claim(nodeLabel(Number(port)));
  }
  if (pid !== void 0) claim(pid);
  return names;
}
var JIRA_MARK = /^\{(?:code|noformat)(?::([^{}]{0,200}))?\}$/;
var FENCE_MARK = /^`{3,}(?:[\w+#.-]{0,30}(?:[ \t]+(?:[^`]*?[ \t])?title=(?:"([^"]{1,200})"|'([^']{1,200})'|(\S{1,200}))[^`]*)?)?$/;
var SUMMARY_MARK = /^(?:<details(?: open)?>[ \t]*)?<summary>(?:<b>|<code>)?(.{1,200}?)(?:<\/b>|<\/code>)?<\/summary>/;
function isBlockMarkAt(text, start) {
  const c = text.charCodeAt(start);
  const d = text.charCodeAt(start + 1);
  if (c === 123) return d === 99 || d === 110;
  if (c === 96) return d === 96 && text.charCodeAt(start + 2) === 96;
  return c === 60 && (d === 100 || d === 115 || d === 47);
}
function readBlockMark(line) {
  const c = line.charCodeAt(0);
  if (c === 123) {
    const jira = JIRA_MARK.exec(line);
    if (jira === null) return void 0;
    const title = jira[1]?.split("|").find((param) => param.startsWith("title="))?.slice(6).trim();
    return { opener: c, title: title || void 0 };
  }
  if (c === 96) {
    const fence = FENCE_MARK.exec(line);
    return fence === null ? void 0 : { opener: c, title: fence[1] ?? fence[2] ?? fence[3] };
  }
  if (line === "</details>") return { opener: c, title: void 0 };
  const summary = SUMMARY_MARK.exec(line);
  return summary === null ? void 0 : { opener: c, title: summary[1].trim() || void 0 };
}
function nameTitle(title) {
  if (/\s/.test(title)) return findMentionedNodes(title)[0];
  const path = title.replace(/\\/g, "/");
  if (path.includes("/") || GREP_EXT.test(path)) return findNodeInPath(path) ?? fileStem(path);
  return findNodeInPath(title) ?? (isBannerName(title) && BANNER_NAME.test(title) ? copyString(title) : void 0);
}
var BANNER_NAME = /^[A-Za-z][\w.@:-]{0,62}$/;
var FILE_HEADER = /^(?:==> (.+) <==|\u2502 File: (\S.*))$/;
function readFileHeaderPath(line) {
  const m = FILE_HEADER.exec(line);
  return m === null ? void 0 : (m[1] ?? m[2]).trimEnd();
}
function startsFileHeader(text, start) {
  if (text.startsWith("==> ", start)) return true;
  let p = start;
  while (text.charCodeAt(p) === 32 && p - start < 16) p++;
  return text.charCodeAt(p) === BOX_COLUMN && text.startsWith(" File: ", p + 1);
}
var ANSIBLE_HOST_HEAD = /^([A-Za-z][\w.-]{0,62}) \| (?:CHANGED|SUCCESS|FAILED) \| rc=-?\d{1,3} >>$/;
var BANNER = /^([=#*~-])\1{1,9} ?([A-Za-z][\w.@:-]{0,62}) ?\1{2,10}$|^(?:#{2,6} ?|-{2,10} |={2,10} )([A-Za-z][\w.@:-]{0,62})$/;
function isNamedElsewhere(text, name, start, end) {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (at >= start && at < end) continue;
    if (!isTokenChar(text.charCodeAt(at - 1)) && !isTokenChar(text.charCodeAt(at + name.length))) return true;
  }
  return false;
}
var isBannerStart = (text, start) => {
  const c = text.charCodeAt(start);
  return (c === 61 || c === 35 || c === 42 || c === 126 || c === 45) && text.charCodeAt(start + 1) === c;
};
var isBannerName = (name) => /[\d-]/.test(name);
function readCommentHeaderName(line) {
  let name;
  for (const token of line.split(/[^\w.@-]+/)) {
    if (token === "" || HEADER_WORD.test(token)) continue;
    if (name !== void 0) return void 0;
    name = token;
  }
  return name !== void 0 && isAsciiLetter(name.charCodeAt(0)) && isBannerName(name) ? name : void 0;
}
var OWN_WRITER_SOURCES = /* @__PURE__ */ new Set([FROM_PREFIX, FROM_TAG, FROM_FIELD, FROM_JSON, FROM_NAME, FROM_SERVICE]);
function joinSectionWriters(sections, count, nodes, nodeFrom) {
  const writersOf2 = /* @__PURE__ */ new Map();
  for (let s = 0; s < sections.length; s++) {
    const name = sections[s].name;
    if (name === void 0) continue;
    const end = s + 1 < sections.length ? sections[s + 1].line : count;
    let writers = writersOf2.get(name);
    let named = 0;
    for (let i = sections[s].line + 1; i < end; i++) {
      if (!OWN_WRITER_SOURCES.has(nodeFrom[i]) || nodes[i] === name) continue;
      (writers ??= /* @__PURE__ */ new Set()).add(nodes[i]);
      named++;
    }
    if (named === 1) writers = /* @__PURE__ */ new Set([name, ...writers ?? []]);
    if (writers !== void 0) writersOf2.set(name, writers);
  }
  const claims = /* @__PURE__ */ new Map();
  for (const [name, writers] of writersOf2) if (!writers.has(name)) for (const writer of writers) claims.set(writer, (claims.get(writer) ?? 0) + 1);
  let aliases;
  let ownNames;
  for (const [name, writers] of writersOf2) {
    const writer = [...writers][0];
    if (writers.size !== 1 || writer === name || claims.get(writer) !== 1) continue;
    ownNames ??= new Set(nodes.filter((_, i) => OWN_WRITER_SOURCES.has(nodeFrom[i])));
    if (!ownNames.has(name)) (aliases ??= /* @__PURE__ */ new Map()).set(name, writer);
  }
  if (aliases === void 0) return void 0;
  for (let i = 0; i < count; i++) {
    if (nodeFrom[i] !== FROM_SECTION) continue;
    const writer = aliases.get(nodes[i]);
    if (writer !== void 0) nodes[i] = writer;
  }
  return aliases;
}
function nameByDifferingDirectory(paths) {
  if (paths.length < 2) return void 0;
  const parts = paths.map((path) => path.split("/").filter((part) => part !== "" && part !== "."));
  const depth = parts[0].length;
  if (depth < 2 || parts.some((p) => p.length !== depth || p[depth - 1] !== parts[0][depth - 1])) return void 0;
  for (let k = depth - 2; k >= 0; k--) {
    const directories = parts.map((p) => p[k]);
    if (new Set(directories).size === directories.length) return new Map(paths.map((path, n) => [path, copyString(directories[n])]));
  }
  return void 0;
}
function sharesNames(names, count) {
  const distinct = new Set(names);
  return distinct.size < count || distinct.has(void 0);
}
function nameFilesByDirectory(pathLines, nodes, nodeFrom) {
  const stems = /* @__PURE__ */ new Map();
  for (const [i, path] of pathLines) stems.set(path, nodeFrom[i] === FROM_FILE_STEM ? nodes[i] : void 0);
  if (!sharesNames(stems.values(), stems.size)) return;
  const names = nameByDifferingDirectory([...stems.keys()]);
  if (names === void 0) return;
  for (const [i, path] of pathLines) {
    if (nodeFrom[i] !== 0 && nodeFrom[i] !== FROM_FILE_STEM) continue;
    nodes[i] = names.get(path);
    nodeFrom[i] = FROM_PREFIX;
  }
}
function nameSectionsByDirectory(tailPaths, sections, count, kinds, nodes, nodeFrom) {
  if (!sharesNames([...tailPaths.keys()].map((line) => nodes[line]), tailPaths.size)) return;
  const names = nameByDifferingDirectory([...tailPaths.values()]);
  if (names === void 0) return;
  for (const [line, path] of tailPaths) {
    const name = names.get(path);
    const old = nodes[line];
    const s = sections.findIndex((section) => section.line === line);
    sections[s].name = name;
    nodes[line] = name;
    const end = s + 1 < sections.length ? sections[s + 1].line : count;
    for (let i = line + 1; i < end; i++) {
      if (old === void 0 ? nodes[i] !== void 0 || kinds[i] !== LINE_LOG && kinds[i] !== LINE_JSON : nodeFrom[i] !== FROM_SECTION || nodes[i] !== old) continue;
      nodes[i] = name;
      nodeFrom[i] = FROM_SECTION;
    }
  }
}
var GENERIC_FAMILY = /^(?:run|try|attempt|step|test|trial|take|round|part|out|output|log|logs|capture|paste|session|day|v|version|backup|old|tmp|temp|file|data|copy)$/i;
function nameFamilySections(fileSections, count, kinds, nodes, nodeFrom) {
  let family;
  const numbers = /* @__PURE__ */ new Set();
  for (const { stem } of fileSections) {
    const m = FAMILY_NAME.exec(stem);
    if (!m || GENERIC_FAMILY.test(m[1]) || family !== void 0 && family !== m[1].toLowerCase()) return;
    family = m[1].toLowerCase();
    numbers.add(Number(m[2]));
  }
  if (numbers.size < 2) return;
  const sectionEnd = (line) => {
    let i = line + 1;
    while (i < count && kinds[i] !== LINE_COMMAND && kinds[i] !== LINE_HEADER) i++;
    return i;
  };
  for (const { line } of fileSections) for (let i = line + 1, end = sectionEnd(line); i < end; i++) if (OWN_WRITER_SOURCES.has(nodeFrom[i])) return;
  for (const { line, stem } of fileSections) {
    for (let i = line + 1, end = sectionEnd(line); i < end; i++) {
      if (nodes[i] !== void 0 || kinds[i] !== LINE_LOG && kinds[i] !== LINE_JSON) continue;
      nodes[i] = stem;
      nodeFrom[i] = FROM_SECTION;
    }
  }
}
function stampOf(lines, table, i) {
  const at = table.stampAt[i];
  const end = lines.ends[i];
  const text = lines.text;
  if (at < 0 || table.kinds[i] !== LINE_JSON) {
    let located = at < 0 ? void 0 : parseTimestampAt(text, at, end);
    if (located?.format === "epoch-s" && located.precisionMs < 1e3 && text.charCodeAt(at + 10) === 46) {
      const unpadded = writesUnpaddedFraction(lines, table);
      const width = unpadded === null || unpadded.writers !== void 0 && !unpadded.writers.has(table.nodes[i]) ? 0 : unpadded.width;
      if (width !== 0) {
        let q = at + 11;
        while (q < end && isAsciiDigit(text.charCodeAt(q))) q++;
        located = readUnpaddedFraction(located, width, text.slice(at + 11, q));
      }
    }
    if (located !== void 0 && located.precisionMs > 1 && located.precisionMs < 1e3 && writesUnpaddedMillis(lines, table)) located = readUnpaddedMillis(text, at, end, located);
    if (located?.format === "relative" || located?.format === "monotonic") located = anchoredStampOf(lines, table, i, located) ?? located;
    else if (located?.format === "us-date" || located?.format === "day-first-date") located = orderDayMonth(lines, table, located);
    if (located?.kind === "time-of-day" && located.dayMs < HOUR_MS3) located = incrementalStampOf(lines, table, i) ?? located;
    else if (located?.kind === "time-of-day" && table.kinds[i] === LINE_LOG) located = readTwelveHourClock(lines, table, located);
    if (located !== void 0) return located.precisionMs > 1 ? findFinerStamp(text, located, end) ?? located : findEventStampUnderPrintTime(lines, table, i, located) ?? located;
    if (table.kinds[i] !== LINE_LOG && table.kinds[i] !== LINE_COMMAND) return void 0;
    const numbered = at < 0 ? -1 : numberingEnd(text, at, end);
    const afterNumber = numbered < 0 ? void 0 : parseTimestampAt(text, numbered, end);
    if (afterNumber !== void 0) return afterNumber.precisionMs > 1 ? findFinerStamp(text, afterNumber, end) ?? afterNumber : afterNumber;
    const start = lines.starts[i];
    const found = searchStamp(text, start, end, table.kinds[i] === LINE_COMMAND ? (k) => isTimeArgument(text, start, end, k) : void 0);
    if (found === void 0) {
      if (at >= 0 && table.kinds[i] === LINE_LOG && writesRelativeMs(lines, table)) return readRelativeMs(text, at, end);
      return (at >= 0 && table.kinds[i] === LINE_LOG ? incrementalStampOf(lines, table, i) : void 0) ?? neighbourStamp(lines, table, i);
    }
    if (found.format === "us-date" || found.format === "day-first-date") return orderDayMonth(lines, table, found);
    return found.precisionMs > 1 ? findFinerStamp(text, found, end) ?? found : found;
  }
  if (table.kinds[i] === LINE_JSON) {
    const record = text.slice(at, Math.min(end, at + 4096));
    const ts = JSON_TS.exec(record);
    if (!ts) return recordedLineStamp(record);
    if (ts[1] !== void 0) return parseTimestampAt(ts[1], 0, ts[1].length);
    if (ts[3] !== void 0) return stampFromEpochNumber(Number(ts[3]) * 1e6 + Math.floor(Number(ts[4]) / 1e3));
    return parseTimestampAt(ts[2], 0, ts[2].length) ?? stampFromEpochNumber(Number(ts[2]));
  }
  return parseTimestampAt(text, at, end);
}
var HOUR_MS3 = 36e5;
function recordedLineStamp(record) {
  const { line, inner } = scanRecordedHead(record) ?? {};
  return line !== void 0 && inner.kind === LINE_LOG && inner.stampAt >= 0 ? parseTimestampAt(line, inner.stampAt, line.length) : void 0;
}
function scanRecordedHead(record) {
  const line = readRecordedLine(record);
  if (line === void 0) return void 0;
  const inner = createScanState();
  scanLine(line, 0, line.length, inner);
  return { line, inner };
}
var writesDayFirst = decideOncePerTable(decideDayFirst);
function orderDayMonth(lines, table, stamp) {
  const dayFirst = writesDayFirst(lines, table);
  if (dayFirst === null || dayFirst === (stamp.format === "day-first-date")) return stamp;
  return swapDayMonth(stamp) ?? stamp;
}
function decideDayFirst(lines, table) {
  const { text, count } = lines;
  let firstOver12 = false;
  let secondOver12 = false;
  let dayFirstWriting = false;
  let seen = false;
  for (let i = 0; i < count; i++) {
    const at = table.stampAt[i];
    if (at < 0) continue;
    const sep = text.charCodeAt(at + 2);
    if (sep !== 47 && sep !== 46 || text.charCodeAt(at + 5) !== sep || !isAsciiDigit(text.charCodeAt(at)) || !isAsciiDigit(text.charCodeAt(at + 4))) continue;
    const first = (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
    const second = (text.charCodeAt(at + 3) - 48) * 10 + text.charCodeAt(at + 4) - 48;
    seen = true;
    if (first > 12) firstOver12 = true;
    if (second > 12) secondOver12 = true;
    if (sep === 46 || text.charCodeAt(at + 19) === 44) dayFirstWriting = true;
  }
  if (!seen || firstOver12 && secondOver12) return null;
  return firstOver12 || !secondOver12 && dayFirstWriting;
}
var readRelativeAnchors = decideOncePerTable(decideRelativeAnchors);
function anchoredStampOf(lines, table, i, relative) {
  const origin = readRelativeAnchors(lines, table)?.get(i);
  if (origin === void 0) return void 0;
  return {
    ...origin,
    ms: origin.ms + relative.ms,
    dayMs: origin.dayMs + relative.ms,
    yearMs: origin.yearMs + relative.ms,
    precisionMs: Math.max(origin.precisionMs, relative.precisionMs),
    format: "anchored",
    end: relative.end
  };
}
var isNodeBanner = (writer) => /\d$/.test(writer);
var START_WORD = /\b(?:start(?:ed|ing| time| at)?|up|booted|launched|wall[ -]?(?:clock|time))\b/i;
var isAnchorable = (stamp) => stamp?.format === "relative" || stamp?.format === "monotonic";
function decideRelativeAnchors(lines, table) {
  const { text, starts, ends, count } = lines;
  let origins = null;
  const byWriter = /* @__PURE__ */ new Map();
  let section;
  for (let i = 0; i < count; i++) {
    const kind = table.kinds[i];
    if (kind === LINE_HEADER || kind === LINE_COMMAND) section = void 0;
    if (kind !== LINE_LOG) continue;
    const start = starts[i];
    const end = Math.min(ends[i], start + SEARCH_CHARS);
    const at = table.stampAt[i];
    const own = at >= 0 ? parseTimestampAt(text, at, end) : void 0;
    const writer = table.nodes[i];
    const word = START_WORD.exec(text.slice(start, end));
    const wall = word === null ? void 0 : searchStamp(text, start + word.index, end);
    if (wall !== void 0 && wall.kind !== "relative" && wall.precisionMs <= 1 && (own === void 0 || isAnchorable(own))) {
      const offset = isAnchorable(own) ? own.ms : 0;
      const precisionMs = offset === 0 ? wall.precisionMs : wall.precisionMs + own.precisionMs;
      const origin2 = { ...wall, ms: wall.ms - offset, dayMs: wall.dayMs - offset, yearMs: wall.yearMs - offset, precisionMs };
      if (writer === void 0 || !isNodeBanner(writer)) section = origin2;
      if (writer !== void 0) byWriter.set(writer, origin2);
      continue;
    }
    if (!isAnchorable(own)) continue;
    const origin = (writer === void 0 ? void 0 : byWriter.get(writer)) ?? section;
    if (origin !== void 0) (origins ??= /* @__PURE__ */ new Map()).set(i, origin);
  }
  return origins;
}
var readIncrementalStamps = decideOncePerTable(decideIncrementalStamps);
function incrementalStampOf(lines, table, i) {
  return readIncrementalStamps(lines, table)?.get(i);
}
var TS_INCREMENTAL_COMMAND = /\|\s*ts\s+(?:-[ms]+\s+)*-[ms]*i[ms]*(?:\s+(?:'[^']*'|"[^"]*"|[^\s|>'"]+))?\s*(?:\|\s*tee(?:\s+-a)?(?:\s+[^\s|>]+)?\s*)?$/;
var TS_SINCE_START_COMMAND = /\|\s*ts\s+(?:-m\s+)*-m?sm?(?:\s+(?:'[^']*'|"[^"]*"|[^\s|>'"]+))?\s*(?:\|\s*tee(?:\s+-a)?(?:\s+[^\s|>]+)?\s*)?$/;
var TS_INCREMENTAL_ANY = /\|\s*ts\s+(?:-[ms]+\s+)*-[ms]*i/;
function findUnsummedIncrementalCommand(lines, table) {
  const { text, starts, ends, count } = lines;
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] !== LINE_COMMAND) continue;
    const command = text.slice(starts[i], Math.min(ends[i], starts[i] + 512)).trimEnd();
    if (TS_INCREMENTAL_ANY.test(command) && !TS_INCREMENTAL_COMMAND.test(command)) return i;
  }
  return void 0;
}
function readSecondsGap(text, p, end) {
  let q = p;
  let seconds = 0;
  while (q < end && q - p < 7 && isAsciiDigit(text.charCodeAt(q))) seconds = seconds * 10 + text.charCodeAt(q++) - 48;
  if (q === p || text.charCodeAt(q) !== 46) return void 0;
  const fraction = ++q;
  let micros = 0;
  for (; q < end && isAsciiDigit(text.charCodeAt(q)); q++) if (q - fraction < 6) micros = micros * 10 + text.charCodeAt(q) - 48;
  const digits2 = q - fraction;
  if (digits2 < 1 || digits2 > 9 || q < end && text.charCodeAt(q) !== 32 && text.charCodeAt(q) !== 9) return void 0;
  for (let k = digits2; k < 6; k++) micros *= 10;
  return { micros: seconds * 1e6 + micros, digits: digits2, end: q };
}
function decideIncrementalStamps(lines, table) {
  const { text, starts, ends, count } = lines;
  let times = null;
  let sinceStart = -1;
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] !== LINE_COMMAND || !TS_SINCE_START_COMMAND.test(text.slice(starts[i], Math.min(ends[i], starts[i] + 512)).trimEnd())) continue;
    sinceStart = sinceStart === -1 ? i : -2;
  }
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] !== LINE_COMMAND) continue;
    const since = i === sinceStart;
    if (!since && !TS_INCREMENTAL_COMMAND.test(text.slice(starts[i], Math.min(ends[i], starts[i] + 512)).trimEnd())) continue;
    let sumUs = 0;
    for (let j = i + 1; j < count && table.kinds[j] === LINE_LOG; j++) {
      const at = table.stampAt[j];
      if (at < 0) break;
      let gapUs;
      let precisionMs;
      let gapEnd;
      const seconds = readSecondsGap(text, at, ends[j]);
      if (seconds !== void 0) {
        gapUs = seconds.micros;
        precisionMs = seconds.digits >= 6 ? 1e-3 : 10 ** (3 - seconds.digits);
        gapEnd = seconds.end;
      } else {
        const clock = parseTimestampAt(text, at, ends[j]);
        if (clock?.kind !== "time-of-day") break;
        gapUs = Math.round(clock.dayMs * 1e3);
        precisionMs = clock.precisionMs;
        gapEnd = clock.end;
      }
      sumUs = since ? gapUs : sumUs + gapUs;
      const ms = sumUs / 1e3;
      (times ??= /* @__PURE__ */ new Map()).set(j, { kind: "relative", ms, dayMs: ms, yearMs: ms, precisionMs, format: since ? "relative" : "incremental", zoned: false, end: gapEnd });
    }
  }
  return times;
}
function numberingEnd(text, p, end) {
  let q = p;
  while (q < end && q - p < 4 && isAsciiDigit(text.charCodeAt(q))) q++;
  return q > p && text.charCodeAt(q) === 58 && text.charCodeAt(q + 1) === 32 && q + 2 < end ? q + 2 : -1;
}
var writesUnpaddedFraction = decideOncePerTable(decideUnpaddedFraction);
function decideUnpaddedFraction(lines, table) {
  const { text } = lines;
  const fractions = [];
  let widest = 0;
  for (let i = 0; i < lines.count; i++) {
    const at = table.stampAt[i];
    if (at < 0 || table.kinds[i] !== LINE_LOG || text.charCodeAt(at + 10) !== 46) continue;
    let digits2 = 0;
    while (digits2 < 10 && isAsciiDigit(text.charCodeAt(at + digits2))) digits2++;
    if (digits2 !== 10 || isAsciiDigit(text.charCodeAt(at - 1))) continue;
    let fraction = 0;
    while (fraction < 10 && isAsciiDigit(text.charCodeAt(at + 11 + fraction))) fraction++;
    if (fraction === 0) continue;
    fractions.push([i, at, fraction]);
    widest = Math.max(widest, fraction);
  }
  if (widest <= 6) return readsUnpaddedAt(text, table, fractions, 6, false) ? { width: 6 } : null;
  const byWriter = /* @__PURE__ */ new Map();
  for (const f of fractions) {
    const own = byWriter.get(table.nodes[f[0]]);
    if (own === void 0) byWriter.set(table.nodes[f[0]], [f]);
    else own.push(f);
  }
  let writers;
  for (const [writer, own] of byWriter) {
    let most = 0;
    let least = 10;
    for (const [, , digits2] of own) most = Math.max(most, digits2), least = Math.min(least, digits2);
    if (most >= 8 && most <= 9 && least < most && readsUnpaddedAt(text, table, own, 9, true)) (writers ??= /* @__PURE__ */ new Set()).add(writer);
  }
  return writers === void 0 ? null : { width: 9, writers };
}
function readsUnpaddedAt(text, table, fractions, width, integer) {
  const lastDecimal = /* @__PURE__ */ new Map();
  const lastUnpadded = /* @__PURE__ */ new Map();
  const before = (a, b) => b !== void 0 && (a[0] < b[0] || a[0] === b[0] && a[1] < b[1]);
  let full = 0;
  let shorter = 0;
  let decimalBack = false;
  let trailingZero = false;
  for (const [i, at, fraction] of fractions) {
    if (fraction > width || fraction < width && text.charCodeAt(at + 11) === 48) return false;
    if ((text.charCodeAt(at + 11 + fraction) | 32) === 115) return false;
    if (text.charCodeAt(at + 10 + fraction) === 48) trailingZero = true;
    if (fraction === width) full++;
    else shorter++;
    const second = Number(text.slice(at, at + 10));
    const written = Number(text.slice(at + 11, at + 11 + fraction));
    const decimal = [second, written * 10 ** (width - fraction)];
    const unpadded = [second, written];
    const node = table.nodes[i];
    if (before(decimal, lastDecimal.get(node))) decimalBack = true;
    if (!integer && before(unpadded, lastUnpadded.get(node))) return false;
    lastDecimal.set(node, decimal);
    lastUnpadded.set(node, unpadded);
  }
  return (full > 0 || integer) && shorter > 0 && (decimalBack || trailingZero || integer);
}
function findClockFraction(text, at, end) {
  const last = Math.min(end, at + CLOCK_SEARCH_CHARS) - 9;
  for (let p = at; p <= last; p++) {
    if (text.charCodeAt(p + 2) !== 58 || text.charCodeAt(p + 5) !== 58 || !isAsciiDigit(text.charCodeAt(p)) || !isAsciiDigit(text.charCodeAt(p + 1))) continue;
    if (!isAsciiDigit(text.charCodeAt(p + 3)) || !isAsciiDigit(text.charCodeAt(p + 4)) || !isAsciiDigit(text.charCodeAt(p + 6)) || !isAsciiDigit(text.charCodeAt(p + 7))) continue;
    const dot = text.charCodeAt(p + 8);
    if (dot !== 46 && dot !== 44) return void 0;
    let digits2 = 0;
    while (digits2 < 10 && p + 9 + digits2 < end && isAsciiDigit(text.charCodeAt(p + 9 + digits2))) digits2++;
    return digits2 === 0 ? void 0 : [p + 9, digits2];
  }
  return void 0;
}
var CLOCK_SEARCH_CHARS = 48;
var writesUnpaddedMillis = decideOncePerTable(decideUnpaddedMillis);
function decideUnpaddedMillis(lines, table) {
  const { text } = lines;
  const writers = /* @__PURE__ */ new Map();
  for (let i = 0; i < lines.count; i++) {
    const at = table.stampAt[i];
    if (at < 0 || table.kinds[i] !== LINE_LOG) continue;
    const found = findClockFraction(text, at, lines.ends[i]);
    if (found === void 0) continue;
    const [start, digits2] = found;
    const node = table.nodes[i];
    let own = writers.get(node);
    if (own === void 0) writers.set(node, own = { lastDecimal: -Infinity, lastMillis: -Infinity, full: false, shorter: false, finer: false, proof: false });
    if (digits2 > 3) {
      own.finer = true;
      continue;
    }
    if (digits2 < 3 && text.charCodeAt(start) === 48) return false;
    const clock = start - 9;
    const second = ((text.charCodeAt(clock) - 48) * 10 + text.charCodeAt(clock + 1) - 48) * 3600 + ((text.charCodeAt(clock + 3) - 48) * 10 + text.charCodeAt(clock + 4) - 48) * 60 + (text.charCodeAt(clock + 6) - 48) * 10 + text.charCodeAt(clock + 7) - 48;
    const written = Number(text.slice(start, start + digits2));
    const decimal = second * 1e3 + written * 10 ** (3 - digits2);
    const millis = second * 1e3 + written;
    if (millis < own.lastMillis) return false;
    if (decimal < own.lastDecimal || text.charCodeAt(start + digits2 - 1) === 48) own.proof = true;
    if (digits2 === 3) own.full = true;
    else own.shorter = true;
    own.lastDecimal = decimal;
    own.lastMillis = millis;
  }
  let proven = false;
  for (const own of writers.values()) {
    if (own.finer && own.shorter) return false;
    if (own.full && own.shorter && own.proof && !own.finer) proven = true;
  }
  return proven;
}
function readUnpaddedMillis(text, at, end, located) {
  const found = findClockFraction(text, at, end);
  if (found === void 0 || found[1] >= 3) return located;
  const written = Number(text.slice(found[0], found[0] + found[1]));
  const shiftMs = written - written * 10 ** (3 - found[1]);
  return { ...located, ms: located.ms + shiftMs, dayMs: located.dayMs + shiftMs, yearMs: located.yearMs + shiftMs, precisionMs: 1 };
}
var writesRelativeMs = decideOncePerTable(decideRelativeMsColumn);
var RELATIVE_MS_MIN_LINES = 4;
function decideRelativeMsColumn(lines, table) {
  const { text, starts, ends, count } = lines;
  let logLines = 0;
  let headed = 0;
  let column = -1;
  let unpaddedEnd = Infinity;
  let last = -1;
  let distinct = 0;
  let repeated = false;
  for (let i = 0; i < count; i++) {
    if (table.kinds[i] !== LINE_LOG) continue;
    logLines++;
    const at = table.stampAt[i];
    const start = starts[i];
    if (at < 0 || !isAsciiDigit(text.charCodeAt(at))) continue;
    let pad = start;
    while (pad < at && text.charCodeAt(pad) === 32) pad++;
    if (pad !== at) continue;
    const stamp = readRelativeMs(text, at, ends[i]);
    if (stamp === void 0) continue;
    const end = stamp.end - start;
    if (at === start) unpaddedEnd = Math.min(unpaddedEnd, end);
    else if (column < 0) column = end;
    else if (end !== column) return false;
    if (stamp.ms < last) return false;
    if (stamp.ms === last) repeated = true;
    else distinct++;
    last = stamp.ms;
    headed++;
  }
  if (column < 0 || unpaddedEnd < column || headed < RELATIVE_MS_MIN_LINES || headed * 5 < logLines * 4 || distinct < 3 || !repeated) return false;
  for (let i = 0; i < count; i++) {
    const at = table.stampAt[i];
    if (table.kinds[i] !== LINE_LOG || at < 0 || !isAsciiDigit(text.charCodeAt(at))) continue;
    if (parseTimestampAt(text, at, ends[i]) !== void 0 || searchStamp(text, starts[i], ends[i]) !== void 0) return false;
  }
  return true;
}
function findFinerStamp(text, coarse, end) {
  const posted = findChatPostedStamp(text, coarse, end);
  if (posted !== void 0) return posted;
  const finer = searchStamp(text, coarse.end, end);
  if (finer === void 0 || finer.precisionMs >= coarse.precisionMs || finer.kind === "relative" || coarse.kind === "relative") return void 0;
  const delta = finer.dayMs - coarse.dayMs;
  if (!(delta >= -1e3 && delta < coarse.precisionMs + 1e3)) return void 0;
  if (CLOCK_STRENGTH[finer.kind] >= CLOCK_STRENGTH[coarse.kind]) return finer;
  return { ...coarse, ms: coarse.ms + delta, dayMs: finer.dayMs, yearMs: coarse.yearMs + delta, precisionMs: finer.precisionMs, end: finer.end };
}
var CHAT_NICK = /\]?[ \t]{0,4}<[@+%~&]?[\w.`|^{}\\[\]-]{1,32}>[ \t]{1,4}/y;
function findChatPostedStamp(text, coarse, end) {
  CHAT_NICK.lastIndex = coarse.end;
  if (!CHAT_NICK.test(text)) return void 0;
  const own = parseTimestampAt(text, CHAT_NICK.lastIndex, end);
  return own !== void 0 && own.precisionMs < coarse.precisionMs && own.kind !== "relative" && own.format !== "uptime" ? own : void 0;
}
function findEventStampUnderPrintTime(lines, table, i, outer) {
  const inner = searchInnerHeadStamp(lines.text, outer.end, lines.ends[i]);
  if (inner === void 0) return void 0;
  if (readsOwnStamps(lines, table) && outer.kind === "absolute" && outer.zoned && !inner.zoned) return removeRelayLag(outer, inner);
  if (!(readsOwnStamps(lines, table) || printTimeWriters(lines, table).has(table.nodes[i]))) return void 0;
  if (CLOCK_STRENGTH[inner.kind] >= CLOCK_STRENGTH[outer.kind]) return inner;
  const delta = inner.dayMs - outer.dayMs;
  return { ...outer, ms: outer.ms + delta, dayMs: inner.dayMs, yearMs: outer.yearMs + delta, precisionMs: inner.precisionMs, zoned: inner.zoned, end: inner.end };
}
var QUARTER_HOUR_MS2 = 9e5;
function removeRelayLag(outer, inner) {
  let delta = inner.dayMs - outer.dayMs;
  delta -= Math.round(delta / DAY_MS) * DAY_MS;
  const lag = delta - Math.round(delta / QUARTER_HOUR_MS2) * QUARTER_HOUR_MS2;
  const { nanos: _, ...relay } = outer;
  return { ...relay, ms: outer.ms + lag, dayMs: outer.dayMs + lag, yearMs: outer.yearMs + lag, precisionMs: inner.precisionMs, end: inner.end };
}
var PRINT_LAG_MS = 200;
function searchInnerHeadStamp(text, from, end) {
  let p = from;
  for (let tokens = 0; tokens < 3 && p < end; tokens++) {
    while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    const key = text.charCodeAt(p) === 116 ? TIME_KEY.exec(text.slice(p, p + 12)) : null;
    const at = key !== null ? p + key[0].length : text.charCodeAt(p) === 91 ? p + 1 : p;
    if (isAsciiDigit(text.charCodeAt(at))) {
      const inner = parseTimestampAt(text, at, end);
      if (inner !== void 0) return inner.kind === "relative" || inner.format === "uptime" || inner.format.startsWith("epoch") && inner.precisionMs >= 1e3 ? void 0 : inner;
    }
    if (tokens === 2) break;
    while (p < end && text.charCodeAt(p) !== 32 && text.charCodeAt(p) !== 9) p++;
  }
  return void 0;
}
var TIME_KEY = /^(?:ts|time|timestamp)="?/;
var readsOwnStamps = decideOncePerTable(decideOwnStamps);
function readHeadStampPairs(lines, table) {
  const { text } = lines;
  const pairs = [];
  for (let i = 0; i < lines.count; i++) {
    const at = table.stampAt[i];
    if (at < 0 || table.kinds[i] !== LINE_LOG) continue;
    const end = lines.ends[i];
    const outer = parseTimestampAt(text, at, end);
    if (outer === void 0 || outer.precisionMs > 1 || outer.kind === "relative") continue;
    pairs.push({ line: i, outer, inner: searchInnerHeadStamp(text, outer.end, end) });
  }
  return pairs;
}
function decideOwnStamps(lines, table) {
  const twice = /* @__PURE__ */ new Set();
  const once = /* @__PURE__ */ new Set();
  for (const { outer, inner } of readHeadStampPairs(lines, table)) {
    const shape = `${outer.format}/${outer.precisionMs}/${outer.zoned}`;
    if (inner !== void 0 && (inner.precisionMs > 1 || inner.format.startsWith("epoch"))) return false;
    (inner === void 0 ? once : twice).add(shape);
  }
  if (twice.size === 0) return false;
  for (const shape of twice) if (once.has(shape)) return false;
  return true;
}
var printTimeWriters = decideOncePerTable(decidePrintTimeWriters);
function decidePrintTimeWriters(lines, table) {
  const least = /* @__PURE__ */ new Map();
  const most = /* @__PURE__ */ new Map();
  for (const { line: i, outer, inner } of readHeadStampPairs(lines, table)) {
    if (inner === void 0) continue;
    const dated = outer.kind === "absolute" && inner.kind === "absolute";
    let d = dated ? outer.ms - inner.ms : outer.dayMs - inner.dayMs;
    if (!dated) d -= Math.round(d / DAY_MS) * DAY_MS;
    const node = table.nodes[i];
    least.set(node, Math.min(least.get(node) ?? Infinity, d));
    most.set(node, Math.max(most.get(node) ?? -Infinity, d - inner.precisionMs));
  }
  const writers = /* @__PURE__ */ new Set();
  for (const [node, d] of most) if (d - least.get(node) > PRINT_LAG_MS) writers.add(node);
  return writers;
}
var CLOCK_STRENGTH = { "time-of-day": 0, yearless: 1, absolute: 2, relative: -1 };
var JUL_LEVEL = /^(?:SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST|SCHWERWIEGEND|WARNUNG|INFORMATION|KONFIGURATION|FEIN|FEINER|AM FEINSTEN|GRAVE|AVERTISSEMENT|INFOS|PRECIS|PLUS PRECIS|LE PLUS PRECIS|ADVERTENCIA|CONFIGURACIÓN|DETALLADO|MUY DETALLADO|MÁS DETALLADO|AVVERTENZA|CONFIGURAZIONE|PIÙ FINE|MOLTO FINE|ADVERTÊNCIA|CONFIGURAÇÃO): /;
var DOTNET_HEAD = /^ ?(?:trce|dbug|info|warn|fail|crit): [\w.`+<>$-]+\[\d+\]\s*$/;
var DOTNET_NOW = String.raw`\[DateTimeOffset\]::(?:Utc)?Now\.ToUnixTime(?:Milli)?Seconds\(\)`;
var EPOCH_ECHO = String.raw`(?:echo|printf\s+(?:'[^'\n]{0,20}'|"[^"\n]{0,20}"))\s+["']?\$\{?EPOCHREALTIME\}?["']?`;
var DATE_COMMAND = new RegExp(String.raw`(?:^|[\s;&|$(\`>'"])(?:${DATE_PROGRAM}|get-date|echo\s+(?:%date%\s+)?%time%|${EPOCH_ECHO}|${DOTNET_NOW})(?:\s|;|&|\||$)`, "i");
var DATE_FORMAT_RUN = String.raw`(?:(?<!\b(?:echo|printf)\s+["']?)${DATE_PROGRAM}\s+(?:-u\s+)?["']?\+[^;&|\n]{1,40}|${EPOCH_ECHO}\s*)(?:;|&&)`;
var ECHOED_DATE_COMMAND = new RegExp(String.raw`(?:^|[\s;&|(])${DATE_FORMAT_RUN}`);
var TYPED_DATE_KILL = new RegExp(String.raw`[ \t]*(?:(?:sudo(?:\s+-\w+)*|env|[A-Z_][A-Z0-9_]*=[^\s;&|]*)\s+|[({]\s*)*${DATE_FORMAT_RUN}`, "y");
var DELAY_WORDS = /(?:^|[\s;&|('"])(?:(?:sleep|start-sleep|wait|wait-process|read|inotifywait|waitpid|pwait|pidwait)\b[^;&|\n]{0,24}|(?:while|until)\b[^;\n]{0,40}|tail\b[^;&|\n]{0,10}--pid\b[^;&|\n]{0,30})/gi;
var DATE_WORD = new RegExp(String.raw`(?:^|[\s;&|(])(?:${DATE_PROGRAM}\b|get-date\b|${EPOCH_ECHO}|${DOTNET_NOW})`, "i");
function findDelayBetweenDateAndKill(typed) {
  const date = DATE_WORD.exec(typed);
  const kill = COMMAND_KILL_PATTERN.exec(typed);
  if (date === null || kill === null) return void 0;
  const from = Math.min(date.index, kill.index);
  const to = Math.max(date.index, kill.index);
  DELAY_WORDS.lastIndex = from;
  const delay = DELAY_WORDS.exec(typed);
  if (delay !== null && delay.index < to) return delay[0].replace(/^[\s;&|('"]+/, "").trim();
  if (kill.index > date.index) return void 0;
  const remote = REMOTE_RUN_BEFORE.exec(typed.slice(0, kill.index));
  return remote !== null ? remote[1] : findStopWaitingForExit(typed.slice(kill.index, date.index));
}
var REMOTE_RUN_BEFORE = /(?:^|[\s;&|(])((?:ssh|mosh)(?:\s+-\w+)*\s+[^\s;&|'"]{1,64})[^;&|\n]{0,80}$/;
var STOP_WAITING_FOR_EXIT = /(?:^|[\s;&|(])(?:systemctl\s+stop\b(?![^;&|\n]*--no-block)|(?:docker|podman)(?:[ -]compose|\s+container)?\s+(?:stop|down|rm\s+-f)\b|kubectl\s+delete\b(?![^;&|\n]*--wait(?:=|\s+)false)|supervisorctl\s+stop\b|pm2\s+(?:stop|delete)\b|killall\b[^;&|\n]*\s(?:-\w*w\b|--wait\b))[^;&|\n>]*/i;
function findStopWaitingForExit(typed) {
  const stop = STOP_WAITING_FOR_EXIT.exec(typed);
  return stop === null ? void 0 : stop[0].replace(/^[\s;&|(]+/, "").trim();
}
var VS_CODE_TASK = /^ ?[*>] {1,2}Executing task(?: in folder [^:]{1,80})?: /;
var isVsCodeTaskAt = (lines, i) => VS_CODE_TASK.test(lines.text.slice(lines.starts[i], Math.min(lines.ends[i], lines.starts[i] + 128)));
var DATE_TO_FILE = new RegExp(String.raw`(?:^|[\s;&|(])(?:${DATE_PROGRAM}\b|${EPOCH_ECHO})[^;&|\n]{0,60}?(?:^|[^2&>])>{1,2} ?(?!&)[^\s;&|]`);
function dateOutputStamp(lines, table, i, command) {
  const text = lines.text;
  let out = i + 1;
  if (out + 1 < lines.count && table.kinds[out] === LINE_HEADER && ANSIBLE_HOST_HEAD.test(text.slice(lines.starts[out], lines.ends[out]).trim())) {
    out = ansibleDateOutput(lines, table, out);
  }
  if (out + 1 < lines.count && table.kinds[out] === LINE_BLANK && table.kinds[out + 1] === LINE_LOG && isVsCodeTaskAt(lines, i)) out++;
  if (out + 1 < lines.count && table.kinds[out] === LINE_LOG && table.stampAt[out] < 0 && isStoppedEchoOf(lines, i, out)) out++;
  const typed = text.slice(lines.starts[i], Math.min(lines.ends[i], lines.starts[i] + 4096));
  if (out + 3 < lines.count && TIMED_COMMAND.test(typed)) out = skipTimeReport(lines, table, out);
  if (out >= lines.count || table.kinds[out] !== LINE_LOG) return void 0;
  if (out + 1 < lines.count && runsListingBeforeDate(typed)) out = skipListingRows(lines, table, out);
  if (out >= lines.count || table.kinds[out] !== LINE_LOG) return void 0;
  let at = table.stampAt[out];
  let recordOf;
  if (at < 0) {
    at = lines.starts[out];
    while (text.charCodeAt(at) === 32) at++;
    if (!isWeekdayAt(text, at)) {
      recordOf = readRecordOtherwise(lines, table, typed, text.slice(at, lines.ends[out]).trimEnd(), lines.ends[out]);
      if (recordOf === void 0) return void 0;
    }
  }
  if (!command.test(typed) || findDelayBetweenDateAndKill(typed) !== void 0 || DATE_TO_FILE.test(typed)) return void 0;
  if (recordOf !== void 0) return recordOf;
  const parsed = parseTimestampAt(text, at, lines.ends[out]);
  const output = parsed === void 0 ? void 0 : readPrintedZone(text, parsed);
  if (output === void 0 || text.slice(output.end, lines.ends[out]).trim() !== "") return readRecordOtherwise(lines, table, typed, text.slice(at, lines.ends[out]).trim(), lines.ends[out]);
  if (printsHalfDayClock(typed)) return markHalfDay(output);
  const zone = output.kind === "time-of-day" ? readDateZone(typed) : void 0;
  if (zone !== void 0) {
    const shown = findShellZoneStamp(lines, table, i);
    const zoned = shown === void 0 ? void 0 : readInShellZone(output, shown.stamp, shown.at, zone);
    if (zoned !== void 0) return zoned;
    if (zone === "utc" && !output.zoned && output.ambiguousZone === void 0) return { ...output, zoned: true, offsetMin: 0, printedInUtc: true };
  }
  return output;
}
function readRecordOtherwise(lines, table, typed, output, end) {
  if (output.length <= 18 && printsHourlessClock(typed)) return readHourlessRecord(output, readNodeWallTimes(lines, table), end);
  return output.length <= 48 ? readLocaleDateOutput(output, end) : void 0;
}
var SHELL_ZONE_ROWS = 200;
function findShellZoneStamp(lines, table, i) {
  const text = lines.text;
  for (let k = i - 1; k >= 0 && i - k <= SHELL_ZONE_ROWS; k--) {
    if (table.kinds[k] !== LINE_COMMAND || k + 1 >= lines.count) continue;
    const command = text.slice(lines.starts[k], Math.min(lines.ends[k], lines.starts[k] + 4096));
    if (readDateZone(command) !== "shell" || !printsNow(command)) continue;
    let at = lines.starts[k + 1];
    while (text.charCodeAt(at) === 32) at++;
    const shown = parseTimestampAt(text, at, lines.ends[k + 1]);
    if (shown !== void 0 && shown.kind === "absolute" && shown.zoned && text.slice(shown.end, lines.ends[k + 1]).trim() === "") return { stamp: shown, at };
  }
  return void 0;
}
var TIMED_COMMAND = /(?:^|[;&|(]|[$#>]\s)\s*time\s+\S/;
var TIME_REPORT_ROW = /^(?:real|user|sys)\s+(?:\d+m)?\d+(?:[.,]\d+)?s?\s*$/;
function skipTimeReport(lines, table, from) {
  let out = table.kinds[from] === LINE_BLANK ? from + 1 : from;
  for (let row = 0; row < 3; row++, out++) {
    if (out >= lines.count || !TIME_REPORT_ROW.test(lines.text.slice(lines.starts[out], Math.min(lines.ends[out], lines.starts[out] + 64)))) return from;
  }
  return out;
}
function runsListingBeforeDate(typed) {
  if (!typed.includes("pgrep") && !typed.includes("ps")) return false;
  const date = DATE_WORD.exec(typed);
  return date !== null && PROCESS_LISTING.test(typed.slice(0, date.index));
}
function skipListingRows(lines, table, from) {
  let out = from;
  while (out < lines.count && out - from < LISTING_ROWS && table.kinds[out] === LINE_LOG && LISTING_ROW.test(lines.text.slice(lines.starts[out], Math.min(lines.ends[out], lines.starts[out] + 512)))) out++;
  return out;
}
function isStoppedEchoOf(lines, i, out) {
  const name = findStoppedName(lines.text.slice(lines.starts[i], Math.min(lines.ends[i], lines.starts[i] + 4096)));
  return name !== void 0 && isStoppedEcho(lines.text, lines.starts[out], lines.ends[out], name);
}
function findLastCommand(kinds, before, withinRows = before) {
  for (let i = before - 1; i >= 0 && before - i <= withinRows; i--) if (kinds[i] === LINE_COMMAND) return i;
  return -1;
}
function findDateOutputStamp(lines, table, i) {
  const kind = table.kinds[i];
  if (kind === LINE_COMMAND) return dateOutputStamp(lines, table, i, DATE_COMMAND);
  return kind === LINE_LOG && i + 1 < lines.count ? dateOutputStamp(lines, table, i, ECHOED_DATE_COMMAND) : void 0;
}
var ANSIBLE_SUCCEEDED = /\| (?:CHANGED|SUCCESS) \| rc=0 >>$/;
function ansibleDateOutput(lines, table, first) {
  const text = lines.text;
  for (let j = first; j + 1 < lines.count; j++) {
    const line = text.slice(lines.starts[j], lines.ends[j]).trim();
    if (table.kinds[j] === LINE_COMMAND) break;
    if (table.kinds[j] !== LINE_HEADER || !ANSIBLE_HOST_HEAD.test(line)) continue;
    if (ANSIBLE_SUCCEEDED.test(line)) return j + 1;
  }
  return lines.count;
}
var isWeekdayGapAt = (text, q) => text.charCodeAt(q) === 32 || text.charCodeAt(q) === 44 && text.charCodeAt(q + 1) === 32;
var isCapitalisedAt = (text, p) => text.charCodeAt(p) <= 90 && text.charCodeAt(p + 1) >= 97 && text.charCodeAt(p + 2) >= 97;
var isWeekdayAt = (text, p) => isWeekdayGapAt(text, p + 3) && WEEKDAYS2.has(code3(text, p)) && isCapitalisedAt(text, p);
function continueRecordStamp(line, head) {
  const stamp = head.stamp;
  if (stamp === void 0) return void 0;
  const field = readJournalField(line);
  if (field !== void 0) {
    if (field.key !== "MESSAGE") return void 0;
    const headField = readJournalField(head.text);
    if (headField === void 0) return field.style === "verbose" && isVerboseRecordHead(head.text.slice(stamp.end, stamp.end + 48)) ? stamp : void 0;
    return headField.style === field.style && headField.key === "__REALTIME_TIMESTAMP" ? stamp : void 0;
  }
  if (continuesRecord(line, head.text, stamp)) return stamp;
  if (stamp.format === "ctime") {
    const fraction = readCtimeFraction(line, head.text, stamp);
    if (fraction !== void 0) return fraction;
  }
  const shared = sharedPrefixEnds(head.text, line);
  if (shared === void 0) return void 0;
  return continuesRecord(line.slice(shared.line), head.text.slice(shared.head), { ...stamp, end: stamp.end - shared.head }) ? stamp : void 0;
}
function continuesRecord(line, headText, stamp) {
  if (stamp.format === "jul") return JUL_LEVEL.test(line.slice(0, 16));
  if (stamp.format === "ctime") return line.charCodeAt(0) === 93 && isOpenBracketStamp(headText, stamp);
  if (stamp.format === "day-month-year") return ERLANG_REPORT_HEAD.test(headText);
  const indented = line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9;
  return indented && stamp.end > 0 && stamp.end < headText.length && DOTNET_HEAD.test(headText.slice(stamp.end, stamp.end + 200));
}
function ctimeAboveStamp(lines, i) {
  const headStart = lines.starts[i - 1];
  const head = searchStamp(lines.text, headStart, lines.ends[i - 1]);
  if (head?.format !== "ctime") return void 0;
  const headText = lines.text.slice(headStart, Math.min(lines.ends[i - 1], headStart + 512));
  const start = lines.starts[i];
  const stamp = readCtimeFraction(lines.text.slice(start, Math.min(lines.ends[i], start + 16)), headText, { ...head, end: head.end - headStart });
  return stamp === void 0 ? void 0 : { ...stamp, end: start + CTIME_FRACTION.exec(lines.text.slice(start, start + 8))[0].length };
}
var CTIME_FRACTION = /^[.,](\d{1,6})(?=[\s\]]|$)/;
function readCtimeFraction(line, headText, stamp) {
  const m = CTIME_FRACTION.exec(line);
  if (m === null || headText.slice(stamp.end).trim() !== "" || stamp.precisionMs < 1e3) return void 0;
  const digits2 = m[1];
  const addMs = Number(digits2.padEnd(6, "0")) / 1e3;
  return { ...stamp, ms: stamp.ms + addMs, dayMs: stamp.dayMs + addMs, yearMs: stamp.yearMs + addMs, precisionMs: 10 ** (3 - digits2.length) };
}
function isOpenBracketStamp(headText, stamp) {
  let open = 0;
  while (headText.charCodeAt(open) === 32 || headText.charCodeAt(open) === 9) open++;
  return headText.charCodeAt(open) === 91 && headText.indexOf("]", open) < 0 && headText.slice(stamp.end).trim() === "";
}
var PREFIX_END = /[:\-|\] ]/;
var GREP_LINE_NUMBER = /^\d+[:-]/;
function sharedPrefixEnds(headText, line) {
  const max = Math.min(headText.length, line.length, 256);
  let common = 0;
  while (common < max && headText.charCodeAt(common) === line.charCodeAt(common)) common++;
  const h = headText.charCodeAt(common), l = line.charCodeAt(common);
  let end = (h === 45 || h === 58) && (l === 45 || l === 58) ? common + 1 : common;
  while (end > 0 && !PREFIX_END.test(headText[end - 1])) end--;
  if (end === 0) return void 0;
  const headNumber = GREP_LINE_NUMBER.exec(headText.slice(end, end + 12));
  const lineNumber = GREP_LINE_NUMBER.exec(line.slice(end, end + 12));
  return headNumber && lineNumber ? { head: end + headNumber[0].length, line: end + lineNumber[0].length } : { head: end, line: end };
}
function neighbourStamp(lines, table, i) {
  const text = lines.text;
  const printed = findDateOutputStamp(lines, table, i);
  if (printed !== void 0 || table.kinds[i] === LINE_COMMAND) return printed;
  if (i === 0) return void 0;
  const start = lines.starts[i];
  if (table.stampAt[i - 1] < 0) return CTIME_FRACTION.test(text.slice(start, start + 8)) ? ctimeAboveStamp(lines, i) : void 0;
  const headStart = lines.starts[i - 1];
  const headText = text.slice(headStart, Math.min(lines.ends[i - 1], headStart + 512));
  const head = parseTimestampAt(headText, table.stampAt[i - 1] - headStart, headText.length);
  return continueRecordStamp(text.slice(start, Math.min(lines.ends[i], start + 272)), { text: headText, stamp: head });
}

// src/log-events/signal-listings.ts
var LISTING = String.raw`(?:[\w.~-]*\/)*(?:kill|killall)\s+(?:-[lL]|--list|--table|--help|-V|--version)(?![\w-])[^;&|)\n]*|` + String.raw`(?:man|help|type|which|whatis|whereis|info|tldr|apropos|command\s+-[vV])(?:\s+-{1,2}[\w-]+)*(?:\s+\d)?\s+(?:[\w.~-]*\/)*(?:kill|killall|pkill)(?![\w-])[^;&|)\n]*`;
var LISTING_COMMAND_PATTERN = new RegExp(String.raw`(?:^|(?<=[\s;&|(>\`]))(?:${LISTING})`, "g");
var SIGNAL_CELL = String.raw`(?:\d{1,2}\)?\s+)?(?:SIG)?${SIGNAL_NAMES_WITH_REALTIME}`;
var SIGNAL_TABLE_ROW = new RegExp(String.raw`^\s*${SIGNAL_CELL}(?:\s+${SIGNAL_CELL})+\s*$`);
var LISTING_OUTPUT_ROWS = 200;
function blankSignalListings(text) {
  return text.replace(LISTING_COMMAND_PATTERN, " ");
}
function isSignalTableRow(text) {
  return SIGNAL_TABLE_ROW.test(text);
}
function isSignalListingOutput(lines, kinds, line) {
  const command = findLastCommand(kinds, line, LISTING_OUTPUT_ROWS);
  if (command < 0 || kinds[command] !== LINE_COMMAND) return false;
  const text = lineText(lines, command, 4096);
  const blanked = blankSignalListings(text);
  return blanked !== text && !KILL_COMMAND_WORDS.test(blanked);
}

// src/log-events/drop-capture-groups.ts
var BACKREFERENCE = /\\[1-9]|\\k</;
function dropCaptureGroups(source) {
  if (BACKREFERENCE.test(source)) return source;
  return rewriteOutsideClasses(source, nonCapturing) ?? source;
}
function nonCapturing(source, i) {
  if (source.charCodeAt(i) !== 40) return void 0;
  if (source[i + 1] !== "?") return { text: "(?:", length: 1 };
  if (source[i + 2] !== "<" || source[i + 3] === "=" || source[i + 3] === "!") return void 0;
  const close = source.indexOf(">", i + 3);
  return close < 0 ? null : { text: "(?:", length: close + 1 - i };
}

// src/log-events/classify-line.ts
var UNION_CACHE_SIZE = 256;
var unionCache = /* @__PURE__ */ new Map();
function buildUnion(patterns, may) {
  const sources = [];
  const lesson = [[EVENT_PATTERN_BIT.kill, patterns.kill], [EVENT_PATTERN_BIT.heartbeat, patterns.heartbeat], [EVENT_PATTERN_BIT.connection, patterns.connection]];
  for (const [bit, test] of lesson) {
    if ((may & bit) === 0) continue;
    if (test.engine !== "v8" || test.source === void 0 || /\\[1-9]|\(\?<(?![=!])/.test(test.source)) return null;
    sources.push(dropCaptureGroups(test.source));
  }
  for (const [bit, regex] of BUILT_IN_EVENT_PATTERNS) if ((may & bit) !== 0) sources.push(regex.source);
  if (sources.length < 2) return null;
  const key = sources.join("\n");
  let union = unionCache.get(key);
  if (!union) {
    union = new RegExp(sources.map((source) => `(?:${source})`).join("|"), "i");
    if (unionCache.size >= UNION_CACHE_SIZE) unionCache.clear();
    unionCache.set(key, union);
  }
  return union;
}
var unionsByPatterns = /* @__PURE__ */ new WeakMap();
var UNION_AFTER_LINES = 64;
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
  const last = lastAnyMatch;
  if (last !== void 0 && last.patterns.kill === patterns.kill && last.patterns.heartbeat === patterns.heartbeat && last.patterns.connection === patterns.connection) return last.test;
  const perMask = unionsFor(patterns);
  const test = (text, mask) => {
    const may = mask & EVENT_BITS & ~EVENT_PATTERN_BIT.commandKill;
    if ((may & may - 1) === 0) return may !== 0;
    let entry = perMask.get(may);
    if (entry === void 0) perMask.set(may, entry = { lines: 0, union: null });
    if (entry.lines < UNION_AFTER_LINES) {
      if (++entry.lines === UNION_AFTER_LINES) entry.union = buildUnion(patterns, may);
      return true;
    }
    return entry.union === null || entry.union.test(text);
  };
  lastAnyMatch = { patterns, test };
  return test;
}
var lastAnyMatch;
function isOnlyAwaitedTimeout(text, heartbeat, may) {
  const rest = blankUnfiredTimers(text, may);
  return rest !== text && !heartbeat.test(rest);
}
var RELAYED = /(?:<-|<=|\bfrom)\s?(?:peer\s)?([\w.:@-]{1,40})\s?:?\s?(?:\{[^}\n]{0,300}\}|'[^'\n]{0,300}'|"[^"\n]{0,300}")|\b([\w.:@-]{1,40}) (?:says|said|reports|reported|writes|wrote)\s?:[^\n]*/g;
var SENT_PAYLOAD = /(?:<-|<=|\bfrom\b)[^\n]{0,48}?[{'"]/;
var SAID = /\b(?:says|said|reports|reported|writes|wrote)\s?:/;
var holdsQuoteOrBrace = (text) => text.includes('"') || text.includes("'") || text.includes("{");
function isOthersDetection(text, pattern, may, ownNode) {
  const rest = blankRelayedWords((may & EVENT_PATTERN_BIT.vote) !== 0 ? blankCandidatesTimers(text) : text, ownNode, may);
  return rest !== text && !pattern.test(rest);
}
function blankRelayedWords(text, ownNode, may) {
  if (!(holdsQuoteOrBrace(text) && SENT_PAYLOAD.test(text)) && !((may & EVENT_PATTERN_BIT.saidWords) !== 0 && SAID.test(text))) return text;
  const own = ownNode === void 0 ? void 0 : normalizeNodeToken(ownNode);
  return text.replace(RELAYED, (match, sender, speaker) => {
    const node = normalizeNodeToken(sender ?? speaker);
    if (node === void 0 || node === own) return match;
    return sender !== void 0 ? match.slice(0, match.indexOf(sender) + sender.length) : " ";
  });
}
var TERM_KEY = `term\\b["']?\\s?[=:]?\\s?["']?`;
var TERM = new RegExp(`\\b(?:${TERM_KEY}(\\d{1,9})\\b|t=(\\d{1,9})(?![\\w.]))`, "i");
var TERM_KEY_BEFORE = new RegExp(`\\b(?:${TERM_KEY}|t=)$`, "i");
var TERMS = new RegExp(TERM.source, "gi");
var ENTRY_TERM_BEFORE = /(?:\b(?:last|log|prev(?:ious)?|entry|entries|snapshot)\b["']?[ _-]?[:=(]?\s?|(?<!(?:commit(?:ted)?|appl(?:y|ied))[ _-]?)\b(?:index|idx)\b["']?\s?[=:]?\s?["']?\d{1,12}["']?[,;]?\s?)$/i;
function isTermNumberAt(text, index) {
  return TERM_KEY_BEFORE.test(text.slice(Math.max(0, index - 16), index));
}
var SUBJECT_VERB_AT = new RegExp(`(?:${SUBJECT_VERB_WORDS}|\\[)`, "y");
var SUBJECT_BOUNDARY = /[\s|:"]/;
var isHexDigit = (c) => c >= 48 && c <= 57 || c >= 97 && c <= 102;
function findSubjectId(text) {
  const length = text.length;
  let start = 0;
  while (start + 8 <= length) {
    const probe = start + 7;
    let first = probe + 1;
    while (first > start && isHexDigit(text.charCodeAt(first - 1))) first--;
    if (first > start) {
      start = first;
      continue;
    }
    let end = probe + 1;
    while (end < length && isHexDigit(text.charCodeAt(end))) end++;
    if (end - start <= 16 && text.charCodeAt(end) === 32 && (start === 0 || SUBJECT_BOUNDARY.test(text.charAt(start - 1)))) {
      SUBJECT_VERB_AT.lastIndex = end + 1;
      if (SUBJECT_VERB_AT.test(text)) return text.slice(start, end);
    }
    start = end + 1;
  }
  return void 0;
}
var LEADER_WORD = /\bleader(?:[-_ ]?id\b|\b|(?=_elected\b))/gi;
var KILL_PID = /\bkill\b(?:\s+-(?:s\s+)?\w+)*\s+(\d{1,8})\b|\b(?:taskkill\b[^;&|]*?\/pid|stop-process\b[^;&|]*?-id)\s+(\d{1,8})\b/i;
var NOT_NAMES = /* @__PURE__ */ new Set([
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
var NOT_NAME_MAX_CHARS = Math.max(...[...NOT_NAMES].map((word) => word.length));
var mayBeNotName = (clean) => clean.length <= NOT_NAME_MAX_CHARS && !isAsciiDigit(clean.charCodeAt(clean.length - 1));
var isWrapChar = (c) => c === 34 || c === 39 || c === 91 || c === 40 || c === 60;
var isTrailChar = (c) => c === 34 || c === 39 || c === 93 || c === 41 || c === 62 || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
function isLowerAscii(text) {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90 || c > 127) return false;
  }
  return true;
}
var BRACKETED_ADDRESS = /^["'(]?(\[[0-9a-f]{0,4}:[0-9a-f:]{1,38}\]:\d{2,5})["')>,.;:!?]*$/i;
function normalizeNodeToken(token) {
  if (token.includes("]:")) {
    const v6 = BRACKETED_ADDRESS.exec(token);
    if (v6) return v6[1].toLowerCase();
  }
  const clean = isWrapChar(token.charCodeAt(0)) || isTrailChar(token.charCodeAt(token.length - 1)) ? token.replace(/^["'[(<]+|["'\])>,.;:!?]+$/g, "") : token;
  if (clean.charCodeAt(0) === 45 || clean.charCodeAt(0) === 46 || clean.charCodeAt(0) === 58 && !isPortName(clean)) return void 0;
  const spaced = clean.length >= 6 && clean.length <= 9 ? /^node (\d{1,4})$/i.exec(clean) : null;
  if (spaced) return nodeLabel(Number(spaced[1]));
  const role = readRoleNodeName(clean);
  if (role !== void 0) return role;
  if (clean === "" || clean.length > 64 || mayBeNotName(clean) && NOT_NAMES.has(isLowerAscii(clean) ? clean : clean.toLowerCase())) return void 0;
  const named = readNodeName(clean, 0, clean.length, true);
  if (named && named.end === clean.length) return named.label;
  if (/^\d{1,6}$/.test(clean)) return clean === "0" ? void 0 : nodeLabel(Number(clean));
  if (/^[0-9a-f]{8,16}$/i.test(clean)) return /^0+$/.test(clean) ? void 0 : clean.toLowerCase();
  if (clean.charCodeAt(0) === 48 && (clean.charCodeAt(1) | 32) === 120) return void 0;
  if (!/^[\w.:@/-]+$/.test(clean) || !/[\d.:-]/.test(clean)) return void 0;
  return clean;
}
function leaderNamed(text) {
  LEADER_WORD.lastIndex = 0;
  let address;
  while (LEADER_WORD.test(text)) {
    let after = LEADER_WORD.lastIndex;
    const elected = isGapChar(text.charCodeAt(after)) && (text.charCodeAt(after + 1) | 32) === 101 && matchesAt(LEADER_ELECTED, text, after);
    if (elected) after = LEADER_ELECTED.lastIndex;
    const c = text.charCodeAt(after);
    const key = isAddressKeyStart(c) && matchesAt(LEADER_ADDRESS_KEY, text, after);
    if (key) after = LEADER_ADDRESS_KEY.lastIndex;
    else if (!elected && (isAsciiWordChar(c) || c === 45)) continue;
    else if (!elected && isTermAfterRole(text, after)) continue;
    else if (c === 58 && isFunctionInCodeLocation(text, after)) continue;
    const name = readLeaderValue(text, after);
    if (name === void 0) continue;
    if (!key) return name;
    address ??= name;
  }
  return address;
}
var LEADER_VALUE = new RegExp(
  String.raw`^["']?\s?(?:for term \d{1,12}(?:,? is\s+|\s?[=:]\s?)|is\s+(?:now\s+)?|was\s+|[=:]\s?|changed to\s+|changed:? (?:from )?[\w.:@/-]{1,64} (?:->|to) |now\s+)?(?:["'(]|Some\(|\[(?![0-9a-f:]{2,39}\]:\d)|\{(?:'[^'{}]{1,64}'|[\w.%-]{1,64}),\s?'?)?((?:node|n) \d{1,4}\b|${ROLE_NODE_NAME_SOURCE}|\[[0-9a-f:]{2,39}\]:\d{2,5}|[\w.:@/-]{1,64})(=?)`,
  "i"
);
function readLeaderValueByPattern(text, after) {
  const rest = LEADER_VALUE.exec(text.slice(after, after + 80));
  return rest && rest[2] === "" ? normalizeNodeToken(rest[1]) : void 0;
}
var VALUE_PREFIX_WORDS = /* @__PURE__ */ new Set(["for", "is", "was", "changed", "now", "node"]);
var NO_VALUE_WORDS_BY_LENGTH = (() => {
  const byLength = [];
  for (const word of NOT_NAMES) if (!VALUE_PREFIX_WORDS.has(word)) (byLength[word.length] ??= []).push(word);
  return byLength;
})();
function isNoValueWordAt(text, start, end) {
  const words = NO_VALUE_WORDS_BY_LENGTH[end - start];
  if (words === void 0) return false;
  next: for (const word of words) {
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) continue next;
    }
    return true;
  }
  return false;
}
var isValueNameChar = (c) => isAsciiWordChar(c) || c === 46 || c === 58 || c === 64 || c === 47 || c === 45;
function readLeaderValue(text, after) {
  if (text.charCodeAt(after) === 32) {
    const start = after + 1;
    let end = start;
    while (end - start < 65 && isValueNameChar(text.charCodeAt(end))) end++;
    const length = end - start;
    if (length > 0 && length <= 64 && text.charCodeAt(end) !== 61) {
      const named = readNodeName(text, start, end, true);
      if (named !== void 0 && named.end === end) return named.label;
      if (length <= NOT_NAME_MAX_CHARS && !isAsciiDigit(text.charCodeAt(end - 1)) && isNoValueWordAt(text, start, end)) return void 0;
    }
  }
  return readLeaderValueByPattern(text, after);
}
function isTermAfterRole(text, at) {
  let k = at;
  while (k < at + 8 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const c = text.charCodeAt(k);
  return (c === 40 || c === 123 || c === 91 || (c | 32) === 116) && matchesAt(TERM_AFTER_ROLE, text, at);
}
var LEADER_ELECTED = /[-_ ]elected\b[:=]?\s?/iy;
var LEADER_ADDRESS_KEY = /[-_.]?addr(?:ess)?(?=["']?\s?[=:])/iy;
function isKillOnlyInThreadName(text, patterns) {
  const without = text.replace(SIGNAL_THREAD_PATTERN, " ");
  return without !== text && !patterns.kill.test(without);
}
function isFunctionInCodeLocation(text, end) {
  let start = end;
  while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
  if (start < 2 || text.charCodeAt(start - 1) !== 58 || !isAsciiWordChar(text.charCodeAt(start - 2))) return false;
  let digits2 = end + 1;
  while (digits2 < text.length && isAsciiDigit(text.charCodeAt(digits2))) digits2++;
  return digits2 > end + 1 && (digits2 === text.length || !isAsciiWordChar(text.charCodeAt(digits2)));
}
var isGapChar = (c) => c === 45 || c === 95 || c === 32;
var isAddressKeyStart = (c) => c === 45 || c === 95 || c === 46 || c === 97 || c === 65;
function matchesAt(regex, text, at) {
  regex.lastIndex = at;
  return regex.test(text);
}
function bareMeaning(kind) {
  return { kind, leader: void 0, peer: void 0, term: void 0, subject: void 0, target: void 0, pid: void 0, signal: void 0, notKill: void 0, silentMs: void 0, startsElection: void 0, role: void 0, bySender: void 0, heardFrom: void 0, words: void 0 };
}
var NOTHING = bareMeaning("other");
function meaningOf(text, kind, may = ALL_EVENT_PATTERNS) {
  const meaning = bareMeaning(kind);
  if (kind !== "other" && kind !== "startup") {
    const term = readOwnTerm(text);
    if (term !== void 0) meaning.term = term;
    const subject = (may & EVENT_PATTERN_BIT.subjectWords) !== 0 ? findSubjectId(text) : void 0;
    if (subject !== void 0 && /\d/.test(subject)) meaning.subject = subject;
  }
  return meaning;
}
function readOwnTerm(text) {
  const first = TERM.exec(text);
  if (first === null) return void 0;
  if (!ENTRY_TERM_BEFORE.test(text.slice(Math.max(0, first.index - 24), first.index))) return Number(first[1] ?? first[2]);
  TERMS.lastIndex = first.index + first[0].length;
  for (let m = TERMS.exec(text); m !== null; m = TERMS.exec(text)) {
    if (!ENTRY_TERM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return Number(m[1] ?? m[2]);
  }
  return void 0;
}
var CONNECTION_PEER = /\b(?:peer|to|with|from)\s?[=:]?\s?["'([]?((?:node|n) \d{1,4}\b|[\w.:@-]{1,64})/gi;
function connectionPeer(text) {
  CONNECTION_PEER.lastIndex = 0;
  for (let m = CONNECTION_PEER.exec(text); m !== null; m = CONNECTION_PEER.exec(text)) {
    const name = normalizeNodeToken(m[1]);
    if (name !== void 0) return name;
    CONNECTION_PEER.lastIndex = m.index + m[0].length - m[1].length;
  }
  return void 0;
}
function detectionMeaning(text, heartbeat, may, ownNode) {
  const meaning = meaningOf(text, heartbeat ? "heartbeat-timeout" : "connection-lost", may);
  const leader = leaderNamed(text);
  if (leader !== void 0) meaning.leader = leader;
  if (!heartbeat) {
    if (leader === void 0) meaning.peer = connectionPeer(blankOwnPeerName(text, ownNode));
    return meaning;
  }
  const silent = SILENT_FOR_PATTERN.exec(text);
  if (silent) meaning.silentMs = Number(silent[1]);
  if ((may & EVENT_PATTERN_BIT.election) !== 0 && ELECTION_STARTED_PATTERN.test(text)) meaning.startsElection = true;
  return meaning;
}
var ROLE_WORD = /\b(?:leader|follower|candidate)\b|(?<=[\s|[])[LF](?=[\s|\]])/gi;
var ROLE_GATE = /[Ll]eader|LEADER|[Ff]ollower|FOLLOWER|[Cc]andidate|CANDIDATE|[\s|[][LF][\s|\]]/;
var TERM_AFTER_ROLE = /[ \t]{0,8}(?:[({[]\s?(?:t|term)\s?[=:]?\s?\d{1,9}\b[^)}\]]{0,40}[)}\]]|(?:t|term)\s?[=:]?\s?\d{1,9}\b)/iy;
var TERM_BEFORE_ROLE = /\bterm\s?[=:]?\s?\d{1,9}[\]),:]?\s$/i;
var ROLE_KEY_BEFORE = /\b(?:role|state)["']?\s?[=:]\s?["']?$/i;
var ROLE_KEY_VALUE = /\b(?:role|state|raft_?state|server_?state)["']?\s?[=:]\s?["']?(?:State_?|StateRole::|ServerState::)?(?:pre_?)?(leader|follower|candidate)\b/gi;
var PEER_BEFORE_KEY = /\b(?:peer|remote|progress|to)\b[\s\w=:"',([-]{0,24}$/i;
var SENDER_FIELDS_BEFORE_KEY = /\b(?:from|sender|src|source|peer|remote)(?:["']?\s?[=:]\s?|( ))(?:"([^"]*)"|'([^']*)'|([^\s,;"'(){}[\]]+))(?:[\s,;]{1,3}["']?[\w.-]{1,40}["']?\s?[=:]\s?(?:"[^"]*"|'[^']*'|[^\s,;"'(){}[\]]+))*[\s,;]{1,3}["']?$/i;
var SENDER_BEFORE_GROUP = /\b(?:from|sender|src|source|peer|remote)\s?[=:]?\s?["']?([\w.:@/[\]-]{1,64}?)["']?:?\s?$/i;
var WRITER_KEY = /\b(?:node|self|me|my|local|server|host|replica|member)(?:[_.-]?(?:id|name))?["']?\s?[=:]/i;
var GROUP_PATH_BEFORE = /(?:[A-Za-z_$][\w$]*[.-])+$/;
var CONTAINER_NAME_BEFORE = /(?:([A-Za-z_$][\w$.-]*)["']?\s?[:=]\s?|([A-Za-z_$][\w$]*))$/;
var OWN_GROUP_WORDS = /* @__PURE__ */ new Set([
  ...["self", "node", "local", "me", "my", "this", "own", "raft", "server", "status", "state", "current", "cur", "info", "kv", "app"],
  ...["fields", "attrs", "attributes", "labels", "properties", "context", "ctx", "extra", "meta", "metadata", "span", "tags", "details"]
]);
function isOtherNodesKey(text, keyStart, ownNode) {
  const peer = PEER_BEFORE_KEY.exec(text.slice(Math.max(0, keyStart - 48), keyStart));
  if (peer && !WRITER_KEY.test(peer[0])) return true;
  const sender = SENDER_FIELDS_BEFORE_KEY.exec(text.slice(Math.max(0, keyStart - 256), keyStart));
  if (sender && !WRITER_KEY.test(sender[0]) && (sender[1] === void 0 || isSenderToken(sender[2] ?? sender[3] ?? sender[4]))) return true;
  const path = GROUP_PATH_BEFORE.exec(text.slice(Math.max(0, keyStart - 64), keyStart));
  if (path && !isOwnGroup(path[0].slice(0, -1), ownNode)) return true;
  let depth = 0;
  for (let i = keyStart - 1; i >= 0 && i >= keyStart - 512; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 || c === 93 || c === 41) depth++;
    else if (c === 123 || c === 91 || c === 40) {
      if (depth > 0) {
        depth--;
        continue;
      }
      const named = CONTAINER_NAME_BEFORE.exec(text.slice(Math.max(0, i - 64), i));
      const name = named ? named[1] ?? named[2] : void 0;
      if (name !== void 0 ? !isOwnGroup(name, ownNode) : isSenderGroup(text, i)) return true;
    }
  }
  return false;
}
function isSenderGroup(text, open) {
  const sender = SENDER_BEFORE_GROUP.exec(text.slice(Math.max(0, open - 80), open));
  return sender !== null && isSenderToken(sender[1]);
}
function isSenderToken(word) {
  return word !== void 0 && (normalizeNodeToken(word) !== void 0 || /^(?:leader|follower|candidate)$/i.test(word));
}
function isOwnGroup(name, ownNode) {
  const own = ownNode === void 0 ? void 0 : normalizeNodeToken(ownNode);
  for (const part of name.split(/[.-]/)) {
    if (part === "") continue;
    const node = normalizeNodeToken(part);
    if (node !== void 0) {
      if (node !== own) return false;
      continue;
    }
    for (const word of part.replace(/([a-z\d])([A-Z])/g, "$1_$2").split("_")) {
      if (word !== "" && !OWN_GROUP_WORDS.has(word.toLowerCase())) return false;
    }
  }
  return true;
}
var COLUMN_END = /^[\s:|\]-]*/;
var NO_ONE_WORDS = /* @__PURE__ */ new Set(["none", "unknown", "nil", "null", "", "n/a", "no", "not"]);
var LEADER_NOUN_WORDS = /* @__PURE__ */ new Set(["election", "elected", "elect", "lease", "changed", "change", "lost", "unknown", "down", "gone", "is", "was", "not", "none", "unreachable", "transfer", "id", "address", "hint", "heartbeat", "heartbeats", "timeout", "timed", "of", "from", "to"]);
function isRoleColumn(text, start, end, ownNode, noSubject = false) {
  const before = text.slice(Math.max(0, start - 24), start);
  const key = ROLE_KEY_BEFORE.exec(before);
  if (key) return !isOtherNodesKey(text, start - before.length + key.index, ownNode);
  const c = text.charCodeAt(end);
  if (c === 61 || c === 34 || c === 39 || c === 45 || c === 95) return false;
  const letter = end - start === 1;
  const first = text.charCodeAt(start);
  if (letter && (first < 65 || first > 90)) return false;
  const termAfter = isTermAfterRole(text, end);
  const after = termAfter ? TERM_AFTER_ROLE.lastIndex : end;
  const boxed = c === 93 || c === 124;
  if (letter) {
    if (!(termAfter || boxed) || !isWriterNameBefore(before, ownNode)) return false;
  } else if (!(noSubject && (termAfter || c === 58)) && !TERM_BEFORE_ROLE.test(before) && !isWriterNameBefore(before, ownNode)) {
    const padded = c === 9 || c === 32 && text.charCodeAt(end + 1) === 32 || end === text.length;
    if (!(termAfter || boxed || c === 58 || padded) || !isHeadOnlyBefore(text, start)) return false;
  }
  const rest = text.slice(after, after + 80);
  const value = rest.slice(COLUMN_END.exec(rest)[0].length);
  const next = value.split(/\s/, 1)[0];
  if (next === "") return true;
  if (!noSubject && !letter && !termAfter && (!isLetterCode(next.charCodeAt(0)) || /^[\w-]+[=:]/.test(next) && !/^(?:t|term)[=:]/i.test(next))) return false;
  if (!noSubject && !letter && !termAfter && c === 32 && text.charCodeAt(end + 1) !== 32 && first <= 90 && text.charCodeAt(start + 1) >= 97) return false;
  if (!letter && !termAfter && !boxed && (first | 32) === 108) {
    const word = next.replace(/[^\w]+$/, "").toLowerCase();
    if ((c === 58 ? NO_ONE_WORDS : LEADER_NOUN_WORDS).has(word)) return false;
  }
  return normalizeNodeToken(next) === void 0 && !ROLE_NODE_NAME_AT.test(value);
}
var ROLE_NODE_NAME_AT = new RegExp(`^${ROLE_NODE_NAME_SOURCE}`, "i");
var isLetterCode = (c) => (c | 32) >= 97 && (c | 32) <= 122;
var HEAD_ONLY = /^[\s\d:.,TZ+\/()[\]|-]*(?:(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|[DIWE])[\]:|]?\s+)?$/i;
function isHeadOnlyBefore(text, start) {
  return start <= 48 && HEAD_ONLY.test(text.slice(0, start));
}
function isWriterNameBefore(before, ownNode) {
  const trimmed = before.replace(/[\s:|[]+$/, "");
  if (trimmed.length === before.length) return false;
  const name = normalizeNodeToken(trimmed.slice(trimmed.search(/[^\s",|]+$/)));
  return name !== void 0 && (ownNode === void 0 || name === ownNode || name === normalizeNodeToken(ownNode));
}
function blankRoleColumns(text, ownNode) {
  let said = blankOwnPeerName(text.replace(LEADER_KEY_FIELD, (field) => "_".repeat(field.length)), ownNode);
  ROLE_WORD.lastIndex = 0;
  for (let m = ROLE_WORD.exec(text); m !== null; m = ROLE_WORD.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].length > 1 && isRoleColumn(text, m.index, end, ownNode, true)) said = said.slice(0, m.index) + "_".repeat(m[0].length) + said.slice(end);
  }
  return said;
}
function blankOwnPeerName(text, ownNode) {
  if (ownNode === void 0 || !/\bpeer\b/i.test(text)) return text;
  const own = normalizeNodeToken(ownNode) ?? ownNode;
  return text.replace(OWN_PEER_NAME, (name, number) => nodeLabel(Number(number)) === own ? "_".repeat(name.length) : name);
}
var OWN_PEER_NAME = /\bpeer[ _-]?(\d{1,4})\b/gi;
var LEADER_KEY_FIELD = /\bleader(?:[-_]?id)?(?:=|["']\s?:\s?)["']?[\w.:@/-]{1,64}["']?/gi;
function readOwnRole(text, ownNode) {
  if (!ROLE_GATE.test(text)) return void 0;
  ROLE_KEY_VALUE.lastIndex = 0;
  for (let m = ROLE_KEY_VALUE.exec(text); m !== null; m = ROLE_KEY_VALUE.exec(text)) {
    if (!isOtherNodesKey(text, m.index, ownNode)) return roleOf(m[1]);
  }
  ROLE_WORD.lastIndex = 0;
  for (let m = ROLE_WORD.exec(text); m !== null; m = ROLE_WORD.exec(text)) {
    if (isRoleColumn(text, m.index, m.index + m[0].length, ownNode)) return roleOf(m[0]);
  }
  return void 0;
}
var NOT_A_CLAIM = /\bno leader\b|\bnot (?:the )?leader\b|\bstep(?:ped|s|ping)? down\b|\bRAFT \[[\w-]{1,64} - (?!_meta_\])[\w-]{1,64}\]/i;
var SETTLED_HEARS_LOOKING = /\bmy state:\s?(?:LEADING|FOLLOWING|OBSERVING); [^\n]{0,40}\bn\.state:\s?LOOKING\b/;
var LEADER_FOR_TERM_IS = /\bleader for term \d{1,12}(?:,? is |\s?[=:])/i;
var LEADER_TO_OTHER = /\bleader"? ?(?:->|=>|→) ?"?(?:(?:state|role)"? ?[=:] ?"?)?(?:follower|candidate)\b/i;
function isClaimWithoutOtherNodesRoles(text, ownNode) {
  let own = text;
  ROLE_KEY_VALUE.lastIndex = 0;
  for (let m = ROLE_KEY_VALUE.exec(text); m !== null; m = ROLE_KEY_VALUE.exec(text)) {
    if (isOtherNodesKey(text, m.index, ownNode)) own = own.slice(0, m.index) + "_".repeat(m[0].length) + own.slice(m.index + m[0].length);
  }
  return own === text || BECAME_LEADER_PATTERN.test(own);
}
function roleOf(word) {
  const c = word.charCodeAt(0) | 32;
  return c === 108 ? "leader" : c === 102 ? "follower" : "candidate";
}
function leaderNamedBefore(text) {
  if (!text.includes("leader") && !text.includes("Leader") && !text.includes("LEADER")) return void 0;
  const m = NAMED_LEADER_PATTERN.exec(text);
  if (!m || /^["']?\s?=/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return void 0;
  return normalizeNodeToken(m[1]);
}
function nodeInComment(text) {
  let hash = text.indexOf(" #");
  while (hash >= 0 && isAsciiDigit(text.charCodeAt(hash + 2))) hash = text.indexOf(" #", hash + 2);
  if (hash < 0) return void 0;
  const m = /^#\s*([\w.:@/-]{1,64})/.exec(text.slice(hash + 1, hash + 80));
  return m ? normalizeNodeToken(m[1]) : void 0;
}
function stoppedNode(text) {
  const name = findStoppedName(text);
  return name === void 0 ? findKilledPort(text) : normalizeNodeToken(name);
}
function readUnitStop(text, patterns, may) {
  const m = UNIT_STOP_PATTERN.exec(text);
  if (m === null || !UNIT_STOPPING_PATTERN.test(text) && ((may & EVENT_PATTERN_BIT.kill) === 0 || !patterns.kill.test(text))) return void 0;
  const unit = findUnitNode(m[1] ?? m[2]);
  const target2 = unit === void 0 ? void 0 : normalizeNodeToken(unit);
  if (target2 === void 0) return void 0;
  const meaning = bareMeaning("kill");
  meaning.target = target2;
  const signal = readKillSignal(text, may);
  if (signal !== void 0) meaning.signal = signal;
  return meaning;
}
var QUANTITY = /^\d+(?:\.\d+[a-zµ]*|[a-zµ]+)$/i;
function readKillingLeader(text, may, ownNode) {
  const m = KILLING_LEADER_PATTERN.exec(text);
  const target2 = m === null || QUANTITY.test(m[1]) ? void 0 : normalizeNodeToken(m[1]);
  const at = target2 === void 0 ? KILLING_LEADER_AT_PATTERN.exec(text) : null;
  if (target2 === void 0 && at === null) return void 0;
  const said = target2 !== void 0 ? m : at;
  const meaning = meaningOf(text, "kill", may);
  if (ownNode === void 0 && target2 !== void 0) meaning.target = target2;
  if (at?.[1] !== void 0) meaning.pid = Number(at[1]);
  meaning.words = { index: said.index + said[0].indexOf("killing"), text: said[0].slice(said[0].indexOf("killing")) };
  const signal = readKillSignal(text, may);
  if (signal !== void 0) meaning.signal = signal;
  return meaning;
}
function isKillCommand(text, patterns, may) {
  return (may & EVENT_PATTERN_BIT.commandKill) !== 0 && COMMAND_KILL_PATTERN.test(text) || (may & EVENT_PATTERN_BIT.kill) !== 0 && patterns.kill.test(text);
}
function pausedOrNothing(text, ownNode, patterns, may) {
  if (!PAUSE_COMMAND_PATTERN.test(text) && !JOB_STOPPED_PATTERN.test(text)) return NOTHING;
  const fault = countsPauseAsKill(patterns);
  const meaning = bareMeaning(fault ? "kill" : "other");
  if (fault) {
    const signal = readKillSignal(text, may);
    meaning.signal = signal !== void 0 && PAUSE_SIGNALS.has(signal) ? signal : "STOP";
  } else meaning.notKill = "paused";
  const named = ownNode === void 0 ? findMentionedNodes(text) : [];
  if (named.length === 1) meaning.target = named[0];
  const pid = KILL_PID.exec(text);
  if (pid) meaning.pid = Number(pid[1] ?? pid[2]);
  return meaning;
}
var PAUSE_FAULT_WORDS = ["SIGSTOP", "paused", "frozen"];
var pauseFaults = /* @__PURE__ */ new WeakMap();
function countsPauseAsKill(patterns) {
  let counts = pauseFaults.get(patterns.kill);
  if (counts === void 0) {
    counts = PAUSE_FAULT_WORDS.some((words) => patterns.kill.test(words));
    pauseFaults.set(patterns.kill, counts);
  }
  return counts;
}
function withoutNoEndSignals(text, may) {
  return (may & EVENT_PATTERN_BIT.killCommandWords) !== 0 && KILL_COMMAND_WORDS.test(text) ? blankSignalListings(text.replace(NO_END_SIGNAL_COMMAND_PATTERN, " ")) : text;
}
function isVoteOnlyMiss(text, may) {
  return (may & EVENT_BITS) === EVENT_PATTERN_BIT.vote && (isOnlyVoteKey(text) || !VOTE_PATTERN.test(text));
}
var isWordCode = (c) => c >= 48 && c <= 57 || (c | 32) >= 97 && (c | 32) <= 122 || c === 95;
function isOnlyVoteKey(text) {
  const at = text.indexOf("vote");
  if (at < 0 || at > 0 && isWordCode(text.charCodeAt(at - 1))) return false;
  const after = text.charCodeAt(at + 4);
  if (after !== 61 && after !== 58) return false;
  for (const v of ["v", "V"]) {
    for (let j = text.indexOf(v); j >= 0; j = text.indexOf(v, j + 1)) {
      if (j !== at && (text.charCodeAt(j + 1) | 32) === 111 && (text.charCodeAt(j + 2) | 32) === 116) return false;
    }
  }
  return true;
}
function classifyLine(text, patterns, ownNode, isCommand, may, anyMatch) {
  const meaning = classifyKind(text, patterns, ownNode, isCommand, may, anyMatch);
  if (isCommand || meaning.kind !== "kill" && (meaning.kind !== "other" || meaning.notKill !== void 0 || (may & EVENT_PATTERN_BIT.role) === 0 || !ROLE_WORDS_PATTERN.test(text))) return meaning;
  const role = readOwnRole(text, ownNode);
  return role === void 0 ? meaning : withRole(meaning, role, text, ownNode, may);
}
function withRole(meaning, role, text, ownNode, may) {
  if (meaning.kind === "other" && meaning.notKill === void 0) {
    const said = role === "leader" ? meaningOf(text, "became-leader", may) : bareMeaning("other");
    if (role === "leader" && ownNode !== void 0) said.leader = ownNode;
    said.role = role;
    return said;
  }
  return { ...meaning, role };
}
var UNKNOWN_WORDS = { index: -1, text: "" };
function matchOf(pattern, text) {
  if (pattern.exec === void 0) return pattern.test(text) ? UNKNOWN_WORDS : void 0;
  const m = pattern.exec(text);
  if (m == null) return void 0;
  return Array.isArray(m) ? { index: m.index, text: m[0] } : m;
}
var knownWords = (match) => match === UNKNOWN_WORDS ? void 0 : match;
function classifyKind(text, patterns, ownNode, isCommand, may, anyMatch) {
  if (isCommand) {
    if (!isKillCommand(text, patterns, may)) return pausedOrNothing(text, void 0, patterns, may);
    text = readSmartPunctuation(text);
    const ending = withoutNoEndSignals(text, may);
    if (ending !== text) {
      if (!isKillCommand(ending, patterns, may)) return pausedOrNothing(text, void 0, patterns, may);
      text = ending;
    }
    const named = findMentionedNodes(text);
    const pid = KILL_PID.exec(text);
    const meaning = bareMeaning("kill");
    const target2 = named.length === 1 ? named[0] : named.length === 0 ? leaderNamedBefore(text) ?? nodeInComment(text) ?? stoppedNode(text) : void 0;
    if (target2 !== void 0) meaning.target = target2;
    if (pid) meaning.pid = Number(pid[1] ?? pid[2]);
    const signal = readKillSignal(text, may);
    if (signal !== void 0) meaning.signal = signal;
    return meaning;
  }
  if (anyMatch !== void 0 && !anyMatch(text, may)) return NOTHING;
  if ((may & EVENT_PATTERN_BIT.unitStop) !== 0) {
    const stop = readUnitStop(text, patterns, may);
    if (stop !== void 0) return stop;
  }
  const written = text;
  const heartbeatMatch = (may & EVENT_PATTERN_BIT.heartbeat) !== 0 ? matchOf(patterns.heartbeat, text) : void 0;
  const heartbeat = heartbeatMatch !== void 0 && !isNoDetection(text, may) && !isOnlyAwaitedTimeout(text, patterns.heartbeat, may) && !isOthersDetection(text, patterns.heartbeat, may, ownNode);
  const connectionMatch = !heartbeat && (may & EVENT_PATTERN_BIT.connection) !== 0 ? matchOf(patterns.connection, text) : void 0;
  const connection = connectionMatch !== void 0 && !isNoDetection(text, may) && !isOthersDetection(text, patterns.connection, may, ownNode);
  const killMatch = (may & EVENT_PATTERN_BIT.kill) !== 0 ? matchOf(patterns.kill, text) : void 0;
  if (killMatch === void 0 && !heartbeat && !connection && (may & EVENT_PATTERN_BIT.commandKill) !== 0 && (ownNode === void 0 || normalizeNodeToken(ownNode) === void 0)) {
    const announced = readKillingLeader(text, may, ownNode);
    if (announced !== void 0) return announced;
  }
  if (killMatch !== void 0) {
    let notKill;
    if (heartbeat || connection) notKill = "detection";
    else if ((may & EVENT_PATTERN_BIT.notKillWords) !== 0 && NOT_A_KILL_PATTERN.test(text)) {
      const said = blankRoleColumns(text, ownNode);
      if (said === text || NOT_A_KILL_PATTERN.test(said)) notKill = /\b(?:peer|leader|member|remote)\b/i.test(said) ? "peer" : "component";
    }
    if (notKill === void 0 && (may & EVENT_PATTERN_BIT.killFailedWords) !== 0 && KILL_FAILED_PATTERN.test(text)) return NOTHING;
    if (notKill === void 0 && isSignalTableRow(text)) return NOTHING;
    if (notKill === void 0 && (may & EVENT_PATTERN_BIT.signalThreadWords) !== 0 && isKillOnlyInThreadName(text, patterns)) return NOTHING;
    if (notKill === void 0) {
      if (ownNode === void 0) text = readSmartPunctuation(text);
      const ending = withoutNoEndSignals(text, may);
      if (ending !== text && !isKillCommand(ending, patterns, may)) return pausedOrNothing(text, ownNode, patterns, may);
      if (JOB_STOPPED_PATTERN.test(text)) return pausedOrNothing(text, ownNode, patterns, may);
    }
    if (notKill === void 0) {
      const named = ownNode === void 0 ? findMentionedNodes(text) : [];
      const target2 = named.length === 1 ? named[0] : ownNode === void 0 && named.length === 0 ? leaderNamedBefore(text) ?? nodeInComment(text) ?? leaderNamed(text) ?? stoppedNode(text) : void 0;
      const meaning2 = meaningOf(text, "kill", may);
      if (text === written) meaning2.words = knownWords(killMatch);
      if (target2 !== void 0) meaning2.target = target2;
      const signal = readKillSignal(text, may);
      if (signal !== void 0) meaning2.signal = signal;
      return meaning2;
    }
    if (notKill !== "detection") {
      const meaning2 = bareMeaning("other");
      meaning2.notKill = notKill;
      return meaning2;
    }
    const meaning = detectionMeaning(text, heartbeat, may, ownNode);
    meaning.notKill = notKill;
    if (text === written) meaning.words = knownWords(heartbeat ? heartbeatMatch : connectionMatch);
    return meaning;
  }
  if (heartbeat || connection) {
    if ((may & EVENT_PATTERN_BIT.steppedDown) !== 0 && STEPPED_DOWN_PATTERN.test(text)) return meaningOf(text, "stepped-down", may);
    const meaning = detectionMeaning(text, heartbeat, may, ownNode);
    meaning.words = knownWords(heartbeat ? heartbeatMatch : connectionMatch);
    return meaning;
  }
  const namedLeader = (may & EVENT_PATTERN_BIT.namedLeader) !== 0 ? leaderNamedBefore(text) : void 0;
  if (namedLeader !== void 0) {
    const meaning = meaningOf(text, namedLeader === ownNode ? "became-leader" : "follows-leader", may);
    meaning.leader = namedLeader;
    return meaning;
  }
  const claim = (may & EVENT_PATTERN_BIT.became) !== 0 && BECAME_LEADER_PATTERN.test(text);
  if (claim && LEADER_TO_OTHER.test(text)) return meaningOf(text, "stepped-down", may);
  if (claim && LEADER_FOR_TERM_IS.test(text)) {
    const leader = leaderNamed(text);
    if (leader === void 0) return NOTHING;
    const meaning = meaningOf(text, "follows-leader", may);
    meaning.leader = leader;
    return meaning;
  }
  if (claim && !NOT_A_CLAIM.test(text) && isClaimWithoutOtherNodesRoles(text, ownNode)) {
    const meaning = meaningOf(text, "became-leader", may);
    const leader = ownNode ?? meaning.subject;
    if (leader !== void 0) meaning.leader = leader;
    return meaning;
  }
  if ((may & EVENT_PATTERN_BIT.election) !== 0 && ELECTION_STARTED_PATTERN.test(text)) {
    if (!ELECTION_TIMER_FIRED_PATTERN.test(text)) return meaningOf(text, "election-started", may);
    const meaning = meaningOf(text, "heartbeat-timeout", may);
    meaning.startsElection = true;
    return meaning;
  }
  const follows = (may & EVENT_PATTERN_BIT.follows) !== 0 && FOLLOWS_LEADER_PATTERN.test(text) && !SETTLED_HEARS_LOOKING.test(text);
  const heardWords = !follows && (may & EVENT_PATTERN_BIT.heardFrom) !== 0 && HEARD_FROM_LEADER_PATTERN.test(text);
  if (follows || heardWords || (may & EVENT_PATTERN_BIT.heardFrom) !== 0 && (HEARTBEAT_ACKS_PATTERN.test(text) || COMMIT_ACKED_BY_PATTERN.test(text))) {
    const leader = leaderNamed(text);
    if (leader !== void 0) {
      const meaning = meaningOf(text, "follows-leader", may);
      meaning.leader = leader;
      if (heardWords) meaning.heardFrom = true;
      return meaning;
    }
    const sent = (may & EVENT_PATTERN_BIT.heardFrom) !== 0 ? APPEND_ENTRIES_SENDER_PATTERN.exec(text) ?? APPEND_SENDER_PATTERN.exec(text) : null;
    const heard = sent === null && (may & EVENT_PATTERN_BIT.heardFrom) !== 0 ? HEARTBEAT_SENDER_PATTERN.exec(text) : null;
    const sender = sent ? normalizeNodeToken(sent[1]) : heard ? normalizeNodeToken(heard[1]) : void 0;
    if (sender !== void 0) {
      const meaning = meaningOf(text, "follows-leader", may);
      meaning.leader = sender;
      meaning.heardFrom = true;
      if (heard) meaning.bySender = true;
      return meaning;
    }
    if (ownNode !== void 0 && (may & EVENT_PATTERN_BIT.heardFrom) !== 0) {
      const to = SENT_TO_FOLLOWER_PATTERN.exec(text) ?? COMMIT_ACKED_BY_PATTERN.exec(text);
      const receiver = to ? normalizeNodeToken(to[1]) : void 0;
      if (receiver !== void 0 && !findMentionedNodes(text.slice(to.index)).includes(ownNode) || to === null && HEARTBEAT_ACKS_PATTERN.test(text)) {
        const meaning = meaningOf(text, "became-leader", may);
        meaning.leader = ownNode;
        meaning.bySender = true;
        return meaning;
      }
    }
  }
  if ((may & EVENT_PATTERN_BIT.steppedDown) !== 0 && STEPPED_DOWN_PATTERN.test(text)) return meaningOf(text, "stepped-down", may);
  if ((may & EVENT_PATTERN_BIT.vote) !== 0 && VOTE_PATTERN.test(text)) return meaningOf(text, "vote", may);
  if ((may & EVENT_PATTERN_BIT.startup) !== 0 && STARTUP_PATTERN.test(text) && !ENDING_BEGUN_PATTERN.test(text) && !isPartRestart(text)) return meaningOf(text, "startup", may);
  return NOTHING;
}

// src/log-events/log-event.ts
var RAFT_ROLE_KINDS = ["became-leader", "heartbeat-timeout", "election-started", "vote", "stepped-down"];
var [HEARTBEAT_TIMEOUT, CONNECTION_LOST] = ["heartbeat-timeout", "connection-lost"];
var DETECTION_KINDS = /* @__PURE__ */ new Set([HEARTBEAT_TIMEOUT, CONNECTION_LOST]);
var isDetectionKind = (kind) => kind === HEARTBEAT_TIMEOUT || kind === CONNECTION_LOST;

// src/log-events/first-reign-kill.ts
function findFirstReignKill(events, owned) {
  const reigns = [];
  for (let k = 0; k < events.length; k++) {
    const kill = events[k];
    if (kill.kind !== "kill" || kill.node === void 0 || kill.time === void 0 || !owned(k)) continue;
    const reign = readReignBefore(events, k, kill.node);
    if (reign !== void 0) reigns.push(reign);
  }
  if (reigns.length < 2) return reigns[0]?.kill;
  const before = (a, b) => b.after.has(a.node) || a.term !== void 0 && b.term !== void 0 && a.term < b.term;
  return (reigns.find((r) => !reigns.some((other) => other !== r && before(other, r))) ?? reigns[0]).kill;
}
function readReignBefore(events, k, node) {
  let claim;
  let term;
  const after = /* @__PURE__ */ new Set();
  for (let i = 0; i < k; i++) {
    const e = events[i];
    if (e.node !== node) continue;
    if (e.term !== void 0) term = e.term;
    if (e.kind === "became-leader" && (e.leader === void 0 || e.leader === node)) {
      claim = e;
      if (e.term !== void 0) term = e.term;
    } else if (e.leader !== void 0 && e.leader !== node && (e.kind === "follows-leader" || e.kind === "connection-lost" || e.kind === "heartbeat-timeout")) {
      if (e.kind === "follows-leader") claim = void 0;
      after.add(e.leader);
    } else if (e.kind === "stepped-down") claim = void 0;
  }
  if (claim === void 0 && events[k].role !== "leader") return void 0;
  return { kill: k, node, term: claim?.term ?? term, after };
}

// src/log-events/paste-clock.ts
var YEAR_MS = 365 * DAY_MS;
var UPTIME_CLOCK_PREFIX = "uptime@";
var clockOf = (stamp, writer, machine) => stamp.kind !== "relative" ? "wall" : stamp.format === "uptime" ? `${UPTIME_CLOCK_PREFIX}${writer ?? ""}` : machine !== void 0 && stamp.format === "monotonic" ? `monotonic@${machine}` : stamp.format;
var clockNameOf = (stamp, writer, machine) => stamp === void 0 ? "wall" : clockOf(stamp, writer, machine);
function choosePasteClock(stamps, writers = [], isKill = () => false, machines = []) {
  let total = 0;
  let wall = 0;
  for (let k = 0; k < stamps.length; k++) {
    const stamp = stamps[k];
    if (!stamp) continue;
    total++;
    if (stamp.kind !== "relative") wall++;
  }
  let chosen = "wall";
  let offClock = total - wall;
  if (wall < total) {
    const counts = /* @__PURE__ */ new Map([["wall", 0]]);
    for (let k = 0; k < stamps.length; k++) {
      const stamp = stamps[k];
      if (!stamp) continue;
      const clock = clockOf(stamp, writers[k], machines[k]);
      counts.set(clock, (counts.get(clock) ?? 0) + 1);
    }
    for (const [clock, count] of counts) if (count > counts.get(chosen)) chosen = clock;
    if (chosen.includes("@")) {
      const owned = (k) => clockOf(stamps[k], writers[k], machines[k]).includes("@");
      const kill = stamps.findIndex((stamp, k) => stamp !== void 0 && owned(k) && isKill(k));
      if (kill >= 0) chosen = clockOf(stamps[kill], writers[kill], machines[kill]);
    }
    offClock = total - counts.get(chosen);
  }
  if (chosen !== "wall") {
    const format = chosen.includes("@") ? chosen.slice(0, chosen.indexOf("@")) : chosen;
    return { kind: "relative", format, name: chosen, mixed: false, offClock, valueOf: (s, writer, machine) => clockOf(s, writer, machine) === chosen ? s.ms : void 0 };
  }
  let reference;
  let absolute = false;
  let yearless = false;
  let timeOfDay = false;
  for (const stamp of stamps) {
    if (!stamp || stamp.kind === "relative") continue;
    reference ??= stamp;
    if (stamp.kind === "absolute") absolute = true;
    else if (stamp.kind === "yearless") yearless = true;
    else timeOfDay = true;
  }
  const shift = timeOfDay || yearless ? decideWallShifts(stamps) : void 0;
  if (timeOfDay) {
    const ref = reference.dayMs + (shift?.(reference) ?? 0);
    return { kind: "time-of-day", name: "wall", mixed: absolute || yearless, offClock, valueOf: (s) => s.kind === "relative" ? void 0 : placeNear(s.dayMs + (shift?.(s) ?? 0), DAY_MS, ref) };
  }
  if (yearless) {
    const ref = reference.yearMs + (shift?.(reference) ?? 0);
    return { kind: "yearless", name: "wall", mixed: absolute, offClock, valueOf: (s) => s.kind === "relative" ? void 0 : placeNear(s.yearMs + (shift?.(s) ?? 0), YEAR_MS, ref) };
  }
  return { kind: "absolute", name: "wall", mixed: false, offClock, valueOf: absoluteValueOf };
}
function decideWallShifts(stamps) {
  let first;
  let several = false;
  for (const stamp of stamps) {
    if (!stamp || stamp.kind === "relative") continue;
    const offsetMin = knownOffsetMin(stamp);
    if (offsetMin === void 0) return void 0;
    if (first === void 0) first = offsetMin;
    else if (offsetMin !== first) several = true;
  }
  if (!several) return void 0;
  return (stamp) => (first - (knownOffsetMin(stamp) ?? first)) * 6e4;
}
function knownOffsetMin(stamp) {
  if (stamp.offsetMin !== void 0) return stamp.offsetMin;
  if (stamp.kind !== "absolute" || !stamp.zoned) return void 0;
  const aheadMin = Math.round(moduloDay(stamp.dayMs - stamp.ms) / 6e4);
  return aheadMin > 14 * 60 ? aheadMin - 24 * 60 : aheadMin;
}
var absoluteValueOf = (s) => s.kind === "relative" ? void 0 : s.ms;
function moduloDay(x) {
  if (Number.isInteger(x) && x < 2 ** 45 && x > -(2 ** 45)) return x - Math.floor(x / DAY_MS) * DAY_MS;
  return (x % DAY_MS + DAY_MS) % DAY_MS;
}

// src/log-events/log-facts.ts
function placeEventsOnClock(events) {
  const stamps = [];
  let relative = false;
  for (const e of events) {
    stamps.push(e.time);
    if (e.time?.kind === "relative") relative = true;
  }
  let clock;
  if (relative) {
    const owned = (k) => clockNameOf(events[k].time, events[k].node, events[k].machine).includes("@");
    const firstReign = findFirstReignKill(events, owned);
    const isKill = firstReign === void 0 ? (k) => events[k].kind === "kill" : (k) => k === firstReign;
    clock = choosePasteClock(stamps, events.map((e) => e.node), isKill, events.map((e) => e.machine));
  } else clock = choosePasteClock(stamps);
  const zone = clock.kind === "absolute" ? decideLocalZoneMin(events, clock) : void 0;
  if (zone === void 0) return { clock, zoneShiftMin: 0, at: (event) => event.time ? clock.valueOf(event.time, event.node, event.machine) : void 0 };
  const zoneShiftMin = zone.offsetMin;
  const shiftMs = zoneShiftMin * 6e4;
  return {
    clock,
    zoneShiftMin,
    zoneEvidence: { kill: zone.kill, nodes: zone.nodes },
    at: (event) => {
      const v = event.time ? clock.valueOf(event.time, event.node, event.machine) : void 0;
      return v === void 0 || event.time.zoned || event.time.ambiguousZone !== void 0 ? v : v - shiftMs;
    }
  };
}
var ZONE_EVIDENCE_MS = 1e3;
function decideLocalZoneMin(events, clock) {
  let decided;
  for (const kill of events) {
    if (kill.kind !== "kill" || kill.time === void 0 || !kill.time.zoned || kill.time.kind !== "absolute") continue;
    const killMs = kill.time.ms;
    const near = [];
    let offsetMin;
    let several = false;
    for (const e of events) {
      if (e.node === void 0 || e.time === void 0 || e.time.zoned || e.time.ambiguousZone !== void 0 || e.time.kind !== "absolute") continue;
      const aheadMs = clock.valueOf(e.time, e.node, e.machine) - killMs;
      const offset = zoneShiftMinOf(aheadMs);
      if (Math.abs(aheadMs - offset * 6e4) >= ZONE_EVIDENCE_MS) continue;
      if (!near.includes(e.node)) near.push(e.node);
      if (offsetMin === void 0) offsetMin = offset;
      else if (!Object.is(offset + 0, offsetMin + 0)) several = true;
    }
    if (near.length < 2) continue;
    if (several || offsetMin === 0 || !isZoneOffsetMin(offsetMin)) return void 0;
    if (decided !== void 0 && decided.offsetMin !== offsetMin) return void 0;
    decided ??= { offsetMin, kill, nodes: near.sort() };
  }
  return decided;
}

// src/log-events/escape-regexp.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/log-events/continue-records.ts
var TRACE_MARKER = /^(?:\s+at [\w$.<>/]|Traceback \(most recent call last\):|\s+File "|goroutine \d+ \[|(?:Caused by|Suppressed): )/;
var FRAME = /^(?:\s|Traceback \(most recent call last\):|During handling of the above exception|The above exception was the direct cause|goroutine \d+ \[[^\]]*\]:$|created by |exit status \d+$|\[signal |[\w$./*()[\]-]+\(.*\)$)/;
var EXCEPTION = /^(?:panic: |(?:Caused by|Suppressed): |Exception in thread "|(?:[A-Za-z_$][\w$]*\.)+[A-Za-z_$][\w$]*(?::\s|:?$)|[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Warning|Timeout)(?::\s|$))/;
var NOT_BLANK = /\S/;
function readTraceLine(text) {
  if (!NOT_BLANK.test(text)) return "blank";
  if (FRAME.test(text)) return "frame";
  if (EXCEPTION.test(text)) return "exception";
  return void 0;
}
var MAX_TRACE_LINES = 400;
function findTraceContinuation(lines, table, i) {
  const kind = readTraceLine(lineText(lines, i, 4096));
  if (kind === void 0 || kind === "blank") return void 0;
  let marked = TRACE_MARKER.test(lineText(lines, i, 256));
  let head = -1;
  let headStamp;
  for (let k = i - 1; k >= 0 && i - k <= MAX_TRACE_LINES; k--) {
    const lineKind = table.kinds[k];
    if (lineKind !== LINE_LOG && lineKind !== LINE_JSON && lineKind !== LINE_BLANK) return void 0;
    const stamp = lineKind === LINE_BLANK ? void 0 : stampOf(lines, table, k);
    if (stamp !== void 0) {
      head = k;
      headStamp = stamp;
      break;
    }
    const text = lineText(lines, k, 256);
    if (readTraceLine(text) === void 0) return void 0;
    marked ||= TRACE_MARKER.test(text);
  }
  if (head < 0 || headStamp === void 0) return void 0;
  for (let k = i + 1; !marked && k < lines.count && k - i <= MAX_TRACE_LINES; k++) {
    const lineKind = table.kinds[k];
    if (lineKind !== LINE_LOG && lineKind !== LINE_BLANK || table.stampAt[k] >= 0) break;
    const text = lineText(lines, k, 256);
    if (readTraceLine(text) === void 0) break;
    marked = TRACE_MARKER.test(text);
  }
  return marked ? { head, headStamp, kind } : void 0;
}
var MAX_RECORD_LINES = 400;
function findJournalRecord(lines, table, i) {
  const c = lines.text.charCodeAt(lines.starts[i]);
  if (c !== 32 && c !== 9 && c !== 95 && !(c >= 65 && c <= 90)) return void 0;
  const field = readJournalField(lineText(lines, i, 96));
  if (field === void 0) return void 0;
  const fields = [{ line: i, field }];
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= MAX_RECORD_LINES; k--) {
    const f = readJournalField(lineText(lines, k, 512));
    if (f === void 0 || f.style !== field.style) break;
    fields.push({ line: k, field: f });
    first = k;
  }
  let last = i;
  for (let k = i + 1; k < lines.count && k - i <= MAX_RECORD_LINES; k++) {
    const f = readJournalField(lineText(lines, k, 512));
    if (f === void 0 || f.style !== field.style) break;
    fields.push({ line: k, field: f });
    last = k;
  }
  const before = first - 1;
  let head;
  if (field.style === "verbose") {
    const found = before < 0 || table.kinds[before] !== LINE_LOG ? void 0 : stampOf(lines, table, before);
    const start = lines.starts[before];
    if (found === void 0 || found.end <= start || found.end > lines.ends[before]) return void 0;
    const text = lineText(lines, before, 512);
    const stamp = { ...found, end: found.end - start };
    if (!isVerboseRecordHead(text.slice(stamp.end, stamp.end + 48))) return void 0;
    head = { text, stamp };
  } else {
    if (field.style === "json") {
      if (before < 0 || last + 1 >= lines.count || !isJsonRecordBrace(lineText(lines, before, 8), "{") || !isJsonRecordBrace(lineText(lines, last + 1, 8), "}")) return void 0;
    } else if (before >= 0 && table.kinds[before] !== LINE_BLANK && table.kinds[before] !== LINE_COMMAND) return void 0;
    let journal = field.style === "json";
    for (const f of fields) {
      if (f.field.key === "__CURSOR") journal = true;
      const stamp = journalFieldStamp(f.field);
      if (stamp === void 0) continue;
      journal = true;
      head = { text: lineText(lines, f.line, 96), stamp };
    }
    if (!journal) return void 0;
  }
  let namesText = "";
  for (const { field: f } of fields) {
    if (!JOURNAL_NAME_FIELDS.has(f.key)) continue;
    const value = journalFieldText(f);
    if (value !== void 0 && !value.includes('"') && !value.includes("\\")) namesText += `"${f.key}":"${value}" `;
  }
  return { field, head, names: namesText === "" ? void 0 : readJsonNode(namesText).names };
}

// src/log-events/time-last-lines.ts
var PROGRAM_SHAPE_LINES = 3;
var AT = " at ";
var STAMP_CHARS = 48;
var WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun),? /i;
function readLineEndTime(text, start, end) {
  let e = end;
  while (e > start && (isSpaceOrTab(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 13)) e--;
  if (e - start < 8) return void 0;
  const last = text.charCodeAt(e - 1);
  const from = Math.max(start + 1, e - STAMP_CHARS);
  if (last === 41 || last === 93) {
    const opener = last === 41 ? 40 : 91;
    let open = e - 2;
    while (open >= from && text.charCodeAt(open) !== opener) open--;
    if (open < from || !isSpaceOrTab(text.charCodeAt(open - 1))) return void 0;
    const stamp = parseTimestampAt(text, open + 1, e - 1);
    return stamp !== void 0 && stamp.end === e - 1 ? { stamp, shape: `${text[open]}${stamp.format}/${stamp.precisionMs}` } : void 0;
  }
  for (let at = e - AT.length - 1; at >= from; at--) {
    if (!text.startsWith(AT, at)) continue;
    const stamp = parseTimestampAt(text, at + AT.length, e) ?? parseTimestampAt(text, skipWeekday(text, at + AT.length), e);
    return stamp !== void 0 && stamp.end === e ? { stamp, shape: `at ${stamp.format}/${stamp.precisionMs}` } : void 0;
  }
  return void 0;
}
function skipWeekday(text, at) {
  const day = WEEKDAY.exec(text.slice(at, at + 5));
  return day ? at + day[0].length : at;
}
var readProgramTimesOnce = decideOncePerTable(readProgramTimes);
function findTimeLastStamp(lines, table, i) {
  return readProgramTimesOnce(lines, table).get(i);
}
function readProgramTimes(lines, table) {
  const found = [];
  const shapes = /* @__PURE__ */ new Map();
  let headStamped = 0;
  let section = -1;
  for (let i = 0; i < lines.count; i++) {
    const kind = table.kinds[i];
    if (kind === LINE_HEADER) section = i;
    if (kind !== LINE_LOG) continue;
    if (table.stampAt[i] >= 0) {
      headStamped++;
      continue;
    }
    const time = readLineEndTime(lines.text, lines.starts[i], lines.ends[i]);
    if (time === void 0) continue;
    found.push([i, time]);
    const shape = shapes.get(time.shape);
    if (shape === void 0) shapes.set(time.shape, { lines: 1, sections: section < 0 ? 0 : 1, lastSection: section });
    else {
      shape.lines++;
      if (section > shape.lastSection) {
        shape.sections++;
        shape.lastSection = section;
      }
    }
  }
  const times = /* @__PURE__ */ new Map();
  for (const [i, time] of found) {
    const shape = shapes.get(time.shape);
    if ((shape.lines >= PROGRAM_SHAPE_LINES || shape.sections >= 2) && shape.lines > headStamped) times.set(i, time.stamp);
  }
  return times;
}

// src/log-events/attribute-file-runs.ts
var GUESSED_SOURCES = /* @__PURE__ */ new Set([void 0, "message", "head-token", "process-id", "subject"]);
var SHELL_KILL = /\bkill\b(?:\s+-(?:s\s+)?\w+)*\s+%?\d{1,8}\b|\b(?:pkill|killall)\b/i;
var KILL_WORD2 = /\bkill\b/i;
var LOCAL_MEMBER_ID = /"local-member-id":"([0-9a-f]{16})"/;
var NODE_BANNER = /(?:^|[ \t])node {2,}: ([A-Za-z][\w.-]{0,62}@[\w.-]{1,253})[ \t\r]*$/;
var NODE_BANNER_KEY = "node  ";
function attributeFileRuns(lines, table, events) {
  if (!events.some((e) => GUESSED_SOURCES.has(e.nodeFrom))) return void 0;
  let anchors = findAnchors(lines, table, events);
  if (anchors.length === 0 && events.every((e) => e.node === void 0)) {
    anchors = findBannerAnchors(lines, table);
    if (new Set(anchors.map((a) => a.key)).size < 2) return attributeCatFiles(lines, table, events);
  }
  if (new Set(anchors.map((a) => a.key)).size < 2) return void 0;
  const files = [];
  const gaps = [];
  let jumps = 0;
  let file;
  let last;
  for (const anchor of anchors) {
    if (file === void 0) {
      const start = Math.max(findFileStart(lines, table, 0, anchor.line), findLastCommand(table.kinds, anchor.line) + 1);
      if (start > 0) gaps.push([0, start - 1]);
      file = openFile(start);
    } else if (!file.counts.has(anchor.key)) {
      const start = findFileStart(lines, table, last.line, anchor.line);
      if (start >= 0) {
        jumps++;
        file.end = start - 1;
        files.push(file);
        file = openFile(start);
      } else if (anchor.named ? file.names.size > 0 : [...file.counts.keys()].some((key) => !file.names.has(key))) {
        file.end = last.line;
        files.push(file);
        gaps.push([last.line + 1, anchor.line - 1]);
        file = openFile(anchor.line);
      }
    }
    file.counts.set(anchor.key, (file.counts.get(anchor.key) ?? 0) + 1);
    if (anchor.named) file.names.add(anchor.key);
    last = anchor;
  }
  if (jumps === 0) return void 0;
  file.end = lines.count - 1;
  files.push(file);
  const writers = [];
  const aliases = /* @__PURE__ */ new Map();
  const fileOf = /* @__PURE__ */ new Map();
  for (const [index, run] of files.entries()) {
    for (const key of run.counts.keys()) {
      if (fileOf.has(key)) return void 0;
      fileOf.set(key, index);
    }
    const writer = chooseWriter(run);
    writers.push(writer);
    for (const key of run.counts.keys()) if (key !== writer && !run.names.has(key)) aliases.set(key, writer);
  }
  if (anchors.some((a) => a.startup) && namesOtherFilesWriter(files, events, writers)) return void 0;
  const tokenFiles = /* @__PURE__ */ new Map();
  forEachInFile(files, events, (event, f) => {
    if (event.nodeFrom !== "head-token" || event.node === void 0) return;
    const seen = tokenFiles.get(event.node);
    tokenFiles.set(event.node, seen === void 0 || seen === f ? f : -1);
  });
  for (const [token, f] of tokenFiles) {
    if (f < 0) continue;
    const old = writers[f];
    if (old === token) continue;
    if ([...tokenFiles.values()].filter((other) => other === f).length !== 1) continue;
    writers[f] = token;
    for (const [key, writer] of aliases) if (writer === old) aliases.set(key, token);
    aliases.set(old, token);
  }
  let g = 0;
  forEachInFile(files, events, (event, f) => {
    while (g < gaps.length && event.line > gaps[g][1]) g++;
    if (!GUESSED_SOURCES.has(event.nodeFrom) || isStudentLine(lines, table, event) || isProgramOutputLine(lines, table, event)) return;
    if (event.nodeFrom === "head-token" && event.node === writers[f]) return;
    const inGap = g < gaps.length && event.line >= gaps[g][0];
    if (inGap) {
      event.node = void 0;
      event.nodeFrom = void 0;
    } else {
      event.node = writers[f];
      event.nodeFrom = "file-run";
    }
  });
  return { writers, aliases };
}
function namesOtherFilesWriter(files, events, writers) {
  let other = false;
  forEachInFile(files, events, (event, f) => {
    if (event.nodeFrom === "message" && event.node !== writers[f] && writers.includes(event.node)) other = true;
  });
  return other;
}
function forEachInFile(files, events, visit) {
  let f = 0;
  for (const event of events) {
    while (f < files.length - 1 && event.line > files[f].end) f++;
    visit(event, f);
  }
}
function isStudentLine(lines, table, event) {
  if (table.kinds[event.line] === LINE_COMMAND || event.target !== void 0 || event.pid !== void 0 || event.timeInWords) return true;
  if (event.kind !== "kill") return false;
  if (SHELL_KILL.test(lineText(lines, event.line, 4096))) return true;
  const above = event.line - 1;
  if (above < 0) return false;
  const command = lineText(lines, above, 4096);
  if (!KILL_WORD2.test(command) && !COMMAND_KILL_PATTERN.test(command)) return false;
  if (table.kinds[above] === LINE_COMMAND) return true;
  const printed = findDateOutputStamp(lines, table, above);
  return printed !== void 0 && printed.end === event.time?.end;
}
function isProgramOutputLine(lines, table, event) {
  if (event.time === void 0 || event.time.end >= lines.ends[event.line]) return false;
  const command = findLastCommand(table.kinds, event.line);
  return command >= 0 && isProgramOutput(lineText(lines, command, 4096), lines.text.slice(event.time.end, Math.min(lines.ends[event.line], event.time.end + 48)));
}
var openFile = (start) => ({ start, end: start, counts: /* @__PURE__ */ new Map(), names: /* @__PURE__ */ new Set() });
function chooseWriter(run) {
  if (run.names.size === 1) return [...run.names][0];
  let best = "";
  let most = 0;
  for (const [key, count] of run.counts) {
    if (count > most) {
      best = key;
      most = count;
    }
  }
  return best;
}
function findAnchors(lines, table, events) {
  const anchors = [];
  for (const event of events) {
    if (event.node !== void 0 && !GUESSED_SOURCES.has(event.nodeFrom)) anchors.push({ line: event.line, key: event.node, named: true, startup: false });
    else if (event.node !== void 0 && event.kind === "startup" && event.nodeFrom === "message" && introducesOneNode(lines, event)) anchors.push({ line: event.line, key: event.node, named: true, startup: true });
    else if (event.node !== void 0 && event.nodeFrom === "message" && findKeyedOwnNode(lineText(lines, event.line, 4096)) === event.node) anchors.push({ line: event.line, key: event.node, named: true, startup: false });
    else if (event.subject !== void 0) anchors.push({ line: event.line, key: event.subject, named: false, startup: false });
    else if (event.node !== void 0 && event.nodeFrom === "process-id") anchors.push({ line: event.line, key: event.node, named: false, startup: false });
    else if (table.kinds[event.line] === LINE_JSON) {
      const local = LOCAL_MEMBER_ID.exec(lineText(lines, event.line, 4096));
      if (local) anchors.push({ line: event.line, key: local[1], named: false, startup: false });
    }
  }
  return anchors;
}
function introducesOneNode(lines, event) {
  const text = lineText(lines, event.line, 4096);
  const mentioned = findMentionedNodes(text);
  return mentioned.length === 1 || mentioned.length === 0 && readSpacedStartupNode(text) === event.node;
}
var FILE_START_JUMP_MS = 1e3;
function attributeCatFiles(lines, table, events) {
  let command = -1;
  let files;
  for (let i = 0; i < lines.count; i++) {
    if (table.kinds[i] !== LINE_COMMAND) continue;
    const named = findCatFiles(lineText(lines, i, 4096));
    if (named === void 0) continue;
    if (files !== void 0) return void 0;
    [command, files] = [i, named];
  }
  if (files === void 0) return void 0;
  const writers = files.map((path) => findNodeInPath(path) ?? fileStem(path.replace(/\\/g, "/")));
  if (writers.some((w) => w === void 0) || new Set(writers).size !== writers.length) return void 0;
  const starts = [command + 1];
  let end = command + 1;
  let previous;
  for (; end < lines.count && table.kinds[end] !== LINE_COMMAND && table.kinds[end] !== LINE_HEADER; end++) {
    const stamp = fileLineStampOf(lines, table, end);
    if (stamp === void 0) continue;
    if (previous !== void 0 && backwardsMs(previous, stamp) >= FILE_START_JUMP_MS) starts.push(end);
    previous = stamp;
  }
  if (starts.length !== files.length) return void 0;
  let f = -1;
  for (const event of events) {
    if (event.line <= command || event.line >= end) continue;
    while (f + 1 < starts.length && event.line >= starts[f + 1]) f++;
    if (f < 0 || isStudentLine(lines, table, event)) continue;
    event.node = writers[f];
    event.nodeFrom = "file-run";
  }
  return { writers, aliases: /* @__PURE__ */ new Map() };
}
function findBannerAnchors(lines, table) {
  const text = lines.text;
  const anchors = [];
  for (let at = text.indexOf(NODE_BANNER_KEY); at >= 0; at = text.indexOf(NODE_BANNER_KEY, at + NODE_BANNER_KEY.length)) {
    const line = lineAt(lines, at);
    if (table.kinds[line] !== LINE_LOG || table.stampAt[line] < 0 || table.stampAt[line] >= at) continue;
    const banner = NODE_BANNER.exec(text.slice(at - 1 < lines.starts[line] ? at : at - 1, lines.ends[line]));
    if (banner) anchors.push({ line, key: banner[1], named: true, startup: false });
    at = lines.ends[line];
  }
  return anchors;
}
function findFileStart(lines, table, after, upTo) {
  let previous;
  let best = -1;
  let bestJumpMs = 0;
  for (let i = after; i <= upTo; i++) {
    const stamp = fileLineStampOf(lines, table, i);
    if (stamp === void 0) continue;
    if (previous !== void 0) {
      const jumpMs = backwardsMs(previous, stamp);
      if (jumpMs > bestJumpMs) {
        bestJumpMs = jumpMs;
        best = i;
      }
    }
    previous = stamp;
  }
  return best;
}
function fileLineStampOf(lines, table, i) {
  const kind = table.kinds[i];
  if (kind !== LINE_LOG && kind !== LINE_JSON) return void 0;
  return table.stampAt[i] >= 0 ? stampOf(lines, table, i) : kind === LINE_LOG ? findTimeLastStamp(lines, table, i) : void 0;
}
function backwardsMs(previous, next) {
  let deltaMs = (previous.dayMs - next.dayMs) % DAY_MS;
  if (deltaMs > DAY_MS / 2) deltaMs -= DAY_MS;
  else if (deltaMs <= -DAY_MS / 2) deltaMs += DAY_MS;
  return deltaMs - next.precisionMs >= 0 && deltaMs > 0 ? deltaMs : 0;
}

// src/log-events/heartbeat-mesh.ts
function dropMeshHeartbeats(events) {
  const spans = /* @__PURE__ */ new Map();
  for (const e of events) {
    if (e.bySender !== true || e.leader === void 0 || e.time === void 0) continue;
    const at = e.time.dayMs;
    const span = spans.get(e.leader);
    if (span === void 0) spans.set(e.leader, { firstMs: at, lastMs: at, terms: new Set(e.term === void 0 ? [] : [e.term]), untermed: e.term === void 0 });
    else {
      span.firstMs = Math.min(span.firstMs, at);
      span.lastMs = Math.max(span.lastMs, at);
      if (e.term === void 0) span.untermed = true;
      else span.terms.add(e.term);
    }
  }
  if (spans.size < 2) return;
  const stale = /* @__PURE__ */ new Set();
  const names = [...spans.keys()];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [spans.get(names[i]), spans.get(names[j])];
      if (a.lastMs < b.firstMs || b.lastMs < a.firstMs) continue;
      if (a.untermed || b.untermed || [...a.terms].some((t) => b.terms.has(t))) return dropSenderStatements(events, void 0);
      stale.add(Math.max(...a.terms) < Math.max(...b.terms) ? names[i] : names[j]);
    }
  }
  if (stale.size > 0) dropSenderStatements(events, stale);
}
function dropSenderStatements(events, only) {
  for (const e of events) {
    if (e.bySender !== true || only !== void 0 && !only.has(e.leader)) continue;
    e.kind = "other";
    e.leader = void 0;
    e.bySender = void 0;
  }
}

// src/log-events/time-in-words.ts
var SENTENCE_WORDS = 2;
var isWordEnd = (c) => c === 44 || c === 46 || c === 58 || c === 59 || c === 33 || c === 63;
var isLetter = (c) => isAsciiLetter(c) || c >= 192 && c <= 591 && c !== 215 && c !== 247;
function isTimeInWords(text, start, end, time) {
  if (time.end <= start || time.end > end) return false;
  let words = 0;
  let letters = 0;
  for (let k = start; k < time.end; k++) {
    const c = text.charCodeAt(k);
    const prev = k > start ? text.charCodeAt(k - 1) : 32;
    if (isAsciiDigit(c) && !isAsciiDigit(prev) || isLetter(c) && !isLetter(prev) && !isAsciiDigit(prev)) {
      const stamp = parseTimestampAt(text, k, end);
      if (stamp !== void 0) return stamp.end === time.end && words >= SENTENCE_WORDS;
    }
    if (isSpaceOrTab(c)) {
      if (letters >= 2) words++;
      letters = 0;
    } else if (letters >= 0) {
      if (isLetter(c)) letters++;
      else if (!(isWordEnd(c) && letters >= 2 && k + 1 < end && isSpaceOrTab(text.charCodeAt(k + 1)))) letters = -1;
    }
  }
  return false;
}
function findStampInWords(lines, table, i) {
  if (table.stampAt[i] >= 0) return void 0;
  const own = stampOf(lines, table, i);
  if (own === void 0 || findTimeLastStamp(lines, table, i) !== void 0) return void 0;
  return isTimeInWords(lines.text, lines.starts[i], lines.ends[i], own) ? own : void 0;
}

// src/log-events/writer-from-words.ts
var NAMESPACE_HEAD = /^\s*[A-Za-z][\w.-]*:$/;
function hasWriterMark(text, node) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c !== 110 && c !== 107 || i > 0 && isAsciiWordChar(text.charCodeAt(i - 1))) continue;
    const named = readNodeName(text, i, text.length, true);
    if (named === void 0) continue;
    const after = text.charCodeAt(named.end);
    if (named.label === node && (after === 58 || after === 93)) return true;
    if (named.label === node && (after === 32 || after === 9) && NAMESPACE_HEAD.test(text.slice(0, i))) return true;
    i = named.end - 1;
  }
  return false;
}
function isWriterFromWords(event, text) {
  if (event.node === void 0 || event.nodeFrom !== "message") return false;
  return findKeyedOwnNode(text) !== event.node && !hasWriterMark(text, event.node);
}

// src/log-events/student-lines.ts
var WEAK_SOURCE = Uint8Array.from(NODE_SOURCES, (from) => from === "none" || from === "name" || from === "message" || from === "head-token" ? 1 : 0);
function isOwnShape(event) {
  if (event.kind === "kill" && event.time === void 0 && isPlacedWriter(event.nodeFrom)) return false;
  return isOwnSource(event.nodeFrom);
}
function isOwnSource(from) {
  switch (from) {
    case "file-prefix":
    case "tag":
    case "field":
    case "json-field":
    case "service":
    case "section":
    case "file-name":
    case "service-number":
    case "json-name":
    case "file-run":
    case "record":
      return true;
    default:
      return false;
  }
}
var restatedKind = (kind) => DETECTION_KINDS.has(kind) ? "detection" : kind;
var isWeak = (from) => from === void 0 || from === "name" || from === "message" || from === "head-token";
function dropSummaryLines(lines, table, events) {
  let firstWeak = -1;
  let anyOwn = false;
  for (let k = 0; k < events.length && (firstWeak < 0 || !anyOwn); k++) {
    const event = events[k];
    if (event.node === void 0) continue;
    if (isOwnLine(lines, event)) anyOwn = true;
    else if (firstWeak < 0 && event.time !== void 0 && isStudentShaped(lines, event)) firstWeak = k;
  }
  if (firstWeak < 0 || !anyOwn) return void 0;
  const ownKinds = /* @__PURE__ */ new Map();
  const ownTimed = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.node === void 0 || !isOwnLine(lines, event)) continue;
    let kinds = ownKinds.get(event.node);
    if (kinds === void 0) ownKinds.set(event.node, kinds = /* @__PURE__ */ new Set());
    kinds.add(restatedKind(event.kind));
    if (event.time === void 0) continue;
    let timed = ownTimed.get(event.node);
    if (timed === void 0) ownTimed.set(event.node, timed = []);
    timed.push(event);
  }
  const mayRestate = (event) => {
    if (event.kind === "kill" || event.node === void 0 || event.time === void 0 || !isStudentShaped(lines, event)) return false;
    const kinds = ownKinds.get(event.node);
    if (kinds === void 0) return false;
    return !(table.stampAt[event.line] === lines.starts[event.line] && !kinds.has(restatedKind(event.kind)));
  };
  const latest = /* @__PURE__ */ new Map();
  const goesBack = (event, before) => {
    const timed = ownTimed.get(event.node);
    if (timed === void 0) return false;
    let seen = latest.get(event.node);
    if (seen === void 0) latest.set(event.node, seen = { next: 0, wall: void 0, relative: void 0 });
    for (; seen.next < timed.length && timed[seen.next].line < before; seen.next++) {
      const time = timed[seen.next].time;
      if (time.kind === "relative") seen.relative = seen.relative === void 0 || time.dayMs > seen.relative.dayMs ? time : seen.relative;
      else seen.wall = seen.wall === void 0 || time.dayMs > seen.wall.dayMs ? time : seen.wall;
    }
    const own = event.time.kind === "relative" ? seen.relative : seen.wall;
    return own !== void 0 && isEarlierOnWall(event.time, own);
  };
  let found;
  let first = -1;
  let end = -1;
  let block;
  for (let k = firstWeak; k < events.length; k++) {
    const event = events[k];
    const i = event.line;
    if (!mayRestate(event) || !isBlockLine(lines, table, i)) continue;
    if (i >= end) {
      let h = i - 1;
      while (h >= 0 && isBlockLine(lines, table, h)) h--;
      [first, end] = [h + 1, i + 1];
      while (end < lines.count && isBlockLine(lines, table, end)) end++;
      const heading = isHeading(lines, table, h) ? h : -1;
      let summary = heading >= 0;
      if (!summary && h >= 0 && isOwnSource(NODE_SOURCES[table.nodeFrom[h]]) && !isTableRow(lines, h)) {
        for (let j = k; j < events.length && events[j].line < end && !summary; j++) summary = mayRestate(events[j]) && goesBack(events[j], first);
      }
      block = summary ? { headingLine: heading, first, end, lines: [] } : void 0;
      if (block !== void 0) (found ??= []).push(block);
    }
    if (block === void 0) continue;
    block.lines.push({ line: i, headingLine: block.headingLine, node: event.node, kind: event.kind, time: event.time });
    events.splice(k--, 1);
  }
  if (found !== void 0) {
    for (const event of events) {
      if (event.kind !== "kill" || event.time === void 0 || !found.some((b) => event.line >= b.first && event.line < b.end)) continue;
      if (isTableRow(lines, event.line)) {
        event.node = void 0;
        event.nodeFrom = void 0;
      }
      if (event.node === void 0) event.timeInWords = true;
    }
  }
  return found;
}
function isEarlierOnWall(a, b) {
  if (a.kind === "relative" !== (b.kind === "relative")) return false;
  const back = b.dayMs - a.dayMs;
  return back > 0 && back < HALF_DAY_MS3;
}
var HALF_DAY_MS3 = DAY_MS / 2;
var isStudentShaped = (lines, event) => isWeak(event.nodeFrom) || isTableRow(lines, event.line);
var isOwnLine = (lines, event) => isOwnShape(event) && !isTableRow(lines, event.line);
function isTableRow(lines, i) {
  const text = lines.text;
  let start = lines.starts[i];
  let stop = lines.ends[i];
  while (start < stop && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (stop > start && (text.charCodeAt(stop - 1) === 32 || text.charCodeAt(stop - 1) === 9 || text.charCodeAt(stop - 1) === 13)) stop--;
  return stop - start >= 3 && text.charCodeAt(start) === 124 && text.charCodeAt(stop - 1) === 124;
}
function isBlockLine(lines, table, i) {
  const kind = table.kinds[i];
  if (kind === LINE_BLANK) return true;
  if (kind !== LINE_LOG) return false;
  if (isTableRow(lines, i)) return true;
  const weak = WEAK_SOURCE[table.nodeFrom[i]] === 1;
  if (table.stampAt[i] >= 0) return weak;
  if (!weak && !isPlacedWriter(NODE_SOURCES[table.nodeFrom[i]])) return false;
  if (table.nodes[i] === void 0 && stampOf(lines, table, i) !== void 0) return true;
  return findStampInWords(lines, table, i) !== void 0;
}
function isHeading(lines, table, h) {
  if (h < 0 || table.stampAt[h] >= 0 || h > 0 && table.kinds[h - 1] === LINE_COMMAND || stampOf(lines, table, h) !== void 0) return false;
  const kind = table.kinds[h];
  if (kind !== LINE_LOG && kind !== LINE_COMMENT) return false;
  const from = NODE_SOURCES[table.nodeFrom[h]];
  if (from !== "none" && from !== "message" && from !== "section") return false;
  const text = lines.text.slice(lines.starts[h], Math.min(lines.ends[h], lines.starts[h] + 256));
  if (!/[A-Za-z]{2}/.test(text) || PERROR_LINE_PATTERN.test(text)) return false;
  const lead = /^[#>]+[ \t]*/.exec(text);
  return lead === null || !isTypedLaunch(text, lead[0].length);
}
var isPlacedWriter = (from) => from === void 0 || from === "none" || from === "section" || from === "file-run" || from === "file-name" || from === "message" || from === "subject" || from === "caller";
function dropSentenceEvents(lines, table, events) {
  let kept = 0;
  for (let k = 0; k < events.length; k++) {
    const event = events[k];
    if (isDetectionKind(event.kind) && table.kinds[event.line] === LINE_COMMENT && isNoteLine(lines, event.line)) continue;
    if (event.kind === "kill" || table.stampAt[event.line] >= 0 || event.time === void 0 || !isPlacedWriter(event.nodeFrom) || stampStatedInWords(lines, table, event) === void 0) events[kept++] = event;
  }
  events.length = kept;
}
var NOTE_LEAD = /^[ \t]*#+[ \t]/;
var isNoteLine = (lines, line) => NOTE_LEAD.test(lines.text.slice(lines.starts[line], Math.min(lines.ends[line], lines.starts[line] + 64)));
function stampStatedInWords(lines, table, event) {
  const own = findStampInWords(lines, table, event.line);
  return own !== void 0 && own.end === event.time.end && own.ms === event.time.ms ? own : void 0;
}
function markKillsInWords(lines, table, events, patterns) {
  let stated;
  let halfDay = false;
  for (const event of events) {
    if (event.kind !== "kill" || event.time === void 0 || table.stampAt[event.line] >= 0) continue;
    const own = stampStatedInWords(lines, table, event);
    if (own === void 0) continue;
    const start = lines.starts[event.line];
    event.timeInWords = true;
    if (event.line > 0 && table.kinds[event.line - 1] === LINE_COMMAND && findDelayBetweenDateAndKill(lineText(lines, event.line - 1, 4096)) !== void 0) {
      event.time = void 0;
      continue;
    }
    if (!MERIDIEM_BEFORE.test(lines.text.slice(Math.max(start, own.end - 6), own.end))) {
      const half = markHalfDay(event.time);
      if (half !== event.time) {
        event.time = half;
        halfDay = true;
      }
    }
    const text = lineText(lines, event.line, 4096);
    if (isWriterFromWords(event, text) || event.nodeFrom === "section" || event.nodeFrom === "file-run") {
      event.node = void 0;
      event.nodeFrom = void 0;
    }
    if (event.node !== void 0) continue;
    const words = text.slice(0, own.end - start);
    const clause = classifyLine(words, patterns, void 0, false, ALL_EVENT_PATTERNS, void 0);
    if (clause.kind !== "kill") continue;
    event.target = clause.target;
    event.pid = clause.pid;
    event.term = clause.term;
    (stated ??= /* @__PURE__ */ new Map()).set(event.line, words);
  }
  if (halfDay) resolveHalfDayTimes(events);
  return stated;
}
var MERIDIEM_BEFORE = /[AaPp]\.?[Mm]\.?$/;

// src/log-events/repeated-sections.ts
var FROM_SECTION2 = NODE_SOURCES.indexOf("section");
var MIN_REPEATED_TIMED_LINES = 2;
var LINE_CAP = 4096;
var hasSectionLines = (table) => table.nodeFrom.indexOf(FROM_SECTION2) >= 0;
function dropRepeatedSections(lines, table, events) {
  const runs = [];
  for (let i = 0; i < lines.count; i++) {
    if (table.nodeFrom[i] !== FROM_SECTION2 || table.kinds[i] === LINE_BLANK) continue;
    const node = table.nodes[i];
    let last = i;
    const texts = [];
    let timed = 0;
    for (let k = i; k < lines.count; k++) {
      const kind = table.kinds[k];
      if (kind === LINE_COMMAND || kind === LINE_HEADER) break;
      if (kind === LINE_BLANK) continue;
      if (table.nodeFrom[k] !== FROM_SECTION2 || table.nodes[k] !== node) break;
      texts.push(lineText(lines, k, LINE_CAP).trimEnd());
      if (table.stampAt[k] >= 0) timed++;
      last = k;
    }
    runs.push({ node, first: i, last, text: texts.join("\n"), timed });
    i = last;
  }
  if (runs.length < 2) return void 0;
  let repeated;
  const firstOf = /* @__PURE__ */ new Map();
  for (const run of runs) {
    if (run.timed < MIN_REPEATED_TIMED_LINES) continue;
    const earlier = firstOf.get(run.text);
    if (earlier === void 0) {
      firstOf.set(run.text, run);
      continue;
    }
    if (earlier.node === run.node) continue;
    repeated ??= { sections: [], lines: /* @__PURE__ */ new Set() };
    repeated.sections.push({ node: run.node, first: run.first, last: run.last, sameAs: earlier.node, sameAsFirst: earlier.first, sameAsLast: earlier.last });
    for (let k = run.first; k <= run.last; k++) repeated.lines.add(k);
  }
  if (repeated === void 0) return void 0;
  for (let k = events.length - 1; k >= 0; k--) if (repeated.lines.has(events[k].line)) events.splice(k, 1);
  return repeated;
}
function findCopyOnlyWriters(table, repeated) {
  const copies = new Set(repeated.sections.map((r) => r.node));
  for (let i = 0; i < table.nodes.length && copies.size > 0; i++) {
    const node = table.nodes[i];
    if (node === void 0 || !copies.has(node) || repeated.lines.has(i)) continue;
    const kind = table.kinds[i];
    if (kind !== LINE_HEADER && kind !== LINE_COMMAND && kind !== LINE_BLANK) copies.delete(node);
  }
  return copies;
}

// src/log-events/attribute-kill-targets.ts
var MEMBER_KINDS = /* @__PURE__ */ new Set([...RAFT_ROLE_KINDS, "connection-lost"]);
var COLUMN_SOURCES = /* @__PURE__ */ new Set(["file-prefix", "tag", "field", "json-field", "json-name", "name", "service", "service-number", "section", "file-name"]);
var TOKEN = /[^\s,;|()[\]{}<>"'=]+/g;
var LEADER_KEY_BEFORE = /(?:\bleader=|"leader"\s?:\s?)["']?$/i;
var isLeaderValueAt = (text, index) => LEADER_KEY_BEFORE.test(text.slice(Math.max(0, index - 16), index));
var LEADER_KILLED = /\bleader\s+([\w.:@-]{1,64}?):?\s+(?:was\s+|has\s+been\s+|got\s+)?(?:killed|stopped|terminated)\b(?!\s+\w+ing\b)/i;
var COUNT_OF_NODES = /^ (?:nodes|peers|servers|members|replicas|followers|voters)\b/i;
var OPTION_BEFORE = /--([\w-]{1,40})[= ]$/;
var NODE_OPTION = /(?:^|-)(?:id|node|target|victim|member|peer|leader|kill)$/i;
var isOptionQuantityAt = (text, index) => {
  const option = OPTION_BEFORE.exec(text.slice(Math.max(0, index - 44), index));
  return option !== null && !NODE_OPTION.test(option[1]);
};
function findNamedNodes(text, nodes, name, except) {
  const firstAt = /* @__PURE__ */ new Map();
  const see = (node, at) => {
    if (node !== except && at < (firstAt.get(node) ?? Infinity)) firstAt.set(node, at);
  };
  for (const node of nodes) {
    if (node === except || !text.includes(node)) continue;
    const named = new RegExp(`(?:^|[^\\w.-])${escapeRegExp(node)}(?![\\w-])`, "g");
    for (let m = named.exec(text); m; m = named.exec(text)) {
      if (isLeaderValueAt(text, m.index + m[0].length - node.length)) continue;
      see(node, m.index);
      break;
    }
  }
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (isAsciiDigit(m[0].charCodeAt(0)) && isTermNumberAt(text, m.index)) continue;
    const after = m.index + m[0].length;
    if (isAsciiDigit(m[0].charCodeAt(0)) && COUNT_OF_NODES.test(text.slice(after, after + 16))) continue;
    if (isAsciiDigit(m[0].charCodeAt(0)) && isOptionQuantityAt(text, m.index)) continue;
    if (isLeaderValueAt(text, m.index)) continue;
    const normal = normalizeNodeToken(m[0]);
    const node = normal === void 0 ? void 0 : name(normal);
    if (node !== void 0 && nodes.has(node)) see(node, m.index);
  }
  return [...firstAt.keys()].sort((a, b) => firstAt.get(a) - firstAt.get(b));
}
var OBSERVED = /\b(?:watching|observing|monitoring|survivors?|remaining|followers)\b[^;|]*/gi;
var RECEIVED_SIGNAL = new RegExp(String.raw`\b(?:received|receiving|caught|got|handling)\s+(?:a\s+|the\s+)?(?:signal\b|SIG${SIGNAL_NAMES}\b)|\bSIG${SIGNAL_NAMES}\s+(?:received|caught)\b`, "i");
var SENT_TO_LEADER = /(?:->|→|=>|\b(?:to|kill|killing|terminate|terminating|stop|stopping))\s*(?:\bleader=|"leader"\s?:\s?)["']?([^\s,;|()[\]{}<>"'=]+)/i;
var SENT_BY_ARROW = /(?:->|→|=>)\s*["']?([^\s,;|()[\]{}<>"'=]+)/;
var familyOf = (name) => FAMILY_NAME.exec(name)?.[1].toLowerCase();
function findKillTargets(text, nodes, name, writer) {
  const unobserved = text.includes("ing") || text.includes("ors") || text.includes("follow") ? text.replace(OBSERVED, "") : text;
  const named = findNamedNodes(unobserved, nodes, name, writer);
  if (named.length > 0) return named;
  const m = SENT_TO_LEADER.exec(unobserved) ?? SENT_BY_ARROW.exec(unobserved);
  if (m === null || RECEIVED_SIGNAL.test(text)) return named;
  const normal = normalizeNodeToken(m[1]);
  const leader = normal === void 0 ? void 0 : name(normal);
  if (leader === void 0 || leader === writer) return named;
  if (writer !== void 0 && familyOf(writer) !== void 0 && familyOf(writer) === familyOf(leader)) return named;
  return [findNamedNodes(m[1], nodes, name)[0] ?? leader];
}
function attributeKillTargets(events, nodes, textOf, name) {
  const bystanders = /* @__PURE__ */ new Set();
  let members;
  for (const event of events) {
    if (event.kind === "other" && event.notKill === "peer") {
      if (!isBystanderKill(event, () => members ??= findMembers(events))) continue;
      const m = LEADER_KILLED.exec(textOf(event.line));
      const leader = m === null ? void 0 : normalizeNodeToken(m[1]);
      if (leader === void 0) continue;
      event.kind = "kill";
      event.notKill = void 0;
      event.target = findNamedNodes(m[1], nodes, name)[0] ?? name(leader);
      if (event.node !== void 0) bystanders.add(event.node);
      event.node = void 0;
      event.nodeFrom = void 0;
      continue;
    }
    if (event.kind !== "kill" || event.target !== void 0) continue;
    const writer = event.node;
    if (writer === void 0) {
      const named = findKillTargets(textOf(event.line), nodes, name);
      if (named.length === 1) event.target = named[0];
      continue;
    }
    if (!COLUMN_SOURCES.has(event.nodeFrom)) continue;
    members ??= findMembers(events);
    if (members.has(writer)) continue;
    const text = textOf(event.line);
    const target2 = findKillTargets(text, nodes, name, writer).find((node) => !bystanders.has(node));
    if (target2 === void 0) continue;
    event.target = target2;
    event.node = void 0;
    event.nodeFrom = void 0;
    bystanders.add(writer);
  }
  return bystanders;
}
function isBystanderKill(event, members) {
  if (event.node === void 0) return true;
  return COLUMN_SOURCES.has(event.nodeFrom) && !members().has(event.node);
}
function findMembers(events) {
  const members = /* @__PURE__ */ new Set();
  for (const event of events) {
    if (event.node !== void 0 && (MEMBER_KINDS.has(event.kind) || event.role !== void 0)) members.add(event.node);
    if (event.leader !== void 0 && event.leader !== event.node) members.add(event.leader);
    if (event.target !== void 0 && event.target !== event.node) members.add(event.target);
  }
  return members;
}

// src/log-events/port-kills.ts
var CONFIGURED_PORT = /(?:^|[\s,;{[("'])([\w.@-]{1,64})["']?\s?([=:])\s?["']?(?:(?:https?|tcp):\/\/)?(?:127\.0\.0\.1|localhost|0\.0\.0\.0|\[::1?\])?:(\d{2,5})(?!\d)/g;
var VALUE_END = /^["']?[ \t]*(?:[,;}\])]|\r?\n|$)/;
function resolvePortKills(text, events, seen, name) {
  let configured;
  for (const event of events) {
    if (event.kind !== "kill" || event.target === void 0 || !isPortName(event.target) || seen.has(event.target)) continue;
    configured ??= readConfiguredPorts(text, seen, name);
    const node = configured.get(event.target.slice(1));
    if (node == null) delete event.target;
    else event.target = node;
  }
}
function readConfiguredPorts(text, seen, name) {
  const ports = /* @__PURE__ */ new Map();
  CONFIGURED_PORT.lastIndex = 0;
  for (let m = CONFIGURED_PORT.exec(text); m !== null; m = CONFIGURED_PORT.exec(text)) {
    if (m[2] === ":" && !VALUE_END.test(text.slice(CONFIGURED_PORT.lastIndex, CONFIGURED_PORT.lastIndex + 8))) continue;
    const token = normalizeNodeToken(m[1]);
    const node = token === void 0 ? void 0 : name(token);
    if (node === void 0 || !seen.has(node)) continue;
    const claimed = ports.get(m[3]);
    ports.set(m[3], claimed === void 0 || claimed === node ? node : null);
  }
  return ports;
}

// src/log-events/remote-machines.ts
var REMOTE_SHELL = /(?:^|[;&|(])\s*(?:sudo\s+)?(?:vagrant\s+ssh|gcloud\s+compute\s+ssh|multipass\s+(?:exec|shell)|ssh)\s+([^;&|]*)/;
var SHELL_WORD = /'[^']*'?|"[^"]*"?|[^\s'"]+/g;
var VALUE_OPTIONS = /* @__PURE__ */ new Set(["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "--command", "--zone", "--project"]);
function findRemoteMachine(command) {
  const prompt = readShellPrompt(command, 0, command.length);
  const m = REMOTE_SHELL.exec(prompt === void 0 ? command.trimStart() : command.slice(prompt.end).trimStart());
  if (m === null) return void 0;
  const words = m[1].match(SHELL_WORD) ?? [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (word === "--") return void 0;
    if (word.startsWith("-")) {
      if (VALUE_OPTIONS.has(word)) k++;
      continue;
    }
    if (word.startsWith("'") || word.startsWith('"')) return void 0;
    const host = word.slice(word.lastIndexOf("@") + 1);
    return /^[A-Za-z0-9][\w.-]*$/.test(host) ? host.toLowerCase() : void 0;
  }
  return void 0;
}
function markRemoteMachines(lines, table, events) {
  if (!events.some((e) => e.time?.format === "monotonic")) return;
  const found = new Array(events.length);
  const machines = /* @__PURE__ */ new Set();
  let machine;
  let line = 0;
  for (let k = 0; k < events.length; k++) {
    const event = events[k];
    for (; line <= event.line && line < lines.count; line++) {
      const kind = table.kinds[line];
      if (kind === LINE_COMMAND) machine = findRemoteMachine(lineText(lines, line, 4096));
      else if (kind === LINE_HEADER) machine = void 0;
    }
    if (event.time?.format !== "monotonic" || machine === void 0) continue;
    found[k] = machine;
    machines.add(machine);
  }
  if (machines.size < 2) return;
  for (let k = 0; k < events.length; k++) if (found[k] !== void 0) events[k].machine = found[k];
}

// src/log-events/several-node-kills.ts
var KILL_PIDS = /\bkill\b(?:\s+-(?:s\s+)?\w+)*((?:\s+\d{1,8}\b)+)/i;
var KILL_BY_NAME = /\b(pkill|killall|pgrep|pidof)\b((?:\s+-(?:-signal[= ]\w+|-oldest|-newest|s\s+\w+|\w+))*)\s+(?:"([^"]{2,64})"|'([^']{2,64})'|([\w./-]{2,64}))(?=\s*(?:$|[;&|)`#]))/i;
var WINDOWS_KILL_BY_NAME = /\b(?:(stop-process)\b[^;&|\n]*?\s-name|get-process(?:\s+-name)?(?=\s+[\w"'.-]{2,66}\s*\|\s*stop-process\b)|(taskkill)\b[^;&|\n]*?\s\/im)\s+(?:"([^"]{2,64})"|'([^']{2,64})'|([\w.-]{2,64}))/i;
var KILL_BEFORE_FINDER = /\bkill\b[^;&|]*(?:\$\(|`)\s*$/i;
var KILL_AFTER_FINDER = /^\s*\|\s*xargs\s+(?:-\w+\s+)*kill\b/i;
var CONTAINER_EXEC = /\b(?:(?:docker|podman|nerdctl)(?:\s+container)?|(?:docker[\s-])?compose|kubectl|oc|crictl|lxc|incus)\s+exec\b/i;
var MAX_LINES_READ = 2e4;
function markSeveralNodeKills(lines, events, nodesOfPid, pidOfLine) {
  let listing;
  for (const event of events) {
    if (event.kind !== "kill" || event.node !== void 0) continue;
    const text = readCommandText(lines, event.line);
    let sharedPid;
    const nodeOfPid = (pid) => {
      const killed = killedWithPid(pid, text, nodesOfPid);
      if (killed.length >= 2) sharedPid ??= pid;
      return killed;
    };
    const group = findKilledGroup(text);
    const pids = group !== void 0 || event.pid === void 0 ? null : KILL_PIDS.exec(text);
    let nodes = [];
    const ownPid = text === "" ? pidOfLine(event.line) : void 0;
    if (ownPid !== void 0) {
      nodes = [...nodeOfPid(ownPid)];
    } else if (group !== void 0) {
      nodes = findGroupMembers(lines, events, group, event.line, nodeOfPid);
    } else if (pids !== null) {
      for (const pid of pids[1].trim().split(/\s+/)) for (const node of nodeOfPid(pid)) if (!nodes.includes(node)) nodes.push(node);
    } else if (event.target === void 0) {
      const byName = findKillByName(text);
      if (byName === void 0) continue;
      listing ??= readListing(lines);
      const ofProgram = /* @__PURE__ */ new Set();
      const rows = listing.filter((row) => runsProgram(row.command, byName));
      if (byName.only !== void 0) {
        const pick = rows.reduce((best, row) => best === void 0 || Number(row.pid) < Number(best.pid) === (byName.only === "oldest") ? row : best, void 0);
        const one = pick === void 0 ? [] : nodesOfRow(pick.pid, pick.command, nodeOfPid);
        if (one.length === 1) event.target = one[0];
        continue;
      }
      for (const row of rows) {
        ofProgram.add(row.pid);
        for (const node of nodesOfRow(row.pid, row.command, nodeOfPid)) if (!nodes.includes(node)) nodes.push(node);
      }
      if (nodes.length < 2 && ofProgram.size >= 2) {
        const all = findPasteNodes(events);
        if (ofProgram.size >= all.length) nodes = all;
      }
      if (rows.length === 0) nodes = findTaggedRunners(lines, events, byName);
    }
    if (nodes.length < 2) continue;
    event.killedNodes = nodes;
    if (sharedPid !== void 0) event.sharedPid = Number(sharedPid);
  }
}
var KILL_GROUP = /\bkill\b(?:\s+-(?:s\s+\w+|[A-Za-z]\w*|\d{1,2}\b))*(?:\s+--)?\s+-(\d{2,8})\b/i;
var PKILL_OF = /\bpkill\b(?:\s+-(?:-signal[= ]\w+|[A-OQ-Za-fh-z]\w*))*\s+(-P|--parent|-g|--pgroup)[= ]?\s*(\d{1,8})\b/i;
var NOT_A_LAUNCHER = /(?:^|[\s;&|(/])(?:tail|less|more|watch|grep|journalctl|curl|wget|sleep|wait|top|htop|tee|cat|ping|nc|telnet|ssh|vim?|nano)(?:\s|$)/;
function killedWithPid(pid, text, nodesOfPid) {
  const nodes = nodesOfPid(pid);
  if (nodes.length < 2) return nodes;
  return pid === "1" || CONTAINER_EXEC.test(text) || findRemoteMachine(text) !== void 0 ? [] : nodes;
}
function nodesOfRow(pid, command, nodeOfPid) {
  const ofPid = nodeOfPid(pid);
  if (ofPid.length > 0) return ofPid;
  const named = findMentionedNodes(command);
  return named.length === 1 ? named : [];
}
function findKilledGroup(text) {
  const group = KILL_GROUP.exec(text);
  if (group !== null) return { by: "group", id: Number(group[1]) };
  const of = PKILL_OF.exec(text);
  if (of !== null) return { by: of[1] === "-P" || of[1] === "--parent" ? "parent" : "group", id: Number(of[2]) };
  const job = findKilledJob(text);
  return job === void 0 ? void 0 : { by: "job", id: job };
}
function findGroupMembers(lines, events, killed, killLine, nodeOfPid) {
  const jobs = readJobStarts(lines, killLine);
  const job = killed.by === "job" ? jobs.findLast((j) => j.job === killed.id) : jobs.findLast((j) => j.pid === killed.id);
  if (killed.by === "job" && job === void 0) return [];
  const id = killed.by === "job" ? job.pid : killed.id;
  const nodes = [];
  const listed = readMemberRows(lines, killed.by === "parent" ? "parent" : "group");
  if (listed.some((row) => row.of === id)) {
    for (const row of listed) {
      if (row.of !== id) continue;
      for (const node of nodesOfRow(String(row.pid), row.command, nodeOfPid)) if (!nodes.includes(node)) nodes.push(node);
    }
    return nodes;
  }
  if (job === void 0 || job.node !== void 0 || !isLauncher(job.command)) return [];
  for (const row of readListing(lines)) for (const node of nodeOfPid(row.pid)) if (!nodes.includes(node)) nodes.push(node);
  for (const e of events) if (e.node !== void 0 && !nodes.includes(e.node)) nodes.push(e.node);
  return nodes;
}
var isLauncher = (command) => readLaunchFlags(command) === void 0 && findMentionedNodes(command).length !== 1 && !NOT_A_LAUNCHER.test(command);
function readJobStarts(lines, killLine) {
  const starts = [];
  for (let i = 1; i < killLine && i < MAX_LINES_READ; i++) {
    const start = readJobStart(lines, i, lineText(lines, i, 4096));
    if (start !== void 0) starts.push(start);
  }
  return starts;
}
function readJobStart(lines, i, text) {
  const notice = i > 0 ? JOB_NOTICE.exec(text) : null;
  if (notice === null) return void 0;
  let above = i - 1;
  while (above > 0 && i - above <= 64 && JOB_NOTICE.test(lineText(lines, above, 64))) above--;
  const command = lineText(lines, above, 4096);
  const jobs = above < i - 1 || command.includes("&") ? readBackgroundJobs(command) : [];
  const job = jobs.length >= 2 ? jobs[i - 1 - above] : void 0;
  if (job === void 0) return { job: Number(notice[1]), pid: Number(notice[2]), command };
  return { job: Number(notice[1]), pid: Number(notice[2]), command: job.command, ...job.node === void 0 ? {} : { node: job.node } };
}
var PS_COMMAND = /(?:^|[\s;&|($#>])ps\s+([^|;&\n]*)/;
var PGREP_OF = /(?:^|[\s;&|($#>])pgrep\b[^|;&\n]*\s(-P|--parent|-g|--pgroup)[= ]?\s*(\d{1,8})\b/;
var FORMAT_LIST = /(?:^|\s)(?:-\w*o|--format)[= ]?\s*([\w,=]+)/;
function readMemberRows(lines, by) {
  const rows = [];
  const column = by === "group" ? "PGID" : "PPID";
  for (let i = 0; i < lines.count && i < MAX_LINES_READ; i++) {
    const text = lineText(lines, i, 4096);
    if (LISTING_ROW.test(text)) continue;
    const pgrep = PGREP_OF.exec(text);
    const ps = pgrep === null ? PS_COMMAND.exec(text) : null;
    if (pgrep === null && ps === null) continue;
    const pgrepOf = pgrep === null ? void 0 : (pgrep[1] === "-P" || pgrep[1] === "--parent" ? "parent" : "group") === by ? Number(pgrep[2]) : null;
    if (pgrepOf === null) continue;
    let names = ps === null ? void 0 : FORMAT_LIST.exec(ps[1])?.[1]?.toUpperCase().split(",").map((n) => n.replace(/=.*$/, ""));
    for (let j = i + 1; j < lines.count && j <= i + 64; j++) {
      const row = lineText(lines, j, 4096).trim();
      const words = row.split(/\s+/);
      if (pgrepOf === void 0 && words.includes("PID") && words.includes(column)) {
        names = words;
        continue;
      }
      if (!LISTING_ROW.test(row)) break;
      if (pgrepOf !== void 0) {
        const m = LISTING_ROW.exec(row);
        rows.push({ pid: Number(m[1]), of: pgrepOf, command: m[2] });
        continue;
      }
      const pidAt = names?.indexOf("PID") ?? -1;
      const ofAt = names?.indexOf(column) ?? -1;
      if (pidAt < 0 || ofAt < 0 || !/^\d+$/.test(words[pidAt] ?? "") || !/^\d+$/.test(words[ofAt] ?? "")) break;
      rows.push({ pid: Number(words[pidAt]), of: Number(words[ofAt]), command: words.slice(Math.max(pidAt, ofAt) + 1).join(" ") });
    }
  }
  return rows;
}
var ONE_OF_NAME = /\s(?:-[a-z]*([on])[a-z]*|--(oldest|newest))(?=\s|$)/;
function findKillByName(text) {
  const all = new RegExp(KILL_BY_NAME.source, "gi");
  for (let m = all.exec(text); m !== null; m = all.exec(text)) {
    const tool = m[1].toLowerCase();
    const only = tool === "pkill" || tool === "pgrep" ? ONE_OF_NAME.exec(m[2]) : null;
    const oneOf = only === null ? void 0 : only[1] ?? only[2];
    const byName = {
      name: m[3] ?? m[4] ?? m[5],
      fullCommand: /\s-\w*f/.test(m[2]),
      exact: tool === "killall" || tool === "pidof",
      windows: false,
      ...oneOf === void 0 ? {} : { only: oneOf.startsWith("o") ? "oldest" : "newest" }
    };
    if (tool === "pkill" || tool === "killall") return byName;
    if (KILL_BEFORE_FINDER.test(text.slice(0, m.index)) || KILL_AFTER_FINDER.test(text.slice(m.index + m[0].length))) return byName;
  }
  const windows = WINDOWS_KILL_BY_NAME.exec(text);
  return windows === null ? void 0 : { name: windows[3] ?? windows[4] ?? windows[5], fullCommand: false, exact: true, windows: true };
}
function runsProgram(command, kill) {
  if (kill.fullCommand) return command.includes(kill.name);
  const program = (word) => kill.windows ? word.toLowerCase().replace(/\.exe$/, "") : word;
  const name = program(kill.name);
  return command.split(/\s+/).some((word) => {
    const base2 = program(word.slice(Math.max(word.lastIndexOf("/"), kill.windows ? word.lastIndexOf("\\") : -1) + 1));
    return kill.exact ? base2 === name : base2.includes(name);
  });
}
var PROGRAM_TAG = /(?:^|[\s/])([\w.-]{2,64})\[\d{1,7}\]/;
function findTaggedRunners(lines, events, kill) {
  const runners = [];
  const seen = /* @__PURE__ */ new Set();
  for (const event of events) {
    const node = event.node;
    if (node === void 0 || seen.has(node)) continue;
    seen.add(node);
    const tag = PROGRAM_TAG.exec(lineText(lines, event.line, 4096));
    if (tag !== null && runsProgram(tag[1], kill)) runners.push(node);
  }
  return runners;
}
function findPasteNodes(events) {
  const nodes = [];
  for (const event of events) {
    for (const node of [event.node, event.leader]) if (node !== void 0 && !nodes.includes(node)) nodes.push(node);
  }
  return nodes;
}
function readCommandText(lines, line) {
  for (let i = line; i >= 0 && i >= line - 2; i--) {
    const text = lineText(lines, i, 4096);
    if (KILL_PIDS.test(text) || findKillByName(text) !== void 0 || findKilledGroup(text) !== void 0) return text;
  }
  return "";
}
function readListing(lines) {
  const rows = [];
  for (let i = 0; i < lines.count && i < MAX_LINES_READ; i++) {
    const text = lineText(lines, i, 4096);
    const job = readJobStart(lines, i, text);
    if (job !== void 0) {
      rows.push({ pid: String(job.pid), command: job.command });
      continue;
    }
    const m = LISTING_ROW.exec(text);
    if (m !== null) rows.push({ pid: m[1], command: m[2] });
  }
  return rows;
}

// src/log-events/own-addresses.ts
var OWN_STATEMENT_MS = 1e3;
var PEER_LIST = /\bpeers?\b["']?\s*[=:]?\s*\[?((?:(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|[A-Za-z][\w.-]{0,63})?:\d{2,5}(?:\s*,\s*|\s+(?=[\w.[]*:\d)))*(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|[A-Za-z][\w.-]{0,63})?:\d{2,5})/i;
var ADDRESS_IN_LIST = /(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|[A-Za-z][\w.-]{0,63})?:\d{2,5}/g;
function addOwnLeaderAddresses(events, aliases, keyOf) {
  const lastOf = /* @__PURE__ */ new Map();
  let found;
  for (const event of events) {
    const node = event.node;
    if (node === void 0 || event.kind === "other") continue;
    const previous = lastOf.get(node);
    lastOf.set(node, event);
    if (event.kind !== "follows-leader" || previous?.kind !== "became-leader") continue;
    const leader = event.leader;
    if (leader === void 0 || leader === node || !leader.includes(":")) continue;
    const key = keyOf(leader);
    if (key === void 0 || aliases.has(key)) continue;
    const seen = (found ??= /* @__PURE__ */ new Map()).get(key);
    if (seen === node || seen === null) continue;
    if (!isSameReign(previous, event) || isClaimedBetween(events, previous, event)) continue;
    found.set(key, seen === void 0 ? node : null);
  }
  for (const [key, node] of found ?? []) if (node !== null) aliases.set(key, node);
}
function addLastPeerAddress(lines, events, aliases, keyOf) {
  const listed = /* @__PURE__ */ new Set();
  let startups = 0;
  for (const event of events) {
    if (event.kind !== "startup" || event.node === void 0) continue;
    const peers = PEER_LIST.exec(lineText(lines, event.line, 4096));
    if (peers === null) continue;
    startups++;
    for (const address of peers[1].match(ADDRESS_IN_LIST) ?? []) {
      const key = keyOf(address);
      if (key !== void 0) listed.add(key);
    }
  }
  if (startups === 0) return;
  const writers = /* @__PURE__ */ new Set();
  for (const event of events) if (event.node !== void 0) writers.add(event.node);
  const owners = /* @__PURE__ */ new Map();
  for (const [key, owner] of aliases) {
    if (!writers.has(owner) || keyOf(key) !== key) continue;
    owners.set(key, owner);
    listed.add(key);
  }
  const free = [...listed].filter((key) => !owners.has(key));
  const owning = new Set(owners.values());
  const unaddressed = [...writers].filter((w) => !owning.has(w));
  if (free.length !== 1 || unaddressed.length !== 1 || owning.size !== owners.size) return;
  aliases.set(free[0], unaddressed[0]);
}
function isSameReign(claim, statement) {
  if (claim.time === void 0 || statement.time === void 0) return true;
  const gapMs = statement.time.dayMs - claim.time.dayMs;
  return gapMs >= 0 && gapMs <= OWN_STATEMENT_MS;
}
function isClaimedBetween(events, claim, statement) {
  const from = claim.time?.dayMs;
  const to = statement.time?.dayMs;
  for (const e of events) {
    if (e.kind !== "became-leader" || e.node === void 0 || e.node === claim.node) continue;
    if (from !== void 0 && to !== void 0 && e.time !== void 0) {
      if (e.time.dayMs >= from && e.time.dayMs <= to) return true;
    } else if (e.line > claim.line && e.line < statement.line) return true;
  }
  return false;
}

// src/log-events/address-key.ts
function addressKey(address) {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]*\]|[\w.-]+)?:(\d{2,5})$/i.exec(address);
  if (!m) return void 0;
  const host = m[1];
  return host === void 0 || /^(?:127\.0\.0\.1|localhost|0\.0\.0\.0|\[::1?\])$/i.test(host) ? `:${m[2]}` : address.toLowerCase();
}

// src/log-events/alias-term-leaders.ts
function aliasTermLeaders(events) {
  if (!events.some((e) => e.kind === "follows-leader" && e.leader !== void 0)) return;
  const writers = /* @__PURE__ */ new Set();
  for (const event of events) if (event.node !== void 0) writers.add(event.node);
  const aliases = findTermLeaderAliases(events, writers);
  if (aliases === void 0) {
    aliasClaimedLeaders(events, writers);
    return;
  }
  for (const event of events) {
    const leader = event.leader === void 0 ? void 0 : aliases.get(event.leader);
    if (leader) event.leader = leader;
    const target2 = event.target === void 0 ? void 0 : aliases.get(event.target);
    if (target2) event.target = target2;
  }
  const isUntermedAddress = (e) => e.kind === "follows-leader" && e.term === void 0 && e.leader !== void 0 && addressKey(e.leader) !== void 0 && !writers.has(e.leader) && !aliases.has(e.leader);
  if (events.some(isUntermedAddress)) aliasClaimedLeaders(events, writers, isUntermedAddress);
}
function findTermLeaderAliases(events, writers) {
  const winners = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.node === void 0 || event.kind !== "became-leader" || event.term === void 0) continue;
    const winner = winners.get(event.term);
    winners.set(event.term, winner === void 0 || winner === event.node ? event.node : null);
  }
  if (winners.size === 0) return void 0;
  const aliases = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.kind !== "follows-leader" || event.term === void 0 || event.leader === void 0 || writers.has(event.leader)) continue;
    const winner = winners.get(event.term);
    if (!winner) continue;
    const known = aliases.get(event.leader);
    aliases.set(event.leader, known === void 0 || known === winner ? winner : null);
  }
  const found = /* @__PURE__ */ new Map();
  for (const [name, node] of aliases) if (node !== null) found.set(name, node);
  return found;
}
function aliasClaimedLeaders(events, writers, only) {
  const namesNoWriter = (e) => e.kind === "follows-leader" && e.leader !== void 0 && !writers.has(e.leader) && (only === void 0 || only(e));
  if (!events.some(namesNoWriter) || !events.some((e) => e.kind === "became-leader" && e.node !== void 0 && e.time !== void 0)) return;
  const named = events.filter(namesNoWriter);
  const clock = placeEventsOnClock(events);
  const marks = [];
  for (const e of events) {
    if (e.kind !== "became-leader" && e.kind !== "stepped-down" || e.node === void 0) continue;
    const atMs = clock.at(e);
    if (atMs !== void 0) marks.push({ atMs, node: e.node, claims: e.kind === "became-leader" });
  }
  marks.sort((a, b) => a.atMs - b.atMs);
  const aliases = /* @__PURE__ */ new Map();
  for (const statement of named) {
    const atMs = clock.at(statement);
    let claimant;
    for (const mark of marks) {
      if (atMs === void 0 || mark.atMs > atMs) break;
      if (mark.claims) claimant = mark.node;
      else if (mark.node === claimant) claimant = void 0;
    }
    const known = aliases.get(statement.leader);
    aliases.set(statement.leader, claimant !== void 0 && (known === void 0 || known === claimant) ? claimant : null);
  }
  for (const event of events) {
    const leader = event.leader === void 0 ? void 0 : aliases.get(event.leader);
    if (leader) event.leader = leader;
    const target2 = event.target === void 0 ? void 0 : aliases.get(event.target);
    if (target2) event.target = target2;
  }
}

// src/log-events/name-process-writers.ts
var NUMBERED_NAME = /^(\D*?)(\d{1,3})$/;
var PID_NAME = /^[\w.-]{1,64}\[\d{1,10}\]$/;
function nameProcessWriters(events) {
  if (!events.some((e) => e.nodeFrom === "process-id" || e.nodeFrom === "file-run")) return void 0;
  const writers = /* @__PURE__ */ new Set();
  const byPid = /* @__PURE__ */ new Set();
  const otherwise = /* @__PURE__ */ new Set();
  for (const event of events) {
    if (event.node === void 0) continue;
    writers.add(event.node);
    (event.nodeFrom === "process-id" || event.nodeFrom === "file-run" && PID_NAME.test(event.node) ? byPid : otherwise).add(event.node);
  }
  for (const node of otherwise) byPid.delete(node);
  if (byPid.size === 0) return void 0;
  const names = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const name = (writer, node) => {
    names.set(writer, node);
    taken.add(node);
  };
  const isNodeName = (node) => !writers.has(node) && addressKey(node) === void 0 && !node.includes("[");
  const byTerm = /* @__PURE__ */ new Map();
  for (const [node, writer] of findTermLeaderAliases(events, writers) ?? []) {
    if (!byPid.has(writer) || !isNodeName(node)) continue;
    byTerm.set(writer, byTerm.has(writer) && byTerm.get(writer) !== node ? null : node);
  }
  for (const [writer, node] of byTerm) if (node !== null && !taken.has(node)) name(writer, node);
  const byStop = /* @__PURE__ */ new Map();
  const stoppedBy = /* @__PURE__ */ new Map();
  for (const stop of events) {
    if (stop.kind !== "kill" || stop.node !== void 0 || stop.target === void 0 || !isNodeName(stop.target) || taken.has(stop.target)) continue;
    const own = events.find((e) => e.kind === "kill" && e.node !== void 0 && e.line > stop.line && byPid.has(e.node));
    if (own === void 0 || names.has(own.node)) continue;
    const writer = own.node;
    byStop.set(stop.target, byStop.has(stop.target) && byStop.get(stop.target) !== writer ? null : writer);
    stoppedBy.set(writer, stoppedBy.has(writer) && stoppedBy.get(writer) !== stop.target ? null : stop.target);
  }
  for (const [node, writer] of byStop) if (writer !== null && stoppedBy.get(writer) === node) name(writer, node);
  for (const writer of byPid) {
    if (names.has(writer)) continue;
    const node = findLostAfterOwnKill(events, writer, (name2) => isNodeName(name2) && !taken.has(name2));
    if (node !== void 0) name(writer, node);
  }
  const unnamed = [...byPid].filter((writer) => !names.has(writer));
  if (unnamed.length === 1 && otherwise.size === 0 && names.size >= 1) {
    const numbered = [...names.values()].map((node) => NUMBERED_NAME.exec(node));
    const family = numbered[0]?.[1];
    if (numbered.every((m) => m !== null && m[1] === family)) {
      const numbers = new Set(numbered.map((m) => Number(m[2])));
      const from = numbers.has(0) ? 0 : 1;
      const missing = [];
      for (let n = from; n < from + writers.size; n++) if (!numbers.has(n)) missing.push(n);
      const last = `${family}${missing[0]}`;
      if (missing.length === 1 && [...numbers].every((n) => n >= from && n < from + writers.size) && !writers.has(last)) name(unnamed[0], last);
    }
  }
  if (names.size === 0) return void 0;
  const rename = (node) => node === void 0 ? void 0 : names.get(node) ?? node;
  for (const event of events) {
    event.node = rename(event.node);
    if (event.leader !== void 0) event.leader = rename(event.leader);
    if (event.target !== void 0) event.target = rename(event.target);
    if (event.peer !== void 0) event.peer = rename(event.peer);
    if (event.subject !== void 0) event.subject = rename(event.subject);
  }
  return names;
}
var LOSS_AFTER_KILL_MS = 600;
function findLostAfterOwnKill(events, writer, usable2) {
  const kills = events.filter((e) => e.node === writer && e.kind === "kill");
  const killMs = kills.length === 1 ? kills[0].time?.ms : void 0;
  if (killMs === void 0) return void 0;
  let named;
  for (const e of events) {
    if (e.node === void 0 || e.node === writer || e.kind !== "heartbeat-timeout" && e.kind !== "connection-lost") continue;
    const atMs = e.time?.ms;
    if (atMs === void 0 || atMs < killMs || atMs > killMs + LOSS_AFTER_KILL_MS) continue;
    if (e.leader === void 0) continue;
    if (named !== void 0 && e.leader !== named) return void 0;
    named = e.leader;
  }
  return named !== void 0 && usable2(named) ? named : void 0;
}

// src/log-events/find-non-members.ts
var ROLE_KINDS = /* @__PURE__ */ new Set([...RAFT_ROLE_KINDS.filter((kind) => kind !== "heartbeat-timeout"), "follows-leader"]);
var MIN_FAMILY_MEMBERS = 3;
function isNodeLabel(name) {
  if (name.length < 5 || name.length > 8 || !name.startsWith("node")) return false;
  for (let k = 4; k < name.length; k++) if (!isAsciiDigit(name.charCodeAt(k))) return false;
  return true;
}
function findNonMembers(writers, events) {
  let outside;
  for (const writer of writers) if (!isNodeLabel(writer) && !FAMILY_NAME.test(writer)) (outside ??= []).push(writer);
  if (outside === void 0) return [];
  const families = /* @__PURE__ */ new Map();
  for (const writer of writers) {
    const m = FAMILY_NAME.exec(writer);
    if (m) families.set(m[1].toLowerCase(), (families.get(m[1].toLowerCase()) ?? 0) + 1);
  }
  if (![...families.values()].some((members2) => members2 >= MIN_FAMILY_MEMBERS)) return [];
  const members = /* @__PURE__ */ new Set();
  for (const event of events) {
    if (event.node !== void 0 && ROLE_KINDS.has(event.kind)) members.add(event.node);
    if (event.leader !== void 0) members.add(event.leader);
    if (event.target !== void 0) members.add(event.target);
  }
  return outside.filter((writer) => !members.has(writer));
}

// src/log-events/process-clocks.ts
var RESTART_BACKSTEP_MS = 50;
var PROCESS_ZERO_MS = 1e3;
function markProcessClocks(events, quiet = []) {
  const timeline = [];
  for (let e = 0, q = 0; e < events.length || q < quiet.length; ) {
    if (q < quiet.length && (e === events.length || quiet[q].line < events[e].line)) timeline.push(quiet[q++]);
    else timeline.push(events[e++]);
  }
  for (const format of ["relative", "monotonic"]) {
    if (!provesProcessClocks(timeline, format) && !(format === "monotonic" && provesSinceStartClocks(timeline))) continue;
    for (const event of events) if (event.time?.format === format) event.time = { ...event.time, format: "uptime" };
  }
}
function provesProcessClocks(timeline, format) {
  const starters = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  let restarted = false;
  let previous;
  for (const event of timeline) {
    const time = event.time;
    if (time === void 0 || time.format !== format) continue;
    const first = event.node !== void 0 && !seen.has(event.node);
    if (event.node !== void 0) seen.add(event.node);
    if ((event.kind === "startup" || first) && event.node !== void 0 && time.ms <= PROCESS_ZERO_MS) {
      starters.add(event.node);
      if (previous !== void 0 && previous.node !== event.node) {
        if (previous.time.ms <= time.ms) return false;
        if (previous.time.ms - time.ms > RESTART_BACKSTEP_MS) restarted = true;
      }
    }
    previous = event;
  }
  return starters.size >= 2 && restarted;
}
var SINCE_START_MAX_MS = 6e4;
function provesSinceStartClocks(timeline) {
  const writers = /* @__PURE__ */ new Set();
  let ended;
  let outlived = false;
  let wentBack = false;
  let previous;
  for (const event of timeline) {
    const time = event.time;
    if (time === void 0 || time.format !== "monotonic" || event.node === void 0) continue;
    if (time.ms >= SINCE_START_MAX_MS) return false;
    writers.add(event.node);
    if (previous !== void 0 && previous.node !== event.node && previous.time.ms - time.ms > RESTART_BACKSTEP_MS) wentBack = true;
    if (ended !== void 0 && event.node !== ended) outlived = true;
    if (ended === void 0 && event.kind === "kill" && event.signal !== void 0) ended = event.node;
    previous = event;
  }
  return writers.size >= 2 && wentBack && outlived;
}

// src/log-events/shown-zones.ts
var JOURNALCTL = /(?:^|[;&|(]|[$#>]\s)\s*(?:(?:sudo|env)\s+)*(?:TZ=(\S*)\s+)?(?:sudo\s+)?journalctl\b([^;&|\n]*)/;
var UTC_JOURNAL_FLAG = /(?:^|\s)--utc(?=\s|$)/;
function readCommandZone(command) {
  if (!command.includes("journalctl")) return void 0;
  const journal = JOURNALCTL.exec(command);
  if (journal === null) return void 0;
  return UTC_JOURNAL_FLAG.test(journal[2]) || journal[1] !== void 0 && UTC_TZ.test(journal[1]) ? 0 : void 0;
}
var OTHER_MACHINE_COMMAND = /(?:^|[\s;&|(])(?:ssh|docker(?:-compose)?|podman|nerdctl|crictl|kubectl|oc|k9s|lxc|incus|multipass|vagrant|machinectl|fly|flyctl|heroku|gcloud|aws|az|nomad|ansible)(?=\s|$)/;
var CONTAINER_LOGS = /(?:^|[\s;&|(])(?:(?:docker|podman|nerdctl)(?:[ -]compose|\s+container)?|kubectl)\s+(?:-\S+\s+)*logs(?=\s|$)/;
var CONTAINER_DATE = new RegExp(String.raw`(?:^|[\s;&|(])(?:(?:docker|podman|nerdctl)(?:\s+container)?\s+exec|kubectl\s+exec)(?:\s+-{1,2}[\w-]+(?:[= ][\w.:/-]+)?)*\s+[\w.:/-]+(?:\s+-c\s+[\w.-]+)?(?:\s+--)?\s+(${DATE_PROGRAM}(?:\s+[^\s;&|]+)*)\s*$`);
function applyShownZones(lines, table, events) {
  let zones;
  let shell;
  let containers;
  for (const event of events) {
    const time = event.time;
    if (time === void 0 || time.kind === "relative" || time.zoned || time.ambiguousZone !== void 0) continue;
    const command = findLastCommand(table.kinds, event.line);
    if (command < 0) continue;
    zones ??= /* @__PURE__ */ new Map();
    let zone = zones.get(command);
    if (zone === void 0) {
      const start = lines.starts[command];
      const typed = lines.text.slice(start, Math.min(lines.ends[command], start + 4096));
      const stated = readCommandZone(typed);
      zone = stated === void 0 ? null : { offsetMin: stated, at: start, by: "command" };
      if (zone === null && CONTAINER_LOGS.test(typed)) zone = containers === void 0 ? containers = findContainerZone(lines, table) ?? null : containers;
      else if (zone === null && !OTHER_MACHINE_COMMAND.test(typed)) zone = shell === void 0 ? shell = findShellZone(lines, table) ?? null : shell;
      zones.set(command, zone);
    }
    if (zone !== null) event.time = { ...inZone(time, zone.offsetMin), shownZone: { at: zone.at, by: zone.by } };
  }
}
function findShellZone(lines, table) {
  return findAgreedZone(lines, table, "shell", (typed) => typed.includes("date") && !OTHER_MACHINE_COMMAND.test(typed) ? typed : void 0);
}
function findContainerZone(lines, table) {
  return findAgreedZone(lines, table, "container", (typed) => typed.includes("date") && typed.includes("exec") ? CONTAINER_DATE.exec(typed)?.[1] : void 0);
}
function findAgreedZone(lines, table, by, dateOf) {
  let zone;
  for (let k = 0; k + 1 < lines.count; k++) {
    if (table.kinds[k] !== LINE_COMMAND) continue;
    const start = lines.starts[k];
    const date = dateOf(lines.text.slice(start, Math.min(lines.ends[k], start + 4096)));
    if (date === void 0 || readDateZone(date) !== "shell" || !printsNow(date)) continue;
    const printed = findDateOutputStamp(lines, table, k);
    const offsetMin = printedOffsetMin(printed);
    if (offsetMin === void 0) continue;
    if (zone !== void 0 && zone.offsetMin !== offsetMin) return void 0;
    zone ??= { offsetMin, at: printed.end - 1, by };
  }
  return zone;
}
function printedOffsetMin(printed) {
  return printed === void 0 || printed.shellZoneAt !== void 0 || !writesZone(printed) ? void 0 : knownOffsetMin(printed);
}
var writesZone = (stamp) => stamp.offsetMin !== void 0 || stamp.kind === "absolute" && stamp.zoned && !stamp.format.startsWith("epoch") && stamp.format !== "tai64n";
function inZone(stamp, offsetMin) {
  if (stamp.kind === "absolute") return { ...stamp, ms: stamp.ms - offsetMin * 6e4, zoned: true };
  return { ...stamp, zoned: true, offsetMin };
}

// src/log-events/daemon-events.ts
var DAEMON_RECORD = /(?:^|\s)container (?:kill|die|stop|start|restart|create|destroy|oom|pause|unpause|health_status(?::\s?\w+)?) [0-9a-f]{12,64} \(([^()]{0,2000})\)\s*$/;
var NAME_ATTRIBUTE = /(?:^|,\s?)name=([\w.-]{1,64})(?=,|$)/;
var SIGNAL_ATTRIBUTE = /(?:^|,\s?)signal=(\d{1,2})(?=,|$)/;
function markDaemonRecords(lines, events) {
  for (const event of events) {
    if (event.kind !== "kill") continue;
    const record = DAEMON_RECORD.exec(lineText(lines, event.line, 4096));
    if (record === null) continue;
    const container = event.node ?? event.target ?? NAME_ATTRIBUTE.exec(record[1])?.[1];
    event.node = void 0;
    event.nodeFrom = void 0;
    if (container !== void 0) event.target = container;
    const number = SIGNAL_ATTRIBUTE.exec(record[1])?.[1];
    event.signal = number === void 0 ? void 0 : signalOfNumber(number);
  }
}

// src/log-events/ignored-signals.ts
var IGNORED_SIGNAL = new RegExp(String.raw`\bSIG${SIGNAL_NAMES}\b(?:\s?[(:,-]\s?|\s)(?:was )?ignored\b|\bignor(?:e|ed|ing):? SIG${SIGNAL_NAMES}\b`);
function dropIgnoredSignalKills(lines, events) {
  for (let k = events.length - 1; k >= 0; k--) {
    const event = events[k];
    if (event.kind === "kill" && event.node !== void 0 && IGNORED_SIGNAL.test(lineText(lines, event.line, 4096))) events.splice(k, 1);
  }
}

// src/log-events/kill-failures.ts
var KILL_FAILURE_ROWS = 3;
function readKillFailure(row) {
  const failed = KILL_FAILED_PATTERN.exec(row);
  if (failed === null) return void 0;
  const named = failed.find((group, k) => k > 0 && group !== void 0);
  return { pid: named === void 0 ? void 0 : Number(named) };
}
function killedNothing(rowText, count, line, isNextCommand, pid) {
  for (let k = line + 1; k <= line + KILL_FAILURE_ROWS && k < count; k++) {
    if (isNextCommand(k)) return false;
    const failure = readKillFailure(rowText(k));
    if (failure !== void 0) return failure.pid === void 0 || pid === void 0 || failure.pid === pid;
  }
  return false;
}

// src/log-events/glued-records.ts
var LEVEL = /^\[?(?:trace|debug|info|notice|warn|warning|error|err|fatal|crit|critical)\]?:?$/i;
function tokenAfter(text, at, limit) {
  let p = at;
  while (p < limit && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  let q = p;
  while (q < limit && q - p < 48 && text.charCodeAt(q) !== 32 && text.charCodeAt(q) !== 9) q++;
  return text.slice(p, q);
}
var isDigit = (c) => c >= 48 && c <= 57;
function findGluedRecordTime(text, headAt, head, wordsAt) {
  const from = head.end > headAt && head.end <= wordsAt ? head.end : headAt;
  const need = from === headAt ? 4 : 2;
  let colons = 0;
  for (let at = text.indexOf(":", from); at >= 0 && at < wordsAt && colons < need; at = text.indexOf(":", at + 1)) colons++;
  if (colons < need) return void 0;
  const raw = parseTimestampAt(text, headAt, wordsAt);
  if (raw === void 0 || raw.kind === "relative" || raw.precisionMs > 1e3) return void 0;
  const length = raw.end - headAt;
  if (length < 8 || text.indexOf(":", headAt) >= raw.end) return void 0;
  const token = tokenAfter(text, raw.end, wordsAt);
  if (token === "") return void 0;
  let glued;
  for (let p = raw.end; p + length <= wordsAt; p++) {
    let same = true;
    for (let k = 0; k < length && same; k++) {
      const h = text.charCodeAt(headAt + k);
      const c = text.charCodeAt(p + k);
      same = isDigit(h) ? isDigit(c) : c === h;
    }
    if (!same) continue;
    const second = parseTimestampAt(text, p, wordsAt);
    if (second === void 0 || second.format !== raw.format || second.kind !== raw.kind || second.end - p !== length) continue;
    const next = tokenAfter(text, second.end, wordsAt);
    if (next !== token && !(LEVEL.test(token) && LEVEL.test(next))) continue;
    const delta = second.ms - raw.ms;
    glued = { ...head, ms: head.ms + delta, dayMs: head.dayMs + (second.dayMs - raw.dayMs), yearMs: head.yearMs + (second.yearMs - raw.yearMs), end: second.end };
    p = second.end - 1;
  }
  return glued;
}

// src/log-events/traced-signals.ts
var SIGNAL_RECORD = new RegExp(String.raw`--- SIG${SIGNAL_NAMES_WITH_REALTIME} \{si_signo=|\+\+\+ killed by SIG${SIGNAL_NAMES_WITH_REALTIME}\b`);
var PID_COLUMN2 = /\[pid\s+(\d{1,8})\]/;
var ATTACHED = /\bstrace: Process (\d{1,8}) attached\b/;
var STRACE_COMMAND = /\bstrace\b/;
var ATTACH_OPTION = /(?:^|\s)(?:-p\s*|--attach[=\s]\s*)(\d{1,8}(?:,\d{1,8})*)(?=\s|$|[;&|)])/g;
var TRACE_ROWS = 2e3;
function findTracedSignalPid(lines, kinds, line) {
  const own = lineText(lines, line, 4096);
  if (!own.includes("--- SIG") && !own.includes("+++ killed by")) return void 0;
  const record = SIGNAL_RECORD.exec(own);
  if (record === null) return void 0;
  const column = PID_COLUMN2.exec(own.slice(0, record.index));
  if (column !== null) return Number(column[1]);
  const pids = /* @__PURE__ */ new Set();
  for (let i = line - 1; i >= 0 && line - i <= TRACE_ROWS; i--) {
    const text = lineText(lines, i, 4096);
    if (kinds[i] === LINE_COMMAND) {
      if (pids.size === 0 && STRACE_COMMAND.test(text)) for (const m of text.matchAll(ATTACH_OPTION)) for (const pid of m[1].split(",")) pids.add(pid);
      break;
    }
    const attached = ATTACHED.exec(text);
    if (attached !== null) pids.add(attached[1]);
  }
  return pids.size === 1 ? Number([...pids][0]) : void 0;
}

// src/log-events/read-log-events.ts
var LINE_CAP2 = 4096;
var GUESSED_HEAD_SOURCES = /* @__PURE__ */ new Set(["message", "head-token", "process-id"]);
function compareNodes(a, b) {
  const digitsA = trailingNumberStart(a);
  if (digitsA >= 0 && digitsA === trailingNumberStart(b) && startsAlike(a, b, digitsA)) return numberFrom(a, digitsA) - numberFrom(b, digitsA);
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortNodes(nodes) {
  for (let k = 1; k < nodes.length; k++) {
    const a = nodes[k - 1];
    const b = nodes[k];
    if ((a.length !== b.length || a > b) && compareNodes(a, b) > 0) return nodes.sort(compareNodes);
  }
  return nodes;
}
var FROM_JSON_NAME2 = NODE_SOURCES.indexOf("json-name");
function trailingNumberStart(name) {
  let start = name.length;
  while (start > 0 && isAsciiDigit(name.charCodeAt(start - 1))) start--;
  if (start === name.length) return -1;
  for (let k = 0; k < start; k++) if (isAsciiDigit(name.charCodeAt(k))) return -1;
  return start;
}
function startsAlike(a, b, length) {
  for (let k = 0; k < length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}
function numberFrom(name, start) {
  if (name.length - start > 15) return Number(name.slice(start));
  let n = 0;
  for (let k = start; k < name.length; k++) n = n * 10 + name.charCodeAt(k) - 48;
  return n;
}
function afterHeadStamp(lines, table, line) {
  const text = lineText(lines, line, LINE_CAP2);
  if (table.stampAt[line] < 0 || table.kinds[line] === LINE_JSON) return text;
  const end = stampOf(lines, table, line)?.end;
  const start = lines.starts[line];
  return end === void 0 || end <= start || end - start > text.length ? text : text.slice(end - start);
}
function isEchoOutputLine(lines, table, i) {
  const command = findLastCommand(table.kinds, i, ECHO_OUTPUT_ROWS);
  return command >= 0 && isEchoOutput(lineText(lines, command, 4096), lineText(lines, i, LINE_CAP2));
}
function readQuietStamps(lines, table, events, name) {
  const eventLines = new Set(events.map((e) => e.line));
  const quiet = [];
  for (let i = 0; i < lines.count; i++) {
    if (table.kinds[i] !== LINE_LOG || table.stampAt[i] < 0 || eventLines.has(i)) continue;
    const time = stampOf(lines, table, i);
    if (time !== void 0) quiet.push({ line: i, node: name(table.nodes[i]), time });
  }
  return quiet;
}
function readLogEvents(lines, patterns, options = {}) {
  const table = options.table ?? scanLines(lines);
  const masks = options.mayMatch;
  const anyMatch = masks === void 0 ? void 0 : createAnyMatchTest(patterns);
  const raw = [];
  let recordNames;
  let firstStamped;
  let bySender = false;
  let dateOutputKills;
  const classify = (i) => {
    const lineKind = table.kinds[i];
    if (lineKind === LINE_BLANK || lineKind === LINE_HEADER) return;
    if (lineKind === LINE_LOG && table.stampAt[i] < 0 && isEchoOutputLine(lines, table, i)) return;
    const own = lineKind === LINE_COMMAND ? void 0 : table.nodes[i];
    const written = lineText(lines, i, LINE_CAP2);
    if (lineKind === LINE_LOG && masks !== void 0 && isVoteOnlyMiss(written, masks[i])) return;
    const rendered = lineKind === LINE_JSON ? renderJsonMessage(written) : void 0;
    const text = rendered ?? written;
    const meaning = classifyLine(text, patterns, own, lineKind === LINE_COMMAND, masks === void 0 || rendered !== void 0 ? ALL_EVENT_PATTERNS : masks[i], anyMatch);
    if (meaning.kind === "other" && meaning.notKill === void 0 && meaning.role === void 0) return;
    if (meaning.kind === "kill" && own === void 0 && killedNothing((k) => lineText(lines, k, LINE_CAP2), lines.count, i, (k) => table.kinds[k] === LINE_COMMAND || table.kinds[k] === LINE_HEADER, meaning.pid)) return;
    if (meaning.kind === "kill" && own === void 0 && lineKind === LINE_LOG && table.stampAt[i] < 0 && isSignalListingOutput(lines, table.kinds, i)) return;
    let time = stampOf(lines, table, i);
    if (time !== void 0 && table.stampAt[i] < 0 && lineKind === LINE_LOG) time = findTimeLastStamp(lines, table, i) ?? time;
    else if (time !== void 0 && lineKind === LINE_LOG && rendered === void 0 && meaning.words !== void 0 && meaning.words.index > 0) {
      const start = lines.starts[i];
      time = findGluedRecordTime(lines.text, table.stampAt[i], time, start + meaning.words.index) ?? time;
    }
    let node = own;
    let nodeFrom = own === void 0 ? void 0 : NODE_SOURCES[table.nodeFrom[i]];
    const record = lineKind === LINE_LOG ? findJournalRecord(lines, table, i) : void 0;
    if (record !== void 0) {
      if (record.field.key !== "MESSAGE") return;
      if (time === void 0 && record.head !== void 0) time = continueRecordStamp(text, record.head);
      if (record.names !== void 0) (recordNames ??= /* @__PURE__ */ new Map()).set(raw.length, record.names);
    } else if (time === void 0 && lineKind === LINE_LOG && i > (firstStamped ??= table.stampAt.findIndex((at) => at >= 0)) && firstStamped >= 0) {
      const trace = findTraceContinuation(lines, table, i);
      if (trace !== void 0) {
        if (trace.kind !== "exception" || !DETECTION_KINDS.has(meaning.kind)) return;
        time = trace.headStamp;
        node = table.nodes[trace.head];
        const headFrom = NODE_SOURCES[table.nodeFrom[trace.head]];
        nodeFrom = node === void 0 ? void 0 : GUESSED_HEAD_SOURCES.has(headFrom) ? headFrom : "record";
      }
    }
    let promptTimed = meaning.kind === "kill" && own === void 0 && time !== void 0 && time.end <= lines.ends[i] && lineKind !== LINE_JSON && isPromptTime(lines.text, lines.starts[i], lines.ends[i], time.end);
    if (promptTimed) {
      const printed = findDateOutputStamp(lines, table, i);
      if (printed !== void 0) {
        time = printed;
        promptTimed = false;
      }
    }
    let line = i;
    if (time !== void 0) while (time.end > lines.ends[line] && line + 1 < lines.count) line++;
    if (line !== i && meaning.kind === "kill") (dateOutputKills ??= /* @__PURE__ */ new Set()).add(line);
    const event = toEvent(line, time, node, nodeFrom, meaning);
    if (meaning.kind === "kill" && own === void 0 && meaning.pid === void 0 && meaning.target === void 0) event.pid = findTracedSignalPid(lines, table.kinds, i);
    if (meaning.words !== void 0 && (line !== i || rendered !== void 0)) event.words = void 0;
    if (promptTimed) event.timeBeforeCommand = true;
    if (meaning.kind === "kill" && meaning.target !== void 0) markManagerStop(event, text);
    if (meaning.kind === "kill" && node === void 0 && time !== void 0 && isTimedAfterKill(text, lineKind, meaning, line === i)) event.timeAfterKill = true;
    if (meaning.bySender === true) bySender = true;
    raw.push(event);
  };
  const candidates = options.candidates;
  if (candidates) for (let k = 0; k < candidates.length; k++) classify(candidates[k]);
  else for (let i = 0; i < lines.count; i++) classify(i);
  resolveHalfDayTimes(raw);
  applyShownZones(lines, table, raw);
  const recordKey = recordNames === void 0 ? void 0 : chooseVaryingNameKey(recordNames);
  if (recordKey !== void 0) {
    for (const [k, names] of recordNames) {
      const writer = names.find((n) => n.key === recordKey)?.node;
      const event = raw[k];
      if (writer === void 0 || writer === event.node) continue;
      const meaning = classifyLine(lineText(lines, event.line, LINE_CAP2), patterns, writer, false, masks === void 0 ? ALL_EVENT_PATTERNS : masks[event.line], anyMatch);
      raw[k] = toEvent(event.line, event.time, writer, "json-name", meaning);
      if (meaning.kind === "kill" && meaning.target !== void 0) markManagerStop(raw[k], lineText(lines, event.line, LINE_CAP2));
    }
    for (let k = raw.length - 1; k >= 0; k--) if (raw[k].kind === "other" && raw[k].notKill === void 0 && raw[k].role === void 0) raw.splice(k, 1);
  }
  markDaemonRecords(lines, raw);
  dropIgnoredSignalKills(lines, raw);
  dropSentenceEvents(lines, table, raw);
  const killClauses = markKillsInWords(lines, table, raw, patterns);
  nameSpacedStartups(lines, raw);
  const fileRuns = attributeFileRuns(lines, table, raw);
  const summaryBlocks = dropSummaryLines(lines, table, raw);
  const summaryLines = summaryBlocks?.flatMap((block) => block.lines);
  const repeated = hasSectionLines(table) ? dropRepeatedSections(lines, table, raw) : void 0;
  const aliases = new Map(fileRuns?.aliases);
  for (const [name2, writer] of table.sectionAliases ?? []) if (!aliases.has(name2)) aliases.set(name2, writer);
  for (const [name2, writer] of table.processNodes ?? []) if (!aliases.has(name2) && name2 !== writer && !isAllAsciiDigits(name2)) aliases.set(name2, writer);
  addAddressAliases(raw, aliases);
  addLeaderAddressAliases(lines, raw, aliases);
  if (table.launchNames !== void 0) addLaunchAliases(table.launchNames, raw, aliases);
  const lastOf = raw.some((e) => e.kind === "election-started") ? /* @__PURE__ */ new Map() : void 0;
  let selfNames;
  for (const event of raw) {
    if (lastOf !== void 0) {
      const previous = lastOf.get(event.node ?? event.subject);
      if (event.kind === "heartbeat-timeout" && previous?.kind === "election-started" && isTransferElection(lines, previous.line, event.line)) event.kind = "election-started";
      lastOf.set(event.node ?? event.subject, event);
    }
    if (event.node === void 0) continue;
    if (event.subject !== void 0 && event.node !== event.subject) aliases.set(event.subject, event.node);
    const startup = event.kind === "startup";
    const keyed = !startup && event.nodeFrom !== "field" && event.nodeFrom !== "json-field" && !isNumberedNode(event.node) && selfNames?.get(event.node) !== null;
    if (event.nodeFrom !== "message" && event.nodeFrom !== "name" && (startup || keyed)) {
      const text2 = lineText(lines, event.line, LINE_CAP2);
      const self = startup || event.nodeFrom === "service" ? findOwnNode(text2) : findKeyedOwnNode(text2);
      if (self !== void 0 && self !== event.node) {
        const named = (selfNames ??= /* @__PURE__ */ new Map()).get(event.node);
        if (named === void 0) selfNames.set(event.node, self);
        else if (named !== self) selfNames.set(event.node, null);
      }
    }
    if (!startup) continue;
    const text = lineText(lines, event.line, LINE_CAP2);
    const listen = LISTEN_ADDRESS.exec(text);
    const key = listen ? addressKey(listen[1] ?? listen[2] ?? listen[3]) : void 0;
    if (key !== void 0 && !aliases.has(key)) aliases.set(key, event.node);
  }
  if (raw.some((e) => e.kind === "follows-leader" && e.leader !== void 0 && e.leader.includes(":"))) {
    addOwnLeaderAddresses(raw, aliases, addressKey);
    addLastPeerAddress(lines, raw, aliases, addressKey);
  }
  if (selfNames !== void 0) addSelfNameAliases(selfNames, raw, aliases);
  if (aliases.size >= 2) addFamilyAliases(raw, aliases);
  if (raw.some((e) => e.kind === "kill" && e.node === void 0 && e.target !== void 0)) addStoppedContainerAliases(lines, raw, aliases);
  if (raw.some((e) => e.node !== void 0 && (e.nodeFrom === "section" || e.nodeFrom === "service" || e.nodeFrom === "service-number"))) addProjectFamilyAliases(raw, aliases);
  if (raw.some((e) => e.nodeFrom === "head-token")) addHeadTokenAliases(table, raw, aliases);
  if (aliases.size > 0) joinPortWriters(raw, aliases);
  if (table.addressHeads !== void 0 && aliases.size > 0) nameAddressHeads(raw, table.addressHeads, aliases);
  const name = (node) => {
    if (node === void 0) return void 0;
    const alias = aliases.get(node);
    if (alias !== void 0) return alias;
    const key = node.includes(":") ? addressKey(node) : void 0;
    return (key === void 0 ? void 0 : aliases.get(key)) ?? node;
  };
  let statedPids;
  const nodeOfPid = (pid) => table.processNodes?.get(pid) ?? table.launchNames?.get(pid) ?? (statedPids ??= findStartupPids(lines, raw)).get(pid) ?? void 0;
  let writers;
  let jobs;
  let anyPercent;
  let anyPortKill = false;
  for (const event of raw) {
    if (event.node === void 0 && event.subject !== void 0) {
      event.node = name(event.subject);
      event.nodeFrom = "subject";
    }
    if (event.leader !== void 0) event.leader = name(event.leader);
    if (event.peer !== void 0) event.peer = name(event.peer);
    if (event.target !== void 0) {
      event.target = name(event.target);
      if (event.kind === "kill" && event.pid !== void 0 && event.node === void 0 && !(writers ??= writersOf(raw)).has(event.target) && isExecKillAt(lines, event.line)) {
        event.target = nodeOfPid(String(event.pid));
      }
      if (event.kind === "kill" && event.target !== void 0 && isPortName(event.target)) anyPortKill = true;
    } else if ((event.kind === "kill" || event.notKill === "paused") && event.node === void 0 && event.pid !== void 0) event.target = nodeOfPid(String(event.pid));
    else if (event.kind === "kill" && event.node === void 0 && (anyPercent ??= lines.text.includes("%"))) {
      const killed = findKilledJobOf(lines, event.line, table.kinds);
      if (killed !== void 0) {
        const node = resolveKilledJob(jobs ??= readShellJobs(lines, table), killed.job, killed.line, nodeOfPid);
        if (node !== void 0) event.target = name(node);
      }
    }
  }
  if (raw.some((e) => e.kind === "kill" && e.node === void 0 && (e.pid !== void 0 || e.target === void 0))) {
    const nodesOfPid = (pid) => {
      const one = nodeOfPid(pid);
      if (one !== void 0) return [name(one)];
      const hosted = table.processHosts?.get(pid)?.map((node) => name(node)) ?? [];
      return hosted.filter((node, k) => hosted.indexOf(node) === k);
    };
    markSeveralNodeKills(lines, raw, nodesOfPid, (line) => table.hostLines?.get(line));
  }
  markRemoteMachines(lines, table, raw);
  markProcessClocks(raw, raw.some((e) => e.time?.format === "relative" || e.time?.format === "monotonic") ? readQuietStamps(lines, table, raw, name) : void 0);
  for (const [writer, node] of nameProcessWriters(raw) ?? []) aliases.set(writer, node);
  aliasTermLeaders(raw);
  if (bySender) dropMeshHeartbeats(raw);
  const seen = new Set(fileRuns?.writers.map((writer) => name(writer)));
  const timed = raw.some((e) => e.time !== void 0);
  const untimedWordsOnly = (i, node, from) => timed && from === "message" && table.stampAt[i] < 0 && isWriterFromWords({ node, nodeFrom: from }, lineText(lines, i, LINE_CAP2));
  if (fileRuns === void 0) {
    const { nodes, kinds } = table;
    let last;
    for (let i = 0; i < lines.count; i++) {
      const node = nodes[i];
      if (node === void 0 || node === last) continue;
      if (kinds[i] === LINE_COMMAND || kinds[i] === LINE_HEADER || untimedWordsOnly(i, node, NODE_SOURCES[table.nodeFrom[i]])) continue;
      if (summaryBlocks?.some((block) => i >= block.first && i < block.end) === true) continue;
      if (table.nodeFrom[i] === FROM_JSON_NAME2 && isJournalFieldLine(lines, table, i)) continue;
      if (isTraceMention(lines, table, i)) continue;
      last = node;
      seen.add(name(node));
    }
  }
  let wordsOnly;
  for (const event of raw) {
    if (event.node === void 0) continue;
    if (event.time === void 0 && untimedWordsOnly(event.line, event.node, event.nodeFrom)) (wordsOnly ??= []).push(event);
    else seen.add(event.node);
  }
  for (const event of wordsOnly ?? []) {
    if (seen.has(event.node)) continue;
    event.node = void 0;
    event.nodeFrom = void 0;
  }
  const killText = (line) => killClauses?.get(line) ?? (dateOutputKills?.has(line) === true ? "" : afterHeadStamp(lines, table, line));
  if (anyPortKill) resolvePortKills(lines.text, raw, seen, (node) => name(node));
  for (const bystander of attributeKillTargets(raw, seen, killText, (node) => name(node))) seen.delete(bystander);
  joinNumberedFamily(lines.text, seen, raw, aliases);
  if (repeated !== void 0) for (const copy of findCopyOnlyWriters(table, repeated)) seen.delete(name(copy));
  for (const outsider of findNonMembers(seen, raw)) seen.delete(outsider);
  let anyStamp = raw.some((e) => e.time !== void 0);
  for (let i = 0; !anyStamp && i < lines.count; i++) if (table.stampAt[i] >= 0 && stampOf(lines, table, i)) anyStamp = true;
  const unsummed = anyStamp ? void 0 : findUnsummedIncrementalCommand(lines, table);
  const read = { events: raw, nodes: sortNodes([...seen]), aliases, anyStamp };
  if (unsummed !== void 0) read.unsummedIncrementalLine = unsummed;
  if (summaryLines !== void 0) read.summaryLines = summaryLines;
  if (repeated !== void 0) read.repeatedSections = repeated.sections;
  read.lineWriters = table.nodes;
  return read;
}
function isTimedAfterKill(text, lineKind, meaning, ownLine) {
  if (lineKind === LINE_LOG) return ownLine && meaning.target === void 0 && meaning.pid === void 0;
  if (lineKind !== LINE_COMMAND) return false;
  const kill = COMMAND_KILL_PATTERN.exec(text);
  const date = DATE_WORD.exec(text);
  return kill !== null && date !== null && date.index > kill.index;
}
function markManagerStop(event, text) {
  if (!UNIT_STOP_PATTERN.test(text)) return;
  event.byManager = true;
  event.node = void 0;
  event.nodeFrom = void 0;
}
function isJournalFieldLine(lines, table, i) {
  const record = findJournalRecord(lines, table, i);
  return record !== void 0 && record.field.key !== "MESSAGE";
}
function addSelfNameAliases(selfNames, events, aliases) {
  const writers = new Set(events.map((e) => e.node));
  const claims = /* @__PURE__ */ new Map();
  const chosen = [];
  for (const [writer, self] of selfNames) {
    if (self === null || writers.has(self) || aliases.has(self)) continue;
    claims.set(self, (claims.get(self) ?? 0) + 1);
    chosen.push([self, writer]);
  }
  for (const [self, writer] of chosen) if (claims.get(self) === 1) aliases.set(self, writer);
}
function addFamilyAliases(events, aliases) {
  let families;
  let writerFamily;
  for (const [alias, node] of aliases) {
    const joined = familyNodeOf(alias);
    if (joined === void 0) continue;
    const count = (families ??= /* @__PURE__ */ new Map()).get(joined.family) ?? 0;
    families.set(joined.family, node === joined.node && count >= 0 ? count + 1 : -1);
    const named = isNumberedNode(alias) ? familyNodeOf(node) : void 0;
    if (named === void 0 || named.node !== alias || writerFamily === null) continue;
    const prefix = node.slice(0, node.length - alias.length + 4);
    writerFamily = writerFamily === void 0 || writerFamily.prefix === prefix ? { prefix, count: (writerFamily?.count ?? 0) + 1 } : null;
  }
  if (families === void 0) return;
  const writers = new Set(events.map((e) => e.node));
  const join = (name) => {
    if (name === void 0 || aliases.has(name) || writers.has(name)) return;
    const joined = familyNodeOf(name);
    if (joined !== void 0 && (families.get(joined.family) ?? 0) >= 2) aliases.set(name, joined.node);
    else if (isNumberedNode(name) && writerFamily != null && writerFamily.count >= 2) {
      const member = `${writerFamily.prefix}${name.slice(4)}`;
      if (!writers.has(member)) aliases.set(name, member);
    }
  };
  for (const event of events) {
    join(event.target);
    join(event.leader);
  }
}
function familyNodeOf(name) {
  const m = FAMILY_NAME.exec(name) ?? FAMILY_NAME.exec(name.replace(COMPOSE_REPLICA, ""));
  return m ? { family: m[1].toLowerCase(), node: nodeLabel(Number(m[2])) } : void 0;
}
var COMPOSE_REPLICA = /(?<=\d)[-_]\d{1,3}$/;
function isSameFamilyNode(a, b) {
  const x = familyNodeOf(a);
  const y = familyNodeOf(b);
  if (x === void 0 || y === void 0 || x.node !== y.node) return false;
  const [long, short] = x.family.length >= y.family.length ? [x.family, y.family] : [y.family, x.family];
  return long === short || long.endsWith(short) && (long.charCodeAt(long.length - short.length - 1) === 45 || long.charCodeAt(long.length - short.length - 1) === 95);
}
function addProjectFamilyAliases(events, aliases) {
  const writers = /* @__PURE__ */ new Set();
  for (const e of events) if (e.node !== void 0) writers.add(e.node);
  const join = (name, among) => {
    if (name === void 0 || writers.has(name) || aliases.has(name)) return;
    let found;
    for (const node of among) {
      if (!isSameFamilyNode(name, node)) continue;
      if (found !== void 0) return;
      found = node;
    }
    if (found !== void 0 && familyNodeOf(found).family !== familyNodeOf(name).family) aliases.set(name, found);
  };
  for (const e of events) {
    join(e.leader, writers);
    join(e.target, writers);
    join(e.peer, writers);
  }
  const named = /* @__PURE__ */ new Set();
  for (const e of events) if (e.leader !== void 0 && !writers.has(e.leader) && !aliases.has(e.leader)) named.add(e.leader);
  if (named.size > 0) {
    for (const e of events) if (e.kind === "kill" && e.node === void 0) join(e.target, named);
  }
}
function addStoppedContainerAliases(lines, events, aliases) {
  let writers;
  for (const event of events) {
    const name = event.target;
    if (event.kind !== "kill" || event.node !== void 0 || name === void 0 || aliases.has(name)) continue;
    const joined = familyNodeOf(name);
    if (joined === void 0 || joined.node === name) continue;
    writers ??= new Set(events.map((e) => e.node));
    if (writers.has(name) || !writers.has(joined.node)) continue;
    if ([...writers].some((writer) => writer !== void 0 && familyNodeOf(writer)?.family === joined.family)) continue;
    if ([...aliases].some(([alias, node]) => familyNodeOf(alias)?.family === joined.family && node !== familyNodeOf(alias).node)) continue;
    if (isStoppedContainer(lines, name, joined.node)) aliases.set(name, joined.node);
  }
}
function isStoppedContainer(lines, name, node) {
  const word = new RegExp(`(?<![\\w.-])${escapeRegExp(name)}(?![\\w-])`);
  let stopped = false;
  for (let from = lines.text.indexOf(name); from >= 0; from = lines.text.indexOf(name, from + name.length)) {
    const i = lineAt(lines, from);
    const text = lineText(lines, i, LINE_CAP2);
    if (!word.test(text)) continue;
    const launched = readLaunchFlags(text)?.node;
    if (launched !== void 0 && launched !== node) return false;
    if (findStoppedName(text) === name && findKillingExecName(text) === void 0) stopped = true;
  }
  return stopped;
}
function addLaunchAliases(launchNames, events, aliases) {
  let writers;
  for (const [name, node] of launchNames) {
    if (isAllAsciiDigits(name) || aliases.has(name)) continue;
    writers ??= new Set(events.map((e) => e.node));
    if (!writers.has(name)) aliases.set(name, node);
  }
}
function joinNumberedFamily(text, seen, events, aliases) {
  let family;
  let members;
  for (const name of seen) {
    if (isNumberedNode(name)) continue;
    const m = FAMILY_NAME.exec(name);
    if (!m) continue;
    const prefix = m[1].toLowerCase();
    if (family !== void 0 && family !== prefix) family = null;
    else family ??= prefix;
    (members ??= /* @__PURE__ */ new Map()).set(Number(m[2]), name);
  }
  if (family == null || members === void 0 || members.size < 2 || members.has(0)) return;
  const numbered = new Set(seen);
  for (const e of events) {
    if (e.leader !== void 0) numbered.add(e.leader);
    if (e.target !== void 0) numbered.add(e.target);
  }
  let renames;
  for (const name of numbered) {
    if (!isNumberedNode(name)) continue;
    const n = Number(name.slice(4));
    if (n === 0) return;
    const member = members.get(n);
    if (member === void 0 || aliases.has(name) || new RegExp(`\\b(?:node[-_ ]?|n)${n}\\b`, "i").test(text)) continue;
    (renames ??= /* @__PURE__ */ new Map()).set(name, member);
  }
  if (renames === void 0) return;
  for (const [name, member] of renames) {
    aliases.set(name, member);
    seen.delete(name);
  }
  for (const e of events) {
    if (e.node !== void 0) e.node = renames.get(e.node) ?? e.node;
    if (e.leader !== void 0) e.leader = renames.get(e.leader) ?? e.leader;
    if (e.target !== void 0) e.target = renames.get(e.target) ?? e.target;
  }
}
function joinPortWriters(events, aliases) {
  let anyPort = false;
  for (const name of aliases.keys()) if (isPortName(name)) anyPort = true;
  if (!anyPort) return;
  let renames;
  let last;
  for (const event of events) {
    const node = event.node;
    if (node === void 0 || node === last) continue;
    last = node;
    if (renames?.has(node) || !isAsciiDigit(node.charCodeAt(node.length - 1))) continue;
    const port = PORT_WRITER.exec(node)?.[1];
    const owner = port === void 0 ? void 0 : aliases.get(`:${port}`);
    (renames ??= /* @__PURE__ */ new Map()).set(node, owner === void 0 || owner === node || isPortName(owner) ? null : owner);
  }
  if (renames === void 0) return;
  for (const [name, owner] of renames) if (owner !== null && !aliases.has(name)) aliases.set(name, owner);
  for (const event of events) {
    const owner = event.node === void 0 ? void 0 : renames.get(event.node);
    if (owner != null) event.node = owner;
  }
}
function nameAddressHeads(events, addressHeads, aliases) {
  for (const event of events) {
    if (event.node !== void 0) continue;
    const address = addressHeads.get(event.line);
    const key = address === void 0 ? void 0 : addressKey(address);
    const owner = key === void 0 ? void 0 : aliases.get(key);
    if (owner === void 0) continue;
    event.node = owner;
    event.nodeFrom = "head-token";
  }
}
var PORT_WRITER = /^(?!node\d)[a-z][\w.-]{0,30}?[a-z_.-](\d{3,5})$/i;
function addHeadTokenAliases(table, events, aliases) {
  let named;
  let writers;
  let last;
  const headToken = NODE_SOURCES.indexOf("head-token");
  for (let i = 0; i < table.nodes.length; i++) {
    const node = table.nodes[i];
    if (node === last || table.nodeFrom[i] !== headToken || node === void 0) continue;
    last = node;
    const norm = normalizeNodeToken(node);
    if (norm === void 0 || norm === node) continue;
    named ??= /* @__PURE__ */ new Map();
    const before = named.get(norm);
    named.set(norm, before === void 0 || before === node ? node : null);
  }
  if (named === void 0) return;
  for (const [norm, node] of named) {
    writers ??= new Set(events.map((e) => e.node));
    if (node !== null && !writers.has(norm) && !aliases.has(norm)) aliases.set(norm, node);
  }
}
function addAddressAliases(events, aliases) {
  let last;
  for (const event of events) {
    const node = event.node;
    if (node === void 0 || node === last || !node.includes(":")) continue;
    last = node;
    const key = addressKey(node);
    if (key === void 0) continue;
    if (key !== node && !aliases.has(key)) aliases.set(key, node);
    if (!isPortName(key)) continue;
    const bare = nodeLabel(Number(key.slice(1)));
    if (!aliases.has(bare)) aliases.set(bare, node);
  }
}
var LEADER_ADDRESS_AND_ID = /\b(?:last-)?leader-addr(?:ess)?=["']?([\w.-]{1,64}):(\d{2,5})["']?\s+(?:last-)?leader-id=["']?([\w.:-]{1,64})/i;
function addLeaderAddressAliases(lines, events, aliases) {
  let writers;
  const writerOf = (host) => {
    writers ??= new Map(events.flatMap((e) => e.node === void 0 ? [] : [[e.node.toLowerCase(), e.node]]));
    return writers.get(host.toLowerCase());
  };
  let targets;
  const targetOf = (name) => {
    targets ??= new Map(events.flatMap((e) => e.target === void 0 ? [] : [[e.target.toLowerCase(), e.target]]));
    return targets.get(name.toLowerCase());
  };
  for (const event of events) {
    if (event.leader === void 0) continue;
    const key = event.leader.includes(":") ? addressKey(event.leader) : void 0;
    const writer = key === void 0 ? void 0 : writerOf(hostOf(key));
    if (writer !== void 0 && !aliases.has(key)) aliases.set(key, writer);
    const slash = event.leader.indexOf("/");
    const server = slash > 0 && !aliases.has(event.leader) ? normalizeNodeToken(event.leader.slice(0, slash)) : void 0;
    const named = server === void 0 ? void 0 : writerOf(server);
    if (named !== void 0) aliases.set(event.leader, named);
    const at = event.leader.indexOf("@");
    const short = at > 0 && !aliases.has(event.leader) ? event.leader.slice(0, at) : void 0;
    const erlang = short === void 0 ? void 0 : writerOf(short) ?? targetOf(short);
    if (erlang !== void 0) aliases.set(event.leader, erlang);
    const text = lineText(lines, event.line, LINE_CAP2);
    if (!text.includes("leader-")) continue;
    const pair = LEADER_ADDRESS_AND_ID.exec(text);
    const address = pair ? addressKey(`${pair[1]}:${pair[2]}`) : void 0;
    const host = address === void 0 ? void 0 : writerOf(hostOf(address));
    if (host === void 0) continue;
    if (!aliases.has(address)) aliases.set(address, host);
    const id = normalizeNodeToken(pair[3]);
    if (id !== void 0 && id !== host && !aliases.has(id) && writerOf(id) === void 0) aliases.set(id, host);
  }
  addShortErlangNames(events, aliases);
}
function addShortErlangNames(events, aliases) {
  let hosts;
  for (const [alias, node] of aliases) {
    const at = alias.indexOf("@");
    if (at > 0 && alias.slice(0, at).toLowerCase() === node.toLowerCase()) (hosts ??= /* @__PURE__ */ new Set()).add(alias.slice(at + 1).toLowerCase());
  }
  if (hosts === void 0) return;
  const writers = new Set(events.map((e) => e.node));
  for (const event of events) {
    for (const name of [event.leader, event.target]) {
      const at = name === void 0 ? -1 : name.indexOf("@");
      if (at > 0 && !aliases.has(name) && !writers.has(name) && hosts.has(name.slice(at + 1).toLowerCase())) aliases.set(name, name.slice(0, at));
    }
  }
}
function nameSpacedStartups(lines, events) {
  for (const event of events) {
    if (event.kind !== "startup" || event.node !== void 0) continue;
    const node = readSpacedStartupNode(lineText(lines, event.line, LINE_CAP2));
    if (node === void 0) continue;
    event.node = node;
    event.nodeFrom = "message";
  }
}
var hostOf = (key) => key.slice(0, key.lastIndexOf(":"));
function isTraceMention(lines, table, i) {
  return NODE_SOURCES[table.nodeFrom[i]] === "message" && table.stampAt[i] < 0 && (findTraceContinuation(lines, table, i) !== void 0 || findJournalRecord(lines, table, i) !== void 0);
}
var ADDRESS_SOURCE = String.raw`((?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]*\])?:\d{2,5})\b`;
var LISTEN_ADDRESS = new RegExp(
  String.raw`\b(?:listening|listens|serving|bound|bind|started)\b[^\n]{0,24}?\b(?:on|at|to)\s+(?:tcp:\/\/|http:\/\/)?${ADDRESS_SOURCE}|\bstart(?:ing|ed):? ${ADDRESS_SOURCE}|\b(?:addr|address|listen|bind)=["']?${ADDRESS_SOURCE}`,
  "i"
);
function isTransferElection(lines, previous, line) {
  return lineText(lines, previous, LINE_CAP2).includes("MsgTimeoutNow") && ELECTION_TIMER_FIRED_PATTERN.test(lineText(lines, line, LINE_CAP2));
}
function readLogText(text, patterns) {
  return readLogEvents(indexLines(text), patterns);
}
function isExecKillAt(lines, i) {
  return [i, i - 1].some((k) => k >= 0 && findKillingExecName(lineText(lines, k, LINE_CAP2)) !== void 0);
}
function writersOf(events) {
  const writers = /* @__PURE__ */ new Set();
  for (const e of events) if (e.node !== void 0) writers.add(e.node);
  return writers;
}
function toEvent(line, time, node, nodeFrom, m) {
  return {
    line,
    kind: m.kind,
    time,
    node,
    nodeFrom,
    leader: m.leader,
    peer: m.peer,
    term: m.term,
    target: m.target,
    pid: m.pid,
    signal: m.signal,
    subject: m.subject,
    notKill: m.notKill,
    silentMs: m.silentMs,
    startsElection: m.startsElection,
    role: m.role,
    bySender: m.bySender,
    heardFrom: m.heardFrom,
    words: m.words
  };
}
function findStartupPids(lines, events) {
  const pids = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.kind !== "startup" || event.node === void 0) continue;
    const pid = readStatedPid(lines, event.line);
    if (pid === void 0) continue;
    const known = pids.get(pid);
    pids.set(pid, known === void 0 || known === event.node ? event.node : null);
  }
  return pids;
}

// src/proof/parse-regex.ts
var DIGIT = { negated: false, ranges: [[48, 57]] };
var WORD = { negated: false, ranges: [[48, 57], [65, 90], [95, 95], [97, 122]] };
var SPACE = {
  negated: false,
  ranges: [[9, 13], [32, 32], [160, 160], [5760, 5760], [8192, 8202], [8232, 8233], [8239, 8239], [8287, 8287], [12288, 12288], [65279, 65279]]
};
var DOT = { negated: true, ranges: [[10, 10], [13, 13], [8232, 8233]] };
var ANY = { negated: true, ranges: [] };
var negate = (set3) => ({ negated: !set3.negated, ranges: set3.ranges });
var OPAQUE = { type: "set", set: ANY, opaque: true };
var CLASS_ESCAPES = {
  d: DIGIT,
  D: negate(DIGIT),
  w: WORD,
  W: negate(WORD),
  s: SPACE,
  S: negate(SPACE)
};
var CONTROL_ESCAPES = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };
var Parser = class {
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
    const addSet = (set3) => {
      if (set3.negated) parts.push(set3);
      else ranges.push(...set3.ranges);
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
function parseRegex(source) {
  try {
    return new Parser(source).parse();
  } catch {
    return OPAQUE;
  }
}

// src/proof/pike-vm.ts
var CHAR = 0;
var SPLIT = 1;
var JMP = 2;
var ASSERT = 3;
var MATCH = 4;
var ASSERT_START = 0;
var ASSERT_END = 1;
var ASSERT_WORD = 2;
var ASSERT_NOT_WORD = 3;
var MAX_INSTRUCTIONS = 2e4;
var foldCache = /* @__PURE__ */ new Map();
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
function inSet(set3, code) {
  const listed = inRanges(set3.ranges, code) || (set3.parts?.some((part) => inSet(part, code)) ?? false);
  return listed !== set3.negated;
}
function charTest(set3) {
  const positive = { ...set3, negated: false };
  const listed = (code) => inSet(positive, code);
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const other = c >= 65 && c <= 90 ? c + 32 : c >= 97 && c <= 122 ? c - 32 : c;
    ascii[c] = Number((listed(c) || listed(other)) !== set3.negated);
  }
  return (code) => {
    if (code < 128) return ascii[code] === 1;
    const lower = String.fromCharCode(code).toLowerCase().charCodeAt(0);
    const hit = listed(code) || listed(canonical(code)) || lower >= 128 && listed(lower);
    return hit !== set3.negated;
  };
}
var Compiler = class {
  op = [];
  a = [];
  b = [];
  tests = [];
  emit(op2, a = 0, b = 0) {
    if (this.op.length >= MAX_INSTRUCTIONS) throw new RangeError("program too large");
    this.op.push(op2);
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
var isWord = (code) => code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
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
var scratches = /* @__PURE__ */ new WeakMap();
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
  const { op: op2, a, b, tests } = program;
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
      const o = op2[pc];
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
      const o = op2[pc];
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

// src/proof/regex-cost.ts
var CAP = 1e9;
var clamp = (n) => n > CAP ? Infinity : n;
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

// src/proof/wasm-binary.ts
function encodeUnsigned(value) {
  const out = [];
  let v = value >>> 0;
  do {
    let byte = v & 127;
    v >>>= 7;
    if (v !== 0) byte |= 128;
    out.push(byte);
  } while (v !== 0);
  return out;
}
function encodeSigned(value) {
  const out = [];
  let v = value | 0;
  for (; ; ) {
    const byte = v & 127;
    v >>= 7;
    if (v === 0 && (byte & 64) === 0 || v === -1 && (byte & 64) !== 0) {
      out.push(byte);
      return out;
    }
    out.push(byte | 128);
  }
}
var EMPTY = 64;
var op = {
  block: [2, EMPTY],
  loop: [3, EMPTY],
  if: [4, EMPTY],
  else: [5],
  end: [11],
  br: (depth) => [12, ...encodeUnsigned(depth)],
  brIf: (depth) => [13, ...encodeUnsigned(depth)],
  return: [15],
  call: (func) => [16, ...encodeUnsigned(func)],
  localGet: (local) => [32, ...encodeUnsigned(local)],
  localSet: (local) => [33, ...encodeUnsigned(local)],
  localTee: (local) => [34, ...encodeUnsigned(local)],
  // Memory access: natural alignment (log2 of the width) and a constant byte offset added to the address.
  i32Load: (offset = 0) => [40, 2, ...encodeUnsigned(offset)],
  i32Load8U: (offset = 0) => [45, 0, ...encodeUnsigned(offset)],
  i32Load16U: (offset = 0) => [47, 1, ...encodeUnsigned(offset)],
  i32Store: (offset = 0) => [54, 2, ...encodeUnsigned(offset)],
  i32Store16: (offset = 0) => [59, 1, ...encodeUnsigned(offset)],
  i32Const: (value) => [65, ...encodeSigned(value)],
  i32Eqz: [69],
  i32Eq: [70],
  i32Ne: [71],
  i32LtU: [73],
  i32GtU: [75],
  i32LeU: [77],
  i32GeU: [79],
  i32Ctz: [104],
  i32Add: [106],
  i32Sub: [107],
  i32Mul: [108],
  i32DivU: [110],
  i32And: [113],
  i32Or: [114],
  i32Shl: [116],
  i32ShrU: [118],
  // SIMD (prefix 0xfd, then the opcode as LEB128); v128 accesses declare byte alignment: the decoder's addresses are any.
  v128Load: (offset = 0) => [253, 0, 0, ...encodeUnsigned(offset)],
  v128Store: (offset = 0) => [253, 11, 0, ...encodeUnsigned(offset)],
  i8x16Bitmask: [253, 100],
  i16x8ExtendLowI8x16U: [253, 137, 1],
  i16x8ExtendHighI8x16U: [253, 138, 1],
  i8x16MinU: [253, 119],
  v128Or: [253, 80],
  i8x16AllTrue: [253, 99],
  /** v128.const with every byte `byte`. */
  v128ConstBytes: (byte) => [253, 12, ...new Array(16).fill(byte & 255)]
};

// src/proof/decode-utf8-wasm.ts
var MAX_INPUT_BYTES = 1 << 20;
var WIDE_SHIFT = 30;
var WIDE_BIT = 1 << WIDE_SHIFT;
var get = op.localGet;
var set = op.localSet;
var constant = op.i32Const;

// src/proof/literal-scan-wasm.ts
var LANES = 5;
var CHUNK_UNITS = 8 * 1024;
var TEXT_UNITS = LANES * CHUNK_UNITS;
var WINDOW_SHIFT = 14;
var WINDOW_BYTES = 1 << WINDOW_SHIFT;
var HIT_BYTES = CHUNK_UNITS * 8;
var LANE_SHIFT = 5;
var LANE_HEADER = 1 << LANE_SHIFT;
var BOTH_END = LANES * LANE_HEADER;
var ACCEPT_FROM = BOTH_END + 4;
var UNIT_CELLS = 256;
var UNIT_COLUMNS = UNIT_CELLS + 65536 * 2;
var WINDOWS_AT = UNIT_COLUMNS + 65536;
var HITS_AT = WINDOWS_AT + LANES * WINDOW_BYTES;
var BREAKS_AT = HITS_AT + LANES * HIT_BYTES;
var NEUTRAL_AT = BREAKS_AT + LANES * CHUNK_UNITS * 4;
var TABLE_AT = NEUTRAL_AT + CHUNK_UNITS * 2;
var WASM_TABLE_MAX_BYTES = 16 << 20;
var get2 = op.localGet;
var set2 = op.localSet;
var constant2 = op.i32Const;
var SPARE_BREAKS = 1 << 16;
var SPARE_HITS = 1 << 16;

// src/proof/literal-automaton.ts
var WHITE_SPACE = /* @__PURE__ */ new Set([
  9,
  11,
  12,
  160,
  5760,
  8192,
  8193,
  8194,
  8195,
  8196,
  8197,
  8198,
  8199,
  8200,
  8201,
  8202,
  8232,
  8233,
  8239,
  8287,
  12288,
  65279
]);
function foldLiteralChar(code) {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 45 || code === 95 || WHITE_SPACE.has(code)) return 32;
  return code;
}
var WASM_AT_ONCE_CHARS = 1 << 20;
var COUNT_FIRST_HITS = 1 << 14;

// src/proof/regex-literals.ts
var EXACT_LIMIT = 64;
var SMALL_CLASS = 32;
var SMALL_REPEAT = 4;
function foldChar(code) {
  if (code === 10 || code === 13) return void 0;
  const folded = foldLiteralChar(code);
  if (folded < 128 || folded !== code) return String.fromCharCode(folded);
  const c = String.fromCharCode(code);
  return c.toLowerCase() === c && c.toUpperCase() === c ? c : void 0;
}
function setChars(set3) {
  if (set3.negated || set3.parts) return null;
  let size = 0;
  for (const [lo, hi] of set3.ranges) size += hi - lo + 1;
  if (size > SMALL_CLASS * 4) return null;
  const chars = /* @__PURE__ */ new Set();
  for (const [lo, hi] of set3.ranges) {
    for (let code = lo; code <= hi; code++) {
      if (code === 10 || code === 13) continue;
      const c = foldChar(code);
      if (c === void 0) return null;
      chars.add(c);
    }
  }
  return chars.size > SMALL_CLASS ? null : [...chars];
}
function multiply(heads, tails) {
  if (heads.length * tails.length > EXACT_LIMIT) return null;
  const out = /* @__PURE__ */ new Set();
  for (const head of heads) for (const tail of tails) out.add(head + tail);
  return [...out];
}
function exactOf(node) {
  switch (node.type) {
    case "char": {
      const c = foldChar(node.code);
      return c === void 0 ? null : [c];
    }
    case "set":
      return node.opaque ? null : setChars(node.set);
    case "assert":
      return [""];
    case "backref":
      return null;
    case "group":
      return node.look === "none" ? exactOf(node.body) : [""];
    case "quant": {
      if (node.max > SMALL_REPEAT) return null;
      const body = exactOf(node.body);
      if (!body) return null;
      const out = /* @__PURE__ */ new Set();
      let power = [""];
      for (let k = 0; k <= node.max && power; k++) {
        if (k >= node.min) for (const s of power) out.add(s);
        if (out.size > EXACT_LIMIT) return null;
        power = k < node.max ? multiply(power, body) : null;
        if (power === null && k < node.max) return null;
      }
      return [...out];
    }
    case "alt": {
      const out = /* @__PURE__ */ new Set();
      for (const branch of node.branches) {
        let strings = [""];
        for (const item of branch) {
          const part = exactOf(item);
          strings = part && multiply(strings, part);
          if (!strings) return null;
        }
        for (const s of strings) out.add(s);
        if (out.size > EXACT_LIMIT) return null;
      }
      return [...out];
    }
  }
}
var usable = (strings) => strings.length > 0 && strings.every((s) => s.length > 0);
var better = (a, b) => {
  const minA = Math.min(...a.map((s) => s.length));
  const minB = Math.min(...b.map((s) => s.length));
  return minA !== minB ? minA > minB : a.length < b.length;
};
function clausesOfSequence(items) {
  const candidates = [];
  let run = [""];
  const flush = () => {
    if (usable(run)) candidates.push(run);
    run = [""];
  };
  for (const item of items) {
    const exact = exactOf(item);
    if (exact) {
      const joined = multiply(run, exact);
      if (joined) run = joined;
      else {
        flush();
        run = exact;
      }
      continue;
    }
    if (item.type === "quant" && item.min >= 1) {
      const body = exactOf(item.body);
      if (body) {
        const joined = multiply(run, body);
        if (joined) run = joined;
        flush();
        run = body;
        continue;
      }
    }
    flush();
    const inner = factorOf(item);
    if (inner) candidates.push(inner);
  }
  flush();
  return candidates.sort((a, b) => better(a, b) ? -1 : better(b, a) ? 1 : 0);
}
var factorOfSequence = (items) => clausesOfSequence(items)[0] ?? null;
function factorOf(node) {
  switch (node.type) {
    case "char":
    case "set": {
      const exact = exactOf(node);
      return exact && usable(exact) ? exact : null;
    }
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
var CLAUSES_PER_BRANCH = 2;
var minimalClause = (clause) => clause.filter((s, i) => !clause.some((t, j) => j !== i && s.includes(t) && (s !== t || j < i)));
function literalRequirement(ast) {
  const branches = ast.type === "alt" ? ast.branches : [[ast]];
  const out = [];
  for (const branch of branches) {
    const clauses = clausesOfSequence(branch).filter((clause) => clause.every((s) => s.length >= 2));
    if (clauses.length === 0) return null;
    out.push(clauses.slice(0, CLAUSES_PER_BRANCH).map(minimalClause));
  }
  return out;
}
function requirementLiterals(requirement) {
  return [...new Set(requirement.flat(2))];
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
var isPlainAlternative = (part) => /^[\w .,:;'"/=#@!-]+$/.test(part.replace(/\\b/g, ""));
function describeAlternatives(source) {
  return splitTopLevel(source).map((part) => isPlainAlternative(part) ? part.replace(/\\b/g, "").trim() : part);
}

// src/proof/compile-pattern.ts
var MAX_V8_PATHS = 256;
var MAX_CACHED = 512;
var cache = /* @__PURE__ */ new Map();
var analyses = /* @__PURE__ */ new Map();
function withoutCaptures(regex) {
  const source = dropCaptureGroups(regex.source);
  if (source === regex.source) return regex;
  try {
    return new RegExp(source, regex.flags);
  } catch {
    return regex;
  }
}
function onV8(analysis, regex) {
  const { source, literals, requirement, expected } = analysis;
  const run = withoutCaptures(regex);
  return {
    source,
    engine: "v8",
    literals,
    requirement,
    expected,
    test: (line) => run.test(line),
    exec: (line) => {
      const m = run.exec(line);
      return m ? { index: m.index, text: m[0] } : void 0;
    }
  };
}
function compile(written) {
  const analysed = analyses.get(written);
  if (analysed) return { ok: true, pattern: onV8(analysed, new RegExp(analysed.source, "i")) };
  let regex;
  try {
    new RegExp(written, "i");
  } catch (error) {
    const message = error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "");
    return { ok: false, reason: "invalid", message };
  }
  const source = widenWordGaps(written);
  try {
    regex = new RegExp(source, "i");
  } catch {
    return { ok: false, reason: "invalid", message: `cannot widen the spaces of ${written}` };
  }
  const ast = parseRegex(source);
  const requirement = literalRequirement(ast);
  const literals = requirement && requirementLiterals(requirement);
  const expected = describeAlternatives(written);
  if (backtrackingPaths(ast) <= MAX_V8_PATHS) return { ok: true, pattern: onV8({ source, literals, requirement, expected }, regex) };
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
      requirement,
      expected,
      test: (line) => runProgram(program, line, true) !== void 0,
      exec: (line) => {
        const span = runProgram(program, line);
        return span ? { index: span[0], text: line.slice(span[0], span[1]) } : void 0;
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

// src/proof/compile-event-patterns.ts
var TIMING_PATTERN_KEYS = ["kill_pattern", "heartbeat_pattern", "connection_pattern"];
var BUILT_IN_MARK_PATTERNS = [...BUILT_IN_EVENT_PATTERNS, ...WORD_GUARD_PATTERNS].map(([bit, regex]) => {
  const result = compilePattern(regex.source);
  if (!result.ok) throw new Error(`built-in pattern ${regex.source}: ${result.message}`);
  return [bit, result.pattern];
});
function compileEventPatterns(timing) {
  const sources = {
    kill_pattern: timing?.kill_pattern ?? DEFAULT_KILL_PATTERN,
    heartbeat_pattern: timing?.heartbeat_pattern ?? DEFAULT_HEARTBEAT_PATTERN,
    connection_pattern: timing?.connection_pattern ?? DEFAULT_CONNECTION_PATTERN
  };
  const compiled = [];
  for (const key of TIMING_PATTERN_KEYS) {
    const result = compilePattern(sources[key]);
    if (!result.ok) return { ok: false, key, pattern: sources[key], reason: result.reason, message: result.message };
    compiled.push(result.pattern);
  }
  const [kill, heartbeat, connection] = compiled;
  return { ok: true, patterns: { kill, heartbeat, connection } };
}

// src/lesson/parse-lesson.ts
import matter from "gray-matter";

// src/findings/finding.ts
function createFinding(code, severity, args = {}, where = {}) {
  if (where.file === void 0) {
    const { path, line } = where;
    if (path === void 0) return line === void 0 ? { code, severity, args } : { code, severity, line, args };
    return line === void 0 ? { code, severity, path, args } : { code, severity, path, line, args };
  }
  const finding = { code, severity };
  finding.file = where.file;
  if (where.path !== void 0) finding.path = where.path;
  if (where.line !== void 0) finding.line = where.line;
  finding.args = args;
  return finding;
}
function hasErrors(findings) {
  return findings.some((f) => f.severity === "error");
}

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
function suggestClosest(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const distance2 = editDistance(needle, candidate.toLowerCase());
    if (!best || distance2 < best.distance) best = { candidate, distance: distance2 };
  }
  if (!best) return void 0;
  const allowed = Math.max(2, Math.floor(best.candidate.length / 3));
  return best.distance <= allowed ? best.candidate : void 0;
}

// src/lesson/lesson-patterns.ts
function listLessonPatterns(front) {
  const patterns = front.proof.regex_patterns.map((pattern, i) => ({ path: ["proof", "regex_patterns", i], pattern }));
  const timing = front.proof.timing;
  if (timing) {
    for (const key of ["kill_pattern", "heartbeat_pattern", "connection_pattern"]) {
      patterns.push({ path: ["proof", "timing", key], pattern: timing[key] });
    }
  }
  return patterns;
}
function formatFieldPath(path) {
  return path.map((segment, i) => typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`).join("");
}

// src/lesson/parse-duration.ts
var DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/;
var DURATION_EXAMPLE = "a duration like 300ms or 1.5s";
function parseDurationMs(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  const match = DURATION.exec(value);
  if (!match) return void 0;
  const amount = Number(match[1]);
  return match[2] === "s" ? amount * 1e3 : amount;
}

// src/lesson/parse-target.ts
var TARGET_WORDS = ["leader", "follower", "followers", "old-leader", "new-leader", "rest", "all"];
function parseTarget(text) {
  const groups = [];
  for (const part of text.split("|")) {
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

// src/lesson/scenario-schema.ts
import { z } from "zod";
var duration = z.union([z.number().nonnegative(), z.string().regex(/^\s*\d+(\.\d+)?\s*(ms|s)\s*$/)]).describe('A duration: "300ms", "1.5s", or a number of milliseconds.');
var target = z.string().min(1).describe('leader | follower | followers | old-leader | new-leader | rest | all | node N; partition groups split by "|" (e.g. "leader | rest").');
var base = {
  title: z.string().min(1).optional().describe("What the student reads in the step list."),
  id: z.string().min(1).optional().describe("Name other steps use for this one (default: its kind, for the first of that kind).")
};
var scenarioStepSchema = z.discriminatedUnion("step", [
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
var scenarioSchema = z.object({
  nodes: z.int().min(1).max(9).default(3).describe("Cluster size."),
  steps: z.array(scenarioStepSchema).min(1).describe("Run in order; a failed expectation is reported and the run goes on, a failed action ends it.")
}).describe("The lesson's demo as data: steps and expectations over a real cluster, run by `verify-lesson <id>`.");
var STEP_KEYS = Object.fromEntries(
  scenarioStepSchema.options.map((option) => [option.shape.step.value, Object.keys(option.shape)])
);

// src/lesson/check-scenario.ts
var TARGET_FIELDS = ["target", "nodes"];
var DURATION_FIELDS = ["within", "latency"];
var isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
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
  const stepKinds = `a step kind: ${kinds.join(", ")}`;
  scenario.steps.forEach((step, i) => {
    const at = (key) => ["scenario", "steps", i, key];
    if (!isRecord(step)) return;
    if (step.step !== void 0 && typeof step.step !== "string") {
      add("LESSON_FIELD_INVALID", "error", { expected: stepKinds, found: step.step }, at("step"));
      return;
    }
    if (step.step === void 0) {
      const misspelled = Object.keys(step).find((key) => suggestClosest(key, ["step"]) !== void 0 && typeof step[key] === "string");
      const instead = misspelled === void 0 ? {} : { suggestion: `step: ${String(step[misspelled])}`, found: `${misspelled}: ${String(step[misspelled])}` };
      add("LESSON_FIELD_MISSING", "error", { expected: stepKinds, ...instead }, at("step"));
      return;
    }
    const keys = STEP_KEYS[step.step];
    const kind = step.step;
    if (!keys) {
      add("LESSON_SCENARIO_STEP_UNKNOWN", "error", { found: kind, suggestion: suggestClosest(kind, kinds), allowed: kinds }, at("step"));
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

// src/lesson/locate-field.ts
var indentOf = (line) => line.length - line.trimStart().length;
var isContent = (line) => line.trim() !== "" && !line.trimStart().startsWith("#");
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
function blockEnd(lines, start, indent, limit, isItem) {
  for (let i = start + 1; i < limit; i++) {
    const line = lines[i];
    if (!isContent(line)) continue;
    const lineIndent = indentOf(line);
    if (lineIndent < indent) return i;
    if (lineIndent === indent && (isItem || !line.trimStart().startsWith("- "))) return i;
  }
  return limit;
}
function findKey(lines, scope, key) {
  const keyPattern = new RegExp(`^(\\s*)(- )?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
  let childIndent;
  for (let i = scope.line + 1; i < scope.end; i++) {
    const line = lines[i];
    if (!isContent(line)) continue;
    childIndent ??= indentOf(line);
    const match = keyPattern.exec(line);
    if (match && indentOf(line) === childIndent) {
      const indent = match[1].length + (match[2] ? 2 : 0);
      return { line: i, indent, end: blockEnd(lines, i, indent, scope.end, false) };
    }
  }
  return void 0;
}
function findItem(lines, scope, index) {
  let seen = -1;
  let itemIndent;
  for (let i = scope.line + 1; i < scope.end; i++) {
    const line = lines[i];
    if (!isContent(line) || !line.trimStart().startsWith("-")) continue;
    const indent = indentOf(line);
    itemIndent ??= indent;
    if (indent !== itemIndent) continue;
    seen++;
    if (seen === index) return { line: i, indent, end: blockEnd(lines, i, indent, scope.end, true) };
  }
  return void 0;
}

// src/lesson/locate-yaml-error.ts
var indentOf2 = (line) => line.length - line.trimStart().length;
var isContent2 = (line) => line !== void 0 && line.trim() !== "" && !line.trimStart().startsWith("#");
var INDENT_ERRORS = /^(bad indentation of a (mapping|sequence) entry|end of the stream or a document separator is expected)/;
function valueStart(line) {
  const m = /^(\s*(?:-\s+)*)(?:(?:[^\s"'#\[\]{}:][^:#]*?|"[^"]*"|'[^']*'):(?:\s+|$))?(?:-\s+)*/.exec(line);
  const at = m ? m[0].length : 0;
  return at < line.length && `"'[{`.includes(line[at]) ? at : -1;
}
var OPENER_NAMES = { '"': "quote", "'": "quote", "[": "[", "{": "{" };
function findOpenValue(lines, upTo, reason) {
  const place = (open2, spans) => {
    const name = OPENER_NAMES[lines[open2.index][open2.column]];
    return { ...open2, reason: spans ? `the ${name} opened here is not closed on its line (${reason}, further down)` : `text after the value's closing ${name === "quote" ? "quote" : name === "[" ? "]" : "}"} (${reason})` };
  };
  let open;
  for (let i = 0; i <= upTo && i < lines.length; i++) {
    const line = lines[i];
    let from = 0;
    if (!open) {
      if (!isContent2(line)) continue;
      const at = valueStart(line);
      if (at < 0) continue;
      open = { index: i, column: at, quote: "[{".includes(line[at]) ? "" : line[at], depth: 0 };
      from = at + (open.quote ? 1 : 0);
    }
    for (let j = from; j < line.length; j++) {
      const ch = line[j];
      if (open.quote === '"') {
        if (ch === "\\") j++;
        else if (ch === '"') open.quote = "";
      } else if (open.quote === "'") {
        if (ch === "'" && line[j + 1] === "'") j++;
        else if (ch === "'") open.quote = "";
      } else if (ch === '"' || ch === "'") open.quote = ch;
      else if (ch === "[" || ch === "{") open.depth++;
      else if (ch === "]" || ch === "}") open.depth--;
      else if (ch === "#" && j > 0 && /\s/.test(line[j - 1])) break;
      if (!open.quote && open.depth <= 0) {
        const trailing = !/^\s*(#.*)?$/.test(line.slice(j + 1));
        if (trailing || open.index < i && i === upTo) return place(open, open.index < i);
        open = void 0;
        break;
      }
    }
    if (open && open.index === i && i === upTo) return void 0;
  }
  return open && open.index < upTo ? place(open, true) : void 0;
}
function findOddFirstEntry(lines, at) {
  const iE = indentOf2(lines[at]);
  let p = at - 1;
  while (p >= 0 && !isContent2(lines[p])) p--;
  if (p < 0 || indentOf2(lines[p]) === iE) return void 0;
  let q = p - 1;
  while (q >= 0 && !isContent2(lines[q])) q--;
  if (q < 0) return iE === 0 ? p : void 0;
  const iQ = indentOf2(lines[q]);
  if (iQ >= indentOf2(lines[p]) || iE <= iQ) return void 0;
  let n = at + 1;
  while (n < lines.length && !isContent2(lines[n])) n++;
  if (n < lines.length && indentOf2(lines[n]) === iE) return p;
  return iE - iQ === usualStep(lines) ? p : void 0;
}
function usualStep(lines) {
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < lines.length - 1; i++) {
    if (!isContent2(lines[i]) || !/:\s*(#.*)?$/.test(lines[i])) continue;
    let n = i + 1;
    while (n < lines.length && !isContent2(lines[n])) n++;
    const step = n < lines.length ? indentOf2(lines[n]) - indentOf2(lines[i]) : 0;
    if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best = 2;
  for (const [step, count] of counts) if (count > (counts.get(best) ?? 0)) best = step;
  return best;
}
function findColonInPlainValue(line) {
  const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+([^\s"'#[{|>&*!%@`:][^#]*?)\s*(?:#.*)?$/.exec(line);
  if (!m) return void 0;
  const inner = m[3].search(/:(?:\s|$)/);
  if (inner < 0) return void 0;
  const value = m[3].replace(/"/g, '\\"');
  return {
    column: line.indexOf(m[3]) + inner,
    reason: `the value of "${m[2]}" holds ": ", which YAML reads as the start of another key: quote the whole value (${m[2]}: "${value}")`
  };
}
function locateYamlError(lines, mark, reason) {
  const at = Math.min(Math.max(mark.line - 1, 0), Math.max(lines.length - 1, 0));
  const tab = lines.slice(0, at + 1).findIndex((line) => /^ *\t/.test(line) && line.trim() !== "");
  if (tab >= 0) return { index: tab, column: lines[tab].indexOf("	"), reason: "a tab in the indentation (YAML indents with spaces only)" };
  const open = findOpenValue(lines, at, reason);
  if (open) return open;
  const colon = findColonInPlainValue(lines[at] ?? "");
  if (colon) return { index: at, column: colon.column, reason: colon.reason };
  if (INDENT_ERRORS.test(reason)) {
    const over = findOddFirstEntry(lines, at);
    if (over !== void 0) return { index: over, column: indentOf2(lines[over]) };
  }
  return { index: at, column: mark.column };
}

// src/lesson/schema.ts
import { z as z2 } from "zod";

// src/client/client-protocol.ts
var DEFAULT_URL = "http://127.0.0.1:{client_port}/kv/{key}";
var DEFAULT_CLIENT_PROTOCOL = {
  write: { kind: "http", method: "PUT", url: DEFAULT_URL },
  read: { kind: "http", method: "GET", url: DEFAULT_URL }
};
function parseTemplate(text, role) {
  const trimmed = text.trim();
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

// src/lesson/schema.ts
var lessonId = z2.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and dashes, starting with a letter or digit (e.g. "w12-l03")');
var proofTimingSchema = z2.object({
  window_ms: z2.int().positive().describe("A follower must log its detection at most this many ms after the kill."),
  followers: z2.int().positive().describe("How many followers must detect the dead leader (at least; a follower the log shows detecting after window_ms fails the check however many others were in time)."),
  kill_pattern: z2.string().min(1).default(DEFAULT_KILL_PATTERN).describe("Regex (case-insensitive) for the line that marks the kill; the earliest timestamped match is the kill time."),
  heartbeat_pattern: z2.string().min(1).default(DEFAULT_HEARTBEAT_PATTERN).describe("Regex for a follower noticing through its heartbeat/election timeout."),
  connection_pattern: z2.string().min(1).default(DEFAULT_CONNECTION_PATTERN).describe("Regex for a follower noticing through the connection to the leader closing.")
}).describe("Optional timing criteria: followers must detect the dead leader within window_ms of the kill.");
var proofSchema = z2.object({
  type: z2.enum(["paste"]).describe('How the student proves the lesson: "paste" = pasted log output.'),
  instructions: z2.string().min(1).describe("Shown to the student next to the paste box."),
  regex_patterns: z2.array(z2.string().min(1)).min(1).describe("Each pattern must match somewhere in the paste (case-insensitive); alternatives with | inside one."),
  timing: proofTimingSchema.optional()
});
var clientSchema = z2.object({
  write: z2.string().min(1).describe('Write template: "PUT http://127.0.0.1:{client_port}/kv/{key}" (value as body) or a shell command with {client_port} {key} {value}.'),
  read: z2.string().min(1).optional().describe('Read template: "GET http://\u2026/kv/{key}" or a command printing the value; default GET of the write URL.')
}).superRefine((block, ctx) => {
  const parsed = parseLessonClient(block);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message, path: [/^read\b/.test(parsed.message) ? "read" : "write"] });
}).describe("How the scenario writes and reads keys on a student's cluster (the bundled kv_node always speaks the default protocol).");
var lessonFrontMatterSchema = z2.object({
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
var KNOWN_KEYS = {
  "": Object.keys(lessonFrontMatterSchema.shape),
  proof: Object.keys(proofSchema.shape),
  "proof.timing": Object.keys(proofTimingSchema.shape),
  client: Object.keys(clientSchema.shape),
  scenario: Object.keys(scenarioSchema.shape)
};

// src/lesson/split-sections.ts
var FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)?.*$/;
var HEADING = /^##\s+(.+?)\s*#*\s*$/;
function slugifyHeading(title) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
function splitSections(body, firstLine) {
  const lines = body.split(/\r?\n/);
  const sections = [];
  let fence;
  lines.forEach((raw, i) => {
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

// src/lesson/parse-lesson.ts
var DELIMITER = /^---\s*$/;
function findFrontMatter(lines) {
  if (!DELIMITER.test(lines[0] ?? "")) return void 0;
  const close = lines.findIndex((line, i) => i > 0 && DELIMITER.test(line));
  if (close < 0) return void 0;
  return { lines: lines.slice(1, close), firstLine: 2, bodyLine: close + 2 };
}
function valueAt(data, path) {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return void 0;
    value = value[segment];
  }
  return value;
}
var ARTICLE = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields"
};
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
  const text = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  const lines = text.split(/\r?\n/);
  const block = findFrontMatter(lines);
  if (!block) {
    const unclosed = DELIMITER.test(lines[0] ?? "");
    return { findings: [createFinding("LESSON_FRONT_MATTER_MISSING", "error", { unclosed }, { file, line: 1 })] };
  }
  let data;
  let content;
  try {
    const parsed = matter(text, { excerpt: false });
    data = detach(parsed.data);
    content = parsed.content;
  } catch (error) {
    const yamlError = error;
    const reason = yamlError.reason ?? yamlError.message ?? String(error);
    const place = yamlError.mark?.line === void 0 ? void 0 : locateYamlError(block.lines, { line: yamlError.mark.line, column: yamlError.mark.column ?? 0 }, reason);
    return {
      findings: [
        createFinding(
          "LESSON_YAML_INVALID",
          "error",
          { reason: place?.reason ?? reason, column: (place?.column ?? 0) + 1 },
          { file, line: place === void 0 ? block.firstLine : block.firstLine + place.index }
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
  if (hasErrors(findings)) return { frontMatter: result.data, findings };
  findings.push(...regexFindings(result.data, locate, file));
  if (hasErrors(findings)) return { frontMatter: result.data, findings };
  const lesson = {
    ...result.data,
    ...file === void 0 ? {} : { file },
    body: content,
    sections: splitSections(lines.slice(block.bodyLine - 1).join("\n"), block.bodyLine)
  };
  return { lesson, findings };
}
export {
  compileEventPatterns,
  parseLesson,
  readLogText
};
