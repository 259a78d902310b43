// The bundled reference cluster writes this as the first line of its demo_step2.log, so a verifier can tell the
// bundled cluster's output from a student's cluster (checkPaste's `rejectReference`).

/** First-line comment of the bundled kv_node cluster's reference output. */
export const REFERENCE_MARK = '# verify-lesson: reference output of the bundled kv_node cluster — not a student\'s cluster';

/** The part of the mark that is searched for: survives re-encoding of the dash and trailing edits. */
export const REFERENCE_MARK_KEY = 'verify-lesson: reference output of the bundled kv_node cluster';

/**
 * First-line comment of a demo log the harness wrote from a student's own cluster (`--cluster`): a proof the
 * platform accepts, which a later run of the same command may overwrite.
 */
export const CLUSTER_RUN_MARK = '# verify-lesson: demo log of your own cluster (--cluster), written by verify-lesson';
