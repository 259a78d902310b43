// The corpus's known-wrong list, defined once for the tests that read the corpus.
/**
 * Corpus pastes (fixtures/pastes-corpus) today's engine judges wrong, file names: test/proof/corpus.test.ts runs them as
 * it.fails (remove an entry when its case passes), and the model's properties skip them (a wrong verdict has nothing
 * to keep).
 */
export const KNOWN_WRONG_TODAY: ReadonlySet<string> = new Set([
  // blind7 (hand-written, blind) and real7 (real ZooKeeper 3.8 / NATS 2.9 captures), added 2026-12-01 02:15 UTC:
  // see fixtures/pastes-corpus/README.md "seventh pass". What the engine gets wrong, per paste:
  // (real7-nats-B-debug-tail-n30-after-teardown was listed for its leader until fixg, 17:50 UTC: its truth now says the
  // paste shows none — leader null, leaderByProvenance n2 — and the test asserts that the engine names none.)
  // real9 (real runs of a student-style Java node: java.util.logging and printf), added 2026-12-01 06:45 UTC: see
  // fixtures/pastes-corpus/README.md "real9".
  // After `sort` no line names its writer (JUL's `[raft.Node]` is the logger): only what the lines say tells them apart
  // ("starting election for term 7" and "voting for node2 in term 7" are two writers, neither the leader node1 whose
  // silence they report). The engine finds no follower's detection (passed: engine false, truth true); its report says
  // whether either follower noticed cannot be told and quotes the 8 detection lines tied to no node
  // (FOLLOWER_DETECTION_UNATTRIBUTED), never that a follower "logged nothing". Studied (fixg, 2026-12-01 17:50 UTC) and
  // left: no sound general rule tells line 25 from 26. "voting for node2 in term 6" is not node2's only by convention
  // (blind11-stdout-buffered's `node3: … rejected: already voted for node3` names its writer's own vote), and even then
  // line 25 ("… starting election for term 6") is node2's only by a chain of Raft deductions over unattributed lines
  // (the members are node1..3; a line naming "leader node1" is not node1's; node3 voted for node2 in term 6, so it
  // cast no self-vote in term 6, so it started no election for term 6). The chain fits this one paste, the corpus's only
  // sorted merge of writerless follower lines; a wrong step would credit one follower with the other's detection.
  'real9-java-B-jul-ms-cat-sort.log',
  // real10 (real RabbitMQ 3.10 quorum-queue captures, Ra), added 2026-12-01 10:15 UTC: see fixtures/pastes-corpus/README.md
  // "real10". (real10-rmq-A's and -F's Verify greps likewise: leader null, leaderByProvenance rabbit1 / rabbit3.)
  // blind11 (hand-written, blind), added 2026-12-01 12:20 UTC: see fixtures/pastes-corpus/README.md "Eleventh pass".
  // blind12 (hand-written, blind), added 2026-12-01 15:20 UTC: see fixtures/pastes-corpus/README.md "Twelfth pass".
  // blind13 (hand-written, blind), added 2026-12-01 16:10 UTC: see fixtures/pastes-corpus/README.md "Thirteenth pass".
  // blind14 (hand-written, blind), added 2026-12-01 17:45 UTC: see fixtures/pastes-corpus/README.md "Fourteenth pass".
  // The emoji, Jira, StatefulSet `--- kv-1` and ansible pastes are right since fixh's rules (18:30 UTC); the fuser and
  // two-attempts pastes since fixi's (18:45 UTC).
  // real12 (real hashicorp/raft 1.1.2 and PySyncObj 0.3.11 captures), added 2026-12-01 18:10 UTC: see
  // fixtures/pastes-corpus/README.md "real12". hashicorp/raft's lines (`raft: …`) never name their writer. Fixed by fixj
  // (18:40 UTC): a peer named as `{Voter node3 127.0.0.1:17202}` is no writer (hraft-B's headerless cat now splits by
  // file), a start line's `addr=`/`starting H:P` names its node, PySyncObj's `state changed: FOLLOWER -> CANDIDATE` is
  // its election timer firing and `leader changed: A -> B` follows B (pso-A..E and pso-F tail now right).
  // passed: engine false, truth true (node2 +121, node3 +191 ms). `grep -h … | sort` of all three logs: no line names
  // its writer; a timeout line's writer shows only in the next line of the same ms (`entering candidate state:
  // node="Node at 127.0.0.1:17232 [Candidate]"`), an adjacency no sound rule reads. Not inferable; truth by provenance,
  // as real9-java-B's sort.
  'real12-hraft-D-sigkill-grep-h-sort.log',
  // (real12-hraft-E-killed-follower-tail-n15-all, a killed follower reported as the leader because the kill comment
  // `# node1 is the leader` was believed: right since fixl, 20:45 UTC. node1's own log, printed whole by `tail -n 15`
  // from its start line to its shutdown, never claims to lead and its last role line says it lost leadership: such a
  // life outweighs a comment (unled-life.ts); the report says node1 was not the leader and names no leader.)
  // passed: engine false, truth true (node3 +211, node1 +298 ms from node2's own `received signal, shutting down`).
  // `grep -h -i "timeout\|signal" node*.log | sort` keeps no writer on the timeout lines (not inferable, as hraft-D's).
  // The killed leader is node2 (its start line's `addr=127.0.0.1:17252` is the followers' `last-leader=`), no longer a
  // third follower.
  'real12-hraft-F-hb200-grep-h-sort-no-echo.log',
  // (real12-pso-F-verify-grep-followers: its leader is not in the paste — the kill names pid 1100, which no pasted line
  // prints — so its truth says so since fixg, 18:40 UTC: leader null, leaderByProvenance node1, as real10-rmq-A's.)
  // adv15 (adversarial probes of session 26's new rules, 2026-12-01 19:00 UTC): see fixtures/pastes-corpus/README.md
  // "adv15". Each wrong case was also run on c229dcf (before the session's rules): same verdict there, so no new rule
  // causes it.
  // (adv15-fixh-emoji-checkmark-summary-miscopies-node3, a false pass: the student's checklist under 'Results:', '✅ node3:
  // 10:00:00.371 heartbeat timeout (+271 ms)', was read as node3's log line, before node3's own .421. Right since fixl,
  // 20:40 UTC: a block of `name: time` lines under the student's own heading, of nodes whose own lines the paste shows in
  // another shape, is no node's log (summary-lines.ts, now student-lines.ts).)
  // (adv15-fixi-rejected-append-from-stale-leader-killed, adv15-words2-kill-tstp-pause-then-kill-ex-leader and
  // adv15-words2-kill-percent-1-is-a-follower: a follower's kill was reported as the leader's, right since fixk, 21:00
  // UTC: a nameless kill record joins the first node's own shutdown line after it, whoever leads, and `jobs -l` rows
  // of one width are no hard-wrapped line, so `kill %1` is job 1's node.)
  // blind15 (hand-written, blind), added 2026-12-01 20:30 UTC: see fixtures/pastes-corpus/README.md "Fifteenth pass".
  // Each truth was re-derived by hand after the run (none changed); causes found by running edited copies outside the
  // corpus through the CLI (never by reading src/).
  // (kotlin-logback-mdc-gradle-sigterm-handler-thread, erlang-lager-node-at-host-sigterm-received and
  // lnav-write-table-to-box-drawing-log-path were listed here until fixn, 21:30 UTC: a writer key in the words names
  // its line's file, tail headers over files of one name are named by the directory that differs, lager's
  // `@mod:leader:88` names no leader, a path column after the time names the writer; see the README's Fifteenth pass.)
  // (blind15-markdown-summary-table-killed-follower-node2, verdict right but killed node reported as the leader node3, is
  // right since fixq, 23:40 UTC: node2's own `[node2] role=FOLLOWER term=6 leader=3 received SIGTERM` names node3 only
  // in its `leader=3` field, the writer's state, so it is node2's kill, not a bystander's kill of node3.)
  // adv16 (adversarial probes of session 27's rules, 2026-12-01 21:10 UTC): see fixtures/pastes-corpus/README.md
  // "adv16". Six adv16 pastes are right since fixp (deadline-in-message x2, shutdown 'started', last-entry term, notes,
  // tail -n 1 of two time-last lines).
  // (adv16-fixl-time-last-results-checklist-miscopies-node3, a false pass: the student's `- node3 heartbeat timeout at
  // 10:00:00.380` under `Results:` below the last tail section was read as node3's line. Right since fixl, 21:35 UTC: a
  // summary block's lines may carry their time inside their words, and its heading may take a tail section's node by
  // position only.)
  // (adv16-speed-killed-follower-mesh-eof-heartbeat-from-leader, a FALSE PASS caused by e7269eb's lazy reading of
  // `heartbeat from leader X` lines, is right since the lead's 21:40 UTC fix: a passing first reading whose killed node no
  // line but the kill names as leader is read again with those lines, check-paste.ts readLeaderEvents.)
  // (adv16-sentence-under-last-tail-section-killed-node1, a false fail, and fixq-sentence-under-tail-leader-killed-node3-
  // slow, a right verdict for a wrong reason, are right since the lead's 06:05 UTC rule, session 30: fixq's 5234f15 again
  // — a kill sentence's writer is the student, not the section or file run it sits under (student-lines.ts
  // markKillsInWords) — now that fixu's findLedOn (log-facts.ts) weighs its target against the nodes' own lines: adv17's
  // `I killed the leader (node1) … with kill 4102.`, whose false pass made the lead take 5234f15 back, stays a fail
  // (KILLED_NODE_LED_ON: node1 led on).)
  // (adv16-fixo-append-from-follower-forwarded-put-killed-follower, a FALSE PASS, is right since the lead's 22:15 UTC fix.)
  // (adv16-fixk-date-kill-follower-append-handler-stopped, a false fail — a follower's `append handler stopped` joined
  // to the nameless `date; kill` record as its own death — is right since fixq, 00:35 UTC: a follower's shutdown-word
  // line after its own notice of the leader's loss (its EOF from leader node1) is no death, log-facts.ts isDeathAfter.)
  // adv16 batch 5 (21:58 UTC, main at 211ce96 with fixl and words3); each right on 6c2db9c (before both rules).
  // (adv16-fixl-heading-over-real-terminal-lines-dropped, a false fail — the terminals' own time-first lines under the
  // student's heading dropped as a summary — is right since fixq, 00:20 UTC: a line that opens with its time stays
  // when its node's own-shaped lines show no event of its kind; it restates nothing.)
  // (adv16-fixl-unled-life-switching-to-leader-unread, a false fail, is right since the lead's 22:30 UTC rule: `switching to LEADER` is a claim to lead, as NATS's
  // real `Switching to leader` is.)
  // (adv16-fixl-leader-terminal-block-dropped-later-stop-line-slow, a FALSE PASS, is right since the lead's 22:15 UTC fix.)
  // (adv16-words3-leader-for-term-annotation-killed-follower, a FALSE PASS, is right since the lead's 22:15 UTC fix.)
  // (roles, hand-written, session 28: 6 pastes wrong on 0164303 — 3 false passes of killed followers whose role column
  // was the only statement of who led, a false fail, 2 wrong killed nodes — are right since the roles helper's
  // readOwnRole, 23:30 UTC; see fixtures/pastes-corpus/README.md "roles".)
  // blind17 (hand-written, blind), added 2026-12-01 23:10 UTC: see fixtures/pastes-corpus/README.md "Seventeenth pass".
  // Truth committed (fb030ac) before the engine saw a paste; each wrong one re-derived by hand after the run (none
  // changed); causes found by running edited copies outside the corpus through dist (never by reading src/). No false
  // pass among the twenty.
  // (blind17-rust-std-duration-debug-epoch-cargo-signal-15, Rust's Duration Debug `[1796133933.10330194s]` read as no
  // time: right since fixr, 00:10 UTC — epoch seconds with a fraction may carry their `s` unit, parse-timestamp.ts.)
  // (blind17-bash-ps1-t-prompt-time-before-kill-leader-own-ms, a bash `PS1='[\t] …'` prompt time taken as the kill's:
  // right since fixr, 23:50 UTC. A kill command's time that its shell prompt shows was drawn before the command was
  // typed; the killed node's own kill line after it is the kill, log-facts.ts dropPromptTimedRecords.)
  // (blind17-grep-h-abs-paths-conhost-wrap-80-inside-timestamp, a false fail — `grep -H` records hard-wrapped at 80
  // columns inside their timestamps were not rejoined because the typed 84-character command was the paste's widest
  // row: right since fixs, 02:30 UTC — join-wrapped-rows.ts findCommonWidth takes the width most rows share when every
  // longer row is a command line, and isCutInsideStamp joins a row cut inside a dated timestamp.)
  // (blind17-python-multiprocessing-process-names-launcher-terminate, `Process-1` and `node 1` read as two nodes: right
  // since fixr, 00:40 UTC — multiprocessing's process name column after the time is a process column, the node its
  // lines' words name; its family names `Process-1` of the kill, scan-lines.ts PROCESS_NAME.)
  // (blind17-vscode-task-terminals-exit-143-node3-too-slow-347, verdict right for a wrong reason — VS Code's empty line
  // between a kill task's `date … && kill` and its output untied the time: right since fixs, 02:30 UTC (fixr's 5d2ad81,
  // made tight) — scan-lines.ts dateOutputStamp reads the output under one empty line below a VS Code task line only;
  // after any other command a bare time under an empty line is something else's, such as a two-line prompt's.)
  // adv17 (adversarial probes of session 28's rules, 2026-12-01 23:50 UTC): see fixtures/pastes-corpus/README.md "adv17".
  // Truth by hand before the engine ran; each probe also run on the rule's branch build (kills2 bd207b4, roles' tree).
  // (adv17-kills2-kill-then-sleep-1-then-date-slow, a FALSE PASS older than session 28, is right since the lead's 01:35 UTC
  // rule: a sleep between a kill and its date makes the date time nothing, scan-lines.ts isSleepBetweenDateAndKill.)
  // (adv17-kills2-fuser-k-leader-port-named-in-follower-error: its truth said passes, overlooking that no line matches
  // /kill|SIGTERM|stopped|terminated/; corrected to fails (01:05 UTC); right since kills2's 00:50 UTC port-pairing fix.)
  // (adv17-kills2-fuser-k-stop-pauses-leader, a FALSE PASS caused by bd207b4: right since kills2's 00:50 UTC fix —
  // `fuser -k -STOP` is a pause, as `kill -STOP` is: NO_END_SIGNAL_COMMAND_PATTERN and PAUSE_COMMAND_PATTERN know fuser.)
  // (adv17-roles-slog-sender-role-leader-killed-follower, a FALSE PASS older than session 28, is right since fp2's
  // 02:10 UTC rule: a role key in another node's group — slog's `sender.role=leader`, a nested `"from":{"role":…}`, a
  // struct `req={… Role:leader}` — is not the writer's role (classify-line.ts isOtherNodesKey); fp2-* near misses.)
  // adv17 batch 2 (00:40 UTC, main at 11d09c2).
  // (adv17-fixq-sentence-says-leader-killed-but-follower-died, a FALSE PASS caused by fixq's 5234f15, is right since the
  // lead took that rule back at 01:15 UTC: the sentence under node3's tail is node3's line again, as before it.)
  // (adv17-fixq-chaos-leader-field-is-the-kill-target, a false fail — `[chaos] SIGTERM -> leader=node1 (pid 4101);
  // watching node2, node3` read as node2's own kill line: right since fixs, 02:55 UTC — names after `watching`,
  // `followers` and the like are no writer (attribute-node.ts OBSERVER_WORDS) and no target, and a kill line sent to a
  // leader field that names no other node kills that leader (attribute-kill-targets.ts findKillTargets).)
  // adv17 batch 3 (00:50 UTC).
  // (adv17-fixq-heading-summary-other-kind-miscopy-node3, a FALSE PASS caused by fixq's heading rule 3a4c59e, is right
  // since the lead's 01:10 UTC fix: a summary line restates any detection of its node's own lines, whatever its kind.)
  // (adv17-kills2-kill-two-pids-leader-and-follower, a FALSE PASS older than session 28, is right since fp2's 02:45 UTC
  // rule: a follower ended with the leader — by the same command, `kill 4101 4102` with pgrep's pids, or by its own
  // kill line before its detection — is no follower left to notice (log-facts.ts findFollowerDeath).)
  // blind18 (hand-written, blind), added 2026-12-02 02:10 UTC: see fixtures/pastes-corpus/README.md "Eighteenth pass".
  // Truth committed (ec8d374) before the engine saw a paste; each wrong one re-derived by hand after the run (none
  // changed but the Datadog paste's aliases, names only); causes found by running edited copies outside the corpus
  // through dist (never by reading src/). 15 of 20 right on the first run; one FALSE PASS.
  // (blind18-kill-hup-reload-leader-survives-reconnect, a FALSE PASS of `kill -HUP` whose leader led on, is right since
  // fixu, 2026-12-02: KILLED_NODE_LED_ON, log-facts.ts findLedOn.)
  // (blind18-nim-std-logging-level-first-kill-9-date-echo, a false fail — the closing sentence `used kill -9 (SIGKILL)
  // so node1 didn't log anything itself` after the last `--- terminal 3 ---` section made that section's level-first
  // `node3: …` lines a restated summary — is right since the lead's 04:50 UTC rule, session 30: an untimed kill that
  // only its place gives a writer is no sign of the node's own log (student-lines.ts isOwnShape).)
  // (blind18-perl-log4perl-slash-date-comma-killed-follower-node2, a right verdict for a wrong reason — the student's
  // untimed `n2 was the leader in step 1 so I killed 6102.` read as a line of writer n2 (Log4perl's MDC column), which
  // made the paste a `cat` of files and n1's name n2's — is right since knownwrong, session 33: scan-lines.ts
  // findAfterTimeWeakValues, a head token the timed lines write only after their time names no untimed line.)
  // (blind18-elixir-logger-blank-lines-metadata-kv3-too-slow-301, a right verdict for a wrong reason — "no follower lines":
  // Elixir Logger's `raft_id=2` metadata after the time named no writer — is right since knownwrong, session 33:
  // attribute-node.ts NODE_KEY_SOURCE holds `raft_id` as NODE_ANY did in a line's words; kv2 +2, kv3 +301 ms. Its bare
  // `kv2:` headings still open no section (OTP's metadata-less `SIGTERM received` is kv1's by attribute-file-runs.ts).
  // Its truth's aliases gained node1..node3, the engine's id of raft_id=1..3 (names only; blind18-cases.json).)
  // (blind18-datadog-csv-export-newest-first-node3-305, a right verdict for a wrong reason — the host column after a
  // comma named no writer — is right since the lead's session 31 rule: a CSV export's header names its host column
  // (scan-lines.ts readCsvHostColumn), whose value names each row's writer.)
  // adv18 (adversarial probes, session 29, 2026-12-02 02:10 UTC): see fixtures/pastes-corpus/README.md "adv18". Truth by
  // hand before the engine ran; each wrong case also run on 0164303 (before session 28's roles) and e256de0 (session
  // 29's start): the same verdict on both, so none is caused by a rule of this session.
  // (adv18-lazy-stale-term1-leader-line-killed-follower, a FALSE PASS of readLeaderEvents' lazy first reading kept on a
  // stale `[node3] following leader node2 (term 1)`: right since the lead's 02:35 UTC rule — the first reading stands
  // only when a measured follower's detection after the kill names the killed node its leader, check-paste.ts.)
  // (adv18-no-leader-word-heartbeats-from-node1-killed-follower, a FALSE PASS older than session 28, is right since
  // fixt, 02:40 UTC: a heartbeat's sender leads — `heartbeat from node1` names node1, as `append from X` does
  // (HEARTBEAT_SENDER_PATTERN), and `[node1] heartbeat sent to node2, node3` is node1's claim (SENT_TO_FOLLOWER_PATTERN) —
  // so `date; kill 4102` (pgrep: node2) kills a follower.)
  // (adv18-roles-state-field-after-sender-killed-follower and adv18-roles-logfmt-from-role-leader-killed-follower, FALSE
  // PASSES older than session 28, are right since fp2's 03:00 UTC rule: a role key right after the message's sender —
  // `heartbeat from node1 (state=leader, …)`, `from=n1 role=leader` — is the sender's (PEER_BEFORE_KEY knows
  // from/sender/src/source).)
  // (adv18-pkill-name-kills-all-three-follower-sigterm-shown and adv18-killall-name-kills-all-three-followers-eof, FALSE
  // PASSES older than session 29, are right since fp2's 02:45 UTC rule: `pkill NAME` / `killall NAME` end every listed
  // process of that program (several-node-kills.ts), and a follower's line after its own kill line is no detection.)
  // (adv18-kill-then-wait-loop-kill-0-then-date and adv18-kill-then-tail-pid-wait-then-date, FALSE PASSES — a wait for
  // node1's exit between the kill and its date, `while kill -0 4101` / `tail --pid=4101`, so the date is no kill time:
  // right since the lead's 02:25 UTC rule, any delay between a kill and its date, scan-lines.ts findDelayBetweenDateAndKill.)
  // (adv18 batch 2, 02:35 UTC: adv18-state-transition-leader-to-follower-killed-follower and
  // adv18-leader-for-term-is-node1-killed-follower, FALSE PASSES older than session 29 — a killed follower's own
  // `state: leader -> follower` and `leader for term 2 is node1` read as its claim to lead — are right since the lead's
  // 03:10 UTC rule: classify-line.ts LEADER_TO_OTHER (a step down) and LEADER_FOR_TERM_IS (names who leads).)
  // (adv18-node1-won-election-on-follower-line-killed-follower, a FALSE PASS older than session 29 — `[node2] node1 won
  // the election for term 2` claims for the writer, not the node named before it — has a right verdict since fixt, 03:15
  // UTC: the later `heartbeat from node1` lines on node2 and node3 name node1 (a heartbeat's sender leads), superseding
  // node2's older claim. The misreading remains: with those lines dropped the timing check still takes node2 as leader.)
  // (adv18-kill-then-pidwait-then-date, a FALSE PASS — `kill 4101 && pidwait -f …; date`, procps-ng 4's pwait — is
  // right since the lead's 1e1e96d, 02:45 UTC: pidwait is a delay word.)
  // (adv18 batch 3 (03:20 UTC, main at 9b61f22 with fp2's several-node-kills.ts): one command kills every node, shapes
  // fp2's first rule did not read — nodes started as jobs of the shell (`[2] 4102`, no listing) under `date; pkill
  // kv_node`, `kill $(pgrep kv_node)`, `pgrep kv_node | xargs kill`, `pkill -f 'kv_node --id'` — FALSE PASSES, are right
  // since fp2's 03:30 UTC rule (several-node-kills.ts: pid finders a kill ends, quoted patterns, background jobs).)
  // (adv18 batch 4 (03:30 UTC, main at 4bb5ab0 with fp2's 3d60a08): near misses of the sender rule, each a FALSE PASS
  // (the same on 0164303): killed follower node2 read as the leader because its heartbeat lines carry the sender's
  // state: PEER_BEFORE_KEY allows 24 characters of [\s\w=:"',([-] between `from`/`sender` and the key, so more fields
  // (`from node1 (term=2, commit=41, state=leader)`, `sender=node1 term=2 commit_index=41 role=leader`) or a dotted
  // address (`from 127.0.0.1:7001 (state=leader, …)`) left the key the writer's — right since fixv (session 30):
  // an unnamed group right after a sender, and a sender key with only fields before the role key, are the sender's.)
  // (adv18-chaos-kills-follower-pid-leader-heartbeats-on, a FALSE PASS, is right since fixu, 2026-12-02: node1 leads on
  // after the chaos kill, KILLED_NODE_LED_ON names node2 as the node it ended.)
  // real14 (real runs of a student-style C++ node with glog/spdlog and a Node.js node with pino), added 2026-12-02 05:00
  // UTC: see fixtures/pastes-corpus/README.md "real14". Wrong reason (verdict right: fails): killedNode engine node1,
  // truth node2. The student's `date; kill -TERM 32386` (line 2) killed follower node2 (node1 led term 2, both others
  // `"leader":"node1"`); the `cat` of the final logs also shows the capture's teardown 2.2 s later, node1's and node3's
  // `received SIGTERM` (lines 9, 17). measure-detection.ts measureDetection takes the killed-follower branch only when
  // no kill is of the leader (`leaderKills.length === 0`), so node1's teardown line 9 is judged as "the first kill of
  // the leader" and the report says the followers were themselves killed; the kill the student made, of a follower,
  // is only listed under "also".
  'real14-js-E-pino-killed-follower-date-kill-cat-all.log',
  // real14's real terminal (tmux scrollback, nodes started as bash jobs logging into the terminal), added 05:05 UTC.
  // (real14-tmux-pino-jobs-kill-job-1 and real14-tmux-spdlog-jobs-kill-job-1-vote-reason, false fails, are right since
  // the lead's 06:00 UTC rules in scan-lines.ts, session 30: a record on a prompt's row is that record
  // (findRecordAfterPrompt: `sam@lab:~$ {"level":40,…}`), and a node launched as a background job (`… --id 2 … &`,
  // BACKGROUND_JOB) starts no section.)
  // (real14-tmux-glog-no-node-tag-jobs-kill-job-1, a false fail, and -killed-follower-job-2, a right verdict for a wrong
  // reason, are right since the lead's session 31 rules: glog's thread id names a line when it is the pid bash printed
  // for a node's job (scan-lines.ts nameJobThreads), and a launch typed on a row no prompt starts, or glued to a job's
  // record, ties its `[N] pid` notice (shell-jobs.ts readShellJobs).)
  // (real14's pino-pretty pipelines as bash jobs (`node node.js --id 1 … | npx pino-pretty &`), false fails, are right
  // since the lead's session 31 rule in scan-lines.ts: pino-pretty's `(node2/2578)` after the level names the writer
  // (PINO_PRETTY_TAG); the last launch no longer starts node3's section since session 30's BACKGROUND_JOB.)
  // adv19 (adversarial probes, session 30, 2026-12-02 04:40 UTC, main at de42f79): see fixtures/pastes-corpus/README.md
  // "adv19". Truth by hand before the engine ran (each case's note).
  // (Right since fixw, 05:40 UTC: adv19-systemctl-stop-blocks-…, -docker-stop-devnull-… (a date after a stop that waits for
  // the exit times no kill: scan-lines.ts findStopWaitingForExit), -kill-process-group-negative-pgid-… and
  // -kill-percent-1-cluster-script-job-… (a group or launcher job holding every node ends the followers: several-node-kills.ts
  // findGroupMembers; a follower's own SIGTERM in its EOF's ms ended it: measure-detection.ts Words.signalReceived).)
  // (adv19-for-loop-tails-node2-twice-node3-missing, adv19-n2-second-log-file-raft-7002-counted-as-n3 and
  // adv19-candidate-loop-node3-timeouts-before-kill, FALSE PASSES, are right since fixx's session 30 rules:
  // repeated-sections.ts (one log under two section names), read-log-events.ts joinPortWriters (raft-7002 is the node
  // whose port is 7002), timeout-loop.ts (a timeout loop older than the kill is no detection).)
  // (adv19-zap-rfc3339nano-node3-300ms-and-489ns, a FALSE PASS — 300.000489 ms read as 300.000 — is right since the lead's
  // 05:25 UTC rule, session 30: a delay at exactly the window to the µs is decided by the ns both stamps wrote past it,
  // parse-timestamp.ts Stamp.nanos.)
  // (adv19-zsh-kill-9-failed-no-such-process-after-slow-sigterm, right verdict for a wrong reason — `gdate` no date
  // command — and adv19-zsh-date-kill-9-failed-…, a FALSE PASS — zsh's `kill: kill 4101 failed: no such process` not
  // read as a failed kill — are right since the lead's 05:30 UTC rules: scan-lines.ts DATE_PROGRAM knows gdate and
  // /bin/date, default-patterns.ts KILL_FAILED_PATTERN knows zsh's wording. busybox's `sh: can't kill pid 41: No such
  // process`, adv19-busybox-…, was right before.)
  // adv19 batch 2 (05:05 UTC, main at db5c29a, with adv19 batch 1): truth by hand before the engine ran.
  // (Right since fixw: adv19-kubectl-delete-blocks-devnull-… (findStopWaitingForExit) and -pkill-parent-start-script-…
  // (`pkill -P 4100` by `pgrep -a -P 4100`'s rows: several-node-kills.ts findKilledGroup / readMemberRows).)
  // (adv19-five-node-cluster-two-followers-too-slow, a FALSE PASS — node2 +2 and node3 +3 passed the lesson's `followers:
  // 2` while node4 +412 and node5 +398 were too slow — is right since session 48: a follower the paste shows detecting
  // after the window fails the kill however many others were in time, measure-detection.ts passes(); the report says
  // "2/4 followers".)
  // (adv19-sigterm-drain-leads-on-then-kill-9-passes, a false fail — continuesShutdown dropped the kill -9 after a SIGTERM
  // node1 only drained on — is right since fixu, 2026-12-02: a later kill command after the node's own heartbeats is a
  // kill of its own.)
  // (adv19-macos-gdate-kill-leader-passes, a false fail, is right since the lead's DATE_PROGRAM rule, 05:30 UTC.)
  // (adv19-docker-kill-prints-name-then-date-passes, a false fail — `docker kill --signal=SIGTERM kv1 && date` prints
  // `kv1` before the date's output — is right since fixy, session 31: scan-lines.ts dateOutputStamp steps over the
  // stop's echo of its one container, findStoppedName, the same echo scanLines reads as no node's line.)
  // adv20 (06:05 UTC, main at 65aa234): probes of session 30's rules, truth by hand before the engine ran; 7 of 11
  // right at first (9 of 13 with the two added at 06:08), 1 FALSE PASS. See fixtures/pastes-corpus/README.md "adv20".
  // (adv20-sigterm-leader-heartbeat-30ms-after-no-own-line-exits-passes, a false fail — one last heartbeat 30 ms after
  // the kill read as leading on — is right since the lead's 06:45 UTC rule: log-facts.ts findLedOn's
  // isLostAfterLastClaim, followers losing node1 after its last claim mean it died late, not that it led on.)
  // (adv20-clock-prompt-brace-group-date-kill-passes, a false fail — the clock of PS1='[\t] \u@\h:\w\$ ' on
  // `[09:59:58] sam@lab:~/raft$ { date +%T.%3N; kill …; }` read as the kill's time — is right since fixy, session 31:
  // a kill line timed by its prompt takes the time its command's date printed below when there is one
  // (read-log-events.ts, scan-lines.ts findDateOutputStamp); zsh's `09:59:58 sam@lab ~/raft % …` likewise.)
  // (adv20-macos-homebrew-gdate-full-path-kill-passes, a false fail, is right since the lead's 06:25 UTC rule:
  // scan-lines.ts DATE_PROGRAM reads the date program by any path, /opt/homebrew/bin/gdate included.)
  // (adv20-terminals-fg-node2-bg-node3-untagged-output-passes, a false fail — node3's untagged lines under its
  // `./kv_node --id 3 … &` left without a writer — is right since fixy, session 31: a background launch that bash
  // numbers job 1 (`[1] 4103`: its shell runs no other job) and whose output is no file's starts its node's section
  // as a foreground launch does (scan-lines.ts isOnlyJobLaunch); another job's notice ends it, and a `date …; kill …`
  // typed in it is the student's (attribute-file-runs.ts isStudentLine: also with no prompt, over the time alone).)
  // (adv20-kill-hup-leader-rebinds-listener-listening-on-leads-on, a FALSE PASS — a SIGHUP reload's `listening on :7001`
  // read as a new life — is right since the lead's 06:15 UTC rule, session 30: log-facts.ts findLedOn takes a claim in
  // the term the node led before the kill, with no other leader between, as leading on whatever startup line it logs.)
  // adv21 (08:00 UTC, main at 37c0b26): probes of session 31's rules, truth by hand before the engine ran; 10 of 14
  // right at first, 2 FALSE PASSES. See fixtures/pastes-corpus/README.md "adv21".
  // (adv21-pino-pretty-in-process-cluster-one-pid-sigterm-stops-all-three, a FALSE PASS — `node cluster.js --nodes 3 |
  // npx pino-pretty` runs node1..node3 in ONE process, every head `(nodeN/5120)`, and `kill -TERM 5120` stops all
  // three; their `lost connection to leader node1` at .924 (+3 ms) is their own teardown — is right since inproc,
  // session 32: scan-lines.ts findProcessNodes reads a pid heading several nodes' lines as one process running them all
  // (processHosts), and several-node-kills.ts ends them all with a kill of it, or with that process's own `(cluster/5120):
  // received SIGTERM` (not pid 1, nor a pid typed through `docker exec` / `kubectl exec` / `ssh`: each container's node
  // is pid 1 of its own, adv21's 15th paste); the report says pid 5120 ran every node.)
  // (adv21-pino-pretty-leader-peer-child-loggers-named-node3-node3-only-votes, a FALSE PASS — the leader's per-peer
  // child loggers `(node2/2562)`/`(node3/2562)` read as node2/node3 detecting at +2/+3 — is right since the lead's
  // 93bcaa1, session 31: scan-lines.ts dropPeerLoggerNames, a name on two pids under a pid with two names is no writer.)
  // (adv21-glog-set-x-loop-xtrace-rows-out-of-order-kill-job-1-passes, a false fail — `set -x`'s `+ ./raft_node --id 2`
  // rows read as commands that started node2's then node3's section over every job's output — and
  // adv21-bash-kill-percent-1-no-such-job-then-percent-4-relaunched-node1-passes, a false fail — `bash: kill: %1: no
  // such job` not read as a failed kill, +3419 ms judged from it — are right since adv21's fixes: scan-lines.ts
  // scanLines reads set -x's trace of a background launch as no command, default-patterns.ts KILL_FAILED_PATTERN
  // knows bash's, zsh's and dash's `no such job`.)
  // adv22 (10:45 UTC, main at 2537b67): C students' pastes, truth by hand before the engine ran; 12 of 20 right at first,
  // 3 FALSE PASSES, 2 false fails, 3 right verdicts for wrong reasons. See fixtures/pastes-corpus/README.md "adv22".
  // (adv22-c-node3-client-fd-recv-returned-0-then-only-votes-fails, a FALSE PASS — node3's `client 127.0.0.1:51744
  // (fd 9): recv() returned 0` (a benchmark client's socket) read as node3 losing the leader at +4 ms — and
  // adv22-c-stats-line-zero-heartbeat-timeouts-after-kill-node3-slow-fails, a FALSE PASS — node3's counters `0 heartbeat
  // timeouts` read as its timeout at +100 ms (its real one is +432) — are right since adv22's fix: default-patterns.ts
  // NOT_A_DETECTION_PATTERN, a counter of none and a line naming a client by address, fd or number (and no leader).)
  // (adv22-kill-usr2-debug-hook-mutes-heartbeats-leader-alive-fails, a FALSE PASS — `kill -USR2 9101` (a debug hook
  // muting heartbeats; node1 lives on, grants node2's vote, follows it) judged as the kill, +250 / +252 — is right since
  // adv22's fix: log-facts.ts findLedOn, after a signal servers commonly handle (default-patterns.ts HANDLED_SIGNALS:
  // HUP, USR1, USR2, the kill event's `signal`) the taken leader's first act as a live member shows it lived on.)
  // (adv22-c-perror-untimed-reset-then-election-timeout-249-date-kill-passes, a false fail, and
  // adv22-c-perror-untimed-reset-then-election-timer-expired-249-ctrl-c-no-proof-words-fails, right for a wrong reason —
  // perror(3)'s untimed `read: Connection reset by peer` in node 2's terminal read as a student's summary heading, so
  // node 2's timed `election timeout` at +249 was dropped as a restatement — are right since adv22's fix:
  // student-lines.ts isHeading, a C library's error line (default-patterns.ts PERROR_LINE_PATTERN) is no heading.)
  // (adv22-c-follower-assert-abort-core-dumped-after-eof-kill-job-3-passes, a false fail — `kv[1] 12:05:09.732 …` named
  // no node, and after `for i in 1 2 3; do ./kv_node $i & done` the kill of job 3 was read as ending every node — is
  // right since knownwrong, session 33: attribute-node.ts NODE_ANY reads the program's short name `kv[N]` as kv_node[N]
  // (one or two digits a node, more a process id), shell-jobs.ts readBackgroundJobs gives a loop's job the node its
  // small value names when the launch takes it as a bare argument, and several-node-kills.ts readJobStart takes a
  // notice's job from its own part of the command above the notices, not the notice row above it.)
  // (adv22-vm-clock-skew-node3-eof-printed-3ms-before-date-fails, a right verdict for a wrong reason — `ssh vm1 'pgrep
  // -af kv_node; date +%T.%3N; kill $(pgrep -f kv_node)'` prints pgrep's row before the date's output, which was not
  // found, "no timestamped kill" — is right since knownwrong, session 33: scan-lines.ts dateOutputStamp steps over the
  // rows of a process listing the command runs before its date (PROCESS_LISTING, also as a quoted remote command's first word).)
  // (adv22-epochrealtime-kill-15-c-epoch-usec-passes, a right verdict for a wrong reason — `echo $EPOCHREALTIME; kill -15
  // 17101` prints 1796214102.118204, bash 5's epoch µs, which was not read as the kill's time — is right since
  // knownwrong, session 33: scan-lines.ts EPOCH_ECHO, an echo or printf of $EPOCHREALTIME, prints the time as a date does.)
  // adv23 (13:05 UTC, main at dd68dda): 20 student pastes, truth by hand before the engine ran (a51872d); 17 of 20 right
  // at first: 1 FALSE PASS, 2 right verdicts for wrong reasons. See fixtures/pastes-corpus/README.md "adv23".
  // (adv23-powershell-stop-process-name-kills-all-three-crlf-tabs-fails, a FALSE PASS — PowerShell's `Stop-Process -Name
  // kv_node` stops every process of that name, as `killall kv_node` does, the followers too — is right since adv23's fix:
  // several-node-kills.ts reads Windows' kills by image name (Stop-Process -Name, Get-Process NAME | Stop-Process,
  // taskkill /IM) and, when a listing's rows of the program name no node, takes as many of them as the paste has nodes
  // for every node; attribute-file-runs.ts isStudentLine takes the date under any stop command (COMMAND_KILL_PATTERN).)
  // (adv23-asciinema-cast-demo-script-pgrep-n-kills-newest-node3-killed-follower, right verdict for a wrong reason — a
  // cast's events not decoded, so no line was tied to a node — and adv47-asciinema-cast, a false fail, are right since
  // session 48: asciinema-cast.ts reads a raw cast as the terminal showed it (PASTE_CAST_DECODED).)
  // (adv23-rust-tokio-worker-panic-untimed-reset-node3-fails, right for a wrong reason — tracing lines that name no node
  // under `--- node2 (cargo run --release -- --id 2) ---` headers credited to no node, node2's +0.554 ms not counted — is
  // right since adv23's fix: scan-lines.ts isHeaderText drops a header's parenthesized launch of its own node.)
  // nu33 (summary33, 13:50 UTC): a new user's pastes ending in the student's own summary; x05's four summary shapes
  // (a `kill:` record under "Results:"/"My results:", prose, a markdown table) were FALSE PASSES, right since
  // student-lines.ts dropSummaryLines reads them as restatements. See fixtures/pastes-corpus/README.md "nu33".
  // FALSE PASS, kept on purpose: node3's only line is one the student typed from memory ("node 3's terminal got closed
  // before I could copy it, but it showed:"), measured as node3's +210. No rule over the text alone tells it from
  // node3's own line pasted under a heading of the student's (a third terminal pasted raw under "node3's terminal:"):
  // dropping a node's only lines under a heading would fail such pastes. The principle holds where it can be read: a
  // node with its own log lines is measured from those.
  'nu33-summary-retyped-only-line-of-node3-closed-terminal-fails.log',
  // adv24 (16:15 UTC, main at 4b6fdf25): 20 student pastes, truth by hand before the engine ran (2b152422; two
  // PowerShell truths corrected to failing for the lesson's pattern check, 3e3df8aa); 10 of 20 right at first: 4 FALSE
  // PASSES, 3 FALSE FAILS, 3 wrong timings under a right verdict. See fixtures/pastes-corpus/README.md "adv24". Right
  // since adv24's fixes: a timer that has not fired ("election timeout in 412 ms", "no heartbeat timeout", a status
  // line's "heartbeat timeout 355 ms, last heartbeat 48 ms ago": default-patterns.ts blankUnfiredTimers), a client's
  // `kv_cli:` lines under `$ ./kv_cli …` in node3's terminal (command-output.ts isProgramOutput), `pkill -o`
  // (several-node-kills.ts: the oldest process only), a pid-only journal of plain units (`kv_node[1841]: id=1 listening
  // …` names the pid's other lines, scan-lines.ts introducesOwnNode; `raft-node1.service` is node1, attribute-node.ts
  // findUnitNode). Left:
  // right verdict (fails), wrong reason: a headerless `for f in …; do tail -n 5 "$f"; done` of logfmt files that name
  // their writer nowhere (only `to=node2`, `from=node1`, `peer=node2`): no line is tied to a node ("no follower lines");
  // the truth reads the files from the glob's order and who votes for whom.
  'adv24-logfmt-tail-loop-no-headers-leader-connection-closed-peer-node2-358-fails.log',
  // (adv24-powershell-get-date-hh-12-hour…: `Get-Date -Format "hh:mm:ss.fff"` prints a 12-hour clock with no AM/PM;
  // right since session 35 (date-output.ts: 09:41:07.118 takes the reading next to the nodes' 21:41 lines), with
  // half12's two passing variants.)
  // (adv24-date-local-cet-…: a zone-less `date +%T.%3N` kill record under the shell's `date` saying CET, over nodes
  // logging UTC with `Z`, was read as UTC, both detections an hour before it; right since session 35: date-output.ts
  // reads a bare time in the zone a plain `date` of the same shell showed, with shellzone's EST variant.)
  // (adv24-client-not-leader-redirect-…: the kill of the follower node1 taken as the leader's, a latent FALSE PASS; right
  // since session 37: node2's `heartbeat round ok (2/2 acks)` is a leader's tally, default-patterns.ts HEARTBEAT_ACKS_PATTERN.)
  // adv25 (20:40 UTC, main at 8173789f): 21 pastes probing the kill record and its clock, truth by hand before the engine
  // ran (ecd89d6f, 2c8667b4); 13 of 21 right (no false pass), 18 since the lead's fixes (session 35). See
  // fixtures/pastes-corpus/README.md "adv25". Left:
  // (adv25-macos-date-T-3N…: BSD `date +%T.%3N` prints `15:19:58.3N`, which was no record ("no timestamp"); right since
  // session 35: parseClock reads `.3N` as whole seconds, so the report says the kill's time is too coarse.)
  // (adv25-powershell-utcnow-unix-ms…: `[DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds()` was no date command, the
  // report said "no timestamp" and hid node3's +312 ms; right since session 35: scan-lines.ts DOTNET_NOW.)
  // (adv25-date-fr-locale-default…: GNU date's fr_FR default output `mer. 02 déc. 2026 15:19:58 CET` was no record ("has
  // no timestamp"); right since session 37: locale-date-output.ts reads fr/de/es/it/pt/en_GB default dates as the C
  // locale's, whole seconds, so the report says the kill's time is too coarse.)
  // (adv25-tz-utc-date-record…: `TZ=UTC date +%T.%3N` over zone-less local node lines whose zone the shell's `date`
  // shows was read on one clock, +3600003 ms; right since session 35: date-output.ts reads a UTC record on the shell's
  // clock.)
  // (adv25-docker-nodes-utc-host-cet-record…: containers logging zone-less UTC (`docker exec kv-node2 date` prints `… UTC
  // 2026`) read on the CET host record's wall clock, both followers "only before the kill"; right since session 37:
  // shown-zones.ts reads containers' lines in the zone a date run in a container printed.)
  // (adv25-time-kill-then-date…: bash's `time` report between `time kill …; date +%T.%3N` and the date's output hid the
  // record; right since session 35: scan-lines.ts skipTimeReport.)
  // (adv25-date-M-S-3N-no-hour-record…: `date +%M:%S.%3N` prints `19:58.123`, which was no time; right since session 37:
  // hourless-record.ts takes the one hour within minutes of which the nodes' zone-less lines lie, +3 / +188 ms.)
  // (adv25-cmd-echo-date-time…: `echo %date% %time%` and its `02.12.2026  9:41:07,12` were no record; right since
  // session 35: DATE_COMMAND reads the echo, parseNumericDateTime the space-padded hour.)
  // adv26 (session 36, main at 5fb478ea): 20 student pastes, truth by hand before the engine ran (c91c05f1), and two
  // variants written after it (65111e69, marked so) that separate two faults; 16 of 22 right: 1 FALSE PASS, 4 false
  // fails, 1 right verdict with an unnamed killed node. See fixtures/pastes-corpus/README.md "adv26".
  // (adv26-per-process-elapsed-…: `[+s.mmm]` since each C node's own start read as one clock, +102 / +203 ms, a FALSE
  // PASS; right since session 37: process-clocks.ts reads each node's count as its own clock, with clock37's siblings.)
  // (adv26-date-T-3N-z-offset-record… and adv26-date-iso-colon-offset-record…: `15:03:11.087+0100` was no record, and
  // with the record read node2's zone-less host lines were read as UTC beside node3's `Z`, +3600002 ms; right since
  // session 37: readPrintedZone reads the glued offset, shown-zones.ts reads the host shell's zone-less lines in the zone
  // its own date printed.)
  // (adv26-journalctl-utc-short-precise-zoneless-utc-vs-local-record-with-zone-name…: `date +'%T.%3N %Z'`'s `15:03:11.086
  // CET` was no record; right since session 37: date-output.ts readPrintedZone reads a zone printed after the time.)
  // (adv26-journalctl-utc-short-precise-zoneless-utc-vs-iso-offset-record…: `journalctl --utc`'s zone-less lines were read
  // in the record's +01:00, "only before the kill"; right since session 37: shown-zones.ts reads them as UTC.)
  // (adv26-windows-taskkill-pid-of-node2-follower-cim-listing…, killed node unnamed ("a wrong pid?"): right since session
  // 37: windows-process-listing.ts reads the `Get-CimInstance Win32_Process | Select-Object ProcessId,CommandLine` table,
  // so `taskkill /PID 5184 /F` ends node2, with records37's Get-Process and wmic siblings.)
  // (zones37-date-zone-name-ist-ambiguous-record-shell-iso-offset-shown…, truth first (passed corrected to false for the pattern check): `19:33:11.086 IST` under the same
  // shell's `date --iso-8601=seconds` printing +05:30 was "cannot be compared"; right since session 37: readInShellZone
  // reads a zone name of several zones in the offset the shell showed.)
  // (zones37, session 37: the ten siblings of the five zone false fails above, truth by hand before the engine ran on them
  // (ff860f71), right since session 37's rules with their originals; fixtures/pastes-corpus/README.md "zones37".)
  // adv27 (session 37, main at 07bb2f9a): 20 student pastes, truth by hand before the engine ran (781d0142); 16 of 20
  // right: no FALSE PASS, 2 false fails, 2 right verdicts for a wrong reason. See fixtures/pastes-corpus/README.md "adv27".
  // FALSE FAIL: `pr -m -t -w 140 data/node2/node.log data/node3/node.log | tail -n 6` prints the two files side by side
  // (left column node2, right column node3, tab-padded, cut at 69 columns): the engine ties neither column to a node
  // ("no follower lines in the paste … 2 detection lines could not be tied to any node"). Truth +2 / +164 from node1's
  // own `^C… received SIGINT` line (the order of the files in the pr command names the columns).
  'adv27-pr-m-t-two-columns-node3-rows-under-blank-left-leader-ctrl-c-pane-passes.log',
  // (adv27-docker-stop-sigterm-ignored-…-signal-9-passes, measured from the ignored SIGTERM: right since session 37:
  // daemon-events.ts, ignored-signals.ts, log-facts.ts isLostAfterLastClaim; the SIGKILL is judged, +1.723 / +2.142.)
  // (adv27-cat-saved-demo-step2-log-dated-yesterday-…, "node3 led, kill node3 instead" from yesterday's log: right since
  // session 37: log-facts.ts STALE_LOG_MS, node lines that all end hours before the kill do not say who led at it.)
  // (adv27-three-raspberry-pis-clock-monotonic-per-host-boot-no-common-clock-fails, a right verdict for a wrong reason —
  // node1's own `^C[81234.100212] node1: received SIGINT` read as having no timestamp — is right since session 48: the
  // echoed `^C` before a relative stamp is skipped (scan-lines.ts isEchoedKey), so the kill is node1's on pi1's clock,
  // which no follower shares.)
  // clock37 (session 37): siblings of adv26's per-process clocks and adv24's redirect, truth by hand before the engine
  // ran (2f393b81). See fixtures/pastes-corpus/README.md "clock37".
  // (clock37-one-process-simulates-three-nodes-all-start-at-zero-one-stream-passes, `sim: killing leader node1` read as
  // no kill: right since session 37: KILLING_LEADER_PATTERN, a harness's announced kill of the leader it names, with
  // sigfix37's two siblings written first.)
  // adv28 (session 38, main at e8cb3af3): 20 student pastes, truth by hand before the engine ran (01737966), and three
  // variants written after it (marked so in their notes); 19 of 20 blind right, 19 of 23 in all: no FALSE PASS, 1 false
  // fail, 3 right verdicts with wrong measurements. See fixtures/pastes-corpus/README.md "adv28".
  // (adv28-c-ctime-with-ms-glued-after-year-tail-headers-node3-301-fails, a right verdict for a wrong reason, and its
  // -200-passes twin, a FALSE FAIL — C's `[Thu Dec  3 07:01:02 2026.646]`, ctime with the ms glued after the year, read
  // as whole seconds, "too coarse" — are right since ctimems, session 38: parse-timestamp.ts readFractionAfterYear, with
  // five ctimems siblings written first.)
  // (adv28-kill-l-…-node3-320-fails, `date +%T.%3N; kill -l` 11 s before the kill judged the first kill of the leader,
  // is right since killl28: a signal listing, its table and `help kill` are no kill, signal-listings.ts.)
  // (sigfix38, session 38: kill lines' signals and harness kills, truth by hand in fixtures/pastes-corpus/sigfix38-cases.json.
  // Right since session 38: `chaos | killing the leader n2`, a chaos column naming the leader by the nodes' short name,
  // read as no kill (KILL_LINE_MISSING); `killing leader node1 … with signal 12` (SIGUSR2 by number) read with no signal,
  // so node1 living on as a member was not taken as its surviving the signal (a false pass).)
  // (attr39, session 39: adv39's thread-column and node-key pastes with the probe's variants. Right since session 39: a
  // logback paste whose node-3 detected by `peer node-2 closed the connection (java.io.EOFException)`, once the
  // connection pattern took Java's EOFException, Python's EOFError and Rust's UnexpectedEof as it takes a bare EOF.)
  // real43 (session 43): 21 pastes of a real PySyncObj 0.3.14 cluster (git 2ec056d) cut by a blind tester, truth from
  // the raw captures (fixtures/pastes-corpus/README.md "real43"). 13 right at first, 20 since session 43's rules:
  // (real43-pso-F-tail-n6-all, real43-pso-G-tail-f-live, real43-pso-G-date-kill-then-tail-f, FALSE FAILS, and
  // real43-pso-B-date-kill-tail-n10-all, right verdict for a wrong reason: a leader known only by its address, no
  // writer, so "kill 127.0.0.1:27063 instead" or a teardown judged; right since own-addresses.ts — a node's own
  // statement of who leads right after its claim, or the one peer address left, ties the address to it — and
  // alias-term-leaders.ts linking termed claims and untermed statements by time.)
  // (real43-pso-F-cat-all-writerless, real43-pso-F-cat-grep-v-set-no-prompt, FALSE FAILS, and
  // real43-pso-B-cat-all-writerless, right verdict for a wrong reason: a cat of Python's writerless files opening
  // `kv_node N listening on …`; right since attribute-node.ts readSpacedStartupNode names node N, so the files are
  // read by their time jumps.)
  // right verdict and ms, leader unnamed: the followers' `tail -n 6` names the dead leader only as the address both
  // lose at the kill (`leader changed from 127.0.0.1:27063 to None`); no pasted line says who led before the kill, and
  // a line naming the leader it lost is read as no statement of who led (classify-line.ts LEADER_VALUE reads only the
  // new one of `changed from X to Y`). Reading X as "led until this line" is a new kind of statement, left for now.
  'real43-pso-F-date-kill-tail-followers.log',
  // adv47 (a blind tester's 33 student pastes, session 47, truth first; its gdb case's kill line made null, the corpus's
  // rule for an untimed kill): 7 wrong at first — two FALSE PASSES (a
  // follower's "AppendEntries from node1 ok, election timeout rearmed …" / "heartbeat from node1 …, next election
  // timeout: 238 ms" right after the kill, the leader's last heartbeat, read as its detection) and an IRC log and pm2
  // logs falsely failed, all right since (default-patterns.ts NOT_A_DETECTION_HEARD_SOURCE, scan-lines.ts
  // findChatPostedStamp, read-log-events.ts: a supervisor app's own [nodeN] tag). Left, with what they get wrong:
  // FALSE FAIL: `column -t` turns each single space into a run ("heartbeat   timeout"); the lesson's patterns and the
  // literal scan take one space (or `_`/`-`) between words, so no line matches. A run of spaces as one word gap is a
  // change to the literal automaton (a space state looping on spaces), left for its own session.
  'adv47-column-t-table.log',
  // FALSE FAIL: awk's `{print $0, "[" FILENAME "]"}` puts each line's file at its END; the head scan reads writers at
  // the head only, so no detection is tied to a follower (FOLLOWER_DETECTION_UNATTRIBUTED, which quotes them).
  'adv47-awk-filename-suffix.log',
  // Right verdict (fails), wrong reason: the student pasted the checker's own FAILED report; n3's quoted log line
  // (+363 ms) is read as no detection rather than a late one, and the report is not recognised as one.
  'adv47-checker-output-pasted.log',
  // adv47b (a blind tester hunting false passes: 30 failing pastes and 5 controls, session 47, truth first): 12 FALSE
  // PASSES at first — detection words on lines that report none (`missed 0 consecutive heartbeats`, `fsync(…) returned
  // 0`, `leader down check: … ok`, `heartbeat timeout check: ok`, a metrics push's `connection refused`, `election
  // deadline pushed back`, `next election timeout at …`, `election timeout: 183 ms left`), busybox's and util-linux's
  // failed kills, a health-check sidecar counted as a follower — right since (default-patterns.ts, find-non-members.ts).
  // Left:
  // (adv47b-14-stale-status-leader, a FALSE PASS — node3's stale `status: role=follower leader=node1` in the ms of
  // node1's own `role=follower leader=node2` read as who led, so the killed follower node1 was the leader and the peers'
  // `lost connection to peer node1` its detections — is right since session 48: a node's own word outweighs another's
  // that it leads, log-facts.ts isDisowned, with s48's sibling and two controls.)
  // (adv47b-12-same-follower-two-names, right verdict with node2's ms wrong — `127.0.0.1:7002 connection to leader …
  // lost` (+2 ms) is node2's by its listen address on line 2, measured from its later +231 ms line — is right since
  // session 48: read-log-events.ts nameAddressHeads, with s48's passing sibling.)
  // adv48 (a blind tester's 30 pastes, session 48, truth first; 24 real captures of a student-style C node the tester
  // wrote, lab under /work/team/adv48): 26 of 30 right at first, one FALSE PASS (node3's `RequestVote{… reason="election
  // timeout"} -> granted`, the candidate's reason read as node3's own timeout) — right since (default-patterns.ts
  // CANDIDATES_TIMER_PATTERN), with a `date -u` record read in the nodes' +01:00 (scan-lines.ts), a summary's 12-hour
  // "kill at 03:26:17.699" taken as the kill at 03:26 AM (student-lines.ts markKillsInWords) and an echoed "killing
  // leader (pid 26456) at 15:24:19.880" no record (KILLING_LEADER_AT_PATTERN). Left:
  // (adv48-08-tmux-panes-monotonic-ctrl-c, a false fail — tmux panes whose lines start with a monotonic `[26532.688664]`
  // not split, and `^C[26532.903410] node1 received SIGINT` no kill — is right since session 48: detect-pane-layout.ts
  // RELATIVE_HEAD, scan-lines.ts isEchoedKey.)
  // (adv48-29-paste-two-columns, a false fail — `paste node2.log node3.log` puts node3's record after a TAB on each row,
  // and that column was dropped — is right since session 48: paste-columns.ts, PASTE_COLUMNS_SPLIT.)
  // Right verdict (fails), wrong reason: three VMs' terminals headed by `student@raft-b:~$ tail -n 4 kv.log` prompts are
  // not tied to their hosts' nodes ("no follower lines in the paste"), and the leader is named `10.0.0.12:7000`.
  'adv48-30-three-vms-raft-c-clock-behind.log',
  // adv48b (a blind tester hunting false passes, session 48: 25 pastes, 24 real runs of the adv48 C node; truth first).
  // 8 FALSE PASSES at first, 5 right since: followers signalled in the leader's own instant (a Ctrl+C of the cluster
  // script, `received SIGINT, draining for 500 ms`) are ended with it (log-facts.ts findFollowerDeath), a lost link to a
  // numbered peer that is not the leader (`connect to peer node4 … connection refused`) is no detection
  // (measure-detection.ts), `ssh host 'kill …'; date` and `kill && sleep 0.2 && echo "… $(date …)"` time no kill
  // (scan-lines.ts, student-lines.ts), a received message quoted on the line (`<- node2 {… "msg":"election timeout …"}`,
  // `node2 says: …`) is the sender's (classify-line.ts isOnlyRelayed), stamps in tenths whose span reaches past the
  // window prove nothing (measure-detection.ts). Left:
  // FALSE PASS: after an untimed `kill %1` that ended the leader (`[1]+ Terminated`), a timed `pkill` that matched
  // nothing and printed nothing is judged the kill (+60 / +211 ms for a true +973 / +1124).
  'adv48b-11-untimed-kill-then-silent-pkill.log',
  // Right verdict (fails), wrong reason: each node stamps ms since its own start; the engine names no leader and no kill
  // (the truth's 197 / 400 ms come from anchoring each process clock by hand).
  'adv48b-03-per-process-relative-ms.log',
  // Right verdict (fails), wrong leader: `pkill -f "kv_node --id"` ends all three; the nameless record joins node2's
  // own `received SIGTERM` (the first after it), so node2 is reported as the leader the followers' lines name node1, and
  // node3's EOF at +21 ms counts.
  'adv48b-15-pkill-killed-all-three.log',
  // Right verdict (fails), wrong leader: with node3's quoted RequestVote no detection, the first reading (the lines that
  // only hear from a leader left out) names the leader from after the kill (node2, "led on"); node1 led.
  'adv48b-17-node3-debug-dump-quotes-node2.log',
  // adv49 (a blind tester, session 49: 30 pastes from real runs of a Rust node and a Java node, with env_logger, tracing,
  // java.util.logging, logback, journalctl, GNU screen, multitail, tmux and PowerShell captures; truth first). 27 right
  // at first, none a false pass; two false fails were rule questions (see the cases' notes). Left:
  // (adv49-11-rust-journalctl-iso-precise-late — right verdict for a wrong reason, `journalctl -t kv_node` writers
  // reported as `kv_node[PID]` and a phantom follower — is right since session 50: name-process-writers.ts.)
  // (adv49-14-rust-multitail-merged-window, a false fail — multitail's window cuts rows at its width and a cut on a
  // space lost it, so node1's detection was two rows of different widths — is right since session 49: SPACE_LOST.)
  // adv49b (a blind tester hunting false passes, session 49: 25 pastes, real runs of the adv48 C node, some edited;
  // truth first). 8 FALSE PASSES at first; right since: a harness's `node2: expect election timeout within 300ms`
  // (default-patterns.ts AWAITED_TIMEOUT_PATTERN), a leader whose followers followed it again after its own SIGTERM
  // line (log-facts.ts findFollowedAgain), stale EOFs from a leader deposed before the kill (isDeposedBefore); a rule
  // decision passes the two 5-node pastes whose unshown followers cannot be judged. Left:
  // (adv49b-13-fail-node3-partitioned-before-kill, a FALSE PASS — node3 timed out 137 ms before the kill and started
  // an election at term 2, then its term-3 timeout +113 ms after the kill counted as noticing it — is right since
  // session 49: timeout-loop.ts findCandidacyRounds.)
  // FALSE PASS: adv49b-13's run filtered to lines after the kill; only node3's term (3, above the first election
  // after the kill, 2) shows it was a candidate before.
  'adv49b-14-fail-node3-partitioned-awk-after-kill.log',
  // FALSE PASS: two laptops' `date` outputs and the student's words show node3's clock 251 ms behind; its +133 ms is
  // +384 on the leader's clock. Stated skews are not read.
  'adv49b-17-fail-two-laptops-clock-250ms-behind.log',
  // adv49c (a blind tester, session 49: 20 real runs of the adv49b C node, hunting false fails of this session's rules;
  // truth first). 8 false fails by the brief's "a follower that only voted is a warning", decided against it (the
  // lesson's followers: 2); the candidacy, deposed-leader and lived-on rules misfired on none of its true passes. Left:
  // (adv49c-18-fail-deposed-leader-tail, a FALSE PASS — adv49b-25's deposed leader with its own term claim cut by
  // `tail -n 3` — is right since session 50: the winner's own timeout on node1 started the term it won.)
  // (adv49c-19-fail-kept-leading-heartbeats-grep, a FALSE PASS — a leader kept leading after its own SIGTERM line, its
  // followers' re-follow lines grepped out, only their heartbeats left — is right since session 50: check-paste.ts reads
  // the heard lines when a measured follower hears after its detection, and findFollowedAgain takes two heard lines.)
  // adv50 (a blind tester, session 50: three C nodes of its own in three logging styles, 30 real runs, truth first).
  // 2 FALSE PASSES and 6 false fails at first; right since: per-process `[   x.xxx]` counts with no start shown
  // (process-clocks.ts provesSinceStartClocks: adv50-29, a FALSE PASS, and adv50-20), a banner's rounded offset
  // (adv50-27), a second signal the leader received (adv50-24's timing), `kv_node[PID]` file writers named by the stop
  // (adv50-07's reason), C's unpadded `%ld` ms (`41.50` for 41.050: scan-lines.ts decideUnpaddedMillis, adv50-10's
  // reason and adv50-11), the writer whose own kill the others' loss of `leader 3` follows (adv50-11); rule decisions for the lesson's first pattern (adv50-21, -24) and a zone-less record
  // (adv50-23). Left:
  // False fail: two runs appended to the same files, the second run's pids tied to no `kv_node id=N` line: five
  // followers, and the first run's teardown judged.
  'adv50-05-l1-two-runs-appended.log',
  // Right verdict, wrong reason: `caught signal 2` is not read as SIGINT, so the report says no kill line instead of
  // a leader that lived through both Ctrl+Cs.
  'adv50-18-l2-sleepy-handler-leader-survives.log',
  // adv50b (a blind tester hunting false fails of session 50's rules, 23 real runs of adv50's three C labs, truth first):
  // 21 right at first; its FALSE PASS (a launcher's stream cut by `tail` to node3's banner, which anchored node1's and
  // node2's own uptimes: 22) and 08's wrong leader are right since a node's banner anchors only its own lines
  // (scan-lines.ts decideRelativeAnchors), its false fail 23 since a `date +%T.%N` record's nine digits no longer stop
  // the unpadded-ms proof. Left:
  // Right verdict, wrong ms: a `sort`ed merge of C's unpadded ms where no fraction ends in 0 and the decimal reading
  // runs no writer backwards (`42.13` after `42.012`, before `42.263`): the paste does not prove 42.013, so +118 ms.
  'adv50b-16-unpadded-followers-sort.log',
  // adv50c (a blind tester hunting false passes, session 50: 38 real runs of its own Python and Rust nodes, truth first).
  // 4 FALSE PASSES at first: 10 and 11 (a SIGTERM handler that closed its sockets and kept leading, only heartbeats
  // showing it) are right since (hearsAfterDetection, findFollowedAgain's heard lines); rule decisions for 12 (the
  // lesson's first pattern). Left:
  // FALSE PASS: node3's clock 300 ms behind, said in a comment line only: stated skews are not read (as adv49b-17).
  'adv50c-16-clock-offset-node3.log',
  // adv51 (a blind tester, session 51: 36 real runs of its own Java 17 and Node 20 nodes, truth first). 6 FALSE PASSES
  // at first: 08, 23, 24, 36 (a SIGTERM handler that never exits, the old leader voting and following in term 2) are
  // right since findOwnActAfterKill; 11, 12 (a JVM hook's `node2 stopped` 300 ms after the `date; kill` record, read as
  // a second kill) since endsShutdownOf; 02, 35, 36's thread names as nodes since attribute-file-runs' thread tags. Left:
  // adv51b (a blind tester, session 51: 35 real captures through tmux, script, nohup, ts, strace and launchers, truth
  // first). The false fails 33, 34 (two followers' equal `tail -n 3`, dropped as one log shown twice) are right since
  // tail's headers count as two files (both still fail the lesson's timeout word, as 35); the FALSE PASS 08 (a buffered
  // stdout stamped by `ts` in one flush per node, +292/+296 ms) since flush-stamps.ts. Left:
  // Right verdict, wrong kill line: the launcher's `all nodes stopped` (line 5) taken over its `got Ctrl+C, forwarding
  // SIGTERM to …` (line 3).
  'adv51b-02-trap-ctrlc-grep-leader.log',
  // adv51c (a blind tester, session 51: 34 real runs of 3- and 5-node clusters, elections, double kills, clients, truth
  // first). Its FALSE PASS 30 (a client's `Connection refused` under `python3 kvclient.py` read as node3's) and 31's
  // kill of a follower's stated pid are right since this session. Left:
  // False fail (a rule question): a Python leader whose SIGTERM handler logged 714 ms after a plain `date; kill` record:
  // a kill that looked nothing up signalled at once, so the record times it (+721); the tester timed it by the line.
  'adv51c-04-kill-2ms-after-election-late-handler.log',
  // Right verdict, wrong killed node: `kill 16263` where the paste shows only node1's and node2's pids (16261, 16262),
  // so the pid is node3's by elimination; the report names node1.
  'adv51c-08-deposed-followers-only-records.log',
  // adv51d (a blind tester hunting false fails of session 51's rules, 23 real runs, truth first): 03 (a drain that voted,
  // then said it stopped) and 08 (a slow handler's `stopped` 907 ms after the record, heard until then) are right since;
  // 02 by a rule decision (in its note). Left:
  // False fail: three `ssh pi@raftN tail -f …` terminals whose lines name no node: hosts raft1..raft3 are not tied to
  // the nodes the lines name, so FOLLOWER_MISSING.
  'adv51d-13-ssh-tail-f-three-terminals.log',
  // adv52, adv52b and adv52c (session 52: Rust/Perl nodes, C with ts/strace/syslog shims, a false-pass hunt). Fixed
  // this session: adv52c-30 and -32's false passes, adv52-40/-41's flush stamps. Left:
  // False fail: two `ts` processes stamp node1's EOF 0.228 ms before the leader's SIGTERM line: no tolerance for
  // stamping jitter between processes (a detection before the kill fails).
  'adv52b-20-ts-stdbuf-oL.log',
  // Right verdict, wrong killed node: every stamp is a flush at exit; the engine names node2 (the leader) killed, node1
  // (a follower) was.
  'adv52b-21-ts-fully-buffered-flush-at-exit.log',
  // Right verdict, a rule question: node3's clock runs 2.4 s ahead, so its start line stands 2277 ms after the kill and
  // its heartbeat timeout (+2547 ms as written, the truth) reads as a later run's; the report says so (laterStart).
  'adv52c-24-fail-skew-plus-2400.log',
  // Right verdict, wrong reason: node1 was a candidate when killed (nobody led); the engine names it leader and reads
  // node2's first election timeout as noticing it.
  'adv52c-39-fail-killed-candidate.log',
  // adv52d (a blind tester, session 52, false fails of this session's rules: 32 real runs). Its false fails 03 and 30
  // (status lines restating the leader) and false pass 31 (a pid-tied kill's leader followed again) are right since this
  // session. Left:
  // FALSE PASS: the leader's followers follow it again 1-3 ms after their EOFs, inside the kill's own instant
  // (SAME_KILL_MS): read as the kill's moment, not a leader living on.
  'adv52d-08-closekeep-refollow.log',
  // False fail: the lesson's first pattern wants "timeout"; both followers detected by a lost connection only (a rule
  // question of the lesson).
  'adv52d-12-peer-eof-status-before.log',
  // Right verdict, wrong leader: a follower killed with a bare pid; the engine names node3, node1 led.
  'adv52d-13-follower-killed-peer-eof.log',
  // Right verdict, wrong reason: a follower killed; the engine names no leader and counts node1 (the leader) as a
  // follower at +5 ms.
  'adv52d-14-follower-killed-dumps.log',
  // False fail: a scripted kill right after the election, stamped by `ts`: node1's lines within 2.7 ms read as one flush
  // although the followers' votes stand between them; the script's cleanup kill is judged.
  'adv52d-15-ts-fastkill-whole-terms.log',
  // False fail: the flush rule fires on a node's own `[HH:MM:SS.mmm]` stamps of a fast scripted kill (no pipe stamped
  // them).
  'adv52d-17-ownstamp-fastkill.log',
  // FALSE PASS: a follower killed by a bare pid no line states; its peers' `peer node2 disconnected (EOF)` count, the
  // leader node1 among the followers (peer-only links need a known killed node).
  'adv52d-32-mesh-follower-killed-verify-grep.log',
  // adv52e (a blind tester, session 52: a C++17 node's real runs in terminals, ctest, make, gdb, valgrind, CRLF). Left:
  // Right verdict, wrong kill: the leader paused under gdb, then its own line following node2: read as leading on; the
  // teardown is judged.
  'adv52e-17-gdb-stop-continue-late.log',
  // Right verdict, wrong kill and leader: unpadded ms `.61` read as 610 ms, the other node's teardown judged.
  'adv52e-36-unpadded-ms-no-proof-ctrlc.log',
  // False fail: a steady_clock millisecond counter `[67586855]` is no time the engine reads.
  'adv52e-37-steady-ms-integer.log',
  // False fail: epoch seconds printed as a double in scientific notation (`1.79644e+09` with the ms beside) not read as
  // the kill's time.
  'adv52e-38-epoch-double-scientific.log',
  // adv52f (a blind tester, session 52, a second false-pass hunt: 5- and 7-node clusters, signals, shippers, proxies).
  // Its FALSE PASSES 33 and 34 (`/bin/kill -STOP`, `kill -sSTOP`) are right since session 52; 03, 10, 14, 19-23 since
  // session 53. Left:
  // Right verdict, wrong leader: a 7-node partition's stale term-1 leader node1 named instead of node4.
  'adv52f-04-seven-partition-stale-leader.log',
  // Right verdict, wrong followers: the same partition without the status lines.
  'adv52f-05-seven-partition-stale-leader-nostatus.log',
  // Right verdict, other followers: node4 leading a 7-node cluster; the engine measures node5-7, the truth node2/node3.
  'adv52f-06-seven-partition-real-leader.log',
  // FALSE PASS: `kill -HUP` to a node that reloads on HUP: its followers' lost links count as detections.
  'adv52f-09-hup-reload-followers.log',
  // Right verdict, wrong reason: `kill; sleep; date; kill -0` — the record after the kill is read as no kill time.
  'adv52f-11-kill0-record-after-kill.log',
  // FALSE PASS: node3's log is yesterday's run at the same time of day (`ls -l` shows Dec 4).
  'adv52f-17-yesterday-node3-log.log',
  // Right verdict, other reason: node1's `[replicator-node3]` thread line is its own now, but the grep cut its `drain
  // done, stopped`, so node1 following node2 123 ms after its SIGTERM reads as a leader that lived on (truth: node2 +1
  // ms, node3 no detection).
  'adv52f-24-leader-replicator-thread-grep-h.log',
  // Right verdict, wrong ms: the timed kill hit a bash wrapper; node3 +1765 ms from it instead of +152 from the node's
  // own line.
  'adv52f-28-wrapper-shell-killed.log',
  // adv53 (a blind tester, session 53, a third false-pass hunt: signals that pause, per-host clocks, deposed leaders).
  // FALSE PASS: the followers run on two VMs whose clocks the paste's own `ssh vmN date` shows 0.4-0.5 s behind the
  // leader's; measured from the leader's clock they detect at +59/+58 ms, their own lines saying 450 ms of silence.
  'adv53-07-skew-shown-by-ssh-date.log',
  // FALSE PASS: the same run, the skew stated only in the student's comment.
  'adv53-08-skew-stated-in-comment.log',
  // FALSE PASS (arguable): node1 was deposed 4.4 s before its kill (both followers timed out on it, node3 ran term 2's
  // election); the student's grep kept no line naming term 2's leader, and the EOFs after the kill name no leader.
  // FALSE PASS: follower node3 was suspended (Ctrl+Z) before the leader's Ctrl+C and resumed (fg) after: its heartbeat
  // timeout at +120 ms is an overdue timer firing on resume; the pause logic asks only about the leader.
  'adv53-12-follower-ctrlz-across-kill.log',
  // adv54b (a blind tester, session 54: should-fail pastes from real Python nodes on one host and two).
  // FALSE PASS: node2 runs on another machine whose clock the paste's `date; ssh pi-b date` shows 215 ms behind: read on
  // the two clocks as written it detects at +163 ms, corrected about +378 ms (its own line: 429 ms of silence).
  'adv54b-06-cross-host-skew-shown-by-date.log',
  // Right verdict, wrong ms: the same shown skew the other way (node2's clock ahead): +127 ms read, +7 ms corrected.
  'adv54b-29-pass-cross-host-skew-ahead.log',
  // adv54d (a blind tester, session 54: which kill and which run the evidence belongs to, real Python nodes).
  // False fail (arguable): two clusters' logs (ports 78xx and 79xx) sorted into one paste; cluster A's kill is detected
  // by both its followers at +2 ms, but the engine takes cluster B's leader as the one leading then.
  'adv54d-19-two-clusters-sorted-both-kills.log',
  // FALSE PASS: cluster A's two nodes, which never followed cluster B's killed leader (their timeouts name A's own
  // leader), count as B's detecting followers: "3/3" though B's second follower never detected.
  'adv54d-32-two-clusters-other-clusters-timeouts-fill-follower.log',
  // adv54c (a blind tester, session 54: Ruby, Perl, Tcl, C++, PHP, Lua and bash nodes, supervisord, multitail).
  // False fail: `sort | column -t` padded every gap to a column ("heartbeat  timeout", "read  returned   0"): the
  // lesson's patterns, a space each word gap, match none of the follower lines.
  'adv54c-27-log4perl-sorted-column-t.log',
  // adv54e (a blind tester, session 54: the shapes a paste takes on its way to the platform, from real captures).
  // False fail: JSON lines pasted through a word processor, every `"` now `“ ”`: no line is read as JSON, so none is tied
  // to a node (the same paste with straight quotes passes).
  'adv54e-20-word-smart-quotes-json.log',
  // adv54f (a blind tester, session 54: the 300 ms boundary and time formats, real runs): all right since the session's fixes.
  // adv54g (a blind tester, session 54: zsh, fish, busybox ash, tcsh, ksh, PowerShell and macOS shells): all right since
  // session 57 read PowerShell's default `Get-Date` (`Saturday, December 5, 2026 3:19:11 AM`).
  // adv54i (a blind tester, session 54: C nodes with the bugs and choices C students make, real runs).
  // False fail: CLOCK_MONOTONIC printed bare at the head (`5393.109 node1 …`), a form the docs do not list (the bracketed
  // `[5392.871394]` is read).
  'adv54i-09-monotonic-plain-ms.log',
  // adv55d (a blind tester, session 55: stamps that are not when the event happened, real runs).
  // Wrong kill line, verdict right: `ts -s` relative stamps over a launcher line carrying its own wall time (`2.129398
  // launcher: 10:24:59.176 killing leader node1`): the line's time is read from its wall time, on another clock than
  // the nodes', so node1's own line 22 ms later is judged (+15/+268 ms instead of +37/+290).
  'adv55d-05-ts-s-launcher-linebuffered.log',
  // False fail: fluent-bit's stdout output (`[0] kv.node2: [1796466386.128567225, {"log"=>"10:26:25.626 node2 …"}]`): the
  // relay's batch epoch is read as each line's time; the programs' own stamps inside `"log"=>` are not.
  'adv55d-13-fluentbit-stdout-ownstamps.log',
  // Right verdict, wrong ms: the same relay shape, too slow by the own stamps (+346 ms) and by the batch times (+543).
  'adv55d-14-fluentbit-stdout-ownstamps-slow.log',
  // adv55e (a blind tester, session 55: who really led when the kill landed).
  // Right verdict, wrong leader: two leaders — node3 cut off, still logging `role=leader term=2`, while node2 won term 3
  // and was killed; node3's own lines never state term 3, so its stale claim is read as the leader at the kill.
  'adv55e-12-twolead-new-status.log',
  // adv55f (a blind tester, session 55: this session's rules attacked both ways).
  // Right verdict, wrong kill: `kill 4438` (a stray pid) then `kill 2914`, the pid node1's own start line states; no kill
  // is in time, so the first is judged (+2431 ms) — only a pid the leader's own signal line joins tells the first record
  // was another process's (a listing's pid may be a relaunch's, adv19).
  'adv55f-05-wrong-pid-then-leader-slow.log',
  // adv55h (a blind tester, session 55: pastes a student edited or assembled to get the XP, from real runs).
  // False fail (a made-up paste): the typed claim `# killed the leader at 10:56:03.410` read as a root prompt's comment.
  'adv55h-06-S-typed-claim-only.log',
  // FALSE PASS: a too-slow run's timeout times edited down 100 ms; node2's own status line 49 ms after the claimed timeout
  // still says `term=1 leader=node1`, and its time steps back at the edited line.
  'adv55h-17-T2-detections-edited-status-left.log',
  // FALSE PASS (arguable): the lesson's example sentences typed into a too-slow run; the same node says 146 ms later it
  // heard nothing for 422 ms.
  'adv55h-23-S-lesson-example-lines-inserted.log',
  // FALSE PASS (arguable): another run's pgrep and kill with an edited time over the followers' logs; the pids differ.
  'adv55h-25-mixed-S-record-edited-A-followers.log',
  // adv55i (a blind tester, session 55: localized logs, real runs).
  // False fail: a GBK-encoded paste (Chinese messages, the lesson's words in ASCII) refused as binary data.
  'adv55i-19-zh-mix-gbk.log',
  // adv56a (a blind tester, session 56: nodes logging in real Raft libraries' words and formats).
  // Right verdict (fails), wrong reason: a `cat` of three braft glog files, whose lines name their node only in
  // `node kv:127.0.0.1:39632:0 …` words and whose `3099` column is a thread id: no line is tied to a follower.
  'adv56a-22-braft-kill9-cat.log',
  // Right verdict (fails), wrong leader name: LogCabin's Ruby-Logger lines (`I, [… #3394]  INFO -- …: Server 1 starting`)
  // are named by their pid column (`#3394`), not by the `Server 1` their start line says.
  'adv56a-27-ruby-logcabin-cat.log',
  // Right verdict (fails), leader unknown: LogCabin's `All hail leader 2 for term 1` is read as no follow line.
  'adv56a-28-ruby-logcabin-kill9-followers.log',
  // Right verdict (fails), wrong reason: node3's etcd-style `… ignored MsgPreVote … at term 1: lease is not expired`
  // states a term below the `elected leader … at term 2` it logged before (the tester's node printed a stale term):
  // read as a new life, its +705 ms election is no detection of this kill.
  'adv56a-32-etcd-zapjson-prevote-lease.log',
  // adv56b (a blind tester, session 56: time arithmetic at midnight, noon, DST, odd fractions, rounded records).
  // adv56d (a blind tester, session 56: clusters of 2, 4 and 5 nodes, followers down, removed, paused, restarted).
  // False fail: a five-node cluster's frozen old leader node5 (SIGSTOP, term 1) resumes 1 s after node3's kill, only
  // then learns of node3's term 2 (`saw term 2 from node3, stepping down`), follows it and fails to connect: it was no
  // follower of node3 at the kill, but its `Connection refused` is measured (+1015 ms).
  'adv56d-30-five-node-stale-old-leader-resumes.log',
  // adv56e (a blind tester, session 56: this session's rules attacked both ways, real runs of a Python node).
  // FALSE PASSES (edited pastes): a whole section's lines after the kill shifted back 43 s (-32, as an older file
  // under the newer one); an edited EOF with no start line shown, explained as a buffered-stdout block (-33). (Two lines
  // per follower edited before their own start, -48, are right since session 75: a run of them between the writer's
  // lines after its start detects nothing.)
  'adv56e-32-edited-block-after-kill-shifted.log',
  'adv56e-33-edited-eof-no-start-line-shown.log',
  // (A learner known only by its timer's line, etcd's `node3 is unpromotable and can not campaign`, -42, a false pass, is
  // right since session 69: that line says node3 does not vote.)
  // Right verdict, wrong leader: a `printf '%.0f'` record rounded up past node1's death names node3 as the killed node.
  'adv56e-07-printf-rounded-whole-second-kill-rounded-up.log',
  // False fail: `echo "killing leader at $(date +%s%3N)"` prints its epoch ms inside a sentence, read as no kill time.
  'adv56e-37-echo-date-ms-epoch-in-sentence.log',
  // adv57c (a blind tester, session 57: real C nodes). Right verdicts, wrong kill lines: whole-second ctime stamps where
  // the leader's own line and the `date` record share a second (the record is the one to cite, -12); node1 logging UTC
  // and the followers New York time with no zone anywhere: node3's cleanup SIGTERM is judged instead of the record (-13).
  'adv57c-12-ctime-whole-seconds.log',
  'adv57c-13-gmtime-vs-localtime-mixed.log',
  // adv57d (a blind tester, session 57: this session's rules attacked, real runs). Right verdict, wrong kill line: a
  // deposed node1 killed, then the whole cluster torn down; the teardown's node3 is judged instead (-15).
  'adv57d-15-deposed-stale-leader-eof.log',
  // adv57e (a blind tester, session 57: Windows and macOS terminals). Right verdict, wrong report: `Stop-Process -Name
  // python` ended every node, a +01:00 kill time over zone-less lines of which only node3's EOF falls near the kill: the
  // zone is not read from one writer, so node3's EOF reads as an hour after it (-23).
  'adv57e-23-ps-stopprocess-name-all.log',
  // adv59a (a blind tester, session 59: clocks of real C, Python, Node and Rust nodes). Right verdict, wrong ms: node2's
  // EOF that banner-anchored counts put 1 ms before the kill, within the two banners' rounding, is passed over for its
  // timeout (+178 for 0, -22).
  'adv59a-22-per-process-wallclock-banner.log',
  // adv59c (a blind tester, session 59: cluster shapes). False pass: a `kill -USR1` the leader's handler turned into a
  // partition (its own `partition on: dropping all traffic` 2 ms later, no shutdown line) is taken as its kill (-24).
  'adv59c-24-partition-usr1-trimmed.log',
  // adv60e (a blind tester, session 60: attacks on session 60's rules). Right verdicts, wrong kill lines: a leader
  // stepping down in etcd's (`became follower at term 1`) or hashicorp/raft's (`entering follower state`) words before
  // the kill, the teardown's kill of another node judged instead (-07, -08).
  'adv60e-07-etcd-became-follower-before-kill.log',
  'adv60e-08-hashicorp-entering-follower-before-kill.log',
  // adv61b (a blind tester, session 61: real Raft libraries from Debian packages). False fails: hashicorp/raft's
  // `kv_node 2 starting on 127.0.0.1:22102` not tying the node to its address, so its followers are named by address
  // and none is measured (-12; -25, -32, -33 fixed in session 62: `starting … on ADDRESS` ties it); etcd's `raft.node: X lost leader Y at term
  // N`, which an etcd leadership transfer also logs while its leader lives, counted by no pattern (-21, -23); etcd's
  // SIGTERM transfer with `[infra2 terminal]` headers unread (-20); a ZooKeeper follower's `Exception when following the
  // leader` (Read timed out) no detection (-36); a Ctrl+C sent by `tmux send-keys` after a date, the leader's window
  // showing only `^C` (-38). Wrong names or kill reading: a follower killed but no leader line the paste shows, so the
  // killed node is not named (-06, -13, -22); etcd's leader named by member id no line ties to a name (-18, -37's
  // ZooKeeper `Mode: leader` row); a pysyncobj follower's `leader is now None` no detection (-31); an etcd capnslog
  // follower's raft lines alone measured from none (-19).
  'adv61b-06-hashicorp-follower-killed.log',
  'adv61b-12-hashicorp-250ms-grep-h.log',
  'adv61b-13-hashicorp-follower-kill9.log',
  'adv61b-18-etcd-capnslog-default-kill9.log',
  'adv61b-19-etcd-capnslog-raft-lines-only.log',
  'adv61b-20-etcd-sigterm-transfer.log',
  'adv61b-21-etcd-zap-sigint-jq-tsv.log',
  'adv61b-22-etcd-follower-kill9.log',
  'adv61b-23-etcd-zap-lost-leader-only.log',
  'adv61b-31-pysyncobj-kill9-one-follower.log',
  'adv61b-36-zookeeper-sigterm-read-timeout.log',
  'adv61b-37-zookeeper-disconnected-grep.log',
  'adv61b-38-pysyncobj-tmux-ctrlc.log',
  // adv61c (a blind tester, session 61: copy paths). False fails: a terminal's soft wrap splitting a grep prefix's
  // stamp (`…node.log:02` / `:11:54.511 …`, -01) or an echoed record's time (`at 02:1` / `8:04.074`, -31); rendered
  // Markdown joining the whole log into one paragraph (-27). Right verdict, wrong kill line: a VS Code copy starting
  // mid-line (`%3N; kill 14955`, -04).
  'adv61c-01-softwrap80-grepH-midstamp.log',
  'adv61c-04-vscode-partial-first-line.log',
  'adv61c-27-markdown-one-paragraph.log',
  'adv61c-31-wrapped-echo-record-midtime.log',
  // adv61d (a blind tester, session 61: student nodes in other languages). False fails: a follower's loss of its
  // leader in words no pattern holds (`leader node1 closed the connection`, `socket to leader node1 ended`, `leader
  // node1 hung up`, -06, -44, -45; wrong ms, verdict right, -09, -38): the lesson's connection pattern is at its
  // backtracking budget (256 paths), so new phrases need a rewrite of it first; Node's `toLocaleTimeString()` then the
  // ms (`[2:19:39 AM.258]`, -40); java.util.logging's XML FileHandler records (-47). Wrong readings, verdicts right: a
  // time at the line's end (-08); Rust nodes' per-process clocks, the kill line left untimed (-33).
  'adv61d-06-node-console-isostring-terminals.log',
  'adv61d-08-node-trailing-iso-kill9-candidate-loop.log',
  'adv61d-09-node-isostring-Z-vs-local-date.log',
  'adv61d-33-rust-uptime-per-node-clocks.log',
  'adv61d-38-node-socket-ended-wording.log',
  'adv61d-40-node-localetime-am-then-ms.log',
  'adv61d-44-node-socket-ended-slow-timeouts.log',
  'adv61d-45-node-hung-up-sigint-slow-timeouts.log',
  'adv61d-47-java-jul-filehandler-xml.log',
  // adv61f (a blind tester, session 61: the lesson's own C students, three C nodes). False fails: a `sort` that moved
  // the `date` record's output to the top of the paste, the leader's own line timing the kill instead (-39); a
  // follower's `peer 1 disconnected` 3 ms after the leader node1's kill, no leader word in it (-14, arguable).
  // adv61e (a blind tester, session 61: attacks on this session's rules). False pass (debatable): `kill -USR2 P; date;
  // kill P` whose step-down prints the date's own ms, read as the TERM handler's (-34). False fails: a node printing its
  // id first (`2 02:44:18.887 WARN …`) merged with `sort`, no line tied to a node (-09); `date;
  // kill -STOP P; sleep 0.5; kill P; kill -CONT P` (-58). Right verdicts, wrong kill lines: a STOP or a USR2's step-down
  // right after the date, the leader's own SIGTERM line cited (-31, -48: ms 2-6 low); one date timing a follower's and
  // the leader's kills in a 5-node cluster (-29).
  'adv61e-09-node-id-first-merged.log',
  'adv61e-29-five-nodes-date-kill-follower-then-leader.log',
  'adv61e-31-date-stop-kill-cont.log',
  'adv61e-34-usr2-stepdown-same-ms-as-date.log',
  'adv61e-48-usr2-after-date-stepdown-1ms-after.log',
  'adv61e-58-date-stop-sleep-kill-cont.log',
  'adv61f-14-slow-timeout-peer-disconnected-lines.log',
  // adv61g (a blind tester, session 61: a second round on this session's newest rules). False pass: a typed table
  // with no log lines beside it measured (-34: a program's markdown table alone — sqlite3, CloudWatch Insights — is
  // measured, so a student's cannot be told from it; -26's `+217 ms` column is a sum, session 62). False fails: a summary kill row below node3's log read as
  // node3's (-16, -28). (Session 62 fixed the notes fences inventing node3, -20/-21/-33, the classmate's quote from
  // the group chat, -31, and the bullets' kill rows restating the record, -15/-32.)
  'adv61g-16-clock-check-date-then-summary-kill.log',
  'adv61g-28-summary-bullet-only-kill-time.log',
  'adv61f-39-kill-time-file-sorted-to-top.log',
  // adv62a (a blind tester, session 62: canonical/raft's C library, libraft 0.15). Wrong readings, right verdicts:
  // whole-second logs whose leader line times the kill in the record's own second (-16); a follower SIGKILLed with no
  // leader line shown (-18).
  'adv62a-16-whole-second-logs-too-coarse.log',
  'adv62a-18-sigkill-follower-leader-trace-io-error.log',
  // adv62b (session 62: several attempts in one paste). False pass, debatable: `date; kill $(pgrep …)` whose leader
  // logs its SIGTERM 301 ms later, judged as the signal's arrival (the documented pgrep rule, -55; the same run with
  // `kill 2401` typed fails, -56). Wrong kill or name, right verdicts: the first dated kill, of a follower, judged
  // over the leader's (-07, -31); a later leader's kill chosen (-04, -11); the then-leader named as killed where the
  // leader's own SIGTERM came over 1 s later (-29, -30, -33, -34).
  'adv62b-04-appended-logs-only-second-record.log',
  'adv62b-07-follower-first-then-leader-same-run.log',
  'adv62b-11-five-nodes-two-leaders-killed.log',
  'adv62b-29-only-first-run-killed-follower.log',
  'adv62b-30-second-run-only-killed-follower.log',
  'adv62b-31-attempts-1-and-2-before-the-good-one.log',
  'adv62b-33-undated-leader-kill-then-dated-follower-kill.log',
  'adv62b-34-kill9-leader-undated-then-dated-follower.log',
  'adv62b-55-pgrep-kill-leader-logs-sigterm-301ms-late.log',
  // adv62c (session 62: OS and terminal copy paths). (Right since session 63: PowerShell 7 under da-DK prints
  // `04.55.12.808`, -44.) Wrong kill lines in the same ms or second: perl Time::HiRes's output (-05), systemd's `Stopping …` line
  // (-43).
  'adv62c-05-macos-perl-hires-one-follower.log',
  'adv62c-43-journalctl-systemctl-stop-systemd-stopping-line.log',
  // adv62d (session 62: the documented rules attacked). False fail: a `ts -i` stream with `[... cut ...]` above the
  // kill (-34). Wrong readings, right verdicts: an unfenced notes kill row read as node3's (-03), a follower killed
  // with no names (-17), `ts -i` gaps as clock times (-22).
  'adv62d-03-unfenced-notes-miscopy.log',
  'adv62d-22-ts-i-hms-no-command.log',
  'adv62d-34-ts-i-cut-marker.log',
  // adv62e (session 62: node identity from process managers). False fails: zero-based `peer 0` read as node0 (-09,
  // -53), GNU parallel's `--tag` column unread (-23, -49), single-letter tags `[A]` (-30). Wrong names or lines,
  // right verdicts: Greek names' leader unnamed (-31, -37), `pm2 stop 2` timed from the leader's own line 1 ms later
  // (-16), a bare port as the killed node (-29).
  'adv62e-09-sts-prefix-kv-1-log-says-peer-0.log',
  'adv62e-16-pm2-shuffled-ids-stop-2-is-raft-b.log',
  'adv62e-23-gnu-parallel-tag-1-2-3.log',
  'adv62e-29-ipv4-addr-names-killed-follower.log',
  'adv62e-30-letters-A-B-C.log',
  'adv62e-31-greek-alpha-beta-gamma-serilog-style.log',
  'adv62e-37-greek-serilog-style-bash-kill.log',
  'adv62e-49-gnu-parallel-tag-ports.log',
  'adv62e-53-compose-followers-only-0-based-peer-1-is-kv2.log',
  // adv62f (session 62: this session's rules attacked). Wrong names, right verdicts: `n2` and `node2` as two writers
  // (-20), leaders unnamed (-04, -37). (Right since session 63: a node's own `(+188 ms)` in a `tail`/`grep -H` output,
  // equal to the delay from the kill, no longer read as a sum: -02, -03.)
  'adv62f-04-sum-equals-247ms.log',
  'adv62f-37-numbered-summary-only-no-follower-logs.log',
  // adv62g (session 62: student write-ups). False passes, the tables-only class: a markdown table of retyped log
  // lines and a Jupyter DataFrame with no raw log line (-19, -24: a program's table cannot be told from them). False
  // fail: the kill time only in a heading (-18). Wrong lines, right verdicts: a Results list's kill row in the
  // record's ms (-11), a Google Doc's bullets (-12), a table-only node2 (-32), a timeline row's node3 (-45).
  'adv62g-11-results-list-time-first-node3-not-pasted.log',
  'adv62g-12-google-doc-bullets-record-logs.log',
  'adv62g-18-kill-time-in-heading-indented-logs.log',
  'adv62g-19-markdown-table-of-log-lines-no-raw-logs.log',
  'adv62g-24-jupyter-dataframe-only.log',
  'adv62g-32-node2-only-in-table-node3-log.log',
  'adv62g-45-timeline-node3-head-only.log',
  // adv62h (session 62: shells and languages). (Right since session 63: `kill %1` of one of three jobs running the
  // same program, read as a launcher's kill of every node, -17.) Wrong kill or names, right verdicts: a pgrep row's follower named as the killed node
  // (-14), `killall` timed from a node's own line (-20), Go's `caught signal interrupt` Ctrl+C (-25, failing the
  // lesson's patterns), a follower then the leader killed (-44).
  'adv62h-14-py-wrong-node-killed.log',
  'adv62h-20-c-killall-kills-all-nodes.log',
  'adv62h-44-c-follower-then-leader-two-kills.log',
  // adv62i (session 62: a second round on this session's rules, honest students). False passes: lines typed to look
  // like log lines, unfenced under "copied down by hand" (-33) or with the student's arrow and sum (`<-- node1 =
  // 222ms`, -35: the arrow keeps an annotated line the node's). False fails: one-digit pids in a container's
  // `kv_node[3]` read as node numbers (-16, -17); log lines in backticks in a numbered list (-26). Wrong readings,
  // right verdicts: the student's sentences or summary lines opening with a time measured (-37, -39), a fenced notes
  // block's leader unnamed (-34).
  'adv62i-16-pid-ident-small-pids-full.log',
  'adv62i-17-pid-ident-small-pids-grep.log',
  'adv62i-26-numbered-backtick-items.log',
  'adv62i-33-typed-by-hand-unfenced-miscopy.log',
  'adv62i-34-by-hand-fence-first.log',
  'adv62i-35-arrow-sums-typed-lines.log',
  'adv62i-37-sentences-open-with-time.log',
  'adv62i-39-summary-lines-top-then-logs.log',
  // adv62j (session 62: a TA's inbox of 58 real runs, no false pass). Wrong names or lines, right verdicts:
  // single-letter names `[a]` (-15, -29), a killed follower named by the student only (-21), an earlier run's logs under
  // a new record (-23), a leader and a follower killed by one `kill` (-33). (Right since session 63: `systemctl kill
  // kv@server-a` of server-a (-44) and journalctl's followers named by their messages' `[server-b]` tags (-16, -44).)
  'adv62j-15-pi-clock-behind-b-before-kill-fail.log',
  'adv62j-21-killed-follower-n3-iso-fail.log',
  'adv62j-23-earlier-run-logs-new-kill-record-fail.log',
  'adv62j-29-single-letter-names-tail-pass.log',
  'adv62j-33-killed-leader-and-follower-together-fail.log',
  // adv63a (session 63: attacks on session 62's rules, 41 real runs). Left: a typed node3 line under `grep -h` with an
  // arrow's `<-- node3 = 79ms`, no such line in node3's file above (-40, false pass); `127.0.0.1:21132` and
  // `logs/21132.log` one node (-06); compose `kv3` named `raft-kv3-1` (-10); real output under
  // "## Summary" then notes (-37); lines "picked out by hand" (-38, arguable).
  'adv63a-06-addr-writers.log',
  'adv63a-10-compose-two-followers.log',
  'adv63a-37-summary-real-then-notes.log',
  'adv63a-38-picked-by-hand.log',
  'adv63a-40-forged-arrow-line.log',
  // adv63b (session 63: failing runs pasted as passes, 40 real runs). Left: a kill before any leader (-15), an old run's leader (-16), a follower's Ctrl+C 18 ms
  // after the kill (-38).
  'adv63b-15-killed-too-early.log',
  'adv63b-38-follower-ctrl-c-18ms-after-kill.log',
  // adv63d (session 63: write-ups in org-mode, AsciiDoc, LaTeX, HTML, Jupyter, Notion, 40 real runs). Left: org
  // babel's `#+RESULTS:` date (-04), AsciiDoc's bare names `bravo` (-09), HTML `<pre>` with entities (-12, -29), a raw
  // .ipynb (-18, -19), an org table over `#+begin_example` (-35, -37), LaTeX `lstlisting` (-08, -38), prose kill lines
  // (-03, -20, -23, -25), Canvas's nbsp indent (-17).
  'adv63d-03-org-example-prose-lies.log',
  'adv63d-04-org-babel-results.log',
  'adv63d-08-latex-lstlisting-prose-miscopy.log',
  'adv63d-09-asciidoc-blocks.log',
  'adv63d-12-html-pre-quot-json.log',
  'adv63d-18-ipynb-raw-sigint.log',
  'adv63d-19-ipynb-raw-bash-magic.log',
  'adv63d-20-github-details.log',
  'adv63d-23-writeup-prose-claims-120.log',
  'adv63d-25-org-src-json.log',
  'adv63d-29-html-escaped-angle-names.log',
  'adv63d-35-org-table-miscopy.log',
  'adv63d-37-org-table-then-example-pass.log',
  'adv63d-38-latex-lstlisting-pass.log',
  // adv63e (session 63: text with times and the words that is no node's log, 45 pastes). Left: `curl /status` JSON
  // replies (-39, -42) no longer detect, but the leader their `last_event` names after the kill is not taken as the
  // one killed (leader null, right verdict); a saved state file (-38), a client at a `student@node2:` prompt (-33).
  'adv63e-33-client-output-under-node-hostname-prompts.log',
  'adv63e-38-cat-raft-state-json-files-only.log',
  'adv63e-39-curl-status-json-of-followers-only.log',
  'adv63e-42-curl-status-json-with-timeout-words.log',
  // adv63f (session 63: C nodes with C students' bugs, 41 real runs). Left: localtime beside gmtime (-35); a
  // one-follower unpadded `%ld` ms (-08); CLOCK_MONOTONIC (-13); killed followers named otherwise (-05, -17, -24);
  // `S1`/`S2` names (-23).
  'adv63f-05-killed-follower-merged.log',
  'adv63f-08-unpadded-one-follower.log',
  'adv63f-13-monotonic-kill9-untimeable.log',
  'adv63f-17-killed-follower-gmtime-vs-local.log',
  'adv63f-23-S-names-one-follower.log',
  'adv63f-24-killed-follower-by-pid.log',
  'adv63f-35-localtime-gmtime-mixed.log',
  // adv63g (session 63: big and noisy 3-7 node pastes; the 14 over 250 KB kept out). Left: DEBUG `connection from
  // node2 closed` of the leader (no word of the lesson's connection pattern: -09, -10, -35, -38); killed followers
  // beside a teardown (-11, -13); Go's `raft-5:` (-30).
  'adv63g-09-late-timeout-3node.log',
  'adv63g-10-debug-close-lines-only.log',
  'adv63g-11-killed-follower-5node.log',
  'adv63g-13-killed-stale-leader.log',
  'adv63g-35-seven-node-late-timeouts-debug-close.log',
  'adv63g-38-two-kills-debug-close-only.log',
  // adv63h (session 63: locales, 41 real runs). Left: a killed follower in a full mesh (-14, -33) fails now that Spanish
  // and German leader sentences are read, but is named as the leader (its pid ties to no node shown); dates and clocks of other locales (`06. Dez. 2026`, `6 дек.`, 오후/午後/
  // 下午, Arabic and Persian digits, Buddhist years, fr-CA `02 h 28 min`, Finnish dots, en-GB day-first beside an ISO
  // kill, full-width digits); node names in other scripts (노드2, ノード２, 東京, бета); localized detection words.
  'adv63h-02-engb-dayfirst-isokill.log',
  'adv63h-04-ko-ohu-12h.log',
  'adv63h-05-ja-gogo-fullwidth-names.log',
  'adv63h-06-zh-xiawu-12h.log',
  'adv63h-07-ar-eg-digits.log',
  'adv63h-08-ru-date-default.log',
  'adv63h-11-de-heartbeat-timeout-hyphen.log',
  'adv63h-09-fr-one-follower.log',
  'adv63h-12-fr-delai-heartbeat-timeout.log',
  'adv63h-13-ja-katakana-only.log',
  'adv63h-14-es-mesh-killed-follower.log',
  'adv63h-15-ru-taimaut-heartbeat.log',
  'adv63h-18-engb-slow.log',
  'adv63h-20-ko-hangul-only.log',
  'adv63h-21-ja-gogo-slow.log',
  'adv63h-22-fa-persian-digits.log',
  'adv63h-23-ja-city-names.log',
  'adv63h-24-ru-cyrillic-names.log',
  'adv63h-28-es-heartbeat-reset-after-kill.log',
  'adv63h-29-esmx-one-follower.log',
  'adv63h-31-zh-date-default-followers-only.log',
  'adv63h-32-ja-ime-fullwidth-killnote.log',
  'adv63h-33-de-mesh-killed-follower.log',
  'adv63h-34-frca-h-min-s.log',
  'adv63h-35-fi-klo-dots.log',
  'adv63h-36-da-dots-date-Ins.log',
  'adv63h-37-th-buddhist-year.log',
  'adv63h-38-frca-slow.log',
  'adv63h-41-pt-election-timeout-rearmado.log',
  // adv63c (session 63: clocks and time formats, 43 real runs). Left: a leader whose clock runs behind the shell's
  // logs its SIGTERM before the `date; kill` record that killed it; the record is read as finding it down already and
  // the leader's line times the kill (-28, -30, -31, -32: false fails; the same shape is a remote or hand-edited
  // record in adv54d-24/-33, adv55h-04 and adv56c-13, whose truths the documented rule gives); a `CST` record (an ambiguous zone) leaves the
  // kill untimed in the JSON (-21).
  'adv63c-21-cst-ambiguous.log',
  'adv63c-28-leader-clock-behind-400ms.log',
  'adv63c-30-leader-clock-behind-150ms.log',
  'adv63c-31-paris-nodes-leader-vm-lag-250ms.log',
  'adv63c-32-leader-vm-lag-35ms-near-window.log',
  // adv64e (session 64: chat and collaboration exports around the logs, 39 pastes of real runs). Left: a Slack JSON
  // export's escaped messages (-13); an e-mail's prose detection (-22, wrong measure); a bot's comment stamped like
  // Actions output 'from the chat transcript' (-23, false pass); a killed follower named as the leader (-28); the
  // leader a chat sentence names is not read (leader null: -17, -18, -21, -24, -31..-34, -36, -38, -39).
  'adv64e-13-slack-json-export-real.log',
  'adv64e-17-whatsapp-chat-only.log',
  'adv64e-18-weechat-ms-chat-only.log',
  'adv64e-21-zoom-chat-only.log',
  'adv64e-22-email-prose-only.log',
  'adv64e-23-github-bot-summary.log',
  'adv64e-24-teams-chat-only.log',
  'adv64e-28-slack-killed-follower.log',
  'adv64e-31-slack-typed-loglike.log',
  'adv64e-32-email-thread-headers.log',
  'adv64e-33-email-prose-two-lines.log',
  'adv64e-34-teams-both-saw-it-at.log',
  'adv64e-36-zoom-watchers-typed-times.log',
  'adv64e-38-whatsapp-watchers-quote-times.log',
  'adv64e-39-discord-watchers-at-times.log',
  // adv64a (session 64: real logging libraries and real etcd 3.4 clusters, 40 real runs). Left: etcd's 'lost leader X
  // at term N' is no detection of the lesson's patterns (also logged when a SIGTERM'd leader hands over: -04, -33);
  // a killed etcd follower named as the leader (-40). (Python's [%(process)d] tags of three nodes in one terminal, -10,
  // are tied to the start lines' pids since session 78.)
  'adv64a-04-etcd-default-timeouts-grep.log',
  'adv64a-33-etcd-zap-grep-lost-leader.log',
  'adv64a-40-etcd-killed-a-follower.log',
  // adv64b (session 64: failing runs pasted as passes, 40 real runs). Left: a follower's line copied and renamed node1
  // in a paste whose node1 votes in the term it campaigned (-12, false pass); pgrep listing two processes beside a
  // copied node3 (-23, false pass; the rows typed); a leader that stepped down after SIGSTOP/CONT killed with the
  // followers' stale EOFs (-32, false pass); killed ex-leaders and followers named as the leader (-14, -15, -19, -24,
  // -27, -31).
  'adv64b-12-relabel-node3-line-as-node1.log',
  'adv64b-14-kill9-ex-leader-stale-eof.log',
  'adv64b-15-kill9-ex-leader-grep-only.log',
  'adv64b-19-checkquorum-leader-stepdown.log',
  'adv64b-23-pgrep-two-procs-copied-node3.log',
  'adv64b-24-splice-attempt1-lines-under-attempt2-kill.log',
  'adv64b-27-second-leader-killed-grep.log',
  'adv64b-31-ex-leader-after-stop-cont-killed.log',
  'adv64b-32-ex-leader-killed-grep-lost.log',
  // adv64c (session 64: lines broken and joined by how they were copied, 40 real runs). Left: fmt-reflowed paragraphs
  // and chat-joined lines (-09, -10, -11, -37); column -t's padded words (-19); an indented continuation carrying the
  // detection (-26); a countdown's output between a typescript's command and its date (-04, -05, -06, -38: kill line).
  'adv64c-04-script-typescript-raw-esc-cr-bs.log',
  'adv64c-05-typescript-cat-v-caret-notation.log',
  'adv64c-06-script-typescript-late-fail.log',
  'adv64c-09-fmt-w100-reflowed-paragraphs.log',
  'adv64c-10-chat-joined-one-line.log',
  'adv64c-11-chat-joined-refolded-80-n3-votes-only.log',
  'adv64c-19-column-t-aligned.log',
  'adv64c-26-embedded-newline-earlier-time.log',
  'adv64c-37-chat-joined-all-refolded-80-ticks-late.log',
  'adv64c-38-typescript-no-echo-date-on-countdown-line.log',
  // adv64d (session 64: Windows students, 57 pastes of real runs reshaped as PowerShell, cmd and WSL print them).
  // Left: WSL's UTC date an hour off Windows-local bare logs reported as no detection rather than late (-34). Right
  // since session 71: a OneDrive 'X - Organization' folder in Select-String's path prefix (-42).
  'adv64d-34-wsl-utc-date-vs-local-bare-logs.log',
  // adv64f (session 64: failing runs' text reports read as a student, 40 real runs). Left: a boot-clock log beside a
  // date record leaves the JSON's kill line empty (-30); JSON records hard-wrapped at 80 columns or pretty-printed by
  // jq (-35, -37).
  'adv64f-30-boot-clock-vs-date-fail.log',
  'adv64f-35-json-hard-wrapped-80-cols-pass.log',
  // adv64g (session 64: failing runs in the lesson's common shape, 40 real runs). Left: node names of no digit in a
  // 'name:' column (alpha, bravo, charlie: -25, -30 false fail); a pgrep row naming the old leader's pid (-18); a
  // minute-old run's leader named (-22).
  'adv64g-18-old-leader-pgrep-tail5.log',
  'adv64g-22-logs-from-kill-a-minute-earlier.log',
  // adv64h (session 64: attacks on this session's rules, 44 real runs). Left: killed followers named as the leader
  // (-29, -30); leaders named where no line shows one (-02, -04, -08, -09, -13, -35).
  'adv64h-02-whatsapp-words-claims.log',
  'adv64h-04-irc-minute-heads-claims.log',
  'adv64h-08-abgetippt-vom-bildschirm.log',
  'adv64h-09-rekeyed-from-photo.log',
  'adv64h-13-nc-status-replies.log',
  'adv64h-29-spanish-killed-follower.log',
  'adv64h-30-italian-killed-follower.log',
  'adv64h-35-whatsapp-time-first-sentences.log',
  // adv64i (session 64: several kill attempts in one paste, 46 real runs). Left: a pid kill of a follower before the
  // leader's (-39, -45); leaders of later attempts named at earlier kills (-14, -22, -36).
  'adv64i-14-attempt1-record-attempt2-follower-logs.log',
  'adv64i-22-attempt1-record-over-slow-attempt2-logs.log',
  'adv64i-39-follower-kill-then-leader-dead-follower-log-omitted.log',
  'adv64i-45-two-records-slow-attempt2-logs-only.log',
  // adv64j (session 64: logging stacks around the node, 40 real runs reshaped as their tools print). Left:
  // supervisord's group:program names (-34, -38); systemd units named kv-alpha (-39).
  'adv64j-39-journal-named-units.log',
  // adv65a (session 65, student naming from real runs): left wrong — leaders named only by a plain word the followers
  // follow ('following leader alpha' with the leader's own lines absent) stay unknown (-01/-02/-13/-16/-30); Greek-
  // letter names (-07/-38), a colour word after the level (-05), pino-pretty's '(ana/27588)' (-17), supervisord's
  // 'raft:kv1 |' column (-09/-29), journal lines named by the start line only (-23/-40), port-only names read as
  // node21333 (-25), hostnames with a domain (-28), one systemd unit (-34).
  'adv65a-01-alpha-bravo-charlie-grep.log',
  'adv65a-02-red-green-blue-slow.log',
  'adv65a-05-node-iso-colors.log',
  'adv65a-07-greek-letters.log',
  'adv65a-09-supervisord-raft-kv3.log',
  'adv65a-13-ana-ben-cara-slow.log',
  'adv65a-16-go-greek-words.log',
  'adv65a-17-pino-pretty-ana-ben-cara.log',
  'adv65a-23-journal-kv-units.log',
  'adv65a-25-port-only-names.log',
  'adv65a-28-lab-local-slow.log',
  'adv65a-29-supervisord-stopped-follower.log',
  'adv65a-30-greek-words-305ms.log',
  'adv65a-34-systemd-one-unit.log',
  'adv65a-38-greek-grep-H-295ms.log',
  'adv65a-40-journal-kv-units-no-teardown.log',
  // adv65b (session 65, false-pass hunt): left wrong — a grep'd partition detected before the kill, then 'peer' link
  // losses after it (-10), two clusters named by addresses (-13), a kill of the leader's bash -c wrapper then its own
  // SIGINT (-07, a false fail), killed-node names (-06/-36), file-name writers (-14), two clusters' node3 merged
  // (-27).
  'adv65b-06-stop-first-then-kill9.log',
  'adv65b-07-parent-wrapper-then-ctrlc.log',
  'adv65b-14-leader-stepdown-line-as-follower.log',
  'adv65b-27-two-clusters-wrong-dir-node3.log',
  'adv65b-36-killed-node1-was-follower.log',
  // adv65c (session 65, real time formats): left wrong — a bare '+1.749s' per-process clock under a wall-clock start
  // line (-08), compact ISO 8601 '20261206T125506.376Z' (-34), a monotonic dmesg stamp beside a wall-clock date
  // (-06), a leader named only by a word (-20), killed-node and kill-line choices (-15/-30).
  'adv65c-06-dmesg-mono-vs-wallclock-date.log',
  'adv65c-08-rel-with-wallclock-banner.log',
  'adv65c-15-killed-follower-kolkata.log',
  'adv65c-20-pylog-comma-time-only-names.log',
  'adv65c-30-bracketed-rel-per-process-leader-last.log',
  'adv65c-34-iso-basic-format-kill.log',
  // adv65d (session 65, real etcd 3.4 and hashicorp/raft clusters): left wrong — jq pretty and jq -c array records
  // (-14/-15/-25/-37), Go's Ctrl+C 'received signal, exiting: signal=interrupt' no kill under the lesson's
  // kill_pattern (-19/-20), hashicorp's 'heartbeat timeout reached' through a 300 ms heartbeat (-17/-18), etcd member
  // ids as leader names (-10/-28/-31), moved leaders and killed followers named by id (-07/-16/-22/-29/-32).
  'adv65d-03-etcd-jq-r-text-sections.log',
  'adv65d-04-etcd-jq-pretty-warn.log',
  'adv65d-07-etcd-killed-follower-status-table.log',
  'adv65d-10-etcd-sigint-tail-sections.log',
  'adv65d-14-hashiraft-jq-c-arrays.log',
  'adv65d-15-hashiraft-jq-pretty.log',
  'adv65d-16-hashiraft-killed-follower-n1.log',
  'adv65d-17-hashiraft-hb300-late.log',
  'adv65d-18-hashiraft-hb300-grep-h.log',
  'adv65d-22-etcd-leader-moved-before-kill.log',
  'adv65d-23-etcd-sigterm-status-then-grep-warn.log',
  'adv65d-25-hashiraft-json-three-files.log',
  'adv65d-28-etcd-tail-f-interleaved-kill-inside.log',
  'adv65d-29-etcd-killed-follower-grep-elected.log',
  'adv65d-31-etcd-one-follower-only.log',
  'adv65d-32-etcd-moved-leader-grep-H.log',
  'adv65d-36-etcd-jq-c-objects-member-id.log',
  'adv65d-37-hashiraft-jq-r-module-column.log',
  // adv65e (session 65, attacks on the documented rules): left wrong — hosts named only by their prompts
  // ('ubuntu@node2:~/raft$', -04), day-first dates read month-first beside an ISO kill (-13), a TL;DR fence that is
  // the only copy of node1's log (-37), killed-node names (-11/-23), leaders named only in the typed lines (-02/-32).
  'adv65e-02-recalled-lines-retyped.log',
  'adv65e-04-vm-prompts-bare-lines.log',
  'adv65e-11-resigned-before-kill.log',
  'adv65e-13-day-first-dates-iso-kill.log',
  'adv65e-23-killed-follower-kv3.log',
  'adv65e-32-phone-picture-transcribed.log',
  'adv65e-37-tldr-fence-is-output.log',
  // adv65f (session 65, report wording): left wrong — a zone stated in words ('IST = UTC+05:30', -05/-36), two kills
  // whose logs are the second run's (-35), the kill timed from the leader's own line on the nodes' clock (-37).
  'adv65f-35-two-kills-second-judged.log',
  'adv65f-36-zone-note-no-plain-date.log',
  'adv65f-37-zone-leader-line-present.log',
  // adv65g (session 65, a class's common shapes): left wrong — a date; kill record reordered by tac or sort or split
  // by background output (-38/-39/-46), an echoed 'killing leader at' time (-12).
  'adv65g-12-tee-demo-echo-comments.log',
  'adv65g-38-tac-session-kill9-percent3.log',
  'adv65g-39-sort-splits-kill-record.log',
  'adv65g-46-jobs-typing-split-by-log-line.log',
  // adv65h (session 65, other languages): left wrong — a Chinese date layout on the kill record (-39), a leader named
  // only in the typed lines (-36).
  'adv65h-36-it-appunti-a-mano.log',
  'adv65h-39-zh-kill-riqi-zhongwen.log',
  // adv66a (C nodes, session 66): a C function name check_leader_down() read as 'leader down' (-40, false pass) and
  // its 'leader ok' loop read as timeouts (-33); kvA/kvB/kvC head names (-20/-25); unpadded ms '22.15' (-17); Ctrl+C
  // leader with no handler then a teardown (-22); leader null by the brief when a follower was killed (-13/-36).
  'adv66a-07-monotonic-vs-wall-date.log',
  'adv66a-17-ms-unpadded-ld-noted.log',
  // adv66b (false passes, session 66): the lesson's own example lines typed as logs (-19/-20); a detection's time
  // edited out of order (-28); a block declared spliced from a first try (-30); a restarted follower's timeout with
  // its start line grepped away (-31).
  'adv66b-19-lesson-example-copied.log',
  'adv66b-20-lesson-example-tagged.log',
  'adv66b-28-edited-ms-out-of-order.log',
  // adv66c (real log tools, session 66): Stop-Process and systemctl stop under the lesson's regex_patterns
  // (-18/-37); a tmux window with the shell pane under a rule (-35, -27); a shell comment naming pm2 (-48/-49).
  'adv66c-27-tmux-side-by-side-boundary.log',
  'adv66c-35-tmux-side-by-side-in-time.log',
  'adv66c-48-pm2-one-late.log',
  'adv66c-49-pm2-kill-comment.log',
  // adv66d (real etcd, hashicorp/raft, PySyncObj, session 66): a leader named with its address in parentheses,
  // 'connection to leader node1 (127.0.0.1:24801) lost', longer than the connection pattern's 16-character name
  // (-01/-03/-06/...); Python's WARNING:node2:2026-12-06 15:12:45,409 format (-08); etcd's leader known only from an
  // endpoint status table or pgrep row (-18/-21/-25..-28); etcd pastes with no 'timeout' word (-22/-39); 'received
  // interrupt signal' (-27).
  'adv66d-01-pysyncobj-tail-both-comma-ms.log',
  'adv66d-03-pysyncobj-cat-three-kill9.log',
  'adv66d-05-pysyncobj-ctrl-c-three-terminals.log',
  'adv66d-06-pysyncobj-headed-no-names.log',
  'adv66d-08-pysyncobj-basicformat-colons.log',
  'adv66d-13-hashicorp-raft-killed-follower.log',
  'adv66d-18-etcd-zap-sigterm-transfer-lost-leader.log',
  'adv66d-20-etcd-zap-raft-lines-only-late.log',
  'adv66d-21-etcd-capnslog-sigterm-whole-second-raft.log',
  'adv66d-24-etcd-zap-killed-follower.log',
  'adv66d-25-etcd-zap-warn-level-files.log',
  'adv66d-26-etcd-zap-jq-tsv.log',
  'adv66d-27-etcd-capnslog-debug-ctrl-c.log',
  'adv66d-28-etcd-zap-lost-leader-only.log',
  'adv66d-29-pysyncobj-debug-only-detection.log',
  'adv66d-33-pysyncobj-crlf-web-form.log',
  'adv66d-34-pysyncobj-plain-date-leader-sigterm-line.log',
  'adv66d-35-pysyncobj-plain-date-only.log',
  'adv66d-36-pysyncobj-logs-of-earlier-run.log',
  // adv66f (reports, session 66): a zone-less date beside UTC logs read in whatever zone fits, +00:30 included
  // (-20/-30/-37, false passes by printed times); typed detection lines under a loose 'typed' sentence (-22); a
  // follower kill then the cluster's teardown (-17); another run's kill record (-19); a plain-word leader (-02); a
  // table header as a node (-33).
  'adv66f-02-sigint-tail-followers.log',
  'adv66f-17-killed-follower.log',
  'adv66f-19-two-runs-pid-mismatch.log',
  'adv66f-20-zone-mismatch.log',
  'adv66f-22-typed-from-screen.log',
  'adv66f-30-zone-utc12-midnight.log',
  'adv66f-36-typed-log-format.log',
  'adv66f-37-zone-ist-no-zone.log',
  // adv66g (mangled pastes, session 66): a blank row, a list marker (1. 1) a. *) or vim's relative line numbers
  // between 'date; kill' and its output detach the date record, so the leader's own later line times the kill
  // (-39/-40/-41/-48..-51, false passes; -07/-16/-18 false fails); a classmate's run quoted in a Slack thread or mail
  // (-45/-46); a hard wrap before a quoted time (-04); glued lines (-21/-22/-36/-47); a BOM shown as its Latin-1 bytes
  // (-03); PDF hyphenation and non-breaking hyphens (-14/-24); [kv1-main] thread tags (-23).
  'adv66g-03-cmd-type-mojibake-bom.log',
  'adv66g-04-hardwrap60-row-starts-with-time.log',
  'adv66g-14-pdf-hyphenated-detections.log',
  'adv66g-21-terminal-joined-records.log',
  'adv66g-22-one-line-input-box.log',
  'adv66g-23-github-details-fence.log',
  'adv66g-24-pdf-nonbreaking-hyphen-names.log',
  'adv66g-36-one-line-input-one-follower.log',
  'adv66g-45-slack-thread-classmate-log.log',
  'adv66g-47-glued-terminal-copies.log',
  // adv66h (several runs, session 66): follower-only pastes of runs appended to the same files, terms restarting at 1:
  // the leader taken from another run's 'became leader (term N)' (-29/-33/-34/-35/-40, -37/-38); a demo script's
  // [demo.sh] lines read as a node (-30); a plain leader name (-36).
  'adv66h-29-l1-pkill-by-id-two-runs.log',
  'adv66h-30-d1-demo-script-two-runs.log',
  'adv66h-36-k1-kill9-follower-logs-only.log',
  // adv66e (documented rules, session 66): a classmate's run quoted under 'this is what he got' (-17) and retyped
  // lines declared in words off the list, 'copied these over manually', 'reconstructed from my screenshot', 'wrote
  // these down while watching' (-19/-27/-28/-30/-35); a refused-connection loop by a follower that never followed
  // (-34); 'connection terminated by leader node1', no detection word of the lesson (-11: passes on the heartbeat
  // timeouts, +245/+270 ms, not +3/+2); 'lost contact with leader',
  // 'leader unresponsive' (-10); NST and IST kill stamps (-02/-23); ripgrep's heading layout (-05); tmux send-keys C-c
  // after a date (-09, -33); day-first 06/12/2026 beside an ISO kill (-16); 'leader 1' beside kv-a's 'id 1' (-32);
  // debug ticks 'leader down=false' (-12); a load generator's lines (-29). (A 72-column re-wrap, -22, is right since
  // session 69: a row a word wrap had to break before continues the row above though it names a node.)
  'adv66e-02-nst-kill-utc-nodes.log',
  'adv66e-05-rg-heading-unnamed.log',
  'adv66e-09-tmux-send-keys-ctrl-c.log',
  'adv66e-10-lost-contact-unresponsive.log',
  'adv66e-11-connection-terminated-by-leader.log',
  'adv66e-12-tick-leader-down-false-late.log',
  'adv66e-16-ddmmyyyy-dot-ms.log',
  'adv66e-23-ist-kill-utc-nodes.log',
  'adv66e-28-timings-noted-down.log',
  'adv66e-32-alias-kv-a-leader-1.log',
  'adv66e-33-ctrl-c-wrong-pane.log',
  // adv67a (logging libraries' default formats, session 67): a follower killed, then the cluster torn down a second
  // later: the verdict fails, but the leader's teardown SIGTERM is reported as the kill judged (killedNode node1, not
  // the follower the student's kill hit) (-15/-26/-28).
  'adv67a-15-slog-text-killed-follower.log',
  'adv67a-26-golog-killed-follower-node3.log',
  'adv67a-28-py-asctime-killed-follower.log',
  // adv67b (false-pass hunt, session 67): a nameless kill after the leader said it stepped down fails, but killedNode
  // stays null where the truth names the stepped-down node by the pid (-14/-16/-34/-35); a learner named only in the
  // leader's configuration line (learners=[node4], no event: -36). (A symlinked log grepped as a second follower, -21, is
  // right since session 69: no node follows itself, so node2's lines under node3's file are node2's shown twice.)
  'adv67b-14-resigned-before-kill.log',
  'adv67b-16-state-change-before-kill.log',
  'adv67b-34-relinquishing-leadership-before-kill.log',
  'adv67b-35-lost-leadership-before-kill.log',
  'adv67b-36-learner-by-config-line.log',
  // adv67c (C nodes as the lesson says, session 67): detection words the lesson's heartbeat pattern lacks ('silent …
  // suspecting', 'missed heartbeats from', 'peer unreachable', 'lost contact with leader', 'heartbeat overdue':
  // -16/-17/-19/-21/-22; the pattern sits at its 256-path bound); unpadded %ld ms read as decimals (-41, a FALSE PASS
  // the followers' stated silence contradicts; -45/-46 with one line per node).
  'adv67c-16-word-silent-suspecting.log',
  'adv67c-17-word-missed-heartbeats.log',
  'adv67c-19-word-peer-unreachable.log',
  'adv67c-21-word-lost-contact.log',
  'adv67c-22-word-heartbeat-overdue.log',
  'adv67c-41-ctrl-c-ld-ms-late-followers.log',
  'adv67c-45-ld-ms-grep-one-line-each.log',
  'adv67c-46-ld-ms-299-grep-one-line-each.log',
  // adv67d (clocks, session 67): ja_JP's date output (2026年 12月 6日 … 17:53:47) not read as a time (-18); a kill timed
  // by /proc/uptime beside since-boot node stamps (-23/-36/-42).
  'adv67d-18-ja-date-coarse-only.log',
  'adv67d-23-proc-uptime-kill-mono-logs.log',
  'adv67d-36-proc-uptime-kill-late.log',
  'adv67d-42-cat-proc-uptime-kill.log',
  // adv67e (node names, session 67): etcd JSON whose lines name their writer only by local-member-id (-11/-12);
  // planets named by no line tied to the killed pid (-23).
  'adv67e-11-etcd-hex-json-date.log',
  'adv67e-12-etcd-hex-json-own-sigterm.log',
  'adv67e-23-planets-one-detects.log',
  // adv67f (integrator view, session 67): grep -h lines whose logger names raft.raft-b (-11); a leader named alpha
  // only in followers' words (-28/-29).
  'adv67f-11-pylog-grep-heartbeat-slow.log',
  'adv67f-28-pkill-then-date.log',
  'adv67f-29-pylog-grep-h-logger-names.log',
  // adv67g (captures and OCR, session 67): screenshot OCR misreading digits (l for 1, S for 5, O for 0, B for 8) in
  // times and words (-09/-10/-11/-31/-35/-37/-38/-39/-40; -40's 54.24Z a FALSE PASS read as a UTC stamp).
  'adv67g-09-ocr-screenshot-l1-S5.log',
  'adv67g-10-ocr-late-O0.log',
  'adv67g-11-ocr-S-in-ms.log',
  'adv67g-31-ocr-words-5IGTERM-tirneout.log',
  'adv67g-35-ocr-S-late-crosses-second.log',
  'adv67g-37-ocr-B8-G6-late.log',
  'adv67g-38-ocr-l1-S5-late-ms.log',
  'adv67g-39-ocr-A4-G6-late-reads-fast.log',
  'adv67g-40-ocr-Z2-one-late-reads-fast.log',
  // adv67h (minimal pastes, session 67): the student's own JSON summary read as the only copy of the logs (-06: FALSE
  // PASS; structlog's JSON lines hold an "event" key too); jq -s arrays of JSON records (-05/-28); a history line with
  // whole seconds below the logs (-11); OCR split rows (-37); a killed follower's job (-23); OCR's nodel (-26); the
  // typed table's kill row names no leader (-16, and since session 70 the CSV and TSV sheets under a `node,time,event`
  // header, -33/-34, whose verdict is right now; the bullet list with times last, -35, is right).
  'adv67h-05-jq-slurp-array.log',
  'adv67h-06-handmade-json-array.log',
  'adv67h-11-history-seconds-below.log',
  'adv67h-16-typed-table-only.log',
  'adv67h-23-killed-follower-job.log',
  'adv67h-26-ocr-screenshots-noisy.log',
  'adv67h-28-jq-compact-array.log',
  'adv67h-33-typed-csv-rows.log',
  'adv67h-34-typed-tsv-sheet.log',
  'adv67h-37-ocr-split-time-rows.log',
  // adv68a (session 68, blind: the documented rules attacked for false passes, real runs): a time typed into an echo
  // read as the kill's time (-05, -21); lines the student retyped under 'it printed roughly this:' / 'typed it out:'
  // (-12, -23) and first-person bullets (-13, -25) read as node lines; a classmate's line in a chat export (-20); a
  // busy leader's late SIGTERM line chosen over `date; kill $(pgrep …)` (-28, -29); `date; sleep 0.1; kill` gives the
  // kill no time (-34, -35: the date bounds it from below); a typed step table's step column read as nodes (-27).
  'adv68a-27-typed-step-table.log',
  'adv68a-34-date-sleep-kill.log',
  'adv68a-35-date-sleep-kill-late.log',
  // adv68b (session 68, blind: time precision and boundaries, real runs): a follower killed by pid named as the leader
  // node1 (-32); all whole seconds, the kill timed from the leader's own line, not the first-printed date (-40).
  'adv68b-32-killed-follower.log',
  'adv68b-40-all-whole-seconds.log',
  // adv68c (session 68, blind: whole sessions, real runs): `docker stop` / `docker compose stop` / `systemctl stop
  // kv.target` timed from a node's own line, and compose's service names (raft-kv3) over the paste's raft-kv3-1 /
  // node3 (-22, -32, -36).
  'adv68c-22-docker-stop-compose-logs.log',
  'adv68c-32-systemctl-stop-target-all.log',
  'adv68c-36-docker-compose-stop-all.log',
  // adv68d (session 68, blind: structured logging libraries, real runs re-rendered): zap's development console names
  // the node only in its trailing JSON (-05, -37, -38); pino/hclog/bunyan component or logger names read as nodes
  // (-65, -69, -70, -71, -73, -74, -75: false passes where node3 was late or absent); jq's pretty multi-line records
  // (-27); log4j2 JSON's ms clock read as µs-identical copies (-45); Erlang/OTP report's header time not carried to
  // its lines (-49).
  'adv68d-49-erlang-otp-report-multiline.log',
  // adv68e (session 68, blind: today's rules attacked, real runs): a date glued to a label (`t_kill=21:09:48.348`)
  // read as no date output (-02, a false fail); lines the student gave as approximate name node1 as leader, and the
  // engine names none from them (-10/-11/-13/-14, names only); `date; kill $(pgrep …)` both pass, the tester times the
  // leader's own line (-28, measure); pid-less pino component names in a cat of two files (-37, names).
  'adv68e-02-echo-backtick-date.log',
  'adv68e-10-roughly-this.log',
  'adv68e-11-more-or-less.log',
  'adv68e-13-mas-o-menos.log',
  'adv68e-14-along-these-lines.log',
  'adv68e-28-pgrep-late-sigterm.log',
  'adv68e-37-pino-nopid-cat-two.log',
  // adv68f (session 68, blind: who led at the kill, real runs with pauses, handovers and re-elections): a kill -9 of a
  // leader frozen by kill -STOP read as untimed (-08, a false fail by the tester's reading; the leader fell silent at
  // the pause, so the kill's date times no silence; since session 74 the report says so instead of calling the date
  // unreadable); a SIGTERM to a stopped leader that died on its resume (-09, arguable); kills naming only a pid the
  // paste ties to a follower still reported as the leader's (-19/-20/-25/-34/-42; -31/-33/-35/-37/-41 right since
  // session 71, whose report names no leader when the followers' lost links name the killed node only as a peer).
  'adv68f-08-kill9-frozen-leader-100ms.log',
  'adv68f-09-sigterm-to-stopped-leader.log',
  'adv68f-19-kill9-stale-leader-after-reelection.log',
  'adv68f-20-stale-kill9-timeouts-before.log',
  'adv68f-25-killed-follower-peer-eof.log',
  'adv68f-34-killed-follower-lost-conn-others-logs.log',
  'adv68f-42-killed-follower-eof-grep-leader-shown.log',
  // adv68g (session 68, blind: live multi-node output captured by real tools): a script typescript cleaned with sed,
  // leaving an empty row between the typed `date; kill` and its time (-12/-37, false fails); a tmux capture of node2's
  // pane alone names node2 as the killed leader (-44, names).
  'adv68g-44-tmux-left-pane-rectangle.log',
  // adv68h (session 68, blind: encodings and channels): Latin-1 node names `nó-2` are read since session 69 (as
  // Windows-1252), but a name with a letter beyond ASCII names no leader (-34/-35, names); pino's message after a
  // 4096-character field (-33); `ISO-time NAME LEVEL` lines with plain-word names name no leader (-09/-23, names); a
  // killed follower reported as the leader in BOM/UTF-16 pastes (-18/-27). (UTF-16LE without a BOM, -04, and a UTF-16
  // kill record over UTF-8 logs, -39, are right since session 69: decode-legacy-bytes.ts.)
  'adv68h-09-r8-tabs.log',
  'adv68h-18-r7-killed-follower-bom.log',
  'adv68h-23-r8-mixed-eol.log',
  'adv68h-27-r7-killed-follower-utf16.log',
  'adv68h-33-r9-pino-msg-past-4096.log',
  'adv68h-34-r11-latin1-node-names.log',
  'adv68h-35-r11-latin1-one-follower.log',
  // adv69c (session 69, blind: what text boxes and chat tools do to a paste): Markdown ate underscores (kv_node_1 ->
  // kvnode1) and the engine names node1 (-16/-36, names); soft breaks joined every line into one paragraph (-17). False
  // fails or names. (A screen reader's linearised table rows, -26, are right since session 70: a `time=` key's value is
  // the row's own time, no time in words.) Right since this session: its nine false passes
  // (a date row under a Google Doc list's TAB, Slack inline code, bold, a quote over an editor gutter), every space as
  // the literal text &nbsp; (-44/-45: HTML escapes are read as the text they stand for), Word's manual line breaks as
  // VT (-47) and a mail wrap putting 'node1 lost (EOF)' under 'connection to leader' (-49).
  'adv69c-16-markdown-underscores-eaten.log',
  'adv69c-17-markdown-soft-breaks-one-paragraph.log',
  'adv69c-36-killed-follower-markdown-underscores.log',
  // adv69b (session 69, blind: real timing under load and at the precision boundary, 65 real runs): a Ctrl+C to a
  // launcher's process group: node3's EOF in the leader's instant, its own SIGINT 8 ms later, counted as a detection
  // (-55, verdict right). Right since this session: a whole-second or -Iseconds date record whose second holds the
  // leader's own ms line, logged 105-157 ms late by a busy handler (-61/-62/-64/-65, false passes: the followers'
  // stated silence began inside the record's second more than a heartbeat gap before that line, so the record bounds
  // the kill). The same records with a promptly logged line (-51/-56/-63) were re-judged to the documented rule.
  'adv69b-55-ctrl-c-launcher-kills-all-three-eof-race.log',
  // adv69d (session 69, blind: students who got it wrong without meaning to cheat): a follower's forward of a client
  // PUT to the dead leader failing ('Connection refused') counted as its detection while its own timer fired at +961
  // ms (-30, FALSE PASS, contestable); a killed old leader after a re-election named by the tail's live leader (-25,
  // -37, names); Ctrl+Z then kill of the stopped leader then fg (-49, names). Right since this session: a stale-status
  // kill after a leadership transfer (-42, a false pass: node2's 'received TimeoutNow from node1' says node1 handed
  // over), and a SIGTERM handler that logs 'shutting down' and runs on, then a timed SIGKILL (-46/-50, false fails:
  // the SIGKILL is judged).
  'adv69d-25-killed-old-leader-after-reelection-tails.log',
  'adv69d-30-client-forward-errors-timers-late.log',
  'adv69d-37-todays-kill-earlier-runs-logs.log',
  'adv69d-49-ctrl-z-then-kill-stopped-leader-then-fg.log',
  // adv69a (session 69, blind: the typical C submission as the lesson asks, 63 real runs; the verdict agrees on all of
  // them): a killed node3 in a cluster whose leadership churned every 200 ms named node2 (-23, names); monotonic
  // stamps beside a wall-clock date: no kill line (-45, names). (Its %I node times under a 24-hour date, -63, were re-
  // judged to the documented 12-hour reading, which the report now states: NODE_TIMES_TWELVE_HOUR.)
  'adv69a-23-heartbeat-300-ge-timeout-churn.log',
  'adv69a-45-monotonic-stamps-wall-date-kill-followers.log',
  // adv70d (session 70, blind: students passing a failing run, 69 real runs of a Python UDP node): a client's
  // '[node3] timed out waiting for the leader' under a hand-typed node3 header (-50, FALSE PASS, contestable: only its
  // words tell) and a check script's 'node3: heartbeat timeout detected' run on the kill line (-65, FALSE PASS,
  // contestable); a killed pid tied to no shown node (-11), a kill -9 of a stopped leader (-12) and a killed follower
  // (-23) named wrong. Right since this session: a client's lines tagged [node3] under the command that ran it, from its
  // file under data/node3 by cat or grep -H (-48/-56/-57/-59/-63/-64/-68, false passes).
  'adv70d-11-partition-detection-before-kill.log',
  'adv70d-12-stop-then-kill9-shown.log',
  'adv70d-23-follower-killed-instead.log',
  'adv70d-50-client-output-as-node3-file.log',
  'adv70d-65-check-script-node-head-claims.log',
  // adv70c (session 70, blind: runs with more than one event, 99 real runs of a Python UDP node; the verdict
  // agrees on all 99 since this session): the lesson's Verify grep hides who led, and the first kill judged hit a
  // follower or a stepped-down node (-65/-71/-72, contestable, kill line and names), a kill -9 of a stopped node
  // named by no line (-19), a churning cluster's killed node (-78). Right since this session: a node named on the kill's
  // row outside its kill command (a tail -f, a kv_cli, an echo after it, a cd before it, the prompt's directory) was read
  // as its target (-86..-99: 5 false passes, 5 false fails).
  'adv70c-19-s13-stop-then-kill9-only.log',
  'adv70c-65-s6-verify-grep-stale.log',
  'adv70c-71-s27-verify-grep-believed-followers.log',
  'adv70c-72-s27-verify-grep-real-followers.log',
  'adv70c-78-s28-fast-churn-verify-grep.log',
  // adv70a (session 70, blind: process managers and multiplexers, 82 real runs of a C node under foreman/honcho-,
  // compose-, pm2-, journald-style runners, tmux, xargs -P): killed followers named wrong under runners (-09/-12/-23);
  // journalctl --no-hostname's kv_node[pid] columns are right since session 71 (-81, a false fail). Right since this session: $ ./chaos.sh kill-leader read as a kill of 'chaos' (-47/
  // -52/-60/-77: 3 false passes); foreman's `node1.1 |` columns read as a chat's senders, so a chaos line above them was
  // commented out as chat talk (-78, a false pass); foreman's `chaos.1` read as a node's name, so its whole-second
  // `killing leader node1` was no kill (-72, a false pass: the record bounds the kill beside the followers' silence).
  'adv70a-09-foreman-killed-follower.log',
  'adv70a-12-msrunner-killed-follower.log',
  'adv70a-23-pm2-killed-follower.log',
  // adv70b (session 70, blind: student nodes in other languages with their logging libraries' defaults, 133
  // real runs of Python, Node.js and Java nodes and hand-rolled Go/Rust/C++ formats; no false pass): JUL's FileHandler XML
  // records (-79), Rust's Instant Debug form with no wall-clock record (-89), a forked launcher's shared relativeCreated
  // clock under a date record (-131), false fails; spdlog's kv names (-52) and bracketed n names (-56). Right since this
  // session: structlog key=value lines with the event first and timestamp= last (-21/-85/-116/-126/-127, false fails).
  'adv70b-52-cpp-spdlog-kv-names-one-silent.log',
  'adv70b-56-py-print-bracket-n-names.log',
  'adv70b-79-java-jul-filehandler-xml.log',
  'adv70b-89-rust-instant-debug-monotonic-no-record.log',
  'adv70b-131-py-relativecreated-forked-launcher-with-date-record.log',
  // adv70e (session 70, blind: students on macOS, Windows and WSL, 56 real runs with each platform's output; no false
  // pass): taskkill's SUCCESS line between the command and its echo
  // %time% (-33, contestable), a busy handler's late line after a re-election (-54, contestable) — false fails; leaders
  // not named when the kill has no usable time. Right since session 70: taskkill of two pids whose first is not found
  // (-53: only the first /PID was read); since session 71: a leader's own line in the last ms of a BSD '.3N' record's
  // second (-39).
  'adv70e-33-cmd-taskkill-then-echo-time.log',
  'adv70e-38-macos-zsh-jobs-kill-percent3-follower.log',
  'adv70e-46-cmd-time-substring-whole-second.log',
  'adv70e-54-macos-3N-late-handler-silence-bounds.log',
  'adv70e-55-macos-3N-late-handler-silence-before-second.log',
  // adv70f (session 70, blind: the documented rules attacked for false passes, round 2, 43 real runs of a Python node
  // whose every node logs losing any peer): FALSE PASSES — (right since session 71: a follower killed by mistake in a
  // mesh where every node logs 'read from nodeX failed: EOF', under the Verify grep that hides who led, a teardown's
  // timers 2 s later read as the kill's, -15/-16/-25/-30/-35); a lab partner's or classmate's quoted output as the
  // whole paste (-20/-31/-33: the others'-quote rule reads a quote as blank lines only beside the student's own lines, as
  // email replies quoting the student's own paste need; a narrower reading was tried and reverted); a client's untagged
  // EOF lines in terminals running the node as a bash job (-39/-40, contestable). Names and kill lines of right verdicts.
  'adv70f-13-fail-killed-follower-grep-all.log',
  'adv70f-14-fail-killed-follower-grep-hidden.log',
  'adv70f-17-fail-meshwrong-grep-leader.log',
  'adv70f-20-fail-meshlead-classmate-quote.log',
  'adv70f-27-fail-stale-leader-grep-all.log',
  'adv70f-28-fail-stale-leader-followers-tail.log',
  'adv70f-31-fail-lab-partner-quote.log',
  'adv70f-33-fail-lab-partner-quote-adjacent.log',
  'adv70f-38-fail-twokill-verify-grep.log',
  'adv70f-39-fail-client-in-job-terminals.log',
  'adv70f-40-fail-client-bottom-only.log',
  // adv71b (session 71, blind: full-mesh clusters where every node logs losing any peer, 71 real runs of a Python
  // node: leader and follower kills, two kills, teardowns, greps that hide who led): 7 FALSE PASSES at import, a
  // follower killed and the real leader stopped within a second, 6 right since this session (a node's first timer
  // after the kill that names another leader is that leader's loss, with the election loop after it); left: the
  // leader's Ctrl+C hidden by the grep, the peer link worded 'disconnected' (-56, contestable); the kill judged or the
  // killed node named wrong in failing runs of two kills or of a pid no line names (-20/-34/-39/-44/-53/-62/-64).
  'adv71b-20-follower-killed-ctrlc-followers.log',
  'adv71b-34-follower-first-eof-grep-followers.log',
  'adv71b-39-wrong-pid-tail-followers-comment.log',
  'adv71b-44-slow-disc-eof-grep-comment.log',
  'adv71b-53-kill9-follower-then-leader-eof-grep.log',
  'adv71b-56-follower-killed-leader-ctrlc-hidden-disc-grep-all.log',
  'adv71b-62-kill9-follower-leader-ctrlc-grepv-two.log',
  'adv71b-64-follower-killed-leader-ctrlc-eof-grep-two.log',
  // adv71a (session 71, blind: how real network stacks word losing the leader, 97 real runs of C, Python, Node.js,
  // Java 17 and Rust nodes logging their runtime's own socket errors; the verdict right on every wording). 4 FALSE
  // PASSES at import, all nodes stamping process.uptime(): one node's file per typed command (-94/-95: tail of node1's
  // file, then grep of node2's, a clock per process) right since this session; a sorted cat of a glob of per-node files
  // right since session 73 (-83); left: one terminal whose counts go back less than the rules' 50 ms (-86, contestable). Names: no timed kill to name a leader by
  // in Rust's Debug-printed elapsed times (-89/-90), a kill line on a clock per node (-94), a count read as one clock
  // in a failing run (-88).
  'adv71a-86-js-uptime-one-terminal.log',
  'adv71a-88-js-uptime-staggered-sorted.log',
  'adv71a-89-rust-elapsed-debug-cat3.log',
  'adv71a-90-rust-elapsed-debug-tail-sorted.log',
  'adv71a-94-js-uptime-three-commands.log',
  // adv72a (clocks that disagree, session 72): a kill time the student typed in a sentence, a bullet or a table row
  // timing the kill, as the rules' kill records allow (-84/-88/-90, contestable false passes); nodes in two zones
  // (-41, -31).
  'adv72a-31-cst-followers-utc-leader.log',
  'adv72a-41-mixed-santiago-and-utc-nodes.log',
  'adv72a-84-prose-sentence-typed-kill-time.log',
  'adv72a-88-bullet-kill-time-below-logs.log',
  'adv72a-90-table-kill-row-typed.log',
  // adv72b (which run, which kill, session 72): restarts without a banner, terms from 1 again, the leader's log left out
  // (-54/-73/-74 and names); leaders and kills named where the brief has none (contestable).
  'adv72b-21-r4-verify-grep-comment-again-fail.log',
  'adv72b-24-r5-verify-grep-literal-files-fail.log',
  'adv72b-29-r8-verify-grep-record3-fail.log',
  'adv72b-30-r13-followers-same-leader-two-attempts-fail.log',
  'adv72b-31-r13-followers-teardown-lines-deleted-fail.log',
  'adv72b-32-r14-stale-pid-then-real-kill-fail.log',
  'adv72b-41-r2-attempt1-followers-attempt2-record-fail.log',
  'adv72b-42-r13-followers-out-of-order-fail.log',
  'adv72b-54-r19-followers-no-banner-record2-pass.log',
  'adv72b-57-r17b-blip-verify-grep-no-comment-fail.log',
  'adv72b-73-r19-both-records-followers-no-banner-pass.log',
  'adv72b-74-r19-record2-grep-H-followers-pass.log',
  // adv72c (C nodes and how C programs print, session 72): clock()/CLOCKS_PER_SEC CPU-time stamps of three processes
  // read as one clock where no file header shows them apart (-74, a false pass; -70 kill line; -69/-73 right since
  // session 73: a glob of per-node files); a pipe stamper's
  // block-buffered flush times (-48); nodes in two zones (-61, contestable); CLOCK_MONOTONIC through localtime() (-72).
  'adv72c-29-r19-killed-follower.log',
  'adv72c-48-r33-ts-pipe-block-buffered-flush.log',
  'adv72c-61-r50-mixed-tz-nodes-plain-date-shown.log',
  'adv72c-70-r55-clock-cpu-time-with-record.log',
  'adv72c-72-r57-monotonic-through-localtime-sigkill.log',
  'adv72c-74-r58-clock-cpu-time-with-record.log',
  'adv72c-76-r58-clock-cpu-time-tail-sections.log',
  // adv72d (attacking the rules, session 72; contestable): a leader's own line more than a second after an untied pid's
  // record, no silence stated (-71); names and kill lines (-12/-13).
  'adv72d-12-r4-follower-killed-then-leader-sigint.log',
  'adv72d-13-r4-grep-hides-leader.log',
  'adv72d-71-r23-grep-untied-pid-1209ms.log',
  // adv73a (last session's rules attacked, session 73): typed sentence and table kill times over a late own
  // line (-55/-76, contestable); a tiny inline wait before a late handler (-40/-41/-65/-66/-72, contestable); names
  // and kill lines.
  'adv73a-17-grep-class-notag-one-line.log',
  'adv73a-18-grep-class-notag-two-lines-slow.log',
  'adv73a-21-glob-star-notag-node3-never.log',
  'adv73a-31-untied-follower-killed-then-leader.log',
  'adv73a-32-untied-follower-killed-own-lines-hidden.log',
  'adv73a-33-comment-wrong-name-pid-tied-pass.log',
  'adv73a-34-comment-wrong-name-untied-pid.log',
  'adv73a-40-python-10ms-wait-late-handler.log',
  'adv73a-41-python-10ms-wait-late-handler-grep.log',
  'adv73a-55-sentence-kill-time-followers-slow.log',
  'adv73a-63-python-10ms-wait-followers-only.log',
  'adv73a-65-perl-20ms-wait-late-handler.log',
  'adv73a-66-perl-20ms-wait-late-handler-grep.log',
  'adv73a-72-shell-sleep-10ms-late-handler.log',
  'adv73a-76-table-kill-row-followers-only.log',
  // adv73b (honest passes through terminals, editors and chat, session 73): a typescript through col -b, JSON with
  // curly quotes, paste(1) with tabs expanded; follower kills. (The typescript through cat -v, -13, is right since
  // session 75: its header's COMMAND= is read.)
  'adv73b-35-fail-follower-killed-quoted.log',
  'adv73b-42-fail-py-follower-killed.log',
  'adv73b-50-fail-follower-killed-grep-n.log',
  'adv73b-51-fail-py-follower-killed-bullets.log',
  'adv73b-85-typescript-col-b.log',
  'adv73b-90-js-json-smart-quotes.log',
  'adv73b-102-coreutils-paste-tabs-expanded.log',
  // adv73c (look-alike detection lines, session 73): a refusal loop begun before the kill, no turn of it shown (-46,
  // contestable); a bench client named as the killed leader (-08/-37/-52). (A client's log tagged [node3] merged by sort,
  // `[node3]: PUT k10: connection to leader node1 reset`, -51/-58, is right since session 77: default-patterns.ts
  // isClientRequest.)
  'adv73c-08-bench-reset-demo-echo-node3-never.log',
  'adv73c-37-bench-in-node3-terminal.log',
  'adv73c-46-refusal-attempt18-only-after-kill.log',
  'adv73c-52-pass-leader-node2-unpasted-bench-lines.log',
  // adv73e (this session's rules attacked, session 73): printf (echo loops over continuation rows and an echo appended
  // to a node's log read since session 74); a ':' no-op; a glob of files in a loop; heard-again worded 'is back'.
  'adv73e-20-colon-noop-typed-time-fail.log',
  'adv73e-25-glob-loop-sort-uptime-fail.log',
  'adv73e-26-glob-free-two-files-sort-uptime-fail.log',
  'adv73e-30-whole-second-kill-is-back-fail.log',
  'adv73e-31-prompt-clock-kill-is-back-fail.log',
  'adv73e-37-stop-term-cont-own-line-late-fail.log',
  'adv73e-38-stop-record-cont-term-later-fail.log',
  'adv73e-61-whole-second-teardown-is-back-fail.log',
  'adv73e-62-prompt-clock-teardown-is-back-fail.log',
  'adv73e-64-prompt-clock-teardown-heard-again-fail.log',
  'adv73e-66-prompt-clock-teardown-resumed-appendentries-fail.log',
  // adv73f (test-runner and build-tool output, session 73): a make-echoed date record beside a late own line;
  // GitHub Actions runner stamps before grep -H prefixes; TAP's '# ' comment prefixes.
  'adv73f-16-make-echoed-280ms.log',
  'adv73f-18-node-test-tap-pass.log',
  'adv73f-19-node-test-tap-loose-slow.log',
  'adv73f-26-gha-make-pass.log',
  'adv73f-27-gha-make-slow.log',
  'adv73f-28-gha-make-pass-2.log',
  'adv73f-38-go-test-follower-killed-pass.log',
  'adv73f-39-gha-cat-finished-logs-pass.log',
  'adv73f-45-make-pgrep-lookup-b1.log',
  'adv73f-65-gha-bash-x-slow-handler-g1.log',
  'adv73f-66-gha-bash-x-slow-handler-g2.log',
  'adv73f-67-gha-bash-x-slow-handler-g3.log',
  'adv73f-68-gha-bash-x-pass-g4.log',
  'adv73f-69-gha-bash-x-pass-g5.log',
  'adv73f-70-gha-grepH-finished-logs-pass.log',
  // adv74a (session 74, blind: the student's typed commands and the shell, rules attack round 4, 82 real runs of a
  // Python UDP node): echo lines whose command the paste hides (-54/-59, contestable). (`date; \` with the kill on a
  // backslash's continuation row, -77, and a script typescript whose only command is its header's COMMAND=, -33, both
  // false fails, are right since session 75.)
  'adv74a-54-u6-echo-into-node1-log-hidden.log',
  'adv74a-59-v1-echo-fake-node3-hidden.log',
  // adv74b (session 74, blind: this session's rules attacked, 57 real runs of a Python UDP node): a kill -9 after a
  // pause on an earlier command or behind a sleep, timed by the tester from its date by the rule as it stood when the
  // set was written (-05/-07/-08; since the review the node's silence from the pause leaves such a date untimed); a cat
  // of the file the kill's date went to as its record (-26/-31, contestable); an echo naming node1 above a kill of node2
  // (-37, names).
  'adv74b-05-stop-sleep-kill9.log',
  'adv74b-07-stop-then-date-kill9.log',
  'adv74b-08-stop-300ms-then-kill9.log',
  'adv74b-26-date-to-file-later-date-cat.log',
  'adv74b-31-notes-kill-sleep-date-cat.log',
  'adv74b-37-echo-node1-killed-follower.log',
  // adv75b (session 75, blind: which lines are a node's own, rules attack round 5, 61 real runs of a Python UDP
  // node): all contestable false passes — a watcher script (./watch.sh node3) whose output the paste does not show the
  // source of (-45, -55 in the background); a line appended to node3's log by a command the paste hides (-13).
  'adv75b-13-appended-line-no-command-shown.log',
  'adv75b-45-watch-script-node3-silent.log',
  'adv75b-55-watch-script-bg-node3-slow.log',
  // adv75d (session 75, blind: honest runs round 2, 109 real runs of C and Python nodes): a kill script run by name (-69
  // with its listing shown, -77, -100 in Python) prints a time with no kill beside it (contestable false fails); a date
  // before pgrep | xargs kill (-65, right verdict, timed from node1's own line). (A silent make recipe's time over its
  // echo, -25, is right since the silent-recipe reading.)
  'adv75d-65-pgrep-xargs-kill.log',
  'adv75d-69-kill-script-shown.log',
  'adv75d-77-kill-script-node3-silent.log',
  'adv75d-100-python-kill-script-time-only.log',
  // adv75c (session 75, blind: this session's rules attacked, 72 real runs of a Python UDP node): a client told to print
  // a bare [node3] tag in node3's own terminal (-33, node3's own timeout dropped with it, right verdict); a bare
  // module-like name after the node tag (`client:`, `healthcheck:`, `cli:`, `proxy:`, `gateway:`, `raft-client:`,
  // `(client)`, -30/-32/-48/-51/-52/-54/-56) read as the node's own module, which it may be (its link to the leader:
  // review75, review77; contestable false passes). (A name no node gives a module — `jepsen:`, `KvClient` — or a numbered
  // one, `client2:`, -58/-61/-70, false passes, is right since session 77: attribute-node.ts isTaggedProgramName.)
  'adv75c-30-client-tag-client.log',
  'adv75c-32-client-tag-healthcheck.log',
  'adv75c-33-client-bare-node-tag-bg.log',
  'adv75c-48-client-cli.log',
  'adv75c-51-client-proxy.log',
  'adv75c-52-client-gateway.log',
  'adv75c-54-client-raft-client.log',
  'adv75c-56-client-client.log',
  // adv75e (session 75, blind: this session's newest rules attacked round 2, 67 real runs of Python nodes): clients named
  // c1/c3 beside nodes n1-n3 (-44); measurements only (-29/-30/-34/-35/-62). (A client's name after the node tag —
  // kvctl, wrk[5512], jepsen, k6, hey, tester, kv-load, driver-1, smoke-1, client-thread-1, kvclient pid=5512,
  // kv-client#2, ./kvclient.py — or its failed request `PUT k17 -> node1:`, in a JSON record's message too (-54), false
  // passes, is right since session 77: attribute-node.ts isTaggedProgramName, default-patterns.ts isClientRequest.) (A
  // make recipe that killed, slept, dated and killed again, -06, and a silent recipe's date over an echoed kill, -09,
  // are right since session 75's end; an npm prescript's date over the main script's kill, -60, and an echo run under
  // nohup inside `sh -c '…'` whose output a cat of nohup.out prints, -57/-58, since session 76.)
  'adv75e-29-short-names-clients-c1-c3-beside-nodes.log',
  'adv75e-30-short-names-clients-only.log',
  'adv75e-34-before-own-start-inserted-eof.log',
  'adv75e-35-before-own-start-grep-start-lines.log',
  'adv75e-44-short-names-clients-only-timeout-words.log',
  'adv75e-62-make-pkill-by-name-all-nodes.log',
  // adv76a (session 76, blind: 91 real runs of a C node through tools that echo or record commands — script, bash -x/-v,
  // make, npm, tmux capture-pane; no false passes): bash -v / -xv and an npm run whose kill is timed from the leader's own
  // line instead of the date record (-10/-17/-46, measurements only); `date` then `kill` on the next prompt (-89/-90,
  // contestable: the rules do not say a time printed on an earlier prompt times a later kill).
  'adv76a-10-bashv-killsh-grepH.log',
  'adv76a-17-npm-run-kill-tailall.log',
  'adv76a-46-bashxv-killsh-tailall.log',
  'adv76a-89-typescript-date-then-kill-separate-followers.log',
  'adv76a-90-tmux-date-then-kill-separate-followers.log',
  // adv76b (session 76, blind: 78 real runs dressed as macOS zsh, PowerShell, cmd, Git Bash, WSL and fish sessions; no
  // false passes): cmd's Get-Date and taskkill on separate prompts (-10, contestable, as adv76a-89/-90); one node's
  // zone-less lines beside a python time.time() kill read as UTC, +3600378 ms (-25, measurements only); BSD date's literal
  // `.N` (-67: the kill line is not named, verdict right).
  'adv76b-10-windows-cmd-taskkill.log',
  'adv76b-25-macos-python-timeout-late.log',
  'adv76b-67-macos-bsd-date-epoch-N.log',
  // adv77a (session 77, blind: programs and modules after a node's tag, 98 pastes from about 40 real runs of a Python
  // UDP/TCP node with module names, a real put/get client and a real health checker behind a tagging launcher): false passes
  // left — a bare or numbered module-like name read as the node's own module as review75/review77 chose (cli:, tester:,
  // client:, proxy:, raftctl:, putter-2:, -28/-29/-31/-32/-63/-73, contestable); a client named like the node with another
  // pid (-49, contestable); a bare healthcheck: row naming the node it asks, DOWN (ConnectionRefusedError), read as the tag's
  // node's lost connection (-03, -21; contestable as bare client:). Right since session 78: the false fails where a
  // health checker's status rows were read as the tag's node's (-01/-58/-84/-96/-97, and -02/-54/-56's leader: a role
  // key after another member's name is that member's status row, classify-line.ts isOtherMembersStatusRow), a health
  // check naming the node it asks after a tag (-43), a JSON record behind a tag whose component is kvclient (-33) and a
  // client's lines under the launcher script's command that ran it (`$ ./run.sh node2 python3 kvclient.py …`, -48/-50).
  'adv77a-03-r1-node2-only-healthcheck-fail.log',
  'adv77a-21-r8-node2-only-healthcheck-fail.log',
  'adv77a-28-r9-name-cli-fail.log',
  'adv77a-29-r9-name-tester-fail.log',
  'adv77a-31-r9-name-bare-client-fail.log',
  'adv77a-32-r9-name-raftctl-fail.log',
  'adv77a-49-r12-kvnode-named-client-other-pid-contestable.log',
  'adv77a-63-s3-real-putter-2-only-node3-fail.log',
  'adv77a-73-s8-real-proxy-only-node3-fail.log',
  // adv78a (session 78, blind: a cross-section of an ordinary class, 100 pastes of 39 real runs of C, Python, Java,
  // Node.js and perl nodes; 0 false passes, 4 false fails at import). Left: names counted from 0 (replica-0..2) beside
  // files or ids counted from 1 (data/node3 holds replica-2's lines, `./kv_node 3` runs it): `leader replica-2` is read
  // as node2, the file node2 (-11, -42; -41 also reads Flask's `INFO in replica-0:` head as no writer); `kill P; date`
  // with the leader's own line in the date's ms, timed from the own line rather than the record (-25/-26, right
  // verdicts, contestable). (A ms stamp in the ms of a finer kill record, -31, and `[%(process)d]` pid tags after
  // `| sort`, -46, are right since this session.)
  'adv78a-11-c-bracket-ms-replica-grep-pass.log',
  'adv78a-25-c-kill-then-date-cat-pass.log',
  'adv78a-26-c-kill-then-date-grep-h-pass.log',
  'adv78a-41-py-flask-style-replica-cat-pass.log',
  'adv78a-42-py-flask-style-replica-grep-pass.log',
  // adv78b (session 78, blind: supervisors restarting the killed leader and kills sent other ways, 106 pastes of 61
  // real runs; 0 false passes, 5 false fails at import). Left: a restarted old leader whose grep-cut paste shows its
  // "fast rejoin after restart" but no start line, read as the killed leader leading on (-61, contestable); a group or
  // parent kill ending all three, timed from a follower's or the supervisor's line rather than the record (-36/-37/-95/
  // -97, right verdicts, contestable); a journal paste filtered to the leader's unit, timed from the supervisor's
  // `Main process exited` line over the student's record (-65, contestable, 2 ms). (A restart loop's own `[loop] node2
  // killed by signal 15` line, -99/-103/-104/-105, is a kill since session 78, no loop component stopping.)
  'adv78b-36-group-kill-ended-all-three-fail.log',
  'adv78b-37-group-kill-tcp-ended-all-fail.log',
  'adv78b-61-fast-rejoin-grep-eof-and-own-timeout-pass.log',
  'adv78b-65-journal-since-leader-process-filtered-pass.log',
  'adv78b-95-journal-pkill-P-all-units-restarted-fail.log',
  'adv78b-97-supervisord-pkill-P-follower-restart-times-out-fail.log',
  // adv78c (session 78, blind: an international class, 92 pastes of 72 real runs logging in 13 languages; 0 false
  // passes, 7 false fails). Left: natural phrasings beyond the documented localized ones — "timeout de heartbeat",
  // "timeout heartbeat :", "heartbeat scaduto", "nessun heartbeat", "kein Heartbeat", "el líder nodo1 cerró la conexión"
  // (-05/-09/-14/-36/-75/-76/-90 false fails; most others right verdicts with a follower's time from a later line).
  // Tried and withdrawn in session 78: widened localized patterns gave the literal scan's joint-clause marks lines no
  // alternative holds (scan-pattern's "marks exactly" property failed on the stepped-down pattern), and marked heard-from
  // lines read as events (adv49c-19, adv50c-10/-11 turned false passes). Also left: Korean `2026. 12. 8.` dates and
  // `nœud2:` heads tied to no node; leaders named only in a language whose leader statements the rules do not list
  // (contestable); a killed follower's kill line given (contestable).
  'adv78c-03-es-grep-lider-latido-fail.log',
  'adv78c-04-es-cat-no-record-own-sigterm-fail.log',
  'adv78c-05-es-iso-column-lider-cerro-conexion-pass.log',
  'adv78c-07-es-slow-follower-no-detection-fail.log',
  'adv78c-09-es-timeout-heartbeat-reversed-pass.log',
  'adv78c-14-pt-python-comma-timeout-only-pass.log',
  'adv78c-16-pt-long-timer-batimento-fail.log',
  'adv78c-18-it-dotdate-comma-tail-fail.log',
  'adv78c-19-it-grep-heartbeat-scaduto-fail.log',
  'adv78c-21-it-long-timer-one-follower-no-link-fail.log',
  'adv78c-25-de-kein-heartbeat-tail-fail.log',
  'adv78c-26-de-cat-own-sigterm-geschlossen-fail.log',
  'adv78c-29-de-kill9-abgebrochen-fail.log',
  'adv78c-30-de-date-dmy-comma-record-fail.log',
  'adv78c-33-de-terminals-knoten-fail.log',
  'adv78c-35-fr-bare-bracket-perte-connexion-fail.log',
  'adv78c-36-fr-timeout-heartbeat-tail-pass.log',
  'adv78c-38-fr-aucun-battement-sorted-fail.log',
  'adv78c-39-fr-one-follower-timer-only-fail.log',
  'adv78c-41-tr-tail-followers-fail.log',
  'adv78c-42-tr-kalp-atisi-alinmadi-fail.log',
  'adv78c-45-pl-brak-bicia-serca-fail.log',
  'adv78c-46-pl-uplynal-limit-czasu-fail.log',
  'adv78c-48-pl-killed-follower-fail.log',
  'adv78c-50-zh-go-date-heartbeat-tail-fail.log',
  'adv78c-51-zh-cjk-lianjie-guanbi-fail.log',
  'adv78c-52-zh-mixed-english-tail-fail.log',
  'adv78c-54-zh-kill9-tail-fail.log',
  'adv78c-56-ja-heartbeat-todaeta-fail.log',
  'adv78c-57-ja-cjk-date-heartbeat-timeout-shita-fail.log',
  'adv78c-60-ru-eof-counts-by-lesson-pattern-fail.log',
  'adv78c-61-ru-timer-only-unlisted-fail.log',
  'adv78c-62-ko-korean-date-unlisted-fail.log',
  'adv78c-63-ko-iso-timer-only-fail.log',
  'adv78c-64-ko-killed-follower-fail.log',
  'adv78c-66-nl-geen-hartslag-unlisted-fail.log',
  'adv78c-67-nl-tail-unlisted-fail.log',
  'adv78c-70-ko-mixed-english-tail-fail.log',
  'adv78c-72-vi-mixed-english-tail-fail.log',
  'adv78c-74-de-grep-abgebrochen-fail.log',
  'adv78c-75-es-kill-then-date-sorted-pass.log',
  'adv78c-76-es-kill-then-date-tail-pass.log',
  'adv78c-78-pl-one-follower-only-fail.log',
  'adv78c-79-zh-sentence-followers-sorted-fail.log',
  'adv78c-82-ja-kill-then-date-eof-before-record-fail.log',
  'adv78c-83-ja-kill-then-date-followers-only-fail.log',
  'adv78c-86-ja-japanese-sentence-tails-fail.log',
  'adv78c-87-zh-student-sentence-for-node-fail.log',
  'adv78c-88-de-notes-fence-after-logs-fail.log',
  'adv78c-89-tr-tail-second-copy-with-prompt-fail.log',
  'adv78c-90-es-iso-column-sorted-all-pass.log',
  'adv78c-91-ko-korean-date-tail-fail.log',
  // adv78d (session 78, blind: the extremes of size, 93 pastes of 12 real long sessions, 300-5600 lines, and pastes of
  // 2-6 lines; 0 false passes, 3 false fails). Left: a tail of the two followers' logs from a session where the killed
  // leader was relaunched (`$ python3 kv_node.py 2 … &`) and elected at a higher term is read as the killed leader
  // leading on, so a later kill is judged (-37/-41/-83 false fails; -43/-44/-69..-72/-85 right verdicts, wrong kill and
  // leader); a record and the killed node's own line only, read as that node leading (-57, contestable).
  'adv78d-37-l4-follower-logs-tail-2000-pass.log',
  'adv78d-41-l8-tail-1000-two-followers-pass.log',
  'adv78d-43-l2-tail-1000-two-followers-fail.log',
  'adv78d-44-l7-tail-1000-two-followers-fail.log',
  'adv78d-57-s4-record-and-own-line-only-fail.log',
  'adv78d-69-l8-records-then-lesson-grep-two-followers-fail.log',
  'adv78d-70-l4-records-then-lesson-grep-two-followers-fail.log',
  'adv78d-71-l2-records-then-lesson-grep-two-followers-fail.log',
  'adv78d-72-l6-records-then-lesson-grep-two-followers-fail.log',
  'adv78d-83-l6-tail-1000-two-followers-pass.log',
  'adv78d-85-l3-tail-1000-two-followers-fail.log',
]);
