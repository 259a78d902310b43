// What the grader-format tests feed each format: a live run that failed while its demo log passes on its own, the
// advice every format must carry for it, and a paste whose timing check explains its pattern miss (adv41b p07).

/** A live run that failed (a follower's helper still running) while its demo log passes checkPaste on its own. */
export const FAILED_RUN = {
  passed: false,
  problems: ['node1 was still running 5 s after SIGTERM (still running: pid 4242 "python3 helper.py")'],
  notes: ['node2 and node3 never said whom they follow: the kill came after 1.5 s'],
  demoLogFile: '/home/ana/demo_step2.log',
};

/** The line every format prints for FAILED_RUN's demo log. */
export const DO_NOT_SUBMIT =
  '✗ do not submit /home/ana/demo_step2.log: it passes checkPaste on its own, but the run that wrote it failed (see its problems above) — fix those and run again';

/** adv41b p07: a follower killed while the leader says it leads: no line says "timeout", as a consequence. */
export const KILLED_FOLLOWER_PASTE = [
  '2026-12-03 16:00:00,100 INFO [node1] became leader term 2',
  '2026-12-03 16:00:00,200 INFO [node2] following leader node1 term 2',
  '2026-12-03 16:00:05,000 INFO [node2] received SIGTERM, shutting down',
  '2026-12-03 16:00:05,050 INFO [node3] heartbeat from leader node1 term 2',
].join('\n');
