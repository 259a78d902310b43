import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/log-events/escape-regexp.js';

describe('escapeRegExp', () => {
  it('makes a source that matches the text itself, metacharacters included', () => {
    for (const text of ['kv.1', 'node[2]', 'a+b*c?', '(x)|{y}', '^$\\', 'raft-kv1-1']) {
      const pattern = new RegExp(`^${escapeRegExp(text)}$`);
      expect(pattern.test(text)).toBe(true);
    }
    expect(new RegExp(escapeRegExp('kv.1')).test('kvx1')).toBe(false);
  });
});
