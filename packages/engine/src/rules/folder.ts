/**
 * Reading a rules folder from disk (Node only): its files, and the rule set checked from them. Apart
 * from `./node`, so that the workspace's source build of the prebuilt rule set (`#regelset`) can use
 * it without importing the module that imports that rule set.
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeRuleSet, type CheckedRuleSet } from './checked.ts';
import { CONFORMANCE_FOLDER } from './conformance.ts';
import { formatIssue, type Issue } from './issues.ts';
import { loadRuleSet, type LoadResult } from './load.ts';
import type { RuleSourceFile } from './ruleset.ts';

/** The folder of the installed `@iza-regels/rules` package. */
export function defaultRulesDir(): string {
  return dirname(fileURLToPath(import.meta.resolve('@iza-regels/rules/package.json')));
}

async function walk(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter(
        (entry) =>
          entry.name !== 'node_modules' &&
          !entry.name.startsWith('.') &&
          !skip.includes(entry.name),
      )
      .map((entry) =>
        entry.isDirectory()
          ? walk(join(dir, entry.name))
          : Promise.resolve([join(dir, entry.name)]),
      ),
  );
  return nested.flat();
}

/**
 * Every `.json` and `.txt` file of a rules folder; a file that is not valid JSON becomes an issue. The
 * golden files of the conformance suite are left out (which evaluating does not need):
 * `readGoldenFiles` reads them.
 */
export async function readRuleFiles(
  dir: string,
): Promise<{ files: RuleSourceFile[]; issues: Issue[] }> {
  return readJsonAndText(dir, await walk(dir, [CONFORMANCE_FOLDER]));
}

/** The files of the conformance suite (`conformance/*.json`); none when the folder is absent. */
export async function readGoldenFiles(
  dir: string,
): Promise<{ files: RuleSourceFile[]; issues: Issue[] }> {
  let paths: string[];
  try {
    paths = await walk(join(dir, CONFORMANCE_FOLDER));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], issues: [] };
    throw error;
  }
  return readJsonAndText(dir, paths);
}

async function readJsonAndText(
  dir: string,
  paths: readonly string[],
): Promise<{ files: RuleSourceFile[]; issues: Issue[] }> {
  const files: RuleSourceFile[] = [];
  const issues: Issue[] = [];
  for (const path of [...paths].sort()) {
    const pad = relative(dir, path).split(sep).join('/');
    if (!pad.endsWith('.json') && !pad.endsWith('.txt')) continue;
    const text = await readFile(path, 'utf8');
    if (pad.endsWith('.txt')) {
      files.push({ pad, inhoud: text });
      continue;
    }
    try {
      files.push({ pad, inhoud: JSON.parse(text) as unknown });
    } catch (error) {
      issues.push({
        code: 'ongeldige-json',
        bestand: pad,
        pad: '(bestand)',
        nl: `Het bestand is geen geldige JSON: ${(error as Error).message}`,
        en: `The file is not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  return { files, issues };
}

/** A changeset front matter line that bumps the rules: `'@iza-regels/rules': minor`. */
const RULES_BUMP = /^\s*['"]?@iza-regels\/rules['"]?\s*:\s*['"]?(?:patch|minor|major)['"]?\s*$/m;

/**
 * Whether the repository around a rules folder (its parent, with `.changeset/`) has changesets for
 * `@iza-regels/rules` that no release has used up yet. An installed package, or a folder taken from
 * a git ref, has no such sibling: its version is the released one.
 */
async function rulesUnreleased(dir: string): Promise<boolean> {
  const folder = join(dir, '..', '.changeset');
  const names = await readdir(folder).catch(() => []);
  for (const name of names) {
    if (!name.endsWith('.md') || name.toLowerCase() === 'readme.md') continue;
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(join(folder, name), 'utf8'));
    if (front?.[1] && RULES_BUMP.test(front[1].replace(/\r/g, ''))) return true;
  }
  return false;
}

/**
 * The version of a rules folder: package.json's, and while the rules have unreleased changes, that
 * version with `+` and the first 12 hex digits of the content hash (`0.1.0+3f2a…`): rules changed
 * since 0.1.0 are not 0.1.0, and two different contents never share one label (CONTRIBUTING.md,
 * "Versies volgen uitkomsten").
 */
const unreleasedVersion = (version: string, hash: string): string =>
  `${version}+${hash.replace(/^sha256:/, '').slice(0, 12)}`;

/** Read a rules folder once: its files, read problems, and the rule set loaded from them. */
export async function readAndLoad(
  dir: string,
): Promise<{ files: RuleSourceFile[]; loaded: LoadResult }> {
  const { files, issues } = await readRuleFiles(dir);
  const packageFile = files.find((file) => file.pad === 'package.json')?.inhoud as
    { version?: string } | undefined;
  const version = packageFile?.version ?? '0.0.0';
  const read = await loadRuleSet(files, version);
  const loaded: LoadResult =
    read.ok && (await rulesUnreleased(dir))
      ? {
          ok: true,
          ruleSet: { ...read.ruleSet, versie: unreleasedVersion(version, read.ruleSet.hash) },
        }
      : read;
  if (issues.length === 0) return { files, loaded };
  return { files, loaded: { ok: false, issues: [...issues, ...(loaded.ok ? [] : loaded.issues)] } };
}

export async function loadRuleSetFromDir(dir: string = defaultRulesDir()): Promise<LoadResult> {
  return (await readAndLoad(dir)).loaded;
}

/**
 * The checked rule set of a folder as JSON-safe data (`serializeRuleSet`, with the clause
 * registers), as `@iza-regels/rules` ships it prebuilt. Throws with every problem when the folder does not pass its checks.
 */
export async function checkedRuleSetOfDir(
  dir: string = defaultRulesDir(),
): Promise<CheckedRuleSet> {
  const loaded = await loadRuleSetFromDir(dir);
  if (!loaded.ok) {
    const issues = loaded.issues.map((issue) => formatIssue(issue)).join('\n');
    throw new Error(`The rules in ${dir} do not pass their checks:\n${issues}`);
  }
  return serializeRuleSet(loaded.ruleSet, { clausules: true });
}
