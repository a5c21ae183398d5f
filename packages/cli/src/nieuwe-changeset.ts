/**
 * A changeset written from a diff (`iza-regels wijziging`): a title and a file name that say what
 * changed, the officer's reason, the `Geraakte regels:` and `Geraakte periodes:` lines and the section
 * `Gevolgen voor uitkomsten` in words and numbers, as `.changeset/README.md` asks. Pure: the command
 * asks the questions and writes the file.
 */
import { OUTCOME_LABEL, formatDate, type Outcome } from '@iza-regels/engine';
import type { Level, RuleDiff, WordChange } from '@iza-regels/engine/node';

export interface NieuweChangeset {
  /** The file name, without folder: `add-04-addendum-goedkeuringsdeadline-30-juni-2027.md`. */
  readonly naam: string;
  readonly tekst: string;
}

const number = (n: number): string => n.toLocaleString('nl-NL');

/** "voldoet niet"; the diff's own states (`buiten-werking`, `ongeldig`, `ontbreekt`) in words. */
function outcomeWords(outcome: string): string {
  const other: Record<string, string> = {
    'buiten-werking': 'geen regel van kracht',
    ongeldig: 'niet te toetsen',
    ontbreekt: 'niet in de uitslag',
  };
  return OUTCOME_LABEL[outcome as Outcome]?.nl ?? other[outcome] ?? outcome;
}

/** Lower case, letters and digits only, joined by hyphens: "ADD-04" → "add-04", "30 juni 2027" → "30-juni-2027". */
const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The ids of the rules whose text, versions or outcomes change, in the order the diff gives them. */
export function geraakteRegels(diff: RuleDiff): string[] {
  const ids = [
    ...diff.woorden.flatMap((change) => /^regel (\S+)$/.exec(change.onderwerp)?.[1] ?? []),
    ...diff.scenarios.wijzigingen.map((change) => change.regel),
    ...diff.gevallen.wijzigingen.flatMap((change) => (change.soort === 'regel' ? [change.id] : [])),
  ];
  return [...new Set(ids)];
}

/** The periods of new values and versions: "vanaf 2026-10-01", "2026-01-01 tot en met 2026-06-30". */
export function geraaktePeriodes(diff: RuleDiff): string[] {
  const periods = diff.woorden.flatMap((change) =>
    change.periode
      ? [
          change.periode.tot
            ? `${change.periode.vanaf} tot en met ${change.periode.tot}`
            : `vanaf ${change.periode.vanaf}`,
        ]
      : [],
  );
  // Outcomes can change without a dated value (a condition edited in place): their peildatums.
  if (periods.length === 0)
    periods.push(
      ...diff.scenarios.wijzigingen.map(
        (change) => `peildatum ${change.vanaf} tot en met ${change.tot}`,
      ),
    );
  return [...new Set(periods)];
}

/** The change that names the file and the title: the first that changes a value, else the first. */
const leading = (diff: RuleDiff): WordChange | undefined =>
  diff.woorden.find((change) => change.naar !== undefined) ?? diff.woorden[0];

/**
 * A file name from the change: the first rule it touches, the subject (a parameter's id, unless that
 * is the rule) and a new value, e.g. `add-04-addendum-goedkeuringsdeadline-30-juni-2027`. Never random
 * words: the name is what a reader of `.changeset/` sees first.
 */
export function bestandsnaam(diff: RuleDiff, taken: ReadonlySet<string> = new Set()): string {
  const first = leading(diff);
  const rule = geraakteRegels(diff)[0];
  const subject = first?.onderwerp.replace(/^(regel|parameter|vraag|variant) /, '');
  const parts = [rule, subject !== rule ? subject : undefined, first?.naar]
    .filter((part): part is string => part !== undefined && part !== '')
    .map(slug);
  const stem = [...new Set(parts)].join('-').slice(0, 80).replace(/-+$/, '') || 'wijziging-regels';
  let name = `${stem}.md`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.md`;
  return name;
}

/** The title: the first change in words, with its subject, and how many more there are. */
function titel(diff: RuleDiff): string {
  const first = leading(diff);
  if (!first) return 'Wijziging van de regels';
  const rest = diff.woorden.length - 1;
  // A parameter's words start with its title; a rule's ("nieuwe versie, …") need its id.
  const subject =
    first.onderwerp && !first.onderwerp.startsWith('parameter ')
      ? `${first.onderwerp[0]?.toUpperCase()}${first.onderwerp.slice(1)}: `
      : '';
  const more =
    rest > 0 ? ` (en ${rest} ${rest === 1 ? 'andere wijziging' : 'andere wijzigingen'})` : '';
  return `${subject}${first.nl}${more}`;
}

/** The section `Gevolgen voor uitkomsten`: every changed outcome with its count and smallest example. */
export function gevolgen(diff: RuleDiff): string[] {
  const { scenarios, gevallen } = diff;
  const lines: string[] = [];
  const seconds = (scenarios.ms / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  for (const change of scenarios.wijzigingen) {
    const vragen = diff.vragen[change.regel] ?? [];
    const vraag =
      vragen.length === 0
        ? ''
        : ` (${vragen.length === 1 ? 'vraag' : 'vragen'} ${vragen.join(', ')})`;
    const { peildatum, varianten, plan } = change.voorbeeld;
    const lezing = varianten.length > 0 ? ` in de lezing ${varianten.join(' en ')}` : '';
    lines.push(
      `- Regel ${change.regel}${vraag}: "${outcomeWords(change.oud)}" wordt "${outcomeWords(change.nieuw)}" in ${number(change.aantal)} van de ${number(scenarios.aantal)} scenario's, op peildatums van ${formatDate(change.vanaf, 'nl')} tot en met ${formatDate(change.tot, 'nl')} [${change.niveau}]. Kleinste voorbeeld: peildatum ${formatDate(peildatum, 'nl')}${lezing}, plan \`${JSON.stringify(plan)}\`.`,
    );
  }
  const grouped = new Map<string, { count: number; first: string }>();
  for (const change of gevallen.wijzigingen) {
    const key = `${change.soort === 'vraag' ? 'Vraag' : 'Regel'} ${change.id}: "${outcomeWords(change.oud)}" wordt "${outcomeWords(change.nieuw)}"`;
    const seen = grouped.get(key);
    if (seen) seen.count++;
    else grouped.set(key, { count: 1, first: change.geval });
  }
  for (const [key, { count, first }] of grouped)
    lines.push(
      `- ${key} in ${number(count)} van de ${number(gevallen.aantal)} uitgewerkte gevallen, bijvoorbeeld "${first}".`,
    );
  const tested = `${number(scenarios.aantal)} scenario's rond de grenzen van elke voorwaarde (in ${seconds} s) en ${number(gevallen.aantal)} uitgewerkte gevallen`;
  lines.push(
    '',
    lines.length === 0
      ? `Geen uitkomst verandert: getoetst op ${tested}.`
      : `Getoetst op ${tested}.`,
  );
  return lines;
}

/** The changeset for `diff` at `niveau`, with the officer's reason. */
export function nieuweChangeset(
  diff: RuleDiff,
  input: {
    readonly waarom: string;
    readonly niveau: Exclude<Level, 'geen'>;
    readonly basis: string;
  },
  taken: ReadonlySet<string> = new Set(),
): NieuweChangeset {
  const regels = geraakteRegels(diff);
  const periodes = geraaktePeriodes(diff);
  const wat = diff.woorden.map(
    (change) => `- ${change.onderwerp ? `${change.onderwerp}: ` : ''}${change.nl}`,
  );
  const tekst = [
    '---',
    `'@iza-regels/rules': ${input.niveau}`,
    '---',
    '',
    `# ${titel(diff)}`,
    '',
    input.waarom.trim(),
    '',
    `## Wat verandert er (sinds ${input.basis})`,
    '',
    ...wat,
    '',
    `Geraakte regels: ${regels.length > 0 ? regels.join(', ') : 'geen'}`,
    `Geraakte periodes: ${periodes.length > 0 ? periodes.join('; ') : 'geen'}`,
    '',
    '## Gevolgen voor uitkomsten',
    '',
    ...gevolgen(diff),
    '',
  ].join('\n');
  return { naam: bestandsnaam(diff, taken), tekst };
}
