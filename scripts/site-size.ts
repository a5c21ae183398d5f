/**
 * Measurement (not a test): how much JavaScript the built site ships, gzip-compressed. Run with
 * `pnpm size` (node scripts/site-size.ts [dist folder]) after building the site; the folder defaults
 * to $SITE_DIST or site/dist.
 *
 * Prints the size of every JavaScript file in `_astro/`, raw and gzip (level 9), and for each page
 * with an island what it loads: the islands' component and renderer files and module scripts of the
 * HTML, then everything those files import. "At start" counts the static imports (what must arrive
 * before the island can run); "later" counts what dynamic `import()` adds. Some files are fetched by
 * some browsers only (SOME_BROWSERS); the totals say which. Data the page holds as JSON for its
 * island is printed apart.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PAGES = ['simulator/index.html', 'termijnen/index.html'];

/** Files that not every browser fetches, and which ones do. */
const SOME_BROWSERS: ReadonlyArray<{ file: RegExp; who: string }> = [
  // site/vite/eigen-temporal.ts: the polyfill only where the browser has no Temporal of its own.
  { file: /^temporal-polyfill\.[\w-]+\.js$/, who: 'browsers without their own Temporal' },
];
const forSome = (path: string): string | undefined =>
  SOME_BROWSERS.find(({ file }) => file.test(posix.basename(path)))?.who;

const dist =
  process.argv[2] ??
  process.env.SITE_DIST ??
  fileURLToPath(new URL('../site/dist', import.meta.url));

interface Chunk {
  readonly raw: number;
  readonly gzip: number;
  readonly statisch: readonly string[];
  readonly dynamisch: readonly string[];
}

const chunks = new Map<string, Chunk>();

/** A site path such as `/_astro/hooks.abc.js`, read once and measured. */
async function chunk(path: string): Promise<Chunk> {
  const known = chunks.get(path);
  if (known) return known;
  const code = await readFile(join(dist, path), 'utf8');
  const resolve = (specifier: string): string => posix.join(posix.dirname(path), specifier);
  const relative = (pattern: RegExp): string[] =>
    [...code.matchAll(pattern)]
      .map((match) => match[1] ?? '')
      .filter((specifier) => specifier.startsWith('.'))
      .map(resolve);
  const measured: Chunk = {
    raw: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).byteLength,
    // `import{a}from"./x.js"`, `export{a}from"./x.js"`, `import"./x.js"` (minified, no spaces).
    statisch: [
      ...new Set(
        relative(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g).filter((file) => file !== path),
      ),
    ],
    // `import("./x.js")` or ``import(`./x.js`)``.
    dynamisch: [...new Set(relative(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g))],
  };
  chunks.set(path, measured);
  return measured;
}

/** The files an HTML page loads: island components and renderers, and module scripts. */
function entries(html: string): string[] {
  const found = [
    ...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+\.js)"/g),
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(found)];
}

/** Every file reachable from `start` over static imports, then what dynamic imports add. */
async function closure(start: readonly string[]): Promise<{ eerst: string[]; later: string[] }> {
  const walk = async (roots: readonly string[], seen: Set<string>): Promise<string[]> => {
    const order: string[] = [];
    const queue = [...roots];
    while (queue.length > 0) {
      const path = queue.shift() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      order.push(path);
      queue.push(...(await chunk(path)).statisch);
    }
    return order;
  };
  const seen = new Set<string>();
  const eerst = await walk(start, seen);
  const later: string[] = [];
  for (let i = 0; i < eerst.length + later.length; i += 1) {
    const from = i < eerst.length ? eerst[i] : later[i - eerst.length];
    later.push(...(await walk((await chunk(from as string)).dynamisch, seen)));
  }
  return { eerst, later };
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1).padStart(6)} kB`;
const name = (path: string): string => posix.basename(path);
const sum = (paths: readonly string[], key: 'raw' | 'gzip'): number =>
  paths.reduce((total, path) => total + (chunks.get(path)?.[key] ?? 0), 0);

const files = (await readdir(join(dist, '_astro'))).filter((file) => file.endsWith('.js')).sort();
for (const file of files) await chunk(`/_astro/${file}`);
const width = Math.max(...files.map((file) => file.length));

console.log(`JavaScript in ${join(dist, '_astro')} (gzip level 9)\n`);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
for (const [path, { raw, gzip }] of [...chunks].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`${name(path).padEnd(width)}  ${kB(raw)}  ${kB(gzip)}`);
}

for (const page of PAGES) {
  let html: string;
  try {
    html = await readFile(join(dist, page), 'utf8');
  } catch {
    console.log(`\n/${page}: not found`);
    continue;
  }
  const { eerst, later } = await closure(entries(html));
  const all = [...eerst, ...later];
  console.log(`\n/${posix.dirname(page)}/ loads:`);
  for (const [label, paths] of [
    ['at start', eerst],
    ['later   ', later],
  ] as const) {
    for (const path of paths) {
      const who = forSome(path);
      console.log(
        `  ${label}  ${name(path).padEnd(width)}  ${kB(chunks.get(path)?.gzip ?? 0)} gzip` +
          (who ? `  (only ${who})` : ''),
      );
    }
  }
  const line = (label: string, paths: readonly string[]): void =>
    console.log(
      `  ${label.padEnd(32)} ${kB(sum(paths, 'gzip'))} gzip  (${kB(sum(paths, 'raw')).trim()} raw)`,
    );
  line('total at start', eerst);
  if (all.some((path) => forSome(path)))
    line(
      'total, files every browser gets',
      all.filter((path) => !forSome(path)),
    );
  line('total, all files', all);
  // The forms' data is JSON in the HTML (site/src/components/simulator/FormulierData.astro): not
  // JavaScript, but part of what the page brings, so it is counted here too.
  for (const [, json = ''] of html.matchAll(
    /<script\b[^>]*\btype="application\/json"[^>]*>([\s\S]*?)<\/script>/g,
  ))
    console.log(
      `  ${'JSON data in the HTML'.padEnd(32)} ${kB(gzipSync(json, { level: 9 }).byteLength)} gzip  (${kB(Buffer.byteLength(json)).trim()} raw)`,
    );
}
