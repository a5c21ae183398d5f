/** The text of `iza-regels --help`, in Dutch or (with --lang en) in English. It leads with examples. */
import type { Language } from './args.ts';

const NL = `iza-regels: de regels voor IZA-transformatiemiddelen toetsen vanaf de opdrachtregel

Voorbeelden
  iza-regels evaluate plan.json                      uitslag als JSON (een bon met citaten)
  iza-regels evaluate plan.json --format text        dezelfde uitslag in gewone taal
  iza-regels evaluate plannen.ndjson > uitslag.json  een batch: één plan per regel
  cat plan.json | iza-regels evaluate - --peildatum 2026-11-23 --variant azwa-2028
  iza-regels termijnen --snelle-toets-goedgekeurd 2025-10-31 --format text
  iza-regels schema plan > plan.schema.json
  iza-regels check rules
  iza-regels conformance --evaluate ./onze-koppeling.mjs

Opdrachten
  evaluate [bestand|-]  Toets een plan. Invoer: één plan (JSON-object), een JSON-array van
                        plannen, of NDJSON (één plan per regel). Zonder bestand, of met -,
                        leest iza-regels van stdin. Bij een array is de uitvoer een array met
                        per rij { "rij": n, ... }. NDJSON wordt rij voor rij gestreamd: per rij
                        één regel { "rij": n, "regel": r, ... }, in de volgorde van de invoer.
                        Een rij is een plan, of { "plan": {...}, "peildatum": "...",
                        "varianten": [...] } met een eigen peildatum en varianten.
  termijnen             Reactietermijnen en terugplanning voor de data die u opgeeft.
  schema [naam]         Druk een JSON-schema af: plan (standaard), uitslag, regel, parameter,
                        variant, feestdagen, bronnen, vragen, gevallen, clausules. --list toont de namen.
  check [map]           Controleer een regelmap (standaard: de meegeleverde regels): vorm,
                        citaten, versies, feiten, de uitgewerkte gevallen en de opmaak.
  opmaak [map]          Zet de regelbestanden in de ene vaste opmaak die check vraagt en die
                        Prettier ook geeft; alleen de opmaak verandert, nooit een waarde.
  citaten [map]         Leg de citaten uit bronnen zonder brontekst in bronnen/ vast in
                        citaten.json, nadat u ze met de bron vergeleek; check meldt daarna
                        elke andere wijziging van zo'n citaat.
  grensgevallen [map]   Leg vast op welke grenzen (datums van parameters, ingangsdatums van
                        versies) een uitgewerkt geval staat; check meldt daarna een grens
                        waarvan het laatste geval verdween.
  coverage [map]        Dekking: per clausule van de bronnen de regels die haar uitvoeren (of
                        waarom zij buiten scope valt), per regel de uitgewerkte gevallen.
                        --format json geeft dezelfde tabel als data.
  serve                 De HTTP-API (/v1, OpenAPI op /v1/openapi.json) op --host (standaard
                        127.0.0.1) en --poort (standaard 8080 of $PORT); --cors ORIGIN zet CORS
                        aan voor die origin, --max-bytes begrenst een body (standaard 1 MiB),
                        --werkers N draait N processen op dezelfde poort (standaard één per kern).
  diff <ref|map>        De regels op een git-referentie (of in een map) tegen de werkmap: in
                        woorden, en in uitkomsten over de uitgewerkte gevallen en een miljoen
                        scenario's rond elke grens. --format json, --scenarios N, --threads N,
                        --regels MAP (de nieuwe kant). --guard: vergelijk met de laatste
                        release-tag en faal als de changesets minder vragen dan nodig.
  wijziging             Voor beleidsmedewerkers: na een wijziging in rules/ de diff tegen de
                        laatste release-tag (of --ref REF) in woorden en uitkomsten, dan de
                        vragen waarom (--waarom TEKST) en welk soort versie (--ja: wat de diff
                        vraagt; --niveau patch|minor|major: nooit lager). Schrijft een changeset
                        in .changeset/ met een naam, Geraakte regels/periodes en de gevolgen.
  conformance [map]     De conformiteitstest: elk uitgewerkt geval één keer getoetst en
                        vergeleken met de verwachte uitkomsten en de golden samenvatting in
                        conformance/. Per geval ✔ of ✖ met het verschil, dan een samenvatting.
                        --evaluate MODULE toetst met de functie die MODULE exporteert (default
                        of evaluate, zoals evaluate(plan, opties)) in plaats van deze engine,
                        bijvoorbeeld uw eigen koppeling; --format json geeft het rapport als data.
  verify <uitslag> <plan>
                        Toets een bewaarde uitslag opnieuw: het plan met de peildatum, varianten
                        en het detail uit de uitslag, met de regels die zij noemt (--regels MAP
                        voor die van een andere versie). Zegt of de uitslag nog klopt, en waarom
                        niet; --format json geeft dat als data.

Opties bij evaluate en termijnen
  --peildatum JJJJ-MM-DD  De datum waarop de regels gelden (standaard: vandaag in Nederland)
  --variant ID            Een andere lezing, herhaalbaar (bijvoorbeeld azwa-2028, doorrollen)
  --format json|text      Uitvoer als JSON (standaard) of als leesbare tekst
  --lang nl|en            Taal van de tekstuitvoer (standaard nl)
  --regels MAP            Toets met de regels in MAP in plaats van de meegeleverde regels

Opties bij evaluate
  --detail volledig|samenvatting
                          JSON met het spoor per voorwaarde en elk citaat (standaard), of een
                          samenvatting: uitkomsten, en redenen alleen waar een regel niet voldoet
                          of nog niet te zeggen is (voor het bewaren van veel uitslagen).
                          Bij een gestreamde batch is de samenvatting de standaard.
  --invoer json|ndjson    Soort invoer, als de bestandsnaam (.ndjson, .jsonl) het niet zegt
  --werkers N|auto        Worker threads voor een batch (standaard en auto: één per kern; 0: geen)

Opties bij termijnen (datum als JJJJ-MM-DD)
  --snelle-toets-compleet D     de complete snelle toets is ontvangen
  --snelle-toets-goedgekeurd D  de snelle toets is goedgekeurd
  --plan-ingediend D            het transformatieplan is ingediend
  --plan-compleet D             het complete transformatieplan is ontvangen
  --plan-goedgekeurd D          het transformatieplan is goedgekeurd

Algemeen
  -h, --help     Deze hulp (--lang en: in het Engels)
  --version      Versie van iza-regels en van de regelset

Afsluitcodes
  0   Alles getoetst; bij check: de regels zijn in orde; bij diff: geen uitkomst verandert; bij
      conformance: elk geval geslaagd; bij wijziging: de changeset is geschreven
  1   Bij diff: uitkomsten veranderen; bij diff --guard: de changesets vragen minder dan nodig;
      bij wijziging: geen changeset geschreven (niets veranderd, of "nee");
      bij conformance: een of meer gevallen geven niet de verwachte uitslag; bij verify: de
      uitslag klopt niet meer (ander antwoord, andere regels of een ander plan)
  64  Verkeerd gebruik: onbekende opdracht of optie, ongeldige --format, --lang of schemanaam;
      bij wijziging: een --niveau lager dan nodig, of een vraag zonder antwoord
  65  Ongeldige invoer: geen geldige JSON, een veld klopt niet, een ongeldige datum of variant,
      of (bij check) regels met fouten. Geldige rijen van een batch staan toch in de uitvoer.
      Elke ongeldige rij van een gestreamde batch is een foutrecord met rij, regel en veld.
  66  Het invoerbestand of de regelmap ontbreekt of is niet leesbaar
  70  Interne fout in iza-regels: meld het ons (IZA_REGELS_DEBUG=1 toont de stacktrace);
      bij een batch: een rij gaf een interne fout (code interne-fout), de andere zijn getoetst

Uitslagen gaan naar stdout, meldingen naar stderr (in het Nederlands en het Engels).
Dit is een hulpmiddel, geen besluit. Over een plan beslissen de coördinerend zorgverzekeraar
en, voor het sociaal domein, de gemeente.
`;

const EN = `iza-regels: check plans against the rules for IZA transformation funds from the command line

Examples
  iza-regels evaluate plan.json                          result as JSON (a receipt with citations)
  iza-regels evaluate plan.json --format text --lang en  the same result in plain English
  iza-regels evaluate plans.ndjson > results.json        a batch: one plan per line
  cat plan.json | iza-regels evaluate - --peildatum 2026-11-23 --variant azwa-2028
  iza-regels termijnen --snelle-toets-goedgekeurd 2025-10-31 --format text --lang en
  iza-regels schema plan > plan.schema.json
  iza-regels check rules
  iza-regels conformance --evaluate ./our-integration.mjs

Commands
  evaluate [file|-]     Evaluate a plan. Input: one plan (a JSON object), a JSON array of
                        plans, or NDJSON (one plan per line). Without a file, or with -, reads
                        stdin. For an array the output is an array with { "rij": n, ... } per
                        row (rij = row). NDJSON is streamed row by row: one line
                        { "rij": n, "regel": line, ... } per row, in input order. A row is a
                        plan, or { "plan": {...}, "peildatum": "...", "varianten": [...] }
                        with its own reference date and variants.
  termijnen             Reaction-time deadlines and backward planning for the dates you give.
  schema [name]         Print a JSON Schema: plan (default), uitslag, regel, parameter,
                        variant, feestdagen, bronnen, vragen, gevallen, clausules. --list prints the names.
  check [folder]        Check a rules folder (default: the shipped rules): shapes, citations,
                        versions, facts, the worked cases and the layout.
  opmaak [folder]       Rewrite the rule files in the one layout check asks for and Prettier
                        keeps; only the layout changes, never a value.
  citaten [folder]      Record the quotes from sources without a text in bronnen/ in
                        citaten.json, after comparing them with the source; check then reports
                        any other change to such a quote.
  grensgevallen [folder]
                        Record which boundaries (parameter dates, version starts) have a worked
                        case; check then reports a boundary whose last case was removed.
  coverage [folder]     Coverage: for each clause of the sources the rules that implement it
                        (or why it is out of scope), for each rule its worked cases.
                        --format json gives the same table as data.
  serve                 The HTTP API (/v1, OpenAPI at /v1/openapi.json) on --host (default
                        127.0.0.1) and --poort (port, default 8080 or $PORT); --cors ORIGIN turns
                        CORS on for that origin, --max-bytes limits a body (default 1 MiB),
                        --werkers N runs N processes on the same port (default one per core).
  diff <ref|folder>     The rules at a git reference (or in a folder) against the working tree:
                        in words, and in outcomes over the worked cases and a million scenarios
                        around every boundary. --format json, --scenarios N, --threads N,
                        --regels FOLDER (the new side). --guard: compare with the last release
                        tag and fail when the changesets declare less than needed.
  wijziging             For policy staff: after an edit in rules/, the diff against the last
                        release tag (or --ref REF) in words and outcomes, then the questions why
                        (--waarom TEXT) and which version (--ja: what the diff needs; --niveau
                        patch|minor|major: never lower). Writes a changeset in .changeset/ with
                        a meaningful name, the affected rules and periods and the consequences.
  conformance [folder]  The conformance suite: every worked case evaluated once and compared
                        with its expected outcomes and its golden summary in conformance/.
                        Per case ✔ or ✖ with the difference, then a summary. --evaluate
                        MODULE evaluates with the function MODULE exports (default or
                        evaluate, like evaluate(plan, options)) instead of this engine, for
                        example your own integration; --format json prints the report as data.
  verify <receipt> <plan>
                        Check a stored receipt again: the plan with the peildatum, variants and
                        detail the receipt records, with the rules it names (--regels FOLDER for
                        those of another version). Says whether the receipt still holds, and why
                        not; --format json gives that as data.

Options for evaluate and termijnen
  --peildatum YYYY-MM-DD  The reference date the rules apply on (default: today in the Netherlands)
  --variant ID            Another reading, repeatable (for example azwa-2028, doorrollen)
  --format json|text      Output as JSON (default) or as readable text
  --lang nl|en            Language of the text output (default nl)
  --regels FOLDER         Evaluate with the rules in FOLDER instead of the shipped rules

Options for evaluate
  --detail volledig|samenvatting
                          JSON with the trace of every condition and each citation (default), or a
                          summary: outcomes, with reasons only where a rule is not met or cannot
                          be told yet (for storing many receipts). The summary is the default
                          for a streamed batch.
  --invoer json|ndjson    Kind of input, when the file name (.ndjson, .jsonl) does not say
  --werkers N|auto        Worker threads for a batch (default and auto: one per core; 0: none)

Options for termijnen (dates as YYYY-MM-DD)
  --snelle-toets-compleet D     the complete quick scan was received
  --snelle-toets-goedgekeurd D  the quick scan was approved
  --plan-ingediend D            the transformation plan was submitted
  --plan-compleet D             the complete transformation plan was received
  --plan-goedgekeurd D          the transformation plan was approved

General
  -h, --help     This help
  --version      Version of iza-regels and of the rule set

Exit codes
  0   Everything evaluated; for check: the rules pass; for diff: no outcome changes; for
      conformance: every case passed; for wijziging: the changeset was written
  1   For diff: outcomes change; for diff --guard: the changesets declare less than needed;
      for wijziging: no changeset written (nothing changed, or "no");
      for conformance: one or more cases do not give the expected receipt; for verify: the
      receipt no longer holds (another answer, other rules or another plan)
  64  Usage error: unknown command or option, invalid --format, --lang or schema name; for
      wijziging: a --niveau lower than needed, or a question without an answer
  65  Invalid input: not valid JSON, a field is wrong, an invalid date or variant, or (for check)
      rules with problems. Valid rows of a batch are still in the output. Each invalid row of
      a streamed batch is an error record with its row, line and field.
  66  The input file or rules folder is missing or unreadable
  70  Internal error in iza-regels: please report it (IZA_REGELS_DEBUG=1 shows the stack trace);
      for a batch: a row hit an internal error (code interne-fout), the others were evaluated

Results go to stdout, messages to stderr (in Dutch and English).
This is an aid, not a decision. The coordinating health insurer and, for the social domain,
the municipality decide on a plan.
`;

export const helpText = (lang: Language): string => (lang === 'en' ? EN : NL);
