/**
 * The receipt `evaluate` returns: enough to store beside a decision and to reproduce it later (rule-set
 * version and hash, peildatum, variants, input hash), every outcome with its reasons and cited clauses,
 * the deadlines and the money.
 */
import { z } from 'zod';
import { CertaintySchema, CitationSchema, IsoDateSchema, TextSchema } from '../rules/schema.ts';
import { COST_LINE_NAME_LENGTH } from '../explain/cost-line-name.ts';

export const OutcomeSchema = z
  .enum(['voldoet', 'voldoet-niet', 'onbekend', 'niet-van-toepassing'])
  .meta({
    description:
      'voldoet; voldoet-niet; onbekend = er ontbreken feiten (zie ontbrekend); niet-van-toepassing = de regel geldt niet voor dit plan of op deze peildatum',
  });
export type Outcome = z.output<typeof OutcomeSchema>;

export const ConditionStateSchema = z.enum(['waar', 'onwaar', 'onbekend']);
export type ConditionState = z.output<typeof ConditionStateSchema>;

export const MissingFactSchema = z.strictObject({
  feit: z.string(),
  invoer: z
    .string()
    .meta({ description: 'Het invoerveld dat ingevuld moet worden, bijvoorbeeld kosten[1].aard' }),
  vraag: TextSchema,
  zelfVerklaard: z.boolean(),
});
export type MissingFact = z.output<typeof MissingFactSchema>;

/**
 * A citation in a receipt is named once, under `citaten`, by the rule and the citation's own id in that
 * rule's version (`ADD-03#add-b1-3`); rules and conditions refer to it by that key.
 */
export const CitationKeySchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9-]*#[a-z0-9-]+$/)
  .meta({
    description: 'Sleutel van een citaat in `citaten`: regel-id#citaat-id',
    examples: ['ADD-03#add-b1-3'],
  });

export const ConditionResultSchema = z.strictObject({
  naam: z.string(),
  deel: z.enum(['vanToepassing', 'voorwaarden']),
  feit: z.string(),
  operator: z.string(),
  verwacht: z.unknown(),
  gevonden: z.unknown().optional(),
  status: ConditionStateSchema,
  zelfVerklaard: z.boolean(),
  tekst: TextSchema,
  citaat: CitationKeySchema,
});
export type ConditionResult = z.output<typeof ConditionResultSchema>;

export const ShiftSchema = z.strictObject({
  datum: IsoDateSchema,
  reden: z.enum(['zaterdag', 'zondag', 'feestdag']),
  naam: z.string().optional(),
});

export const DeadlineSchema = z.strictObject({
  regel: z.string(),
  titel: TextSchema,
  start: IsoDateSchema,
  duur: z.string(),
  kalenderVervaldatum: IsoDateSchema,
  vervaldatum: IsoDateSchema,
  verschuivingen: z.array(ShiftSchema),
  ontbrekendeFeestdagjaren: z.array(z.number().int()),
  afgerond: IsoDateSchema.optional(),
  status: z.strictObject({
    soort: z.enum(['op-tijd', 'te-laat', 'loopt', 'verlopen', 'gemist']).meta({
      description:
        'op-tijd of te-laat: de handeling is gebeurd; loopt: de uiterste datum komt nog; verlopen: de datum is voorbij en we weten niet of het gebeurd is; gemist: de datum is voorbij en het is niet gebeurd',
    }),
    dagen: z.number().int().nonnegative(),
  }),
  rekenregels: z.array(z.string()),
});
export type Deadline = z.output<typeof DeadlineSchema>;

const Explained = {
  uitkomst: OutcomeSchema,
  zelfVerklaard: z
    .boolean()
    .meta({ description: 'true als de uitkomst steunt op een oordeel dat de gebruiker zelf gaf' }),
  uitleg: TextSchema,
  ontbrekend: z.array(MissingFactSchema),
};

/** A cost line's name in a receipt: its description, shortened (see explain/cost-line-name.ts). */
const CostLineNameSchema = z.string().meta({
  description: `De omschrijving van de kostenregel, ingekort tot ${COST_LINE_NAME_LENGTH} tekens (met …) als die langer is; index wijst de kostenregel in het plan aan`,
});

export const CostLineResultSchema = z.strictObject({
  index: z.number().int().nonnegative(),
  omschrijving: CostLineNameSchema,
  ...Explained,
  voorwaarden: z.array(ConditionResultSchema),
});

export const ExceptionResultSchema = z.strictObject({
  uitkomst: OutcomeSchema,
  regels: z.array(z.strictObject({ id: z.string(), uitkomst: OutcomeSchema })),
});

export const RuleResultSchema = z.strictObject({
  id: z.string(),
  titel: TextSchema,
  soort: z.enum(['toets', 'termijn', 'rekenwijze']),
  advies: z.boolean().meta({
    description: 'Een advies of streven uit de bron: telt niet mee voor het antwoord op een vraag',
  }),
  versie: z
    .strictObject({ geldigVan: IsoDateSchema, geldigTot: IsoDateSchema.nullable() })
    .nullable(),
  zekerheid: CertaintySchema.nullable(),
  ...Explained,
  voorwaarden: z.array(ConditionResultSchema),
  kostenregels: z
    .array(
      CostLineResultSchema.extend({
        uitzondering: ExceptionResultSchema.optional(),
        effectief: OutcomeSchema.optional(),
      }),
    )
    .optional(),
  termijn: DeadlineSchema.optional(),
  uitzonderingen: z.array(z.string()),
  uitzonderingOp: z.string().optional(),
  citaten: z.array(CitationKeySchema),
  toelichting: TextSchema.optional(),
});
export type RuleResult = z.output<typeof RuleResultSchema>;

/** A rule in a summary: its outcome, and its reasons when it says no or cannot tell yet. */
export const RuleSummarySchema = z.strictObject({
  id: z.string(),
  uitkomst: OutcomeSchema,
  zelfVerklaard: z.boolean(),
  uitleg: TextSchema.optional().meta({
    description: 'Alleen bij voldoet-niet en onbekend: waarom',
  }),
  citaten: z.array(CitationKeySchema).optional().meta({
    description:
      'Alleen bij voldoet-niet en onbekend: de geciteerde clausules (tekst in de regelset)',
  }),
  kostenregels: z
    .array(
      z.strictObject({
        index: z.number().int().nonnegative(),
        uitkomst: OutcomeSchema,
        effectief: OutcomeSchema.optional(),
      }),
    )
    .optional(),
});
export type RuleSummary = z.output<typeof RuleSummarySchema>;

export const QuestionResultSchema = z.strictObject({
  id: z.string(),
  titel: TextSchema,
  ...Explained,
  samenvatting: TextSchema.meta({
    description:
      'Het antwoord in één korte zin (B1); een gedeeltelijk antwoord heet "deels", met de jaren en bedragen',
  }),
  volgendeStap: TextSchema.optional().meta({
    description:
      'Wat u nu kunt doen: welke vraag eerst beantwoorden, wat aanpassen, of wie te vragen',
  }),
  regels: z.array(z.strictObject({ id: z.string(), uitkomst: OutcomeSchema })),
});
export type QuestionResult = z.output<typeof QuestionResultSchema>;

const MoneySchema = z.strictObject({
  gedekt: z
    .number()
    .meta({ description: 'Mag uit transformatiemiddelen via de SPUK worden betaald' }),
  nietGedekt: z.number().meta({ description: 'Mag niet uit transformatiemiddelen worden betaald' }),
  onbekend: z.number().meta({ description: 'Nog niet te zeggen: er ontbreken feiten' }),
});

export const MoneyResultSchema = z.strictObject({
  einddatum: IsoDateSchema.nullable(),
  perJaar: z.array(MoneySchema.extend({ jaar: z.number().int() })),
  totaal: MoneySchema,
  naEinddatum: z
    .number()
    .meta({ description: 'Structurele kosten na de einddatum: nooit uit transformatiemiddelen' }),
  kostenregels: z.array(
    MoneySchema.extend({
      index: z.number().int(),
      omschrijving: CostLineNameSchema,
      uitkomst: OutcomeSchema,
    }),
  ),
});
export type MoneyResult = z.output<typeof MoneyResultSchema>;

export const PlanningSchema = z.strictObject({
  id: z.string(),
  doel: TextSchema,
  doeldatum: IsoDateSchema,
  uiterlijk: IsoDateSchema,
  regels: z.array(z.string()),
  status: z.enum(['mogelijk', 'verstreken']),
});
export type Planning = z.output<typeof PlanningSchema>;

export const VariantNoteSchema = z.strictObject({
  id: z.string(),
  titel: TextSchema,
  uitleg: TextSchema,
  zekerheid: CertaintySchema,
});

export const ReadingSchema = z
  .strictObject({
    variant: z.string(),
    titel: TextSchema,
    zekerheid: CertaintySchema,
    verschillen: z.array(
      z.strictObject({ regel: z.string(), uitkomst: OutcomeSchema, metVariant: OutcomeSchema }),
    ),
    termijnen: z.array(
      z.strictObject({
        regel: z.string(),
        vervaldatum: IsoDateSchema.nullable(),
        metVariant: IsoDateSchema,
      }),
    ),
    vragen: z.array(
      z.strictObject({ vraag: z.string(), uitkomst: OutcomeSchema, metVariant: OutcomeSchema }),
    ),
    bedragen: z.strictObject({ gedekt: z.number(), metVariant: z.number() }),
  })
  .meta({
    description: 'Wat een andere lezing (variant) zou veranderen, naast de letterlijke tekst',
  });
export type Reading = z.output<typeof ReadingSchema>;

export const IssueSchema = z.strictObject({
  code: z.string(),
  bestand: z.string().optional(),
  regel: z.string().optional(),
  pad: z.string(),
  nl: z.string(),
  en: z.string(),
});

/** The version of the receipt format; raised whenever a field changes meaning or place. */
export const RECEIPT_SCHEMA_VERSION = 2;

const ReceiptHeader = {
  geldig: z.literal(true),
  schemaVersie: z.literal(RECEIPT_SCHEMA_VERSION).meta({
    description: 'Versie van het formaat van de uitslag',
  }),
  regelset: z.strictObject({ versie: z.string(), hash: z.string() }),
  peildatum: IsoDateSchema,
  varianten: z.array(VariantNoteSchema),
  invoerHash: z.string(),
  vragen: z.array(QuestionResultSchema),
  termijnen: z.array(DeadlineSchema),
  planning: z.array(PlanningSchema),
  bedragen: MoneyResultSchema,
  ontbrekend: z.array(MissingFactSchema.extend({ regels: z.array(z.string()) })).meta({
    description: 'Alle ontbrekende feiten, in de volgorde waarin u ze het best kunt vragen',
  }),
  kanttekening: TextSchema,
  andereLezingen: z.array(ReadingSchema).meta({
    description:
      'Per variant die niet gekozen is: welke uitkomsten, termijnen en bedragen anders zouden zijn',
  }),
};

export const ReceiptSchema = z
  .strictObject({
    ...ReceiptHeader,
    detail: z.literal('volledig'),
    regels: z.array(RuleResultSchema),
    citaten: z.record(CitationKeySchema, CitationSchema).meta({
      description:
        'Elk citaat één keer, met de letterlijke brontekst; regels verwijzen met de sleutel',
    }),
  })
  .meta({
    title: 'IZA-uitslag',
    description: 'De uitslag van een evaluatie: een bon die u bij uw besluit kunt bewaren',
  });
export type Receipt = z.output<typeof ReceiptSchema>;

export const ReceiptSummarySchema = z
  .strictObject({
    ...ReceiptHeader,
    detail: z.literal('samenvatting'),
    regels: z.array(RuleSummarySchema),
  })
  .meta({
    title: 'IZA-uitslag (samenvatting)',
    description:
      'De uitslag zonder het spoor per voorwaarde en zonder brontekst: de regelset (versie en hash) bevat die',
  });
export type ReceiptSummary = z.output<typeof ReceiptSummarySchema>;

export const InvalidInputSchema = z
  .strictObject({
    geldig: z.literal(false),
    regelset: z.strictObject({ versie: z.string(), hash: z.string() }),
    problemen: z.array(IssueSchema),
  })
  .meta({
    title: 'Ongeldige invoer',
    description: 'De invoer kon niet worden getoetst; elk probleem noemt het veld',
  });
export type InvalidInput = z.output<typeof InvalidInputSchema>;

export const EvaluationSchema = z
  .union([ReceiptSchema, ReceiptSummarySchema, InvalidInputSchema])
  .meta({
    title: 'IZA-evaluatie',
  });
export type Evaluation = Receipt | InvalidInput;
export type SummaryEvaluation = ReceiptSummary | InvalidInput;
