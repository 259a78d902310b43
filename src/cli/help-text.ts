// The CLI reference, also copied into the README (a test keeps the two equal). At most 80 columns a line.
export const HELP_TEXT = `verify-lesson — proof checker for hands-on distributed-systems lessons

Usage:
  verify-lesson <lesson-id> [options]         run the lesson's scenario against
                                              the bundled Raft cluster
  verify-lesson <lesson-id> --paste <file|->  judge a pasted log (a student's
                                              self-check; - reads stdin)
  verify-lesson list [--json]                 list lessons: id, title, xp, proof
  verify-lesson lint [dir] [--json] [--no-redos]
                                              check lesson files (default: the
                                              bundled lessons/; needs recheck)
  verify-lesson cluster start [--nodes 3] [--workdir DIR]
                                              run a bundled kv_node cluster in
                                              the foreground (Ctrl+C stops it)
  verify-lesson history check FILE... [--model register|kv] [--json]
                      [--report x.html|x.svg] [--timeout-ms MS]
                                              is each recorded history
                                              linearizable? (JSON lines, Jepsen
                                              log lines or EDN maps; exit 0 all
                                              are, 1 one is not or unknown)
  verify-lesson serve [--port 8080] [--host 127.0.0.1] [--lessons DIR]
                      [--cors-origin ORIGIN]... [--workers N]
                                              HTTP service for course platforms
                                              (needs fastify)

Options:
  --lessons <dir>     lessons directory (default: the bundled lessons)
  --json              machine-readable output on stdout only
  --format <f>        text | json | gradescope | prairielearn | junit | svg
                      (a scenario run reports its demo_step2.log's verdict;
                      json is the whole run, like --json)
  --partial-credit    with --format gradescope or prairielearn: points per
                      check passed instead of all-or-nothing
  --reject-reference  with --paste: fail output of the bundled reference
                      cluster (what the platform does)
  --report <file>     with --paste: draw what the verdict understood (lanes,
                      kill, detections, window) as .svg or .html
  --cors-origin <o>   serve: allow browser calls from this origin (repeatable)
  --workers <n>       serve: threads judging pastes over 16 KiB (default: the
                      cores less one, 1 to 4; 0 judges on the event loop)
  --help, -h          show this help
  --version, -v       show the version

Scenario options (verify-lesson <lesson-id>):
  --signal <s>        SIGTERM | SIGKILL | SIGSTOP | SIGINT: the first kill's
                      signal (default: the lesson's own, else SIGTERM)
  --workdir <dir>     keep the run's data/node1..3 here (default: a temp dir,
                      removed afterwards); its data/ must be empty; with
                      --trials, DIR/trial-N
  --out <file>        where to write demo_step2.log (default: ./demo_step2.log)
  --report <file>     draw the run's timeline (.html or .svg)
  --cluster <cmd>     run a student's node instead; the template gets {id}
                      {peers} {port} {client_port} {data_dir}
  --leader <n>        with --cluster: the leader's id if the logs do not say it
  --client <spec>     with --cluster: how to write and read keys, e.g.
                      "PUT http://127.0.0.1:{client_port}/kv/{key}" (GET of
                      the same URL reads), "default", or write=T and read=T
                      (HTTP, or a command with {client_port} {key} {value})
  --trials <n>        repeat n times; print min/p50/p95/p99/max
  --timeout-ms <ms>   deadline for each waiting step (default 10000)

Examples:
  npx verify-lesson w12-l03
  npx verify-lesson w12-l03 --paste demo_step2.log
  grep -h "" data/node*/node.log | npx verify-lesson w12-l03 --paste -
  npx verify-lesson w12-l03 --paste my.log --format gradescope > results.json
  npx verify-lesson lint lessons/ --json
  npx verify-lesson serve --port 8080 --cors-origin https://course.example

Environment:
  NO_COLOR=1          no colour (https://no-color.org)
  FORCE_COLOR=0|1|2|3 colour off (0, false) or on even when piped (1, 2, 3);
                      it wins over NO_COLOR, as in Node itself
  VERIFY_LESSON_LOG_LEVEL
                      serve's request log level: fatal error warn info (the
                      default) debug trace silent
  VERIFY_LESSON_DEBUG=1
                      print the stack trace of an internal error

Exit codes: 0 passed / clean, 1 not passed / lint errors, 2 usage or
operational error (one line on stderr), 130 interrupted (Ctrl+C), 143
stopped by SIGTERM, 141 output closed before a run's verdict (| head).
`;
