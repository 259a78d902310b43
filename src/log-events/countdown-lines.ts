// A follower's countdown: a line a ticking timer logs, stating how long the leader has been silent beside a timeout that
// has not run out ("no heartbeat from leader node1 for 100 ms (election timeout 400 ms)", "…, election in 300 ms",
// "… 100/400 ms", "… 300 ms left"). Its "no heartbeat" is no detection: the timer has not fired (adv42 P1).

const AMOUNT = String.raw`(\d{1,6}(?:\.\d{1,3})?) ?(ms|s)\b`;
// What bounds the silence: a stated timeout (`(election timeout 400 ms)`, `timeout=400ms`; not "… 400 ms fired"), the
// time left (`election in 300 ms`, `timer fires in 300 ms`, `300 ms left`; not "heartbeat timeout in 250ms", which
// says when it fired: AWAITED_TIMEOUT_PATTERN reads that only ending the line), or a progress (`100/400 ms`, `100 of
// 400 ms`: the silence is its first number).
const LIMIT = new RegExp(
  String.raw`\b(?:(?:election|heartbeat|follower)[ _-]?)?time[ _-]?out\b["']?\s?[=:]?\s?\(?${AMOUNT}(?!\)?\s?(?:fired|expired|elapsed|exceeded|reached|hit)\b)|` +
    String.raw`(?<!\b(?:won|lost|held|finished|completed|started|ran) )\b(?:election|candidacy|campaign)(?: (?:starts|will start|is due|due))? in ${AMOUNT}|` +
    String.raw`\b(?:time[ _-]?out|timer) (?:fires|will fire|expires|will expire|is due|due) in ${AMOUNT}|` +
    String.raw`\b${AMOUNT} (?:left|remaining|to go)\b|` +
    String.raw`\b(\d{1,6}(?:\.\d{1,3})?) ?(ms|s)? ?(?:\/|of) ?${AMOUNT}`,
  'gi',
);
// How long the leader has been silent: `for 100 ms`, `in 100 ms`, `100 ms ago`, `100 ms without a heartbeat`.
const ELAPSED = new RegExp(String.raw`\b(?:for|in|since) ${AMOUNT}|\b${AMOUNT} (?:ago|without)\b`, 'gi');
// Where a clause ends: the countdown's words are blanked back to the last one, so an earlier clause saying the timer
// fired ("heartbeat timeout: no heartbeat for 150 ms (timeout 300 ms)") still counts.
const CLAUSE_BREAK = /[:;,|.!?—–] /g;
// A break no countdown spans: between the silence and its limit there may be a comma or a bracket only.
const STRONG_BREAK = /[:;|.!?—–] /;
// A cheap test every countdown passes: two amounts of time (a silence and its limit), or a progress (`100 of 400 ms`).
// A detection's line most often states one ("no message from leader in 300ms") and stops here (a tenth of the rest's cost).
const TWO_AMOUNTS = /\d ?(?:ms|s)\b[^]*\d ?(?:ms|s)\b|\d ?(?:\/|of) ?\d{1,6}(?:\.\d{1,3})? ?(?:ms|s)\b/;

const toMs = (value: string, unit: string | undefined): number => (unit !== undefined && unit.toLowerCase() === 's' ? Number(value) * 1000 : Number(value));

interface Span {
  readonly start: number;
  readonly end: number;
}
// A countdown's bound: a timeout the silence must reach, the time left, or a progress stating its own silence.
interface Limit {
  readonly span: Span;
  readonly kind: 'timeout' | 'left' | 'progress';
  readonly ms: number;
  readonly silenceMs: number;
}

// Where the clause holding `index` starts: after the last CLAUSE_BREAK before it.
function clauseStart(text: string, index: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null && m.index < index; m = CLAUSE_BREAK.exec(text)) start = m.index + m[0].length;
  return start;
}

/**
 * `text` with each countdown blanked from its clause's start to its limit's end (the same string when there is none):
 * a silence stated below the timeout, or beside a time left. A line stating no timeout, or a silence that reached
 * it ("for 312 ms (timeout 300 ms)"), keeps its words. Used by default-patterns.ts blankUnfiredTimers.
 */
export function blankCountdowns(text: string): string {
  if (!TWO_AMOUNTS.test(text)) return text;
  const limits: Limit[] = [];
  LIMIT.lastIndex = 0;
  for (let m = LIMIT.exec(text); m !== null; m = LIMIT.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1] !== undefined) limits.push({ span, kind: 'timeout', ms: toMs(m[1], m[2]), silenceMs: 0 });
    else if (m[3] !== undefined) limits.push({ span, kind: 'left', ms: toMs(m[3], m[4]), silenceMs: 0 });
    else if (m[5] !== undefined) limits.push({ span, kind: 'left', ms: toMs(m[5], m[6]), silenceMs: 0 });
    else if (m[7] !== undefined) limits.push({ span, kind: 'left', ms: toMs(m[7], m[8]), silenceMs: 0 });
    else limits.push({ span, kind: 'progress', ms: toMs(m[11]!, m[12]), silenceMs: toMs(m[9]!, m[10] ?? m[12]) });
  }
  if (limits.length === 0) return text;
  const elapsed: { span: Span; ms: number }[] = [];
  ELAPSED.lastIndex = 0;
  for (let m = ELAPSED.exec(text); m !== null; m = ELAPSED.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (limits.some((limit) => span.start < limit.span.end && limit.span.start < span.end)) continue;
    elapsed.push({ span, ms: m[1] !== undefined ? toMs(m[1], m[2]) : toMs(m[3]!, m[4]) });
  }
  let out = text;
  for (const limit of limits) {
    // The silence nearest the limit with no strong break between them (a progress states its own).
    const silence = elapsed
      .filter((e) => !STRONG_BREAK.test(text.slice(Math.min(e.span.end, limit.span.end), Math.max(e.span.start, limit.span.start))))
      .sort((a, b) => distance(a.span, limit.span) - distance(b.span, limit.span))[0];
    if (silence === undefined && limit.kind !== 'progress') continue;
    // Time left: unfired while any is left, whatever the silence so far.
    const unfired = limit.kind === 'left' ? limit.ms > 0 : (limit.kind === 'progress' ? limit.silenceMs : silence!.ms) < limit.ms;
    if (!unfired) continue;
    const from = Math.min(limit.span.start, silence?.span.start ?? limit.span.start);
    const to = Math.max(limit.span.end, silence?.span.end ?? limit.span.end);
    const start = clauseStart(text, from);
    out = out.slice(0, start) + ' '.repeat(to - start) + out.slice(to);
  }
  return out;
}

const distance = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);
