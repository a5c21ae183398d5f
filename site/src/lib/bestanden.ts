/**
 * The files the site publishes at stable URLs: the JSON Schemas of the engine, every rule file as it
 * is, and the whole rule set as one JSON document. Read from the installed packages at build time.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isOutsideRuleSet, type SchemaName } from '@iza-regels/engine';
import { defaultRulesDir, readRuleFiles } from '@iza-regels/engine/node';
import { regels } from './regels.ts';

const require = createRequire(import.meta.url);
const engineDir = (): string => dirname(require.resolve('@iza-regels/engine/package.json'));

/** The committed JSON Schema of one format, byte for byte. */
export function schemaTekst(naam: SchemaName): Promise<string> {
  return readFile(join(engineDir(), 'schemas', `${naam}.schema.json`), 'utf8');
}

/** The title inside a schema, such as "IZA-regel". */
export async function schemaTitel(naam: SchemaName): Promise<string | undefined> {
  const schema = JSON.parse(await schemaTekst(naam)) as { title?: unknown };
  return typeof schema.title === 'string' ? schema.title : undefined;
}

export interface RegelBestand {
  readonly id: string;
  /** Path inside the rules package, such as `regels/addendum/ADD-01.json`. */
  readonly pad: string;
  readonly tekst: string;
}

let regelBestandenCache: Promise<ReadonlyMap<string, RegelBestand>> | undefined;

async function leesRegelBestanden(): Promise<ReadonlyMap<string, RegelBestand>> {
  const dir = defaultRulesDir();
  const { files } = await readRuleFiles(dir);
  const bestanden = await Promise.all(
    files
      .filter((file) => file.pad.startsWith('regels/') && file.pad.endsWith('.json'))
      .map(async (file): Promise<RegelBestand> => {
        const inhoud = file.inhoud as { id?: unknown };
        if (typeof inhoud.id !== 'string') throw new Error(`${file.pad} heeft geen id.`);
        return { id: inhoud.id, pad: file.pad, tekst: await readFile(join(dir, file.pad), 'utf8') };
      }),
  );
  return new Map(bestanden.map((bestand) => [bestand.id, bestand]));
}

/** Every rule file by rule id, with its text exactly as it is in the rules package. */
export function regelBestanden(): Promise<ReadonlyMap<string, RegelBestand>> {
  regelBestandenCache ??= leesRegelBestanden();
  return regelBestandenCache;
}

/**
 * The whole rule set as one document: every file the rule-set hash is computed over (rules,
 * parameters, variants, clause registers, holidays, sources with their texts, questions), by path.
 * `loadRuleSet(Object.entries(bestanden).map(([pad, inhoud]) => ({ pad, inhoud })), versie)` loads
 * it again, and gives the same hash.
 */
export async function regelsDocument(): Promise<string> {
  const { ruleSet } = await regels();
  const { files, issues } = await readRuleFiles(defaultRulesDir());
  if (issues.length > 0) throw new Error(`Regelbestanden zijn geen geldige JSON: ${issues.length}`);
  const bestanden = Object.fromEntries(
    files
      .filter((file) => !isOutsideRuleSet(file.pad))
      .sort((a, b) => a.pad.localeCompare(b.pad))
      .map((file) => [file.pad, file.inhoud]),
  );
  const document = {
    naam: '@iza-regels/rules',
    versie: ruleSet.versie,
    hash: ruleSet.hash,
    licentie: 'EUPL-1.2',
    uitleg: {
      nl: 'Alle bestanden van de IZA-regels in deze versie, per pad: regels, parameters, varianten, clausuleregisters, feestdagen, bronnen (met hun teksten) en vragen. De hash is de SHA-256 van de canonieke JSON (RFC 8785) van "bestanden".',
      en: 'All files of the IZA rules in this version, by path: rules, parameters, variants, clause registers, holidays, sources (with their texts) and questions. The hash is the SHA-256 of the canonical JSON (RFC 8785) of "bestanden".',
    },
    bestanden,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
