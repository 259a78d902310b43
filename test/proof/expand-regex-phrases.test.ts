import { describe, expect, it } from 'vitest';
import { expandRegexPhrases } from '../../src/proof/expand-regex-phrases.js';
import { DEFAULT_CONNECTION_PATTERN, DEFAULT_HEARTBEAT_PATTERN, DEFAULT_KILL_PATTERN } from '../../src/log-events/default-patterns.js';

const both = { gapFillers: [' ', ' is '], optional: 'both', limit: 64 } as const;
const omit = { gapFillers: [' '], optional: 'omit', limit: 64 } as const;

describe('expandRegexPhrases', () => {
  it('splits top-level alternatives and expands optional parts, groups and small classes', () => {
    expect(expandRegexPhrases('no (message|AppendEntries) from (the )?leader|\\bEOF\\b|node[12]', both)).toEqual([
      {
        source: 'no (message|AppendEntries) from (the )?leader',
        phrases: ['no message from leader', 'no message from the leader', 'no AppendEntries from leader', 'no AppendEntries from the leader'],
      },
      { source: '\\bEOF\\b', phrases: ['EOF'] },
      { source: 'node[12]', phrases: ['node1', 'node2'] },
    ]);
  });

  it('leaves optional parts out in omit mode (the words every match has)', () => {
    expect(expandRegexPhrases('lost (the )?(TCP streaming )?connection (to|with) (the )?leader', omit)[0]!.phrases).toEqual([
      'lost connection to leader',
      'lost connection with leader',
    ]);
  });

  it('fills an unbounded gap that can hold words with the fillers; other repetitions with a representative', () => {
    expect(expandRegexPhrases('leader.*down', both)[0]!.phrases).toEqual(['leader down', 'leader is down']);
    expect(expandRegexPhrases('\\d+ms', both)[0]!.phrases).toEqual(['1ms', '11ms']);
  });

  it('only returns phrases the pattern matches', () => {
    for (const source of [DEFAULT_KILL_PATTERN, DEFAULT_HEARTBEAT_PATTERN, DEFAULT_CONNECTION_PATTERN, '^timeout$|(?<=x)y|a\\1', 'foo(?!bar)']) {
      const regex = new RegExp(source, 'i');
      for (const alternative of expandRegexPhrases(source, both)) for (const phrase of alternative.phrases) expect(regex.test(phrase), `${source}: ${phrase}`).toBe(true);
    }
  });

  it('returns nothing for an invalid pattern', () => {
    expect(expandRegexPhrases('(', both)).toEqual([]);
  });
});
