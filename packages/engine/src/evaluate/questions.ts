/**
 * Phase "questions": the questions a receipt answers (rules/vragen.json), each combining its rules'
 * outcomes. A base rule with an exception (BK-TM-02 and the Addendum) already reports its outcome
 * after the exception.
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
  /** The question's own words for when it does not arise, if it has them. */
  readonly nietVanToepassing?: Text;
}

type Question = QuestionsFile['vragen'][number];

/** A question's deciding verdicts: advice ('aangeraden', 'streven') is shown but does not decide. */
const bindingOf = (judged: readonly Verdict[]): Verdict[] =>
  judged.filter((verdict) => !verdict.rule.advies);

const judgedFor = (vraag: Question, verdicts: ReadonlyMap<string, Verdict>): Verdict[] =>
  vraag.regels.flatMap((id) => verdicts.get(id) ?? []);

/** A question's outcome alone: what other readings are compared on. */
export const questionOutcome = (vraag: Question, verdicts: ReadonlyMap<string, Verdict>): Outcome =>
  combine(bindingOf(judgedFor(vraag, verdicts)).map((verdict) => verdict.uitkomst));

export function answerQuestions(
  questions: QuestionsFile['vragen'],
  verdicts: ReadonlyMap<string, Verdict>,
): QuestionOutcome[] {
  return questions.map((vraag) => {
    const judged = judgedFor(vraag, verdicts);
    const regels = judged.map((verdict) => ({ id: verdict.rule.id, uitkomst: verdict.uitkomst }));
    // Advice neither adds missing facts nor makes the answer self-declared.
    const binding = bindingOf(judged);
    const uitkomst = combine(binding.map((verdict) => verdict.uitkomst));
    const zelfVerklaard =
      uitkomst !== 'niet-van-toepassing' && binding.some((verdict) => verdict.zelfVerklaard);
    return {
      id: vraag.id,
      titel: vraag.titel,
      uitkomst,
      zelfVerklaard,
      ontbrekend:
        uitkomst === 'onbekend'
          ? sortMissing(binding.flatMap((verdict) => verdict.ontbrekend))
          : [],
      regels,
      bepalend: binding
        .filter((verdict) => verdict.uitkomst === uitkomst)
        .map((verdict) => verdict.rule.id),
      ...(vraag.nietVanToepassing ? { nietVanToepassing: vraag.nietVanToepassing } : {}),
    };
  });
}
