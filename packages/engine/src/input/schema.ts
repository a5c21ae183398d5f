/**
 * The plan as an insurer's or municipality's tooling describes it. Every field is optional where the
 * answer may not be known yet: a missing fact makes a rule `onbekend`, never `voldoet`.
 * Objects are strict so that a mistyped field name is reported instead of silently ignored.
 *
 * Each field is declared once, here: besides its type and `description` (for the JSON Schema), its
 * metadata holds the question to ask (`vraag`), the labels of its choices (`keuzes`), whether the
 * answer is a self-declared judgement (`zelfVerklaard`) and what `null` means (`leeg`). The fact
 * catalogue, the derivation and the simulator's form read them from here (see `fields.ts`).
 */
import { z } from 'zod';
import { PeriodSchema, SupportedDateSchema, SupportedYearSchema } from '../dates/schema.ts';
import { EuroSchema } from '../money/cents.ts';
import type { Text } from '../rules/schema.ts';

/** `null` on an event date: it has not happened (yet). */
const NOG_NIET: Text = { nl: 'Nog niet gebeurd', en: 'Has not happened yet' };

/** A yes/no fact the user may leave out; the description says what "yes" means. */
const flag = (description: string, vraag: Text) =>
  z.boolean().optional().meta({ description, vraag });

/**
 * A yes/no judgement the user declares about the plan (zelf verklaard). `feit`: the fact's name, when
 * the rules know the field under another name than its path.
 */
const zelf = (description: string, vraag: Text, feit?: string) =>
  z
    .boolean()
    .optional()
    .meta({
      description: `Zelf verklaard: ${description}`,
      vraag,
      zelfVerklaard: true,
      ...(feit === undefined ? {} : { feit }),
    });

export const DomainSchema = z.enum(['zorg', 'sociaal', 'wlz']).meta({
  keuzes: {
    zorg: { nl: 'zorg', en: 'health care' },
    sociaal: { nl: 'sociaal domein', en: 'social domain' },
    wlz: { nl: 'Wet langdurige zorg', en: 'long-term care (Wlz)' },
  },
  description:
    'zorg = Zorgverzekeringswet; sociaal = Wmo 2015, Jeugdwet, Participatiewet; wlz = Wet langdurige zorg',
});

export const FundingRouteSchema = z
  .enum(['spuk', 'zorgverzekeraar', 'zorgkantoor', 'gemeente', 'overig'])
  .meta({
    keuzes: {
      spuk: { nl: 'via de SPUK (gemeente)', en: 'through the SPUK (municipality)' },
      zorgverzekeraar: { nl: 'via de zorgverzekeraar', en: 'through the health insurer' },
      zorgkantoor: { nl: 'via het zorgkantoor', en: 'through the care office' },
      gemeente: { nl: 'eigen geld van de gemeente', en: "the municipality's own money" },
      overig: { nl: 'anders', en: 'other' },
    },
    description:
      'Hoe de kostenregel betaald wordt: spuk = via de Regeling SPUK transformatiemiddelen (gemeente); zorgverzekeraar of zorgkantoor = transformatiemiddelen van die financier; gemeente = eigen middelen van de gemeente; overig = iets anders',
  });

export const AmountSchema = z.strictObject({
  periode: PeriodSchema.meta({
    vraag: {
      nl: 'Over welke jaren of maanden lopen de kosten?',
      en: 'Over which years or months do the costs run?',
    },
  }),
  bedrag: EuroSchema.meta({
    description: 'Bedrag in euro',
    vraag: {
      nl: 'Hoeveel euro kosten ze in die periode?',
      en: 'How many euros do they cost in that period?',
    },
  }),
});

export const CostLineSchema = z
  .strictObject({
    omschrijving: z
      .string()
      .min(1)
      .meta({
        vraag: {
          nl: 'Wat zijn de kosten? Geef een korte omschrijving.',
          en: 'What are the costs? Give a short description.',
        },
        examples: ['Sociaal werker in de wijk'],
      }),
    domein: DomainSchema.optional().meta({
      vraag: {
        nl: 'In welk domein vallen de kosten: zorg, sociaal domein of Wlz?',
        en: 'In which domain do the costs fall: health care, social domain or long-term care?',
      },
    }),
    aard: z
      .enum(['incidenteel', 'structureel'])
      .nullable()
      .optional()
      .meta({
        vraag: {
          nl: 'Zijn de kosten eenmalig (incidenteel) of blijvend (structureel)?',
          en: 'Are the costs one-off (incidental) or lasting (structural)?',
        },
        keuzes: {
          incidenteel: { nl: 'incidenteel (eenmalig)', en: 'one-off' },
          structureel: { nl: 'structureel (blijvend)', en: 'structural (ongoing)' },
        },
        leeg: {
          nl: 'niet gesplitst in incidenteel en structureel',
          en: 'not split into incidental and structural',
        },
        description:
          'incidenteel = eenmalig voor het tot stand brengen van de transformatie; structureel = blijvend; null = de businesscase splitst deze kosten niet in incidenteel en structureel',
      }),
    financiering: FundingRouteSchema.optional().meta({
      vraag: {
        nl: 'Hoe worden de kosten betaald: via de SPUK, door een zorgverzekeraar, door een zorgkantoor, uit eigen middelen van de gemeente of anders?',
        en: 'How are the costs paid: through the SPUK, by a health insurer, by a care office, from the municipality’s own funds or otherwise?',
      },
    }),
    voortvloeiendUitPlan: zelf('de kosten ontstaan door het transformatieplan', {
      nl: 'Ontstaan deze kosten door het transformatieplan?',
      en: 'Do these costs arise from the transformation plan?',
    }),
    uitvoeringskosten: zelf(
      'het zijn uitvoeringskosten, zoals de diensten van een sociaal werker',
      {
        nl: 'Zijn het uitvoeringskosten, zoals de diensten van een sociaal werker?',
        en: 'Are these implementation costs, such as the services of a social worker?',
      },
    ),
    verduurzaming: flag(
      'Het is een investering in verduurzaming als zodanig (zoals zonnepanelen of het verduurzamen van gebouwen)',
      {
        nl: 'Is het een investering in verduurzaming als zodanig (zoals zonnepanelen)?',
        en: 'Is it an investment in sustainability as such (such as solar panels)?',
      },
    ),
    bedragen: z.array(AmountSchema).min(1),
  })
  .meta({ description: 'Eén kostenregel van de businesscase' });
export type CostLine = z.output<typeof CostLineSchema>;

export const PartySchema = z.strictObject({
  naam: z
    .string()
    .min(1)
    .meta({ vraag: { nl: 'Hoe heet de partij?', en: 'What is the name of the party?' } }),
  soort: z
    .enum([
      'gemeente',
      'zorgaanbieder',
      'aanbieder-sociaal-domein',
      'zorgverzekeraar',
      'zorgkantoor',
      'patientenorganisatie',
      'overig',
    ])
    .meta({
      vraag: { nl: 'Wat voor partij is het?', en: 'What kind of party is it?' },
      keuzes: {
        gemeente: { nl: 'een gemeente', en: 'a municipality' },
        zorgaanbieder: { nl: 'een zorgaanbieder', en: 'a care provider' },
        'aanbieder-sociaal-domein': {
          nl: 'een aanbieder in het sociaal domein',
          en: 'a social-domain provider',
        },
        zorgverzekeraar: { nl: 'een zorgverzekeraar', en: 'a health insurer' },
        zorgkantoor: { nl: 'een zorgkantoor', en: 'a care office' },
        patientenorganisatie: { nl: 'een patiëntenorganisatie', en: 'a patient organisation' },
        overig: { nl: 'een andere partij', en: 'another party' },
      },
    }),
  rol: z
    .enum([
      'indiener',
      'penvoerder',
      'coordinerend-zorgverzekeraar',
      'tweede-zorgverzekeraar',
      'deelnemer',
    ])
    .optional()
    .meta({
      vraag: {
        nl: 'Welke rol heeft de partij in het plan?',
        en: 'Which role does the party have in the plan?',
      },
      keuzes: {
        indiener: { nl: 'dient het plan in', en: 'submits the plan' },
        penvoerder: { nl: 'penvoerder', en: 'lead party' },
        'coordinerend-zorgverzekeraar': {
          nl: 'coördinerend zorgverzekeraar',
          en: 'coordinating health insurer',
        },
        'tweede-zorgverzekeraar': { nl: 'tweede zorgverzekeraar', en: 'second health insurer' },
        deelnemer: { nl: 'neemt deel', en: 'takes part' },
      },
    }),
});

export const EventsSchema = z
  .strictObject({
    snelleToetsAangekondigd: SupportedDateSchema.nullable()
      .optional()
      .meta({
        vraag: {
          nl: 'Wanneer is de snelle toets bij de coördinerend zorgverzekeraar aangekondigd?',
          en: 'When was the quick scan announced to the coordinating health insurer?',
        },
        leeg: NOG_NIET,
        description:
          'Datum waarop de snelle toets bij de coördinerend zorgverzekeraar werd aangekondigd',
      }),
    snelleToetsIngediend: SupportedDateSchema.nullable()
      .optional()
      .meta({
        vraag: {
          nl: 'Wanneer is de snelle toets ingediend? (Nog niet: vul null in.)',
          en: 'When was the quick scan submitted? (Not yet: fill in null.)',
        },
        leeg: NOG_NIET,
        description: 'Datum waarop de snelle toets werd ingediend',
      }),
    snelleToetsCompleetOntvangen: SupportedDateSchema.nullable()
      .optional()
      .meta({
        vraag: {
          nl: 'Wanneer ontving de coördinerend zorgverzekeraar de complete snelle toets?',
          en: 'When did the coordinating health insurer receive the complete quick scan (snelle toets)?',
        },
        leeg: NOG_NIET,
        description:
          'Datum waarop de coördinerend zorgverzekeraar de complete snelle toets ontving',
      }),
    snelleToetsGoedgekeurd: SupportedDateSchema.nullable()
      .optional()
      .meta({
        vraag: {
          nl: 'Wanneer is de snelle toets goedgekeurd?',
          en: 'When was the quick scan (snelle toets) approved?',
        },
        leeg: NOG_NIET,
        description: 'Datum van de goedkeuring van de snelle toets',
      }),
    planIngediend: SupportedDateSchema.nullable()
      .optional()
      .meta({
        vraag: {
          nl: 'Wanneer is het transformatieplan ingediend?',
          en: 'When was the transformation plan submitted?',
        },
        leeg: NOG_NIET,
        description: 'Datum waarop de planmakers het transformatieplan indienden',
      }),
    planCompleetOntvangen: SupportedDateSchema.nullable()
      .optional()
      .meta({
        vraag: {
          nl: 'Wanneer ontving de coördinerend zorgverzekeraar het complete transformatieplan?',
          en: 'When did the coordinating health insurer receive the complete transformation plan?',
        },
        leeg: NOG_NIET,
        description:
          'Datum waarop de coördinerend zorgverzekeraar het complete transformatieplan ontving',
      }),
    voorgenomenBesluit: SupportedDateSchema.nullable()
      .optional()
      .meta({
        vraag: {
          nl: 'Wanneer namen de marktleiders een voorgenomen besluit over het plan? (Nog niet: null.)',
          en: 'When did the market leaders take an intended decision on the plan? (Not yet: null.)',
        },
        leeg: NOG_NIET,
        description: 'Datum van het voorgenomen besluit van de marktleiders over het plan',
      }),
    planGoedgekeurd: SupportedDateSchema.nullable()
      .optional()
      .meta({
        vraag: {
          nl: 'Wanneer is het transformatieplan goedgekeurd?',
          en: 'When was the transformation plan approved?',
        },
        leeg: NOG_NIET,
        description: 'Datum van de goedkeuring van het transformatieplan',
      }),
  })
  .meta({
    description:
      'De gebeurtenissen met hun datum. Laat een veld weg als u het niet weet; vul null in als het (nog) niet is gebeurd.',
  });

export const PlanSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({
        vraag: {
          nl: 'Naar welk JSON-schema verwijst het bestand?',
          en: 'Which JSON Schema does the file refer to?',
        },
      }),
    id: z
      .string()
      .optional()
      .meta({
        vraag: {
          nl: 'Welke code heeft het plan in uw eigen administratie?',
          en: 'Which code does the plan have in your own records?',
        },
      }),
    naam: z
      .string()
      .optional()
      .meta({ vraag: { nl: 'Hoe heet het plan?', en: 'What is the name of the plan?' } }),
    partijen: z.array(PartySchema).optional(),
    /** Before the other fields: the costs decide whether the Addendum matters at all. */
    kosten: z.array(CostLineSchema).optional(),
    domeinen: z
      .array(DomainSchema)
      .optional()
      .meta({
        vraag: {
          nl: 'Op welke domeinen heeft het plan betrekking (zorg, sociaal domein, Wlz)?',
          en: 'Which domains does the plan cover (health care, social domain, long-term care)?',
        },
        description: 'De domeinen waarop het plan betrekking heeft',
      }),
    landelijk: flag('Het is een landelijk plan', {
      nl: 'Is het een landelijk plan?',
      en: 'Is it a national plan?',
    }),
    aansluiting: z
      .strictObject({
        regiobeeld: zelf('in lijn met het regiobeeld', {
          nl: 'Is het plan in lijn met het regiobeeld?',
          en: 'Is the plan in line with the regional picture (regiobeeld)?',
        }),
        regioplan: zelf('in lijn met het regioplan', {
          nl: 'Is het plan in lijn met het regioplan?',
          en: 'Is the plan in line with the regional plan (regioplan)?',
        }),
        izaDoelen: zelf('draagt bij aan de IZA-doelstellingen', {
          nl: 'Draagt het plan bij aan de IZA-doelstellingen?',
          en: 'Does the plan contribute to the IZA objectives?',
        }),
        landelijkImpactvol: zelf('(landelijk) plan dat impactvol bijdraagt aan de IZA-doelen', {
          nl: 'Draagt het (landelijke) plan impactvol bij aan de IZA-doelen?',
          en: 'Does the (national) plan contribute to the IZA goals with real impact?',
        }),
      })
      .optional(),
    businesscase: z
      .strictObject({
        duurzameImplementatie: zelf(
          'de businesscase onderbouwt dat het plan duurzaam geïmplementeerd wordt',
          {
            nl: 'Onderbouwt de businesscase dat het plan duurzaam wordt ingevoerd?',
            en: 'Does the business case show that the plan will be implemented durably?',
          },
        ),
      })
      .optional(),
    gemeente: z
      .strictObject({
        deelname: z
          .enum(['deelnemer', 'intentie', 'geen'])
          .optional()
          .meta({
            vraag: {
              nl: 'Neemt een gemeente deel aan het plan, of heeft zij de intentie?',
              en: 'Does a municipality take part in the plan, or intend to?',
            },
            keuzes: {
              deelnemer: { nl: 'de gemeente neemt deel', en: 'the municipality takes part' },
              intentie: {
                nl: 'de gemeente is van plan mee te doen',
                en: 'the municipality intends to take part',
              },
              geen: { nl: 'er doet geen gemeente mee', en: 'no municipality takes part' },
            },
            description:
              'Neemt de gemeente deel aan het plan, heeft zij (bij de snelle toets) de intentie, of niet?',
          }),
        goedkeuringSociaalDomein: flag(
          'De gemeente (of mandaatgemeente) keurt de onderdelen voor het sociaal domein expliciet goed',
          {
            nl: 'Heeft de gemeente de onderdelen voor het sociaal domein expliciet goedgekeurd?',
            en: 'Has the municipality explicitly approved the social-domain parts?',
          },
        ),
        vraagtSpukZelfAan: flag('De gemeente vraagt de SPUK zelf aan en verantwoordt haar', {
          nl: 'Vraagt de gemeente de SPUK zelf aan en verantwoordt zij haar?',
          en: 'Does the municipality apply for and account for the SPUK itself?',
        }),
        intentieNa2027: zelf(
          'de gemeente spreekt de intentie uit om het plan na 2027 duurzaam uit te voeren',
          {
            nl: 'Spreekt de gemeente de intentie uit om het plan na 2027 duurzaam uit te voeren?',
            en: 'Does the municipality state its intention to carry on the plan durably after 2027?',
          },
        ),
        totaleStructureleKostenSociaalDomein: EuroSchema.optional().meta({
          vraag: {
            nl: 'Wat zijn de totale structurele kosten voor het sociaal domein volgens de businesscase?',
            en: 'What are the total structural social-domain costs according to the business case?',
          },
          description:
            'Totale structurele kosten voor het sociaal domein, in euro, zoals in de businesscase',
        }),
        eigenFinanciering: EuroSchema.optional().meta({
          vraag: {
            nl: 'Welk deel van die kosten betaalt de gemeente zelf?',
            en: 'Which part of those costs does the municipality pay itself?',
          },
          description: 'Het deel daarvan dat de gemeente zelf financiert, in euro',
        }),
      })
      .optional(),
    overigeCriteria: z
      .strictObject({
        kader: zelf(
          'het plan voldoet aan de overige criteria van het beoordelingskader en de leidende principes',
          {
            nl: 'Voldoet het plan aan de andere criteria van het beoordelingskader?',
            en: 'Does the plan meet the other criteria of the assessment framework?',
          },
        ),
        spukRegeling: zelf('het plan voldoet aan de Regeling SPUK transformatiemiddelen', {
          nl: 'Voldoet het plan aan de Regeling SPUK transformatiemiddelen?',
          en: 'Does the plan meet the SPUK transformation funds regulation?',
        }),
      })
      .optional(),
    regio: z
      .string()
      .min(1)
      .optional()
      .meta({
        vraag: {
          nl: 'Uit welke (mandaat)regio komt het plan?',
          en: 'Which (mandate) region does the plan come from?',
        },
        description: 'De (mandaat)regio van het plan',
        examples: ['Noord-Veluwe'],
      }),
    pakketKleinereInitiatieven: flag('Het plan is een pakket van kleinere initiatieven', {
      nl: 'Is het plan een pakket van kleinere initiatieven?',
      en: 'Is the plan a package of smaller initiatives?',
    }),
    startdatum: SupportedDateSchema.optional().meta({
      vraag: {
        nl: 'Wanneer begint de uitvoering van het plan?',
        en: 'When does the execution of the plan start?',
      },
      description: 'Datum waarop de uitvoering van het plan begint',
    }),
    resultatenUiterlijk: SupportedDateSchema.optional().meta({
      vraag: {
        nl: 'Wanneer zijn de afspraken uiterlijk gerealiseerd?',
        en: 'By when will the agreements be realised?',
      },
      description: 'Datum waarop de transformatieafspraken uiterlijk gerealiseerd zijn',
    }),
    snelleToets: z
      .strictObject({
        bijdrageKnelpunten: flag(
          'De snelle toets laat de bijdrage aan het oplossen van knelpunten in de zorg zien',
          {
            nl: 'Laat de snelle toets de bijdrage aan het oplossen van knelpunten zien?',
            en: 'Does the quick scan show the contribution to solving bottlenecks?',
          },
        ),
        relatieRegioplannen: flag(
          'De snelle toets beschrijft de relatie met regioplannen, ROAZ-plan en/of eerstelijnsvisie 2030',
          {
            nl: 'Beschrijft de snelle toets de relatie met regioplannen, ROAZ-plan of eerstelijnsvisie?',
            en: 'Does the quick scan describe the relation to regional plans, ROAZ plan or primary-care vision?',
          },
        ),
        langetermijnEffecten: flag('De snelle toets beschrijft de effecten op lange termijn', {
          nl: 'Beschrijft de snelle toets de effecten op lange termijn?',
          en: 'Does the quick scan describe long-term effects?',
        }),
        bijdragePassendeZorg: flag('De snelle toets laat de bijdrage aan passende zorg zien', {
          nl: 'Laat de snelle toets de bijdrage aan passende zorg zien?',
          en: 'Does the quick scan show the contribution to appropriate care?',
        }),
        inLijnMetRegioplannen: zelf(
          'in lijn met de bestaande regiobeelden/-plannen, ROAZ en eerstelijnsvisie',
          {
            nl: 'Is het voorstel in lijn met de bestaande regiobeelden en -plannen, ROAZ-plannen en eerstelijnsvisie?',
            en: 'Is the proposal in line with existing regional pictures and plans, ROAZ plans and primary-care vision?',
          },
        ),
        uitlegGeenRelatie: flag(
          'Er is uitgelegd waarom er geen (concrete) relatie met die plannen is',
          {
            nl: 'Is uitgelegd waarom er geen (concrete) relatie met die plannen is?',
            en: 'Is it explained why there is no (concrete) relation to those plans?',
          },
        ),
        gedeeldeUrgentie: zelf(
          'aantoonbare, gedeelde urgentie bij alle partijen die bepalen of de transformatie slaagt',
          {
            nl: 'Is er aantoonbare, gedeelde urgentie bij alle partijen die bepalen of de transformatie slaagt?',
            en: 'Is there demonstrable, shared urgency among all parties that determine success?',
          },
        ),
        geenAfwenteling: zelf(
          'geen afwenteling op partijen die geraakt worden maar niet betrokken zijn',
          {
            nl: 'Is er geen afwenteling op partijen die geraakt worden maar niet betrokken zijn?',
            en: 'Is there no shifting of burdens onto parties affected but not involved?',
          },
        ),
        gelijkgerichtheidOnderbouwd: zelf(
          'onderbouwd waarom en op welke aspecten gelijkgerichtheid nodig is',
          {
            nl: 'Is onderbouwd waarom en waarop gelijkgerichtheid van aanbieders en verzekeraars nodig is?',
            en: 'Is it reasoned why and where providers and insurers need to act alike?',
          },
        ),
        gelijkgerichtheidBeperktTotLooptijd: flag(
          'De gelijkgerichtheid is beperkt tot de looptijd van het plan',
          {
            nl: 'Is de gelijkgerichtheid beperkt tot de looptijd van het plan?',
            en: 'Is acting alike limited to the duration of the plan?',
          },
        ),
        lopendPlan: flag('Het plan liep al vóór de (her)beoordeling', {
          nl: 'Liep het plan al vóór de beoordeling?',
          en: 'Was the plan already running before the assessment?',
        }),
      })
      .optional(),
    kader: z
      .strictObject({
        impactSubstantieel: zelf(
          'de impact op die criteria is substantieel (conform de IZA-doelen)',
          {
            nl: 'Is de impact op die criteria substantieel, conform de IZA-doelen?',
            en: 'Is the impact on those criteria substantial, in line with the IZA goals?',
          },
          'impact.substantieel',
        ),
        impactVoldoende: zelf('het pakket heeft voldoende impact op de IZA-doelen', {
          nl: 'Heeft het pakket voldoende impact op de IZA-doelen?',
          en: 'Does the package have enough impact on the IZA goals?',
        }),
        uitvoeringskracht: zelf('het pakket heeft voldoende implementatiekracht', {
          nl: 'Heeft het pakket voldoende implementatiekracht?',
          en: 'Does the package have enough implementation power?',
        }),
        opschaalbaarheidBeschreven: flag(
          'De opschaalbaarheid van de kleinere initiatieven is beschreven',
          {
            nl: 'Is de opschaalbaarheid van de kleinere initiatieven beschreven?',
            en: 'Is the scalability of the smaller initiatives described?',
          },
        ),
        smartAfspraken: zelf('SMART-afspraken met aanpak, verantwoordelijkheden en tijdlijn', {
          nl: 'Bevat het plan SMART-afspraken met aanpak, verantwoordelijkheden en tijdlijn?',
          en: 'Does the plan contain SMART agreements with approach, responsibilities and timeline?',
        }),
        positieveBusinesscase: zelf('een positieve (maatschappelijke) businesscase', {
          nl: 'Heeft het plan een positieve (maatschappelijke) businesscase?',
          en: 'Does the plan have a positive (societal) business case?',
        }),
        impactanalyse: zelf('een zorgvuldige impactanalyse met de betrokken partijen', {
          nl: 'Is er een zorgvuldige impactanalyse gemaakt met de betrokken partijen?',
          en: 'Was a careful impact analysis made with the parties involved?',
        }),
        implementatieplan: zelf(
          'executiekracht en gelijkgerichtheid georganiseerd in een implementatieplan met aantoonbaar commitment',
          {
            nl: 'Zijn executiekracht en gelijkgerichtheid georganiseerd in een implementatieplan?',
            en: 'Are implementation power and acting alike organised in an implementation plan?',
          },
        ),
        ziekenhuis: flag('Een ziekenhuis neemt deel aan het plan', {
          nl: 'Neemt een ziekenhuis deel aan het plan?',
          en: 'Does a hospital take part in the plan?',
        }),
        msbAfspraken: flag('Er zijn afspraken met het Medisch Specialistisch Bedrijf (MSB)', {
          nl: 'Zijn er afspraken met het Medisch Specialistisch Bedrijf (MSB)?',
          en: 'Are there agreements with the medical specialist company (MSB)?',
        }),
        duurzaamheidRelevant: flag(
          'Duurzaamheid (klimaat en milieu) is voor dit plan van toepassing',
          {
            nl: 'Is duurzaamheid (klimaat en milieu) voor dit plan van toepassing?',
            en: 'Does sustainability (climate and environment) apply to this plan?',
          },
        ),
        klimaatimpactNietHoger: zelf('het plan verhoogt de klimaat- en milieu-impact niet', {
          nl: 'Verhoogt het plan de klimaat- en milieu-impact niet?',
          en: 'Does the plan avoid increasing its climate and environmental impact?',
        }),
        nietAndersTeBereiken: zelf(
          'de transformatie is op korte termijn niet anders te bereiken, te versnellen of op te schalen',
          {
            nl: 'Is de transformatie op korte termijn niet anders te bereiken, te versnellen of op te schalen?',
            en: 'Can the transformation not be achieved, sped up or scaled up otherwise in the short term?',
          },
        ),
        gekoppeldAanAfspraken: flag(
          'Het geld is gekoppeld aan concrete transformatieafspraken (inspannings- en waar mogelijk resultaatverplichting)',
          {
            nl: 'Is het geld gekoppeld aan concrete transformatieafspraken?',
            en: 'Is the money tied to concrete transformation agreements?',
          },
        ),
        betalingBijRealisatie: flag(
          'Betaling volgt bij realisatie van de afspraken, waar mogelijk in delen per mijlpaal',
          {
            nl: 'Volgt betaling bij realisatie van de afspraken, waar mogelijk per mijlpaal?',
            en: 'Is payment made on realisation, where possible per milestone?',
          },
        ),
        verdelingOverSectoren: flag(
          'Het plan laat zien hoe het geld over sectoren en partijen is verdeeld',
          {
            nl: 'Laat het plan zien hoe het geld over sectoren en partijen is verdeeld?',
            en: 'Does the plan show how the money is divided over sectors and parties?',
          },
        ),
        geenDubbeleFinanciering: flag(
          'Er is geen dubbele financiering en geen financiering van wat al uit andere middelen betaald wordt',
          { nl: 'Is dubbele financiering uitgesloten?', en: 'Is double funding ruled out?' },
        ),
        oormerkNa2026: flag('Het plan rekent na 2026 op geld uit een sectoraal oormerk', {
          nl: 'Rekent het plan na 2026 op geld uit een sectoraal oormerk?',
          en: 'Does the plan count on sector-earmarked money after 2026?',
        }),
        middelenDoorschuiven: flag(
          'Het plan gaat ervan uit dat geld dat in een jaar niet wordt gebruikt, naar een volgend jaar meegaat',
          {
            nl: 'Gaat het plan ervan uit dat ongebruikt geld naar een volgend jaar meegaat?',
            en: 'Does the plan assume unused money carries over to the next year?',
          },
        ),
        voorbereidingskosten: flag(
          'Het plan vraagt vergoeding van kosten voor het opstellen van het plan',
          {
            nl: 'Vraagt het plan vergoeding van de kosten van het opstellen van het plan?',
            en: 'Does the plan ask for reimbursement of the cost of drawing it up?',
          },
        ),
        voorbereidingskostenVoorafAfgesproken: flag(
          'Die kosten zijn vooraf met de marktleiders afgesproken',
          {
            nl: 'Zijn die kosten vooraf met de marktleiders afgesproken?',
            en: 'Were those costs agreed beforehand with the market leaders?',
          },
        ),
        overigeAspectenBeschreven: zelf(
          'de situationele aspecten (contractafspraken, afbouw/opbouw, schaal, opschaalbaarheid, digitale aansluiting) zijn beschreven waar ze spelen',
          {
            nl: 'Beschrijft het plan de aspecten die voor dit plan spelen: contractafspraken, afbouw en opbouw, schaal, opschaalbaarheid, digitale aansluiting?',
            en: 'Does the plan describe the aspects relevant to it: contract agreements, build-down and build-up, scale, scalability, digital links?',
          },
        ),
        gepubliceerd: flag('Een samenvatting van het goedgekeurde plan is gepubliceerd', {
          nl: 'Is een samenvatting van het goedgekeurde plan gepubliceerd?',
          en: 'Has a summary of the approved plan been published?',
        }),
      })
      .optional(),
    spuk: z
      .strictObject({
        aanvrager: z
          .enum(['gemeente', 'penvoerder', 'anders'])
          .optional()
          .meta({
            vraag: {
              nl: 'Wie vraagt de SPUK aan: een gemeente, een penvoerder of een ander?',
              en: 'Who applies for the SPUK: a municipality, a lead municipality or someone else?',
            },
            keuzes: {
              gemeente: { nl: 'een gemeente', en: 'a municipality' },
              penvoerder: {
                nl: 'een penvoerder namens meer gemeenten',
                en: 'a lead municipality for several',
              },
              anders: { nl: 'een ander', en: 'someone else' },
            },
            description:
              'Wie de SPUK aanvraagt: een gemeente, een penvoerder namens meerdere gemeenten, of een ander',
          }),
        mandaatBewijs: flag(
          'De penvoerder heeft een bewijsstuk dat hij namens de andere gemeenten mag aanvragen',
          {
            nl: 'Heeft de penvoerder een bewijs dat hij namens de andere gemeenten mag aanvragen?',
            en: 'Does the lead municipality have proof that it may apply on behalf of the others?',
          },
        ),
        planMetGemeente: flag('Het transformatieplan is opgesteld met ten minste één gemeente', {
          nl: 'Is het transformatieplan opgesteld met ten minste één gemeente?',
          en: 'Was the transformation plan drawn up with at least one municipality?',
        }),
        overeenkomstMetGemeente: flag(
          'De overeenkomst transformatieplan is gesloten met ten minste één gemeente',
          {
            nl: 'Is de overeenkomst transformatieplan gesloten met ten minste één gemeente?',
            en: 'Was the transformation plan contract concluded with at least one municipality?',
          },
        ),
        aanvraagIngediend: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer is de SPUK-aanvraag ingediend? (Nog niet: null.)',
              en: 'When was the SPUK application submitted? (Not yet: null.)',
            },
            leeg: NOG_NIET,
            description: 'Datum waarop de SPUK-aanvraag is ingediend; null = nog niet',
          }),
        documenten: z
          .strictObject({
            transformatieplan: flag('Het transformatieplan is bij de aanvraag gevoegd', {
              nl: 'Is het transformatieplan bij de aanvraag gevoegd?',
              en: 'Is the transformation plan attached to the application?',
            }),
            overeenkomstMetMijlpalen: flag(
              'Een afschrift van de overeenkomst met de mijlpalen en bedragen, passend bij de begroting',
              {
                nl: 'Is de overeenkomst met mijlpalen en bedragen bijgevoegd?',
                en: 'Is the contract with milestones and amounts attached?',
              },
            ),
            begrotingPerJaar: flag(
              'Een begroting per jaar, met geraamde kosten en opbrengsten per activiteit',
              {
                nl: 'Is een begroting per jaar met kosten en opbrengsten per activiteit bijgevoegd?',
                en: 'Is a budget per year with costs and revenues per activity attached?',
              },
            ),
            mandaat: flag(
              'Het bewijsstuk dat de penvoerder namens de andere gemeenten mag aanvragen',
              {
                nl: 'Is het bewijs van het mandaat van de penvoerder bijgevoegd?',
                en: 'Is the proof of the lead municipality’s mandate attached?',
              },
            ),
          })
          .optional(),
        mijlpalenBedrag: EuroSchema.optional().meta({
          vraag: {
            nl: 'Wat is het totaal van de mijlpaalbedragen in het goedgekeurde plan?',
            en: 'What is the total of the milestone amounts in the approved plan?',
          },
          description: 'Het totaal van de mijlpaalbedragen uit het goedgekeurde plan, in euro',
        }),
        vroegsteKostenjaar: SupportedYearSchema.optional().meta({
          vraag: {
            nl: 'Vanaf welk jaar vraagt de gemeente kosten aan?',
            en: 'From which year does the municipality claim costs?',
          },
          description: 'Het eerste jaar waarover kosten worden aangevraagd',
        }),
        sisaIngediend: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer is de SiSa-verantwoording ingediend? (Nog niet: null.)',
              en: 'When was the SiSa account submitted? (Not yet: null.)',
            },
            leeg: NOG_NIET,
            description: 'Datum waarop de SiSa-verantwoording over het jaar is ingediend',
          }),
        verantwoordingsjaar: SupportedYearSchema.optional().meta({
          vraag: {
            nl: 'Over welk jaar gaat de SiSa-verantwoording?',
            en: 'Which year does the SiSa account cover?',
          },
          description: 'Het jaar waarover de SiSa-verantwoording gaat',
        }),
        gevraagdBedrag: EuroSchema.optional().meta({
          vraag: {
            nl: 'Welk bedrag vraagt de gemeente aan?',
            en: 'What amount does the municipality apply for?',
          },
          description: 'Het gevraagde bedrag, in euro',
        }),
        resterendPlafond: EuroSchema.optional().meta({
          vraag: {
            nl: 'Hoeveel was er bij ontvangst van de volledige aanvraag nog over onder het plafond?',
            en: 'How much was left under the ceiling when the complete application was received?',
          },
          description:
            'Wat er bij ontvangst van de volledige aanvraag nog onder het plafond over was, in euro',
        }),
        andereOverheidsvergoeding: flag(
          'De gemeente krijgt al een vergoeding van overheidswege voor activiteiten uit het plan',
          {
            nl: 'Krijgt de gemeente al een vergoeding van overheidswege voor activiteiten uit het plan?',
            en: 'Does the municipality already receive public funding for activities in the plan?',
          },
        ),
        alleenAanvullendeActiviteiten: flag(
          'De aanvraag gaat alleen over aanvullende (additionele) activiteiten',
          {
            nl: 'Gaat de aanvraag alleen over aanvullende activiteiten?',
            en: 'Does the application only cover additional activities?',
          },
        ),
        aanvraagOntvangen: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer ontving de minister de aanvraag?',
              en: 'When did the minister receive the application?',
            },
            leeg: NOG_NIET,
            description: 'Datum waarop de minister de aanvraag ontving',
          }),
        besluit: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer besliste de minister op de aanvraag? (Nog niet: null.)',
              en: 'When did the minister decide on the application? (Not yet: null.)',
            },
            leeg: NOG_NIET,
            description: 'Datum van het besluit op de aanvraag; null = nog niet',
          }),
        verleend: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer is de specifieke uitkering verleend? (Niet: null.)',
              en: 'When was the specific grant awarded? (Not: null.)',
            },
            leeg: { nl: '(nog) niet verleend', en: 'not (yet) awarded' },
            description:
              'Datum van de verlening van de specifieke uitkering; null = (nog) niet verleend',
          }),
        voorschotVolledigJaarlijks: flag(
          'Het besluit geeft een voorschot van 100%, in jaarlijkse termijnen volgens de begroting',
          {
            nl: 'Geeft het besluit een voorschot van 100% in jaarlijkse termijnen?',
            en: 'Does the decision give a 100% advance in yearly instalments?',
          },
        ),
        risicoNietNakomen: flag(
          'Het is aannemelijk dat verplichtingen niet (tijdig of geheel) worden nagekomen, of er doen zich andere belangrijke omstandigheden voor',
          {
            nl: 'Is het aannemelijk dat verplichtingen niet (tijdig of geheel) worden nagekomen?',
            en: 'Is it likely that obligations will not be met (in time or in full)?',
          },
        ),
        gemeld: flag('De gemeente heeft dat onverwijld schriftelijk aan de minister gemeld', {
          nl: 'Heeft de gemeente dat onverwijld schriftelijk aan de minister gemeld?',
          en: 'Has the municipality reported that to the minister in writing without delay?',
        }),
        verantwoordViaSisa: flag(
          'De gemeente verantwoordt de besteding via SiSa (artikel 17a Financiële-verhoudingswet)',
          {
            nl: 'Verantwoordt de gemeente de besteding via SiSa?',
            en: 'Does the municipality account for the spending through SiSa?',
          },
        ),
        verantwoordingTijdigEnVolledig: flag(
          'De verantwoordingsinformatie is op tijd en volledig verstrekt',
          {
            nl: 'Is de verantwoordingsinformatie op tijd en volledig verstrekt?',
            en: 'Was the accountability information provided on time and in full?',
          },
        ),
        verantwoordingOntvangen: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer ontving de minister de verantwoordingsinformatie?',
              en: 'When did the minister receive the accountability information?',
            },
            leeg: NOG_NIET,
            description: 'Datum waarop de minister de verantwoordingsinformatie ontving',
          }),
        vaststelling: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer besliste de minister over de vaststelling? (Nog niet: null.)',
              en: 'When did the minister decide on the final amount? (Not yet: null.)',
            },
            leeg: NOG_NIET,
            description: 'Datum van het besluit tot vaststelling; null = nog niet',
          }),
        controleverklaring: flag(
          'De financiële verantwoording heeft een controleverklaring van een accountant',
          {
            nl: 'Heeft de financiële verantwoording een controleverklaring van een accountant?',
            en: 'Does the financial account carry an auditor’s report?',
          },
        ),
        activiteitenVerricht: flag(
          'De activiteiten waarvoor de uitkering is verleend, zijn verricht',
          {
            nl: 'Zijn de activiteiten verricht waarvoor de uitkering is verleend?',
            en: 'Were the activities carried out for which the grant was awarded?',
          },
        ),
        verplichtingenNagekomen: flag(
          'Aan de verplichtingen van de uitkering is voldaan, ook uitvoering volgens de afspraken',
          {
            nl: 'Is voldaan aan de verplichtingen van de uitkering?',
            en: 'Were the obligations of the grant met?',
          },
        ),
        mijlpalenBehaald: flag(
          'De mijlpalen uit het transformatieplan zijn behaald (volgens de coördinerend zorgverzekeraar)',
          {
            nl: 'Zijn de mijlpalen uit het transformatieplan behaald?',
            en: 'Were the milestones of the transformation plan met?',
          },
        ),
        terugvordering: flag('De minister vordert (een deel van) de uitkering terug', {
          nl: 'Vordert de minister (een deel van) de uitkering terug?',
          en: 'Does the minister reclaim (part of) the grant?',
        }),
        mededelingTerugvordering: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer deelde de minister de terugvordering mee? (Nog niet: null.)',
              en: 'When did the minister announce the reclaim? (Not yet: null.)',
            },
            leeg: NOG_NIET,
            description: 'Datum waarop de minister de terugvordering meedeelde',
          }),
      })
      .optional(),
    proces: z
      .strictObject({
        financiersVanafEersteContact: flag(
          'De coördinerend zorgverzekeraar liet de andere financiers aansluiten vanaf het eerste contact',
          {
            nl: 'Sloten de andere financiers aan vanaf het eerste contact met de coördinerend zorgverzekeraar?',
            en: 'Did the other funders join from the first contact with the coordinating insurer?',
          },
        ),
        startgesprek: flag('Er was een startgesprek met de coördinerend zorgverzekeraar', {
          nl: 'Was er een startgesprek met de coördinerend zorgverzekeraar?',
          en: 'Was there a start meeting with the coordinating insurer?',
        }),
        allePartijenUitgenodigd: flag(
          'Alle betrokken partijen zijn uitgenodigd voor de overleggen',
          {
            nl: 'Zijn alle betrokken partijen uitgenodigd voor de overleggen?',
            en: 'Were all parties involved invited to the meetings?',
          },
        ),
        commitmentAllePartijen: zelf(
          'alle betrokken partijen geven aantoonbaar commitment op het plan',
          {
            nl: 'Geven alle betrokken partijen aantoonbaar commitment op het plan?',
            en: 'Do all parties involved demonstrably commit to the plan?',
          },
        ),
        tweedeZorgverzekeraarVanafBegin: flag(
          'De tweede zorgverzekeraar is vanaf het begin betrokken',
          {
            nl: 'Is de tweede zorgverzekeraar vanaf het begin betrokken?',
            en: 'Was the second insurer involved from the start?',
          },
        ),
        eenGezamenlijkeBeoordeling: flag(
          'De coördinerend zorgverzekeraar deelt één gezamenlijke beoordeling van beide zorgverzekeraars',
          {
            nl: 'Kreeg u één gezamenlijke beoordeling van beide zorgverzekeraars?',
            en: 'Did you get one joint assessment from both insurers?',
          },
        ),
        opnieuwIngediend: flag('Het plan is opnieuw ter beoordeling ingediend', {
          nl: 'Is het plan opnieuw ter beoordeling ingediend?',
          en: 'Was the plan submitted again for assessment?',
        }),
        planAangepast: flag('Het opnieuw ingediende plan is aangepast', {
          nl: 'Is het opnieuw ingediende plan aangepast?',
          en: 'Was the resubmitted plan adapted?',
        }),
        karakter: z
          .enum(['innovatie', 'opschaling'])
          .nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Is het plan een innovatie of een opschaling?',
              en: 'Is the plan an innovation or a scale-up?',
            },
            keuzes: {
              innovatie: { nl: 'een innovatie', en: 'an innovation' },
              opschaling: { nl: 'een opschaling', en: 'a scale-up' },
            },
            leeg: { nl: 'nog niet vastgesteld', en: 'not yet determined' },
            description: 'Het karakter van het plan; null = niet vastgesteld',
          }),
        karakterVoorSnelleToets: flag(
          'Het karakter is vóór de snelle toets samen met de coördinerend zorgverzekeraar vastgesteld',
          {
            nl: 'Is het karakter vóór de snelle toets samen vastgesteld?',
            en: 'Was the character set jointly before the quick scan?',
          },
        ),
      })
      .optional(),
    beoordeling: z
      .strictObject({
        gemeenteAlsDerdeBeoordelaar: flag(
          'Een gemeente beoordeelt het plan mee als formele derde beoordelaar',
          {
            nl: 'Beoordeelt een gemeente het plan mee als derde beoordelaar?',
            en: 'Does a municipality co-assess the plan as third assessor?',
          },
        ),
        regiocoordinatorRegio: z
          .string()
          .min(1)
          .nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Uit welke (mandaat)regio komt de regiocoördinator die het plan beoordeelt?',
              en: 'Which (mandate) region is the regional coordinator who assesses the plan from?',
            },
            leeg: { nl: 'er is geen regiocoördinator', en: 'there is no regional coordinator' },
            description:
              'De (mandaat)regio van de regiocoördinator die het plan beoordeelt; null = geen regiocoördinator',
          }),
        andereVerzekeraarBesluitZelf: flag(
          'Een zorgverzekeraar die geen marktleider is, nam een eigen besluit over het plan',
          {
            nl: 'Nam een zorgverzekeraar die geen marktleider is een eigen besluit over het plan?',
            en: 'Did an insurer that is not a market leader take its own decision on the plan?',
          },
        ),
        afgezienVanRegiocoordinator: flag(
          'De deelnemende gemeente(n) zien af van medebeoordeling door een regiocoördinator',
          {
            nl: 'Zien de gemeenten af van medebeoordeling door een regiocoördinator?',
            en: 'Do the municipalities waive co-assessment by a regional coordinator?',
          },
        ),
      })
      .optional(),
    impact: z
      .strictObject({
        criteria: z
          .array(z.enum(['zorggebruik', 'herverdeling', 'personeel', 'vastgoed']))
          .optional()
          .meta({
            vraag: {
              nl: 'Op welke van de vier criteria beschrijft het plan zijn impact?',
              en: 'On which of the four criteria does the plan describe its impact?',
            },
            keuzes: {
              zorggebruik: { nl: 'zorggebruik', en: 'use of care' },
              herverdeling: { nl: 'herverdeling van zorg', en: 'redistribution of care' },
              personeel: { nl: 'personeel', en: 'staff' },
              vastgoed: { nl: 'vastgoed', en: 'real estate' },
            },
            description:
              'Op welke van de vier criteria van het beoordelingskader het plan zijn impact beschrijft',
          }),
        transitiedoelen: flag('Het plan beschrijft de impact op de transitiedoelen', {
          nl: 'Beschrijft het plan de impact op de transitiedoelen?',
          en: 'Does the plan describe its impact on the transition goals?',
        }),
        regioplan: flag('Het plan beschrijft de impact op het regioplan', {
          nl: 'Beschrijft het plan de impact op het regioplan?',
          en: 'Does the plan describe its impact on the regional plan?',
        }),
      })
      .optional(),
    kpis: z
      .strictObject({
        aantal: z
          .number()
          .int()
          .nonnegative()
          .optional()
          .meta({
            vraag: { nl: 'Hoeveel KPI’s heeft het plan?', en: 'How many KPIs does the plan have?' },
          }),
        passendBijInhoud: zelf('een overzichtelijk aantal KPI’s, passend bij inhoud en doel', {
          nl: 'Is het aantal KPI’s overzichtelijk en passend bij inhoud en doel?',
          en: 'Is the number of KPIs manageable and fitting content and goal?',
        }),
        passendBijFinanciering: flag(
          'De KPI’s zijn opgesteld op basis van de financieringsstromen',
          {
            nl: 'Zijn de KPI’s opgesteld op basis van de financieringsstromen?',
            en: 'Are the KPIs set up along the funding streams?',
          },
        ),
        eersteIsOpleveringPlan: flag('De eerste KPI is het opleveren van het transformatieplan', {
          nl: 'Is de eerste KPI het opleveren van het transformatieplan?',
          en: 'Is the first KPI the delivery of the transformation plan?',
        }),
      })
      .optional(),
    financiering: z
      .strictObject({
        kostenMetTerugwerkendeKracht: flag(
          'De zorgverzekeraar vergoedt gemaakte kosten met terugwerkende kracht',
          {
            nl: 'Worden gemaakte kosten met terugwerkende kracht vergoed?',
            en: 'Are costs already made reimbursed retroactively?',
          },
        ),
        eigenMiddelenVoorVoorbereiding: flag(
          'Er zijn eigen middelen om de snelle toets en het plan voor te bereiden',
          {
            nl: 'Zijn er eigen middelen om de snelle toets en het plan voor te bereiden?',
            en: 'Are there own funds to prepare the quick scan and the plan?',
          },
        ),
        oplossingVoorbereidingAfgesproken: flag(
          'Er is met de coördinerend zorgverzekeraar een oplossing voor de voorbereiding afgesproken',
          {
            nl: 'Is er een oplossing voor de voorbereiding afgesproken (ROS-, RESV-middelen, O&I, bevoorschotting)?',
            en: 'Has a solution for the preparation been agreed (ROS, RESV, O&I, advances)?',
          },
        ),
        vrijvalPerKpi: flag(
          'Bij het behalen van een KPI valt een bedrag vrij voor de volgende KPI',
          {
            nl: 'Valt bij het behalen van een KPI een bedrag vrij voor de volgende KPI?',
            en: 'Is an amount released for the next KPI when a KPI is met?',
          },
        ),
        vrijvalAfgesproken: flag('Die vrijval is in de overeenkomst afgesproken', {
          nl: 'Is die vrijval in de overeenkomst afgesproken?',
          en: 'Is that release agreed in the contract?',
        }),
        kpiNietBehaald: flag('Een KPI is niet of niet volledig behaald', {
          nl: 'Is een KPI niet of niet volledig behaald?',
          en: 'Has a KPI not been met, or not fully?',
        }),
        inspanningenGeleverd: zelf(
          'de inspanningen zijn wel conform de transformatieafspraken geleverd',
          {
            nl: 'Zijn de inspanningen wel conform de transformatieafspraken geleverd?',
            en: 'Were the efforts delivered as agreed in the transformation agreements?',
          },
        ),
        goNoGoMomenten: flag('Het plan heeft go/no-go-momenten', {
          nl: 'Heeft het plan go/no-go-momenten?',
          en: 'Does the plan have go/no-go moments?',
        }),
        vervolgfaseOnduidelijk: flag(
          'Het is nog niet volledig duidelijk hoe de volgende fase eruitziet',
          {
            nl: 'Is het nog niet volledig duidelijk hoe de volgende fase eruitziet?',
            en: 'Is it not yet fully clear what the next phase looks like?',
          },
        ),
      })
      .optional(),
    verantwoording: z
      .strictObject({
        kostenregistratie: z
          .enum(['grootboekrekening', 'kostenplaats', 'anders'])
          .nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Hoe worden de kosten geregistreerd (grootboekrekening, kostenplaats, anders, of niet)?',
              en: 'How are the costs registered (ledger account, cost centre, other, or not)?',
            },
            keuzes: {
              grootboekrekening: {
                nl: 'op een eigen grootboekrekening',
                en: 'in a separate ledger account',
              },
              kostenplaats: { nl: 'op een eigen kostenplaats', en: 'in a separate cost centre' },
              anders: { nl: 'op een andere manier', en: 'in another way' },
            },
            leeg: { nl: 'er is geen kostenregistratie', en: 'there is no cost registration' },
            description: 'De vorm van de kostenregistratie; null = er is geen kostenregistratie',
          }),
        ontvangen: EuroSchema.optional().meta({
          vraag: {
            nl: 'Hoeveel transformatiemiddelen zijn ontvangen?',
            en: 'How much transformation money was received?',
          },
          description: 'Ontvangen transformatiemiddelen, in euro',
        }),
        werkelijkeKosten: EuroSchema.optional().meta({
          vraag: {
            nl: 'Wat waren de werkelijke kosten van de transformatie?',
            en: 'What were the actual costs of the transformation?',
          },
          description: 'Werkelijke kosten van de transformatie, in euro',
        }),
        terugbetalingAfgesproken: flag(
          'Over het te veel ontvangen bedrag is een terugbetaling afgesproken',
          {
            nl: 'Is de terugbetaling van het te veel ontvangen bedrag afgesproken?',
            en: 'Has repayment of the excess been agreed?',
          },
        ),
        oplossingTekort: z
          .enum(['plan-bijstellen', 'extra-middelen', 'deels-beeindigen'])
          .nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Welke oplossing is gekozen voor het dreigende tekort?',
              en: 'Which solution was chosen for the looming shortfall?',
            },
            keuzes: {
              'plan-bijstellen': { nl: 'het plan bijstellen', en: 'adjust the plan' },
              'extra-middelen': { nl: 'extra geld zoeken', en: 'find extra money' },
              'deels-beeindigen': {
                nl: 'een deel van het plan stoppen',
                en: 'stop part of the plan',
              },
            },
            leeg: { nl: 'nog geen oplossing gekozen', en: 'no solution chosen yet' },
            description: 'De gekozen oplossing bij een dreigend tekort; null = nog geen',
          }),
        nza: z
          .strictObject({
            goedgekeurdPlanEnOvereenkomst: flag(
              'Goedgekeurd transformatieplan en getekende overeenkomst met KPI-afspraken',
              {
                nl: 'Zijn er een goedgekeurd plan en een getekende overeenkomst met KPI-afspraken?',
                en: 'Are there an approved plan and a signed contract with KPI agreements?',
              },
            ),
            betaalbeschikking: flag('Afgegeven betaalbeschikking van de NZa', {
              nl: 'Heeft de NZa een betaalbeschikking afgegeven?',
              en: 'Has the NZa issued a payment decision?',
            }),
            kostenregistratieEnBewijsKpis: flag(
              'Vorm van kostenregistratie en bewijs van behalen KPI’s',
              {
                nl: 'Is er een kostenregistratie en bewijs dat de KPI’s zijn behaald?',
                en: 'Is there a cost registration and proof that the KPIs were met?',
              },
            ),
            monitoringEnBijsturing: flag(
              'Monitoring en bijsturing op voortgang en kostenontwikkeling hebben plaatsgevonden',
              {
                nl: 'Hebben monitoring en bijsturing op voortgang en kosten plaatsgevonden?',
                en: 'Did monitoring and adjustment of progress and costs take place?',
              },
            ),
          })
          .optional(),
      })
      .optional(),
    escalatie: z
      .strictObject({
        aanspreekpuntBekend: flag(
          'Het is duidelijk wie op management- of bestuursniveau het aanspreekpunt is',
          {
            nl: 'Is duidelijk wie op management- of bestuursniveau het aanspreekpunt is?',
            en: 'Is it clear who the contact is at management or board level?',
          },
        ),
        contactlijst: flag(
          'De coördinerend zorgverzekeraar heeft een lijst met contactgegevens gegeven',
          {
            nl: 'Heeft de coördinerend zorgverzekeraar een lijst met contactgegevens gegeven?',
            en: 'Has the coordinating insurer provided a list of contact details?',
          },
        ),
        bestuurlijkSinds: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer is naar bestuurlijk niveau geëscaleerd?',
              en: 'When was the issue escalated to board level?',
            },
            leeg: NOG_NIET,
            description: 'Datum waarop naar bestuurlijk niveau is geëscaleerd',
          }),
        bestuurlijkOverleg: SupportedDateSchema.nullable()
          .optional()
          .meta({
            vraag: {
              nl: 'Wanneer was het overleg op bestuurlijk niveau? (Nog niet: null.)',
              en: 'When was the board-level meeting? (Not yet: null.)',
            },
            leeg: NOG_NIET,
            description: 'Datum van het overleg op bestuurlijk niveau',
          }),
      })
      .optional(),
    gebeurtenissen: EventsSchema.optional(),
  })
  .meta({
    title: 'Transformatieplan',
    description: 'Een transformatieplan zoals de IZA-regels het toetsen',
  });
export type Plan = z.output<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
