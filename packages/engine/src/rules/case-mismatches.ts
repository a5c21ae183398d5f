/**
 * Compare a receipt with a worked case's expectations. Used by the test suite, by `iza-regels check`,
 * so policy staff see at once which worked case their edit changes, and by the conformance suite.
 */
import type { Receipt, ReceiptSummary } from '../output/schema.ts';
import type { WorkedCase } from './cases.ts';

export interface Mismatch {
  /** Dot path into `verwacht`, e.g. `regels.ADD-04`. */
  readonly pad: string;
  readonly verwacht: unknown;
  readonly gekregen: unknown;
}

/** Works on both detail levels: the outcomes it compares are in the summary too. */
export function caseMismatches(
  receipt: Receipt | ReceiptSummary,
  verwacht: WorkedCase['verwacht'],
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const check = (pad: string, expected: unknown, actual: unknown): void => {
    if (JSON.stringify(expected) !== JSON.stringify(actual))
      mismatches.push({ pad, verwacht: expected, gekregen: actual ?? null });
  };
  for (const [id, outcome] of Object.entries(verwacht.regels)) {
    check(`regels.${id}`, outcome, receipt.regels.find((rule) => rule.id === id)?.uitkomst);
  }
  for (const [id, outcome] of Object.entries(verwacht.vragen)) {
    check(`vragen.${id}`, outcome, receipt.vragen.find((vraag) => vraag.id === id)?.uitkomst);
  }
  for (const [id, outcomes] of Object.entries(verwacht.kostenregels)) {
    const lines = receipt.regels.find((rule) => rule.id === id)?.kostenregels ?? [];
    check(
      `kostenregels.${id}`,
      outcomes,
      lines.map((line) => line.effectief ?? line.uitkomst),
    );
  }
  for (const [id, { vervaldatum, status }] of Object.entries(verwacht.termijnen)) {
    const deadline = receipt.termijnen.find((term) => term.regel === id);
    check(`termijnen.${id}.vervaldatum`, vervaldatum, deadline?.vervaldatum);
    if (status !== undefined) check(`termijnen.${id}.status`, status, deadline?.status.soort);
  }
  for (const [id, date] of Object.entries(verwacht.planning)) {
    check(`planning.${id}`, date, receipt.planning.find((entry) => entry.id === id)?.uiterlijk);
  }
  if (verwacht.bedragen) {
    const { naEinddatum, ...totals } = verwacht.bedragen;
    check('bedragen', totals, receipt.bedragen.totaal);
    if (naEinddatum !== undefined)
      check('bedragen.naEinddatum', naEinddatum, receipt.bedragen.naEinddatum);
  }
  return mismatches;
}
