/**
 * The words of the static pages: the frame, the home page, the rule pages, the page of all rules,
 * downloads, changes, and the pages around the islands.
 */
import {
  LABELS,
  type ClauseCoverage,
  type Coverage,
  type Outcome,
  type SchemaName,
  type Text,
  type RuleFile,
} from '@iza-regels/engine';
import type { UitlegSleutel } from '../regel.ts';
import { getal, type Woorden } from '../tekst.ts';
import { ALGEMEEN, MENU } from './algemeen.ts';

/** The title and description of the pages that are one file for both languages (pages/[...taal]/). */
export const META = {
  downloads: {
    titel: { nl: 'Downloads – IZA-regels', en: 'Downloads – IZA-regels' },
    beschrijving: {
      nl: 'De IZA-regels als npm-pakket, met de API-documentatie en de conformiteitstest, en als JSON: de hele regelset, de JSON Schemas en elk regelbestand, op vaste adressen.',
      en: 'The IZA rules as an npm package, with the API documentation and the conformance suite, and as JSON: the whole rule set, the JSON Schemas and every rule file, at stable addresses.',
    },
  },
  regels: {
    titel: { nl: 'Alle regels – IZA-regels', en: 'All rules – IZA-regels' },
    beschrijving: {
      nl: 'Alle regels voor IZA-transformatiemiddelen, per bron en per vraag, en per zin uit de bronnen welke regel die uitvoert.',
      en: 'All rules for IZA transformation funds, per source and per question, and for each sentence of the sources which rule carries it out.',
    },
  },
  wijzigingen: {
    titel: { nl: 'Wijzigingen – IZA-regels', en: 'Changes – IZA-regels' },
    beschrijving: {
      nl: 'Wat er aan de IZA-regels is veranderd, en waarom.',
      en: 'What changed in the IZA rules, and why.',
    },
  },
  regel: {
    beschrijving: (id: string): Text => ({
      nl: `De regel ${id} van de IZA-transformatiemiddelen in gewone woorden, met de tekst uit de bron, de versies en de uitgewerkte gevallen.`,
      en: `The rule ${id} of the IZA transformation funds in plain words, with the text of the source, its versions and the worked cases.`,
    }),
  },
} as const;

/** The example plan on the home page (components/Plan.tsx). */
export const PLAN = {
  kosten: {
    nl: 'De kosten in de businesscase van het voorbeeld',
    en: 'The costs in the business case of the example',
  },
  omschrijving: LABELS.kop.kostenregel,
  domein: { nl: 'Domein', en: 'Domain' },
  aard: { nl: 'Soort kosten', en: 'Kind of cost' },
  financiering: { nl: 'Betaald', en: 'Paid' },
  bedragen: LABELS.kop.bedragen,
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
  stand: LABELS.kop.stand,
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
  home: MENU.home,
  regels: ALGEMEEN.regels,
  soort: { nl: 'Soort regel', en: 'Kind of rule' },
  geldt: { nl: 'Geldt', en: 'In force' },
  vanaf: { nl: 'vanaf', en: 'from' },
  totEnMet: ALGEMEEN.totEnMet,
  zonderEinde: { nl: 'zonder einddatum', en: 'with no end date' },
  geenEinde: { nl: 'geen einde bekend', en: 'no end known' },
  nietVandaag: {
    nl: 'Let op: deze regel geldt vandaag niet. Hieronder staat de laatste versie.',
    en: 'Note: this rule is not in force today. Below is the latest version.',
  },
  zekerheid: { nl: 'Zekerheid', en: 'Certainty' },
  bron: ALGEMEEN.bron,
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
  peildatum: LABELS.kop.peildatum,
  verwacht: { nl: 'Verwachte uitkomst voor', en: 'Expected outcome for' },
  metVariant: { nl: 'met de variant', en: 'with the variant' },
  kostenregel: { nl: 'kostenregel', en: 'cost line' },
  uitersteDatum: ALGEMEEN.uitersteDatum,
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
  regels: ALGEMEEN.regels,
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

/** The list of sources (components/Bronnen.astro). */
export const BRONNEN = {
  soort: { nl: 'soort', en: 'kind' },
  regels: { nl: 'regels citeren deze bron', en: 'rules cite this source' },
  online: { nl: 'de bron online', en: 'the source online' },
} satisfies Record<string, Text>;

const ONTBREKEN: Woorden = { nl: 'Als er gegevens ontbreken:', en: 'If information is missing:' };

/** What a rule's outcome means, per unit and outcome (components/RegelVersie.astro). */
export const REGELVERSIE_ALS: Record<
  'plan' | 'kostenregel' | 'termijn',
  Record<UitlegSleutel, Woorden>
> = {
  plan: {
    voldoet: { nl: 'Als het plan voldoet:', en: 'If the plan meets the rule:' },
    voldoetNiet: { nl: 'Als het plan niet voldoet:', en: 'If the plan does not meet the rule:' },
    onbekend: ONTBREKEN,
    nietVanToepassing: {
      nl: 'Als de regel niet van toepassing is:',
      en: 'If the rule does not apply:',
    },
  },
  kostenregel: {
    voldoet: { nl: 'Als de kostenregel voldoet:', en: 'If the cost line meets the rule:' },
    voldoetNiet: {
      nl: 'Als de kostenregel niet voldoet:',
      en: 'If the cost line does not meet the rule:',
    },
    onbekend: ONTBREKEN,
    nietVanToepassing: {
      nl: 'Als de regel niet van toepassing is op de kostenregel:',
      en: 'If the rule does not apply to the cost line:',
    },
  },
  termijn: {
    voldoet: { nl: 'Als de termijn gehaald is:', en: 'If the deadline is met:' },
    voldoetNiet: { nl: 'Als de termijn niet gehaald is:', en: 'If the deadline is missed:' },
    onbekend: { nl: 'Als dat nog niet te zeggen is:', en: 'If that cannot be told yet:' },
    nietVanToepassing: {
      nl: 'Als de termijn niet van toepassing is:',
      en: 'If the deadline does not apply:',
    },
  },
};

/** A version of a rule on its page (components/RegelVersie.astro). */
export const REGELVERSIE = {
  woorden: { nl: 'In gewone woorden', en: 'In plain words' },
  rekenwijze: {
    nl: 'Dit is een rekenwijze: zo rekent IZA-regels, bijvoorbeeld met termijnen. Deze regel geeft zelf geen uitkomst voor een plan. De toelichting zegt hoe er gerekend wordt.',
    en: 'This is a calculation method: this is how IZA-regels calculates, for example with deadlines. The rule gives no outcome for a plan of its own. The explanatory note says how it calculates.',
  },
  invulling: {
    nl: 'Tussen [ ] staat wat IZA-regels invult met de gegevens van uw plan. Datums en termijnen uit de regels staan er al in, zoals ze vandaag gelden; ze verwijzen naar de tabel met waarden.',
    en: 'Between [ ] is what IZA-regels fills in from your plan. Dates and periods from the rules are already filled in as they apply today; they link to the table of values.',
  },
  termijn: { nl: 'De termijn', en: 'The deadline' },
  begint: { nl: 'Begint op de datum uit de vraag', en: 'Starts on the date asked for in' },
  duur: LABELS.kop.duur,
  eindigt: { nl: 'Loopt tot de datum uit de vraag', en: 'Runs to the date asked for in' },
  voorwaardenEnBron: { nl: 'Voorwaarden en bron', en: 'Conditions and source' },
  geldtAls: { nl: 'Wanneer geldt de regel?', en: 'When does the rule apply?' },
  voldoetAls: {
    plan: { nl: 'Wanneer voldoet het plan?', en: 'When does the plan meet the rule?' },
    kostenregel: {
      nl: 'Wanneer voldoet een kostenregel?',
      en: 'When does a cost line meet the rule?',
    },
  },
  geenVoorwaarden: {
    toets: {
      nl: 'Deze regel heeft geen voorwaarden om te toetsen.',
      en: 'This rule has no conditions to test.',
    },
    termijn: {
      nl: 'Hierboven staat wanneer de termijn begint en hoe lang hij duurt. Andere voorwaarden zijn er niet.',
      en: 'Above you see when the deadline starts and how long it runs. There are no other conditions.',
    },
    rekenwijze: {
      nl: 'Dit is een rekenwijze: er zijn geen voorwaarden om te toetsen.',
      en: 'This is a calculation method: there are no conditions to test.',
    },
  },
  bron: { nl: 'Wat de bron zegt', en: 'What the source says' },
  bronUitleg: {
    nl: 'Letterlijke tekst uit de bron, in het Nederlands.',
    en: 'The literal text of the source, in Dutch.',
  },
  toelichting: { nl: 'Toelichting', en: 'Explanatory note' },
};

/** The state of the scheme on the home page (components/Stand.astro). */
export const STAND = {
  kop: {
    nl: 'Hoe staat de regeling er vandaag voor?',
    en: 'Where does the scheme stand today?',
  },
  stand: { nl: 'Stand op', en: 'Status on' },
  uitleg: {
    nl: 'Dit komt uit de regels zelf. IZA-regels zoekt de regels over de stand van de regeling op die gelden op de dag dat deze site is gemaakt. Bij elke regel staat sinds wanneer hij geldt en waar hij op steunt.',
    en: 'This comes from the rules themselves. IZA-regels looks up the rules on the state of the scheme that apply on the day this site was made. Each rule shows since when it applies and what it rests on.',
  },
  overig: { nl: 'Andere regels over de stand', en: 'Other rules on the status' },
  geen: {
    nl: 'Vandaag geldt geen regel over de stand van de regeling.',
    en: 'Today no rule on the state of the scheme is in force.',
  },
  sinds: { nl: 'Geldt sinds', en: 'In force since' },
  totEnMet: ALGEMEEN.totEnMet,
  zekerheid: LABELS.kop.zekerheid,
  meer: { nl: 'Alles over deze regel', en: 'All about this rule' },
} satisfies Record<string, Text>;

/** The tree of conditions on a rule page (components/Voorwaardeboom.astro). */
export const VOORWAARDEBOOM = {
  alle: { nl: 'Alle volgende voorwaarden kloppen:', en: 'All of the following are true:' },
  een: {
    nl: 'Minstens één van de volgende voorwaarden klopt:',
    en: 'At least one of the following is true:',
  },
  niet: { nl: 'Dit klopt niet:', en: 'This is not true:' },
  bron: ALGEMEEN.bron,
  technisch: { nl: 'Zo leest de computer het', en: 'How the computer reads it' },
  geenTekst: { nl: 'Geen uitleg in woorden.', en: 'No explanation in words.' },
} satisfies Record<string, Text>;

/** The state of the scheme above the simulator (components/simulator/StandVanDeRegeling.astro). */
export const STAND_KORT = {
  kop: { nl: 'Eerst: de stand van de regeling', en: 'First: the state of the scheme' },
  slot: {
    nl: 'De simulator laat toch zien wat de regels zeggen, op een peildatum die u kiest.',
    en: 'The simulator still shows what the rules say, on a reference date you choose.',
  },
} satisfies Record<string, Text>;

/** The frame of every page (layouts/Pagina.astro). */
export const PAGINA = {
  overslaan: { nl: 'Direct naar de inhoud', en: 'Skip to content' },
  hoofdmenu: { nl: 'Hoofdmenu', en: 'Main menu' },
  taalNav: { nl: 'Taal', en: 'Language' },
  voetNav: { nl: 'Over deze site', en: 'About this site' },
  naam: { nl: 'IZA-regels', en: 'IZA-regels' },
  ondertitel: {
    nl: 'De regels voor IZA-transformatiemiddelen als code',
    en: 'The rules for IZA transformation funds as code',
  },
  geenBesluit: {
    nl: 'IZA-regels is een hulpmiddel, geen besluit. Over een plan beslissen de coördinerend zorgverzekeraar en, voor het sociaal domein, de gemeente.',
    en: 'IZA-regels is an aid, not a decision. The coordinating health insurer and, for the social domain, the municipality decide on a plan.',
  },
  privacy: {
    nl: 'Deze site gebruikt geen cookies, volgt u niet en laadt niets van andere websites.',
    en: 'This site uses no cookies, does not track you and loads nothing from other websites.',
  },
  licentie: { nl: 'Licentie: EUPL-1.2.', en: 'Licence: EUPL-1.2.' },
} as const;

/** What each JSON Schema describes (components/Downloads.astro). */
export const SCHEMAS: Record<SchemaName, Woorden> = {
  plan: {
    nl: 'Een transformatieplan: wat u invult om het te laten toetsen.',
    en: 'A transformation plan: what you fill in to have it tested.',
  },
  uitslag: {
    nl: 'De uitslag van een toetsing: per vraag en per regel de uitkomst, met waarom en de bron.',
    en: 'The result of a test: the outcome per question and per rule, with why and the source.',
  },
  regel: {
    nl: 'Eén regel: gedateerde versies met voorwaarden, citaten en zekerheid.',
    en: 'One rule: dated versions with conditions, citations and certainty.',
  },
  parameter: {
    nl: 'Een datum of termijn die regels gebruiken, met zijn geschiedenis.',
    en: 'A date or period that rules use, with its history.',
  },
  variant: {
    nl: 'Een andere lezing van de tekst.',
    en: 'Another reading of the text.',
  },
  feestdagen: {
    nl: 'De feestdagen, voor termijnen die na een weekend of feestdag doorschuiven.',
    en: 'The public holidays, for deadlines that move past a weekend or holiday.',
  },
  bronnen: { nl: 'De lijst van bronnen.', en: 'The list of sources.' },
  vragen: {
    nl: 'De vragen die een uitslag beantwoordt, met hun regels.',
    en: 'The questions a result answers, with their rules.',
  },
  gevallen: {
    nl: 'Uitgewerkte gevallen: een plan, een peildatum en de uitkomsten die de regels moeten geven.',
    en: 'Worked cases: a plan, a reference date and the outcomes the rules must give.',
  },
  clausules: {
    nl: 'Het register van een bron: elke clausule, uitgevoerd door regels of buiten scope met een reden.',
    en: 'The register of a source: every clause, carried out by rules or out of scope with a reason.',
  },
};

/** The downloads page (components/Downloads.astro). */
export const DOWNLOADS = {
  titel: MENU.downloads,
  intro: {
    nl: 'De regels en de vorm van alle bestanden staan hier als JSON, op vaste adressen. De adressen blijven gelijk. De inhoud is die van de versie die nu op deze site staat.',
    en: 'The rules and the shape of every file are here as JSON, at fixed addresses. The addresses stay the same. The content is that of the version now on this site.',
  },
  versie: LABELS.kop.regelset,
  hash: { nl: 'Vingerafdruk (hash)', en: 'Fingerprint (hash)' },
  alles: { nl: 'Alle regels in één bestand', en: 'All rules in one file' },
  allesUitleg: {
    nl: 'Alle bestanden van de regels in deze versie, per pad: de regels, parameters, varianten, vragen, bronnen (met hun teksten), de clausuleregisters en de feestdagen. Met het versienummer en de vingerafdruk. Dezelfde vingerafdruk staat in elke uitslag van IZA-regels; zo ziet u met welke regels een uitslag is gemaakt.',
    en: 'All files of the rules in this version, by path: the rules, parameters, variants, questions, sources (with their texts), the clause registers and the holidays. With the version number and the fingerprint. The same fingerprint is in every result of IZA-regels, so you can see which rules a result was made with.',
  },
  schemas: { nl: 'JSON Schemas', en: 'JSON Schemas' },
  schemasUitleg: {
    nl: 'Een JSON Schema beschrijft de vorm van een bestand. Een editor die JSON Schema kent, helpt u dan bij het schrijven en meldt fouten. De schema’s volgen draft 2020-12.',
    en: 'A JSON Schema describes the shape of a file. An editor that knows JSON Schema then helps you write and reports mistakes. The schemas follow draft 2020-12.',
  },
  schemasCaption: { nl: 'De JSON Schemas', en: 'The JSON Schemas' },
  bestand: ALGEMEEN.bestand,
  beschrijft: { nl: 'Beschrijft', en: 'Describes' },
  schemaTitel: { nl: 'Titel in het schema', en: 'Title in the schema' },
  regelbestanden: { nl: 'De regelbestanden', en: 'The rule files' },
  regelbestandenUitleg: {
    nl: 'Elke regel als eigen bestand, precies zoals het in het pakket met de regels staat. In elk bestand wijst "$schema" naar het schema in de broncode; op deze site is dat',
    en: 'Each rule as a file of its own, exactly as it is in the rules package. In each file, "$schema" points to the schema in the source code; on this site that is',
  },
  regel: { nl: 'Regel', en: 'Rule' },
  titelKolom: { nl: 'Titel', en: 'Title' },
  pad: { nl: 'Plaats in het pakket', en: 'Place in the package' },
  ontwikkelaars: { nl: 'Voor ontwikkelaars', en: 'For developers' },
  npm: {
    nl: 'De bibliotheek en de regels zijn npm-pakketten, voor Node.js 20.19 of nieuwer en voor de browser. Installeer ze in uw project:',
    en: 'The library and the rules are npm packages, for Node.js 20.19 or newer and for the browser. Install them in your project:',
  },
  cli: {
    nl: 'Of toets een plan vanaf de opdrachtregel, zonder iets te installeren:',
    en: 'Or evaluate a plan from the command line, without installing anything:',
  },
  conformance: {
    nl: 'Rekent u met de regels in uw eigen software? De conformiteitstest toetst elk uitgewerkt geval met uw koppeling en vergelijkt de uitslag met de golden uitslag van deze versie. Afsluitcode 0 als alles klopt, 1 als een geval afwijkt:',
    en: 'Do you use the rules in your own software? The conformance suite runs every worked case through your integration and compares the result with the golden result of this version. Exit code 0 when everything matches, 1 when a case differs:',
  },
  api: {
    nl: 'De API-documentatie (in het Engels) is gemaakt uit de typen van de bibliotheek: elke functie en elk type van',
    en: 'The API documentation is generated from the types of the library: every function and type of',
  },
  apiLink: {
    nl: 'API-documentatie van @iza-regels/engine',
    en: 'API documentation of @iza-regels/engine',
  },
  licentie: { nl: 'Licentie', en: 'Licence' },
  licentieTekst: {
    nl: 'De regels en de code vallen onder de European Union Public Licence (EUPL-1.2). U mag ze gebruiken, aanpassen en verspreiden onder de voorwaarden van die licentie.',
    en: 'The rules and the code are under the European Union Public Licence (EUPL-1.2). You may use, adapt and distribute them under the terms of that licence.',
  },
};

/** The page of all rules (components/RegelsOverzicht.astro). */
export const REGELS_OVERZICHT = {
  titel: { nl: 'Alle regels', en: 'All rules' },
  intro: (aantal: number, versie: string): Text => ({
    nl: `IZA-regels kent ${aantal} regels (versie ${versie}). Elke regel heeft een eigen pagina, met de regel in gewone woorden en de tekst uit de bron ernaast. Hieronder staan de regels per bron en per vraag. Onderaan ziet u per zin uit de bronnen welke regel die uitvoert.`,
    en: `IZA-regels has ${aantal} rules (version ${versie}). Each rule has its own page, with the rule in plain words and the text of the source beside it. Below you find the rules per source and per question. At the bottom you see, for each sentence of the sources, which rule carries it out.`,
  }),
  opDezePagina: { nl: 'Op deze pagina', en: 'On this page' },
  perBron: { nl: 'Regels per bron', en: 'Rules per source' },
  perBronIntro: {
    nl: 'Een regel staat bij de bron van zijn eerste citaat. Veel regels citeren meer dan één bron; dat ziet u op de pagina van de regel.',
    en: 'A rule is listed under the source of its first citation. Many rules cite more than one source; the page of the rule shows them all.',
  },
  bronSoort: { nl: 'Soort bron', en: 'Kind of source' },
  bronOnline: { nl: 'De bron online', en: 'The source online' },
  bronTekst: {
    nl: 'De volledige tekst zit in het pakket met de regels',
    en: 'The full text is included in the rules package',
  },
  zonderBron: { nl: 'Regels zonder bekende bron', en: 'Rules without a known source' },
  perVraag: { nl: 'Regels per vraag', en: 'Rules per question' },
  perVraagIntro: {
    nl: 'Een uitslag van IZA-regels beantwoordt deze vragen. Bij elke vraag horen regels.',
    en: 'A result of IZA-regels answers these questions. Each question has its rules.',
  },
  zonderVraag: { nl: 'Regels zonder eigen vraag', en: 'Rules without a question of their own' },
  zonderVraagIntro: {
    nl: 'Deze regels zeggen hoe IZA-regels rekent, bijvoorbeeld met termijnen. Ze helpen de andere regels.',
    en: 'These rules say how IZA-regels calculates, for example with deadlines. They help the other rules.',
  },
  dekking: {
    nl: 'Welke zin uit de bron is uitgevoerd?',
    en: 'Which sentence of the source is carried out?',
  },
  dekkingIntro: {
    nl: 'Van de bronteksten staat elke zin of alinea (een clausule) in een register. Per clausule ziet u of regels haar uitvoeren. Zo niet, dan staat erbij waarom: dan is ze buiten scope, bijvoorbeeld omdat ze een doel beschrijft en niets voorschrijft.',
    en: 'Every sentence or paragraph (a clause) of the source texts is in a register. For each clause you see whether rules carry it out. If not, you see why: it is then out of scope, for example because it describes an aim and prescribes nothing.',
  },
  totalen: (totalen: Coverage['totalen']): Text => ({
    nl: `${getal(totalen.clausules, 'nl')} clausules: ${getal(totalen.uitgevoerd, 'nl')} uitgevoerd, ${getal(totalen.buitenScope, 'nl')} buiten scope, ${getal(totalen.gepland, 'nl')} gepland.`,
    en: `${getal(totalen.clausules, 'en')} clauses: ${getal(totalen.uitgevoerd, 'en')} implemented, ${getal(totalen.buitenScope, 'en')} out of scope, ${getal(totalen.gepland, 'en')} planned.`,
  }),
  clausulesVan: { nl: 'Clausules van', en: 'Clauses of' },
  registerVan: { nl: 'Register van', en: 'Register of' },
  zekerheid: LABELS.kop.zekerheid,
};

/** The changes page (components/Wijzigingen.astro). */
export const WIJZIGINGEN = {
  titel: MENU.wijzigingen,
  intro: (versie: string): Text => ({
    nl: `Hier staat wat er aan de regels is veranderd, en waarom: eerst wat nog niet is uitgebracht, dan de uitgebrachte versies, de nieuwste bovenaan. Elke wijziging noemt de pakketten die veranderen en hoe groot de verandering is. De regels op deze site hebben versie ${versie}.`,
    en: `This is what changed in the rules, and why: first what is not yet released, then the released versions, newest first. Each change names the packages that change and how big the change is. The rules on this site have version ${versie}.`,
  }),
  nederlands: {
    nl: '',
    en: 'The descriptions of the changes are written in Dutch.',
  },
  openstaand: { nl: 'Nog niet uitgebracht', en: 'Not yet released' },
  openstaandIntro: (aantal: number, versie: string | undefined): Text => ({
    nl: `${getal(aantal, 'nl')} ${aantal === 1 ? 'wijziging komt' : 'wijzigingen komen'} in de volgende versie.${versie ? ` Tot dan heten de regels met deze wijzigingen ${versie}: de versie en het begin van hun hash.` : ''}`,
    en: `${getal(aantal, 'en')} ${aantal === 1 ? 'change goes' : 'changes go'} into the next version.${versie ? ` Until then the rules with these changes are called ${versie}: the version and the start of their hash.` : ''}`,
  }),
  label: { nl: 'nog niet uitgebracht', en: 'not yet released' },
  versie: { nl: 'Versie', en: 'Version' },
  bestand: ALGEMEEN.bestand,
  toegevoegd: { nl: 'toegevoegd', en: 'added' },
  geen: { nl: 'Er zijn nog geen wijzigingen.', en: 'There are no changes yet.' },
};

/** The kind of a rule (lib/regel.ts). */
export const SOORT: Record<RuleFile['soort'], Woorden> = {
  toets: { nl: 'toets', en: 'test' },
  termijn: { nl: 'termijn', en: 'deadline' },
  rekenwijze: { nl: 'rekenwijze', en: 'calculation method' },
};

/** What a rule is judged on. */
export const BEREIK: Record<RuleFile['bereik'], Woorden> = {
  plan: { nl: 'per plan', en: 'per plan' },
  kostenregel: { nl: 'per kostenregel', en: 'per cost line' },
};

/** The named blanks in an explanation template, for what the plan fills in (lib/regel.ts). */
export const PLEK: Record<string, Woorden> = {
  omschrijving: { nl: 'naam van de kostenregel', en: 'name of the cost line' },
  start: { nl: 'begindatum', en: 'start date' },
  duur: { nl: 'duur', en: 'length' },
  vervaldatum: ALGEMEEN.uitersteDatum,
  afgerond: { nl: 'datum van de handeling', en: 'date of the action' },
  dagen: { nl: 'aantal', en: 'number' },
  stand: { nl: 'stand van de termijn', en: 'status of the deadline' },
  bedrag: { nl: 'bedrag', en: 'amount' },
  peildatum: { nl: 'peildatum', en: 'reference date' },
};
