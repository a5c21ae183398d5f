/** `iza-regels coverage`: the clause × rule × worked-case matrix, as text and as JSON. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('coverage', () => {
  it('prints every clause with its status and the totals, and exits 0', async () => {
    const { code, stdout } = await runCli(['coverage']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/WI\.1e\.2\s+✔ uitgevoerd\s+.*WI-T-02/);
    expect(stdout).toMatch(/WI\.4a\.1\s+– buiten scope\s+Beschrijft/);
    expect(stdout).toMatch(
      /^Totaal: \d+ clausules: \d+ uitgevoerd, \d+ buiten scope, \d+ gepland\./m,
    );
  });

  it('gives the same matrix as JSON with --format json', async () => {
    const { code, stdout } = await runCli(['coverage', '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      totalen: { clausules: number; uitgevoerd: number; buitenScope: number; gepland: number };
    };
    const { clausules, uitgevoerd, buitenScope, gepland } = result.totalen;
    expect(uitgevoerd + buitenScope + gepland).toBe(clausules);
  });

  it('rejects an unknown --format with 64', async () => {
    expect((await runCli(['coverage', '--format', 'csv'])).code).toBe(64);
  });
});
