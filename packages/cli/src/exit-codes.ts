/**
 * Exit codes, after BSD sysexits.h, so scripts can tell "you called me wrong" from "your data is wrong".
 */
export const EXIT = {
  /** Every row was evaluated, or the rules passed their checks. */
  ok: 0,
  /** `diff`: outcomes change; `diff --guard`: the pending changesets declare less than the diff needs. */
  changed: 1,
  /**
   * `conformance`: at least one worked case did not give its expected outcomes or golden receipt.
   * The same number as `changed` (each command has one kind of "differs"), and apart from 65, so
   * that CI can tell "the integration differs" from "the suite could not run".
   */
  notConformant: 1,
  /** EX_USAGE: unknown command or option, a bad value for --format, --lang or a schema name. */
  usage: 64,
  /** EX_DATAERR: invalid input (JSON syntax, schema problems, a bad date) or rules that fail their checks. */
  dataErr: 65,
  /** EX_NOINPUT: the input file or rules folder is missing or unreadable. */
  noInput: 66,
  /** EX_SOFTWARE: a bug in iza-regels itself. */
  software: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem the user can fix, with its exit code and a message in Dutch and English. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly nl: string;
  readonly en: string;

  constructor(exitCode: ExitCode, nl: string, en: string) {
    super(en);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.nl = nl;
    this.en = en;
  }
}

export const usageError = (nl: string, en: string): CliError => new CliError(EXIT.usage, nl, en);
export const noInputError = (nl: string, en: string): CliError =>
  new CliError(EXIT.noInput, nl, en);
export const dataError = (nl: string, en: string): CliError => new CliError(EXIT.dataErr, nl, en);
