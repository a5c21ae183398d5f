/**
 * Phase "questions": the questions a receipt answers (rules/vragen.json), each combining its rules'
 * outcomes, using the effective outcome per cost line where a base rule has an exception (BK-TM-02 and
 * the Addendum).
 */
import type { MissingFact, Outcome } from '../output/schema.ts';
import type { QuestionsFile, Text } from '../rules/schema.ts';
import { combine, sortMissing } from './rules.ts';
import type { Verdict } from './verdicts.ts';

export interface QuestionOutcome {
  readonly id: string;
  readonly titel: Text;
  readonly uitkomst: Outcome;
  readonly zelfVerklaard: boolean;
  readonly ontbrekend: readonly MissingFact[];
  readonly regels: ReadonlyArray<{ readonly id: string; readonly uitkomst: Outcome }>;
  /** The deciding rules whose outcome is the question's: the ones to name in its answer. */
  readonly bepalend: readonly string[];
}

/** A rule's outcome as it counts for a question: after exceptions, where it has any. */
function countingOutcome(verdict: Verdict): Outcome {
  return verdict.soort === 'kostenregel' && verdict.lines.some((line) => line.exception)
    ? combine(verdict.effectief)
    : verdict.uitkomst;
}

export function answerQuestions(
  questions: QuestionsFile['vragen'],
  verdicts: ReadonlyMap<string, Verdict>,
): QuestionOutcome[] {
  return questions.map((vraag) => {
    const judged = vraag.regels.flatMap((id) => verdicts.get(id) ?? []);
    const regels = judged.map((verdict) => ({
      id: verdict.rule.id,
      uitkomst: countingOutcome(verdict),
    }));
    // Advice ('aangeraden', 'streven') is shown with the question but does not decide its answer.
    const binding = regels.filter((entry) => verdicts.get(entry.id)?.rule.advies !== true);
    const uitkomst = combine(binding.map((entry) => entry.uitkomst));
    const zelfVerklaard =
      uitkomst !== 'niet-van-toepassing' && judged.some((verdict) => verdict.zelfVerklaard);
    return {
      id: vraag.id,
      titel: vraag.titel,
      uitkomst,
      zelfVerklaard,
      ontbrekend:
        uitkomst === 'onbekend' ? sortMissing(judged.flatMap((verdict) => verdict.ontbrekend)) : [],
      regels,
      bepalend: binding.filter((entry) => entry.uitkomst === uitkomst).map((entry) => entry.id),
    };
  });
}
