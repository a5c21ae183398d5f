/**
 * Benchmark (not a test) of the batch and the HTTP API, run with `pnpm bench:batch`:
 *
 * - NDJSON: BENCH_NDJSON plans (default 100,000) made from the example plans with variations (the
 *   name, the amounts and the peildatum per row), through `iza-regels evaluate` to /dev/null: wall
 *   time, plans per second and the peak memory of the process (maxRSS from /usr/bin/time).
 * - CSV: BENCH_CSV plans (default 10,000) in Windows-1252, the same way.
 * - API: `iza-regels serve` under autocannon for BENCH_SECONDS (default 20) on loopback, POSTing the
 *   example plans: requests per second, p50 and p99 latency, errors and non-2xx answers.
 *
 * The built CLI (packages/cli/dist, after `pnpm build:packages`) when there is one, else the sources.
 * BENCH_WERKERS is passed to --werkers of evaluate and serve (default: their own default, one per
 * core). The figures depend on the machine and on what else runs on it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import iconv from '../packages/cli/node_modules/iconv-lite/lib/index.js';
import { cellsOf, csvLine, templateHeader } from '../packages/cli/src/csv/columns.ts';

// The CLI as consumers run it, built JavaScript (after `pnpm build:packages`), else from its sources;
// from the sources every thread strips types and holds some 40 MB more.
const BUILT = new URL('../packages/cli/dist/main.js', import.meta.url).pathname;
const FROM_BUILD = existsSync(BUILT);
const MAIN = FROM_BUILD ? BUILT : new URL('../packages/cli/src/main.ts', import.meta.url).pathname;
// The built CLI must load the built engine: without the workspace's source condition.
const cliEnv = FROM_BUILD
  ? {
      ...process.env,
      NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(
        /--conditions=@iza-regels\/source/g,
        '',
      ),
    }
  : process.env;
const N_NDJSON = Number(process.env.BENCH_NDJSON ?? 100_000);
const N_CSV = Number(process.env.BENCH_CSV ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WORKERS = process.env.BENCH_WERKERS;
const workerArgs = WORKERS === undefined ? [] : ['--werkers', WORKERS];
const workerLabel = `--werkers ${WORKERS ?? 'standaard'}`;
const NAMES = ['ggz-wijk-spuk', 'nog-onvolledig', 'ziekenhuis-structureel-via-verzekeraar'];

const plans = await Promise.all(
  NAMES.map(
    async (name) =>
      JSON.parse(
        await readFile(new URL(`../rules/voorbeelden/${name}.json`, import.meta.url), 'utf8'),
      ) as { naam?: string; kosten?: Array<{ bedragen?: Array<{ bedrag: number }> }> },
  ),
);

/** Row i: an example plan with its own name, amounts scaled by a small factor and a peildatum. */
function variation(index: number): { plan: unknown; peildatum: string } {
  const base = plans[index % plans.length] ?? {};
  const factor = 1 + (index % 17) / 10;
  const plan = {
    ...base,
    naam: `${base.naam ?? 'Plan'} ${index}`,
    kosten: base.kosten?.map((line) => ({
      ...line,
      // Whole cents: an amount like 220000.00000000003 is refused, as it should be.
      bedragen: line.bedragen?.map((entry) => ({
        ...entry,
        bedrag: Math.round(entry.bedrag * factor * 100) / 100,
      })),
    })),
  };
  const month = String((index % 12) + 1).padStart(2, '0');
  return { plan, peildatum: `2026-${month}-15` };
}

async function writeLines(path: string, count: number, line: (index: number) => string | Buffer) {
  const out = createWriteStream(path);
  for (let index = 0; index < count; index += 1) {
    if (!out.write(line(index))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const TIME = '/usr/bin/time';

/** Run the CLI on a file, output to /dev/null; wall time and peak memory of the process. */
function measure(label: string, file: string, count: number): void {
  const args = [MAIN, 'evaluate', file, ...workerArgs];
  const started = performance.now();
  let maxRss = 'unknown (no /usr/bin/time)';
  let stderr: string;
  if (existsSync(TIME)) {
    stderr = spawnText(TIME, ['-f', 'MAXRSS %M', process.execPath, ...args]);
    const kb = /MAXRSS (\d+)/.exec(stderr)?.[1];
    if (kb) maxRss = `${(Number(kb) / 1024).toFixed(0)} MB`;
  } else {
    stderr = spawnText(process.execPath, args);
  }
  // Every generated row is valid: a bad one would be answered fast and flatter the figures.
  const invalid = /\(en\) Batch done: [^\n]*?, ([\d,]+) invalid/.exec(stderr)?.[1] ?? '0';
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label}: ${count} plans in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(0)} plans/s (${invalid} invalid); peak memory ${maxRss}; ${load()}`,
  );
}

/** Run a command to the end; its stderr, whatever its exit code (65 for bad rows is no failure here). */
function spawnText(command: string, args: readonly string[]): string {
  const { stderr } = spawnSync(command, args, {
    env: cliEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stderr;
}

/** The machine's load (1-minute average), so that figures from a busy machine are read as such. */
const load = (): string => `load ${loadavg()[0]?.toFixed(1)}`;

console.log(
  `start, ${load()}; CLI ${FROM_BUILD ? 'built (packages/cli/dist)' : 'from its sources'}`,
);
const dir = await mkdtemp(join(tmpdir(), 'iza-bench-'));
try {
  const ndjson = join(dir, 'plannen.ndjson');
  await writeLines(ndjson, N_NDJSON, (index) => `${JSON.stringify(variation(index))}\n`);
  measure(`NDJSON (${workerLabel})`, ndjson, N_NDJSON);

  const csv = join(dir, 'plannen.csv');
  const names = templateHeader();
  await writeFile(csv, iconv.encode(csvLine(names), 'windows-1252'));
  const header = await readFile(csv);
  await writeLines(csv, N_CSV + 1, (index) => {
    if (index === 0) return header;
    const { plan, peildatum } = variation(index);
    return iconv.encode(csvLine(cellsOf(plan, names, { peildatum })), 'windows-1252');
  });
  measure(`CSV, Windows-1252 (${workerLabel})`, csv, N_CSV);

  const server = spawn(process.execPath, [MAIN, 'serve', '--poort', '0', ...workerArgs], {
    env: cliEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let url = '';
  for await (const chunk of server.stderr) {
    url = /(http:\/\/\S+)\/v1/.exec(String(chunk))?.[1] ?? '';
    if (url) break;
  }
  const bodies = NAMES.map((_, index) => JSON.stringify(variation(index)));
  const result = await autocannon({
    url: `${url}/v1/evaluaties?detail=samenvatting`,
    duration: SECONDS,
    connections: 8,
    requests: bodies.map((body) => ({
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    })),
  });
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
  console.log(
    `API (${workerLabel}), POST /v1/evaluaties, ${SECONDS} s, 8 connections: ${result.requests.average.toFixed(0)} evaluations/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; ${load()}`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
