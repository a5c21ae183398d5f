/**
 * Build the package in the current folder (its `build` and `prepack` script): `dist/` with ESM `.js`,
 * `.d.ts` and source maps, compiled by tsc from `tsconfig.build.json`.
 *
 * tsc rewrites the sources' `.ts` import specifiers to `.js` in JavaScript
 * (`rewriteRelativeImportExtensions`) but keeps them in declaration files, where a consumer's
 * TypeScript then looks for `.ts` files that are not shipped; so they are rewritten here too. Both
 * extensions have three characters, so the declaration maps stay exact.
 */
import { execFileSync } from 'node:child_process';
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const dist = join(process.cwd(), 'dist');
await rm(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
} catch {
  // tsc has printed its errors.
  process.exit(1);
}

/** `from './x.ts'` and `import("./x.ts")`, relative specifiers only. */
const RELATIVE_TS = /((?:from|import)\s*\(?\s*)(['"])(\.\.?\/[^'"]*)\.ts\2/g;
for (const name of await readdir(dist, { recursive: true })) {
  if (!name.endsWith('.d.ts')) continue;
  const file = join(dist, name);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(RELATIVE_TS, '$1$2$3.js$2'));
}

// A `bin` must be executable when the package is used from this folder (npm sets it on install).
const { bin } = JSON.parse(await readFile('package.json', 'utf8')) as {
  bin?: Record<string, string>;
};
for (const path of Object.values(bin ?? {})) await chmod(path, 0o755);
