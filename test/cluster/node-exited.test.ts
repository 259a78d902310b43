// A node that dies under the harness reads the same whether it is a bundled kv_node or a student's node from a
// --cluster template: NODE_EXITED with its exit code or signal, its last lines of output and its log. Real kv_node
// processes; a preload (fixtures/processes/crash-on-sigusr2.cjs) makes one crash on SIGUSR2 with a line on stderr.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWorkDirPathNotFound, nodeExitedError, NO_OUTPUT, readOutputTail } from '../../src/cluster/node-exited.js';
import { openScenarioCluster, type ScenarioCluster } from '../../src/cluster/scenario-cluster.js';
import { isVerifyLessonError } from '../../src/errors.js';
import type { NodeExitedArgs } from '../../src/findings/finding.js';
import { fixture, kvNodeScript } from '../support/processes.js';
import { waitFor } from '../support/wait-for.js';

let workDir: string;
let cluster: ScenarioCluster | undefined;
const savedNodeOptions = process.env.NODE_OPTIONS;
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'node-exited-test-'));
  // The nodes inherit this process's environment.
  process.env.NODE_OPTIONS = `--require ${fixture('crash-on-sigusr2.cjs')}`;
});
afterEach(async () => {
  if (savedNodeOptions === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = savedNodeOptions;
  await cluster?.stop();
  cluster = undefined;
  rmSync(workDir, { recursive: true, force: true });
});

// The error a call throws, as `code: message`.
async function failure(call: () => unknown): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (isVerifyLessonError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a VerifyLessonError');
}

const template = `node ${kvNodeScript} --id {id} --peers {peers} --client-port {client_port} --data-dir {data_dir}`;

describe.each([
  ['bundled kv_node', undefined],
  ['student template', template],
] as const)('NODE_EXITED from a %s cluster', (_, command) => {
  it('names the node, its exit code, its last output and its log, at the start check and while waiting for a leader', async () => {
    cluster = await openScenarioCluster({ workDir, ...(command === undefined ? {} : { command }) });
    // Up and electing (a student's node only then surely runs the preload that handles SIGUSR2).
    await cluster.waitForLeader({ timeoutMs: 10_000 });
    process.kill(cluster.pid(2)!, 'SIGUSR2');
    await waitFor('node2 to exit', () => !cluster!.isRunning(2), 5000);
    const log = join(workDir, 'data/node2/node.log').replace(/[/.]/g, (c) => `\\${c}`);
    // The crash line is the last output line quoted (a student's node also printed its log lines before it).
    const lastOutput = String.raw`last output: (?:"[^"]*" \/ ){0,2}"fatal: simulated crash on SIGUSR2"`;
    const started = await failure(() => cluster!.assertRunning());
    expect(started).toMatch(new RegExp(String.raw`^NODE_EXITED: started, then node2 exited \(exit code 3\); ${lastOutput} \(see ${log}\)$`));
    const waiting = await failure(() => cluster!.waitForLeader({ timeoutMs: 3000, exclude: 1 }));
    expect(waiting).toMatch(new RegExp(String.raw`^NODE_EXITED: node2 exited \(exit code 3\); ${lastOutput} \(see ${log}\)$`));
  });
});

describe('NODE_EXITED while a bundled node starts', () => {
  it('quotes what kv_node said on stderr and its exit code', async () => {
    const message = await failure(async () => {
      cluster = await openScenarioCluster({ workDir, nodeArgs: ['--no-such-flag'] });
    });
    expect(message).toMatch(/^NODE_EXITED: node\d exited while starting \(exit code 2\); last output: "kv_node: [^"]*no-such-flag[^"]*" \(see \S+\/data\/node\d\/node\.log\)$/);
  });
});

describe('nodeExitedError', () => {
  const run = (command = './my-node --id 1') => ({ workDir: '/tmp/run', command });
  const exitedAfter = (text: string, code = 127, command?: string) =>
    nodeExitedError([{ id: 1, exit: { code, signal: null }, output: readOutputTail(NO_OUTPUT, text, run(command)), logPath: '/tmp/run/data/node1/node.log' }], 'started', '/tmp/run').message;
  const exitedWith = (line: string) => exitedAfter(line);
  const hint = "the template runs in the run's work dir /tmp/run";
  it('tells a student whose relative program path was not found that the template runs in the work dir', () => {
    expect(exitedWith('sh: 1: exec: ./my-node: not found')).toContain(hint);
    expect(exitedWith('/bin/sh: 1: ./my-node: not found')).toContain(hint);
    expect(exitedWith("/usr/bin/python3: can't open file '/tmp/run/node.py': [Errno 2] No such file or directory")).toContain(hint);
  });

  it("tells a `cargo run` template that found no Cargo.toml in the work dir to name its manifest", () => {
    const message = exitedWith('error: could not find `Cargo.toml` in `/tmp/run` or any parent directory');
    expect(message).toContain(hint);
    expect(message).toContain('cargo: cargo run --manifest-path "$PWD/Cargo.toml" -- …');
    expect(exitedWith('sh: 1: exec: ./my-node: not found')).not.toContain('cargo');
    // Read where the finding is made, a typed arg the formatter words.
    const cargo = nodeExitedError([{ id: 1, exit: { code: 101, signal: null }, output: readOutputTail(NO_OUTPUT, 'error: could not find `Cargo.toml` in `/tmp/run` or any parent directory', run()), logPath: '/tmp/run/data/node1/node.log' }], 'started', '/tmp/run');
    expect((cargo.details as NodeExitedArgs).cargoManifestNotFound).toBe(true);
    expect(isWorkDirPathNotFound('error: could not find `Cargo.toml` in `/tmp/run` or any parent directory', run())).toBe(true);
    expect(isWorkDirPathNotFound('error: could not find `Cargo.toml` in `/tmp/runner` or any parent directory', run())).toBe(false);
  });

  it("quotes a node's not-found line from before its last lines (Node's module error is followed by a stack)", () => {
    const notFoundLine = "Error: Cannot find module '/tmp/run/my-node.js'";
    const message = exitedAfter(
      ['node:internal/modules/cjs/loader:1228', '  throw err;', '  ^', '', notFoundLine, '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)', '    at node:internal/main/run_main_module:28:49 {', "  code: 'MODULE_NOT_FOUND',", '  requireStack: []', '}', '', 'Node.js v20.20.2'].join('\n'),
      1,
    );
    expect(message).toContain(`last output: "${notFoundLine}"`);
    expect(message).toContain(hint);
    expect(message).not.toContain('requireStack');
  });

  it('takes as a not-found line only one naming a path under the work dir', () => {
    expect(isWorkDirPathNotFound("Error: Cannot find module '/tmp/run/my-node.js'", run())).toBe(true);
    expect(isWorkDirPathNotFound("Error: Cannot find module '/home/me/kv/my-node.js'", run())).toBe(false);
    // A node's own words while it runs.
    expect(isWorkDirPathNotFound('GET k7: key not found', run())).toBe(false);
  });

  it('does not, when the path not found was absolute and outside the work dir (a wrong path, not a relative one)', () => {
    const message = exitedWith("/usr/bin/python3: can't open file '/home/me/kv/node.py': [Errno 2] No such file or directory");
    expect(message).not.toContain(hint);
    expect(message).toBe(
      `started, then node1 exited (exit code 127); last output: "/usr/bin/python3: can't open file '/home/me/kv/node.py': [Errno 2] No such file or directory" (see /tmp/run/data/node1/node.log)`,
    );
  });

  it("tells a JVM that found no main class on a classpath relative to the work dir, and python -m that found no module, where they looked", () => {
    const jvm = 'Error: Could not find or load main class Main\nCaused by: java.lang.ClassNotFoundException: Main';
    for (const command of ['java -cp node/classes Main --id 1', 'java -classpath "lib/*:node/classes" Main', 'java Main --id 1', "java -cp '$PWD/node/classes' Main"]) {
      const message = exitedAfter(jvm, 1, command);
      expect(message, command).toContain('last output: "Error: Could not find or load main class Main" (see');
      expect(message, command).toContain(hint);
    }
    // An absolute classpath, or one read from the dir the template changed to: the class is missing, not the dir.
    for (const command of ['java -cp /home/me/kv/classes Main', 'cd /home/me/kv && java -cp classes Main']) expect(exitedAfter(jvm, 1, command), command).not.toContain(hint);
    expect(exitedAfter('/usr/bin/python3: No module named kvnode', 1, 'python3 -m kvnode --id 1')).toContain(hint);
    expect(exitedAfter("/usr/bin/python3: Error while finding module specification for 'kv.node' (ModuleNotFoundError: No module named 'kv')", 1, 'python3 -m kv.node')).toContain(hint);
    // A package the node imports and the machine lacks is no path of the template.
    const missingPackage = ['Traceback (most recent call last):', '  File "/home/me/kv/node.py", line 1, in <module>', "ModuleNotFoundError: No module named 'requests'"].join('\n');
    expect(exitedAfter(missingPackage, 1, 'python3 /home/me/kv/node.py')).not.toContain(hint);
    expect(exitedAfter('Error: Unable to access jarfile node/kv.jar', 1, 'java -jar node/kv.jar')).toContain(hint);
    expect(exitedAfter('Error: Unable to access jarfile /home/me/kv.jar', 1, 'java -jar /home/me/kv.jar')).not.toContain(hint);
  });

  // A stack trace's last lines are frames: the exception they belong to says why the node ended.
  const javaTrace = [
    'Exception in thread "main" java.lang.NumberFormatException: For input string: "x"',
    '\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)',
    '\tat java.base/java.lang.Integer.parseInt(Integer.java:630)',
    '\tat java.base/java.lang.Integer.parseInt(Integer.java:786)',
    '\tat Main.main(Main.java:66)',
  ];
  it("quotes the exception of a Java, Node or Python stack trace the output ends with, not its last frames", () => {
    expect(exitedAfter(['2026/12/03 16:55:08.655 | n1 | node up', ...javaTrace].join('\n'), 1)).toBe(
      'started, then node1 exited (exit code 1); last output: "Exception in thread \\"main\\" java.lang.NumberFormatException: For input string: \\"x\\"" (see /tmp/run/data/node1/node.log)',
    );
    const node = ['/home/me/kv/node.js:12', "    const port = Number(args.get('port').trim());", '                                         ^', '', "TypeError: Cannot read properties of undefined (reading 'trim')", '    at main (/home/me/kv/node.js:12:42)', '    at Object.<anonymous> (/home/me/kv/node.js:40:1)', '', 'Node.js v20.20.2'];
    expect(exitedAfter(node.join('\n'), 1)).toContain(`last output: "TypeError: Cannot read properties of undefined (reading 'trim')" (see`);
    const python = ['Traceback (most recent call last):', '  File "/home/me/kv/node.py", line 80, in <module>', '    main()', '  File "/home/me/kv/node.py", line 61, in main', "    peers = args['peers']", '            ~~~~^^^^^^^^^', "KeyError: 'peers'"];
    expect(exitedAfter(python.join('\n'), 1)).toContain(`last output: "KeyError: 'peers'" (see`);
  });

  it("quotes a chained Java exception's head and its last cause; a Node error's properties and a Python chain's last exception", () => {
    const chained = [...javaTrace.slice(0, 2), 'Caused by: java.net.BindException: Address already in use', '\tat java.base/sun.nio.ch.Net.bind0(Native Method)', '\t... 3 more'];
    expect(exitedAfter(chained.join('\n'), 1)).toContain('last output: "Exception in thread \\"main\\" java.lang.NumberFormatException: For input string: \\"x\\"" / "Caused by: java.net.BindException: Address already in use" (see');
    const node = ['Error: listen EADDRINUSE: address already in use 127.0.0.1:4001', '    at Server.setupListenHandle [as _listen2] (node:net:1817:16)', '    at listenInCluster (node:net:1865:12) {', "  code: 'EADDRINUSE',", "  errno: -98,", '}', '', 'Node.js v20.20.2'];
    expect(exitedAfter(node.join('\n'), 1)).toContain('last output: "Error: listen EADDRINUSE: address already in use 127.0.0.1:4001" (see');
    const python = ['Traceback (most recent call last):', '  File "n.py", line 3, in <module>', "KeyError: 'peers'", '', 'During handling of the above exception, another exception occurred:', '', 'Traceback (most recent call last):', '  File "n.py", line 5, in <module>', 'SystemExit: no peers'];
    expect(exitedAfter(python.join('\n'), 1)).toContain('last output: "SystemExit: no peers" (see');
  });

  it('quotes the last lines when the output goes on after a stack trace (an exception the node logged and survived)', () => {
    const text = [...javaTrace, 'retrying in 100 ms', 'fatal: gave up on --peers', 'exiting'].join('\n');
    expect(exitedAfter(text, 2)).toContain('last output: "retrying in 100 ms" / "fatal: gave up on --peers" / "exiting" (see');
    const python = ['Traceback (most recent call last):', '  File "n.py", line 3, in <module>', 'ConnectionRefusedError: [Errno 111] Connection refused', 'node3: giving up'];
    expect(exitedAfter(python.join('\n'), 2)).toContain('last output: "  File \\"n.py\\", line 3, in <module>" / "ConnectionRefusedError: [Errno 111] Connection refused" / "node3: giving up" (see');
  });
});

// Exit code 126 (found but not runnable): the file the shell was refused running and the interpreter its extension
// names are read where the finding is made, into typed args; the formatter only words them.
describe('nodeExitedError for exit code 126', () => {
  const log = '/tmp/run/data/node1/node.log';
  const exited = (lines: string[], code = 126) =>
    nodeExitedError([{ id: 1, exit: { code, signal: null }, output: readOutputTail(NO_OUTPUT, lines.join('\n')), logPath: log }], 'started');
  const argsOf = (lines: string[], code?: number) => (exited(lines, code).details as NodeExitedArgs).notExecutable;

  it("reads the file dash's, bash's and zsh's words name, and its interpreter, into typed args", () => {
    expect(argsOf(['sh: 1: exec: /home/ana/kv/my-node.js: Permission denied'])).toEqual({ file: '/home/ana/kv/my-node.js', interpreter: 'node' });
    expect(argsOf(['bash: line 1: ./raft.py: Permission denied'])).toEqual({ file: './raft.py', interpreter: 'python3' });
    expect(argsOf(['zsh:1: permission denied: /srv/kv/node'])).toEqual({ file: '/srv/kv/node' });
    expect(argsOf(['exec format error'])).toEqual({});
    expect(argsOf(['sh: 1: exec: /home/ana/kv/my-node.js: Permission denied'], 1)).toBeUndefined();
  });

  it('words them as before: the file, chmod +x, its #! and its interpreter', () => {
    expect(exited(['sh: 1: exec: /home/ana/kv/my-node.js: Permission denied']).message).toBe(
      `started, then node1 exited (exit code 126: not executable); last output: "sh: 1: exec: /home/ana/kv/my-node.js: Permission denied" (see ${log}); ` +
        '/home/ana/kv/my-node.js is not executable: chmod +x /home/ana/kv/my-node.js (its first line a #! naming its interpreter, e.g. #!/usr/bin/env node), ' +
        'or start it through its interpreter in the template (node /home/ana/kv/my-node.js …)',
    );
    expect(exited(['exec format error']).message).toBe(`started, then node1 exited (exit code 126: not executable); last output: "exec format error" (see ${log}); the command was found but could not be run: is the file executable (chmod +x) and built for this machine?`);
    expect(exited(['sh: 1: exec: /home/ana/kv/my-node.js: Permission denied'], 1).message).not.toContain('chmod');
  });
});

describe("NODE_EXITED from a student's node that throws at start", () => {
  it('quotes the exception its stack trace belongs to, not the frames after it', async () => {
    // A real Node.js crash: the `--id {id}` it reads is there, what it calls is not.
    cluster = await openScenarioCluster({ workDir, command: `node -e "const id = process.argv.at(-1); null.port" -- --id {id}` });
    await waitFor('the nodes to exit', () => [1, 2, 3].every((id) => !cluster!.isRunning(id)), 10_000);
    expect(await failure(() => cluster!.assertRunning())).toMatch(
      /^NODE_EXITED: started, then node1 exited \(exit code 1\), node2 exited \(exit code 1\), node3 exited \(exit code 1\); node\d's last output: "TypeError: Cannot read properties of null \(reading 'port'\)" \(see \S+\/data\/node1\/node\.log\)$/,
    );
  });
});

describe("NODE_EXITED from a student's java whose classpath is relative", () => {
  it('names the work dir the JVM looked in', async () => {
    cluster = await openScenarioCluster({ workDir, command: 'java -cp node/classes Main --id {id} --peers {peers}' });
    await waitFor('the JVMs to exit', () => [1, 2, 3].every((id) => !cluster!.isRunning(id)), 20_000);
    const message = await failure(() => cluster!.assertRunning());
    expect(message).toContain(`last output: "Error: Could not find or load main class Main" (see ${workDir}/data/node1/node.log); the template runs in the run's work dir ${workDir}, not where you started verify-lesson`);
  }, 30_000);
});
