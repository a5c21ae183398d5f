/**
 * The site uses the browser's own Temporal when it has one and fetches the polyfill only when it has
 * none (site/vite/temporal.ts). Both must give the same page: each example plan opened in the
 * simulator, and the deadline calculator, read the same in Chromium with and without its Temporal
 * (V8's --no-harmony-temporal), and only the browser without it fetches the polyfill.
 */
import { readFile, readdir } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorLink } from '../../site/src/lib/simulator/uitPlan.ts';
import { rulesDir, shippedRules } from '../support.ts';
import { newContext, serveDist } from './harness.ts';

const PEILDATUM = '2026-11-23';
const POLYFILL = /\/temporal-polyfill\.[\w-]+\.js$/;

const launch = (flags: readonly string[]): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--lang=nl-NL', ...flags],
  });

let server: Awaited<ReturnType<typeof serveDist>>;
let eigen: Browser;
let zonder: Browser;

beforeAll(async () => {
  server = await serveDist();
  eigen = await launch([]);
  zonder = await launch(['--js-flags=--no-harmony-temporal']);
});

afterAll(async () => {
  await eigen?.close();
  await zonder?.close();
  await server?.close();
});

/** The text of `main` once the island has answered, whether Temporal existed, the scripts fetched. */
async function read(
  browser: Browser,
  path: string,
): Promise<{ temporal: string; tekst: string; scripts: string[] }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.base}${path}`);
  // Both islands show the rule set's hash with their answers.
  await page.locator('main code', { hasText: 'sha256:' }).first().waitFor({ timeout: 20_000 });
  // Answers follow the state a moment after it is read; wait until the text stops changing.
  let tekst = '';
  await expect
    .poll(
      async () => {
        const before = tekst;
        tekst = await page.locator('main').innerText();
        return tekst !== '' && tekst === before;
      },
      { timeout: 20_000, interval: 300 },
    )
    .toBe(true);
  const temporal = await page.evaluate(
    () => typeof (globalThis as { Temporal?: unknown }).Temporal,
  );
  await context.close();
  expect(errors).toEqual([]);
  return { temporal, tekst, scripts };
}

describe('Temporal: the browser’s own or the polyfill, with the same answers', () => {
  it('gives the same simulator answers for every example plan', { timeout: 120_000 }, async () => {
    const vragen = (await shippedRules()).vragen.vragen.map((vraag) => vraag.id);
    const folder = `${rulesDir}/voorbeelden`;
    const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const plan = JSON.parse(await readFile(`${folder}/${file}`, 'utf8')) as Record<
        string,
        unknown
      >;
      const path = simulatorLink('nl', plan, { peildatum: PEILDATUM, vragen });
      const metEigen = await read(eigen, path);
      const metPolyfill = await read(zonder, path);
      expect(metEigen.temporal, file).toBe('object');
      expect(metPolyfill.temporal, file).toBe('undefined');
      expect(
        metEigen.scripts.some((url) => POLYFILL.test(url)),
        file,
      ).toBe(false);
      expect(
        metPolyfill.scripts.some((url) => POLYFILL.test(url)),
        file,
      ).toBe(true);
      expect(metPolyfill.tekst, file).toBe(metEigen.tekst);
    }
  });

  it('gives the same deadline calculator', { timeout: 60_000 }, async () => {
    const metEigen = await read(eigen, '/termijnen/');
    const metPolyfill = await read(zonder, '/termijnen/');
    expect(metPolyfill.tekst).toBe(metEigen.tekst);
  });
});
