// What lists kill's signals or reads about kill kills nothing (signal-listings.ts): classifyLine blanks the listing
// commands, reads a signal table's rows as no kill, and readLogEvents drops what such a command printed below it.
import { describe, expect, it } from 'vitest';
import { judgeKills, placeEventsOnClock, readLogText } from '../../src/log-events/index.js';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines } from '../../src/log-events/scan-lines.js';
import { blankSignalListings, isSignalListingOutput, isSignalTableRow } from '../../src/log-events/signal-listings.js';
import { w12Patterns as patterns } from '../support/lesson-line-mask.js';

describe('blankSignalListings', () => {
  it.each([
    ['$ date +%T.%3N; kill -l', '$ date +%T.%3N; '],
    ['$ kill -l 15', '$ '],
    ['$ /bin/kill -L', '$ '],
    ['$ kill --table; kill --list=9', '$ ; '],
    ['$ killall -l', '$ '],
    ['$ kill --help | head -3', '$ | head -3'],
    ['$ man 1 kill', '$ '],
    ['$ help kill | head -6', '$ | head -6'],
    ['$ type -a kill; which kill', '$ ; '],
    ['$ command -v kill', '$ '],
  ])('%s → %s', (command, left) => {
    expect(blankSignalListings(command).replace(/ +/g, ' ')).toBe(left.replace(/ +/g, ' '));
  });

  it('leaves a kill that sends a signal, also beside a listing', () => {
    expect(blankSignalListings('$ kill -9 4207')).toBe('$ kill -9 4207');
    expect(blankSignalListings('$ kill -s TERM 4102')).toBe('$ kill -s TERM 4102');
    expect(blankSignalListings('$ kill -l; kill 4102')).toContain('kill 4102');
    expect(blankSignalListings('$ pkill -l kv_node')).toBe('$ pkill -l kv_node');
    expect(blankSignalListings('$ kill -KILL 4102')).toBe('$ kill -KILL 4102');
  });
});

describe('isSignalTableRow', () => {
  it.each([
    ' 6) SIGABRT\t 7) SIGBUS\t 8) SIGFPE\t 9) SIGKILL\t10) SIGUSR1',
    '11) SIGSEGV\t12) SIGUSR2\t13) SIGPIPE\t14) SIGALRM\t15) SIGTERM',
    '31) SIGSYS\t34) SIGRTMIN\t35) SIGRTMIN+1\t36) SIGRTMIN+2\t37) SIGRTMIN+3',
    ' 8 FPE      9 KILL    10 USR1    11 SEGV    12 USR2    13 PIPE    14 ALRM',
    'HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM',
  ])('a row of a signal table: %s', (row) => {
    expect(isSignalTableRow(row)).toBe(true);
  });

  it.each([
    '07:01:02.345 node1: received SIGTERM, shutting down',
    'SIGTERM',
    '[1]+  Terminated  ./kv_node --id 1',
    'killed SIGKILL 4102',
    '9) SIGKILL sent to node1',
  ])('no row: %s', (text) => {
    expect(isSignalTableRow(text)).toBe(false);
  });
});

describe('isSignalListingOutput', () => {
  const outputOf = (rows: readonly string[]): boolean => {
    const lines = indexLines(rows.join('\n'));
    return isSignalListingOutput(lines, scanLines(lines).kinds, lines.count - 1);
  };

  it('is what a command that only reads about kill printed', () => {
    expect(outputOf(['$ type kill', 'kill is a shell builtin'])).toBe(true);
    expect(outputOf(['$ date +%T.%3N; help kill | head -6', '07:40:02.118', 'kill: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]', '    SIGTERM is assumed.'])).toBe(true);
  });

  it('is not the output of a command that also kills, nor a line with no command above it', () => {
    expect(outputOf(['$ kill -l; kill 4102', 'bash: kill: (4102) - No such process'])).toBe(false);
    expect(outputOf(['$ date +%T.%3N; kill 4102', '07:40:15.774'])).toBe(false);
    expect(outputOf(['kill is a shell builtin'])).toBe(false);
  });
});

describe('a listing before the kill is no kill', () => {
  const TABLE = [' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP', ' 6) SIGABRT\t 7) SIGBUS\t 8) SIGFPE\t 9) SIGKILL\t10) SIGUSR1', '11) SIGSEGV\t12) SIGUSR2\t13) SIGPIPE\t14) SIGALRM\t15) SIGTERM'];
  const judge = (rows: readonly string[]) => {
    const { events } = readLogText(rows.join('\n'), patterns);
    return judgeKills(events, placeEventsOnClock(events)).map((k) => k.event.line + 1);
  };
  const TAIL = ['07:01:02.298 node1: leader (term 2) heartbeat -> node2, node3', '07:01:02.348 node2: lost connection to leader node1 (Connection reset by peer)'];

  it('judges only the real kill after `date; kill -l`, its table, `kill -l 15` and `help kill`', () => {
    expect(judge(['$ date +%T.%3N; kill -l', '07:00:51.207', ...TABLE, '$ date +%T.%3N; kill -s TERM 4102', '07:01:02.345', ...TAIL])).toEqual([7]);
    expect(judge(['$ date +%T.%3N; kill -l 15', '07:00:51.207', 'TERM', '$ date +%T.%3N; kill 4102', '07:01:02.345', ...TAIL])).toEqual([5]);
    expect(judge(['$ date +%T.%3N; help kill | head -2', '07:00:51.207', 'kill: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]', '    Send a signal to a job.', '$ date +%T.%3N; kill 4102', '07:01:02.345', ...TAIL])).toEqual([6]);
  });

  it('reads the table pasted without its command as no kill', () => {
    const { events } = readLogText(['07:00:51.207', ...TABLE, '$ date +%T.%3N; kill 4102', '07:01:02.345', ...TAIL].join('\n'), patterns);
    expect(events.filter((e) => e.kind === 'kill').map((e) => e.line + 1)).toEqual([6]);
  });
});
