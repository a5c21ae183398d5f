/**
 * Progress of a batch on stderr: a bar that redraws itself on a terminal, and a plain line now and
 * then otherwise (a log file should not fill with carriage returns). Quiet for short runs.
 */
import { err } from '../io.ts';

export interface Progress {
  update(rows: number, invalid: number): void;
  done(): void;
}

const nl = new Intl.NumberFormat('nl-NL');
const BAR = 24;
/** How often the bar is redrawn, and how often a plain line is written. */
const REDRAW_MS = 200;
const LINE_MS = 10_000;

export function progressOn(
  stream: NodeJS.WriteStream,
  fraction: () => number | undefined,
): Progress {
  const started = performance.now();
  let last = started;
  let drawn = false;
  const text = (rows: number, invalid: number): string => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
    return `${nl.format(rows)} rijen · ${nl.format(rate)}/s · ${nl.format(invalid)} ongeldig`;
  };
  return {
    update(rows, invalid) {
      const now = performance.now();
      if (stream.isTTY) {
        if (now - last < REDRAW_MS) return;
        const part = fraction();
        const bar =
          part === undefined
            ? ''
            : `[${'█'.repeat(Math.round(part * BAR)).padEnd(BAR, '·')}] ${Math.floor(part * 100)}% `;
        stream.write(`\r${bar}${text(rows, invalid)}\u001b[K`);
        drawn = true;
      } else {
        if (now - last < LINE_MS) return;
        err(`voortgang: ${text(rows, invalid)}`);
      }
      last = now;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
