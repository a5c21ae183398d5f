/**
 * The site's own words in Dutch (B1) and English, once, one named export per area so that an island
 * bundles only the areas it uses. Words about a receipt (outcomes, condition states, certainty,
 * deadline status, headings of a receipt) are not here: they come from the engine (`LABELS`,
 * `OUTCOME_LABEL`, `answerWords`). Rule texts come from the rule files.
 */
import type { ClauseCoverage, Outcome, Text } from '@iza-regels/engine';

/** A quoted clause (ui/Citaat.tsx) and the source line of a condition. */
export const CITAAT = {
  bron: { nl: 'Bron', en: 'Source' },
  samenvatting: { nl: 'Samenvatting', en: 'Summary' },
  geenCitaat: {
    nl: 'van de bron, geen letterlijke tekst:',
    en: 'of the source, not the literal text:',
  },
  zieBoven: { nl: 'zie het citaat hierboven', en: 'see the quotation above' },
} satisfies Record<string, Text>;

/** The example plan on the home page (components/Plan.tsx). */
export const PLAN = {
  kosten: {
    nl: 'De kosten in de businesscase van het voorbeeld',
    en: 'The costs in the business case of the example',
  },
  omschrijving: { nl: 'Kostenregel', en: 'Cost line' },
  domein: { nl: 'Domein', en: 'Domain' },
  aard: { nl: 'Soort kosten', en: 'Kind of cost' },
  financiering: { nl: 'Betaald', en: 'Paid' },
  bedragen: { nl: 'Bedragen', en: 'Amounts' },
  onbekend: { nl: 'niet ingevuld', en: 'not filled in' },
  gebeurtenissen: { nl: 'Wat er al gebeurd is', en: 'What has happened so far' },
} satisfies Record<string, Text>;

/** The CSV template on the downloads page (components/CsvSjabloon.tsx). */
export const CSV_SJABLOON = {
  titel: {
    nl: 'Veel plannen tegelijk: het CSV-sjabloon',
    en: 'Many plans at once: the CSV template',
  },
  intro: {
    nl: 'Wilt u veel plannen tegelijk toetsen? Vul dan het sjabloon in, in Excel of een ander rekenblad. Elke rij is één plan. Er staan drie voorbeeldplannen in. Sla het bestand op als CSV: Excel zet dan puntkomma’s tussen de cellen. Toets het daarna met de opdrachtregel:',
    en: 'Do you want to test many plans at once? Then fill in the template, in Excel or another spreadsheet. Each row is one plan. It holds three example plans. Save the file as CSV: Excel then puts semicolons between the cells. Then test it from the command line:',
  },
  download: { nl: 'Download het CSV-sjabloon', en: 'Download the CSV template' },
  uitleg: {
    nl: 'Een lege cel betekent: niet ingevuld. Een datum schrijft u als dd-mm-jjjj, een bedrag met een komma voor de centen. N is het nummer van een kostenregel of partij: 1, 2, 3. Meer kostenregels? Voeg kolommen toe met 4, 5, enzovoort. JJJJ is een jaar. U krijgt per plan één regel met de uitslag. Een rij met een fout krijgt een melding met de rij en de kolom; de andere rijen worden gewoon getoetst.',
    en: 'An empty cell means: not filled in. Write a date as dd-mm-yyyy, an amount with a comma before the cents. N is the number of a cost line or party: 1, 2, 3. More cost lines? Add columns with 4, 5 and so on. JJJJ is a year. You get one line with the result for each plan. A row with a mistake gets a message with the row and the column; the other rows are tested as usual.',
  },
  caption: { nl: 'De kolommen van het sjabloon', en: 'The columns of the template' },
  kolom: { nl: 'Kolom', en: 'Column' },
  vraag: { nl: 'Wat het vraagt', en: 'What it asks' },
  invullen: { nl: 'Zo vult u het in', en: 'How to fill it in' },
} satisfies Record<string, Text>;

/** The clause registers on the page of all rules (components/ClausuleTabel.tsx). */
export const CLAUSULES = {
  clausule: { nl: 'Clausule', en: 'Clause' },
  vindplaats: { nl: 'Vindplaats', en: 'Location' },
  soort: { nl: 'Soort', en: 'Kind' },
  stand: { nl: 'Stand', en: 'Status' },
  regelsOfReden: { nl: 'Regels of reden', en: 'Rules or reason' },
  parameter: { nl: 'waarde', en: 'value' },
  /** Whether a clause is carried out, with the outcome whose icon and colour it borrows. */
  status: {
    uitgevoerd: { uitkomst: 'voldoet', nl: 'uitgevoerd', en: 'implemented' },
    'buiten-scope': { uitkomst: 'niet-van-toepassing', nl: 'buiten scope', en: 'out of scope' },
    gepland: { uitkomst: 'onbekend', nl: 'gepland', en: 'planned' },
  } satisfies Record<ClauseCoverage['status'], { uitkomst: Outcome } & Text>,
  clausulesoort: {
    normatief: { nl: 'schrijft iets voor', en: 'prescribes' },
    advies: { nl: 'advies', en: 'advice' },
    afspraak: { nl: 'afspraak tussen partijen', en: 'agreement between parties' },
    achtergrond: { nl: 'achtergrond of doel', en: 'background or purpose' },
  } as Readonly<Record<string, Text>>,
};

/** The page of one rule (components/RegelPagina.astro, RegelTabellen.tsx). */
export const REGELPAGINA = {
  kruimelpad: { nl: 'Kruimelpad', en: 'Breadcrumb' },
  home: { nl: 'Home', en: 'Home' },
  regels: { nl: 'Regels', en: 'Rules' },
  soort: { nl: 'Soort regel', en: 'Kind of rule' },
  geldt: { nl: 'Geldt', en: 'In force' },
  vanaf: { nl: 'vanaf', en: 'from' },
  totEnMet: { nl: 'tot en met', en: 'up to and including' },
  zonderEinde: { nl: 'zonder einddatum', en: 'with no end date' },
  geenEinde: { nl: 'geen einde bekend', en: 'no end known' },
  nietVandaag: {
    nl: 'Let op: deze regel geldt vandaag niet. Hieronder staat de laatste versie.',
    en: 'Note: this rule is not in force today. Below is the latest version.',
  },
  zekerheid: { nl: 'Zekerheid', en: 'Certainty' },
  bron: { nl: 'Bron', en: 'Source' },
  vraag: { nl: 'Hoort bij de vraag', en: 'Belongs to the question' },
  geenVraag: {
    nl: 'geen: deze regel helpt andere regels rekenen',
    en: 'none: this rule helps other rules calculate',
  },
  zelf: { nl: 'Uw eigen oordeel', en: 'Your own judgement' },
  zelfUitleg: {
    nl: 'Deze regel vraagt een oordeel dat alleen een mens kan geven. U vult het antwoord zelf in; de uitslag noemt het dan "zelf verklaard".',
    en: 'This rule asks for a judgement only a person can give. You fill in the answer yourself; the result then calls it "self-declared".',
  },
  advies: { nl: 'Advies', en: 'Advice' },
  adviesUitleg: {
    nl: 'De bron raadt dit aan of noemt het als streven. De uitkomst wordt getoond, maar telt niet mee voor het antwoord op een vraag.',
    en: 'The source recommends this or names it as an aim. The outcome is shown but does not count towards the answer to a question.',
  },
  bestand: { nl: 'Regelbestand', en: 'Rule file' },
  versies: { nl: 'Versies', en: 'Versions' },
  versiesCaption: {
    nl: 'De versies van deze regel, met hun datums',
    en: 'The versions of this rule, with their dates',
  },
  geldigVan: { nl: 'Geldt vanaf', en: 'In force from' },
  geldigTot: { nl: 'Tot en met', en: 'Up to and including' },
  clausules: { nl: 'Citeert', en: 'Cites' },
  nu: { nl: 'Vandaag', en: 'Today' },
  geldtNu: { nl: 'geldt vandaag', en: 'in force today' },
  geldtNietNu: { nl: 'geldt vandaag niet', en: 'not in force today' },
  zekerheidUitleg: {
    nl: 'Zekerheid zegt hoe zeker de regel is: C staat letterlijk in de bron, H komt uit een officiële andere bron, M uit de pers of een samenvatting, A is een aanname die een besluit vraagt.',
    en: 'Certainty says how sure the rule is: C is literally in the source, H comes from an official secondary source, M from the press or a summary, A is an assumption that needs a decision.',
  },
  waarden: { nl: 'Waarden en andere lezingen', en: 'Values and other readings' },
  waardenCaption: {
    nl: 'Datums en termijnen die deze regel gebruikt',
    en: 'Dates and periods this rule uses',
  },
  waarde: { nl: 'Waarde', en: 'Value' },
  letterlijk: { nl: 'Volgens de tekst, vandaag', en: 'By the text, today' },
  anders: { nl: 'In een andere lezing', en: 'In another reading' },
  geen: { nl: 'geen', en: 'none' },
  geenWaardeNu: { nl: 'geen waarde vandaag', en: 'no value today' },
  varianten: {
    nl: 'Andere lezingen (varianten) die deze regel raken',
    en: 'Other readings (variants) that touch this rule',
  },
  variantenIntro: {
    nl: 'Soms kun je een tekst op meer dan één manier lezen. IZA-regels rekent standaard met de letterlijke tekst. Een andere lezing heet een variant; die moet u zelf kiezen.',
    en: 'Sometimes a text can be read in more than one way. By default IZA-regels uses the literal text. Another reading is called a variant; you have to choose it yourself.',
  },
  raaktParameter: { nl: 'Verandert de waarde', en: 'Changes the value' },
  raaktVoorwaarde: {
    nl: 'De regel geldt alleen met, of juist zonder, deze lezing. Zie de voorwaarden.',
    en: 'The rule applies only with, or only without, this reading. See the conditions.',
  },
  raaktTermijnen: {
    nl: 'Verandert hoe de uiterste datum van deze termijn wordt berekend.',
    en: 'Changes how the due date of this deadline is calculated.',
  },
  uitzonderingen: { nl: 'Uitzonderingen', en: 'Exceptions' },
  heeftUitzondering: {
    nl: 'Op deze regel bestaat een uitzondering. Die geldt als al deze regels voldoen:',
    en: 'There is an exception to this rule. It applies if all of these rules are met:',
  },
  isUitzondering: {
    nl: 'Deze regel hoort bij een uitzondering op de regel',
    en: 'This rule is part of an exception to the rule',
  },
  gevallen: { nl: 'Uitgewerkte gevallen', en: 'Worked cases' },
  gevallenIntro: {
    nl: 'Een uitgewerkt geval is een verzonnen plan met een peildatum en de uitkomst die de regels moeten geven. Bij elke wijziging van de regels controleert IZA-regels dat die uitkomsten nog kloppen.',
    en: 'A worked case is a made-up plan with a reference date and the outcome the rules must give. With every change to the rules, IZA-regels checks that those outcomes still hold.',
  },
  gevallenNl: {
    nl: '',
    en: 'The cases are described in Dutch.',
  },
  gevallenCaption: {
    nl: 'Gevallen die deze regel noemen',
    en: 'Cases that name this rule',
  },
  geval: { nl: 'Geval', en: 'Case' },
  peildatum: { nl: 'Peildatum', en: 'Reference date' },
  verwacht: { nl: 'Verwachte uitkomst voor', en: 'Expected outcome for' },
  metVariant: { nl: 'met de variant', en: 'with the variant' },
  kostenregel: { nl: 'kostenregel', en: 'cost line' },
  uitersteDatum: { nl: 'uiterste datum', en: 'due date' },
  genoemd: {
    nl: 'noemt de regel, zonder eigen uitkomst',
    en: 'names the rule, without an outcome of its own',
  },
  geenGevallen: {
    nl: 'Geen uitgewerkt geval noemt deze regel.',
    en: 'No worked case names this rule.',
  },
  andereVersies: { nl: 'Andere versies', en: 'Other versions' },
  versieVanaf: { nl: 'Versie vanaf', en: 'Version from' },
} satisfies Record<string, Text>;

/** The link that opens a plan in the simulator (components/ui/OpenInSimulator.tsx). */
export const SIMULATOR_LINK: Text = { nl: 'Open in de simulator', en: 'Open in the simulator' };

/** The worked example on the home page (components/Voorbeeld.astro). */
export const VOORBEELD = {
  titel: { nl: 'Een voorbeeld', en: 'An example' },
  plan: { nl: 'Het plan', en: 'The plan' },
  uitslag: { nl: 'De uitslag van het voorbeeld', en: 'The result of the example' },
  uitslagIntro: {
    nl: 'Dit is de uitslag zoals de simulator hem geeft. Per vraag ziet u eerst het antwoord, en wat u nu kunt doen. Onder ‘Waarom?’ staan de regels, met de zin uit de bron.',
    en: 'This is the result as the simulator gives it. For each question you first see the answer, and what you can do now. Under ‘Why?’ are the rules, with the sentence from the source.',
  },
} satisfies Record<string, Text>;

/** The words of a page around an island (layouts/Eilandpagina.astro). */
export interface EilandWoorden {
  readonly titel: Text;
  readonly beschrijving: Text;
  readonly kop: Text;
  readonly intro: Text;
  /** Before the link to the rule pages, for a browser without JavaScript. */
  readonly zonderJavaScript: Text;
}

export const EILAND = {
  regels: { nl: 'Regels', en: 'Rules' },
} satisfies Record<string, Text>;

export const SIMULATOR_PAGINA: EilandWoorden = {
  titel: {
    nl: 'Simulator: wat zeggen de regels over uw plan? | IZA-regels',
    en: 'Simulator: what do the rules say about your plan? | IZA-regels',
  },
  beschrijving: {
    nl: 'Beantwoord alleen de vragen die nodig zijn en zie meteen wat de regels voor IZA-transformatiemiddelen over uw plan zeggen, en waarom.',
    en: 'Answer only the questions that are needed and see at once what the rules for IZA transformation funds say about your plan, and why.',
  },
  kop: {
    nl: 'Simulator: wat zeggen de regels over uw plan?',
    en: 'Simulator: what do the rules say about your plan?',
  },
  intro: {
    nl: 'Kies wat u wilt weten. De simulator vraagt dan alleen de gegevens die de regels daarvoor nodig hebben. Het antwoord verandert meteen als u iets invult. Bij elk antwoord staat waarom, met de zin uit de bron.',
    en: 'Choose what you want to know. The simulator then asks only for the details the rules need for it. The answer changes as soon as you fill something in. Each answer says why, with the sentence from the source. The sources and their quotations are in Dutch.',
  },
  zonderJavaScript: {
    nl: 'De simulator werkt alleen met JavaScript. Zonder JavaScript kunt u de regels wel lezen: ze staan op de pagina’s onder',
    en: 'The simulator only works with JavaScript. Without it you can still read the rules: they are on the pages under',
  },
};

export const TERMIJNEN_PAGINA: EilandWoorden = {
  titel: { nl: 'Termijnen berekenen | IZA-regels', en: 'Calculate deadlines | IZA-regels' },
  beschrijving: {
    nl: 'Vul de data van de snelle toets en het transformatieplan in en zie de reactietermijnen, hun stand en wanneer u uiterlijk moet indienen.',
    en: 'Fill in the dates of the quick scan and the transformation plan and see the reaction times, their status and when you must submit at the latest.',
  },
  kop: { nl: 'Termijnen berekenen', en: 'Calculate deadlines' },
  intro: {
    nl: 'Vul in wanneer de snelle toets en het transformatieplan binnen waren en wanneer erover besloten is. U ziet dan per termijn de uiterste datum en of die gehaald is. En u ziet wanneer een plan uiterlijk binnen moet zijn om vóór de vaste datum in de regels een besluit te krijgen.',
    en: 'Fill in when the quick scan and the transformation plan were received and when they were decided on. You then see the due date of each deadline and whether it was met. And you see by when a plan must be in to get a decision before the fixed date in the rules.',
  },
  zonderJavaScript: {
    nl: 'De termijnberekening werkt alleen met JavaScript. De regels voor de termijnen staan op de pagina’s onder',
    en: 'The deadline calculator only works with JavaScript. The rules for the deadlines are on the pages under',
  },
};
