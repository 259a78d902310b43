// src/history is a pure core: no I/O, clock, timers or process, and no package; time comes in as a function.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../proof/helpers.js';

const DIR = `${ROOT}src/history/`;

describe('src/history purity', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it('imports only its own folder', () => {
    for (const file of files) {
      const code = readFileSync(DIR + file, 'utf8');
      for (const [, spec] of code.matchAll(/^(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
        expect(spec, `${file} imports ${spec}`).toMatch(/^(\.\/[\w-]+|\.\.\/formats\/escape-xml)\.js$/);
      }
    }
  });

  it('uses no clock, timer, process or file system', () => {
    for (const file of files) {
      const code = readFileSync(DIR + file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/Date\.now|new Date|performance\.|\bprocess\.|setTimeout|setInterval|setImmediate|\brequire\(|['"]node:|Math\.random/);
    }
  });
});
