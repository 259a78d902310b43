// The scenario harness's timing constants, named once.

/** Default wait for a waiting step (leader, new leader, rejoin) when neither the step nor --timeout-ms says. */
export const DEFAULT_WAIT_MS = 10_000;
/** Default detection window when the lesson has no proof.timing.window_ms. */
export const DEFAULT_DETECTION_WINDOW_MS = 300;
/** A line stamped this much before the fault still counts as after it (same clock, ms rounding). */
export const CLOCK_ROUNDING_MS = 2;
/** How often the detection step re-reads the logs. */
export const DETECTION_POLL_MS = 5;
/** How often status and log polls repeat in the other waiting steps. */
export const STATUS_POLL_MS = 10;
/** Lines logged this long after a window's last step still belong to it (the end of an election). */
export const CAPTURE_SETTLE_MS = 60;
/**
 * A killed leader's own shutdown line stamped later than this after the signal is late: far beyond a loaded machine's
 * scheduling jitter (a handler logs within a few ms), a tenth of the lesson's 300 ms window. The demo log then also
 * carries the harness's kill line at the signal, so detections are not measured from the late line.
 */
export const SHUTDOWN_LINE_LATE_MS = 30;
/** How long a killed node may take to exit before the Verify block runs. */
export const KILLED_EXIT_WAIT_MS = 5000;
/** Background poll period of the node log followers. */
export const LOG_POLL_MS = 50;
/** Default number of keys a write step writes. */
export const DEFAULT_KEYS = 20;
/** Lines of each node's log kept for a failure report. */
export const LOG_TAIL_LINES = 12;
