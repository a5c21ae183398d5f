/**
 * Colour through `node:util` styleText, bound to the stream it is written to: styleText itself leaves
 * the text plain when that stream is not a terminal, or when NO_COLOR or NODE_DISABLE_COLORS is set.
 */
import { styleText } from 'node:util';

type StyleFormat = Parameters<typeof styleText>[0];

export type Paint = (format: StyleFormat, text: string) => string;

export const paintFor =
  (stream: NodeJS.WriteStream): Paint =>
  (format, text) =>
    styleText(format, text, { stream });

/** No colour at all, for tests and for text that is not written to a stream directly. */
export const plain: Paint = (_format, text) => text;
