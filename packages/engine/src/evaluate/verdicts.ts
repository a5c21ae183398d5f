/**
 * Phases "plan rules", "cost lines" and "deadlines": every rule in force judged on its units, each
 * unit once, as plain values without texts. The receipt adds the words; other readings compare these.
 */
import { evaluateDeadline, type DeadlineOutcome } from './deadlines.ts';
import type { MissingFact, Outcome } from '../output/schema.ts';
import type { RuleFile, RuleVersion } from '../rules/schema.ts';
import { combine, evaluateConditions, sortMissing, type UnitOutcome } from './rules.ts';
import type { LineUnit, Units } from './units.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import type { FactTable } from '../facts/table.ts';
import { pointAtLines } from './missing-lines.ts';
import { PARAMETER_FACT_PREFIX } from '../facts/catalogue.ts';
import { factsOf } from './three-valued.ts';

/** A base rule on one cost line and, when it is not met, the exception rules that may lift it. */
export interface LineVerdict {
  readonly base: UnitOutcome;
  readonly exception?: {
    readonly uitkomst: Outcome;
    readonly regels: ReadonlyArray<{ readonly id: string; readonly uitkomst: Outcome }>;
  };
  readonly effectief: Outcome;
  /** The exception that decides `effectief` rests on the user's own judgement (ADD-08). */
  readonly uitzonderingZelfVerklaard?: boolean;
}

interface Common {
  readonly rule: RuleFile;
  readonly uitkomst: Outcome;
  readonly zelfVerklaard: boolean;
  readonly ontbrekend: readonly MissingFact[];
}

export type Verdict = Common &
  (
    | { readonly soort: 'buiten-werking' }
    | { readonly soort: 'plan'; readonly version: RuleVersion; readonly unit: UnitOutcome }
    | {
        readonly soort: 'kostenregel';
        readonly version: RuleVersion;
        readonly lines: readonly LineVerdict[];
        /** The plan has no `kosten` at all: the rule cannot be judged yet. */
        readonly zonderKosten: boolean;
        /**
         * The exception rule that names this rule in `uitzonderingOp` (ADD-01 for BK-TM-02), in
         * force: its words explain a line the exception lifts.
         */
        readonly uitzondering?: { readonly rule: RuleFile; readonly version: RuleVersion };
      }
    | {
        /** A deadline whose own applicability is not met (or not yet known). */
        readonly soort: 'termijn-speelt-niet';
        readonly version: RuleVersion;
        readonly unit: UnitOutcome;
      }
    | {
        readonly soort: 'termijn';
        readonly version: RuleVersion;
        readonly deadline: DeadlineOutcome;
      }
  );

export interface Verdicts {
  /** Every `toets` and `termijn` rule, by id, in receipt order. */
  readonly regels: ReadonlyMap<string, Verdict>;
  /** The base rule with exceptions that decides the money, with its effective outcome per period. */
  readonly geld?: {
    readonly regel: string;
    readonly perPeriode: ReadonlyMap<string, Outcome>;
    readonly perRegel: readonly Outcome[];
  };
  /**
   * Every cost-line rule version's outcome per line (`2`) and per period of a line (`2:2027`), so
   * another reading takes over those of versions that read nothing it changes.
   */
  readonly perEenheid: ReadonlyMap<RuleVersion, ReadonlyMap<string, UnitOutcome>>;
}

export const periodKey = (index: number, periode: string): string => `${index}:${periode}`;

/** A cost line, or one period of it: its facts, and its key among the units (`2`, `2:2027`). */
interface LineUnitFacts {
  readonly facts: FactTable;
  readonly key: string;
}

const wholeLine = (line: LineUnit): LineUnitFacts => ({
  facts: line.facts,
  key: String(line.index),
});

/** An exception rule that is not in force cannot lift anything: unknown, not self-declared. */
const UNKNOWN = { uitkomst: 'onbekend', zelfVerklaard: false } as const;

const notInForce = (rule: RuleFile): Verdict => ({
  soort: 'buiten-werking',
  rule,
  uitkomst: 'niet-van-toepassing',
  zelfVerklaard: false,
  ontbrekend: [],
});

/**
 * Kleene's lift of a base outcome by its exceptions: an exception that is met makes the line meet the
 * rules; an unknown base stays unknown unless an exception is known to be met.
 */
function lift(base: Outcome, exception: Outcome): Outcome {
  if (base === 'onbekend') return exception === 'voldoet' ? 'voldoet' : 'onbekend';
  return exception === 'niet-van-toepassing' ? 'voldoet-niet' : exception;
}

/** What another reading of the same plan may take over from the literal reading of the same day. */
export interface Reuse {
  readonly verdicts: Verdicts;
  /** The facts whose value differs from the literal reading (variants, parameters). */
  readonly changed: ReadonlySet<string>;
  /** Deadlines are counted the same way (the `doorrollen` variant changes that). */
  readonly samePolicy: boolean;
}

const factsReadBy = new WeakMap<RuleVersion, readonly string[]>();

/** Every fact a version's verdict depends on: its conditions and, for a deadline, its term. */
function factsRead(version: RuleVersion): readonly string[] {
  let found = factsReadBy.get(version);
  if (!found) {
    const term = version.termijn;
    found = [
      ...(version.vanToepassing ? factsOf(version.vanToepassing) : []),
      ...(version.voorwaarden ? factsOf(version.voorwaarden) : []),
      ...(term ? [term.start, term.einde, `${PARAMETER_FACT_PREFIX}${term.duur}`] : []),
    ];
    factsReadBy.set(version, found);
  }
  return found;
}

// Per set of changed facts (made once per pair of readings), whether a version reads one of them.
const readsAnyOf = new WeakMap<ReadonlySet<string>, WeakMap<RuleVersion, boolean>>();

/** Whether this reading may judge the version differently from the literal reading. */
function readsChanged(reuse: Reuse, version: RuleVersion): boolean {
  let known = readsAnyOf.get(reuse.changed);
  if (!known) {
    known = new WeakMap();
    readsAnyOf.set(reuse.changed, known);
  }
  let reads = known.get(version);
  if (reads === undefined) {
    reads = factsRead(version).some((fact) => reuse.changed.has(fact));
    known.set(version, reads);
  }
  return reads;
}

/** The literal reading's verdict of a rule, if this reading cannot judge it differently. */
function previousVerdict(
  reuse: Reuse | undefined,
  rule: RuleFile,
  version: RuleVersion,
): Verdict | undefined {
  const previous = reuse?.verdicts.regels.get(rule.id);
  if (!reuse || !previous || previous.soort === 'buiten-werking' || previous.version !== version)
    return undefined;
  return readsChanged(reuse, version) ? undefined : previous;
}

interface RuleGroups {
  readonly planTests: readonly RuleFile[];
  readonly lineTests: readonly RuleFile[];
  readonly terms: readonly RuleFile[];
  /** The ids of all of them in receipt order (ADD-2 before ADD-10). */
  readonly order: readonly string[];
  /**
   * The order they are judged in: plan tests, cost-line tests, terms, each as in the rule set. The
   * receipt lists deadlines, and asks a fact several rules miss with the first rule's question, in it.
   */
  readonly judging: readonly string[];
}

const groups = new WeakMap<RuleSet, RuleGroups>();
const ruleIdOrder = new Intl.Collator('en', { numeric: true });

/** The rule set's tests and terms by kind, and their order, sorted out once per rule set. */
export function groupsOf(ruleSet: RuleSet): RuleGroups {
  let found = groups.get(ruleSet);
  if (!found) {
    const rules = [...ruleSet.regels.values()];
    const tests = rules.filter((rule) => rule.soort === 'toets');
    const planTests = tests.filter((rule) => rule.bereik === 'plan');
    const lineTests = tests.filter((rule) => rule.bereik === 'kostenregel');
    const terms = rules.filter((rule) => rule.soort === 'termijn');
    const judging = [...planTests, ...lineTests, ...terms].map((rule) => rule.id);
    found = {
      planTests,
      lineTests,
      terms,
      judging,
      order: [...judging].sort((a, b) => ruleIdOrder.compare(a, b)),
    };
    groups.set(ruleSet, found);
  }
  return found;
}

export function judgeRules(units: Units, reuse?: Reuse): Verdicts {
  const { ruleSet, versionOf } = units;
  const { planTests, lineTests, order } = groupsOf(ruleSet);
  // Another reading of the same plan on the same day has the same rules in force: it starts from the
  // literal reading's verdicts, in receipt order, and replaces only those it judges again.
  const verdicts = new Map<string, Verdict>(reuse?.verdicts.regels);
  const judgedHere: string[] = [];
  const put = (id: string, verdict: Verdict): void => {
    verdicts.set(id, verdict);
    judgedHere.push(id);
  };

  // Plan-level tests first: exceptions on cost lines read their outcomes.
  for (const rule of planTests) {
    const version = versionOf(rule);
    if (!version) {
      if (!reuse) put(rule.id, notInForce(rule));
      continue;
    }
    if (previousVerdict(reuse, rule, version)) continue;
    const unit = evaluateConditions(version, units.facts);
    put(rule.id, {
      soort: 'plan',
      rule,
      version,
      unit,
      uitkomst: unit.uitkomst,
      zelfVerklaard:
        unit.zelfVerklaard || (rule.zelfVerklaard && unit.uitkomst !== 'niet-van-toepassing'),
      ontbrekend: unit.ontbrekend,
    });
  }

  // Cost-line tests: each rule on each line once; exceptions read those outcomes, never re-run them.
  const perEenheid = new Map<RuleVersion, Map<string, UnitOutcome>>();
  /** A version on one line or period, judged once per reading or taken over from the literal one. */
  const onUnit = (version: RuleVersion, unit: LineUnitFacts, index: number): UnitOutcome => {
    let own = perEenheid.get(version);
    if (!own) {
      own = new Map();
      perEenheid.set(version, own);
    }
    let outcome = own.get(unit.key);
    if (!outcome) {
      outcome =
        (reuse && !readsChanged(reuse, version)
          ? reuse.verdicts.perEenheid.get(version)?.get(unit.key)
          : undefined) ?? evaluateConditions(version, unit.facts, index);
      own.set(unit.key, outcome);
    }
    return outcome;
  };

  /** The exception rules of `rule` on one unit: plan rules by their verdict, line rules on `facts`. */
  const exceptionFor = (
    rule: RuleFile,
    line: LineUnit,
    unit: LineUnitFacts,
  ): NonNullable<LineVerdict['exception']> & { zelfVerklaard: boolean } => {
    const regels: Array<{ id: string; uitkomst: Outcome }> = [];
    let zelfVerklaard = false;
    for (const id of rule.uitzonderingen) {
      const exception = ruleSet.regels.get(id);
      const version = exception ? versionOf(exception) : undefined;
      if (!exception || !version) continue;
      const judged: { uitkomst: Outcome; zelfVerklaard: boolean } =
        exception.bereik === 'kostenregel'
          ? onUnit(version, unit, line.index)
          : (verdicts.get(id) ?? UNKNOWN);
      regels.push({ id, uitkomst: judged.uitkomst });
      zelfVerklaard ||= judged.zelfVerklaard;
    }
    return { uitkomst: combine(regels.map((entry) => entry.uitkomst)), regels, zelfVerklaard };
  };

  const pair = (
    rule: RuleFile,
    line: LineUnit,
    base: UnitOutcome,
    unit: LineUnitFacts = wholeLine(line),
  ): LineVerdict => {
    if (
      rule.uitzonderingen.length === 0 ||
      base.uitkomst === 'voldoet' ||
      base.uitkomst === 'niet-van-toepassing'
    )
      return { base, effectief: base.uitkomst };
    const { zelfVerklaard, ...exception } = exceptionFor(rule, line, unit);
    return {
      base,
      exception,
      effectief: lift(base.uitkomst, exception.uitkomst),
      uitzonderingZelfVerklaard: zelfVerklaard,
    };
  };

  let geld: Verdicts['geld'];
  /** A cost-line rule is judged as before when neither it nor any of its exceptions can differ. */
  const unchangedLineRule = (rule: RuleFile, version: RuleVersion): Verdict | undefined => {
    const previous = previousVerdict(reuse, rule, version);
    if (!previous) return undefined;
    for (const id of rule.uitzonderingen) {
      const exception = ruleSet.regels.get(id);
      const exceptionVersion = exception ? versionOf(exception) : undefined;
      if (!exception || !exceptionVersion) continue;
      const same =
        exception.bereik === 'kostenregel'
          ? previousVerdict(reuse, exception, exceptionVersion) !== undefined
          : verdicts.get(id) === reuse?.verdicts.regels.get(id);
      if (!same) return undefined;
    }
    return previous;
  };

  for (const rule of lineTests) {
    const version = versionOf(rule);
    if (!version) {
      if (!reuse) put(rule.id, notInForce(rule));
      continue;
    }
    if (unchangedLineRule(rule, version)) {
      if (reuse?.verdicts.geld?.regel === rule.id) geld ??= reuse.verdicts.geld;
      continue;
    }
    const lines = units.lines.map((line) =>
      pair(rule, line, onUnit(version, wholeLine(line), line.index)),
    );
    const zonderKosten = units.plan.kosten === undefined;
    const explaining = rule.uitzonderingen
      .map((id) => ruleSet.regels.get(id))
      .find((candidate) => candidate?.uitzonderingOp === rule.id);
    const explainingVersion = explaining ? versionOf(explaining) : undefined;
    put(rule.id, {
      soort: 'kostenregel',
      rule,
      version,
      lines,
      zonderKosten,
      ...(explaining && explainingVersion
        ? { uitzondering: { rule: explaining, version: explainingVersion } }
        : {}),
      // The rule reports its outcome after the exception (BK-TM-02 with ADD-01 … ADD-08), as its
      // question does; each line keeps its base outcome beside it.
      uitkomst: zonderKosten ? 'onbekend' : combine(lines.map((line) => line.effectief)),
      zelfVerklaard: lines.some(
        (line) =>
          line.base.zelfVerklaard ||
          (line.effectief !== line.base.uitkomst && line.uitzonderingZelfVerklaard === true),
      ),
      ontbrekend: zonderKosten
        ? [
            {
              feit: 'plan.gebruiktUitzondering',
              invoer: 'kosten',
              vraag: { nl: 'Welke kosten heeft het plan?', en: 'What costs does the plan have?' },
              zelfVerklaard: false,
            },
          ]
        : sortMissing(lines.flatMap((line) => line.base.ontbrekend)),
    });
    // The money follows the base rule that has exceptions (BK-TM-02 with the Addendum), per period.
    if (rule.uitzonderingen.length > 0 && geld === undefined) {
      const perPeriode = new Map<string, Outcome>();
      for (const line of units.lines) {
        for (const { periode, facts } of line.periods) {
          const unit = { facts, key: periodKey(line.index, periode) };
          perPeriode.set(
            unit.key,
            pair(rule, line, onUnit(version, unit, line.index), unit).effectief,
          );
        }
      }
      geld = { regel: rule.id, perPeriode, perRegel: lines.map((line) => line.effectief) };
    }
  }

  for (const [id, verdict] of judgeDeadlines(units, reuse))
    if (verdicts.get(id) !== verdict) put(id, verdict);
  // A plan-level fact about every cost line is asked for the lines that leave it out (a verdict
  // taken over from the literal reading points at them already).
  for (const id of judgedHere) {
    const verdict = verdicts.get(id);
    if (!verdict) continue;
    const ontbrekend = pointAtLines(units.plan, verdict.ontbrekend);
    if (ontbrekend !== verdict.ontbrekend) verdicts.set(id, { ...verdict, ontbrekend });
  }
  // In receipt order, so that neither the receipt nor a comparison of readings sorts them again.
  // Another reading replaced values under the literal reading's keys, which are in that order.
  let regels = verdicts;
  if (!reuse) {
    regels = new Map<string, Verdict>();
    for (const id of order) {
      const verdict = verdicts.get(id);
      if (verdict) regels.set(id, verdict);
    }
  }
  return { regels, perEenheid, ...(geld ? { geld } : {}) };
}

/** Phase "deadlines": every `termijn` rule in force, on the plan's facts. */
export function judgeDeadlines(units: Units, reuse?: Reuse): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>();
  for (const rule of groupsOf(units.ruleSet).terms) {
    const version = units.versionOf(rule);
    if (!version) {
      verdicts.set(rule.id, notInForce(rule));
      continue;
    }
    const previous = reuse?.samePolicy ? previousVerdict(reuse, rule, version) : undefined;
    if (previous) {
      verdicts.set(rule.id, previous);
      continue;
    }
    // A term may itself apply only in some cases (e.g. a reclaim notice only when money is reclaimed).
    const applies = version.vanToepassing ? evaluateConditions(version, units.facts) : undefined;
    if (applies && applies.uitkomst !== 'voldoet') {
      verdicts.set(rule.id, {
        soort: 'termijn-speelt-niet',
        rule,
        version,
        unit: applies,
        uitkomst: applies.uitkomst,
        zelfVerklaard: false,
        ontbrekend: applies.ontbrekend,
      });
      continue;
    }
    const deadline = evaluateDeadline(
      rule,
      version,
      units.facts,
      units.parameters,
      units.policy,
      units.peildatum,
    );
    verdicts.set(rule.id, {
      soort: 'termijn',
      rule,
      version,
      deadline,
      uitkomst: deadline.uitkomst,
      zelfVerklaard: false,
      ontbrekend: deadline.ontbrekend,
    });
  }
  return verdicts;
}
