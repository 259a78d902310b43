import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPromptTime, readShellPrompt, startsWithShellPrompt } from '../../src/log-events/shell-prompt.js';

const promptOf = (line: string): string | undefined => {
  const prompt = readShellPrompt(line, 0, line.length);
  return prompt === undefined ? undefined : line.slice(0, prompt.end);
};

describe('readShellPrompt: the one definition of a prompt in front of a typed command', () => {
  it.each([
    ['$ kill -TERM 4242', '$'],
    ['$', '$'],
    ['% kill 4242', '%'],
    ['❯ kill 4242', '❯'],
    ['student@box:~/kv$ kill 4242', 'student@box:~/kv$'],
    ['root@box:~# kill 4242', 'root@box:~#'],
    ['~/kvml $ dune exec bin/kv_node.exe -- --id 1 --peers 2,3', '~/kvml $'],
    ['user@host ~/kv $ kill 4242', 'user@host ~/kv $'],
    ['~/raft ❯ date +%T.%3N; kill 27266', '~/raft ❯'],
    ['bash-5.2# bash -x ./killer.sh 21190', 'bash-5.2#'],
    ['~/raft > date +%T.%3N; kill 24097', '~/raft >'],
    ['student@mbp kv % kill 4242', 'student@mbp kv %'],
    ['[student@lab kv]$ kill 4242', '[student@lab kv]$'],
    ['(venv) student@lab:~/kv$ python kv.py', '(venv) student@lab:~/kv$'],
    ['student@lab:~/raft-kv date +%T.%3N; kill 27089', 'student@lab:~/raft-kv'],
    ['student@lab:~/raft-kv pgrep -a kv_node', 'student@lab:~/raft-kv'],
    ['root@vm:/srv/kv ./kv_node --id 1', 'root@vm:/srv/kv'],
    ['/srv/kv # kill 4242', '/srv/kv #'],
    ['bash-5.1$ kill 4242', 'bash-5.1$'],
    ['loghost$ grep kvnode /var/log/remote/kv.log', 'loghost$'],
    ['PS C:\\src\\kv> taskkill /PID 11872 /F', 'PS C:\\src\\kv>'],
    ['PS /home/ana/raft> (Get-Date).ToString("HH:mm:ss.fff"); kill 9343', 'PS /home/ana/raft>'],
    ['PS ~/raft> kill 9343', 'PS ~/raft>'],
    ['C:\\kv>type data\\node1\\node.log', 'C:\\kv>'],
    // PowerShell's prompt with its path left out, as its docs and many tutorials write it (adv39).
    ['PS> dotnet run --project RaftKv -- --id 1', 'PS>'],
    // A notebook cell's shell escape on its own row (Jupyter, Colab: adv73b-21/-56).
    ['!date +%T.%3N; kill 2893', '!'],
    ['!tail -n 5 data/node1/node.log', '!'],
    // fish's default prompt with its git branch and last status (adv47b).
    ['alex@arch ~/raft (main)> date +%T.%3N; kill 4101', 'alex@arch ~/raft (main)>'],
    ['alex@arch ~/raft (main) [1]> tail -n 3 data/node2/node.log', 'alex@arch ~/raft (main) [1]>'],
    ['(kv1@raft-lab)2> init:stop().', '(kv1@raft-lab)2>'],
    ['iex(kv1@raft-lab)1> System.stop()', 'iex(kv1@raft-lab)1>'],
    // fish 3 (real15): a user's `>` glued to the directory, a clock in front, the last status `[1]` before the sigil.
    ['sam@lab ~/kv> kill -TERM (jobs -p %1)', 'sam@lab ~/kv>'],
    ['[07:43:58] sam@lab ~/kv> kill -TERM %1', '[07:43:58] sam@lab ~/kv>'],
    ['root@vm ~/kv [1]# date +%T.%3N; kill -TERM (jobs -p %1)', 'root@vm ~/kv [1]#'],
    ['sam@lab ~/kv [1]> kill 4101', 'sam@lab ~/kv [1]>'],
  ])('%s → %s', (line, prompt) => {
    expect(promptOf(line)).toBe(prompt);
  });

  it.each([
    '# infra1 is the leader',
    '> quoted line',
    'kv2@raft-lab: heartbeat timeout 50% done',
    'INFO /data 90 % full',
    'progress 50% done',
    'mbp% kill 4242',
    'node2 heartbeat timeout',
    'kv_node: [INFO] [2026-12-01T09:40:11.203-00:00] [raft.n1] listening on 127.0.0.1:9001',
    '[2026-12-01 09:40:11] $ kill 4242',
    '2026-12-01T09:40:11Z $ kill 4242',
    'C:\\logs\\node1.log:19:30:01.123 heartbeat timeout',
    '$HOME/kv is the work dir',
    // Near misses of fish's: a `>` alone or glued to a word showing no user, host or directory; a status group with none before it.
    '> kill 4101',
    'node1> heartbeat timeout',
    'raft> election timeout fired',
    '[1]# kill 4101',
    '[1] 4101',
    'PS>hello',
    'PSX> kill 4101',
    // A `#` ends no word but a shell's name and version; a `>` or `❯` alone ends none after an unmarked word.
    'issue# 4101 closed',
    'raft-5.2# kill 4101',
    'node1 > heartbeat timeout',
    'leader ❯ node2',
    // bash's default shape without its sigil only before a command: not a writer's column or an address.
    'kv2@raft-lab: election timeout fired',
    'student@lab:~/raft-kv',
    'student@lab:~/raft-kv 2026-12-06 received SIGTERM',
    'node1@10.0.0.1:7001 heartbeat timeout',
  ])('%s is no prompt', (line) => {
    expect(readShellPrompt(line, 0, line.length)).toBeUndefined();
  });

  it("reads IPython's and a notebook cell's shell escape as a prompt (adv54e-13), not a bracketed count or a `!` before no command", () => {
    expect(readShellPrompt('[7]: !date +%T.%N; kill 7857', 0, 28)?.end).toBe(6);
    expect(readShellPrompt('In [12]: !grep -H "" data/node*/node.log', 0, 40)?.end).toBe(10);
    expect(readShellPrompt('!date', 0, 5)?.end).toBe(1);
    for (const line of ['[7]: ! date', '[7]: node2 up', '[1] 4101', '! date', '!important: heartbeat timeout', '!dated entry']) expect(readShellPrompt(line, 0, line.length), line).toBeUndefined();
  });

  it("names the node an Erlang shell's prompt is in, and no other prompt's", () => {
    expect(readShellPrompt('(kv1@raft-lab)2> init:stop().', 0, 29)?.node).toBe('kv1@raft-lab');
    expect(readShellPrompt('student@box:~/kv$ kill 4242', 0, 27)?.node).toBeUndefined();
  });
});

describe("isPromptTime: a time the shell prompt shows, drawn before the command was typed", () => {
  const at = (line: string, stamp: string): boolean => isPromptTime(line, 0, line.length, line.indexOf(stamp) + stamp.length);
  it.each([
    ['[14:05:31] sam@lab:~/kv$ kill 4101', '14:05:31', true],
    ['14:05:31 sam@lab ~/kv % kill 4101', '14:05:31', true],
    ['[14:05:31] (venv) sam@lab:~/kv$ kill 4101', '14:05:31', true],
    ['sam@lab:~/kv$ date +%T; kill 4101 # 14:05:31', '14:05:31', false],
    ['2026-12-01T14:05:31.000Z $ kill -TERM 4242', '14:05:31.000Z', false],
    ['14:05:31.102 [node1] received SIGTERM', '14:05:31.102', false],
    ['[14:05:31] node1: shutting down', '14:05:31', false],
    // A right prompt's clock (zsh's RPROMPT, fish_right_prompt): padded to the row's end, drawn with the prompt (adv58c).
    [`~/raft ❯ date +%T.%3N; kill 27266${' '.repeat(40)}18:28:38.855`, '18:28:38.855', true],
    [`~/raft > kill 20978${' '.repeat(60)}18:20:18  `, '18:20:18', true],
    [`sam@lab:~/kv$ kill 4101${' '.repeat(20)}# 14:05:31`, '14:05:31', false],
    ['sam@lab:~/kv$ kill 4101 14:05:31', '14:05:31', false],
  ])('%s: %s', (line, stamp, expected) => {
    expect(at(line, stamp)).toBe(expected);
  });
});

describe('startsWithShellPrompt: readShellPrompt of a row, refused early when no prompt can end in it', () => {
  const readsPrompt = (row: string): boolean => readShellPrompt(row, 0, row.length) !== undefined;
  it('agrees with readShellPrompt on prompts, log rows and generated rows', () => {
    const rows = [
      'student@box:~/kv$ kill 4242', 'PS C:\\src\\kv> taskkill /PID 11872 /F', '(kv1@raft-lab)2> init:stop().', '❯ kill 4242', 'sam@lab ~/kv> kill',
      'data/node1/node.log:2026-11-26T19:30:00.881Z node1 DEBUG append entries from leader node1 term=3',
      '2026-11-26T19:30:00.881Z node1 DEBUG append', '[1]+  Running  ./kv_node --id 1 &', 'kv2@raft-lab: 50% done', '',
    ];
    for (const row of rows) expect(startsWithShellPrompt(row), row).toBe(readsPrompt(row));
    expect(rows.filter(startsWithShellPrompt)).toHaveLength(5);
    const alphabet = fc.constantFrom('$', '#', '%', '>', '❯', 'a', 'Z', 'P', 'S', 'C', '1', '9', '/', '~', '@', '[', ']', '(', ')', ':', '\\', ' ', '\t', '-', '.', 'i', 'e', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }), (chars) => {
        const row = chars.join('');
        expect(startsWithShellPrompt(row)).toBe(readsPrompt(row));
      }),
      { numRuns: 5000 },
    );
  });
});
