import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const PLAN = new URL('../../../rules/voorbeelden/ggz-wijk-spuk.json', import.meta.url).pathname;

describe('verify', () => {
  it('exits 0 for a receipt as evaluate wrote it, and 1 with the place once it was edited', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iza-verify-'));
    const evaluated = await runCli(['evaluate', PLAN, '--peildatum', '2026-11-23']);
    expect(evaluated.code).toBe(0);
    const receipt = join(dir, 'uitslag.json');
    await writeFile(receipt, evaluated.stdout);

    const holds = await runCli(['verify', receipt, PLAN]);
    expect(holds.code).toBe(0);
    expect(holds.stdout).toContain('De uitslag klopt');

    const edited = JSON.parse(await readFile(receipt, 'utf8')) as Record<string, unknown>;
    const changed = join(dir, 'gewijzigd.json');
    await writeFile(
      changed,
      JSON.stringify({ ...edited, kanttekening: { nl: 'Een besluit.', en: 'A decision.' } }),
    );
    const differs = await runCli(['verify', changed, PLAN, '--lang', 'en']);
    expect(differs.code).toBe(1);
    expect(differs.stdout).toContain('uitslag.kanttekening.nl');
  });

  it('exits 65 when the receipt is not JSON, and 64 without a plan', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iza-verify-'));
    const broken = join(dir, 'kapot.json');
    await writeFile(broken, '{');
    expect((await runCli(['verify', broken, PLAN])).code).toBe(65);
    expect((await runCli(['verify', broken])).code).toBe(64);
  });
});
