/**
 * The pending changesets (`.changeset/*.md`) and the version they declare: the largest bump of any
 * package in any of them. The packages share one version (`fixed` in .changeset/config.json).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isLevel, laterLevel, type Level } from '@iza-regels/engine/node';

export interface Changeset {
  readonly bestand: string;
  readonly niveau: Level;
  readonly tekst: string;
}

/** The bumps in a changeset's front matter (`'@iza-regels/rules': minor`), largest first. */
export function changesetLevel(text: string): Level {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return front
    .split(/\r?\n/)
    .map((line) => /:\s*['"]?(patch|minor|major)['"]?\s*$/.exec(line)?.[1])
    .filter(isLevel)
    .reduce<Level>(laterLevel, 'geen');
}

export async function pendingChangesets(top: string): Promise<Changeset[]> {
  const folder = join(top, '.changeset');
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const found: Changeset[] = [];
  for (const name of names
    .filter((entry) => entry.endsWith('.md') && entry !== 'README.md')
    .sort()) {
    const tekst = await readFile(join(folder, name), 'utf8');
    found.push({ bestand: `.changeset/${name}`, niveau: changesetLevel(tekst), tekst });
  }
  return found;
}

export const declaredLevel = (changesets: readonly Changeset[]): Level =>
  changesets.map((entry) => entry.niveau).reduce<Level>(laterLevel, 'geen');
