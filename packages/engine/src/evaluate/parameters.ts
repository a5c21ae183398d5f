/** Parameters in force on the peildatum, taking the chosen variants' readings where they have one. */
import { isoDate, type PlainDate } from '../dates/calendar.ts';
import { PARAMETER_FACT_PREFIX } from '../facts/catalogue.ts';
import type { Facts } from '../facts/derive.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import type { ParameterVersion } from '../rules/schema.ts';

/**
 * The dated entry whose period contains the date (both ends inclusive), if any. The loader checked
 * every `geldigVan` and `geldigTot` as `YYYY-MM-DD`, and such strings sort as their days do.
 */
export function inForce<T extends { geldigVan: string; geldigTot: string | null }>(
  entries: readonly T[],
  date: PlainDate,
): T | undefined {
  const day = isoDate(date);
  return entries.find(
    (entry) => entry.geldigVan <= day && (entry.geldigTot === null || day <= entry.geldigTot),
  );
}

export interface ResolvedParameter {
  readonly waarde: ParameterVersion['waarde'];
  readonly versie: ParameterVersion;
  readonly variant?: string;
}

export function resolveParameters(
  ruleSet: RuleSet,
  peildatum: PlainDate,
  variants: readonly string[],
): Map<string, ResolvedParameter> {
  const resolved = new Map<string, ResolvedParameter>();
  for (const [id, parameter] of ruleSet.parameters) {
    const variant = variants.find((name) => parameter.varianten[name] !== undefined);
    const fromVariant =
      variant === undefined ? undefined : inForce(parameter.varianten[variant] ?? [], peildatum);
    const versie = fromVariant ?? inForce(parameter.versies, peildatum);
    if (versie)
      resolved.set(id, {
        waarde: versie.waarde,
        versie,
        ...(fromVariant && variant ? { variant } : {}),
      });
  }
  return resolved;
}

export function parameterFacts(parameters: ReadonlyMap<string, ResolvedParameter>): Facts {
  return Object.fromEntries(
    [...parameters].map(([id, { waarde }]) => [`${PARAMETER_FACT_PREFIX}${id}`, waarde]),
  );
}
