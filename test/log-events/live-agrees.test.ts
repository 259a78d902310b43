// The harness reads node logs line by line (createLiveEventReader); checkPaste reads a whole paste. On the same
// lines they must see the same events: every follower detection the verdict measured is a detection event of the
// same node on the same line for the live reader, at the same time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLiveEventReader, indexLines, placeEventsOnClock, readLogEvents, type LogEvent } from '../../src/log-events/index.js';
import { checkPaste } from '../../src/proof/check-paste.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { loadLesson, ROOT } from '../proof/helpers.js';

const lesson = loadLesson('w12-l03');
const compiled = compileEventPatterns(lesson.proof.timing);
if (!compiled.ok) throw new Error(compiled.message);
const DIR = join(ROOT, 'fixtures/pastes-corpus');
const CASES: { file: string }[] = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));

// Pastes whose lines each name their node (no section headers): the live reader sees one line at a time.
const selfContained = CASES.map((c) => c.file).filter((file) => {
  const text = readFileSync(join(DIR, file), 'utf8').replace(/\r/g, '');
  const { events } = readLogEvents(indexLines(text), compiled.patterns);
  return events.length > 0 && events.every((e) => e.nodeFrom !== 'section' && e.nodeFrom !== 'head-token' && e.nodeFrom !== 'file-name');
});

describe('live reader and checkPaste agree', () => {
  it('has self-contained pastes to compare', () => {
    expect(selfContained.length).toBeGreaterThan(30);
  });

  it.each(selfContained)('%s: each measured detection is the live reader\'s event on that line', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8').replace(/\r/g, '');
    const verdict = checkPaste(lesson, text);
    const reader = createLiveEventReader(compiled.patterns);
    const live: LogEvent[] = text.split('\n').map((line, i) => reader.read(line, { line: i }));
    const clock = placeEventsOnClock(live.filter((e) => e.kind !== 'other'));
    const m = verdict.measurements;
    for (const follower of m?.followers ?? []) {
      if (follower.line === undefined) continue;
      const event = live[follower.line - 1]!;
      expect([event.kind === 'heartbeat-timeout' || event.kind === 'connection-lost', event.node]).toEqual([true, follower.node]);
      expect(Math.round(clock.at(event)! - m!.killAtMs!)).toBe(Math.round(follower.detectionMs!));
    }
  });
});
