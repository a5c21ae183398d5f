/**
 * A checked rule set as plain JSON, for places that cannot or need not check it again, such as the
 * site in a browser: `loadRuleSet` checks the files once (at build time, in Node) and
 * `serializeRuleSet` keeps what evaluation needs; `ruleSetFromChecked` turns it back into a RuleSet
 * without zod, without the verbatim-quote checks against the source texts and without the clause
 * registers. Version and content hash are those of the full files, so receipts stay the same.
 */
import type { RuleSet } from './ruleset.ts';
import type {
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
}

/** The parts of a checked rule set that evaluation needs, as JSON-safe data. */
export function serializeRuleSet(ruleSet: RuleSet): CheckedRuleSet {
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
  };
}

/**
 * The RuleSet back from `serializeRuleSet`'s output (after JSON if you like). It trusts the data:
 * only the format is verified. Its `clausules` map is empty. Throws on data of another format.
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
    clausules: new Map(),
  };
}
