/**
 * The plan as an insurer's or municipality's tooling describes it. Every field is optional where the
 * answer may not be known yet: a missing fact makes a rule `onbekend`, never `voldoet`.
 * Objects are strict so that a mistyped field name is reported instead of silently ignored.
 */
import { z } from 'zod';
import { PeriodSchema, SupportedDateSchema, SupportedYearSchema } from '../dates/schema.ts';
import { EuroSchema } from '../money/cents.ts';

/** A yes/no fact the user may leave out; the description says what "yes" means. */
const flag = (description: string) => z.boolean().optional().meta({ description });

export const DomainSchema = z.enum(['zorg', 'sociaal', 'wlz']).meta({
  description:
    'zorg = Zorgverzekeringswet; sociaal = Wmo 2015, Jeugdwet, Participatiewet; wlz = Wet langdurige zorg',
});

export const FundingRouteSchema = z
  .enum(['spuk', 'zorgverzekeraar', 'zorgkantoor', 'gemeente', 'overig'])
  .meta({
    description:
      'Hoe de kostenregel betaald wordt: spuk = via de Regeling SPUK transformatiemiddelen (gemeente); zorgverzekeraar of zorgkantoor = transformatiemiddelen van die financier; gemeente = eigen middelen van de gemeente; overig = iets anders',
  });

export const AmountSchema = z.strictObject({
  periode: PeriodSchema,
  bedrag: EuroSchema.meta({ description: 'Bedrag in euro' }),
});

export const CostLineSchema = z
  .strictObject({
    omschrijving: z
      .string()
      .min(1)
      .meta({ examples: ['Sociaal werker in de wijk'] }),
    domein: DomainSchema.optional(),
    aard: z.enum(['incidenteel', 'structureel']).nullable().optional().meta({
      description:
        'incidenteel = eenmalig voor het tot stand brengen van de transformatie; structureel = blijvend; null = de businesscase splitst deze kosten niet in incidenteel en structureel',
    }),
    financiering: FundingRouteSchema.optional(),
    voortvloeiendUitPlan: flag('Zelf verklaard: de kosten ontstaan door het transformatieplan'),
    uitvoeringskosten: flag(
      'Zelf verklaard: het zijn uitvoeringskosten, zoals de diensten van een sociaal werker',
    ),
    verduurzaming: flag(
      'Het is een investering in verduurzaming als zodanig (zoals zonnepanelen of het verduurzamen van gebouwen)',
    ),
    bedragen: z.array(AmountSchema).min(1),
  })
  .meta({ description: 'Eén kostenregel van de businesscase' });
export type CostLine = z.output<typeof CostLineSchema>;

export const PartySchema = z.strictObject({
  naam: z.string().min(1),
  soort: z.enum([
    'gemeente',
    'zorgaanbieder',
    'aanbieder-sociaal-domein',
    'zorgverzekeraar',
    'zorgkantoor',
    'patientenorganisatie',
    'overig',
  ]),
  rol: z
    .enum([
      'indiener',
      'penvoerder',
      'coordinerend-zorgverzekeraar',
      'tweede-zorgverzekeraar',
      'deelnemer',
    ])
    .optional(),
});

export const EventsSchema = z
  .strictObject({
    snelleToetsAangekondigd: SupportedDateSchema.nullable().optional().meta({
      description:
        'Datum waarop de snelle toets bij de coördinerend zorgverzekeraar werd aangekondigd',
    }),
    snelleToetsIngediend: SupportedDateSchema.nullable().optional().meta({
      description: 'Datum waarop de snelle toets werd ingediend',
    }),
    snelleToetsCompleetOntvangen: SupportedDateSchema.nullable().optional().meta({
      description: 'Datum waarop de coördinerend zorgverzekeraar de complete snelle toets ontving',
    }),
    snelleToetsGoedgekeurd: SupportedDateSchema.nullable().optional().meta({
      description: 'Datum van de goedkeuring van de snelle toets',
    }),
    planIngediend: SupportedDateSchema.nullable().optional().meta({
      description: 'Datum waarop de planmakers het transformatieplan indienden',
    }),
    planCompleetOntvangen: SupportedDateSchema.nullable().optional().meta({
      description:
        'Datum waarop de coördinerend zorgverzekeraar het complete transformatieplan ontving',
    }),
    voorgenomenBesluit: SupportedDateSchema.nullable()
      .optional()
      .meta({ description: 'Datum van het voorgenomen besluit van de marktleiders over het plan' }),
    planGoedgekeurd: SupportedDateSchema.nullable().optional().meta({
      description: 'Datum van de goedkeuring van het transformatieplan',
    }),
  })
  .meta({
    description:
      'De gebeurtenissen met hun datum. Laat een veld weg als u het niet weet; vul null in als het (nog) niet is gebeurd.',
  });

export const PlanSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().optional(),
    naam: z.string().optional(),
    partijen: z.array(PartySchema).optional(),
    domeinen: z
      .array(DomainSchema)
      .optional()
      .meta({ description: 'De domeinen waarop het plan betrekking heeft' }),
    landelijk: flag('Het is een landelijk plan'),
    aansluiting: z
      .strictObject({
        regiobeeld: flag('Zelf verklaard: in lijn met het regiobeeld'),
        regioplan: flag('Zelf verklaard: in lijn met het regioplan'),
        izaDoelen: flag('Zelf verklaard: draagt bij aan de IZA-doelstellingen'),
        landelijkImpactvol: flag(
          'Zelf verklaard: (landelijk) plan dat impactvol bijdraagt aan de IZA-doelen',
        ),
      })
      .optional(),
    businesscase: z
      .strictObject({
        duurzameImplementatie: flag(
          'Zelf verklaard: de businesscase onderbouwt dat het plan duurzaam geïmplementeerd wordt',
        ),
      })
      .optional(),
    gemeente: z
      .strictObject({
        deelname: z.enum(['deelnemer', 'intentie', 'geen']).optional().meta({
          description:
            'Neemt de gemeente deel aan het plan, heeft zij (bij de snelle toets) de intentie, of niet?',
        }),
        goedkeuringSociaalDomein: flag(
          'De gemeente (of mandaatgemeente) keurt de onderdelen voor het sociaal domein expliciet goed',
        ),
        vraagtSpukZelfAan: flag('De gemeente vraagt de SPUK zelf aan en verantwoordt haar'),
        intentieNa2027: flag(
          'De gemeente spreekt de intentie uit om het plan na 2027 duurzaam uit te voeren',
        ),
        totaleStructureleKostenSociaalDomein: EuroSchema.optional().meta({
          description:
            'Totale structurele kosten voor het sociaal domein, in euro, zoals in de businesscase',
        }),
        eigenFinanciering: EuroSchema.optional().meta({
          description: 'Het deel daarvan dat de gemeente zelf financiert, in euro',
        }),
      })
      .optional(),
    overigeCriteria: z
      .strictObject({
        kader: flag(
          'Zelf verklaard: het plan voldoet aan de overige criteria van het beoordelingskader en de leidende principes',
        ),
        spukRegeling: flag(
          'Zelf verklaard: het plan voldoet aan de Regeling SPUK transformatiemiddelen',
        ),
      })
      .optional(),
    regio: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'De (mandaat)regio van het plan', examples: ['Noord-Veluwe'] }),
    pakketKleinereInitiatieven: flag('Het plan is een pakket van kleinere initiatieven'),
    startdatum: SupportedDateSchema.optional().meta({
      description: 'Datum waarop de uitvoering van het plan begint',
    }),
    resultatenUiterlijk: SupportedDateSchema.optional().meta({
      description: 'Datum waarop de transformatieafspraken uiterlijk gerealiseerd zijn',
    }),
    snelleToets: z
      .strictObject({
        bijdrageKnelpunten: flag(
          'De snelle toets laat de bijdrage aan het oplossen van knelpunten in de zorg zien',
        ),
        relatieRegioplannen: flag(
          'De snelle toets beschrijft de relatie met regioplannen, ROAZ-plan en/of eerstelijnsvisie 2030',
        ),
        langetermijnEffecten: flag('De snelle toets beschrijft de effecten op lange termijn'),
        bijdragePassendeZorg: flag('De snelle toets laat de bijdrage aan passende zorg zien'),
        inLijnMetRegioplannen: flag(
          'Zelf verklaard: in lijn met de bestaande regiobeelden/-plannen, ROAZ en eerstelijnsvisie',
        ),
        uitlegGeenRelatie: flag(
          'Er is uitgelegd waarom er geen (concrete) relatie met die plannen is',
        ),
        gedeeldeUrgentie: flag(
          'Zelf verklaard: aantoonbare, gedeelde urgentie bij alle partijen die bepalen of de transformatie slaagt',
        ),
        geenAfwenteling: flag(
          'Zelf verklaard: geen afwenteling op partijen die geraakt worden maar niet betrokken zijn',
        ),
        gelijkgerichtheidOnderbouwd: flag(
          'Zelf verklaard: onderbouwd waarom en op welke aspecten gelijkgerichtheid nodig is',
        ),
        gelijkgerichtheidBeperktTotLooptijd: flag(
          'De gelijkgerichtheid is beperkt tot de looptijd van het plan',
        ),
        lopendPlan: flag('Het plan liep al vóór de (her)beoordeling'),
      })
      .optional(),
    kader: z
      .strictObject({
        impactSubstantieel: flag(
          'Zelf verklaard: de impact op die criteria is substantieel (conform de IZA-doelen)',
        ),
        impactVoldoende: flag('Zelf verklaard: het pakket heeft voldoende impact op de IZA-doelen'),
        uitvoeringskracht: flag('Zelf verklaard: het pakket heeft voldoende implementatiekracht'),
        opschaalbaarheidBeschreven: flag(
          'De opschaalbaarheid van de kleinere initiatieven is beschreven',
        ),
        smartAfspraken: flag(
          'Zelf verklaard: SMART-afspraken met aanpak, verantwoordelijkheden en tijdlijn',
        ),
        positieveBusinesscase: flag(
          'Zelf verklaard: een positieve (maatschappelijke) businesscase',
        ),
        impactanalyse: flag(
          'Zelf verklaard: een zorgvuldige impactanalyse met de betrokken partijen',
        ),
        implementatieplan: flag(
          'Zelf verklaard: executiekracht en gelijkgerichtheid georganiseerd in een implementatieplan met aantoonbaar commitment',
        ),
        ziekenhuis: flag('Een ziekenhuis neemt deel aan het plan'),
        msbAfspraken: flag('Er zijn afspraken met het Medisch Specialistisch Bedrijf (MSB)'),
        duurzaamheidRelevant: flag(
          'Duurzaamheid (klimaat en milieu) is voor dit plan van toepassing',
        ),
        klimaatimpactNietHoger: flag(
          'Zelf verklaard: het plan verhoogt de klimaat- en milieu-impact niet',
        ),
        nietAndersTeBereiken: flag(
          'Zelf verklaard: de transformatie is op korte termijn niet anders te bereiken, te versnellen of op te schalen',
        ),
        gekoppeldAanAfspraken: flag(
          'Het geld is gekoppeld aan concrete transformatieafspraken (inspannings- en waar mogelijk resultaatverplichting)',
        ),
        betalingBijRealisatie: flag(
          'Betaling volgt bij realisatie van de afspraken, waar mogelijk in delen per mijlpaal',
        ),
        verdelingOverSectoren: flag(
          'Het plan laat zien hoe het geld over sectoren en partijen is verdeeld',
        ),
        geenDubbeleFinanciering: flag(
          'Er is geen dubbele financiering en geen financiering van wat al uit andere middelen betaald wordt',
        ),
        oormerkNa2026: flag('Het plan rekent na 2026 op geld uit een sectoraal oormerk'),
        middelenDoorschuiven: flag(
          'Het plan gaat ervan uit dat geld dat in een jaar niet wordt gebruikt, naar een volgend jaar meegaat',
        ),
        voorbereidingskosten: flag(
          'Het plan vraagt vergoeding van kosten voor het opstellen van het plan',
        ),
        voorbereidingskostenVoorafAfgesproken: flag(
          'Die kosten zijn vooraf met de marktleiders afgesproken',
        ),
        overigeAspectenBeschreven: flag(
          'Zelf verklaard: de situationele aspecten (contractafspraken, afbouw/opbouw, schaal, opschaalbaarheid, digitale aansluiting) zijn beschreven waar ze spelen',
        ),
        gepubliceerd: flag('Een samenvatting van het goedgekeurde plan is gepubliceerd'),
      })
      .optional(),
    spuk: z
      .strictObject({
        aanvrager: z.enum(['gemeente', 'penvoerder', 'anders']).optional().meta({
          description:
            'Wie de SPUK aanvraagt: een gemeente, een penvoerder namens meerdere gemeenten, of een ander',
        }),
        mandaatBewijs: flag(
          'De penvoerder heeft een bewijsstuk dat hij namens de andere gemeenten mag aanvragen',
        ),
        planMetGemeente: flag('Het transformatieplan is opgesteld met ten minste één gemeente'),
        overeenkomstMetGemeente: flag(
          'De overeenkomst transformatieplan is gesloten met ten minste één gemeente',
        ),
        aanvraagIngediend: SupportedDateSchema.nullable()
          .optional()
          .meta({ description: 'Datum waarop de SPUK-aanvraag is ingediend; null = nog niet' }),
        documenten: z
          .strictObject({
            transformatieplan: flag('Het transformatieplan is bij de aanvraag gevoegd'),
            overeenkomstMetMijlpalen: flag(
              'Een afschrift van de overeenkomst met de mijlpalen en bedragen, passend bij de begroting',
            ),
            begrotingPerJaar: flag(
              'Een begroting per jaar, met geraamde kosten en opbrengsten per activiteit',
            ),
            mandaat: flag(
              'Het bewijsstuk dat de penvoerder namens de andere gemeenten mag aanvragen',
            ),
          })
          .optional(),
        mijlpalenBedrag: EuroSchema.optional().meta({
          description: 'Het totaal van de mijlpaalbedragen uit het goedgekeurde plan, in euro',
        }),
        vroegsteKostenjaar: SupportedYearSchema.optional().meta({
          description: 'Het eerste jaar waarover kosten worden aangevraagd',
        }),
        sisaIngediend: SupportedDateSchema.nullable()
          .optional()
          .meta({ description: 'Datum waarop de SiSa-verantwoording over het jaar is ingediend' }),
        verantwoordingsjaar: SupportedYearSchema.optional().meta({
          description: 'Het jaar waarover de SiSa-verantwoording gaat',
        }),
        gevraagdBedrag: EuroSchema.optional().meta({
          description: 'Het gevraagde bedrag, in euro',
        }),
        resterendPlafond: EuroSchema.optional().meta({
          description:
            'Wat er bij ontvangst van de volledige aanvraag nog onder het plafond over was, in euro',
        }),
        andereOverheidsvergoeding: flag(
          'De gemeente krijgt al een vergoeding van overheidswege voor activiteiten uit het plan',
        ),
        alleenAanvullendeActiviteiten: flag(
          'De aanvraag gaat alleen over aanvullende (additionele) activiteiten',
        ),
        aanvraagOntvangen: SupportedDateSchema.nullable()
          .optional()
          .meta({ description: 'Datum waarop de minister de aanvraag ontving' }),
        besluit: SupportedDateSchema.nullable()
          .optional()
          .meta({ description: 'Datum van het besluit op de aanvraag; null = nog niet' }),
        verleend: SupportedDateSchema.nullable().optional().meta({
          description:
            'Datum van de verlening van de specifieke uitkering; null = (nog) niet verleend',
        }),
        voorschotVolledigJaarlijks: flag(
          'Het besluit geeft een voorschot van 100%, in jaarlijkse termijnen volgens de begroting',
        ),
        risicoNietNakomen: flag(
          'Het is aannemelijk dat verplichtingen niet (tijdig of geheel) worden nagekomen, of er doen zich andere belangrijke omstandigheden voor',
        ),
        gemeld: flag('De gemeente heeft dat onverwijld schriftelijk aan de minister gemeld'),
        verantwoordViaSisa: flag(
          'De gemeente verantwoordt de besteding via SiSa (artikel 17a Financiële-verhoudingswet)',
        ),
        verantwoordingTijdigEnVolledig: flag(
          'De verantwoordingsinformatie is op tijd en volledig verstrekt',
        ),
        verantwoordingOntvangen: SupportedDateSchema.nullable()
          .optional()
          .meta({ description: 'Datum waarop de minister de verantwoordingsinformatie ontving' }),
        vaststelling: SupportedDateSchema.nullable()
          .optional()
          .meta({ description: 'Datum van het besluit tot vaststelling; null = nog niet' }),
        controleverklaring: flag(
          'De financiële verantwoording heeft een controleverklaring van een accountant',
        ),
        activiteitenVerricht: flag(
          'De activiteiten waarvoor de uitkering is verleend, zijn verricht',
        ),
        verplichtingenNagekomen: flag(
          'Aan de verplichtingen van de uitkering is voldaan, ook uitvoering volgens de afspraken',
        ),
        mijlpalenBehaald: flag(
          'De mijlpalen uit het transformatieplan zijn behaald (volgens de coördinerend zorgverzekeraar)',
        ),
        terugvordering: flag('De minister vordert (een deel van) de uitkering terug'),
        mededelingTerugvordering: SupportedDateSchema.nullable()
          .optional()
          .meta({ description: 'Datum waarop de minister de terugvordering meedeelde' }),
      })
      .optional(),
    proces: z
      .strictObject({
        financiersVanafEersteContact: flag(
          'De coördinerend zorgverzekeraar liet de andere financiers aansluiten vanaf het eerste contact',
        ),
        startgesprek: flag('Er was een startgesprek met de coördinerend zorgverzekeraar'),
        allePartijenUitgenodigd: flag(
          'Alle betrokken partijen zijn uitgenodigd voor de overleggen',
        ),
        commitmentAllePartijen: flag(
          'Zelf verklaard: alle betrokken partijen geven aantoonbaar commitment op het plan',
        ),
        tweedeZorgverzekeraarVanafBegin: flag(
          'De tweede zorgverzekeraar is vanaf het begin betrokken',
        ),
        eenGezamenlijkeBeoordeling: flag(
          'De coördinerend zorgverzekeraar deelt één gezamenlijke beoordeling van beide zorgverzekeraars',
        ),
        opnieuwIngediend: flag('Het plan is opnieuw ter beoordeling ingediend'),
        planAangepast: flag('Het opnieuw ingediende plan is aangepast'),
        karakter: z
          .enum(['innovatie', 'opschaling'])
          .nullable()
          .optional()
          .meta({ description: 'Het karakter van het plan; null = niet vastgesteld' }),
        karakterVoorSnelleToets: flag(
          'Het karakter is vóór de snelle toets samen met de coördinerend zorgverzekeraar vastgesteld',
        ),
      })
      .optional(),
    beoordeling: z
      .strictObject({
        gemeenteAlsDerdeBeoordelaar: flag(
          'Een gemeente beoordeelt het plan mee als formele derde beoordelaar',
        ),
        regiocoordinatorRegio: z.string().min(1).nullable().optional().meta({
          description:
            'De (mandaat)regio van de regiocoördinator die het plan beoordeelt; null = geen regiocoördinator',
        }),
        andereVerzekeraarBesluitZelf: flag(
          'Een zorgverzekeraar die geen marktleider is, nam een eigen besluit over het plan',
        ),
        afgezienVanRegiocoordinator: flag(
          'De deelnemende gemeente(n) zien af van medebeoordeling door een regiocoördinator',
        ),
      })
      .optional(),
    impact: z
      .strictObject({
        criteria: z
          .array(z.enum(['zorggebruik', 'herverdeling', 'personeel', 'vastgoed']))
          .optional()
          .meta({
            description:
              'Op welke van de vier criteria van het beoordelingskader het plan zijn impact beschrijft',
          }),
        transitiedoelen: flag('Het plan beschrijft de impact op de transitiedoelen'),
        regioplan: flag('Het plan beschrijft de impact op het regioplan'),
      })
      .optional(),
    kpis: z
      .strictObject({
        aantal: z.number().int().nonnegative().optional(),
        passendBijInhoud: flag(
          'Zelf verklaard: een overzichtelijk aantal KPI’s, passend bij inhoud en doel',
        ),
        passendBijFinanciering: flag(
          'De KPI’s zijn opgesteld op basis van de financieringsstromen',
        ),
        eersteIsOpleveringPlan: flag('De eerste KPI is het opleveren van het transformatieplan'),
      })
      .optional(),
    financiering: z
      .strictObject({
        kostenMetTerugwerkendeKracht: flag(
          'De zorgverzekeraar vergoedt gemaakte kosten met terugwerkende kracht',
        ),
        eigenMiddelenVoorVoorbereiding: flag(
          'Er zijn eigen middelen om de snelle toets en het plan voor te bereiden',
        ),
        oplossingVoorbereidingAfgesproken: flag(
          'Er is met de coördinerend zorgverzekeraar een oplossing voor de voorbereiding afgesproken',
        ),
        vrijvalPerKpi: flag(
          'Bij het behalen van een KPI valt een bedrag vrij voor de volgende KPI',
        ),
        vrijvalAfgesproken: flag('Die vrijval is in de overeenkomst afgesproken'),
        kpiNietBehaald: flag('Een KPI is niet of niet volledig behaald'),
        inspanningenGeleverd: flag(
          'Zelf verklaard: de inspanningen zijn wel conform de transformatieafspraken geleverd',
        ),
        goNoGoMomenten: flag('Het plan heeft go/no-go-momenten'),
        vervolgfaseOnduidelijk: flag(
          'Het is nog niet volledig duidelijk hoe de volgende fase eruitziet',
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
            description: 'De vorm van de kostenregistratie; null = er is geen kostenregistratie',
          }),
        ontvangen: EuroSchema.optional().meta({
          description: 'Ontvangen transformatiemiddelen, in euro',
        }),
        werkelijkeKosten: EuroSchema.optional().meta({
          description: 'Werkelijke kosten van de transformatie, in euro',
        }),
        terugbetalingAfgesproken: flag(
          'Over het te veel ontvangen bedrag is een terugbetaling afgesproken',
        ),
        oplossingTekort: z
          .enum(['plan-bijstellen', 'extra-middelen', 'deels-beeindigen'])
          .nullable()
          .optional()
          .meta({ description: 'De gekozen oplossing bij een dreigend tekort; null = nog geen' }),
        nza: z
          .strictObject({
            goedgekeurdPlanEnOvereenkomst: flag(
              'Goedgekeurd transformatieplan en getekende overeenkomst met KPI-afspraken',
            ),
            betaalbeschikking: flag('Afgegeven betaalbeschikking van de NZa'),
            kostenregistratieEnBewijsKpis: flag(
              'Vorm van kostenregistratie en bewijs van behalen KPI’s',
            ),
            monitoringEnBijsturing: flag(
              'Monitoring en bijsturing op voortgang en kostenontwikkeling hebben plaatsgevonden',
            ),
          })
          .optional(),
      })
      .optional(),
    escalatie: z
      .strictObject({
        aanspreekpuntBekend: flag(
          'Het is duidelijk wie op management- of bestuursniveau het aanspreekpunt is',
        ),
        contactlijst: flag(
          'De coördinerend zorgverzekeraar heeft een lijst met contactgegevens gegeven',
        ),
        bestuurlijkSinds: SupportedDateSchema.nullable()
          .optional()
          .meta({ description: 'Datum waarop naar bestuurlijk niveau is geëscaleerd' }),
        bestuurlijkOverleg: SupportedDateSchema.nullable()
          .optional()
          .meta({ description: 'Datum van het overleg op bestuurlijk niveau' }),
      })
      .optional(),
    kosten: z.array(CostLineSchema).optional(),
    gebeurtenissen: EventsSchema.optional(),
  })
  .meta({
    title: 'Transformatieplan',
    description: 'Een transformatieplan zoals de IZA-regels het toetsen',
  });
export type Plan = z.output<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
