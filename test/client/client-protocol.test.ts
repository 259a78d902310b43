import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_PROTOCOL, expandClientTemplate, findLeaderHint, parseClientProtocol, saysNotLeader } from '../../src/client/client-protocol.js';
import { judgeKeyRead, lastAcked, type WrittenKey } from '../../src/client/key-round-trip.js';

describe('parseClientProtocol', () => {
  it('reads one HTTP template as the write, and GET of the same URL as the read', () => {
    const parsed = parseClientProtocol(['PUT http://127.0.0.1:{client_port}/kv/{key}']);
    expect(parsed).toEqual({ ok: true, protocol: DEFAULT_CLIENT_PROTOCOL });
    expect(parseClientProtocol(['default'])).toEqual({ ok: true, protocol: DEFAULT_CLIENT_PROTOCOL });
    expect(parseClientProtocol(['http://127.0.0.1:{client_port}/kv/{key}'])).toEqual({ ok: true, protocol: DEFAULT_CLIENT_PROTOCOL });
  });

  it('takes write= and read= separately, HTTP or command', () => {
    const parsed = parseClientProtocol(['write=POST http://127.0.0.1:{client_port}/set?k={key}', 'read=./kvctl -p {client_port} get {key}']);
    expect(parsed).toEqual({
      ok: true,
      protocol: {
        write: { kind: 'http', method: 'POST', url: 'http://127.0.0.1:{client_port}/set?k={key}' },
        read: { kind: 'command', command: './kvctl -p {client_port} get {key}' },
      },
    });
  });

  it.each([
    [['./kvctl -p {client_port} put {key} {value}'], 'a command template needs write=… and read=…'],
    [['write=./kvctl -p {client_port} put {key}', 'read=./kvctl -p {client_port} get {key}'], 'write: a command template must contain {value}'],
    [['PUT http://127.0.0.1:8000/kv/{key}'], 'write: the template must contain {client_port}'],
    [['PUT http://127.0.0.1:{client_port}/kv'], 'write: the template must contain {key}'],
    [['PUT http://127.0.0.1:{client_port}/kv/{keys}'], 'write: unknown placeholder {keys}'],
    [['DELETE http://127.0.0.1:{client_port}/kv/{key}'], 'write: expected GET, PUT or POST before the URL'],
    [['write=PUT http://127.0.0.1:{client_port}/kv/{key}'], 'no read template'],
    [['write=PUT http://127.0.0.1:{client_port}/kv/{key}', 'read=PUT http://127.0.0.1:{client_port}/kv/{key}'], 'read: expected GET, found PUT'],
  ])('refuses %j with a message naming what is wrong', (specs, message) => {
    const parsed = parseClientProtocol(specs);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});

describe('expandClientTemplate', () => {
  it('URL-encodes keys and values in URLs and shell-quotes them in commands', () => {
    expect(expandClientTemplate('http://127.0.0.1:{client_port}/kv/{key}', { clientPort: 8001, key: 'a b/c' }, 'url')).toBe('http://127.0.0.1:8001/kv/a%20b%2Fc');
    expect(expandClientTemplate("./kv {client_port} put {key} {value}", { clientPort: 8001, key: "it's", value: '$(rm -rf /)' }, 'shell')).toBe(
      `./kv 8001 put 'it'\\''s' '$(rm -rf /)'`,
    );
  });
});

describe('findLeaderHint / saysNotLeader', () => {
  it.each([
    [{ location: 'http://127.0.0.1:8002/kv/a', body: '' }, { url: 'http://127.0.0.1:8002/kv/a' }],
    [{ body: '{"error":"not_leader","leader":2,"leaderUrl":"http://127.0.0.1:8002"}' }, { url: 'http://127.0.0.1:8002' }],
    [{ body: '{"error":"not_leader","leader":3}' }, { node: 3 }],
    [{ body: 'not the leader; node 2 leads at 127.0.0.1:8002' }, { port: 8002 }],
    [{ body: 'ERR not leader, leader is 3' }, { node: 3 }],
    [{ body: 'no leader yet, try again' }, undefined],
    [{ body: '{"error":"no_leader","leader":0}' }, undefined],
  ])('%j → %j', (answer, hint) => {
    expect(findLeaderHint(answer)).toEqual(hint);
  });

  it('knows redirects, 421 and not-leader texts, and nothing else', () => {
    expect(saysNotLeader(307, '')).toBe(true);
    expect(saysNotLeader(421, '')).toBe(true);
    expect(saysNotLeader(500, 'ERR NOT_LEADER')).toBe(true);
    expect(saysNotLeader(503, '{"error":"no_leader"}')).toBe(true);
    expect(saysNotLeader(404, '{"error":"not_found"}')).toBe(false);
    expect(saysNotLeader(500, 'disk full')).toBe(false);
  });
});

describe('judgeKeyRead', () => {
  const key = (acked: boolean[]): WrittenKey => ({ key: 'k', writes: acked.map((a, i) => ({ value: `v${i + 1}`, acked: a })) });

  it('kept, lost, stale, wrong', () => {
    expect(judgeKeyRead(key([true, true]), 'v2')).toBe('kept');
    expect(judgeKeyRead(key([true, true]), null)).toBe('lost');
    expect(judgeKeyRead(key([true, true]), 'v1')).toBe('stale');
    expect(judgeKeyRead(key([true, true]), 'v9')).toBe('wrong');
  });

  it('accepts a value written after the last acknowledged one (an unacknowledged write may have committed)', () => {
    expect(lastAcked(key([true, false]))).toBe('v1');
    expect(judgeKeyRead(key([true, false]), 'v2')).toBe('kept');
    expect(judgeKeyRead(key([true, false]), 'v1')).toBe('kept');
    expect(lastAcked(key([false, false]))).toBeUndefined();
  });
});

describe("a lesson's client block", () => {
  const lessonWith = (client: string): string =>
    `---\nid: l1\ntitle: t\nxp: 1\nproof:\n  type: paste\n  instructions: i\n  regex_patterns: ["x"]\n${client}---\n## Task\n## Verify\n## Done When\n`;

  it('is parsed with the lesson and read by the same parser as --client', async () => {
    const { parseLesson } = await import('../../src/lesson/parse-lesson.js');
    const { lesson, findings } = parseLesson(lessonWith('client:\n  write: "PUT http://127.0.0.1:{client_port}/kv/{key}"\n'));
    expect(findings).toEqual([]);
    expect(lesson?.client).toEqual({ write: 'PUT http://127.0.0.1:{client_port}/kv/{key}' });
  });

  it('is a lint error at the field that is wrong, with the reason', async () => {
    const { parseLesson } = await import('../../src/lesson/parse-lesson.js');
    const { lesson, findings } = parseLesson(lessonWith('client:\n  write: "PUT http://127.0.0.1:{client_port}/kv/{key}"\n  read: "GET http://127.0.0.1:9000/kv/{key}"\n'), 'l1.md');
    expect(lesson).toBeUndefined();
    expect(findings).toMatchObject([{ code: 'LESSON_FIELD_INVALID', path: 'client.read', line: 11, args: { expected: expect.stringContaining('must contain {client_port}') } }]);
  });
});
