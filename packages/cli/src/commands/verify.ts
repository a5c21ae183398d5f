/**
 * `iza-regels verify <uitslag> <plan>`: check a stored receipt later. The plan is evaluated again
 * with the peildatum, variants and detail the receipt records, by the rules it names; the answer says
 * whether the receipt still holds, and why not. Exit 0 when it holds, 1 when it does not (another
 * answer, other rules or another plan), 65 when a file is not a receipt or a plan, 66 when one is
 * missing.
 */
import { verifyReceipt, type Verification } from '@iza-regels/engine';
import { formatOption, languageOption, parse, HELP_OPTION, type Language } from '../args.ts';
import { EXIT, dataError, usageError, type ExitCode } from '../exit-codes.ts';
import { json, out, readInput } from '../io.ts';
import { reportIssues } from '../report.ts';
import { loadRules } from '../rules.ts';
import { paintFor } from '../style.ts';

const OPTIONS = {
  ...HELP_OPTION,
  regels: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
} as const;

/** Differences shown in the text; `--format json` has them all. */
const SHOWN = 10;

const EXIT_FOR: Readonly<Record<Verification['status'], ExitCode>> = {
  gelijk: EXIT.ok,
  anders: EXIT.changed,
  'andere-regelset': EXIT.changed,
  'ander-plan': EXIT.changed,
  ongeldig: EXIT.dataErr,
};

async function readJson(path: string, what: { nl: string; en: string }): Promise<unknown> {
  const { text, bron } = await readInput(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw dataError(
      `${what.nl} ${bron} is geen geldige JSON: ${reason}`,
      `${what.en} ${bron} is not valid JSON: ${reason}`,
    );
  }
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
};

function verificationText(result: Verification, lang: Language): string {
  const paint = paintFor(process.stdout);
  const mark = result.status === 'gelijk' ? paint('green', '✔') : paint('red', '✖');
  const lines = [`${mark} ${result.uitleg[lang]}`];
  if (result.status === 'anders') {
    const [was, now] = lang === 'nl' ? ['opgeslagen', 'nu'] : ['stored', 'now'];
    for (const item of result.verschillen.slice(0, SHOWN))
      lines.push(`    ${item.pad}: ${was} ${shown(item.verwacht)}, ${now} ${shown(item.gekregen)}`);
    const rest = result.verschillen.length - SHOWN;
    if (rest > 0) lines.push(lang === 'nl' ? `    … en nog ${rest}` : `    … and ${rest} more`);
  }
  return lines.join('\n');
}

export async function verifyCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(args, OPTIONS, 2);
  const [receiptPath, planPath] = positionals;
  if (receiptPath === undefined || planPath === undefined)
    throw usageError(
      'Geef de uitslag en het plan: iza-regels verify uitslag.json plan.json',
      'Give the receipt and the plan: iza-regels verify receipt.json plan.json',
    );
  const format = formatOption(values.format ?? 'text');
  const lang = languageOption(values.lang);
  const stored = await readJson(receiptPath, { nl: 'De uitslag', en: 'The receipt' });
  const plan = await readJson(planPath, { nl: 'Het plan', en: 'The plan' });
  const result = await verifyReceipt(await loadRules(values.regels), stored, plan);
  if (result.status === 'ongeldig') reportIssues(result.problemen);
  out(format === 'json' ? json(result) : `${verificationText(result, lang)}\n`);
  return EXIT_FOR[result.status];
}
