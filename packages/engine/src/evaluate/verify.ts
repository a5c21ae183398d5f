/**
 * Checking a stored receipt later: evaluate its plan again, with the options the receipt records and
 * the rule set it names, and say whether the answer is still the same, and why not. A receipt holds
 * the hash of its plan (`invoerHash`), not the plan itself, so the plan is given alongside.
 */
import type { ReceiptSummary, Receipt } from '../output/schema.ts';
import { ReceiptSchema, ReceiptSummarySchema } from '../output/schema.ts';
import type { Mismatch } from '../rules/case-mismatches.ts';
import { jsonDifferences } from '../rules/conformance.ts';
import { parseWithIssues, type Issue } from '../rules/issues.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import type { Text } from '../rules/schema.ts';
import { evaluateWith } from './evaluate.ts';

export type Verification =
  /** Evaluated again, the plan gives exactly the stored receipt. */
  | { readonly status: 'gelijk'; readonly uitleg: Text }
  /** Evaluated again, the plan gives another receipt: the differences, stored → now. */
  | { readonly status: 'anders'; readonly uitleg: Text; readonly verschillen: readonly Mismatch[] }
  /** The receipt was made with other rules (another hash): give those rules to check it. */
  | { readonly status: 'andere-regelset'; readonly uitleg: Text }
  /** The plan given is not the plan the receipt answered (another `invoerHash`). */
  | { readonly status: 'ander-plan'; readonly uitleg: Text }
  /** The receipt or the plan cannot be read as such: the problems, per field. */
  | { readonly status: 'ongeldig'; readonly uitleg: Text; readonly problemen: readonly Issue[] };

const asReceipt = (
  stored: unknown,
): { ok: true; value: Receipt | ReceiptSummary } | { ok: false; issues: Issue[] } => {
  const detail =
    typeof stored === 'object' && stored !== null && 'detail' in stored ? stored.detail : undefined;
  return detail === 'samenvatting'
    ? parseWithIssues(ReceiptSummarySchema, stored)
    : parseWithIssues(ReceiptSchema, stored);
};

/** Never throws: any receipt and any plan give one of the statuses above. */
export async function verifyReceipt(
  ruleSet: RuleSet,
  stored: unknown,
  plan: unknown,
): Promise<Verification> {
  const receipt = asReceipt(stored);
  if (!receipt.ok)
    return {
      status: 'ongeldig',
      uitleg: {
        nl: 'Dit is geen geldige uitslag van IZA-regels.',
        en: 'This is not a valid IZA-regels receipt.',
      },
      problemen: receipt.issues.map((issue) => ({ ...issue, pad: `uitslag.${issue.pad}` })),
    };
  const { regelset, peildatum, varianten, detail, andereLezingen } = receipt.value;
  // `0.1.0+afc9cf0a9739` names rules with unreleased changes (folder.ts): no package has that version.
  const [released, unreleased] = regelset.versie.split('+');
  if (regelset.hash !== ruleSet.hash)
    return {
      status: 'andere-regelset',
      uitleg: {
        nl: `De uitslag is gemaakt met regelset ${regelset.versie} (${regelset.hash}); deze regels zijn ${ruleSet.versie} (${ruleSet.hash}). ${unreleased ? `Die regels waren nog niet uitgebracht (${regelset.versie}: versie ${released} met wijzigingen): toets hem met de regels uit de commit die deze hash had.` : `Toets hem met de regels van die versie, bijvoorbeeld @iza-regels/rules@${regelset.versie}.`}`,
        en: `The receipt was made with rule set ${regelset.versie} (${regelset.hash}); these rules are ${ruleSet.versie} (${ruleSet.hash}). ${unreleased ? `Those rules were not released (${regelset.versie}: version ${released} with changes): check it with the rules of the commit that had this hash.` : `Check it with the rules of that version, for instance @iza-regels/rules@${regelset.versie}.`}`,
      },
    };
  const again = await evaluateWith(ruleSet, plan, {
    peildatum,
    variant: varianten.map((variant) => variant.id),
    detail,
    // An empty list is what a receipt without other readings holds, and what one with them holds
    // when no variant is left to compare: evaluated either way, the same.
    andereLezingen: andereLezingen.length > 0,
  });
  if (!again.geldig)
    return {
      status: 'ongeldig',
      uitleg: {
        nl: 'Het plan is geen geldig plan; de uitslag kan niet opnieuw berekend worden.',
        en: 'The plan is not a valid plan; the receipt cannot be computed again.',
      },
      problemen: again.problemen.map((issue) => ({ ...issue, pad: `plan.${issue.pad}` })),
    };
  if (again.invoerHash !== receipt.value.invoerHash)
    return {
      status: 'ander-plan',
      uitleg: {
        nl: `Dit plan (${again.invoerHash}) is niet het plan van deze uitslag (${receipt.value.invoerHash}).`,
        en: `This plan (${again.invoerHash}) is not the plan of this receipt (${receipt.value.invoerHash}).`,
      },
    };
  // Both as JSON, as a receipt is stored: a field set to `undefined` and one left out are the same.
  const verschillen = jsonDifferences(
    JSON.parse(JSON.stringify(stored)) as unknown,
    JSON.parse(JSON.stringify(again)) as unknown,
    'uitslag',
  );
  if (verschillen.length === 0)
    return {
      status: 'gelijk',
      uitleg: {
        nl: `De uitslag klopt: met regelset ${regelset.versie} geeft het plan op ${peildatum} precies deze uitslag.`,
        en: `The receipt holds: with rule set ${regelset.versie} the plan gives exactly this receipt on ${peildatum}.`,
      },
    };
  return {
    status: 'anders',
    uitleg: {
      nl: `De uitslag klopt niet meer: opnieuw berekend met dezelfde regels, peildatum en varianten wijkt hij op ${verschillen.length} ${verschillen.length === 1 ? 'plaats' : 'plaatsen'} af. Is de uitslag na het berekenen veranderd?`,
      en: `The receipt no longer holds: computed again with the same rules, peildatum and variants, it differs in ${verschillen.length} ${verschillen.length === 1 ? 'place' : 'places'}. Was the receipt changed after it was computed?`,
    },
    verschillen,
  };
}
