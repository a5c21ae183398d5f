/**
 * Problems on stderr: the engine's formatIssue (Dutch, with field path and code) followed by the
 * English message, optionally prefixed with where the problem was found (a batch row, an option).
 */
import { formatIssue, type Issue } from '@iza-regels/engine';
import { err } from './io.ts';
import { paintFor } from './style.ts';

const paint = paintFor(process.stderr);

/** One issue in both languages. `waar` (e.g. "rij 2") is put before the file and rule, if any. */
export function issueText(issue: Issue, waar?: string): string {
  const located: Issue =
    waar === undefined
      ? issue
      : { ...issue, bestand: [waar, issue.bestand].filter(Boolean).join(', ') };
  const dutch = formatIssue(located, 'nl').replace(/^✖/, paint('red', '✖'));
  return `${dutch}\n  ${paint('dim', `(en) ${issue.en}`)}`;
}

export function reportIssues(issues: readonly Issue[], waar?: string): void {
  for (const issue of issues) err(issueText(issue, waar));
}
