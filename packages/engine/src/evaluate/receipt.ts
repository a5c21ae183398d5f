/**
 * Phase "receipt": the words. Turns the verdicts of one reading into the receipt a person reads and
 * stores: every rule with its explanation, conditions and citations, the questions, deadlines,
 * planning, money and the facts still to ask.
 */
import { costLineName } from '../explain/cost-line-name.ts';
import { isoDate, parseDate } from '../dates/calendar.ts';
import { FACTS } from '../facts/catalogue.ts';
import { fill, joinList, type Placeholder } from '../explain/render.ts';
import { explanationKey, explanationTemplate } from '../explain/placeholders.ts';
import {
  DISCLAIMER,
  NOT_IN_FORCE,
  QUESTION_EXPLANATION,
  SELF_DECLARED_NOTE,
  TERM_MAY_APPLY,
  TERM_NOT_STARTED,
  THE_COSTS,
} from '../explain/outcomes.ts';
import {
  RECEIPT_SCHEMA_VERSION,
  type Deadline,
  type MissingFact,
  type MoneyResult,
  type Outcome,
  type QuestionResult,
  type Receipt,
  type ReceiptSummary,
  type RuleResult,
  type RuleSummary,
} from '../output/schema.ts';
import type { Citation, RuleFile, RuleVersion, Text } from '../rules/schema.ts';
import { backwardPlanning } from './deadlines.ts';
import type { QuestionOutcome } from './questions.ts';
import { questionWords } from './question-summary.ts';
import { citationKey, sortMissing, traceConditions } from './rules.ts';
import type { Units } from './units.ts';
import { groupsOf, type Verdict, type Verdicts } from './verdicts.ts';

type Values = Readonly<Record<string, Placeholder>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Dates and amounts the user gave may appear in explanations, e.g. {verantwoording.saldo}.
const AMOUNT_FACTS = FACTS.filter((definition) => definition.type === 'bedrag');
const DATE_FACTS = FACTS.filter((definition) => definition.type === 'datum');

// The parameters as placeholders depend on the reading alone (its parameters map is made once per
// rule set, peildatum and variants), so they are worked out once per reading, not per receipt.
const parameterPlaceholders = new WeakMap<
  Units['parameters'],
  ReadonlyArray<readonly [string, Placeholder]>
>();

function parameterValues(
  parameters: Units['parameters'],
): ReadonlyArray<readonly [string, Placeholder]> {
  let entries = parameterPlaceholders.get(parameters);
  if (!entries) {
    entries = [...parameters].map(([id, { waarde }]): readonly [string, Placeholder] =>
      typeof waarde === 'string' && ISO_DATE.test(waarde)
        ? [id, { datum: parseDate(waarde) }]
        : [id, waarde],
    );
    parameterPlaceholders.set(parameters, entries);
  }
  return entries;
}

/** What templates may fill in: the peildatum, parameters, and dates and amounts the user gave. */
export function placeholderValues(units: Units): Values {
  const values: Record<string, Placeholder> = { peildatum: { datum: units.peildatum } };
  for (const [id, value] of parameterValues(units.parameters)) values[id] = value;
  for (const { id } of AMOUNT_FACTS) {
    const value = units.facts.get(id);
    if (typeof value === 'number') values[id] = { bedrag: Math.abs(value) };
  }
  for (const { id } of DATE_FACTS) {
    const value = units.facts.get(id);
    if (typeof value === 'string') values[id] = { datum: parseDate(value) };
  }
  return values;
}

/** A text with the note that it partly rests on the user's own judgement, where it does. */
const noteSelfDeclared = (text: Text, selfDeclared: boolean): Text =>
  selfDeclared
    ? { nl: text.nl + SELF_DECLARED_NOTE.nl, en: text.en + SELF_DECLARED_NOTE.en }
    : text;

/** A version's explanation of an outcome; `extra` values (a cost line's description) go first. */
function explanation(
  version: RuleVersion,
  outcome: Outcome,
  values: Values,
  selfDeclared: boolean,
  extra?: Values,
  status?: Deadline['status']['soort'],
): Text {
  const text = fill(
    explanationTemplate(version.uitleg, explanationKey(outcome, status)),
    values,
    extra,
  );
  return noteSelfDeclared(text, selfDeclared && outcome !== 'niet-van-toepassing');
}

// A version's citations under their keys, made once per version rather than per receipt.
const keyedCitations = new WeakMap<RuleVersion, ReadonlyArray<readonly [string, Citation]>>();

function citationsOf(
  rule: RuleFile,
  version: RuleVersion,
): ReadonlyArray<readonly [string, Citation]> {
  let keyed = keyedCitations.get(version);
  if (!keyed) {
    keyed = version.citaten.map(
      (citation) => [citationKey(rule.id, citation.id), citation] as const,
    );
    keyedCitations.set(version, keyed);
  }
  return keyed;
}

const citationKeys = (rule: RuleFile, version: RuleVersion | undefined): string[] =>
  version ? citationsOf(rule, version).map(([key]) => key) : [];

const costLineDescriptions = (units: Units): string[] =>
  (units.plan.kosten ?? []).map((line) => costLineName(line.omschrijving));

type CostLineVerdict = Extract<Verdict, { soort: 'kostenregel' }>;

/**
 * A cost-line rule's explanation, for the lines with its outcome (after exceptions). A line the
 * exception lifts to `voldoet` is explained by the exception rule (ADD-01: "hiervoor geldt de
 * uitzondering van het Addendum, onder voorwaarden"); a line it leaves open keeps its own text.
 */
function costLinesExplanation(
  verdict: CostLineVerdict,
  values: Values,
  descriptions: readonly string[],
): Text {
  const { uitkomst } = verdict;
  const groups = new Map<string, { version: RuleVersion; outcome: Outcome; names: string[] }>();
  for (const [index, line] of verdict.lines.entries()) {
    if (line.effectief !== uitkomst) continue;
    const base = line.base.uitkomst;
    const [key, version, outcome] =
      line.effectief === base
        ? (['basis', verdict.version, uitkomst] as const)
        : uitkomst === 'voldoet' && verdict.uitzondering
          ? (['uitzondering', verdict.uitzondering.version, uitkomst] as const)
          : (['basis-' + base, verdict.version, base] as const);
    const group = groups.get(key) ?? { version, outcome, names: [] };
    group.names.push(descriptions[index] ?? '');
    groups.set(key, group);
  }
  const texts = [...groups.values()].map((group) =>
    explanation(group.version, group.outcome, values, false, {
      omschrijving: { nl: joinList(group.names, 'nl'), en: joinList(group.names, 'en') },
    }),
  );
  const text =
    texts.length === 0
      ? explanation(verdict.version, uitkomst, values, false, { omschrijving: THE_COSTS })
      : { nl: texts.map((t) => t.nl).join(' '), en: texts.map((t) => t.en).join(' ') };
  return noteSelfDeclared(text, verdict.zelfVerklaard && uitkomst !== 'niet-van-toepassing');
}

/** What a rule's outcome means in words, from its verdict; `descriptions` names the cost lines. */
function ruleExplanation(verdict: Verdict, values: Values, descriptions: readonly string[]): Text {
  switch (verdict.soort) {
    case 'buiten-werking':
      return fill(NOT_IN_FORCE, values);
    case 'plan':
      return explanation(verdict.version, verdict.uitkomst, values, verdict.zelfVerklaard);
    case 'kostenregel':
      return costLinesExplanation(verdict, values, descriptions);
    case 'termijn-speelt-niet':
      return verdict.uitkomst === 'onbekend'
        ? TERM_MAY_APPLY
        : explanation(verdict.version, verdict.uitkomst, values, false);
    case 'termijn': {
      const { deadline } = verdict;
      return deadline.termijn
        ? explanation(
            verdict.version,
            verdict.uitkomst,
            values,
            false,
            deadline.waarden,
            deadline.termijn.status.soort,
          )
        : fill(TERM_NOT_STARTED, deadline.waarden);
    }
  }
}

/**
 * What every rule's result starts with, member by member in the receipt's order: spreading a
 * skeleton into each result cost more than filling its words.
 */
function commonResult(
  verdict: Verdict,
  values: Values,
  descriptions: readonly string[],
): Record<string, unknown> {
  const { rule } = verdict;
  const version = verdict.soort === 'buiten-werking' ? undefined : verdict.version;
  const result: Record<string, unknown> = {
    id: rule.id,
    titel: rule.titel,
    soort: rule.soort,
    advies: rule.advies,
    versie: version ? { geldigVan: version.geldigVan, geldigTot: version.geldigTot } : null,
    zekerheid: version?.zekerheid ?? null,
    uitzonderingen: [...rule.uitzonderingen],
  };
  if (rule.uitzonderingOp) result['uitzonderingOp'] = rule.uitzonderingOp;
  result['citaten'] = citationKeys(rule, version);
  if (version?.toelichting) result['toelichting'] = version.toelichting;
  result['uitkomst'] = verdict.uitkomst;
  result['zelfVerklaard'] = verdict.zelfVerklaard;
  result['ontbrekend'] = [...verdict.ontbrekend];
  result['uitleg'] = ruleExplanation(verdict, values, descriptions);
  return result;
}

/** One rule's result with its words, from its verdict; `descriptions` names the plan's cost lines. */
export function ruleResult(
  verdict: Verdict,
  values: Values,
  descriptions: readonly string[] = [],
): RuleResult {
  const result = commonResult(verdict, values, descriptions);
  switch (verdict.soort) {
    case 'buiten-werking':
      result['voorwaarden'] = [];
      break;
    case 'plan':
    case 'termijn-speelt-niet':
      result['voorwaarden'] = traceConditions(
        verdict.rule.id,
        verdict.version,
        verdict.unit.leaves,
        values,
      );
      break;
    case 'kostenregel': {
      const { version } = verdict;
      result['voorwaarden'] = [];
      result['kostenregels'] = verdict.lines.map((line, index) => {
        const omschrijving = descriptions[index] ?? '';
        return {
          index,
          omschrijving,
          uitkomst: line.base.uitkomst,
          zelfVerklaard: line.base.zelfVerklaard,
          uitleg: explanation(version, line.base.uitkomst, values, line.base.zelfVerklaard, {
            omschrijving,
          }),
          ontbrekend: [...line.base.ontbrekend],
          voorwaarden: traceConditions(verdict.rule.id, version, line.base.leaves, values),
          ...(line.exception
            ? {
                uitzondering: {
                  uitkomst: line.exception.uitkomst,
                  regels: line.exception.regels.map((entry) => ({ ...entry })),
                },
                effectief: line.effectief,
              }
            : {}),
        };
      });
      break;
    }
    case 'termijn':
      result['voorwaarden'] = [];
      if (verdict.deadline.termijn) result['termijn'] = verdict.deadline.termijn;
      break;
  }
  // The members above are those of a RuleResult of this kind, in its order (the schema tests hold it).
  return result as unknown as RuleResult;
}

function questionResult(
  question: QuestionOutcome,
  verdicts: Verdicts,
  money: MoneyResult,
): QuestionResult {
  const base = fill(
    question.uitkomst === 'niet-van-toepassing' && question.nietVanToepassing
      ? question.nietVanToepassing
      : QUESTION_EXPLANATION[question.uitkomst],
    { regels: question.bepalend.join(', ') },
  );
  return {
    id: question.id,
    titel: question.titel,
    uitkomst: question.uitkomst,
    zelfVerklaard: question.zelfVerklaard,
    uitleg: noteSelfDeclared(base, question.zelfVerklaard),
    ...questionWords(question, verdicts, money),
    ontbrekend: [...question.ontbrekend],
    regels: question.regels.map((entry) => ({ ...entry })),
  };
}

const ruleIdOrder = new Intl.Collator('en', { numeric: true });
export const byRuleId = (a: string, b: string): number => ruleIdOrder.compare(a, b);

export interface ReceiptParts {
  readonly units: Units;
  readonly verdicts: Verdicts;
  readonly questions: readonly QuestionOutcome[];
  readonly money: MoneyResult;
  readonly invoerHash: string;
}

/** What both detail levels share: everything but the rules. */
function header({
  units,
  verdicts,
  questions,
  money,
  invoerHash,
}: ReceiptParts): Omit<Receipt, 'detail' | 'regels' | 'citaten'> {
  const judged = groupsOf(units.ruleSet).judging.flatMap((id) => verdicts.regels.get(id) ?? []);
  const termijnen = judged.flatMap((verdict) =>
    verdict.soort === 'termijn' && verdict.deadline.termijn ? [verdict.deadline.termijn] : [],
  );
  const missing = new Map<string, MissingFact & { regels: string[] }>();
  for (const verdict of judged.filter((v) => v.uitkomst === 'onbekend')) {
    for (const fact of verdict.ontbrekend) {
      const entry = missing.get(fact.invoer) ?? { ...fact, regels: [] };
      entry.regels.push(verdict.rule.id);
      missing.set(fact.invoer, entry);
    }
  }
  return {
    geldig: true,
    schemaVersie: RECEIPT_SCHEMA_VERSION,
    andereLezingen: [],
    regelset: { versie: units.ruleSet.versie, hash: units.ruleSet.hash },
    peildatum: isoDate(units.peildatum),
    varianten: units.variants.flatMap((id) => {
      const variant = units.ruleSet.varianten.get(id);
      return variant
        ? [{ id, titel: variant.titel, uitleg: variant.uitleg, zekerheid: variant.zekerheid }]
        : [];
    }),
    invoerHash,
    vragen: questions.map((question) => questionResult(question, verdicts, money)),
    termijnen,
    planning: planningOf(units),
    bedragen: money,
    ontbrekend: sortMissing([...missing.values()]).map((fact) => ({
      ...fact,
      regels: fact.regels.sort(byRuleId),
    })),
    kanttekening: DISCLAIMER,
  };
}

/** The full receipt: every rule with its conditions, and each cited text once. */
export function buildReceipt(parts: ReceiptParts): Receipt {
  const values = placeholderValues(parts.units);
  const descriptions = costLineDescriptions(parts.units);
  const verdicts = [...parts.verdicts.regels.values()];
  const citaten: Record<string, Citation> = {};
  for (const verdict of verdicts)
    if (verdict.soort !== 'buiten-werking')
      for (const [key, citation] of citationsOf(verdict.rule, verdict.version))
        citaten[key] = citation;
  return {
    ...header(parts),
    detail: 'volledig',
    regels: verdicts.map((verdict) => ruleResult(verdict, values, descriptions)),
    citaten,
  };
}

/** A rule's explanation only where it explains a no or an open answer. */
const needsReasons = (outcome: Outcome): boolean =>
  outcome === 'voldoet-niet' || outcome === 'onbekend';

/**
 * The summary: each rule's outcome, with reasons and cited clauses (by key) only where it says no or
 * cannot tell yet. No trace per condition and no source text: the rule set named by its hash has them.
 * Missing facts are listed once, with the rules that need them, in the receipt's `ontbrekend`.
 */
export function buildSummary(parts: ReceiptParts): ReceiptSummary {
  const values = placeholderValues(parts.units);
  const descriptions = costLineDescriptions(parts.units);
  const regels = [...parts.verdicts.regels.values()].map((verdict): RuleSummary => {
    const version = verdict.soort === 'buiten-werking' ? undefined : verdict.version;
    return {
      id: verdict.rule.id,
      uitkomst: verdict.uitkomst,
      zelfVerklaard: verdict.zelfVerklaard,
      // The reasons without the trace of each condition, which a summary leaves out.
      ...(needsReasons(verdict.uitkomst)
        ? {
            uitleg: ruleExplanation(verdict, values, descriptions),
            citaten: citationKeys(verdict.rule, version),
          }
        : {}),
      ...(verdict.soort === 'kostenregel'
        ? {
            kostenregels: verdict.lines.map((line, index) => ({
              index,
              uitkomst: line.base.uitkomst,
              ...(line.exception ? { effectief: line.effectief } : {}),
            })),
          }
        : {}),
    };
  });
  return { ...header(parts), detail: 'samenvatting', regels };
}

/** Backward planning from the Addendum's approval deadline, with its words. */
export function planningOf(units: Units): Receipt['planning'] {
  return backwardPlanning(
    units.ruleSet.regels,
    units.versionOf,
    units.parameters,
    units.policy,
    units.peildatum,
  ).map((entry) => ({
    ...entry,
    doel: fill(entry.doel, { doeldatum: { datum: parseDate(entry.doeldatum) } }),
  }));
}
