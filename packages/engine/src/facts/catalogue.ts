/**
 * Every fact a rule may test, in the order a person should be asked for it. Rule files may only name
 * facts listed here (or `parameter.<id>` of a loaded parameter); the `check` command enforces that.
 */
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
  fact('plan.domeinoverstijgend', 'boolean', 'domeinen', {
    nl: 'Op welke domeinen heeft het plan betrekking (zorg, sociaal domein, Wlz)?',
    en: 'Which domains does the plan cover (health care, social domain, long-term care)?',
  }),
  fact('kosten.viaSpuk', 'boolean', 'kosten[].financiering', {
    nl: 'Loopt een deel van de kosten via de SPUK?',
    en: 'Does part of the costs go through the SPUK?',
  }),
  fact('proces.financiersVanafEersteContact', 'boolean', 'proces.financiersVanafEersteContact', {
    nl: 'Sloten de andere financiers aan vanaf het eerste contact met de coördinerend zorgverzekeraar?',
    en: 'Did the other funders join from the first contact with the coordinating insurer?',
  }),
  fact('proces.startgesprek', 'boolean', 'proces.startgesprek', {
    nl: 'Was er een startgesprek met de coördinerend zorgverzekeraar?',
    en: 'Was there a start meeting with the coordinating insurer?',
  }),
  fact('proces.allePartijenUitgenodigd', 'boolean', 'proces.allePartijenUitgenodigd', {
    nl: 'Zijn alle betrokken partijen uitgenodigd voor de overleggen?',
    en: 'Were all parties involved invited to the meetings?',
  }),
  fact('gemeente.goedkeuringSociaalDomein', 'boolean', 'gemeente.goedkeuringSociaalDomein', {
    nl: 'Heeft de gemeente de onderdelen voor het sociaal domein expliciet goedgekeurd?',
    en: 'Has the municipality explicitly approved the social-domain parts?',
  }),
  fact(
    'proces.commitmentAllePartijen',
    'boolean',
    'proces.commitmentAllePartijen',
    {
      nl: 'Geven alle betrokken partijen aantoonbaar commitment op het plan?',
      en: 'Do all parties involved demonstrably commit to the plan?',
    },
    true,
  ),
  fact('gemeente.vraagtSpukZelfAan', 'boolean', 'gemeente.vraagtSpukZelfAan', {
    nl: 'Vraagt de gemeente de SPUK zelf aan en verantwoordt zij haar?',
    en: 'Does the municipality apply for and account for the SPUK itself?',
  }),
  fact('gemeente.deelname', 'keuze', 'gemeente.deelname', {
    nl: 'Neemt een gemeente deel aan het plan, of heeft zij de intentie?',
    en: 'Does a municipality take part in the plan, or intend to?',
  }),
  fact(
    'beoordeling.gemeenteAlsDerdeBeoordelaar',
    'boolean',
    'beoordeling.gemeenteAlsDerdeBeoordelaar',
    {
      nl: 'Beoordeelt een gemeente het plan mee als derde beoordelaar?',
      en: 'Does a municipality co-assess the plan as third assessor?',
    },
  ),
  fact('beoordeling.regiocoordinatorToegewezen', 'boolean', 'beoordeling.regiocoordinatorRegio', {
    nl: 'Beoordeelt een regiocoördinator het plan, en uit welke regio komt die?',
    en: 'Does a regional coordinator assess the plan, and from which region?',
  }),
  fact('beoordeling.regiocoordinatorUitEigenRegio', 'boolean', 'regio', {
    nl: 'Uit welke (mandaat)regio komen het plan en de regiocoördinator?',
    en: 'Which (mandate) region do the plan and the regional coordinator come from?',
  }),
  fact(
    'beoordeling.afgezienVanRegiocoordinator',
    'boolean',
    'beoordeling.afgezienVanRegiocoordinator',
    {
      nl: 'Zien de gemeenten af van medebeoordeling door een regiocoördinator?',
      en: 'Do the municipalities waive co-assessment by a regional coordinator?',
    },
  ),
  fact(
    'proces.tweedeZorgverzekeraarVanafBegin',
    'boolean',
    'proces.tweedeZorgverzekeraarVanafBegin',
    {
      nl: 'Is de tweede zorgverzekeraar vanaf het begin betrokken?',
      en: 'Was the second insurer involved from the start?',
    },
  ),
  fact('proces.eenGezamenlijkeBeoordeling', 'boolean', 'proces.eenGezamenlijkeBeoordeling', {
    nl: 'Kreeg u één gezamenlijke beoordeling van beide zorgverzekeraars?',
    en: 'Did you get one joint assessment from both insurers?',
  }),
  fact('proces.karakter', 'keuze', 'proces.karakter', {
    nl: 'Is het plan een innovatie of een opschaling?',
    en: 'Is the plan an innovation or a scale-up?',
  }),
  fact('proces.karakterVoorSnelleToets', 'boolean', 'proces.karakterVoorSnelleToets', {
    nl: 'Is het karakter vóór de snelle toets samen vastgesteld?',
    en: 'Was the character set jointly before the quick scan?',
  }),
  fact('impact.aantalCriteria', 'getal', 'impact.criteria', {
    nl: 'Op welke van de vier criteria beschrijft het plan zijn impact?',
    en: 'On which of the four criteria does the plan describe its impact?',
  }),
  fact('impact.transitiedoelen', 'boolean', 'impact.transitiedoelen', {
    nl: 'Beschrijft het plan de impact op de transitiedoelen?',
    en: 'Does the plan describe its impact on the transition goals?',
  }),
  fact('impact.regioplan', 'boolean', 'impact.regioplan', {
    nl: 'Beschrijft het plan de impact op het regioplan?',
    en: 'Does the plan describe its impact on the regional plan?',
  }),
  fact(
    'kpis.passendBijInhoud',
    'boolean',
    'kpis.passendBijInhoud',
    {
      nl: 'Is het aantal KPI’s overzichtelijk en passend bij inhoud en doel?',
      en: 'Is the number of KPIs manageable and fitting content and goal?',
    },
    true,
  ),
  fact('kpis.passendBijFinanciering', 'boolean', 'kpis.passendBijFinanciering', {
    nl: 'Zijn de KPI’s opgesteld op basis van de financieringsstromen?',
    en: 'Are the KPIs set up along the funding streams?',
  }),
  fact('kpis.eersteIsOpleveringPlan', 'boolean', 'kpis.eersteIsOpleveringPlan', {
    nl: 'Is de eerste KPI het opleveren van het transformatieplan?',
    en: 'Is the first KPI the delivery of the transformation plan?',
  }),
  fact(
    'financiering.kostenMetTerugwerkendeKracht',
    'boolean',
    'financiering.kostenMetTerugwerkendeKracht',
    {
      nl: 'Worden gemaakte kosten met terugwerkende kracht vergoed?',
      en: 'Are costs already made reimbursed retroactively?',
    },
  ),
  fact(
    'financiering.eigenMiddelenVoorVoorbereiding',
    'boolean',
    'financiering.eigenMiddelenVoorVoorbereiding',
    {
      nl: 'Zijn er eigen middelen om de snelle toets en het plan voor te bereiden?',
      en: 'Are there own funds to prepare the quick scan and the plan?',
    },
  ),
  fact(
    'financiering.oplossingVoorbereidingAfgesproken',
    'boolean',
    'financiering.oplossingVoorbereidingAfgesproken',
    {
      nl: 'Is er een oplossing voor de voorbereiding afgesproken (ROS-, RESV-middelen, O&I, bevoorschotting)?',
      en: 'Has a solution for the preparation been agreed (ROS, RESV, O&I, advances)?',
    },
  ),
  fact('financiering.vrijvalPerKpi', 'boolean', 'financiering.vrijvalPerKpi', {
    nl: 'Valt bij het behalen van een KPI een bedrag vrij voor de volgende KPI?',
    en: 'Is an amount released for the next KPI when a KPI is met?',
  }),
  fact('financiering.vrijvalAfgesproken', 'boolean', 'financiering.vrijvalAfgesproken', {
    nl: 'Is die vrijval in de overeenkomst afgesproken?',
    en: 'Is that release agreed in the contract?',
  }),
  fact('financiering.kpiNietBehaald', 'boolean', 'financiering.kpiNietBehaald', {
    nl: 'Is een KPI niet of niet volledig behaald?',
    en: 'Has a KPI not been met, or not fully?',
  }),
  fact(
    'financiering.inspanningenGeleverd',
    'boolean',
    'financiering.inspanningenGeleverd',
    {
      nl: 'Zijn de inspanningen wel conform de transformatieafspraken geleverd?',
      en: 'Were the efforts delivered as agreed in the transformation agreements?',
    },
    true,
  ),
  fact('financiering.goNoGoMomenten', 'boolean', 'financiering.goNoGoMomenten', {
    nl: 'Heeft het plan go/no-go-momenten?',
    en: 'Does the plan have go/no-go moments?',
  }),
  fact('financiering.vervolgfaseOnduidelijk', 'boolean', 'financiering.vervolgfaseOnduidelijk', {
    nl: 'Is het nog niet volledig duidelijk hoe de volgende fase eruitziet?',
    en: 'Is it not yet fully clear what the next phase looks like?',
  }),
  fact('verantwoording.kostenregistratie', 'keuze', 'verantwoording.kostenregistratie', {
    nl: 'Hoe worden de kosten geregistreerd (grootboekrekening, kostenplaats, anders, of niet)?',
    en: 'How are the costs registered (ledger account, cost centre, other, or not)?',
  }),
  fact('verantwoording.saldo', 'bedrag', 'verantwoording.ontvangen', {
    nl: 'Hoeveel transformatiemiddelen zijn ontvangen, en wat waren de werkelijke kosten?',
    en: 'How much transformation money was received, and what were the actual costs?',
  }),
  fact(
    'verantwoording.terugbetalingAfgesproken',
    'boolean',
    'verantwoording.terugbetalingAfgesproken',
    {
      nl: 'Is de terugbetaling van het te veel ontvangen bedrag afgesproken?',
      en: 'Has repayment of the excess been agreed?',
    },
  ),
  fact('verantwoording.oplossingTekort', 'keuze', 'verantwoording.oplossingTekort', {
    nl: 'Welke oplossing is gekozen voor het dreigende tekort?',
    en: 'Which solution was chosen for the looming shortfall?',
  }),
  fact(
    'verantwoording.nza.goedgekeurdPlanEnOvereenkomst',
    'boolean',
    'verantwoording.nza.goedgekeurdPlanEnOvereenkomst',
    {
      nl: 'Zijn er een goedgekeurd plan en een getekende overeenkomst met KPI-afspraken?',
      en: 'Are there an approved plan and a signed contract with KPI agreements?',
    },
  ),
  fact('verantwoording.nza.betaalbeschikking', 'boolean', 'verantwoording.nza.betaalbeschikking', {
    nl: 'Heeft de NZa een betaalbeschikking afgegeven?',
    en: 'Has the NZa issued a payment decision?',
  }),
  fact(
    'verantwoording.nza.kostenregistratieEnBewijsKpis',
    'boolean',
    'verantwoording.nza.kostenregistratieEnBewijsKpis',
    {
      nl: 'Is er een kostenregistratie en bewijs dat de KPI’s zijn behaald?',
      en: 'Is there a cost registration and proof that the KPIs were met?',
    },
  ),
  fact(
    'verantwoording.nza.monitoringEnBijsturing',
    'boolean',
    'verantwoording.nza.monitoringEnBijsturing',
    {
      nl: 'Hebben monitoring en bijsturing op voortgang en kosten plaatsgevonden?',
      en: 'Did monitoring and adjustment of progress and costs take place?',
    },
  ),
  fact('escalatie.aanspreekpuntBekend', 'boolean', 'escalatie.aanspreekpuntBekend', {
    nl: 'Is duidelijk wie op management- of bestuursniveau het aanspreekpunt is?',
    en: 'Is it clear who the contact is at management or board level?',
  }),
  fact('escalatie.contactlijst', 'boolean', 'escalatie.contactlijst', {
    nl: 'Heeft de coördinerend zorgverzekeraar een lijst met contactgegevens gegeven?',
    en: 'Has the coordinating insurer provided a list of contact details?',
  }),
  fact('escalatie.bestuurlijkSinds', 'datum', 'escalatie.bestuurlijkSinds', {
    nl: 'Wanneer is naar bestuurlijk niveau geëscaleerd?',
    en: 'When was the issue escalated to board level?',
  }),
  fact('escalatie.bestuurlijkOverleg', 'datum', 'escalatie.bestuurlijkOverleg', {
    nl: 'Wanneer was het overleg op bestuurlijk niveau? (Nog niet: null.)',
    en: 'When was the board-level meeting? (Not yet: null.)',
  }),
  fact('plan.pakketKleinereInitiatieven', 'boolean', 'pakketKleinereInitiatieven', {
    nl: 'Is het plan een pakket van kleinere initiatieven?',
    en: 'Is the plan a package of smaller initiatives?',
  }),
  fact('plan.resultatenBinnenVijfJaar', 'boolean', 'resultatenUiterlijk', {
    nl: 'Wanneer begint de uitvoering, en wanneer zijn de afspraken uiterlijk gerealiseerd?',
    en: 'When does execution start, and by when are the agreements realised?',
  }),
  fact(
    'impact.substantieel',
    'boolean',
    'kader.impactSubstantieel',
    {
      nl: 'Is de impact op die criteria substantieel, conform de IZA-doelen?',
      en: 'Is the impact on those criteria substantial, in line with the IZA goals?',
    },
    true,
  ),
  fact(
    'kader.impactVoldoende',
    'boolean',
    'kader.impactVoldoende',
    {
      nl: 'Heeft het pakket voldoende impact op de IZA-doelen?',
      en: 'Does the package have enough impact on the IZA goals?',
    },
    true,
  ),
  fact(
    'kader.uitvoeringskracht',
    'boolean',
    'kader.uitvoeringskracht',
    {
      nl: 'Heeft het pakket voldoende implementatiekracht?',
      en: 'Does the package have enough implementation power?',
    },
    true,
  ),
  fact('kader.opschaalbaarheidBeschreven', 'boolean', 'kader.opschaalbaarheidBeschreven', {
    nl: 'Is de opschaalbaarheid van de kleinere initiatieven beschreven?',
    en: 'Is the scalability of the smaller initiatives described?',
  }),
  fact('snelleToets.bijdrageKnelpunten', 'boolean', 'snelleToets.bijdrageKnelpunten', {
    nl: 'Laat de snelle toets de bijdrage aan het oplossen van knelpunten zien?',
    en: 'Does the quick scan show the contribution to solving bottlenecks?',
  }),
  fact('snelleToets.relatieRegioplannen', 'boolean', 'snelleToets.relatieRegioplannen', {
    nl: 'Beschrijft de snelle toets de relatie met regioplannen, ROAZ-plan of eerstelijnsvisie?',
    en: 'Does the quick scan describe the relation to regional plans, ROAZ plan or primary-care vision?',
  }),
  fact('snelleToets.langetermijnEffecten', 'boolean', 'snelleToets.langetermijnEffecten', {
    nl: 'Beschrijft de snelle toets de effecten op lange termijn?',
    en: 'Does the quick scan describe long-term effects?',
  }),
  fact('snelleToets.bijdragePassendeZorg', 'boolean', 'snelleToets.bijdragePassendeZorg', {
    nl: 'Laat de snelle toets de bijdrage aan passende zorg zien?',
    en: 'Does the quick scan show the contribution to appropriate care?',
  }),
  fact(
    'snelleToets.inLijnMetRegioplannen',
    'boolean',
    'snelleToets.inLijnMetRegioplannen',
    {
      nl: 'Is het voorstel in lijn met de bestaande regiobeelden en -plannen, ROAZ-plannen en eerstelijnsvisie?',
      en: 'Is the proposal in line with existing regional pictures and plans, ROAZ plans and primary-care vision?',
    },
    true,
  ),
  fact('snelleToets.uitlegGeenRelatie', 'boolean', 'snelleToets.uitlegGeenRelatie', {
    nl: 'Is uitgelegd waarom er geen (concrete) relatie met die plannen is?',
    en: 'Is it explained why there is no (concrete) relation to those plans?',
  }),
  fact(
    'snelleToets.gedeeldeUrgentie',
    'boolean',
    'snelleToets.gedeeldeUrgentie',
    {
      nl: 'Is er aantoonbare, gedeelde urgentie bij alle partijen die bepalen of de transformatie slaagt?',
      en: 'Is there demonstrable, shared urgency among all parties that determine success?',
    },
    true,
  ),
  fact(
    'snelleToets.geenAfwenteling',
    'boolean',
    'snelleToets.geenAfwenteling',
    {
      nl: 'Is er geen afwenteling op partijen die geraakt worden maar niet betrokken zijn?',
      en: 'Is there no shifting of burdens onto parties affected but not involved?',
    },
    true,
  ),
  fact(
    'snelleToets.gelijkgerichtheidOnderbouwd',
    'boolean',
    'snelleToets.gelijkgerichtheidOnderbouwd',
    {
      nl: 'Is onderbouwd waarom en waarop gelijkgerichtheid van aanbieders en verzekeraars nodig is?',
      en: 'Is it reasoned why and where providers and insurers need to act alike?',
    },
    true,
  ),
  fact(
    'snelleToets.gelijkgerichtheidBeperktTotLooptijd',
    'boolean',
    'snelleToets.gelijkgerichtheidBeperktTotLooptijd',
    {
      nl: 'Is de gelijkgerichtheid beperkt tot de looptijd van het plan?',
      en: 'Is acting alike limited to the duration of the plan?',
    },
  ),
  fact('snelleToets.lopendPlan', 'boolean', 'snelleToets.lopendPlan', {
    nl: 'Liep het plan al vóór de beoordeling?',
    en: 'Was the plan already running before the assessment?',
  }),
  fact(
    'kader.smartAfspraken',
    'boolean',
    'kader.smartAfspraken',
    {
      nl: 'Bevat het plan SMART-afspraken met aanpak, verantwoordelijkheden en tijdlijn?',
      en: 'Does the plan contain SMART agreements with approach, responsibilities and timeline?',
    },
    true,
  ),
  fact(
    'kader.positieveBusinesscase',
    'boolean',
    'kader.positieveBusinesscase',
    {
      nl: 'Heeft het plan een positieve (maatschappelijke) businesscase?',
      en: 'Does the plan have a positive (societal) business case?',
    },
    true,
  ),
  fact(
    'kader.impactanalyse',
    'boolean',
    'kader.impactanalyse',
    {
      nl: 'Is er een zorgvuldige impactanalyse gemaakt met de betrokken partijen?',
      en: 'Was a careful impact analysis made with the parties involved?',
    },
    true,
  ),
  fact(
    'kader.implementatieplan',
    'boolean',
    'kader.implementatieplan',
    {
      nl: 'Zijn executiekracht en gelijkgerichtheid georganiseerd in een implementatieplan?',
      en: 'Are implementation power and acting alike organised in an implementation plan?',
    },
    true,
  ),
  fact('kader.ziekenhuis', 'boolean', 'kader.ziekenhuis', {
    nl: 'Neemt een ziekenhuis deel aan het plan?',
    en: 'Does a hospital take part in the plan?',
  }),
  fact('kader.msbAfspraken', 'boolean', 'kader.msbAfspraken', {
    nl: 'Zijn er afspraken met het Medisch Specialistisch Bedrijf (MSB)?',
    en: 'Are there agreements with the medical specialist company (MSB)?',
  }),
  fact('kader.duurzaamheidRelevant', 'boolean', 'kader.duurzaamheidRelevant', {
    nl: 'Is duurzaamheid (klimaat en milieu) voor dit plan van toepassing?',
    en: 'Does sustainability (climate and environment) apply to this plan?',
  }),
  fact(
    'kader.klimaatimpactNietHoger',
    'boolean',
    'kader.klimaatimpactNietHoger',
    {
      nl: 'Verhoogt het plan de klimaat- en milieu-impact niet?',
      en: 'Does the plan avoid increasing its climate and environmental impact?',
    },
    true,
  ),
  fact(
    'kader.nietAndersTeBereiken',
    'boolean',
    'kader.nietAndersTeBereiken',
    {
      nl: 'Is de transformatie op korte termijn niet anders te bereiken, te versnellen of op te schalen?',
      en: 'Can the transformation not be achieved, sped up or scaled up otherwise in the short term?',
    },
    true,
  ),
  fact('kader.gekoppeldAanAfspraken', 'boolean', 'kader.gekoppeldAanAfspraken', {
    nl: 'Is het geld gekoppeld aan concrete transformatieafspraken?',
    en: 'Is the money tied to concrete transformation agreements?',
  }),
  fact('kader.betalingBijRealisatie', 'boolean', 'kader.betalingBijRealisatie', {
    nl: 'Volgt betaling bij realisatie van de afspraken, waar mogelijk per mijlpaal?',
    en: 'Is payment made on realisation, where possible per milestone?',
  }),
  fact('kader.verdelingOverSectoren', 'boolean', 'kader.verdelingOverSectoren', {
    nl: 'Laat het plan zien hoe het geld over sectoren en partijen is verdeeld?',
    en: 'Does the plan show how the money is divided over sectors and parties?',
  }),
  fact('kader.geenDubbeleFinanciering', 'boolean', 'kader.geenDubbeleFinanciering', {
    nl: 'Is dubbele financiering uitgesloten?',
    en: 'Is double funding ruled out?',
  }),
  fact('kader.voorbereidingskosten', 'boolean', 'kader.voorbereidingskosten', {
    nl: 'Vraagt het plan vergoeding van de kosten van het opstellen van het plan?',
    en: 'Does the plan ask for reimbursement of the cost of drawing it up?',
  }),
  fact(
    'kader.voorbereidingskostenVoorafAfgesproken',
    'boolean',
    'kader.voorbereidingskostenVoorafAfgesproken',
    {
      nl: 'Zijn die kosten vooraf met de marktleiders afgesproken?',
      en: 'Were those costs agreed beforehand with the market leaders?',
    },
  ),
  fact('kader.gepubliceerd', 'boolean', 'kader.gepubliceerd', {
    nl: 'Is een samenvatting van het goedgekeurde plan gepubliceerd?',
    en: 'Has a summary of the approved plan been published?',
  }),
  fact(
    'kostenregel.verduurzaming',
    'boolean',
    'kosten[].verduurzaming',
    {
      nl: 'Is het een investering in verduurzaming als zodanig (zoals zonnepanelen)?',
      en: 'Is it an investment in sustainability as such (such as solar panels)?',
    },
    false,
    'kostenregel',
  ),
  fact('plan.vraagtTransformatiemiddelen', 'boolean', 'kosten[].financiering', {
    nl: 'Vraagt het plan transformatiemiddelen (via zorgverzekeraar, zorgkantoor of SPUK)?',
    en: 'Does the plan ask for transformation funds (through insurer, care office or SPUK)?',
  }),
  fact(
    'kader.overigeAspectenBeschreven',
    'boolean',
    'kader.overigeAspectenBeschreven',
    {
      nl: 'Beschrijft het plan de aspecten die voor dit plan spelen: contractafspraken, afbouw en opbouw, schaal, opschaalbaarheid, digitale aansluiting?',
      en: 'Does the plan describe the aspects relevant to it: contract agreements, build-down and build-up, scale, scalability, digital links?',
    },
    true,
  ),
  fact('proces.opnieuwIngediend', 'boolean', 'proces.opnieuwIngediend', {
    nl: 'Is het plan opnieuw ter beoordeling ingediend?',
    en: 'Was the plan submitted again for assessment?',
  }),
  fact('proces.planAangepast', 'boolean', 'proces.planAangepast', {
    nl: 'Is het opnieuw ingediende plan aangepast?',
    en: 'Was the resubmitted plan adapted?',
  }),
  fact(
    'beoordeling.andereVerzekeraarBesluitZelf',
    'boolean',
    'beoordeling.andereVerzekeraarBesluitZelf',
    {
      nl: 'Nam een zorgverzekeraar die geen marktleider is een eigen besluit over het plan?',
      en: 'Did an insurer that is not a market leader take its own decision on the plan?',
    },
  ),
  fact('spuk.documenten.begrotingPerJaar', 'boolean', 'spuk.documenten.begrotingPerJaar', {
    nl: 'Is een begroting per jaar met kosten en opbrengsten per activiteit bijgevoegd?',
    en: 'Is a budget per year with costs and revenues per activity attached?',
  }),
  fact('spuk.documenten.mandaat', 'boolean', 'spuk.documenten.mandaat', {
    nl: 'Is het bewijs van het mandaat van de penvoerder bijgevoegd?',
    en: 'Is the proof of the lead municipality’s mandate attached?',
  }),
  fact('spuk.gevraagdBedrag', 'bedrag', 'spuk.gevraagdBedrag', {
    nl: 'Welk bedrag vraagt de gemeente aan?',
    en: 'What amount does the municipality apply for?',
  }),
  fact('spuk.resterendPlafond', 'bedrag', 'spuk.resterendPlafond', {
    nl: 'Hoeveel was er bij ontvangst van de volledige aanvraag nog over onder het plafond?',
    en: 'How much was left under the ceiling when the complete application was received?',
  }),
  fact('spuk.andereOverheidsvergoeding', 'boolean', 'spuk.andereOverheidsvergoeding', {
    nl: 'Krijgt de gemeente al een vergoeding van overheidswege voor activiteiten uit het plan?',
    en: 'Does the municipality already receive public funding for activities in the plan?',
  }),
  fact('spuk.alleenAanvullendeActiviteiten', 'boolean', 'spuk.alleenAanvullendeActiviteiten', {
    nl: 'Gaat de aanvraag alleen over aanvullende activiteiten?',
    en: 'Does the application only cover additional activities?',
  }),
  fact('spuk.aanvraagOntvangen', 'datum', 'spuk.aanvraagOntvangen', {
    nl: 'Wanneer ontving de minister de aanvraag?',
    en: 'When did the minister receive the application?',
  }),
  fact('spuk.besluit', 'datum', 'spuk.besluit', {
    nl: 'Wanneer besliste de minister op de aanvraag? (Nog niet: null.)',
    en: 'When did the minister decide on the application? (Not yet: null.)',
  }),
  fact('spuk.verleend', 'datum', 'spuk.verleend', {
    nl: 'Wanneer is de specifieke uitkering verleend? (Niet: null.)',
    en: 'When was the specific grant awarded? (Not: null.)',
  }),
  fact('spuk.voorschotVolledigJaarlijks', 'boolean', 'spuk.voorschotVolledigJaarlijks', {
    nl: 'Geeft het besluit een voorschot van 100% in jaarlijkse termijnen?',
    en: 'Does the decision give a 100% advance in yearly instalments?',
  }),
  fact('spuk.risicoNietNakomen', 'boolean', 'spuk.risicoNietNakomen', {
    nl: 'Is het aannemelijk dat verplichtingen niet (tijdig of geheel) worden nagekomen?',
    en: 'Is it likely that obligations will not be met (in time or in full)?',
  }),
  fact('spuk.gemeld', 'boolean', 'spuk.gemeld', {
    nl: 'Heeft de gemeente dat onverwijld schriftelijk aan de minister gemeld?',
    en: 'Has the municipality reported that to the minister in writing without delay?',
  }),
  fact('spuk.verantwoordViaSisa', 'boolean', 'spuk.verantwoordViaSisa', {
    nl: 'Verantwoordt de gemeente de besteding via SiSa?',
    en: 'Does the municipality account for the spending through SiSa?',
  }),
  fact('spuk.verantwoordingTijdigEnVolledig', 'boolean', 'spuk.verantwoordingTijdigEnVolledig', {
    nl: 'Is de verantwoordingsinformatie op tijd en volledig verstrekt?',
    en: 'Was the accountability information provided on time and in full?',
  }),
  fact('spuk.verantwoordingOntvangen', 'datum', 'spuk.verantwoordingOntvangen', {
    nl: 'Wanneer ontving de minister de verantwoordingsinformatie?',
    en: 'When did the minister receive the accountability information?',
  }),
  fact('spuk.vaststelling', 'datum', 'spuk.vaststelling', {
    nl: 'Wanneer besliste de minister over de vaststelling? (Nog niet: null.)',
    en: 'When did the minister decide on the final amount? (Not yet: null.)',
  }),
  fact('spuk.controleverklaring', 'boolean', 'spuk.controleverklaring', {
    nl: 'Heeft de financiële verantwoording een controleverklaring van een accountant?',
    en: 'Does the financial account carry an auditor’s report?',
  }),
  fact('spuk.activiteitenVerricht', 'boolean', 'spuk.activiteitenVerricht', {
    nl: 'Zijn de activiteiten verricht waarvoor de uitkering is verleend?',
    en: 'Were the activities carried out for which the grant was awarded?',
  }),
  fact('spuk.verplichtingenNagekomen', 'boolean', 'spuk.verplichtingenNagekomen', {
    nl: 'Is voldaan aan de verplichtingen van de uitkering?',
    en: 'Were the obligations of the grant met?',
  }),
  fact('spuk.mijlpalenBehaald', 'boolean', 'spuk.mijlpalenBehaald', {
    nl: 'Zijn de mijlpalen uit het transformatieplan behaald?',
    en: 'Were the milestones of the transformation plan met?',
  }),
  fact('spuk.terugvordering', 'boolean', 'spuk.terugvordering', {
    nl: 'Vordert de minister (een deel van) de uitkering terug?',
    en: 'Does the minister reclaim (part of) the grant?',
  }),
  fact('spuk.mededelingTerugvordering', 'datum', 'spuk.mededelingTerugvordering', {
    nl: 'Wanneer deelde de minister de terugvordering mee? (Nog niet: null.)',
    en: 'When did the minister announce the reclaim? (Not yet: null.)',
  }),
  fact(
    'kostenregel.eersteDag',
    'datum',
    'kosten[].bedragen[].periode',
    {
      nl: 'Vanaf welk jaar of welke maand lopen de kosten?',
      en: 'From which year or month do the costs run?',
    },
    false,
    'kostenregel',
  ),
  fact('kader.oormerkNa2026', 'boolean', 'kader.oormerkNa2026', {
    nl: 'Rekent het plan na 2026 op geld uit een sectoraal oormerk?',
    en: 'Does the plan count on sector-earmarked money after 2026?',
  }),
  fact('kader.middelenDoorschuiven', 'boolean', 'kader.middelenDoorschuiven', {
    nl: 'Gaat het plan ervan uit dat ongebruikt geld naar een volgend jaar meegaat?',
    en: 'Does the plan assume unused money carries over to the next year?',
  }),
  fact('spuk.mijlpalenBedrag', 'bedrag', 'spuk.mijlpalenBedrag', {
    nl: 'Wat is het totaal van de mijlpaalbedragen in het goedgekeurde plan?',
    en: 'What is the total of the milestone amounts in the approved plan?',
  }),
  fact('spuk.kostenjarenOk', 'boolean', 'spuk.vroegsteKostenjaar', {
    nl: 'Over welke jaren vraagt de gemeente kosten aan, en wanneer is de aanvraag ingediend?',
    en: 'Over which years does the municipality claim costs, and when was the application submitted?',
  }),
  fact('spuk.planGoedgekeurdVoorAanvraag', 'boolean', 'spuk.aanvraagIngediend', {
    nl: 'Wanneer is het plan goedgekeurd, en wanneer is de SPUK aangevraagd?',
    en: 'When was the plan approved, and when was the SPUK applied for?',
  }),
  fact('spuk.sisaIngediend', 'datum', 'spuk.sisaIngediend', {
    nl: 'Wanneer is de SiSa-verantwoording ingediend? (Nog niet: null.)',
    en: 'When was the SiSa account submitted? (Not yet: null.)',
  }),
  fact('spuk.sisaUiterlijk', 'datum', 'spuk.verantwoordingsjaar', {
    nl: 'Over welk jaar gaat de SiSa-verantwoording?',
    en: 'Which year does the SiSa account cover?',
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
  fact('spuk.aanvrager', 'keuze', 'spuk.aanvrager', {
    nl: 'Wie vraagt de SPUK aan: een gemeente, een penvoerder of een ander?',
    en: 'Who applies for the SPUK: a municipality, a lead municipality or someone else?',
  }),
  fact('spuk.mandaatBewijs', 'boolean', 'spuk.mandaatBewijs', {
    nl: 'Heeft de penvoerder een bewijs dat hij namens de andere gemeenten mag aanvragen?',
    en: 'Does the lead municipality have proof that it may apply on behalf of the others?',
  }),
  fact('spuk.planMetGemeente', 'boolean', 'spuk.planMetGemeente', {
    nl: 'Is het transformatieplan opgesteld met ten minste één gemeente?',
    en: 'Was the transformation plan drawn up with at least one municipality?',
  }),
  fact('spuk.overeenkomstMetGemeente', 'boolean', 'spuk.overeenkomstMetGemeente', {
    nl: 'Is de overeenkomst transformatieplan gesloten met ten minste één gemeente?',
    en: 'Was the transformation plan contract concluded with at least one municipality?',
  }),
  fact('spuk.aanvraagIngediend', 'datum', 'spuk.aanvraagIngediend', {
    nl: 'Wanneer is de SPUK-aanvraag ingediend? (Nog niet: null.)',
    en: 'When was the SPUK application submitted? (Not yet: null.)',
  }),
  fact('spuk.documenten.transformatieplan', 'boolean', 'spuk.documenten.transformatieplan', {
    nl: 'Is het transformatieplan bij de aanvraag gevoegd?',
    en: 'Is the transformation plan attached to the application?',
  }),
  fact(
    'spuk.documenten.overeenkomstMetMijlpalen',
    'boolean',
    'spuk.documenten.overeenkomstMetMijlpalen',
    {
      nl: 'Is de overeenkomst met mijlpalen en bedragen bijgevoegd?',
      en: 'Is the contract with milestones and amounts attached?',
    },
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
  fact('gebeurtenissen.voorgenomenBesluit', 'datum', 'gebeurtenissen.voorgenomenBesluit', {
    nl: 'Wanneer namen de marktleiders een voorgenomen besluit over het plan? (Nog niet: null.)',
    en: 'When did the market leaders take an intended decision on the plan? (Not yet: null.)',
  }),
  fact('gebeurtenissen.planGoedgekeurd', 'datum', 'gebeurtenissen.planGoedgekeurd', {
    nl: 'Wanneer is het transformatieplan goedgekeurd?',
    en: 'When was the transformation plan approved?',
  }),
];

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
