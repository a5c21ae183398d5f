/**
 * The rules at a git reference, as a folder: `git archive` of the rules folder into a temporary
 * folder, so the engine reads them exactly as it reads the working tree.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { noInputError } from './exit-codes.ts';

const run = promisify(execFile);

/** Output of a git command in `cwd`, or undefined when git fails (no repository, unknown ref). */
export async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return (await run('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();
  } catch {
    return undefined;
  }
}

/** The top of the working tree that holds `dir`, if it is in one. */
export const gitTop = (dir: string): Promise<string | undefined> =>
  git(dir, ['rev-parse', '--show-toplevel']);

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export interface Checkout {
  readonly dir: string;
  readonly remove: () => Promise<void>;
}

/**
 * The rules folder `rulesDir` (inside a git working tree) as it was at `ref`. Exit 66 when the ref is
 * unknown or has no such folder.
 */
export async function rulesAtRef(rulesDir: string, ref: string): Promise<Checkout> {
  const top = await gitTop(rulesDir);
  const commit = top && (await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]));
  if (!top || !commit)
    throw noInputError(
      `"${ref}" is geen map en geen git-referentie (commit, tag of branch) in ${top ?? rulesDir}.`,
      `"${ref}" is neither a folder nor a git reference (commit, tag or branch) in ${top ?? rulesDir}.`,
    );
  const inside = relative(top, resolve(rulesDir)) || '.';
  const temp = await mkdtemp(join(tmpdir(), 'iza-regels-diff-'));
  const remove = () => rm(temp, { recursive: true, force: true });
  try {
    await run(
      'sh',
      ['-c', 'git archive --format=tar "$1" -- "$2" | tar -x -C "$3"', 'sh', commit, inside, temp],
      {
        cwd: top,
      },
    );
  } catch {
    await remove();
    throw noInputError(
      `Op ${ref} staat geen map ${inside}.`,
      `There is no folder ${inside} at ${ref}.`,
    );
  }
  return { dir: join(temp, inside), remove };
}

/**
 * The last release: the newest tag `@iza-regels/rules@<versie>` (what `changeset tag` writes) or
 * `v<versie>` reachable from HEAD; undefined when there is none (a clone before the first release).
 */
export async function lastReleaseTag(cwd: string): Promise<string | undefined> {
  for (const pattern of ['@iza-regels/rules@*', 'v[0-9]*']) {
    const tag = await git(cwd, ['describe', '--tags', '--abbrev=0', '--match', pattern, 'HEAD']);
    if (tag) return tag;
  }
  return undefined;
}
