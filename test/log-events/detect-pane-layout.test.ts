// Side-by-side pane detection: every side-by-side paste of the corpus is found, no other paste in fixtures/ is
// (property over every stored log), ordinary column-ish formats are not panes, and panes laid out from real node
// logs at any width and border come back as the same lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPaneLayout, PANE_SCAN_LITERALS, type GlyphLines, type PaneBorder } from '../../src/log-events/detect-pane-layout.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { splitPanes } from '../../src/log-events/split-panes.js';
import { createPatternScanner, linesHoldingLiteral, planLiteralScan } from '../../src/proof/scan-pattern.js';
import { ROOT } from '../proof/helpers.js';

const layoutOf = (text: string) => detectPaneLayout(indexLines(text.replace(/\r\n?/g, '\n')));

// Where the border glyphs and the padding before a record are, as a verdict's literal scan finds them (checkPaste
// passes the same).
const GLYPH_SCAN = planLiteralScan([], PANE_SCAN_LITERALS);
function scannedGlyphLines(lines: ReturnType<typeof indexLines>): GlyphLines {
  const scanner = createPatternScanner(lines, Infinity, GLYPH_SCAN);
  return (literal) => linesHoldingLiteral(scanner, literal);
}

function logFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? logFiles(join(dir, e.name)) : e.name.endsWith('.log') || e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
  );
}

interface CorpusCase {
  readonly file: string;
  readonly class: string;
  readonly shape?: string;
}
const CORPUS = join(ROOT, 'fixtures/pastes-corpus');
const CASES: readonly CorpusCase[] = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8'));
const isSideBySide = (c: CorpusCase): boolean =>
  c.class === 'input/tmux-side-by-side' ||
  c.class === 'input/panes-cut-at-width' ||
  c.class === 'input/gnu-screen-regions-full-width-top' ||
  c.class === 'fail/panes-ambiguous' ||
  c.class === 'pass/multitail-columns' ||
  // paste(1) of two logs side by side, its tab turned to spaces by a web form (adv73b-102).
  c.class === 'pass/coreutils-paste-tabs-expanded' ||
  (c.shape?.startsWith('tmux panes') ?? false);
const sideBySide = new Set(CASES.filter(isSideBySide).map((c) => join(CORPUS, c.file)));
// The same pastes before the corpus build copied them (real/pastes/<source>).
for (const c of CASES.filter(isSideBySide)) if (c.file.startsWith('real-')) sideBySide.add(join(CORPUS, 'real/pastes', c.file.slice(5)));

describe('detectPaneLayout over the stored logs', () => {
  const files = logFiles(join(ROOT, 'fixtures'));

  it('has side-by-side pastes and many others to compare', () => {
    expect(sideBySide.size).toBeGreaterThanOrEqual(10);
    expect(files.length - sideBySide.size).toBeGreaterThan(200);
  });

  it.each(files.filter((f) => !sideBySide.has(f)).map((f) => [f.slice(ROOT.length)]))('%s is not side by side', (file) => {
    expect(layoutOf(readFileSync(join(ROOT, file), 'latin1'))).toEqual({ kind: 'none' });
  });

  it.each([...sideBySide].map((f) => [f.slice(ROOT.length)]))('%s is side by side (split or refused)', (file) => {
    const kind = layoutOf(readFileSync(join(ROOT, file), 'utf8')).kind;
    expect(kind).toBe(file.includes('ambiguous') || /pr-merge|two-copies|paste-tabs-expanded/.test(file) ? 'ambiguous' : 'panes');
  });

  it('decides every stored log the same with the lines a scan found as with its own search', () => {
    let panes = 0;
    let blank = 0;
    for (const file of files) {
      const lines = indexLines(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'));
      const searched = detectPaneLayout(lines);
      expect(detectPaneLayout(lines, scannedGlyphLines(lines)), file).toEqual(searched);
      if (searched.kind !== 'none') panes++;
      if (searched.kind === 'panes' && searched.border === ' ') blank++;
    }
    expect(panes).toBeGreaterThanOrEqual(10);
    expect(blank).toBeGreaterThanOrEqual(1);
  });

  it('reads the glyphs from the glyph lines when given (no search of its own)', () => {
    const file = [...sideBySide].find((f) => readFileSync(f, 'utf8').includes('│') && layoutOf(readFileSync(f, 'utf8')).kind === 'panes')!;
    const lines = indexLines(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'));
    expect(detectPaneLayout(lines, () => [])).not.toEqual(detectPaneLayout(lines));
  });
});

describe('formats with columns that are not panes', () => {
  const rows = (make: (i: number) => string): string => Array.from({ length: 12 }, (_, i) => make(i)).join('\n');
  const t = (i: number): string => `2026-11-30 04:17:${String(10 + i).padStart(2, '0')}.${String(100 + i * 7).padStart(3, '0')}`;

  it.each([
    ['docker compose, long service names', rows((i) => `kv-node-${(i % 3) + 1}-1     | ${t(i)} node${(i % 3) + 1}: heartbeat from leader`)],
    ['loguru', rows((i) => `${t(i)} | INFO     | raft.node:tick:42 - node${(i % 3) + 1} heartbeat`)],
    ['a markdown table', rows((i) => `| node${(i % 3) + 1} | ${t(i)} | heartbeat timeout | ${t(i + 1)} |`)],
    ['tree output', rows((i) => `│   ├── data/node${(i % 3) + 1}/node.log         │   ${t(i)}`)],
    ['docker logs -t of an ISO-stamped node', rows((i) => `2026-11-30T04:17:${String(10 + i)}.123456789Z 2026-11-30T04:17:${String(10 + i)}.123Z node2 heartbeat`)],
    ['a message quoting a time at a varying column', rows((i) => `${t(i)} node2: ${'x'.repeat(i)} lease renewed until ${t(i + 5)}`)],
    // Heads padded to one width, the names 5-8 characters: the left cells (time and name) differ by 3 at most.
    ['honcho / foreman prefixes before records', rows((i) => `11:40:${10 + i} ${['web.1', 'worker.1', 'node.1'][i % 3]!.padEnd(9)}| ${t(i)} node2: heartbeat from leader`)],
  ])('%s', (_name, text) => {
    expect(layoutOf(text)).toEqual({ kind: 'none' });
  });
});

// A shell prompt whose rows a background job's records are printed after (`root@lab ~/kv # 2026-…Z node3 WARN …`),
// with zsh's right prompt (RPROMPT='%*') padding the row's end up to its clock: the prompt is the same text left of
// every such record, no pane (real15's zsh terminals were read as 14 panes at column 16, the prompt's width).
describe('a prompt before records is no pane', () => {
  const record = (i: number, node: number): string =>
    `2026-12-02T07:43:0${i}.${String(300 + i * 7)}Z node${node} WARN  connection to leader node1 lost (EOF) — leader may be down`;
  const clock = (row: string, i: number): string => `${row.padEnd(190)}7:43:0${i}`;

  it.each(['real15-zsh-rprompt-time-pgrep-date-kill-pid.log', 'real15-zsh-jobs-node3-started-first-kill-job-2-leader.log'])('%s (real zsh, RPROMPT clock)', (file) => {
    expect(detectPaneLayout(indexLines(readFileSync(join(CORPUS, file), 'utf8')))).toEqual({ kind: 'none' });
  });

  it('records after a 16-character prompt, rows padded to a right-prompt clock', () => {
    const text = Array.from({ length: 9 }, (_, i) => clock(i % 2 === 0 ? `root@lab ~/kv # ${record(i, 2 + (i % 2))}` : record(i, 2 + (i % 2)), i)).join('\n');
    expect(layoutOf(text)).toEqual({ kind: 'none' });
  });

  it('a blank-border layout whose left pane shows the same prompt on fewer than half the rows with a right-hand record is still panes', () => {
    const logs = [1, 2].map((n) => nodeLog('py-A', n));
    const left = [...logs[0]!.slice(0, 6), ...Array.from({ length: 3 }, () => 'student@lab:~/kv$'), ...logs[0]!.slice(6)];
    expect(layoutOf(renderPanes([left, logs[1]!], 70, ' '))).toEqual({ kind: 'panes', border: ' ', columns: [70] });
  });
});

// Real node logs laid out like tmux draws panes: each pane `width` columns, lines wrapped at the border, cells
// padded with spaces, the border glyph between panes, trailing blanks trimmed as a terminal copy does.
function renderPanes(logs: readonly (readonly string[])[], width: number, border: PaneBorder): string {
  const panes = logs.map((lines) => lines.flatMap((line) => (line.length === 0 ? [''] : line.match(new RegExp(`.{1,${width}}`, 'g'))!)));
  const height = Math.max(...panes.map((p) => p.length));
  return Array.from({ length: height }, (_, row) => panes.map((p) => (p[row] ?? '').padEnd(width)).join(border).trimEnd()).join('\n');
}

const RUNS = ['py-A', 'py-B', 'c-A', 'c-B'];
const nodeLog = (run: string, node: number): string[] =>
  readFileSync(join(CORPUS, 'real', run, 'data', `node${node}`, 'node.log'), 'utf8').trimEnd().split('\n');

describe('splitPanes gives back each pane\'s lines', () => {
  const cases = RUNS.flatMap((run) => [40, 57, 66, 80, 120].flatMap((width) => (['│', '|', '┃', '║', ' '] as const).map((border) => [run, width, border] as const)));

  it.each(cases)('%s at %i columns, border "%s"', (run, width, border) => {
    const logs = [1, 2, 3].map((n) => nodeLog(run, n));
    const text = renderPanes(logs, width, border);
    const lines = indexLines(text);
    const layout = detectPaneLayout(lines);
    expect(layout).toEqual({ kind: 'panes', border, columns: [width, 2 * width + 1] });
    expect(detectPaneLayout(lines, scannedGlyphLines(lines))).toEqual(layout);
    const split = splitPanes(lines, border, [width, 2 * width + 1]);
    const streams = split.lines.text.split('\n$\n').map((s) => s.split('\n'));
    // The rightmost pane's width is only known from its widest row, and the copy trimmed its rows: a line that
    // wrapped at a space there can lose that space (README: limitations). Its words are compared without spaces.
    const unspaced = (lines: readonly string[]): string[] => lines.map((l) => l.replace(/ /g, ''));
    expect(streams.slice(0, 2)).toEqual(logs.slice(0, 2).map((log) => log.map((l) => l.trimEnd())));
    expect(unspaced(streams[2]!)).toEqual(unspaced(logs[2]!));
    expect(split.panes).toBe(3);
    // Each line points at the paste row its record starts on.
    for (let i = 0; i < split.lines.count; i++) {
      const row = text.split('\n')[split.lines.numbers![i]! - 1]!;
      const line = split.lines.text.slice(split.lines.starts[i], split.lines.ends[i]);
      if (line !== '$') expect(row).toContain(line.slice(0, width - 1).trimEnd());
    }
  });
});

// The early-outs before any row is read cell by cell (border glyphs searched in the sampled rows only; blank
// borders only with a row that starts with a record and three rows timed past column 16) must not lose a layout.
describe('detectPaneLayout early-outs keep real layouts', () => {
  const logs = [1, 2].map((n) => nodeLog('py-A', n));
  const repeated = (lines: readonly string[], count: number): string[] => Array.from({ length: count }, (_, i) => lines[i % lines.length]!);

  it.each(['│', ' '] as const)('panes whose right column starts with two spaces, border "%s"', (border) => {
    const text = renderPanes([logs[0]!, logs[1]!.map((line) => `  ${line}`)], 70, border);
    const lines = indexLines(text);
    expect(detectPaneLayout(lines)).toEqual({ kind: 'panes', border, columns: [border === ' ' ? 72 : 70] });
    expect(detectPaneLayout(lines, scannedGlyphLines(lines))).toEqual({ kind: 'panes', border, columns: [border === ' ' ? 72 : 70] });
  });

  it('blank-border panes stamped with epoch seconds (no time of day in any row)', () => {
    const epoch = (lines: readonly string[], node: number): string[] => lines.map((line, i) => `${1732650601 + i}.${100 + i} node${node} ${line.slice(24)}`);
    const text = renderPanes([epoch(logs[0]!, 1), epoch(logs[1]!, 2)], 60, ' ');
    expect(text).not.toMatch(/\d:\d\d/);
    expect(detectPaneLayout(indexLines(text))).toEqual({ kind: 'panes', border: ' ', columns: [60] });
    expect(detectPaneLayout(indexLines(text), scannedGlyphLines(indexLines(text)))).toEqual({ kind: 'panes', border: ' ', columns: [60] });
  });

  it.each([
    ['│', 200],
    ['|', 200],
    [' ', 200],
    ['│', 3000],
    [' ', 3000],
  ] as const)('panes below a screen of an ordinary log (only the spread rows show them), border "%s", %i lines a pane', (border, count) => {
    const text = [...repeated(nodeLog('py-A', 3), 60), renderPanes([repeated(logs[0]!, count), repeated(logs[1]!, count)], 70, border)].join('\n');
    const lines = indexLines(text);
    expect(detectPaneLayout(lines)).toEqual({ kind: 'panes', border, columns: [70] });
    expect(detectPaneLayout(lines, scannedGlyphLines(lines))).toEqual({ kind: 'panes', border, columns: [70] });
  });

  it('blank-border panes where only three rows hold a right-hand record (the fewest a layout needs)', () => {
    const rows = (right: number): string => renderPanes([repeated(logs[0]!, 30), logs[1]!.slice(0, right)], 90, ' ');
    expect(detectPaneLayout(indexLines(rows(3)))).toEqual({ kind: 'panes', border: ' ', columns: [90] });
    expect(detectPaneLayout(indexLines(rows(2)))).toEqual({ kind: 'none' });
    for (const right of [2, 3]) {
      const lines = indexLines(rows(right));
      expect(detectPaneLayout(lines, scannedGlyphLines(lines))).toEqual(detectPaneLayout(lines));
    }
  });

  it.each(['│', ' '] as const)('a paste of 500,000+ characters (its sampled rows far apart), border "%s"', (border) => {
    const text = renderPanes([repeated(logs[0]!, 3000), repeated(logs[1]!, 3000)], 80, border);
    expect(text.length).toBeGreaterThan(500_000);
    const lines = indexLines(text);
    expect(detectPaneLayout(lines)).toEqual({ kind: 'panes', border, columns: [80] });
    expect(detectPaneLayout(lines, scannedGlyphLines(lines))).toEqual({ kind: 'panes', border, columns: [80] });
  });
});

describe('splitPanes', () => {
  it('keeps full-width rows above the split as their own stream, and stacked panes apart', () => {
    const row = (left: string, right: string): string => `${left.padEnd(22)}${right === '' ? '│' : `│${right}`}`;
    const text = [
      '[09:02:10.004] node1: starting',
      '[09:02:15.871] node1: received SIGTERM, shutting down',
      `${'─'.repeat(22)}┬${'─'.repeat(23)}`,
      row('[09:02:15.873] node2: ', '[09:02:16.122] node3: h'),
      row('EOF from leader', 'eartbeat timeout'),
      `${'─'.repeat(22)}┤`,
      row('$ date +%T.%3N', '[09:02:16.129] node3: l'),
      row('09:02:17.001', 'eader'),
    ].join('\n');
    const split = splitPanes(indexLines(text), '│', [22]);
    expect(split.lines.text.split('\n')).toEqual([
      '[09:02:10.004] node1: starting',
      '[09:02:15.871] node1: received SIGTERM, shutting down',
      '$',
      '[09:02:15.873] node2: EOF from leader',
      '$',
      '$ date +%T.%3N',
      '09:02:17.001',
      '$',
      '[09:02:16.122] node3: heartbeat timeout',
      '[09:02:16.129] node3: leader',
    ]);
    expect([...split.lines.numbers!]).toEqual([1, 2, 4, 4, 7, 7, 8, 4, 4, 7]);
    expect([split.panes, split.firstLine, split.lastLine]).toEqual([3, 3, 8]);
  });

  it('does not join a prompt or a new record to a line that filled its pane', () => {
    const cells = ['[09:02:15.873] node2: 12345678', 'student@lab:~/kv$ cat log', '[09:02:15.873] node2: 12345678', '[09:02:16.000] node2: next'];
    const text = cells.map((cell) => `${cell.padEnd(30)}│x`).join('\n');
    const split = splitPanes(indexLines(text), '│', [30]);
    expect(split.lines.text.split('\n').slice(0, 4)).toEqual(['[09:02:15.873] node2: 12345678', 'student@lab:~/kv$ cat log', '[09:02:15.873] node2: 12345678', '[09:02:16.000] node2: next']);
  });

  // adv40 D3: Ctrl+C in the leader's pane echoes `^C` before its next line; after a line that filled the pane, that
  // row was glued to it and the kill read at the earlier line's time.
  it('starts a record at a row whose echoed ^C precedes a time, after a line that filled its pane', () => {
    const cells = ['11:20:03.551 n1 PUT k20 committed i=20', '^C11:20:08.123 n1 received SIGINT', '11:20:08.200 n1 PUT k21 committed i=21', 'and its tail'];
    const text = cells.map((cell) => `${cell.padEnd(38)}│x`).join('\n');
    const split = splitPanes(indexLines(text), '│', [38]);
    expect(split.lines.text.split('\n').slice(0, 3)).toEqual([
      '11:20:03.551 n1 PUT k20 committed i=20',
      '^C11:20:08.123 n1 received SIGINT',
      '11:20:08.200 n1 PUT k21 committed i=21and its tail',
    ]);
  });

  it('still joins a ^C that is no echo before a record to the line that filled its pane', () => {
    const cells = ['11:20:03.551 n1 PUT k20 committed i=20', '^Cleanup done', '11:20:03.551 n1 PUT k20 committed i=20', '^c11:20:08.123 n1 lower-case'];
    const text = cells.map((cell) => `${cell.padEnd(38)}│x`).join('\n');
    const split = splitPanes(indexLines(text), '│', [38]);
    expect(split.lines.text.split('\n').slice(0, 2)).toEqual([
      '11:20:03.551 n1 PUT k20 committed i=20^Cleanup done',
      '11:20:03.551 n1 PUT k20 committed i=20^c11:20:08.123 n1 lower-case',
    ]);
  });
});

// A new user's tmux copies (session 33): a few rows, each pane's lines within 4-7 characters of one another in length,
// still differ more than a padded prefix column's heads do.
describe('short tmux copies whose lines are of similar length are panes', () => {
  it.each([
    [
      'two panes, five rows',
      [
        '[node 2] 12:30:00.513 follower, leader=1    │[node 3] 12:30:00.514 follower, leader=1',
        '[node 2] 12:30:02.900 commit index 20       │[node 3] 12:30:02.900 commit index 20',
        '[node 2] 12:30:03.012 lost leader conn: EOF │[node 3] 12:30:03.150 heartbeat timeout',
        '[node 2] 12:30:03.214 election timeout      │[node 3] 12:30:03.215 voted for 2, term 2',
        '[node 2] 12:30:03.216 leader, term 2        │',
      ],
      [44],
    ],
    [
      'three panes, the first with a ^C and a prompt row',
      [
        '[node 1] 12:30:00.512 leader, term 1        │[node 2] 12:30:00.513 follower, leader=1    │[node 3] 12:30:00.514 follower, leader=1',
        '[node 1] 12:30:02.900 commit index 20       │[node 2] 12:30:02.900 commit index 20       │[node 3] 12:30:02.900 commit index 20',
        '^C                                          │[node 2] 12:30:03.012 lost leader conn: EOF │[node 3] 12:30:03.150 heartbeat timeout',
        '[node 1] 12:30:03.000 caught SIGINT, bye    │[node 2] 12:30:03.214 election timeout      │[node 3] 12:30:03.215 voted for 2, term 2',
        'student@raft:~/kv$                          │[node 2] 12:30:03.216 leader, term 2        │',
      ],
      [44, 89],
    ],
  ])('%s', (_name, rows, columns) => {
    expect(layoutOf(rows.join('\n'))).toEqual({ kind: 'panes', border: '│', columns });
  });
});

// The scan's padding literals decide no layout alone: they only spare reading rows where fewer than two sampled rows
// hold two blanks before a digit or `[` (detectBlankBorder's gate would refuse them anyway).
describe('padding before a record, as the scan found it', () => {
  const logs = [1, 2].map((n) => nodeLog('py-A', n));

  it('refuses a blank border at once where no sampled row holds the padding, without its rows read', () => {
    const lines = indexLines(renderPanes([logs[0]!, logs[1]!], 70, ' '));
    expect(detectPaneLayout(lines, () => [])).toEqual({ kind: 'none' });
    expect(detectPaneLayout(lines, (literal) => (literal === '  2' ? [0] : []))).toEqual({ kind: 'none' });
  });

  it('reads the rows where two sampled rows hold it, or where the scan did not look', () => {
    const lines = indexLines(renderPanes([logs[0]!, logs[1]!], 70, ' '));
    expect(detectPaneLayout(lines, (literal) => (literal === '  2' ? [0, 1] : []))).toEqual({ kind: 'panes', border: ' ', columns: [70] });
    expect(detectPaneLayout(lines, (literal) => (literal.startsWith('  ') ? undefined : []))).toEqual({ kind: 'panes', border: ' ', columns: [70] });
  });
});

// multitail, `pr -m -w`, `paste … | cut -c`: each pane's line is cut at the pane's width, so most cells fill their
// pane to the border and their lengths hardly differ — yet each starts a record on both sides of a border (adv42 F7:
// "no follower lines in the paste"). A prefix column padded to one width (honcho) is short; these cells are wide.
describe('panes whose lines are cut at the pane width are panes', () => {
  const CUT = readFileSync(join(ROOT, 'fixtures/pastes-corpus/identity42-side-by-side-cut-cells-passes.log'), 'utf8');

  it('finds both borders though the cells of a pane differ by 3 characters at most', () => {
    expect(layoutOf(CUT)).toEqual({ kind: 'panes', border: '│', columns: [59, 120] });
  });

  it("gives back each pane's lines, cut as they were shown", () => {
    const split = splitPanes(indexLines(CUT), '│', [59, 120]);
    const streams = split.lines.text.split('\n$\n').map((s) => s.split('\n'));
    expect(streams.map((s) => s.length)).toEqual([4, 4, 4]);
    expect(streams[1]![2]!.trim()).toBe('16:56:00.939 [n2] WARN heartbeat timeout: no heartbeat fro');
  });

  it('a prefix column padded to one width and wider than a record head, but holding no record, is still none', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `web-frontend-service-${i % 3}.1 (pid 4242) ${'…'.padEnd(8)}| 2026-11-30 04:17:1${i}.123 node2: heartbeat`);
    expect(layoutOf(rows.join('\n'))).toEqual({ kind: 'none' });
  });
});

describe('panes whose records start with a relative clock', () => {
  it("splits tmux panes of `[26532.688664]` (seconds since boot) records as it splits wall-clock ones (adv48)", () => {
    const row = (a: string, b: string): string => `${a.padEnd(50)}│${b}`;
    const text = [
      row('[26532.688836] node1 became leader for term 1', '[26532.706494] node2 following leader node1 (term 1)'),
      row('[26532.706420] node1 follower connected (1 peers)', '[26532.757223] node2 first heartbeat from leader node1'),
      row('[26532.857930] node1 follower connected (2 peers)', '[26532.904128] node2 connection to leader node1 lost (EOF)'),
      row('^C[26532.903410] node1 received SIGINT, shutting down', '[26533.108583] node2 election timeout, becoming candidate'),
      row('$', '[26533.108888] node2 became leader for term 2'),
    ].join('\n');
    expect(detectPaneLayout(indexLines(text))).toMatchObject({ kind: 'panes', border: '│', columns: [50] });
  });
});
