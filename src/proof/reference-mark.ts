// The bundled reference cluster writes this as the first line of its demo_step2.log, so a verifier can tell the
// bundled cluster's output from a student's cluster (checkPaste's `rejectReference`).

/** First-line comment of the bundled kv_node cluster's reference output. */
export const REFERENCE_MARK = '# verify-lesson: reference output of the bundled kv_node cluster — not a student\'s cluster';

/** The part of the mark that is searched for: survives re-encoding of the dash and trailing edits. */
export const REFERENCE_MARK_KEY = 'verify-lesson: reference output of the bundled kv_node cluster';
