// A node's network address as one name: the key under which a paste's addresses of one node are aliased.

/**
 * Why: `127.0.0.1:7001`, `localhost:7001` and `:7001` name one local port — one key (`:7001`); other addresses as
 * written (lower case); undefined for what is no `host:port` address.
 */
export function addressKey(address: string): string | undefined {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]*\]|[\w.-]+)?:(\d{2,5})$/i.exec(address);
  if (!m) return undefined;
  const host = m[1];
  return host === undefined || /^(?:127\.0\.0\.1|localhost|0\.0\.0\.0|\[::1?\])$/i.test(host) ? `:${m[2]}` : address.toLowerCase();
}
