/**
 * Input and output: read a file or stdin, write results to stdout and messages to stderr, and stop
 * quietly when the reader of stdout goes away (EPIPE, e.g. `iza-regels evaluate … | head`).
 */
import { readFile } from 'node:fs/promises';
import { noInputError, usageError } from './exit-codes.ts';

const UNREADABLE = new Set([
  'ENOENT',
  'EACCES',
  'EISDIR',
  'ENOTDIR',
  'EPERM',
  'ELOOP',
  'ENAMETOOLONG',
]);

/** True when a Node error is one of the "this path cannot be read" codes. */
export function isUnreadable(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && UNREADABLE.has(code);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export interface Input {
  readonly text: string;
  /** Where the input came from, for messages: the path or `stdin`. */
  readonly bron: string;
}

/** Read a file, or stdin for `-` (and for no argument when stdin is not a terminal). */
export async function readInput(path: string | undefined): Promise<Input> {
  if (path === undefined || path === '-') {
    if (path === undefined && process.stdin.isTTY) {
      throw usageError(
        'Geef een invoerbestand, of stuur JSON via stdin (gebruik - om van de terminal te lezen).',
        'Give an input file, or pipe JSON to stdin (use - to read from the terminal).',
      );
    }
    return { text: stripBom(await readStdin()), bron: 'stdin' };
  }
  try {
    return { text: stripBom(await readFile(path, 'utf8')), bron: path };
  } catch (error) {
    if (!isUnreadable(error)) throw error;
    throw noInputError(
      `Kan het invoerbestand ${path} niet lezen (${error.code}).`,
      `Cannot read the input file ${path} (${error.code}).`,
    );
  }
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Stop quietly when stdout or stderr is closed early; any other stream error is a real failure. */
export function handleBrokenPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit();
      throw error;
    });
  }
}

/** Results go to stdout. */
export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Messages go to stderr. */
export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
