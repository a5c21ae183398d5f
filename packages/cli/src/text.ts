/**
 * A receipt as readable text (Dutch by default, or English): what was checked against which rules,
 * the answer per question, every rule with its conditions and the clauses it cites, the deadlines,
 * the money, and the facts still missing.
 */
import type {
  ConditionResult,
  MoneyResult,
  Reading,
  Receipt,
  RuleResult,
} from '@iza-regels/engine';
import type { Language } from './args.ts';
import type { Paint } from './style.ts';
import { deadlineLines, planningLines } from './text-termijnen.ts';
import { LABELS, answerWords } from '@iza-regels/engine';
import {
  SELF_DECLARED,
  certaintyWords,
  formatIsoDate,
  indent,
  money,
  outcomeLabel,
  quote,
  say,
} from './words.ts';

type CostLineResult = NonNullable<RuleResult['kostenregels']>[number];
interface Context {
  readonly lang: Language;
  readonly paint: Paint;
  /** The receipt's citations by key; rules and conditions name them by key. */
  readonly citaten: Receipt['citaten'];
}

const selfDeclared = (flag: boolean, ctx: Context): string =>
  flag ? ` ${ctx.paint('italic', say(ctx.lang, SELF_DECLARED))}` : '';

const heading = (text: string, ctx: Context): string[] => [
  '',
  ctx.paint(['bold', 'underline'], text),
];

function header(receipt: Receipt, ctx: Context): string[] {
  const { lang } = ctx;
  const variants =
    receipt.varianten.length === 0
      ? say(lang, { nl: 'geen (de standaardlezing)', en: 'none (the standard reading)' })
      : receipt.varianten
          .map(
            (variant) =>
              `${variant.id} (${variant.titel[lang]}, ${say(lang, LABELS.kop.zekerheid)} ${certaintyWords(variant.zekerheid, lang)})`,
          )
          .join('; ');
  const lines = [
    ctx.paint('bold', say(lang, { nl: 'IZA-regels: uitslag', en: 'IZA rules: result' })),
    `${say(lang, { nl: 'Regelset', en: 'Rule set' })}: ${receipt.regelset.versie} (${receipt.regelset.hash})`,
    `${say(lang, LABELS.kop.peildatum)}: ${formatIsoDate(receipt.peildatum, lang)}`,
    `${say(lang, { nl: 'Varianten', en: 'Variants' })}: ${variants}`,
  ];
  for (const variant of receipt.varianten) lines.push(`  ${variant.id}: ${variant.uitleg[lang]}`);
  lines.push(
    ctx.paint(
      'dim',
      `${say(lang, { nl: 'Invoer-hash', en: 'Input hash' })}: ${receipt.invoerHash}`,
    ),
  );
  lines.push(
    '',
    ctx.paint('italic', `${say(lang, LABELS.kop.kanttekening)}: ${receipt.kanttekening[lang]}`),
  );
  return lines;
}

function questionLines(receipt: Receipt, ctx: Context): string[] {
  const vragen = receipt.vragen;
  if (vragen.length === 0) return [];
  const next = say(ctx.lang, LABELS.kop.volgendeStap);
  return [
    ...heading(say(ctx.lang, LABELS.kop.antwoorden), ctx),
    ...vragen.flatMap((vraag, index) => [
      `${index + 1}. ${vraag.titel[ctx.lang]}`,
      `   → ${ctx.paint('bold', outcomeLabel(vraag.uitkomst, ctx.lang, ctx.paint))}${selfDeclared(vraag.zelfVerklaard, ctx)}: ${vraag.samenvatting[ctx.lang]}`,
      `   ${vraag.uitleg[ctx.lang]}`,
      ...answerLines(receipt, vraag.id, ctx),
      ...(vraag.volgendeStap
        ? [`   ${ctx.paint('bold', next)} ${vraag.volgendeStap[ctx.lang]}`]
        : []),
    ]),
  ];
}

/** Why (facts about the plan), other readings, and who decides: the engine's words after the answer. */
function answerLines(receipt: Receipt, id: string, ctx: Context): string[] {
  const words = answerWords(receipt, id);
  return [
    ...words.redenen.map((reden) => `   · ${reden[ctx.lang]}`),
    ...words.andereLezingen.map((lezing) => `   ${lezing[ctx.lang]}`),
    `   ${words.wieBeslist[ctx.lang]} ${words.wieVragen[ctx.lang]}`,
  ];
}

/** The clause a condition or rule rests on, and its verbatim Dutch text the first time it is shown. */
function citationLines(key: string, shown: Set<string>, ctx: Context): string[] {
  const citaat = ctx.citaten[key];
  if (!citaat) return [];
  const lines = [ctx.paint('dim', `${citaat.clausule} · ${citaat.vindplaats}`)];
  // Keyed by rule and citation: two rules may give their own citations the same id.
  if (!shown.has(key)) lines.push(ctx.paint('dim', quote(citaat.tekst)));
  shown.add(key);
  return lines;
}

const MARKER: Record<ConditionResult['status'], { mark: string; colour: Parameters<Paint>[0] }> = {
  waar: { mark: '✔', colour: 'green' },
  onwaar: { mark: '✖', colour: 'red' },
  onbekend: { mark: '?', colour: 'yellow' },
};

function foundValue(condition: ConditionResult, ctx: Context): string {
  if (condition.gevonden === undefined) return '';
  return ctx.paint(
    'dim',
    ` [${say(ctx.lang, { nl: 'gevonden', en: 'found' })}: ${JSON.stringify(condition.gevonden)}]`,
  );
}

function conditionLines(
  conditions: readonly ConditionResult[],
  shown: Set<string>,
  ctx: Context,
): string[] {
  const parts: Array<{ deel: ConditionResult['deel']; title: string }> = [
    {
      deel: 'vanToepassing',
      title: say(ctx.lang, { nl: 'Van toepassing als:', en: 'Applies when:' }),
    },
    { deel: 'voorwaarden', title: say(ctx.lang, { nl: 'Voorwaarden:', en: 'Conditions:' }) },
  ];
  return parts.flatMap(({ deel, title }) => {
    const own = conditions.filter((condition) => condition.deel === deel);
    if (own.length === 0) return [];
    return [
      title,
      ...own.flatMap((condition) => {
        const { mark, colour } = MARKER[condition.status];
        return [
          `  ${ctx.paint(colour, mark)} ${condition.tekst[ctx.lang]}${selfDeclared(condition.zelfVerklaard, ctx)}${foundValue(condition, ctx)}`,
          ...indent(citationLines(condition.citaat, shown, ctx), 4),
        ];
      }),
    ];
  });
}

function costLineLines(line: CostLineResult, shown: Set<string>, ctx: Context): string[] {
  const { lang, paint } = ctx;
  const lines = [
    `${say(lang, LABELS.kop.kostenregel)} ${line.index + 1} · ${line.omschrijving}: ${outcomeLabel(line.uitkomst, lang, paint)}${selfDeclared(line.zelfVerklaard, ctx)}`,
    `  ${line.uitleg[lang]}`,
    ...indent(conditionLines(line.voorwaarden, shown, ctx), 2),
  ];
  if (line.uitzondering) {
    const rules = line.uitzondering.regels
      .map((rule) => `${rule.id} ${outcomeLabel(rule.uitkomst, lang, paint)}`)
      .join(', ');
    lines.push(
      `  ${say(lang, { nl: 'Uitzondering', en: 'Exception' })}: ${outcomeLabel(line.uitzondering.uitkomst, lang, paint)}${rules ? ` (${rules})` : ''}`,
    );
  }
  if (line.effectief !== undefined) {
    lines.push(
      `  ${say(lang, { nl: 'Telt daardoor als', en: 'Therefore counts as' })}: ${paint('bold', outcomeLabel(line.effectief, lang, paint))}`,
    );
  }
  return lines;
}

function versionText(rule: RuleResult, ctx: Context): string | undefined {
  const { lang } = ctx;
  if (!rule.versie) return undefined;
  const until =
    rule.versie.geldigTot === null
      ? say(lang, { nl: 'onbepaalde tijd', en: 'no end date' })
      : formatIsoDate(rule.versie.geldigTot, lang);
  const certainty = rule.zekerheid
    ? ` · ${say(lang, LABELS.kop.zekerheid)} ${certaintyWords(rule.zekerheid, lang)}`
    : '';
  return ctx.paint(
    'dim',
    `${say(lang, { nl: 'Versie geldig van', en: 'Version in force from' })} ${formatIsoDate(rule.versie.geldigVan, lang)} ${say(lang, { nl: 'tot', en: 'until' })} ${until}${certainty}`,
  );
}

function ruleLines(rule: RuleResult, ctx: Context): string[] {
  const { lang, paint } = ctx;
  const shown = new Set<string>();
  const lines = [
    '',
    `${paint('bold', `${rule.id} · ${rule.titel[lang]}`)}: ${outcomeLabel(rule.uitkomst, lang, paint)}${selfDeclared(rule.zelfVerklaard, ctx)}`,
  ];
  const body: string[] = [];
  const version = versionText(rule, ctx);
  if (version) body.push(version);
  if (rule.uitzonderingOp)
    body.push(
      say(lang, {
        nl: `Uitzondering op ${rule.uitzonderingOp}`,
        en: `Exception to ${rule.uitzonderingOp}`,
      }),
    );
  if (rule.uitzonderingen.length > 0) {
    body.push(
      say(lang, {
        nl: `Uitzondering mogelijk via ${rule.uitzonderingen.join(', ')}`,
        en: `Exception possible through ${rule.uitzonderingen.join(', ')}`,
      }),
    );
  }
  body.push(rule.uitleg[lang]);
  body.push(...conditionLines(rule.voorwaarden, shown, ctx));
  for (const line of rule.kostenregels ?? []) body.push(...costLineLines(line, shown, ctx));
  if (rule.termijn) {
    body.push(
      say(lang, {
        nl: `${LABELS.kop.vervaldatum.nl}: ${formatIsoDate(rule.termijn.vervaldatum, 'nl')} (zie ${LABELS.kop.termijnen.nl})`,
        en: `${LABELS.kop.vervaldatum.en}: ${formatIsoDate(rule.termijn.vervaldatum, 'en')} (see ${LABELS.kop.termijnen.en})`,
      }),
    );
  }
  // Rules without conditions (deadlines, rules not in force) still show the clauses they rest on.
  const uncited = rule.citaten.filter((key) => !shown.has(key));
  if (uncited.length > 0 && rule.voorwaarden.length === 0 && !rule.kostenregels?.length) {
    body.push(
      say(lang, { nl: 'Bron:', en: 'Source:' }),
      ...indent(
        uncited.flatMap((citaat) => citationLines(citaat, shown, ctx)),
        2,
      ),
    );
  }
  if (rule.toelichting)
    body.push(
      paint('italic', `${say(lang, { nl: 'Toelichting', en: 'Note' })}: ${rule.toelichting[lang]}`),
    );
  return [...lines, ...indent(body, 2)];
}

function moneyLines(bedragen: MoneyResult, ctx: Context): string[] {
  const { lang, paint } = ctx;
  if (bedragen.perJaar.length === 0 && bedragen.kostenregels.length === 0) return [];
  const columns = [
    say(lang, LABELS.kop.jaar),
    say(lang, LABELS.kop.gedekt),
    say(lang, LABELS.kop.nietGedekt),
    say(lang, LABELS.kop.geldOnbekend),
  ];
  const rows = [
    ...bedragen.perJaar.map((year) => [
      String(year.jaar),
      money(year.gedekt, lang),
      money(year.nietGedekt, lang),
      money(year.onbekend, lang),
    ]),
    [
      say(lang, LABELS.kop.totaal),
      money(bedragen.totaal.gedekt, lang),
      money(bedragen.totaal.nietGedekt, lang),
      money(bedragen.totaal.onbekend, lang),
    ],
  ];
  const widths = columns.map((column, i) =>
    Math.max(column.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const format = (row: readonly string[]): string =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('   ');
  const lines = [
    ...heading(say(lang, LABELS.kop.bedragen), ctx),
    say(lang, {
      nl: 'Structurele kosten in het sociaal domein die uit transformatiemiddelen betaald zouden worden.',
      en: 'Structural costs in the social domain that would be paid from transformation funds.',
    }),
  ];
  if (bedragen.einddatum !== null)
    lines.push(
      `${say(lang, { nl: 'Einddatum', en: 'End date' })}: ${formatIsoDate(bedragen.einddatum, lang)}`,
    );
  lines.push('', paint('bold', format(columns)));
  rows.forEach((row, index) =>
    lines.push(index === rows.length - 1 ? paint('bold', format(row)) : format(row)),
  );
  lines.push(
    '',
    say(lang, {
      nl: `Structurele kosten na de einddatum: ${money(bedragen.naEinddatum, 'nl')} (nooit uit transformatiemiddelen)`,
      en: `Structural costs after the end date: ${money(bedragen.naEinddatum, 'en')} (never from transformation funds)`,
    }),
  );
  if (bedragen.kostenregels.length > 0) {
    lines.push('', say(lang, { nl: 'Per kostenregel:', en: 'Per cost line:' }));
    for (const line of bedragen.kostenregels) {
      lines.push(
        `  ${line.index + 1}. ${line.omschrijving} (${outcomeLabel(line.uitkomst, lang, paint)}): ${say(lang, LABELS.kop.gedekt)} ${money(line.gedekt, lang)}; ${say(lang, LABELS.kop.nietGedekt)} ${money(line.nietGedekt, lang)}; ${say(lang, LABELS.kop.geldOnbekend)} ${money(line.onbekend, lang)}`,
      );
    }
  }
  return lines;
}

function missingLines(ontbrekend: Receipt['ontbrekend'], ctx: Context): string[] {
  const { lang, paint } = ctx;
  if (ontbrekend.length === 0) return [];
  return [
    ...heading(say(lang, LABELS.kop.ontbrekend), ctx),
    paint('dim', say(lang, LABELS.kop.ontbrekendVolgorde)),
    ...ontbrekend.map((fact, index) => {
      const where = paint(
        'dim',
        `(${say(lang, { nl: 'veld', en: 'field' })} ${fact.invoer}; ${say(lang, { nl: 'voor', en: 'for' })} ${fact.regels.join(', ')})`,
      );
      return `${index + 1}. ${fact.vraag[lang]}${selfDeclared(fact.zelfVerklaard, ctx)} ${where}`;
    }),
  ];
}

/** What each variant that was not chosen would change: outcomes, due dates, covered amount. */
function readingLines(readings: readonly Reading[], ctx: Context): string[] {
  const { lang, paint } = ctx;
  if (readings.length === 0) return [];
  const lines = [
    ...heading(say(lang, LABELS.kop.andereLezingen), ctx),
    paint(
      'dim',
      say(lang, {
        nl: 'Wat verandert er als u een variant kiest (--variant)?',
        en: 'What changes if you choose a variant (--variant)?',
      }),
    ),
  ];
  for (const reading of readings) {
    const certainty = `${say(lang, LABELS.kop.zekerheid)} ${certaintyWords(reading.zekerheid, lang)}`;
    lines.push(`${paint('bold', reading.variant)}: ${reading.titel[lang]} (${certainty})`);
    const changes = [
      ...reading.verschillen.map(
        (change) =>
          `${change.regel}: ${outcomeLabel(change.uitkomst, lang, paint)} → ${outcomeLabel(change.metVariant, lang, paint)}`,
      ),
      ...reading.termijnen.map((term) => {
        const before =
          term.vervaldatum === null
            ? say(lang, { nl: 'geen uiterste datum', en: 'no due date' })
            : formatIsoDate(term.vervaldatum, lang);
        return `${term.regel}: ${say(lang, LABELS.kop.vervaldatum)} ${before} → ${formatIsoDate(term.metVariant, lang)}`;
      }),
    ];
    if (reading.bedragen.gedekt !== reading.bedragen.metVariant) {
      changes.push(
        `${say(lang, { nl: 'Gedekt', en: 'Covered' })}: ${money(reading.bedragen.gedekt, lang)} → ${money(reading.bedragen.metVariant, lang)}`,
      );
    }
    if (changes.length === 0) {
      changes.push(
        say(lang, { nl: 'geen verschil voor dit plan', en: 'no difference for this plan' }),
      );
    }
    lines.push(...changes.map((change) => `  ${change}`));
  }
  return lines;
}

/**
 * The rules grouped under the question they answer, in the order of the questions, so the text reads
 * as an assessment: the scheme's status first, then the snelle toets, the plan, money, deadlines, etc.
 */
function rulesByQuestion(receipt: Receipt, ctx: Context): string[] {
  const byId = new Map(receipt.regels.map((rule) => [rule.id, rule]));
  const placed = new Set<string>();
  const lines: string[] = [];
  receipt.vragen.forEach((vraag, index) => {
    lines.push(...heading(`${index + 1}. ${say(ctx.lang, vraag.titel)}`, ctx));
    for (const { id } of vraag.regels) {
      const rule = byId.get(id);
      if (!rule || placed.has(id)) continue;
      placed.add(id);
      lines.push(...ruleLines(rule, ctx));
    }
  });
  const rest = receipt.regels.filter((rule) => !placed.has(rule.id));
  if (rest.length > 0) {
    lines.push(...heading(say(ctx.lang, { nl: 'Overige regels', en: 'Other rules' }), ctx));
    for (const rule of rest) lines.push(...ruleLines(rule, ctx));
  }
  return lines;
}

/** The whole receipt as text. */
export function renderReceipt(receipt: Receipt, lang: Language, paint: Paint): string {
  const ctx: Context = { lang, paint, citaten: receipt.citaten };
  const lines = [
    ...header(receipt, ctx),
    ...questionLines(receipt, ctx),
    ...rulesByQuestion(receipt, ctx),
  ];
  if (receipt.termijnen.length > 0) {
    lines.push(...heading(say(lang, LABELS.kop.termijnen), ctx));
    for (const deadline of receipt.termijnen)
      lines.push(...deadlineLines(deadline, lang, paint), '');
    lines.pop();
  }
  if (receipt.planning.length > 0) {
    lines.push(...heading(say(lang, LABELS.kop.planning), ctx));
    lines.push(...planningLines(receipt.planning, lang, paint));
  }
  lines.push(
    ...moneyLines(receipt.bedragen, ctx),
    ...readingLines(receipt.andereLezingen, ctx),
    ...missingLines(receipt.ontbrekend, ctx),
  );
  return `${lines.join('\n')}\n`;
}
