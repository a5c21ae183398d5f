/**
 * Every fact a rule may test, in the order a person should be asked for it. Rule files may only name
 * facts listed here (or `parameter.<id>` of a loaded parameter); the `check` command enforces that.
 *
 * A fact that is a plain copy of one plan field (`proces.startgesprek`, `kostenregel.domein`) is not
 * written down here: its type, question and self-declared flag come from the field in the plan schema
 * (`input/fields.ts`). Only facts the engine derives (`derive.ts`) are listed below, with the fields
 * they read. The asking order is the order of the plan schema; a derived fact comes just before the
 * first field it reads.
 */
import { planFields, type PlanField } from '../input/fields.ts';
import type { Text } from '../rules/schema.ts';

export type FactType = 'boolean' | 'datum' | 'getal' | 'bedrag' | 'keuze' | 'tekst';
export type FactScope = 'plan' | 'kostenregel';

export interface FactDefinition {
  readonly id: string;
  readonly type: FactType;
  readonly bereik: FactScope;
  /** The question to ask when the fact is missing. */
  readonly vraag: Text;
  /** True when the answer is a human judgement the user declares; shown as self-declared. */
  readonly zelfVerklaard: boolean;
  /** Where the fact comes from in the input (JSON path), so tooling can point at the field to fill. */
  readonly invoer: string;
  /** Every plan field the fact is computed from (paths as in `planFields()`); empty for options. */
  readonly velden: readonly string[];
  /** True for a fact the engine computes; false for a plain copy of the one field `invoer`. */
  readonly afgeleid: boolean;
}

interface DerivedFact {
  readonly id: string;
  readonly type: FactType;
  readonly bereik?: FactScope;
  /** Default: the first of `velden`. */
  readonly invoer?: string;
  readonly velden: readonly string[];
  /** Default: the question of the first of `velden`. */
  readonly vraag?: Text;
  readonly zelfVerklaard?: boolean;
}

const DERIVED: readonly DerivedFact[] = [
  {
    id: 'peildatum',
    type: 'datum',
    invoer: '(optie peildatum)',
    velden: [],
    vraag: {
      nl: 'Op welke datum wilt u de regels toepassen?',
      en: 'On which date do you want to apply the rules?',
    },
  },
  {
    id: 'plan.gebruiktUitzondering',
    type: 'boolean',
    invoer: 'kosten',
    velden: ['kosten[].aard', 'kosten[].domein', 'kosten[].financiering'],
    vraag: {
      nl: 'Welke kosten heeft het plan: aard, domein en financiering per kostenregel?',
      en: 'Which costs does the plan have: nature, domain and funding for each cost line?',
    },
  },
  { id: 'plan.zorgEnSociaal', type: 'boolean', velden: ['domeinen'] },
  { id: 'plan.sociaalDomein', type: 'boolean', velden: ['domeinen'] },
  { id: 'plan.domeinoverstijgend', type: 'boolean', velden: ['domeinen'] },
  { id: 'kostenregel.aard', type: 'keuze', bereik: 'kostenregel', velden: ['kosten[].aard'] },
  {
    id: 'kostenregel.uitTransformatiemiddelen',
    type: 'boolean',
    bereik: 'kostenregel',
    velden: ['kosten[].financiering'],
    vraag: {
      nl: 'Worden de kosten betaald uit transformatiemiddelen?',
      en: 'Are the costs paid from transformation funds?',
    },
  },
  {
    id: 'kostenregel.structureelSociaalUitTm',
    type: 'boolean',
    bereik: 'kostenregel',
    velden: ['kosten[].aard', 'kosten[].domein', 'kosten[].financiering'],
    vraag: {
      nl: 'Zijn het structurele kosten in het sociaal domein die uit transformatiemiddelen betaald worden?',
      en: 'Are these structural social-domain costs paid from transformation funds?',
    },
  },
  {
    id: 'kostenregel.laatsteDag',
    type: 'datum',
    bereik: 'kostenregel',
    velden: ['kosten[].bedragen[].periode'],
  },
  {
    id: 'kostenregel.eersteDag',
    type: 'datum',
    bereik: 'kostenregel',
    velden: ['kosten[].bedragen[].periode'],
    vraag: {
      nl: 'Vanaf welk jaar of welke maand lopen de kosten?',
      en: 'From which year or month do the costs run?',
    },
  },
  {
    id: 'kosten.gesplitst',
    type: 'boolean',
    velden: ['kosten[].aard'],
    vraag: {
      nl: 'Is bij elke kostenregel aangegeven of de kosten incidenteel of structureel zijn?',
      en: 'Does every cost line say whether the costs are incidental or structural?',
    },
  },
  {
    id: 'kosten.structureelSociaalNa2027BijVerzekeraar',
    type: 'boolean',
    invoer: 'kosten',
    velden: [
      'kosten[].aard',
      'kosten[].domein',
      'kosten[].financiering',
      'kosten[].bedragen[].periode',
    ],
    vraag: {
      nl: 'Legt het plan structurele kosten in het sociaal domein na 2027 bij een zorgverzekeraar of zorgkantoor?',
      en: 'Does the plan place structural social-domain costs after 2027 with a health insurer or care office?',
    },
  },
  {
    id: 'kosten.viaSpuk',
    type: 'boolean',
    velden: ['kosten[].financiering'],
    vraag: {
      nl: 'Loopt een deel van de kosten via de SPUK?',
      en: 'Does part of the costs go through the SPUK?',
    },
  },
  {
    id: 'plan.vraagtTransformatiemiddelen',
    type: 'boolean',
    velden: ['kosten[].financiering'],
    vraag: {
      nl: 'Vraagt het plan transformatiemiddelen (via zorgverzekeraar, zorgkantoor of SPUK)?',
      en: 'Does the plan ask for transformation funds (through insurer, care office or SPUK)?',
    },
  },
  {
    id: 'beoordeling.regiocoordinatorToegewezen',
    type: 'boolean',
    velden: ['beoordeling.regiocoordinatorRegio'],
    vraag: {
      nl: 'Beoordeelt een regiocoördinator het plan, en uit welke regio komt die?',
      en: 'Does a regional coordinator assess the plan, and from which region?',
    },
  },
  {
    id: 'beoordeling.regiocoordinatorUitEigenRegio',
    type: 'boolean',
    velden: ['regio', 'beoordeling.regiocoordinatorRegio'],
    vraag: {
      nl: 'Uit welke (mandaat)regio komen het plan en de regiocoördinator?',
      en: 'Which (mandate) region do the plan and the regional coordinator come from?',
    },
  },
  { id: 'impact.aantalCriteria', type: 'getal', velden: ['impact.criteria'] },
  {
    id: 'verantwoording.saldo',
    type: 'bedrag',
    velden: ['verantwoording.ontvangen', 'verantwoording.werkelijkeKosten'],
    vraag: {
      nl: 'Hoeveel transformatiemiddelen zijn ontvangen, en wat waren de werkelijke kosten?',
      en: 'How much transformation money was received, and what were the actual costs?',
    },
  },
  {
    id: 'plan.resultatenBinnenVijfJaar',
    type: 'boolean',
    velden: ['resultatenUiterlijk', 'startdatum'],
    vraag: {
      nl: 'Wanneer begint de uitvoering, en wanneer zijn de afspraken uiterlijk gerealiseerd?',
      en: 'When does execution start, and by when are the agreements realised?',
    },
  },
  {
    id: 'spuk.kostenjarenOk',
    type: 'boolean',
    velden: ['spuk.vroegsteKostenjaar', 'spuk.aanvraagIngediend'],
    vraag: {
      nl: 'Over welke jaren vraagt de gemeente kosten aan, en wanneer is de aanvraag ingediend?',
      en: 'Over which years does the municipality claim costs, and when was the application submitted?',
    },
  },
  {
    id: 'spuk.planGoedgekeurdVoorAanvraag',
    type: 'boolean',
    velden: ['spuk.aanvraagIngediend', 'gebeurtenissen.planGoedgekeurd'],
    vraag: {
      nl: 'Wanneer is het plan goedgekeurd, en wanneer is de SPUK aangevraagd?',
      en: 'When was the plan approved, and when was the SPUK applied for?',
    },
  },
  { id: 'spuk.sisaUiterlijk', type: 'datum', velden: ['spuk.verantwoordingsjaar'] },
];

const FIELD_FACT_TYPE: Readonly<Record<PlanField['type'], FactType | undefined>> = {
  boolean: 'boolean',
  datum: 'datum',
  keuze: 'keuze',
  getal: 'getal',
  bedrag: 'bedrag',
  tekst: 'tekst',
  meerkeuze: undefined,
};

function fromField(field: PlanField, feit: string): FactDefinition | undefined {
  const type = FIELD_FACT_TYPE[field.type];
  if (!type) return undefined;
  return {
    id: feit,
    type,
    bereik: field.bereik,
    vraag: field.vraag,
    zelfVerklaard: field.zelfVerklaard,
    invoer: field.pad,
    velden: [field.pad],
    afgeleid: false,
  };
}

function fromDerived(fact: DerivedFact, fields: ReadonlyMap<string, PlanField>): FactDefinition {
  const [first] = fact.velden;
  const field = first === undefined ? undefined : fields.get(first);
  const vraag = fact.vraag ?? field?.vraag;
  if (!vraag) throw new Error(`Derived fact ${fact.id} has no question and reads no field`);
  for (const pad of fact.velden)
    if (!fields.has(pad)) throw new Error(`Derived fact ${fact.id} reads unknown field ${pad}`);
  return {
    id: fact.id,
    type: fact.type,
    bereik: fact.bereik ?? 'plan',
    vraag,
    zelfVerklaard: fact.zelfVerklaard ?? false,
    invoer: fact.invoer ?? first ?? fact.id,
    velden: fact.velden,
    afgeleid: true,
  };
}

function catalogue(): FactDefinition[] {
  const fields = new Map(planFields().map((field) => [field.pad, field]));
  const derivedIds = new Set(DERIVED.map((fact) => fact.id));
  const facts: FactDefinition[] = DERIVED.filter((fact) => fact.velden.length === 0).map((fact) =>
    fromDerived(fact, fields),
  );
  for (const field of fields.values()) {
    for (const fact of DERIVED)
      if (fact.velden[0] === field.pad) facts.push(fromDerived(fact, fields));
    const copy =
      field.feit === undefined || derivedIds.has(field.feit)
        ? undefined
        : fromField(field, field.feit);
    if (copy) facts.push(copy);
  }
  return facts;
}

export const FACTS: readonly FactDefinition[] = catalogue();

const BY_ID = new Map(FACTS.map((definition, index) => [definition.id, { definition, index }]));

export const PARAMETER_FACT_PREFIX = 'parameter.';
/** `variant.<id>`: true when that variant was chosen. */
export const VARIANT_FACT_PREFIX = 'variant.';

export function findFact(id: string): FactDefinition | undefined {
  return BY_ID.get(id)?.definition;
}

/** Position in the asking order; parameters and unknown ids sort last. */
export function askOrder(id: string): number {
  return BY_ID.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
}
