/** Which text of a rule's `uitleg` is shown for which outcome (and, for a deadline, which status). */
import type { DeadlineStatus } from '../dates/deadlines.ts';
import type { Outcome } from '../output/schema.ts';
import type { Explanation, Text } from '../rules/schema.ts';
import { NOT_APPLICABLE, TERM_MISSED } from './outcomes.ts';

/** The texts under `uitleg`. `gemist` exists for deadlines only. */
export type ExplanationKey = keyof Explanation;

export const EXPLANATION_KEYS: readonly ExplanationKey[] = [
  'voldoet',
  'voldoetNiet',
  'gemist',
  'onbekend',
  'nietVanToepassing',
];

const KEY_BY_OUTCOME: Record<Outcome, ExplanationKey> = {
  voldoet: 'voldoet',
  'voldoet-niet': 'voldoetNiet',
  onbekend: 'onbekend',
  'niet-van-toepassing': 'nietVanToepassing',
};

/** A deadline missed because the act is known not to have happened has its own text: not "te laat". */
export function explanationKey(outcome: Outcome, status?: DeadlineStatus['soort']): ExplanationKey {
  return status === 'gemist' ? 'gemist' : KEY_BY_OUTCOME[outcome];
}

/** The text to fill; the optional texts fall back on fixed engine texts. */
export function explanationTemplate(uitleg: Explanation | undefined, key: ExplanationKey): Text {
  if (uitleg === undefined) return NOT_APPLICABLE;
  if (key === 'gemist') return uitleg.gemist ?? TERM_MISSED;
  if (key === 'nietVanToepassing') return uitleg.nietVanToepassing ?? NOT_APPLICABLE;
  return uitleg[key];
}
