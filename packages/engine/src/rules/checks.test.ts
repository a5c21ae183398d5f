/**
 * The meaning checks, exercised by breaking the real rule files on purpose: each problem names the file,
 * the rule id and the JSON path, in Dutch and English.
 */
import { describe, expect, it } from 'vitest';
import { readRuleFiles, defaultRulesDir } from '../node.ts';
import { loadRuleSet } from './load.ts';
import type { RuleSourceFile } from './ruleset.ts';

const { files } = await readRuleFiles(defaultRulesDir());

type Json = Record<string, unknown> & { versies: Array<Record<string, unknown>> };

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

const ADD_04 = 'regels/addendum/ADD-04.json';

describe('loadRuleSet on the shipped rules', () => {
  it('accepts the rules as they are', async () => {
    expect(await issuesOf(files)).toEqual([]);
  });
});

describe('meaning checks', () => {
  it('reports an unknown fact with file, rule id and path', async () => {
    const issues = await issuesOf(
      withEdit(ADD_04, (rule) => {
        (rule.versies[0]?.voorwaarden as { all: Array<{ fact: string }> }).all[0]!.fact =
          'gebeurtenissen.planGoedgekeurdd';
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'onbekend-feit',
        bestand: ADD_04,
        regel: 'ADD-04',
        pad: 'versies[0].voorwaarden.all[0].fact',
      }),
    );
    expect(issues.find((issue) => issue.code === 'onbekend-feit')?.nl).toContain(
      'Bedoelt u "gebeurtenissen.planGoedgekeurd"?',
    );
  });

  it('reports a cost-line fact used in a plan-level rule', async () => {
    const issues = await issuesOf(
      withEdit(ADD_04, (rule) => {
        (rule.versies[0]?.voorwaarden as { all: Array<{ fact: string }> }).all[0]!.fact =
          'kostenregel.domein';
      }),
    );
    expect(issues.find((issue) => issue.code === 'onbekend-feit')?.nl).toContain(
      'bereik "kostenregel"',
    );
  });

  it('reports an unknown operator', async () => {
    const issues = await issuesOf(
      withEdit(ADD_04, (rule) => {
        (rule.versies[0]?.voorwaarden as { all: Array<{ operator: string }> }).all[0]!.operator =
          'uiterlijkOp';
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
    const issues = await issuesOf(withEdit(ADD_04, (rule) => (rule.versies[0]!.citaten = [])));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'geen-citaat', regel: 'ADD-04', pad: 'versies[0].citaten' }),
    );
  });

  it('reports overlapping versions', async () => {
    const issues = await issuesOf(
      withEdit(ADD_04, (rule) =>
        rule.versies.push({ ...structuredClone(rule.versies[0]!), geldigVan: '2026-01-01' }),
      ),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'versies-overlappen', regel: 'ADD-04', pad: 'versies[1]' }),
    );
  });

  it('reports a gap between versions', async () => {
    const issues = await issuesOf(
      withEdit(ADD_04, (rule) => {
        rule.versies[0]!.geldigTot = '2025-12-31';
        rule.versies.push({
          ...structuredClone(rule.versies[0]!),
          geldigVan: '2026-02-01',
          geldigTot: null,
        });
      }),
    );
    const gap = issues.find((issue) => issue.code === 'versies-gat');
    expect(gap).toMatchObject({ regel: 'ADD-04', pad: 'versies[1]' });
    expect(gap?.nl).toContain('2026-01-01');
  });

  it('reports an id that does not match the file name', async () => {
    const issues = await issuesOf(withEdit(ADD_04, (rule) => (rule.id = 'ADD-40')));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'id-bestandsnaam', bestand: ADD_04, pad: 'id' }),
    );
  });

  it('reports a quote that is not verbatim in the source text', async () => {
    const issues = await issuesOf(
      withEdit(ADD_04, (rule) => {
        (rule.versies[0]!.citaten as Array<{ tekst: string }>)[0]!.tekst =
          'plannen tot eind 2027 goedgekeurd kunnen worden';
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
    const issues = await issuesOf(withEdit(ADD_04, (rule) => (rule.versies[0]!.zekerheid = 'X')));
    const issue = issues.find((entry) => entry.pad === 'versies[0].zekerheid');
    expect(issue?.regel).toBe('ADD-04');
    expect(issue?.nl).toMatch(/Ongeldige optie/);
    expect(issue?.en).toMatch(/Invalid option/);
  });
});

describe('placeholders in texts (a text may only use the values its rule kind and outcome provide)', () => {
  const WI_T_01 = 'regels/werkinstructie/WI-T-01.json';
  const SPUK_20 = 'regels/spuk/SPUK-20.json';
  type Uitleg = Record<string, { nl: string; en: string }>;
  const uitleg = (rule: Json): Uitleg => rule.versies[0]!.uitleg as Uitleg;

  it('rejects {afgerond} in the text for a deadline whose act did not happen', async () => {
    const issues = await issuesOf(
      withEdit(WI_T_01, (rule) => {
        uitleg(rule).gemist = {
          nl: 'Besluit genomen op {afgerond}.',
          en: 'Decided on {afgerond}.',
        };
      }),
    );
    const found = issues.filter((issue) => issue.code === 'waarde-niet-beschikbaar');
    expect(found.map(({ bestand, regel, pad }) => ({ bestand, regel, pad }))).toEqual([
      { bestand: WI_T_01, regel: 'WI-T-01', pad: 'versies[0].uitleg.gemist.nl' },
      { bestand: WI_T_01, regel: 'WI-T-01', pad: 'versies[0].uitleg.gemist.en' },
    ]);
    expect(found[0]?.nl).toContain('{afgerond} bestaat alleen als de handeling gebeurd is');
    expect(found[1]?.en).toContain('{afgerond} exists only when the act happened');
  });

  it('accepts {afgerond} when the act happened (on time or late)', async () => {
    const issues = await issuesOf(
      withEdit(WI_T_01, (rule) => {
        uitleg(rule).voldoetNiet = { nl: 'Besluit op {afgerond}.', en: 'Decided on {afgerond}.' };
      }),
    );
    expect(issues).toEqual([]);
  });

  it('rejects a fact the user may not give in the text shown when it is missing', async () => {
    const issues = await issuesOf(
      withEdit(SPUK_20, (rule) => {
        uitleg(rule).onbekend = {
          nl: 'Uiterlijk {spuk.sisaUiterlijk}.',
          en: 'By {spuk.sisaUiterlijk}.',
        };
      }),
    );
    const issue = issues.find((entry) => entry.pad === 'versies[0].uitleg.onbekend.nl');
    expect(issue).toMatchObject({ code: 'waarde-niet-beschikbaar', regel: 'SPUK-20' });
    expect(issue?.nl).toContain('kan ontbreken: schrijf de zin zonder deze waarde');
    expect(issue?.en).toContain('may be missing');
  });

  it('suggests the value a typo was meant to be', async () => {
    const issues = await issuesOf(
      withEdit(ADD_04, (rule) => {
        uitleg(rule).voldoet = {
          nl: 'Goedgekeurd vóór {addendum-goedkeuringdeadline}.',
          en: 'Approved by {addendum-goedkeuringsdeadline}.',
        };
      }),
    );
    expect(issues.map(({ code, pad }) => ({ code, pad }))).toEqual([
      { code: 'waarde-niet-beschikbaar', pad: 'versies[0].uitleg.voldoet.nl' },
    ]);
    expect(issues[0]?.nl).toContain('Bedoelt u "addendum-goedkeuringsdeadline"?');
  });

  it('rejects a deadline value in a condition text, which every outcome shows', async () => {
    const issues = await issuesOf(
      withEdit(ADD_04, (rule) => {
        const texts = rule.versies[0]!.voorwaardeTeksten as Record<string, { nl: string }>;
        texts.goedgekeurdUiterlijk!.nl = 'Goedgekeurd uiterlijk {vervaldatum}.';
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'waarde-niet-beschikbaar',
        pad: 'versies[0].voorwaardeTeksten.goedgekeurdUiterlijk.nl',
      }),
    );
  });

  it('rejects a text for a missed deadline on a rule that is not a deadline', async () => {
    const issues = await issuesOf(
      withEdit(ADD_04, (rule) => {
        uitleg(rule).gemist = { nl: 'Niet gebeurd.', en: 'Not done.' };
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'gemist-zonder-termijn', pad: 'versies[0].uitleg.gemist' }),
    );
  });
});

describe('clause register', () => {
  const REGISTER = 'clausules/werkinstructie.json';

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
        const clause = register.clausules.find((entry) => entry.id === 'WI.4a.1');
        if (clause) delete clause.buitenScope;
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'clausule-niet-verantwoord',
        bestand: REGISTER,
        regel: 'WI.4a.1',
      }),
    );
  });

  it('fails a clause text that is not verbatim in the source', async () => {
    const issues = await issuesOf(
      withRegisterEdit((register) => {
        const clause = register.clausules.find((entry) => entry.id === 'WI.1e.2');
        if (clause)
          clause.tekst =
            'De planmakers dienen binnen 3 maanden na de goedkeuring op de snelle toets een transformatieplan in.';
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'clausule-niet-letterlijk', regel: 'WI.1e.2' }),
    );
  });

  it('fails a citation of a clause id that is not in the register', async () => {
    const issues = await issuesOf(
      withEdit('regels/werkinstructie/WI-T-02.json', (rule) => {
        (rule.versies[0]!.citaten as Array<{ clausule: string }>)[0]!.clausule = 'WI.1e.22';
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'onbekende-clausule',
        regel: 'WI-T-02',
        pad: 'versies[0].citaten[0].clausule',
      }),
    );
  });
});
