/**
 * The worked cases at the boundaries of the rules (`grensgevallen.json`): which boundaries have a worked
 * case on them. A boundary is a date value of a parameter that a rule reads, or the start of a later
 * version of a rule or parameter. A case is on it when its plan or peildatum names that date or the day
 * on either side, and, for a parameter, it expects an outcome of a rule that reads the parameter.
 *
 * A rules folder alone cannot tell a boundary that never had a case from one whose only case was
 * deleted; the register can. `check` reports a registered boundary without a case, and
 * `iza-regels grensgevallen` records the boundaries as they are (after adding a case, or to let one go
 * on purpose).
 */
import { Temporal } from 'temporal-polyfill';
import type { ConformanceCase } from './conformance.ts';
import type { Issue } from './issues.ts';
import type { RuleSet } from './ruleset.ts';

export const BOUNDARY_REGISTER_FILE = 'grensgevallen.json';

export interface BoundaryRegister {
  readonly uitleg: string;
  /** Every boundary that has a worked case on it, sorted: `parameter <id> = <datum>`, `regel <id> vanaf <datum>`. */
  readonly grenzen: readonly string[];
}

interface Boundary {
  readonly naam: string;
  readonly datum: string;
  /** The rules whose outcome a case on it must expect; empty: any case on the date. */
  readonly regels: readonly string[];
}

function boundaries(ruleSet: RuleSet): Boundary[] {
  const found: Boundary[] = [];
  const rules = [...ruleSet.regels.values()];
  for (const parameter of ruleSet.parameters.values()) {
    const readers = rules
      .filter((rule) => JSON.stringify(rule.versies).includes(`"parameter.${parameter.id}"`))
      .map((rule) => rule.id);
    const versies = [parameter.versies, ...Object.values(parameter.varianten)];
    if (parameter.type === 'datum' && readers.length > 0)
      for (const waarde of new Set(versies.flat().map((versie) => String(versie.waarde))))
        found.push({
          naam: `parameter ${parameter.id} = ${waarde}`,
          datum: waarde,
          regels: readers,
        });
    for (const versie of versies.flatMap((list) => list.slice(1)))
      found.push({
        naam: `parameter ${parameter.id} vanaf ${versie.geldigVan}`,
        datum: versie.geldigVan,
        regels: [],
      });
  }
  for (const rule of rules)
    for (const versie of rule.versies.slice(1))
      found.push({
        naam: `regel ${rule.id} vanaf ${versie.geldigVan}`,
        datum: versie.geldigVan,
        regels: [],
      });
  return found;
}

const near = (date: string): string[] =>
  [-1, 0, 1].map((days) => Temporal.PlainDate.from(date).add({ days }).toString());

/** How many worked cases stand on each boundary. */
function casesOn(
  ruleSet: RuleSet,
  cases: readonly ConformanceCase[],
): Map<string, Boundary & { gevallen: number }> {
  const texts = cases.map((entry) => ({
    dates: JSON.stringify([entry.plan, entry.peildatum]),
    expects: new Set(
      Object.keys(entry.verwacht.regels ?? {}).concat(Object.keys(entry.verwacht.termijnen ?? {})),
    ),
  }));
  return new Map(
    boundaries(ruleSet).map((boundary) => {
      const dates = near(boundary.datum).map((date) => `"${date}"`);
      const gevallen = texts.filter(
        (entry) =>
          dates.some((date) => entry.dates.includes(date)) &&
          (boundary.regels.length === 0 || boundary.regels.some((id) => entry.expects.has(id))),
      ).length;
      return [boundary.naam, { ...boundary, gevallen }];
    }),
  );
}

/** The register as the cases are now: what `iza-regels grensgevallen` writes. */
export function boundaryRegister(
  ruleSet: RuleSet,
  cases: readonly ConformanceCase[],
): BoundaryRegister {
  return {
    uitleg:
      'De grenzen van de regels met een uitgewerkt geval erop: een datum van een parameter die een regel leest, of de ingangsdatum van een latere versie. iza-regels check meldt een grens hier zonder geval. Na een nieuw geval, of om een grens bewust los te laten: iza-regels grensgevallen.',
    grenzen: [...casesOn(ruleSet, cases).values()]
      .filter((boundary) => boundary.gevallen > 0)
      .map((boundary) => boundary.naam)
      .sort(),
  };
}

/** The registered boundaries that no worked case stands on any more. */
export function boundariesWithoutCase(
  ruleSet: RuleSet,
  cases: readonly ConformanceCase[],
  register: BoundaryRegister | undefined,
): Issue[] {
  if (register === undefined) return [];
  const now = casesOn(ruleSet, cases);
  return register.grenzen
    .filter((naam) => (now.get(naam)?.gevallen ?? 0) === 0)
    .map((naam) => {
      const boundary = now.get(naam);
      const where = boundary?.regels.length ? ` (regels ${boundary.regels.join(', ')})` : '';
      return {
        code: 'grens-zonder-geval',
        bestand: BOUNDARY_REGISTER_FILE,
        pad: 'grenzen',
        nl: `Op de grens "${naam}"${where} staat geen uitgewerkt geval meer${boundary ? '' : ', en de grens zelf bestaat niet meer'}. Voeg een geval toe op die datum en op de dag erna; of laat de grens bewust los met: iza-regels grensgevallen`,
        en: `No worked case stands on the boundary "${naam}"${where} any more${boundary ? '' : ', and the boundary itself is gone'}. Add a case on that date and on the day after; or let it go on purpose with: iza-regels grensgevallen`,
      };
    });
}
