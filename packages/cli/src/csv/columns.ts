/**
 * The CSV layout of a plan, derived from the engine's field declarations (`planFields`), so a new
 * field of the plan is a new column without a second list:
 *
 * - a field of the plan: its path, e.g. `gemeente.deelname`;
 * - a field of a list of objects: the list with a 1-based number, e.g. `kosten2.domein`,
 *   `partijen1.rol`;
 * - the amounts of a cost line per period: `kosten1.bedrag.2026` (or `kosten1.bedrag.2026-03`);
 * - the row's options: `peildatum` and `varianten`.
 *
 * Values as Dutch Excel writes them: `ja`/`nee`, dates as dd-mm-jjjj, amounts with a decimal comma
 * (`1.234,56`), choices by their value, several choices separated by commas, `-` for an empty
 * (null) value such as "nog niet gebeurd", and an empty cell for "not given".
 */
import { planFields, type Issue, type PlanField } from '@iza-regels/engine';

/** What a column holds. */
export type Column =
  | {
      readonly kind: 'veld';
      readonly field: PlanField;
      readonly path: readonly (string | number)[];
    }
  | {
      readonly kind: 'bedrag';
      readonly field: PlanField;
      readonly lijst: number;
      readonly periode: string;
    }
  | { readonly kind: 'peildatum' }
  | { readonly kind: 'varianten' };

/** A list field `kosten[].domein` split into its list (`kosten`) and the rest (`domein`). */
function listParts(pad: string): { list: string; rest: string } | undefined {
  const match = /^([a-zA-Z]+)\[\]\.(.+)$/.exec(pad);
  return match ? { list: match[1] ?? '', rest: match[2] ?? '' } : undefined;
}

const fields = () => planFields().filter((field) => field.pad !== '$schema');

/** The amount of a period in a list: `kosten[].bedragen[].bedrag`, keyed by its `periode`. */
const isPeriodAmount = (field: PlanField): boolean =>
  /\[\]\.[a-zA-Z]+\[\]\.bedrag$/.test(field.pad);
const isPeriodKey = (field: PlanField): boolean => /\[\]\.[a-zA-Z]+\[\]\.periode$/.test(field.pad);

const PERIODE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** The column a header names, or undefined for a name that is not in the layout. */
export function columnFor(name: string): Column | undefined {
  if (name === 'peildatum') return { kind: 'peildatum' };
  if (name === 'varianten') return { kind: 'varianten' };
  for (const field of fields()) {
    if (isPeriodKey(field)) continue;
    const parts = listParts(field.pad);
    if (!parts) {
      if (field.pad === name) return { kind: 'veld', field, path: field.pad.split('.') };
      continue;
    }
    const match = /^([a-zA-Z]+)(\d+)\.(.+)$/.exec(name);
    if (!match || match[1] !== parts.list) continue;
    const index = Number(match[2]) - 1;
    if (index < 0) continue;
    const rest = match[3] ?? '';
    if (isPeriodAmount(field)) {
      const periode = /^bedrag\.(.+)$/.exec(rest)?.[1];
      if (periode !== undefined && PERIODE.test(periode))
        return { kind: 'bedrag', field, lijst: index, periode };
      continue;
    }
    if (rest === parts.rest)
      return { kind: 'veld', field, path: [parts.list, index, ...parts.rest.split('.')] };
  }
  return undefined;
}

/**
 * The header of the template: every plan field, three cost lines with amounts for 2025–2028, one
 * party; each cost line's columns together.
 */
export function templateHeader(): string[] {
  const names = ['peildatum', 'varianten'];
  const lists = new Map<string, PlanField[]>();
  for (const field of fields()) {
    if (isPeriodKey(field)) continue;
    const parts = listParts(field.pad);
    if (!parts) {
      names.push(field.pad);
      continue;
    }
    const members = lists.get(parts.list);
    if (members) {
      members.push(field);
      continue;
    }
    lists.set(parts.list, [field]);
    names.push(`{${parts.list}}`);
  }
  return names.flatMap((name) => {
    const list = /^\{(.+)\}$/.exec(name)?.[1];
    if (list === undefined) return [name];
    const count = list === 'kosten' ? 3 : 1;
    return Array.from({ length: count }, (_, index) =>
      (lists.get(list) ?? []).flatMap((field) => {
        const rest = listParts(field.pad)?.rest ?? '';
        if (!isPeriodAmount(field)) return [`${list}${index + 1}.${rest}`];
        return [2025, 2026, 2027, 2028].map((year) => `${list}${index + 1}.bedrag.${year}`);
      }),
    ).flat();
  });
}

const pick = (value: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null
        ? (node as Record<string | number, unknown>)[key]
        : undefined,
    value,
  );

const dutchAmount = (value: number): string => String(value).replace('.', ',');
export const dutchDate = (iso: string): string => iso.split('-').reverse().join('-');

/** A plan's cells under a header, as Dutch Excel would write them: for the template and tests. */
export function cellsOf(
  plan: unknown,
  names: readonly string[],
  options: { peildatum?: string } = {},
): string[] {
  return names.map((name) => {
    const column = columnFor(name);
    if (!column) return '';
    if (column.kind === 'peildatum') return options.peildatum ? dutchDate(options.peildatum) : '';
    if (column.kind === 'varianten') return '';
    if (column.kind === 'bedrag') {
      const bedragen = pick(plan, ['kosten', column.lijst, 'bedragen']);
      const entry = Array.isArray(bedragen)
        ? (bedragen as Array<{ periode: string; bedrag: number }>).find(
            (item) => item.periode === column.periode,
          )
        : undefined;
      return entry ? dutchAmount(entry.bedrag) : '';
    }
    const value = pick(plan, column.path);
    if (value === undefined) return '';
    if (value === null) return '-';
    if (typeof value === 'boolean') return value ? 'ja' : 'nee';
    if (Array.isArray(value)) return value.join(',');
    if (typeof value === 'number') return dutchAmount(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    return column.field.type === 'datum' ? dutchDate(value) : value;
  });
}

/** One CSV line: cells joined by `;`, quoted where needed. */
export const csvLine = (cells: readonly string[]): string =>
  `${cells.map((value) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(';')}\r\n`;

type Parsed = { ok: true; value: unknown } | { ok: false; nl: string; en: string };

const DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

function date(text: string): Parsed {
  const match = DATE.exec(text);
  if (match) {
    const [, day, month, year] = match;
    return {
      ok: true,
      value: `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`,
    };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { ok: true, value: text };
  return {
    ok: false,
    nl: `"${text}" is geen datum. Verwacht dd-mm-jjjj, bijvoorbeeld 23-11-2026.`,
    en: `"${text}" is not a date. Expected dd-mm-yyyy, for example 23-11-2026.`,
  };
}

/** An amount as Dutch Excel writes it: `1234,56`, `1.234,56`, `€ 1.234`. */
export function amount(text: string): Parsed {
  const plain = text.replace(/^€\s*/, '').replace(/\s/g, '');
  const dutch = /^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(plain) || /^-?\d+(,\d+)?$/.test(plain);
  if (dutch) return { ok: true, value: Number(plain.replace(/\./g, '').replace(',', '.')) };
  return {
    ok: false,
    nl: `"${text}" is geen bedrag. Verwacht een getal met een decimale komma, bijvoorbeeld 1234,56.`,
    en: `"${text}" is not an amount. Expected a number with a decimal comma, for example 1234,56.`,
  };
}

const YES = new Set(['ja', 'j', 'waar', 'true', '1']);
const NO = new Set(['nee', 'n', 'onwaar', 'false', '0']);

/** A cell's value for its field, or why it cannot be one. */
export function cellValue(field: PlanField, text: string): Parsed {
  if (text === '-' && field.leeg) return { ok: true, value: null };
  switch (field.type) {
    case 'boolean': {
      const lower = text.toLowerCase();
      if (YES.has(lower)) return { ok: true, value: true };
      if (NO.has(lower)) return { ok: true, value: false };
      return {
        ok: false,
        nl: `"${text}" is geen ja of nee.`,
        en: `"${text}" is not ja (yes) or nee (no).`,
      };
    }
    case 'datum':
      return date(text);
    case 'bedrag':
      return amount(text);
    case 'getal':
      return /^-?\d+$/.test(text)
        ? { ok: true, value: Number(text) }
        : {
            ok: false,
            nl: `"${text}" is geen geheel getal.`,
            en: `"${text}" is not a whole number.`,
          };
    case 'meerkeuze':
      return {
        ok: true,
        value: text
          .split(/[,|]/)
          .map((part) => part.trim())
          .filter(Boolean),
      };
    default:
      return { ok: true, value: text };
  }
}

export function cellIssue(column: string, text: { nl: string; en: string }): Issue {
  return {
    code: 'ongeldige-cel',
    pad: column,
    nl: text.nl,
    en: text.en,
  };
}

export { date as csvDate };
