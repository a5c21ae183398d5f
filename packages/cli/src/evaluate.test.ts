import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import {
  EvaluationSchema,
  LABELS,
  ReceiptSchema,
  ReceiptSummarySchema,
  deadlineStatusText,
} from '@iza-regels/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN, runCli } from './run-cli.ts';

/** ADD.B1.1–B1.3: structural social-domain costs through the SPUK, within the Addendum's period. */
const wijkteam = {
  naam: 'Wijkteam',
  domeinen: ['zorg', 'sociaal'],
  aansluiting: { regiobeeld: true, regioplan: true, izaDoelen: true },
  kosten: [
    {
      omschrijving: 'Sociaal werker in de wijk',
      domein: 'sociaal',
      aard: 'structureel',
      financiering: 'spuk',
      voortvloeiendUitPlan: true,
      uitvoeringskosten: true,
      bedragen: [
        { periode: '2027', bedrag: 100000 },
        { periode: '2028', bedrag: 100000 },
      ],
    },
  ],
  gebeurtenissen: {
    snelleToetsCompleetOntvangen: '2026-03-02',
    snelleToetsGoedgekeurd: '2026-03-20',
  },
};

/** A cost line without amounts: the schema requires `bedragen`. */
const zonderBedragen = { naam: 'Kapot', kosten: [{ omschrijving: 'Projectleiding' }] };

const PEILDATUM = ['--peildatum', '2026-11-23'];

interface Row {
  rij: number;
  geldig: boolean;
  [key: string]: unknown;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iza-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('evaluate: one plan', () => {
  it('prints the receipt as JSON and exits 0', async () => {
    const { code, stdout, stderr } = await runCli([
      'evaluate',
      await file('plan.json', JSON.stringify(wijkteam)),
      ...PEILDATUM,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const receipt = ReceiptSchema.parse(JSON.parse(stdout));
    expect(receipt.peildatum).toBe('2026-11-23');
    expect(receipt.regels.length).toBeGreaterThan(0);
  });

  it('--detail samenvatting prints the summary receipt: outcomes without the trace per condition', async () => {
    const { code, stdout } = await runCli(
      ['evaluate', '-', ...PEILDATUM, '--detail', 'samenvatting'],
      { input: JSON.stringify(wijkteam) },
    );
    expect(code).toBe(0);
    const summary = ReceiptSummarySchema.parse(JSON.parse(stdout));
    expect(summary.detail).toBe('samenvatting');
    expect(summary.regels.some((rule) => 'voorwaarden' in rule)).toBe(false);
  });

  it('refuses an unknown --detail as a usage error (64)', async () => {
    const { code, stderr } = await runCli(['evaluate', '-', '--detail', 'alles'], {
      input: JSON.stringify(wijkteam),
    });
    expect(code).toBe(64);
    expect(stderr).toContain('--detail');
  });

  it('reads stdin for "-" and passes --variant to the engine', async () => {
    const { code, stdout } = await runCli(
      ['evaluate', '-', ...PEILDATUM, '--variant', 'doorrollen'],
      { input: JSON.stringify(wijkteam) },
    );
    expect(code).toBe(0);
    expect(ReceiptSchema.parse(JSON.parse(stdout)).varianten.map((variant) => variant.id)).toEqual([
      'doorrollen',
    ]);
  });

  it('exits 66 when the input file does not exist', async () => {
    const { code, stdout, stderr } = await runCli(['evaluate', join(dir, 'bestaat-niet.json')]);
    expect(code).toBe(66);
    expect(stdout).toBe('');
    expect(stderr).toContain('bestaat-niet.json');
  });

  it('exits 65 on a JSON syntax error, and reports it on stdout and stderr', async () => {
    const { code, stdout, stderr } = await runCli([
      'evaluate',
      await file('kapot.json', '{\n  "naam": "Kapot",\n'),
      ...PEILDATUM,
    ]);
    expect(code).toBe(65);
    const result = EvaluationSchema.parse(JSON.parse(stdout));
    expect(result.geldig).toBe(false);
    expect(stderr).toContain('[ongeldige-json]');
    expect(stderr).toContain('kapot.json');
    expect(stderr).toContain('(en) This is not valid JSON');
  });

  it('exits 65 on empty input', async () => {
    const { code, stderr } = await runCli(['evaluate', '-'], { input: '  \n' });
    expect(code).toBe(65);
    expect(stderr).toContain('[lege-invoer]');
  });

  it('exits 65 on a schema problem and names the field path in Dutch and English', async () => {
    const { code, stderr } = await runCli(['evaluate', '-', ...PEILDATUM], {
      input: JSON.stringify(zonderBedragen),
    });
    expect(code).toBe(65);
    expect(stderr).toContain('bij kosten[0].bedragen');
    expect(stderr).toMatch(/\(en\) .*expected array/);
  });

  it('exits 65 for an impossible --peildatum and names the option', async () => {
    const { code, stdout, stderr } = await runCli(['evaluate', '-', '--peildatum', '2026-02-30'], {
      input: '{}',
    });
    expect(code).toBe(65);
    expect(stdout).toBe('');
    expect(stderr).toContain('--peildatum');
  });

  it('exits 65 for an unknown --variant and lists the known ones', async () => {
    const { code, stderr } = await runCli(['evaluate', '-', '--variant', 'azwa-2099'], {
      input: '{}',
    });
    expect(code).toBe(65);
    expect(stderr).toContain('--variant');
    expect(stderr).toContain('azwa-2028');
  });
});

describe('evaluate: batches', () => {
  it('a JSON array of 3 with row 2 invalid: exit 65, all 3 rows on stdout in order, rows 1 and 3 valid', async () => {
    const input = JSON.stringify([wijkteam, zonderBedragen, { naam: 'Leeg plan' }]);
    const { code, stdout, stderr } = await runCli([
      'evaluate',
      await file('batch.json', input),
      ...PEILDATUM,
    ]);
    expect(code).toBe(65);
    const rows = JSON.parse(stdout) as Row[];
    expect(rows.map((row) => [row.rij, row.geldig])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    for (const { rij: _rij, ...evaluation } of rows) EvaluationSchema.parse(evaluation);
    expect(stderr).toContain('batch.json, rij 2');
    expect(stderr).toContain('bij kosten[0].bedragen');
    expect(stderr).not.toContain('rij 1');
    expect(stderr).toContain('1 van 3 rijen');
  });

  it('NDJSON is streamed: one record per row with its row and line, a broken line only invalidates its own row', async () => {
    const input = `${JSON.stringify(wijkteam)}\n{"naam": "afgebroken"\n\n${JSON.stringify({ naam: 'Derde' })}\n`;
    const { code, stdout, stderr } = await runCli(['evaluate', '-', ...PEILDATUM], { input });
    expect(code).toBe(65);
    const rows = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Row & { regel: number; detail?: string });
    expect(rows.map((row) => [row.rij, row.regel, row.geldig])).toEqual([
      [1, 1, true],
      [2, 2, false],
      [3, 4, true],
    ]);
    // A batch stores summaries unless the full receipt is asked for.
    expect(rows[0]?.detail).toBe('samenvatting');
    expect(stderr).toContain('stdin, rij 2 (regel 2)');
    expect(stderr).toContain('invoerregel 2');
    expect(stderr).toContain('2 getoetst, 1 ongeldig: rij 2');
  });

  it('a batch of valid plans exits 0 and ends with a summary on stderr', async () => {
    const input = [wijkteam, wijkteam].map((plan) => JSON.stringify(plan)).join('\n');
    const { code, stdout, stderr } = await runCli(['evaluate', '-', ...PEILDATUM], { input });
    expect(stderr).toMatch(/^Batch klaar: 2 rijen in .+; 2 getoetst, 0 ongeldig\.\n/);
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n');
    expect(rows.map((line) => (JSON.parse(line) as Row).rij)).toEqual([1, 2]);
  });
});

describe('evaluate --format text', () => {
  it('explains the receipt in Dutch: header, disclaimer, questions, conditions with cited clauses, deadlines, money', async () => {
    const { code, stdout } = await runCli(['evaluate', '-', ...PEILDATUM, '--format', 'text'], {
      input: JSON.stringify(wijkteam),
    });
    expect(code).toBe(0);
    // `+` and 12 hex digits of the hash while changesets for the rules are pending (CONTRIBUTING.md).
    expect(stdout).toMatch(/^Regelset: \d+\.\d+\.\d+(?:\+[0-9a-f]{12})? \(sha256:[0-9a-f]{64}\)$/m);
    expect(stdout).toContain('Peildatum: 23 november 2026');
    expect(stdout).toContain('Dit is een hulpmiddel, geen besluit.');
    expect(stdout).toContain(LABELS.kop.antwoorden.nl);
    // ADD.B1.1: the condition on the nature of the costs, with its clause and the quoted Dutch text.
    expect(stdout).toMatch(/✔ .+\n\s+ADD\.B1\.1 · .+\n\s+“Voor het sociaal domein/);
    expect(stdout).toContain('(zelf verklaard)');
    // WI.1e.2: the plan must be submitted within 4 months of the quick scan's approval.
    expect(stdout).toMatch(
      /WI-T-02 · .+\n\s+Begint op: 20 maart 2026 · Duur: 4 maanden\n\s+Uiterste datum: 20 juli 2026/,
    );
    expect(stdout).toContain(`${LABELS.kop.stand.nl}: ${LABELS.termijnStatus.verlopen.nl}`);
    expect(stdout).toContain('Dien uiterlijk');
    // ADD.B1.3: amounts after 31 December 2027 are not covered.
    expect(stdout).toMatch(/^2028\s+€\s0,00\s+€\s100\.000,00\s/m);
    expect(stdout).toMatch(/Structurele kosten na de einddatum: €\s100\.000,00/);
    // Other readings: the variant azwa-2028 (AZWA, coverage through 2028) would change ADD-03.
    expect(stdout).toContain('Andere lezingen');
    expect(stdout).toMatch(/^azwa-2028: .+\n {2}ADD-03: voldoet niet → voldoet$/m);
    expect(stdout).toContain(LABELS.kop.ontbrekend.nl);
    expect(stdout).toMatch(/^1\. .+\?/m);
  });

  it('--lang en gives the English text with the same money', async () => {
    const { code, stdout } = await runCli(
      ['evaluate', '-', ...PEILDATUM, '--format', 'text', '--lang', 'en'],
      {
        input: JSON.stringify(wijkteam),
      },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Reference date: 23 November 2026');
    expect(stdout).toContain('This is an aid, not a decision.');
    expect(stdout).toMatch(/^2028\s+€0\.00\s+€100,000\.00\s/m);
  });

  it('a batch in text names each row and says which row was invalid', async () => {
    const input = JSON.stringify([wijkteam, zonderBedragen]);
    const { code, stdout } = await runCli(['evaluate', '-', ...PEILDATUM, '--format', 'text'], {
      input,
    });
    expect(code).toBe(65);
    expect(stdout).toContain(' Rij 1 ');
    expect(stdout).toContain('Ongeldige invoer in rij 2');
  });
});

describe('output pipes', () => {
  it('stops quietly when the reader closes stdout early (EPIPE)', async () => {
    const input = Array.from({ length: 40 }, () => JSON.stringify(wijkteam)).join('\n');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [MAIN, 'evaluate', '-', ...PEILDATUM, '--format', 'text'],
        { stdio: ['pipe', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end(input);
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe("evaluate --format text speaks the engine's words", () => {
  it.each(['nl', 'en'] as const)(
    "per question the summary and next step of the receipt, and each deadline's status (%s)",
    async (taal) => {
      const options = [...PEILDATUM, '--lang', taal];
      const json = await runCli(['evaluate', '-', ...options, '--format', 'json'], {
        input: JSON.stringify(wijkteam),
      });
      const receipt = ReceiptSchema.parse(JSON.parse(json.stdout));
      const { stdout } = await runCli(['evaluate', '-', ...options, '--format', 'text'], {
        input: JSON.stringify(wijkteam),
      });
      expect(receipt.vragen.length).toBeGreaterThan(0);
      for (const vraag of receipt.vragen) {
        expect(stdout).toContain(vraag.samenvatting[taal]);
        if (vraag.volgendeStap) expect(stdout).toContain(vraag.volgendeStap[taal]);
      }
      for (const termijn of receipt.termijnen)
        expect(stdout).toContain(deadlineStatusText(termijn.status)[taal]);
      expect(stdout).toContain(LABELS.kop.antwoorden[taal]);
    },
  );
});
