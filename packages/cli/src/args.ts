/**
 * Command-line options: `node:util` parseArgs in strict mode, with every failure turned into a usage
 * error (exit 64) that says in Dutch and English what was wrong.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { usageError } from './exit-codes.ts';

export type Format = 'json' | 'text';
export type Language = 'nl' | 'en';

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
}
type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies OptionSpecs;

/** Options shared by `evaluate` and `termijnen`. */
export const EVALUATION_OPTIONS = {
  ...HELP_OPTION,
  peildatum: { type: 'string' },
  variant: { type: 'string', multiple: true },
  format: { type: 'string' },
  lang: { type: 'string' },
  regels: { type: 'string' },
} as const satisfies OptionSpecs;

function optionName(message: string): string | undefined {
  return /'(--?[^' ]+)/.exec(message)?.[1];
}

/** Parse one command's arguments; unknown options, missing values and extra positionals exit 64. */
export function parse<const T extends OptionSpecs>(
  args: readonly string[],
  options: T,
  maxPositionals: number,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    const name = optionName(message) ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw usageError(
        `Onbekende optie ${name}. Zie iza-regels --help.`,
        `${message.split('.')[0] ?? message}. See iza-regels --help.`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw usageError(
        `De optie ${name} verwacht een waarde (of krijgt er een die ze niet verwacht).`,
        message,
      );
    }
    throw usageError(`De opties kloppen niet: ${message}`, message);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).join(' ');
    throw usageError(
      `Onverwacht argument: ${extra}. Zie iza-regels --help.`,
      `Unexpected argument: ${extra}. See iza-regels --help.`,
    );
  }
  return parsed;
}

/** A value that must be one of a fixed list, or a usage error naming the option. */
export function choice<const T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  option: string,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.join(', ');
  throw usageError(
    `Ongeldige waarde "${value}" voor ${option}. Kies uit: ${list}.`,
    `Invalid value "${value}" for ${option}. Choose from: ${list}.`,
  );
}

/** Options of `evaluate` alone. */
export const EVALUATE_OPTIONS = {
  ...EVALUATION_OPTIONS,
  detail: { type: 'string' },
  invoer: { type: 'string' },
  werkers: { type: 'string' },
} as const satisfies OptionSpecs;

/** --werkers: a count from 0 to 99, or auto (one per core); `fallback` when absent. */
export function workersOption(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === 'auto') return availableParallelism();
  if (/^\d{1,2}$/.test(value)) return Number(value);
  throw usageError(
    `Ongeldige waarde "${value}" voor --werkers. Verwacht auto (één per kern) of een aantal, 0 tot 99 (0: alles in één thread).`,
    `Invalid value "${value}" for --werkers. Expected auto (one per core) or a count, 0 to 99 (0: everything in one thread).`,
  );
}

export const detailOption = (value: string | undefined): 'volledig' | 'samenvatting' =>
  choice(value, ['volledig', 'samenvatting'], 'volledig', '--detail');

export const formatOption = (value: string | undefined): Format =>
  choice(value, ['json', 'text'], 'json', '--format');
export const languageOption = (value: string | undefined): Language =>
  choice(value, ['nl', 'en'], 'nl', '--lang');

/** The language asked for anywhere on the command line, for help and messages before full parsing. */
export function requestedLanguage(argv: readonly string[]): Language {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--lang=en' || (arg === '--lang' && argv[index + 1] === 'en')) return 'en';
  }
  return 'nl';
}
