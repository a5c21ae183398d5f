/**
 * What an island shows where its answers come, before the engine and the rules are loaded, or when
 * they could not be: one message, announced. The form above it works already.
 */
import type { Text } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';
import { Melding } from '../ui/Melding.tsx';
import { ALINEA } from './nl.ts';
import { LAADFOUT } from '../../lib/woorden/formulier.ts';

interface Props {
  /** True when loading failed. */
  fout: boolean;
  /** The message while loading, e.g. "De antwoorden worden berekend…". */
  laden: Text;
  taal: Taal;
}

export function Laadstatus({ fout, laden, taal }: Props) {
  return fout ? (
    <Melding soort="error" role="alert">
      <p className={ALINEA}>{LAADFOUT[taal]}</p>
    </Melding>
  ) : (
    <p className={ALINEA}>{laden[taal]}</p>
  );
}
