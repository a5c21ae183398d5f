/**
 * The parts of a changeset's Dutch text (see `.changeset/README.md`): its title, its summary, the
 * lines `Geraakte regels:` and `Geraakte periodes:`, and its section `Gevolgen voor uitkomsten`. The
 * changelog module (scripts/changelog.ts) writes them into CHANGELOG.md and the site
 * (site/src/lib/wijzigingen.ts) shows them; both read them here, so they agree on the title.
 */

export interface ChangesetTekst {
  /** The first heading, or else the first sentence: never the random file name. */
  readonly titel: string;
  /** Whether the writer gave the title (a heading); else it is the first sentence of the summary. */
  readonly eigenTitel: boolean;
  /** The text without the `Geraakte …` lines and the `Gevolgen voor uitkomsten` section. */
  readonly samenvatting: string;
  /** `Geraakte regels: …`, `Geraakte periodes: …`, as written. */
  readonly geraakt: readonly string[];
  /** The text of the section `Gevolgen voor uitkomsten`, without its heading; empty if there is none. */
  readonly gevolgen: string;
}

export const GEVOLGEN = 'Gevolgen voor uitkomsten';

/** Abbreviations whose full stop ends no sentence ("bijv. 31 december", "art. 4"). */
const AFKORTINGEN =
  /(?:^|[\s(])(?:bijv|bv|o\.a|d\.w\.z|i\.p\.v|m\.b\.t|t\.o\.v|art|nr|jo|zgn|e\.d|enz|incl|excl|ca)\.$/i;
const MAX_TITEL = 140;

/**
 * The first sentence of a paragraph: up to the first `.`, `!` or `?` that is followed by a space or the
 * end, outside code, brackets and quotes, and not the stop of an abbreviation. A longer first sentence
 * gives what precedes its colon, or is cut at a word, so a title stays a title; the full text follows.
 */
export function eersteZin(alinea: string): string {
  const tekst = alinea.replace(/\s+/g, ' ').trim();
  let diepte = 0;
  let code = false;
  let aanhaling = false;
  let einde = tekst.length;
  for (let i = 0; i < tekst.length; i += 1) {
    const teken = tekst[i];
    if (teken === '`') code = !code;
    if (code) continue;
    if (teken === '"') aanhaling = !aanhaling;
    else if (teken === '(' || teken === '[') diepte += 1;
    else if ((teken === ')' || teken === ']') && diepte > 0) diepte -= 1;
    else if (
      (teken === '.' || teken === '!' || teken === '?') &&
      diepte === 0 &&
      !aanhaling &&
      (i + 1 === tekst.length || tekst[i + 1] === ' ') &&
      !AFKORTINGEN.test(tekst.slice(0, i + 1))
    ) {
      einde = i + 1;
      break;
    }
  }
  const zin = tekst.slice(0, einde);
  if (zin.length <= MAX_TITEL) return zin;
  // "De changelog bereikt iedereen: `changeset version` schrijft …": what precedes a colon is the
  // writer's own short title, if it is more than a word ("Nieuw: …").
  const dubbelepunt = zin.indexOf(': ');
  if (dubbelepunt >= 15 && !zin.slice(0, dubbelepunt).includes('`'))
    return zin.slice(0, dubbelepunt);
  const kort = zin.slice(0, MAX_TITEL);
  return `${kort.slice(0, Math.max(kort.lastIndexOf(' '), MAX_TITEL / 2)).replace(/[\s,;:]+$/, '')} …`;
}

/** Split a changeset file into its front matter (package → bump) and its body. */
export function splitsChangeset(tekst: string): {
  readonly pakketten: readonly { readonly naam: string; readonly soort: string }[];
  readonly lijf: string;
} {
  const match = /^---\n([\s\S]*?)\n?---\n?([\s\S]*)$/.exec(tekst.replace(/\r\n?/g, '\n'));
  const pakketten = (match?.[1] ?? '').split('\n').flatMap((regel) => {
    const pakket = /^\s*['"]?([^'":]+)['"]?\s*:\s*['"]?(major|minor|patch|none)['"]?\s*$/.exec(
      regel,
    );
    return pakket?.[1] && pakket[2] ? [{ naam: pakket[1].trim(), soort: pakket[2] }] : [];
  });
  return { pakketten, lijf: match ? (match[2] ?? '') : tekst };
}

/** A changeset's body (its `summary`, in changesets' words) in its parts. */
export function leesTekst(lijf: string): ChangesetTekst {
  const regels = lijf.replace(/\r\n?/g, '\n').trim().split('\n');
  const samenvatting: string[] = [];
  const gevolgen: string[] = [];
  const geraakt: string[] = [];
  let titel: string | undefined;
  let inGevolgen = false;
  for (const regel of regels) {
    const kop = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(regel);
    if (kop) {
      inGevolgen = (kop[2] ?? '').replace(/[:.]$/, '').toLowerCase() === GEVOLGEN.toLowerCase();
      if (inGevolgen) continue;
      // A heading before any text is the title the writer chose.
      if (titel === undefined && samenvatting.every((r) => r.trim() === '')) {
        titel = kop[2] ?? '';
        continue;
      }
    }
    // So does a first line all in bold: how scripts/changelog.ts writes such a title in a list item.
    const vet = /^\*\*([^*]+)\*\*$/.exec(regel.trim());
    if (vet && titel === undefined && samenvatting.every((r) => r.trim() === '')) {
      titel = vet[1] ?? '';
      continue;
    }
    if (inGevolgen) gevolgen.push(regel);
    else if (/^Geraakte \p{L}+:/u.test(regel.trim())) geraakt.push(regel.trim());
    else samenvatting.push(regel);
  }
  const tekst = samenvatting.join('\n').trim();
  const eersteAlinea = tekst.split(/\n\s*\n/)[0] ?? '';
  return {
    eigenTitel: titel !== undefined,
    titel: titel ?? eersteZin(eersteAlinea.replace(/^[-*]\s+/, '')),
    samenvatting: tekst,
    geraakt,
    gevolgen: gevolgen.join('\n').trim(),
  };
}
