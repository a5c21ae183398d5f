/**
 * The input of a batch as a stream of lines, read with readline (so one row at a time is in memory),
 * and the choice between a streamed NDJSON batch and one JSON document (a plan or an array), which
 * is read whole as before.
 */
import { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { noInputError, usageError } from '../exit-codes.ts';
import { isUnreadable } from '../io.ts';
import type { RowTask } from './row.ts';

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

export interface Line {
  readonly text: string;
  /** 1-based. */
  readonly number: number;
}

/** The lines of a stream, numbered, without a leading byte-order mark. */
export async function* linesOf(stream: Readable): AsyncGenerator<Line> {
  let number = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    number += 1;
    yield { text: number === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, number };
  }
}

export type Sniffed =
  | { readonly kind: 'ndjson'; readonly lines: AsyncGenerator<Line> }
  | { readonly kind: 'document'; readonly text: () => Promise<string> };

/**
 * NDJSON when the first non-empty line holds more than a lone `{` (a pretty-printed document starts
 * with one) and another non-empty line follows, unless the caller knows (a file named `.ndjson`, or
 * --invoer). Anything
 * else (a plan, an array, a pretty-printed document with a syntax error) is one document.
 */
export async function sniff(
  lines: AsyncGenerator<Line>,
  forced?: Sniffed['kind'],
): Promise<Sniffed> {
  const seen: Line[] = [];
  let filled = 0;
  while (filled < 2) {
    const next = await lines.next();
    if (next.done) break;
    seen.push(next.value);
    if (next.value.text.trim() !== '') filled += 1;
  }
  const first = seen.find((line) => line.text.trim() !== '')?.text.trim() ?? '';
  const isNdjson =
    forced === undefined
      ? filled === 2 && first.startsWith('{') && first !== '{'
      : forced === 'ndjson';
  if (isNdjson) {
    return {
      kind: 'ndjson',
      lines: (async function* () {
        yield* seen;
        yield* lines;
      })(),
    };
  }
  return {
    kind: 'document',
    text: async () => {
      const parts = seen.map((line) => line.text);
      for await (const line of lines) parts.push(line.text);
      return parts.join('\n');
    },
  };
}

/** The rows of NDJSON: each non-empty line, numbered among the rows and by its line. */
export async function* ndjsonRows(lines: AsyncIterable<Line>): AsyncGenerator<RowTask> {
  let rij = 0;
  for await (const line of lines) {
    if (line.text.trim() === '') continue;
    rij += 1;
    yield { rij, regel: line.number, text: line.text };
  }
}
