/**
 * One rule as a page shows it: its versions, its conditions as a tree in words, its citations, the
 * explanation per outcome with the values of today filled in, the values and variants that touch it
 * and the worked cases that name it. Everything is read from the rule files; the page only lays it out.
 */
import {
  FACTS,
  durationText,
  type Citation,
  type Outcome,
  type RuleFile,
  type RuleSet,
  type Text,
  type WorkedCase,
} from '@iza-regels/engine';
import { datum, getal, type Taal } from './tekst.ts';
import { PLEK } from './woorden.ts';

export { BEREIK, SOORT } from './woorden.ts';

export type RegelVersie = RuleFile['versies'][number];
type Top = NonNullable<RegelVersie['voorwaarden']>;
/** A node of a json-rules-engine condition tree: a leaf, all, any or not. */
export type Voorwaarde = Extract<Top, { all: unknown }>['all'][number];
type Blad = Extract<Voorwaarde, { name: string }>;
type MapWaarde<M> = M extends ReadonlyMap<string, infer V> ? V : never;
export type ParameterBestand = MapWaarde<RuleSet['parameters']>;
export type ParameterVersie = ParameterBestand['versies'][number];
export type VariantBestand = MapWaarde<RuleSet['varianten']>;
export type Bron = RuleSet['bronnen']['bronnen'][number];

interface Gedateerd {
  readonly geldigVan: string;
  readonly geldigTot: string | null;
}

/** The version in force on a day (ISO dates compare as strings), if any. */
export function inWerking<T extends Gedateerd>(versies: readonly T[], dag: string): T | undefined {
  return versies.find(
    (versie) => versie.geldigVan <= dag && (versie.geldigTot === null || dag <= versie.geldigTot),
  );
}

/** The version a page shows first: the one in force on the day, or else the latest one. */
export function huidigeVersie(regel: RuleFile, dag: string): RegelVersie {
  const laatste = [...regel.versies].sort((a, b) => b.geldigVan.localeCompare(a.geldigVan))[0];
  const versie = inWerking(regel.versies, dag) ?? laatste;
  if (!versie) throw new Error(`Regel ${regel.id} heeft geen versies.`);
  return versie;
}

/** The source a rule is filed under: the source of the first citation of its current version. */
export function bronVan(regel: RuleFile, dag: string): string | undefined {
  return huidigeVersie(regel, dag).citaten[0]?.bron;
}

/** Rule pages and their anchors, used by every page that links to a rule or a citation. */
export const regelHref = (id: string, taal: Taal): string =>
  `${taal === 'nl' ? '' : '/en'}/regels/${id}/`;

export const clausuleAnker = (bron: string, clausule: string): string =>
  `clausule-${bron}-${clausule}`;

/** The row of a parameter in the table of values on a rule page. */
export const waardeAnker = (parameter: string): string => `waarde-${parameter}`;

/** Rule ids sorted as people read them: by prefix, then by number. */
export const opId = (a: string, b: string): number =>
  a.localeCompare(b, 'nl', { numeric: true, sensitivity: 'base' });

/** The value of a parameter on a day, in words; undefined when no version is in force. */
export function parameterWaarde(
  parameter: ParameterBestand,
  versie: ParameterVersie,
  taal: Taal,
): string {
  const { waarde } = versie;
  if (typeof waarde === 'number') return getal(waarde, taal);
  if (parameter.type === 'duur') return durationText(waarde)[taal];
  return datum(waarde, taal);
}

/* ------------------------------------------------------------------ explanation templates */

export type Deel =
  | { readonly soort: 'tekst'; readonly tekst: string }
  /** A value from a parameter, as it is today. */
  | { readonly soort: 'waarde'; readonly tekst: string; readonly parameter: string }
  /** A value that comes from the plan, shown as a named blank. */
  | { readonly soort: 'plek'; readonly tekst: string };

/**
 * Split an explanation template into text, today's parameter values and named blanks for what the
 * plan fills in. A termijn's `{duur}` is the value of its duration parameter.
 */
export function vulIn(
  sjabloon: string,
  taal: Taal,
  ruleSet: RuleSet,
  dag: string,
  termijnDuur?: string,
): Deel[] {
  const delen: Deel[] = [];
  let rest = 0;
  for (const match of sjabloon.matchAll(/\{([\w.-]+)\}/g)) {
    const index = match.index;
    if (index > rest) delen.push({ soort: 'tekst', tekst: sjabloon.slice(rest, index) });
    rest = index + match[0].length;
    const naam = match[1] ?? '';
    const parameterId = naam === 'duur' && termijnDuur ? termijnDuur : naam;
    const parameter = ruleSet.parameters.get(parameterId);
    const versie = parameter ? inWerking(parameter.versies, dag) : undefined;
    if (parameter && versie) {
      delen.push({
        soort: 'waarde',
        tekst: parameterWaarde(parameter, versie, taal),
        parameter: parameter.id,
      });
    } else {
      delen.push({ soort: 'plek', tekst: PLEK[naam]?.[taal] ?? naam });
    }
  }
  if (rest < sjabloon.length) delen.push({ soort: 'tekst', tekst: sjabloon.slice(rest) });
  return delen;
}

/* ------------------------------------------------------------------ anchors */

/** Unique anchors on one page: the first use of a name gets the plain anchor, later ones a suffix. */
export class Ankers {
  readonly #gebruikt = new Set<string>();

  maak(basis: string, achtervoegsel: string): string {
    let anker = this.#gebruikt.has(basis) ? `${basis}--${achtervoegsel}` : basis;
    for (let n = 2; this.#gebruikt.has(anker); n += 1) anker = `${basis}--${achtervoegsel}-${n}`;
    this.#gebruikt.add(anker);
    return anker;
  }
}

/* ------------------------------------------------------------------ conditions */

export type Knoop =
  | {
      readonly soort: 'blad';
      readonly naam: string;
      readonly anker: string;
      /** What the condition asks in words, with today's values filled in; undefined without text. */
      readonly tekst: Readonly<Record<Taal, readonly Deel[]>> | undefined;
      /** The anchor of the citation that carries this condition on the same page. */
      readonly citaatAnker: string | undefined;
      readonly citaat: Citation | undefined;
      /** The condition as the engine reads it, for those who want to check it. */
      readonly technisch: string;
    }
  | { readonly soort: 'alle' | 'een'; readonly kinderen: readonly Knoop[] }
  | { readonly soort: 'niet'; readonly kind: Knoop };

const waardeTekst = (waarde: Blad['value']): string =>
  typeof waarde === 'object' && !Array.isArray(waarde) ? waarde.fact : JSON.stringify(waarde);

interface BoomContext {
  readonly versie: RegelVersie;
  readonly ankers: Ankers;
  readonly citaatAnkers: ReadonlyMap<string, string>;
  readonly ruleSet: RuleSet;
  readonly dag: string;
}

function boom(voorwaarde: Voorwaarde | Top, ctx: BoomContext): Knoop {
  if ('all' in voorwaarde)
    return { soort: 'alle', kinderen: voorwaarde.all.map((kind) => boom(kind, ctx)) };
  if ('any' in voorwaarde)
    return { soort: 'een', kinderen: voorwaarde.any.map((kind) => boom(kind, ctx)) };
  if ('not' in voorwaarde) return { soort: 'niet', kind: boom(voorwaarde.not, ctx) };
  const { versie, ankers, citaatAnkers, ruleSet, dag } = ctx;
  const tekst = versie.voorwaardeTeksten[voorwaarde.name];
  return {
    soort: 'blad',
    naam: voorwaarde.name,
    anker: ankers.maak(`voorwaarde-${voorwaarde.name}`, versie.geldigVan),
    tekst: tekst
      ? {
          nl: vulIn(tekst.nl, 'nl', ruleSet, dag, versie.termijn?.duur),
          en: vulIn(tekst.en, 'en', ruleSet, dag, versie.termijn?.duur),
        }
      : undefined,
    citaatAnker: tekst ? citaatAnkers.get(tekst.citaat) : undefined,
    citaat: tekst ? versie.citaten.find((citaat) => citaat.id === tekst.citaat) : undefined,
    technisch: `${voorwaarde.fact} ${voorwaarde.operator} ${waardeTekst(voorwaarde.value)}`,
  };
}

function bladeren(voorwaarde: Voorwaarde | Top | undefined): Blad[] {
  if (!voorwaarde) return [];
  if ('all' in voorwaarde) return voorwaarde.all.flatMap(bladeren);
  if ('any' in voorwaarde) return voorwaarde.any.flatMap(bladeren);
  if ('not' in voorwaarde) return bladeren(voorwaarde.not);
  return [voorwaarde];
}

/* ------------------------------------------------------------------ the rule page */

export type UitlegSleutel = 'voldoet' | 'voldoetNiet' | 'onbekend' | 'nietVanToepassing';
const UITKOMST_VAN: Record<UitlegSleutel, Outcome> = {
  voldoet: 'voldoet',
  voldoetNiet: 'voldoet-niet',
  onbekend: 'onbekend',
  nietVanToepassing: 'niet-van-toepassing',
};

export interface VersieWeergave {
  readonly versie: RegelVersie;
  readonly huidig: boolean;
  /** In force on the day the site was built. */
  readonly geldtNu: boolean;
  readonly sleutel: string;
  readonly uitleg: readonly {
    readonly sleutel: UitlegSleutel;
    readonly uitkomst: Outcome;
    readonly delen: Readonly<Record<Taal, readonly Deel[]>>;
  }[];
  readonly vanToepassing: Knoop | undefined;
  readonly voorwaarden: Knoop | undefined;
  readonly citaten: readonly { readonly citaat: Citation; readonly anker: string }[];
  readonly termijn:
    | { readonly start: Text; readonly einde: Text; readonly duur: ParameterBestand | undefined }
    | undefined;
}

export interface WaardeWeergave {
  readonly parameter: ParameterBestand;
  readonly anker: string;
  readonly nu: ParameterVersie | undefined;
  readonly varianten: readonly {
    readonly variant: VariantBestand | undefined;
    readonly id: string;
    readonly versies: readonly ParameterVersie[];
  }[];
}

export interface VariantWeergave {
  readonly variant: VariantBestand;
  readonly hoe: readonly (
    | { readonly soort: 'parameter'; readonly parameter: ParameterBestand }
    | { readonly soort: 'voorwaarde' }
    | { readonly soort: 'termijnen' }
  )[];
}

export type Verwachting =
  | { readonly soort: 'uitkomst'; readonly uitkomst: Outcome }
  | { readonly soort: 'kostenregels'; readonly uitkomsten: readonly Outcome[] }
  | { readonly soort: 'termijn'; readonly vervaldatum: string; readonly status?: string }
  | { readonly soort: 'genoemd' };

export interface GevalWeergave {
  readonly geval: WorkedCase;
  readonly verwacht: readonly Verwachting[];
}

export interface RegelWeergave {
  readonly regel: RuleFile;
  readonly versies: readonly VersieWeergave[];
  readonly waarden: readonly WaardeWeergave[];
  readonly varianten: readonly VariantWeergave[];
  readonly gevallen: readonly GevalWeergave[];
}

const FEITVRAAG = new Map(FACTS.map((feit) => [feit.id, feit.vraag]));
const feitVraag = (feit: string): Text => FEITVRAAG.get(feit) ?? { nl: feit, en: feit };

/** Which parameters a rule uses: in its conditions, as the length of its deadline, in its texts. */
function gebruikteParameters(regel: RuleFile, ruleSet: RuleSet): ParameterBestand[] {
  const ids = new Set<string>();
  const noem = (tekst: string): void => {
    if (tekst.startsWith('parameter.')) ids.add(tekst.slice('parameter.'.length));
  };
  for (const versie of regel.versies) {
    for (const blad of [...bladeren(versie.vanToepassing), ...bladeren(versie.voorwaarden)]) {
      noem(blad.fact);
      if (typeof blad.value === 'object' && !Array.isArray(blad.value)) noem(blad.value.fact);
    }
    if (versie.termijn) ids.add(versie.termijn.duur);
    for (const tekst of [
      ...Object.values(versie.uitleg ?? {}),
      ...Object.values(versie.voorwaardeTeksten),
    ])
      for (const match of `${tekst.nl} ${tekst.en}`.matchAll(/\{([\w.-]+)\}/g))
        if (match[1] && ruleSet.parameters.has(match[1])) ids.add(match[1]);
  }
  return [...ids].flatMap((id) => {
    const parameter = ruleSet.parameters.get(id);
    return parameter ? [parameter] : [];
  });
}

const NOEMT = (id: string): RegExp =>
  new RegExp(`(?<![A-Z0-9-])${id.replace(/[-]/g, '\\-')}(?![0-9])`);

/** The worked cases that name a rule, with what they expect of it. */
export function gevallenVoor(id: string, gevallen: readonly WorkedCase[]): GevalWeergave[] {
  const noemt = NOEMT(id);
  return gevallen.flatMap((geval) => {
    const { regels, kostenregels, termijnen } = geval.verwacht;
    const verwacht: Verwachting[] = [];
    const uitkomst = regels[id];
    if (uitkomst) verwacht.push({ soort: 'uitkomst', uitkomst });
    const perKostenregel = kostenregels[id];
    if (perKostenregel) verwacht.push({ soort: 'kostenregels', uitkomsten: perKostenregel });
    const termijn = termijnen[id];
    if (termijn)
      verwacht.push({
        soort: 'termijn',
        vervaldatum: termijn.vervaldatum,
        ...(termijn.status ? { status: termijn.status } : {}),
      });
    if (verwacht.length === 0 && noemt.test(geval.naam)) verwacht.push({ soort: 'genoemd' });
    return verwacht.length > 0 ? [{ geval, verwacht }] : [];
  });
}

/** Everything the page of one rule shows, with unique anchors assigned in the order of the page. */
export function regelWeergave(
  regel: RuleFile,
  ruleSet: RuleSet,
  gevallen: readonly WorkedCase[],
  dag: string,
): RegelWeergave {
  const huidig = huidigeVersie(regel, dag);
  const ankers = new Ankers();
  // The current version first, so that its citations and conditions get the plain anchors.
  const volgorde = [huidig, ...regel.versies.filter((versie) => versie !== huidig)];
  const versies = volgorde.map((versie): VersieWeergave => {
    const citaten = versie.citaten.map((citaat) => ({
      citaat,
      anker: ankers.maak(`citaat-${citaat.id}`, versie.geldigVan),
    }));
    const citaatAnkers = new Map(citaten.map(({ citaat, anker }) => [citaat.id, anker]));
    const ctx: BoomContext = { versie, ankers, citaatAnkers, ruleSet, dag };
    const uitleg = versie.uitleg;
    const sleutels: UitlegSleutel[] = ['voldoet', 'voldoetNiet', 'onbekend', 'nietVanToepassing'];
    return {
      versie,
      huidig: versie === huidig,
      geldtNu: inWerking([versie], dag) !== undefined,
      sleutel: versie.geldigVan,
      uitleg: uitleg
        ? sleutels.flatMap((sleutel) => {
            const tekst = uitleg[sleutel];
            if (!tekst) return [];
            const vul = (taal: Taal) =>
              vulIn(tekst[taal], taal, ruleSet, dag, versie.termijn?.duur);
            return [
              { sleutel, uitkomst: UITKOMST_VAN[sleutel], delen: { nl: vul('nl'), en: vul('en') } },
            ];
          })
        : [],
      vanToepassing: versie.vanToepassing ? boom(versie.vanToepassing, ctx) : undefined,
      voorwaarden: versie.voorwaarden ? boom(versie.voorwaarden, ctx) : undefined,
      citaten,
      termijn: versie.termijn
        ? {
            start: feitVraag(versie.termijn.start),
            einde: feitVraag(versie.termijn.einde),
            duur: ruleSet.parameters.get(versie.termijn.duur),
          }
        : undefined,
    };
  });

  const parameters = gebruikteParameters(regel, ruleSet);
  const waarden = parameters.map((parameter): WaardeWeergave => ({
    parameter,
    anker: waardeAnker(parameter.id),
    nu: inWerking(parameter.versies, dag),
    varianten: Object.entries(parameter.varianten).map(([id, versies]) => ({
      id,
      variant: ruleSet.varianten.get(id),
      versies,
    })),
  }));

  const raakt = new Map<string, VariantWeergave['hoe'][number][]>();
  const voegToe = (id: string, hoe: VariantWeergave['hoe'][number]): void => {
    raakt.set(id, [...(raakt.get(id) ?? []), hoe]);
  };
  for (const parameter of parameters)
    for (const id of Object.keys(parameter.varianten))
      voegToe(id, { soort: 'parameter', parameter });
  const variantFeiten = new Set(
    regel.versies.flatMap((versie) =>
      [...bladeren(versie.vanToepassing), ...bladeren(versie.voorwaarden)]
        .map((blad) => blad.fact)
        .filter((feit) => feit.startsWith('variant.')),
    ),
  );
  for (const feit of variantFeiten) voegToe(feit.slice('variant.'.length), { soort: 'voorwaarde' });
  // The engine moves every deadline past weekends and holidays under the variant `doorrollen`.
  if (regel.soort === 'termijn' && ruleSet.varianten.has('doorrollen'))
    voegToe('doorrollen', { soort: 'termijnen' });
  const varianten = [...raakt].flatMap(([id, hoe]) => {
    const variant = ruleSet.varianten.get(id);
    return variant ? [{ variant, hoe }] : [];
  });

  return { regel, versies, waarden, varianten, gevallen: gevallenVoor(regel.id, gevallen) };
}
