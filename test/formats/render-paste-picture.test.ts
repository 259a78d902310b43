import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPasteHtml, renderPasteSvg, timelineFromVerdict } from '../../src/formats/render-paste-picture.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson, ROOT } from '../proof/helpers.js';

const lesson = loadLesson('w12-l03');
const judge = (file: string) => checkPaste(lesson, readFileSync(`${ROOT}fixtures/pastes-corpus/${file}`));

describe('the paste picture', () => {
  it('draws what the verdict measured: a lane per node named as in the paste, the kill at 0, each detection', () => {
    const verdict = judge('hostnames-fqdn.log');
    const timeline = timelineFromVerdict(verdict)!;
    const m = verdict.measurements!;
    expect(Object.values(timeline.labels!)).toEqual(m.nodesSeen);
    expect(timeline.labels![timeline.killedNode]).toBe(m.leader);
    expect(m.killedNode).toBe(m.leader);
    const detections = timeline.events.filter((e) => e.kind === 'heartbeat-timeout' || e.kind === 'connection-lost');
    for (const follower of m.followers) {
      const lane = Number(Object.entries(timeline.labels!).find(([, name]) => name === follower.node)![0]);
      expect(detections.filter((e) => e.node === lane).map((e) => e.atMs)).toContain(follower.detectionMs);
    }
    const svg = renderPasteSvg(verdict, lesson);
    for (const name of m.nodesSeen) expect(svg).toContain(`>${name}`);
    expect(renderPasteHtml(verdict, lesson)).toContain('<table>');
  });

  it("an hour-apart follower's row in the page's table says clocks apart, as the text's row does (adv41b p31)", () => {
    const paste = [
      '2026-12-03 15:20:01,100 INFO [node1] received SIGTERM, shutting down',
      '2026-12-03 16:20:01,250 WARNING [node2] heartbeat timeout - no message from leader in 300ms',
      '2026-12-03 15:20:01,280 WARNING [node3] heartbeat timeout - no message from leader in 300ms',
    ].join('\n');
    const html = renderPasteHtml(checkPaste(lesson, paste), lesson);
    expect(html).toContain('<tr><th>node2</th><td>+1 h + 150 ms (3600150 ms, too-slow): clocks or time zones 1 h apart, line 2: &quot;heartbeat timeout&quot;</td></tr>');
    expect(html).toContain('<tr><th>node3</th><td>180 ms (detected), line 3');
  });

  it('its legend lists only what it draws: the kill and the two routes of detection, no candidacy or new leader', () => {
    const verdict = checkPaste(lesson, readFileSync(`${ROOT}fixtures/pastes/bundled-grep.log`));
    const svg = renderPasteSvg(verdict, lesson);
    const legend = [...svg.matchAll(/<text x="[\d.]+" y="(\d+)" font-size="11">([^<]+)<\/text>/g)].map((m) => m[2]);
    expect(legend).toEqual(['kill', 'follower noticed: connection dropped', 'follower noticed: leader silent', '* killed']);
    for (const kind of new Set(timelineFromVerdict(verdict)!.events.map((e) => e.kind))) expect(['kill', 'connection-lost', 'heartbeat-timeout']).toContain(kind);
  });

  it('a killed follower: the kill is drawn on the killed node\'s lane, the leader\'s lane says it led, the page says why', () => {
    const verdict = judge('fail-killed-follower.log');
    const m = verdict.measurements!;
    expect([m.killedNode, m.leader]).toEqual(['node2', 'node1']);
    const timeline = timelineFromVerdict(verdict)!;
    expect(timeline.labels![timeline.killedNode]).toBe('node2');
    const kill = timeline.events.find((e) => e.kind === 'kill')!;
    expect(timeline.labels![kill.node]).toBe('node2');
    expect(Object.values(timeline.labels!)).toContain('node1 (leader)');
    const svg = renderPasteSvg(verdict, lesson);
    expect(svg).toContain('kill of node2, a follower (node1 led)');
    expect(svg).not.toContain('kill of leader');
    expect(renderPasteHtml(verdict, lesson)).toContain('the killed node node2 was not the leader');
  });

  it('sums up a follower on whole-second stamps by the span they allow, not a "0 ms" that reads as measured (adv39)', () => {
    const paste = [
      '[08:47:22 INF] Node 1: leader for term 2, sending heartbeats',
      '[08:47:23 INF] Node 1: Received SIGTERM, stopping node 1',
      '[08:47:23 WRN] Node 2: Election timeout after 212ms, no heartbeat from leader 1',
      '[08:47:23 WRN] Node 3: Election timeout after 187ms, no heartbeat from leader 1',
    ].join('\n');
    const html = renderPasteHtml(checkPaste(lesson, paste), lesson);
    expect(html).toContain('−1 s to +1 s (too-coarse), line 3: &quot;Election timeout&quot;');
    expect(html).not.toContain('0 ms (too-coarse)');
  });

  it('draws a detection too coarse to measure as the stretch its stamps allow, never as a point at their difference', () => {
    const paste = [
      '[08:47:22 INF] Node 1: leader for term 2, sending heartbeats',
      '[08:47:23 INF] Node 1: Received SIGTERM, stopping node 1',
      '[08:47:23 WRN] Node 2: Election timeout after 212ms, no heartbeat from leader 1',
      '[08:47:24 WRN] Node 3: Election timeout after 187ms, no heartbeat from leader 1',
    ].join('\n');
    const timeline = timelineFromVerdict(checkPaste(lesson, paste))!;
    const detections = timeline.events.filter((e) => e.kind === 'heartbeat-timeout').map((e) => [timeline.labels![e.node], e.atMs, e.spanMs, e.precisionMs]);
    expect(detections).toEqual([
      ['Node 2', -1000, 2000, 1000],
      ['Node 3', 0, 2000, 1000],
    ]);
    const svg = renderPasteSvg(checkPaste(lesson, paste), lesson);
    expect(svg.match(/data-stamp-span-ms="1000"/g)).toHaveLength(2);
    expect(svg).toContain('Node 2: line 3: &quot;Election timeout&quot; (stamped in whole seconds: somewhere from -1000 to +1000 ms)');
    expect(svg).toContain('bar and hollow marker: stamped in whole seconds');
  });

  it('a follower whose detection cannot be told (detection lines tied to no node) is not summed up as "no-detection" alone, and no lane draws those lines', () => {
    const verdict = judge('real9-java-B-jul-ms-cat-sort.log');
    const html = renderPasteHtml(verdict, lesson);
    expect(html).toContain('no-detection (cannot be told: 8 detection lines after the kill tied to no node)');
    expect(html).toContain('FOLLOWER_DETECTION_UNATTRIBUTED');
    expect(html).not.toContain('logged nothing');
    const timeline = timelineFromVerdict(verdict)!;
    expect(timeline.events.filter((e) => e.kind === 'heartbeat-timeout' || e.kind === 'connection-lost')).toEqual([]);
  });

  it('says why there is nothing to draw when no kill was found', () => {
    const verdict = checkPaste(lesson, '2026-11-26T19:30:01.000Z node2 heartbeat timeout\n');
    expect(timelineFromVerdict(verdict)).toBeUndefined();
    expect(renderPasteSvg(verdict, lesson)).toContain('nothing to draw — no timestamped line shows the kill');
  });

  it('says in words, never a code, why an empty, binary, unstamped or paused paste has nothing to draw (adv41b F7)', () => {
    const say = (paste: string | Uint8Array) => renderPasteSvg(checkPaste(lesson, paste), lesson);
    expect(say('')).toContain('nothing to draw — the paste is empty');
    expect(say(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xfe, 0x01, 0x02, 0x00, 0x00]))).toContain('nothing to draw — the paste is binary data');
    expect(say('bash: ./kv_node: No such file or directory\n')).toContain('nothing to draw — no line has a timestamp');
    const paused = ['14:35:19.900 [node1] INFO became leader term=2', '$ date +%T.%3N; kill -STOP 4242', '14:35:20.000', '14:35:20.300 [node2] WARN heartbeat timeout'];
    expect(say(paused.join('\n'))).toMatch(/nothing to draw — line \d+ paused the leader, which is no kill/);
    for (const svg of [say(''), say(paused.join('\n'))]) expect(svg).not.toMatch(/[A-Z]{4,}_[A-Z_]+/);
  });

  it('marks a late detection, draws a detection before the kill, and gives a silent or missing follower a lane note (adv41b F6, F7)', () => {
    const t = (ms: number): string => new Date(Date.UTC(2026, 11, 3, 14, 0, 0) + ms).toISOString();
    const late = timelineFromVerdict(checkPaste(lesson, [`${t(0)} node1 received SIGTERM, shutting down`, `${t(180)} node2 heartbeat timeout`, `${t(301)} node3 heartbeat timeout`].join('\n')))!;
    expect(late.events.filter((e) => e.late).map((e) => e.atMs)).toEqual([301]);
    const svg = renderPasteSvg(checkPaste(lesson, [`${t(0)} node1 received SIGTERM, shutting down`, `${t(180)} node2 heartbeat timeout`, `${t(301)} node3 heartbeat timeout`].join('\n')), lesson);
    expect(svg).toContain('(+301 ms, after the window)');
    expect(svg).toContain('late: after the window');
    // node2 timed out 40 ms before the kill and logged nothing after: its line is drawn at -40 ms.
    const before = timelineFromVerdict(checkPaste(lesson, [`${t(-40)} node2 election timeout, starting election`, `${t(0)} node1 received SIGTERM, shutting down`, `${t(15)} node3 connection to leader lost`].join('\n')))!;
    expect(before.events.find((e) => e.atMs === -40)).toMatchObject({ kind: 'heartbeat-timeout', label: 'line 1, before the kill' });
    // Only the leader's log: two lanes say the followers are not in the paste.
    const alone = timelineFromVerdict(checkPaste(lesson, `${t(0)} node1 received SIGTERM, shutting down\n`))!;
    expect(Object.values(alone.laneNotes ?? {})).toEqual(['not in the paste', 'not in the paste']);
    expect(alone.nodes).toHaveLength(3);
    const silent = timelineFromVerdict(checkPaste(lesson, [`${t(0)} node1 received SIGTERM, shutting down`, `${t(50)} node2 heartbeat from leader node1`, `${t(60)} node3 heartbeat timeout`].join('\n')))!;
    expect(Object.values(silent.laneNotes ?? {})).toEqual(['no detection after the kill']);
  });

  it("does not call a leader that lived through a SIGHUP killed (adv41b p30b)", () => {
    const paste = ['16:25:03.900 [node1] became leader term 2', '$ date +%T.%3N; kill -HUP 4101', '16:25:04.000', '16:25:04.001 [node1] received SIGHUP, reloading config', '16:25:04.050 [node1] sending heartbeat to node2, node3 (term 2)', '16:25:04.051 [node2] heartbeat from leader node1 (term 2)', '16:25:04.051 [node3] heartbeat from leader node1 (term 2)'];
    const verdict = checkPaste(lesson, paste.join('\n'));
    expect(verdict.passed).toBe(false);
    expect(verdict.checks[2]!.findings.map((f) => f.code)).toContain('KILLED_NODE_LED_ON');
    const svg = renderPasteSvg(verdict, lesson);
    expect(svg).toContain('leader node1 signalled but not killed: it led on');
    expect(svg).not.toContain('* killed');
    expect(timelineFromVerdict(verdict)!.survived).toBe(true);
  });
});
