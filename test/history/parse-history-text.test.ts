import { describe, expect, it } from 'vitest';
import { detectHistoryFormat, parseHistoryText } from '../../src/history/index.js';

function parsed(text: string) {
  const result = parseHistoryText(text);
  if (!result.ok) throw new Error(`unexpected error: ${JSON.stringify(result.error)}`);
  return result;
}

describe('parseHistoryText', () => {
  it('reads the project JSON lines, pairing completions with their client\'s invocation', () => {
    const text = [
      '{"client":"c1","type":"invoke","f":"write","key":"x","value":"1","timeMs":1.5}',
      '{"client":"c2","type":"invoke","f":"read","key":"x","value":null,"timeMs":2}',
      '{"client":"c2","type":"ok","f":"read","key":"x","value":"1","timeMs":3}',
      '{"client":"c1","type":"info","f":"write","key":"x","value":"1","timeMs":9}',
      '{"client":3,"type":"invoke","f":"cas","key":"x","value":[1,2],"timeMs":10}',
      '{"client":3,"type":"fail","f":"cas","key":"x","value":[1,2],"timeMs":11}',
    ].join('\n');
    const result = parsed(text);
    expect(result.format).toBe('jsonl');
    expect(result.operations).toEqual([
      { id: 0, client: 'c1', kind: 'write', key: 'x', value: '1', outcome: 'info', invokeMs: 1.5, completeMs: null, invokeLine: 1, completeLine: 4 },
      { id: 1, client: 'c2', kind: 'read', key: 'x', value: '1', outcome: 'ok', invokeMs: 2, completeMs: 3, invokeLine: 2, completeLine: 3 },
      { id: 2, client: '3', kind: 'cas', key: 'x', value: '2', expected: '1', outcome: 'fail', invokeMs: 10, completeMs: 11, invokeLine: 5, completeLine: 6 },
    ]);
  });

  it('reads Jepsen log lines (tabs or spaces), skipping other log lines; a never-completed op is info', () => {
    const text = [
      'INFO  jepsen.core - Running test',
      'INFO  jepsen.util - 3\t:invoke\t:cas\t[3 0]',
      'INFO  jepsen.util - 1   :invoke :read  nil',
      'INFO  jepsen.util - 1\t:ok\t:read\t3',
      'INFO  jepsen.util - :nemesis\t:info\t:start\tnil',
      'INFO  jepsen.util - 2\t:invoke\t:write\t4',
      'INFO  jepsen.util - 2\t:fail\t:write\t4',
    ].join('\n');
    const result = parsed(text);
    expect(result.format).toBe('jepsen-log');
    expect(result.operations.map((o) => [o.client, o.kind, o.expected, o.value, o.outcome, o.invokeMs, o.completeMs])).toEqual([
      ['3', 'cas', '3', '0', 'info', 2, null],
      ['1', 'read', undefined, '3', 'ok', 3, 4],
      ['2', 'write', undefined, '4', 'fail', 6, 7],
    ]);
  });

  it('reads EDN maps, with :time in nanoseconds when present', () => {
    const text = [
      '{:process 0, :type :invoke, :f :put, :key "1", :value "x", :time 1000000}',
      '{:process 0, :type :ok, :f :put, :key "1", :value "x", :time 3000000}',
      '{:process :nemesis, :type :info, :f :start, :value nil}',
      '{:process 1, :type :invoke, :f :get, :key "1", :value nil, :time 4000000}',
      '{:process 1, :type :ok, :f :get, :key "1", :value "x", :time 5000000}',
    ].join('\n');
    const result = parsed(text);
    expect(result.format).toBe('edn');
    expect(result.operations.map((o) => [o.client, o.kind, o.key, o.value, o.invokeMs, o.completeMs])).toEqual([
      ['0', 'write', '1', 'x', 1, 3],
      ['1', 'read', '1', 'x', 4, 5],
    ]);
  });

  it.each([
    ['an unknown operation', '{"client":1,"type":"invoke","f":"delete","key":"x"}', 1, /f one of read, write/, '"delete"'],
    ['a bad type', '{"client":1,"type":"done","f":"read"}', 1, /type one of invoke/, '"done"'],
    ['broken JSON', '{"client":1,"type":"invoke","f":"read"}\n{"client":1,', 2, /one JSON object per line/, /JSON/],
    ['a completion without invocation', '{"client":1,"type":"ok","f":"read","value":"1"}', 1, /an invocation by client 1/, /no open invocation/],
    ['two invocations in a row', '{"client":1,"type":"invoke","f":"read"}\n{"client":1,"type":"invoke","f":"write","value":"1"}', 2, /completion .* line 1/, /another invocation/],
    ['a completion of another op', '{"client":1,"type":"invoke","f":"read"}\n{"client":1,"type":"ok","f":"write","value":"1"}', 2, /completion of client 1's read/, 'ok write'],
    ['a cas without two values', 'INFO  jepsen.util - 3\t:invoke\t:cas\t3', 1, /cas value of two items/, '3'],
    ['a broken EDN map', '{:process 0, :type :invoke, :f :put, :key "1"', 1, /an EDN value/, /process/],
    ['time going backwards', '{"client":1,"type":"invoke","f":"read","timeMs":5}\n{"client":1,"type":"ok","f":"read","value":"1","timeMs":4}', 2, /completion time >= /, '4'],
    ['no history at all', 'hello\nworld', 1, /a history: JSON lines/, 'hello'],
  ])('names the line, what was expected and what was found: %s', (_name, text, line, expected, found) => {
    const result = parseHistoryText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(line);
    expect(result.error.expected).toMatch(expected);
    if (typeof found === 'string') expect(result.error.found).toContain(found);
    else expect(result.error.found).toMatch(found);
  });

  it('detects the format from the first telling line', () => {
    expect(detectHistoryFormat('\n{"client":1}')).toBe('jsonl');
    expect(detectHistoryFormat('{:process 1}')).toBe('edn');
    expect(detectHistoryFormat('INFO  jepsen.core - x\nINFO  jepsen.util - 1\t:invoke\t:read\tnil')).toBe('jepsen-log');
    expect(detectHistoryFormat('')).toBeUndefined();
  });
});
