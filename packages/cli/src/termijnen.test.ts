import { deadlineStatusText, type DeadlinesResult } from '@iza-regels/engine';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

type Valid = Extract<DeadlinesResult, { geldig: true }>;

async function deadlinesJson(args: readonly string[]): Promise<Valid> {
  const { code, stdout, stderr } = await runCli(['termijnen', '--format', 'json', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Valid;
}

describe('termijnen', () => {
  it('WI.1e.2 with CAL-02: 4 months after 31 October 2025 ends on the last day of February, 28 February 2026', async () => {
    const result = await deadlinesJson([
      '--snelle-toets-goedgekeurd',
      '2025-10-31',
      '--peildatum',
      '2026-01-10',
    ]);
    const wiT02 = result.termijnen.find((deadline) => deadline.regel === 'WI-T-02');
    expect(wiT02?.vervaldatum).toBe('2026-02-28');
    expect(wiT02?.rekenregels).toContain('CAL-02');
    expect(wiT02?.status).toEqual({ soort: 'loopt', dagen: 49 });
  });

  it('WI.1e.1: 4 weeks after the complete quick scan, and on time when approved before then', async () => {
    const result = await deadlinesJson([
      '--snelle-toets-compleet',
      '2026-03-02',
      '--snelle-toets-goedgekeurd',
      '2026-03-20',
      '--peildatum',
      '2026-11-23',
    ]);
    const wiT01 = result.termijnen.find((deadline) => deadline.regel === 'WI-T-01');
    expect(wiT01?.vervaldatum).toBe('2026-03-30');
    expect(wiT01?.status).toEqual({ soort: 'op-tijd', dagen: 10 });
  });

  it('CAL-04 with variant doorrollen: a due date on a Saturday moves to Monday, with the reasons', async () => {
    const result = await deadlinesJson([
      '--snelle-toets-compleet',
      '2025-10-04',
      '--snelle-toets-goedgekeurd',
      '2025-10-31',
      '--variant',
      'doorrollen',
      '--peildatum',
      '2026-01-10',
    ]);
    const wiT01 = result.termijnen.find((deadline) => deadline.regel === 'WI-T-01');
    expect(wiT01?.kalenderVervaldatum).toBe('2025-11-01');
    expect(wiT01?.vervaldatum).toBe('2025-11-03');
    expect(wiT01?.verschuivingen.map((shift) => shift.reden)).toEqual(['zaterdag', 'zondag']);
    // Atw article 4 (a): the Act, and so the variant, does not extend a term of more than 3 months.
    const wiT02 = result.termijnen.find((deadline) => deadline.regel === 'WI-T-02');
    expect(wiT02?.kalenderVervaldatum).toBe('2026-02-28');
    expect(wiT02?.vervaldatum).toBe('2026-02-28');
    expect(wiT02?.verschuivingen).toEqual([]);
  });

  it('text: each deadline with start, duration, due date, moved dates, status in words, and the planning', async () => {
    const { code, stdout } = await runCli([
      'termijnen',
      '--snelle-toets-compleet',
      '2025-10-04',
      '--snelle-toets-goedgekeurd',
      '2025-10-31',
      '--plan-ingediend',
      '2026-03-02',
      '--variant',
      'doorrollen',
      '--peildatum',
      '2026-04-01',
      '--format',
      'text',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Begint op: 4 oktober 2025 · Duur: 4 weken');
    expect(stdout).toContain('Verschoven van 1 november 2025 naar 3 november 2025');
    expect(stdout).toContain('1 november 2025 (zaterdag); 2 november 2025 (zondag)');
    expect(stdout).toContain('Begint op: 31 oktober 2025 · Duur: 4 maanden');
    expect(stdout).toContain(
      'Uiterste datum: zaterdag 28 februari 2026 (laatste dag van de maand, CAL-02)',
    );
    expect(stdout).toContain(`Stand: ${deadlineStatusText({ soort: 'te-laat', dagen: 2 }).nl}`);
    expect(stdout).toContain('Dien uiterlijk');
  });

  it('an impossible date exits 65 and names the option', async () => {
    const { code, stdout, stderr } = await runCli(['termijnen', '--plan-compleet', '2026-02-29']);
    expect(code).toBe(65);
    expect(stdout).toBe('');
    expect(stderr).toContain('"2026-02-29" is geen geldige datum');
    expect(stderr).toContain('bij --plan-compleet');
  });
});
