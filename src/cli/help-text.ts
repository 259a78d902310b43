// The CLI reference, also copied into the README.
export const HELP_TEXT = `verify-lesson — proof checker for hands-on distributed-systems lessons

Usage:
  verify-lesson <lesson-id> [options]           run the lesson's scenario against the bundled Raft cluster
  verify-lesson <lesson-id> --paste <file|->    judge a pasted log (a student's self-check)
  verify-lesson list [--json]                   list lessons: id, title, xp, proof type
  verify-lesson lint [dir] [--json] [--no-redos]
                                                check lesson files (default: the bundled lessons/)
  verify-lesson cluster start [--nodes 3] [--workdir DIR]
                                                run a bundled kv_node cluster in the foreground (Ctrl+C stops it)
  verify-lesson history check FILE... [--model register|kv] [--json] [--report x.html|x.svg] [--timeout-ms MS]
                                                is each recorded history linearizable? (JSON lines, Jepsen
                                                log lines or EDN maps; exit 0 all are, 1 one is not or unknown)
  verify-lesson serve [--port 8080] [--host 127.0.0.1] [--lessons DIR]
                                                HTTP service for course platforms
                                                (request log level: VERIFY_LESSON_LOG_LEVEL, default info)

Options:
  --lessons <dir>     lessons directory (default: the lessons bundled with verify-lesson)
  --json              machine-readable output on stdout only
  --format <f>        text | json | gradescope | junit (for a scenario run: gradescope and junit report
                      the verdict of its demo_step2.log; json is the whole run, like --json)
  --reject-reference  with --paste: fail output of the bundled reference cluster (what the platform does)

Scenario options (verify-lesson <lesson-id>):
  --signal <s>        SIGTERM (default) | SIGKILL | SIGSTOP | SIGINT — how the leader is killed
  --workdir <dir>     keep the run's data/node1..3 here (default: a temp dir, removed afterwards);
                      its data/ must be empty; with --trials, DIR/trial-N
  --out <file>        where to write demo_step2.log (default: ./demo_step2.log)
  --report <file>     write a timeline picture of the run (.html or .svg)
  --cluster <cmd>     run a student's node instead: template with {id} {peers} {port} {client_port} {data_dir}
  --leader <n>        with --cluster: the leader's id when the logs do not say it
  --trials <n>        repeat the run n times, print min/p50/p95/p99/max of detection and re-election
  --timeout-ms <ms>   deadline for each waiting step (default 10000)
  --help, -h          show this help
  --version, -v       show the version

Exit codes: 0 passed / clean, 1 not passed / lint errors, 2 usage or operational error.
`;
