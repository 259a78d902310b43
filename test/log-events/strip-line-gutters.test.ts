// stripLineGutters: a viewer's line numbers and a reply's quote markers in front of every line (adv61c).
import { describe, expect, it } from 'vitest';
import { indexLines, lineNumber, lineText, type PasteLines } from '../../src/log-events/paste-lines.js';
import { stripLineGutters } from '../../src/log-events/strip-line-gutters.js';

const strip = (rows: string[]): PasteLines | undefined => stripLineGutters(indexLines(rows.join('\n')));
const textsOf = (lines: PasteLines): string[] => Array.from({ length: lines.count }, (_, i) => lineText(lines, i));
const logRows = ['$ date +%T.%3N; kill 5646', '02:19:34.009', '02:19:32.309 [node1] INFO  starting', '02:19:34.411 [node1] WARN  lost connection to leader node3 (EOF)'];

describe('stripLineGutters', () => {
  it.each([
    ['less -N', (row: string, n: number) => `${String(n).padStart(7)} ${row}`],
    ['vim :set nu', (row: string, n: number) => `${String(n).padStart(3)} ${row}`],
    ['grep -n', (row: string, n: number) => `${n}:${row}`],
    ['bat', (row: string, n: number) => `${String(n).padStart(4)} │ ${row}`],
    ['cat -n', (row: string, n: number) => `${String(n).padStart(6)}\t${row}`],
  ])('drops %s numbers, keeping the paste line numbers', (_, gutter) => {
    const lines = strip(logRows.map((row, i) => gutter(row, i + 1)))!;
    expect(textsOf(lines)).toEqual(logRows);
    expect(Array.from({ length: lines.count }, (_, i) => lineNumber(lines, i))).toEqual([1, 2, 3, 4]);
  });

  it("keeps a wrapped row's continuation, less the gutter's blanks, and a viewer's closing line", () => {
    const rows = ['      1 $ date +%T.%3N; kill 5646', '      2 02:19:34.009', '      3 02:19:34.411 [node1] WARN  heartbeat timeout: no heartbeat from leade', '        r node3 in 256 ms', 'demo_step2.log (END)'];
    expect(textsOf(strip(rows)!)).toEqual(['$ date +%T.%3N; kill 5646', '02:19:34.009', '02:19:34.411 [node1] WARN  heartbeat timeout: no heartbeat from leade', 'r node3 in 256 ms', 'demo_step2.log (END)']);
  });

  it("drops a reply's quote markers, nested or not", () => {
    const rows = ['Tom wrote:', '> Maria wrote:', ...logRows.map((row) => `>> ${row}`)];
    expect(textsOf(strip(rows)!)).toEqual(['Tom wrote:', 'Maria wrote:', ...logRows]);
  });

  it.each([
    ['log lines at rising hours (bare clocks)', ['09:59:59.990 node1 a', '10:00:00.100 node2 b', '10:00:00.200 node3 c', '11:00:00.000 node1 d', '11:00:00.100 node2 e']],
    ['ISO stamps', logRows.slice(2).map((row) => `2026-12-06T${row}`)],
    ['two numbered lines', ['1 file changed', '2 insertions', 'node1 heartbeat timeout']],
    ['numbers that do not count up', ['3 $ date', '3 02:19:34.009', '7 02:19:34.411 node1', '9 node2']],
    ["a fish prompt's `>` and two quoted lines", ['> kill 4101', '> 10:00:00.100 node2 lost', '> 10:00:00.200 node3 lost', 'node1 ok']],
  ])('reads no gutter in %s', (_, rows) => {
    expect(strip(rows)).toBeUndefined();
  });
});

describe('stripLineGutters: a quote beside the student\'s own log', () => {
  it('blanks a quoted example over an unquoted log: someone else\'s lines (adv61e-57)', () => {
    const rows = ['TA wrote:', '> $ date +%T.%3N; kill 4242', '> 01:00:00.000', '> 01:00:00.180 [node2] WARN heartbeat timeout', '', 'mine:', ...logRows];
    expect(textsOf(strip(rows)!)).toEqual(['TA wrote:', '', '', '', '', 'mine:', ...logRows]);
  });
});

describe('stripLineGutters: a chat\'s message heads (adv64e)', () => {
  const rows = ['$ date +%T.%3N; kill 29081', '10:03:04.347', '10:03:04.444 [node2] WARN heartbeat timeout'];
  it.each([
    ['WhatsApp iOS', (row: string) => `[06/12/2026, 10:05:12] Ana Silva: ${row}`],
    ['WhatsApp 12-hour', (row: string) => `[12/6/26, 10:05:58 AM] Ana: ${row}`],
    ['WhatsApp Android', (row: string) => `06/12/2026, 10:05 - Ana Silva: ${row}`],
    ['irssi', (row: string) => `[10:25:58] <ana> ${row}`],
    ['IRC minutes', (row: string) => `10:25 <@ana> ${row}`],
    ['WeeChat', (row: string) => `10:17:02.118      ana | ${row}`],
  ])('reads %s messages holding a log without their heads', (_, head) => {
    expect(textsOf(strip(rows.map(head))!)).toEqual(rows);
  });

  it("keeps a message's continuation lines and makes a message of words a `# ` note", () => {
    const lines = strip(['[06/12/2026, 10:05:12] Ana Silva: $ date +%T.%3N; kill 29081', '10:03:04.347', '[06/12/2026, 10:05:40] Ana Silva: node2 terminal:', '10:03:04.444 [node2] WARN heartbeat timeout', '[06/12/2026, 10:05:41] Bruno: node3 heartbeat timeout 10:03:04.450'])!;
    expect(textsOf(lines)).toEqual(['$ date +%T.%3N; kill 29081', '10:03:04.347', '# node2 terminal:', '10:03:04.444 [node2] WARN heartbeat timeout', '# node3 heartbeat timeout 10:03:04.450']);
  });

  it('leaves a chat of words alone, and a log whose own columns look like a nick', () => {
    expect(strip(['[10:25:58] <ana> killed node1', '[10:25:59] <bruno> node2 timed out', '[10:26:00] <carla> node3 too'])).toBeUndefined();
    expect(strip(['10:04:03.497  node2 | WARN | heartbeat timeout', '10:04:03.498  node3 | WARN | heartbeat timeout', '10:04:03.499  node1 | INFO | stopped'])).toBeUndefined();
  });
});

describe('stripLineGutters: a bullet list under a heading', () => {
  it("drops the list's markers when a heading stands above it (adv73b-27), keeping the heading's rows", () => {
    const lines = strip(['## Step 2', '', ...logRows.map((row) => `* ${row}`)])!;
    expect(textsOf(lines)).toEqual(['## Step 2', '', ...logRows]);
    expect(Array.from({ length: lines.count }, (_, i) => lineNumber(lines, i))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('leaves a paste alone whose first bullet comes later than a heading\'s rows', () => {
    const list = [...logRows, ...logRows, ...logRows].map((row) => `* ${row}`);
    expect(strip(['notes', 'more notes', 'and more', 'still notes', ...list])).toBeUndefined();
    expect(strip(['notes', 'more notes', 'and more', ...list])).toBeDefined();
  });
});
