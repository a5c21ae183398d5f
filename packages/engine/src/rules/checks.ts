/**
 * Meaning checks over rule files that passed the shape check: small named functions in one list, each
 * reporting problems with file, rule id, JSON path and a Dutch and English message.
 */
import { Temporal } from 'temporal-polyfill';
import { FACTS, findFact, PARAMETER_FACT_PREFIX, VARIANT_FACT_PREFIX } from '../facts/catalogue.ts';
import { OPERATOR_NAMES } from '../evaluate/operators.ts';
import {
  availablePlaceholders,
  basePlaceholders,
  EXPLANATION_KEYS,
  placeholdersIn,
  type ExplanationKey,
} from '../explain/placeholders.ts';
import type { Issue } from './issues.ts';
import type {
  Citation,
  ClauseRegister,
  Condition,
  ParameterFile,
  RuleFile,
  RuleVersion,
  SourcesFile,
  Text,
  VariantFile,
} from './schema.ts';

export interface CheckContext {
  readonly regels: ReadonlyArray<{ bestand: string; regel: RuleFile }>;
  readonly parameters: ReadonlyArray<{ bestand: string; parameter: ParameterFile }>;
  readonly varianten: ReadonlyArray<{ bestand: string; variant: VariantFile }>;
  readonly bronnen: SourcesFile;
  readonly vragen: ReadonlyArray<{ id: string; regels: readonly string[] }>;
  /** Source texts by source id, for checking that quotes are verbatim. */
  readonly bronteksten: ReadonlyMap<string, string>;
  readonly registers: ReadonlyArray<{ bestand: string; register: ClauseRegister }>;
  readonly report: (issue: Issue) => void;
}

type Check = (ctx: CheckContext) => void;

const baseName = (file: string): string => file.replace(/^.*\//, '').replace(/\.json$/, '');

const idMatchesFileName: Check = (ctx) => {
  const all = [
    ...ctx.regels.map(({ bestand, regel }) => ({ bestand, id: regel.id })),
    ...ctx.parameters.map(({ bestand, parameter }) => ({ bestand, id: parameter.id })),
    ...ctx.varianten.map(({ bestand, variant }) => ({ bestand, id: variant.id })),
  ];
  for (const { bestand, id } of all) {
    if (baseName(bestand) !== id) {
      ctx.report({
        code: 'id-bestandsnaam',
        bestand,
        regel: id,
        pad: 'id',
        nl: `Het id "${id}" is niet gelijk aan de bestandsnaam "${baseName(bestand)}". Hernoem het bestand of pas het id aan.`,
        en: `The id "${id}" does not match the file name "${baseName(bestand)}". Rename the file or change the id.`,
      });
    }
  }
};

const idsAreUnique: Check = (ctx) => {
  const seen = new Map<string, string>();
  for (const { bestand, regel } of ctx.regels) {
    const earlier = seen.get(regel.id);
    if (earlier !== undefined) {
      ctx.report({
        code: 'dubbel-id',
        bestand,
        regel: regel.id,
        pad: 'id',
        nl: `Het id "${regel.id}" staat ook in ${earlier}. Elk regel-id mag maar één keer voorkomen.`,
        en: `The id "${regel.id}" is also used in ${earlier}. Every rule id must be unique.`,
      });
    }
    seen.set(regel.id, bestand);
  }
};

interface Dated {
  readonly geldigVan: string;
  readonly geldigTot: string | null;
  readonly citaten: readonly Citation[];
}

function datedSeries(
  ctx: CheckContext,
): Array<{ bestand: string; id: string; pad: string; versies: readonly Dated[] }> {
  return [
    ...ctx.regels.map(({ bestand, regel }) => ({
      bestand,
      id: regel.id,
      pad: 'versies',
      versies: regel.versies,
    })),
    ...ctx.parameters.flatMap(({ bestand, parameter }) => [
      { bestand, id: parameter.id, pad: 'versies', versies: parameter.versies },
      ...Object.entries(parameter.varianten).map(([variant, versies]) => ({
        bestand,
        id: parameter.id,
        pad: `varianten.${variant}`,
        versies,
      })),
    ]),
  ];
}

const everyVersionHasCitation: Check = (ctx) => {
  for (const { bestand, id, pad, versies } of datedSeries(ctx)) {
    versies.forEach((versie, index) => {
      if (versie.citaten.length === 0) {
        ctx.report({
          code: 'geen-citaat',
          bestand,
          regel: id,
          pad: `${pad}[${index}].citaten`,
          nl: `Versie ${index + 1} (vanaf ${versie.geldigVan}) heeft geen citaat. Elke versie citeert minstens één clausule met de letterlijke tekst.`,
          en: `Version ${index + 1} (from ${versie.geldigVan}) has no citation. Every version cites at least one clause with its verbatim text.`,
        });
      }
    });
  }
};

/** Versions follow each other without overlap or gap: each starts the day after the previous one ends. */
const versionsAreContiguous: Check = (ctx) => {
  for (const { bestand, id, pad, versies } of datedSeries(ctx)) {
    versies.forEach((versie, index) => {
      const where = { bestand, regel: id, pad: `${pad}[${index}]` };
      if (versie.geldigTot !== null && versie.geldigTot < versie.geldigVan) {
        ctx.report({
          code: 'versie-eindigt-voor-begin',
          ...where,
          nl: `Versie ${index + 1} eindigt (${versie.geldigTot}) vóór zij begint (${versie.geldigVan}).`,
          en: `Version ${index + 1} ends (${versie.geldigTot}) before it starts (${versie.geldigVan}).`,
        });
      }
      const previous = versies[index - 1];
      if (!previous) return;
      if (previous.geldigTot === null || previous.geldigTot >= versie.geldigVan) {
        ctx.report({
          code: 'versies-overlappen',
          ...where,
          nl: `Versie ${index + 1} (vanaf ${versie.geldigVan}) overlapt met versie ${index} (tot ${previous.geldigTot ?? 'onbepaalde tijd'}). Laat de vorige versie eindigen op de dag vóór ${versie.geldigVan}.`,
          en: `Version ${index + 1} (from ${versie.geldigVan}) overlaps version ${index} (until ${previous.geldigTot ?? 'no end'}). End the previous version the day before ${versie.geldigVan}.`,
        });
        return;
      }
      const expectedStart = Temporal.PlainDate.from(previous.geldigTot).add({ days: 1 }).toString();
      if (expectedStart !== versie.geldigVan) {
        ctx.report({
          code: 'versies-gat',
          ...where,
          nl: `Tussen versie ${index} (tot ${previous.geldigTot}) en versie ${index + 1} (vanaf ${versie.geldigVan}) zit een gat. Versie ${index + 1} moet beginnen op ${expectedStart}.`,
          en: `There is a gap between version ${index} (until ${previous.geldigTot}) and version ${index + 1} (from ${versie.geldigVan}). Version ${index + 1} must start on ${expectedStart}.`,
        });
      }
    });
  }
};

interface Leaf {
  readonly condition: Extract<Condition, { fact: string }>;
  readonly pad: string;
}

function leaves(condition: Condition, pad: string): Leaf[] {
  if ('all' in condition)
    return condition.all.flatMap((child, i) => leaves(child, `${pad}.all[${i}]`));
  if ('any' in condition)
    return condition.any.flatMap((child, i) => leaves(child, `${pad}.any[${i}]`));
  if ('not' in condition) return leaves(condition.not, `${pad}.not`);
  return [{ condition, pad }];
}

function conditionBlocks(versie: RuleVersion, index: number): Leaf[] {
  return [
    ...(versie.vanToepassing
      ? leaves(versie.vanToepassing, `versies[${index}].vanToepassing`)
      : []),
    ...(versie.voorwaarden ? leaves(versie.voorwaarden, `versies[${index}].voorwaarden`) : []),
  ];
}

function factIsKnown(
  fact: string,
  regel: RuleFile,
  parameterIds: ReadonlySet<string>,
  variantIds: ReadonlySet<string>,
): boolean {
  if (fact.startsWith(PARAMETER_FACT_PREFIX))
    return parameterIds.has(fact.slice(PARAMETER_FACT_PREFIX.length));
  if (fact.startsWith(VARIANT_FACT_PREFIX))
    return variantIds.has(fact.slice(VARIANT_FACT_PREFIX.length));
  const definition = findFact(fact);
  if (!definition) return false;
  return definition.bereik === 'plan' || regel.bereik === 'kostenregel';
}

/** Edit distance, to suggest the name a typo was meant to be. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function suggestion(name: string, known: Iterable<string>): { nl: string; en: string } {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === undefined
    ? { nl: '', en: '' }
    : { nl: ` Bedoelt u "${best}"?`, en: ` Did you mean "${best}"?` };
}

const factsAreKnown: Check = (ctx) => {
  const parameterIds = new Set(ctx.parameters.map(({ parameter }) => parameter.id));
  const variantIds = new Set(ctx.varianten.map(({ variant }) => variant.id));
  for (const { bestand, regel } of ctx.regels) {
    regel.versies.forEach((versie, index) => {
      const used: Array<{ fact: string; pad: string }> = conditionBlocks(versie, index).flatMap(
        ({ condition, pad }) => [
          { fact: condition.fact, pad: `${pad}.fact` },
          ...(typeof condition.value === 'object' && !Array.isArray(condition.value)
            ? [{ fact: condition.value.fact, pad: `${pad}.value.fact` }]
            : []),
        ],
      );
      if (versie.termijn) {
        used.push({ fact: versie.termijn.start, pad: `versies[${index}].termijn.start` });
        used.push({ fact: versie.termijn.einde, pad: `versies[${index}].termijn.einde` });
        used.push({
          fact: `${PARAMETER_FACT_PREFIX}${versie.termijn.duur}`,
          pad: `versies[${index}].termijn.duur`,
        });
      }
      for (const { fact, pad } of used) {
        if (factIsKnown(fact, regel, parameterIds, variantIds)) continue;
        const near = suggestion(fact, [
          ...FACTS.map((definition) => definition.id),
          ...[...parameterIds].map((id) => `${PARAMETER_FACT_PREFIX}${id}`),
        ]);
        const scopeHint =
          findFact(fact)?.bereik === 'kostenregel'
            ? {
                nl: ' Dit feit bestaat alleen voor regels met bereik "kostenregel".',
                en: ' This fact exists only for rules with scope "kostenregel".',
              }
            : { nl: '', en: '' };
        ctx.report({
          code: 'onbekend-feit',
          bestand,
          regel: regel.id,
          pad,
          nl: `Onbekend feit "${fact}".${near.nl} Gebruik een feit uit de feitencatalogus of parameter.<id> van een bestaande parameter.${scopeHint.nl}`,
          en: `Unknown fact "${fact}".${near.en} Use a fact from the fact catalogue or parameter.<id> of an existing parameter.${scopeHint.en}`,
        });
      }
    });
  }
};

const operatorsAreKnown: Check = (ctx) => {
  for (const { bestand, regel } of ctx.regels) {
    regel.versies.forEach((versie, index) => {
      for (const { condition, pad } of conditionBlocks(versie, index)) {
        if (OPERATOR_NAMES.has(condition.operator)) continue;
        ctx.report({
          code: 'onbekende-operator',
          bestand,
          regel: regel.id,
          pad: `${pad}.operator`,
          nl: `Onbekende operator "${condition.operator}".${suggestion(condition.operator, OPERATOR_NAMES).nl} Toegestaan: ${[...OPERATOR_NAMES].join(', ')}.`,
          en: `Unknown operator "${condition.operator}".${suggestion(condition.operator, OPERATOR_NAMES).en} Allowed: ${[...OPERATOR_NAMES].join(', ')}.`,
        });
      }
    });
  }
};

const conditionsAreExplainedAndCited: Check = (ctx) => {
  for (const { bestand, regel } of ctx.regels) {
    regel.versies.forEach((versie, index) => {
      const citationIds = new Set(versie.citaten.map((citaat) => citaat.id));
      const seen = new Set<string>();
      for (const { condition, pad } of conditionBlocks(versie, index)) {
        const where = { bestand, regel: regel.id, pad: `${pad}.name` };
        if (seen.has(condition.name)) {
          ctx.report({
            code: 'dubbele-voorwaardenaam',
            ...where,
            nl: `De naam "${condition.name}" wordt in deze versie voor twee voorwaarden gebruikt.`,
            en: `The name "${condition.name}" is used for two conditions in this version.`,
          });
        }
        seen.add(condition.name);
        const text = versie.voorwaardeTeksten[condition.name];
        if (!text) {
          ctx.report({
            code: 'voorwaarde-zonder-tekst',
            ...where,
            nl: `De voorwaarde "${condition.name}" heeft geen tekst onder voorwaardeTeksten.`,
            en: `The condition "${condition.name}" has no text under voorwaardeTeksten.`,
          });
        } else if (!citationIds.has(text.citaat)) {
          ctx.report({
            code: 'onbekend-citaat',
            bestand,
            regel: regel.id,
            pad: `versies[${index}].voorwaardeTeksten.${condition.name}.citaat`,
            nl: `De voorwaarde "${condition.name}" verwijst naar citaat "${text.citaat}", maar die versie heeft geen citaat met dat id.`,
            en: `The condition "${condition.name}" refers to citation "${text.citaat}", but the version has no citation with that id.`,
          });
        }
      }
    });
  }
};

const kindHasItsParts: Check = (ctx) => {
  const durations = new Set(
    ctx.parameters
      .filter(({ parameter }) => parameter.type === 'duur')
      .map(({ parameter }) => parameter.id),
  );
  for (const { bestand, regel } of ctx.regels) {
    regel.versies.forEach((versie, index) => {
      const where = { bestand, regel: regel.id, pad: `versies[${index}]` };
      if (regel.soort === 'toets' && !versie.voorwaarden) {
        ctx.report({
          code: 'toets-zonder-voorwaarden',
          ...where,
          nl: 'Een regel van soort "toets" heeft voorwaarden nodig.',
          en: 'A rule of kind "toets" needs conditions (voorwaarden).',
        });
      }
      if (regel.soort !== 'rekenwijze' && !versie.uitleg) {
        ctx.report({
          code: 'uitleg-ontbreekt',
          ...where,
          nl: 'Een toets of termijn heeft een uitleg nodig voor voldoet, voldoetNiet en onbekend.',
          en: 'A test or term needs an explanation (uitleg) for voldoet, voldoetNiet and onbekend.',
        });
      }
      if (regel.soort === 'termijn' && !versie.termijn) {
        ctx.report({
          code: 'termijn-ontbreekt',
          ...where,
          nl: 'Een regel van soort "termijn" heeft een termijn nodig (start, duur, einde).',
          en: 'A rule of kind "termijn" needs a term (start, duur, einde).',
        });
      }
      if (versie.termijn && !durations.has(versie.termijn.duur)) {
        ctx.report({
          code: 'onbekende-parameter',
          ...where,
          pad: `versies[${index}].termijn.duur`,
          nl: `"${versie.termijn.duur}" is geen parameter van type duur.`,
          en: `"${versie.termijn.duur}" is not a parameter of type duur (duration).`,
        });
      }
    });
  }
};

/** Where a template's placeholder comes from, to say why it is not there. */
function placeholderHint(name: string, key: ExplanationKey): { nl: string; en: string } {
  if (name === 'afgerond')
    return {
      nl: ' {afgerond} bestaat alleen als de handeling gebeurd is (bij voldoet en voldoetNiet).',
      en: ' {afgerond} exists only when the act happened (for voldoet and voldoetNiet).',
    };
  const fact = findFact(name);
  if (fact && (fact.type === 'datum' || fact.type === 'bedrag') && fact.bereik === 'plan')
    return {
      nl: ` "${name}" is een gegeven dat bij de uitkomst ${key} kan ontbreken: schrijf de zin zonder deze waarde.`,
      en: ` "${name}" is a fact that may be missing for the outcome ${key}: write the sentence without this value.`,
    };
  return { nl: '', en: '' };
}

/** Every `{name}` in an explanation or condition text is a value the engine fills for that text. */
const placeholdersAreAvailable: Check = (ctx) => {
  const parameters = ctx.parameters.map(({ parameter }) => parameter);
  const languages = ['nl', 'en'] as const;
  for (const { bestand, regel } of ctx.regels) {
    regel.versies.forEach((versie, index) => {
      const texts: Array<{
        pad: string;
        text: Text;
        available: Set<string>;
        key?: ExplanationKey;
      }> = [];
      for (const key of EXPLANATION_KEYS) {
        const text = versie.uitleg?.[key];
        if (!text) continue;
        const pad = `versies[${index}].uitleg.${key}`;
        if (key === 'gemist' && regel.soort !== 'termijn') {
          ctx.report({
            code: 'gemist-zonder-termijn',
            bestand,
            regel: regel.id,
            pad,
            nl: 'De tekst "gemist" hoort alleen bij een termijn: de handeling is niet gebeurd en de uiterste datum is voorbij.',
            en: 'The text "gemist" belongs to a term only: the act has not happened and the deadline has passed.',
          });
          continue;
        }
        texts.push({
          pad,
          text,
          key,
          available: availablePlaceholders(regel, versie, key, parameters),
        });
      }
      const base = basePlaceholders(versie, parameters);
      for (const [name, text] of Object.entries(versie.voorwaardeTeksten))
        texts.push({ pad: `versies[${index}].voorwaardeTeksten.${name}`, text, available: base });
      for (const { pad, text, available, key } of texts) {
        for (const language of languages) {
          for (const name of placeholdersIn(text[language])) {
            if (available.has(name)) continue;
            const hint = key ? placeholderHint(name, key) : { nl: '', en: '' };
            const list = [...available].sort().join(', ');
            ctx.report({
              code: 'waarde-niet-beschikbaar',
              bestand,
              regel: regel.id,
              pad: `${pad}.${language}`,
              nl: `De tekst gebruikt {${name}}, maar die waarde vult de engine hier niet in; de gebruiker zou "{${name}}" lezen.${hint.nl}${suggestion(name, available).nl} Beschikbaar: ${list}.`,
              en: `The text uses {${name}}, but the engine does not fill that value here; the user would read "{${name}}".${hint.en}${suggestion(name, available).en} Available: ${list}.`,
            });
          }
        }
      }
    });
  }
};

const citationsNameKnownSources: Check = (ctx) => {
  const known = new Set(ctx.bronnen.bronnen.map((bron) => bron.id));
  forEachCitation(ctx, (citaat, where) => {
    if (known.has(citaat.bron)) return;
    ctx.report({
      code: 'onbekende-bron',
      ...where,
      pad: `${where.pad}.bron`,
      nl: `Onbekende bron "${citaat.bron}". Voeg haar toe aan bronnen.json of gebruik een bestaande bron.`,
      en: `Unknown source "${citaat.bron}". Add it to bronnen.json or use an existing source.`,
    });
  });
};

/** Compare quotes and sources regardless of line breaks, hyphenation and the PDF's ligatures. */
export function normaliseQuote(text: string): string {
  return text
    .replace(/Ɵ/g, 'ti')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/\/\s*\n\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

// Hundreds of quotes are looked up in the same few long sources: normalise each source once.
const normalisedSources = new Map<string, string>();

function normalisedSource(source: string): string {
  let normalised = normalisedSources.get(source);
  if (normalised === undefined) {
    normalised = normaliseQuote(source);
    if (normalisedSources.size >= 32) normalisedSources.clear();
    normalisedSources.set(source, normalised);
  }
  return normalised;
}

/** A quote may leave out text with "…"; the parts must then appear in order. */
export function quoteAppearsIn(quote: string, source: string): boolean {
  const haystack = normalisedSource(source);
  let from = 0;
  for (const part of quote.split('…').map(normaliseQuote).filter(Boolean)) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

const quotesAreVerbatim: Check = (ctx) => {
  forEachCitation(ctx, (citaat, where) => {
    const source = ctx.bronteksten.get(citaat.bron);
    if (source === undefined) return;
    if (citaat.soort === 'samenvatting') {
      ctx.report({
        code: 'samenvatting-van-brontekst',
        ...where,
        pad: `${where.pad}.soort`,
        nl: `Bron ${citaat.bron} staat in bronnen/; citeer haar letterlijk in plaats van met een samenvatting.`,
        en: `Source ${citaat.bron} is in bronnen/; quote it verbatim instead of summarising it.`,
      });
      return;
    }
    if (quoteAppearsIn(citaat.tekst, source)) return;
    ctx.report({
      code: 'citaat-niet-letterlijk',
      ...where,
      pad: `${where.pad}.tekst`,
      nl: `Het citaat staat niet letterlijk in bron ${citaat.bron}. Kopieer de tekst uit de bron; laat weg met "…".`,
      en: `The quote does not appear verbatim in source ${citaat.bron}. Copy the text from the source; omit text with "…".`,
    });
  });
};

function forEachCitation(
  ctx: CheckContext,
  visit: (citaat: Citation, where: { bestand: string; regel: string; pad: string }) => void,
): void {
  for (const { bestand, regel } of ctx.regels) {
    regel.versies.forEach((versie, v) =>
      versie.citaten.forEach((citaat, c) =>
        visit(citaat, { bestand, regel: regel.id, pad: `versies[${v}].citaten[${c}]` }),
      ),
    );
  }
  for (const { bestand, id, pad, versies } of datedSeries(ctx).filter((series) =>
    series.bestand.startsWith('parameters/'),
  )) {
    versies.forEach((versie, v) =>
      versie.citaten.forEach((citaat, c) =>
        visit(citaat, { bestand, regel: id, pad: `${pad}[${v}].citaten[${c}]` }),
      ),
    );
  }
  for (const { bestand, variant } of ctx.varianten) {
    variant.citaten.forEach((citaat, c) =>
      visit(citaat, { bestand, regel: variant.id, pad: `citaten[${c}]` }),
    );
  }
}

const referencesExist: Check = (ctx) => {
  const ruleIds = new Set(ctx.regels.map(({ regel }) => regel.id));
  const variantIds = new Set(ctx.varianten.map(({ variant }) => variant.id));
  const missingRule = (
    id: string,
    where: { bestand: string; regel?: string; pad: string },
  ): void => {
    if (ruleIds.has(id)) return;
    ctx.report({
      code: 'onbekende-regel',
      ...where,
      nl: `Er is geen regel met id "${id}".`,
      en: `There is no rule with id "${id}".`,
    });
  };
  for (const { bestand, regel } of ctx.regels) {
    regel.uitzonderingen.forEach((id, i) =>
      missingRule(id, { bestand, regel: regel.id, pad: `uitzonderingen[${i}]` }),
    );
    if (regel.uitzonderingOp)
      missingRule(regel.uitzonderingOp, { bestand, regel: regel.id, pad: 'uitzonderingOp' });
  }
  ctx.vragen.forEach((vraag, v) =>
    vraag.regels.forEach((id, i) =>
      missingRule(id, { bestand: 'vragen.json', pad: `vragen[${v}].regels[${i}]` }),
    ),
  );
  for (const { bestand, parameter } of ctx.parameters) {
    for (const variant of Object.keys(parameter.varianten)) {
      if (variantIds.has(variant)) continue;
      ctx.report({
        code: 'onbekende-variant',
        bestand,
        regel: parameter.id,
        pad: `varianten.${variant}`,
        nl: `Er is geen variant "${variant}" in varianten/.`,
        en: `There is no variant "${variant}" in varianten/.`,
      });
    }
  }
};

const clausesAreVerbatimAndUnique: Check = (ctx) => {
  const seenSources = new Map<string, string>();
  for (const { bestand, register } of ctx.registers) {
    const earlier = seenSources.get(register.bron);
    if (earlier !== undefined) {
      ctx.report({
        code: 'dubbel-register',
        bestand,
        pad: 'bron',
        nl: `Bron ${register.bron} heeft al een clausuleregister in ${earlier}.`,
        en: `Source ${register.bron} already has a clause register in ${earlier}.`,
      });
    }
    seenSources.set(register.bron, bestand);
    const source = ctx.bronteksten.get(register.bron);
    const ids = new Set<string>();
    register.clausules.forEach((clause, index) => {
      const where = { bestand, regel: clause.id, pad: `clausules[${index}]` };
      if (ids.has(clause.id)) {
        ctx.report({
          code: 'dubbele-clausule',
          ...where,
          nl: `Clausule ${clause.id} staat twee keer in het register.`,
          en: `Clause ${clause.id} appears twice in the register.`,
        });
      }
      ids.add(clause.id);
      if (source !== undefined && !quoteAppearsIn(clause.tekst, source)) {
        ctx.report({
          code: 'clausule-niet-letterlijk',
          ...where,
          pad: `${where.pad}.tekst`,
          nl: `De tekst van clausule ${clause.id} staat niet letterlijk in bron ${register.bron}.`,
          en: `The text of clause ${clause.id} does not appear verbatim in source ${register.bron}.`,
        });
      }
    });
  }
};

/** Clause ids cited anywhere (rules, parameters, variants), per source. */
function citedClauses(ctx: CheckContext): Map<string, Set<string>> {
  const cited = new Map<string, Set<string>>();
  forEachCitation(ctx, (citaat) =>
    cited.set(citaat.bron, (cited.get(citaat.bron) ?? new Set()).add(citaat.clausule)),
  );
  return cited;
}

const citationsNameRegisteredClauses: Check = (ctx) => {
  const registered = new Map(
    ctx.registers.map(({ register }) => [
      register.bron,
      new Set(register.clausules.map((clause) => clause.id)),
    ]),
  );
  forEachCitation(ctx, (citaat, where) => {
    const clauses = registered.get(citaat.bron);
    if (!clauses || clauses.has(citaat.clausule)) return;
    ctx.report({
      code: 'onbekende-clausule',
      ...where,
      pad: `${where.pad}.clausule`,
      nl: `Clausule "${citaat.clausule}" staat niet in het clausuleregister van ${citaat.bron}.${suggestion(citaat.clausule, clauses).nl}`,
      en: `Clause "${citaat.clausule}" is not in the clause register of ${citaat.bron}.${suggestion(citaat.clausule, clauses).en}`,
    });
  });
};

/** Every clause is implemented by a rule, out of scope with a reason, or explicitly planned; never silently missing. */
const everyClauseIsAccountedFor: Check = (ctx) => {
  const cited = citedClauses(ctx);
  for (const { bestand, register } of ctx.registers) {
    register.clausules.forEach((clause, index) => {
      const where = { bestand, regel: clause.id, pad: `clausules[${index}]` };
      const implemented = cited.get(register.bron)?.has(clause.id) ?? false;
      if (implemented && clause.buitenScope) {
        ctx.report({
          code: 'clausule-tegenstrijdig',
          ...where,
          pad: `${where.pad}.buitenScope`,
          nl: `Clausule ${clause.id} wordt door een regel geciteerd maar staat ook als buiten scope. Haal buitenScope weg.`,
          en: `Clause ${clause.id} is cited by a rule but is also marked out of scope. Remove buitenScope.`,
        });
      } else if (implemented && clause.gepland) {
        ctx.report({
          code: 'clausule-al-uitgevoerd',
          ...where,
          pad: `${where.pad}.gepland`,
          nl: `Clausule ${clause.id} wordt al door een regel geciteerd. Haal gepland weg.`,
          en: `Clause ${clause.id} is already cited by a rule. Remove gepland.`,
        });
      } else if (!implemented && !clause.buitenScope && !clause.gepland) {
        ctx.report({
          code: 'clausule-niet-verantwoord',
          ...where,
          nl: `Clausule ${clause.id} wordt door geen regel geciteerd en heeft geen reden om buiten scope te vallen.`,
          en: `Clause ${clause.id} is cited by no rule and has no reason to be out of scope.`,
        });
      }
    });
  }
};

/** A rule that no question names never reaches an answer: it is computed and then dropped. */
const everyRuleAnswersAQuestion: Check = (ctx) => {
  const asked = new Set(ctx.vragen.flatMap((vraag) => vraag.regels));
  for (const { bestand, regel } of ctx.regels) {
    if (regel.soort === 'rekenwijze' || asked.has(regel.id)) continue;
    ctx.report({
      code: 'regel-zonder-vraag',
      bestand,
      regel: regel.id,
      pad: 'id',
      nl: `Geen vraag in vragen.json noemt regel ${regel.id}: haar uitkomst komt in geen antwoord terecht. Zet haar bij een vraag.`,
      en: `No question in vragen.json names rule ${regel.id}: its outcome reaches no answer. Add it to a question.`,
    });
  }
};

/**
 * An exception and its base rule name each other: `uitzonderingOp` on the exception, `uitzonderingen`
 * on the base. Only the base's list lifts anything; an `uitzonderingOp` elsewhere explains the wrong rule.
 */
const exceptionsPointBothWays: Check = (ctx) => {
  const byId = new Map(ctx.regels.map((entry) => [entry.regel.id, entry]));
  for (const { bestand, regel } of ctx.regels) {
    const base = regel.uitzonderingOp === undefined ? undefined : byId.get(regel.uitzonderingOp);
    if (base && !base.regel.uitzonderingen.includes(regel.id))
      ctx.report({
        code: 'uitzondering-op-verkeerde-regel',
        bestand,
        regel: regel.id,
        pad: 'uitzonderingOp',
        nl: `Regel ${regel.id} zegt een uitzondering op ${base.regel.id} te zijn, maar ${base.regel.id} noemt haar niet in uitzonderingen.`,
        en: `Rule ${regel.id} says it is an exception to ${base.regel.id}, but ${base.regel.id} does not list it in uitzonderingen.`,
      });
    regel.uitzonderingen.forEach((id, index) => {
      const exception = byId.get(id)?.regel;
      if (exception?.uitzonderingOp === undefined || exception.uitzonderingOp === regel.id) return;
      ctx.report({
        code: 'uitzondering-op-verkeerde-regel',
        bestand,
        regel: regel.id,
        pad: `uitzonderingen[${index}]`,
        nl: `Regel ${id} staat bij de uitzonderingen van ${regel.id}, maar zegt zelf een uitzondering op ${exception.uitzonderingOp} te zijn.`,
        en: `Rule ${id} is among the exceptions of ${regel.id}, but says it is an exception to ${exception.uitzonderingOp}.`,
      });
    });
  }
};

/**
 * An `advies` rule counts for no answer; a rule that decides over another (a base with exceptions, or
 * an exception) must not be one.
 */
const adviesDecidesNothing: Check = (ctx) => {
  const exceptions = new Set(ctx.regels.flatMap(({ regel }) => regel.uitzonderingen));
  for (const { bestand, regel } of ctx.regels) {
    const decides =
      regel.uitzonderingen.length > 0 ||
      regel.uitzonderingOp !== undefined ||
      exceptions.has(regel.id);
    if (!regel.advies || !decides) continue;
    ctx.report({
      code: 'advies-beslist',
      bestand,
      regel: regel.id,
      pad: 'advies',
      nl: `Regel ${regel.id} staat als advies (telt voor geen antwoord), maar beslist over een andere regel: zij heeft of is een uitzondering.`,
      en: `Rule ${regel.id} is marked advies (counts for no answer), but decides over another rule: it has or is an exception.`,
    });
  }
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a literal fits a fact of this type (lists for `in`/`notIn` hold such values). */
function fitsType(type: string, value: unknown): boolean {
  if (Array.isArray(value)) return value.every((item) => fitsType(type, item));
  if (type === 'boolean') return typeof value === 'boolean';
  if (type === 'datum') return typeof value === 'string' && ISO_DATE.test(value);
  if (type === 'getal' || type === 'bedrag') return typeof value === 'number';
  return typeof value === 'string';
}

/**
 * A condition compares its fact with a value of the fact's own type: a date with a date, a boolean
 * with true or false (not "true"); and one `all` does not ask one fact to equal two values.
 */
const conditionsAreConsistent: Check = (ctx) => {
  for (const { bestand, regel } of ctx.regels) {
    regel.versies.forEach((versie, index) => {
      for (const { condition, pad } of conditionBlocks(versie, index)) {
        const definition = findFact(condition.fact);
        const value: unknown = condition.value;
        if (!definition || (typeof value === 'object' && value !== null && !Array.isArray(value)))
          continue;
        const dateOperator = condition.operator.startsWith('date');
        if (fitsType(definition.type, value) && (!dateOperator || definition.type === 'datum'))
          continue;
        ctx.report({
          code: 'waarde-past-niet-bij-feit',
          bestand,
          regel: regel.id,
          pad: `${pad}.value`,
          nl: `Regel ${regel.id}: ${condition.fact} is een ${definition.type}, maar wordt met ${condition.operator} vergeleken met ${JSON.stringify(value)}.`,
          en: `Rule ${regel.id}: ${condition.fact} is a ${definition.type}, but is compared by ${condition.operator} with ${JSON.stringify(value)}.`,
        });
      }
      for (const block of ['vanToepassing', 'voorwaarden'] as const) {
        const top = versie[block];
        if (!top || !('all' in top)) continue;
        const equal = new Map<string, unknown>();
        top.all.forEach((child, position) => {
          if (!('fact' in child) || child.operator !== 'equal') return;
          if (equal.has(child.fact) && equal.get(child.fact) !== child.value)
            ctx.report({
              code: 'tegenstrijdige-voorwaarden',
              bestand,
              regel: regel.id,
              pad: `versies[${index}].${block}.all[${position}]`,
              nl: `Regel ${regel.id}: deze all vraagt dat ${child.fact} gelijk is aan ${JSON.stringify(equal.get(child.fact))} én aan ${JSON.stringify(child.value)}; daar voldoet geen plan aan.`,
              en: `Rule ${regel.id}: this all asks ${child.fact} to equal both ${JSON.stringify(equal.get(child.fact))} and ${JSON.stringify(child.value)}; no plan can meet it.`,
            });
          equal.set(child.fact, child.value);
        });
      }
    });
  }
};

export /** A json-rules-engine event type: lower-case words joined by hyphens, like the rule ids in lower case. */
const EVENT_TYPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `uitkomst.type` is the event json-rules-engine emits for a rule: what a consumer of the rule files
 * listens to. It names one rule: written as lower-case words, the same in every version of the rule,
 * and used by no other rule.
 */
const eventTypesNameTheirRule: Check = (ctx) => {
  const owners = new Map<string, string>();
  for (const { bestand, regel } of ctx.regels) {
    const first = regel.versies[0]?.uitkomst.type;
    regel.versies.forEach((versie, index) => {
      const type = versie.uitkomst.type;
      const pad = `versies[${index}].uitkomst.type`;
      const where = { bestand, regel: regel.id, pad };
      if (!EVENT_TYPE.test(type))
        ctx.report({
          code: 'uitkomst-type-vorm',
          ...where,
          nl: `uitkomst.type "${type}" is geen naam van kleine letters en streepjes. Gebruik bijvoorbeeld "${regel.id.toLowerCase()}".`,
          en: `uitkomst.type "${type}" is not a name of lower-case letters and hyphens. Use, for example, "${regel.id.toLowerCase()}".`,
        });
      else if (type !== first)
        ctx.report({
          code: 'uitkomst-type-wisselt',
          ...where,
          nl: `uitkomst.type "${type}" verschilt van "${first}" in versie 1: een regel geeft in elke versie hetzelfde event.`,
          en: `uitkomst.type "${type}" differs from "${first}" in version 1: a rule emits the same event in every version.`,
        });
    });
    if (first === undefined || !EVENT_TYPE.test(first)) continue;
    const owner = owners.get(first);
    if (owner === undefined) owners.set(first, regel.id);
    else
      ctx.report({
        code: 'uitkomst-type-dubbel',
        bestand,
        regel: regel.id,
        pad: 'versies[0].uitkomst.type',
        nl: `uitkomst.type "${first}" is ook het event van regel ${owner}: wie naar het event luistert, kan de twee niet uit elkaar houden.`,
        en: `uitkomst.type "${first}" is also the event of rule ${owner}: a listener cannot tell the two apart.`,
      });
  }
};

/**
 * Braces in user-facing texts: in an explanation or condition text every "{" closes with "}" (a typo
 * there shows the user half a placeholder); a title or note is never filled in, so it has none.
 */
const textsHaveWholePlaceholders: Check = (ctx) => {
  const languages = ['nl', 'en'] as const;
  const unbalanced = (text: string): boolean => {
    let open = false;
    for (const char of text) {
      if (char === '{') {
        if (open) return true;
        open = true;
      } else if (char === '}') {
        if (!open) return true;
        open = false;
      }
    }
    return open;
  };
  for (const { bestand, regel } of ctx.regels) {
    const texts: Array<{ pad: string; text: Text; filled: boolean }> = [
      { pad: 'titel', text: regel.titel, filled: false },
    ];
    regel.versies.forEach((versie, index) => {
      for (const [key, text] of Object.entries(versie.uitleg ?? {}))
        if (text) texts.push({ pad: `versies[${index}].uitleg.${key}`, text, filled: true });
      for (const [name, text] of Object.entries(versie.voorwaardeTeksten))
        texts.push({ pad: `versies[${index}].voorwaardeTeksten.${name}`, text, filled: true });
      if (versie.toelichting)
        texts.push({
          pad: `versies[${index}].toelichting`,
          text: versie.toelichting,
          filled: false,
        });
    });
    for (const { pad, text, filled } of texts)
      for (const language of languages) {
        const value = text[language];
        const where = { bestand, regel: regel.id, pad: `${pad}.${language}` };
        if (filled && unbalanced(value))
          ctx.report({
            code: 'accolade-open',
            ...where,
            nl: 'Een { of } staat hier zonder de andere: de gebruiker zou een half ingevulde waarde lezen. Schrijf {naam} of laat de accolade weg.',
            en: 'A { or } appears without the other: the user would read a half-filled value. Write {name} or drop the brace.',
          });
        else if (!filled && /[{}]/.test(value))
          ctx.report({
            code: 'waarde-in-vaste-tekst',
            ...where,
            nl: 'Een titel of toelichting wordt niet ingevuld: {…} zou letterlijk op het scherm staan. Schrijf de waarde uit of zet haar in de uitleg.',
            en: 'A title or note is never filled in: {…} would show literally. Write the value out, or move it to the explanation.',
          });
      }
  }
};

const CHECKS: readonly Check[] = [
  idMatchesFileName,
  idsAreUnique,
  everyVersionHasCitation,
  versionsAreContiguous,
  factsAreKnown,
  operatorsAreKnown,
  conditionsAreExplainedAndCited,
  kindHasItsParts,
  placeholdersAreAvailable,
  citationsNameKnownSources,
  quotesAreVerbatim,
  referencesExist,
  clausesAreVerbatimAndUnique,
  citationsNameRegisteredClauses,
  everyClauseIsAccountedFor,
  everyRuleAnswersAQuestion,
  exceptionsPointBothWays,
  adviesDecidesNothing,
  conditionsAreConsistent,
  eventTypesNameTheirRule,
  textsHaveWholePlaceholders,
];

export function runChecks(ctx: Omit<CheckContext, 'report'>): Issue[] {
  const issues: Issue[] = [];
  for (const check of CHECKS) check({ ...ctx, report: (issue) => issues.push(issue) });
  return issues;
}
