/**
 * The conformance suite (rules/conformance): the shipped goldens are those of the shipped rules, and a
 * golden file, a receipt or a rule set that differs is reported per case with where it differs. The
 * shipped suite runs once here (every case evaluated once); the other tests use a few cases.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  conformance,
  evaluateWith,
  goldenPath,
  type ConformanceEvaluate,
  type RuleSourceFile,
} from '@iza-regels/engine';
import {
  checkRulesDir,
  conformanceOfDir,
  readGoldenFiles,
  readRuleFiles,
} from '@iza-regels/engine/node';
import { jsonDifferences } from '../packages/engine/src/rules/conformance.ts';
import { rulesDir, shippedRules } from './support.ts';
import { caseFileWith, rulesCopy } from './support/rules-copy.ts';

const ruleSet = await shippedRules();

// The case files are picked by shape, never by name, so an edit of the rule data cannot break this
// test: a case file with at least three worked cases, and one in which a case expects a rule not to
// meet the rules.
type Geval = { verwacht: { regels?: Record<string, string> } };
const SMALL = await caseFileWith((_geval, file) => file.gevallen.length >= 3);
const STEM = SMALL.replace(/\.json$/, '');
const notMet = (geval: Geval): string | undefined =>
  Object.entries(geval.verwacht.regels ?? {}).find(([, outcome]) => outcome !== 'voldoet')?.[0];
const WITH_RULE = await caseFileWith((geval) => notMet(geval as unknown as Geval) !== undefined);
const FORCED = await (async () => {
  const file = JSON.parse(await readFile(join(rulesDir, 'gevallen', WITH_RULE), 'utf8')) as {
    gevallen: Geval[];
  };
  return file.gevallen.map(notMet).find((id) => id !== undefined) ?? '';
})();

/** The files of the suite for one case file: its cases, their goldens and the rule-set hash. */
async function suiteOf(caseFile: string): Promise<RuleSourceFile[]> {
  const stem = caseFile.replace(/\.json$/, '');
  const cases = (await readRuleFiles(rulesDir)).files.filter(
    (file) => file.pad === `gevallen/${caseFile}`,
  );
  const goldens = (await readGoldenFiles(rulesDir)).files.filter(
    (file) =>
      file.pad.startsWith(`conformance/${stem}-`) || file.pad === 'conformance/regelset.json',
  );
  return [...cases, ...goldens];
}

/** A copy of a file list with one file's content changed. */
function changed(
  files: readonly RuleSourceFile[],
  pad: string,
  change: (inhoud: Record<string, unknown>) => void,
): RuleSourceFile[] {
  return files.map((file) => {
    if (file.pad !== pad) return file;
    const inhoud = structuredClone(file.inhoud) as Record<string, unknown>;
    change(inhoud);
    return { pad, inhoud };
  });
}

describe('the shipped conformance suite', () => {
  it('every worked case gives its expected outcomes and its golden receipt (else: pnpm goldens)', async () => {
    const result = await conformanceOfDir(rulesDir);
    if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
    const failed = result.report.gevallen.filter((entry) => !entry.geslaagd);
    expect(failed, 'goldens out of date? run pnpm goldens and review git diff').toEqual([]);
    expect(result.report.gevallen.length).toBeGreaterThan(200);
    expect(result.report.regelset.hash).toBe(ruleSet.hash);
  });
});

describe('conformance', () => {
  it('reports a deliberately changed golden file: that case fails, at the changed path', async () => {
    const files = await suiteOf(SMALL);
    const target = goldenPath(`${STEM}-001`);
    const broken = changed(files, target, (golden) => {
      const uitslag = golden.uitslag as { peildatum: string };
      uitslag.peildatum = '1999-12-31';
    });
    const report = await conformance(ruleSet, broken);
    expect(report.gefaald).toBe(1);
    const [failed] = report.gevallen.filter((entry) => !entry.geslaagd);
    expect(failed).toMatchObject({ id: `${STEM}-001`, bestand: `gevallen/${SMALL}` });
    expect(failed?.golden).toEqual([
      { pad: 'uitslag.peildatum', verwacht: '1999-12-31', gekregen: expect.any(String) as string },
    ]);
    expect(failed?.verwacht).toEqual([]);
    expect(report.geslaagd).toBe(report.gevallen.length - 1);
  });

  it("uses the consumer's own evaluation, and names both the expectation and the golden path it misses", async () => {
    const files = await suiteOf(WITH_RULE);
    const calls: string[] = [];
    // A service that answers "voldoet" for one rule whatever the plan: as JSON, the way HTTP returns it.
    const service: ConformanceEvaluate = async (plan, options) => {
      calls.push(options.peildatum ?? '');
      const receipt = await evaluateWith(ruleSet, plan, options);
      if (!receipt.geldig) return receipt;
      const regels = receipt.regels.map((rule) =>
        rule.id === FORCED ? { id: rule.id, uitkomst: 'voldoet', zelfVerklaard: false } : rule,
      );
      return JSON.parse(JSON.stringify({ ...receipt, regels })) as unknown;
    };
    const report = await conformance(ruleSet, files, service);
    expect(calls).toHaveLength(report.gevallen.length);
    const failed = report.gevallen.filter((entry) => !entry.geslaagd);
    expect(failed.length).toBeGreaterThan(0);
    for (const entry of failed) {
      expect(
        entry.golden.map((d) => d.pad).some((pad) => /^uitslag\.regels\[\d+\]/.test(pad)),
      ).toBe(true);
    }
    expect(failed.some((entry) => entry.verwacht.some((d) => d.pad === `regels.${FORCED}`))).toBe(
      true,
    );
  });

  it('fails a case whose evaluation throws, finds the plan invalid or gives no summary receipt', async () => {
    const files = await suiteOf(SMALL);
    const answers: Array<[ConformanceEvaluate, RegExp]> = [
      [
        () => {
          throw new Error('503 Service Unavailable');
        },
        /503 Service Unavailable/,
      ],
      [() => ({ geldig: false, problemen: [{ pad: 'plan' }] }), /ongeldig/],
      [
        (plan, options) => evaluateWith(ruleSet, plan, { ...options, detail: 'volledig' }),
        /schema/,
      ],
    ];
    for (const [evaluate, reason] of answers) {
      const report = await conformance(ruleSet, files, evaluate);
      expect(report.geslaagd).toBe(0);
      expect(report.gevallen[0]?.fout).toMatch(reason);
    }
  });

  it('fails a case without a golden file, naming the file instead of printing the whole receipt', async () => {
    const files = (await suiteOf(SMALL)).filter((file) => file.pad !== goldenPath(`${STEM}-003`));
    const report = await conformance(ruleSet, files);
    expect(report.gevallen.filter((entry) => !entry.geslaagd)).toMatchObject([
      {
        id: `${STEM}-003`,
        golden: [],
        fout: expect.stringContaining(`conformance/${STEM}-003.json`) as string,
      },
    ]);
  });

  it('fails every case when the receipts name another rule set than the goldens', async () => {
    const files = changed(await suiteOf(SMALL), 'conformance/regelset.json', (file) => {
      file.hash = 'sha256:0000';
    });
    const report = await conformance(ruleSet, files);
    expect(report.geslaagd).toBe(0);
    expect(report.gevallen[0]?.golden).toEqual([
      { pad: 'regelset.hash', verwacht: 'sha256:0000', gekregen: ruleSet.hash },
    ]);
  });
});

describe('jsonDifferences', () => {
  it('ignores the order of object keys and compares arrays place by place', () => {
    expect(jsonDifferences({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, 'x')).toEqual([]);
    expect(jsonDifferences({ a: [1, 2] }, { a: [2] }, 'x')).toEqual([
      { pad: 'x.a[0]', verwacht: 1, gekregen: 2 },
      { pad: 'x.a[1]', verwacht: 2, gekregen: null },
    ]);
  });
});

describe('iza-regels check and the goldens', () => {
  it('says the goldens are out of date, and to run pnpm goldens, when a receipt changes', async () => {
    const dir = await rulesCopy([SMALL]);
    const path = join(dir, goldenPath(`${STEM}-002`));
    const golden = JSON.parse(await readFile(path, 'utf8')) as { uitslag: { peildatum: string } };
    golden.uitslag.peildatum = '1999-12-31';
    await writeFile(path, JSON.stringify(golden));
    await writeFile(join(dir, goldenPath(`${STEM}-999`)), '{}');
    const result = await checkRulesDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'goldens-verouderd', bestand: 'conformance/' });
    expect(result.issues[0]?.nl).toContain(`1 geval geeft een andere uitslag (${STEM}-002)`);
    expect(result.issues[0]?.nl).toContain(
      `1 goldenbestand hoort bij geen geval (conformance/${STEM}-999.json)`,
    );
    expect(result.issues[0]?.nl).toContain('pnpm goldens');
    expect(result.issues[0]?.en).toContain('run `pnpm goldens`');
  });
});
