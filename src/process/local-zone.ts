// The harness's own time zone: a student's nodes inherit its TZ, so their zone-less timestamps are read in it.

/** Minutes east of UTC at `atMs` in this process's zone (TZ), daylight saving included. */
export function localOffsetMinAt(atMs: number): number {
  return -new Date(atMs).getTimezoneOffset();
}
