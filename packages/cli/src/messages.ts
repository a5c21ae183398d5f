/**
 * Messages on stderr that do not need the engine: errors the user can fix and notes, in Dutch with
 * the English text below. Kept apart from report.ts so that help and usage errors work even when the
 * engine cannot be loaded.
 */
import type { CliError } from './exit-codes.ts';
import { err } from './io.ts';
import { paintFor } from './style.ts';

const paint = paintFor(process.stderr);

export function reportError(error: CliError): void {
  err(`${paint('red', '✖')} ${error.nl}\n  ${paint('dim', `(en) ${error.en}`)}`);
}

export function reportNote(nl: string, en: string): void {
  err(`${nl}\n  ${paint('dim', `(en) ${en}`)}`);
}

/** "1 probleem" / "3 problemen". */
export const problemen = (count: number): { nl: string; en: string } => ({
  nl: `${count} ${count === 1 ? 'probleem' : 'problemen'}`,
  en: `${count} ${count === 1 ? 'problem' : 'problems'}`,
});
