/**
 * CSV as Dutch Excel exports it, through the real CLI: 1,000 plans in Windows-1252 with 10 broken
 * rows give 990 results and 10 error records naming the row, the line and the column; UTF-8 with a
 * byte-order mark reads the same.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { cellsOf, csvLine, templateHeader } from './columns.ts';

const names = templateHeader();
let dir: string;
let plans: unknown[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iza-csv-'));
  plans = await Promise.all(
    ['ggz-wijk-spuk', 'nog-onvolledig', 'ziekenhuis-structureel-via-verzekeraar'].map(
      async (name) =>
        JSON.parse(
          await readFile(
            new URL(`../../../../rules/voorbeelden/${name}.json`, import.meta.url),
            'utf8',
          ),
        ) as unknown,
    ),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Row number → what breaks it, and the column the error must name. */
const BROKEN: ReadonlyMap<number, { column: string; value: string; code: string }> = new Map(
  [
    [7, 'gemeente.eigenFinanciering', '12,3,4', 'ongeldige-cel'],
    [100, 'startdatum', '31-02-2026', 'invoer-invalid_format'],
    [201, 'landelijk', 'misschien', 'ongeldige-cel'],
    [333, 'kosten1.bedrag.2026', 'veel', 'ongeldige-cel'],
    [404, 'peildatum', '2026/11/23', 'ongeldige-cel'],
    [500, 'kpis.aantal', '2,5', 'ongeldige-cel'],
    [612, 'kosten1.domein', 'onderwijs', 'invoer-invalid_value'],
    [777, 'gemeente.deelname', 'soms', 'invoer-invalid_value'],
    [888, 'spuk.verantwoordingsjaar', '1850', 'invoer-buiten-bereik'],
    [999, 'varianten', 'bestaat-niet', 'onbekende-variant'],
  ].map(([rij, column, value, code]) => [
    Number(rij),
    { column: String(column), value: String(value), code: String(code) },
  ]),
);

function csvText(rows: number): string {
  let text = csvLine(names);
  for (let rij = 1; rij <= rows; rij += 1) {
    const cells = cellsOf(plans[rij % 3], names, { peildatum: '2026-11-23' });
    const broken = BROKEN.get(rij);
    if (broken) cells[names.indexOf(broken.column)] = broken.value;
    text += csvLine(cells);
  }
  // A cost line with an accent, as Excel writes it in either encoding.
  return text.replace(/Sociaal werker/g, 'Sociaal wérker');
}

interface Record {
  rij: number;
  regel: number;
  geldig: boolean;
  problemen?: Array<{ code: string; pad: string; nl: string; en: string }>;
  bedragen?: { kostenregels: Array<{ omschrijving: string }> };
}

const records = (stdout: string): Record[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record);

describe('CSV as Dutch Excel exports it', () => {
  // The timeout guards against hanging: 1,000 evaluations on a busy two-core machine.
  it(
    '1,000 plans in Windows-1252 with 10 broken rows: 990 results and 10 precise errors',
    { timeout: 180_000 },
    async () => {
      const path = join(dir, 'plannen.csv');
      await writeFile(path, iconv.encode(csvText(1000), 'windows-1252'));
      // The default: worker threads (one per core), as a user runs it.
      const { code, stdout, stderr } = await runCli(['evaluate', path]);
      expect(code).toBe(65);
      const all = records(stdout);
      expect(all).toHaveLength(1000);
      expect(all.filter((record) => record.geldig)).toHaveLength(990);
      const errors = all.filter((record) => !record.geldig);
      expect(
        errors.map((record) => [record.rij, record.regel, record.problemen?.[0]?.code]),
      ).toEqual([...BROKEN].map(([rij, broken]) => [rij, rij + 1, broken.code]));
      for (const record of errors) {
        const broken = BROKEN.get(record.rij);
        const issue = record.problemen?.[0];
        // The column, or for a problem the engine finds, the field it comes from.
        const field = broken?.column.replace(/^kosten1\./, 'kosten[0].') ?? '';
        expect(issue?.pad === broken?.column || issue?.pad === field, JSON.stringify(issue)).toBe(
          true,
        );
        expect(issue?.nl).not.toBe(issue?.en);
      }
      expect(all[2]?.bedragen?.kostenregels[0]?.omschrijving).toBe('Sociaal wérker in de wijk');
      expect(stderr).toContain('990 getoetst, 10 ongeldig');
    },
  );

  it('UTF-8 with a byte-order mark reads the same, and --format csv writes one column per question', async () => {
    const path = join(dir, 'plannen-utf8.csv');
    await writeFile(path, `\uFEFF${csvText(3)}`);
    const { code, stdout } = await runCli(['evaluate', path, '--format', 'csv']);
    expect(code).toBe(0);
    const [header, first, , third] = stdout.split('\r\n');
    expect(header).toMatch(/^rij;regel;geldig;peildatum;vraag\.regeling-open;/);
    expect(header).toContain(';gedekt.2027;');
    const cells = (first ?? '').split(';');
    expect(cells.slice(0, 4)).toEqual(['1', '2', 'ja', '23-11-2026']);
    const column = (header ?? '').split(';').indexOf('gedekt.totaal');
    expect((third ?? '').split(';')[column]).toBe('200000,00');
  });
});
