import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/read-log-events.js';
import { isScriptHeader } from '../../src/log-events/script-header.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';

const compiled = compileEventPatterns(undefined);
if (!compiled.ok) throw new Error(compiled.message);

describe('isScriptHeader', () => {
  it("is script(1)'s first and last line, whatever command they quote (adv54e-24: `cat …/kill.txt` read as a kill)", () => {
    const header = 'Script started on 2026-12-05 07:56:58+00:00 [COMMAND="cat lab/kill.txt; tail -n +1 data/node*/node.log"]';
    expect(isScriptHeader(header)).toBe(true);
    expect(isScriptHeader('Script done on 2026-12-05 07:57:01+00:00 [COMMAND_EXIT_CODE="0"]')).toBe(true);
    expect(readLogText(`${header}\n2026-12-05T07:56:59.100Z node1 received SIGTERM, shutting down\n`, compiled.patterns).events.map((e) => e.line)).toEqual([1]);
  });

  it('is no other line that starts with the word', () => {
    for (const line of ['Script started the cluster, killing node1 at 07:56:58', 'script started on 2026-12-05 07:56:58', '2026-12-05 07:56:58 Script started on node1']) {
      expect(isScriptHeader(line), line).toBe(false);
    }
  });
});
