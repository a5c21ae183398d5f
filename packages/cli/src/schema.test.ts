import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, schemaPath } from './commands/schema.ts';
import { runCli } from './run-cli.ts';

describe('schema', () => {
  it('--list prints every schema name, one per line', async () => {
    const { code, stdout } = await runCli(['schema', '--list']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([...SCHEMA_NAMES]);
  });

  it.runIf(existsSync(schemaPath('plan')))(
    'prints the plan schema by default, as JSON',
    async () => {
      const { code, stdout } = await runCli(['schema']);
      expect(code).toBe(0);
      const schema = JSON.parse(stdout) as { title?: string; properties?: Record<string, unknown> };
      expect(schema.title).toBe('Transformatieplan');
      expect(schema.properties).toHaveProperty('kosten');
    },
  );

  it.runIf(existsSync(schemaPath('uitslag')))('prints a named schema (uitslag)', async () => {
    const { code, stdout } = await runCli(['schema', 'uitslag']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { title?: string }).title).toMatch(/^IZA-/);
  });

  it('rejects an unknown name with 64 and lists the names', async () => {
    const { code, stderr } = await runCli(['schema', 'onbekend']);
    expect(code).toBe(64);
    expect(stderr).toContain('plan, uitslag, regel');
  });
});
