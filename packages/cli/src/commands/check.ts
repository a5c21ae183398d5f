/**
 * `iza-regels check [map]`: everything the engine's checkRulesDir verifies: the shape and meaning of
 * every rule file (citations, versions, facts, operators, references) and the worked cases in
 * `gevallen/`, and that every rule file is in the one layout (`iza-regels opmaak` fixes that). Problems go to stderr, each with file, rule id and JSON path, in Dutch and English.
 */
import { checkRulesDir, defaultRulesDir } from '@iza-regels/engine/node';
import { HELP_OPTION, parse } from '../args.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { err } from '../io.ts';
import { problemen, reportNote } from '../messages.ts';
import { layoutIssue, unformatted } from '../opmaak.ts';
import { reportIssues } from '../report.ts';
import { fromFolder } from '../rules.ts';
import { paintFor } from '../style.ts';

const paint = paintFor(process.stderr);

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export async function checkCommand(args: readonly string[]): Promise<ExitCode> {
  const { positionals } = parse(args, HELP_OPTION, 1);
  const dir = positionals[0] ?? defaultRulesDir();
  const [result, layout] = await Promise.all([
    fromFolder(dir, checkRulesDir),
    fromFolder(dir, unformatted),
  ]);
  const issues = [
    ...(result.ok ? [] : result.issues),
    ...layout.map((file) => layoutIssue(file, dir)),
  ];
  if (!result.ok || issues.length > 0) {
    reportIssues(issues);
    const n = problemen(issues.length);
    reportNote(paint('red', `${n.nl} gevonden in ${dir}.`), `${n.en} found in ${dir}.`);
    return EXIT.dataErr;
  }
  const { ruleSet } = result;
  const summary = [
    count(ruleSet.regels.size, 'regel', 'regels'),
    count(ruleSet.parameters.size, 'parameter', 'parameters'),
    count(ruleSet.varianten.size, 'variant', 'varianten'),
    count(result.gevallen, 'uitgewerkt geval', 'uitgewerkte gevallen'),
  ].join(', ');
  err(
    `${paint('green', '✔')} Regels in orde: ${summary}; regelset ${ruleSet.versie} (${ruleSet.hash}).`,
  );
  return EXIT.ok;
}
