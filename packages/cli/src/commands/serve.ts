/**
 * `iza-regels serve`: the HTTP API (see serve/app.ts) on --host and --poort, until SIGINT or SIGTERM;
 * with --werkers N (default one per core) in N processes on the same port (serve/cluster.ts).
 */
import { availableParallelism } from 'node:os';
import { HELP_OPTION, parse, workersOption } from '../args.ts';
import { CliError, EXIT, usageError, type ExitCode } from '../exit-codes.ts';
import { err } from '../io.ts';
import { loadRules } from '../rules.ts';
import {
  isClusterWorker,
  leaveCluster,
  reportListening,
  reportStopped,
  startPrimary,
  WorkerStopped,
  type Primary,
} from '../serve/cluster.ts';
import { startServer } from '../serve/server.ts';

const OPTIONS = {
  ...HELP_OPTION,
  poort: { type: 'string' },
  host: { type: 'string' },
  cors: { type: 'string', multiple: true },
  'max-bytes': { type: 'string' },
  regels: { type: 'string' },
  werkers: { type: 'string' },
} as const;

const stopped = (): Promise<void> =>
  new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });

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
  const workers = workersOption(values.werkers, availableParallelism());
  // The primary only forks and watches: the workers load the rules and answer.
  if (workers > 1 && !isClusterWorker()) {
    let primary: Primary;
    try {
      primary = await startPrimary(workers);
    } catch (error) {
      if (!(error instanceof WorkerStopped)) throw error;
      return (Object.values(EXIT) as number[]).includes(error.code)
        ? (error.code as ExitCode)
        : EXIT.software;
    }
    err(`iza-regels luistert op ${primary.url}/v1 (${workers} processen / processes)`);
    await stopped();
    await primary.close();
    return EXIT.ok;
  }
  try {
    const ruleSet = await loadRules(values.regels);
    const running = await startServer({
      ruleSet,
      port,
      host: values.host ?? '127.0.0.1',
      maxBytes,
      ...(values.cors === undefined ? {} : { cors: values.cors }),
    });
    if (isClusterWorker()) reportListening(running.url);
    else
      err(`iza-regels luistert op ${running.url}/v1 (regelset ${ruleSet.versie}, ${ruleSet.hash})`);
    await stopped();
    await running.close();
    return EXIT.ok;
  } catch (error) {
    if (isClusterWorker())
      reportStopped(error instanceof CliError ? error.exitCode : EXIT.software);
    throw error;
  } finally {
    leaveCluster();
  }
}
