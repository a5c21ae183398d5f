/** An outcome in words with an icon beside it; the colour only adds to that. */
import { OUTCOME_LABEL, type Outcome } from '@iza-regels/engine';
import { UITKOMST_ICOON, type Taal } from '../../lib/tekst.ts';

export function Uitkomst({ uitkomst, taal }: { uitkomst: Outcome; taal: Taal }) {
  return (
    <span className={`uitkomst uitkomst--${uitkomst}`}>
      <span className="icoon" aria-hidden="true">
        {UITKOMST_ICOON[uitkomst]}
      </span>{' '}
      {OUTCOME_LABEL[uitkomst][taal]}
    </span>
  );
}
