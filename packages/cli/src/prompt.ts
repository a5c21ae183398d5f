/**
 * Questions on the terminal for `iza-regels wijziging`: the question on stderr, the answer a line of
 * stdin. Lines are read through readline's async iterator, which buffers: answers piped in all at
 * once (a script, a test) are not lost before their question is asked.
 */
import { createInterface, type Interface } from 'node:readline/promises';

export interface Prompt {
  /** The answer, trimmed; undefined when stdin has no more lines. */
  readonly ask: (question: string) => Promise<string | undefined>;
  readonly close: () => void;
}

export function prompt(input: NodeJS.ReadableStream = process.stdin): Prompt {
  let lines: AsyncIterator<string> | undefined;
  let rl: Interface | undefined;
  return {
    async ask(question) {
      process.stderr.write(question);
      if (!lines) {
        rl = createInterface({ input, crlfDelay: Infinity });
        lines = rl[Symbol.asyncIterator]();
      }
      const next = await lines.next();
      return next.done ? undefined : next.value.trim();
    },
    close: () => rl?.close(),
  };
}
