/** The loaded, checked rule set: what `evaluate` works from. */
import type {
  ClauseRegister,
  HolidayTable,
  ParameterFile,
  QuestionsFile,
  RuleFile,
  SourcesFile,
  VariantFile,
} from './schema.ts';

export interface RuleSet {
  /** The version of the rules package, e.g. `0.1.0`. */
  readonly versie: string;
  /** `sha256:` + hex digest of the canonical JSON of every rule-set file. */
  readonly hash: string;
  readonly regels: ReadonlyMap<string, RuleFile>;
  readonly parameters: ReadonlyMap<string, ParameterFile>;
  readonly varianten: ReadonlyMap<string, VariantFile>;
  readonly feestdagen: HolidayTable;
  readonly bronnen: SourcesFile;
  readonly vragen: QuestionsFile;
  /** Clause registers by source id; empty in a rule set rebuilt with `ruleSetFromChecked`. */
  readonly clausules: ReadonlyMap<string, ClauseRegister>;
}

/** A file of the rules folder: its path relative to that folder, and its content. */
export interface RuleSourceFile {
  readonly pad: string;
  /** Parsed JSON for `.json` files, the text for `.txt` files. */
  readonly inhoud: unknown;
}
