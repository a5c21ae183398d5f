/**
 * The meaning checks, exercised by breaking the real rule files on purpose: each problem names the file,
 * the rule id and the JSON path, in Dutch and English. The rules, clauses and texts to break are picked
 * by their shape (the first in path order that has what the test needs), never by id, so an edit of
 * the rule data cannot break these tests.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { availablePlaceholders, placeholdersIn } from '../explain/placeholders.ts';
import { findFact } from '../facts/catalogue.ts';
import { readRuleFiles, defaultRulesDir } from '../node.ts';
import { loadRuleSet } from './load.ts';
import type { RuleSourceFile } from './ruleset.ts';
import type { ParameterFile, RuleFile } from './schema.ts';

const { files } = await readRuleFiles(defaultRulesDir());

type Json = Record<string, unknown> & { versies: Array<Record<string, unknown>> };
type Leaf = { fact: string; operator: string };

const loaded = await loadRuleSet(files, 'test');
if (!loaded.ok) throw new Error('the shipped rules do not load');
const parameters: ParameterFile[] = [...loaded.ruleSet.parameters.values()];
const withText = new Set(
  (
    files.find((file) => file.pad === 'bronnen.json')?.inhoud as {
      bronnen: Array<{ id: string; bestand?: string }>;
    }
  ).bronnen.flatMap((bron) => (bron.bestand ? [bron.id] : [])),
);

/** The first rule file (in path order) that passes `test`, with its id. */
function ruleWhere(test: (rule: Json & RuleFile) => boolean): { pad: string; id: string } {
  const file = files.find(
    (entry) => entry.pad.startsWith('regels/') && test(entry.inhoud as Json & RuleFile),
  );
  if (!file) throw new Error('no rule of that shape');
  return { pad: file.pad, id: (file.inhoud as RuleFile).id };
}

const firstLeaf = (rule: Json): Leaf | undefined =>
  (rule.versies[0]?.voorwaarden as { all?: Leaf[] } | undefined)?.all?.[0];

/**
 * A plan-level test with one open-ended version, `all` conditions, condition texts, a parameter
 * placeholder in its explanation, and a first quote from a source with a text file.
 */
const PLAN = ruleWhere(
  (rule) =>
    rule.soort === 'toets' &&
    rule.bereik === 'plan' &&
    rule.versies.length === 1 &&
    rule.versies[0]?.geldigTot === null &&
    typeof firstLeaf(rule)?.fact === 'string' &&
    Object.keys(rule.versies[0]?.voorwaardeTeksten ?? {}).length > 0 &&
    withText.has(rule.versies[0]?.citaten[0]?.bron ?? '') &&
    placeholdersIn(rule.versies[0]?.uitleg?.voldoet.nl ?? '').some((name) =>
      parameters.some((parameter) => parameter.id === name),
    ),
);
const planRule = files.find((file) => file.pad === PLAN.pad)?.inhoud as Json & RuleFile;
const PLAN_FACT = firstLeaf(planRule)?.fact ?? '';
const PLAN_START = Temporal.PlainDate.from(planRule.versies[0]!.geldigVan);
const PLAN_PARAMETER =
  placeholdersIn(planRule.versies[0]!.uitleg!.voldoet.nl).find((name) =>
    parameters.some((parameter) => parameter.id === name),
  ) ?? '';
const PLAN_CONDITION = Object.keys(planRule.versies[0]!.voorwaardeTeksten)[0] ?? '';

/** The real files with one of them changed by `edit`. */
function withEdit(pad: string, edit: (file: Json) => void): RuleSourceFile[] {
  return files.map((file) => {
    if (file.pad !== pad) return file;
    const copy = structuredClone(file.inhoud) as Json;
    edit(copy);
    return { pad, inhoud: copy };
  });
}

async function issuesOf(
  changed: RuleSourceFile[],
): Promise<
  Array<{ code: string; bestand?: string; regel?: string; pad: string; nl: string; en: string }>
> {
  const result = await loadRuleSet(changed, 'test');
  return result.ok ? [] : result.issues;
}

describe('loadRuleSet on the shipped rules', () => {
  it('accepts the rules as they are', async () => {
    expect(await issuesOf(files)).toEqual([]);
  });
});

describe('meaning checks', () => {
  it('reports an unknown fact with file, rule id and path', async () => {
    const issues = await issuesOf(
      withEdit(PLAN.pad, (rule) => {
        firstLeaf(rule)!.fact = `${PLAN_FACT}d`;
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'onbekend-feit',
        bestand: PLAN.pad,
        regel: PLAN.id,
        pad: 'versies[0].voorwaarden.all[0].fact',
      }),
    );
    expect(issues.find((issue) => issue.code === 'onbekend-feit')?.nl).toContain(
      `Bedoelt u "${PLAN_FACT}"?`,
    );
  });

  it('reports a cost-line fact used in a plan-level rule', async () => {
    const issues = await issuesOf(
      withEdit(PLAN.pad, (rule) => {
        firstLeaf(rule)!.fact = 'kostenregel.domein';
      }),
    );
    expect(issues.find((issue) => issue.code === 'onbekend-feit')?.nl).toContain(
      'bereik "kostenregel"',
    );
  });

  it('reports an unknown operator', async () => {
    const issues = await issuesOf(
      withEdit(PLAN.pad, (rule) => {
        firstLeaf(rule)!.operator = 'uiterlijkOp';
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'onbekende-operator',
        pad: 'versies[0].voorwaarden.all[0].operator',
      }),
    );
  });

  it('reports a version without citation', async () => {
    const issues = await issuesOf(withEdit(PLAN.pad, (rule) => (rule.versies[0]!.citaten = [])));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'geen-citaat', regel: PLAN.id, pad: 'versies[0].citaten' }),
    );
  });

  it('reports overlapping versions', async () => {
    const issues = await issuesOf(
      withEdit(PLAN.pad, (rule) =>
        rule.versies.push({
          ...structuredClone(rule.versies[0]!),
          geldigVan: PLAN_START.add({ years: 1 }).toString(),
        }),
      ),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'versies-overlappen', regel: PLAN.id, pad: 'versies[1]' }),
    );
  });

  it('reports a gap between versions', async () => {
    const issues = await issuesOf(
      withEdit(PLAN.pad, (rule) => {
        rule.versies[0]!.geldigTot = PLAN_START.add({ years: 1 }).toString();
        rule.versies.push({
          ...structuredClone(rule.versies[0]!),
          geldigVan: PLAN_START.add({ years: 1, days: 32 }).toString(),
          geldigTot: null,
        });
      }),
    );
    const gap = issues.find((issue) => issue.code === 'versies-gat');
    expect(gap).toMatchObject({ regel: PLAN.id, pad: 'versies[1]' });
    expect(gap?.nl).toContain(PLAN_START.add({ years: 1, days: 1 }).toString());
  });

  it('reports an id that does not match the file name', async () => {
    const issues = await issuesOf(withEdit(PLAN.pad, (rule) => (rule.id = `${PLAN.id}0`)));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'id-bestandsnaam', bestand: PLAN.pad, pad: 'id' }),
    );
  });

  it('reports a quote that is not verbatim in the source text', async () => {
    const issues = await issuesOf(
      withEdit(PLAN.pad, (rule) => {
        (rule.versies[0]!.citaten as Array<{ tekst: string }>)[0]!.tekst =
          'een zin die in geen enkele bron staat';
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'citaat-niet-letterlijk',
        pad: 'versies[0].citaten[0].tekst',
      }),
    );
  });

  it('reports a shape problem in Dutch and English with the path', async () => {
    const issues = await issuesOf(withEdit(PLAN.pad, (rule) => (rule.versies[0]!.zekerheid = 'X')));
    const issue = issues.find((entry) => entry.pad === 'versies[0].zekerheid');
    expect(issue?.regel).toBe('ADD-04');
    expect(issue?.nl).toMatch(/Ongeldige optie/);
    expect(issue?.en).toMatch(/Invalid option/);
  });
});

describe('placeholders in texts (a text may only use the values its rule kind and outcome provide)', () => {
  const TERM = ruleWhere(
    (rule) => rule.soort === 'termijn' && rule.versies[0]?.uitleg !== undefined,
  );
  const TERM_FILE = TERM.pad;
  /** A plan-level date or amount that a test's explanation may use, but not when it is unknown. */
  let missingFact = '';
  const MAY_BE_MISSING = ruleWhere((rule) => {
    const version = rule.versies[0];
    if (rule.soort !== 'toets' || !version?.uitleg) return false;
    const onbekend = availablePlaceholders(rule, version, 'onbekend', parameters);
    missingFact =
      [...availablePlaceholders(rule, version, 'voldoet', parameters)].find((name) => {
        const fact = findFact(name);
        return (
          !onbekend.has(name) &&
          fact?.bereik === 'plan' &&
          (fact.type === 'datum' || fact.type === 'bedrag')
        );
      }) ?? '';
    return missingFact !== '';
  });
  const MAY_BE_MISSING_FILE = MAY_BE_MISSING.pad;
  type Uitleg = Record<string, { nl: string; en: string }>;
  const uitleg = (rule: Json): Uitleg => rule.versies[0]!.uitleg as Uitleg;

  it('rejects {afgerond} in the text for a deadline whose act did not happen', async () => {
    const issues = await issuesOf(
      withEdit(TERM_FILE, (rule) => {
        uitleg(rule).gemist = {
          nl: 'Besluit genomen op {afgerond}.',
          en: 'Decided on {afgerond}.',
        };
      }),
    );
    const found = issues.filter((issue) => issue.code === 'waarde-niet-beschikbaar');
    expect(found.map(({ bestand, regel, pad }) => ({ bestand, regel, pad }))).toEqual([
      { bestand: TERM_FILE, regel: TERM.id, pad: 'versies[0].uitleg.gemist.nl' },
      { bestand: TERM_FILE, regel: TERM.id, pad: 'versies[0].uitleg.gemist.en' },
    ]);
    expect(found[0]?.nl).toContain('{afgerond} bestaat alleen als de handeling gebeurd is');
    expect(found[1]?.en).toContain('{afgerond} exists only when the act happened');
  });

  it('accepts {afgerond} when the act happened (on time or late)', async () => {
    const issues = await issuesOf(
      withEdit(TERM_FILE, (rule) => {
        uitleg(rule).voldoetNiet = { nl: 'Besluit op {afgerond}.', en: 'Decided on {afgerond}.' };
      }),
    );
    expect(issues).toEqual([]);
  });

  it('rejects a fact the user may not give in the text shown when it is missing', async () => {
    const issues = await issuesOf(
      withEdit(MAY_BE_MISSING_FILE, (rule) => {
        uitleg(rule).onbekend = {
          nl: `Uiterlijk {${missingFact}}.`,
          en: `By {${missingFact}}.`,
        };
      }),
    );
    const issue = issues.find((entry) => entry.pad === 'versies[0].uitleg.onbekend.nl');
    expect(issue).toMatchObject({ code: 'waarde-niet-beschikbaar', regel: MAY_BE_MISSING.id });
    expect(issue?.nl).toContain('kan ontbreken: schrijf de zin zonder deze waarde');
    expect(issue?.en).toContain('may be missing');
  });

  it('suggests the value a typo was meant to be', async () => {
    const issues = await issuesOf(
      withEdit(PLAN.pad, (rule) => {
        uitleg(rule).voldoet = {
          nl: `Vóór {${PLAN_PARAMETER.slice(0, 4)}${PLAN_PARAMETER.slice(5)}}.`,
          en: `By {${PLAN_PARAMETER}}.`,
        };
      }),
    );
    expect(issues.map(({ code, pad }) => ({ code, pad }))).toEqual([
      { code: 'waarde-niet-beschikbaar', pad: 'versies[0].uitleg.voldoet.nl' },
    ]);
    expect(issues[0]?.nl).toContain(`Bedoelt u "${PLAN_PARAMETER}"?`);
  });

  it('rejects a deadline value in a condition text, which every outcome shows', async () => {
    const issues = await issuesOf(
      withEdit(PLAN.pad, (rule) => {
        const texts = rule.versies[0]!.voorwaardeTeksten as Record<string, { nl: string }>;
        texts[PLAN_CONDITION]!.nl = 'Uiterlijk {vervaldatum}.';
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'waarde-niet-beschikbaar',
        pad: `versies[0].voorwaardeTeksten.${PLAN_CONDITION}.nl`,
      }),
    );
  });

  it('rejects a text for a missed deadline on a rule that is not a deadline', async () => {
    const issues = await issuesOf(
      withEdit(PLAN.pad, (rule) => {
        uitleg(rule).gemist = { nl: 'Niet gebeurd.', en: 'Not done.' };
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'gemist-zonder-termijn', pad: 'versies[0].uitleg.gemist' }),
    );
  });
});

describe('clause register', () => {
  type Register = { bron: string; clausules: Array<Record<string, unknown>> };
  const cited = JSON.stringify(files.filter((file) => !file.pad.startsWith('clausules/')));
  /** A register of a source with a text file, and in it a clause out of scope that no rule cites. */
  const registerFile = files.find(
    (file) =>
      file.pad.startsWith('clausules/') &&
      withText.has((file.inhoud as Register).bron) &&
      (file.inhoud as Register).clausules.some(
        (clause) => clause.buitenScope && !cited.includes(`"${String(clause.id)}"`),
      ),
  );
  const REGISTER = registerFile?.pad ?? '';
  const clauses = (registerFile?.inhoud as Register).clausules;
  const OUT_OF_SCOPE = String(
    clauses.find((clause) => clause.buitenScope && !cited.includes(`"${String(clause.id)}"`))?.id,
  );
  const WITH_TEXT = String(clauses.find((clause) => typeof clause.tekst === 'string')?.id);
  const CITING = ruleWhere((rule) => typeof rule.versies[0]?.citaten[0]?.clausule === 'string');

  function withRegisterEdit(
    edit: (register: { clausules: Array<Record<string, unknown>> }) => void,
  ): RuleSourceFile[] {
    return files.map((file) => {
      if (file.pad !== REGISTER) return file;
      const copy = structuredClone(file.inhoud) as { clausules: Array<Record<string, unknown>> };
      edit(copy);
      return { pad: REGISTER, inhoud: copy };
    });
  }

  it('fails a clause that no rule cites and that has no reason to be out of scope', async () => {
    const issues = await issuesOf(
      withRegisterEdit((register) => {
        const clause = register.clausules.find((entry) => entry.id === OUT_OF_SCOPE);
        if (clause) delete clause.buitenScope;
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'clausule-niet-verantwoord',
        bestand: REGISTER,
        regel: OUT_OF_SCOPE,
      }),
    );
  });

  it('fails a clause text that is not verbatim in the source', async () => {
    const issues = await issuesOf(
      withRegisterEdit((register) => {
        const clause = register.clausules.find((entry) => entry.id === WITH_TEXT);
        if (clause) clause.tekst = 'Een zin die in geen enkele bron staat.';
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'clausule-niet-letterlijk', regel: WITH_TEXT }),
    );
  });

  it('fails a citation of a clause id that is not in the register', async () => {
    const issues = await issuesOf(
      withEdit(CITING.pad, (rule) => {
        (rule.versies[0]!.citaten as Array<{ clausule: string }>)[0]!.clausule = 'XX.bestaat.niet';
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'onbekende-clausule',
        regel: CITING.id,
        pad: 'versies[0].citaten[0].clausule',
      }),
    );
  });
});
