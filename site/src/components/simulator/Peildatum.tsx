/** The peildatum field both islands share: a date with its own help text. */
import type { Text } from '@iza-regels/engine';
import type { Taal } from '../../lib/tekst.ts';

interface Props {
  waarde: string;
  onChange: (peildatum: string) => void;
  label: Text;
  hulp: Text;
  taal: Taal;
}

export function Peildatum({ waarde, onChange, label, hulp, taal }: Props) {
  return (
    <div className="sim-veld" id="sim-peildatum">
      <label htmlFor="sim-peildatum-invoer">{label[taal]}</label>
      <p className="sim-hulp" id="sim-peildatum-hulp">
        {hulp[taal]}
      </p>
      <input
        type="date"
        id="sim-peildatum-invoer"
        value={waarde}
        aria-describedby="sim-peildatum-hulp"
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
