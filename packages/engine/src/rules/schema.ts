/**
 * The shape of the files under `rules/`: rule files, parameter files, the holiday table, variants,
 * questions and worked cases. Descriptions live here so the generated JSON Schemas carry them into
 * the editors of policy staff.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../dates/schema.ts';

export { IsoDateSchema };

export const TextSchema = z
  .strictObject({
    nl: z.string().min(1).meta({ description: 'Nederlandse tekst (taalniveau B1)' }),
    en: z.string().min(1).meta({ description: 'English text' }),
  })
  .meta({ description: 'Tekst in het Nederlands en het Engels / Text in Dutch and English' });
export type Text = z.output<typeof TextSchema>;

export const CertaintySchema = z.enum(['C', 'H', 'M', 'A']).meta({
  description:
    'Zekerheid: C = letterlijk in de brontekst, H = officiële secundaire bron, M = pers of samenvatting, A = aanname die een besluit vraagt',
});
export type Certainty = z.output<typeof CertaintySchema>;

export const SourceIdSchema = z
  .string()
  .regex(/^S-[A-Z0-9]+$/)
  .meta({
    description: 'Bron-id uit rules/bronnen.json, bijvoorbeeld S-ADD of S-WI',
    examples: ['S-ADD'],
  });

export const CitationSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .meta({
        description: 'Id van het citaat binnen deze versie, waarnaar voorwaarden verwijzen',
      }),
    bron: SourceIdSchema,
    clausule: z
      .string()
      .min(1)
      .meta({
        description: 'Stabiel id van de clausule in de bron, bijvoorbeeld ADD.B1.2 of WI.1e.1',
        examples: ['ADD.B1.2'],
      }),
    vindplaats: z
      .string()
      .min(1)
      .meta({
        description: 'Waar de tekst staat, zoals een mens het zou zoeken',
        examples: ['Addendum, Bepalingen, 1. Uitzondering op het beoordelingskader, tweede alinea'],
      }),
    tekst: z
      .string()
      .min(1)
      .meta({ description: 'De letterlijk geciteerde Nederlandse brontekst (of de samenvatting)' }),
    soort: z.enum(['citaat', 'samenvatting']).default('citaat').meta({
      description:
        'citaat = letterlijke tekst; samenvatting = onze samenvatting van een bron die we niet letterlijk kunnen of mogen citeren (zoals een persbericht)',
    }),
  })
  .meta({ description: 'Een citaat: bron, clausule en de letterlijke tekst' });
export type Citation = z.output<typeof CitationSchema>;

/** json-rules-engine condition trees; leaves carry a `name` that points at their explanation. */
const FactReferenceSchema = z.strictObject({
  fact: z.string().min(1).meta({ description: 'Vergelijk met de waarde van een ander feit' }),
});

export const LeafConditionSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-zA-Z][a-zA-Z0-9]*$/)
      .meta({ description: 'Naam van de voorwaarde; de uitleg staat onder voorwaardeTeksten' }),
    fact: z
      .string()
      .min(1)
      .meta({ description: 'Het feit dat wordt getoetst', examples: ['kostenregel.domein'] }),
    operator: z
      .string()
      .min(1)
      .meta({ description: 'json-rules-engine-operator', examples: ['equal', 'dateOnOrBefore'] }),
    value: z
      .union([
        z.string(),
        z.number(),
        z.boolean(),
        z.array(z.union([z.string(), z.number()])),
        FactReferenceSchema,
      ])
      .meta({ description: 'De waarde om mee te vergelijken, of { "fact": … }' }),
  })
  .meta({ description: 'Eén voorwaarde' });
export type LeafCondition = z.output<typeof LeafConditionSchema>;

export type Condition =
  LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafConditionSchema,
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

export const TopConditionSchema = z
  .union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
  ])
  .meta({ description: 'json-rules-engine-voorwaarden: all (alle) of any (minstens één)' });
export type TopCondition = z.output<typeof TopConditionSchema>;

export const ExplanationSchema = z
  .strictObject({
    voldoet: TextSchema,
    voldoetNiet: TextSchema,
    onbekend: TextSchema,
    nietVanToepassing: TextSchema.optional(),
    gemist: TextSchema.optional().meta({
      description:
        'Alleen bij een termijn: de handeling is niet gebeurd (de datum is null) en de uiterste datum is voorbij. Zonder deze tekst toont de engine een vaste zin.',
    }),
  })
  .meta({
    description:
      'Uitleg per uitkomst. Tussen accolades mogen waarden staan, zoals {vervaldatum}, {dagen} of {peildatum}; de check meldt een waarde die bij die uitkomst niet bestaat.',
  });
export type Explanation = z.output<typeof ExplanationSchema>;

export const ConditionTextSchema = z
  .strictObject({
    nl: z.string().min(1),
    en: z.string().min(1),
    citaat: z
      .string()
      .meta({ description: 'Id van het citaat in deze versie dat deze voorwaarde draagt' }),
  })
  .meta({
    description: 'Wat deze voorwaarde in gewone woorden vraagt, en welk citaat haar draagt',
  });

export const TermSchema = z
  .strictObject({
    start: z.string().meta({
      description: 'Feit met de datum waarop de termijn begint',
      examples: ['gebeurtenissen.planCompleetOntvangen'],
    }),
    duur: z
      .string()
      .meta({ description: 'Id van de parameter met de duur (ISO 8601, bijvoorbeeld P8W)' }),
    einde: z.string().meta({ description: 'Feit met de datum waarop de handeling plaatsvond' }),
  })
  .meta({ description: 'Een reactietermijn: vanaf een gebeurtenis, een duur, tot een handeling' });
export type Term = z.output<typeof TermSchema>;

export const RuleVersionSchema = z
  .strictObject({
    geldigVan: IsoDateSchema.meta({ description: 'Eerste dag waarop deze versie geldt' }),
    geldigTot: IsoDateSchema.nullable().meta({
      description: 'Laatste dag waarop deze versie geldt; null = geen einde bekend',
    }),
    zekerheid: CertaintySchema,
    citaten: z
      .array(CitationSchema)
      .meta({ description: 'Minstens één citaat per versie (de check controleert dat)' }),
    vanToepassing: TopConditionSchema.optional().meta({
      description:
        'Wanneer de regel van toepassing is; anders is de uitkomst "niet van toepassing"',
    }),
    voorwaarden: TopConditionSchema.optional().meta({
      description: 'De toets zelf (alleen bij soort toets)',
    }),
    termijn: TermSchema.optional().meta({ description: 'De termijn (alleen bij soort termijn)' }),
    voorwaardeTeksten: z.record(z.string(), ConditionTextSchema).default({}),
    uitkomst: z
      .strictObject({
        type: z.string().min(1),
        params: z.record(z.string(), z.unknown()).optional(),
      })
      .meta({ description: 'Het json-rules-engine-event dat deze regel oplevert als hij voldoet' }),
    uitleg: ExplanationSchema.optional().meta({ description: 'Verplicht bij toets en termijn' }),
    toelichting: TextSchema.optional().meta({
      description: 'Waarom de regel zo gelezen is (aannames, open vragen)',
    }),
  })
  .meta({ description: 'Een gedateerde versie van een regel' });
export type RuleVersion = z.output<typeof RuleVersionSchema>;

export const RuleKindSchema = z.enum(['toets', 'termijn', 'rekenwijze']).meta({
  description:
    'toets = voldoet of niet; termijn = reactietermijn met vervaldatum; rekenwijze = hoe de engine rekent',
});
export type RuleKind = z.output<typeof RuleKindSchema>;

export const RuleIdSchema = z
  .string()
  .regex(/^(BK|ADD|WI|SPUK|FIN|CAL)-[A-Z0-9]+(-[0-9]+)?$/)
  .meta({
    description: 'Stabiel regel-id; gelijk aan de bestandsnaam',
    examples: ['ADD-01', 'WI-T-01'],
  });

export const RuleFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: RuleIdSchema,
    titel: TextSchema,
    soort: RuleKindSchema,
    bereik: z.enum(['plan', 'kostenregel']).default('plan').meta({
      description: 'plan = één uitkomst per plan; kostenregel = één uitkomst per kostenregel',
    }),
    zelfVerklaard: z.boolean().default(false).meta({
      description: 'true als de regel een menselijk oordeel vraagt dat de gebruiker zelf invult',
    }),
    advies: z.boolean().default(false).meta({
      description:
        'true als de bron iets aanraadt of een streven noemt, geen eis: de uitkomst wordt getoond maar telt niet mee voor het antwoord op een vraag',
    }),
    uitzonderingen: z.array(RuleIdSchema).default([]).meta({
      description: 'Regels die samen een uitzondering op deze regel vormen (alle moeten voldoen)',
    }),
    uitzonderingOp: RuleIdSchema.optional().meta({
      description: 'De basisregel waarop deze regel een uitzondering is',
    }),
    versies: z.array(RuleVersionSchema).min(1),
  })
  .meta({
    title: 'IZA-regel',
    description:
      'Eén regel van de IZA-transformatiemiddelen: gedateerde versies met voorwaarden, citaten en zekerheid',
  });
export type RuleFile = z.output<typeof RuleFileSchema>;
export type RuleFileInput = z.input<typeof RuleFileSchema>;

const ParameterValueSchema = z.union([IsoDateSchema, z.string().regex(/^P\d+[WMD]$/), z.number()]);

export const ParameterVersionSchema = z.strictObject({
  geldigVan: IsoDateSchema,
  geldigTot: IsoDateSchema.nullable(),
  waarde: ParameterValueSchema.meta({
    description: 'Datum (JJJJ-MM-DD), duur (P4W, P4M, P8W) of getal',
  }),
  zekerheid: CertaintySchema,
  citaten: z.array(CitationSchema).min(1),
  toelichting: TextSchema.optional(),
});
export type ParameterVersion = z.output<typeof ParameterVersionSchema>;

export const ParameterFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9-]+$/),
    titel: TextSchema,
    type: z.enum(['datum', 'duur', 'getal']),
    versies: z.array(ParameterVersionSchema).min(1),
    varianten: z
      .record(z.string(), z.array(ParameterVersionSchema).min(1))
      .default({})
      .meta({ description: 'Andere lezingen, per variant-id, met eigen data en citaten' }),
  })
  .meta({
    title: 'IZA-parameter',
    description: 'Een gedateerde, geciteerde waarde die regels gebruiken',
  });
export type ParameterFile = z.output<typeof ParameterFileSchema>;

export const VariantFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9-]+$/),
    titel: TextSchema,
    uitleg: TextSchema,
    zekerheid: CertaintySchema,
    citaten: z.array(CitationSchema).min(1),
  })
  .meta({ title: 'IZA-variant', description: 'Een benoemde andere lezing van de teksten' });
export type VariantFile = z.output<typeof VariantFileSchema>;

export const HolidayTableSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.literal('feestdagen'),
    titel: TextSchema,
    jaren: z.strictObject({ van: z.number().int(), tot: z.number().int() }).meta({
      description: 'De jaren waarvoor de tabel compleet is',
    }),
    citaten: z.array(CitationSchema).min(1),
    dagen: z.array(
      z.strictObject({
        datum: IsoDateSchema,
        naam: z.string().min(1),
        grondslag: z.enum(['atw-art-3-lid-1', 'atw-art-3-lid-2', 'gelijkgesteld-kb']),
        zekerheid: CertaintySchema,
      }),
    ),
  })
  .meta({
    title: 'Feestdagen',
    description: 'Algemeen erkende feestdagen en gelijkgestelde dagen',
  });
export type HolidayTable = z.output<typeof HolidayTableSchema>;

export const SourcesFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    bronnen: z.array(
      z.strictObject({
        id: SourceIdSchema,
        titel: z.string().min(1),
        soort: z.string().min(1),
        bestand: z
          .string()
          .optional()
          .meta({ description: 'De brontekst in rules/bronnen/, als die er is' }),
        url: z.string().optional(),
      }),
    ),
  })
  .meta({ title: 'Bronnen' });
export type SourcesFile = z.output<typeof SourcesFileSchema>;

export const QuestionsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    vragen: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        titel: TextSchema,
        regels: z.array(RuleIdSchema).min(1),
        nietVanToepassing: TextSchema.optional().meta({
          description:
            'Het antwoord als geen regel van de vraag speelt, als dat iets anders is dan "speelt niet bij dit plan"',
        }),
      }),
    ),
  })
  .meta({
    title: 'Vragen',
    description: 'De vragen die een uitslag beantwoordt, elk met zijn regels',
  });
export type QuestionsFile = z.output<typeof QuestionsFileSchema>;

export const ClauseSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Z]+[A-Za-z0-9.-]*$/)
      .meta({
        description: 'Stabiel clausule-id, zoals ADD.B1.2 of WI.1e.1',
        examples: ['WI.1e.1'],
      }),
    vindplaats: z.string().min(1),
    soort: z.enum(['normatief', 'advies', 'afspraak', 'achtergrond']).meta({
      description:
        'normatief = schrijft iets voor; advies = raadt iets aan; afspraak = afspraak tussen partijen, geen eis aan een plan; achtergrond = doel of uitleg',
    }),
    tekst: z
      .string()
      .min(1)
      .meta({ description: 'De letterlijke tekst van de clausule ("…" voor weggelaten tekst)' }),
    buitenScope: TextSchema.optional().meta({
      description:
        'Waarom geen regel deze clausule uitvoert (bijvoorbeeld: beschrijft een overleg, niet toetsbaar)',
    }),
    gepland: z
      .strictObject({ regels: z.array(RuleIdSchema).min(1) })
      .optional()
      .meta({
        description:
          'Nog niet uitgevoerd; deze regels zijn gepland. Zichtbaar in de dekking, tot ze er zijn.',
      }),
  })
  .meta({ description: 'Eén clausule van een bron, met hoe zij is verantwoord' });
export type Clause = z.output<typeof ClauseSchema>;

export const ClauseRegisterSchema = z
  .strictObject({
    $schema: z.string().optional(),
    bron: SourceIdSchema,
    clausules: z.array(ClauseSchema).min(1),
  })
  .meta({
    title: 'Clausuleregister',
    description:
      'Alle clausules van één bron: elk uitgevoerd door regels, buiten scope met een reden, of gepland',
  });
export type ClauseRegister = z.output<typeof ClauseRegisterSchema>;
