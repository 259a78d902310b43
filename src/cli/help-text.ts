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
  verify-lesson serve [--port 8080] [--host 127.0.0.1]
                                                HTTP service for course platforms

Options:
  --lessons <dir>     lessons directory (default: the lessons bundled with verify-lesson)
  --json              machine-readable output on stdout only
  --format <f>        text | json | gradescope | junit (verdicts)
  --help, -h          show this help
  --version, -v       show the version

Exit codes: 0 passed / clean, 1 not passed / lint errors, 2 usage or operational error.
`;
