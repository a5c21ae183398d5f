/**
 * `iza-regels serve`: the HTTP API (see serve/app.ts) on --host and --poort, until SIGINT or SIGTERM.
 */
import { HELP_OPTION, parse } from '../args.ts';
import { EXIT, usageError, type ExitCode } from '../exit-codes.ts';
import { err } from '../io.ts';
import { loadRules } from '../rules.ts';
import { startServer } from '../serve/server.ts';

const OPTIONS = {
  ...HELP_OPTION,
  poort: { type: 'string' },
  host: { type: 'string' },
  cors: { type: 'string', multiple: true },
  'max-bytes': { type: 'string' },
  regels: { type: 'string' },
} as const;

function whole(value: string | undefined, fallback: number, option: string, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (/^\d+$/.test(value) && number <= max) return number;
  throw usageError(
    `Ongeldige waarde "${value}" voor ${option}: verwacht een geheel getal van 0 tot ${max}.`,
    `Invalid value "${value}" for ${option}: expected a whole number from 0 to ${max}.`,
  );
}

export async function serveCommand(args: readonly string[]): Promise<ExitCode> {
  const { values } = parse(args, OPTIONS, 0);
  const port = whole(values.poort ?? process.env.PORT, 8080, '--poort', 65_535);
  const maxBytes = whole(values['max-bytes'], 1024 * 1024, '--max-bytes', 2 ** 31);
  const ruleSet = await loadRules(values.regels);
  const running = await startServer({
    ruleSet,
    port,
    host: values.host ?? '127.0.0.1',
    maxBytes,
    ...(values.cors === undefined ? {} : { cors: values.cors }),
  });
  err(`iza-regels luistert op ${running.url}/v1 (regelset ${ruleSet.versie}, ${ruleSet.hash})`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await running.close();
  return EXIT.ok;
}
