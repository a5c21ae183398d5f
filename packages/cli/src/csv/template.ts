/**
 * The template CSV for the downloads page and its column description, both made from the column
 * layout the reader uses (columns.ts): the template as Dutch Excel saves it (UTF-8 with a byte-order
 * mark, `;`, CRLF, decimal comma, dd-mm-jjjj) with example plans as rows, and for each column (the
 * columns of the numbered cost lines and parties once, with N) what it asks and how to fill it in,
 * in plain Dutch and English. `pnpm sjabloon` writes both into the site.
 */
import type { PlanField } from '@iza-regels/engine';
import { cellsOf, columnFor, csvLine, templateHeader } from './columns.ts';

type Text = { readonly nl: string; readonly en: string };

export interface ColumnDescription {
  /** The column's name, with N for the number of a cost line or party, JJJJ for a year. */
  readonly kolom: string;
  readonly vraag: Text;
  readonly invullen: Text;
}

/** The template: the header and one row per plan, with an empty peildatum (the command's). */
export function templateCsv(plans: readonly unknown[]): string {
  const names = templateHeader();
  return `\uFEFF${[names, ...plans.map((plan) => cellsOf(plan, names))].map(csvLine).join('')}`;
}

const list = (values: readonly string[], nl: boolean): string =>
  values.length < 2
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} ${nl ? 'of' : 'or'} ${values.at(-1) ?? ''}`;

/** How to fill in a field's cell, by its kind of value. */
function howTo(field: PlanField): Text {
  const choices = (field.keuzes ?? []).map((choice) => choice.waarde);
  const base: Text = {
    boolean: { nl: 'ja of nee.', en: 'ja (yes) or nee (no).' },
    datum: { nl: 'Een datum: dd-mm-jjjj.', en: 'A date: dd-mm-yyyy.' },
    keuze: { nl: `Eén van: ${list(choices, true)}.`, en: `One of: ${list(choices, false)}.` },
    meerkeuze: {
      nl: `Een of meer van: ${choices.join(', ')}, met komma's ertussen.`,
      en: `One or more of: ${choices.join(', ')}, separated by commas.`,
    },
    getal: { nl: 'Een heel getal.', en: 'A whole number.' },
    bedrag: {
      nl: 'Een bedrag in euro, met een komma voor de centen: 1234,56.',
      en: 'An amount in euro, with a comma before the cents: 1234,56.',
    },
    tekst: { nl: 'Tekst.', en: 'Text.' },
  }[field.type];
  if (field.leeg === undefined) return base;
  return {
    nl: `${base.nl} Een streepje (-): ${field.leeg.nl.toLowerCase()}.`,
    en: `${base.en} A dash (-): ${field.leeg.en.toLowerCase()}.`,
  };
}

const OPTIONS: Readonly<Record<string, ColumnDescription>> = {
  peildatum: {
    kolom: 'peildatum',
    vraag: {
      nl: 'Op welke datum toetst u dit plan?',
      en: 'On which date do you evaluate this plan?',
    },
    invullen: {
      nl: 'Een datum: dd-mm-jjjj. Leeg: de peildatum van de opdracht.',
      en: 'A date: dd-mm-yyyy. Empty: the reference date of the command.',
    },
  },
  varianten: {
    kolom: 'varianten',
    vraag: {
      nl: 'Welke andere lezingen van de regels rekent u mee?',
      en: 'Which other readings of the rules do you include?',
    },
    invullen: {
      nl: "De namen van de varianten, met komma's ertussen. Meestal leeg.",
      en: 'The names of the variants, separated by commas. Usually empty.',
    },
  },
};

/** Every column of the template once: numbered lists as N, years of an amount as JJJJ. */
export function columnDescriptions(): ColumnDescription[] {
  const seen = new Map<string, ColumnDescription>();
  for (const name of templateHeader()) {
    const column = columnFor(name);
    if (column === undefined) continue;
    const kolom = name.replace(/^([a-zA-Z]+)\d+\./, '$1N.').replace(/\.\d{4}$/, '.JJJJ');
    if (seen.has(kolom)) continue;
    if (column.kind === 'peildatum' || column.kind === 'varianten') {
      seen.set(kolom, OPTIONS[column.kind] as ColumnDescription);
      continue;
    }
    const invullen = howTo(column.field);
    seen.set(kolom, {
      kolom,
      vraag: column.field.vraag,
      invullen:
        column.kind === 'bedrag'
          ? {
              nl: `${invullen.nl} JJJJ is het jaar (of JJJJ-MM voor een maand).`,
              en: `${invullen.en} JJJJ is the year (or JJJJ-MM for a month).`,
            }
          : invullen,
    });
  }
  return [...seen.values()];
}
