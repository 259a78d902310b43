// Length-prefixed JSON frames for the node-to-node TCP links: [length: u32 BE][UTF-8 JSON].

/** Large enough for an Append of 64 entries of 64 KiB values; anything above is garbage or an attack. */
export const MAX_FRAME_BYTES = 8 * 1024 * 1024;

// One frame on the wire.
export function encodeFrame(value: unknown): Buffer {
  const payload = Buffer.from(JSON.stringify(value), 'utf8');
  const frame = Buffer.allocUnsafe(4 + payload.length);
  frame.writeUInt32BE(payload.length, 0);
  payload.copy(frame, 4);
  return frame;
}

export class FrameError extends Error {
  override readonly name = 'FrameError';
}

// Reassembles frames from arbitrary chunks; throws FrameError on an oversized length or a non-JSON payload,
// after which the connection is useless and must be closed.
export class FrameDecoder {
  readonly #maxFrameBytes: number;
  #buffer: Buffer = Buffer.alloc(0);

  constructor(maxFrameBytes = MAX_FRAME_BYTES) {
    this.#maxFrameBytes = maxFrameBytes;
  }

  /** Every complete frame the chunk finishes, in order. */
  push(chunk: Buffer): unknown[] {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    const frames: unknown[] = [];
    let offset = 0;
    while (this.#buffer.length - offset >= 4) {
      const length = this.#buffer.readUInt32BE(offset);
      if (length > this.#maxFrameBytes) throw new FrameError(`frame of ${length} bytes exceeds the ${this.#maxFrameBytes}-byte limit`);
      if (this.#buffer.length - offset - 4 < length) break;
      const payload = this.#buffer.toString('utf8', offset + 4, offset + 4 + length);
      offset += 4 + length;
      try {
        frames.push(JSON.parse(payload));
      } catch {
        throw new FrameError('frame is not valid JSON');
      }
    }
    this.#buffer = offset === this.#buffer.length ? Buffer.alloc(0) : this.#buffer.subarray(offset);
    return frames;
  }

  /** Bytes of an incomplete frame waiting for more data. */
  get pendingBytes(): number {
    return this.#buffer.length;
  }
}
