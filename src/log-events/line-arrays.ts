// Per-line typed arrays of one verdict (line starts and ends, the head scan's table) carved out of a shared pool.
// V8 gives a typed array over 64 bytes a backing store of its own, made outside the JavaScript heap and freed by the
// GC's sweep: `new Int32Array(183)` (a 10 KB paste's line ends) took about 400 ns, as long as a view made with
// `new Int32Array(buffer, offset, length)`; `subarray` of a pooled array about 130 ns (interleaved, Node 20).
//
// The pool only bumps forward: an array handed out is never handed out again, and a full pool is replaced (the old
// one lives on as long as an array of it does), so arrays of different verdicts never share memory; handed-out
// entries are zeros. The pool holds numbers only: no paste outlives its verdict in it.

const POOL_BYTES = 64 * 1024;
// Requests above this get arrays of their own: a large paste would use up a pool in one or two verdicts.
const MAX_POOLED_BYTES = POOL_BYTES / 8;

// The pool's buffer as 32-bit and 8-bit entries; `used` bytes are handed out, a multiple of 4.
let int32s = new Int32Array(POOL_BYTES / 4);
let uint8s = new Uint8Array(int32s.buffer);
let used = 0;

// The byte offset of `bytes` fresh bytes (4-byte aligned) in the pool, replaced first when they do not fit.
function take(bytes: number): number {
  const size = (bytes + 3) & ~3;
  if (used + size > POOL_BYTES) {
    int32s = new Int32Array(POOL_BYTES / 4);
    uint8s = new Uint8Array(int32s.buffer);
    used = 0;
  }
  const offset = used;
  used += size;
  return offset;
}

/** A zeroed Int32Array of `length` entries, pooled when small (see the header comment). */
export function allocateLineInt32s(length: number): Int32Array<ArrayBuffer> {
  if (length * 4 > MAX_POOLED_BYTES) return new Int32Array(length);
  const at = take(length * 4) >> 2;
  return int32s.subarray(at, at + length);
}

/** A zeroed Uint8Array of `length` entries, pooled when small (see the header comment). */
export function allocateLineUint8s(length: number): Uint8Array<ArrayBuffer> {
  if (length > MAX_POOLED_BYTES) return new Uint8Array(length);
  const at = take(length);
  return uint8s.subarray(at, at + length);
}
