/**
 * Every package a published module imports is one of its declared dependencies. In the workspace a
 * package the root happens to have still resolves (Node looks up the folders), so only an install as
 * a consumer would find the missing one; this finds it in the unit tests.
 */
import { readFile, readdir } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PACKAGES = ['engine', 'cli'];
const root = new URL('../packages/', import.meta.url).pathname;
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('published packages declare what they import', () => {
  it.each(PACKAGES)('@iza-regels/%s', async (name) => {
    const manifest = JSON.parse(await readFile(join(root, name, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    const declared = new Set([
      manifest.name,
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    const undeclared = new Set<string>();
    for (const file of await sources(join(root, name, 'src'))) {
      for (const match of (await readFile(file, 'utf8')).matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? '';
        if (specifier.startsWith('.') || specifier.startsWith('#') || specifier.startsWith('node:'))
          continue;
        if (builtinModules.includes(specifier)) continue;
        if (!declared.has(packageOf(specifier)))
          undeclared.add(`${packageOf(specifier)} (${file.slice(root.length)})`);
      }
    }
    expect([...undeclared]).toEqual([]);
  });
});
