/**
 * From a validated plan to the flat facts the rules test. A fact that cannot be known from the input is
 * left out (undefined), so the condition that needs it is `onbekend` instead of silently false.
 */
import {
  addYears,
  compareDates,
  isoDate,
  parseDate,
  periodBounds,
  type PlainDate,
} from '../dates/calendar.ts';
import type { CostLine, Plan } from '../input/schema.ts';
import { fromCents, toCents } from '../money/cents.ts';
import { FACTS } from './catalogue.ts';

/** `null` means: known not to have happened (an event with no date yet); a missing key means unknown. */
export type Facts = Record<string, string | number | boolean | null>;

/** Facts as derived, one entry per fact: what a unit's `FactTable` holds. */
export type FactMap = Map<string, Facts[string]>;

const LINE = 'kosten[].';
/** A fact copied from one input field, with the field's path split once rather than per plan. */
interface Copy {
  readonly id: string;
  readonly keys: readonly string[];
}
const copies = FACTS.filter((fact) => !fact.afgeleid);
const PLAN_COPIES: readonly Copy[] = copies
  .filter((fact) => fact.bereik === 'plan')
  .map(({ id, invoer }) => ({ id, keys: invoer.split('.') }));
const LINE_COPIES: readonly Copy[] = copies
  .filter((fact) => fact.bereik === 'kostenregel')
  .map(({ id, invoer }) => ({ id, keys: invoer.slice(LINE.length).split('.') }));

/** The scalar at a path (`spuk.documenten.mandaat`); a list or an object is not a fact. */
function valueAt(
  input: object,
  keys: readonly string[],
): string | number | boolean | null | undefined {
  let value: unknown = input;
  for (const key of keys)
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  return typeof value === 'object' && value !== null
    ? undefined
    : (value as string | number | boolean | null | undefined);
}

const TRANSFORMATION_FUND_ROUTES = new Set(['spuk', 'zorgverzekeraar', 'zorgkantoor']);
const INSURER_ROUTES = new Set(['zorgverzekeraar', 'zorgkantoor']);
/** "na 2027" in the Addendum's Overige afspraken (ADD-09) is a fixed year in the text, not a parameter. */
const END_OF_2027 = parseDate('2027-12-31');

function put(
  facts: FactMap,
  id: string,
  value: string | number | boolean | null | undefined,
): void {
  if (value !== undefined) facts.set(id, value);
}

/** Three-valued "some": true if any item is known true, false if all are known false, else unknown. */
function some<T>(items: readonly T[], test: (item: T) => boolean | undefined): boolean | undefined {
  let unknown = false;
  for (const item of items) {
    const answer = test(item);
    if (answer === true) return true;
    if (answer === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

export const isFromTransformationFunds = (line: CostLine): boolean | undefined =>
  line.financiering === undefined ? undefined : TRANSFORMATION_FUND_ROUTES.has(line.financiering);

/**
 * Incidental or structural, when the line says so. `null` (the business case does not split the cost)
 * says as little about the nature of the cost as a missing `aard`.
 */
const natureOf = (line: CostLine): 'incidenteel' | 'structureel' | undefined =>
  line.aard ?? undefined;

/** Structural social-domain costs paid from transformation funds: the lines that need the Addendum. */
export function needsException(line: CostLine): boolean | undefined {
  const nature = natureOf(line);
  const known = [
    nature === undefined ? undefined : nature === 'structureel',
    line.domein === undefined ? undefined : line.domein === 'sociaal',
    isFromTransformationFunds(line),
  ];
  if (known.includes(false)) return false;
  return known.includes(undefined) ? undefined : true;
}

export function lastDayOf(line: CostLine): PlainDate {
  return line.bedragen
    .map((amount) => periodBounds(amount.periode).last)
    .reduce((latest, day) => (compareDates(day, latest) > 0 ? day : latest));
}

/** Regions match regardless of case and surrounding spaces ("Noord-Veluwe" = "noord-veluwe "). */
const sameRegion = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** The first day a cost line has amounts for. */
export function firstDayOf(line: CostLine): PlainDate {
  return line.bedragen
    .map((amount) => periodBounds(amount.periode).first)
    .reduce((earliest, day) => (compareDates(day, earliest) < 0 ? day : earliest));
}

/** The plan's own facts; which variants hold is a fact of the reading (`evaluate/units.ts`). */
export function planFacts(plan: Plan, peildatum: PlainDate): FactMap {
  const facts: FactMap = new Map();
  put(facts, 'peildatum', isoDate(peildatum));
  // Plain copies of one field each: `proces.startgesprek`, `plan.landelijk`, the event dates.
  for (const { id, keys } of PLAN_COPIES) put(facts, id, valueAt(plan, keys));
  const domains = plan.domeinen;
  put(
    facts,
    'plan.zorgEnSociaal',
    domains && domains.includes('zorg') && domains.includes('sociaal'),
  );
  put(facts, 'plan.sociaalDomein', domains?.includes('sociaal'));
  put(
    facts,
    'plan.domeinoverstijgend',
    domains && domains.includes('zorg') && (domains.includes('sociaal') || domains.includes('wlz')),
  );
  if (plan.startdatum !== undefined && plan.resultatenUiterlijk !== undefined) {
    // BK Stap 3 voorwaarde 5: within five years of the start (the day itself still counts, CAL-06).
    const limit = addYears(parseDate(plan.startdatum), 5);
    put(
      facts,
      'plan.resultatenBinnenVijfJaar',
      compareDates(parseDate(plan.resultatenUiterlijk), limit) <= 0,
    );
  }
  const coordinator = plan.beoordeling?.regiocoordinatorRegio;
  put(
    facts,
    'beoordeling.regiocoordinatorToegewezen',
    coordinator === undefined ? undefined : coordinator !== null,
  );
  if (typeof coordinator === 'string' && plan.regio !== undefined) {
    put(facts, 'beoordeling.regiocoordinatorUitEigenRegio', sameRegion(coordinator, plan.regio));
  }
  put(facts, 'impact.aantalCriteria', plan.impact?.criteria?.length);
  const account = plan.verantwoording;
  if (account?.ontvangen !== undefined && account.werkelijkeKosten !== undefined) {
    const saldo = toCents(account.ontvangen) - toCents(account.werkelijkeKosten);
    put(facts, 'verantwoording.saldo', fromCents(saldo));
  }

  const spuk = plan.spuk;
  const applied = spuk?.aanvraagIngediend;
  if (typeof applied === 'string') {
    // DUS-I: costs only from the application year and the year directly before it.
    const year = parseDate(applied).year;
    if (spuk?.vroegsteKostenjaar !== undefined)
      put(facts, 'spuk.kostenjarenOk', spuk.vroegsteKostenjaar >= year - 1);
    const approved = plan.gebeurtenissen?.planGoedgekeurd;
    if (approved === null) put(facts, 'spuk.planGoedgekeurdVoorAanvraag', false);
    else if (typeof approved === 'string')
      put(
        facts,
        'spuk.planGoedgekeurdVoorAanvraag',
        compareDates(parseDate(approved), parseDate(applied)) <= 0,
      );
  }
  // DUS-I: SiSa at the latest on 15 July of the year after the year accounted for.
  if (spuk?.verantwoordingsjaar !== undefined)
    put(facts, 'spuk.sisaUiterlijk', `${spuk.verantwoordingsjaar + 1}-07-15`);

  const lines = plan.kosten;
  if (lines !== undefined) {
    put(facts, 'plan.gebruiktUitzondering', some(lines, needsException));
    put(facts, 'plan.vraagtTransformatiemiddelen', some(lines, isFromTransformationFunds));
    put(
      facts,
      'kosten.viaSpuk',
      some(lines, (line) =>
        line.financiering === undefined ? undefined : line.financiering === 'spuk',
      ),
    );
    // The cost lines are the business case: `aard: null` is a cost it does not split. A line without
    // `aard` does not say: unknown (ask that line's `aard`), not "not split".
    put(
      facts,
      'kosten.gesplitst',
      lines.some((line) => line.aard === null)
        ? false
        : lines.every((line) => line.aard !== undefined) || undefined,
    );
    put(
      facts,
      'kosten.structureelSociaalNa2027BijVerzekeraar',
      some(lines, (line) => {
        const afterEnd = compareDates(lastDayOf(line), END_OF_2027) > 0;
        if (
          !afterEnd ||
          natureOf(line) === 'incidenteel' ||
          (line.domein !== undefined && line.domein !== 'sociaal')
        )
          return false;
        if (line.financiering !== undefined && !INSURER_ROUTES.has(line.financiering)) return false;
        return natureOf(line) === undefined ||
          line.domein === undefined ||
          line.financiering === undefined
          ? undefined
          : true;
      }),
    );
  }
  return facts;
}

export function costLineFacts(line: CostLine): FactMap {
  const facts: FactMap = new Map();
  for (const { id, keys } of LINE_COPIES) put(facts, id, valueAt(line, keys));
  put(facts, 'kostenregel.aard', natureOf(line));
  put(facts, 'kostenregel.uitTransformatiemiddelen', isFromTransformationFunds(line));
  put(facts, 'kostenregel.structureelSociaalUitTm', needsException(line));
  put(facts, 'kostenregel.laatsteDag', isoDate(lastDayOf(line)));
  put(facts, 'kostenregel.eersteDag', isoDate(firstDayOf(line)));
  return facts;
}
