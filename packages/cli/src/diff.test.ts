import { defaultRulesDir } from '@iza-regels/engine/node';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const rules = defaultRulesDir();
const small = ['--scenarios', '5000', '--threads', '1'];

describe('iza-regels diff', () => {
  it('exits 0 and needs no version when both sides are the same rules', async () => {
    const run = await runCli(['diff', rules, '--regels', rules, ...small, '--format', 'json']);
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as { niveau: string; scenarios: { aantal: number } };
    expect(diff.niveau).toBe('geen');
    expect(diff.scenarios.aantal).toBe(5000);
  });

  it('reports the scenario count and the version needed in text', async () => {
    const run = await runCli(['diff', rules, '--regels', rules, ...small]);
    expect(run.stdout).toMatch(/5\.000 scenario's/);
    expect(run.stdout).toContain('Nodig: geen nieuwe versie');
  });

  it('exits 64 without something to compare with', async () => {
    expect((await runCli(['diff', '--regels', rules])).code).toBe(64);
  });

  it('exits 66 for a reference that is neither a folder nor a git reference', async () => {
    const run = await runCli(['diff', 'geen-map-en-geen-ref', '--regels', rules, ...small]);
    expect(run.code).toBe(66);
    expect(run.stderr).toContain('geen git-referentie');
  });
});
