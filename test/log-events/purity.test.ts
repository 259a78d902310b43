// src/log-events is a pure core used by checkPaste and by the live harness: it imports only its own folder and
// calls no clock, timer, process or file system (times are passed in).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeWithoutComments, IMPURE_CALLS, reachableModules } from '../support/import-graph.js';
import { ROOT } from '../proof/helpers.js';

describe('src/log-events purity', () => {
  const files = readdirSync(`${ROOT}src/log-events`).filter((f) => f.endsWith('.ts')).map((f) => `${ROOT}src/log-events/${f}`);
  const modules = new Set(files.flatMap((f) => [...reachableModules(f)]));

  it('imports nothing outside src/log-events', () => {
    for (const m of modules) expect(m.startsWith(`${ROOT}src/log-events/`), m).toBe(true);
  });

  it('uses no clock, timer, process or file system', () => {
    for (const file of modules) expect(codeWithoutComments(file), file).not.toMatch(IMPURE_CALLS);
  });
});
