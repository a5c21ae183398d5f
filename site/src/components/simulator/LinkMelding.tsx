/** What an island could not use of its link, as a notice (`Melding`). */
import type { Taal } from '../../lib/tekst.ts';
import { Melding } from '../ui/Melding.tsx';
import { GENEGEERD } from '../../lib/woorden/formulier.ts';

/**
 * What an island could not use of its link, named once at the top and kept in view (the live region
 * moves on to the answers): a link it could not read at all, or the keys it left out.
 */
export function LinkMelding({
  onleesbaar,
  sleutels,
  taal,
}: {
  /** The island's own words for a link it could not read; absent when it could. */
  onleesbaar?: string | undefined;
  sleutels: readonly string[];
  taal: Taal;
}) {
  if (!onleesbaar && sleutels.length === 0) return null;
  return (
    <Melding className="sim-genegeerd">
      {onleesbaar && <p className="nl-paragraph">{onleesbaar}</p>}
      {sleutels.length > 0 && (
        <p className="nl-paragraph">
          {GENEGEERD[taal]} <code className="nl-code">{sleutels.join(', ')}</code>
        </p>
      )}
    </Melding>
  );
}
