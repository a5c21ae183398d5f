/**
 * The options of `evaluate` (peildatum, variants, other readings), checked on their own: tools check
 * them once before a batch, and `evaluateWith` checks them before every evaluation. Any value is
 * answered with normalized options or with problems naming the option, never with an exception.
 */
import { parseDate, todayInAmsterdam, type PlainDate } from '../dates/calendar.ts';
import { isSupportedYear, outsideSupportedDates } from '../dates/schema.ts';
import { PlanSchema, type Plan } from '../input/schema.ts';
import { malformedTexts } from '../input/well-formed.ts';
import { parseWithIssues, type Issue } from '../rules/issues.ts';
import type { RuleSet } from '../rules/ruleset.ts';

export interface EvaluateOptions {
  /** ISO date (YYYY-MM-DD, 1900 to 2200); defaults to today in Europe/Amsterdam. */
  readonly peildatum?: string;
  /** One or more variant ids from `rules/varianten/`, e.g. `azwa-2028` or `doorrollen`. */
  readonly variant?: string | readonly string[];
  /**
   * Also evaluate every variant not chosen and report what it would change (`andereLezingen`).
   * Default true; batch tools that only need the outcomes can switch it off.
   */
  readonly andereLezingen?: boolean;
  /**
   * `volledig` (default): every rule with the trace of each condition and each cited text once.
   * `samenvatting`: outcomes, with reasons and clause keys only where a rule says no or cannot tell
   * yet; for storing many receipts.
   */
  readonly detail?: Detail;
}

export type Detail = 'volledig' | 'samenvatting';
const DETAILS: readonly Detail[] = ['volledig', 'samenvatting'];

/** The options after checking: a civil date, the distinct variants in the order given, a flag. */
export interface CheckedOptions {
  readonly peildatum: PlainDate;
  readonly varianten: readonly string[];
  readonly andereLezingen: boolean;
  readonly detail: Detail;
}

export type OptionsCheck =
  | { readonly ok: true; readonly options: CheckedOptions }
  | { readonly ok: false; readonly issues: Issue[] };

const KNOWN: ReadonlySet<string> = new Set(['peildatum', 'variant', 'andereLezingen', 'detail']);

/** A value as the problem shows it: as JSON where it can be, else as JavaScript would write it. */
function shown(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // A BigInt or an object with a cycle: fall through.
  }
  return Object.prototype.toString.call(value) === '[object Object]' ? '{…}' : String(value);
}

/** A peildatum as written: exactly `YYYY-MM-DD`, a real calendar date, in the supported years. */
function checkPeildatum(value: unknown): { date?: PlainDate; issue?: Issue } {
  const text = typeof value === 'string' ? value : shown(value);
  const invalid: Issue = {
    code: 'ongeldige-peildatum',
    pad: 'opties.peildatum',
    nl: `De peildatum "${text}" is geen geldige datum. Verwacht: JJJJ-MM-DD, bijvoorbeeld 2026-11-23.`,
    en: `The reference date "${text}" is not a valid date. Expected: YYYY-MM-DD, for example 2026-11-23.`,
  };
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return { issue: invalid };
  let date: PlainDate;
  try {
    date = parseDate(value);
  } catch {
    return { issue: invalid };
  }
  if (!isSupportedYear(date.year)) {
    const { nl, en } = outsideSupportedDates(value);
    return {
      issue: {
        code: 'peildatum-buiten-bereik',
        pad: 'opties.peildatum',
        nl: `Peildatum: ${nl}`,
        en: `Reference date: ${en}`,
      },
    };
  }
  return { date };
}

function variantList(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string'))
    return [...new Set(value)];
  return undefined;
}

/** Check options for `evaluateWith`; anything that is not a plain object of known options is refused. */
export function checkOptions(ruleSet: RuleSet, options: unknown = {}): OptionsCheck {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return {
      ok: false,
      issues: [
        {
          code: 'ongeldige-opties',
          pad: 'opties',
          nl: `De opties moeten een object zijn, bijvoorbeeld {"peildatum": "2026-11-23"}, niet ${shown(options)}.`,
          en: `The options must be an object, for example {"peildatum": "2026-11-23"}, not ${shown(options)}.`,
        },
      ],
    };
  }
  const given = options as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(given).filter((name) => !KNOWN.has(name))) {
    issues.push({
      code: 'onbekende-optie',
      pad: `opties.${key}`,
      nl: `Onbekende optie "${key}". Kies uit: ${[...KNOWN].join(', ')}.`,
      en: `Unknown option "${key}". Choose from: ${[...KNOWN].join(', ')}.`,
    });
  }

  const peildatum =
    given.peildatum === undefined ? { date: todayInAmsterdam() } : checkPeildatum(given.peildatum);
  if (peildatum.issue) issues.push(peildatum.issue);

  const varianten = variantList(given.variant);
  const known = [...ruleSet.varianten.keys()].join(', ');
  if (varianten === undefined) {
    issues.push({
      code: 'ongeldige-variant',
      pad: 'opties.variant',
      nl: `De variant moet een naam of een lijst van namen zijn. Kies uit: ${known}.`,
      en: `The variant must be a name or a list of names. Choose from: ${known}.`,
    });
  }
  for (const variant of varianten ?? []) {
    if (ruleSet.varianten.has(variant)) continue;
    issues.push({
      code: 'onbekende-variant',
      pad: 'opties.variant',
      nl: `Onbekende variant "${variant}". Kies uit: ${known}.`,
      en: `Unknown variant "${variant}". Choose from: ${known}.`,
    });
  }

  const andereLezingen = given.andereLezingen ?? true;
  if (typeof andereLezingen !== 'boolean') {
    issues.push({
      code: 'ongeldige-andere-lezingen',
      pad: 'opties.andereLezingen',
      nl: `andereLezingen moet true of false zijn, niet ${shown(andereLezingen)}.`,
      en: `andereLezingen must be true or false, not ${shown(andereLezingen)}.`,
    });
  }

  const detail = given.detail ?? 'volledig';
  if (!DETAILS.includes(detail as Detail)) {
    issues.push({
      code: 'onbekend-detail',
      pad: 'opties.detail',
      nl: `Onbekend detail ${shown(detail)}. Kies uit: ${DETAILS.join(', ')}.`,
      en: `Unknown detail ${shown(detail)}. Choose from: ${DETAILS.join(', ')}.`,
    });
  }

  if (issues.length > 0 || !peildatum.date || varianten === undefined) return { ok: false, issues };
  return {
    ok: true,
    options: {
      peildatum: peildatum.date,
      varianten,
      andereLezingen: andereLezingen === true,
      detail: detail as Detail,
    },
  };
}

export type RequestCheck =
  | { readonly ok: true; readonly plan: Plan; readonly options: CheckedOptions }
  | { readonly ok: false; readonly issues: Issue[] };

/** A plan and its options checked together: the problems of both at once, options first. */
export function checkRequest(ruleSet: RuleSet, input: unknown, options: unknown): RequestCheck {
  const parsed = parseWithIssues(PlanSchema, input);
  const checked = checkOptions(ruleSet, options);
  const malformed = parsed.ok ? malformedTexts(parsed.value) : [];
  if (parsed.ok && checked.ok && malformed.length === 0)
    return { ok: true, plan: parsed.value, options: checked.options };
  return {
    ok: false,
    issues: [...(checked.ok ? [] : checked.issues), ...(parsed.ok ? malformed : parsed.issues)],
  };
}
