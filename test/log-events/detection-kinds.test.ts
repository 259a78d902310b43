import { describe, expect, it } from 'vitest';
import { DETECTION_KINDS, isDetectionKind, type LogEventKind } from '../../src/log-events/log-event.js';

const KINDS: LogEventKind[] = ['kill', 'became-leader', 'follows-leader', 'heartbeat-timeout', 'connection-lost', 'election-started', 'vote', 'stepped-down', 'startup', 'other'];

describe('isDetectionKind', () => {
  it('agrees with DETECTION_KINDS on every kind', () => {
    for (const kind of KINDS) expect(isDetectionKind(kind)).toBe(DETECTION_KINDS.has(kind));
  });

  it('takes the two detections and no near miss (a timer firing that starts an election, a kill)', () => {
    expect(isDetectionKind('heartbeat-timeout')).toBe(true);
    expect(isDetectionKind('connection-lost')).toBe(true);
    expect(isDetectionKind('election-started')).toBe(false);
    expect(isDetectionKind('kill')).toBe(false);
  });
});
