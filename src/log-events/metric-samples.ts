// A metrics exposition's lines are counters, no node's log: Prometheus's `raft_election_timeouts_total{node="node2"} 0
// 1796541845250`, its `# HELP raft_election_timeouts_total Election timeouts fired.`, promtool's `… => 1 @[1796541845.25]`.
// Their names and help texts hold the lesson's words ("Election timeouts fired"), a label names a node and a scrape's
// time stands beside them, yet a counter says nothing happened at that moment (adv63e-16/-32/-43/-44: a scrape 233 ms
// after the kill passed two followers whose own logs timed out after 774 ms).

// A sample: a metric name, labels in braces, a value, then the exposition's optional ms timestamp or promtool's `=> V
// @[epoch]`, ending the line; a name alone with its value takes a counter's or histogram's suffix (`…_total 3`).
const SAMPLE =
  /(?:^|\s)[A-Za-z_:][\w:]*(?:\{[^{}\n]{0,400}\}(?:\s+=>)?|_(?:total|count|sum|bucket|seconds|ms))\s+(?:[-+]?\d[\d.]*(?:e[-+]?\d+)?|NaN|[-+]?Inf)(?:\s+-?\d{10,13}|\s+@\[\d+(?:\.\d+)?\])?\s*$/;
// The exposition's comments: `# HELP name text`, `# TYPE name counter`.
const COMMENT = /(?:^|\s)# (?:HELP|TYPE) [A-Za-z_:][\w:]*\s/;

/** Whether `text` (a line, whatever stamp a `ts` put before it) is a metrics exposition's sample or comment. */
export function isMetricLine(text: string): boolean {
  if (text.includes('# HELP ') || text.includes('# TYPE ')) return COMMENT.test(text);
  // A sample ends with its value, time or `@[…]` (a digit, `]`, NaN's `N`, Inf's `f`) and its name holds a `_` or
  // labels a `{`: most log lines fail one of these before the regex runs.
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 13)) end--;
  const last = text.charCodeAt(end - 1);
  if (!((last >= 48 && last <= 57) || last === 93 || last === 78 || last === 102)) return false;
  return (text.includes('{') || text.includes('_')) && SAMPLE.test(text);
}
