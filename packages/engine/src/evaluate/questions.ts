/**
 * The questions a receipt answers (rules/vragen.json): each combines its rules' outcomes, using the
 * effective outcome per cost line where a base rule has an exception (BK-TM-02 and the Addendum).
 */
import { fill } from '../explain/render.ts';
import { QUESTION_EXPLANATION, SELF_DECLARED_NOTE } from '../explain/outcomes.ts';
import type { Outcome, QuestionResult, RuleResult } from '../output/schema.ts';
import type { QuestionsFile } from '../rules/schema.ts';
import { combine, sortMissing } from './rules.ts';

export function answerQuestions(
  questions: QuestionsFile['vragen'],
  results: ReadonlyMap<string, RuleResult>,
  effective: ReadonlyMap<string, readonly Outcome[]>,
): QuestionResult[] {
  return questions.map((vraag) => {
    const regels = vraag.regels.flatMap((id) => {
      const result = results.get(id);
      if (!result) return [];
      const lineOutcomes = effective.get(id);
      return [
        {
          id,
          uitkomst:
            lineOutcomes && result.kostenregels?.some((line) => line.effectief)
              ? combine(lineOutcomes)
              : result.uitkomst,
        },
      ];
    });
    // Advice ('aangeraden', 'streven') is shown with the question but does not decide its answer.
    const binding = regels.filter((entry) => results.get(entry.id)?.advies !== true);
    const uitkomst = combine(binding.map((entry) => entry.uitkomst));
    const involved = binding
      .filter((entry) => entry.uitkomst === uitkomst)
      .map((entry) => entry.id);
    const vraagResults = vraag.regels.flatMap((id) => results.get(id) ?? []);
    const zelfVerklaard =
      uitkomst !== 'niet-van-toepassing' && vraagResults.some((result) => result.zelfVerklaard);
    const base = fill(QUESTION_EXPLANATION[uitkomst], { regels: involved.join(', ') });
    return {
      id: vraag.id,
      titel: vraag.titel,
      uitkomst,
      zelfVerklaard,
      uitleg: zelfVerklaard
        ? { nl: base.nl + SELF_DECLARED_NOTE.nl, en: base.en + SELF_DECLARED_NOTE.en }
        : base,
      ontbrekend:
        uitkomst === 'onbekend'
          ? sortMissing(vraagResults.flatMap((result) => result.ontbrekend))
          : [],
      regels,
    };
  });
}
