// java.util.logging's SimpleFormatter record (`%1$tb %1$td, %1$tY %1$tl:%1$tM:%1$tS %1$Tp %2$s%n%4$s: %5$s%n`) as
// javanode39's real Java node wrote it: in a student's locale (de_DE: `Dez. 03, 2026 9:09:27 AM RaftNode start`, then
// `WARNUNG: node2 lost connection …`), and cut with grep -B1, whose context line holds the record's time under
// `data/node1/node.log-`. Without these rules the records' lines had no time: "node2 logged nothing after the kill",
// "line 11 shows the kill but has no timestamp".
import { describe, expect, it } from 'vitest';
import { createLiveEventReader, readLogText, type LogEvent } from '../../src/log-events/index.js';
import { parseTimestampAt } from '../../src/log-events/parse-timestamp.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const brief = (events: readonly LogEvent[]): string[] =>
  events.filter((e) => e.kind !== 'other').map((e) => [e.line + 1, e.kind, e.node ?? '-', e.time === undefined ? 'untimed' : new Date(e.time.kind === 'absolute' ? e.time.ms : 0).toISOString().slice(11, 19)].join(' '));

describe('a JUL record head in the JDK locale data of a student locale', () => {
  it.each([
    ['Dez. 03, 2026 9:09:27 AM RaftNode start', Date.UTC(2026, 11, 3, 9, 9, 27)],
    ['März 03, 2026 9:09:27 PM RaftNode start', Date.UTC(2026, 2, 3, 21, 9, 27)],
    ['Sept. 03, 2026 9:09:27 AM RaftNode start', Date.UTC(2026, 8, 3, 9, 9, 27)],
    ['déc. 03, 2026 9:09:27 AM RaftNode start', Date.UTC(2026, 11, 3, 9, 9, 27)],
    ['févr. 03, 2026 9:09:27 AM RaftNode start', Date.UTC(2026, 1, 3, 9, 9, 27)],
    ['dic. 03, 2026 9:09:27 AM RaftNode start', Date.UTC(2026, 11, 3, 9, 9, 27)],
    ['ott 03, 2026 9:09:27 AM RaftNode start', Date.UTC(2026, 9, 3, 9, 9, 27)],
    ['out. 03, 2026 9:09:27 AM RaftNode start', Date.UTC(2026, 9, 3, 9, 9, 27)],
    ['feb. 03, 2026 9:09:27 AM RaftNode start', Date.UTC(2026, 1, 3, 9, 9, 27)],
  ])('reads %s', (line, ms) => {
    expect(parseTimestampAt(line, 0, line.length)).toMatchObject({ kind: 'absolute', format: 'jul', ms, precisionMs: 1000 });
  });

  it('needs the record head\'s `DD, YYYY`: a localized month word alone is no time', () => {
    expect(parseTimestampAt('Dez. 03 9:09:27 RaftNode start', 0, 30)).toBeUndefined();
    expect(parseTimestampAt('Mai 2026 9:09:27', 0, 16)).toBeUndefined();
  });

  const germanRecords = [
    '--- node2 ---',
    'Dez. 03, 2026 9:09:28 AM RaftNode onAppendEntries',
    'INFORMATION: node2 following leader node1 in term 3',
    'Dez. 03, 2026 9:09:29 AM RaftNode onConnectionLost',
    'WARNUNG: node2 lost connection to leader node1 (EOF)',
    'Dez. 03, 2026 9:09:30 AM RaftNode onHeartbeatTimeout',
    'SCHWERWIEGEND: node2 heartbeat timeout, no message from leader node1 in 160 ms',
  ].join('\n');

  it("gives the message line under it (the level word in the locale's language) the head's time", () => {
    expect(brief(readLogText(germanRecords, patterns).events)).toEqual([
      '3 follows-leader node2 09:09:28',
      '5 connection-lost node2 09:09:29',
      '7 heartbeat-timeout node2 09:09:30',
    ]);
  });

  it.each(['AVERTISSEMENT', 'GRAVE', 'ADVERTENCIA', 'AVVERTENZA', 'INFOS', 'WARNUNG'])('reads %s: as a JUL level word', (level) => {
    const reader = createLiveEventReader(patterns);
    reader.read('Dec 03, 2026 9:09:29 AM RaftNode onConnectionLost', { line: 0, node: 'node2' });
    const lost = reader.read(`${level}: node2 lost connection to leader node1 (EOF)`, { line: 1, node: 'node2' });
    expect([lost.kind, lost.time?.kind === 'absolute' ? lost.time.ms : undefined]).toEqual(['connection-lost', Date.UTC(2026, 11, 3, 9, 9, 29)]);
  });
});

describe('a JUL record cut with grep -B1', () => {
  it("reads the record's time on grep's context line (`file-` before a month name) for the matched line under it", () => {
    const text = [
      'data/node1/node.log-Dec 03, 2026 8:54:49 AM RaftNode onShutdown',
      'data/node1/node.log:INFO: node1 received SIGTERM, shutting down',
      '--',
      'data/node2/node.log-Dec 03, 2026 8:54:49 AM RaftNode onConnectionLost',
      'data/node2/node.log:WARNING: node2 lost connection to leader node1 (EOF)',
    ].join('\n');
    expect(brief(readLogText(text, patterns).events)).toEqual(['2 kill node1 08:54:49', '5 connection-lost node2 08:54:49']);
  });
});
