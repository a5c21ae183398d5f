/**
 * `iza-regels coverage [map]`: the clause × rule × worked-case matrix. Every clause of the sources is
 * implemented by a rule that cites it, out of scope with a reason, or planned; every rule lists the
 * outcomes its worked cases exercise. `--format json` prints the same as data.
 */
import type { ClauseCoverage, Coverage, RuleCoverage } from '@iza-regels/engine';
import { coverageOfDir, defaultRulesDir } from '@iza-regels/engine/node';
import { HELP_OPTION, choice, parse } from '../args.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { out } from '../io.ts';
import { problemen, reportNote } from '../messages.ts';
import { reportIssues } from '../report.ts';
import { fromFolder } from '../rules.ts';

const OPTIONS = { ...HELP_OPTION, format: { type: 'string' }, lang: { type: 'string' } } as const;

const STATUS = {
  nl: { uitgevoerd: '✔ uitgevoerd', 'buiten-scope': '– buiten scope', gepland: '… gepland' },
  en: { uitgevoerd: '✔ implemented', 'buiten-scope': '– out of scope', gepland: '… planned' },
} as const;

function clauseLine(row: ClauseCoverage, lang: 'nl' | 'en'): string {
  const status = STATUS[lang][row.status];
  const detail =
    row.status === 'uitgevoerd'
      ? row.regels.join(', ')
      : row.status === 'buiten-scope'
        ? (row.reden?.[lang] ?? '')
        : `${lang === 'nl' ? 'regels' : 'rules'}: ${(row.gepland ?? []).join(', ')}`;
  return `  ${row.clausule.padEnd(24)} ${status.padEnd(16)} ${detail}`;
}

function ruleLine(row: RuleCoverage, lang: 'nl' | 'en'): string {
  const counts =
    row.soort === 'rekenwijze'
      ? `${lang === 'nl' ? 'genoemd in' : 'named in'} ${row.genoemdIn}`
      : `voldoet ${row.gevallen.voldoet} · voldoet niet ${row.gevallen['voldoet-niet']} · onbekend ${row.gevallen.onbekend} · n.v.t. ${row.gevallen['niet-van-toepassing']}`;
  const missing =
    row.ontbrekendeUitkomsten.length > 0
      ? `  ✖ ${lang === 'nl' ? 'mist' : 'missing'}: ${row.ontbrekendeUitkomsten.join(', ')}`
      : '';
  return `  ${row.regel.padEnd(10)} ${counts}${missing}`;
}

export function coverageText(result: Coverage, lang: 'nl' | 'en'): string {
  const { totalen } = result;
  const lines: string[] = [];
  const sources = [...new Set(result.clausules.map((row) => row.bron))];
  lines.push(lang === 'nl' ? 'Dekking per clausule' : 'Coverage per clause');
  for (const bron of sources) {
    lines.push('', bron);
    for (const row of result.clausules.filter((entry) => entry.bron === bron))
      lines.push(clauseLine(row, lang));
  }
  lines.push('', lang === 'nl' ? 'Uitgewerkte gevallen per regel' : 'Worked cases per rule');
  for (const row of result.regels) lines.push(ruleLine(row, lang));
  lines.push(
    '',
    lang === 'nl'
      ? `Totaal: ${totalen.clausules} clausules: ${totalen.uitgevoerd} uitgevoerd, ${totalen.buitenScope} buiten scope, ${totalen.gepland} gepland. ${totalen.regelsVolledigGetoetst} van ${totalen.regels} regels getoetst met voldoet, voldoet niet en onbekend.`
      : `Total: ${totalen.clausules} clauses: ${totalen.uitgevoerd} implemented, ${totalen.buitenScope} out of scope, ${totalen.gepland} planned. ${totalen.regelsVolledigGetoetst} of ${totalen.regels} rules tested with meets, does not meet and unknown.`,
  );
  return lines.join('\n');
}

export async function coverageCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(args, OPTIONS, 1);
  const format = choice(values.format, ['text', 'json'] as const, 'text', '--format');
  const lang = choice(values.lang, ['nl', 'en'] as const, 'nl', '--lang');
  const dir = positionals[0] ?? defaultRulesDir();
  const result = await fromFolder(dir, coverageOfDir);
  if (!result.ok) {
    reportIssues(result.issues);
    const n = problemen(result.issues.length);
    reportNote(
      `${n.nl} gevonden in ${dir}; zie iza-regels check.`,
      `${n.en} found in ${dir}; see iza-regels check.`,
    );
    return EXIT.dataErr;
  }
  out(
    format === 'json'
      ? JSON.stringify(result.coverage, null, 2)
      : coverageText(result.coverage, lang),
  );
  return EXIT.ok;
}
