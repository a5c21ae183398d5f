/**
 * The browser-test harness: a tiny static server for site/dist on a free local port, and Debian's
 * Chromium (./chromium.ts).
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';

export { launchChromium };

/** The built site; `SITE_DIST` points elsewhere, e.g. to a build made with `astro build --outDir`. */
export const DIST = process.env.SITE_DIST
  ? `${resolve(process.env.SITE_DIST)}${sep}`
  : fileURLToPath(new URL('../../site/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function resolveFile(urlPath: string): Promise<string | undefined> {
  const path = normalize(join(DIST, decodeURIComponent(urlPath)));
  if (!path.startsWith(DIST)) return undefined;
  for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

/** Serve site/dist on 127.0.0.1 on a free port; resolves with the base URL and a close function. */
export async function serveDist(): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    void resolveFile(urlPath).then((file) => {
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      createReadStream(file).pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The axe tags of WCAG 2.2 level AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The requests a page makes to another origin than the site, collected as they happen. */
export function requestsElsewhere(page: Page, base: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  return foreign;
}

/** A fresh context per test (axe needs pages from browser.newContext()). */
export function newContext(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
}

/** Every HTML page of the built site, as URL paths ("/", "/regels/ADD-01/", …). */
export async function htmlPages(): Promise<string[]> {
  const files = (await readdir(DIST, { recursive: true })).filter((file) => file.endsWith('.html'));
  return files
    .map((file) => `/${relative(DIST, join(DIST, file)).split(sep).join('/')}`)
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

/**
 * For one test file: serve the built site and start Chromium before its tests, close both after.
 * Read `browser` and `base` inside the tests (they exist once `beforeAll` has run).
 */
export function siteInBrowser(): { readonly browser: Browser; readonly base: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not started yet: use it inside a test.');
      return browser;
    },
    get base(): string {
      if (!server) throw new Error('The site is not served yet: use it inside a test.');
      return server.base;
    },
  };
}

/**
 * Wait until the islands of the page run. Their form is HTML from the build, so it is on the page
 * before React is; Astro takes `ssr` off an island once it has hydrated it.
 */
export async function eilandKlaar(page: Page): Promise<void> {
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
}
