/**
 * What changed between two rule sets, in words per rule, parameter and variant: "de parameter
 * addendum-goedkeuringsdeadline verschuift van 31 december 2026 naar 30 juni 2027, vanaf 1 oktober
 * 2026". Each change carries the version it needs by its kind alone; the outcome scenarios and worked
 * cases (`diff.ts`) decide for changes whose effect only outcomes show (conditions, periods).
 */
import { canonicalJson } from '../rules/hash.ts';
import { Temporal } from 'temporal-polyfill';
import { durationText, formatDate } from '../explain/render.ts';
import type { RuleSet, RuleSourceFile } from '../rules/ruleset.ts';
import type {
  Citation,
  Condition,
  ParameterFile,
  ParameterVersion,
  RuleFile,
  RuleVersion,
} from '../rules/schema.ts';
import { leavesOf } from './fact-sets.ts';
import type { Level } from './level.ts';

export interface WordChange {
  /** `regel ADD-04`, `parameter addendum-goedkeuringsdeadline`, `variant azwa-2028`, a file. */
  readonly onderwerp: string;
  readonly nl: string;
  readonly en: string;
  readonly niveau: Level;
  /** The period a new value or version holds for (`tot` inclusive), where the change has one. */
  readonly periode?: { readonly vanaf: string; readonly tot?: string };
  /** A parameter's new value in words ("30 juni 2027"), where it gets one. */
  readonly naar?: string;
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b));

const day = (iso: string) => ({ nl: formatDate(iso, 'nl'), en: formatDate(iso, 'en') });

const nextDay = (iso: string): string => Temporal.PlainDate.from(iso).add({ days: 1 }).toString();
const previousDay = (iso: string): string =>
  Temporal.PlainDate.from(iso).subtract({ days: 1 }).toString();

/** "vanaf 1 oktober 2026" or "van 1 januari 2024 tot en met 30 september 2026". */
function period(start: string, end: string | undefined): { nl: string; en: string } {
  const from = day(start);
  if (end === undefined) return { nl: `vanaf ${from.nl}`, en: `from ${from.en}` };
  const to = day(end);
  return { nl: `van ${from.nl} tot en met ${to.nl}`, en: `from ${from.en} to ${to.en} inclusive` };
}

interface Dated {
  readonly geldigVan: string;
  readonly geldigTot: string | null;
}

const inForceOn = <T extends Dated>(entries: readonly T[], date: string): T | undefined =>
  entries.find(
    (entry) => entry.geldigVan <= date && (entry.geldigTot === null || date <= entry.geldigTot),
  );

interface Segment<T> {
  readonly start: string;
  readonly end: string | undefined;
  readonly oud: T | undefined;
  readonly nieuw: T | undefined;
}

/**
 * The periods in which two dated lists differ by `key`, each as long as neither side changes: the
 * boundaries are every start and every day after an end, in either list.
 */
function timeline<T extends Dated>(
  oud: readonly T[],
  nieuw: readonly T[],
  key: (entry: T | undefined) => string,
): Segment<T>[] {
  const boundaries = [
    ...new Set(
      [...oud, ...nieuw].flatMap((entry) => [
        entry.geldigVan,
        ...(entry.geldigTot ? [nextDay(entry.geldigTot)] : []),
      ]),
    ),
  ].sort();
  const segments: Segment<T>[] = [];
  let open: { start: string; oud: T | undefined; nieuw: T | undefined } | undefined;
  const close = (end: string | undefined): void => {
    if (open && key(open.oud) !== key(open.nieuw)) segments.push({ ...open, end });
    open = undefined;
  };
  for (const boundary of boundaries) {
    const entry = {
      start: boundary,
      oud: inForceOn(oud, boundary),
      nieuw: inForceOn(nieuw, boundary),
    };
    if (open && key(open.oud) === key(entry.oud) && key(open.nieuw) === key(entry.nieuw)) continue;
    close(previousDay(boundary));
    open = entry;
  }
  close(undefined);
  return segments;
}

function parameterValue(file: ParameterFile, waarde: ParameterVersion['waarde']) {
  if (file.type === 'datum' && typeof waarde === 'string') return day(waarde);
  if (file.type === 'duur' && typeof waarde === 'string') return durationText(waarde);
  return { nl: String(waarde), en: String(waarde) };
}

/**
 * A new dated version needs `minor` when it starts on or after `vandaag`: one that has already
 * started changes outcomes people have already been given.
 */
const newVersionLevel = (start: string, vandaag: string): Level =>
  start >= vandaag ? 'minor' : 'major';

function parameterChanges(
  oud: ParameterFile | undefined,
  nieuw: ParameterFile | undefined,
  vandaag: string,
): WordChange[] {
  const id = (nieuw ?? oud)?.id ?? '?';
  const onderwerp = `parameter ${id}`;
  if (!oud && nieuw)
    return [
      {
        onderwerp,
        nl: `nieuwe parameter (${nieuw.titel.nl})`,
        en: `new parameter (${nieuw.titel.en})`,
        niveau: 'minor',
      },
    ];
  if (oud && !nieuw)
    return [
      { onderwerp, nl: `de parameter vervalt`, en: `the parameter is removed`, niveau: 'major' },
    ];
  if (!oud || !nieuw) return [];
  const changes: WordChange[] = [];
  const readings: Array<
    [string | undefined, readonly ParameterVersion[], readonly ParameterVersion[]]
  > = [
    [undefined, oud.versies, nieuw.versies],
    ...[...new Set([...Object.keys(oud.varianten), ...Object.keys(nieuw.varianten)])]
      .sort()
      .map((name): [string, readonly ParameterVersion[], readonly ParameterVersion[]] => [
        name,
        oud.varianten[name] ?? [],
        nieuw.varianten[name] ?? [],
      ]),
  ];
  const oldStarts = new Set(
    [...oud.versies, ...Object.values(oud.varianten).flat()].map((entry) => entry.geldigVan),
  );
  for (const [variant, before, after] of readings) {
    const lezing = variant
      ? { nl: ` in de lezing ${variant}`, en: ` in the reading ${variant}` }
      : { nl: '', en: '' };
    for (const segment of timeline(before, after, (entry) =>
      entry?.waarde === undefined ? '' : canonicalJson(entry.waarde),
    )) {
      const when = period(segment.start, segment.end);
      const verb =
        nieuw.type === 'datum'
          ? { nl: 'verschuift', en: 'moves' }
          : { nl: 'verandert', en: 'changes' };
      let nl: string;
      let en: string;
      const naar = segment.nieuw ? parameterValue(nieuw, segment.nieuw.waarde).nl : undefined;
      if (segment.oud && segment.nieuw) {
        const from = parameterValue(nieuw, segment.oud.waarde);
        const to = parameterValue(nieuw, segment.nieuw.waarde);
        nl = `${verb.nl}${lezing.nl} van ${from.nl} naar ${to.nl}, ${when.nl}`;
        en = `${verb.en}${lezing.en} from ${from.en} to ${to.en}, ${when.en}`;
      } else if (segment.nieuw) {
        const to = parameterValue(nieuw, segment.nieuw.waarde);
        nl = `krijgt${lezing.nl} de waarde ${to.nl}, ${when.nl}`;
        en = `takes${lezing.en} the value ${to.en}, ${when.en}`;
      } else {
        const from = parameterValue(nieuw, segment.oud?.waarde ?? '');
        nl = `heeft${lezing.nl} geen waarde meer (was ${from.nl}), ${when.nl}`;
        en = `no longer has a value${lezing.en} (was ${from.en}), ${when.en}`;
      }
      const start = segment.nieuw?.geldigVan;
      const niveau: Level =
        start !== undefined && !oldStarts.has(start) ? newVersionLevel(start, vandaag) : 'major';
      changes.push({
        onderwerp,
        nl: `${nieuw.titel.nl}: ${nl}`,
        en: `${nieuw.titel.en}: ${en}`,
        niveau,
        periode: { vanaf: segment.start, ...(segment.end ? { tot: segment.end } : {}) },
        ...(naar === undefined ? {} : { naar }),
      });
    }
  }
  // Citations of versions both have: a new version's own citations come with the new version.
  const citations = (file: ParameterFile, starts: ReadonlySet<string>) =>
    [...file.versies, ...Object.values(file.varianten).flat()]
      .filter((entry) => starts.has(entry.geldigVan))
      .map((entry) => [entry.geldigVan, entry.citaten, entry.toelichting]);
  const newStarts = new Set(
    [...nieuw.versies, ...Object.values(nieuw.varianten).flat()].map((entry) => entry.geldigVan),
  );
  const shared = new Set([...oldStarts].filter((start) => newStarts.has(start)));
  if (!same(citations(oud, shared), citations(nieuw, shared)))
    changes.push({
      onderwerp,
      nl: 'citaten of toelichting veranderen',
      en: 'citations or explanation change',
      niveau: 'patch',
    });
  if (!same(oud.titel, nieuw.titel))
    changes.push({
      onderwerp,
      nl: `de titel wordt "${nieuw.titel.nl}" (was "${oud.titel.nl}")`,
      en: `the title becomes "${nieuw.titel.en}" (was "${oud.titel.en}")`,
      niveau: 'patch',
    });
  if (oud.type !== nieuw.type)
    changes.push({
      onderwerp,
      nl: `het type wordt ${nieuw.type} (was ${oud.type})`,
      en: `the type becomes ${nieuw.type} (was ${oud.type})`,
      niveau: 'major',
    });
  return changes;
}

const conditionText = (condition: Condition): string => {
  const leaf = condition as { fact: string; operator: string; value: unknown };
  return `${leaf.fact} ${leaf.operator} ${JSON.stringify(leaf.value)}`;
};

/** Named conditions of a version, both blocks, by name. */
const conditionsOf = (version: RuleVersion): Map<string, Condition> =>
  new Map(
    [...leavesOf(version.vanToepassing), ...leavesOf(version.voorwaarden)].map((leaf) => [
      leaf.name,
      leaf,
    ]),
  );

function citationChanges(
  before: readonly Citation[],
  after: readonly Citation[],
): { nl: string; en: string }[] {
  const changes: { nl: string; en: string }[] = [];
  const byId = (list: readonly Citation[]) => new Map(list.map((entry) => [entry.id, entry]));
  const oud = byId(before);
  const nieuw = byId(after);
  for (const [id, citation] of nieuw) {
    const previous = oud.get(id);
    if (!previous)
      changes.push({
        nl: `nieuw citaat ${id} (${citation.vindplaats})`,
        en: `new citation ${id} (${citation.vindplaats})`,
      });
    else if (previous.tekst !== citation.tekst)
      changes.push({
        nl: `de tekst van citaat ${id} verandert: "${previous.tekst}" → "${citation.tekst}"`,
        en: `the text of citation ${id} changes`,
      });
    else if (!same(previous, citation))
      changes.push({
        nl: `de vindplaats of bron van citaat ${id} verandert (${citation.vindplaats})`,
        en: `the location or source of citation ${id} changes (${citation.vindplaats})`,
      });
  }
  for (const id of oud.keys())
    if (!nieuw.has(id))
      changes.push({ nl: `citaat ${id} vervalt`, en: `citation ${id} is removed` });
  return changes;
}

function versionChanges(before: RuleVersion, after: RuleVersion): WordChange[] {
  const changes: Array<{ nl: string; en: string; niveau: Level }> = [];
  if (before.geldigTot !== after.geldigTot) {
    const wasNl = before.geldigTot ? `tot en met ${day(before.geldigTot).nl}` : 'zonder einde';
    const wasEn = before.geldigTot ? `to ${day(before.geldigTot).en}` : 'without end';
    changes.push(
      after.geldigTot
        ? {
            nl: `geldt nu tot en met ${day(after.geldigTot).nl} (was ${wasNl})`,
            en: `now applies to ${day(after.geldigTot).en} (was ${wasEn})`,
            niveau: 'patch',
          }
        : {
            nl: `geldt nu zonder einde (was ${wasNl})`,
            en: `now applies without end (was ${wasEn})`,
            niveau: 'patch',
          },
    );
  }
  const oud = conditionsOf(before);
  const nieuw = conditionsOf(after);
  const named = changes.length;
  for (const [name, condition] of nieuw) {
    const previous = oud.get(name);
    if (!previous)
      changes.push({
        nl: `nieuwe voorwaarde ${name}: ${conditionText(condition)}`,
        en: `new condition ${name}: ${conditionText(condition)}`,
        niveau: 'patch',
      });
    else if (!same(previous, condition))
      changes.push({
        nl: `de voorwaarde ${name} verandert van ${conditionText(previous)} naar ${conditionText(condition)}`,
        en: `condition ${name} changes from ${conditionText(previous)} to ${conditionText(condition)}`,
        niveau: 'patch',
      });
  }
  for (const name of oud.keys())
    if (!nieuw.has(name))
      changes.push({
        nl: `de voorwaarde ${name} vervalt`,
        en: `condition ${name} is removed`,
        niveau: 'patch',
      });
  const structure = (version: RuleVersion) => [version.vanToepassing, version.voorwaarden];
  if (changes.length === named && !same(structure(before), structure(after)))
    changes.push({
      nl: 'de opbouw van de voorwaarden (all, any, not) verandert',
      en: 'the structure of the conditions (all, any, not) changes',
      niveau: 'patch',
    });
  for (const [name, text] of Object.entries(after.voorwaardeTeksten)) {
    const previous = before.voorwaardeTeksten[name];
    if (previous && !same(previous, text))
      changes.push({
        nl: `de tekst van voorwaarde ${name} wordt "${text.nl}" (was "${previous.nl}")`,
        en: `the text of condition ${name} becomes "${text.en}" (was "${previous.en}")`,
        niveau: 'patch',
      });
  }
  for (const key of new Set([
    ...Object.keys(before.uitleg ?? {}),
    ...Object.keys(after.uitleg ?? {}),
  ])) {
    const was = (before.uitleg as Record<string, { nl: string; en: string }> | undefined)?.[key];
    const wordt = (after.uitleg as Record<string, { nl: string; en: string }> | undefined)?.[key];
    if (!same(was, wordt))
      changes.push({
        nl: `de uitleg bij ${key} wordt "${wordt?.nl ?? ''}" (was "${was?.nl ?? ''}")`,
        en: `the explanation for ${key} becomes "${wordt?.en ?? ''}" (was "${was?.en ?? ''}")`,
        niveau: 'patch',
      });
  }
  if (!same(before.toelichting, after.toelichting))
    changes.push({ nl: `de toelichting verandert`, en: `the note changes`, niveau: 'patch' });
  changes.push(
    ...citationChanges(before.citaten, after.citaten).map((change) => ({
      ...change,
      niveau: 'patch' as const,
    })),
  );
  if (before.zekerheid !== after.zekerheid)
    changes.push({
      nl: `de zekerheid wordt ${after.zekerheid} (was ${before.zekerheid})`,
      en: `the certainty becomes ${after.zekerheid} (was ${before.zekerheid})`,
      niveau: 'patch',
    });
  // The event json-rules-engine gives when the rule holds: who runs the rule files receives it, so a
  // new one is a renamed id for them.
  if (!same(before.uitkomst, after.uitkomst))
    changes.push({
      nl: `de uitkomst wordt ${canonicalJson(after.uitkomst)} (was ${canonicalJson(before.uitkomst)})`,
      en: `the outcome becomes ${canonicalJson(after.uitkomst)} (was ${canonicalJson(before.uitkomst)})`,
      niveau: 'major',
    });
  // The scenarios judge conditions, not terms: a changed term is taken as a changed outcome.
  if (!same(before.termijn, after.termijn))
    changes.push({
      nl: `de termijn wordt ${after.termijn ? canonicalJson(after.termijn) : 'geen'} (was ${before.termijn ? canonicalJson(before.termijn) : 'geen'})`,
      en: `the term becomes ${after.termijn ? canonicalJson(after.termijn) : 'none'} (was ${before.termijn ? canonicalJson(before.termijn) : 'none'})`,
      niveau: 'major',
    });
  const from = day(after.geldigVan);
  return changes.map((change) => ({
    onderwerp: '',
    nl: `in de versie vanaf ${from.nl}: ${change.nl}`,
    en: `in the version from ${from.en}: ${change.en}`,
    niveau: change.niveau,
  }));
}

function ruleChanges(
  oud: RuleFile | undefined,
  nieuw: RuleFile | undefined,
  vandaag: string,
): WordChange[] {
  const id = (nieuw ?? oud)?.id ?? '?';
  const onderwerp = `regel ${id}`;
  if (!oud && nieuw) {
    const start = nieuw.versies.map((version) => version.geldigVan).sort()[0] ?? '';
    return [
      {
        onderwerp,
        nl: `nieuwe regel "${nieuw.titel.nl}", ${period(start, undefined).nl}`,
        en: `new rule "${nieuw.titel.en}", ${period(start, undefined).en}`,
        niveau: newVersionLevel(start, vandaag),
        periode: { vanaf: start },
      },
    ];
  }
  if (oud && !nieuw)
    return [
      {
        onderwerp,
        nl: `de regel "${oud.titel.nl}" vervalt`,
        en: `the rule "${oud.titel.en}" is removed`,
        niveau: 'major',
      },
    ];
  if (!oud || !nieuw) return [];
  const changes: WordChange[] = [];
  const add = (nl: string, en: string, niveau: Level, periode?: WordChange['periode']) =>
    changes.push({ onderwerp, nl, en, niveau, ...(periode ? { periode } : {}) });
  if (!same(oud.titel, nieuw.titel))
    add(
      `de titel wordt "${nieuw.titel.nl}" (was "${oud.titel.nl}")`,
      `the title becomes "${nieuw.titel.en}" (was "${oud.titel.en}")`,
      'patch',
    );
  for (const field of [
    'soort',
    'bereik',
    'zelfVerklaard',
    'advies',
    'uitzonderingOp',
    'uitzonderingen',
  ] as const)
    if (!same(oud[field], nieuw[field]))
      add(
        `${field} wordt ${JSON.stringify(nieuw[field]) ?? 'leeg'} (was ${JSON.stringify(oud[field]) ?? 'leeg'})`,
        `${field} becomes ${JSON.stringify(nieuw[field]) ?? 'empty'} (was ${JSON.stringify(oud[field]) ?? 'empty'})`,
        'major',
      );
  const before = new Map(oud.versies.map((version) => [version.geldigVan, version]));
  for (const version of nieuw.versies) {
    const previous = before.get(version.geldigVan);
    if (!previous) {
      const when = period(version.geldigVan, version.geldigTot ?? undefined);
      add(
        `nieuwe versie, ${when.nl}`,
        `new version, ${when.en}`,
        newVersionLevel(version.geldigVan, vandaag),
        {
          vanaf: version.geldigVan,
          ...(version.geldigTot ? { tot: version.geldigTot } : {}),
        },
      );
    } else
      changes.push(
        ...versionChanges(previous, version).map((change) => ({ ...change, onderwerp })),
      );
  }
  const after = new Set(nieuw.versies.map((version) => version.geldigVan));
  for (const version of oud.versies)
    if (!after.has(version.geldigVan))
      add(
        `de versie vanaf ${day(version.geldigVan).nl} vervalt`,
        `the version from ${day(version.geldigVan).en} is removed`,
        'patch',
      );
  return changes;
}

/** Added, removed and changed entries of two maps by id. */
function byId<T>(
  oud: ReadonlyMap<string, T>,
  nieuw: ReadonlyMap<string, T>,
): Array<[T | undefined, T | undefined]> {
  const ids = [...new Set([...oud.keys(), ...nieuw.keys()])].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return ids.map((id) => [oud.get(id), nieuw.get(id)]);
}

function questionChanges(oud: RuleSet, nieuw: RuleSet): WordChange[] {
  const map = (ruleSet: RuleSet) =>
    new Map(ruleSet.vragen.vragen.map((vraag) => [vraag.id, vraag]));
  const changes: WordChange[] = [];
  for (const [before, after] of byId(map(oud), map(nieuw))) {
    const id = (after ?? before)?.id ?? '?';
    const onderwerp = `vraag ${id}`;
    if (!before)
      changes.push({ onderwerp, nl: 'nieuwe vraag', en: 'new question', niveau: 'minor' });
    else if (!after)
      changes.push({
        onderwerp,
        nl: 'de vraag vervalt',
        en: 'the question is removed',
        niveau: 'major',
      });
    else {
      const added = after.regels.filter((rule) => !before.regels.includes(rule));
      const removed = before.regels.filter((rule) => !after.regels.includes(rule));
      if (added.length > 0)
        changes.push({
          onderwerp,
          nl: `regels erbij: ${added.join(', ')}`,
          en: `rules added: ${added.join(', ')}`,
          niveau: 'minor',
        });
      if (removed.length > 0)
        changes.push({
          onderwerp,
          nl: `regels eraf: ${removed.join(', ')}`,
          en: `rules removed: ${removed.join(', ')}`,
          niveau: 'major',
        });
      if (!same(before.titel, after.titel))
        changes.push({
          onderwerp,
          nl: `de titel wordt "${after.titel.nl}"`,
          en: `the title becomes "${after.titel.en}"`,
          niveau: 'patch',
        });
    }
  }
  return changes;
}

function otherChanges(oud: RuleSet, nieuw: RuleSet): WordChange[] {
  const changes: WordChange[] = [];
  for (const [before, after] of byId(oud.varianten, nieuw.varianten)) {
    const onderwerp = `variant ${(after ?? before)?.id ?? '?'}`;
    if (!before)
      changes.push({
        onderwerp,
        nl: `nieuwe lezing "${after?.titel.nl ?? ''}"`,
        en: `new reading "${after?.titel.en ?? ''}"`,
        niveau: 'minor',
      });
    else if (!after)
      changes.push({
        onderwerp,
        nl: 'de lezing vervalt',
        en: 'the reading is removed',
        niveau: 'major',
      });
    else if (!same(before, after))
      changes.push({
        onderwerp,
        nl: 'titel, uitleg of citaten veranderen',
        en: 'title, explanation or citations change',
        niveau: 'patch',
      });
  }
  const days = (ruleSet: RuleSet) =>
    new Set(ruleSet.feestdagen.dagen.map((entry) => canonicalJson(entry)));
  const [before, after] = [days(oud), days(nieuw)];
  const removed = [...before].filter((entry) => !after.has(entry)).length;
  const added = [...after].filter((entry) => !before.has(entry)).length;
  if (removed > 0 || added > 0)
    changes.push({
      onderwerp: 'kalender feestdagen',
      nl: `${added} feestdagen erbij, ${removed} eraf of veranderd`,
      en: `${added} holidays added, ${removed} removed or changed`,
      niveau: removed > 0 ? 'major' : 'minor',
    });
  else if (!same(oud.feestdagen, nieuw.feestdagen))
    changes.push({
      onderwerp: 'kalender feestdagen',
      nl: 'citaten of jaren veranderen',
      en: 'citations or years change',
      niveau: 'patch',
    });
  if (!same(oud.bronnen, nieuw.bronnen))
    changes.push({
      onderwerp: 'bronnen.json',
      nl: 'de lijst met bronnen verandert',
      en: 'the list of sources changes',
      niveau: 'patch',
    });
  for (const [a, b] of byId(oud.clausules, nieuw.clausules))
    if (!same(a, b))
      changes.push({
        onderwerp: `clausuleregister ${(b ?? a)?.bron ?? ''}`.trim(),
        nl: 'het clausuleregister verandert',
        en: 'the clause register changes',
        niveau: 'patch',
      });
  return changes;
}

/** Source texts and worked cases, compared as files. */
export function fileChanges(
  oud: readonly RuleSourceFile[],
  nieuw: readonly RuleSourceFile[],
): WordChange[] {
  const changes: WordChange[] = [];
  const pick = (files: readonly RuleSourceFile[], prefix: string) =>
    new Map(
      files.filter((file) => file.pad.startsWith(prefix)).map((file) => [file.pad, file.inhoud]),
    );
  for (const [pad, inhoud] of pick(nieuw, 'bronnen/')) {
    const before = pick(oud, 'bronnen/').get(pad);
    if (before === undefined)
      changes.push({
        onderwerp: pad,
        nl: 'nieuwe brontekst',
        en: 'new source text',
        niveau: 'patch',
      });
    else if (before !== inhoud)
      changes.push({
        onderwerp: pad,
        nl: 'de brontekst verandert',
        en: 'the source text changes',
        niveau: 'patch',
      });
  }
  const cases = (files: readonly RuleSourceFile[]) =>
    new Map(
      files
        .filter((file) => file.pad.startsWith('gevallen/'))
        .flatMap((file) => {
          const list = (file.inhoud as { gevallen?: Array<{ naam?: string }> }).gevallen ?? [];
          return list.map((entry): [string, string] => [
            `${file.pad} ${entry.naam ?? ''}`,
            canonicalJson(entry),
          ]);
        }),
    );
  const [before, after] = [cases(oud), cases(nieuw)];
  const added = [...after.keys()].filter((key) => !before.has(key)).length;
  const removed = [...before.keys()].filter((key) => !after.has(key)).length;
  const changed = [...after].filter(
    ([key, value]) => before.has(key) && before.get(key) !== value,
  ).length;
  if (added + removed + changed > 0)
    changes.push({
      onderwerp: 'gevallen',
      nl: `${added} uitgewerkte gevallen erbij, ${removed} eraf, ${changed} veranderd`,
      en: `${added} worked cases added, ${removed} removed, ${changed} changed`,
      niveau: 'patch',
    });
  return changes;
}

/** Every change between two rule sets in words, rules first, then parameters, questions and the rest. */
export function wordChanges(oud: RuleSet, nieuw: RuleSet, vandaag: string): WordChange[] {
  return [
    ...byId(oud.regels, nieuw.regels).flatMap(([a, b]) => ruleChanges(a, b, vandaag)),
    ...byId(oud.parameters, nieuw.parameters).flatMap(([a, b]) => parameterChanges(a, b, vandaag)),
    ...questionChanges(oud, nieuw),
    ...otherChanges(oud, nieuw),
  ];
}
