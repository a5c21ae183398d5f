/** What an island shows before the rules are loaded, or when they could not be: one message, announced. */
import type { Text } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';

interface Props {
  /** True when loading failed. */
  fout: boolean;
  /** The message while loading, e.g. "De simulator wordt geladen…". */
  laden: Text;
  /** The message when loading failed. */
  laadFout: Text;
  taal: Taal;
}

export function Laadstatus({ fout, laden, laadFout, taal }: Props) {
  return (
    <div className="sim">
      {fout ? (
        <p role="alert" className="sim-fout">
          {laadFout[taal]}
        </p>
      ) : (
        <p role="status" className="sim-status">
          {laden[taal]}
        </p>
      )}
    </div>
  );
}
