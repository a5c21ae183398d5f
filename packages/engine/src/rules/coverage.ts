/**
 * Coverage measured against the sources, not the code: per clause, which rules implement it (by
 * citing it), or why it is out of scope, or which rules are planned; per rule, which outcomes the
 * worked cases exercise.
 */
import type { Outcome } from '../output/schema.ts';
import type { WorkedCase } from './cases.ts';
import type { RuleSet } from './ruleset.ts';
import type { Text } from './schema.ts';

export interface ClauseCoverage {
  readonly bron: string;
  readonly clausule: string;
  readonly vindplaats: string;
  readonly soort: string;
  readonly status: 'uitgevoerd' | 'buiten-scope' | 'gepland';
  readonly regels: readonly string[];
  readonly reden?: Text;
  readonly gepland?: readonly string[];
}

export interface RuleCoverage {
  readonly regel: string;
  readonly soort: string;
  readonly clausules: readonly string[];
  /** Number of worked cases that expect each outcome of this rule. */
  readonly gevallen: Readonly<Record<Outcome, number>>;
  /** Cases that name the rule (calculation rules have no outcome of their own). */
  readonly genoemdIn: number;
  /** The three outcomes a test or deadline rule must be exercised with, still missing. */
  readonly ontbrekendeUitkomsten: readonly Outcome[];
}

export interface Coverage {
  readonly clausules: readonly ClauseCoverage[];
  readonly regels: readonly RuleCoverage[];
  readonly totalen: {
    readonly clausules: number;
    readonly uitgevoerd: number;
    readonly buitenScope: number;
    readonly gepland: number;
    readonly regels: number;
    readonly regelsVolledigGetoetst: number;
  };
}

const REQUIRED: readonly Outcome[] = ['voldoet', 'voldoet-niet', 'onbekend'];

export function coverage(ruleSet: RuleSet, cases: readonly WorkedCase[]): Coverage {
  const citing = new Map<string, Set<string>>();
  const cite = (bron: string, clausule: string, by: string): void => {
    const key = `${bron} ${clausule}`;
    citing.set(key, (citing.get(key) ?? new Set()).add(by));
  };
  for (const rule of ruleSet.regels.values()) {
    for (const version of rule.versies)
      for (const citaat of version.citaten) cite(citaat.bron, citaat.clausule, rule.id);
  }
  for (const parameter of ruleSet.parameters.values()) {
    for (const version of [...parameter.versies, ...Object.values(parameter.varianten).flat()]) {
      for (const citaat of version.citaten)
        cite(citaat.bron, citaat.clausule, `parameter ${parameter.id}`);
    }
  }

  const clausules: ClauseCoverage[] = [...ruleSet.clausules.values()].flatMap((register) =>
    register.clausules.map((clause) => {
      const regels = [...(citing.get(`${register.bron} ${clause.id}`) ?? [])].sort();
      const base = {
        bron: register.bron,
        clausule: clause.id,
        vindplaats: clause.vindplaats,
        soort: clause.soort,
        regels,
      };
      if (regels.length > 0) return { ...base, status: 'uitgevoerd' as const };
      if (clause.buitenScope)
        return { ...base, status: 'buiten-scope' as const, reden: clause.buitenScope };
      return { ...base, status: 'gepland' as const, gepland: clause.gepland?.regels ?? [] };
    }),
  );

  const regels: RuleCoverage[] = [...ruleSet.regels.values()].map((rule) => {
    const gevallen: Record<Outcome, number> = {
      voldoet: 0,
      'voldoet-niet': 0,
      onbekend: 0,
      'niet-van-toepassing': 0,
    };
    for (const entry of cases) {
      const expected = entry.verwacht.regels[rule.id];
      if (expected) gevallen[expected] += 1;
    }
    const ownClauses = new Set(
      rule.versies.flatMap((version) =>
        version.citaten.map((citaat) => `${citaat.bron} ${citaat.clausule}`),
      ),
    );
    return {
      regel: rule.id,
      soort: rule.soort,
      clausules: [...ownClauses].sort(),
      gevallen,
      genoemdIn: cases.filter((entry) => entry.naam.includes(rule.id)).length,
      ontbrekendeUitkomsten:
        rule.soort === 'rekenwijze' ? [] : REQUIRED.filter((outcome) => gevallen[outcome] === 0),
    };
  });

  return {
    clausules,
    regels,
    totalen: {
      clausules: clausules.length,
      uitgevoerd: clausules.filter((row) => row.status === 'uitgevoerd').length,
      buitenScope: clausules.filter((row) => row.status === 'buiten-scope').length,
      gepland: clausules.filter((row) => row.status === 'gepland').length,
      regels: regels.length,
      regelsVolledigGetoetst: regels.filter(
        (row) =>
          row.ontbrekendeUitkomsten.length === 0 &&
          (row.soort !== 'rekenwijze' || row.genoemdIn > 0),
      ).length,
    },
  };
}
