// A node's startup or configuration line that states a timeout's one value ("kv node 3 up, election timeout 250ms",
// "starting kv_node id=1 on port 7480 (election timeout 250 ms)", "config: heartbeat timeout = 100ms") names its
// setting, not a timer that fired: adv54a-33's node3, started 112 ms after the kill, had its start line counted as its
// detection. Ranges and keyed settings (`election timeout 150-300ms`, `election_timeout=250ms`) are
// NOT_A_DETECTION_PATTERN's; this is the single value after the words, which a detection may state too ("heartbeat
// timeout (250 ms since last heartbeat), starting election"): so only on a line with a startup or configuration word
// and no word of a timer firing once the setting is taken out.
import type { PatternWords } from './log-event.js';

// The value right after the matched words: ` 250ms`, ` = 250ms`, `: 1.5s`, ` (250 ms`, ` is 250ms`.
const VALUE_AFTER = /\s?(?:[=:]\s?|\(\s?|is\s)?\d{1,6}(?:\.\d{1,3})?\s?(?:ms|msec|milliseconds?|s|secs?|seconds?)\b\)?/y;
// Any other timer's setting on the line (`…, election timeout = 250ms`), taken out with the matched one.
const OTHER_SETTINGS = /\b(?:(?:heartbeat|election|follower|leader|request)[ _-]?)?time(?:out|r)\s?(?:[=:]\s?|\(\s?|is\s)?\d{1,6}(?:\.\d{1,3})?\s?(?:ms|msec|milliseconds?|s|secs?|seconds?)\b\)?/gi;
// Words of a process starting, stating its configuration or the leader it now follows (`Following node1 for term 2,
// election timeout 243ms`: the timer it drew).
const SETUP_WORDS =
  /\b(?:follow(?:ing|s|ed)?|start(?:ing|ed|up)?|up|listening|boot(?:ing|ed)?|initiali[sz](?:ing|ed)|serving|restart(?:ed|ing)|config(?:ured|uration)?|settings?|options?|params?|parameters|ready|launch(?:ed|ing))\b/i;
// Words of a timer firing or a leader lost, anywhere else on the line.
const FIRING_WORDS =
  /\b(?:fired|elapsed|expired|exceeded|reached|triggered|timed[ _-]out|no (?:heartbeat|message|contact|leader)|since|without|missed|lost|candidate|campaign(?:ing)?|votes?|stale|dead|down|unreachable|gone|election)\b/i;

/** Whether `words` (a detection pattern's match on `text`) are a startup or configuration line's timeout setting. */
export function isStartupSetting(text: string, words: PatternWords): boolean {
  const after = words.index + words.text.length;
  VALUE_AFTER.lastIndex = after;
  if (!VALUE_AFTER.test(text)) return false;
  const rest = `${text.slice(0, words.index)} ${text.slice(VALUE_AFTER.lastIndex)}`.replace(OTHER_SETTINGS, ' ');
  return SETUP_WORDS.test(rest) && !FIRING_WORDS.test(rest);
}
