/**
 * `evaluate`: a plan, a peildatum and variants in; a receipt out. Total by design: invalid input or
 * options come back as a list of problems, never as an exception and never as a `voldoet`.
 */
import { parseDate, periodBounds, todayInAmsterdam, type PlainDate } from '../dates/calendar.ts';
import type { RollPolicy } from '../dates/deadlines.ts';
import { FACTS } from '../facts/catalogue.ts';
import { costLineFacts, needsException, planFacts, type Facts } from '../facts/derive.ts';
import { fill, joinList, type Placeholder } from '../explain/render.ts';
import {
  DISCLAIMER,
  NOT_APPLICABLE,
  NOT_IN_FORCE,
  SELF_DECLARED_NOTE,
  TERM_MAY_APPLY,
  TERM_NOT_STARTED,
} from '../explain/outcomes.ts';
import { PlanSchema, type Plan } from '../input/schema.ts';
import { structuralMoney } from '../money/structural.ts';
import type {
  Evaluation,
  MissingFact,
  Outcome,
  Reading,
  Receipt,
  RuleResult,
} from '../output/schema.ts';
import { contentHash } from '../rules/hash.ts';
import { parseWithIssues, type Issue } from '../rules/issues.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import type { RuleFile, RuleVersion, Text } from '../rules/schema.ts';
import { backwardPlanning, evaluateDeadline } from './deadlines.ts';
import { answerQuestions } from './questions.ts';
import { compareReadings } from './readings.ts';
import {
  inForce,
  parameterFacts,
  resolveParameters,
  type ResolvedParameter,
} from './parameters.ts';
import {
  combine,
  evaluateConditions,
  sortMissing,
  traceConditions,
  type UnitOutcome,
} from './rules.ts';

export interface EvaluateOptions {
  /** ISO date; defaults to today in Europe/Amsterdam. */
  readonly peildatum?: string;
  /** One or more variant ids from `rules/varianten/`, e.g. `azwa-2028` or `doorrollen`. */
  readonly variant?: string | readonly string[];
  /**
   * Also evaluate every variant not chosen and report what it would change (`andereLezingen`).
   * Default true; batch tools that only need the outcomes can switch it off.
   */
  readonly andereLezingen?: boolean;
}

interface Context {
  readonly ruleSet: RuleSet;
  readonly plan: Plan;
  readonly peildatum: PlainDate;
  readonly parameters: ReadonlyMap<string, ResolvedParameter>;
  readonly facts: Facts;
  readonly policy: RollPolicy;
  readonly values: Record<string, Placeholder>;
  readonly planOutcomes: Map<string, { uitkomst: Outcome; zelfVerklaard: boolean }>;
}

function optionIssues(
  ruleSet: RuleSet,
  options: EvaluateOptions,
): { issues: Issue[]; variants: string[] } {
  const issues: Issue[] = [];
  const requested =
    options.variant === undefined
      ? []
      : typeof options.variant === 'string'
        ? [options.variant]
        : options.variant;
  const variants = [...new Set(requested)];
  if (options.peildatum !== undefined) {
    try {
      parseDate(options.peildatum);
    } catch {
      issues.push({
        code: 'ongeldige-peildatum',
        pad: 'opties.peildatum',
        nl: `De peildatum "${options.peildatum}" is geen geldige datum. Verwacht: JJJJ-MM-DD, bijvoorbeeld 2026-11-23.`,
        en: `The reference date "${options.peildatum}" is not a valid date. Expected: YYYY-MM-DD, for example 2026-11-23.`,
      });
    }
  }
  for (const variant of variants) {
    if (ruleSet.varianten.has(variant)) continue;
    const known = [...ruleSet.varianten.keys()].join(', ');
    issues.push({
      code: 'onbekende-variant',
      pad: 'opties.variant',
      nl: `Onbekende variant "${variant}". Kies uit: ${known}.`,
      en: `Unknown variant "${variant}". Choose from: ${known}.`,
    });
  }
  return { issues, variants };
}

const versionOf =
  (peildatum: PlainDate) =>
  (rule: RuleFile): RuleVersion | undefined =>
    inForce(rule.versies, peildatum);

function explanation(
  version: RuleVersion,
  outcome: Outcome,
  values: Record<string, Placeholder>,
  selfDeclared: boolean,
): Text {
  const uitleg = version.uitleg;
  const template =
    uitleg === undefined
      ? NOT_APPLICABLE
      : outcome === 'voldoet'
        ? uitleg.voldoet
        : outcome === 'voldoet-niet'
          ? uitleg.voldoetNiet
          : outcome === 'onbekend'
            ? uitleg.onbekend
            : (uitleg.nietVanToepassing ?? NOT_APPLICABLE);
  const text = fill(template, values);
  return selfDeclared && outcome !== 'niet-van-toepassing'
    ? { nl: text.nl + SELF_DECLARED_NOTE.nl, en: text.en + SELF_DECLARED_NOTE.en }
    : text;
}

function skeleton(
  rule: RuleFile,
  version: RuleVersion | undefined,
): Omit<RuleResult, 'uitkomst' | 'zelfVerklaard' | 'uitleg' | 'ontbrekend' | 'voorwaarden'> {
  return {
    id: rule.id,
    titel: rule.titel,
    soort: rule.soort,
    advies: rule.advies,
    versie: version ? { geldigVan: version.geldigVan, geldigTot: version.geldigTot } : null,
    zekerheid: version?.zekerheid ?? null,
    uitzonderingen: [...rule.uitzonderingen],
    ...(rule.uitzonderingOp ? { uitzonderingOp: rule.uitzonderingOp } : {}),
    citaten: version?.citaten ?? [],
    ...(version?.toelichting ? { toelichting: version.toelichting } : {}),
  };
}

async function planRule(ctx: Context, rule: RuleFile, version: RuleVersion): Promise<RuleResult> {
  const unit = await evaluateConditions(version, ctx.facts);
  const selfDeclared =
    unit.zelfVerklaard || (rule.zelfVerklaard && unit.uitkomst !== 'niet-van-toepassing');
  ctx.planOutcomes.set(rule.id, { uitkomst: unit.uitkomst, zelfVerklaard: selfDeclared });
  return {
    ...skeleton(rule, version),
    uitkomst: unit.uitkomst,
    zelfVerklaard: selfDeclared,
    uitleg: explanation(version, unit.uitkomst, ctx.values, selfDeclared),
    ontbrekend: [...unit.ontbrekend],
    voorwaarden: traceConditions(version, unit.leaves, ctx.values),
  };
}

function lineFacts(ctx: Context, index: number, periode?: string): Facts {
  const line = ctx.plan.kosten?.[index];
  if (!line) return ctx.facts;
  const own = costLineFacts(line);
  if (periode !== undefined) own['kostenregel.laatsteDag'] = periodBounds(periode).last.toString();
  return { ...ctx.facts, ...own };
}

interface LineVerdict {
  readonly base: UnitOutcome;
  readonly exception?: { uitkomst: Outcome; regels: Array<{ id: string; uitkomst: Outcome }> };
  readonly effectief: Outcome;
  /** The exception that decides `effectief` rests on the user's own judgement (ADD-08). */
  readonly uitzonderingZelfVerklaard?: boolean;
}

/** The base rule on one cost line, and when it fails, the exception rules that may lift it (ADD-01 …). */
async function lineVerdict(
  ctx: Context,
  rule: RuleFile,
  version: RuleVersion,
  index: number,
  periode?: string,
): Promise<LineVerdict> {
  const facts = lineFacts(ctx, index, periode);
  const base = await evaluateConditions(version, facts, index);
  if (
    rule.uitzonderingen.length === 0 ||
    base.uitkomst === 'voldoet' ||
    base.uitkomst === 'niet-van-toepassing'
  ) {
    return { base, effectief: base.uitkomst };
  }
  const regels: Array<{ id: string; uitkomst: Outcome }> = [];
  let uitzonderingZelfVerklaard = false;
  for (const id of rule.uitzonderingen) {
    const exceptionRule = ctx.ruleSet.regels.get(id);
    const exceptionVersion = exceptionRule ? versionOf(ctx.peildatum)(exceptionRule) : undefined;
    if (!exceptionRule || !exceptionVersion) continue;
    const { uitkomst, zelfVerklaard } =
      exceptionRule.bereik === 'kostenregel'
        ? await evaluateConditions(exceptionVersion, facts, index)
        : (ctx.planOutcomes.get(id) ?? { uitkomst: 'onbekend' as const, zelfVerklaard: false });
    regels.push({ id, uitkomst });
    uitzonderingZelfVerklaard ||= zelfVerklaard;
  }
  const uitkomst = combine(regels.map((entry) => entry.uitkomst));
  const effectief: Outcome =
    base.uitkomst === 'onbekend'
      ? uitkomst === 'voldoet'
        ? 'voldoet'
        : 'onbekend'
      : uitkomst === 'niet-van-toepassing'
        ? 'voldoet-niet'
        : uitkomst;
  return { base, exception: { uitkomst, regels }, effectief, uitzonderingZelfVerklaard };
}

/**
 * The explanation of a cost-line rule, for the lines with its (effective) outcome. A line the
 * exception lifts to `voldoet` is explained by the exception rule (ADD-01: "hiervoor geldt de
 * uitzondering van het Addendum, onder voorwaarden"); a line it leaves open keeps its base text.
 */
function costLineExplanation(
  ctx: Context,
  rule: RuleFile,
  version: RuleVersion,
  lines: NonNullable<RuleResult['kostenregels']>,
  uitkomst: Outcome,
  selfDeclared: boolean,
): Text {
  const exceptionRule = rule.uitzonderingen
    .map((id) => ctx.ruleSet.regels.get(id))
    .find((candidate) => candidate?.uitzonderingOp === rule.id);
  const exceptionVersion = exceptionRule ? versionOf(ctx.peildatum)(exceptionRule) : undefined;
  const groups = new Map<string, { version: RuleVersion; outcome: Outcome; names: string[] }>();
  for (const line of lines.filter((entry) => (entry.effectief ?? entry.uitkomst) === uitkomst)) {
    const lifted = line.effectief !== undefined && line.effectief !== line.uitkomst;
    const [key, textVersion, outcome] = !lifted
      ? (['basis', version, uitkomst] as const)
      : uitkomst === 'voldoet' && exceptionVersion
        ? (['uitzondering', exceptionVersion, uitkomst] as const)
        : (['basis-' + line.uitkomst, version, line.uitkomst] as const);
    const group = groups.get(key) ?? { version: textVersion, outcome, names: [] };
    group.names.push(line.omschrijving);
    groups.set(key, group);
  }
  const texts = [...groups.values()].map((group) =>
    explanation(
      group.version,
      group.outcome,
      {
        ...ctx.values,
        omschrijving: { nl: joinList(group.names, 'nl'), en: joinList(group.names, 'en') },
      },
      false,
    ),
  );
  const text =
    texts.length === 0
      ? explanation(version, uitkomst, { ...ctx.values, omschrijving: { nl: '', en: '' } }, false)
      : { nl: texts.map((t) => t.nl).join(' '), en: texts.map((t) => t.en).join(' ') };
  return selfDeclared && uitkomst !== 'niet-van-toepassing'
    ? { nl: text.nl + SELF_DECLARED_NOTE.nl, en: text.en + SELF_DECLARED_NOTE.en }
    : text;
}

async function costLineRule(
  ctx: Context,
  rule: RuleFile,
  version: RuleVersion,
): Promise<{ result: RuleResult; effective: Outcome[] }> {
  const lines = ctx.plan.kosten ?? [];
  const kostenregels: NonNullable<RuleResult['kostenregels']> = [];
  const effective: Outcome[] = [];
  const liftedSelfDeclared: boolean[] = [];
  for (const [index, line] of lines.entries()) {
    const verdict = await lineVerdict(ctx, rule, version, index);
    const selfDeclared = verdict.base.zelfVerklaard;
    kostenregels.push({
      index,
      omschrijving: line.omschrijving,
      uitkomst: verdict.base.uitkomst,
      zelfVerklaard: selfDeclared,
      uitleg: explanation(
        version,
        verdict.base.uitkomst,
        { ...ctx.values, omschrijving: line.omschrijving },
        selfDeclared,
      ),
      ontbrekend: [...verdict.base.ontbrekend],
      voorwaarden: traceConditions(version, verdict.base.leaves, ctx.values),
      ...(verdict.exception
        ? { uitzondering: verdict.exception, effectief: verdict.effectief }
        : {}),
    });
    effective.push(verdict.effectief);
    liftedSelfDeclared.push(verdict.uitzonderingZelfVerklaard === true);
  }
  const missingLines = lines.length === 0 && ctx.plan.kosten === undefined;
  // The rule reports the effective outcome, after the exception (BK-TM-02 and ADD-01 … ADD-08), as
  // its question does; each line keeps its base outcome in `kostenregels[]`.
  const uitkomst: Outcome = missingLines ? 'onbekend' : combine(effective);
  const selfDeclared = kostenregels.some(
    (line, index) =>
      line.zelfVerklaard || (line.effectief !== line.uitkomst && liftedSelfDeclared[index]),
  );
  return {
    result: {
      ...skeleton(rule, version),
      uitkomst,
      zelfVerklaard: selfDeclared,
      uitleg: costLineExplanation(ctx, rule, version, kostenregels, uitkomst, selfDeclared),
      ontbrekend: missingLines
        ? [
            {
              feit: 'plan.gebruiktUitzondering',
              invoer: 'kosten',
              vraag: { nl: 'Welke kosten heeft het plan?', en: 'What costs does the plan have?' },
              zelfVerklaard: false,
            },
          ]
        : sortMissing(kostenregels.flatMap((line) => line.ontbrekend)),
      voorwaarden: [],
      kostenregels,
    },
    effective: missingLines ? ['onbekend'] : effective,
  };
}

function notInForce(ctx: Context, rule: RuleFile): RuleResult {
  return {
    ...skeleton(rule, undefined),
    uitkomst: 'niet-van-toepassing',
    zelfVerklaard: false,
    uitleg: fill(NOT_IN_FORCE, ctx.values),
    ontbrekend: [],
    voorwaarden: [],
  };
}

const ruleIdOrder = new Intl.Collator('en', { numeric: true });
const byRuleId = (a: string, b: string): number => ruleIdOrder.compare(a, b);

export async function evaluateWith(
  ruleSet: RuleSet,
  input: unknown,
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  const regelset = { versie: ruleSet.versie, hash: ruleSet.hash };
  const parsed = parseWithIssues(PlanSchema, input);
  const { issues, variants } = optionIssues(ruleSet, options);
  if (!parsed.ok || issues.length > 0) {
    return { geldig: false, regelset, problemen: [...issues, ...(parsed.ok ? [] : parsed.issues)] };
  }
  const peildatum =
    options.peildatum === undefined ? todayInAmsterdam() : parseDate(options.peildatum);
  const receipt = await evaluatePlan(ruleSet, parsed.value, peildatum, variants);
  const andereLezingen: Reading[] = [];
  for (const variant of ruleSet.varianten.values()) {
    if (options.andereLezingen === false || variants.includes(variant.id)) continue;
    const other = await evaluatePlan(ruleSet, parsed.value, peildatum, [...variants, variant.id]);
    andereLezingen.push(compareReadings(variant, receipt, other));
  }
  return { ...receipt, andereLezingen };
}

async function evaluatePlan(
  ruleSet: RuleSet,
  plan: Plan,
  peildatum: PlainDate,
  variants: readonly string[],
): Promise<Receipt> {
  const regelset = { versie: ruleSet.versie, hash: ruleSet.hash };
  const parameters = resolveParameters(ruleSet, peildatum, variants);
  const values: Record<string, Placeholder> = { peildatum: { datum: peildatum } };
  for (const [id, { waarde }] of parameters) {
    if (typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waarde))
      values[id] = { datum: parseDate(waarde) };
    else values[id] = waarde;
  }
  const facts = {
    ...planFacts(plan, peildatum, variants, [...ruleSet.varianten.keys()]),
    ...parameterFacts(parameters),
  };
  // Dates and amounts the user gave may appear in explanations, e.g. {verantwoording.saldo}.
  for (const definition of FACTS) {
    const value = facts[definition.id];
    if (definition.type === 'bedrag' && typeof value === 'number')
      values[definition.id] = { bedrag: Math.abs(value) };
    if (definition.type === 'datum' && typeof value === 'string')
      values[definition.id] = { datum: parseDate(value) };
  }
  const ctx: Context = {
    ruleSet,
    plan,
    peildatum,
    parameters,
    facts,
    policy: { doorrollen: variants.includes('doorrollen'), feestdagen: ruleSet.feestdagen },
    values,
    planOutcomes: new Map(),
  };

  const results = new Map<string, RuleResult>();
  const effective = new Map<string, Outcome[]>();
  const rules = [...ruleSet.regels.values()];
  const inForceOn = versionOf(peildatum);
  // Plan-level tests first: exceptions on cost lines read their outcomes.
  for (const rule of rules.filter((r) => r.soort === 'toets' && r.bereik === 'plan')) {
    const version = inForceOn(rule);
    results.set(rule.id, version ? await planRule(ctx, rule, version) : notInForce(ctx, rule));
  }
  for (const rule of rules.filter((r) => r.soort === 'toets' && r.bereik === 'kostenregel')) {
    const version = inForceOn(rule);
    if (!version) {
      results.set(rule.id, notInForce(ctx, rule));
      continue;
    }
    const { result, effective: lineOutcomes } = await costLineRule(ctx, rule, version);
    results.set(rule.id, result);
    effective.set(rule.id, lineOutcomes);
  }
  const termijnen = [];
  for (const rule of rules.filter((r) => r.soort === 'termijn')) {
    const version = inForceOn(rule);
    if (!version) {
      results.set(rule.id, notInForce(ctx, rule));
      continue;
    }
    // A term may itself apply only in some cases (e.g. a reclaim notice only when money is reclaimed).
    const applies = version.vanToepassing
      ? await evaluateConditions(version, ctx.facts)
      : undefined;
    if (applies && applies.uitkomst !== 'voldoet') {
      results.set(rule.id, {
        ...skeleton(rule, version),
        uitkomst: applies.uitkomst,
        zelfVerklaard: false,
        uitleg:
          applies.uitkomst === 'onbekend'
            ? TERM_MAY_APPLY
            : explanation(version, applies.uitkomst, values, false),
        ontbrekend: [...applies.ontbrekend],
        voorwaarden: traceConditions(version, applies.leaves, values),
      });
      continue;
    }
    const outcome = evaluateDeadline(rule, version, ctx.facts, parameters, ctx.policy, peildatum);
    if (outcome.termijn) termijnen.push(outcome.termijn);
    results.set(rule.id, {
      ...skeleton(rule, version),
      uitkomst: outcome.uitkomst,
      zelfVerklaard: false,
      uitleg: outcome.termijn
        ? explanation(version, outcome.uitkomst, { ...values, ...outcome.waarden }, false)
        : fill(TERM_NOT_STARTED, outcome.waarden),
      ontbrekend: [...outcome.ontbrekend],
      voorwaarden: [],
      ...(outcome.termijn ? { termijn: outcome.termijn } : {}),
    });
  }

  const vragen = answerQuestions(ruleSet.vragen.vragen, results);

  const base = rules.find(
    (rule) => rule.uitzonderingen.length > 0 && rule.bereik === 'kostenregel',
  );
  const baseVersion = base ? inForceOn(base) : undefined;
  const periodOutcomes = new Map<string, Outcome>();
  for (const [index, line] of (plan.kosten ?? []).entries()) {
    if (!base || !baseVersion || needsException(line) !== true) continue;
    for (const { periode } of line.bedragen) {
      periodOutcomes.set(
        `${index}:${periode}`,
        (await lineVerdict(ctx, base, baseVersion, index, periode)).effectief,
      );
    }
  }
  const einddatum = parameters.get('addendum-einddatum')?.waarde;
  const bedragen = structuralMoney({
    kosten: plan.kosten ?? [],
    einddatum: typeof einddatum === 'string' ? einddatum : undefined,
    outcomeFor: (index, periode) => periodOutcomes.get(`${index}:${periode}`) ?? 'onbekend',
    lineOutcome: (index) => (base ? (effective.get(base.id)?.[index] ?? 'onbekend') : 'onbekend'),
  });

  const planning = backwardPlanning(
    ruleSet.regels,
    inForceOn,
    parameters,
    ctx.policy,
    peildatum,
  ).map((entry) => ({
    ...entry,
    doel: fill(entry.doel, { doeldatum: { datum: parseDate(entry.doeldatum) } }),
  }));

  const allResults = [...results.values()];
  const missing = new Map<string, MissingFact & { regels: string[] }>();
  for (const result of allResults.filter((r) => r.uitkomst === 'onbekend')) {
    for (const fact of result.ontbrekend) {
      const entry = missing.get(fact.invoer) ?? { ...fact, regels: [] };
      entry.regels.push(result.id);
      missing.set(fact.invoer, entry);
    }
  }

  const receipt: Receipt = {
    geldig: true,
    andereLezingen: [],
    regelset,
    peildatum: peildatum.toString(),
    varianten: variants.flatMap((id) => {
      const variant = ruleSet.varianten.get(id);
      return variant
        ? [{ id, titel: variant.titel, uitleg: variant.uitleg, zekerheid: variant.zekerheid }]
        : [];
    }),
    invoerHash: await contentHash(plan),
    vragen,
    regels: allResults.sort((a, b) => byRuleId(a.id, b.id)),
    termijnen,
    planning,
    bedragen,
    ontbrekend: sortMissing([...missing.values()]).map((fact) => ({
      ...fact,
      regels: fact.regels.sort(byRuleId),
    })),
    kanttekening: DISCLAIMER,
  };
  return receipt;
}
