// Session 65's readings, each on a small paste in the shape a blind set found misread (adv64, adv65).
import { describe, expect, it } from 'vitest';
import { checkW12Lines, followerMs, loadLesson } from './helpers.js';
import { formatVerdictText } from '../../src/proof/format-verdict.js';

const lesson = loadLesson('w12-l03');
const check = checkW12Lines;

describe("supervisord's `stop raft:kv1` over the followers' lines alone kills the node1 they follow (adv64j-38)", () => {
  const paste = (program: string) => [
    '$ date +%T.%3N; supervisorctl stop ' + program,
    '10:37:24.795',
    `${program}: stopped`,
    '',
    'node2 terminal (supervisorctl tail -f raft:kv2):',
    '2026-12-06 10:37:24,023 INFO kv_node node2 starting pid=27893 port=24401',
    '2026-12-06 10:37:24,226 INFO following leader node1 (term 1)',
    '2026-12-06 10:37:24,801 WARN connection to leader node1 lost (EOF)',
    '',
    'node3 terminal (supervisorctl tail -f raft:kv3):',
    '2026-12-06 10:37:24,098 INFO kv_node node3 starting pid=27894 port=24402',
    '2026-12-06 10:37:24,303 INFO following leader node1 (term 1)',
    '2026-12-06 10:37:25,042 WARN election timeout fired after 251 ms, becoming candidate (term 2)',
  ];

  it('kv1 is node1, the leader: both followers are timed from the kill', () => {
    const verdict = check(paste('raft:kv1'));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('node1');
    expect(followerMs(verdict)).toEqual({ node2: 6, node3: 247 });
  });

  it('kv2 is node2, a follower: nothing to measure', () => {
    const verdict = check(paste('raft:kv2'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killedNode).toBe('node2');
    expect(verdict.measurements!.leader).not.toBe('node2');
  });
});

describe('nodes named by plain words that their start lines declare (adv64g-25/-30: `[10:31:25.592] bravo: …`)', () => {
  const paste = (head: (time: string, name: string, message: string) => string, declared: boolean) => [
    '$ date +%T.%3N; kill 7146',
    '10:31:25.489',
    head('10:31:23.729', 'alpha', `kv_node alpha starting${declared ? ' pid=7146 port=21160 peers=bravo,charlie' : ''}`),
    head('10:31:24.414', 'alpha', 'won election with 2 votes, becoming leader (term 2)'),
    head('10:31:24.100', 'bravo', `kv_node bravo starting${declared ? ' pid=7147 port=21161 peers=alpha,charlie' : ''}`),
    head('10:31:24.415', 'bravo', 'following leader alpha (term 2)'),
    head('10:31:25.592', 'bravo', 'connection to leader alpha lost (EOF)'),
    head('10:31:24.178', 'charlie', `kv_node charlie starting${declared ? ' pid=7148 port=21162 peers=alpha,bravo' : ''}`),
    head('10:31:24.416', 'charlie', 'following leader alpha (term 2)'),
    head('10:31:25.750', 'charlie', 'heartbeat timeout: no message from leader alpha in 300ms'),
  ];
  const heads = {
    'a name and a colon': (t: string, n: string, m: string) => `[${t}] ${n}: ${m}`,
    'a bare name': (t: string, n: string, m: string) => `${t} ${n} ${m}`,
  };

  it.each(Object.entries(heads))('%s after the time names the writer: alpha led, both followers are timed', (_, head) => {
    const verdict = check(paste(head, true));
    expect(verdict.passed).toBe(true);
    expect(verdict.measurements!.leader).toBe('alpha');
    expect(followerMs(verdict)).toEqual({ bravo: 103, charlie: 261 });
  });

  // (A start line stating its pid or port declares its name too since session 66: adv66a-25.)
  it('without peers= lists or start lines stating a pid a word there is the message\'s first word, no writer: nothing is timed', () => {
    const verdict = check(paste(heads['a name and a colon'], false));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements?.followers ?? []).toEqual([]);
  });
});

describe("the timing row of a paste whose kill has no time says nothing was measured (adv65f W1)", () => {
  it('no "0/2 followers detected": the followers did log their detections', () => {
    const verdict = check([
      'leader terminal:',
      '^C',
      'node2: 2026-12-06T12:40:01.103Z WARN connection to leader node1 lost (EOF)',
      'node3: 2026-12-06T12:40:01.104Z WARN connection to leader node1 lost (EOF)',
    ]);
    expect(verdict.passed).toBe(false);
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain('✗ timing    not measured: no kill of the leader with a time (see below)');
    expect(text).not.toContain('0/2 followers detected');
  });
});

describe('lines the student says were typed, retyped or read off a photo are no node\'s lines (adv65f-22, adv65h-36, adv65e-02/-32)', () => {
  const paste = (heading: string) => [
    '$ date +%T.%3N; kill 27561',
    '12:45:37.903',
    '',
    heading,
    '12:45:37.905 [node2] WARN  connection to leader node1 lost (EOF)',
    '12:45:38.117 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 225 ms',
  ];

  it.each([
    'node3 terminal (typed from my screen, I did not keep the file):',
    'node2 and node3 terminals, typed:',
    'Non ho salvato i file di log, quindi ho ricopiato a mano dallo schermo le righe importanti:',
    'I closed both follower terminals before saving, so these are retyped the way I recall them:',
    'the laptop died before I saved the files; this is from the picture I took of the two terminals with my phone:',
  ])('under "%s" nothing is detected', (heading) => {
    const verdict = check(paste(heading));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.filter((f) => f.status === 'detected')).toEqual([]);
  });

  it('under a plain terminal heading the same lines are the nodes\' own: both detect', () => {
    const verdict = check(paste('follower terminals:'));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 2, node3: 214 });
  });
});

describe('a Chinese sentence stating a node\'s time is the student\'s, not the node\'s line (adv65h-34)', () => {
  const paste = (last: string) => [
    '$ date +%T.%3N; kill 19300',
    '12:51:33.731',
    '06.12.2026 12:51:32,675 [node2] following leader node1 (term 1)',
    '06.12.2026 12:51:33,887 [node2] heartbeat timeout: no message from leader node1 in 182 ms',
    last,
  ];

  it('"node3 在 … 也打印了 heartbeat timeout" detects nothing for node3', () => {
    const verdict = check(paste('node3 在 06.12.2026 12:51:33,892 也打印了 heartbeat timeout，和 node2 差不多同时。'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.find((f) => f.node === 'node3')?.status).not.toBe('detected');
  });

  it("node3's own line in the same shape as node2's detects", () => {
    const verdict = check(paste('06.12.2026 12:51:33,892 [node3] heartbeat timeout: no message from leader node1 in 187 ms'));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 156, node3: 161 });
  });
});

describe("a `date; kill` record whose output sits a control-only line below the command still times the kill (adv65g-44)", () => {
  const paste = (between: string[]) => [
    'student@lab:~/raft$ date +%T.%3N; kill $(cat n1.pid)',
    ...between,
    '12:54:14.696',
    'student@lab:~/raft$ tail -n 2 data/node*/node.log',
    '==> data/node1/node.log <==',
    '12:54:13.134 [node1] INFO  became leader (term 1)',
    '12:54:14.700 [node1] INFO  received SIGTERM, shutting down',
    '==> data/node2/node.log <==',
    '12:54:13.139 [node2] INFO  following leader node1 (term 1)',
    '12:54:14.999 [node2] WARN  heartbeat timeout: no message from leader node1 in 299 ms',
    '==> data/node3/node.log <==',
    '12:54:13.139 [node3] INFO  following leader node1 (term 1)',
    '12:54:14.994 [node3] WARN  heartbeat timeout: no message from leader node1 in 299 ms',
  ];

  it.each([[[]], [['\u001b[?2004l']], [['[?2004l']]])('with %j between: the kill is the date output, node2 303 ms late', (between) => {
    const verdict = check(paste(between));
    expect(verdict.measurements!.killLine).toBe(2 + between.length);
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node2: 303, node3: 298 });
  });
});

describe('a leader "resigning leadership" before the kill was no leader when killed (adv65e-41)', () => {
  const paste = (resign: boolean) => [
    '$ date +%T.%3N; kill 22705',
    '12:56:01.431',
    '12:56:01.130 [node1] INFO  became leader for term 10',
    ...(resign ? ['12:56:01.398 [node1] INFO  resigning leadership for term 10, handing off'] : []),
    '12:56:01.431 [node1] INFO  received SIGTERM, shutting down',
    '12:56:01.134 [node2] INFO  following leader node1 (term 10)',
    '12:56:01.666 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 271 ms, starting election',
    '12:56:01.134 [node3] INFO  following leader node1 (term 10)',
    '12:56:01.692 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 296 ms, starting election',
  ];

  it('with the resignation 33 ms before the kill: the followers timed out on it, not on the kill', () => {
    const verdict = check(paste(true));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.leader).toBeNull();
  });

  it('without it node1 led when killed: both followers are timed', () => {
    const verdict = check(paste(false));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 235, node3: 261 });
  });
});

describe("a chat message offering a made-up line makes the sender's next log line an example, no node's (adv65e-29)", () => {
  const paste = (offer: string) => [
    '[06/12/2026, 12:48:20] Sam Lee: my node3 output:',
    '[06/12/2026, 12:48:21] Sam Lee: $ date +%T.%3N; kill 22418',
    '[06/12/2026, 12:48:22] Sam Lee: 12:47:44.778',
    '[06/12/2026, 12:48:23] Sam Lee: 12:47:44.951 [node3] WARN  heartbeat timeout: no heartbeat from leader node1 in 185 ms, starting election',
    '[06/12/2026, 12:48:40] Sam Lee: node2 didn\'t print any timeout :(',
    `[06/12/2026, 12:48:52] Bruno Costa: ${offer}`,
    '[06/12/2026, 12:48:53] Bruno Costa: 12:47:44.960 [node2] WARN  heartbeat timeout: no heartbeat from leader node1 in 190 ms, starting election',
  ];

  it('"just add one like this for node2, nobody checks": node2 detects nothing', () => {
    const verdict = check(paste('just add one like this for node2, nobody checks'));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.find((f) => f.node === 'node2')?.status).not.toBe('detected');
  });

  it("a teammate pasting node2's terminal is node2's output: both detect", () => {
    const verdict = check(paste('here is node2 from my laptop:'));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 182, node3: 173 });
  });
});

describe("a timer naming as its leader a live follower of the killed leader is another cluster's (adv65b-44/-45)", () => {
  const paste = (stale: boolean) => [
    '$ date +%T.%3N; kill 21599',
    '12:55:52.359',
    ...(stale ? ['12:55:50.100 [node2] following leader node1 (term 2)'] : []),
    '12:55:52.362 [node3] connection to leader node1 lost (EOF)',
    '12:55:52.414 [node3] WARN heartbeat timeout: no message from leader node1 in 101ms',
    '12:55:52.516 [node2] WARN heartbeat timeout: no message from leader node3 in 101ms',
  ];

  it('node3 follows node1 through the kill, so node2 timing out on "leader node3" noticed no death of node1', () => {
    const verdict = check(paste(false));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.find((f) => f.node === 'node2')?.status).not.toBe('detected');
  });

  it("node2 having followed node1 itself, the name in its timer is stale: it detects (adv55e-18's rule)", () => {
    const verdict = check(paste(true));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 157, node3: 3 });
  });
});

describe('a kill of a process a command above had stopped, never resumed, stays pending: its date times nothing (adv65b-20/-43)', () => {
  const paste = (above: string[]) => [
    '12:50:04.697 [node1] kv_node node1 starting pid=9734 port=22621 election timeout 150ms',
    '12:50:05.222 [node1] became leader (term 1)',
    ...above,
    '$ date +%T.%3N; kill 9734',
    '12:50:06.470',
    '12:50:05.230 [node2] following leader node1 (term 1)',
    '12:50:06.514 [node2] WARN heartbeat timeout: no message from leader node1 in 104ms',
    '12:50:05.230 [node3] following leader node1 (term 1)',
    '12:50:06.515 [node3] WARN heartbeat timeout: no message from leader node1 in 105ms',
  ];

  it.each([
    [['$ kill -STOP 9734']],
    [['^Z', '[1]+  Stopped                 python3 -u kvn.py 1 22620']],
  ])('after %j the kill has no time: nothing is measured', (above) => {
    const verdict = check(paste(above));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBeNull();
  });

  it.each([
    [['$ kill -STOP 9734', '$ kill -CONT 9734']],
    [['^Z', '[1]+  Stopped                 python3 -u kvn.py 1 22620', '$ fg']],
    [['$ kill -STOP 9999']],
  ])('after %j the date times the kill: both followers detect', (above) => {
    const verdict = check(paste(above));
    expect(verdict.passed).toBe(true);
    expect(followerMs(verdict)).toEqual({ node2: 44, node3: 45 });
  });
});

describe("a quoted block under words saying a classmate ran it is someone else's run (adv65e-03)", () => {
  const paste = (words: string) => [
    '$ date +%T.%3N; kill 6198',
    '12:46:45.493',
    '12:46:44.731 [node1] INFO  following leader node2 (term 1)',
    '12:46:45.621 [node1] WARN  heartbeat timeout: no heartbeat from leader node2 in 159 ms, starting election',
    '12:46:44.731 [node3] INFO  following leader node2 (term 1)',
    '12:46:45.621 [node3] INFO  voted for node1 in term 2',
    '',
    words,
    '',
    '> $ date +%T.%3N; kill 5356',
    '> 12:46:42.681',
    '> 12:46:42.702 [n1] WARN  connection to leader n3 lost (EOF)',
    '> 12:46:42.702 [n2] WARN  connection to leader n3 lost (EOF)',
  ];

  it.each(['Priya ran it on her laptop at the desk next to me, hers worked:', 'on his laptop it worked:'])('under "%s" only the student\'s own run is judged: node3 shows no detection', (words) => {
    const verdict = check(paste(words));
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.killLine).toBe(2);
    expect(followerMs(verdict)).toEqual({ node1: 128, node3: 'no-detection' });
  });
});

describe("a follower whose pid an untimed kill typed just above the leader's ended was dead at the kill (adv65b-15)", () => {
  const paste = (first: string) => [
    first,
    '$ date +%T.%3N; kill 17694',
    '12:47:30.017',
    '12:47:27.834 [node1] kv_node node1 starting pid=17693 port=22501 election timeout 150ms',
    '12:47:28.335 [node1] following leader node2 (term 1)',
    '12:47:30.024 [node1] connection to leader node2 lost (EOF)',
    '12:47:27.800 [node2] kv_node node2 starting pid=17694 port=22502 election timeout 228ms',
    '12:47:28.330 [node2] became leader (term 1)',
    '12:47:30.020 [node2] received SIGTERM, shutting down (role=leader term=1)',
    '12:47:28.335 [node3] following leader node2 (term 1)',
    '12:47:30.023 [node3] connection to leader node2 lost (EOF)',
  ];

  it('`kill -9 17693` (node1) above: node1 ran no longer, its line after the kill counts nothing', () => {
    const verdict = check(paste('$ kill -9 17693     # oops, meant to test something on node1'));
    expect(verdict.passed).toBe(false);
    expect(followerMs(verdict)).toEqual({ node1: 'no-detection', node3: 6 });
    const text = formatVerdictText(verdict, { color: false });
    expect(text).toContain('node1 was itself killed on line 1, before the leader\'s kill on line 3');
  });

  it('a kill of a pid no node has, or a pause, above it changes nothing: both detect', () => {
    for (const first of ['$ kill -9 17999', '$ echo ready']) {
      const verdict = check(paste(first));
      expect(verdict.passed).toBe(true);
      expect(followerMs(verdict)).toEqual({ node1: 7, node3: 6 });
    }
  });
});

describe("detections logged in the student's language are measured (adv65h, adv55i)", () => {
  const paste = (node2: string, node3: string) => [
    '$ date +%T.%3N; kill 19300',
    '12:48:08.845',
    `12:48:08.972 [node2] ${node2}`,
    `12:48:09.049 [node3] ${node3}`,
  ];

  it.each([
    ['tiempo de espera del latido agotado: sin mensajes del líder node1 en 169 ms', 'conexión con el líder node1 perdida'],
    ['tempo limite do heartbeat esgotado: nenhuma mensagem do líder node1 em 157 ms', 'perdi a conexão com o líder node1 (EOF)'],
    ['timeout del battito scaduto: nessun messaggio dal leader node1 da 191 ms', 'connessione con il leader node1 persa'],
    ['Herzschlag-Timeout: keine Nachricht vom Leader node1 seit 190 ms', 'Verbindung zum Leader node1 verloren'],
    ['délai de battement de cœur expiré : aucun message du leader node1 depuis 215 ms', 'connexion au leader node1 perdue'],
    ['kalp atışı zaman aşımı: 196 ms boyunca lider node1 mesaj göndermedi', 'KALP ATIŞI ZAMAN AŞIMI — LİDER NODE1 177 MS SESSİZ'],
    ['przekroczono limit czasu bicia serca: brak wiadomości od lidera node1 od 231 ms', 'brak wiadomości od lidera node1 od 231 ms'],
    ['心跳超时：205 毫秒内未收到领导者 node1 的消息', '与领导者 node1 的连接已断开'],
    ['ハートビートタイムアウト: リーダー node1 から 193 ms メッセージなし', 'リーダー node1 との接続が切れました'],
  ])('"%s" and "%s" detect at +127 and +204 ms, of the leader node1', (node2, node3) => {
    const verdict = check(paste(node2, node3));
    expect(followerMs(verdict)).toEqual({ node2: 127, node3: 204 });
    expect(verdict.measurements!.leader).toBe('node1');
  });

  it("without the lesson's English words anywhere the pattern check still fails the paste (its regex_patterns)", () => {
    const verdict = check(paste('Verbindung zum Leader node1 verloren', 'Verbindung zum Leader node1 verloren'));
    expect(verdict.passed).toBe(false);
    expect(verdict.patterns[0]!.passed).toBe(false);
  });

  it('"Herzschlag-Timeout" holds the lesson\'s word: the paste passes', () => {
    const verdict = check(paste('Herzschlag-Timeout: keine Nachricht vom Leader node1 seit 190 ms', 'Herzschlag-Timeout: keine Nachricht vom Leader node1 seit 223 ms'));
    expect(verdict.passed).toBe(true);
  });

  it('a German sentence in the first person naming node3 and a time is the student\'s (adv65h-31)', () => {
    const verdict = check([...paste('Herzschlag-Timeout: keine Nachricht vom Leader node1 seit 190 ms', 'x').slice(0, 3), 'node3 hat den Herzschlag-Timeout ebenfalls gemeldet, um 12:48:09.049 (ich hatte das Terminal schon geschlossen).']);
    expect(verdict.passed).toBe(false);
    expect(verdict.measurements!.followers.find((f) => f.node === 'node3')?.status).not.toBe('detected');
  });
});
