// Stamps coarser than a millisecond but finer than the window (centiseconds, `11:20:08.41`; adv41 G, p84) are measured
// by their difference, as millisecond stamps are: +300 passes at a 300 ms window (a ms stamp's +300 may stand for
// 300.999 ms just as a centisecond's may for 310), +310 does not; only stamps coarser than the window are too coarse.
import { describe, expect, it } from 'vitest';
import { checkPaste } from '../../src/proof/check-paste.js';
import { loadLesson } from './helpers.js';

const lesson = loadLesson('w12-l03');

function pasteAt(node3: string, fraction: (ms: string) => string): string {
  return [
    `11:20:05.${fraction('110')} node1 became leader (term 2)`,
    `11:20:08.${fraction('410')} node1 got SIGTERM, shutting down`,
    `11:20:08.${fraction('580')} node2 heartbeat timeout, leader node1 silent, starting election (term 3)`,
    `11:20:08.${fraction(node3)} node3 heartbeat timeout, leader node1 silent, starting election (term 3)`,
  ].join('\n');
}
const centiseconds = (ms: string): string => ms.slice(0, 2);
const milliseconds = (ms: string): string => ms;

function node3Of(text: string): { readonly passed: boolean; readonly status?: string; readonly detectionMs?: number; readonly precisionMs?: number } {
  const verdict = checkPaste(lesson, text);
  const node3 = verdict.measurements?.followers.find((f) => f.node === 'node3');
  return { passed: verdict.passed, status: node3?.status, detectionMs: node3?.detectionMs, precisionMs: node3?.precisionMs };
}

describe('centisecond stamps', () => {
  it('pass at exactly the window, as millisecond stamps do', () => {
    expect(node3Of(pasteAt('710', centiseconds))).toEqual({ passed: true, status: 'detected', detectionMs: 300, precisionMs: 10 });
    expect(node3Of(pasteAt('710', milliseconds))).toEqual({ passed: true, status: 'detected', detectionMs: 300, precisionMs: 1 });
  });

  it('fail one tick past it', () => {
    expect(node3Of(pasteAt('720', centiseconds))).toEqual({ passed: false, status: 'too-slow', detectionMs: 310, precisionMs: 10 });
    expect(node3Of(pasteAt('711', milliseconds))).toEqual({ passed: false, status: 'too-slow', detectionMs: 301, precisionMs: 1 });
  });
});

describe('stamps in tenths of a second', () => {
  it('prove no detection whose tick reaches past the window: `.6` against a ms kill may be +290..+389 (adv48b)', () => {
    const text = ['11:20:05.110 node1 became leader (term 2)', '11:20:08.310 node1 got SIGTERM, shutting down', '11:20:08.4 node2 heartbeat timeout, leader node1 silent', '11:20:08.6 node3 heartbeat timeout, leader node1 silent'].join('\n');
    expect(node3Of(text)).toMatchObject({ passed: false, status: 'too-coarse', precisionMs: 100 });
    // A tick wholly inside the window still proves it.
    expect(node3Of(text.replace('08.6 node3', '08.5 node3'))).toMatchObject({ passed: true, status: 'detected' });
  });
});
