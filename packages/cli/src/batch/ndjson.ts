/**
 * NDJSON as raw bytes, cut into chunks of whole lines. The main thread only looks for line ends (a
 * native search) and counts the rows, so that each chunk knows the number of its first row and line;
 * decoding, JSON.parse, evaluation and writing happen where the chunk is evaluated, in a worker
 * thread when there are workers. One module for both sides, so they agree on what a line and a row
 * are: lines end at `\n` (a `\r` before it is dropped), and a row is a line that is not blank.
 */
import type { RowTask } from './row.ts';

/** Whole lines of NDJSON, and how many lines and rows came before them in the input. */
export interface LineChunk {
  readonly kind: 'ndjson';
  readonly bytes: Uint8Array;
  /** Rows before this chunk: its first row is number `rij + 1`. */
  readonly rij: number;
  /** Lines before this chunk: its first line is number `regel + 1`. */
  readonly regel: number;
}

export interface ChunkLimits {
  /** Lines per chunk: fewer messages to the workers, but more rows held at once. */
  readonly lines: number;
  /** A chunk is cut at the first line end past this many bytes, whatever its number of lines. */
  readonly bytes: number;
}

const NEWLINE = 0x0a;

/** A line is blank when it is whitespace only, as String.prototype.trim sees it. */
function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  const first = bytes[start];
  if (first === undefined || start >= end) return true;
  // Printable ASCII other than a space: most rows start with `{`, and need no decoding.
  if (first > 0x20 && first < 0x7f) return false;
  const line = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  return line.toString('utf8').trim() === '';
}

/** How many rows (non-blank lines) the whole lines of `bytes` hold. */
function countRows(bytes: Uint8Array): { lines: number; rows: number } {
  let lines = 0;
  let rows = 0;
  let start = 0;
  while (start < bytes.length) {
    const found = bytes.indexOf(NEWLINE, start);
    const end = found === -1 ? bytes.length : found;
    lines += 1;
    if (!isBlank(bytes, start, end)) rows += 1;
    start = end + 1;
  }
  return { lines, rows };
}

/**
 * The chunks of an NDJSON byte stream, each of whole lines, in order. Only the chunk being filled is held here; the caller decides how many are in flight.
 */
export async function* ndjsonChunks(
  input: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limits: ChunkLimits,
): AsyncGenerator<LineChunk> {
  let parts: Uint8Array[] = [];
  let held = 0;
  let lines = 0;
  let rij = 0;
  let regel = 0;
  const cut = (last: Uint8Array, end: number): LineChunk => {
    const bytes = Buffer.concat([...parts, last.subarray(0, end)]);
    const counted = countRows(bytes);
    const chunk: LineChunk = { kind: 'ndjson', bytes, rij, regel };
    rij += counted.rows;
    regel += counted.lines;
    parts = [];
    held = 0;
    lines = 0;
    return chunk;
  };
  for await (let buffer of input) {
    let start = 0;
    for (;;) {
      const found = buffer.indexOf(NEWLINE, start);
      if (found === -1) break;
      lines += 1;
      start = found + 1;
      if (lines >= limits.lines || held + start >= limits.bytes) {
        yield cut(buffer, start);
        buffer = buffer.subarray(start);
        start = 0;
      }
    }
    if (buffer.length > 0) {
      parts.push(buffer);
      held += buffer.length;
    }
  }
  if (held > 0) yield cut(new Uint8Array(0), 0);
}

/** The rows of a chunk, numbered in the whole input; the same count as the main thread made. */
export function* rowsOfChunk(chunk: LineChunk): Generator<RowTask> {
  const text = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.length).toString(
    'utf8',
  );
  // A byte-order mark is whitespace to trim(), so it does not change what counts as a row.
  const lines = (chunk.regel === 0 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(
    '\n',
  );
  // Whole lines end with `\n`: the empty string after the last one is not a line.
  if (lines.at(-1) === '') lines.pop();
  let rij = chunk.rij;
  let regel = chunk.regel;
  for (const line of lines) {
    regel += 1;
    const row = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (row.trim() === '') continue;
    rij += 1;
    yield { rij, regel, text: row };
  }
}
