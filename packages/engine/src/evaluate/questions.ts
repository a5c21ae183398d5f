/**
 * The questions a receipt answers (rules/vragen.json): each combines its rules' outcomes. A base rule
 * with an exception (BK-TM-02 and the Addendum) already reports its outcome after the exception.
 */
import { fill } from '../explain/render.ts';
import { QUESTION_EXPLANATION, SELF_DECLARED_NOTE } from '../explain/outcomes.ts';
import type { QuestionResult, RuleResult } from '../output/schema.ts';
import type { QuestionsFile } from '../rules/schema.ts';
import { combine, sortMissing } from './rules.ts';

export function answerQuestions(
  questions: QuestionsFile['vragen'],
  results: ReadonlyMap<string, RuleResult>,
): QuestionResult[] {
  return questions.map((vraag) => {
    const regels = vraag.regels.flatMap((id) => {
      const result = results.get(id);
      return result ? [{ id, uitkomst: result.uitkomst }] : [];
    });
    // Advice ('aangeraden', 'streven') is shown with the question but does not decide its answer.
    const binding = regels.filter((entry) => results.get(entry.id)?.advies !== true);
    const uitkomst = combine(binding.map((entry) => entry.uitkomst));
    const involved = binding
      .filter((entry) => entry.uitkomst === uitkomst)
      .map((entry) => entry.id);
    // Only the binding rules decide the answer, so only they say what is missing or self-declared.
    const vraagResults = vraag.regels.flatMap((id) => {
      const result = results.get(id);
      return result && result.advies !== true ? [result] : [];
    });
    const zelfVerklaard =
      uitkomst !== 'niet-van-toepassing' && vraagResults.some((result) => result.zelfVerklaard);
    const base = fill(
      uitkomst === 'niet-van-toepassing' && vraag.nietVanToepassing
        ? vraag.nietVanToepassing
        : QUESTION_EXPLANATION[uitkomst],
      { regels: involved.join(', ') },
    );
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
