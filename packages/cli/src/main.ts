#!/usr/bin/env node
/**
 * iza-regels: the command line of IZA-regels. Dispatches to one command per module; results go to
 * stdout, messages to stderr, and the exit code says what went wrong (see exit-codes.ts).
 */
import module from 'node:module';
import { requestedLanguage } from './args.ts';
import { CliError, EXIT, usageError, type ExitCode } from './exit-codes.ts';
import { err, handleBrokenPipes, out } from './io.ts';
import { helpText } from './help.ts';
import { reportError, reportNote } from './messages.ts';
import { versionText } from './version.ts';

// Node keeps the compiled, type-stripped modules of the engine between runs (in the system's temporary
// folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a repeated run starts about twice as fast.
// Node 20 has no compile cache (it came in 22.1), and a named import of it would not even link there.
module.enableCompileCache?.();

type Command = (args: readonly string[]) => Promise<ExitCode>;

/**
 * Commands are loaded on use: help, version and usage errors then work without loading the engine,
 * and a failure to load it is reported as an internal error (70) rather than a crash.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  evaluate: async () => (await import('./commands/evaluate.ts')).evaluateCommand,
  termijnen: async () => (await import('./commands/termijnen.ts')).termijnenCommand,
  schema: async () => (await import('./commands/schema.ts')).schemaCommand,
  check: async () => (await import('./commands/check.ts')).checkCommand,
  opmaak: async () => (await import('./commands/opmaak.ts')).opmaakCommand,
  citaten: async () => (await import('./commands/citaten.ts')).citatenCommand,
  grensgevallen: async () => (await import('./commands/grensgevallen.ts')).grensgevallenCommand,
  coverage: async () => (await import('./commands/coverage.ts')).coverageCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  diff: async () => (await import('./commands/diff.ts')).diffCommand,
  wijziging: async () => (await import('./commands/wijziging.ts')).wijzigingCommand,
  conformance: async () => (await import('./commands/conformance.ts')).conformanceCommand,
  verify: async () => (await import('./commands/verify.ts')).verifyCommand,
};

/** The arguments before a `--` terminator: only there can --help or --version be an option. */
const optionsPart = (argv: readonly string[]): readonly string[] => {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
};

async function run(argv: readonly string[]): Promise<ExitCode> {
  const lang = requestedLanguage(argv);
  const options = optionsPart(argv);
  if (options.includes('--help') || options.includes('-h') || argv[0] === 'help') {
    out(helpText(lang));
    return EXIT.ok;
  }
  if (options.includes('--version')) {
    out(await versionText());
    return EXIT.ok;
  }
  const [name, ...rest] = argv;
  const names = Object.keys(COMMANDS).join(', ');
  if (name === undefined) {
    err(helpText(lang));
    throw usageError(`Geef een opdracht: ${names}.`, `Give a command: ${names}.`);
  }
  const load = COMMANDS[name];
  if (load) return (await load())(rest);
  if (name.startsWith('-')) {
    throw usageError(
      `Onbekende optie ${name}. Zet eerst een opdracht: ${names}.`,
      `Unknown option ${name}. Put a command first: ${names}.`,
    );
  }
  throw usageError(
    `Onbekende opdracht "${name}". Kies uit: ${names}.`,
    `Unknown command "${name}". Choose from: ${names}.`,
  );
}

function reportBug(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  reportNote(
    `✖ Interne fout: ${message}\nDit is een fout in iza-regels, niet in uw invoer. Meld het alstublieft aan de beheerders van IZA-regels, met de opdracht, de uitvoer van iza-regels --version en zo mogelijk de invoer (zonder persoonsgegevens). Met IZA_REGELS_DEBUG=1 ziet u de volledige stacktrace.`,
    `Internal error: ${message}. This is a bug in iza-regels, not in your input. Please report it to the IZA-regels maintainers with the command, the output of iza-regels --version and if possible the input (without personal data). Set IZA_REGELS_DEBUG=1 for the full stack trace.`,
  );
  if (process.env.IZA_REGELS_DEBUG && error instanceof Error && error.stack) err(error.stack);
}

async function main(): Promise<void> {
  handleBrokenPipes();
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CliError) {
      reportError(error);
      process.exitCode = error.exitCode;
    } else {
      reportBug(error);
      process.exitCode = EXIT.software;
    }
  }
}

await main();
