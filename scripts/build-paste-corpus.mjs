// Writes fixtures/pastes-corpus/: realistic student pastes for w12-l03 and their ground truth (expected.json).
// Blind by design: written from the lesson text, the README's user-facing sections and issue 9 only, never from
// src/proof/ or fixtures/pastes/. Each synthetic case is a list of events with times in µs; the file text and the
// expected values both come from that list, so the truth is known by construction (detectionMs = detection event's
// printed time minus the kill event's printed time). Real captures (fixtures/pastes-corpus/real/) are judged by hand
// in real-cases.json and only copied/cut here. Run: node scripts/build-paste-corpus.mjs
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures/pastes-corpus');
const WINDOW_MS = 300;
const FOLLOWERS = 2;
const LESSON_PATTERNS = [/timeout|timed out|no heartbeat/i, /kill|SIGTERM|SIGINT|stopped|terminated/i];

// ---------- time formatting (all instants are integer µs since the epoch; zone-less styles print UTC wall time) ----
const MS = 1000;
const SEC = 1_000_000;
const at = (iso) => Date.parse(`${iso}Z`) * MS;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function wall(us, offsetMin = 0) {
  const shifted = us + offsetMin * 60 * SEC;
  const d = new Date(Math.floor(shifted / MS));
  return {
    Y: d.getUTCFullYear(), M: d.getUTCMonth() + 1, D: d.getUTCDate(), h: d.getUTCHours(), m: d.getUTCMinutes(),
    s: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), us6: pad(((shifted % SEC) + SEC) % SEC, 6), mon: MONTHS[d.getUTCMonth()],
  };
}
const frac = (w, digits) => (digits === 0 ? '' : `.${w.us6.slice(0, digits)}`);
const date = (w, sep = '-') => `${w.Y}${sep}${pad(w.M)}${sep}${pad(w.D)}`;
const hms = (w) => `${pad(w.h)}:${pad(w.m)}:${pad(w.s)}`;
function zone(offsetMin) {
  if (offsetMin === null) return '';
  if (offsetMin === 0) return 'Z';
  const sign = offsetMin < 0 ? '-' : '+';
  const a = Math.abs(offsetMin);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
const T = {
  iso: (us, digits = 3, offsetMin = 0) => { const w = wall(us, offsetMin ?? 0); return `${date(w)}T${hms(w)}${frac(w, digits)}${zone(offsetMin)}`; },
  isoSpace: (us, digits = 3) => { const w = wall(us); return `${date(w)} ${hms(w)}${frac(w, digits)}`; },
  py: (us) => { const w = wall(us); return `${date(w)} ${hms(w)},${w.us6.slice(0, 3)}`; },
  go: (us, digits = 6) => { const w = wall(us); return `${date(w, '/')} ${hms(w)}${frac(w, digits)}`; },
  hms: (us, digits = 3) => { const w = wall(us); return `${hms(w)}${frac(w, digits)}`; },
  h12: (us, digits = 3, lead0 = true) => {
    const w = wall(us);
    const h = w.h % 12 === 0 ? 12 : w.h % 12;
    return `${lead0 ? pad(h) : h}:${pad(w.m)}:${pad(w.s)}${frac(w, digits)} ${w.h < 12 ? 'AM' : 'PM'}`;
  },
  syslog: (us, digits = 0) => { const w = wall(us); return `${w.mon} ${String(w.D).padStart(2, ' ')} ${hms(w)}${frac(w, digits)}`; },
  epochS: (us, digits = 6) => `${Math.floor(us / SEC)}.${pad(us % SEC, 6).slice(0, digits)}`,
  epochMs: (us) => String(Math.floor(us / MS)),
};

// ---------- voices: what a node says, per language culture ----------
const V = {
  c: {
    start: (n, port) => `starting kv_node id=${n.id} port=${port}`,
    elect: (term) => `election timeout, starting election for term ${term}`,
    vote: (ld, term) => `granted vote to node ${ld.id} for term ${term}`,
    won: (term) => `won election with 2/3 votes, became LEADER for term ${term}`,
    follow: (ld, term) => `following leader node ${ld.id} (term ${term})`,
    append: (ld, idx) => `AppendEntries from node ${ld.id}: prev_index=${idx} entries=0 commit=${idx}`,
    put: (idx) => `PUT key=demo value=1 -> index ${idx}, replicated to 2/2 followers, committed`,
    kill: () => 'received SIGTERM, shutting down',
    hb: (ld, ms) => `heartbeat timeout - no message from leader in ${ms}ms`,
    conn: (ld) => `read() from leader node ${ld.id} returned 0: connection closed`,
    cand: (term) => `becoming candidate for term ${term}`,
    voteFor: (n, term) => `granted vote to node ${n.id} for term ${term}`,
  },
  py: {
    start: (n, port) => `Starting node ${n.name} on 127.0.0.1:${port}`,
    elect: (term) => `Election timeout expired, starting election for term ${term}`,
    vote: (ld, term) => `Voted for ${ld.name} in term ${term}`,
    won: (term) => `Became leader for term ${term}`,
    follow: (ld, term) => `Following leader ${ld.name} in term ${term}`,
    append: (ld, idx) => `Heartbeat from leader ${ld.name} (term=2, commit_index=${idx})`,
    put: (idx) => `Client PUT demo=1 committed at index ${idx}`,
    kill: () => 'Received SIGTERM, shutting down',
    hb: (ld, ms) => `Heartbeat timeout: no heartbeat from ${ld.name} for ${ms} ms`,
    conn: (ld) => `Connection to leader ${ld.name} lost: [Errno 104] Connection reset by peer`,
    cand: (term) => `Becoming candidate for term ${term}`,
    voteFor: (n, term) => `Voted for ${n.name} in term ${term}`,
  },
  go: {
    start: (n, port) => `raft: ${n.name} starting, listening on :${port}`,
    elect: (term) => `raft: election timeout elapsed, starting election term=${term}`,
    vote: (ld, term) => `raft: granted vote to ${ld.name} term=${term}`,
    won: (term) => `raft: became leader term=${term}`,
    follow: (ld, term) => `raft: following ${ld.name} term=${term}`,
    append: (ld, idx) => `raft: appendEntries from ${ld.name} term=2 commit=${idx}`,
    put: (idx) => `kv: put demo=1 committed index=${idx}`,
    kill: () => 'got signal terminated, shutting down',
    hb: (ld, ms) => `raft: heartbeat timeout after ${ms}ms, leader=${ld.name}`,
    conn: (ld) => `raft: read from leader ${ld.name}: EOF`,
    cand: (term) => `raft: becoming candidate term=${term}`,
    voteFor: (n, term) => `raft: granted vote to ${n.name} term=${term}`,
  },
  rust: {
    start: (n, port) => `listening addr=127.0.0.1:${port}`,
    elect: (term) => `election timeout elapsed, starting election term=${term}`,
    vote: (ld, term) => `granted vote candidate=${ld.id} term=${term}`,
    won: (term) => `became leader term=${term}`,
    follow: (ld, term) => `following leader leader=${ld.id} term=${term}`,
    append: (ld, idx) => `append_entries from leader=${ld.id} commit=${idx}`,
    put: (idx) => `put committed key="demo" index=${idx}`,
    kill: () => 'received SIGTERM, shutting down',
    hb: (ld, ms) => `heartbeat timeout, no heartbeat from leader leader=${ld.id} elapsed_ms=${ms}`,
    conn: (ld) => `connection to leader lost leader=${ld.id} error="Connection reset by peer (os error 104)"`,
    cand: (term) => `becoming candidate term=${term}`,
    voteFor: (n, term) => `granted vote candidate=${n.id} term=${term}`,
  },
  java: {
    start: (n, port) => `Node ${n.name} started on port ${port}`,
    elect: (term) => `Election timeout, starting election for term ${term}`,
    vote: (ld, term) => `Granted vote to ${ld.name} for term ${term}`,
    won: (term) => `Elected leader for term ${term}`,
    follow: (ld, term) => `Following leader ${ld.name} for term ${term}`,
    append: (ld, idx) => `AppendEntries from ${ld.name} (commitIndex=${idx})`,
    put: (idx) => `PUT demo=1 committed at index ${idx}`,
    kill: () => 'Shutdown hook: received SIGTERM, stopping node',
    hb: (ld, ms) => `Heartbeat timeout: no heartbeat from leader ${ld.name} in ${ms} ms`,
    conn: (ld) => `Connection to leader ${ld.name} lost: java.net.SocketException: Connection reset`,
    cand: (term) => `Becoming candidate for term ${term}`,
    voteFor: (n, term) => `Granted vote to ${n.name} for term ${term}`,
  },
};

// ---------- the standard 3-node story around one kill ----------
// nodes: [{ name, id, port }], leader first. det: { followerName: [offsetMs, 'hb'|'conn'|string msg] | null }.
function story({ nodes, voice, killUs, det, term = 2, killMsg, extra = [], pre = true, post = true, after = true }) {
  const [ld, ...fs] = nodes;
  const v = V[voice];
  const ev = [];
  const e = (offMs, node, lvl, msg, tag) => ev.push({ t: killUs + Math.round(offMs * MS), node: node.name, lvl, msg, tag });
  if (pre) {
    nodes.forEach((n, i) => e(-6200 + i * 3, n, 'INFO', v.start(n, n.port)));
    e(-5710, ld, 'INFO', v.elect(term));
    fs.forEach((f, i) => e(-5706 + i, f, 'INFO', v.vote(ld, term)));
    e(-5702, ld, 'INFO', v.won(term));
    fs.forEach((f, i) => e(-5650 + i * 2, f, 'INFO', v.follow(ld, term)));
    e(-2411, ld, 'INFO', v.put(3));
    fs.forEach((f, i) => e(-2409 + i, f, 'DEBUG', v.append(ld, 3)));
    fs.forEach((f, i) => e(-96 + i * 2, f, 'DEBUG', v.append(ld, 3)));
  }
  e(0, ld, 'INFO', killMsg ?? v.kill(), 'kill');
  let firstDet = Infinity;
  for (const f of fs) {
    const d = det[f.name];
    if (!d) continue;
    const [off, how] = d;
    firstDet = Math.min(firstDet, off);
    const msg = how === 'hb' ? v.hb(ld, Math.round(off)) : how === 'conn' ? v.conn(ld) : how;
    e(off, f, 'WARN', msg, 'det');
  }
  if (post && Number.isFinite(firstDet)) {
    const [a, b] = fs;
    const t0 = Math.max(...fs.map((f) => det[f.name]?.[0] ?? 0)) + 3;
    if (det[a.name] || det[b.name]) {
      const c = det[a.name] ? a : b;
      const o = c === a ? b : a;
      e(t0, c, 'INFO', v.cand(term + 1));
      if (det[o.name]) e(t0 + 2, o, 'INFO', v.voteFor(c, term + 1));
      if (det[o.name]) e(t0 + 4, c, 'INFO', v.won(term + 1));
    }
  }
  for (const x of extra) ev.push({ ...x, t: killUs + Math.round(x.off * MS) });
  if (!after) return ev.filter((x) => x.t <= killUs || x.tag === 'det');
  return ev;
}

const N3 = (names, ids = [1, 2, 3], ports = [7001, 7002, 7003]) => names.map((name, i) => ({ name, id: ids[i], port: ports[i] }));

// ---------- rendering ----------
function render(c) {
  let evs = c.events.map((x, i) => ({ ...x, seq: i }));
  if (c.order === 'time' || c.order === undefined) evs.sort((a, b) => a.t - b.t || a.seq - b.seq);
  else if (Array.isArray(c.order)) {
    evs.sort((a, b) => a.t - b.t || a.seq - b.seq);
    const groups = c.order.map((g) => evs.filter((x) => (x.group ?? x.node) === g));
    evs = groups.flat();
  } else if (typeof c.order === 'function') evs = c.order(evs);
  const lines = [];
  const meta = [];
  for (const x of evs) {
    const text = x.raw !== undefined ? x.raw : c.fmt(x);
    lines.push(text);
    meta.push(x);
  }
  return { lines, meta };
}

function truth(c, meta, lines) {
  const p = c.precisionUs ?? MS;
  const trunc = (us) => Math.floor(us / p) * p;
  const killIdx = meta.findIndex((x) => x.tag === 'kill');
  const followers = {};
  const detectionLines = {};
  for (const f of c.followers) {
    const d = meta.find((x) => x.tag === 'det' && x.node === f);
    // null: no detection a checker can count (none after the kill, a killed follower, or whole-second times)
    const measurable = killIdx >= 0 && d && !c.killedNode && p <= MS;
    followers[f] = measurable ? round3((trunc(d.t) - trunc(meta[killIdx].t)) / MS) : null;
    if (measurable) detectionLines[f] = meta.indexOf(d) + 1;
  }
  const patternsOk = LESSON_PATTERNS.every((re) => lines.some((l) => re.test(l)));
  const inWindow = Object.values(followers).filter((ms) => ms !== null && ms >= 0 && ms <= WINDOW_MS).length;
  const rule = patternsOk && killIdx >= 0 && p <= MS && inWindow >= FOLLOWERS && !c.killedNode;
  return { killLine: killIdx >= 0 ? killIdx + 1 : null, followers, detectionLines, rule, patternsOk };
}
const round3 = (x) => Math.round(x * 1000) / 1000;

// ---------- the cases ----------
const cases = [];
const add = (c) => cases.push(c);
const node = (n) => `node${n}`;
const STD = N3(['node1', 'node2', 'node3']);
const K = (iso) => at(iso);

// line formats (fmt receives { t, node, lvl, msg })
const F = {
  cIso: (x) => `${T.iso(x.t)} [${x.node}] ${x.lvl.padEnd(5)} ${x.msg}`,
  cHms: (x) => `[${T.hms(x.t)}] [${x.node}] ${x.msg}`,
  py: (x) => `${T.py(x.t)} ${(x.lvl === 'WARN' ? 'WARNING' : x.lvl).padEnd(7)} raft.${x.node}: ${x.msg}`,
  goLog: (x) => `${T.go(x.t)} ${x.node}: ${x.msg}`,
  rust: (x) => `${T.iso(x.t, 6)}  ${x.lvl.padStart(5)} node{id=${x.node.replace(/\D+/g, '')}}: kvraft::raft: ${x.msg}`,
  logback: (x) => `${T.hms(x.t)} [raft-${x.node}] ${x.lvl.padEnd(5)} c.e.raft.RaftNode - ${x.msg}`,
};

// ===== class: baseline shapes per language (passing) =====
add({ file: 'c-iso-interleaved.log', class: 'baseline/c-iso', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:29:51.004'), det: { node2: [212, 'hb'], node3: [187, 'hb'] } }),
  why: 'Plain interleaved ISO log: node1 killed, node2 +212 ms and node3 +187 ms heartbeat timeouts.' });
add({ file: 'py-logging-interleaved.log', class: 'time/python-logging', passed: true, fmt: F.py, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T21:29:50.879'), det: { node2: [241, 'hb'], node3: [203, 'hb'] } }),
  why: 'Python logging asctime with a comma before the ms (21:29:50,879) and dotted logger names raft.node2.' });
add({ file: 'go-log-micro.log', class: 'time/go-log', passed: true, fmt: F.goLog, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'go', killUs: K('2026-11-29T21:30:02.118') + 412, det: { node2: [163.588, 'hb'], node3: [171.204, 'conn'] } }),
  why: 'Go log.Lmicroseconds dates (2026/11/29 21:30:02.118412); node3 detects by EOF on the leader connection.' });
add({ file: 'rust-tracing.log', class: 'time/rust-tracing', passed: true, fmt: F.rust, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'rust', killUs: K('2026-11-29T21:31:17.500') + 118, det: { node2: [188.004, 'hb'], node3: [2.871, 'conn'] } }),
  why: 'tracing-subscriber fmt lines with span node{id=2}; node3 sees the reset connection after 2.871 ms, node2 the heartbeat timeout after 188.004 ms.' });
add({ file: 'java-logback.log', class: 'time/java', passed: true, fmt: F.logback, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'java', killUs: K('2026-11-29T21:32:40.250'), det: { node2: [5, 'conn'], node3: [266, 'hb'] } }),
  why: 'logback default pattern (HH:mm:ss.SSS [thread] LEVEL logger - msg), the node only in the thread name raft-node2.' });
add({ file: 'java-log4j2.log', class: 'time/java', passed: true, followers: ['node-2', 'node-3'], leader: 'node-1',
  fmt: (x) => `${T.py(x.t)} ${x.lvl.padEnd(5)} [${x.node}-timer] org.example.raft.RaftServer (RaftServer.java:${200 + (x.msg.length % 90)}) - ${x.msg}`,
  events: story({ nodes: N3(['node-1', 'node-2', 'node-3']), voice: 'java', killUs: K('2026-11-29T21:33:05.900'), det: { 'node-2': [144, 'hb'], 'node-3': [299, 'hb'] } }),
  aliases: { 'node-1': ['node1'], 'node-2': ['node2'], 'node-3': ['node3'] },
  why: 'log4j2 with a comma before ms and the node in the thread name; node-3 at 299 ms is inside the 300 ms window.' });
add({ file: 'c-clock-gettime-epoch.log', class: 'time/c-clock-gettime', passed: true, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `[${T.epochS(x.t)}] node ${x.node.slice(4)}: ${x.msg}`,
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:34:12.000') + 345_678, det: { node2: [120.011, 'hb'], node3: [121.5, 'hb'] } }),
  why: 'printf of clock_gettime(CLOCK_REALTIME) as epoch seconds with µs; node named "node 2" with a space.' });
add({ file: 'c-hms-brackets.log', class: 'baseline/c-hms', passed: true, fmt: F.cHms, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:35:40.987'), det: { node2: [55, 'conn'], node3: [251, 'hb'] } }),
  why: 'Bare [HH:MM:SS.mmm] times with [nodeN]; node2 by connection closed after 55 ms.' });

// ===== which kill: concatenated files in any order =====
for (const [i, order] of [['node2', 'node3', 'node1'], ['node3', 'node1', 'node2'], ['node1', 'node2', 'node3']].entries()) {
  add({ file: `concat-${order.join('-')}.log`, class: 'which-kill/concat-order', passed: true, order, followers: ['node2', 'node3'], leader: 'node1',
    fmt: (x) => `data/${x.node}/node.log:${T.iso(x.t)} ${x.node} ${x.lvl.padEnd(5)} ${x.msg}`,
    events: story({ nodes: STD, voice: 'c', killUs: K(`2026-11-29T21:4${i}:03.333`), det: { node2: [141 + i * 7, 'hb'], node3: [222 - i * 5, 'hb'] } }),
    why: `grep -r output of the three files in the order ${order.join(', ')}: the kill must be found in time order, not paste order.` });
}
add({ file: 'concat-tail-headers.log', class: 'which-kill/concat-order', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  order: (evs) => {
    const out = [];
    for (const n of ['node3', 'node2', 'node1']) {
      out.push({ raw: `==> data/${n}/node.log <==` });
      out.push(...evs.filter((x) => x.node === n).slice(-6));
      out.push({ raw: '' });
    }
    return out.slice(0, -1);
  },
  fmt: (x) => `${T.hms(x.t)} ${x.lvl} ${x.msg}`,
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:43:10.010'), det: { node2: [178, 'hb'], node3: [64, 'conn'] } }),
  why: '`tail data/*/node.log` output: nodes only from the ==> headers, node3 first, the leader\'s file last.' });

// ===== which kill: kill words in non-kill lines =====
{
  const ev = story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:45:00.500'), det: { node2: [198, 'hb'], node3: [233, 'hb'] } });
  for (const [i, n] of ['node1', 'node2', 'node3'].entries()) ev.push({ t: K('2026-11-29T21:45:00.500') - 6190 * MS + i * MS, node: n, lvl: 'DEBUG', msg: 'election timer stopped (state reset on start)' });
  add({ file: 'kill-word-startup-timer-stopped.log', class: 'which-kill/kill-word-not-a-kill', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'Every node logs "election timer stopped" at startup; the kill is node1\'s SIGTERM line 6 s later.' });
}
{
  const kill = K('2026-11-29T21:46:30.100');
  const ev = story({ nodes: STD, voice: 'py', killUs: kill, det: { node2: [176, 'hb'], node3: [190, 'hb'] },
    extra: [{ off: 181, node: 'node2', lvl: 'WARNING', msg: 'Leader node1 stopped responding, starting election' }, { off: 195, node: 'node3', lvl: 'WARNING', msg: 'leader node1 stopped responding' }] });
  add({ file: 'kill-word-follower-says-stopped.log', class: 'which-kill/kill-word-not-a-kill', passed: true, fmt: F.py, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'Followers write "leader node1 stopped responding" after their heartbeat timeouts; those are not kills of node2/node3.' });
}
{
  // follower-only paste: the kill word appears only in followers' lines, the real kill is a shell line
  const kill = K('2026-11-29T21:47:12.345');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [201, 'hb'], node3: [216, 'hb'] },
    killMsg: 'received SIGTERM from kill(1), shutting down',
    extra: [{ off: 240, node: 'node3', lvl: 'INFO', msg: 'heartbeat sender stopped (not leader)' }, { off: 242, node: 'node2', lvl: 'INFO', msg: 'replication worker for node 1 terminated' }] });
  add({ file: 'kill-word-follower-workers-terminated.log', class: 'which-kill/kill-word-not-a-kill', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'After detecting, followers log "heartbeat sender stopped" / "worker ... terminated": only node1\'s SIGTERM is the kill.' });
}
{
  const kill = K('2026-11-29T21:48:00.000');
  const ev = story({ nodes: STD, voice: 'go', killUs: kill, det: { node2: [143, 'hb'], node3: [149, 'hb'] },
    extra: [{ off: -5600, node: 'node2', lvl: 'INFO', msg: 'raft: candidate timer stopped, now follower' }, { off: -5599, node: 'node3', lvl: 'INFO', msg: 'raft: candidate timer stopped, now follower' }] });
  add({ file: 'kill-word-candidate-timer-stopped-go.log', class: 'which-kill/kill-word-not-a-kill', passed: true, fmt: F.goLog, precisionUs: MS, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'Followers log "candidate timer stopped" after the first election; only node1\'s signal line is the kill.' });
}

// ===== which kill: an earlier run's teardown appended =====
{
  const run2 = K('2026-11-29T22:10:00.200');
  const cur = story({ nodes: STD, voice: 'c', killUs: run2, det: { node2: [167, 'hb'], node3: [182, 'hb'] } });
  const t1 = K('2026-11-29T21:52:44.800');
  const old = [
    { t: t1 - 9000 * MS, node: 'node1', lvl: 'INFO', msg: 'starting kv_node id=1 port=7001' },
    { t: t1 - 8998 * MS, node: 'node2', lvl: 'INFO', msg: 'starting kv_node id=2 port=7002' },
    { t: t1 - 8996 * MS, node: 'node3', lvl: 'INFO', msg: 'starting kv_node id=3 port=7003' },
    { t: t1 - 8500 * MS, node: 'node3', lvl: 'INFO', msg: 'won election with 2/3 votes, became LEADER for term 1' },
    { t: t1, node: 'node3', lvl: 'INFO', msg: 'received SIGTERM, shutting down' },
    { t: t1 + 1 * MS, node: 'node1', lvl: 'INFO', msg: 'received SIGTERM, shutting down' },
    { t: t1 + 1 * MS, node: 'node2', lvl: 'INFO', msg: 'received SIGTERM, shutting down' },
  ];
  add({ file: 'earlier-run-teardown-appended.log', class: 'which-kill/earlier-run-teardown', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1',
    order: (evs) => [...evs.filter((x) => x.t >= run2 - 7000 * MS), ...evs.filter((x) => x.t < run2 - 7000 * MS)],
    events: [...cur, ...old],
    why: 'The demo run (node1 killed 22:10:00.200, detected +167/+182 ms) comes first; a teardown of an earlier run at 21:52 (all three SIGTERMed, nobody detects) is appended below.' });
}
{
  const kill = K('2026-11-29T18:05:09.770');
  const cur = story({ nodes: STD, voice: 'py', killUs: kill, det: { node2: [211, 'hb'], node3: [257, 'hb'] } });
  const td = kill + 40_000 * MS;
  const teardown = [
    { t: td, node: 'node2', lvl: 'INFO', msg: 'Received SIGTERM, shutting down' },
    { t: td + 2 * MS, node: 'node3', lvl: 'INFO', msg: 'Received SIGTERM, shutting down' },
  ];
  const prev = K('2026-11-28T23:40:00.000');
  const yesterday = [
    { t: prev - 30_000 * MS, node: 'node2', lvl: 'INFO', msg: 'Became leader for term 5' },
    { t: prev, node: 'node2', lvl: 'INFO', msg: 'Received SIGTERM, shutting down' },
    { t: prev + 1500 * MS, node: 'node1', lvl: 'WARNING', msg: 'Heartbeat timeout: no heartbeat from node2 for 1500 ms' },
  ];
  add({ file: 'yesterday-run-prepended-and-teardown.log', class: 'which-kill/earlier-run-teardown', passed: true, fmt: F.py, followers: ['node2', 'node3'], leader: 'node1',
    events: [...yesterday, ...cur, ...teardown],
    why: 'Yesterday\'s run (node2 leader, killed, 1.5 s detection) precedes, and today\'s `make stop` teardown follows; today\'s kill of node1 passes.' });
}

// ===== which kill: several kills =====
{
  const k1 = K('2026-11-29T19:20:11.111');
  const ev = story({ nodes: STD, voice: 'c', killUs: k1, det: { node2: [154, 'hb'], node3: [171, 'hb'] } });
  ev.push({ t: k1 + 5_000 * MS, node: 'node2', lvl: 'INFO', msg: 'received SIGTERM, shutting down' });
  ev.push({ t: k1 + 5_210 * MS, node: 'node3', lvl: 'WARN', msg: 'heartbeat timeout - no message from leader in 210ms' });
  add({ file: 'several-kills-leader-then-new-leader.log', class: 'which-kill/several-kills', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1',
    events: ev, why: 'node1 killed and detected by both in time; then the new leader node2 is killed and only node3 is left: the first kill passes.' });
}
{
  const k2 = K('2026-11-29T19:25:40.400');
  const ev = story({ nodes: STD, voice: 'go', killUs: k2, det: { node2: [233, 'hb'], node3: [98, 'conn'] }, pre: true });
  const k1 = k2 - 60_000 * MS;
  ev.push({ t: k1 - 8000 * MS, node: 'node1', lvl: 'INFO', msg: 'raft: became leader term=1' });
  ev.push({ t: k1, node: 'node1', lvl: 'INFO', msg: 'got signal terminated, shutting down' });
  ev.push({ t: k1 + 612 * MS, node: 'node2', lvl: 'WARN', msg: 'raft: heartbeat timeout after 612ms, leader=node1' });
  ev.push({ t: k1 + 640 * MS, node: 'node3', lvl: 'WARN', msg: 'raft: heartbeat timeout after 640ms, leader=node1' });
  add({ file: 'several-kills-first-too-slow-retry-passes.log', class: 'which-kill/several-kills', passed: true, fmt: F.goLog, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
    events: ev, why: 'First attempt (election timeout still 600 ms) detected in 612/640 ms; after tuning, the second kill of node1 is detected in 233 and 98 ms: passes on the second kill.' });
}
{
  const k1 = K('2026-11-29T19:30:00.000');
  const ev = story({ nodes: STD, voice: 'c', killUs: k1, det: { node2: [420, 'hb'], node3: [455, 'hb'] } });
  ev.push({ t: k1 + 9000 * MS, node: 'node2', lvl: 'INFO', msg: 'received SIGTERM, shutting down' });
  ev.push({ t: k1 + 9390 * MS, node: 'node3', lvl: 'WARN', msg: 'heartbeat timeout - no message from leader in 390ms' });
  add({ file: 'several-kills-none-in-time.log', class: 'fail/several-kills', passed: false, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1',
    events: ev, why: 'Both kills fail: node1\'s is detected after 420/455 ms, node2\'s (after re-election) by one follower only.' });
}

// ===== who leads: etcd-style "X elected leader Y" =====
{
  const kill = K('2026-11-29T20:01:05.050');
  const ev = story({ nodes: STD, voice: 'go', killUs: kill, det: { node2: [187, 'hb'], node3: [205, 'hb'] }, pre: false });
  for (const [i, n] of ['node1', 'node2', 'node3'].entries()) {
    ev.push({ t: kill - 4000 * MS + i * MS, node: n, lvl: 'INFO', msg: `raft.node: ${n} elected leader node1 at term 2` });
    ev.push({ t: kill - 900 * MS + i * MS, node: n, lvl: 'INFO', msg: `raft.node: ${n} applied index 3` });
  }
  add({ file: 'etcd-style-elected-leader.log', class: 'who-leads/etcd-elected', passed: true, fmt: F.goLog, precisionUs: MS, followers: ['node2', 'node3'], leader: 'node1',
    events: ev, why: 'Each node logs "nodeX elected leader node1 at term 2": the leader is node1 (Y), not the node that logs it.' });
}
{
  const kill = K('2026-11-29T20:03:33.300');
  const ev = story({ nodes: STD, voice: 'go', killUs: kill, det: { node1: [190, 'hb'], node2: [191, 'hb'] }, pre: false, post: false });
  // killed node3 was a follower of node1
  const out = ev.filter((x) => x.tag !== 'kill');
  for (const [i, n] of ['node1', 'node2', 'node3'].entries()) out.push({ t: kill - 4000 * MS + i * MS, node: n, lvl: 'INFO', msg: `raft.node: ${n} elected leader node1 at term 2` });
  out.push({ t: kill, node: 'node3', lvl: 'INFO', msg: 'got signal terminated, shutting down', tag: 'kill' });
  out.push({ t: kill + 5 * MS, node: 'node1', lvl: 'WARN', msg: 'raft: lost connection to follower node3: EOF' });
  add({ file: 'etcd-style-killed-follower.log', class: 'fail/killed-follower', passed: false, killedNode: 'node3', fmt: F.goLog, precisionUs: MS, followers: ['node1', 'node2'], leader: 'node1',
    events: out.filter((x) => x.tag !== 'det'),
    why: 'All three say "elected leader node1"; the student killed node3, a follower: node1 logs EOF from follower node3, nobody loses a leader.' });
}
{
  // the kill line names the leader only through the shell
  const kill = K('2026-11-29T20:05:10.000') + 123_456;
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [140.2, 'hb'], node3: [162.9, 'hb'] }, after: true });
  const out = ev.filter((x) => x.node !== 'node1');
  out.push({ t: kill, node: 'shell', raw: `${T.hms(kill, 6)} killing leader node1 (pid 48213) with SIGTERM`, tag: 'kill' });
  add({ file: 'followers-only-shell-date-kill.log', class: 'who-leads/follower-never-killed-leader', passed: true, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
    fmt: (x) => `${T.iso(x.t, 6, null)} node${x.node.slice(4)} ${x.lvl} ${x.msg}`,
    events: out,
    why: 'Only follower logs plus the line the student\'s kill script echoed ("$(date +%T.%6N) killing leader node1 ..."): the leader is node1, never node2/node3.' });
}

// ===== time: 12-hour clocks =====
add({ file: 'time-12h-pm.log', class: 'time/12h', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.h12(x.t)} [${x.node}] ${x.msg}`,
  events: story({ nodes: STD, voice: 'java', killUs: K('2026-11-29T21:29:59.910'), det: { node2: [180, 'hb'], node3: [195, 'hb'] } }),
  why: '09:30:00.090 PM minus 09:29:59.910 PM: 180 ms across a minute boundary on a 12-hour clock.' });
add({ file: 'time-12h-noon.log', class: 'time/12h', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.h12(x.t, 3, false)} ${x.node} | ${x.msg}`,
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T11:59:59.900'), det: { node2: [200, 'hb'], node3: [150, 'hb'] } }),
  why: 'Kill at 11:59:59.900 AM, detections at 12:00:00.100 PM and 12:00:00.050 PM: 12 PM is noon, 200 and 150 ms.' });
add({ file: 'time-12h-midnight.log', class: 'time/12h', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${pad(wall(x.t).M)}/${pad(wall(x.t).D)}/${wall(x.t).Y} ${T.h12(x.t)} ${x.node} ${x.lvl} ${x.msg}`,
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T23:59:59.880'), det: { node2: [240, 'hb'], node3: [260, 'hb'] } }),
  why: '11/29/2026 11:59:59.880 PM to 11/30/2026 12:00:00.120 AM is 240 ms; 12 AM is midnight of the next day.' });
add({ file: 'time-12h-slow.log', class: 'fail/too-slow', passed: false, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.h12(x.t)} [${x.node}] ${x.msg}`,
  events: story({ nodes: STD, voice: 'java', killUs: K('2026-11-29T13:00:00.020'), det: { node2: [150, 'hb'], node3: [410, 'hb'] } }),
  why: '12-hour clock in the afternoon: node3 detects after 410 ms (01:00:00.430 PM), too slow.' });

// ===== time: prefixes glued in front of timestamps =====
add({ file: 'prefix-grep-n-single-file.log', class: 'time/prefix-line-numbers', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  order: 'time',
  fmt: (() => { let n = 40; return (x) => `${n++}:${T.hms(x.t)} node${x.node.slice(4)} ${x.msg}`; })(),
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:12:07.700'), det: { node2: [221, 'hb'], node3: [174, 'hb'] } }),
  why: '`grep -n` of one combined log: "57:21:12:07.700" — the line number is glued to a bare time and must not be read as hours.' });
add({ file: 'prefix-grep-rn-files.log', class: 'time/prefix-line-numbers', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  order: ['node1', 'node2', 'node3'],
  fmt: (() => { const n = { node1: 11, node2: 13, node3: 12 }; return (x) => `logs/${x.node}.log:${n[x.node]++}:${T.iso(x.t)} ${x.lvl} ${x.msg}`; })(),
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:13:27.020'), det: { node2: [88, 'conn'], node3: [296, 'hb'] } }),
  why: '`grep -rn` output: path, line number, then the ISO time; node3 at 296 ms is inside the window.' });
add({ file: 'prefix-windows-findstr.log', class: 'time/prefix-windows-path', passed: true, followers: ['node2', 'node3'], leader: 'node1', crlf: true,
  order: ['node1', 'node2', 'node3'],
  fmt: (x) => `C:\\Users\\ana\\raft\\logs\\${x.node}.log:${T.py(x.t)} ${x.lvl} ${x.msg}`,
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T21:14:44.440'), det: { node2: [205, 'hb'], node3: [211, 'hb'] } }),
  why: 'Windows `findstr` over three files with CRLF line ends: C:\\Users\\...\\node2.log: glued before a Python-style time.' });
add({ file: 'prefix-powershell-select-string.log', class: 'time/prefix-windows-path', passed: true, followers: ['node2', 'node3'], leader: 'node1', crlf: true,
  fmt: (() => { const n = { node1: 3, node2: 5, node3: 5 }; return (x) => `logs\\${x.node}.log:${n[x.node]++}:${T.iso(x.t)} ${x.lvl} ${x.msg}`; })(),
  order: ['node2', 'node1', 'node3'],
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:15:15.150'), det: { node2: [190, 'hb'], node3: [230, 'hb'] } }),
  why: 'PowerShell Select-String output (relative Windows path, line number, ISO time), node2\'s file first.' });
add({ file: 'prefix-logger-glued.log', class: 'time/prefix-logger-glued', passed: true, followers: ['node2', 'node3'], leader: 'node1', precisionUs: 1,
  fmt: (x) => `${x.node}${T.go(x.t)} ${x.msg}`,
  events: story({ nodes: STD, voice: 'go', killUs: K('2026-11-29T21:16:00.000') + 1, det: { node2: [179.5, 'hb'], node3: [183.25, 'hb'] } }),
  why: 'Go log.New(os.Stderr, name, ...) without a separator glues "node2" to the date: node22026/11/29 21:16:00.179501.' });
add({ file: 'prefix-logger-glued-raft.log', class: 'time/prefix-logger-glued', passed: true, followers: ['node2', 'node3'], leader: 'node1', precisionUs: 1,
  fmt: (x) => `[${x.node}] raft${T.go(x.t)} ${x.lvl}: ${x.msg}`,
  events: story({ nodes: STD, voice: 'go', killUs: K('2026-11-29T21:17:30.500') + 250, det: { node2: [211.111, 'hb'], node3: [12.3, 'conn'] } }),
  why: 'The etcd raft logger prefix "raft" glued to a Go date (raft2026/11/29 ...) behind a [nodeN] tag.' });
{
  const ev = story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:18:18.180'), det: { node2: [143, 'hb'], node3: [157, 'hb'] } });
  add({ file: 'nul-padded-truncated.log', class: 'time/nul-padding', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', nulPad: 4096,
    events: ev, why: 'The log was truncated with `> node.log` while the nodes kept writing: 4096 NUL bytes precede the first line.' });
}
{
  const ev = story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:19:19.190'), det: { node2: [99, 'conn'], node3: [287, 'hb'] }, pre: false });
  ev.push({ t: K('2026-11-29T21:19:19.190') - 1200 * MS, node: 'node2', lvl: 'DEBUG', msg: 'AppendEntries from node 1: prev_index=7 entries=0 commit=7' });
  ev.push({ t: K('2026-11-29T21:19:19.190') - 1100 * MS, node: 'node3', lvl: 'DEBUG', msg: 'AppendEntries from node 1: prev_index=7 entries=0 commit=7' });
  ev.push({ t: K('2026-11-29T21:19:19.190') - 900 * MS, node: 'node1', lvl: 'INFO', msg: 'PUT key=demo value=1 -> index 8, replicated to 2/2 followers, committed' });
  add({ file: 'nul-padded-short.log', class: 'time/nul-padding', passed: true, fmt: F.cHms, followers: ['node2', 'node3'], leader: 'node1', nulPad: 311,
    events: ev, why: 'NUL padding (311 bytes) before a bare-time log whose start was cut away.' });
}

// ===== time: zone-less, mixed zones, day boundary =====
add({ file: 'time-zoneless-iso.log', class: 'time/zoneless-local', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.iso(x.t, 3, null)} ${x.node} ${x.lvl} ${x.msg}`,
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T22:29:50.950'), det: { node2: [150, 'hb'], node3: [170, 'hb'] } }),
  why: 'ISO times without a zone (local time): differences are the same in any zone.' });
{
  const kill = K('2026-11-29T20:29:50.800');
  add({ file: 'time-mixed-zones.log', class: 'time/mixed-zones', passed: true, followers: ['node2', 'node3'], leader: 'node1',
    fmt: (x) => `${x.node === 'node1' ? T.iso(x.t, 3, 0) : T.iso(x.t, 3, 60)} ${x.node} ${x.lvl} ${x.msg}`,
    order: ['node1', 'node2', 'node3'],
    events: story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [230, 'hb'], node3: [245, 'hb'] } }),
    why: 'node1 logs in UTC (Z), the followers in +01:00: 21:29:51.030+01:00 is 230 ms after 20:29:50.800Z.' });
}
add({ file: 'time-day-boundary-dates.log', class: 'time/day-boundary', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: F.py, events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-30T23:59:59.901'), det: { node2: [198, 'hb'], node3: [120, 'hb'] } }),
  why: 'Kill at 2026-11-30 23:59:59,901, detections on 2026-12-01 at 00:00:00,099 and 00:00:00,021: 198 and 120 ms.' });
add({ file: 'time-day-boundary-bare.log', class: 'time/day-boundary', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: F.cHms, events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-30T23:59:59.850'), det: { node2: [170, 'hb'], node3: [210, 'hb'] } }),
  why: 'Bare times wrap from 23:59:59.850 to 00:00:00.020: 170 ms, not minus a day.' });

// ===== time: syslog / journalctl =====
add({ file: 'journalctl-short-precise.log', class: 'time/syslog-journal', passed: true, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (() => { const pid = { node1: 4242, node2: 4243, node3: 4244 }; return (x) => `${T.syslog(x.t, 6)} raft-lab kv_node[${pid[x.node]}]: [${x.node}] ${x.msg}`; })(),
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:20:20.020') + 20, det: { node2: [188.8, 'hb'], node3: [201.01, 'hb'] } }),
  why: '`journalctl -o short-precise`: kv_node[4243] is a process id; the node is [node2] in the message.' });
add({ file: 'journalctl-pid-only-hosts.log', class: 'node/hostnames', passed: true, precisionUs: 1, followers: ['raft-b', 'raft-c'], leader: 'raft-a',
  fmt: (() => { const pid = { 'raft-a': 811, 'raft-b': 812, 'raft-c': 815 }; return (x) => `${T.syslog(x.t, 6)} ${x.node} kv_node[${pid[x.node]}]: ${x.msg}`; })(),
  events: story({ nodes: N3(['raft-a', 'raft-b', 'raft-c']), voice: 'c', killUs: K('2026-11-29T21:21:21.210') + 7, det: { 'raft-b': [155.5, 'hb'], 'raft-c': [160.25, 'hb'] } }),
  why: 'Three hosts in one `journalctl -m` view: the host column (raft-b) names the node, kv_node[812] is only a pid.' });
add({ file: 'syslog-rfc5424-hosts.log', class: 'time/syslog-journal', passed: true, precisionUs: 1, followers: ['db2', 'db3'], leader: 'db1',
  fmt: (x) => `<${x.lvl === 'WARN' ? 12 : 14}>1 ${T.iso(x.t, 6, 60)} ${x.node} kv_node 2117 - - ${x.msg}`,
  events: story({ nodes: N3(['db1', 'db2', 'db3']), voice: 'c', killUs: K('2026-11-29T20:22:02.000') + 333_333, det: { db2: [101.001, 'hb'], db3: [250.5, 'hb'] } }),
  why: 'RFC 5424 syslog with +01:00 µs times from hosts db1..db3 (same pid 2117 on each host).' });
add({ file: 'syslog-classic-whole-seconds.log', class: 'fail/too-coarse', passed: false, precisionUs: SEC, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (() => { const pid = { node1: 4242, node2: 4243, node3: 4244 }; return (x) => `${T.syslog(x.t)} raft-lab kv_node[${pid[x.node]}]: node${x.node.slice(4)}: ${x.msg}`; })(),
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:23:23.000'), det: { node2: [300 + 400, 'hb'], node3: [300 + 700, 'hb'] } }),
  why: 'Classic syslog has whole seconds: kill at :23, detections at :23 and :24 cannot prove a 300 ms window.' });

// ===== node identity =====
add({ file: 'docker-compose-v2.log', class: 'node/docker-compose', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${(x.node + '-1').padEnd(8)}| ${T.iso(x.t)} ${x.lvl} ${x.msg}`,
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:24:24.240'), det: { node2: [201, 'hb'], node3: [199, 'hb'] } }),
  why: '`docker compose logs` v2 prefixes "node2-1  | "; the service node2 is the node.' });
add({ file: 'docker-compose-v1-no-node-in-msg.log', class: 'node/docker-compose', passed: true, followers: ['kv2', 'kv3'], leader: 'kv1',
  fmt: (x) => `raft_${x.node}_1  | ${T.py(x.t)} ${x.lvl} ${x.msg}`,
  events: story({ nodes: N3(['kv1', 'kv2', 'kv3']), voice: 'py', killUs: K('2026-11-29T21:25:25.250'), det: { kv2: [187, 'hb'], kv3: [242, 'hb'] } }),
  aliases: { kv1: ['raft_kv1_1'], kv2: ['raft_kv2_1'], kv3: ['raft_kv3_1'] },
  why: 'docker-compose v1 prefixes raft_kv2_1 | on Python logging lines; nothing else names the node.' });
add({ file: 'kubectl-prefix-0-based.log', class: 'node/kubectl', passed: true, precisionUs: 1, followers: ['kv-1', 'kv-2'], leader: 'kv-0',
  fmt: (x) => `[pod/${x.node}/kv] ${T.iso(x.t, 6)} ${x.lvl} ${x.msg}`,
  events: story({ nodes: N3(['kv-0', 'kv-1', 'kv-2'], [0, 1, 2]), voice: 'rust', killUs: K('2026-11-29T21:26:26.000') + 626, det: { 'kv-1': [211.374, 'hb'], 'kv-2': [174, 'hb'] } }),
  why: '`kubectl logs --prefix` of a StatefulSet: kv-0 (replica 0) is the leader, kv-1 and kv-2 the followers.' });
add({ file: 'stern-0-based-timestamps.log', class: 'node/kubectl', passed: true, precisionUs: 1, followers: ['kv-1', 'kv-2'], leader: 'kv-0',
  fmt: (x) => `${x.node} kv ${T.iso(x.t, 6)} ${x.lvl} ${x.msg}`,
  events: story({ nodes: N3(['kv-0', 'kv-1', 'kv-2'], [0, 1, 2]), voice: 'go', killUs: K('2026-11-29T21:27:27.270') + 5, det: { 'kv-1': [33.3, 'conn'], 'kv-2': [290.09, 'hb'] } }),
  why: 'stern output "kv-1 kv <time>": pod, container, then a µs UTC time; 0-based replica names.' });
add({ file: 'kubectl-0-based-leader-kv-1.log', class: 'node/replica-0-based', passed: true, followers: ['kv-0', 'kv-2'], leader: 'kv-1',
  fmt: (x) => `[pod/${x.node}/kv] ${T.iso(x.t)} ${x.lvl} ${x.msg}`,
  events: story({ nodes: N3(['kv-1', 'kv-0', 'kv-2'], [1, 0, 2]), voice: 'c', killUs: K('2026-11-29T21:28:00.800'), det: { 'kv-0': [160, 'hb'], 'kv-2': [177, 'hb'] } }),
  why: 'kv-1 leads (replica 1), kv-0 is a follower: a 0-based name is not "node1".' });
add({ file: 'addresses-127-ports.log', class: 'node/addresses', passed: true, followers: ['127.0.0.1:7002', '127.0.0.1:7003'], leader: '127.0.0.1:7001',
  fmt: (x) => `${T.iso(x.t)} [${x.node}] ${x.msg}`,
  events: story({ nodes: N3(['127.0.0.1:7001', '127.0.0.1:7002', '127.0.0.1:7003']), voice: 'c', killUs: K('2026-11-29T21:28:30.300'), det: { '127.0.0.1:7002': [211, 'hb'], '127.0.0.1:7003': [205, 'hb'] } }),
  aliases: { '127.0.0.1:7001': ['7001'], '127.0.0.1:7002': ['7002'], '127.0.0.1:7003': ['7003'] },
  why: 'Nodes named by their listen address 127.0.0.1:7002; the port distinguishes them, the shared IP does not.' });
add({ file: 'addresses-localhost-ports-go.log', class: 'node/addresses', passed: true, followers: [':7002', ':7003'], leader: ':7001', precisionUs: 1,
  fmt: (x) => `${T.go(x.t)} [localhost${x.node}] ${x.msg}`,
  events: story({ nodes: N3([':7001', ':7002', ':7003']), voice: 'go', killUs: K('2026-11-29T21:28:40.000') + 44, det: { ':7002': [199.9, 'hb'], ':7003': [66.6, 'conn'] } }),
  aliases: { ':7001': ['localhost:7001', '7001'], ':7002': ['localhost:7002', '7002'], ':7003': ['localhost:7003', '7003'] },
  why: 'Go log with [localhost:7002] tags; the leader localhost:7001 is killed.' });
add({ file: 'dotted-logger-python-ms.log', class: 'node/dotted-logger', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.py(x.t)} - kvstore.raft.${x.node} - ${x.lvl} - ${x.msg}`,
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T21:29:00.000'), det: { node2: [300, 'hb'], node3: [1, 'conn'] } }),
  why: 'Python "%(asctime)s - %(name)s - %(levelname)s" with logger kvstore.raft.node2; node2 at exactly 300 ms (inclusive).' });
add({ file: 'json-lines-name-field.log', class: 'node/json-name', passed: true, followers: ['node2', 'node3'], leader: 'node1', precisionUs: 1,
  fmt: (x) => JSON.stringify({ time: T.iso(x.t, 6, 60), level: x.lvl, name: x.node, pid: 30000 + Number(x.node.slice(4)), msg: x.msg }),
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T20:31:00.000') + 250_001, det: { node2: [177.777, 'hb'], node3: [188.888, 'hb'] } }),
  why: 'structlog/pino-like JSON lines, the node in "name" (the pid field must not name it), +01:00 µs times.' });
add({ file: 'json-lines-slog-go.log', class: 'node/json-name', passed: true, followers: ['n2', 'n3'], leader: 'n1', precisionUs: 1,
  fmt: (x) => JSON.stringify({ time: T.iso(x.t, 6, 0), level: x.lvl === 'WARN' ? 'WARN' : 'INFO', msg: x.msg, node: x.node, term: 2 }),
  events: story({ nodes: N3(['n1', 'n2', 'n3']), voice: 'go', killUs: K('2026-11-29T21:32:00.000') + 1_500, det: { n2: [120.5, 'hb'], n3: [240.25, 'hb'] } }),
  aliases: { n1: ['node1', '1'], n2: ['node2', '2'], n3: ['node3', '3'] },
  why: 'Go slog JSON handler output, node in "node":"n2".' });
add({ file: 'json-pino-epoch-ms.log', class: 'node/json-name', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => JSON.stringify({ level: x.lvl === 'WARN' ? 40 : 30, time: Number(T.epochMs(x.t)), pid: 7000 + Number(x.node.slice(4)), hostname: 'laptop', name: x.node, msg: x.msg }),
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T21:33:00.333'), det: { node2: [222, 'hb'], node3: [111, 'conn'] } }),
  why: 'pino JSON (epoch-ms "time", numeric level) with the node in "name" and a shared hostname.' });
add({ file: 'short-ids-S1.log', class: 'node/short-ids', passed: true, followers: ['S2', 'S3'], leader: 'S1',
  fmt: (x) => `${T.hms(x.t, 6).slice(0, 12)} ${x.lvl.slice(0, 4)} ${x.node} ${x.msg}`,
  events: story({ nodes: N3(['S1', 'S2', 'S3']), voice: 'go', killUs: K('2026-11-29T21:34:00.444'), det: { S2: [180, 'hb'], S3: [190, 'hb'] } }),
  aliases: { S1: ['s1', '1'], S2: ['s2', '2'], S3: ['s3', '3'] },
  why: 'MIT 6.824-style short server ids S1..S3 as a bare column after the time.' });
add({ file: 'short-ids-etcd-hex.log', class: 'node/short-ids', passed: true, followers: ['b3c1', 'c0f2'], leader: 'a41e', precisionUs: 1,
  fmt: (x) => `${T.go(x.t)} ${x.lvl[0]} | ${x.node}: ${x.msg}`,
  events: story({ nodes: N3(['a41e', 'b3c1', 'c0f2'], ['a41e', 'b3c1', 'c0f2']), voice: 'rust', killUs: K('2026-11-29T21:35:00.000') + 10, det: { b3c1: [205.5, 'hb'], c0f2: [206.5, 'hb'] } }),
  why: 'Short hex member ids (a41e) as node names, the leader named in "leader=a41e" fields.' });
add({ file: 'kvnode-pid-bracket-and-id.log', class: 'node/pid-not-node', passed: true, followers: ['2', '3'], leader: '1',
  fmt: (() => { const pid = { 1: 91234, 2: 91240, 3: 91251 }; return (x) => `${T.iso(x.t)} kv_node[${pid[x.node]}] id=${x.node} ${x.msg}`; })(),
  events: story({ nodes: N3(['1', '2', '3']), voice: 'c', killUs: K('2026-11-29T21:36:00.600'), det: { 2: [190, 'hb'], 3: [200, 'hb'] } }),
  aliases: { 1: ['node1', 'node-1', 'id=1'], 2: ['node2', 'node-2', 'id=2'], 3: ['node3', 'node-3', 'id=3'] },
  why: 'kv_node[91240] is the pid, id=2 names the node: the leader is node 1, not node 91234.' });

// ===== the lesson's own words =====
const wordsCase = (file, words, detMsgs, kill, extra = {}) =>
  add({ file, class: `words/${words}`, passed: extra.passed ?? true, fmt: extra.fmt ?? F.cIso, followers: ['node2', 'node3'], leader: 'node1', precisionUs: extra.precisionUs,
    events: story({ nodes: STD, voice: extra.voice ?? 'c', killUs: K(kill), det: { node2: detMsgs[0], node3: detMsgs[1] },
      extra: extra.extraEvents ?? [{ off: 400, node: 'node2', lvl: 'INFO', msg: 'election timeout elapsed, vote requests sent' }] }),
    why: extra.why });
wordsCase('words-heartbeat-timed-out.log', 'heartbeat-timed-out', [[162, 'heartbeat timed out after 162ms, starting election'], [171, 'heartbeat timed out (leader node 1)']], '2026-11-29T21:37:00.100',
  { why: '"heartbeat timed out" (Concept/regex_patterns wording) is a heartbeat timeout: 162 and 171 ms.' });
wordsCase('words-leader-down.log', 'leader-down', [[140, 'leader node1 is down (no AppendEntries for 140ms)'], [152, 'leader appears down, starting election']], '2026-11-29T21:37:30.300',
  { why: 'The Verify grep "leader.*down": "leader node1 is down" and "leader appears down" are detections.' });
wordsCase('words-lost-connection-to-leader.log', 'lost-connection-to-leader', [[3, 'lost connection to leader node1 (recv returned 0)'], [4, 'lost connection to leader: Connection reset by peer']], '2026-11-29T21:38:00.800',
  { why: '"lost connection to leader" 3 and 4 ms after the kill (the socket closes at once with the process).' });
wordsCase('words-connection-to-leader-n1-lost.log', 'connection-to-leader-n1-lost', [[2, 'connection to leader n1 lost'], [6, 'connection to leader n1 lost (ECONNRESET)']], '2026-11-29T21:38:30.010',
  { why: 'The lesson\'s "connection to leader n1 lost" names the leader as n1: detection 2 and 6 ms.' });
wordsCase('words-no-heartbeat-from-leader.log', 'no-heartbeat', [[250, 'no heartbeat from leader for 250ms -> candidate'], [260, 'no heartbeat from leader for 260ms -> candidate']], '2026-11-29T21:39:00.000',
  { why: '"no heartbeat from leader" (regex_patterns wording) at 250 and 260 ms.' });
wordsCase('words-election-timeout-fired.log', 'election-timeout-fired', [[199, 'election timeout fired, becoming candidate'], [288, 'election timeout fired, becoming candidate']], '2026-11-29T21:39:30.000',
  { why: 'The Concept\'s "election timeout fired, becoming candidate" at 199 and 288 ms.' });
wordsCase('words-recv-returned-zero.log', 'socket-closed', [[1, 'recv() from leader returned 0 - peer closed the connection'], [2, 'leader socket closed by peer (read returned 0)']], '2026-11-29T21:40:00.700',
  { why: 'The Concept\'s clean close: read()/recv() returning 0 on the leader socket, 1 and 2 ms after the kill.' });
wordsCase('words-econnreset-strerror.log', 'econnreset', [[2, 'read from leader failed: Connection reset by peer'], [1, 'recv: ECONNRESET from leader socket (fd 5)']], '2026-11-29T21:40:30.040',
  { why: 'The Concept\'s dirty close: strerror(ECONNRESET) "Connection reset by peer" and the bare ECONNRESET.' });
wordsCase('words-leader-down-slow.log', 'leader-down', [[150, 'leader node1 is down'], [333, 'leader node1 seems down, starting election']], '2026-11-29T21:41:00.100',
  { passed: false, why: 'Lesson wording "leader ... down", but node3 only after 333 ms: too slow.' });

// ===== failing: the classic mistakes =====
add({ file: 'fail-too-slow-one.log', class: 'fail/too-slow', passed: false, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:50:00.000'), det: { node2: [180, 'hb'], node3: [301, 'hb'] } }),
  why: 'node3 detects at 301 ms: one ms over the inclusive 300 ms window.' });
add({ file: 'fail-too-slow-default-timeouts-py.log', class: 'fail/too-slow', passed: false, fmt: F.py, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T21:51:00.512'), det: { node2: [1012, 'hb'], node3: [1498, 'hb'] } }),
  why: 'Election timeouts of 1-1.5 s (the etcd default): 1012 and 1498 ms.' });
add({ file: 'fail-too-slow-go-second.log', class: 'fail/too-slow', passed: false, fmt: F.goLog, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'go', killUs: K('2026-11-29T21:52:00.000') + 999_999, det: { node2: [300.002, 'hb'], node3: [120, 'hb'] } }),
  why: 'µs times: node2 at 300.002 ms is just outside the window.' });
add({ file: 'fail-follower-silent.log', class: 'fail/follower-silent', passed: false, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:53:00.000'), det: { node2: [190, 'hb'], node3: null } }),
  why: 'node3 logs nothing after the kill (its timer was never started).' });
{
  const ev = story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T21:54:00.000'), det: { node2: [205, 'hb'], node3: null } }).filter((x) => x.node !== 'node3');
  add({ file: 'fail-only-one-follower-pasted.log', class: 'fail/follower-silent', passed: false, fmt: F.py, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'Only node1 and node2 were pasted: the second follower is missing.' });
}
{
  const kill = K('2026-11-29T21:55:00.000');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [190, 'hb'], node3: null } });
  ev.push({ t: kill + 194 * MS, node: 'node3', lvl: 'INFO', msg: 'granted vote to node 2 for term 3' });
  ev.push({ t: kill + 197 * MS, node: 'node3', lvl: 'INFO', msg: 'following leader node 2 (term 3)' });
  add({ file: 'fail-follower-only-votes.log', class: 'fail/follower-silent', passed: false, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'node3 only votes for node2 and follows it; it never logs that it noticed node1 was gone.' });
}
{
  const kill = K('2026-11-29T21:56:00.000');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: {}, post: false }).filter((x) => x.tag !== 'kill');
  ev.push({ t: kill, node: 'node2', lvl: 'INFO', msg: 'received SIGTERM, shutting down', tag: 'kill' });
  ev.push({ t: kill + 4 * MS, node: 'node1', lvl: 'WARN', msg: 'lost connection to follower node 2: Connection reset by peer' });
  ev.push({ t: kill + 60 * MS, node: 'node1', lvl: 'INFO', msg: 'AppendEntries to node 3 ok (1/2 followers reachable)' });
  add({ file: 'fail-killed-follower.log', class: 'fail/killed-follower', passed: false, killedNode: 'node2', fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'node1 won the election and stays leader; the student killed node2, a follower: nothing detects a leader loss.' });
}
{
  const kill = K('2026-11-29T21:57:00.000');
  const ev = story({ nodes: STD, voice: 'py', killUs: kill, det: {}, post: false }).filter((x) => x.tag !== 'kill' && x.node !== 'node1');
  ev.push({ t: kill, node: 'node3', lvl: 'INFO', msg: 'Received SIGTERM, shutting down', tag: 'kill' });
  ev.push({ t: kill + 3 * MS, node: 'node2', lvl: 'WARNING', msg: 'Connection to node3 lost: [Errno 104] Connection reset by peer' });
  add({ file: 'fail-killed-follower-followers-only.log', class: 'fail/killed-follower', passed: false, killedNode: 'node3', fmt: F.py, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'Both pasted nodes follow node1; node3 (a follower) is SIGTERMed and node2 loses its link to node3, not to a leader.' });
}
add({ file: 'fail-too-coarse-hms.log', class: 'fail/too-coarse', passed: false, precisionUs: SEC, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `[${T.hms(x.t, 0)}] node${x.node.slice(4)}: ${x.msg}`,
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:58:00.000'), det: { node2: [600, 'hb'], node3: [700, 'hb'] } }),
  why: 'HH:MM:SS only: kill and detections all at 21:58:00 — whole seconds cannot show a 300 ms window.' });
add({ file: 'fail-too-coarse-python-default-datefmt.log', class: 'fail/too-coarse', passed: false, precisionUs: SEC, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.isoSpace(x.t, 0)} ${x.lvl} raft.${x.node} ${x.msg}`,
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T21:59:00.500'), det: { node2: [100, 'hb'], node3: [1600, 'hb'] } }),
  why: 'datefmt="%Y-%m-%d %H:%M:%S" drops the ms: the kill at 21:59:00, detections at :00 and :02.' });
add({ file: 'fail-too-coarse-12h-tolocaletime.log', class: 'fail/too-coarse', passed: false, precisionUs: SEC, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.h12(x.t, 0, false)} [${x.node}] ${x.msg}`,
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T22:00:00.000'), det: { node2: [150, 'hb'], node3: [160, 'hb'] } }),
  why: 'JavaScript toLocaleTimeString() ("10:00:00 PM") has no ms: too coarse even though the run was fast.' });
{
  const ev = story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T22:01:00.000'), det: { node2: [190, 'hb'], node3: [210, 'hb'] } }).filter((x) => x.node !== 'node1');
  add({ file: 'fail-no-kill-line.log', class: 'fail/no-kill-line', passed: false, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev.map((x) => ({ ...x, tag: x.tag === 'kill' ? undefined : x.tag })),
    why: 'Only the followers\' logs: heartbeat timeouts but no kill line, so nothing to measure from.' });
}
{
  const kill = K('2026-11-29T22:02:00.000');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [190, 'hb'], node3: [210, 'hb'] },
    extra: [{ off: 230, node: 'node2', lvl: 'INFO', msg: 'leader node 1 stopped responding' }] }).filter((x) => x.node !== 'node1').map((x) => ({ ...x, tag: x.tag === 'kill' ? undefined : x.tag }));
  ev.unshift({ t: kill - 7000 * MS, node: 'shell', raw: '$ kill 48213' });
  add({ file: 'fail-no-kill-line-untimed-shell.log', class: 'fail/no-kill-line', passed: false, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'The only kill evidence is an untimed "$ kill 48213" and a follower\'s "leader node 1 stopped responding": no timestamped kill.' });
}
{
  const kill = K('2026-11-29T22:03:00.000');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: {}, post: false });
  ev.push({ t: kill - 5690 * MS, node: 'node2', lvl: 'WARN', msg: 'heartbeat timeout - no message from leader in 250ms' });
  ev.push({ t: kill - 5688 * MS, node: 'node3', lvl: 'WARN', msg: 'heartbeat timeout - no message from leader in 252ms' });
  add({ file: 'fail-detection-before-kill-only.log', class: 'fail/detection-before-kill-only', passed: false, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'The only heartbeat timeouts are from the startup election, 5.7 s before the kill; after it the followers are silent.' });
}
{
  const kill = K('2026-11-29T22:04:00.000');
  const ev = story({ nodes: STD, voice: 'py', killUs: kill, det: { node2: [160, 'hb'] }, post: false });
  ev.push({ t: kill - 3000 * MS, node: 'node3', lvl: 'WARNING', msg: 'Heartbeat timeout: no heartbeat from node1 for 310 ms' });
  add({ file: 'fail-one-detection-before-kill.log', class: 'fail/detection-before-kill-only', passed: false, fmt: F.py, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'node2 detects at +160 ms, but node3\'s only timeout is 3 s before the kill (a GC pause), not a detection of the kill.' });
}

// ===== in-flight heartbeat after the kill (not a detection) and mixed passes =====
{
  const kill = K('2026-11-29T22:06:00.000');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [231, 'hb'], node3: [244, 'hb'] },
    extra: [{ off: 1, node: 'node2', lvl: 'DEBUG', msg: 'heartbeat from node 1 received, election timeout reset to 231ms' }, { off: 2, node: 'node3', lvl: 'DEBUG', msg: 'heartbeat from node 1 received, election timeout reset to 242ms' }] });
  add({ file: 'inflight-heartbeat-after-kill.log', class: 'words/reset-is-not-detection', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'A heartbeat in flight arrives 1-2 ms after the kill ("election timeout reset"): not a detection; the timeouts fire at 231/244 ms.' });
}
{
  const kill = K('2026-11-29T22:07:00.000');
  const ev = story({ nodes: STD, voice: 'py', killUs: kill, det: { node2: [260, 'hb'], node3: [275, 'hb'] },
    extra: [{ off: 5, node: 'node2', lvl: 'DEBUG', msg: 'Heartbeat timer armed: election timeout 260 ms' }, { off: 6, node: 'node3', lvl: 'DEBUG', msg: 'Heartbeat timer armed: election timeout 275 ms' }] });
  add({ file: 'timer-armed-is-not-detection.log', class: 'words/reset-is-not-detection', passed: true, fmt: F.py, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: '"election timeout 260 ms" in a timer-armed debug line is not a timeout firing; the real detections are at 260/275 ms.' });
}
{
  const kill = K('2026-11-29T22:08:00.000');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [320, 'hb'], node3: [330, 'hb'] },
    extra: [{ off: 4, node: 'node2', lvl: 'DEBUG', msg: 'heartbeat from node 1 received, election timeout reset to 320ms' }, { off: 5, node: 'node3', lvl: 'DEBUG', msg: 'heartbeat from node 1 received, election timeout reset to 325ms' }] });
  add({ file: 'fail-inflight-heartbeat-then-slow.log', class: 'fail/too-slow', passed: false, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'Timer resets at +4/+5 ms are not detections; the actual timeouts at 320/330 ms are too slow.' });
}
// ===== more mixed shapes (several voices and formats, both outcomes) =====
add({ file: 'rust-tracing-compact-ansi-stripped.log', class: 'time/rust-tracing', passed: false, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.iso(x.t, 6)} ${x.lvl.padStart(5)} kvraft: ${x.msg} node=${x.node}`,
  events: story({ nodes: STD, voice: 'rust', killUs: K('2026-11-29T22:09:09.000') + 9, det: { node2: [150.5, 'hb'], node3: [450.5, 'hb'] } }),
  why: 'tracing compact format, node as a trailing field node=node3: node3 at 450.5 ms is too slow.' });
add({ file: 'java-logback-concat-slow.log', class: 'fail/too-slow', passed: false, fmt: F.logback, order: ['node3', 'node2', 'node1'], followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'java', killUs: K('2026-11-29T22:10:10.100'), det: { node2: [700, 'hb'], node3: [710, 'hb'] } }),
  why: 'Concatenated logback files (node3 first): both followers time out after 700/710 ms.' });
add({ file: 'go-zap-console.log', class: 'time/go-log', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.iso(x.t, 3, 0)}\t${x.lvl.toLowerCase()}\traft/${x.node}.go:88\t${x.msg}\t{"node": "${x.node}"}`,
  events: story({ nodes: STD, voice: 'go', killUs: K('2026-11-29T22:11:11.110'), det: { node2: [208, 'hb'], node3: [6, 'conn'] } }),
  why: 'zap console encoder (tab-separated time, level, caller, msg, JSON fields).' });
add({ file: 'c-fprintf-relative-and-wall.log', class: 'time/c-clock-gettime', passed: true, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.hms(x.t, 6)} node${x.node.slice(4)} [${x.lvl}] ${x.msg}`,
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T22:12:12.000') + 12_012, det: { node2: [77.777, 'conn'], node3: [298.8, 'hb'] } }),
  why: 'C strftime("%H:%M:%S") plus ".%06ld" of tv_nsec/1000: µs bare times; node3 at 298.8 ms.' });
add({ file: 'c-epoch-ms-fail.log', class: 'time/c-clock-gettime', passed: false, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.epochMs(x.t)} [node ${x.node.slice(4)}] ${x.msg}`,
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T22:13:13.013'), det: { node2: [280, 'hb'], node3: null } }),
  why: 'Epoch-milliseconds timestamps; node3 never detects.' });
add({ file: 'py-logging-concat-followers-first.log', class: 'which-kill/concat-order', passed: true, fmt: F.py, order: ['node2', 'node3', 'node1'], followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T22:14:14.014'), det: { node2: [111, 'conn'], node3: [271, 'hb'] } }),
  why: '`cat node2.log node3.log node1.log`: the kill is the last line group of the paste but the earliest event of the demo.' });
add({ file: 'docker-compose-slow.log', class: 'fail/too-slow', passed: false, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${(x.node + '-1').padEnd(8)}| ${T.iso(x.t)} ${x.lvl} ${x.msg}`,
  events: story({ nodes: STD, voice: 'go', killUs: K('2026-11-29T22:15:15.150'), det: { node2: [510, 'hb'], node3: [125, 'conn'] } }),
  why: 'docker compose prefixes; node2 only times out after 510 ms.' });
add({ file: 'kubectl-silent-follower.log', class: 'fail/follower-silent', passed: false, followers: ['kv-1', 'kv-2'], leader: 'kv-0',
  fmt: (x) => `[pod/${x.node}/kv] ${T.iso(x.t)} ${x.lvl} ${x.msg}`,
  events: story({ nodes: N3(['kv-0', 'kv-1', 'kv-2'], [0, 1, 2]), voice: 'c', killUs: K('2026-11-29T22:16:16.160'), det: { 'kv-1': [170, 'hb'], 'kv-2': null } }),
  why: 'kubectl --prefix; kv-2 never reports the leader gone.' });
add({ file: 'json-killed-follower.log', class: 'fail/killed-follower', passed: false, killedNode: 'node3', followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => JSON.stringify({ ts: T.iso(x.t), node: x.node, level: x.lvl.toLowerCase(), msg: x.msg }),
  events: (() => {
    const kill = K('2026-11-29T22:17:17.170');
    const ev = story({ nodes: STD, voice: 'go', killUs: kill, det: {}, post: false }).filter((x) => x.tag !== 'kill');
    ev.push({ t: kill, node: 'node3', lvl: 'INFO', msg: 'got signal terminated, shutting down', tag: 'kill' });
    ev.push({ t: kill + 2 * MS, node: 'node1', lvl: 'WARN', msg: 'raft: read from follower node3: EOF' });
    ev.push({ t: kill + 3 * MS, node: 'node2', lvl: 'WARN', msg: 'raft: connection to node3 closed' });
    return ev;
  })(),
  why: 'JSON lines; the killed node3 was a follower of node1: the EOF/closed lines are about node3, not a leader.' });
add({ file: 'hostnames-fqdn.log', class: 'node/hostnames', passed: true, followers: ['raft-b.lab.local', 'raft-c.lab.local'], leader: 'raft-a.lab.local',
  fmt: (x) => `${T.iso(x.t, 3, 0)} ${x.node} kv_node: ${x.msg}`,
  events: story({ nodes: N3(['raft-a.lab.local', 'raft-b.lab.local', 'raft-c.lab.local']), voice: 'c', killUs: K('2026-11-29T22:18:18.180'), det: { 'raft-b.lab.local': [233, 'hb'], 'raft-c.lab.local': [244, 'hb'] } }),
  aliases: { 'raft-a.lab.local': ['raft-a'], 'raft-b.lab.local': ['raft-b'], 'raft-c.lab.local': ['raft-c'] },
  why: 'Aggregated logs with FQDN host names as the node column.' });
add({ file: 'dotted-logger-java-slow.log', class: 'node/dotted-logger', passed: false, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.py(x.t)} ${x.lvl.padEnd(5)} raft.${x.node} - ${x.msg}`,
  events: story({ nodes: STD, voice: 'java', killUs: K('2026-11-29T22:19:19.190'), det: { node2: [299, 'hb'], node3: [302, 'hb'] } }),
  why: 'Dotted logger names raft.node2/raft.node3; node3 at 302 ms misses the window by 2 ms.' });
add({ file: 'short-ids-silent.log', class: 'fail/follower-silent', passed: false, followers: ['S2', 'S3'], leader: 'S1',
  fmt: (x) => `${T.hms(x.t)} ${x.node} ${x.msg}`,
  events: story({ nodes: N3(['S1', 'S2', 'S3']), voice: 'go', killUs: K('2026-11-29T22:20:20.200'), det: { S2: null, S3: [180, 'hb'] } }),
  aliases: { S1: ['s1', '1'], S2: ['s2', '2'], S3: ['s3', '3'] },
  why: 'Short ids; S2 never detects.' });
add({ file: 'addresses-too-slow.log', class: 'fail/too-slow', passed: false, followers: ['127.0.0.1:7002', '127.0.0.1:7003'], leader: '127.0.0.1:7001',
  fmt: (x) => `${T.py(x.t)} ${x.node} ${x.lvl} ${x.msg}`,
  events: story({ nodes: N3(['127.0.0.1:7001', '127.0.0.1:7002', '127.0.0.1:7003']), voice: 'py', killUs: K('2026-11-29T22:21:21.210'), det: { '127.0.0.1:7002': [350, 'hb'], '127.0.0.1:7003': [360, 'hb'] } }),
  aliases: { '127.0.0.1:7001': ['7001'], '127.0.0.1:7002': ['7002'], '127.0.0.1:7003': ['7003'] },
  why: 'Address-named nodes; detections at 350/360 ms.' });
add({ file: 'nul-padded-too-slow.log', class: 'fail/too-slow', passed: false, fmt: F.cHms, nulPad: 1024, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T22:22:22.220'), det: { node2: [390, 'hb'], node3: [400, 'hb'] } }),
  why: 'NUL-padded head, readable lines after it: detections at 390/400 ms are too slow.' });
add({ file: 'time-12h-killed-follower.log', class: 'fail/killed-follower', passed: false, killedNode: 'node3', followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.h12(x.t)} [${x.node}] ${x.msg}`,
  events: (() => {
    const kill = K('2026-11-29T10:23:00.000');
    const ev = story({ nodes: STD, voice: 'java', killUs: kill, det: {}, post: false }).filter((x) => x.tag !== 'kill');
    ev.push({ t: kill, node: 'node3', lvl: 'INFO', msg: 'Shutdown hook: received SIGTERM, stopping node', tag: 'kill' });
    ev.push({ t: kill + 3 * MS, node: 'node1', lvl: 'WARN', msg: 'Connection to follower node3 lost: java.net.SocketException: Connection reset' });
    return ev;
  })(),
  why: '12-hour clock (AM); node3 is a follower of node1 and is the one SIGTERMed.' });
add({ file: 'mixed-zones-slow.log', class: 'fail/too-slow', passed: false, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${x.node === 'node1' ? T.iso(x.t, 3, 0) : T.iso(x.t, 3, -300)} ${x.node} ${x.lvl} ${x.msg}`,
  order: ['node1', 'node2', 'node3'],
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T22:24:24.000'), det: { node2: [180, 'hb'], node3: [620, 'hb'] } }),
  why: 'Leader in UTC, followers in -05:00: node3 detects at 620 ms, too slow.' });
add({ file: 'etcd-style-elected-leader-slow.log', class: 'who-leads/etcd-elected', passed: false, followers: ['node1', 'node3'], leader: 'node2', precisionUs: MS,
  fmt: F.goLog,
  events: (() => {
    const kill = K('2026-11-29T22:25:25.250');
    const ev = story({ nodes: N3(['node2', 'node1', 'node3'], [2, 1, 3]), voice: 'go', killUs: kill, det: { node1: [160, 'hb'], node3: [700, 'hb'] }, pre: false });
    for (const [i, n] of ['node1', 'node2', 'node3'].entries()) ev.push({ t: kill - 3000 * MS + i * MS, node: n, lvl: 'INFO', msg: `raft.node: ${n} elected leader node2 at term 4` });
    return ev;
  })(),
  why: 'Each node logs "nodeX elected leader node2 at term 4"; node2 is killed; node3 needs 700 ms.' });


// ===== round 2: more shapes =====
add({ file: 'time-12h-lowercase-no-zero.log', class: 'time/12h', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.h12(x.t, 3, false).replace(/ (AM|PM)$/, (m) => m.toLowerCase())} node${x.node.slice(4)}> ${x.msg}`,
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T21:05:09.960'), det: { node2: [95, 'conn'], node3: [230, 'hb'] } }),
  why: '"9:05:09.960 pm" (no leading zero, lowercase pm): 9:05:10.055 pm is 95 ms later.' });
add({ file: 'nul-padded-crlf-windows.log', class: 'time/nul-padding', passed: true, fmt: F.py, crlf: true, nulPad: 2048, followers: ['node2', 'node3'], leader: 'node1',
  events: story({ nodes: STD, voice: 'py', killUs: K('2026-11-29T21:06:06.066'), det: { node2: [177, 'hb'], node3: [188, 'hb'] } }),
  why: 'A truncated-while-open log copied on Windows: 2048 NULs, then CRLF Python logging lines.' });
add({ file: 'prefix-cat-n.log', class: 'time/prefix-line-numbers', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (() => { let n = 1; return (x) => `${String(n++).padStart(6)}\t${T.hms(x.t)} [${x.node}] ${x.msg}`; })(),
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T21:07:07.070'), det: { node2: [160, 'hb'], node3: [150, 'hb'] } }),
  why: '`cat -n` output: right-aligned line numbers and a tab before a bare time.' });
{
  const kill = K('2026-11-29T21:08:08.080');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [201, 'hb'], node3: [212, 'hb'] } });
  add({ file: 'prefix-grep-context.log', class: 'time/prefix-line-numbers', passed: true, followers: ['node2', 'node3'], leader: 'node1',
    order: (evs) => {
      const keep = (n, lo, hi) => evs.filter((x) => x.node === n && x.t >= kill + lo * MS && x.t <= kill + hi * MS);
      const out = [];
      const num = { node1: 30, node2: 41, node3: 40 };
      for (const [n, lo, hi] of [['node1', -3000, 1], ['node2', -120, 230], ['node3', -120, 230]]) {
        if (out.length) out.push({ raw: '--' });
        for (const x of keep(n, lo, hi)) {
          const hit = /SIGTERM|timeout/i.test(x.msg);
          out.push({ ...x, raw: `data/${n}/node.log${hit ? ':' : '-'}${num[n]++}${hit ? ':' : '-'}${T.iso(x.t)} ${x.lvl} ${x.msg}` });
        }
      }
      return out;
    },
    fmt: F.cIso, events: ev,
    why: '`grep -n -B2 -A1 -r "SIGTERM\\|timeout" data/`: context lines use "-" separators (node.log-41-2026-...), groups split by "--".' });
}
add({ file: 'fail-too-coarse-go-log-default.log', class: 'fail/too-coarse', passed: false, precisionUs: SEC, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.go(x.t, 0)} ${x.node}: ${x.msg}`,
  events: story({ nodes: STD, voice: 'go', killUs: K('2026-11-29T21:09:09.800'), det: { node2: [150, 'hb'], node3: [170, 'hb'] } }),
  why: 'Go\'s default log flags print whole seconds (2026/11/29 21:09:09): the kill and detections straddle a second and cannot be measured.' });
add({ file: 'fail-too-coarse-rust-env-logger.log', class: 'fail/too-coarse', passed: false, precisionUs: SEC, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `[${T.iso(x.t, 0)} ${x.lvl.padEnd(5)} kv_node::raft] ${x.node}: ${x.msg}`,
  events: story({ nodes: STD, voice: 'rust', killUs: K('2026-11-29T21:10:10.100'), det: { node2: [150, 'hb'], node3: [170, 'hb'] } }),
  why: 'env_logger\'s default timestamp has whole seconds ([2026-11-29T21:10:10Z INFO  kv_node::raft]).' });
add({ file: 'rust-env-logger-millis.log', class: 'time/rust-tracing', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `[${T.iso(x.t, 3)} ${x.lvl.padEnd(5)} kv_node::raft] ${x.node}: ${x.msg}`,
  events: story({ nodes: STD, voice: 'rust', killUs: K('2026-11-29T21:11:11.110'), det: { node2: [150, 'hb'], node3: [8, 'conn'] } }),
  why: 'env_logger with format_timestamp_millis(): [2026-11-29T21:11:11.260Z WARN  kv_node::raft] node2: ...' });
add({ file: 'java-node-brackets-iso.log', class: 'time/java', passed: true, followers: ['Node 2', 'Node 3'], leader: 'Node 1',
  fmt: (x) => `${T.isoSpace(x.t)} [${x.node}] ${x.lvl.padEnd(5)} RaftNode - ${x.msg}`,
  events: story({ nodes: N3(['Node 1', 'Node 2', 'Node 3']), voice: 'java', killUs: K('2026-11-29T21:12:12.120'), det: { 'Node 2': [222, 'hb'], 'Node 3': [233, 'hb'] } }),
  aliases: { 'Node 1': ['node1', 'node-1', '1'], 'Node 2': ['node2', 'node-2', '2'], 'Node 3': ['node3', 'node-3', '3'] },
  why: 'logback "yyyy-MM-dd HH:mm:ss.SSS" with [Node 2] tags (a space inside the node name).' });
{
  const kill = K('2026-11-29T21:13:13.130');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [140, 'timed out waiting for heartbeat from leader (140 ms)'], node3: [166, 'no AppendEntries from leader for 166 ms, leader is down'] } });
  add({ file: 'words-timed-out-waiting-no-appendentries.log', class: 'words/heartbeat-timed-out', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: '"timed out waiting for heartbeat from leader" and "no AppendEntries from leader ..., leader is down" are detections.' });
}
{
  const kill = K('2026-11-29T21:14:14.140');
  const ev = story({ nodes: STD, voice: 'go', killUs: kill, det: { node2: [183, 'hb'], node3: [191, 'hb'] } });
  add({ file: 'fail-detection-before-kill-concat.log', class: 'fail/detection-before-kill-only', passed: false, fmt: F.goLog, precisionUs: MS, followers: ['node2', 'node3'], leader: 'node1',
    order: ['node1', 'node2', 'node3'],
    events: ev.filter((x) => x.tag !== 'det' && !(x.node !== 'node1' && x.t > kill)).concat([
      { t: kill - 5000 * MS, node: 'node2', lvl: 'WARN', msg: 'raft: heartbeat timeout after 183ms, leader=node1' },
      { t: kill - 4990 * MS, node: 'node3', lvl: 'WARN', msg: 'raft: heartbeat timeout after 191ms, leader=node1' },
    ]),
    why: '`cat node1.log node2.log node3.log`: the followers\' timeouts come after the kill in the paste, but their times are 5 s before it (a network blip); after the kill they log nothing.' });
}
{
  const kill = K('2026-11-29T21:15:15.150');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [166, 'hb'], node3: [205, 'hb'] } });
  ev.push({ t: kill - 3000 * MS, node: 'client', lvl: 'INFO', msg: 'load generator started: 100 PUT/s against node 1' });
  ev.push({ t: kill - 50 * MS, node: 'client', lvl: 'INFO', msg: 'load generator stopped after 290 requests' });
  ev.push({ t: kill + 20 * MS, node: 'client', lvl: 'WARN', msg: 'PUT failed: connection refused by node 1' });
  add({ file: 'kill-word-client-stopped.log', class: 'which-kill/kill-word-not-a-kill', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1', events: ev,
    why: 'A client process logs "load generator stopped" 50 ms before the kill: not a node, not a kill; the kill is node1\'s SIGTERM.' });
}
{
  const kill = K('2026-11-29T21:16:16.160');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [12, 'conn'], node3: [14, 'conn'] }, pre: false,
    extra: [{ off: 251, node: 'node2', lvl: 'WARN', msg: 'election timeout (251ms), becoming candidate' }] });
  const out = ev.filter((x) => x.node !== 'node1');
  out.push({ t: kill, node: 'shell', raw: `${T.hms(kill)} $ kill -TERM 48213`, tag: 'kill' });
  for (const [i, n] of ['node2', 'node3'].entries()) out.push({ t: kill - 800 * MS + i * MS, node: n, lvl: 'DEBUG', msg: 'AppendEntries from node 1: prev_index=9 entries=0 commit=9' });
  add({ file: 'who-leads-from-detections.log', class: 'who-leads/leader-from-detections', passed: true, followers: ['node2', 'node3'], leader: 'node1',
    fmt: (x) => `${T.hms(x.t)} [${x.node}] ${x.lvl} ${x.msg}`, events: out,
    why: 'The kill line is the student\'s timestamped "$ kill -TERM 48213" with no node; the followers name the leader ("from leader node 1"), so the killed leader is node1.' });
}
{
  const kill = K('2026-11-29T21:17:17.170');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [199, 'hb'], node3: [207, 'hb'] } });
  add({ file: 'terminals-pasted-with-headers.log', class: 'node/terminal-headers', passed: true, followers: ['node2', 'node3'], leader: 'node1',
    order: (evs) => {
      const out = [];
      for (const [i, n] of ['node1', 'node2', 'node3'].entries()) {
        out.push({ raw: `--- terminal ${i + 1} (${n}) ---` });
        out.push({ raw: `$ ./kv_node --id ${i + 1} --port 700${i + 1} --peers 7001,7002,7003` });
        out.push(...evs.filter((x) => x.node === n));
        out.push({ raw: '' });
      }
      return out.slice(0, -1);
    },
    fmt: (x) => `${T.hms(x.t)} ${x.lvl.padEnd(5)} ${x.msg}`, events: ev,
    why: 'Three terminals copied one after another under "--- terminal 2 (node2) ---" headers; the lines themselves carry no node name.' });
}
{
  const kill = K('2026-11-29T21:18:18.180');
  const ev = story({ nodes: STD, voice: 'java', killUs: kill, det: { node2: [211, 'hb'], node3: [229, 'hb'] } });
  add({ file: 'wrapped-long-lines.log', class: 'time/wrapped-lines', passed: true, followers: ['node2', 'node3'], leader: 'node1',
    order: (evs) => evs.flatMap((x) => {
      const line = `${T.iso(x.t)} [${x.node}] ${x.lvl.padEnd(5)} ${x.msg}`;
      const parts = [];
      for (let i = 0; i < line.length; i += 80) parts.push(line.slice(i, i + 80));
      return parts.map((p, i) => (i === 0 ? { ...x, raw: p } : { raw: p }));
    }),
    fmt: F.cIso, events: ev,
    why: 'Copied from an 80-column terminal: long lines wrapped onto continuation lines without a timestamp; the kill and detection lines start with their time.' });
}
add({ file: 'json-killed-follower-then-leader.log', class: 'which-kill/several-kills', passed: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => JSON.stringify({ ts: T.iso(x.t), node: x.node, level: x.lvl.toLowerCase(), msg: x.msg }),
  events: (() => {
    const k2 = K('2026-11-29T21:19:30.000');
    const ev = story({ nodes: STD, voice: 'go', killUs: k2, det: { node2: [177, 'hb'], node3: [181, 'hb'] } });
    const k1 = k2 - 12_000 * MS;
    ev.push({ t: k1, node: 'node3', lvl: 'INFO', msg: 'got signal terminated, shutting down' });
    ev.push({ t: k1 + 2 * MS, node: 'node1', lvl: 'WARN', msg: 'raft: read from follower node3: EOF' });
    ev.push({ t: k1 + 4000 * MS, node: 'node3', lvl: 'INFO', msg: 'raft: node3 starting, listening on :7003' });
    ev.push({ t: k1 + 4100 * MS, node: 'node3', lvl: 'INFO', msg: 'raft: following node1 term=2' });
    return ev;
  })(),
  why: 'The student first killed node3 by mistake (a follower, restarted 4 s later), then the leader node1: the second kill is the one to judge and passes.' });
add({ file: 'fail-killed-follower-kubectl.log', class: 'fail/killed-follower', passed: false, killedNode: 'kv-2', followers: ['kv-1', 'kv-2'], leader: 'kv-0',
  fmt: (x) => `[pod/${x.node}/kv] ${T.iso(x.t)} ${x.lvl} ${x.msg}`,
  events: (() => {
    const kill = K('2026-11-29T21:20:20.200');
    const ev = story({ nodes: N3(['kv-0', 'kv-1', 'kv-2'], [0, 1, 2]), voice: 'c', killUs: kill, det: {}, post: false }).filter((x) => x.tag !== 'kill');
    ev.push({ t: kill, node: 'kv-2', lvl: 'INFO', msg: 'received SIGTERM, shutting down', tag: 'kill' });
    ev.push({ t: kill + 3 * MS, node: 'kv-0', lvl: 'WARN', msg: 'lost connection to follower node 2: Connection reset by peer' });
    return ev;
  })(),
  why: '`kubectl delete pod kv-2` hit a follower (kv-0 leads, 0-based): the leader loses follower "node 2" (= kv-2), no leader is lost.' });

// ===== failing twins: the same shapes with the classic mistakes =====
function failTwin({ file, cls, fmt, names, ids, voice, kill, kind, slow = [180, 420], precisionUs, aliases, order, nulPad, crlf, why }) {
  const nodes = N3(names, ids);
  const [ld, f1, f2] = nodes;
  const killUs = K(kill);
  let events;
  let killedNode;
  if (kind === 'slow') events = story({ nodes, voice, killUs, det: { [f1.name]: [slow[0], 'hb'], [f2.name]: [slow[1], 'hb'] } });
  else if (kind === 'silent') events = story({ nodes, voice, killUs, det: { [f1.name]: [slow[0], 'hb'], [f2.name]: null } });
  else if (kind === 'before-kill') {
    events = story({ nodes, voice, killUs, det: { [f1.name]: [slow[0], 'hb'], [f2.name]: null } });
    events.push({ t: killUs - 4000 * MS, node: f2.name, lvl: 'WARN', msg: V[voice].hb(ld, 260) });
  } else if (kind === 'killed-follower') {
    killedNode = f2.name;
    events = story({ nodes, voice, killUs, det: {}, post: false }).filter((x) => x.tag !== 'kill');
    events.push({ t: killUs, node: f2.name, lvl: 'INFO', msg: V[voice].kill(), tag: 'kill' });
    events.push({ t: killUs + 3 * MS, node: ld.name, lvl: 'WARN', msg: `lost connection to follower ${f2.name}: Connection reset by peer` });
    events.push({ t: killUs + 50 * MS, node: ld.name, lvl: 'INFO', msg: V[voice].put(4) });
  }
  add({ file, class: `fail/${kind === 'slow' ? 'too-slow' : kind === 'silent' ? 'follower-silent' : kind === 'before-kill' ? 'detection-before-kill-only' : 'killed-follower'}`, passed: false,
    shape: cls, fmt, followers: [f1.name, f2.name], leader: ld.name, events, precisionUs, aliases, order, nulPad, crlf, killedNode, why });
}
const TW = (o) => failTwin(o);
TW({ file: 'twin-py-logging-silent.log', cls: 'time/python-logging', fmt: F.py, names: ['node1', 'node2', 'node3'], voice: 'py', kill: '2026-11-29T20:40:00.111', kind: 'silent', why: 'Python logging; node3 never logs a detection after the kill.' });
TW({ file: 'twin-go-log-slow.log', cls: 'time/go-log', fmt: F.goLog, precisionUs: 1, names: ['node1', 'node2', 'node3'], voice: 'go', kill: '2026-11-29T20:40:10.222', kind: 'slow', slow: [120.25, 305.5], why: 'Go µs log; node3 at 305.5 ms is outside the window.' });
TW({ file: 'twin-rust-tracing-killed-follower.log', cls: 'time/rust-tracing', fmt: F.rust, precisionUs: 1, names: ['node1', 'node2', 'node3'], voice: 'rust', kill: '2026-11-29T20:40:20.333', kind: 'killed-follower', why: 'tracing spans node{id=3}: the student killed node3, a follower of node1.' });
TW({ file: 'twin-java-logback-before-kill.log', cls: 'time/java', fmt: F.logback, names: ['node1', 'node2', 'node3'], voice: 'java', kill: '2026-11-29T20:40:30.444', kind: 'before-kill', why: 'logback; node3\'s only heartbeat timeout is 4 s before the kill.' });
TW({ file: 'twin-c-epoch-slow.log', cls: 'time/c-clock-gettime', fmt: (x) => `[${T.epochS(x.t)}] node ${x.node.slice(4)}: ${x.msg}`, precisionUs: 1, names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T20:40:40.555', kind: 'slow', slow: [250.75, 612.125], why: 'Epoch-seconds µs times; node3 at 612.125 ms.' });
TW({ file: 'twin-12h-silent.log', cls: 'time/12h', fmt: (x) => `${T.h12(x.t)} [${x.node}] ${x.msg}`, names: ['node1', 'node2', 'node3'], voice: 'java', kill: '2026-11-29T14:40:50.666', kind: 'silent', why: '12-hour clock (PM); node3 silent after the kill.' });
TW({ file: 'twin-grep-n-slow.log', cls: 'time/prefix-line-numbers', fmt: (() => { let n = 100; return (x) => `${n++}:${T.hms(x.t)} node${x.node.slice(4)} ${x.msg}`; })(), names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T20:41:00.777', kind: 'slow', slow: [301, 290], why: '`grep -n` prefixes glued to bare times; node2 at 301 ms.' });
TW({ file: 'twin-windows-findstr-killed-follower.log', cls: 'time/prefix-windows-path', fmt: (x) => `C:\\raft\\logs\\${x.node}.log:${T.py(x.t)} ${x.lvl} ${x.msg}`, crlf: true, order: ['node1', 'node2', 'node3'], names: ['node1', 'node2', 'node3'], voice: 'py', kill: '2026-11-29T20:41:10.888', kind: 'killed-follower', why: 'findstr over Windows paths; the killed node3 was a follower.' });
TW({ file: 'twin-logger-glued-slow.log', cls: 'time/prefix-logger-glued', fmt: (x) => `${x.node}${T.go(x.t)} ${x.msg}`, precisionUs: 1, names: ['node1', 'node2', 'node3'], voice: 'go', kill: '2026-11-29T20:41:20.999', kind: 'slow', slow: [480.5, 111.5], why: 'Logger name glued to the Go date; node2 needs 480.5 ms.' });
TW({ file: 'twin-nul-padded-silent.log', cls: 'time/nul-padding', fmt: F.cIso, nulPad: 700, names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T20:41:31.010', kind: 'silent', why: 'NUL-padded head; node3 silent.' });
TW({ file: 'twin-zoneless-slow.log', cls: 'time/zoneless-local', fmt: (x) => `${T.iso(x.t, 3, null)} ${x.node} ${x.lvl} ${x.msg}`, names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T20:41:41.020', kind: 'slow', slow: [999, 250], why: 'Zone-less ISO; node2 only after 999 ms.' });
TW({ file: 'twin-mixed-zones-silent.log', cls: 'time/mixed-zones', fmt: (x) => `${x.node === 'node1' ? T.iso(x.t, 3, 0) : T.iso(x.t, 3, 60)} ${x.node} ${x.lvl} ${x.msg}`, order: ['node1', 'node2', 'node3'], names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T20:41:51.030', kind: 'silent', why: 'UTC leader, +01:00 followers; node3 silent.' });
TW({ file: 'twin-day-boundary-slow.log', cls: 'time/day-boundary', fmt: F.cHms, names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T23:59:59.800', kind: 'slow', slow: [150, 350], why: 'Bare times across midnight: 23:59:59.800 to 00:00:00.150 is 350 ms, too slow (not -86399650 ms).' });
TW({ file: 'twin-journalctl-slow.log', cls: 'time/syslog-journal', fmt: (() => { const pid = { node1: 501, node2: 502, node3: 503 }; return (x) => `${T.syslog(x.t, 6)} raft-lab kv_node[${pid[x.node]}]: [${x.node}] ${x.msg}`; })(), precisionUs: 1, names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T20:42:01.040', kind: 'slow', slow: [701.5, 702.5], why: 'journalctl short-precise, pids 501..503; detections at 701.5/702.5 ms.' });
TW({ file: 'twin-rfc5424-silent.log', cls: 'time/syslog-journal', fmt: (x) => `<14>1 ${T.iso(x.t, 6, 60)} ${x.node} kv_node 2117 - - ${x.msg}`, precisionUs: 1, names: ['db1', 'db2', 'db3'], voice: 'c', kill: '2026-11-29T19:42:11.050', kind: 'silent', why: 'RFC 5424 from hosts db1..db3; db3 silent.' });
TW({ file: 'twin-docker-killed-follower.log', cls: 'node/docker-compose', fmt: (x) => `${(x.node + '-1').padEnd(8)}| ${T.iso(x.t)} ${x.lvl} ${x.msg}`, names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T20:42:21.060', kind: 'killed-follower', why: '`docker compose stop node3` stopped a follower.' });
TW({ file: 'twin-kubectl-slow.log', cls: 'node/kubectl', fmt: (x) => `[pod/${x.node}/kv] ${T.iso(x.t, 6)} ${x.lvl} ${x.msg}`, precisionUs: 1, names: ['kv-0', 'kv-1', 'kv-2'], ids: [0, 1, 2], voice: 'rust', kill: '2026-11-29T20:42:31.070', kind: 'slow', slow: [1203.25, 210], why: 'kubectl --prefix, 0-based; kv-1 at 1203.25 ms.' });
TW({ file: 'twin-addresses-killed-follower.log', cls: 'node/addresses', fmt: (x) => `${T.iso(x.t)} [${x.node}] ${x.msg}`, names: ['127.0.0.1:7001', '127.0.0.1:7002', '127.0.0.1:7003'], voice: 'c', kill: '2026-11-29T20:42:41.080', kind: 'killed-follower', aliases: { '127.0.0.1:7001': ['7001'], '127.0.0.1:7002': ['7002'], '127.0.0.1:7003': ['7003'] }, why: 'Address-named nodes; 127.0.0.1:7003, a follower, was killed.' });
TW({ file: 'twin-dotted-before-kill.log', cls: 'node/dotted-logger', fmt: (x) => `${T.py(x.t)} - kvstore.raft.${x.node} - ${x.lvl} - ${x.msg}`, names: ['node1', 'node2', 'node3'], voice: 'py', kill: '2026-11-29T20:42:51.090', kind: 'before-kill', why: 'kvstore.raft.node3 only timed out 4 s before the kill.' });
TW({ file: 'twin-json-name-slow.log', cls: 'node/json-name', fmt: (x) => JSON.stringify({ time: T.iso(x.t, 6, 60), level: x.lvl, name: x.node, pid: 30000 + Number(x.node.slice(4)), msg: x.msg }), precisionUs: 1, names: ['node1', 'node2', 'node3'], voice: 'py', kill: '2026-11-29T19:43:01.100', kind: 'slow', slow: [333.333, 100], why: 'JSON lines with "name"; node2 at 333.333 ms.' });
TW({ file: 'twin-slog-silent.log', cls: 'node/json-name', fmt: (x) => JSON.stringify({ time: T.iso(x.t, 6, 0), level: x.lvl, msg: x.msg, node: x.node }), precisionUs: 1, names: ['n1', 'n2', 'n3'], voice: 'go', kill: '2026-11-29T20:43:11.110', kind: 'silent', aliases: { n1: ['node1', '1'], n2: ['node2', '2'], n3: ['node3', '3'] }, why: 'slog JSON; n3 silent.' });
TW({ file: 'twin-pino-slow.log', cls: 'node/json-name', fmt: (x) => JSON.stringify({ level: x.lvl === 'WARN' ? 40 : 30, time: Number(T.epochMs(x.t)), pid: 7000 + Number(x.node.slice(4)), hostname: 'laptop', name: x.node, msg: x.msg }), names: ['node1', 'node2', 'node3'], voice: 'py', kill: '2026-11-29T20:43:21.120', kind: 'slow', slow: [222, 1500], why: 'pino epoch-ms; node3 at 1500 ms.' });
TW({ file: 'twin-short-ids-killed-follower.log', cls: 'node/short-ids', fmt: (x) => `${T.hms(x.t)} ${x.node} ${x.msg}`, names: ['S1', 'S2', 'S3'], voice: 'go', kill: '2026-11-29T20:43:31.130', kind: 'killed-follower', aliases: { S1: ['s1', '1'], S2: ['s2', '2'], S3: ['s3', '3'] }, why: 'Short ids; S3, a follower, was killed.' });
TW({ file: 'twin-hex-ids-slow.log', cls: 'node/short-ids', fmt: (x) => `${T.go(x.t)} ${x.lvl[0]} | ${x.node}: ${x.msg}`, precisionUs: 1, names: ['a41e', 'b3c1', 'c0f2'], ids: ['a41e', 'b3c1', 'c0f2'], voice: 'rust', kill: '2026-11-29T20:43:41.140', kind: 'slow', slow: [300.5, 299.5], why: 'Hex ids; b3c1 at 300.5 ms, half a ms late.' });
TW({ file: 'twin-pid-not-node-slow.log', cls: 'node/pid-not-node', fmt: (() => { const pid = { 1: 91234, 2: 91240, 3: 91251 }; return (x) => `${T.iso(x.t)} kv_node[${pid[x.node]}] id=${x.node} ${x.msg}`; })(), names: ['1', '2', '3'], voice: 'c', kill: '2026-11-29T20:43:51.150', kind: 'slow', slow: [150, 320], aliases: { 1: ['node1', 'node-1', 'id=1'], 2: ['node2', 'node-2', 'id=2'], 3: ['node3', 'node-3', 'id=3'] }, why: 'kv_node[pid] id=N; id=3 at 320 ms.' });
TW({ file: 'twin-12h-midnight-slow.log', cls: 'time/12h', fmt: (x) => `${pad(wall(x.t).M)}/${pad(wall(x.t).D)}/${wall(x.t).Y} ${T.h12(x.t)} ${x.node} ${x.lvl} ${x.msg}`, names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T23:59:59.900', kind: 'slow', slow: [200, 400], why: '12-hour clock across midnight: 11:59:59.900 PM to 12:00:00.300 AM next day is 400 ms.' });
TW({ file: 'twin-concat-silent.log', cls: 'which-kill/concat-order', fmt: (x) => `data/${x.node}/node.log:${T.iso(x.t)} ${x.node} ${x.lvl.padEnd(5)} ${x.msg}`, order: ['node3', 'node2', 'node1'], names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T20:44:01.160', kind: 'silent', why: 'grep -r output, leader\'s file last; node3 silent.' });
TW({ file: 'twin-terminals-slow.log', cls: 'node/terminal-headers', fmt: (x) => `${T.hms(x.t)} ${x.lvl.padEnd(5)} ${x.msg}`, names: ['node1', 'node2', 'node3'], voice: 'c', kill: '2026-11-29T20:44:11.170', kind: 'slow', slow: [650, 640],
  order: (evs) => ['node1', 'node2', 'node3'].flatMap((n, i) => [{ raw: `--- terminal ${i + 1} (${n}) ---` }, ...evs.filter((x) => x.node === n)]), why: 'Terminal sections with headers; both followers at 640-650 ms.' });
TW({ file: 'twin-hostnames-before-kill.log', cls: 'node/hostnames', fmt: (x) => `${T.iso(x.t, 3, 0)} ${x.node} kv_node: ${x.msg}`, names: ['raft-a', 'raft-b', 'raft-c'], voice: 'c', kill: '2026-11-29T20:44:21.180', kind: 'before-kill', why: 'Host-named nodes; raft-c\'s timeout is 4 s before the kill.' });


// Nodes named by host, address or replica whose messages also call them "node N" (the voice's numeric id): either
// name identifies the node.
const ID_NAMED = ['journalctl-pid-only-hosts.log', 'syslog-rfc5424-hosts.log', 'hostnames-fqdn.log', 'addresses-127-ports.log',
  'kubectl-0-based-leader-kv-1.log', 'kubectl-silent-follower.log', 'kubectl-prefix-0-based.log', 'stern-0-based-timestamps.log',
  'twin-rfc5424-silent.log', 'twin-addresses-killed-follower.log', 'twin-hostnames-before-kill.log', 'twin-kubectl-slow.log',
  'fail-killed-follower-kubectl.log'];
for (const c of cases.filter((x) => ID_NAMED.includes(x.file))) {
  const aliases = { ...(c.aliases ?? {}) };
  [c.leader, ...c.followers].forEach((name, i) => {
    const kv = /^kv-(\d+)$/.exec(name);
    aliases[name] = [...(aliases[name] ?? []), `node${kv ? kv[1] : i + 1}`];
  });
  c.aliases = aliases;
}
if (cases.filter((x) => ID_NAMED.includes(x.file)).length !== ID_NAMED.length) throw new Error('ID_NAMED names a missing case');

// ===== round 3: how the text reaches the platform =====
{
  const color = { INFO: '\x1b[32m', WARN: '\x1b[33m', DEBUG: '\x1b[34m' };
  add({ file: 'ansi-colored-tracing.log', class: 'input/ansi-colors', passed: true, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
    fmt: (x) => `\x1b[2m${T.iso(x.t, 6)}\x1b[0m ${color[x.lvl]}${x.lvl.padStart(5)}\x1b[0m \x1b[1mnode{id=${x.node.slice(4)}}\x1b[0m\x1b[2m:\x1b[0m kvraft::raft: ${x.msg}`,
    events: story({ nodes: STD, voice: 'rust', killUs: K('2026-11-29T22:30:00.000') + 77, det: { node2: [144.4, 'hb'], node3: [3.3, 'conn'] } }),
    why: 'tracing output copied with its ANSI colour codes (dim times, coloured levels, bold spans).' });
}
add({ file: 'utf16le-powershell-redirect.log', class: 'input/utf16-bom', passed: true, encoding: 'utf16le', crlf: true, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (x) => `${T.isoSpace(x.t)} [${x.node}] ${x.lvl} ${x.msg}`,
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T22:31:00.310'), det: { node2: [188, 'hb'], node3: [199, 'hb'] } }),
  why: 'Windows PowerShell 5 `> demo_step2.log` writes UTF-16LE with a BOM and CRLF; decoded, it is an ordinary log.' });
{
  const kill = K('2026-11-29T22:32:00.320');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [176, 'hb'], node3: [223, 'hb'] } });
  add({ file: 'markdown-fenced-with-commentary.log', class: 'input/markdown-commentary', passed: true, fmt: F.cIso, followers: ['node2', 'node3'], leader: 'node1',
    order: (evs) => [
      { raw: 'Here is my output for step 2. I killed the leader (node1, pid 48213) with `kill -TERM 48213`.' },
      { raw: '' }, { raw: '```' }, ...evs, { raw: '```' }, { raw: '' },
      { raw: 'node2 detected it after 176 ms and node3 after 223 ms, both within the 300 ms timeout.' },
    ],
    events: ev,
    why: 'The log inside a markdown fence, with the student\'s untimed commentary ("I killed the leader ...") around it: the kill is node1\'s timed SIGTERM line.' });
}
{
  const kill = K('2026-11-29T22:33:00.330');
  const ev = story({ nodes: STD, voice: 'py', killUs: kill, det: { node2: [188, 'hb'], node3: null } });
  add({ file: 'markdown-fenced-claims-both.log', class: 'fail/follower-silent', shape: 'input/markdown-commentary', passed: false, fmt: F.py, followers: ['node2', 'node3'], leader: 'node1',
    order: (evs) => [
      { raw: '## Step 2 - kill the leader' }, { raw: '' },
      { raw: 'Killed node1 (the leader), both followers noticed within 300ms:' }, { raw: '' },
      { raw: '```log' }, ...evs, { raw: '```' },
    ],
    events: ev,
    why: 'The commentary claims both followers noticed, but node3\'s log shows nothing after the kill.' });
}
{
  const kill = K('2026-11-29T22:34:00.340');
  const ev = story({ nodes: STD, voice: 'c', killUs: kill, det: { node2: [155, 'hb'], node3: [171, 'hb'] } });
  add({ file: 'tail-f-switching-headers.log', class: 'node/tail-f-headers', passed: true, followers: ['node2', 'node3'], leader: 'node1',
    order: (evs) => {
      const sorted = [...evs].sort((a, b) => a.t - b.t).filter((x) => x.t >= kill - 3000 * MS);
      const out = [];
      let cur = null;
      for (const x of sorted) {
        if (x.node !== cur) { if (cur !== null) out.push({ raw: '' }); out.push({ raw: `==> data/${x.node}/node.log <==` }); cur = x.node; }
        out.push(x);
      }
      return out;
    },
    fmt: (x) => `${T.hms(x.t)} ${x.lvl.padEnd(5)} ${x.msg}`, events: ev,
    why: '`tail -f data/*/node.log`: a header every time output switches files; the node of a line is the last header above it.' });
}
add({ file: 'c-pthread-tid-column.log', class: 'node/pid-not-node', passed: true, precisionUs: 1, followers: ['node2', 'node3'], leader: 'node1',
  fmt: (() => { const tid = { node1: 140234871, node2: 140234902, node3: 140234933 }; return (x) => `[${T.isoSpace(x.t, 6)}] [tid ${tid[x.node] + (x.lvl === 'WARN' ? 7 : 0)}] [node ${x.node.slice(4)}] ${x.msg}`; })(),
  events: story({ nodes: STD, voice: 'c', killUs: K('2026-11-29T22:35:00.000') + 350_350, det: { node2: [211.211, 'hb'], node3: [0.404, 'conn'] } }),
  why: 'C with pthreads: a [tid N] column (different per thread) before [node 2]; node3 sees read() return 0 after 0.404 ms.' });

// ---------- round 4: who leads, said before the word "leader" (issue 9) ----------
// A follower naming the leader it follows: "node 2 is the leader", "n2 is leader now", "accepted n2 as leader". The
// writer follows node2; it never becomes leader by saying so. node2 itself logs no election line (the paste starts
// after it), so these lines are the only ones that say who leads.
{
  const fmt = (x) => `${T.isoSpace(x.t)} [${x.node}] ${x.lvl.padEnd(5)} ${x.msg}`;
  const named = (kill, lines) => lines.map(([off, node, lvl, msg, tag]) => ({ t: kill + Math.round(off * MS), node, lvl, msg, tag }));
  const k1 = K('2026-11-29T22:40:00.500');
  add({ file: 'words-node-2-is-the-leader.log', class: 'who-leads/named-before-leader', passed: true, followers: ['node1', 'node3'], leader: 'node2', fmt,
    events: [
      ...named(k1, [
        [-3000, 'node1', 'INFO', 'node 2 is the leader (term 2)'],
        [-2998, 'node3', 'INFO', 'n2 is leader now, term 2'],
        [-2400, 'node2', 'INFO', 'PUT demo=1 replicated to 2/2 followers, committed at index 3'],
        [-2398, 'node1', 'DEBUG', 'append entries from n2: commit=3'],
        [-2397, 'node3', 'DEBUG', 'append entries from n2: commit=3'],
        [183.2, 'node3', 'WARN', 'heartbeat timeout after 183 ms, starting election for term 3', 'det'],
        [241.7, 'node1', 'WARN', 'heartbeat timeout after 241 ms', 'det'],
      ]),
      { t: k1, node: 'shell', raw: `${T.isoSpace(k1)} $ kill -TERM 48213`, tag: 'kill' },
    ],
    why: 'node1 says "node 2 is the leader", node3 "n2 is leader now"; the kill is a bare `kill -TERM 48213`, so only those lines say node2 was killed; node3 +183 ms, node1 +241 ms.' });
  const k2 = K('2026-11-29T22:41:10.250');
  add({ file: 'words-accepted-n2-as-leader.log', class: 'who-leads/named-before-leader', passed: true, followers: ['node1', 'node3'], leader: 'node2', fmt,
    events: named(k2, [
      [-3000, 'node1', 'INFO', 'accepted n2 as leader for term 2'],
      [-2998, 'node3', 'INFO', 'accepted n2 as leader for term 2'],
      [-2400, 'node2', 'INFO', 'PUT demo=1 committed at index 3'],
      [0, 'node2', 'INFO', 'received SIGTERM, shutting down', 'kill'],
      [97.1, 'node1', 'WARN', 'connection to leader n2 lost (EOF)', 'det'],
      [212.9, 'node3', 'WARN', 'heartbeat timeout: no heartbeat from leader n2 in 212 ms', 'det'],
    ]),
    why: '"accepted n2 as leader" is written by node1 and node3, the followers: node2 led and its SIGTERM is the kill; node1 +97 ms, node3 +212 ms.' });
  const k3 = K('2026-11-29T22:42:20.000');
  add({ file: 'fail-killed-follower-accepted-as-leader.log', class: 'fail/killed-follower', passed: false, killedNode: 'node1', followers: ['node1', 'node3'], leader: 'node2', fmt,
    events: named(k3, [
      [-3000, 'node3', 'INFO', 'accepted n2 as leader for term 2'],
      [-2998, 'node1', 'INFO', 'accepted n2 as leader for term 2'],
      [-2400, 'node2', 'INFO', 'PUT demo=1 committed at index 3'],
      [0, 'node1', 'INFO', 'received SIGTERM, shutting down', 'kill'],
      [2.4, 'node2', 'WARN', 'connection to node1 lost (EOF)'],
      [50, 'node3', 'DEBUG', 'append entries from n2: commit=3'],
    ]),
    why: 'node1 wrote "accepted n2 as leader" (it follows node2) and then was SIGTERMed: a follower was killed, node2 still leads; node1 must never be reported as the killed leader.' });
}

// ---------- write ----------
function writeCase(c) {
  const { lines, meta } = render(c);
  if (lines.some((l) => l.includes('\n'))) throw new Error(`${c.file}: a line holds a newline`);
  const t = truth(c, meta, lines);
  let text = lines.join(c.crlf ? '\r\n' : '\n') + (c.crlf ? '\r\n' : '\n');
  if (c.nulPad) text = '\0'.repeat(c.nulPad) + text;
  const bytes = c.encoding === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : text;
  const expectPassed = c.passed;
  if (t.rule !== expectPassed && !c.ruleOverride) throw new Error(`${c.file}: stated passed=${expectPassed} but the rule says ${t.rule} (${JSON.stringify(t)})`);
  writeFileSync(join(OUT, c.file), bytes);
  return {
    file: c.file, class: c.class, ...(c.shape ? { shape: c.shape } : {}), passed: expectPassed, leader: c.leader,
    ...(c.killedNode ? { killedNode: c.killedNode } : {}),
    killLine: t.killLine,
    followers: t.followers,
    detectionLines: t.detectionLines,
    ...(c.aliases ? { aliases: c.aliases } : {}),
    why: c.why,
  };
}

mkdirSync(OUT, { recursive: true });
// Hand-written pastes (not generated) are kept: every file listed in a <set>-cases.json, which holds its truth.
const HAND_WRITTEN = ['blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind17', 'blind18', 'fixr', 'fixs', 'fixt', 'fp2', 'fixv', 'fixw', 'adv15', 'adv16', 'adv17', 'adv18', 'adv19', 'fixx', 'roles', 'fixq', 'real7', 'real8', 'real9', 'real10', 'real11', 'real12', 'real13', 'real14', 'real15', 'real16', 'traces', 'times', 'hand', 'counter9', 'journal9', 'kills2', 'fixu', 'adv20', 'adv21', 'adv22', 'nu32', 'adv23', 'nu33', 'adv24', 'half12', 'shellzone', 'adv25', 'adv26', 'records37', 'zones37', 'adv27', 'clock37', 'dockerstop37', 'sigfix37', 'adv28', 'sigfix38', 'rust38', 'strace28', 'ctimems', 'killl28', 'leadnames39', 'attr39', 'java39', 'date39', 'left40', 'kills40', 'idnames40', 'idnames40b', 'left41', 'events41', 'kills41', 'clocks41', 'shapes41', 'events42', 'newest42', 'identity42', 'clocks42', 'kills42', 'real43', 'adv47', 'adv47b', 's48', 'adv48', 'adv48b', 'adv49', 'adv49b', 'adv49c', 's49', 's50', 'adv50', 'adv50b', 'adv50c', 'adv51', 'adv51b', 'adv51c', 'adv51d', 'adv52', 'adv52b', 'adv52c', 'adv52d', 'adv52e', 'adv52f', 'adv53', 'adv54a', 'adv54b', 'adv54c', 'adv54d', 'adv54e', 'adv54f', 'adv54g', 'adv54h', 'adv54i', 'adv55a', 'adv55b', 'adv55c', 'adv55d', 'adv55e', 'adv55f', 'adv55g', 'adv55h', 'adv55i', 'adv56a', 'adv56b', 'adv56c', 'adv56d', 'adv56e', 'adv56f', 'adv57a', 'adv57b', 'adv57c', 'adv57d', 'adv57e', 'adv58a', 'adv58b', 'adv58c', 'adv58d', 'adv58e', 'adv59c', 'adv59d', 'adv59b', 'adv59a', 'adv60b', 'adv60d', 'adv60a', 'adv60c', 'adv60f', 'adv60e', 'adv61c', 'adv61d', 'adv61a', 'adv61b', 'adv61f', 'adv61e', 'adv61g', 'adv62d', 'adv62a', 'adv62b', 'adv62c', 'adv62e', 'adv62f', 'adv62g', 'adv62h', 'adv62i', 'adv62j', 'adv63d', 'adv63f', 'adv63e', 'adv63a', 'adv63b', 'adv63h', 'adv63g', 'adv63c', 'adv64e', 'adv64a', 'adv64b', 'adv64c', 'adv64d', 'adv64f', 'adv64g', 'adv64h', 'adv64i', 'adv64j', 'adv65a', 'adv65b', 'adv65d', 'adv65f', 'adv65g', 'adv65h', 'adv65c', 'adv65e', 'adv66b', 'adv66a', 'adv66c', 'adv66d', 'adv66f', 'adv66g', 'adv66h', 'adv66e', 'adv67a', 'adv67b', 'adv67c', 'adv67d', 'adv67e', 'adv67f', 'adv67g', 'adv67h', 'adv68a', 'adv68b', 'adv68c', 'adv68d', 'adv68e', 'adv68f', 'adv68g', 'adv68h', 'adv69c', 'adv69b', 'adv69d', 'adv69a', 'adv70d', 'adv70c', 'adv70a', 'adv70b', 'adv70f', 'adv70e', 'adv71b', 'adv71a', 'adv72a', 'adv72b', 'adv72c', 'adv72d', 'adv73a', 'adv73b', 'adv73c', 'adv73e', 'adv73f', 'adv74a', 'adv74b', 'adv75b', 'adv75a', 'adv75d', 'adv75c', 'adv75e', 'adv76a', 'adv76b', 'adv77a', 'adv78a', 'adv78b', 'adv78c', 'adv78d'];
const handCases = HAND_WRITTEN.flatMap((set) => JSON.parse(readFileSync(join(OUT, `${set}-cases.json`), 'utf8')));
const handFiles = new Set(handCases.map((c) => c.file));
for (const f of readdirSync(OUT)) if (f.endsWith('.log') && !handFiles.has(f)) rmSync(join(OUT, f));
const expected = cases.map(writeCase);
const realCases = JSON.parse(readFileSync(join(OUT, 'real/real-cases.json'), 'utf8'));
for (const r of realCases) {
  writeFileSync(join(OUT, r.file), readFileSync(join(OUT, 'real', r.source)));
  const { source, ...entry } = r;
  expected.push(entry);
}
for (const b of handCases) {
  // Who led, known only from the capture (leaderByProvenance), is a leader the paste does not show: its truth's leader
  // is null, and the corpus test asserts that the engine names none.
  if (b.leaderByProvenance !== undefined && (b.leader !== null || typeof b.leaderByProvenance !== 'string' || b.killLine === null)) {
    throw new Error(`${b.file}: leaderByProvenance ${JSON.stringify(b.leaderByProvenance)} needs "leader": null and a killLine, found leader ${JSON.stringify(b.leader)}, killLine ${b.killLine}`);
  }
  expected.push(b);
}
const files = new Set();
for (const e of expected) {
  if (files.has(e.file)) throw new Error(`duplicate file ${e.file}`);
  files.add(e.file);
}
writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
const pass = expected.filter((e) => e.passed).length;
console.log(`${expected.length} cases (${pass} passing, ${expected.length - pass} failing) in ${OUT}`);
