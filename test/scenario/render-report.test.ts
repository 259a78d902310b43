import { describe, expect, it } from 'vitest';
import { renderTimelineHtml, renderTimelineSvg } from '../../src/scenario/render-report.js';
import type { Timeline } from '../../src/scenario/timeline.js';
import { childElements, parseXml, textOf, type XmlElement } from '../formats/parse-xml.js';

const timeline: Timeline = {
  nodes: [1, 2, 3],
  killedNode: 1,
  windowMs: 300,
  events: [
    { node: 1, kind: 'kill', atMs: 0, label: 'SIGTERM sent' },
    { node: 1, kind: 'shutdown', atMs: 1, label: 'received SIGTERM, shutting down' },
    { node: 2, kind: 'connection-lost', atMs: 5, label: 'connection to leader node1 lost (EOF) & <script>alert("x")</script>' },
    { node: 3, kind: 'last-heartbeat', atMs: 3, label: "last message from the leader 157 ms earlier" },
    { node: 3, kind: 'heartbeat-timeout', atMs: 160, label: "heartbeat timeout — it's <b>late</b> & \"quoted\"" },
    { node: 3, kind: 'candidate', atMs: 161, label: 'becoming candidate' },
    { node: 3, kind: 'leader', atMs: 300, label: 'won election — now leader' },
  ],
};

function all(element: XmlElement): XmlElement[] {
  return [element, ...childElements(element).flatMap(all)];
}
const titles = (root: XmlElement): string[] => all(root).filter((e) => e.name === 'title').map(textOf);

describe('renderTimelineSvg', () => {
  const svg = renderTimelineSvg(timeline, 'w12-l03: SIGTERM to leader node1 <&>');
  const root = parseXml(svg);

  it('draws at most a dozen tick labels on any span: an hour between two clocks is no black bar (adv41b F5)', () => {
    for (const atMs of [300, 3_600_150, 86_400_000 * 3]) {
      const wide = renderTimelineSvg({ ...timeline, events: [timeline.events[0]!, { node: 2, kind: 'heartbeat-timeout', atMs, label: 'late' }] }, 'wide');
      const ticks = all(parseXml(wide)).filter((e) => e.name === 'text' && / ms$/.test(textOf(e)));
      expect(ticks.length).toBeGreaterThan(2);
      expect(ticks.length).toBeLessThanOrEqual(13);
    }
  });

  it("writes a run's remarks under the picture, wrapped to its width, and grows to hold them (a --report said none of the text's notes)", () => {
    const note = `note: your --cluster command left processes running outside the process group it started in (node1: pid 4242 "python3 helper.py") ${'and more words '.repeat(8)}<&>`;
    const withRemarks = renderTimelineSvg(timeline, 'run', [note, '✗ do not submit demo_step2.log: the run failed']);
    const plain = renderTimelineSvg(timeline, 'run');
    expect(renderTimelineSvg(timeline, 'run', [])).toBe(plain);
    const height = (svg: string): number => Number(parseXml(svg).attributes.height);
    const lines = childElements(parseXml(withRemarks), 'text').filter((t) => t.attributes['data-remark'] !== undefined).map(textOf);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join(' ')).toBe(`${note} ✗ do not submit demo_step2.log: the run failed`);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(140);
    expect(height(withRemarks)).toBe(height(plain) + lines.length * 16 + 8);
  });

  it('is well-formed XML with an svg root in the SVG namespace', () => {
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.attributes.width)).toBeGreaterThan(0);
  });

  it('draws one lane (and one label) per node, the killed one marked', () => {
    const labels = childElements(root, 'text').map(textOf).filter((t) => /^node\d/.test(t));
    expect(labels).toEqual(['node1*', 'node2', 'node3']);
    const lanes = new Set(
      childElements(root, 'line')
        .filter((l) => l.attributes.y1 === l.attributes.y2 && l.attributes.x1 === '90')
        .map((l) => l.attributes.y1),
    );
    expect(lanes.size).toBe(3);
  });

  it('has a marker for the kill, each detection and the new leader, named in their titles', () => {
    const t = titles(root);
    expect(t).toContain('node1: SIGTERM sent (+0 ms)');
    expect(t).toContain('node2: connection to leader node1 lost (EOF) & <script>alert("x")</script> (+5 ms)');
    expect(t).toContain('node3: heartbeat timeout — it\'s <b>late</b> & "quoted" (+160 ms)');
    expect(t).toContain('node3: won election — now leader (+300 ms)');
    expect(t).toContain('detection window: 300 ms');
  });

  it("titles each legend marker with what it stands for only, no lane's name or time", () => {
    const legend = titles(root).filter((t) => !/^node\d|^detection window/.test(t) && !t.startsWith('w12-l03'));
    expect(legend.length).toBeGreaterThan(3);
    expect(legend.filter((t) => /legend|\(\+0 ms\)/.test(t))).toEqual([]);
  });

  it('escapes the text: no raw <script> or bare & in the markup, the title round-trips', () => {
    expect(svg).not.toMatch(/<script|<b>/);
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(childElements(root, 'text').map(textOf)).toContain('w12-l03: SIGTERM to leader node1 <&>');
    expect(all(root).some((e) => e.name === 'script' || e.name === 'b')).toBe(false);
  });

  it('keeps events far outside the window on the canvas', () => {
    const wide = renderTimelineSvg({ ...timeline, events: [...timeline.events, { node: 2, kind: 'leader', atMs: 4000, label: 'late leader' }] }, 'wide');
    const r = parseXml(wide);
    const width = Number(r.attributes.width);
    for (const c of all(r).filter((e) => e.name === 'line' && e.attributes.x1 !== undefined)) {
      expect(Number(c.attributes.x1)).toBeGreaterThanOrEqual(0);
      expect(Number(c.attributes.x1)).toBeLessThanOrEqual(width);
    }
  });
});

describe('renderTimelineHtml', () => {
  const html = renderTimelineHtml(timeline, 'run <1> & co', [
    ['verdict', 'passed'],
    ['node2 detection', '5 ms (connection) <script>alert(1)</script> & more'],
  ]);

  it('is a standalone page whose embedded SVG and table are well-formed', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>run &lt;1&gt; &amp; co</title>');
    const svg = parseXml(html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + '</svg>'.length));
    expect(svg.name).toBe('svg');
    expect(titles(svg)).toContain('node1: SIGTERM sent (+0 ms)');
    const table = parseXml(html.slice(html.indexOf('<table>'), html.indexOf('</table>') + '</table>'.length));
    const rows = childElements(table, 'tr').map((tr) => childElements(tr).map(textOf));
    expect(rows).toEqual([
      ['verdict', 'passed'],
      ['node2 detection', '5 ms (connection) <script>alert(1)</script> & more'],
    ]);
  });

  it('contains no raw script element from the data', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<\/?(html|head|body)\b/g)).toEqual(['<html', '<head', '</head', '<body', '</body', '</html']);
  });
});

// Whole-second stamps: each such event is drawn as a bar from its stamp as written to the latest it may have been logged,
// with a hollow marker there, and the legend says what the bar and marker mean.
describe('renderTimelineSvg with whole-second stamps', () => {
  const coarse: Timeline = {
    ...timeline,
    events: [
      { node: 1, kind: 'kill', atMs: 0, label: 'SIGTERM sent' },
      { node: 2, kind: 'connection-lost', atMs: -900, spanMs: 1000, precisionMs: 1000, label: 'connection closed by leader n1' },
      { node: 2, kind: 'heartbeat-timeout', atMs: 100, spanMs: 190, precisionMs: 1000, label: 'no heartbeat from leader n1 for 280 ms' },
      { node: 3, kind: 'connection-lost', atMs: 5, label: 'connection to leader node1 lost (EOF)' },
    ],
  };
  const root = parseXml(renderTimelineSvg(coarse, 'coarse'));
  const bars = all(root).filter((e) => e.name === 'rect' && e.attributes['data-stamp-span-ms'] !== undefined);

  it('draws each coarse event as a bar over its stretch, titled with what the stamp and the harness read allow', () => {
    expect(bars).toHaveLength(2);
    const [first, second] = bars.map((b) => ({ x: Number(b.attributes.x), width: Number(b.attributes.width), title: titles(b)[0] }));
    expect(second!.x).toBeGreaterThan(first!.x);
    expect(first!.width / second!.width).toBeCloseTo(1000 / 190, 1);
    expect(first!.title).toBe('node2: connection closed by leader n1 (stamped in whole seconds: somewhere from -900 to +100 ms)');
    expect(second!.title).toBe('node2: no heartbeat from leader n1 for 280 ms (stamped in whole seconds, in its log by +290 ms: somewhere from +100 to +290 ms)');
  });

  it('draws its marker hollow, at the end of the bar (the latest it may have been logged); a ms event keeps a filled one', () => {
    const markers = all(root).filter((e) => e.name === 'path' && titles(e)[0]?.startsWith('node'));
    const hollow = markers.filter((m) => m.attributes.fill === '#ffffff');
    expect(hollow.map((m) => titles(m)[0])).toEqual([
      'node2: connection closed by leader n1 (stamped in whole seconds: somewhere from -900 to +100 ms)',
      'node2: no heartbeat from leader n1 for 280 ms (stamped in whole seconds, in its log by +290 ms: somewhere from +100 to +290 ms)',
    ]);
    const endX = Number(bars[0]!.attributes.x) + Number(bars[0]!.attributes.width);
    expect(Number(/^M([\d.]+) /.exec(hollow[0]!.attributes.d!)![1])).toBeCloseTo(endX, 0);
    expect(markers.filter((m) => m.attributes.fill !== '#ffffff').map((m) => titles(m)[0])).toEqual(['node3: connection to leader node1 lost (EOF) (+5 ms)']);
  });

  it('says in the legend what a bar is', () => {
    expect(childElements(root, 'text').map(textOf)).toContain('bar and hollow marker: stamped in whole seconds; logged somewhere in the bar, at the latest by the marker');
  });

  it('draws no bar for ms stamps', () => {
    const fine = parseXml(renderTimelineSvg(timeline, 'fine'));
    expect(all(fine).some((e) => e.attributes['data-stamp-span-ms'] !== undefined)).toBe(false);
  });
});
