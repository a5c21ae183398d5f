/**
 * `iza-regels opmaak [map]`: rewrite the rule files in their one layout, the one `check` asks for and
 * Prettier keeps (packages/engine/src/rules/json-format.ts). Only the layout changes, never a value.
 */
import { defaultRulesDir } from '@iza-regels/engine/node';
import { HELP_OPTION, parse } from '../args.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { rewrite } from '../opmaak.ts';
import { reportNote } from '../messages.ts';
import { fromFolder } from '../rules.ts';

export async function opmaakCommand(args: readonly string[]): Promise<ExitCode> {
  const { positionals } = parse(args, HELP_OPTION, 1);
  const dir = positionals[0] ?? defaultRulesDir();
  const changed = await fromFolder(dir, rewrite);
  for (const file of changed) reportNote(`✔ opgemaakt: ${file}`, `formatted: ${file}`);
  reportNote(
    changed.length === 0
      ? `Alle regelbestanden in ${dir} staan al in de vaste opmaak.`
      : `${changed.length} ${changed.length === 1 ? 'bestand' : 'bestanden'} opgemaakt in ${dir}.`,
    changed.length === 0
      ? `Every rule file in ${dir} is already in the one layout.`
      : `${changed.length} file(s) formatted in ${dir}.`,
  );
  return EXIT.ok;
}
