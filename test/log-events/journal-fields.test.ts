// journalctl's multi-line record formats, line by line (src/log-events/journal-fields.ts).
import { describe, expect, it } from 'vitest';
import { isJsonRecordBrace, isVerboseRecordHead, journalFieldStamp, journalFieldText, readJournalField } from '../../src/log-events/journal-fields.js';

describe('readJournalField', () => {
  it('reads the field lines of -o verbose, -o export and -o json-pretty', () => {
    expect(readJournalField('    MESSAGE=node2: connection to leader node1 lost: EOF')).toEqual({ key: 'MESSAGE', value: 'node2: connection to leader node1 lost: EOF', style: 'verbose' });
    expect(readJournalField('__REALTIME_TIMESTAMP=1796047391148217')).toEqual({ key: '__REALTIME_TIMESTAMP', value: '1796047391148217', style: 'export' });
    expect(readJournalField('\t"_SYSTEMD_UNIT" : "raft@2.service",')).toEqual({ key: '_SYSTEMD_UNIT', value: '"raft@2.service",', style: 'json' });
  });

  it('reads no other line as a field', () => {
    const others = [
      '  MESSAGE=two spaces are no verbose field',
      '      info: KvNode.RaftNode[0]',
      '\tat com.student.raft.PeerLink.run(PeerLink.java:88)',
      'INFO: heartbeat timeout',
      'lower=case keys are no journal field',
      '2026-11-30T14:03:11.263Z node1 INFO received SIGTERM',
      '\t"message" : "a lower-case key is an application\'s JSON, not the journal\'s"',
      '9LIVES=a field name starts with no digit',
    ];
    expect(others.map(readJournalField)).toEqual(others.map(() => undefined));
  });
});

describe('journalFieldText and journalFieldStamp', () => {
  it("reads json-pretty's quoted values and leaves verbose and export values as written", () => {
    expect(journalFieldText(readJournalField('\t"MESSAGE" : "node2: [term 9] heartbeat \\"late\\"",')!)).toBe('node2: [term 9] heartbeat \\"late\\"');
    expect(journalFieldText(readJournalField('\t"MESSAGE" : [ 110, 111 ],')!)).toBeUndefined();
    expect(journalFieldText(readJournalField('    _HOSTNAME=raftbox')!)).toBe('raftbox');
  });

  it('gives a record its time from __REALTIME_TIMESTAMP (µs since the epoch), in each style', () => {
    for (const line of ['__REALTIME_TIMESTAMP=1796047391148217', '\t"__REALTIME_TIMESTAMP" : "1796047391148217",', '    __REALTIME_TIMESTAMP=1796047391148217']) {
      const stamp = journalFieldStamp(readJournalField(line)!);
      expect([stamp?.ms, stamp?.precisionMs, stamp?.zoned], line).toEqual([1796047391148.217, 0.001, true]);
    }
  });

  it('reads no time from other fields, nor from a value that is no µs count', () => {
    for (const line of ['__MONOTONIC_TIMESTAMP=9179148217', '_SOURCE_REALTIME_TIMESTAMP=1796047391148100', '__REALTIME_TIMESTAMP=soon', '\t"__REALTIME_TIMESTAMP" : null,']) {
      expect(journalFieldStamp(readJournalField(line)!), line).toBeUndefined();
    }
  });
});

describe('record boundaries', () => {
  it("knows a verbose head by the cursor after its time, and json-pretty's braces", () => {
    expect(isVerboseRecordHead(' [s=8d2f41c7a0b94e3c9f1e6d5a4b3c2d1e;i=1a3f20;b=5b1e0c7a9d3f4e28b6a1c0d9e8f7a6b5;m=1f404a384;t=6617ede9da984;x=d612fbd62c37e451]')).toBe(true);
    expect(isVerboseRecordHead(' raftbox kv_node[4101]: node1: became leader')).toBe(false);
    expect([isJsonRecordBrace('{', '{'), isJsonRecordBrace('}', '}'), isJsonRecordBrace('{"MESSAGE":"x"}', '{'), isJsonRecordBrace('}', '{')]).toEqual([true, true, false, false]);
  });
});
