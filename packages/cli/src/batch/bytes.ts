/**
 * A chunk's lines as UTF-8 bytes, encoded line by line into memory outside the JavaScript heap. A
 * worker's receipts are tens of kilobytes of text each; held as strings until the chunk is done, they
 * would survive the young generation's collections and be copied there and into the old generation.
 * Encoded at once, each line's string dies young and costs the collector next to nothing.
 */
import type { LineSink } from './evaluator.ts';

const encoder = new TextEncoder();

/**
 * A sink of bytes, for one chunk at a time: `done()` gives a copy of exactly the chunk's bytes (to be
 * moved to another thread) and keeps the buffer for the next chunk.
 */
export function byteSink(initialBytes = 4 << 20): LineSink {
  let buffer = new Uint8Array(initialBytes);
  let length = 0;
  return {
    add(line) {
      // UTF-8 needs at most 3 bytes for each UTF-16 code unit.
      const needed = length + line.length * 3;
      if (needed > buffer.length) {
        const larger = new Uint8Array(Math.max(needed, buffer.length * 2));
        larger.set(buffer.subarray(0, length));
        buffer = larger;
      }
      length += encoder.encodeInto(line, buffer.subarray(length)).written;
    },
    done() {
      const bytes = buffer.slice(0, length);
      length = 0;
      return bytes;
    },
  };
}
