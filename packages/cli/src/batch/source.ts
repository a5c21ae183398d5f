/**
 * The input of a batch as a stream of bytes, and the choice between a streamed NDJSON batch (cut in
 * chunks of whole lines, see ndjson.ts) and one JSON document (a plan or an array), which is read
 * whole as before.
 */
import { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { noInputError, usageError } from '../exit-codes.ts';
import { isUnreadable } from '../io.ts';
import { ndjsonChunks, type ChunkLimits, type LineChunk } from './ndjson.ts';

export interface Source {
  readonly stream: Readable;
  /** Where the input comes from, for messages: the path or `stdin`. */
  readonly bron: string;
  /** The file's size in bytes, for the progress bar; unknown for stdin. */
  readonly bytes?: number;
  /** Bytes read so far. */
  readonly gelezen: () => number;
}

/** Open a file, or stdin for `-` (and for no argument when stdin is not a terminal). */
export async function openSource(path: string | undefined): Promise<Source> {
  let stream: Readable;
  let bytes: number | undefined;
  let bron = 'stdin';
  if (path === undefined || path === '-') {
    if (path === undefined && process.stdin.isTTY) {
      throw usageError(
        'Geef een invoerbestand, of stuur JSON via stdin (gebruik - om van de terminal te lezen).',
        'Give an input file, or pipe JSON to stdin (use - to read from the terminal).',
      );
    }
    stream = process.stdin;
  } else {
    try {
      const handle = await open(path);
      const stats = await handle.stat();
      if (stats.isDirectory()) {
        await handle.close();
        throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      }
      bytes = stats.size;
      stream = handle.createReadStream();
      bron = path;
    } catch (error) {
      if (!isUnreadable(error)) throw error;
      throw noInputError(
        `Kan het invoerbestand ${path} niet lezen (${error.code}).`,
        `Cannot read the input file ${path} (${error.code}).`,
      );
    }
  }
  // A file stream counts what it has read; a listener of our own would start the flow too early.
  const gelezen = () => (stream instanceof ReadStream ? stream.bytesRead : 0);
  return { stream, bron, ...(bytes === undefined ? {} : { bytes }), gelezen };
}

/** Lines per chunk and the byte size at which a chunk is cut anyway; see ndjson.ts. */
export const CHUNK_LIMITS: ChunkLimits = { lines: 32, bytes: 4 * 1024 * 1024 };

export type Sniffed =
  | { readonly kind: 'ndjson'; readonly chunks: AsyncGenerator<LineChunk> }
  | { readonly kind: 'document'; readonly text: () => Promise<string> };

/** The text of bytes, without a leading byte-order mark. */
function decode(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The non-blank lines of the start of the input: complete ones, and at the end the last one too. */
function filledLines(text: string, complete: boolean): string[] {
  const lines = text.split('\n');
  if (!complete) lines.pop();
  return lines.filter((line) => line.trim() !== '');
}

/**
 * NDJSON when the first non-empty line holds more than a lone `{` (a pretty-printed document starts
 * with one) and another non-empty line follows, unless the caller knows (a file named `.ndjson`, or
 * --invoer). Anything else (a plan, an array, a pretty-printed document with a syntax error) is one
 * document. Only the start of the input is read to decide; NDJSON is then cut in chunks as it comes.
 */
export async function sniff(
  stream: Readable,
  forced?: Sniffed['kind'],
  limits: ChunkLimits = CHUNK_LIMITS,
): Promise<Sniffed> {
  const iterator = (stream as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let ended = false;
  let filled: string[] = [];
  while (filled.length < 2) {
    const next: IteratorResult<Uint8Array> = await iterator.next();
    if (next.done === true) {
      ended = true;
      filled = filledLines(decode(Buffer.concat(head)), true);
      break;
    }
    const buffer = next.value;
    head.push(buffer);
    // Only a buffer with a line end can complete a line; a long first line is not decoded again.
    if (buffer.indexOf(0x0a) !== -1) filled = filledLines(decode(Buffer.concat(head)), false);
  }
  const first = filled[0]?.trim() ?? '';
  const isNdjson =
    forced === undefined
      ? filled.length >= 2 && first.startsWith('{') && first !== '{'
      : forced === 'ndjson';
  async function* bytes(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (ended) return;
    for (;;) {
      const next: IteratorResult<Uint8Array> = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  if (isNdjson) return { kind: 'ndjson', chunks: ndjsonChunks(bytes(), limits) };
  return {
    kind: 'document',
    text: async () => {
      const parts: Uint8Array[] = [];
      for await (const part of bytes()) parts.push(part);
      // Line ends as readline sees them, so that positions in JSON syntax errors stay the same.
      const lines = decode(Buffer.concat(parts)).split(/\r\n|\r|\n/);
      if (lines.at(-1) === '') lines.pop();
      return lines.join('\n');
    },
  };
}
