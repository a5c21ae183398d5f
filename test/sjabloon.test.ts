/**
 * The template CSV on the downloads page: up to date with the CSV layout of the CLI (`pnpm sjabloon`
 * writes it), and read by the CLI's CSV reader as the plans it was made from.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../packages/cli/src/run-cli.ts';
import { columnDescriptions, templateCsv } from '../packages/cli/src/csv/template.ts';
import { TEMPLATE_FILES, templatePlans } from '../scripts/sjabloon-bestanden.ts';

describe('the template CSV', () => {
  it('is up to date with the CSV layout and the example plans (else run pnpm sjabloon)', async () => {
    expect(await readFile(TEMPLATE_FILES.csv, 'utf8')).toBe(templateCsv(await templatePlans()));
    expect(JSON.parse(await readFile(TEMPLATE_FILES.kolommen, 'utf8'))).toEqual(
      columnDescriptions(),
    );
  });

  it('is read by the CSV reader as the example plans it was made from', async () => {
    const plans = await templatePlans();
    const template = fileURLToPath(TEMPLATE_FILES.csv);
    const { code, stdout } = await runCli(['evaluate', template, '--werkers', '0']);
    expect(code).toBe(0);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { rij: number; geldig: boolean; invoerHash: string });
    expect(records.map((record) => [record.rij, record.geldig])).toEqual(
      plans.map((_, index) => [index + 1, true]),
    );
    // The same plans: each row's input hash is that of its example plan evaluated alone (without
    // "$schema", which tells an editor where the schema is and is no column).
    for (const [index, plan] of plans.entries()) {
      const { $schema: _schema, ...fields } = plan as Record<string, unknown>;
      const alone = await runCli(['evaluate', '-', '--detail', 'samenvatting'], {
        input: JSON.stringify(fields),
      });
      expect(records[index]?.invoerHash).toBe(
        (JSON.parse(alone.stdout) as { invoerHash: string }).invoerHash,
      );
    }
  });

  it('describes every column of the template once, in Dutch and English', () => {
    const descriptions = columnDescriptions();
    const names = descriptions.map((description) => description.kolom);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('kostenN.bedrag.JJJJ');
    for (const description of descriptions) {
      expect(description.invullen.nl).not.toBe(description.invullen.en);
      expect(description.vraag.nl.length).toBeGreaterThan(0);
    }
  });
});
