/**
 * Evaluate one rule version on one unit (the plan, or one cost line of it) into a three-valued outcome
 * with the trace of every condition and the facts still missing.
 */
import { askOrder, findFact } from '../facts/catalogue.ts';
import type { FactTable } from '../facts/table.ts';
import type { ConditionResult, MissingFact, Outcome } from '../output/schema.ts';
import type { RuleVersion, Text } from '../rules/schema.ts';
import { compileVersion } from './conditions.ts';
import type { LeafOutcome } from './three-valued.ts';
import { fill, hasPlaceholder, type Placeholder } from '../explain/render.ts';
import { byText } from '../text-order.ts';

export interface UnitOutcome {
  readonly uitkomst: Outcome;
  readonly leaves: readonly LeafOutcome[];
  readonly ontbrekend: readonly MissingFact[];
  readonly zelfVerklaard: boolean;
}

/** A missing fact as a question, pointing at the input field (with the cost line's index). */
export function missingFact(fact: string, lineIndex?: number): MissingFact {
  const definition = findFact(fact);
  const invoer = (definition?.invoer ?? fact).replace(
    '[]',
    lineIndex === undefined ? '[]' : `[${lineIndex}]`,
  );
  return {
    feit: fact,
    invoer,
    vraag: definition?.vraag ?? {
      nl: `Wat is de waarde van ${fact}?`,
      en: `What is the value of ${fact}?`,
    },
    zelfVerklaard: definition?.zelfVerklaard ?? false,
  };
}

/** Missing facts once each (by input field), in the asking order, then by field. */
export function sortMissing<T extends MissingFact>(facts: readonly T[]): T[] {
  if (facts.length === 0) return [];
  const unique = new Map<string, { fact: T; order: number }>();
  for (const fact of facts)
    if (!unique.has(fact.invoer)) unique.set(fact.invoer, { fact, order: askOrder(fact.feit) });
  // Each fact's place in the asking order looked up once, not at every comparison.
  return [...unique.values()]
    .sort((a, b) => a.order - b.order || byText(a.fact.invoer, b.fact.invoer))
    .map(({ fact }) => fact);
}

export function evaluateConditions(
  version: RuleVersion,
  facts: FactTable,
  lineIndex?: number,
): UnitOutcome {
  const { vanToepassing, voorwaarden } = compileVersion(version)(facts);
  const missingOf = (leaves: readonly LeafOutcome[]): MissingFact[] =>
    sortMissing(
      leaves.flatMap((leaf) => leaf.ontbrekend.map((fact) => missingFact(fact, lineIndex))),
    );
  const judged = (leaves: readonly LeafOutcome[]): boolean =>
    leaves.some((leaf) => leaf.zelfVerklaard && leaf.status !== 'onbekend');

  if (vanToepassing.status === 'onwaar') {
    return {
      uitkomst: 'niet-van-toepassing',
      leaves: vanToepassing.leaves,
      ontbrekend: [],
      zelfVerklaard: judged(vanToepassing.leaves),
    };
  }
  const leaves = [...vanToepassing.leaves, ...voorwaarden.leaves];
  if (vanToepassing.status === 'onbekend') {
    return {
      uitkomst: 'onbekend',
      leaves,
      ontbrekend: missingOf(leaves),
      zelfVerklaard: judged(leaves),
    };
  }
  const uitkomst: Outcome =
    voorwaarden.status === 'waar'
      ? 'voldoet'
      : voorwaarden.status === 'onwaar'
        ? 'voldoet-niet'
        : 'onbekend';
  return {
    uitkomst,
    leaves,
    ontbrekend: uitkomst === 'onbekend' ? missingOf(leaves) : [],
    zelfVerklaard: judged(leaves),
  };
}

/** The key of a citation in a receipt's `citaten`: the rule and the citation's id in its version. */
export const citationKey = (ruleId: string, citationId: string): string =>
  `${ruleId}#${citationId}`;

interface ConditionWords {
  readonly tekst: Text;
  /** The text itself when it has no placeholder, so a trace need not fill it again. */
  readonly vast: Text | undefined;
  readonly citaat: string;
}

const conditionWords = new WeakMap<RuleVersion, Map<string, ConditionWords>>();

/** A condition's text and citation key, looked up once per version rather than per trace. */
function wordsOf(ruleId: string, version: RuleVersion, name: string): ConditionWords {
  let own = conditionWords.get(version);
  if (!own) {
    own = new Map();
    conditionWords.set(version, own);
  }
  let words = own.get(name);
  if (!words) {
    const text = version.voorwaardeTeksten[name];
    const citaat =
      version.citaten.find((citation) => citation.id === text?.citaat) ?? version.citaten[0];
    if (!text || !citaat)
      throw new Error(`Rule file passed the checks without text or citation for ${name}`);
    const tekst = { nl: text.nl, en: text.en };
    words = {
      tekst,
      vast: hasPlaceholder(tekst) ? undefined : tekst,
      citaat: citationKey(ruleId, citaat.id),
    };
    own.set(name, words);
  }
  return words;
}

export function traceConditions(
  ruleId: string,
  version: RuleVersion,
  leaves: readonly LeafOutcome[],
  values: Readonly<Record<string, Placeholder>>,
): ConditionResult[] {
  return leaves.map((leaf): ConditionResult => {
    const { condition, gevonden } = leaf;
    const words = wordsOf(ruleId, version, condition.name);
    const tekst = words.vast ?? fill(words.tekst, values);
    // Two literals rather than a spread: `gevonden` sits in the middle and is left out when unknown.
    return gevonden === undefined
      ? {
          naam: condition.name,
          deel: leaf.deel,
          feit: condition.fact,
          operator: condition.operator,
          verwacht: condition.value,
          status: leaf.status,
          zelfVerklaard: leaf.zelfVerklaard,
          tekst,
          citaat: words.citaat,
        }
      : {
          naam: condition.name,
          deel: leaf.deel,
          feit: condition.fact,
          operator: condition.operator,
          verwacht: condition.value,
          gevonden,
          status: leaf.status,
          zelfVerklaard: leaf.zelfVerklaard,
          tekst,
          citaat: words.citaat,
        };
  });
}

/** Kleene conjunction over outcomes; rules that do not apply are left out. */
export function combine(outcomes: readonly Outcome[]): Outcome {
  const relevant = outcomes.filter((outcome) => outcome !== 'niet-van-toepassing');
  if (relevant.length === 0) return 'niet-van-toepassing';
  if (relevant.includes('voldoet-niet')) return 'voldoet-niet';
  return relevant.includes('onbekend') ? 'onbekend' : 'voldoet';
}
