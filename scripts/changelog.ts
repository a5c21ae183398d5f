/**
 * The changelog module of changesets (`changelog` in .changeset/config.json): at `changeset version`
 * it writes each changeset's Dutch text into the CHANGELOG.md of every package it names: summary,
 * `Geraakte regels`/`Geraakte periodes` and `Gevolgen voor uitkomsten`. The default module writes only
 * the first line and, for a package that changes because a dependency did, "Updated dependencies";
 * those who install the engine or the CLI would not read what the rules change does to outcomes.
 * Here such a package gets a line per dependency that names its changes and their consequences.
 *
 * changesets imports this file itself (Node runs TypeScript), so it only imports node: and local files.
 */
import { GEVOLGEN, leesTekst } from './changeset-tekst.ts';

/** What changesets passes of a changeset (a subset of `NewChangesetWithCommit` in @changesets/types). */
export interface Changeset {
  readonly id: string;
  readonly summary: string;
  readonly commit?: string | undefined;
}

/** What changesets passes of an updated dependency (a subset of `ModCompWithPackage`). */
export interface Afhankelijkheid {
  readonly name: string;
  readonly newVersion: string;
  readonly changesets: readonly string[];
}

/** Indent every line after the first, so that the text stays inside its list item. */
const inspringen = (tekst: string, ruimte: string): string =>
  tekst
    .split('\n')
    .map((regel, index) => (index === 0 || regel.trim() === '' ? regel : `${ruimte}${regel}`))
    .join('\n');

/**
 * Headings inside a list item would read as sections of the changelog (and `##` as a version), so a
 * heading of the text becomes a line in bold.
 */
const zonderKoppen = (markdown: string): string =>
  markdown.replace(/^#{1,6}\s+(.*?)\s*#*\s*$/gm, '**$1**');

/** One line of prose: the consequences in the dependency line of a dependent package. */
const opEenRegel = (markdown: string): string =>
  markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A changeset as a list item: its text, then the affected rules and periods and the consequences. */
export function getReleaseLine(changeset: Changeset): string {
  const tekst = leesTekst(changeset.summary);
  // A title of its own stays in front, in bold; a title that is the first sentence is already there.
  const begin = tekst.eigenTitel
    ? `**${tekst.titel}**\n\n${zonderKoppen(tekst.samenvatting)}`
    : zonderKoppen(tekst.samenvatting);
  const velden = [
    ...tekst.geraakt,
    ...(tekst.gevolgen ? [`${GEVOLGEN}: ${inspringen(zonderKoppen(tekst.gevolgen), '  ')}`] : []),
  ].map((veld) => `- ${veld}`);
  const item = velden.length > 0 ? `${begin}\n\n${velden.join('\n')}` : begin;
  return `- ${inspringen(item, '  ')}`;
}

/**
 * For a package that changes because its dependencies do (the engine and the CLI follow the rules):
 * per dependency its new version, and per change its title and its consequences for outcomes.
 */
export function getDependencyReleaseLine(
  changesets: readonly Changeset[],
  afhankelijkheden: readonly Afhankelijkheid[],
): string {
  return afhankelijkheden
    .map((afhankelijkheid) => {
      const wijzigingen = changesets
        .filter((changeset) => afhankelijkheid.changesets.includes(changeset.id))
        .map((changeset) => {
          const tekst = leesTekst(changeset.summary);
          const geraakt = tekst.geraakt.find((veld) => veld.startsWith('Geraakte regels:'));
          return [
            `  - ${tekst.titel}`,
            ...(geraakt ? [`    - ${geraakt}`] : []),
            ...(tekst.gevolgen ? [`    - ${GEVOLGEN}: ${opEenRegel(tekst.gevolgen)}`] : []),
          ].join('\n');
        });
      const kop = `- Volgt ${afhankelijkheid.name} ${afhankelijkheid.newVersion}`;
      return wijzigingen.length > 0 ? `${kop}:\n${wijzigingen.join('\n')}` : kop;
    })
    .join('\n');
}

export default { getReleaseLine, getDependencyReleaseLine };
