/**
 * Which fields the simulator asks, derived rather than written down: the facts that the rules of the
 * chosen questions read (their conditions, exceptions and deadlines), the input field each fact comes
 * from (the FACTS catalogue's `invoer`), and the kind of control that field needs (the
 * engine's `planField`: yes/no, date, choice, number, text). The question asked is the catalogue's.
 */
import { FACTS, planField, type RuleSet, type Text } from '@iza-regels/engine';
import { VRAAG, STAPPEN, type StapId } from './woorden.ts';

export type Soort =
  | { readonly soort: 'ja-nee' }
  /** `leeg`: the schema allows null, here "has not happened yet". */
  | { readonly soort: 'datum'; readonly leeg: boolean }
  | { readonly soort: 'keuze'; readonly opties: readonly string[]; readonly leeg: boolean }
  | { readonly soort: 'meerkeuze'; readonly opties: readonly string[] }
  | { readonly soort: 'getal'; readonly euro: boolean; readonly geheel: boolean }
  | { readonly soort: 'tekst'; readonly leeg: boolean };

export interface Veld {
  /** Path in the plan, as the catalogue writes it: `proces.startgesprek`, `kosten[].aard`. */
  readonly pad: string;
  readonly vraag: Text;
  readonly zelfVerklaard: boolean;
  readonly soort: Soort;
}

export interface Stap {
  readonly id: StapId;
  readonly titel: Text;
  /** Plan fields of this step; for the cost step, the fields of one cost line (`kosten[].…`). */
  readonly velden: readonly Veld[];
}

/**
 * Facts that the engine derives from more than the one field the catalogue names; the extra fields
 * must be asked as well, or the fact can never become known.
 */
const OOK_NODIG: Readonly<Record<string, readonly string[]>> = {
  'verantwoording.saldo': ['verantwoording.werkelijkeKosten'],
  'plan.resultatenBinnenVijfJaar': ['startdatum'],
  'beoordeling.regiocoordinatorUitEigenRegio': ['beoordeling.regiocoordinatorRegio'],
  'spuk.kostenjarenOk': ['spuk.aanvraagIngediend'],
  'spuk.planGoedgekeurdVoorAanvraag': ['gebeurtenissen.planGoedgekeurd'],
};

/** The kind of control a plan field needs, from the engine's description of the field. */
export function soortVan(pad: string): Soort | undefined {
  const field = planField(pad);
  if (!field) return undefined;
  const leeg = field.leeg !== undefined;
  const opties = (field.keuzes ?? []).map((keuze) => keuze.waarde);
  switch (field.type) {
    case 'boolean':
      return { soort: 'ja-nee' };
    case 'keuze':
      return { soort: 'keuze', opties, leeg };
    case 'meerkeuze':
      return { soort: 'meerkeuze', opties };
    case 'getal':
    case 'bedrag':
      return { soort: 'getal', euro: field.type === 'bedrag', geheel: field.geheel };
    case 'datum':
      return { soort: 'datum', leeg };
    case 'tekst':
      return { soort: 'tekst', leeg };
  }
}

/** Plan-level paths like `kosten`, `kosten[2].aard` or `kosten[].aard` all belong to the cost step. */
export const isKosten = (pad: string): boolean => /^kosten(\[|$)/.test(pad);

/** "(Nog niet: null.)" is how the catalogue tells a programmer about null; a form has a checkbox. */
export const zonderNull = (text: Text): Text => ({
  nl: text.nl.replace(/\s*\([^)]*\bnull\b[^)]*\)/g, ''),
  en: text.en.replace(/\s*\([^)]*\bnull\b[^)]*\)/g, ''),
});

function readFacts(condition: unknown, into: Set<string>): void {
  if (typeof condition !== 'object' || condition === null) return;
  const node = condition as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    const list = node[key];
    if (Array.isArray(list)) for (const child of list) readFacts(child, into);
  }
  readFacts(node.not, into);
  if (typeof node.fact === 'string') into.add(node.fact);
  const value = node.value;
  if (typeof value === 'object' && value !== null && 'fact' in value)
    into.add(String((value as { fact: unknown }).fact));
}

/** Every fact the rules of these questions read, exceptions and deadline starts and ends included. */
export function factsOf(ruleSet: RuleSet, vragen: readonly string[]): Set<string> {
  const facts = new Set<string>();
  const ruleIds = new Set(
    ruleSet.vragen.vragen.filter((vraag) => vragen.includes(vraag.id)).flatMap((v) => v.regels),
  );
  for (const id of [...ruleIds])
    for (const exception of ruleSet.regels.get(id)?.uitzonderingen ?? []) ruleIds.add(exception);
  for (const id of ruleIds) {
    for (const versie of ruleSet.regels.get(id)?.versies ?? []) {
      readFacts(versie.vanToepassing, facts);
      readFacts(versie.voorwaarden, facts);
      if (versie.termijn) facts.add(versie.termijn.start).add(versie.termijn.einde);
    }
  }
  return facts;
}

function veld(pad: string, vraag: Text, zelfVerklaard: boolean): Veld | undefined {
  const soort = soortVan(pad);
  return soort ? { pad, vraag: zonderNull(VRAAG[pad] ?? vraag), zelfVerklaard, soort } : undefined;
}

/**
 * The events that start or end a reaction time (WI-T-01 …, BK-DEC-…), as date fields in the asking
 * order, and the deadline rules they drive: the deadline calculator takes event dates only.
 */
export function gebeurtenisVelden(ruleSet: RuleSet): { velden: Veld[]; regels: Set<string> } {
  const facts = new Set<string>();
  const regels = new Set<string>();
  for (const regel of ruleSet.regels.values())
    for (const versie of regel.versies)
      if (versie.termijn?.start.startsWith('gebeurtenissen.')) {
        facts.add(versie.termijn.start).add(versie.termijn.einde);
        regels.add(regel.id);
      }
  const velden = FACTS.filter(
    (fact) => facts.has(fact.id) && fact.invoer.startsWith('gebeurtenissen.'),
  )
    .flatMap((fact) => veld(fact.invoer, fact.vraag, false) ?? [])
    .map((v): Veld => ({ ...v, soort: { soort: 'datum', leeg: false } }));
  return { velden, regels };
}

/** The fields to ask for a set of facts, in the catalogue's asking order, grouped into steps. */
export function stappenVoor(facts: ReadonlySet<string>): Stap[] {
  const velden = new Map<string, Veld>();
  const kosten = new Map<string, Veld>();
  let heeftKosten = false;
  const add = (pad: string, vraag: Text, zelfVerklaard: boolean): void => {
    if (isKosten(pad)) {
      heeftKosten = true;
      const eigen = pad.replace(/^kosten\[\]\./, '');
      if (pad.startsWith('kosten[].') && !eigen.includes('[') && !kosten.has(eigen)) {
        const found = veld(pad, vraag, zelfVerklaard);
        if (found) kosten.set(eigen, found);
      }
      return;
    }
    if (velden.has(pad)) return;
    const found = veld(pad, vraag, zelfVerklaard);
    if (found) velden.set(pad, found);
  };
  for (const fact of FACTS) {
    if (!facts.has(fact.id)) continue;
    add(fact.invoer, fact.vraag, fact.zelfVerklaard);
    for (const pad of OOK_NODIG[fact.id] ?? []) {
      const own = FACTS.find((other) => other.invoer === pad);
      add(pad, own?.vraag ?? fact.vraag, own?.zelfVerklaard ?? false);
    }
  }
  // Each field goes to the first step that names its path or group; anything new lands in the last.
  const perStap = new Map<StapId, Veld[]>();
  for (const v of velden.values()) {
    const stap = STAPPEN.find((s) => s.paden.some((p) => matches(p, v.pad))) ?? STAPPEN.at(-1);
    if (stap) perStap.set(stap.id, [...(perStap.get(stap.id) ?? []), v]);
  }
  if (heeftKosten) perStap.set('kosten', [...kosten.values()]);
  return STAPPEN.flatMap((stap) => {
    const own = perStap.get(stap.id);
    return own ? [{ id: stap.id, titel: stap.titel, velden: own }] : [];
  });
}

/** `p` is a group prefix (`proces.`) or an exact top-level path (`domeinen`). */
const matches = (p: string, pad: string): boolean =>
  p.endsWith('.') ? pad.startsWith(p) : pad === p;

/** The step that holds a plan path (`kosten[1].aard`, `proces.startgesprek`), if any. */
export function stapVan(stappen: readonly Stap[], pad: string): number {
  if (isKosten(pad)) return stappen.findIndex((stap) => stap.id === 'kosten');
  return stappen.findIndex((stap) => stap.velden.some((v) => v.pad === pad));
}

/** The DOM id of a field, so that a missing fact can link to it. `kosten[1].aard` → `veld-kosten-1-aard`. */
export const veldId = (pad: string): string =>
  `veld-${pad.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
