/**
 * Measurement (not a test): Lighthouse 12.2.3 on the built site, in Debian's Chromium, for /, /simulator/
 * and /termijnen/, on a phone (Lighthouse's default: simulated slow 4G and a 4× slower CPU) and on a
 * desktop. Prints the four scores and the two figures the site aims at: CLS (layout shift) and TBT
 * (total blocking time). Run with `pnpm lighthouse` after `pnpm build`.
 *
 *   pnpm lighthouse                          serves site/dist as `pnpm start` does (astro preview)
 *   pnpm lighthouse http://127.0.0.1:4321    measures a site that already runs there
 *   LIGHTHOUSE_RUNS=3 pnpm lighthouse        the median of three runs per page (the machine is noisy)
 *
 * Lighthouse comes through `npx` and is no dependency of the workspace, so installs stay small.
 * CHROME_PATH defaults to /usr/bin/chromium. Targets: mobile performance at least 95, CLS at most 0.05.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const PAGES = ['/', '/simulator/', '/termijnen/'];
const FORM_FACTORS = ['mobile', 'desktop'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const PORT = 4329;

const root = fileURLToPath(new URL('..', import.meta.url));

interface Result {
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly cls: number;
  readonly tbt: number;
}

/** The part of Lighthouse's JSON report read here. */
interface Report {
  readonly categories: Record<string, { readonly score: number | null }>;
  readonly audits: Record<string, { readonly numericValue?: number }>;
  readonly runtimeError?: { readonly message: string };
}

function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} stopte met ${code}:\n${err}`)),
    );
  });
}

async function lighthouse(url: string, formFactor: (typeof FORM_FACTORS)[number]): Promise<Result> {
  const json = await run('npx', [
    '-y',
    LIGHTHOUSE,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless --no-sandbox',
    `--only-categories=${CATEGORIES.join(',')}`,
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ]);
  const report = JSON.parse(json) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const score = (id: string): number => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    tbt: report.audits['total-blocking-time']?.numericValue ?? Number.NaN,
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** `astro preview` of site/dist, as `pnpm start` serves it after building, with the same headers. */
async function preview(): Promise<{ base: string; stop: () => void }> {
  try {
    await access(`${root}site/dist/index.html`);
  } catch {
    throw new Error('site/dist ontbreekt: draai eerst `pnpm build`.');
  }
  const child: ChildProcess = spawn(
    'npx',
    ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      cwd: `${root}site`,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  let fouten = '';
  child.stderr?.on('data', (chunk: Buffer) => (fouten += chunk.toString()));
  // The whole process group: npx, and astro under it.
  const stop = (): void => {
    try {
      if (child.pid) process.kill(-child.pid);
    } catch {
      // Already stopped.
    }
  };
  const base = `http://127.0.0.1:${PORT}`;
  for (let tries = 0; tries < 150; tries += 1) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`astro preview antwoordt niet op ${base}.\n${fouten}`);
}

const given = process.argv[2];
const server = given ? { base: given.replace(/\/$/, ''), stop: () => undefined } : await preview();
try {
  console.log(
    `Lighthouse ${LIGHTHOUSE.split('@')[1]} on ${server.base}` +
      (RUNS > 1 ? ` (median of ${RUNS} runs)` : '') +
      '\n',
  );
  const header = ['page', 'device', 'perf', 'a11y', 'best', 'seo', 'CLS', 'TBT ms'];
  console.log(header.map((cell, i) => (i < 2 ? cell.padEnd(12) : cell.padStart(7))).join(''));
  for (const page of PAGES)
    for (const formFactor of FORM_FACTORS) {
      const results: Result[] = [];
      for (let i = 0; i < RUNS; i += 1)
        results.push(await lighthouse(server.base + page, formFactor));
      const of = (pick: (result: Result) => number): number => median(results.map(pick));
      const cells = [
        of((r) => r.scores.performance),
        of((r) => r.scores.accessibility),
        of((r) => r.scores['best-practices']),
        of((r) => r.scores.seo),
      ].map(String);
      console.log(
        [page.padEnd(12), formFactor.padEnd(12)].join('') +
          [...cells, of((r) => r.cls).toFixed(3), of((r) => r.tbt).toFixed(0)]
            .map((cell) => cell.padStart(7))
            .join(''),
      );
    }
} finally {
  server.stop();
}
