/**
 * The defects `check` used to miss (issue 12), each seeded into a copy of the real rules: the check
 * names the rule (or case) and the JSON path. The rules to break are picked by their shape.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { durationText, formatDate } from '../explain/render.ts';
import {
  checkRulesDir,
  defaultRulesDir,
  BOUNDARY_REGISTER_FILE,
  formatJson,
  QUOTE_REGISTER_FILE,
  type BoundaryRegister,
  quoteRegister,
  readRuleFiles,
} from '../node.ts';
import { loadRuleSet } from './load.ts';
import { staleTexts } from './stale-texts.ts';
import type { RuleSourceFile } from './ruleset.ts';
import type { RuleFileInput } from './schema.ts';

const { files } = await readRuleFiles(defaultRulesDir());
const rules = files.filter((file) => file.pad.startsWith('regels/'));
const ruleOf = (file: RuleSourceFile) => file.inhoud as RuleFileInput;

function withEdit(pad: string, edit: (inhoud: Record<string, unknown>) => void): RuleSourceFile[] {
  return files.map((file) => {
    if (file.pad !== pad) return file;
    const copy = structuredClone(file.inhoud) as Record<string, unknown>;
    edit(copy);
    return { pad, inhoud: copy };
  });
}

async function codes(changed: RuleSourceFile[]) {
  const result = await loadRuleSet(changed, 'test');
  return result.ok ? [] : result.issues.map(({ code, regel, pad }) => ({ code, regel, pad }));
}

/** The first leaf condition of the first version that compares `type`-typed facts. */
const base = rules.find((file) => (ruleOf(file).uitzonderingen ?? []).length > 0);
const exception = rules.find((file) => ruleOf(file).uitzonderingOp !== undefined);
const plain = rules.find(
  (file) =>
    ruleOf(file).soort === 'toets' &&
    !ruleOf(file).uitzonderingOp &&
    !(ruleOf(file).uitzonderingen ?? []).length,
);

describe('check closes its blind spots', () => {
  it('reports a rule that no question names', async () => {
    const vragen = files.find((file) => file.pad === 'vragen.json');
    const id = ruleOf(plain!).id;
    const changed = files.map((file) =>
      file === vragen
        ? {
            pad: file.pad,
            inhoud: {
              ...(file.inhoud as object),
              vragen: (file.inhoud as { vragen: Array<{ regels: string[] }> }).vragen
                .map((vraag) => ({
                  ...vraag,
                  regels: vraag.regels.filter((rule) => rule !== id),
                }))
                .filter((vraag) => vraag.regels.length > 0),
            },
          }
        : file,
    );
    expect(await codes(changed)).toContainEqual({
      code: 'regel-zonder-vraag',
      regel: id,
      pad: 'id',
    });
  });

  it('reports uitzonderingOp pointing at a rule that does not list the exception', async () => {
    const other = ruleOf(plain!).id;
    const issues = await codes(withEdit(exception!.pad, (rule) => (rule.uitzonderingOp = other)));
    expect(issues).toContainEqual({
      code: 'uitzondering-op-verkeerde-regel',
      regel: ruleOf(exception!).id,
      pad: 'uitzonderingOp',
    });
  });

  it('reports a deciding rule marked advies', async () => {
    const issues = await codes(withEdit(base!.pad, (rule) => (rule.advies = true)));
    expect(issues).toContainEqual({
      code: 'advies-beslist',
      regel: ruleOf(base!).id,
      pad: 'advies',
    });
  });

  it('reports a date compared with a number and a boolean with the string "true", naming rule and path', async () => {
    const withBoolean = rules.find((file) =>
      JSON.stringify(ruleOf(file).versies).includes('"value":true'),
    );
    const issues = await codes(
      withEdit(withBoolean!.pad, (rule) => {
        const text = JSON.stringify(rule.versies).replace('"value":true', '"value":"true"');
        rule.versies = JSON.parse(text) as unknown;
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'waarde-past-niet-bij-feit',
        regel: ruleOf(withBoolean!).id,
      }),
    );
    const withDate = rules.find((file) =>
      /"operator":"date\w+","value":/.test(JSON.stringify(ruleOf(file).versies)),
    );
    const dated = await codes(
      withEdit(withDate!.pad, (rule) => {
        rule.versies = JSON.parse(
          JSON.stringify(rule.versies).replace(
            /("operator":"date\w+","value":)(\{[^}]*\}|"[^"]*")/,
            '$120261231',
          ),
        ) as unknown;
      }),
    );
    expect(dated).toContainEqual(
      expect.objectContaining({ code: 'waarde-past-niet-bij-feit', regel: ruleOf(withDate!).id }),
    );
  });

  it('reports an all that asks one fact to equal two values', async () => {
    const issues = await codes(
      withEdit(exception!.pad, (rule) => {
        const versie = (
          rule.versies as Array<{ vanToepassing?: { all?: Array<Record<string, unknown>> } }>
        )[0];
        const first = versie?.vanToepassing?.all?.find((leaf) => leaf.operator === 'equal');
        if (!first || !versie?.vanToepassing?.all) throw new Error('no equal leaf to contradict');
        versie.vanToepassing.all.push({
          ...first,
          name: `${String(first.name)}Ook`,
          value: typeof first.value === 'boolean' ? !first.value : 'iets-anders',
        });
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'tegenstrijdige-voorwaarden', regel: ruleOf(exception!).id }),
    );
  });

  it('reports a worked case that expects nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iza-regels-leeg-'));
    try {
      await cp(defaultRulesDir(), dir, {
        recursive: true,
        filter: (source) => !source.includes('node_modules'),
      });
      const pad = files.find((file) => file.pad.startsWith('gevallen/'))!.pad;
      const file = JSON.parse(await readFile(join(dir, pad), 'utf8')) as {
        gevallen: Array<{ verwacht: object }>;
      };
      file.gevallen = file.gevallen.slice(0, 1).map((entry) => ({ ...entry, verwacht: {} }));
      for (const other of files.filter(
        (entry) => entry.pad.startsWith('gevallen/') && entry.pad !== pad,
      ))
        await rm(join(dir, other.pad));
      await writeFile(join(dir, pad), JSON.stringify(file));
      const result = await checkRulesDir(dir);
      expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toContain(
        'geval-toetst-niets',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('check closes its blind spots (issue 12, second round)', () => {
  const loadedSet = async (changed: RuleSourceFile[]) => {
    const result = await loadRuleSet(changed, 'test');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.ruleSet;
  };
  const paths = new Map(rules.map((file): [string, string] => [ruleOf(file).id, file.pad]));

  it('reports a one-word change in a quote from a source without a text file, naming rule and path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iza-regels-citaat-'));
    try {
      await cp(defaultRulesDir(), dir, {
        recursive: true,
        filter: (source) => !source.includes('node_modules') && !source.includes('gevallen'),
      });
      const ruleSet = await loadedSet(files);
      const withText = new Set(
        ruleSet.bronnen.bronnen.flatMap((bron) => (bron.bestand ? [bron.id] : [])),
      );
      await writeFile(join(dir, QUOTE_REGISTER_FILE), formatJson(quoteRegister(ruleSet)));
      const target = files.find((file) =>
        ((file.inhoud as { versies?: Array<{ citaten?: Array<{ bron: string }> }> }).versies ?? [])
          .flatMap((versie) => versie.citaten ?? [])
          .some((citaat) => !withText.has(citaat.bron)),
      );
      if (!target) throw new Error('no quote from a source without a text file');
      const inhoud = structuredClone(target.inhoud) as {
        id: string;
        versies: Array<{ citaten: Array<{ bron: string; tekst: string }> }>;
      };
      const v = inhoud.versies.findIndex((versie) =>
        versie.citaten.some((citaat) => !withText.has(citaat.bron)),
      );
      const c = inhoud.versies[v]!.citaten.findIndex((citaat) => !withText.has(citaat.bron));
      const citaat = inhoud.versies[v]!.citaten[c]!;
      // One word: the first word of the quote gets a letter more.
      citaat.tekst = citaat.tekst.replace(/\p{L}+/u, (word) => `${word}s`);
      await writeFile(join(dir, target.pad), formatJson(inhoud));
      const result = await checkRulesDir(dir);
      // The goldens name the hash of the rules, which every change of a quote changes.
      const issues = result.ok
        ? []
        : result.issues
            .filter((issue) => issue.code !== 'goldens-verouderd')
            .map(({ code, regel, pad }) => ({ code, regel, pad }));
      expect(issues).toEqual([
        {
          code: 'citaat-niet-vastgelegd',
          regel: inhoud.id,
          pad: `versies[${v}].citaten[${c}].tekst`,
        },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports an arbitrary uitkomst.type, and one that another rule already emits', async () => {
    const [first, second] = rules;
    const odd = await codes(
      withEdit(first!.pad, (rule) => {
        (rule.versies as Array<{ uitkomst: { type: string } }>)[0]!.uitkomst.type = 'Iets Anders!';
      }),
    );
    expect(odd).toContainEqual({
      code: 'uitkomst-type-vorm',
      regel: ruleOf(first!).id,
      pad: 'versies[0].uitkomst.type',
    });
    const taken = ruleOf(first!).versies[0]!.uitkomst.type;
    const copied = await codes(
      withEdit(second!.pad, (rule) => {
        for (const versie of rule.versies as Array<{ uitkomst: { type: string } }>)
          versie.uitkomst.type = taken;
      }),
    );
    expect(copied).toContainEqual({
      code: 'uitkomst-type-dubbel',
      regel: ruleOf(second!).id,
      pad: 'versies[0].uitkomst.type',
    });
  });

  it('reports a placeholder typo that leaves a brace open, and a placeholder in a title', async () => {
    const target = rules.find((file) =>
      Object.values(ruleOf(file).versies[0]?.uitleg ?? {}).some((text) =>
        /\{[^{}]+\}/.test(text?.nl ?? ''),
      ),
    )!;
    const key = Object.entries(ruleOf(target).versies[0]!.uitleg!).find(([, text]) =>
      /\{[^{}]+\}/.test(text?.nl ?? ''),
    )![0];
    const issues = await codes(
      withEdit(target.pad, (rule) => {
        const uitleg = (rule.versies as Array<{ uitleg: Record<string, { nl: string }> }>)[0]!
          .uitleg;
        uitleg[key]!.nl = uitleg[key]!.nl.replace(/\{([^{}]+)\}/, '{$1');
        (rule.titel as { nl: string }).nl += ' tot {vervaldatum}';
      }),
    );
    expect(issues).toContainEqual({
      code: 'accolade-open',
      regel: ruleOf(target).id,
      pad: `versies[0].uitleg.${key}.nl`,
    });
    expect(issues).toContainEqual({
      code: 'waarde-in-vaste-tekst',
      regel: ruleOf(target).id,
      pad: 'titel.nl',
    });
  });

  /** A rule whose own texts name the current value of a parameter of `type` that it reads. */
  async function describedParameter(type: 'datum' | 'duur') {
    const ruleSet = await loadedSet(files);
    for (const rule of ruleSet.regels.values()) {
      const own = JSON.stringify([rule.titel, rule.versies.map((versie) => versie.uitleg)]);
      for (const parameter of ruleSet.parameters.values()) {
        const waarde = parameter.versies.at(-1)?.waarde;
        if (parameter.type !== type || typeof waarde !== 'string') continue;
        if (!JSON.stringify(rule.versies).includes(parameter.id)) continue;
        const words =
          type === 'datum'
            ? [
                formatDate(waarde, 'nl'),
                ...(waarde.endsWith('-12-31') ? [`eind ${waarde.slice(0, 4)}`] : []),
              ]
            : [durationText(waarde).nl];
        if (words.some((word) => own.includes(word)))
          return { rule: rule.id, parameter: `parameters/${parameter.id}.json`, waarde };
      }
    }
    throw new Error(`no rule that names the value of a ${type} parameter`);
  }

  it('reports a date in a title or explanation that no longer matches the parameter it describes', async () => {
    const { rule, parameter, waarde } = await describedParameter('datum');
    const later = Temporal.PlainDate.from(waarde).add({ years: 1, days: 17 }).toString();
    const setValue = (value: string) =>
      withEdit(parameter, (file) => {
        (file.versies as Array<{ waarde: string }>).at(-1)!.waarde = value;
      });
    // The value changed in place: the old date is nowhere in the rules any more.
    expect(
      (await loadedSet(setValue(later)).then((ruleSet) => staleTexts(ruleSet, paths))).map(
        (issue) => [issue.code, issue.regel],
      ),
    ).toContainEqual(['tekst-verouderd', rule]);
    // A new dated version: the old date is a superseded value, the new one named nowhere.
    const withVersion = withEdit(parameter, (file) => {
      const versies = file.versies as Array<{
        geldigVan: string;
        geldigTot: string | null;
        waarde: string;
      }>;
      const last = versies.at(-1)!;
      const start = Temporal.PlainDate.from(last.geldigVan).add({ days: 1 });
      versies.push({
        ...structuredClone(last),
        geldigVan: start.toString(),
        geldigTot: null,
        waarde: later,
      });
      last.geldigTot = last.geldigVan;
    });
    const issues = staleTexts(await loadedSet(withVersion), paths);
    expect(issues.find((issue) => issue.regel === rule)?.nl).toContain('vorige waarde');
  });

  it('reports a duration in a title or explanation that no longer matches the parameter it describes', async () => {
    const { rule, parameter, waarde } = await describedParameter('duur');
    const longer = waarde.replace(/\d+/, (n) => String(Number(n) + 2));
    const changed = withEdit(parameter, (file) => {
      (file.versies as Array<{ waarde: string }>).at(-1)!.waarde = longer;
    });
    const issues = staleTexts(await loadedSet(changed), paths);
    expect(issues.map((issue) => [issue.code, issue.regel])).toContainEqual([
      'tekst-verouderd',
      rule,
    ]);
  });

  it('reports a boundary whose last worked case was deleted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iza-regels-grens-'));
    try {
      await cp(defaultRulesDir(), dir, {
        recursive: true,
        filter: (source) => !source.includes('node_modules'),
      });
      const register = JSON.parse(
        await readFile(join(dir, BOUNDARY_REGISTER_FILE), 'utf8'),
      ) as BoundaryRegister;
      const [grens] = register.grenzen;
      const datum = /\d{4}-\d{2}-\d{2}/.exec(grens ?? '')?.[0];
      if (!grens || !datum) throw new Error('no registered boundary');
      const near = [-1, 0, 1].map(
        (days) => `"${Temporal.PlainDate.from(datum).add({ days }).toString()}"`,
      );
      // Delete every worked case on that date (and the day on either side).
      for (const file of files.filter((entry) => entry.pad.startsWith('gevallen/'))) {
        const inhoud = structuredClone(file.inhoud) as {
          gevallen: Array<{ plan: unknown; peildatum: string }>;
        };
        inhoud.gevallen = inhoud.gevallen.filter((geval) => {
          const text = JSON.stringify([geval.plan, geval.peildatum]);
          return !near.some((date) => text.includes(date));
        });
        await writeFile(join(dir, file.pad), formatJson(inhoud));
      }
      const result = await checkRulesDir(dir);
      const issue = result.ok
        ? undefined
        : result.issues.find((entry) => entry.code === 'grens-zonder-geval');
      expect(issue).toMatchObject({ bestand: BOUNDARY_REGISTER_FILE, pad: 'grenzen' });
      expect(issue?.nl).toContain(grens);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
