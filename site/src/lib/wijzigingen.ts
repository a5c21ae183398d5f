/**
 * The changelog: the changeset files in `.changeset/` of the repository, read at build time. Each has
 * a front matter with the packages and their bump, and a short Markdown body. The body is parsed into
 * a few simple blocks (headings, paragraphs, lists, code) so that no HTML from a file reaches a page.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Woorden } from './tekst.ts';

export type Inline =
  | { readonly soort: 'tekst' | 'code' | 'nadruk' | 'sterk'; readonly tekst: string }
  | { readonly soort: 'regelovergang' };

export type Blok =
  | { readonly soort: 'kop'; readonly niveau: number; readonly inhoud: readonly Inline[] }
  | { readonly soort: 'alinea'; readonly inhoud: readonly Inline[] }
  | { readonly soort: 'lijst'; readonly items: readonly (readonly Inline[])[] }
  | { readonly soort: 'code'; readonly tekst: string };

export type Versiesoort = 'major' | 'minor' | 'patch';

export interface Wijziging {
  /** The file name without `.md`, such as `stand-van-de-regeling`. */
  readonly bestand: string;
  readonly titel: string;
  readonly pakketten: readonly { readonly naam: string; readonly soort: Versiesoort }[];
  readonly blokken: readonly Blok[];
}

export const VERSIESOORT: Record<Versiesoort, Woorden> = {
  major: {
    nl: 'grote wijziging: wie de regels gebruikt, moet iets aanpassen',
    en: 'major change: users of the rules must adapt something',
  },
  minor: {
    nl: 'nieuwe regels of versies; uitkomsten kunnen veranderen',
    en: 'new rules or versions; outcomes may change',
  },
  patch: {
    nl: 'kleine wijziging: tekst of citaat, uitkomsten blijven gelijk',
    en: 'small change: wording or citation, outcomes stay the same',
  },
};

/** The repository root: the nearest folder above the working directory with pnpm-workspace.yaml. */
function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const boven = dirname(dir);
    if (boven === dir)
      throw new Error('De map van de repository (pnpm-workspace.yaml) is niet gevonden.');
    dir = boven;
  }
  return dir;
}

const AFKORTINGEN: Record<string, string> = {
  add: 'ADD',
  azwa: 'AZWA',
  bk: 'BK',
  dusi: 'DUS-I',
  fin: 'FIN',
  iza: 'IZA',
  spuk: 'SPUK',
  wi: 'WI',
};

/** `dusi-en-fin` → "DUS-I en FIN", `stand-van-de-regeling` → "Stand van de regeling". */
export function leesbareTitel(bestand: string): string {
  const woorden = bestand
    .split(/[-_]+/)
    .filter(Boolean)
    .map((woord) => AFKORTINGEN[woord.toLowerCase()] ?? woord.toLowerCase());
  const zin = woorden.join(' ');
  return zin.charAt(0).toUpperCase() + zin.slice(1);
}

/** Inline Markdown: `code`, **strong** and _emphasis_ / *emphasis*; everything else is text. */
export function inline(tekst: string): Inline[] {
  const delen: Inline[] = [];
  const patroon = /`([^`]+)`|\*\*([^*]+)\*\*|(?<![\w*])[_*]([^_*]+)[_*](?![\w*])/g;
  let rest = 0;
  for (const match of tekst.matchAll(patroon)) {
    if (match.index > rest) delen.push({ soort: 'tekst', tekst: tekst.slice(rest, match.index) });
    if (match[1] !== undefined) delen.push({ soort: 'code', tekst: match[1] });
    else if (match[2] !== undefined) delen.push({ soort: 'sterk', tekst: match[2] });
    else delen.push({ soort: 'nadruk', tekst: match[3] ?? '' });
    rest = match.index + match[0].length;
  }
  if (rest < tekst.length) delen.push({ soort: 'tekst', tekst: tekst.slice(rest) });
  return delen;
}

/**
 * Lines of one paragraph join with a space, as in Markdown; the fields "Geraakte regels: …" and
 * "Geraakte periodes: …" that every changeset has (see `.changeset/README.md`) start on a new line.
 */
function alinea(regels: readonly string[]): Inline[] {
  const inhoud: Inline[] = [];
  regels.forEach((regel, index) => {
    if (index > 0)
      inhoud.push(
        /^Geraakte \p{L}+: /u.test(regel)
          ? { soort: 'regelovergang' }
          : { soort: 'tekst', tekst: ' ' },
      );
    inhoud.push(...inline(regel.trim()));
  });
  return inhoud;
}

/** A small Markdown reader: ATX headings, paragraphs, `-`/`*` lists and fenced code. */
export function blokken(markdown: string): Blok[] {
  const uit: Blok[] = [];
  const regels = markdown.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < regels.length) {
    const regel = regels[i] ?? '';
    if (regel.trim() === '') {
      i += 1;
      continue;
    }
    const kop = /^(#{1,6})\s+(.*)$/.exec(regel);
    if (kop) {
      uit.push({ soort: 'kop', niveau: kop[1]?.length ?? 1, inhoud: inline(kop[2] ?? '') });
      i += 1;
      continue;
    }
    if (regel.startsWith('```')) {
      const code: string[] = [];
      i += 1;
      while (i < regels.length && !(regels[i] ?? '').startsWith('```'))
        code.push(regels[i++] ?? '');
      i += 1;
      uit.push({ soort: 'code', tekst: code.join('\n') });
      continue;
    }
    if (/^\s*[-*]\s+/.test(regel)) {
      const items: string[][] = [];
      while (i < regels.length && (regels[i] ?? '').trim() !== '') {
        const item = regels[i] ?? '';
        if (/^\s*[-*]\s+/.test(item)) items.push([item.replace(/^\s*[-*]\s+/, '')]);
        else items.at(-1)?.push(item.trim());
        i += 1;
      }
      uit.push({ soort: 'lijst', items: items.map((item) => inline(item.join(' '))) });
      continue;
    }
    const alineaRegels: string[] = [];
    while (
      i < regels.length &&
      (regels[i] ?? '').trim() !== '' &&
      !/^(#{1,6}\s|```|\s*[-*]\s+)/.test(regels[i] ?? '')
    )
      alineaRegels.push(regels[i++] ?? '');
    uit.push({ soort: 'alinea', inhoud: alinea(alineaRegels) });
  }
  return uit;
}

/** Split a changeset into its front matter (packages and bumps) and its body. */
export function leesChangeset(bestand: string, tekst: string): Wijziging {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(tekst.replace(/\r\n?/g, '\n'));
  const voor = match?.[1] ?? '';
  const lijf = match ? (match[2] ?? '') : tekst;
  const pakketten = voor.split('\n').flatMap((regel) => {
    const pakket = /^\s*['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch)\s*$/.exec(regel);
    return pakket?.[1] && pakket[2]
      ? [{ naam: pakket[1].trim(), soort: pakket[2] as Versiesoort }]
      : [];
  });
  return { bestand, titel: leesbareTitel(bestand), pakketten, blokken: blokken(lijf) };
}

let cached: Promise<readonly Wijziging[]> | undefined;

async function leesAlle(): Promise<readonly Wijziging[]> {
  const map = join(repoRoot(), '.changeset');
  const namen = (await readdir(map)).filter(
    (naam) => naam.endsWith('.md') && naam.toLowerCase() !== 'readme.md',
  );
  const wijzigingen = await Promise.all(
    namen.map(async (naam) =>
      leesChangeset(naam.replace(/\.md$/, ''), await readFile(join(map, naam), 'utf8')),
    ),
  );
  return wijzigingen.sort((a, b) => a.titel.localeCompare(b.titel, 'nl'));
}

/** Every changeset of the repository, sorted by title. */
export function wijzigingen(): Promise<readonly Wijziging[]> {
  cached ??= leesAlle();
  return cached;
}
