/**
 * A checked rule set as plain JSON, for places that cannot or need not check it again, such as the
 * site in a browser: `loadRuleSet` checks the files once (at build time, in Node) and
 * `serializeRuleSet` keeps what evaluation needs (and, on request, the clause registers);
 * `ruleSetFromChecked` turns it back into a RuleSet without zod and without the verbatim-quote checks
 * against the source texts. Version and content hash are those of the full files, so receipts stay the same.
 */
import type { RuleSet } from './ruleset.ts';
import type {
  ClauseRegister,
  HolidayTable,
  ParameterFile,
  QuestionsFile,
  RuleFile,
  SourcesFile,
  VariantFile,
} from './schema.ts';

/** Bumped when the shape below changes, so old data is refused instead of misread. */
const FORMAT = 'iza-regels/gecontroleerde-regelset@1';

export interface CheckedRuleSet {
  readonly formaat: typeof FORMAT;
  readonly versie: string;
  /** The hash of the full rule-set files (including source texts and clause registers). */
  readonly hash: string;
  /** In the rule set's own order (the order evaluation and the receipt follow). */
  readonly regels: readonly RuleFile[];
  readonly parameters: readonly ParameterFile[];
  readonly varianten: readonly VariantFile[];
  readonly feestdagen: HolidayTable;
  readonly bronnen: SourcesFile;
  readonly vragen: QuestionsFile;
  /**
   * The clause registers, where kept: the packages ship them (for `coverage` and the API's rule-set
   * metadata); the site's simulator, which does not show them, leaves them out.
   */
  readonly clausules?: readonly ClauseRegister[];
}

/** The parts of a checked rule set that evaluation needs, as JSON-safe data. */
export function serializeRuleSet(
  ruleSet: RuleSet,
  { clausules = false }: { readonly clausules?: boolean } = {},
): CheckedRuleSet {
  return {
    formaat: FORMAT,
    versie: ruleSet.versie,
    hash: ruleSet.hash,
    regels: [...ruleSet.regels.values()],
    parameters: [...ruleSet.parameters.values()],
    varianten: [...ruleSet.varianten.values()],
    feestdagen: ruleSet.feestdagen,
    bronnen: ruleSet.bronnen,
    vragen: ruleSet.vragen,
    ...(clausules ? { clausules: [...ruleSet.clausules.values()] } : {}),
  };
}

/**
 * The RuleSet back from `serializeRuleSet`'s output (after JSON if you like). It trusts the data:
 * only the format is verified. Its `clausules` map is empty unless they were kept. Throws on data of another format.
 */
export function ruleSetFromChecked(data: CheckedRuleSet): RuleSet {
  const value: unknown = data;
  if (
    typeof value !== 'object' ||
    value === null ||
    !('formaat' in value) ||
    value.formaat !== FORMAT
  ) {
    throw new TypeError(
      `Not a checked rule set of format ${FORMAT}; create it with serializeRuleSet.`,
    );
  }
  return {
    versie: data.versie,
    hash: data.hash,
    regels: new Map(data.regels.map((regel) => [regel.id, regel])),
    parameters: new Map(data.parameters.map((parameter) => [parameter.id, parameter])),
    varianten: new Map(data.varianten.map((variant) => [variant.id, variant])),
    feestdagen: data.feestdagen,
    bronnen: data.bronnen,
    vragen: data.vragen,
    clausules: new Map((data.clausules ?? []).map((register) => [register.bron, register])),
  };
}
