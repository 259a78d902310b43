import { describe, expect, it } from 'vitest';
import { findEmptyLogSections } from '../../src/log-events/empty-log-sections.js';
import { indexLines } from '../../src/log-events/paste-lines.js';

const sectionsOf = (rows: string[]): string[] => findEmptyLogSections(indexLines(rows.join('\n')));

describe('findEmptyLogSections: `tail` headers of files with nothing under them (adv56f-01/-02)', () => {
  it('names each empty file, before another header, a prompt or the end', () => {
    expect(sectionsOf(['$ tail -n +1 data/node*/node.log', '==> data/node1/node.log <==', '', '==> data/node2/node.log <==', '12:00:00.001 node2 up', '', '==> data/node3/node.log <==', '$ echo done'])).toEqual([
      'data/node1/node.log',
      'data/node3/node.log',
    ]);
    expect(sectionsOf(['==> data/node1/node.log <==', '', ''])).toEqual(['data/node1/node.log']);
  });

  it('names none where every section holds a line, or no header is shown (a cat of empty files prints nothing)', () => {
    expect(sectionsOf(['==> a.log <==', 'x', '', '==> b.log <==', 'y'])).toEqual([]);
    expect(sectionsOf(['$ cat data/node1/node.log', '$ '])).toEqual([]);
  });
});
