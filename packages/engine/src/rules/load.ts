/**
 * Read the files of the rules folder into a RuleSet: first the shape of every file (zod), then the
 * meaning checks. Problems are returned, never thrown, so `check` can list them all at once.
 */
import { contentHash } from './hash.ts';
import { runChecks } from './checks.ts';
import { parseWithIssues, type Issue } from './issues.ts';
import type { RuleSet, RuleSourceFile } from './ruleset.ts';
import {
  ClauseRegisterSchema,
  HolidayTableSchema,
  ParameterFileSchema,
  QuestionsFileSchema,
  RuleFileSchema,
  SourcesFileSchema,
  VariantFileSchema,
  type ClauseRegister,
  type HolidayTable,
  type ParameterFile,
  type QuestionsFile,
  type RuleFile,
  type SourcesFile,
  type VariantFile,
} from './schema.ts';
import { byText } from '../text-order.ts';

export type LoadResult = { ok: true; ruleSet: RuleSet } | { ok: false; issues: Issue[] };

/**
 * Files that are part of the rules package but not of the rule set proper (cases, their golden
 * receipts, examples, the JSON Schemas of the files, package metadata, the registers of quotes and of
 * boundary cases that `check` compares with): they are not checked as rules, nor counted in the hash.
 */
export const isOutsideRuleSet = (pad: string): boolean =>
  pad === 'package.json' ||
  pad === 'citaten.json' ||
  pad === 'grensgevallen.json' ||
  pad.startsWith('schemas/') ||
  pad.startsWith('gevallen/') ||
  pad.startsWith('conformance/') ||
  pad.startsWith('voorbeelden/') ||
  pad.startsWith('node_modules/');

function missingFile(pad: string): Issue {
  return {
    code: 'bestand-ontbreekt',
    bestand: pad,
    pad: '(bestand)',
    nl: `Het bestand ${pad} ontbreekt in de regelmap.`,
    en: `The file ${pad} is missing from the rules folder.`,
  };
}

// Async by contract, so the API can grow without breaking callers; the work itself is synchronous.
// eslint-disable-next-line @typescript-eslint/require-await
export async function loadRuleSet(
  files: readonly RuleSourceFile[],
  versie: string,
): Promise<LoadResult> {
  const issues: Issue[] = [];
  const regels: Array<{ bestand: string; regel: RuleFile }> = [];
  const parameters: Array<{ bestand: string; parameter: ParameterFile }> = [];
  const varianten: Array<{ bestand: string; variant: VariantFile }> = [];
  const bronteksten = new Map<string, string>();
  const registers: Array<{ bestand: string; register: ClauseRegister }> = [];
  const texts = new Map<string, string>();
  let bronnen: SourcesFile | undefined;
  let vragen: QuestionsFile | undefined;
  let feestdagen: HolidayTable | undefined;
  const hashed: Record<string, unknown> = {};

  for (const { pad, inhoud } of [...files].sort((a, b) => byText(a.pad, b.pad))) {
    if (isOutsideRuleSet(pad)) continue;
    if (pad.endsWith('.txt') && typeof inhoud === 'string') {
      texts.set(pad, inhoud);
      hashed[pad] = inhoud;
      continue;
    }
    if (!pad.endsWith('.json')) continue;
    hashed[pad] = inhoud;
    const where = { bestand: pad };
    const add = <T>(
      result: { ok: true; value: T } | { ok: false; issues: Issue[] },
      keep: (value: T) => void,
    ): void => {
      if (result.ok) keep(result.value);
      else issues.push(...result.issues);
    };
    if (pad.startsWith('regels/')) {
      const id =
        typeof inhoud === 'object' && inhoud !== null && 'id' in inhoud
          ? String(inhoud.id)
          : undefined;
      add(
        parseWithIssues(RuleFileSchema, inhoud, { ...where, ...(id ? { regel: id } : {}) }),
        (regel) => regels.push({ bestand: pad, regel }),
      );
    } else if (pad.startsWith('parameters/')) {
      add(parseWithIssues(ParameterFileSchema, inhoud, where), (parameter) =>
        parameters.push({ bestand: pad, parameter }),
      );
    } else if (pad.startsWith('varianten/')) {
      add(parseWithIssues(VariantFileSchema, inhoud, where), (variant) =>
        varianten.push({ bestand: pad, variant }),
      );
    } else if (pad.startsWith('clausules/')) {
      add(parseWithIssues(ClauseRegisterSchema, inhoud, where), (register) =>
        registers.push({ bestand: pad, register }),
      );
    } else if (pad === 'kalender/feestdagen.json') {
      add(parseWithIssues(HolidayTableSchema, inhoud, where), (value) => (feestdagen = value));
    } else if (pad === 'bronnen.json') {
      add(parseWithIssues(SourcesFileSchema, inhoud, where), (value) => (bronnen = value));
    } else if (pad === 'vragen.json') {
      add(parseWithIssues(QuestionsFileSchema, inhoud, where), (value) => (vragen = value));
    } else {
      issues.push({
        code: 'onbekend-bestand',
        bestand: pad,
        pad: '(bestand)',
        nl: `Onbekend bestand ${pad}: regels horen in regels/, parameters in parameters/, varianten in varianten/.`,
        en: `Unknown file ${pad}: rules belong in regels/, parameters in parameters/, variants in varianten/.`,
      });
    }
  }
  if (!bronnen) issues.push(missingFile('bronnen.json'));
  if (!vragen) issues.push(missingFile('vragen.json'));
  if (!feestdagen) issues.push(missingFile('kalender/feestdagen.json'));
  if (!bronnen || !vragen || !feestdagen) return { ok: false, issues };

  for (const bron of bronnen.bronnen) {
    if (bron.bestand === undefined) continue;
    const text = texts.get(bron.bestand);
    if (text === undefined) issues.push(missingFile(bron.bestand));
    else bronteksten.set(bron.id, text);
  }
  issues.push(
    ...runChecks({
      regels,
      parameters,
      varianten,
      bronnen,
      vragen: vragen.vragen,
      bronteksten,
      registers,
    }),
  );
  if (issues.length > 0) return { ok: false, issues };

  return {
    ok: true,
    ruleSet: {
      versie,
      hash: contentHash(hashed),
      regels: new Map(regels.map(({ regel }) => [regel.id, regel])),
      parameters: new Map(parameters.map(({ parameter }) => [parameter.id, parameter])),
      varianten: new Map(varianten.map(({ variant }) => [variant.id, variant])),
      feestdagen,
      bronnen,
      vragen,
      clausules: new Map(registers.map(({ register }) => [register.bron, register])),
    },
  };
}
