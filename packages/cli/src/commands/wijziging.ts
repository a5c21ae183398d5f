/**
 * `iza-regels wijziging`: from a rule edit to a changeset, in Dutch, for policy staff. It runs the diff
 * of the working tree against the last release tag (or --ref), shows what changes in words and in
 * outcomes, asks why and asks to confirm the version the diff needs (never lower), then writes a
 * changeset with a file name and text made from the diff. Every question has a flag (--waarom,
 * --niveau, --ja), so scripts and tests run it without a terminal.
 *
 * Exit 0: a changeset was written; 1: none was written (nothing changed, or the answer was no); 64: a
 * level lower than the diff needs, or a question without an answer; 65 and 66 as for diff.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isLevel, levelRank, staleTextsOfDir, type Level } from '@iza-regels/engine/node';
import { HELP_OPTION, parse } from '../args.ts';
import { declaredLevel, pendingChangesets } from '../changesets.ts';
import { EXIT, usageError, type ExitCode } from '../exit-codes.ts';
import { gitTop, lastReleaseTag } from '../git.ts';
import { out } from '../io.ts';
import { reportNote } from '../messages.ts';
import { nieuweChangeset } from '../nieuwe-changeset.ts';
import { prompt, type Prompt } from '../prompt.ts';
import { reportIssues } from '../report.ts';
import { diffText, levelWords } from '../text-diff.ts';
import { positiveInteger, runDiff, workingRules } from './diff.ts';

export const WIJZIGING_OPTIONS = {
  ...HELP_OPTION,
  ref: { type: 'string' },
  waarom: { type: 'string' },
  niveau: { type: 'string' },
  ja: { type: 'boolean' },
  regels: { type: 'string' },
  scenarios: { type: 'string' },
  threads: { type: 'string' },
  vandaag: { type: 'string' },
} as const;

type Bump = Exclude<Level, 'geen'>;

const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];

function checkedLevel(given: string, needed: Level): Bump {
  const level = given.toLowerCase();
  if (!isLevel(level) || level === 'geen')
    throw usageError(
      `--niveau verwacht patch, minor of major, niet "${given}".`,
      `--niveau expects patch, minor or major, not "${given}".`,
    );
  if (levelRank(level) < levelRank(needed))
    throw usageError(
      `De wijziging vraagt ${levelWords(needed, 'nl')}; ${level} is te laag. Kies ${needed} of hoger (zie CONTRIBUTING.md, "Versies volgen uitkomsten").`,
      `The change needs ${levelWords(needed, 'en')}; ${level} is too low. Choose ${needed} or higher.`,
    );
  return level;
}

const noAnswer = (flag: string) =>
  usageError(
    `Geen antwoord op de vraag; geef het met ${flag} als u iza-regels wijziging zonder terminal draait.`,
    `No answer to the question; give it with ${flag} when running iza-regels wijziging without a terminal.`,
  );

async function askReason(ask: Prompt['ask']): Promise<string> {
  const answer = await ask(
    '\nWaarom verandert dit? Schrijf het in gewone woorden, met de bron erbij (één regel):\n> ',
  );
  if (answer === undefined) throw noAnswer('--waarom');
  if (answer === '') return askReason(ask);
  return answer;
}

/** The level, confirmed: Enter or "ja" takes the one needed; a higher one may be typed; "nee" stops. */
async function askLevel(ask: Prompt['ask'], needed: Bump): Promise<Bump | undefined> {
  const higher = BUMPS.filter((bump) => levelRank(bump) > levelRank(needed));
  const answer = await ask(
    `\nDeze wijziging vraagt ${levelWords(needed, 'nl')}. Akkoord? [Enter of ja${higher.map((bump) => `, ${bump}`).join('')}, of nee om te stoppen]\n> `,
  );
  if (answer === undefined) throw noAnswer('--ja of --niveau');
  const word = answer.toLowerCase();
  if (word === '' || word === 'ja' || word === 'j') return needed;
  if (word === 'nee' || word === 'n') return undefined;
  if ((higher as readonly string[]).includes(word) || word === needed) return word as Bump;
  process.stderr.write(
    `"${answer}" kan niet: lager dan ${needed} mag niet, en alleen ${[needed, ...higher].join(', ')} bestaan.\n`,
  );
  return askLevel(ask, needed);
}

/**
 * Titles and explanations that still name an old date or duration ("uiterlijk eind 2026" after the
 * deadline moved): said before the questions, so the officer fixes them in the same change.
 */
async function warnStaleTexts(working: string): Promise<void> {
  const stale = await staleTextsOfDir(working);
  if (stale.length === 0) return;
  reportNote(
    `Let op: ${stale.length === 1 ? 'deze tekst past' : 'deze teksten passen'} niet meer bij de nieuwe waarden. Werk ze bij voordat u de changeset schrijft (iza-regels check meldt ze ook):`,
    'Note: these texts no longer match the new values. Update them before writing the changeset:',
  );
  reportIssues(stale);
}

export async function wijzigingCommand(args: readonly string[]): Promise<ExitCode> {
  const { values } = parse(args, WIJZIGING_OPTIONS, 0);
  const working = await workingRules(values.regels);
  const top = (await gitTop(working)) ?? (await gitTop(process.cwd()));
  let basis = values.ref ?? (top ? await lastReleaseTag(top) : undefined);
  if (basis === undefined) {
    basis = 'HEAD';
    reportNote(
      'Nog geen release-tag (@iza-regels/rules@<versie>): ik vergelijk met de laatste commit (HEAD).',
      'No release tag yet: comparing with the last commit (HEAD).',
    );
  }
  process.stderr.write(`De regels worden vergeleken met ${basis}; dat duurt even …\n`);
  const { diff } = await runDiff(basis, working, {
    scenarios: positiveInteger(values.scenarios, '--scenarios'),
    threads: positiveInteger(values.threads, '--threads'),
    ...(values.vandaag ? { vandaag: values.vandaag } : {}),
  });
  out(diffText(diff, 'nl'));

  const needed = diff.niveau;
  if (needed === 'geen') {
    reportNote(
      `Sinds ${basis} verandert er niets aan de regels: er is geen changeset nodig.`,
      `Nothing in the rules changed since ${basis}: no changeset is needed.`,
    );
    return EXIT.changed;
  }
  await warnStaleTexts(working);
  const folder = join(top ?? process.cwd(), '.changeset');
  const pending = top ? await pendingChangesets(top) : [];
  if (pending.length > 0)
    reportNote(
      `Let op: er staan al ${pending.length} changesets klaar (samen ${declaredLevel(pending)}). De diff hierboven bevat ook hun wijzigingen; met --ref HEAD ziet u alleen wat sinds de laatste commit veranderde.`,
      `Note: ${pending.length} changesets are pending; the diff above includes their changes too. Use --ref HEAD to see only what changed since the last commit.`,
    );

  const questions = prompt();
  try {
    const waarom = values.waarom?.trim() || (await askReason(questions.ask));
    const niveau =
      values.niveau !== undefined
        ? checkedLevel(values.niveau, needed)
        : values.ja
          ? needed
          : await askLevel(questions.ask, needed);
    if (niveau === undefined) {
      reportNote('Geen changeset geschreven.', 'No changeset written.');
      return EXIT.changed;
    }
    const taken = new Set(await readdir(folder).catch(() => [] as string[]));
    const changeset = nieuweChangeset(diff, { waarom, niveau, basis }, taken);
    await mkdir(folder, { recursive: true });
    const file = join(folder, changeset.naam);
    await writeFile(file, changeset.tekst);
    out(`\nChangeset geschreven: ${relative(process.cwd(), file) || file}\n\n${changeset.tekst}`);
    reportNote(
      '✔ Commit de changeset met uw wijziging mee. pnpm release:guard controleert in de CI of hij genoeg vraagt.',
      'Commit the changeset with your change; pnpm release:guard checks in CI that it declares enough.',
    );
    return EXIT.ok;
  } finally {
    questions.close();
  }
}
