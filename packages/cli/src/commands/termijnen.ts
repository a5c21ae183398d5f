/**
 * `iza-regels termijnen`: the reaction-time deadlines and the backward planning for the event dates
 * given as options, without a whole plan.
 */
import { deadlines, fixedDates, type DeadlinesResult, type RuleSet } from '@iza-regels/engine';
import { EVALUATION_OPTIONS, parse, type Language } from '../args.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { json, out } from '../io.ts';
import { dateIssue, evaluationFlags, optionsAreValid } from '../options.ts';
import { reportIssues } from '../report.ts';
import { loadRules } from '../rules.ts';
import { paintFor, type Paint } from '../style.ts';
import { deadlineLines, planningLines } from '../text-termijnen.ts';
import { formatIsoDate, isIsoDate, say } from '../words.ts';

/** Each option and the event (`gebeurtenissen.*` in a plan) it sets. */
export const EVENT_OPTIONS = {
  'snelle-toets-compleet': 'snelleToetsCompleetOntvangen',
  'snelle-toets-goedgekeurd': 'snelleToetsGoedgekeurd',
  'plan-ingediend': 'planIngediend',
  'plan-compleet': 'planCompleetOntvangen',
  'plan-goedgekeurd': 'planGoedgekeurd',
} as const;

const OPTIONS = {
  ...EVALUATION_OPTIONS,
  'snelle-toets-compleet': { type: 'string' },
  'snelle-toets-goedgekeurd': { type: 'string' },
  'plan-ingediend': { type: 'string' },
  'plan-compleet': { type: 'string' },
  'plan-goedgekeurd': { type: 'string' },
} as const;

type Valid = Extract<DeadlinesResult, { geldig: true }>;

interface Header {
  readonly ruleSet: RuleSet;
  readonly variants: readonly string[];
  readonly gebeurtenissen: Readonly<Record<string, string>>;
}

function renderText(result: Valid, header: Header, lang: Language, paint: Paint): string {
  const { versie, hash } = header.ruleSet;
  const variants =
    header.variants.length > 0 ? header.variants.join(', ') : say(lang, { nl: 'geen', en: 'none' });
  const lines = [
    paint('bold', say(lang, { nl: 'IZA-regels: termijnen', en: 'IZA rules: deadlines' })),
    `${say(lang, { nl: 'Regelset', en: 'Rule set' })}: ${versie} (${hash})`,
    `${say(lang, { nl: 'Peildatum', en: 'Reference date' })}: ${formatIsoDate(result.peildatum, lang)}`,
    `${say(lang, { nl: 'Varianten', en: 'Variants' })}: ${variants}`,
  ];
  const explained = new Map(result.uitleg.map((entry) => [entry.regel, entry[lang]]));
  if (result.termijnen.length === 0) {
    lines.push(
      '',
      say(lang, {
        nl: 'Geen termijnen berekend: geef een startdatum, bijvoorbeeld --snelle-toets-compleet 2026-03-02.',
        en: 'No deadlines computed: give a start date, for example --snelle-toets-compleet 2026-03-02.',
      }),
    );
  }
  for (const deadline of result.termijnen)
    lines.push(
      '',
      ...deadlineLines(deadline, lang, paint, explained.get(deadline.regel), {
        feestdagen: header.ruleSet.feestdagen,
        vast: fixedDates(result.planning, result.einddatum),
      }),
    );
  const withoutStart = result.uitleg.filter(
    (entry) => !result.termijnen.some((deadline) => deadline.regel === entry.regel),
  );
  if (withoutStart.length > 0) {
    lines.push(
      '',
      paint(
        ['bold', 'underline'],
        say(lang, { nl: 'Nog zonder startdatum', en: 'No start date yet' }),
      ),
    );
    for (const entry of withoutStart) lines.push(`${entry.regel}: ${entry[lang]}`);
  }
  if (result.planning.length > 0) {
    lines.push(
      '',
      paint(
        ['bold', 'underline'],
        say(lang, { nl: 'Planning (terugrekenen)', en: 'Planning (working backwards)' }),
      ),
    );
    lines.push(...planningLines(result.planning, lang, paint, header.gebeurtenissen));
  }
  return `${lines.join('\n')}\n`;
}

export async function termijnenCommand(args: readonly string[]): Promise<ExitCode> {
  const { values } = parse(args, OPTIONS, 0);
  const flags = evaluationFlags(values);

  const gebeurtenissen: Record<string, string> = {};
  const badDates = [];
  for (const [option, event] of Object.entries(EVENT_OPTIONS)) {
    const value = values[option as keyof typeof EVENT_OPTIONS];
    if (value === undefined) continue;
    if (isIsoDate(value)) gebeurtenissen[event] = value;
    else badDates.push({ option: `--${option}`, value });
  }
  if (badDates.length > 0) {
    for (const { option, value } of badDates) reportIssues([dateIssue(option, value)]);
    return EXIT.dataErr;
  }

  const ruleSet = await loadRules(flags.regels);
  if (!optionsAreValid(ruleSet, flags.engine)) return EXIT.dataErr;
  const result = await deadlines(ruleSet, { gebeurtenissen, ...flags.engine });
  if (!result.geldig) {
    const optionFor = new Map(
      Object.entries(EVENT_OPTIONS).map(([option, event]) => [
        `gebeurtenissen.${event}`,
        `--${option}`,
      ]),
    );
    for (const issue of result.problemen) reportIssues([issue], optionFor.get(issue.pad));
    return EXIT.dataErr;
  }
  out(
    flags.format === 'json'
      ? json(result)
      : renderText(
          result,
          { ruleSet, variants: [flags.engine.variant ?? []].flat(), gebeurtenissen },
          flags.lang,
          paintFor(process.stdout),
        ),
  );
  return EXIT.ok;
}
