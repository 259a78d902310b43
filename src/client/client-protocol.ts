// How the scenario talks to a cluster's nodes as a client: an HTTP request template or a shell command template for
// writes and reads, declared with --client or in a lesson's front-matter. Pure: parsing and expansion only.

/** One request: `{client_port}` `{key}` `{value}` are filled in; an HTTP write sends the value as its body. */
export type ClientRequestTemplate =
  | { readonly kind: 'http'; readonly method: 'GET' | 'PUT' | 'POST'; readonly url: string }
  | { readonly kind: 'command'; readonly command: string };

export interface ClientProtocol {
  readonly write: ClientRequestTemplate;
  readonly read: ClientRequestTemplate;
}

const DEFAULT_URL = 'http://127.0.0.1:{client_port}/kv/{key}';

// The protocol the bundled kv_node speaks, and a student's node may: PUT /kv/{key} (body = value), GET /kv/{key}.
export const DEFAULT_CLIENT_PROTOCOL: ClientProtocol = {
  write: { kind: 'http', method: 'PUT', url: DEFAULT_URL },
  read: { kind: 'http', method: 'GET', url: DEFAULT_URL },
};

export type ParsedClientProtocol = { readonly ok: true; readonly protocol: ClientProtocol } | { readonly ok: false; readonly message: string };

const PLACEHOLDER = /\{(client_port|key|value)\}/g;

// `PUT http://…`, `http://…` (method from the role) or anything else as a shell command.
function parseTemplate(text: string, role: 'write' | 'read'): ClientRequestTemplate | string {
  const trimmed = text.trim();
  if (trimmed === '') return `${role}: empty template`;
  const http = /^(?:(GET|PUT|POST)\s+)?(https?:\/\/\S+)$/i.exec(trimmed);
  const unknown = /\{(?!client_port\}|key\}|value\})[a-z_]*\}/.exec(trimmed);
  if (unknown) return `${role}: unknown placeholder ${unknown[0]} (known: {client_port} {key} {value})`;
  if (!trimmed.includes('{client_port}')) return `${role}: the template must contain {client_port} (the harness picks each node's port)`;
  if (!trimmed.includes('{key}')) return `${role}: the template must contain {key}`;
  if (http) {
    const method = (http[1]?.toUpperCase() ?? (role === 'write' ? 'PUT' : 'GET')) as 'GET' | 'PUT' | 'POST';
    if (role === 'read' && method !== 'GET') return `read: expected GET, found ${method}`;
    if (role === 'write' && method === 'GET' && !trimmed.includes('{value}')) return 'write: a GET write must put {value} in the URL';
    if (/^https:/i.test(http[2]!)) return `${role}: https is not supported (the nodes run on 127.0.0.1): use http://`;
    return { kind: 'http', method, url: http[2]! };
  }
  if (/^[A-Za-z]+\s+https?:\/\//.test(trimmed)) return `${role}: expected GET, PUT or POST before the URL`;
  if (role === 'write' && !trimmed.includes('{value}')) return 'write: a command template must contain {value}';
  return { kind: 'command', command: trimmed };
}

/**
 * `--client` values (or a lesson's `client` block): `default`; one HTTP template used for both (`PUT http://…/kv/{key}`
 * writes with the value as body, GET of the same URL reads); or `write=TEMPLATE` and `read=TEMPLATE` (HTTP or command).
 */
export function parseClientProtocol(specs: readonly string[]): ParsedClientProtocol {
  let write: ClientRequestTemplate | undefined;
  let read: ClientRequestTemplate | undefined;
  for (const spec of specs) {
    const trimmed = spec.trim();
    if (trimmed === 'default') {
      ({ write, read } = DEFAULT_CLIENT_PROTOCOL);
      continue;
    }
    const role = /^(write|read)\s*=\s*/i.exec(trimmed);
    if (role) {
      const which = role[1]!.toLowerCase() as 'write' | 'read';
      const template = parseTemplate(trimmed.slice(role[0].length), which);
      if (typeof template === 'string') return { ok: false, message: template };
      if (which === 'write') write = template;
      else read = template;
      continue;
    }
    const template = parseTemplate(trimmed, 'write');
    if (typeof template === 'string') return { ok: false, message: template };
    if (template.kind === 'command') return { ok: false, message: `a command template needs write=… and read=… (found "${trimmed}")` };
    write = template;
    read = { kind: 'http', method: 'GET', url: template.url };
  }
  if (!write) return { ok: false, message: 'no write template (write=…)' };
  if (!read) return { ok: false, message: 'no read template (read=…)' };
  return { ok: true, protocol: { write, read } };
}

/** Values a template is filled with; `quote` shell-quotes them for command templates and URL-encodes them for URLs. */
export function expandClientTemplate(template: string, values: { clientPort: number; key: string; value?: string }, quote: 'shell' | 'url'): string {
  const encode = (text: string): string => (quote === 'url' ? encodeURIComponent(text) : `'${text.replaceAll("'", `'\\''`)}'`);
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (name === 'client_port') return String(values.clientPort);
    if (name === 'key') return encode(values.key);
    return encode(values.value ?? '');
  });
}

/** Where a "not the leader" answer points: a URL, a client port or a node id (whichever it names first). */
export type LeaderHint = { readonly url: string } | { readonly port: number } | { readonly node: number };

const LEADER_FIELDS = ['leaderUrl', 'leader_url', 'leaderAddr', 'leader_addr', 'leader', 'leaderId', 'leader_id'];

// Reads a redirect's Location, a JSON body's leader field, or a text like "not the leader; node 2 leads at 127.0.0.1:8002".
export function findLeaderHint(answer: { location?: string; body: string }): LeaderHint | undefined {
  if (answer.location) return { url: answer.location };
  const text = answer.body;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (json && typeof json === 'object') {
      for (const field of LEADER_FIELDS) {
        const value = json[field];
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) return { node: value };
        if (typeof value === 'string' && value !== '') {
          const hint = findLeaderHint({ body: value });
          if (hint) return hint;
        }
      }
      return undefined;
    }
  } catch {
    // text
  }
  const url = /\bhttps?:\/\/[^\s"'<>]+/i.exec(text);
  if (url) return { url: url[0] };
  const hostPort = /\b(?:127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0):(\d{1,5})\b/i.exec(text) ?? /(?:^|\s):(\d{2,5})\b/.exec(text);
  if (hostPort) return { port: Number(hostPort[1]) };
  const node = /\b(?:leader(?: is)?|node|n)[\s=:#-]*(\d{1,3})\b/i.exec(text);
  if (node && Number(node[1]) > 0) return { node: Number(node[1]) };
  return undefined;
}

/** An answer that says "ask someone else": not the leader, no leader yet, or a redirect. */
export function saysNotLeader(status: number | undefined, body: string): boolean {
  if (status !== undefined && status >= 300 && status < 400) return true;
  if (status === 421) return true;
  return /not[ _-]?(the[ _-]?)?leader|no[ _-]leader|leader[ _-]?(is|unknown|=)/i.test(body);
}

/** A lesson's `client` block: `write` alone is one HTTP template for both; with `read`, each is its own. */
export function parseLessonClient(block: { readonly write: string; readonly read?: string }): ParsedClientProtocol {
  return parseClientProtocol(block.read === undefined ? [block.write] : [`write=${block.write}`, `read=${block.read}`]);
}
