/**
 * Every fact a rule may test, in the order a person should be asked for it. Rule files may only name
 * facts listed here (or `parameter.<id>` of a loaded parameter); the `check` command enforces that.
 */
import type { Text } from '../rules/schema.ts';

export type FactType = 'boolean' | 'datum' | 'getal' | 'keuze';
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
}

const fact = (
  id: string,
  type: FactType,
  invoer: string,
  vraag: Text,
  zelfVerklaard = false,
  bereik: FactScope = 'plan',
): FactDefinition => ({ id, type, bereik, vraag, zelfVerklaard, invoer });

const line = (
  id: string,
  type: FactType,
  invoer: string,
  vraag: Text,
  zelfVerklaard = false,
): FactDefinition => fact(id, type, invoer, vraag, zelfVerklaard, 'kostenregel');

export const FACTS: readonly FactDefinition[] = [
  fact('peildatum', 'datum', '(optie peildatum)', {
    nl: 'Op welke datum wilt u de regels toepassen?',
    en: 'On which date do you want to apply the rules?',
  }),
  fact('variant.doorrollen', 'boolean', '(optie variant)', {
    nl: 'Wilt u termijnen die in een weekend of op een feestdag eindigen doorschuiven?',
    en: 'Do you want deadlines that end on a weekend or holiday to move to the next working day?',
  }),
  fact('plan.gebruiktUitzondering', 'boolean', 'kosten', {
    nl: 'Welke kosten heeft het plan: aard, domein en financiering per kostenregel?',
    en: 'Which costs does the plan have: nature, domain and funding for each cost line?',
  }),
  fact('plan.zorgEnSociaal', 'boolean', 'domeinen', {
    nl: 'Op welke domeinen heeft het plan betrekking (zorg, sociaal domein, Wlz)?',
    en: 'Which domains does the plan cover (health care, social domain, long-term care)?',
  }),
  fact('plan.sociaalDomein', 'boolean', 'domeinen', {
    nl: 'Op welke domeinen heeft het plan betrekking (zorg, sociaal domein, Wlz)?',
    en: 'Which domains does the plan cover (health care, social domain, long-term care)?',
  }),
  fact('plan.landelijk', 'boolean', 'landelijk', {
    nl: 'Is het een landelijk plan?',
    en: 'Is it a national plan?',
  }),
  line('kostenregel.aard', 'keuze', 'kosten[].aard', {
    nl: 'Zijn de kosten eenmalig (incidenteel) of blijvend (structureel)?',
    en: 'Are the costs one-off (incidental) or lasting (structural)?',
  }),
  line('kostenregel.domein', 'keuze', 'kosten[].domein', {
    nl: 'In welk domein vallen de kosten: zorg, sociaal domein of Wlz?',
    en: 'In which domain do the costs fall: health care, social domain or long-term care?',
  }),
  line('kostenregel.financiering', 'keuze', 'kosten[].financiering', {
    nl: 'Hoe worden de kosten betaald: via de SPUK, door een zorgverzekeraar, door een zorgkantoor, uit eigen middelen van de gemeente of anders?',
    en: 'How are the costs paid: through the SPUK, by a health insurer, by a care office, from the municipality’s own funds or otherwise?',
  }),
  line('kostenregel.uitTransformatiemiddelen', 'boolean', 'kosten[].financiering', {
    nl: 'Worden de kosten betaald uit transformatiemiddelen?',
    en: 'Are the costs paid from transformation funds?',
  }),
  line('kostenregel.structureelSociaalUitTm', 'boolean', 'kosten[].aard', {
    nl: 'Zijn het structurele kosten in het sociaal domein die uit transformatiemiddelen betaald worden?',
    en: 'Are these structural social-domain costs paid from transformation funds?',
  }),
  line(
    'kostenregel.voortvloeiendUitPlan',
    'boolean',
    'kosten[].voortvloeiendUitPlan',
    {
      nl: 'Ontstaan deze kosten door het transformatieplan?',
      en: 'Do these costs arise from the transformation plan?',
    },
    true,
  ),
  line(
    'kostenregel.uitvoeringskosten',
    'boolean',
    'kosten[].uitvoeringskosten',
    {
      nl: 'Zijn het uitvoeringskosten, zoals de diensten van een sociaal werker?',
      en: 'Are these implementation costs, such as the services of a social worker?',
    },
    true,
  ),
  line('kostenregel.laatsteDag', 'datum', 'kosten[].bedragen[].periode', {
    nl: 'Over welke jaren of maanden lopen de kosten?',
    en: 'Over which years or months do the costs run?',
  }),
  fact('kosten.gesplitst', 'boolean', 'kosten[].aard', {
    nl: 'Is bij elke kostenregel aangegeven of de kosten incidenteel of structureel zijn?',
    en: 'Does every cost line say whether the costs are incidental or structural?',
  }),
  fact('kosten.structureelSociaalNa2027BijVerzekeraar', 'boolean', 'kosten', {
    nl: 'Legt het plan structurele kosten in het sociaal domein na 2027 bij een zorgverzekeraar of zorgkantoor?',
    en: 'Does the plan place structural social-domain costs after 2027 with a health insurer or care office?',
  }),
  fact(
    'aansluiting.regiobeeld',
    'boolean',
    'aansluiting.regiobeeld',
    {
      nl: 'Is het plan in lijn met het regiobeeld?',
      en: 'Is the plan in line with the regional picture (regiobeeld)?',
    },
    true,
  ),
  fact(
    'aansluiting.regioplan',
    'boolean',
    'aansluiting.regioplan',
    {
      nl: 'Is het plan in lijn met het regioplan?',
      en: 'Is the plan in line with the regional plan (regioplan)?',
    },
    true,
  ),
  fact(
    'aansluiting.izaDoelen',
    'boolean',
    'aansluiting.izaDoelen',
    {
      nl: 'Draagt het plan bij aan de IZA-doelstellingen?',
      en: 'Does the plan contribute to the IZA objectives?',
    },
    true,
  ),
  fact(
    'aansluiting.landelijkImpactvol',
    'boolean',
    'aansluiting.landelijkImpactvol',
    {
      nl: 'Draagt het (landelijke) plan impactvol bij aan de IZA-doelen?',
      en: 'Does the (national) plan contribute to the IZA goals with real impact?',
    },
    true,
  ),
  fact(
    'businesscase.duurzameImplementatie',
    'boolean',
    'businesscase.duurzameImplementatie',
    {
      nl: 'Onderbouwt de businesscase dat het plan duurzaam wordt ingevoerd?',
      en: 'Does the business case show that the plan will be implemented durably?',
    },
    true,
  ),
  fact(
    'gemeente.intentieNa2027',
    'boolean',
    'gemeente.intentieNa2027',
    {
      nl: 'Spreekt de gemeente de intentie uit om het plan na 2027 duurzaam uit te voeren?',
      en: 'Does the municipality state its intention to carry on the plan durably after 2027?',
    },
    true,
  ),
  fact(
    'gemeente.totaleStructureleKostenSociaalDomein',
    'getal',
    'gemeente.totaleStructureleKostenSociaalDomein',
    {
      nl: 'Wat zijn de totale structurele kosten voor het sociaal domein volgens de businesscase?',
      en: 'What are the total structural social-domain costs according to the business case?',
    },
  ),
  fact('gemeente.eigenFinanciering', 'getal', 'gemeente.eigenFinanciering', {
    nl: 'Welk deel van die kosten betaalt de gemeente zelf?',
    en: 'Which part of those costs does the municipality pay itself?',
  }),
  fact(
    'overigeCriteria.kader',
    'boolean',
    'overigeCriteria.kader',
    {
      nl: 'Voldoet het plan aan de andere criteria van het beoordelingskader?',
      en: 'Does the plan meet the other criteria of the assessment framework?',
    },
    true,
  ),
  fact(
    'overigeCriteria.spukRegeling',
    'boolean',
    'overigeCriteria.spukRegeling',
    {
      nl: 'Voldoet het plan aan de Regeling SPUK transformatiemiddelen?',
      en: 'Does the plan meet the SPUK transformation funds regulation?',
    },
    true,
  ),
  fact(
    'gebeurtenissen.snelleToetsAangekondigd',
    'datum',
    'gebeurtenissen.snelleToetsAangekondigd',
    {
      nl: 'Wanneer is de snelle toets bij de coördinerend zorgverzekeraar aangekondigd?',
      en: 'When was the quick scan announced to the coordinating health insurer?',
    },
  ),
  fact('gebeurtenissen.snelleToetsIngediend', 'datum', 'gebeurtenissen.snelleToetsIngediend', {
    nl: 'Wanneer is de snelle toets ingediend? (Nog niet: vul null in.)',
    en: 'When was the quick scan submitted? (Not yet: fill in null.)',
  }),
  fact(
    'gebeurtenissen.snelleToetsCompleetOntvangen',
    'datum',
    'gebeurtenissen.snelleToetsCompleetOntvangen',
    {
      nl: 'Wanneer ontving de coördinerend zorgverzekeraar de complete snelle toets?',
      en: 'When did the coordinating health insurer receive the complete quick scan (snelle toets)?',
    },
  ),
  fact('gebeurtenissen.snelleToetsGoedgekeurd', 'datum', 'gebeurtenissen.snelleToetsGoedgekeurd', {
    nl: 'Wanneer is de snelle toets goedgekeurd?',
    en: 'When was the quick scan (snelle toets) approved?',
  }),
  fact('gebeurtenissen.planIngediend', 'datum', 'gebeurtenissen.planIngediend', {
    nl: 'Wanneer is het transformatieplan ingediend?',
    en: 'When was the transformation plan submitted?',
  }),
  fact('gebeurtenissen.planCompleetOntvangen', 'datum', 'gebeurtenissen.planCompleetOntvangen', {
    nl: 'Wanneer ontving de coördinerend zorgverzekeraar het complete transformatieplan?',
    en: 'When did the coordinating health insurer receive the complete transformation plan?',
  }),
  fact('gebeurtenissen.planGoedgekeurd', 'datum', 'gebeurtenissen.planGoedgekeurd', {
    nl: 'Wanneer is het transformatieplan goedgekeurd?',
    en: 'When was the transformation plan approved?',
  }),
];

const BY_ID = new Map(FACTS.map((definition, index) => [definition.id, { definition, index }]));

export const PARAMETER_FACT_PREFIX = 'parameter.';

export function findFact(id: string): FactDefinition | undefined {
  return BY_ID.get(id)?.definition;
}

/** Position in the asking order; parameters and unknown ids sort last. */
export function askOrder(id: string): number {
  return BY_ID.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
}
