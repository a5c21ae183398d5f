/** The peildatum field both islands share: a date with its own help text (NL Design System form field). */
import type { Text } from '@iza-regels/engine';
import { FormField } from '@utrecht/form-field-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormLabel } from '@utrecht/form-label-react';
import { Textbox } from '@utrecht/textbox-react';
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
    <FormField
      className="sim-veld"
      id="sim-peildatum"
      label={<FormLabel htmlFor="sim-peildatum-invoer">{label[taal]}</FormLabel>}
      description={
        <FormFieldDescription id="sim-peildatum-hulp">{hulp[taal]}</FormFieldDescription>
      }
      input={
        <Textbox
          type="date"
          id="sim-peildatum-invoer"
          className="sim-datum-invoer"
          value={waarde}
          aria-describedby="sim-peildatum-hulp"
          onChange={(event) => onChange(event.target.value)}
        />
      }
    />
  );
}
