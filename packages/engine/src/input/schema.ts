/**
 * The plan as an insurer's or municipality's tooling describes it. Every field is optional where the
 * answer may not be known yet: a missing fact makes a rule `onbekend`, never `voldoet`.
 * Objects are strict so that a mistyped field name is reported instead of silently ignored.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../rules/schema.ts';

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

export const PeriodSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'verwacht JJJJ of JJJJ-MM / expected YYYY or YYYY-MM')
  .meta({ description: 'Een jaar (2027) of een maand (2027-12)', examples: ['2027', '2027-12'] });

export const AmountSchema = z.strictObject({
  periode: PeriodSchema,
  bedrag: z.number().nonnegative().meta({ description: 'Bedrag in euro' }),
});

export const CostLineSchema = z
  .strictObject({
    omschrijving: z
      .string()
      .min(1)
      .meta({ examples: ['Sociaal werker in de wijk'] }),
    domein: DomainSchema.optional(),
    aard: z.enum(['incidenteel', 'structureel']).optional().meta({
      description:
        'incidenteel = eenmalig voor het tot stand brengen van de transformatie; structureel = blijvend',
    }),
    financiering: FundingRouteSchema.optional(),
    voortvloeiendUitPlan: z.boolean().optional().meta({
      description: 'Zelf verklaard: de kosten ontstaan door het transformatieplan',
    }),
    uitvoeringskosten: z.boolean().optional().meta({
      description:
        'Zelf verklaard: het zijn uitvoeringskosten, zoals de diensten van een sociaal werker',
    }),
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
    snelleToetsAangekondigd: IsoDateSchema.nullable().optional().meta({
      description:
        'Datum waarop de snelle toets bij de coördinerend zorgverzekeraar werd aangekondigd',
    }),
    snelleToetsIngediend: IsoDateSchema.nullable().optional().meta({
      description: 'Datum waarop de snelle toets werd ingediend',
    }),
    snelleToetsCompleetOntvangen: IsoDateSchema.nullable().optional().meta({
      description: 'Datum waarop de coördinerend zorgverzekeraar de complete snelle toets ontving',
    }),
    snelleToetsGoedgekeurd: IsoDateSchema.nullable().optional().meta({
      description: 'Datum van de goedkeuring van de snelle toets',
    }),
    planIngediend: IsoDateSchema.nullable().optional().meta({
      description: 'Datum waarop de planmakers het transformatieplan indienden',
    }),
    planCompleetOntvangen: IsoDateSchema.nullable().optional().meta({
      description:
        'Datum waarop de coördinerend zorgverzekeraar het complete transformatieplan ontving',
    }),
    planGoedgekeurd: IsoDateSchema.nullable().optional().meta({
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
    landelijk: z.boolean().optional().meta({ description: 'Het is een landelijk plan' }),
    aansluiting: z
      .strictObject({
        regiobeeld: z
          .boolean()
          .optional()
          .meta({ description: 'Zelf verklaard: in lijn met het regiobeeld' }),
        regioplan: z
          .boolean()
          .optional()
          .meta({ description: 'Zelf verklaard: in lijn met het regioplan' }),
        izaDoelen: z
          .boolean()
          .optional()
          .meta({ description: 'Zelf verklaard: draagt bij aan de IZA-doelstellingen' }),
        landelijkImpactvol: z.boolean().optional().meta({
          description: 'Zelf verklaard: (landelijk) plan dat impactvol bijdraagt aan de IZA-doelen',
        }),
      })
      .optional(),
    businesscase: z
      .strictObject({
        duurzameImplementatie: z.boolean().optional().meta({
          description:
            'Zelf verklaard: de businesscase onderbouwt dat het plan duurzaam geïmplementeerd wordt',
        }),
      })
      .optional(),
    gemeente: z
      .strictObject({
        intentieNa2027: z.boolean().optional().meta({
          description:
            'De gemeente spreekt de intentie uit om het plan na 2027 duurzaam uit te voeren',
        }),
        totaleStructureleKostenSociaalDomein: z.number().nonnegative().optional().meta({
          description:
            'Totale structurele kosten voor het sociaal domein, in euro, zoals in de businesscase',
        }),
        eigenFinanciering: z
          .number()
          .nonnegative()
          .optional()
          .meta({ description: 'Het deel daarvan dat de gemeente zelf financiert, in euro' }),
      })
      .optional(),
    overigeCriteria: z
      .strictObject({
        kader: z.boolean().optional().meta({
          description:
            'Zelf verklaard: het plan voldoet aan de overige criteria van het beoordelingskader en de leidende principes',
        }),
        spukRegeling: z.boolean().optional().meta({
          description:
            'Zelf verklaard: het plan voldoet aan de Regeling SPUK transformatiemiddelen',
        }),
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
