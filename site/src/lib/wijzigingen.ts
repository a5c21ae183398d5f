/**
 * The changelog of the site, read at build time: the released versions from the CHANGELOG.md of each
 * package (written by `changeset version` through scripts/changelog.ts), and the changes not yet
 * released from the changeset files in `.changeset/`, which `changeset version` uses up. Titles come
 * from the text (its first heading or first sentence, see scripts/changeset-tekst.ts), never from a
 * file name. Markdown is parsed into a few simple blocks (headings, paragraphs, lists, code) so that no
 * HTML from a file reaches a page.
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { leesTekst, splitsChangeset } from '../../../scripts/changeset-tekst.ts';
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
  /** Unique on the page: the file name of a pending change, or the version and place of a released one. */
  readonly sleutel: string;
  readonly titel: readonly Inline[];
  readonly pakketten: readonly { readonly naam: string; readonly soort: Versiesoort }[];
  readonly blokken: readonly Blok[];
  /** A pending change: its file in `.changeset/`, without `.md`. */
  readonly bestand?: string;
  /** A pending change: when its file was committed (ISO date); absent when not yet committed. */
  readonly toegevoegd?: string;
}

/** A released version: its changes, as its changelogs list them, each change once. */
export interface Versie {
  readonly versie: string;
  readonly wijzigingen: readonly Wijziging[];
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

const isVersiesoort = (soort: string): soort is Versiesoort =>
  soort === 'major' || soort === 'minor' || soort === 'patch';

/**
 * The blocks of a change whose title is its whole first sentence, without that sentence, so the page
 * does not say it twice. A cut title (`…`) leaves the text whole.
 */
function zonderEersteZin(markdown: string, titel: string): Blok[] {
  const alineas = markdown.trim().split(/\n\s*\n/);
  const eerste = (alineas[0] ?? '').replace(/\s+/g, ' ').trim();
  if (!eerste.startsWith(titel)) return blokken(markdown);
  const rest = eerste.slice(titel.length).trim();
  return blokken([rest, ...alineas.slice(1)].filter(Boolean).join('\n\n'));
}

/** A change from its Dutch text (a changeset's body, or an entry of a changelog). */
function wijziging(
  sleutel: string,
  markdown: string,
  pakketten: Wijziging['pakketten'],
): Omit<Wijziging, 'bestand' | 'toegevoegd'> {
  const tekst = leesTekst(markdown);
  return {
    sleutel,
    titel: inline(tekst.titel),
    pakketten,
    // A title of its own is the first line (a heading, or bold in a changelog): the rest is the text.
    blokken: tekst.eigenTitel
      ? blokken(markdown.replace(/^\s*(?:#{1,6}\s+.*|\*\*[^*]+\*\*)\s*$/m, ''))
      : zonderEersteZin(markdown, tekst.titel),
  };
}

/** When each file in `.changeset/` was added, from git (newest commit first); none outside a clone. */
function toegevoegdOp(top: string): Map<string, string> {
  const op = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync(
      'git',
      ['log', '--diff-filter=A', '--format=%x00%cI', '--name-only', '--', '.changeset'],
      { cwd: top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch {
    return op;
  }
  for (const commit of log.split('\0').filter(Boolean)) {
    const [datum = '', ...bestanden] = commit.split('\n').filter(Boolean);
    for (const bestand of bestanden) if (!op.has(bestand)) op.set(bestand, datum);
  }
  return op;
}

/** The changesets in `.changeset/`: not yet released; newest first, uncommitted ones on top. */
async function leesOpenstaande(top: string): Promise<readonly Wijziging[]> {
  const map = join(top, '.changeset');
  const namen = (await readdir(map)).filter(
    (naam) => naam.endsWith('.md') && naam.toLowerCase() !== 'readme.md',
  );
  const datums = toegevoegdOp(top);
  const lijst = await Promise.all(
    namen.map(async (naam): Promise<Wijziging> => {
      const { pakketten, lijf } = splitsChangeset(await readFile(join(map, naam), 'utf8'));
      const bestand = naam.replace(/\.md$/, '');
      const toegevoegd = datums.get(`.changeset/${naam}`);
      return {
        ...wijziging(
          bestand,
          lijf,
          pakketten.flatMap(({ naam, soort }) => (isVersiesoort(soort) ? [{ naam, soort }] : [])),
        ),
        bestand,
        ...(toegevoegd ? { toegevoegd } : {}),
      };
    }),
  );
  const nieuwst = (w: Wijziging) => w.toegevoegd ?? '9999';
  return lijst.sort(
    (a, b) =>
      nieuwst(b).localeCompare(nieuwst(a)) || (a.bestand ?? '').localeCompare(b.bestand ?? ''),
  );
}

const SOORT_VAN_KOP: Record<string, Versiesoort> = {
  'Major Changes': 'major',
  'Minor Changes': 'minor',
  'Patch Changes': 'patch',
};

/**
 * The entries of one CHANGELOG.md: per `## <versie>` and `### Major|Minor|Patch Changes` its list
 * items, each with its indented lines. A dependency line ("Volgt @iza-regels/rules …", or the
 * default "Updated dependencies") is left out: the change it names is listed at its own package.
 */
export function leesChangelog(
  tekst: string,
): { versie: string; soort: Versiesoort; markdown: string }[] {
  const uit: { versie: string; soort: Versiesoort; markdown: string }[] = [];
  let versie = '';
  let soort: Versiesoort = 'patch';
  let item: string[] | undefined;
  const sluit = () => {
    const markdown = item?.join('\n').trim();
    if (versie && markdown && !/^(Volgt |Updated dependencies)/.test(markdown))
      uit.push({ versie, soort, markdown });
    item = undefined;
  };
  for (const regel of tekst.replace(/\r\n?/g, '\n').split('\n')) {
    const versieKop = /^##\s+(\d+\.\d+\.\d+\S*)\s*$/.exec(regel);
    const soortKop = /^###\s+(.*?)\s*$/.exec(regel);
    if (versieKop) {
      sluit();
      versie = versieKop[1] ?? '';
    } else if (soortKop) {
      sluit();
      soort = SOORT_VAN_KOP[soortKop[1] ?? ''] ?? soort;
    } else if (regel.startsWith('- ')) {
      sluit();
      item = [regel.slice(2)];
    } else if (item && (regel.trim() === '' || regel.startsWith('  '))) {
      item.push(regel.slice(2));
    } else sluit();
  }
  sluit();
  return uit;
}

/** `1.10.0` after `1.9.0`; a pre-release (`-…`) before its release. */
function vergelijkVersies(a: string, b: string): number {
  const delen = (v: string) => v.split(/[-+]/)[0]?.split('.').map(Number) ?? [];
  const [x, y] = [delen(a), delen(b)];
  for (let i = 0; i < 3; i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return Number(!a.includes('-')) - Number(!b.includes('-'));
}

/** The released versions from the CHANGELOG.md of `rules/` and `packages/*`, newest first. */
async function leesUitgebracht(top: string): Promise<readonly Versie[]> {
  const mappen = [
    'rules',
    ...(await readdir(join(top, 'packages')).catch(() => [])).map((m) => `packages/${m}`),
  ];
  type PerTekst = Map<string, { markdown: string; pakketten: Wijziging['pakketten'] }>;
  const perVersie = new Map<string, PerTekst>();
  for (const map of mappen) {
    const pad = join(top, map, 'CHANGELOG.md');
    if (!existsSync(pad)) continue;
    const { name } = JSON.parse(await readFile(join(top, map, 'package.json'), 'utf8')) as {
      name: string;
    };
    for (const { versie, soort, markdown } of leesChangelog(await readFile(pad, 'utf8'))) {
      const wijzigingen: PerTekst = perVersie.get(versie) ?? (new Map() as PerTekst);
      perVersie.set(versie, wijzigingen);
      // One changeset for several packages is the same text in each changelog: one change here.
      const bekend = wijzigingen.get(markdown);
      wijzigingen.set(markdown, {
        markdown,
        pakketten: [...(bekend?.pakketten ?? []), { naam: name, soort }],
      });
    }
  }
  return [...perVersie]
    .sort(([a], [b]) => vergelijkVersies(b, a))
    .map(([versie, wijzigingen]) => ({
      versie,
      wijzigingen: [...wijzigingen.values()].map(({ markdown, pakketten }, index) => ({
        ...wijziging(`${versie}-${index + 1}`, markdown, pakketten),
      })),
    }));
}

export interface Wijzigingen {
  readonly openstaand: readonly Wijziging[];
  readonly uitgebracht: readonly Versie[];
}

/** The changes of the repository at `top`: not yet released and released, each newest first. */
export async function wijzigingenIn(top: string): Promise<Wijzigingen> {
  const [openstaand, uitgebracht] = await Promise.all([leesOpenstaande(top), leesUitgebracht(top)]);
  return { openstaand, uitgebracht };
}

let cached: Promise<Wijzigingen> | undefined;

/** The changes of this repository, read once per build. */
export function wijzigingen(): Promise<Wijzigingen> {
  cached ??= wijzigingenIn(repoRoot());
  return cached;
}
