import { readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { formatJson } from '@iza-regels/engine/node';
import { describe, expect, it } from 'vitest';
import { caseFileNames, caseFileWith, rulesCopy } from '../../../test/support/rules-copy.ts';
import { runCli } from './run-cli.ts';

type Json = Record<string, unknown>;

/**
 * The first rule file (in path order) whose rule passes `test`, as a path relative to the rules
 * folder, with its id: the tests pick rules by shape, never by id, so they hold whatever policy staff
 * change in the data.
 */
async function ruleFile(
  dir: string,
  test: (rule: Json & { versies: Json[] }) => boolean = () => true,
): Promise<{ path: string; id: string }> {
  const entries = (await readdir(join(dir, 'regels'), { recursive: true }))
    .filter((entry) => entry.endsWith('.json'))
    .sort();
  for (const entry of entries) {
    const rule = JSON.parse(await readFile(join(dir, 'regels', entry), 'utf8')) as Json & {
      versies: Json[];
    };
    if (test(rule)) return { path: `regels/${entry.split(sep).join('/')}`, id: String(rule.id) };
  }
  throw new Error('No rule file of that shape');
}

async function edit(
  dir: string,
  path: string,
  change: (rule: Json & { versies: Json[] }) => void,
): Promise<void> {
  const file = join(dir, path);
  const rule = JSON.parse(await readFile(file, 'utf8')) as Json & { versies: Json[] };
  change(rule);
  await writeFile(file, formatJson(rule));
}

/** The first leaf condition of a condition tree, and its JSON path. */
function firstLeaf(condition: unknown, path: string): { leaf: Json; path: string } | undefined {
  if (typeof condition !== 'object' || condition === null) return undefined;
  const node = condition as Json;
  if (typeof node.fact === 'string') return { leaf: node, path };
  for (const key of ['all', 'any'] as const) {
    const children = node[key];
    if (!Array.isArray(children)) continue;
    for (const [index, child] of children.entries()) {
      const found = firstLeaf(child, `${path}.${key}[${index}]`);
      if (found) return found;
    }
  }
  return node.not === undefined ? undefined : firstLeaf(node.not, `${path}.not`);
}

describe('check', () => {
  // CI runs `iza-regels check` on the shipped rules itself (.ci/run); here a copy with two case files.
  it('passes on correct rules and prints a one-line summary on stderr', async () => {
    const caseFiles = (await caseFileNames()).slice(0, 2);
    const dir = await rulesCopy(caseFiles);
    let cases = 0;
    for (const name of caseFiles) {
      const file = JSON.parse(await readFile(join(dir, 'gevallen', name), 'utf8')) as Json;
      cases += (file.gevallen as unknown[]).length;
    }
    const { code, stdout, stderr } = await runCli(['check', dir]);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^✔ Regels in orde: \d+ regels, \d+ parameters, \d+ varianten, .*regelset \d+\.\d+\.\d+ \(sha256:[0-9a-f]{64}\)\.\n$/,
    );
    expect(stderr).toContain(`, ${cases} uitgewerkte gevallen;`);
    expect(code).toBe(0);
  });

  it('exits 66 when the folder does not exist', async () => {
    const { code, stderr } = await runCli(['check', join(tmpdir(), 'iza-regels-bestaat-niet')]);
    expect(code).toBe(66);
    expect(stderr).toContain('iza-regels-bestaat-niet');
  });

  it('an unknown fact in a rule: exit 65, naming the file, the rule and the JSON path', async () => {
    const dir = await rulesCopy();
    const { path, id } = await ruleFile(dir, (rule) =>
      Boolean(firstLeaf(rule.versies[0]?.voorwaarden, 'versies[0].voorwaarden')),
    );
    let factPath = '';
    await edit(dir, path, (rule) => {
      const found = firstLeaf(rule.versies[0]?.voorwaarden, 'versies[0].voorwaarden');
      if (!found) throw new Error(`${id} has no condition`);
      found.leaf.fact = 'plan.bestaatNiet';
      factPath = `${found.path}.fact`;
    });
    const { code, stderr } = await runCli(['check', dir]);
    expect(code).toBe(65);
    expect(stderr).toContain(`✖ ${path} · ${id}: Onbekend feit "plan.bestaatNiet"`);
    expect(stderr).toContain(`→ bij ${factPath} [onbekend-feit]`);
    expect(stderr).toContain('(en) Unknown fact "plan.bestaatNiet"');
    expect(stderr).toMatch(/^1 probleem gevonden in /m);
  });

  it('an empty citaten list: exit 65, naming the file, the rule and versies[0].citaten', async () => {
    const dir = await rulesCopy();
    const { path, id } = await ruleFile(dir);
    await edit(dir, path, (rule) => {
      if (rule.versies[0]) rule.versies[0].citaten = [];
    });
    const { code, stderr } = await runCli(['check', dir]);
    expect(code).toBe(65);
    expect(stderr).toContain(`✖ ${path} · ${id}: Versie 1`);
    expect(stderr).toContain('→ bij versies[0].citaten [geen-citaat]');
    expect(stderr).toContain('(en) Version 1');
  });

  it('an overlapping new version: exit 65, naming the file, the rule and the version', async () => {
    const dir = await rulesCopy();
    const { path, id } = await ruleFile(dir);
    let index = 0;
    let start = '';
    await edit(dir, path, (rule) => {
      const last = rule.versies.at(-1);
      if (!last) throw new Error(`${id} has no version`);
      const from = Temporal.PlainDate.from(String(last.geldigVan));
      start = from.add({ days: 10 }).toString();
      index = rule.versies.length;
      rule.versies.push({ ...last, geldigVan: start, geldigTot: null });
      last.geldigTot = from.add({ days: 20 }).toString();
    });
    const { code, stderr } = await runCli(['check', dir]);
    expect(code).toBe(65);
    expect(stderr).toContain(
      `✖ ${path} · ${id}: Versie ${index + 1} (vanaf ${start}) overlapt met versie ${index}`,
    );
    expect(stderr).toContain(`→ bij versies[${index}] [versies-overlappen]`);
    expect(stderr).toContain(`(en) Version ${index + 1} (from ${start}) overlaps version ${index}`);
  });

  it('evaluate --regels with a broken folder exits 65 and lists the problems of that folder', async () => {
    const dir = await rulesCopy();
    const { path, id } = await ruleFile(dir);
    await edit(dir, path, (rule) => {
      if (rule.versies[0]) rule.versies[0].citaten = [];
    });
    const { code, stdout, stderr } = await runCli(['evaluate', '-', '--regels', dir], {
      input: '{}',
    });
    expect(code).toBe(65);
    expect(stdout).toBe('');
    expect(stderr).toContain(`✖ ${path} · ${id}:`);
    expect(stderr).toContain(`iza-regels check ${dir}`);
  });

  it('evaluate --regels with a folder that does not exist exits 66', async () => {
    const { code } = await runCli(
      ['evaluate', '-', '--regels', join(tmpdir(), 'iza-regels-bestaat-niet')],
      { input: '{}' },
    );
    expect(code).toBe(66);
  });

  it('a worked case whose expectation no longer holds: exit 65, naming the case file and the expectation path', async () => {
    type Termijnen = { verwacht: { termijnen?: Record<string, { vervaldatum?: string }> } };
    const withDeadline = (geval: Termijnen): boolean =>
      Object.values(geval.verwacht.termijnen ?? {}).some((term) => term.vervaldatum);
    const name = await caseFileWith((geval) => withDeadline(geval as unknown as Termijnen));
    const dir = await rulesCopy([name]);
    const casesFile = join(dir, 'gevallen', name);
    const cases = JSON.parse(await readFile(casesFile, 'utf8')) as {
      gevallen: Array<{ verwacht: { termijnen?: Record<string, { vervaldatum: string }> } }>;
    };
    const index = cases.gevallen.findIndex(withDeadline);
    const termijnen = cases.gevallen[index]?.verwacht.termijnen ?? {};
    const [id, term] = Object.entries(termijnen).find(([, entry]) => entry.vervaldatum) ?? [];
    if (!id || !term) throw new Error('No worked case with a deadline');
    term.vervaldatum = '1999-01-01';
    await writeFile(casesFile, formatJson(cases));
    const { code, stderr } = await runCli(['check', dir]);
    expect(code).toBe(65);
    expect(stderr).toContain(`✖ gevallen/${name}: Geval "`);
    expect(stderr).toContain('verwacht "1999-01-01"');
    expect(stderr).toContain(
      `→ bij gevallen[${index}].verwacht.termijnen.${id}.vervaldatum [geval-wijkt-af]`,
    );
    expect(stderr).toMatch(/^1 probleem gevonden in /m);
  });

  it('a rule file out of the one layout: check names it and the command that fixes it, opmaak fixes it', async () => {
    const dir = await rulesCopy((await caseFileNames()).slice(0, 1));
    const [path] = (await readdir(join(dir, 'parameters'))).sort();
    const file = join(dir, 'parameters', path ?? '');
    const value = JSON.parse(await readFile(file, 'utf8')) as unknown;
    // What an editor without the repository's Prettier might write: the same data, another layout.
    await writeFile(file, JSON.stringify(value, null, 4));
    const checked = await runCli(['check', dir]);
    expect(checked.code).toBe(65);
    expect(checked.stderr).toContain(
      `✖ parameters/${path}: Het bestand staat niet in de vaste opmaak`,
    );
    expect(checked.stderr).toContain(`iza-regels opmaak ${dir}`);
    const fixed = await runCli(['opmaak', dir]);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain(`opgemaakt: parameters/${path}`);
    expect(await readFile(file, 'utf8')).toBe(formatJson(value));
    expect((await runCli(['check', dir])).code).toBe(0);
  });
});
