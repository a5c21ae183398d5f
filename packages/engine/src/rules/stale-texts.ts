/**
 * Dates and durations in a rule's own words (title, explanations, condition texts) that no longer match
 * the parameters the rule reads: "uiterlijk eind 2026" after the deadline moved to 30 June 2027, or
 * "binnen 4 weken" after the reaction time became 6 weeks. The receipt would then contradict itself.
 *
 * Without history a check cannot know which words describe which parameter, so it reports two cases:
 * a date that no parameter, condition or version of the rules has (the value was changed in place),
 * and a superseded value of a parameter the rule reads while the texts never name its current value
 * (a new dated version was added). Quotes are the source's words and are left alone.
 */
import { Temporal } from 'temporal-polyfill';
import { durationText, formatDate, MONTHS } from '../explain/render.ts';
import type { Issue } from './issues.ts';
import type { RuleSet } from './ruleset.ts';
import type { ParameterFile, RuleFile, Text } from './schema.ts';
import { byText } from '../text-order.ts';

const iso = (year: number, month: number, day: number): string | undefined => {
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return undefined;
  }
};

/** The dates a Dutch text names, with the words that name them: "31 december 2026", "eind 2026", ISO. */
export function datesIn(text: string): Array<{ datum: string; woorden: string }> {
  const found: Array<{ datum: string; woorden: string }> = [];
  for (const match of text.matchAll(/\b(\d{1,2}) ([a-z]+) (\d{4})\b/g)) {
    const month = MONTHS.nl.indexOf(match[2] ?? '');
    const datum = month < 0 ? undefined : iso(Number(match[3]), month + 1, Number(match[1]));
    if (datum) found.push({ datum, woorden: match[0] });
  }
  for (const match of text.matchAll(/\beind (\d{4})\b/g))
    found.push({ datum: `${match[1]}-12-31`, woorden: match[0] });
  for (const match of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const datum = iso(Number(match[1]), Number(match[2]), Number(match[3]));
    if (datum) found.push({ datum, woorden: match[0] });
  }
  return found;
}

/** The durations a Dutch text names: "4 weken", "8 weken", "4 maanden". */
const durationsIn = (text: string): string[] =>
  [...text.matchAll(/\b\d+ (?:dag|dagen|week|weken|maand|maanden)\b/g)].map((match) => match[0]);

const day = (date: string, days: number): string =>
  Temporal.PlainDate.from(date).add({ days }).toString();

/** A parameter's values, the current one (the version that starts last) apart. */
function values(parameter: ParameterFile): { current: string[]; superseded: string[] } {
  const readings = [parameter.versies, ...Object.values(parameter.varianten)];
  const current = readings.flatMap((versies) => {
    const last = [...versies].sort((a, b) => byText(a.geldigVan, b.geldigVan)).at(-1);
    return last ? [String(last.waarde)] : [];
  });
  const all = readings.flat().map((versie) => String(versie.waarde));
  return { current, superseded: all.filter((value) => !current.includes(value)) };
}

/** The user-facing texts of a rule that are its own words (not quotes), with their paths. */
function textsOf(rule: RuleFile): Array<{ pad: string; nl: string }> {
  const texts: Array<{ pad: string; text: Text }> = [{ pad: 'titel', text: rule.titel }];
  rule.versies.forEach((versie, index) => {
    for (const [key, text] of Object.entries(versie.uitleg ?? {}))
      if (text) texts.push({ pad: `versies[${index}].uitleg.${key}`, text });
    for (const [name, text] of Object.entries(versie.voorwaardeTeksten))
      texts.push({ pad: `versies[${index}].voorwaardeTeksten.${name}`, text });
  });
  return texts.map(({ pad, text }) => ({ pad: `${pad}.nl`, nl: text.nl }));
}

/** The parameters a rule reads: in its conditions, its term, or as a {placeholder}. */
function readBy(rule: RuleFile, ruleSet: RuleSet): ParameterFile[] {
  const text = JSON.stringify(rule.versies);
  return [...ruleSet.parameters.values()].filter(
    (parameter) =>
      text.includes(`"parameter.${parameter.id}"`) ||
      text.includes(`{${parameter.id}}`) ||
      rule.versies.some((versie) => versie.termijn?.duur === parameter.id),
  );
}

export function staleTexts(ruleSet: RuleSet, paths: ReadonlyMap<string, string>): Issue[] {
  // Every date the rules themselves carry: parameter values, literal dates in conditions, version
  // bounds; a text may name one of these or the day on either side ("vóór 1 januari 2027").
  const known = new Set<string>();
  const allDates = JSON.stringify([...ruleSet.regels.values(), ...ruleSet.parameters.values()]);
  for (const match of allDates.matchAll(/"(\d{4}-\d{2}-\d{2})"/g))
    if (match[1]) for (const offset of [-1, 0, 1]) known.add(day(match[1], offset));
  const issues: Issue[] = [];
  for (const rule of ruleSet.regels.values()) {
    const parameters = readBy(rule, ruleSet);
    const texts = textsOf(rule);
    const dated = parameters.filter((parameter) => parameter.type === 'datum').map(values);
    const named = new Set(texts.flatMap((text) => datesIn(text.nl).map((entry) => entry.datum)));
    const durations = parameters
      .filter((parameter) => parameter.type === 'duur')
      .map((parameter) => ({ parameter, ...values(parameter) }));
    const namedDurations = new Set(texts.flatMap((text) => durationsIn(text.nl)));
    const report = (pad: string, nl: string, en: string) =>
      issues.push({
        code: 'tekst-verouderd',
        bestand: paths.get(rule.id) ?? `regels/${rule.id}.json`,
        regel: rule.id,
        pad,
        nl,
        en,
      });
    for (const { pad, nl } of texts) {
      const seen = new Set<string>();
      for (const { datum, woorden } of datesIn(nl)) {
        if (seen.has(woorden)) continue;
        seen.add(woorden);
        const near = (value: string) => [-1, 0, 1].some((offset) => day(value, offset) === datum);
        const old = dated.find(
          (entry) =>
            entry.superseded.some(near) &&
            !entry.current.some(near) &&
            !entry.current.some((value) => named.has(value)),
        );
        if (!known.has(datum))
          report(
            pad,
            `"${woorden}" is geen datum uit de regels (geen parameter, voorwaarde of versie heeft ${formatDate(datum, 'nl')}): is de tekst verouderd na een wijziging van een parameter?`,
            `"${woorden}" is not a date of the rules (no parameter, condition or version has ${formatDate(datum, 'en')}): is the text out of date after a parameter changed?`,
          );
        else if (old)
          report(
            pad,
            `"${woorden}" is een vorige waarde van een parameter die deze regel leest; de huidige waarde (${old.current.map((value) => formatDate(value, 'nl')).join(', ')}) staat nergens in de teksten. Werk de tekst bij.`,
            `"${woorden}" is a previous value of a parameter this rule reads; its current value (${old.current.map((value) => formatDate(value, 'en')).join(', ')}) appears in none of the texts. Update the text.`,
          );
      }
      // A text may name parts of a term ("2 weken vragen, 2 weken besluit"): only when no text of
      // the rule names a current duration is a duration in the same unit out of date.
      const current = durations.flatMap((entry) => entry.current.map((v) => durationText(v).nl));
      const unit = (words: string) => words.replace(/^\d+ /, '').replace(/en$/, '');
      for (const woorden of new Set(durationsIn(nl))) {
        if (durations.length === 0 || current.some((value) => namedDurations.has(value))) continue;
        if (!current.some((value) => unit(value) === unit(woorden))) continue;
        report(
          pad,
          `"${woorden}" is niet de duur van ${durations.map((entry) => entry.parameter.id).join(', ')} (${current.join(', ')}), en geen tekst van de regel noemt die: is de tekst verouderd?`,
          `"${woorden}" is not the duration of ${durations.map((entry) => entry.parameter.id).join(', ')} (${current.join(', ')}), and no text of the rule names it: is the text out of date?`,
        );
      }
    }
  }
  return issues;
}
