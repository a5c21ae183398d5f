/**
 * `iza-regels conformance`: per case ✔ or ✖ with the difference, a summary, exit 0 when every case
 * passes and 1 when one does not; `--evaluate` tests the consumer's own evaluation. On copies of the
 * rules folder with one case file (the shipped suite as a whole runs in test/conformance.test.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileWith, rulesCopy } from '../../../test/support/rules-copy.ts';
import { runCli } from './run-cli.ts';

type Report = {
  geslaagd: number;
  gefaald: number;
  gevallen: Array<{ id: string; geslaagd: boolean; golden: Array<{ pad: string }> }>;
};

// A case file with at least two worked cases, picked by shape, not by name.
const SMALL = await caseFileWith((_geval, file) => file.gevallen.length >= 2);
const STEM = SMALL.replace(/\.json$/, '');

describe('conformance', () => {
  it('exits 0 when every case passes, with one line per case and a summary on stdout', async () => {
    const dir = await rulesCopy([SMALL]);
    const { code, stdout, stderr } = await runCli(['conformance', dir]);
    expect(stderr).toBe('');
    expect(stdout.startsWith(`✔ ${STEM}-001  `)).toBe(true);
    expect(stdout).toMatch(
      /\n\n(\d+) gevallen: \1 geslaagd, 0 niet geslaagd\. Goldens van regelset sha256:[0-9a-f]{64}\.\n$/,
    );
    expect(code).toBe(0);
  });

  it('exits 1 and names the case and the path when a golden file was changed', async () => {
    const dir = await rulesCopy([SMALL]);
    const path = join(dir, 'conformance', `${STEM}-002.json`);
    const golden = JSON.parse(await readFile(path, 'utf8')) as { uitslag: { peildatum: string } };
    const peildatum = golden.uitslag.peildatum;
    golden.uitslag.peildatum = '1999-12-31';
    await writeFile(path, JSON.stringify(golden));
    const { code, stdout } = await runCli(['conformance', dir, '--lang', 'en']);
    expect(stdout).toContain(`✖ ${STEM}-002  `);
    expect(stdout).toContain(`    uitslag.peildatum: expected "1999-12-31", got "${peildatum}"\n`);
    expect(stdout).toMatch(/cases: \d+ passed, 1 failed\./);
    expect(code).toBe(1);
  });

  it('--evaluate MODULE: runs the cases through the function the module exports; --format json', async () => {
    const dir = await rulesCopy([SMALL]);
    const module = join(dir, 'integratie.mjs');
    // An integration that answers with another peildatum than asked: every case differs there. It lives
    // outside the workspace, so it imports the engine by its resolved URL.
    await writeFile(
      module,
      `import { evaluate } from '${import.meta.resolve('@iza-regels/engine/node')}';
export default async (plan, options) => ({ ...(await evaluate(plan, options)), peildatum: '2000-01-01' });
`,
    );
    const { code, stdout } = await runCli([
      'conformance',
      dir,
      '--evaluate',
      module,
      '--format',
      'json',
    ]);
    const report = JSON.parse(stdout) as Report;
    expect(report.geslaagd).toBe(0);
    expect(
      report.gevallen.every((entry) => entry.golden.some((d) => d.pad === 'uitslag.peildatum')),
    ).toBe(true);
    expect(code).toBe(1);
  });

  it('exits 66 when the --evaluate module does not exist, and 65 when the folder has no goldens', async () => {
    const dir = await rulesCopy([SMALL]);
    const missing = await runCli(['conformance', dir, '--evaluate', join(dir, 'bestaat-niet.mjs')]);
    expect(missing.code).toBe(66);
    expect(missing.stderr).toContain('bestaat-niet.mjs');
    await writeFile(join(dir, 'conformance', 'regelset.json'), '{}');
    const { code, stderr } = await runCli(['conformance', dir]);
    expect(stderr).toContain('[geen-conformiteitstest]');
    expect(code).toBe(65);
  });
});
