import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, parseDateTime, parseMillisDateTime, parseNumericDateTime, parseTimestampAt, readUnpaddedFraction, stampFromEpochNumber, swapDayMonth } from '../../src/log-events/parse-timestamp.js';

const KILL = Date.parse('2026-11-26T19:30:01.000Z');
const DAY = 86_400_000;
const parse = (s: string) => parseTimestampAt(s, 0, s.length);

describe('parseTimestampAt', () => {
  it.each([
    ['2026-11-26T19:30:01.123Z', KILL + 123, 1],
    ['2026-11-26T19:30:01.123456Z', KILL + 123.456, 0.001],
    ['2026-11-26T19:30:01.123456789Z', KILL + 123.456, 0.001],
    ['2026-11-26T20:30:01.123+01:00', KILL + 123, 1],
    ['2026-11-26T20:30:01.123+0100', KILL + 123, 1],
    ['2026-11-26T18:30:01.123-01', KILL + 123, 1],
    ['2026-11-26T19:30:01.123', KILL + 123, 1],
    ['2026-11-26T19:30:01,123000000+00:00', KILL + 123, 0.001],
    ['2026-11-26 19:30:01.123 +0000', KILL + 123, 1],
    ['2026-11-26T19:30:01Z', KILL, 1000],
  ])('ISO-8601 %s', (text, ms, precision) => {
    const stamp = parse(text)!;
    expect(stamp.kind).toBe('absolute');
    expect(stamp.ms).toBeCloseTo(ms, 3);
    expect(stamp.precisionMs).toBe(precision);
    expect(stamp.format).toBe('iso-8601');
    expect(stamp.end).toBe(text.length);
  });

  it.each([
    ['2026-11-26 19:30:01.123 UTC [node2] x', KILL + 123],
    ['2026-11-26 20:30:01.123 CET [node2] x', KILL + 123],
    ['2026-11-26 14:30:01.123 EST x', KILL + 123],
  ])('a zone abbreviation after the time fixes the instant: %s', (text, ms) => {
    const stamp = parse(text)!;
    expect(stamp).toMatchObject({ kind: 'absolute', zoned: true, ms, end: text.indexOf(' ', 24) });
  });

  it.each(['2026-11-26 19:30:01.123 INFO x', '2026-11-26 19:30:01.123 UTCX', '2026-11-26 19:30:01.123 CETx'])(
    'an unknown word after the time is no zone: %s',
    (text) => {
      expect(parse(text)).toMatchObject({ kind: 'absolute', zoned: false, ms: KILL + 123, end: 23 });
    },
  );

  it("Go's log.Lmicroseconds: 2026/11/26 19:30:01.123456", () => {
    const stamp = parse('2026/11/26 19:30:01.123456 [n2] raft')!;
    expect(stamp).toMatchObject({ kind: 'absolute', format: 'go', precisionMs: 0.001 });
    expect(stamp.ms).toBeCloseTo(KILL + 123.456, 3);
  });

  it("Python's logging: 2026-11-26 19:30:01,123", () => {
    const stamp = parse('2026-11-26 19:30:01,123 INFO x')!;
    expect(stamp).toMatchObject({ kind: 'absolute', format: 'python', ms: KILL + 123, precisionMs: 1 });
  });

  it.each([
    ['2026-11-26T20:30:01+0100.123 INFO kv.node2: x', KILL + 123, 28],
    ['2026-11-26T18:30:01-0100,123 x', KILL + 123, 28],
  ])("Python's logging with a datefmt ending in %%z, then .%%(msecs)03d: %s", (text, ms, end) => {
    expect(parse(text)).toMatchObject({ kind: 'absolute', zoned: true, ms, precisionMs: 1, end });
  });

  it.each([
    ['2026-11-26T20:30:01+0100.1234 x', 24],
    ['2026-11-26T20:30:01+0100.12 x', 24],
    ['2026-11-26T20:30:01.5+0100.123 x', 26],
    ['2026-11-26T19:30:01Z,404,GET /', 20],
    ['2026-11-26 19:30:01 UTC,250,node2', 23],
    ['2026-11-26T19:30:01+00:00,123,node2', 25],
    ['2026-11-26T20:30:01+01,123 x', 22],
    ['2026-11-26T20:30:01+0100,123,node2', 24],
  ])('no milliseconds after the zone but after `%%z` (±hhmm), exactly three digits, whole seconds and no CSV comma: %s', (text, end) => {
    expect(parse(text)).toMatchObject({ end, precisionMs: text.includes('01.5') ? 100 : 1000 });
  });

  it.each([
    ['19:30:01.123', 70_201_123],
    ['9:30:01.5', 34_201_500],
    ['00:00:00.000', 0],
  ])('bare time of day %s', (text, dayMs) => {
    expect(parse(text)).toMatchObject({ kind: 'time-of-day', ms: dayMs, dayMs, format: 'time-of-day' });
  });

  it('syslog with and without milliseconds (no year)', () => {
    const ms = parse('Nov 26 19:30:01.250 host kv_node[2]: x')!;
    expect(ms).toMatchObject({ kind: 'yearless', format: 'syslog', precisionMs: 1, dayMs: 70_201_250 });
    expect(ms.yearMs).toBe((304 + 25) * DAY + 70_201_250);
    expect(parse('Nov  6 19:30:01 host x')).toMatchObject({ kind: 'yearless', precisionMs: 1000, yearMs: (304 + 5) * DAY + 70_201_000 });
  });

  it('glog/klog I1126 19:30:01.123456', () => {
    expect(parse('I1126 19:30:01.123456   123 raft.go:12] x')).toMatchObject({ kind: 'yearless', format: 'glog', precisionMs: 0.001 });
  });

  it('glog >= 0.6 I20261126 19:30:01.123456: the severity glued to a full date, an absolute time', () => {
    expect(parse('I20261126 19:30:01.123456  5202 main.cc:61] x')).toMatchObject({ kind: 'absolute', ms: KILL + 123.456, format: 'glog', precisionMs: 0.001, zoned: false });
    expect(parse('W20261126 19:30:01.123456  5202 main.cc:61] x')?.ms).toBe(KILL + 123.456);
    expect(parse('I20261326 19:30:01.123456 x')).toBeUndefined();
    expect(parse('I2026112 19:30:01.123456 x')).toBeUndefined();
  });

  it.each([
    ['1795721401.123', KILL + 123, 'epoch-s', 1],
    ['1795721401', KILL, 'epoch-s', 1000],
    ['1795721401123', KILL + 123, 'epoch-ms', 1],
    ['1795721401123456', KILL + 123.456, 'epoch-us', 0.001],
    ['1795721401123456789', KILL + 123.456, 'epoch-ns', 0.001],
  ])('epoch %s', (text, ms, format, precision) => {
    const stamp = parse(`${text} node2 x`)!;
    expect(stamp).toMatchObject({ kind: 'absolute', format, precisionMs: precision });
    expect(stamp.ms).toBeCloseTo(ms, 3);
    expect(stamp.dayMs).toBeCloseTo(70_201_000 + (ms - KILL), 3);
  });

  it.each(['12345', '4242 foo', '2026-13-01T00:00:00Z', '25:00:00.000', '19:30', '19:30:01:02', 'node2', 'Foo 26 19:30:01', '123456789012', '1795721401-x', ''])(
    'rejects %j',
    (text) => {
      expect(parse(text)).toBeUndefined();
    },
  );

  it('parses at an offset and never reads a following line as part of the stamp', () => {
    const text = 'x\n19:30:01.123\n42';
    expect(parseTimestampAt(text, 2, 14)).toMatchObject({ dayMs: 70_201_123, end: 14 });
  });

  it('JSON numbers by magnitude', () => {
    expect(stampFromEpochNumber(1795721401.5)).toMatchObject({ format: 'epoch-s', ms: KILL + 500 });
    expect(stampFromEpochNumber(1795721401500)).toMatchObject({ format: 'epoch-ms', ms: KILL + 500 });
    expect(stampFromEpochNumber(-1)).toBeUndefined();
  });

  it('daysFromCivil agrees with Date.UTC', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [2026, 11, 26], [1969, 12, 31], [2100, 3, 1]] as const) {
      expect(daysFromCivil(y, m, d) * DAY).toBe(Date.UTC(y, m - 1, d));
    }
  });
});

describe('civilFromDays', () => {
  it('inverts daysFromCivil', () => {
    for (const days of [-719468, -1, 0, 11016, 20418, 47482, 2932896]) {
      const { year, month, day } = civilFromDays(days);
      expect(daysFromCivil(year, month, day)).toBe(days);
      expect(new Date(days * 86_400_000).toISOString().slice(0, 10)).toBe(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
  });
});

describe('parseTimestampAt: shapes of the blind2 corpus', () => {
  it("a C printf's colon milliseconds 12:30:44:518", () => {
    expect(parse('12:30:44:518 [node1] received SIGTERM')).toMatchObject({ kind: 'time-of-day', dayMs: 45_044_518, precisionMs: 1 });
    expect(parse('12:30:44:5180')).toBeUndefined();
    expect(parse('12:30:44:518:1')).toBeUndefined();
  });

  it('a 12-hour clock with a dotted meridiem: 11:59:59.880 p.m. is 23:59:59.880, 12:00:00.040 a.m. midnight', () => {
    expect(parse('11:59:59.880 p.m. [node1] received SIGTERM')).toMatchObject({ kind: 'time-of-day', dayMs: 86_399_880, end: 17 });
    expect(parse('12:00:00.040 a.m. [node3] connection to leader node1 lost')).toMatchObject({ dayMs: 40, end: 17 });
    expect(parse('11:59:59.880 P.M. x')).toMatchObject({ dayMs: 86_399_880 });
    // Not a meridiem: a word after the dots, or one dot only.
    expect(parse('11:59:59.880 p.mx')).toMatchObject({ dayMs: 43_199_880, end: 12 });
    expect(parse('11:59:59.880 a.m.x')).toMatchObject({ dayMs: 43_199_880, end: 12 });
  });

  it("Spanish locales' spaced meridiem (glibc es_ES `%p`, adv55i-31): 1:00:00,099 p. m. is 13:00:00.099", () => {
    expect(parse('05/12/2026 1:00:00,099 p. m. [node2] WARN …')).toMatchObject({ dayMs: 46_800_099, end: 28 });
    expect(parse('12:59:59,979 p. m. [node1] INFO recibido SIGTERM')).toMatchObject({ dayMs: 46_799_979, end: 18 });
    expect(parse('12:00:00,040 a. m. [node3] EOF')).toMatchObject({ dayMs: 40, end: 18 });
    // Not a meridiem: a word after it.
    expect(parse('11:59:59,880 p. mx')).toMatchObject({ dayMs: 43_199_880, end: 12 });
  });

  it("java.util.logging's record head: Nov 30, 2026 12:15:09 PM", () => {
    expect(parse('Nov 30, 2026 12:15:09 PM com.student.raft.Main lambda$main$0')).toMatchObject({
      kind: 'absolute',
      format: 'jul',
      ms: Date.UTC(2026, 10, 30, 12, 15, 9),
      precisionMs: 1000,
      zoned: false,
    });
  });
});

describe('parseTimestampAt: shapes of the blind5 corpus', () => {
  it("Go's time.Kitchen (zerolog's console default) 2:05PM: minutes, a minute's precision", () => {
    expect(parse('2:05PM WRN received SIGTERM, shutting down node=1')).toMatchObject({ kind: 'time-of-day', dayMs: (14 * 60 + 5) * 60_000, precisionMs: 60_000, end: 6 });
    expect(parse('12:00 AM x')).toMatchObject({ dayMs: 0, precisionMs: 60_000 });
    expect(parse('11:59pm')).toMatchObject({ dayMs: (23 * 60 + 59) * 60_000 });
    for (const text of ['2:05 x', '13:05PM', '2:5PM', '2:05PMx', '2:05 Pmx']) expect(parse(text), text).toBeUndefined();
  });

  it("tracing's Uptime timer 14.881046213s: seconds since the process started, a relative clock of format uptime", () => {
    expect(parse('14.881046213s  WARN kv_node: received SIGTERM')).toMatchObject({ kind: 'relative', format: 'uptime', ms: 14_881.046, precisionMs: 0.001, end: 13 });
    expect(parse('0.412s')).toMatchObject({ format: 'uptime', ms: 412, precisionMs: 1 });
    for (const text of ['14.88s x', '14.881046213 x', '14.881046213sx', '1234567890.123s x']) expect(parse(text)?.format, text).not.toBe('uptime');
  });
});

describe('parseTimestampAt: relative clocks', () => {
  it("JavaScript's performance.now() `[41536.208ms]`: ms since the process started, a relative clock of format uptime", () => {
    expect(parse('[41536.208ms] n1: received SIGTERM')).toMatchObject({ kind: 'relative', format: 'uptime', ms: 41_536.208, precisionMs: 0.001, end: 13 });
    expect(parse('[   12.6ms] n1: listening')).toMatchObject({ format: 'uptime', ms: 12.6, precisionMs: 0.1, end: 11 });
    for (const text of ['[+12.604ms] x', '[12ms] x', '[12.604ms x', '[12.6040001ms] x', '[12.604 ms] x']) expect(parse(text)?.format, text).not.toBe('uptime');
  });

  it('dmesg / journalctl short-monotonic seconds since boot: [ 88419.530], [  7739.908812]', () => {
    expect(parse('[ 88419.530] node1: got SIGTERM')).toMatchObject({ kind: 'relative', format: 'monotonic', ms: 88_419_530, precisionMs: 1, end: 12 });
    expect(parse('[  7739.908812] lab kv_node[3301]:')).toMatchObject({ kind: 'relative', format: 'monotonic', ms: 7_739_908.812, precisionMs: 0.001 });
  });

  it("logfmt's CLOCK_MONOTONIC seconds `mono=88213.604331` (and `monotonic=`): the monotonic clock of `[ 88419.530]`", () => {
    expect(parse('mono=88213.604331 id=1 role=leader msg="caught SIGTERM"')).toMatchObject({ kind: 'relative', format: 'monotonic', ms: 88_213_604.331, precisionMs: 0.001, end: 17 });
    expect(parse('monotonic=7739.9')).toMatchObject({ format: 'monotonic', ms: 7_739_900, precisionMs: 100 });
    for (const text of ['mono=88213 id=1', 'mono=88213.604331x', 'mono=.5 x', 'mono= 1.5', 'monologue=1.5 x', 'mono=1.1234567891 x']) expect(parse(text), text).toBeUndefined();
  });

  it("a launcher's time since it started: [+5.400s], [5.400s]", () => {
    expect(parse('[+5.400s] launcher | killing')).toMatchObject({ kind: 'relative', format: 'relative', ms: 5400, precisionMs: 1, end: 9 });
    expect(parse('[5.400s] x')).toMatchObject({ kind: 'relative', format: 'relative', ms: 5400 });
    // A printf width after the sign (adv54b-31's launcher): `[+  2.401s]`.
    expect(parse('[+  2.401s] node1 INFO  received SIGTERM')).toMatchObject({ kind: 'relative', format: 'relative', ms: 2401, precisionMs: 1, end: 11 });
    expect(parse('[+ 12.401s] x')).toMatchObject({ ms: 12_401 });
  });

  it('is no version, pid, event id or unclosed bracket', () => {
    for (const text of ['[1.2] release notes', '[12345] pid', '[0]', '[ 88419.530 node1', '[+5.4s]', '[ .530]', '[1.2.3]']) expect(parse(text), text).toBeUndefined();
  });
});

describe('parseTimestampAt: zone abbreviations after the time', () => {
  it('reads the unambiguous ones as their offset', () => {
    expect(parse('2026-11-30 12:20:44.519 CET [node2]')).toMatchObject({ ms: Date.UTC(2026, 10, 30, 11, 20, 44, 519), zoned: true, end: 27 });
    expect(parse('2026-11-30 11:20:44.306 UTC')).toMatchObject({ ms: Date.UTC(2026, 10, 30, 11, 20, 44, 306), zoned: true });
    expect(parse('2026-07-01 13:00:00.000 CEST')).toMatchObject({ ms: Date.UTC(2026, 6, 1, 11), zoned: true });
    expect(parse('2026-11-30 06:41:07.118 EST x')).toMatchObject({ ms: Date.UTC(2026, 10, 30, 11, 41, 7, 118), zoned: true });
    expect(parse('2026-07-01 04:00:00.000 PDT')).toMatchObject({ ms: Date.UTC(2026, 6, 1, 11), zoned: true });
    expect(parse('2026-11-30 13:20:44.519 EET')).toMatchObject({ ms: Date.UTC(2026, 10, 30, 11, 20, 44, 519), zoned: true });
  });

  it('never guesses an ambiguous one (IST, CST, PST): zone-less, with the abbreviation kept', () => {
    for (const zone of ['IST', 'CST', 'CDT', 'PST']) {
      expect(parse(`2026-11-30 16:50:44.519 ${zone} node2`), zone).toMatchObject({ ms: Date.UTC(2026, 10, 30, 16, 50, 44, 519), zoned: false, ambiguousZone: zone });
    }
  });

  it('leaves words that are no zone (levels, names, lower case) alone', () => {
    for (const text of ['2026-11-30 12:20:44.519 INFO x', '2026-11-30 12:20:44.519 CETX', '2026-11-30 12:20:44.519 cet', '2026-11-30 12:20:44.519 UTC2']) {
      expect(parse(text), text).toMatchObject({ zoned: false, end: 23 });
      expect(parse(text)!.ambiguousZone, text).toBeUndefined();
    }
  });
});

describe('parseTimestampAt: day-month-year (blind4)', () => {
  it("Erlang/OTP's legacy report head 30-Nov-2026::12:52:31.704219 (day unpadded) and Tomcat's 30-Nov-2026 12:52:31.704", () => {
    expect(parseTimestampAt('30-Nov-2026::12:52:31.704219 ===', 0)).toMatchObject({
      kind: 'absolute',
      ms: Date.UTC(2026, 10, 30, 12, 52, 31, 704) + 0.219,
      precisionMs: 0.001,
      format: 'day-month-year',
      zoned: false,
      end: 28,
    });
    expect(parseTimestampAt('1-Dec-2026::00:00:01.000001 ===', 0)?.ms).toBe(Date.UTC(2026, 11, 1, 0, 0, 1) + 0.001);
    expect(parseTimestampAt('30-Nov-2026 12:52:31.704 INFO [main]', 0)).toMatchObject({ ms: Date.UTC(2026, 10, 30, 12, 52, 31, 704), precisionMs: 1 });
    expect(parseTimestampAt('30-Foo-2026::12:52:31.704219', 0)).toBeUndefined();
    expect(parseTimestampAt('30-11-2026 12:52:31', 0)).toBeUndefined();
  });
});

describe("parseTimestampAt: Haskell's show UTCTime (blind8)", () => {
  it('reads 1-12 fraction digits (picoseconds, trailing zeros trimmed) to the µs, and a whole second with no fraction', () => {
    const second = Date.parse('2026-11-30T14:03:11.000Z');
    const cases: [string, number, number][] = [
      ['2026-11-30 14:03:11.293001245117 UTC [node-2] x', 293.001, 0.001],
      ['2026-11-30 14:03:11.2912345 UTC [node-1] x', 291.234, 0.001],
      ['2026-11-30 14:03:11.8912 UTC [node-1] x', 891.2, 0.1],
      ['2026-11-30 14:03:11 UTC [node-1] x', 0, 1000],
    ];
    for (const [text, ms, precision] of cases) {
      const stamp = parse(text)!;
      expect([stamp.ms - second, stamp.precisionMs, stamp.zoned, text.slice(stamp.end, stamp.end + 2)], text).toEqual([expect.closeTo(ms, 3), precision, true, ' [']);
    }
    expect(parse('14:03:11.2930012451171 x')).toBeUndefined();
  });
});

describe('parseTimestampAt: a timespec written as its fields (blind8)', () => {
  it("reads Rust's SystemTime Debug `tv_sec: S, tv_nsec: N` with N unpadded ns, and gdb's timeval `tv_usec = N` µs", () => {
    const second = 1_796_047_391_000;
    const at = (text: string) => parseTimestampAt(text, text.indexOf('1796'), text.length)!;
    expect(at('SystemTime { tv_sec: 1796047391, tv_nsec: 91001877 } node1 x')).toMatchObject({ ms: second + 91.001, precisionMs: 0.001, format: 'epoch-s', zoned: true });
    expect(at('SystemTime { tv_sec: 1796047391, tv_nsec: 291234567 } node1 x').ms).toBe(second + 291.234);
    expect(at('SystemTime { tv_sec: 1796047391, tv_nsec: 7 } x').ms).toBe(second);
    expect(at('{tv_sec = 1796047391, tv_usec = 94305} x').ms).toBe(second + 94.305);
    // The seconds alone stay whole seconds; a count past 9 digits is no part of a second.
    expect(at('1796047391, 4102 x')).toMatchObject({ ms: second, precisionMs: 1000 });
    expect(at('SystemTime { tv_sec: 1796047391, tv_nsec: 1291234567 } x')).toMatchObject({ ms: second, precisionMs: 1000 });
  });
});

describe("parseTimestampAt: Rust's Duration Debug of the time since UNIX_EPOCH (blind17)", () => {
  const second = 1_796_133_933_000;
  const at = (text: string) => parseTimestampAt(text, text.indexOf('1796'), text.length);
  it('reads seconds with their `s` unit, the fraction decimal with its trailing zeros dropped', () => {
    expect(at('[1796133933.10330194s] node2: x')).toMatchObject({ ms: second + 103.301, format: 'epoch-s', zoned: true });
    expect(at('[1796133933.10330194s] node2: x')!.end).toBe('[1796133933.10330194s'.length);
    expect(at('[1796133933.1s] node1: x')!.ms).toBe(second + 100);
    expect(at('1796133933.294051127s node3: x')!.ms).toBeCloseTo(second + 294.051, 3);
  });
  it('reads no time when the `s` starts a word or the number has no fraction', () => {
    expect(at('1796133933.5sec x')).toBeUndefined();
    expect(at('1796133933.5s2 x')).toBeUndefined();
    expect(at('[1796133933s] x')).toBeUndefined();
  });
});

describe('readUnpaddedFraction', () => {
  it("reads an epoch-seconds fraction as C's unpadded tv_usec: `.94305` is 94305 µs, `.5` is 5 µs", () => {
    const second = 1_796_047_391_000;
    expect(readUnpaddedFraction(parse('1796047391.94305 x')!, 6, '94305')).toMatchObject({ ms: second + 94.305, dayMs: 50_591_094.305, precisionMs: 0.001, format: 'epoch-s-usec' });
    expect(readUnpaddedFraction(parse('1796047391.5 x')!, 6, '5')).toMatchObject({ ms: second + 0.005, precisionMs: 0.001 });
  });

  it("reads it as C's unpadded tv_nsec: `.5123456` is 5123456 ns, `.77` is 77 ns", () => {
    const second = 1_796_047_391_000;
    const ns = readUnpaddedFraction(parse('1796047391.5123456 x')!, 9, '5123456');
    expect(ns).toMatchObject({ precisionMs: 0.000001, format: 'epoch-s-nsec' });
    // ms since 1970 as a double keeps about a quarter µs at this size; the day's ms keep the ns.
    expect(ns.ms - second).toBeCloseTo(5.123456, 3);
    expect(ns.dayMs - 50_591_000).toBeCloseTo(5.123456, 6);
    expect(readUnpaddedFraction(parse('1796047391.77 x')!, 9, '77').dayMs - 50_591_000).toBeCloseTo(0.000077, 6);
  });

  it('leaves full-width fractions, whole seconds and other formats as written', () => {
    const fractionOf = (text: string): string => /\.(\d+)/.exec(text)?.[1] ?? '';
    for (const text of ['1796047391.094305 x', '1796047391 x', '19:30:01.5 x']) expect(readUnpaddedFraction(parse(text)!, 6, fractionOf(text))).toEqual(parse(text));
    for (const text of ['1796047391.094305123 x', '1796047391 x']) expect(readUnpaddedFraction(parse(text)!, 9, fractionOf(text))).toEqual(parse(text));
  });
});

describe('a colon after the seconds', () => {
  it("ends the time when white space or the end follows (pm2's `--time` prefix), and is refused before a digit", () => {
    expect(parse('2026-11-30T14:03:11: [raft-1] received SIGINT')).toMatchObject({ kind: 'absolute', ms: Date.UTC(2026, 10, 30, 14, 3, 11), precisionMs: 1000, end: 19 });
    expect(parse('14:03:11:')).toMatchObject({ kind: 'time-of-day', dayMs: 50_591_000, end: 8 });
    expect(parse('12:30:01:5 x')).toBeUndefined();
  });
});

describe('parseTimestampAt: raw TAI64N labels (svlogd -t, multilog t)', () => {
  it('reads 2^62 + 10 + Unix seconds and the nanoseconds to the µs, as daemontools and runit write and tai64nlocal reads them', () => {
    // 0x6b0e9a5a - 10 = 1796119120 s (2026-12-01T09:58:40Z), 0x070d26cb = 118302411 ns.
    expect(parse('@400000006b0e9a5a070d26cb node1 leader t1: received SIGTERM')).toMatchObject({
      kind: 'absolute',
      format: 'tai64n',
      ms: Date.UTC(2026, 11, 1, 9, 58, 40) + 118.302,
      dayMs: 35_920_118.302,
      precisionMs: 0.001,
      zoned: true,
      end: 25,
    });
    expect(parse('@400000000000000a00000000 x')).toMatchObject({ ms: 0 });
    expect(parse('@400000006B0E9A5A070D26CB x')?.ms).toBe(parse('@400000006b0e9a5a070d26cb x')?.ms);
  });

  it('refuses labels that are cut short, longer, before 1970, past 2106, or hold more than a second of nanoseconds', () => {
    for (const text of ['@400000006b0e9a5a070d26 x', '@400000006b0e9a5a070d26cb0 x', '@4000000000000009ffffffff x', '@400000016b0e9a5a070d26cb x', '@400000006b0e9a5a3b9aca00 x', '@3fffffff6b0e9a5a070d26cb x', '@400000006b0e9a5g070d26cb x', '@ x'])
      expect(parse(text), text).toBeUndefined();
  });
});

describe("parseTimestampAt: C's ctime()/asctime() and date(1)", () => {
  it('reads the weekday, month, day, time and the year after it as a full date, a zone between them too', () => {
    expect(parse('Tue Dec  1 12:44:20 2026')).toMatchObject({ kind: 'absolute', format: 'ctime', ms: Date.UTC(2026, 11, 1, 12, 44, 20), precisionMs: 1000, zoned: false, end: 24 });
    expect(parse('Tue Dec  1 12:44:20 CET 2026 x')).toMatchObject({ kind: 'absolute', ms: Date.UTC(2026, 11, 1, 11, 44, 20), zoned: true, end: 28 });
    expect(parse('Dec  1 12:44:20 2026] node2')).toMatchObject({ kind: 'absolute', format: 'ctime', end: 20 });
  });

  it('keeps syslog yearless when no year follows, and refuses a weekday without one', () => {
    expect(parse('Dec  1 12:44:20 lab kv_node[2]:')).toMatchObject({ kind: 'yearless', format: 'syslog' });
    expect(parse('Dec  1 12:44:20 20261 x')).toMatchObject({ kind: 'yearless' });
    expect(parse('Dec  1 12:44:20 1234 x')).toMatchObject({ kind: 'yearless' });
    expect(parse('Tue Dec  1 12:44:20 lab')).toBeUndefined();
  });

  it("reads a fraction glued after the year (C's `[%.24s.%03ld]`), to the precision of its digits, a comma too", () => {
    const at = Date.UTC(2026, 11, 3, 7, 1, 2);
    expect(parse('Thu Dec  3 07:01:02 2026.545] node3')).toMatchObject({ format: 'ctime', ms: at + 545, dayMs: 25_262_545, precisionMs: 1, end: 28 });
    expect(parse('Thu Dec  3 07:01:02 2026.545123 node3')).toMatchObject({ ms: at + 545.123, precisionMs: 0.001, end: 31 });
    expect(parse('Thu Dec  3 07:01:02 2026,512')).toMatchObject({ ms: at + 512, precisionMs: 1, end: 28 });
    expect(parse('Thu Dec  3 07:01:02 2026.5]')).toMatchObject({ ms: at + 500, precisionMs: 100 });
    expect(parse('Thu Dec  3 07:01:02 2026.545123789 x')).toMatchObject({ ms: at + 545.123, nanos: 789, precisionMs: 0.001 });
    expect(parse('Thu Dec  3 08:01:02 CET 2026.545')).toMatchObject({ ms: at + 545, zoned: true, end: 32 });
  });

  it('reads no fraction where a full stop ends the sentence, where a word follows the digits, or after a fraction of its own', () => {
    const at = Date.UTC(2026, 11, 3, 7, 1, 2);
    for (const text of ['Thu Dec  3 07:01:02 2026. Then node2 took over', 'Thu Dec  3 07:01:02 2026.', 'Thu Dec  3 07:01:02 2026,  node2', 'Thu Dec  3 07:01:02 2026.5x', 'Thu Dec  3 07:01:02 2026.1234567890123'])
      expect(parse(text), text).toMatchObject({ format: 'ctime', ms: at, precisionMs: 1000, end: 24 });
    expect(parse('Thu Dec  3 07:01:02.118 2026.545')).toMatchObject({ ms: at + 118, precisionMs: 1, end: 28 });
  });
});

describe('parseTimestampAt: numeric dates day first or month first', () => {
  const at = (y: number, mo: number, d: number) => Date.UTC(y, mo - 1, d, 11, 27, 9, 118);
  it('reads `/` month first unless only day first is a date, `.` day first unless only month first is', () => {
    expect(parse('01/12/2026 11:27:09.118 x')).toMatchObject({ format: 'us-date', ms: at(2026, 1, 12) });
    expect(parse('29/11/2026 11:27:09.118 x')).toMatchObject({ format: 'day-first-date', ms: at(2026, 11, 29) });
    expect(parse('01.12.2026 11:27:09.118 x')).toMatchObject({ format: 'day-first-date', ms: at(2026, 12, 1) });
    expect(parse('11.29.2026 11:27:09.118 x')).toMatchObject({ format: 'us-date', ms: at(2026, 11, 29) });
    for (const text of ['13/13/2026 11:27:09 x', '01/12.2026 11:27:09 x', '00/12/2026 11:27:09 x', '01/12/2026 x']) expect(parse(text), text).toBeUndefined();
  });

  it("reads cmd's `%date% %time%`, an hour below 10 padded with a space, and no wider gap", () => {
    expect(parse('02.12.2026  9:41:07,12 x')).toMatchObject({ format: 'day-first-date', ms: Date.UTC(2026, 11, 2, 9, 41, 7, 120), precisionMs: 10 });
    expect(parse('02.12.2026   9:41:07,12 x')).toBeUndefined();
    expect(parse('02.12.2026  19:41:07,12 x')).toBeUndefined();
  });

  it("reads an unpadded month or day, and a comma after the year (JavaScript's toLocaleString, .NET's and PowerShell's US default): the date is kept", () => {
    expect(parse('12/3/2026 11:27:09.118 AM x')).toMatchObject({ format: 'us-date', ms: at(2026, 12, 3) });
    expect(parse('1/12/2026 11:27:09.118 x')).toMatchObject({ format: 'us-date', ms: at(2026, 1, 12) });
    expect(parse('1/3/2026 11:27:09.118 x')).toMatchObject({ format: 'us-date', ms: at(2026, 1, 3) });
    expect(parse('12/3/2026, 9:55:07 AM x')).toMatchObject({ format: 'us-date', ms: Date.UTC(2026, 11, 3, 9, 55, 7), precisionMs: 1000 });
    expect(parse('12/3/2026, 9:55:07 PM x')).toMatchObject({ ms: Date.UTC(2026, 11, 3, 21, 55, 7) });
    expect(parse('30/1/2026 11:27:09.118 x')).toMatchObject({ format: 'day-first-date', ms: at(2026, 1, 30) });
    for (const text of ['12/3 11:27:09 x', '12/3/26 11:27:09 x', '1/3.2026 11:27:09 x', '13/13/2026 11:27:09 x', '12/3/2026,9:55:07 AM x', '1/2 x']) expect(parse(text), text).toBeUndefined();
  });

  it('reads the order it is told (the paste decides), and swaps a stamp between the two readings', () => {
    expect(parseNumericDateTime('01/12/2026 11:27:09,118', 0, 23, true)).toMatchObject({ format: 'day-first-date', ms: at(2026, 12, 1) });
    expect(parseNumericDateTime('29/11/2026 11:27:09,118', 0, 23, false)).toBeUndefined();
    expect(swapDayMonth(parse('01/12/2026 11:27:09.118 x')!)).toMatchObject({ format: 'day-first-date', ms: at(2026, 12, 1), dayMs: 41_229_118 });
    expect(swapDayMonth(parse('29/11/2026 11:27:09.118 x')!)).toBeUndefined();
    expect(swapDayMonth(parse('2026-11-29 11:27:09.118 x')!)).toBeUndefined();
  });
});

describe("parseTimestampAt: BSD/macOS date's literal %3N", () => {
  it('reads `15:19:58.3N` as a whole-second time, `.3N` part of the stamp; not `.3Nx` nor `.31`', () => {
    expect(parse('15:19:58.3N')).toMatchObject({ dayMs: 55_198_000, precisionMs: 1000, end: 11, literalN: true });
    expect(parse('2026-12-02T15:19:58.3N')).toMatchObject({ kind: 'absolute', precisionMs: 1000, literalN: true });
    expect(parse('15:19:58 x')?.literalN).toBeUndefined();
    expect(parse('15:19:58.3Nx')).toMatchObject({ dayMs: 55_198_300, precisionMs: 100, end: 10 });
    expect(parse('15:19:58.31 x')).toMatchObject({ dayMs: 55_198_310, precisionMs: 10 });
  });
});

describe('parseTimestampAt: a C strftime time with its ms as a field of their own', () => {
  it('reads `08:36:02 215]` (`[%H:%M:%S %03ld]`, adv54i-10) to the ms, only with exactly three digits before the bracket', () => {
    expect(parseTimestampAt('[08:36:02 215] node1 INFO: stopped', 1, 34)).toMatchObject({ kind: 'time-of-day', dayMs: 30_962_215, precisionMs: 1, end: 13 });
    expect(parse('08:36:02 215 requests served')).toMatchObject({ dayMs: 30_962_000, precisionMs: 1000, end: 8 });
    expect(parseTimestampAt('[08:36:02 2150] x', 1, 17)).toMatchObject({ precisionMs: 1000, end: 9 });
  });
});

describe("parseTimestampAt: BSD/macOS date's literal %N", () => {
  it('reads `16:08:41.N` (and an ISO date before it) as a whole-second time, the `.N` part of the stamp', () => {
    expect(parse('16:08:41.N')).toMatchObject({ kind: 'time-of-day', dayMs: 58_121_000, precisionMs: 1000, end: 10 });
    expect(parse('2026-12-01T16:08:41.N node1')).toMatchObject({ kind: 'absolute', ms: Date.UTC(2026, 11, 1, 16, 8, 41), precisionMs: 1000, end: 21 });
    // busybox's date keeps the `%` (adv54g-05): `08:13:44.%N`, `08:13:44.%3N`.
    expect(parse('08:13:44.%N')).toMatchObject({ kind: 'time-of-day', dayMs: 29_624_000, precisionMs: 1000, end: 11, literalN: true });
    expect(parse('08:13:44.%3N')).toMatchObject({ precisionMs: 1000, end: 12, literalN: true });
  });

  it('takes no `.N` that begins a word (`.Node`, `.N2`) as part of the stamp', () => {
    expect(parse('16:08:41.Node started')).toMatchObject({ precisionMs: 1000, end: 8 });
    expect(parse('16:08:41.N2 x')).toMatchObject({ precisionMs: 1000, end: 8 });
    expect(parse('16:08:41.123')).toMatchObject({ precisionMs: 1, end: 12 });
  });
});

describe('parseTimestampAt: nanoseconds past the µs (Stamp.nanos)', () => {
  it("keeps RFC3339Nano's ns past the µs apart: 10:00:00.400000489Z is .400 000 ms and 489 ns", () => {
    const stamp = parseTimestampAt('2026-12-02T10:00:00.400000489Z WARN', 0)!;
    expect(stamp.ms).toBe(Date.UTC(2026, 11, 2, 10, 0, 0, 400));
    expect(stamp.nanos).toBe(489);
    expect(stamp.precisionMs).toBe(0.001);
    // 7 and 8 digits: 100 and 10 ns per digit.
    expect(parseTimestampAt('10:00:00.1234567', 0)!.nanos).toBe(700);
    expect(parseTimestampAt('10:00:00.12345678', 0)!.nanos).toBe(780);
  });

  it('has none where the fraction stops at the µs or its ns are 0 (the shape of every other stamp)', () => {
    for (const text of ['10:00:00.123456', '2026-12-02T10:00:00.400000000Z', '10:00:00.100', '1796047391123']) {
      expect(Object.hasOwn(parseTimestampAt(text, 0)!, 'nanos'), text).toBe(false);
    }
  });

  it('reads the ns of epoch stamps: 19 digits, seconds with 9 decimals, a timespec tv_nsec', () => {
    expect(parseTimestampAt('1796047391100200300', 0)!.nanos).toBe(300);
    expect(parseTimestampAt('1796047391.100200301 x', 0)!.nanos).toBe(301);
    const timespec = parseTimestampAt('SystemTime { tv_sec: 1796047391, tv_nsec: 91001877 }', 21)!;
    expect(timespec.ms).toBe(1796047391091.001);
    expect(timespec.nanos).toBe(877);
  });
});

describe('parseMillisDateTime: the fast path agrees with parseDateTime', () => {
  const BASE = '2026-11-26T19:30:01.123Z node1 INFO  received SIGTERM';
  // What may follow a stamp to the ms: zones, words, a 12-hour clock's AM/PM, more digits, a colon, the end.
  const TAILS = ['Z', 'z', 'Z1', '', ' ', '\t', ' INFO', ' UTC x', ' CET', ' IST', ' AM', ' pm x', ' p.m.', ' a', '+01:00', '-0530 x', '+01', '+0100.291', ':', ': x', '1Z', ',404', '.5', ']', ' +0100'];
  const agree = (s: string, i: number, limit: number): void => {
    const fast = parseMillisDateTime(s, i, limit);
    if (fast === undefined) return;
    expect(fast).toStrictEqual(parseDateTime(s, i, limit));
    expect(parseTimestampAt(s, i, limit)).toStrictEqual(fast);
  };

  it('reads the bench paste\'s stamps and the usual shapes, and leaves others to parseDateTime', () => {
    expect(parseMillisDateTime(BASE, 0, BASE.length)).toStrictEqual(parseDateTime(BASE, 0, BASE.length));
    expect(parseMillisDateTime(BASE, 0, BASE.length)?.end).toBe(24);
    const python = '2026-11-26 19:30:01,123 INFO x';
    expect(parseMillisDateTime(python, 0, python.length)).toStrictEqual(parseDateTime(python, 0, python.length));
    expect(parseMillisDateTime(python, 0, python.length)?.format).toBe('python');
    for (const left of ['2026-11-26 11:30:01.123 PM', '2026-11-26T19:30:01.123:5', '2026/11/26 19:30:01.123', '2026-11-26T19:30:01.1234Z', '2026-11-26T19:30:01Z']) {
      expect(parseMillisDateTime(left, 0, left.length)).toBeUndefined();
    }
  });

  it('agrees with parseDateTime on every one-character change of a stamp, every tail and every limit', () => {
    const alphabet = ['0', '1', '2', '3', '5', '6', '9', '-', '/', 'T', 't', ' ', '_', ':', '.', ',', 'Z', 'N', 'a', '\t'];
    for (const tail of TAILS) {
      const line = `2026-11-26T12:30:01.123${tail}`;
      for (let k = 0; k < 24; k++) {
        for (const c of alphabet) {
          const s = line.slice(0, k) + c + line.slice(k + 1);
          for (const limit of [22, 23, s.length]) agree(s, 0, Math.min(limit, s.length));
          agree(`x ${s}`, 2, s.length + 2);
        }
      }
    }
  });

  it('agrees with parseDateTime on generated stamps', () => {
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    const field = (n: number) => fc.array(fc.oneof(digit, digit, digit, fc.constantFrom('-', ':', ' ', 'x')), { minLength: n, maxLength: n }).map((a) => a.join(''));
    fc.assert(
      fc.property(field(4), fc.constantFrom('-', '/'), field(2), field(2), fc.constantFrom('T', ' ', 't', '_'), field(2), field(2), field(2), fc.constantFrom('.', ',', ':'), field(3), fc.constantFrom(...TAILS), fc.nat(30), (y, sep, mo, d, t, h, mi, se, dot, f, tail, cut) => {
        const s = `${y}${sep}${mo}${sep}${d}${t}${h}:${mi}:${se}${dot}${f}${tail}`;
        agree(s, 0, s.length);
        agree(s, 0, Math.min(s.length, 16 + cut));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("parseTimestampAt: C's unpadded `%d:%d:%d.%03ld` (adv41 p42)", () => {
  it('reads a minute or second of one digit before exactly three digits of ms', () => {
    expect(parseTimestampAt('11:20:8.412 node1: got SIGTERM', 0)).toMatchObject({ kind: 'time-of-day', dayMs: 40_808_412, precisionMs: 1, end: 11 });
    expect(parseTimestampAt('9:5:3.007 node2: heartbeat timeout', 0)).toMatchObject({ dayMs: 32_703_007, end: 9 });
    expect(parseTimestampAt('11:5:08.412 x', 0)).toMatchObject({ dayMs: 39_908_412 });
  });

  it('reads no other unpadded form: no fraction, two or four digits of it, or a version-like tail', () => {
    for (const text of ['11:20:8 node1', '11:20:8.41 node1', '11:20:8.4123 node1', '1:2:3.456.7', '11:20:8.412:1', '11:61:8.412 x']) expect(parseTimestampAt(text, 0), text).toBeUndefined();
  });
});

describe("parseTimestampAt: strftime's %Z for a zone without letters (glibc's `-03`, `+04`, `+0545`; adv42 p75)", () => {
  it('reads a numeric abbreviation after a date and time as its offset', () => {
    expect(parse('2026-12-03 14:08:58.764 -03 [node3] WARN heartbeat timeout')).toMatchObject({ ms: Date.UTC(2026, 11, 3, 17, 8, 58, 764), zoned: true, end: 27 });
    expect(parse('2026-12-03 21:08:58.764 +04 node2 x')).toMatchObject({ ms: Date.UTC(2026, 11, 3, 17, 8, 58, 764), zoned: true, end: 27 });
    expect(parse('2026-12-03 22:53:58.764 +0545 node2 x')).toMatchObject({ ms: Date.UTC(2026, 11, 3, 17, 8, 58, 764), zoned: true });
    expect(parse('2026-12-03 14:08:58.764 -03')).toMatchObject({ ms: Date.UTC(2026, 11, 3, 17, 8, 58, 764), zoned: true, end: 27 });
    expect(parse('2026-12-03 14:08:58 -03\tnode3')).toMatchObject({ ms: Date.UTC(2026, 11, 3, 17, 8, 58), zoned: true });
  });

  it("reads it in date(1)'s default output before the year (`Thu Dec  3 14:08:58 -03 2026`)", () => {
    expect(parse('Thu Dec  3 14:08:58 -03 2026')).toMatchObject({ format: 'ctime', ms: Date.UTC(2026, 11, 3, 17, 8, 58), zoned: true, end: 28 });
  });

  it('leaves a signed count after the time alone: a unit after it, more or fewer digits, an hour past 14, a glued word', () => {
    for (const text of ['2026-12-03 14:08:58.764 +10 ms late', '2026-12-03 14:08:58.764 +12 s', '2026-12-03 14:08:58.764 -3 x', '2026-12-03 14:08:58.764 -031 x', '2026-12-03 14:08:58.764 +25 x', '2026-12-03 14:08:58.764 -03x', '2026-12-03 14:08:58.764 -03.5 x', '2026-12-03 14:08:58.764 +10 % cpu', '2026-12-03 14:08:58.764 -12 dBm']) {
      expect(parse(text), text).toMatchObject({ zoned: false, end: 23 });
    }
  });
});

describe("parseTimestampAt: epoch seconds with a decimal comma (C's printf(\"%.6f\") under a de/fr LC_NUMERIC; adv42 p77)", () => {
  it('reads the digits after the comma as the fraction when a space or tab follows them', () => {
    const second = 1_796_316_942_000;
    expect(parse('1796316942,621573 [node1] WARN: received SIGTERM')).toMatchObject({ format: 'epoch-s', ms: second + 621.573, precisionMs: 0.001, end: 17 });
    expect(parse('1796316942,621\tnode1 x')).toMatchObject({ ms: second + 621, precisionMs: 1, end: 14 });
    expect(parse('1796316942,621573123 node1 x')).toMatchObject({ ms: second + 621.573, nanos: 123, precisionMs: 0.001 });
  });

  it("keeps whole seconds for a CSV row's next field, a JSON array, a list in prose, a timespec", () => {
    for (const text of ['1796316942,621573,node1,WARN', '1796316942,42', '1796316942,621573]', '1796316942, 621573 x']) expect(parse(text), text).toMatchObject({ ms: 1_796_316_942_000, precisionMs: 1000, end: 10 });
  });
});

describe('parseTimestampAt: Windows shells (adv57e)', () => {
  const at = (s: string) => parseTimestampAt(s, 0, s.length);

  it("reads PowerShell's default Get-Date (a full weekday and month, a 12-hour clock) as whole seconds", () => {
    expect(at('Saturday, December 5, 2026 4:49:57 PM')).toMatchObject({ kind: 'absolute', ms: Date.UTC(2026, 11, 5, 16, 49, 57), precisionMs: 1000 });
    expect(at('December 5, 2026 4:49:57 AM')).toMatchObject({ ms: Date.UTC(2026, 11, 5, 4, 49, 57) });
    // A weekday that is no full name, or a full name with no comma, is no such date.
    expect(at('Saturdays, December 5, 2026 4:49:57 PM')).toBeUndefined();
    expect(at('Decembers 5, 2026 4:49:57 PM')).toBeUndefined();
  });

  it("reads cmd's `echo %date% %time%` in en-US: the weekday before a numeric date, centiseconds", () => {
    expect(at('Sat 12/05/2026 11:00:41.33')).toMatchObject({ kind: 'absolute', ms: Date.UTC(2026, 11, 5, 11, 0, 41, 330), precisionMs: 10 });
    // A weekday before a bare time of day is no date.
    expect(at('Sat 11:00:41.33')).toBeUndefined();
  });
});
