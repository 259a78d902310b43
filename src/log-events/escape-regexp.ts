// A name or word put into a RegExp source as itself: its regex metacharacters escaped.

/** `text` as a regex source matching exactly it (`kv.1` → `kv\.1`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
