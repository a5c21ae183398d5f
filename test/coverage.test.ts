/** Coverage against the sources: every registered clause is implemented, out of scope with a reason, or planned. */
import { describe, expect, it } from 'vitest';
import { coverage } from '@iza-regels/engine';
import { shippedRules, workedCases } from './support.ts';

const ruleSet = await shippedRules();
const result = coverage(ruleSet, await workedCases());

describe('coverage of the clause registers', () => {
  it('has a register for every source whose text is in rules/bronnen', () => {
    const withText = ruleSet.bronnen.bronnen
      .filter((bron) => bron.bestand !== undefined)
      .map((bron) => bron.id);
    expect([...ruleSet.clausules.keys()].sort()).toEqual(withText.sort());
  });

  it('leaves no clause of the four source texts merely planned: each is implemented or out of scope', () => {
    expect(
      result.clausules.filter((row) => row.status === 'gepland').map((row) => row.clausule),
    ).toEqual([]);
  });

  it('accounts for every clause, and the totals add up', () => {
    const { totalen } = result;
    expect(totalen.uitgevoerd + totalen.buitenScope + totalen.gepland).toBe(totalen.clausules);
    for (const row of result.clausules.filter((entry) => entry.status === 'buiten-scope'))
      expect(row.reden?.nl, row.clausule).toBeTruthy();
    for (const row of result.clausules.filter((entry) => entry.status === 'gepland'))
      expect(row.gepland?.length, row.clausule).toBeGreaterThan(0);
  });

  it('implements every clause of the Addendum’s Bepalingen (ADD.B*) with a rule', () => {
    const open = result.clausules.filter(
      (row) =>
        row.clausule.startsWith('ADD.B') &&
        row.soort === 'normatief' &&
        row.status !== 'uitgevoerd',
    );
    expect(open.map((row) => row.clausule)).toEqual([]);
  });

  it('implements the werkinstructie’s reaction times (WI.1e.1 … WI.1e.3) with WI-T-01 … WI-T-03', () => {
    const times = result.clausules.filter((row) => row.clausule.startsWith('WI.1e.'));
    expect(times.map((row) => [row.clausule, row.regels])).toEqual([
      ['WI.1e.1', expect.arrayContaining(['WI-T-01'])],
      ['WI.1e.2', expect.arrayContaining(['WI-T-02'])],
      ['WI.1e.3', expect.arrayContaining(['WI-T-03'])],
    ]);
  });

  it('exercises every test and deadline rule with its three outcomes', () => {
    expect(
      result.regels.filter((row) => row.ontbrekendeUitkomsten.length > 0).map((row) => row.regel),
    ).toEqual([]);
  });
});
