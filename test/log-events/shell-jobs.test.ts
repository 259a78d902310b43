// `kill %N`: the job the shell's own job table names (src/log-events/shell-jobs.ts), through readLogText.
import { describe, expect, it } from 'vitest';
import { readLogText } from '../../src/log-events/index.js';
import { findJobEnds, findKilledJob, isTypedLaunch, readBackgroundLaunches } from '../../src/log-events/shell-jobs.js';
import { compileEventPatterns } from '../../src/proof/compile-event-patterns.js';
import { W12_TIMING } from '../proof/helpers.js';

const compiled = compileEventPatterns(W12_TIMING);
if (!compiled.ok) throw new Error(compiled.message);
const patterns = compiled.patterns;

const killTargets = (lines: string[]): (string | undefined)[] => readLogText(lines.join('\n'), patterns).events.filter((e) => e.kind === 'kill').map((e) => e.target);

describe('kill %N (a shell job spec)', () => {
  it('reads the job number of kill %N, with or without a signal, and no other % word', () => {
    expect(['kill %1', 'kill -TERM %2', 'kill -s INT %3', 'date +%T.%3N; kill %1', 'kill 4101', 'kill %%', 'kill %./kv'].map(findKilledJob)).toEqual([1, 2, 3, 1, undefined, undefined, undefined]);
  });

  it("reads the job of a kill of `jobs -p`'s pids (bash's `$(jobs -p %1)`, fish 3's `(jobs -p %1)`), and fish's jobs table (real15)", () => {
    expect(['kill -TERM $(jobs -p %2)', 'date +%T.%3N; kill -TERM (jobs -p %1)', 'kill `jobs -p %3`', 'kill (jobs -p)', 'kill (pgrep -f -- --id)', 'echo (jobs -p %1)'].map(findKilledJob)).toEqual([2, 1, 3, undefined, undefined, undefined]);
    const fish = [
      'root@vm ~/kv# jobs',
      'Job     Group   CPU     State   Command',
      '3       27564   25%     running ./kv_node --id 3 --peers 1=127.0.0.1:27661,2=127.0.0.1:27662,3=127.0.0.1:27663 --client-port 27763 &',
      '2       27546   5%      running ./kv_node --id 2 --peers 1=127.0.0.1:27661,2=127.0.0.1:27662,3=127.0.0.1:27663 --client-port 27762 &',
      '1       27523   7%      running ./kv_node --id 1 --peers 1=127.0.0.1:27661,2=127.0.0.1:27662,3=127.0.0.1:27663 --client-port 27761 &',
    ];
    expect(killTargets([...fish, 'root@vm ~/kv# date +%T.%3N; kill -TERM (jobs -p %1)', '07:43:51.020'])).toEqual(['node1']);
    expect(killTargets([...fish, 'root@vm ~/kv# kill (jobs -p %2)'])).toEqual(['node2']);
    // Near misses: a job no row shows, a row of another table (no CPU share, no state) ties it to nothing.
    expect(killTargets([...fish, 'root@vm ~/kv# kill (jobs -p %4)'])).toEqual([undefined]);
    expect(killTargets(['$ cat jobs.txt', '1       27523   7       ./kv_node --id 1 &', '$ kill (jobs -p %1)'])).toEqual([undefined]);
  });

  it("is the node bash's `[N] <pid>` notice under each `&` launch names, also for the time `date` printed above it", () => {
    const launches = ['$ ./kv_node --id 1 --port 7001 &', '[1] 4101', '$ ./kv_node --id 2 --port 7002 &', '[2] 4102'];
    expect(killTargets([...launches, '$ kill %2'])).toEqual(['node2']);
    expect(killTargets([...launches, '$ date +%T.%3N; kill -TERM %1', '14:05:12.884'])).toEqual(['node1']);
  });

  it("follows a launch loop's values in order (`for i in 1 2 3; do ./kv_node --id $i & done`, `{1..3}`)", () => {
    const notices = ['[1] 4101', '[2] 4102', '[3] 4103'];
    expect(killTargets(['$ for i in 1 2 3; do ./kv_node --id $i & done', ...notices, '$ kill %3'])).toEqual(['node3']);
    expect(killTargets(['$ for n in {1..3}; do ./kv_node --id ${n} --port 700$n & done', ...notices, '$ kill %2'])).toEqual(['node2']);
    // the id as a bare argument (adv22); near miss: a loop of no launch
    expect(killTargets(['$ for i in 1 2 3; do ./kv_node $i & done', ...notices, '$ date +%T.%3N; kill %3', '12:05:09.730'])).toEqual(['node3']);
    expect(killTargets(['$ for i in 1 2 3; do sleep $i & done', ...notices, '$ kill %3'])).toEqual([undefined]);
  });

  it('reads jobs -l rows and bash\'s report of an ended job, and takes the last numbering above the kill (a second session)', () => {
    expect(killTargets(['$ jobs -l', '[1]  4101 Running                 ./kv_node --id 1 --port 7001 &', '[2]- 4102 Running                 ./kv_node --id 2 --port 7002 &', '$ kill %2'])).toEqual(['node2']);
    // bash's report is itself a line of the kill (its job terminated), of the node it names
    expect(killTargets(['$ kill %1', '[1]+  Terminated              ./kv_node --id 3 --port 7003'])).toEqual(['node3', 'node3']);
    const sessions = ['$ ./kv_node --id 1 &', '[1] 4101', '$ kill %1', '$ ./kv_node --id 2 &', '[1] 5101', '$ kill %1'];
    expect(killTargets(sessions)).toEqual(['node1', 'node2']);
  });

  it("takes bash's report of the ended job below the kill when the rows above tie the job to no node", () => {
    // The launch command was not pasted: only its notice `[1] 4101` shows, and no line ties pid 4101 to a node.
    expect(killTargets(['[1] 4101', '$ date +%T.%3N; kill %1', '10:00:00.100', '[1]+  Terminated              ./kv_node --id 1 --port 7001 > n1.log 2>&1'])).toEqual(['node1', 'node1']);
  });

  it("ties a notice to a launch typed where no prompt shows, or glued to the record a running job printed (real14's tmux)", () => {
    const launches = [
      '$ ./raft_node --id 1 &',
      '[1] 12778',
      // The prompt's row was taken by node1's record; the next launch was typed on a bare row, glued to another record.
      './raft_node --id 2 --port-base 29710 &I20261202 04:56:51.095820 12778 raft_node.cc:276] election timeout after 242ms',
      '',
      '[2] 12782',
      './raft_node --id 3 --port-base 29710 &',
      '[3] 12786',
    ];
    expect(killTargets([...launches, '$ kill %2'])).toEqual(['node2']);
    expect(killTargets([...launches, '$ kill %3'])).toEqual(['node3']);
    // A log line with an ampersand and no launch leaves the notice to the launch above it.
    expect(killTargets(['$ ./kv_node --id 1 &', 'I20261202 04:56:51.095820 4101 kv.cc:12] a && b', '[1] 4101', '$ kill %1'])).toEqual(['node1']);
  });

  it('reads a `date …; kill %N` typed on a row no prompt starts (a job\'s output took the prompt\'s row) as the command it is', () => {
    const launches = ['sam@lab:~$ ./kv_node --id 1 &', '[1] 4101', 'sam@lab:~$ ./kv_node --id 2 &', '[2] 4102', '2026-12-02T07:00:00.000Z node1 INFO  became leader (term 2)'];
    expect(killTargets([...launches, 'date +%T.%3N; kill -TERM %1', '07:00:05.123'])).toEqual(['node1']);
    expect(killTargets([...launches, '/opt/homebrew/bin/gdate +%T.%3N && kill %2', '07:00:05.123'])).toEqual(['node2']);
  });

  it('ties a job whose launch names no node to none (a script, a loop variable it cannot read)', () => {
    expect(killTargets(['$ ./run_cluster.sh &', '[1] 51020', '$ kill %1'])).toEqual([undefined]);
    expect(killTargets(['$ kill %1'])).toEqual([undefined]);
  });
});

// The one definition of a launch typed where no prompt shows and of the jobs a command sends to the background: the
// line scan (a command, no log line; a background launch starts no section) and the job table (whose `[N] pid`
// notices follow it) both read them here.
describe('a typed background launch (isTypedLaunch, readBackgroundLaunches)', () => {
  it('is a launch first on the row: a path, assignments, a wrapper, an interpreter and its script, naming its node', () => {
    const launches = [
      './kv_node --id 1 &',
      'GLOG_logtostderr=1 ./raft_node --id 2 --port-base 29710 --no-node-tag &',
      'RUST_LOG="raft=debug" NODE_ENV=dev ./target/release/kv_node --id 2 &',
      'nohup ./kv_node --id 1 > logs/node1.log 2>&1 &',
      'timeout 5 ./build/kv_node --id 3 --port 7003',
      '\t./build/kv_node --id 2',
      '+ ./kv_node --id 2 --port 7002',
      '~/kv/kv_node --id 1 &',
      '../build/kv_node --id 1 &',
      'python3 raft_node.py --id 3 --base-port 27700 &',
      'python3 -u raft_node.py --id 3 &',
      'python3 -m raft.node --id 2 &',
      'node node.js --id 3 --port-base 29740  &',
      'java -Xmx256m -jar build/kv.jar --id 1 &',
      'go run ./cmd/kv --id 2 &',
      'cargo run --release -- --id 2 &',
      // fish's title before the row it redraws
      './kv_node     ./kv_node --id 2 --peers 1=127.0.0.1:27661,2=127.0.0.1:27662 --client-port 27762 &',
      // two jobs, each naming its node (no one --id for the row)
      './kv_node --id 1 & ./kv_node --id 2 &',
      // a running job's record printed right after the `&` as the launch was typed (real14, real15)
      './raft_node --id 2 --port-base 29710 &I20261202 04:56:51.095820 12778 raft_node.cc:276] election timeout after 242ms',
    ];
    expect(launches.filter((row) => !isTypedLaunch(row))).toEqual([]);
  });

  it('is no row that only mentions a launch, names no node, or starts with anything but a launch (near misses)', () => {
    const rows = [
      'echo "./kv_node --id 1 &"',
      "echo './kv_node --id 1' &",
      'kill %1 && ./kv_node --id 1 &',
      'I20261202 04:56:51.095820 4101 kv.cc:12] peer command: ./kv_node --id 2 &',
      '2026-12-02T07:00:00.000Z INFO  launching ./kv_node --id 1 & waiting',
      'INFO ./kv_node --id 1 &',
      // zsh's history: a number and a time first
      ' 1040  2026-11-30 13:35  ./kv_node --id 2 --log data/node2/node.log &',
      // journald's `-o verbose` and `-o export` fields: a record's, no typed assignment
      '    _CMDLINE=node /usr/lib/kv/kv_node.js --id 1 --peers 1=127.0.0.1:46371',
      '_CMDLINE=node /usr/lib/kv/kv_node.js --id 1',
      // an interpreter's word with no script after it; a bare program on the PATH
      'node started with --id 2 &',
      'python3 --version --id 2',
      'kv_node --id 1 &',
      // names no node: no id flag, two, or a positional id
      './kv_node &',
      './kv_node --id 1 --id 2 &',
      'python3 node.py 2 &',
      // a prompt the line scan does not know is no row without a prompt (shell-prompt.ts decides prompts)
      'vm# ./kv_node --id 1 &',
      '& ./kv_node --id 2 &',
      '',
    ];
    expect(rows.filter((row) => isTypedLaunch(row))).toEqual([]);
  });

  it('reads a row of a paste in place, its start and end bounding it', () => {
    const text = 'I20261202 04:56:51.095820 12778 x.cc:1] up\nnohup ./kv_node --id 3 &\n';
    expect(isTypedLaunch(text, text.indexOf('nohup'), text.length - 1)).toBe(true);
    expect(isTypedLaunch(text, 0, text.indexOf('\n'))).toBe(false);
    // the launch's program ends past the row's end: no launch of this row
    expect(isTypedLaunch('./kv_node --id 1 &', 0, 5)).toBe(false);
  });

  it("is each lone `&`'s job, in order: not `&&`, a redirection's, `|&`, nor one in quotes", () => {
    const cases: [string, (string | undefined)[]][] = [
      ['./kv_node --id 1 &', ['node1']],
      ['./kv_node --id 1 > n1.log 2>&1 &', ['node1']],
      ['./kv_node --id 1 &> n1.log &', ['node1']],
      ['./kv_node --id 1 & ./kv_node --id 2 & ./kv_node --id 3', ['node1', 'node2']],
      ['./kv_node --id 1 & sleep 1; ./kv_node --id 2', ['node1']],
      // fish's right prompt and a glued record after the `&`
      ['./kv_node --id 1 --client-port 27781 &                                Wed 02 Dec', ['node1']],
      ['./kv_node --id 2 --client-port 27702 &2026-12-02T07:42:55.002Z node1 INFO  election timeout fired', ['node2']],
      ['./run_cluster.sh &', [undefined]],
      ['for i in 1 2 3; do ./kv_node --id $i & done', ['node1', 'node2', 'node3']],
      ['for n in {1..2}; do ./kv_node --id ${n} > n$n.log 2>&1 & done', ['node1', 'node2']],
      // a loop giving its small number to a launch as a bare argument (a C node's argv[1], adv22); near misses: inside a
      // word, an option's value, a port's number, no launch
      ['for i in 1 2 3; do ./kv_node $i & done', ['node1', 'node2', 'node3']],
      ['for i in {1..2}; do python3 node.py "${i}" > n$i.log 2>&1 & done', ['node1', 'node2']],
      ['for i in 1 2; do ./kv_node --port 700$i & done', [undefined, undefined]],
      ['for i in 1 2; do ./kv_node -n $i & done', [undefined, undefined]],
      ['for p in 7001 7002; do ./kv_node $p & done', [undefined, undefined]],
      ['for i in 1 2; do sleep $i & done', [undefined, undefined]],
      // near misses: nothing runs in the background
      ['./kv_node --id 1', []],
      ['./kv_node --id 1 && ./kv_node --id 2', []],
      ['./kv_node --id 1 2>&1 | tee n1.log', []],
      ['./kv_node --id 1 |& tee n1.log', []],
      ['./kv_node --id 1 &>/dev/null', []],
      ['./kv_node --id 1 >&2', []],
      ['echo "./kv_node --id 1 &"', []],
      ['echo started \\& ./kv_node --id 1', []],
      ['kill %1 && date', []],
      // a loop whose launches run in the foreground, one after another (its `2>&1` sends none to the background)
      ['for i in 1 2 3; do ./kv_node --id $i > n$i.log 2>&1; done', []],
    ];
    expect(cases.map(([command]) => readBackgroundLaunches(command))).toEqual(cases.map(([, nodes]) => nodes));
    expect(findJobEnds('a & b && c 2>&1 & "d & e"')).toEqual([2, 16]);
  });

  it("ties a notice to a typed launch the scan leaves a log line, never to a record quoting one (near miss)", () => {
    const typed = ['$ ./kv_node --id 1 &', '[1] 4101', 'GLOG_logtostderr=1 ./kv_node --id 2 --port 7002 &', '[2] 4102'];
    expect(killTargets([...typed, '$ kill %2'])).toEqual(['node2']);
    const quoted = ['$ ./kv_node --id 1 &', '[1] 4101', 'I20261202 04:56:51.095820 4101 kv.cc:12] peer command: ./kv_node --id 2 &', '[2] 4102'];
    expect(killTargets([...quoted, '$ kill %2'])).toEqual([undefined]);
  });
});
