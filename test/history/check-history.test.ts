import { describe, expect, it } from 'vitest';
import { checkHistory, selectModel } from '../../src/history/index.js';
import { check, history, op } from './history-helpers.js';

describe('checkHistory: register', () => {
  it('accepts a read that overlaps a write and sees either value', () => {
    const ops = history(op('a', 'write', '', '1', 0, 10), op('b', 'read', '', '1', 5, 6), op('c', 'read', '', null, 4, 7));
    expect(check(ops).verdict).toBe('linearizable');
  });

  it('rejects a stale read after the write completed, naming the culprit and the prefix', () => {
    const ops = history(op('a', 'write', '', '1', 0, 10), op('a', 'write', '', '2', 20, 30), op('b', 'read', '', '1', 40, 50));
    const result = check(ops);
    expect(result.verdict).toBe('not-linearizable');
    if (result.verdict !== 'not-linearizable') return;
    expect(result.failure.culprit).toBe(2);
    expect(result.failure.prefix).toEqual([0, 1]);
    expect(result.failure.operationIds).toEqual([0, 1, 2]);
  });

  it('Porcupine\'s classic pair: a read of the old value after another client read the new one is not linearizable', () => {
    const ok = history(op('0', 'write', '', '100', 0, 100), op('1', 'read', '', '100', 25, 75), op('2', 'read', '', null, 30, 60));
    expect(check(ok).verdict).toBe('linearizable');
    const bad = history(op('0', 'write', '', '200', 0, 100), op('1', 'read', '', '200', 10, 30), op('2', 'read', '', null, 40, 90));
    expect(check(bad).verdict).toBe('not-linearizable');
  });

  it('an info write may have happened: a later read may see it or not', () => {
    const seen = history(op('a', 'write', '', '1', 0, null), op('b', 'read', '', '1', 50, 60));
    const unseen = history(op('a', 'write', '', '1', 0, null), op('b', 'read', '', null, 50, 60));
    expect(check(seen).verdict).toBe('linearizable');
    expect(check(unseen).verdict).toBe('linearizable');
  });

  it('an info write takes effect at most once: a read cannot see it, then not, then see it', () => {
    const ops = history(
      op('a', 'write', '', '1', 0, null),
      op('b', 'read', '', '1', 10, 20),
      op('c', 'write', '', '2', 30, 40),
      op('b', 'read', '', '1', 50, 60),
    );
    expect(check(ops).verdict).toBe('not-linearizable');
  });

  it('a failed write did not happen: a read that sees it is a violation', () => {
    const ops = history(op('a', 'write', '', '1', 0, 10, 'fail'), op('b', 'read', '', '1', 20, 30));
    expect(check(ops).verdict).toBe('not-linearizable');
  });

  it('an info read constrains nothing', () => {
    const ops = history(op('a', 'write', '', '1', 0, 10), op('b', 'read', '', '7', 20, null, 'info'));
    expect(check(ops).verdict).toBe('linearizable');
  });

  it('cas: ok only when the value matched; an info cas may or may not have applied', () => {
    const applied = history(op('a', 'write', '', '0', 0, 10), op('b', 'cas', '', ['0', '1'], 20, 30), op('c', 'read', '', '1', 40, 50));
    expect(check(applied).verdict).toBe('linearizable');
    const wrongExpected = history(op('a', 'write', '', '0', 0, 10), op('b', 'cas', '', ['5', '1'], 20, 30));
    expect(check(wrongExpected).verdict).toBe('not-linearizable');
    const unknown = history(op('a', 'write', '', '0', 0, 10), op('b', 'cas', '', ['0', '1'], 20, null), op('c', 'read', '', '0', 40, 50), op('c', 'read', '', '1', 60, 70));
    expect(check(unknown).verdict).toBe('linearizable');
    const backAgain = history(op('a', 'write', '', '0', 0, 10), op('b', 'cas', '', ['0', '1'], 20, null), op('c', 'read', '', '1', 40, 50), op('c', 'read', '', '0', 60, 70));
    expect(check(backAgain).verdict).toBe('not-linearizable');
  });

  it('a failed cas did not happen, whatever the value', () => {
    const ops = history(op('a', 'write', '', '0', 0, 10), op('b', 'cas', '', ['0', '1'], 20, 30, 'fail'), op('c', 'read', '', '0', 40, 50));
    expect(check(ops).verdict).toBe('linearizable');
  });

  it('operations that touch at one instant overlap', () => {
    const ops = history(op('a', 'write', '', '1', 0, 10), op('b', 'read', '', null, 10, 20));
    expect(check(ops).verdict).toBe('linearizable');
  });
});

describe('checkHistory: kv', () => {
  it('appends compose and a missing key reads as ""', () => {
    const ops = history(
      op('a', 'read', 'k', '', 0, 5),
      op('a', 'append', 'k', 'x', 10, 20),
      op('b', 'append', 'k', 'y', 12, 22),
      op('c', 'read', 'k', 'yx', 30, 40),
    );
    expect(check(ops, 'kv').verdict).toBe('linearizable');
    const lost = history(op('a', 'append', 'k', 'x', 10, 20), op('b', 'append', 'k', 'y', 25, 30), op('c', 'read', 'k', 'y', 30, 40));
    expect(check(lost, 'kv').verdict).toBe('not-linearizable');
  });

  it('names the smallest failing key', () => {
    const ops = history(
      op('a', 'write', 'big', '1', 0, 10),
      op('b', 'read', 'big', '2', 20, 30),
      op('c', 'write', 'big', '2', 0, 5),
      op('d', 'write', 'small', '1', 0, 10),
      op('d', 'read', 'small', '2', 20, 30),
      op('e', 'write', 'fine', '1', 0, 10),
    );
    const result = check(ops, 'kv');
    expect(result.verdict).toBe('not-linearizable');
    if (result.verdict === 'not-linearizable') {
      expect(result.failure.key).toBe('small');
      expect(result.failure.operationIds).toEqual([3, 4]);
      expect(result.failure.culprit).toBe(4);
      expect(result.failure.prefix).toEqual([3]);
    }
    expect(result.partitions).toBe(3);
  });
});

describe('checkHistory: bounds', () => {
  // Many concurrent writes of distinct values and a read nobody wrote: the search must try every order.
  const hard = history(...Array.from({ length: 22 }, (_, i) => op(`c${i}`, 'write', '', String(i), 0, 100)), op('r', 'read', '', 'never', 0, 100));

  it('gives up with unknown when the injected clock passes the budget', () => {
    let now = 0;
    const result = checkHistory(hard, { model: selectModel('register'), nowMs: () => (now += 1), budgetMs: 20 });
    expect(result.verdict).toBe('unknown');
    if (result.verdict === 'unknown') expect(result.reason).toBe('time');
  });

  it('gives up with unknown when the memo outgrows its memory bound', () => {
    const result = checkHistory(hard, { model: selectModel('register'), nowMs: () => 0, maxMemoBytes: 100_000 });
    expect(result.verdict).toBe('unknown');
    if (result.verdict === 'unknown') expect(result.reason).toBe('memory');
  });
});
