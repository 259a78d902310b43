import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameDecoder, FrameError } from '../../src/kv/frame-codec.js';

describe('frame codec', () => {
  it('reassembles frames split at every byte and batched in one chunk', () => {
    const frames = [{ a: 1 }, { b: 'ü'.repeat(100) }, [1, 2, 3]];
    const wire = Buffer.concat(frames.map(encodeFrame));
    const byteByByte = new FrameDecoder();
    const out: unknown[] = [];
    for (let i = 0; i < wire.length; i++) out.push(...byteByByte.push(wire.subarray(i, i + 1)));
    expect(out).toEqual(frames);
    expect(byteByByte.pendingBytes).toBe(0);
    expect(new FrameDecoder().push(wire)).toEqual(frames);
  });

  it('rejects a length above the limit before buffering the payload', () => {
    const decoder = new FrameDecoder(1024);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(1025);
    expect(() => decoder.push(header)).toThrow(FrameError);
  });

  it('rejects a payload that is not JSON', () => {
    const payload = Buffer.from('not json');
    const header = Buffer.alloc(4);
    header.writeUInt32BE(payload.length);
    expect(() => new FrameDecoder().push(Buffer.concat([header, payload]))).toThrow(/not valid JSON/);
  });
});
