/**
 * The rule files in their one layout (`formatJson`, the layout Prettier keeps): which files have it,
 * which do not, and rewriting them. `package.json` keeps npm's layout, and the generated schemas and
 * goldens keep `JSON.stringify`'s (both are left alone by Prettier, see .prettierignore).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Issue } from '@iza-regels/engine';
import { formatJson } from '@iza-regels/engine/node';

const GENERATED = new Set(['schemas', 'conformance', 'dist', 'node_modules']);

/** Every JSON file of a rules folder that is written in the one layout, as absolute paths. */
export async function formattedRuleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => {
      const parts = relative(dir, path).split(sep);
      if (parts.length === 1 && parts[0] === 'package.json') return false;
      return !parts.some((part) => GENERATED.has(part) || part.startsWith('.'));
    })
    .sort();
}

/** The file's text in the one layout, or undefined when it is not JSON (check reports that). */
function layout(text: string): string | undefined {
  try {
    return formatJson(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** The files (relative to `dir`, with `/`) not in the one layout. */
export async function unformatted(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const path of await formattedRuleFiles(dir)) {
    const text = await readFile(path, 'utf8');
    const wanted = layout(text);
    if (wanted !== undefined && wanted !== text)
      found.push(relative(dir, path).split(sep).join('/'));
  }
  return found;
}

/** Rewrite every file that is not in the one layout; returns the files rewritten (relative to `dir`). */
export async function rewrite(dir: string): Promise<string[]> {
  const changed = await unformatted(dir);
  for (const file of changed) {
    const path = join(dir, file);
    const wanted = layout(await readFile(path, 'utf8'));
    if (wanted !== undefined) await writeFile(path, wanted);
  }
  return changed;
}

/** What `iza-regels check` says about a file that is not in the layout: the command that fixes it. */
export const layoutIssue = (bestand: string, dir: string): Issue => ({
  code: 'opmaak',
  bestand,
  pad: '(bestand)',
  nl: `Het bestand staat niet in de vaste opmaak van de regelbestanden. Herstel het met: iza-regels opmaak ${dir}`,
  en: `The file is not in the rule files' one layout. Fix it with: iza-regels opmaak ${dir}`,
});
